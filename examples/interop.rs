//! Interoperability data as JSON: each route as FHIR codings (SNOMED CT and
//! FDA SPL / NCI Thesaurus), and each substance with its registry identifiers.
//!
//! Run with `cargo run --example interop --features serde`.

use ketamine_facts::{Route, Substance};
use serde_json::json;

fn main() -> Result<(), serde_json::Error> {
    let routes: Vec<_> = Route::ALL
        .iter()
        .map(|route| {
            json!({
                "route": route,
                "text": route.label(),
                // a FHIR CodeableConcept, as for Dosage.route
                "coding": route.codings(),
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
                    json!({
                        "identifier": record.identifier(),
                        "text": record.identifier().to_string(),
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

    let out = json!({ "routes": routes, "substances": substances });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
