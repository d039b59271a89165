//! FHIR JSON written by other systems reads back into the crate's types: a
//! `Dosage.route` (with the current, the backward-compatible and the DSTU2
//! system URIs of the SPL route codes, and trailing slashes), codings with
//! the elements FHIR allows beside the ones the crate keeps, and substance
//! `Identifier`s. Wrong shapes and types are refused with errors that say what.

#![cfg(feature = "serde")]

use ketamine_facts::{
    CodeSystem, CodeableConcept, Coding, Identifier, IdentifierScheme, Route, Substance,
};
use serde_json::json;

/// A `Dosage` as another system writes it, with `route` coded in `system`.
fn dosage(system: &str, code: &str, display: &str) -> serde_json::Value {
    json!({
        "sequence": 1,
        "text": "as directed",
        "route": {
            "id": "r1",
            "extension": [{"url": "urn:example:ext", "valueString": "x"}],
            "coding": [
                {"system": "urn:example:local-routes", "code": "NAS", "userSelected": true},
                {
                    "system": system,
                    "version": "2009",
                    "code": code,
                    "display": display,
                    "_display": {"extension": [{"url": "urn:example:lang", "valueCode": "en"}]}
                }
            ],
            "text": "Nasal"
        }
    })
}

#[test]
fn a_dosage_route_with_any_spl_system_uri_reads_back_as_its_route() {
    let meta = CodeSystem::NCI_METATHESAURUS_URI;
    let systems = [
        CodeSystem::NciThesaurus.uri(),
        CodeSystem::NciThesaurus.other_uris()[0],
        meta,
    ];
    for route in Route::ALL {
        for system in systems {
            for written in [system.to_owned(), format!("{system}/")] {
                let dosage = dosage(&written, route.spl().code(), route.spl().display_text());
                let concept: CodeableConcept =
                    serde_json::from_value(dosage["route"].clone()).unwrap();
                assert_eq!(concept.coding().len(), 2);
                assert_eq!(concept.text(), Some("Nasal"));
                assert_eq!(concept.coding()[0].user_selected(), Some(true));
                assert_eq!(concept.coding()[1].version(), Some("2009"));
                assert_eq!(
                    Route::from_codeable_concept(&concept),
                    Some(*route),
                    "{written}"
                );
            }
        }
    }
}

#[test]
fn a_dstu2_style_dosage_route_in_snomed_reads_back() {
    for route in Route::ALL {
        let sct = route.snomed_ct();
        let dosage = dosage("http://snomed.info/sct/", sct.code(), sct.display_text());
        let concept: CodeableConcept = serde_json::from_value(dosage["route"].clone()).unwrap();
        assert_eq!(Route::from_codeable_concept(&concept), Some(*route));
    }
}

#[test]
fn a_wrong_shape_or_type_is_refused_naming_what_was_expected() {
    for (json, says) in [
        (json!("C38276"), "expected a FHIR Coding as an object"),
        (
            json!(["http://snomed.info/sct", "47625008"]),
            "found an array",
        ),
        (
            json!({"system": 5, "code": "x"}),
            "invalid type: integer `5`, expected a string",
        ),
        (
            json!({"code": "x", "userSelected": "yes"}),
            "expected a boolean",
        ),
        (json!({"code": "x", "route": "IV"}), "unknown field `route`"),
    ] {
        let err = serde_json::from_value::<Coding>(json.clone())
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{json}: {err}");
    }
    for (json, says) in [
        (json!({"coding": {"code": "x"}}), "expected a sequence"),
        (json!({"coding": [], "text": 1}), "expected a string"),
        (
            json!({"coding": [], "source": "crate"}),
            "unknown field `source`",
        ),
        (
            json!({"coding": [{"code": 47_625_008}]}),
            "expected a string",
        ),
    ] {
        let err = serde_json::from_value::<CodeableConcept>(json.clone())
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{json}: {err}");
    }
}

#[test]
fn a_fhir_substance_identifier_of_every_registered_scheme_reads_back() {
    for substance in Substance::ALL {
        for record in substance.identifiers() {
            let id = record.identifier();
            let Some(system) = id.scheme().system_uri() else {
                // DrugBank and PubChem: no registered system, so FHIR carries the value alone
                assert!(matches!(
                    id.scheme(),
                    IdentifierScheme::DrugBank | IdentifierScheme::PubChem
                ));
                continue;
            };
            for written in [system.to_owned(), format!("{system}/")] {
                let json = json!({
                    "use": "official",
                    "type": {"text": "registry number"},
                    "system": written,
                    "value": id.value().as_str(),
                    "period": {"start": "2019-03-05"},
                    "assigner": {"display": "someone"}
                });
                let back: Identifier = serde_json::from_value(json).unwrap();
                assert_eq!(back, id);
                assert_eq!(Substance::find(&back), Some(*substance));
            }
        }
    }
}

#[test]
fn a_fhir_identifier_without_a_system_reads_by_shape_and_never_guesses_a_number() {
    let drugbank: Identifier = serde_json::from_value(json!({"value": "DB01221"})).unwrap();
    assert_eq!(Substance::find(&drugbank), Some(Substance::Ketamine));
    let err = serde_json::from_value::<Identifier>(json!({"value": "3821"}))
        .unwrap_err()
        .to_string();
    assert!(err.contains(Identifier::AMBIGUOUS_NUMBER), "{err}");
    // FHIR writes the value as a string; a number is a wrong type there
    let err = serde_json::from_value::<Identifier>(
        json!({"system": "http://fdasis.nlm.nih.gov", "value": 3821}),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("is a string"), "{err}");
    // a system of no identifier scheme
    let err = serde_json::from_value::<Identifier>(
        json!({"system": "http://snomed.info/sct", "value": "47625008"}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("unknown identifier system \"http://snomed.info/sct\""),
        "{err}"
    );
    // the crate's own form still reads, but not mixed with FHIR's
    let own: Identifier =
        serde_json::from_value(json!({"scheme": "pubchem", "value": 3821})).unwrap();
    assert_eq!(Substance::find(&own), Some(Substance::Ketamine));
    let err = serde_json::from_value::<Identifier>(
        json!({"scheme": "unii", "system": "http://fdasis.nlm.nih.gov", "value": "690G0D6V8H"}),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("not both"), "{err}");
}
