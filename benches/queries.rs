//! Query helpers under divan, with allocation counts.
//!
//! Run with `cargo bench`. Every query should report 0 allocations.

use divan::{AllocProfiler, Bencher, black_box};
use ketamine_facts::{
    Evidence, FactKind, HistoryEvent, Indication, Mechanism, Route, SideEffect, Source,
};

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
    ketamine_facts::facts_citing(black_box(Source::WhatIsKetamine)).count()
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

// Question 2: routes, evidence and citations for an indication; indications above a level.
#[divan::bench]
fn indication_routes_and_evidence() -> (usize, Evidence) {
    let trd = black_box(Indication::TreatmentResistantDepression);
    (trd.routes().len(), trd.strongest_evidence())
}

#[divan::bench]
fn indications_at_least_preliminary() -> usize {
    Indication::at_least(black_box(Evidence::Preliminary)).count()
}

// Question 3: side effects to monitor during a session; those tied to long-term use.
#[divan::bench]
fn side_effects_to_monitor() -> usize {
    black_box(SideEffect::monitored_during_session()).count()
        + black_box(SideEffect::long_term()).count()
}

// Question 4: the mechanism cascade in order, and one step's successors.
#[divan::bench]
fn mechanism_cascade() -> usize {
    black_box(Mechanism::cascade()).len() + black_box(Mechanism::NmdaAntagonism).leads_to().count()
}

// Question 5: the timeline, and events within a range of years.
#[divan::bench]
fn timeline_between_1960_and_1979() -> usize {
    HistoryEvent::between(black_box(1960), black_box(1979)).count()
}

#[divan::bench]
fn timeline_in_order() -> usize {
    black_box(HistoryEvent::timeline()).len()
}
