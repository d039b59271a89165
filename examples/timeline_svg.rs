//! Prints a standalone SVG timeline of ketamine's history to stdout.
//!
//! Run with `cargo run --example timeline_svg > timeline.svg`. The same
//! picture is committed as `docs/timeline.svg`; a test keeps it in step.

fn main() -> std::fmt::Result {
    let mut svg = String::new();
    ketamine_facts::timeline_svg(&mut svg)?;
    print!("{svg}");
    Ok(())
}
