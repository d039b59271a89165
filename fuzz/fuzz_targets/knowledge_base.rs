#![no_main]

use ketamine_facts_fuzz::checks;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::run(checks::Target::KnowledgeBase, data).assert_no_new();
});
