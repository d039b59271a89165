//! Interoperability data as JSON: each route as a FHIR `CodeableConcept` for
//! `Dosage.route` (SNOMED CT and FDA SPL / NCI Thesaurus codings), and each
//! substance with its registry identifiers, each also as a FHIR `Identifier`
//! (with a `system` only where HL7 registers one: not for `DrugBank` or `PubChem`).
//! Then a `Dosage.route` as a FHIR DSTU2 system wrote it is read back.
//!
//! Run with `cargo run --example interop --features serde`.

use ketamine_facts::{CodeableConcept, Route, Substance};
use serde_json::json;

fn main() -> Result<(), serde_json::Error> {
    let routes: Vec<_> = Route::ALL
        .iter()
        .map(|route| {
            json!({
                "route": route,
                "label": route.label(),
                // a FHIR CodeableConcept, as for Dosage.route
                "fhir": route.codeable_concept(),
                "source": route.codes().claim(),
            })
        })
        .collect();

    let substances: Vec<_> = Substance::ALL
        .iter()
        .map(|substance| {
            let identifiers: Vec<_> = substance
                .identifiers()
                .map(|record| {
                    let id = record.identifier();
                    // a FHIR Identifier: the value as a string, the system where registered
                    let mut fhir = json!({ "value": id.value().as_str() });
                    if let Some(system) = id.fhir_system() {
                        fhir["system"] = json!(system);
                    }
                    json!({
                        "identifier": id,
                        "text": id.to_string(),
                        "fhir": fhir,
                        "form": record.form(),
                        "note": record.note(),
                        "source": record.claim().citations(),
                    })
                })
                .collect();
            json!({
                "substance": substance,
                "racemic": substance.is_racemic(),
                "products": substance.products(),
                "identifiers": identifiers,
            })
        })
        .collect();

    // a Dosage.route written by a FHIR DSTU2 system, with the NCI Metathesaurus URI
    let dstu2 = r#"{"coding": [{"system": "http://ncimeta.nci.nih.gov", "code": "C38284", "display": "NASAL"}], "text": "nasal spray"}"#;
    let read: CodeableConcept = serde_json::from_str(dstu2)?;
    let read_back = json!({ "json": dstu2, "route": Route::from_codeable_concept(&read) });

    let out = json!({ "routes": routes, "substances": substances, "read_back": read_back });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
