//! The whole knowledge base as indexes: the crate's queries against a naive
//! baseline that answers the same questions from the crate's own JSON export,
//! in the same run, with allocation counts.
//!
//! Run with `cargo bench --bench knowledge_base --features serde`.
//!
//! The baseline serializes `KnowledgeBase::CURRENT` with `serde_json` once, parses
//! it once into a `serde_json::Value` (outside every timed loop), and answers
//! each question by string keys on that value, as a program without the crate's
//! types would. `baseline_load` reports that one-time parse on its own.
//!
//! Each question is a module with two benchmarks, `ours` and `baseline`. Before
//! divan runs, `main` checks that both sides give the same answer to every
//! question, so a mismatch fails the run loudly instead of timing two
//! different questions.
//!
//! Targets: every whole-knowledge-base query at least 10 times cheaper than the
//! baseline, every concept query (`concept_*`) at least 100 times, and 0
//! allocations per query for ours.

use std::sync::LazyLock;

use divan::{AllocProfiler, Bencher, black_box};
use serde_json::Value;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

/// The crate's JSON export, made once.
static JSON: LazyLock<String> = LazyLock::new(|| {
    serde_json::to_string(&ketamine_facts::KnowledgeBase::CURRENT).expect("the export serializes")
});

/// The export parsed once: what the baseline queries.
static PARSED: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(&JSON).expect("the export parses"));

/// The questions' parameters, shared by both sides.
const ID: &str = "route/intravenous-most-common-for-depression";

/// The id of the last fact: the baseline's linear scan at its longest.
/// `ID` is the first fact of the export, the scan's best case.
fn last_id() -> &'static str {
    ketamine_facts::facts()
        .last()
        .expect("the knowledge base has facts")
        .id()
        .as_str()
}
const SEARCH: &str = "spravato";

/// The crate's answers.
mod ours {
    use super::{ID, SEARCH, black_box};
    use ketamine_facts::{
        Claim, Evidence, FactKind, Indication, Route, Source, contested_facts, facts,
        facts_at_least, facts_citing, facts_of_kind, search,
    };

    pub fn count() -> usize {
        black_box(facts()).count()
    }

    pub fn iterate() -> usize {
        black_box(facts()).map(|f| f.summary().len()).sum()
    }

    pub fn by_source() -> usize {
        facts_citing(black_box(Source::UnlockingTheMysteries)).count()
    }

    pub fn by_kind() -> usize {
        facts_of_kind(black_box(FactKind::Route)).count()
    }

    pub fn by_evidence() -> usize {
        facts_at_least(black_box(Evidence::ClinicalStudies)).count()
    }

    pub fn contested() -> usize {
        black_box(contested_facts()).count()
    }

    pub fn text_search() -> usize {
        search(black_box(SEARCH)).count()
    }

    pub fn subjects() -> usize {
        black_box(facts()).map(|f| f.subjects().count()).sum()
    }

    pub fn lookup() -> Option<&'static Claim> {
        lookup_id(ID)
    }

    pub fn lookup_id(id: &str) -> Option<&'static Claim> {
        Claim::find(black_box(id))
    }

    pub fn route_claims() -> usize {
        black_box(Route::Intranasal).claims().len()
    }

    pub fn indication_evidence() -> Evidence {
        black_box(Indication::TreatmentResistantDepression).strongest_evidence()
    }
}

/// The naive answers: string keys on a `serde_json::Value`.
mod baseline {
    use super::{ID, SEARCH, Value};

    const SOURCE: &str = "unlocking_the_mysteries";
    const KIND: &str = "route";
    const INTRANASAL: &str = "route: intranasal";
    const TRD: &str = "indication: treatment_resistant_depression";

    fn facts(kb: &Value) -> &[Value] {
        kb["facts"].as_array().expect("facts is an array")
    }

    fn str_of<'a>(fact: &'a Value, key: &str) -> &'a str {
        fact[key].as_str().unwrap_or("")
    }

    fn array_of<'a>(fact: &'a Value, key: &str) -> &'a [Value] {
        fact[key].as_array().map_or(&[], Vec::as_slice)
    }

    /// An evidence level's rank, weakest first.
    fn rank(level: &str) -> Option<usize> {
        Some(match level {
            "under_investigation" => 0,
            "patient_reports" => 1,
            "preliminary" => 2,
            "stated" => 3,
            "clinical_studies" => 4,
            "standard_practice" => 5,
            "regulatory_approval" => 6,
            _ => return None,
        })
    }

    fn is_about(fact: &Value, subject: &str) -> bool {
        array_of(fact, "subjects")
            .iter()
            .any(|s| s.as_str() == Some(subject))
    }

    pub fn count(kb: &Value) -> usize {
        facts(kb).len()
    }

    pub fn iterate(kb: &Value) -> usize {
        facts(kb).iter().map(|f| str_of(f, "summary").len()).sum()
    }

    pub fn by_source(kb: &Value) -> usize {
        facts(kb)
            .iter()
            .filter(|f| {
                array_of(f, "citations")
                    .iter()
                    .any(|c| str_of(c, "source") == SOURCE)
            })
            .count()
    }

    pub fn by_kind(kb: &Value) -> usize {
        facts(kb)
            .iter()
            .filter(|f| str_of(f, "kind") == KIND)
            .count()
    }

    pub fn by_evidence(kb: &Value) -> usize {
        let floor = rank("clinical_studies");
        facts(kb)
            .iter()
            .filter(|f| rank(str_of(f, "evidence")) >= floor)
            .count()
    }

    pub fn contested(kb: &Value) -> usize {
        facts(kb)
            .iter()
            .filter(|f| !array_of(f, "disputes").is_empty())
            .count()
    }

    pub fn text_search(kb: &Value) -> usize {
        facts(kb)
            .iter()
            .filter(|f| str_of(f, "summary").to_lowercase().contains(SEARCH))
            .count()
    }

    pub fn subjects(kb: &Value) -> usize {
        facts(kb)
            .iter()
            .map(|f| array_of(f, "subjects").len())
            .sum()
    }

    pub fn lookup(kb: &Value) -> Option<&Value> {
        lookup_id(kb, ID)
    }

    pub fn lookup_id<'a>(kb: &'a Value, id: &str) -> Option<&'a Value> {
        facts(kb).iter().find(|f| str_of(f, "id") == id)
    }

    pub fn route_claims(kb: &Value) -> usize {
        facts(kb).iter().filter(|f| is_about(f, INTRANASAL)).count()
    }

    /// The strongest level's name among the facts about TRD.
    pub fn indication_evidence(kb: &Value) -> Option<&str> {
        facts(kb)
            .iter()
            .filter(|f| is_about(f, TRD))
            .map(|f| str_of(f, "evidence"))
            .max_by_key(|level| rank(level))
    }
}

