//! The crate's JSON shapes are read strictly: objects as objects only, no
//! unknown fields, no contradictory fields, and errors that name the thing asked
//! for, never an internal type.
#![cfg(feature = "serde")]

use ketamine_facts::dates::HistoricDate;
use ketamine_facts::identifiers::Identifier;
use ketamine_facts::units::Fraction;
use ketamine_facts::{Citation, Claim, KnowledgeBase, facts};
use serde_json::{Value, json};

fn refused<T: serde::de::DeserializeOwned + core::fmt::Debug>(value: Value) -> String {
    serde_json::from_value::<T>(value)
        .expect_err("the shape must be refused")
        .to_string()
}

#[test]
fn records_written_as_positional_arrays_are_refused() {
    let citation = refused::<Citation>(json!(["drugbank", null, "stated"]));
    assert!(citation.contains("a citation as an object"), "{citation}");
    let claim = refused::<Claim>(json!(["route/intravenous-low-dose"]));
    assert!(claim.contains("a claim as an object"), "{claim}");
    let fraction = refused::<Fraction>(json!([1, 3]));
    assert!(fraction.contains("a fraction as an object"), "{fraction}");
    let identifier = refused::<Identifier>(json!(["pubchem", 3821]));
    assert!(
        identifier.contains("an identifier as an object"),
        "{identifier}"
    );
    let date = refused::<HistoricDate>(json!(["decade", "1960s"]));
    assert!(date.contains("a date as an object"), "{date}");
}

#[test]
fn the_objects_still_read_back() {
    for fact in facts() {
        let citation = fact.citations()[0];
        let json = serde_json::to_value(citation).expect("serializes");
        assert_eq!(
            serde_json::from_value::<Citation>(json).ok(),
            Some(citation)
        );
    }
    let third: Fraction = serde_json::from_value(json!({"numerator": 1, "denominator": 3}))
        .expect("a fraction reads back");
    assert_eq!(third.to_string(), "1/3");
}

#[test]
fn unknown_fields_are_refused() {
    let mut citation =
        serde_json::to_value(facts().next().expect("a fact").citations()[0]).expect("serializes");
    citation["extra"] = json!(1);
    assert!(refused::<Citation>(citation).contains("extra"));
    let mut claim =
        serde_json::to_value(facts().next().expect("a fact").claim()).expect("serializes");
    claim["extra"] = json!(1);
    assert!(refused::<Claim>(claim).contains("extra"));
}

#[test]
fn a_date_whose_fields_contradict_its_text_is_refused() {
    let decade =
        json!({"precision": "decade", "text": "1960s", "from": "1960-01-01", "to": "1969-12-31"});
    let date: HistoricDate =
        serde_json::from_value(decade.clone()).expect("a consistent date reads back");
    assert_eq!(date.to_string(), "1960s");
    let mut day = decade.clone();
    day["precision"] = json!("day");
    let error = refused::<HistoricDate>(day);
    assert!(
        error.contains("precision") && error.contains("1960s"),
        "{error}"
    );
    let mut moved = decade;
    moved["from"] = json!("1961-01-01");
    let error = refused::<HistoricDate>(moved);
    assert!(
        error.contains("from") && error.contains("1961-01-01"),
        "{error}"
    );
}

#[test]
fn a_negative_identifier_number_says_so() {
    let error = refused::<Identifier>(json!({"scheme": "pubchem", "value": -5}));
    assert!(error.contains("cannot be negative"), "{error}");
    assert!(!error.contains("untagged"), "{error}");
}

#[test]
fn errors_name_no_internal_type() {
    for (value, what) in [
        (json!(null), "null"),
        (json!([]), "an array"),
        (json!("kb"), "a string"),
    ] {
        let error = refused::<KnowledgeBase>(value);
        assert!(error.starts_with("knowledge base"), "{error}");
        assert!(error.contains(what), "{error}");
        assert!(!error.contains("Raw"), "{error}");
    }
}
