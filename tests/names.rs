//! One exhaustive loop over every named enum of the crate (every type whose
//! impls the `names!` table macro emits), instead of a round-trip proptest copied
//! into each test file: for every value, the name, `NAMES`, `Display`, `FromStr`
//! (in upper, lower and mixed case, with any separator, padded), the aliases, and
//! with `serde` the JSON string all agree, and no two values of a type share a
//! name or alias. A list in this file is checked against the `names!` tables of
//! `src/`, so a new enum cannot be left out.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::str::FromStr;

use ketamine_facts::*;

/// How `FromStr` compares names: ASCII case and the separators `-`, `_` and a
/// space do not matter.
fn fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '-' | '_' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Spellings of `name` that must parse like it: upper and lower case, each
/// separator replaced by each other one, mixed case, and padding.
fn spellings(name: &str) -> Vec<String> {
    let mut out = vec![
        name.to_owned(),
        name.to_uppercase(),
        name.to_lowercase(),
        format!("  {name}\t"),
    ];
    for sep in ['-', '_', ' '] {
        let replaced: String = name
            .chars()
            .map(|c| if matches!(c, '-' | '_' | ' ') { sep } else { c })
            .collect();
        out.push(replaced.to_uppercase());
        out.push(replaced);
    }
    let mixed: String = name
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    out.push(mixed);
    out
}

/// Every check of one named type.
fn check<T>(
    what: &str,
    all: &[T],
    names: &[&str],
    name: fn(T) -> &'static str,
    aliases: fn(T) -> &'static [&'static str],
) where
    T: Copy + PartialEq + Debug + ToString + FromStr,
    T::Err: Debug,
{
    assert!(!all.is_empty(), "{what}: no values");
    assert_eq!(
        all.len(),
        names.len(),
        "{what}: ALL and NAMES differ in length"
    );
    let mut seen: BTreeMap<String, T> = BTreeMap::new();
    for (i, &value) in all.iter().enumerate() {
        assert_eq!(name(value), names[i], "{what}: name() and NAMES[{i}]");
        assert_eq!(
            value.to_string(),
            names[i],
            "{what}: Display and NAMES[{i}]"
        );
        for spelled in std::iter::once(name(value)).chain(aliases(value).iter().copied()) {
            for typed in spellings(spelled) {
                match typed.parse::<T>() {
                    Ok(back) => assert_eq!(back, value, "{what}: {typed:?}"),
                    Err(e) => panic!("{what}: {typed:?} (for {value:?}) does not parse: {e:?}"),
                }
            }
            // An alias that folds to the value's own name is redundant, not ambiguous.
            if let Some(other) = seen.insert(fold(spelled), value) {
                assert_eq!(
                    other, value,
                    "{what}: {spelled:?} names both {other:?} and {value:?}"
                );
            }
        }
    }
}

#[cfg(feature = "serde")]
fn check_json<T>(what: &str, all: &[T])
where
    T: Copy + PartialEq + Debug + ToString + serde::Serialize + serde::de::DeserializeOwned,
{
    for &value in all {
        let json = serde_json::to_string(&value).expect("serializes");
        assert_eq!(
            json,
            format!("{:?}", value.to_string()),
            "{what}: JSON of {value:?}"
        );
        let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{what}: {json}: {e}"));
        assert_eq!(back, value, "{what}: JSON round trip");
    }
}

#[cfg(not(feature = "serde"))]
fn check_json<T>(_: &str, _: &[T]) {}

macro_rules! named_enums {
    ($($T:ident),+ $(,)?) => {
        /// The types this file checks, by name.
        const CHECKED: &[&str] = &[$(stringify!($T)),+];

        $(
            #[test]
            #[allow(non_snake_case)]
            fn $T() {
                check::<$T>(stringify!($T), $T::ALL, $T::NAMES, $T::name, $T::aliases);
                check_json::<$T>(stringify!($T), $T::ALL);
            }
        )+
    };
}

named_enums! {
    Indication, Disagreement, DisagreementKind, Substance, Product, Form, IdentifierScheme,
    TherapyStep, ProcessItem, SessionExperience, Frequency, Cadence, ClinicPractice,
    HistoryEvent, CorrectionKind, Source, SourceKind, Formulation, Onset, SideEffect,
    Benefit, SchedulePhase, DoseFrequency, LimitOfUse, Certainty, Mechanism, Precision,
    CenturyPart, Precaution, CodeSystem, FactKind, Topic, BoxedWarning, Comparison,
    OnsetScale, Monoamine, Route, Estimate, HalfLifePhase, Enzyme, Evidence,
    ResearchDirection, Answer, DeaSchedule,
}

/// `FhirVersion` exists only with the `fhir` feature.
#[cfg(feature = "fhir")]
#[test]
fn fhir_version() {
    use ketamine_facts::fhir::FhirVersion;
    check::<FhirVersion>(
        "FhirVersion",
        FhirVersion::ALL,
        FhirVersion::NAMES,
        FhirVersion::name,
        FhirVersion::aliases,
    );
    check_json::<FhirVersion>("FhirVersion", FhirVersion::ALL);
}

/// The `names!` tables behind a feature, and whether this build checks them.
const FEATURE_TABLES: &[(&str, bool)] = &[("FhirVersion", cfg!(feature = "fhir"))];

/// Every `names! {` table of `src/`, by the type on its next line.
#[test]
fn every_names_table_of_the_crate_is_checked() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut tables = Vec::new();
    let mut dirs = vec![src];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let mut lines = text.lines();
                while let Some(line) = lines.next() {
                    if line.trim_start().starts_with("names! {") {
                        let next = lines.next().unwrap_or_default();
                        let name = next.trim().split([' ', '(']).next().unwrap_or_default();
                        tables.push(name.to_owned());
                    }
                }
            }
        }
    }
    tables.retain(|t| {
        FEATURE_TABLES
            .iter()
            .all(|(name, checked)| *checked || t != name)
    });
    tables.sort();
    let mut checked: Vec<String> = CHECKED
        .iter()
        .map(|s| (*s).to_owned())
        .chain(
            FEATURE_TABLES
                .iter()
                .filter(|(_, checked)| *checked)
                .map(|(name, _)| (*name).to_owned()),
        )
        .collect();
    checked.sort();
    assert_eq!(
        checked, tables,
        "tests/names.rs must list every names! table of src/"
    );
}
