//! What each fuzz target asserts, shared by the fuzz targets (`fuzz/`) and the
//! main crate's `tests/fuzz_regressions.rs` (which includes this file by
//! path), so an input saved under `fuzz/regressions/<target>/` is replayed by
//! `cargo test` with exactly the checks that once failed on it.
//!
//! A check does not panic: it records each broken promise in a [`Report`],
//! either as new (the fuzz targets panic on those) or as one of the
//! [`KNOWN`] open issues, whose inputs are kept under `fuzz/known/<issue>/`
//! until the issue is fixed in `src/` (the regression test fails once such an
//! input stops reproducing its issue, so the tolerance cannot outlive the bug).
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::many_single_char_names,
    clippy::too_many_lines,
    reason = "fuzz input bytes are cut into small ranges on purpose, and each check reads best as one list"
)]

use core::fmt::{Debug, Display, Write as _};
use core::str::FromStr;
use std::sync::OnceLock;

use chrono::{Month, TimeDelta};
use ketamine_facts::{
    Answer, AtcCode, Benefit, BoxedWarning, Cadence, CasNumber, CenturyPart, Certainty, Citation,
    Claim, ClaimCorrection, ClaimId, ClaimIdError, ClinicPractice, CodeSystem, CodeableConcept,
    Coding, Comparison, Confidence, CorrectionKind, Disagreement, DisagreementKind, DoseFrequency,
    DrugBankId, Enzyme, Estimate, Evidence, Fact, FactKind, Form, Formulation, Fraction, Frequency,
    HalfLifePhase, HistoricDate, HistoryEvent, Identifier, IdentifierScheme, Indication, Interval,
    KnowledgeBase, LimitOfUse, Link, Mechanism, Milligrams, MilligramsPerKilogram, Monoamine,
    Onset, OnsetScale, ParseError, Percent, Precaution, Precision, ProcessItem, Product,
    PubChemCid, ResearchDirection, Route, SchedulePhase, Section, SessionExperience, Side,
    SideEffect, Source, SourceKind, Subject, Substance, TherapyStep, Topic, Unii,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The longest `Display` of a [`ParseError`] or a [`ClaimIdError`], whatever the input.
pub const MAX_PARSE_MESSAGE: usize = 300;

/// The longest `serde_json` error message, whatever the input.
pub const MAX_JSON_MESSAGE: usize = 2000;

/// Open issues in `src/` that the fuzzers found: (id, what is wrong). Each has
/// its inputs under `fuzz/known/<id>/`; a check that hits one records it as
/// known instead of failing, so fuzzing goes on looking for new ones.
pub const KNOWN: &[(&str, &str)] = &[];

/// The fuzz targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The input as text, parsed as every type with a `FromStr`.
    ParseNames,
    /// The input as JSON, read as every type with a `Deserialize`.
    JsonValues,
    /// The input as JSON, read as a [`KnowledgeBase`].
    KnowledgeBase,
    /// The input as an edit of this edition's export, read back as a [`KnowledgeBase`].
    KnowledgeBaseEdit,
    /// Numeric constructors; the input is `"<u32> <u64> <i32>"` as text.
    Numeric,
}

impl Target {
    /// Every target.
    pub const ALL: &'static [Target] = &[
        Target::ParseNames,
        Target::JsonValues,
        Target::KnowledgeBase,
        Target::KnowledgeBaseEdit,
        Target::Numeric,
    ];

    /// The target's name: its fuzz target and its corpus and regression folders.
    pub fn name(self) -> &'static str {
        match self {
            Target::ParseNames => "parse_names",
            Target::JsonValues => "json_values",
            Target::KnowledgeBase => "knowledge_base",
            Target::KnowledgeBaseEdit => "knowledge_base_edit",
            Target::Numeric => "numeric",
        }
    }
}