/// Both sides must give the same answer to every question, and the answers
/// must not be empty (a baseline that matches nothing would time nothing).
fn check_answers() {
    let kb = &*PARSED;
    let pairs = [
        ("count", ours::count(), baseline::count(kb)),
        ("iterate", ours::iterate(), baseline::iterate(kb)),
        ("by_source", ours::by_source(), baseline::by_source(kb)),
        ("by_kind", ours::by_kind(), baseline::by_kind(kb)),
        (
            "by_evidence",
            ours::by_evidence(),
            baseline::by_evidence(kb),
        ),
        ("contested", ours::contested(), baseline::contested(kb)),
        ("search", ours::text_search(), baseline::text_search(kb)),
        ("subjects", ours::subjects(), baseline::subjects(kb)),
        (
            "concept_route_claims",
            ours::route_claims(),
            baseline::route_claims(kb),
        ),
    ];
    for (question, ours, baseline) in pairs {
        assert_eq!(
            ours, baseline,
            "{question}: the crate and the baseline differ"
        );
        assert!(ours > 0, "{question}: no fact matches, nothing is measured");
    }

    let claim = ours::lookup().expect("the crate finds the id");
    let fact = baseline::lookup(kb).expect("the baseline finds the id");
    assert_eq!(claim.id().as_str(), ID);
    assert_eq!(fact["id"], ID, "lookup: the crate and the baseline differ");
    assert_eq!(fact["summary"], claim.summary(), "lookup: different facts");

    let last = last_id();
    let claim = ours::lookup_id(last).expect("the crate finds the last id");
    let fact = baseline::lookup_id(kb, last).expect("the baseline finds the last id");
    assert_eq!(
        fact["id"],
        claim.id().as_str(),
        "lookup_last: the crate and the baseline differ"
    );
    assert_eq!(
        fact["summary"],
        claim.summary(),
        "lookup_last: different facts"
    );

    let level = ours::indication_evidence().to_string();
    assert_eq!(
        baseline::indication_evidence(kb),
        Some(level.as_str()),
        "concept_indication_evidence: the crate and the baseline differ"
    );
}

fn main() {
    check_answers();
    divan::main();
}

/// The baseline's one-time cost: parsing the export into a `Value`.
#[divan::bench]
fn baseline_load(bencher: Bencher) {
    let json = JSON.as_str();
    bencher.bench(|| black_box(serde_json::from_str::<Value>(black_box(json)).unwrap()));
}

/// Iterations per sample for the questions. Divan's own tuning stops at one
/// iteration per sample when its first sample is slow (a cold page of code takes
/// microseconds), which would leave nanosecond queries timed one call at a time
/// with a 20 ns timer; a fixed size keeps both sides measured the same way.
const SAMPLE_SIZE: u32 = 1000;

/// One module per question: `ours` and `baseline`.
macro_rules! question {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use crate::{Bencher, PARSED, baseline, black_box, ours};

            #[divan::bench(sample_size = crate::SAMPLE_SIZE)]
            fn ours(bencher: Bencher) {
                bencher.bench(|| black_box(ours::$name()));
            }

            #[divan::bench(sample_size = crate::SAMPLE_SIZE)]
            fn baseline(bencher: Bencher) {
                let kb = &*PARSED;
                bencher.bench(|| black_box(baseline::$name(black_box(kb))));
            }
        }
    )*};
}

question!(
    count,
    iterate,
    by_source,
    by_kind,
    by_evidence,
    contested,
    text_search,
    subjects,
    lookup,
);

/// Supplementary to `lookup`: the id of the last fact, where the baseline's
/// scan reads every fact (`lookup` asks for the first).
mod lookup_last {
    use crate::{Bencher, PARSED, baseline, black_box, last_id, ours};

    #[divan::bench(sample_size = crate::SAMPLE_SIZE)]
    fn ours(bencher: Bencher) {
        let id = last_id();
        bencher.bench(|| black_box(ours::lookup_id(id)));
    }

    #[divan::bench(sample_size = crate::SAMPLE_SIZE)]
    fn baseline(bencher: Bencher) {
        let (kb, id) = (&*PARSED, last_id());
        bencher.bench(|| black_box(baseline::lookup_id(black_box(kb), black_box(id))));
    }
}

/// The concept queries: the crate answers from per-subject slices; target 100×.
mod concept {
    question!(route_claims, indication_evidence);
}
