//! The fuzz targets' assertions, shared with the main crate's
//! `tests/fuzz_regressions.rs` (which includes `checks.rs` by path), so a
//! saved input is replayed by `cargo test` with exactly the checks that found it.

pub mod checks;