/// The promises an input broke.
#[derive(Debug, Default)]
pub struct Report {
    /// Broken promises that are not a [`KNOWN`] issue.
    pub new: Vec<String>,
    /// Broken promises of a [`KNOWN`] issue: (issue id, details).
    pub known: Vec<(&'static str, String)>,
}

impl Report {
    fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.new.push(what());
        }
    }

    /// Records a broken promise as the known `issue` when `is_known`, else as new
    /// (no issue is open today; kept for the next one the fuzzers find).
    #[allow(dead_code)]
    fn check_known(
        &mut self,
        ok: bool,
        issue: &'static str,
        is_known: bool,
        what: impl FnOnce() -> String,
    ) {
        debug_assert!(KNOWN.iter().any(|(id, _)| *id == issue));
        if ok {
        } else if is_known {
            self.known.push((issue, what()));
        } else {
            self.new.push(what());
        }
    }

    /// Whether the known `issue` was hit.
    pub fn hit(&self, issue: &str) -> bool {
        self.known.iter().any(|(id, _)| *id == issue)
    }

    /// Panics with every new broken promise (what a fuzz target does).
    pub fn assert_no_new(&self) {
        assert!(self.new.is_empty(), "{}", self.new.join("\n"));
    }
}

/// Text cut for a report, so a report stays readable whatever the input.
fn cut(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{:?}… ({} bytes)", &text[..at], text.len()),
        None => format!("{text:?}"),
    }
}

/// Runs `target`'s checks on one input.
pub fn run(target: Target, data: &[u8]) -> Report {
    match target {
        Target::ParseNames => parse_names(&String::from_utf8_lossy(data)),
        Target::JsonValues => json_values(data),
        Target::KnowledgeBase => knowledge_base(data),
        Target::KnowledgeBaseEdit => knowledge_base_edit(data),
        Target::Numeric => {
            let text = String::from_utf8_lossy(data);
            let mut words = text.split_whitespace();
            let parsed = (|| {
                let a = words.next()?.parse().ok()?;
                let b = words.next()?.parse().ok()?;
                let c = words.next()?.parse().ok()?;
                words.next().is_none().then_some((a, b, c))
            })();
            match parsed {
                Some((a, b, c)) => numeric(a, b, c),
                None => Report {
                    new: vec![format!(
                        "a numeric case is \"<u32> <u64> <i32>\" as text, not {}",
                        cut(&text)
                    )],
                    known: Vec::new(),
                },
            }
        }
    }
}

// ---------------------------------------------------------------------------
// parse_names

/// Calls `$m!` with every type that parses with a [`ParseError`], each with
/// the kind its errors name.
macro_rules! parsed_types {
    ($m:ident) => {
        $m! {
            Answer => "answer",
            AtcCode => "ATC code",
            Benefit => "benefit",
            BoxedWarning => "boxed warning",
            Cadence => "cadence",
            CasNumber => "CAS registry number",
            CenturyPart => "part of a century",
            Certainty => "certainty",
            ClinicPractice => "clinic practice",
            CodeSystem => "code system",
            Comparison => "comparison",
            CorrectionKind => "correction kind",
            Disagreement => "disagreement",
            DisagreementKind => "disagreement kind",
            DoseFrequency => "dose frequency",
            DrugBankId => "DrugBank id",
            Enzyme => "enzyme",
            Estimate => "estimate",
            Evidence => "evidence level",
            FactKind => "fact kind",
            Form => "chemical form",
            Formulation => "formulation",
            Frequency => "frequency",
            HalfLifePhase => "half-life phase",
            HistoricDate => "historic date",
            HistoryEvent => "history event",
            Identifier => "substance identifier",
            IdentifierScheme => "identifier scheme",
            Indication => "indication",
            LimitOfUse => "limit of use",
            Mechanism => "mechanism",
            Monoamine => "monoamine",
            Onset => "onset",
            OnsetScale => "onset scale",
            Precaution => "precaution",
            Precision => "precision",
            ProcessItem => "process item",
            Product => "product",
            PubChemCid => "PubChem CID",
            ResearchDirection => "research direction",
            Route => "route",
            SchedulePhase => "schedule phase",
            Section => "section",
            SessionExperience => "session experience",
            SideEffect => "side effect",
            Source => "source",
            SourceKind => "source kind",
            Subject => "subject",
            Substance => "substance",
            TherapyStep => "therapy step",
            Topic => "topic",
            Unii => "UNII",
        }
    };
}

