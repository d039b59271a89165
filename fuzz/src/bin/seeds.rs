//! Writes the seed corpus of every fuzz target into `fuzz/corpus/<target>/`,
//! from the crate's own names, aliases, headings, dates, identifiers and JSON
//! export, so the fuzzers start from inputs that reach the parsers' success
//! paths. Run from anywhere: `cargo run --manifest-path fuzz/Cargo.toml --bin seeds`.
//!
//! Only files named `seed-*` are replaced; inputs the fuzzers added stay.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ketamine_facts::{
    Certainty, Claim, ClaimCorrection, Confidence, Disagreement, Evidence, FactKind, Fraction,
    HistoricDate, HistoryEvent, Interval, KnowledgeBase, Mechanism, Milligrams,
    MilligramsPerKilogram, Percent, Route, Section, Substance, facts,
};
use ketamine_facts_fuzz::checks::{self, Target};

/// At most this many seeds per target.
const MAX_SEEDS: usize = 120;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut total = 0;
    for target in Target::ALL {
        let seeds = dedup(match target {
            Target::ParseNames => names(),
            Target::JsonValues => json(),
            Target::KnowledgeBase => knowledge_base(),
            Target::KnowledgeBaseEdit => edits(),
            Target::Numeric => numbers(),
        });
        let seeds = sample(seeds, MAX_SEEDS);
        write(&root.join(target.name()), &seeds);
        println!("{}: {} seeds", target.name(), seeds.len());
        total += seeds.len();
    }
    println!("{total} seeds in {}", root.display());
}

fn dedup(seeds: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let mut seen = BTreeSet::new();
    seeds
        .into_iter()
        .filter(|s| seen.insert(s.clone()))
        .collect()
}

/// Every `len / max`-th seed, so each kind of seed keeps a few.
fn sample(seeds: Vec<Vec<u8>>, max: usize) -> Vec<Vec<u8>> {
    if seeds.len() <= max {
        return seeds;
    }
    let step = seeds.len().div_ceil(max);
    seeds.into_iter().step_by(step).collect()
}

fn write(dir: &Path, seeds: &[Vec<u8>]) {
    fs::create_dir_all(dir).expect("create the corpus folder");
    for entry in fs::read_dir(dir).expect("read the corpus folder") {
        let path = entry.expect("a corpus entry").path();
        let is_seed = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("seed-"));
        if is_seed {
            fs::remove_file(&path).expect("remove an old seed");
        }
    }
    for (i, seed) in seeds.iter().enumerate() {
        fs::write(dir.join(format!("seed-{i:03}")), seed).expect("write a seed");
    }
}

fn text(items: impl IntoIterator<Item = String>) -> Vec<Vec<u8>> {
    items.into_iter().map(String::into_bytes).collect()
}

/// Names and aliases of a few types of each family, headings, subjects, claim
/// ids, dates and identifiers, with a few spellings the parsers normalize.
fn names() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    macro_rules! named {
        ($($T:ty),+) => {$(
            for value in <$T>::ALL {
                out.push(value.name().to_owned());
                out.extend(value.aliases().iter().map(|a| a.to_string()));
            }
        )+};
    }
    named!(Route, Evidence, Certainty, FactKind, Substance);
    out.extend(Section::ALL.iter().map(|s| s.to_string()));
    out.extend(
        Section::ALL
            .iter()
            .take(5)
            .map(|s| s.heading().to_uppercase()),
    );
    out.extend(facts().step_by(7).map(|f| f.subject().to_string()));
    out.extend(facts().step_by(9).map(|f| f.id().to_string()));
    out.extend(Claim::retired().iter().map(|r| r.id().to_owned()));
    out.extend(
        HistoryEvent::timeline()
            .iter()
            .map(|e| e.date().to_string()),
    );
    out.extend(
        Substance::ALL
            .iter()
            .flat_map(|s| s.identifiers())
            .flat_map(|record| {
                let id = record.identifier();
                [id.to_string(), id.value().to_string()]
            }),
    );
    out.extend(Route::ALL.iter().flat_map(|route| {
        [
            route.snomed_ct().code().to_owned(),
            route.snomed_ct().display_text().to_owned(),
            route.spl().code().to_owned(),
        ]
    }));
    out.extend(
        [
            "  i.v.  ",
            "Intra-Nasal",
            "1960s-1970s",
            "-0044-03-15",
            "+12345-01-01",
            "late 20th century",
            "December 2019",
            "cid:3821",
            "db01221",
            "route: IV",
            "undated",
        ]
        .map(str::to_owned),
    );
    text(out)
}

fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("the crate's values serialize")
}

