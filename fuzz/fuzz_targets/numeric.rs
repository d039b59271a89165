#![no_main]

use ketamine_facts_fuzz::checks;
use libfuzzer_sys::fuzz_target;

// The regression files of this target are the tuple as text ("a b c"), as
// `cargo fuzz fmt numeric <artifact>` prints it; `checks::run` reads that form.
fuzz_target!(|data: (u32, u64, i32)| {
    checks::numeric(data.0, data.1, data.2).assert_no_new();
});