/// `input` parsed as every type: an `Ok` value's `Display` parses back to it;
/// an error keeps the whole input, names the type, and has a short message.
pub fn parse_names(input: &str) -> Report {
    let mut report = Report::default();
    macro_rules! each {
        ($($T:ident => $kind:literal),+ $(,)?) => {
            $(parse_one::<$T>(&mut report, input, stringify!($T), $kind);)+
        };
    }
    parsed_types!(each);
    parse_claim_id(&mut report, input);
    report
}

fn parse_one<T>(report: &mut Report, input: &str, name: &str, kind: &str)
where
    T: FromStr<Err = ParseError> + Display + PartialEq + Debug,
{
    match input.parse::<T>() {
        Ok(value) => {
            let text = value.to_string();
            let back = text.parse::<T>();
            report.check(back.as_ref() == Ok(&value), || {
                format!(
                    "{name}: {} parsed as {value:?}, whose Display {text:?} parses as {back:?}",
                    cut(input)
                )
            });
        }
        Err(err) => {
            report.check(err.input() == input, || {
                format!(
                    "{name}: the error of {} keeps {} as its input",
                    cut(input),
                    cut(err.input())
                )
            });
            report.check(err.kind() == kind, || {
                format!(
                    "{name}: the error of {} names the kind {:?}, not {kind:?}",
                    cut(input),
                    err.kind()
                )
            });
            let message = err.to_string();
            report.check(message.len() <= MAX_PARSE_MESSAGE, || {
                format!(
                    "{name}: the error of {} is {} bytes: {}",
                    cut(input),
                    message.len(),
                    cut(&message)
                )
            });
        }
    }
}

fn parse_claim_id(report: &mut Report, input: &str) {
    let found = Claim::find(input).map(Claim::id);
    match input.parse::<ClaimId>() {
        Ok(id) => {
            let back = id.to_string().parse::<ClaimId>();
            report.check(back == Ok(id), || {
                format!("ClaimId: {id} does not parse back to itself: {back:?}")
            });
            report.check(found == Some(id), || {
                format!(
                    "ClaimId: {} parses as {id}, Claim::find gives {found:?}",
                    cut(input)
                )
            });
            report.check(Claim::get(id).id() == id, || {
                format!("ClaimId: Claim::get({id}) has another id")
            });
        }
        Err(err) => {
            report.check(found.is_none(), || {
                format!(
                    "ClaimId: {} is refused, Claim::find gives {found:?}",
                    cut(input)
                )
            });
            if let ClaimIdError::Unknown { input: kept, len } = &err {
                report.check(
                    *len == input.len() && kept.len() <= 100 && input.starts_with(kept.as_str()),
                    || {
                        format!(
                            "ClaimId: the error of {} keeps {} and the length {len}",
                            cut(input),
                            cut(kept)
                        )
                    },
                );
            }
            let message = err.to_string();
            report.check(message.len() <= MAX_PARSE_MESSAGE, || {
                format!(
                    "ClaimId: the error of {} is {} bytes: {}",
                    cut(input),
                    message.len(),
                    cut(&message)
                )
            });
        }
    }
}

// ---------------------------------------------------------------------------
// json_values

/// `input` read as JSON into every type with a `Deserialize`: no panic, an
/// `Ok` value writes JSON that reads back equal, an error message is short.
pub fn json_values(input: &[u8]) -> Report {
    let mut report = Report::default();
    macro_rules! each {
        ($($T:ident => $kind:literal),+ $(,)?) => {
            $(json_one::<$T>(&mut report, input, stringify!($T));)+
        };
    }
    parsed_types!(each);
    macro_rules! also {
        ($($T:ty),+ $(,)?) => {
            $(json_one::<$T>(&mut report, input, stringify!($T));)+
        };
    }
    also!(
        Coding,
        CodeableConcept,
        ClaimId,
        Claim,
        Fact,
        Citation,
        Confidence,
        Side,
        Link,
        ClaimCorrection,
        Percent,
        Milligrams,
        MilligramsPerKilogram,
        Fraction,
        Interval<Percent>,
        Interval<Milligrams>,
        Interval<MilligramsPerKilogram>,
        Interval<TimeDelta>,
    );
    #[allow(deprecated)] // the 0.1.0 event-correction view still reads JSON
    {
        json_one::<ketamine_facts::provenance::Correction>(&mut report, input, "Correction");
    }
    report
}

