//! Query helpers under divan, with allocation counts.
//!
//! Run with `cargo bench`. Every query should report 0 allocations.

use divan::{AllocProfiler, Bencher, black_box};
use ketamine_facts::{Evidence, FactKind, Route, Source};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn route_claims(bencher: Bencher) {
    bencher.bench(|| {
        Route::ALL
            .iter()
            .map(|r| black_box(*r).claims().len())
            .sum::<usize>()
    });
}

#[divan::bench(args = ["IV", "nasal spray", "by mouth", "sublingual"])]
fn parse_route(bencher: Bencher, text: &str) {
    bencher.bench(|| black_box(text).parse::<Route>().is_ok());
}

#[divan::bench]
fn count_all_facts() -> usize {
    ketamine_facts::facts().count()
}

#[divan::bench]
fn facts_citing_a_source() -> usize {
    ketamine_facts::facts_citing(black_box(Source::WhatIsKetamin)).count()
}

#[divan::bench]
fn facts_at_least_clinical_studies() -> usize {
    ketamine_facts::facts_at_least(black_box(Evidence::ClinicalStudies)).count()
}

#[divan::bench]
fn facts_of_one_kind() -> usize {
    ketamine_facts::facts_of_kind(black_box(FactKind::Route)).count()
}

#[divan::bench]
fn text_search() -> usize {
    ketamine_facts::search(black_box("spravato")).count()
}