/// The JSON of values of every `Deserialize` type, and of a few near misses.
fn json() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    out.extend(Route::ALL.iter().map(to_json));
    out.extend(Evidence::ALL.iter().map(to_json));
    out.extend(Section::ALL.iter().step_by(5).map(to_json));
    out.extend(facts().step_by(25).map(|f| to_json(&f)));
    out.extend(facts().step_by(31).map(|f| to_json(&f.id())));
    out.extend(facts().step_by(29).map(|f| to_json(f.claim())));
    out.extend(facts().step_by(37).map(|f| to_json(&f.subject())));
    out.extend(
        facts()
            .step_by(23)
            .flat_map(|f| f.citations().first())
            .map(to_json),
    );
    out.extend(
        facts()
            .filter_map(|f| f.confidence())
            .take(4)
            .map(|c| to_json(&c)),
    );
    out.extend(
        Disagreement::ALL
            .iter()
            .flat_map(|d| d.sides())
            .take(4)
            .map(to_json),
    );
    out.extend(Mechanism::links().iter().take(4).map(to_json));
    out.extend(ClaimCorrection::all().iter().take(4).map(to_json));
    out.extend(HistoryEvent::timeline().iter().map(|e| to_json(&e.date())));
    out.push(to_json(&HistoricDate::UNDATED));
    out.extend(
        Substance::ALL
            .iter()
            .flat_map(|s| s.identifiers())
            .map(|r| to_json(&r.identifier())),
    );
    out.push(to_json(&Percent::saturating(41)));
    out.push(to_json(&Milligrams::new(56)));
    out.push(to_json(&MilligramsPerKilogram::from_micrograms_per_kg(500)));
    out.push(to_json(&Fraction::new(1, 3)));
    out.push(to_json(&Interval::percent(25, 50)));
    out.push(to_json(&Interval::milligrams(56, 84)));
    out.push(to_json(&Interval::hours(2, 3)));
    out.push(to_json(&Interval::new(
        MilligramsPerKilogram::from_micrograms_per_kg(500),
        MilligramsPerKilogram::from_milligrams_per_kg(1),
    )));
    out.push(to_json(&Confidence::new(Certainty::High, "made up")));
    for near in [
        r#"{"value": 141, "unit": "%"}"#,
        r#"{"low": 50, "high": 25, "unit": "mg"}"#,
        r#"{"numerator": 1, "denominator": 0}"#,
        r#"{"scheme": "pubchem", "value": 3821}"#,
        r#"{"scheme": "cas", "value": "6740-88-2"}"#,
        r#"{"system": "http://fdasis.nlm.nih.gov/", "value": "690G0D6V8H", "use": "official"}"#,
        r#"{"value": "3821"}"#,
        r#"{"system": "http://ncimeta.nci.nih.gov", "code": "C38284", "display": "NASAL", "userSelected": true}"#,
        r#"{"coding": [{"system": "http://ncithesaurus-stage.nci.nih.gov/", "code": "C38276"}], "text": "IV", "id": "r"}"#,
        r#"{"text": "1960s–1970s"}"#,
        r#"{"id": "route/no-such-claim"}"#,
        r#"{"summary": "no id"}"#,
        r#"{"source": "what_is_ketamine", "section": "No Such Heading", "evidence": "preliminary"}"#,
        r#""N01AX03""#,
        r#""DB01221""#,
        "null",
        "[]",
    ] {
        out.push(near.as_bytes().to_vec());
    }
    out
}

/// The export, whole and cut, and small shapes that are not it.
fn knowledge_base() -> Vec<Vec<u8>> {
    let export = serde_json::to_vec(&KnowledgeBase::CURRENT).expect("the export serializes");
    let pretty = serde_json::to_vec_pretty(&KnowledgeBase::CURRENT).expect("the export serializes");
    let mut out = vec![export.clone(), pretty];
    // the export with its first records only: every field of the root, short arrays
    let mut small = checks::export().clone();
    if let Some(fields) = small.as_object_mut() {
        for value in fields.values_mut() {
            if let Some(items) = value.as_array_mut() {
                items.truncate(1);
            }
        }
    }
    out.push(to_json(&small));
    out.push(export[..export.len() / 2].to_vec());
    for shape in [
        "{}",
        "[]",
        "null",
        r#"{"data_version": "0.1.0"}"#,
        r#"{"data_version": 1}"#,
        r#"{"facts": [{"id": "route/intravenous-low-dose"}]}"#,
    ] {
        out.push(shape.as_bytes().to_vec());
    }
    out
}

/// Every edit at the root and one level down, and a few deeper paths.
fn edits() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for op in 0..6u8 {
        for depth in 0..3u8 {
            for pick in [0u16, 1, 3, 7] {
                let mut seed = vec![op, depth];
                for _ in 0..depth {
                    seed.extend(pick.to_le_bytes());
                }
                seed.extend(b"x");
                out.push(seed);
            }
        }
        out.push(vec![op, 5, 3, 0, 9, 0, 0, 0, 1, 0, 0, 0, b'a']);
    }
    out
}

/// Raw bytes for `(u32, u64, i32)`: zeros, ones, the extremes, and the
/// crate's own identifier numbers.
fn numbers() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for (a, b, c) in [
        (0u32, 0u64, 0i32),
        (u32::MAX, u64::MAX, i32::MIN),
        (1221, 6_740_881, 1962),
        (3821, 1_867_669, -9999),
        (100, 33_643_468, 9999),
        (99_999, 9_999_999_999, 10_000),
        (101, 10_000, -10_000),
        (0x0300_0001, 674_088, 2019),
    ] {
        let mut seed = Vec::new();
        seed.extend(a.to_le_bytes());
        seed.extend(b.to_le_bytes());
        seed.extend(c.to_le_bytes());
        out.push(seed);
    }
    out
}