fn json_one<T>(report: &mut Report, input: &[u8], name: &str)
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    match serde_json::from_slice::<T>(input) {
        Ok(value) => match serde_json::to_vec(&value) {
            Ok(json) => {
                let back = serde_json::from_slice::<T>(&json);
                let same = matches!(&back, Ok(back) if *back == value);
                report.check(same, || {
                    format!(
                        "{name}: {value:?} writes {} which reads back as {back:?}",
                        cut(&String::from_utf8_lossy(&json))
                    )
                });
            }
            Err(err) => report
                .new
                .push(format!("{name}: {value:?} does not serialize: {err}")),
        },
        Err(err) => json_error(report, input, name, &err),
    }
}

/// A `serde_json` error is short, or over the bound only by echoing the input.
fn json_error(report: &mut Report, _input: &[u8], name: &str, err: &serde_json::Error) {
    let message = err.to_string();
    report.check(message.len() <= MAX_JSON_MESSAGE, || {
        format!(
            "{name}: the error is {} bytes: {}",
            message.len(),
            cut(&message)
        )
    });
}

// ---------------------------------------------------------------------------
// knowledge_base

/// This edition's export as a JSON tree.
pub fn export() -> &'static Value {
    static EXPORT: OnceLock<Value> = OnceLock::new();
    EXPORT.get_or_init(|| {
        serde_json::to_value(KnowledgeBase::CURRENT).expect("the export serializes")
    })
}

/// Any bytes as a [`KnowledgeBase`]: no panic; read only if they are the export.
pub fn knowledge_base(input: &[u8]) -> Report {
    let mut report = Report::default();
    match serde_json::from_slice::<KnowledgeBase>(input) {
        Ok(kb) => {
            report.check(kb == KnowledgeBase::CURRENT, || {
                "the knowledge base read is not this edition's".to_owned()
            });
            let tree = serde_json::from_slice::<Value>(input);
            report.check(matches!(&tree, Ok(tree) if tree == export()), || {
                format!(
                    "a knowledge base was read from JSON other than the export: {}",
                    cut(&String::from_utf8_lossy(input))
                )
            });
        }
        Err(err) => json_error(&mut report, input, "KnowledgeBase", &err),
    }
    report
}

/// The export with one edit chosen by `input`, read back: refused unless the
/// edit changed nothing, with a short error that names where.
///
/// Byte 0 chooses the edit, byte 1 how deep to go; then two bytes per level
/// choose the child; the rest is the edit's payload.
pub fn knowledge_base_edit(input: &[u8]) -> Report {
    let mut report = Report::default();
    let mut edited = export().clone();
    let (op, depth) = (
        input.first().copied().unwrap_or(0),
        input.get(1).copied().unwrap_or(0),
    );
    let mut rest = input.get(2..).unwrap_or(&[]);
    let mut node = &mut edited;
    let mut path = String::new();
    for _ in 0..depth % 8 {
        let [a, b, tail @ ..] = rest else { break };
        let pick = usize::from(u16::from_le_bytes([*a, *b]));
        let len = match &*node {
            Value::Array(items) => items.len(),
            Value::Object(fields) => fields.len(),
            _ => 0,
        };
        if len == 0 {
            break;
        }
        rest = tail;
        node = match node {
            Value::Array(items) => {
                let _ = write!(path, "[{}]", pick % len);
                &mut items[pick % len]
            }
            Value::Object(fields) => {
                let (key, value) = fields.iter_mut().nth(pick % len).expect("in range");
                let _ = write!(path, ".{key}");
                value
            }
            _ => unreachable!("a leaf has no children"),
        };
    }
    let payload = rest;
    let text = String::from_utf8_lossy(payload).into_owned();
    let index = |len: usize| usize::from(payload.first().copied().unwrap_or(0)) % len.max(1);
    let what = match (op % 6, &mut *node) {
        // change a value
        (0, Value::String(s)) => {
            s.clone_from(&text);
            "a string changed"
        }
        (0, Value::Number(n)) => {
            let changed = n
                .as_u64()
                .map_or(0, |n| n.wrapping_add(1 + index(255) as u64));
            *node = Value::from(changed);
            "a number changed"
        }
        (0, Value::Bool(b)) => {
            *b = !*b;
            "a boolean flipped"
        }
        (0, other) => {
            *other = Value::Null;
            "a value made null"
        }
        // remove an element or a field
        (1, Value::Array(items)) if !items.is_empty() => {
            let at = index(items.len());
            items.remove(at);
            "an element removed"
        }
        (1, Value::Object(fields)) if !fields.is_empty() => {
            let key = fields.keys().nth(index(fields.len())).cloned();
            if let Some(key) = key {
                fields.remove(&key);
            }
            "a field removed"
        }
        (1, other) => {
            *other = Value::String(text.clone());
            "a value made a string"
        }
        // add a field or an element
        (2, Value::Object(fields)) => {
            fields.insert(text.clone(), Value::Null);
            "a field added"
        }
        (2, Value::Array(items)) => {
            let copy = items
                .get(index(items.len()))
                .cloned()
                .unwrap_or(Value::Null);
            items.insert(index(items.len() + 1), copy);
            "an element added (a copy of one)"
        }
        (2, other) => {
            *other = Value::Array(vec![other.clone()]);
            "a value wrapped in an array"
        }
        // move an element, rename a field
        (3, Value::Array(items)) if items.len() >= 2 => {
            let (a, b) = (
                index(items.len()),
                usize::from(payload.get(1).copied().unwrap_or(1)) % items.len(),
            );
            items.swap(a, b);
            "two elements swapped"
        }
        (3, Value::Object(fields)) if !fields.is_empty() => {
            let key = fields.keys().nth(index(fields.len())).cloned();
            if let Some(key) = key
                && let Some(value) = fields.remove(&key)
            {
                fields.insert(text.clone(), value);
            }
            "a field renamed"
        }
        (3, other) => {
            *other = Value::Object(serde_json::Map::new());
            "a value made an empty object"
        }
        // change the case of a string, or the sign of a number
        (4, Value::String(s)) => {
            *s = if s.chars().any(char::is_lowercase) {
                s.to_uppercase()
            } else {
                s.to_lowercase()
            };
            "a string's case changed"
        }
        (4, Value::Number(n)) => {
            let changed = n.as_i64().map_or(-1.5, |n| -(n as f64) - 0.5);
            *node = serde_json::Number::from_f64(changed).map_or(Value::Null, Value::Number);
            "a number made a fraction"
        }
        (4, other) => {
            *other = Value::Bool(true);
            "a value made true"
        }
        // a string with white space around it
        (_, Value::String(s)) => {
            *s = format!(" {s}");
            "a string with a leading space"
        }
        (_, other) => {
            *other = Value::from(text.len());
            "a value made a number"
        }
    };
    let unchanged = &edited == export();
    let json = serde_json::to_vec(&edited).expect("a tree serializes");
    match serde_json::from_slice::<KnowledgeBase>(&json) {
        Ok(_) => report.check(unchanged, || {
            format!("an edited export was read back ({what} at {path})")
        }),
        Err(err) => {
            report.check(!unchanged, || {
                format!("an export edited back to itself ({what} at {path}) was refused: {err}")
            });
            let message = err.to_string();
            report.check(message.starts_with("knowledge base"), || {
                format!(
                    "the refusal of an edit ({what} at {path}) does not say where: {}",
                    cut(&message)
                )
            });
            json_error(&mut report, &json, "KnowledgeBase", &err);
        }
    }
    report
}

// ---------------------------------------------------------------------------
// numeric

/// The numeric constructors on any numbers: no panic, `None` exactly outside
/// the documented range, and `Display`/parse and JSON round trips.
pub fn numeric(a: u32, b: u64, c: i32) -> Report {
    let mut report = Report::default();
    let r = &mut report;

    // percentages, masses, doses, fractions
    let byte = a as u8;
    let percent = Percent::new(byte);
    r.check(percent.is_some() == (byte <= 100), || {
        format!("Percent::new({byte}) = {percent:?}")
    });
    if let Some(p) = percent {
        r.check(
            p.to_string() == format!("{byte}%") && p.get() == byte,
            || format!("Percent {p:?} shows {p}"),
        );
        r.check(Percent::saturating(byte) == p, || {
            format!("Percent::saturating({byte})")
        });
        json_round_trip(r, &p, "Percent");
    }
    json_round_trip(r, &Percent::saturating(byte), "Percent");
    let (lo, hi) = (a as u16, (a >> 16) as u16);
    let mg = Milligrams::new(lo);
    r.check(
        mg.get() == lo && mg.to_string() == format!("{lo} mg"),
        || format!("Milligrams::new({lo}) shows {mg}"),
    );
    json_round_trip(r, &mg, "Milligrams");
    let dose = MilligramsPerKilogram::from_micrograms_per_kg(a);
    r.check(dose.micrograms_per_kg() == a, || format!("{dose:?}"));
    let _ = dose.to_string();
    json_round_trip(r, &dose, "MilligramsPerKilogram");
    let whole = MilligramsPerKilogram::from_milligrams_per_kg(a);
    r.check(whole.micrograms_per_kg() == a.saturating_mul(1000), || {
        format!("MilligramsPerKilogram::from_milligrams_per_kg({a}) = {whole:?}")
    });
    json_round_trip(r, &whole, "MilligramsPerKilogram");
    let (n, d) = (a as u8, (a >> 8) as u8);
    let fraction = Fraction::new(n, d);
    r.check(fraction.is_some() == (d != 0), || {
        format!("Fraction::new({n}, {d})")
    });
    if let Some(f) = fraction {
        r.check(f.to_string() == format!("{n}/{d}"), || {
            format!("{f:?} shows {f}")
        });
        if let Some(g) = Fraction::new((a >> 16) as u8, ((a >> 24) as u8).max(1)) {
            let less = u32::from(f.numerator()) * u32::from(g.denominator())
                < u32::from(g.numerator()) * u32::from(f.denominator());
            r.check(f.is_less_than(g) == less, || format!("{f} < {g}"));
        }
        json_round_trip(r, &f, "Fraction");
    }

    // intervals
    let percents = Interval::percent(byte, (a >> 8) as u8);
    r.check(percents.low() <= percents.high(), || {
        format!("{percents:?}")
    });
    let _ = percents.to_string();
    json_round_trip(r, &percents, "Interval<Percent>");
    let masses = Interval::milligrams(lo, hi);
    r.check(
        masses.low() <= masses.high() && masses.contains(Milligrams::new(lo)),
        || format!("{masses:?}"),
    );
    json_round_trip(r, &masses, "Interval<Milligrams>");
    let hours = Interval::hours(lo, hi);
    let minutes = Interval::minutes(lo, hi);
    let _ = (hours.to_string(), minutes.to_string());
    r.check(
        hours.low() <= hours.high() && minutes.low() <= minutes.high(),
        || format!("{hours:?} {minutes:?}"),
    );
    json_round_trip(r, &hours, "Interval<TimeDelta>");
    json_round_trip(r, &minutes, "Interval<TimeDelta>");
    let doses = Interval::new(dose, whole);
    let _ = doses.to_string();
    json_round_trip(r, &doses, "Interval<MilligramsPerKilogram>");
    let spans = percents.hull(&Interval::exactly(Percent::saturating((a >> 16) as u8)));
    r.check(
        spans.low() <= percents.low() && spans.high() >= percents.high(),
        || format!("{spans:?}"),
    );

    // identifiers
    let drugbank = DrugBankId::new(a);
    r.check(drugbank.is_some() == (1..=99_999).contains(&a), || {
        format!("DrugBankId::new({a}) = {drugbank:?}")
    });
    if let Some(id) = drugbank {
        r.check(id.get() == a, || format!("{id:?}"));
        text_round_trip(r, &id, "DrugBankId");
        text_round_trip(r, &Identifier::DrugBank(id), "Identifier");
        json_round_trip(r, &Identifier::DrugBank(id), "Identifier");
    }
    let cid = PubChemCid::new(a);
    r.check(cid.is_some() == (a != 0), || {
        format!("PubChemCid::new({a}) = {cid:?}")
    });
    if let Some(cid) = cid {
        r.check(cid.get() == a, || format!("{cid:?}"));
        text_round_trip(r, &cid, "PubChemCid");
        text_round_trip(r, &Identifier::PubChem(cid), "Identifier");
        json_round_trip(r, &Identifier::PubChem(cid), "Identifier");
    }
    let check = CasNumber::check_digit_for(b);
    r.check(check < 10, || {
        format!("CasNumber::check_digit_for({b}) = {check}")
    });
    let cas = CasNumber::new(b);
    let valid = (10_000..=9_999_999_999).contains(&b)
        && u64::from(CasNumber::check_digit_for(b / 10)) == b % 10;
    r.check(cas.is_some() == valid, || {
        format!("CasNumber::new({b}) = {cas:?}")
    });
    // a base with its check digit appended is a CAS number when its length fits
    let base = b % 1_000_000_000;
    let digits = base * 10 + u64::from(CasNumber::check_digit_for(base));
    let made = CasNumber::new(digits);
    r.check(made.is_some() == (digits >= 10_000), || {
        format!("CasNumber::new({digits}) = {made:?}")
    });
    for cas in [cas, made].into_iter().flatten() {
        r.check(u64::from(cas.check_digit()) == cas.get() % 10, || {
            format!("{cas:?}")
        });
        text_round_trip(r, &cas, "CasNumber");
        text_round_trip(r, &Identifier::Cas(cas), "Identifier");
        json_round_trip(r, &Identifier::Cas(cas), "Identifier");
    }

    // dates
    let c2 = a.cast_signed().wrapping_add(c);
    let part = CenturyPart::ALL[a as usize % CenturyPart::ALL.len()];
    let month = Month::try_from((a % 12) as u8 + 1).expect("1 to 12");
    let mut dates = vec![
        HistoricDate::year(c),
        HistoricDate::years(c, c2),
        HistoricDate::decade(c),
        HistoricDate::decades(c, c2),
        HistoricDate::era(part, c),
        HistoricDate::month(c, month),
        HistoricDate::UNDATED,
    ];
    dates.extend(HistoricDate::ymd(c, a % 14, (b % 33) as u32));
    dates.extend(HistoricDate::ymd(c % 10_000, a % 13, (b % 32) as u32));
    for date in &dates {
        text_round_trip(r, date, "HistoricDate");
        json_round_trip(r, date, "HistoricDate");
        let (first, last) = (date.first_year(), date.last_year());
        r.check(first.is_some() == date.is_dated() && first <= last, || {
            format!("{date:?}: years {first:?} to {last:?}")
        });
        let (first, last) = (date.first_day(), date.last_day());
        r.check(first <= last, || {
            format!("{date:?}: days {first:?} to {last:?}")
        });
        if let (Some(first), Some(last)) = (date.first_year(), date.last_year()) {
            r.check(
                date.overlaps_years(first, last) && date.overlaps_years(last, first),
                || format!("{date:?} does not overlap its own years"),
            );
        }
        let _ = date.overlaps_years(c, c2);
        let precision = date.precision();
        r.check((precision == Precision::Undated) != date.is_dated(), || {
            format!("{date:?} is {precision}")
        });
    }
    for pair in dates.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        r.check(x.cmp(&y) == y.cmp(&x).reverse(), || {
            format!("{x:?} vs {y:?}")
        });
    }
    report
}

/// `Display` text parses back to the value.
fn text_round_trip<T>(report: &mut Report, value: &T, name: &str)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Debug,
{
    let text = value.to_string();
    let back = text.parse::<T>();
    report.check(matches!(&back, Ok(back) if back == value), || {
        format!("{name}: {value:?} shows {text:?}, which parses as {back:?}")
    });
}

/// JSON reads back to the value.
fn json_round_trip<T>(report: &mut Report, value: &T, name: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = match serde_json::to_string(value) {
        Ok(json) => json,
        Err(err) => {
            return report
                .new
                .push(format!("{name}: {value:?} does not serialize: {err}"));
        }
    };
    let back = serde_json::from_str::<T>(&json);
    report.check(matches!(&back, Ok(back) if back == value), || {
        format!("{name}: {value:?} writes {json}, which reads back as {back:?}")
    });
}
