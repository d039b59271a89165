//! The FHIR resources (feature `fhir`): the two Bundles checked in as
//! snapshots (`tests/snapshots/fhir-r4.json`, `fhir-r5.json`, the JSON
//! `examples/fhir.rs` prints), and their content checked against the crate's
//! own values and the reference file (`../shared/reference/README.md`).
//!
//! Refresh the snapshots with
//! `KETAMINE_FACTS_BLESS=1 cargo test --all-features --test fhir`.
//! CI also validates both Bundles with the Python library fhir.resources
//! (`.ci/fhir_check.py`).

#![cfg(feature = "fhir")]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use ketamine_facts::fhir::{self, FhirVersion};
use ketamine_facts::{
    BoxedWarning, Claim, CodeSystem, DoseFrequency, Form, IdentifierScheme, Product, Rems, Route,
    SpravatoDevice, SpravatoSchedule, Substance,
};
use serde_json::Value;

fn json(version: FhirVersion) -> Value {
    serde_json::to_value(fhir::bundle(version)).expect("the bundle serializes")
}

fn pretty(version: FhirVersion) -> String {
    let mut text =
        serde_json::to_string_pretty(&fhir::bundle(version)).expect("the bundle serializes");
    text.push('\n');
    text
}

fn snapshot_path(version: FhirVersion) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/snapshots/fhir-{}.json", version.name()))
}

#[test]
fn both_bundles_match_the_checked_in_snapshots() {
    let how = "refresh with `KETAMINE_FACTS_BLESS=1 cargo test --all-features --test fhir` and review the diff";
    for &version in FhirVersion::ALL {
        let path = snapshot_path(version);
        let current = pretty(version);
        if std::env::var_os("KETAMINE_FACTS_BLESS").is_some_and(|v| v == "1") {
            std::fs::write(&path, &current).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let stored = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; {how}", path.display()))
            .replace("\r\n", "\n");
        if let Some((n, (old, new))) = stored
            .lines()
            .zip(current.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
        {
            panic!(
                "{} is stale at line {}: snapshot {old:?}, now {new:?}; {how}",
                path.display(),
                n + 1
            );
        }
        assert_eq!(
            stored.lines().count(),
            current.lines().count(),
            "{} is stale (length); {how}",
            path.display()
        );
    }
}

/// The resources of a bundle.
fn resources(bundle: &Value) -> Vec<&Value> {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .collect()
}

/// The resource of a type about a substance.
fn resource<'a>(bundle: &'a Value, kind: &str, substance: Substance) -> &'a Value {
    resources(bundle)
        .into_iter()
        .find(|r| r["resourceType"] == kind && r["id"] == substance.name())
        .unwrap_or_else(|| panic!("no {kind}/{substance}"))
}

/// Every object in a JSON value, depth first.
fn objects(value: &Value) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                out.push(map);
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    out
}

/// Every coding (an object with `system` and `code`) inside a value.
fn codings(value: &Value) -> Vec<(String, String, Option<String>)> {
    objects(value)
        .into_iter()
        .filter(|o| o.contains_key("code") && o.contains_key("system") && !o.contains_key("value"))
        .map(|o| {
            (
                o["system"].as_str().expect("a system").to_owned(),
                o["code"].as_str().expect("a code").to_owned(),
                o.get("display").and_then(Value::as_str).map(str::to_owned),
            )
        })
        .collect()
}

fn reference_file(what: &str) -> Option<String> {
    common::have_reference(what).then(common::reference_text)
}

#[test]
fn a_bundle_holds_every_resource_of_its_release_once() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        assert_eq!(bundle["resourceType"], "Bundle");
        assert_eq!(bundle["type"], "collection");
        let mut kinds = vec!["Substance", "Medication", "MedicationKnowledge"];
        if version == FhirVersion::R5 {
            kinds.push("SubstanceDefinition");
        }
        let mut seen = BTreeSet::new();
        for r in resources(&bundle) {
            assert!(
                seen.insert((r["resourceType"].to_string(), r["id"].to_string())),
                "{r}"
            );
        }
        for kind in &kinds {
            for substance in Substance::ALL {
                let _ = resource(&bundle, kind, *substance);
            }
        }
        assert_eq!(seen.len(), kinds.len() * Substance::ALL.len());
        let urls: BTreeSet<_> = bundle["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| e["fullUrl"].as_str().expect("a fullUrl").to_owned())
            .collect();
        assert_eq!(urls.len(), seen.len(), "fullUrls are unique");
    }
}

#[test]
fn every_reference_points_at_an_entry_of_the_bundle() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let urls: Vec<_> = bundle["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| e["fullUrl"].clone())
            .collect();
        let mut count = 0;
        for object in objects(&bundle) {
            if let Some(target) = object.get("reference")
                && target.is_string()
            {
                assert!(
                    urls.contains(target),
                    "{version}: {target} is not in the bundle"
                );
                count += 1;
            }
        }
        assert!(count >= 4, "{version}: only {count} references");
    }
}

#[test]
fn identifiers_are_the_crates_and_the_reference_files_with_registered_systems_only() {
    let reference = reference_file("FHIR identifiers against the reference file");
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        for &substance in Substance::ALL {
            let expected: BTreeSet<(Option<&str>, String)> = substance
                .identifiers()
                .filter(|r| {
                    r.form() == Form::Base && r.identifier().scheme() != IdentifierScheme::Atc
                })
                .map(|r| {
                    let id = r.identifier();
                    // the value is the identifier's text without its scheme
                    let shown = id.to_string();
                    let value = shown
                        .rsplit(' ')
                        .next()
                        .expect("a value after the scheme")
                        .to_owned();
                    (id.scheme().system_uri(), value)
                })
                .collect();
            assert_eq!(
                expected.len(),
                4,
                "{substance}: DrugBank, PubChem, CAS, UNII"
            );
            let mut kinds = vec!["Substance", "MedicationKnowledge"];
            if version == FhirVersion::R5 {
                kinds.push("SubstanceDefinition");
            } else {
                kinds.pop(); // R4 MedicationKnowledge has no identifier element
            }
            for kind in kinds {
                let found: BTreeSet<(Option<&str>, String)> =
                    resource(&bundle, kind, substance)["identifier"]
                        .as_array()
                        .unwrap_or_else(|| panic!("{version} {kind}/{substance}: identifiers"))
                        .iter()
                        .map(|i| {
                            let value = i["value"].as_str().expect("a string value").to_owned();
                            let system = i.get("system").map(|s| {
                                let s = s.as_str().expect("a system string");
                                IdentifierScheme::ALL
                                    .iter()
                                    .find_map(|x| x.system_uri().filter(|u| *u == s))
                                    .unwrap_or_else(|| panic!("{s} is no scheme's registered URI"))
                            });
                            (system, value)
                        })
                        .collect();
                assert_eq!(found, expected, "{version} {kind}/{substance}");
            }
            if let Some(text) = &reference {
                for (_, value) in &expected {
                    assert!(
                        text.contains(value.as_str()),
                        "{value} is not in the reference file"
                    );
                }
            }
        }
    }
}

#[test]
fn drugbank_and_pubchem_identifiers_carry_no_system() {
    let bundle = json(FhirVersion::R4);
    for &substance in Substance::ALL {
        let ids = resource(&bundle, "Substance", substance)["identifier"]
            .as_array()
            .expect("identifiers")
            .clone();
        for (id, value) in [
            (&substance.drugbank_id().to_string(), "DrugBank"),
            (&substance.pubchem_cid().to_string(), "PubChem"),
        ] {
            let entry = ids
                .iter()
                .find(|i| i["value"] == id.as_str())
                .unwrap_or_else(|| panic!("{value} {id}"));
            assert!(entry.get("system").is_none(), "{entry}");
            assert!(
                entry["type"]["text"]
                    .as_str()
                    .expect("a type")
                    .contains(value)
            );
        }
    }
}

#[test]
fn every_system_uri_is_one_the_reference_file_gives_or_the_ndc_uri() {
    let Some(reference) = reference_file("FHIR system URIs against the reference file") else {
        return;
    };
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let systems: BTreeSet<String> = objects(&bundle)
            .into_iter()
            .filter_map(|o| o.get("system").and_then(Value::as_str).map(str::to_owned))
            .collect();
        assert!(systems.len() >= 6, "{systems:?}");
        for system in systems {
            if system == "http://hl7.org/fhir/sid/ndc" {
                continue; // HL7 Terminology's NDC system, which the reference file does not list
            }
            assert!(
                reference.contains(&format!("`{system}`")),
                "{version}: {system} is not a URI of the reference file"
            );
        }
    }
}

#[test]
fn every_route_coding_of_each_substance_is_in_its_medication_knowledge() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let mut all = BTreeSet::new();
        for &substance in Substance::ALL {
            let knowledge = resource(&bundle, "MedicationKnowledge", substance);
            let routes = match version {
                FhirVersion::R4 => &knowledge["intendedRoute"],
                _ => &knowledge["definitional"]["intendedRoute"],
            };
            let found = codings(routes);
            let expected: Vec<Route> = match substance.products() {
                [] => ketamine_facts::concepts::Formulation::Ketamine
                    .routes()
                    .to_vec(),
                products => products.iter().map(|p| p.route()).collect(),
            };
            assert_eq!(found.len(), 2 * expected.len(), "{version} {substance}");
            for route in expected {
                for coding in route.codings() {
                    let wanted = (
                        coding.system().expect("a system").to_owned(),
                        coding.code().expect("a code").to_owned(),
                        coding.display_text().map(str::to_owned),
                    );
                    assert!(found.contains(&wanted), "{version} {substance}: {coding}");
                }
                all.insert(route);
            }
        }
        assert_eq!(
            all.len(),
            Route::ALL.len(),
            "{version}: every route appears"
        );
    }
}

#[test]
fn atc_codes_and_dea_schedule_are_the_crates() {
    let reference = reference_file("FHIR ATC codes against the reference file");
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        for &substance in Substance::ALL {
            let knowledge = resource(&bundle, "MedicationKnowledge", substance);
            let found: Vec<_> = codings(&knowledge["medicineClassification"]);
            let expected: Vec<_> = substance
                .atc_codes()
                .iter()
                .map(|c| (CodeSystem::Atc.uri().to_owned(), c.to_string(), None))
                .collect();
            assert_eq!(found.len(), expected.len(), "{version} {substance}");
            for code in &expected {
                assert!(found.contains(code), "{version} {substance}: {code:?}");
                if let Some(text) = &reference {
                    assert!(text.contains(&code.1));
                }
            }
            let schedule = &knowledge["regulatory"][0];
            let coding = substance.dea_schedule().expect("scheduled").coding();
            let wanted = (
                coding.system().expect("a system").to_owned(),
                coding.code().expect("a code").to_owned(),
                coding.display_text().map(str::to_owned),
            );
            assert_eq!(codings(&schedule["schedule"]), [wanted], "{version}");
            assert!(
                schedule["regulatoryAuthority"]["display"]
                    .as_str()
                    .expect("an authority")
                    .contains("DEA")
            );
        }
    }
}

#[test]
fn spravato_has_its_ndc_product_code_and_ucum_strength() {
    let reference = reference_file("FHIR NDC code against the reference file");
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let medication = resource(&bundle, "Medication", Substance::Esketamine);
        let ndc = Product::Spravato.ndc_product_code().to_string();
        assert_eq!(
            codings(&medication["code"]),
            [("http://hl7.org/fhir/sid/ndc".to_owned(), ndc.clone(), None)]
        );
        let strength = match version {
            FhirVersion::R4 => &medication["ingredient"][0]["strength"],
            _ => &medication["ingredient"][0]["strengthRatio"],
        };
        let numerator = &strength["numerator"];
        let denominator = &strength["denominator"];
        assert_eq!(
            numerator["value"].as_f64(),
            Some(f64::from(SpravatoDevice::LABELED.dose().get()))
        );
        assert_eq!(numerator["code"], "mg");
        assert_eq!(denominator["code"], "mL");
        for q in [numerator, denominator] {
            assert_eq!(q["system"], CodeSystem::Ucum.uri());
        }
        let per = format!(
            "{} per {} mL",
            SpravatoDevice::LABELED.dose(),
            denominator["value"]
        );
        assert!(Product::Spravato.ndc_claim().mentions(&per), "{per}");
        if let Some(text) = &reference {
            assert!(text.contains(&ndc) && text.contains(&per), "{ndc}, {per}");
        }
        // ketamine has no product: its medication is coded by its UNII
        let ketamine = resource(&bundle, "Medication", Substance::Ketamine);
        assert_eq!(
            codings(&ketamine["code"]),
            [(
                CodeSystem::Unii.uri().to_owned(),
                Substance::Ketamine.unii().to_string(),
                None
            )]
        );
    }
}

/// The Spravato dosage groups of the esketamine knowledge resource.
fn spravato_groups(bundle: &Value, version: FhirVersion) -> Vec<Value> {
    let knowledge = resource(bundle, "MedicationKnowledge", Substance::Esketamine);
    let (list, path) = match version {
        FhirVersion::R4 => (&knowledge["administrationGuidelines"], "dosage"),
        _ => (&knowledge["indicationGuideline"], "dosingGuideline"),
    };
    let with_dosing: Vec<&Value> = list
        .as_array()
        .expect("guidelines")
        .iter()
        .filter(|g| g.get(path).is_some())
        .collect();
    assert_eq!(with_dosing.len(), 1, "one indication carries the schedule");
    match version {
        FhirVersion::R4 => with_dosing[0]["dosage"].as_array().expect("groups").clone(),
        _ => with_dosing[0]["dosingGuideline"][0]["dosage"]
            .as_array()
            .expect("groups")
            .clone(),
    }
}

#[test]
fn the_spravato_schedule_keeps_every_dose_and_frequency_choice() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let groups = spravato_groups(&bundle, version);
        let mut found = BTreeSet::new();
        for group in &groups {
            let dosages = group["dosage"].as_array().expect("dosages");
            let last = dosages.last().expect("a dosage");
            let dose = &last["doseAndRate"][0]["doseQuantity"];
            assert_eq!(dose["system"], CodeSystem::Ucum.uri());
            assert_eq!(dose["code"], "mg");
            let repeat = &last["timing"]["repeat"];
            assert_eq!(repeat["periodUnit"], "wk");
            found.insert((
                whole(&dose["value"]),
                repeat["frequency"].as_u64().expect("a frequency"),
                whole(&repeat["period"]),
            ));
            assert_eq!(
                codings(&last["route"]),
                codings(&serde_json::to_value(Route::Intranasal.codings()).expect("codings"))
            );
        }
        let mut expected = BTreeSet::new();
        for phase in SpravatoSchedule::all() {
            for frequency in phase.frequencies() {
                let (per, weeks) = match frequency {
                    DoseFrequency::TwiceWeekly => (2, 1),
                    DoseFrequency::Weekly => (1, 1),
                    DoseFrequency::EveryTwoWeeks => (1, 2),
                    other => panic!("a frequency this test does not know: {other}"),
                };
                for dose in phase.doses() {
                    expected.insert((u64::from(dose.get()), per, weeks));
                }
            }
        }
        assert_eq!(found, expected, "{version}");
        let alternatives: usize = SpravatoSchedule::all()
            .iter()
            .map(|p| p.doses().len() * p.frequencies().len())
            .sum();
        assert_eq!(
            groups.len(),
            alternatives,
            "{version}: one group per choice"
        );
        // the day-1 dose comes first, once per induction alternative
        let day_one = groups
            .iter()
            .filter(|g| g["dosage"][0]["timing"]["repeat"]["count"] == 1)
            .count();
        let induction = &SpravatoSchedule::all()[0];
        assert_eq!(
            day_one,
            induction.doses().len() * induction.frequencies().len()
        );
        assert!(
            groups.iter().all(
                |g| g["dosage"][0]["sequence"] == 1 || g["dosage"][0].get("sequence").is_none()
            )
        );
    }
}

#[test]
fn the_rems_is_a_monitoring_program_with_its_observation_time() {
    let hours = Rems::SPRAVATO.minimum_observation().num_hours();
    assert_eq!(hours, 2);
    let needle = format!("at least {hours} hours");
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let knowledge = resource(&bundle, "MedicationKnowledge", Substance::Esketamine);
        let programs = knowledge["monitoringProgram"].as_array().expect("programs");
        assert_eq!(programs.len(), 1);
        assert!(
            programs[0]["type"]["text"]
                .as_str()
                .expect("a type")
                .contains("REMS")
        );
        let name = programs[0]["name"].as_str().expect("a name");
        assert!(
            name.contains(&needle) && name.contains("certified"),
            "{name}"
        );
        for group in spravato_groups(&bundle, version) {
            for dosage in group["dosage"].as_array().expect("dosages") {
                let instruction = dosage["additionalInstruction"][0]["text"]
                    .as_str()
                    .expect("an instruction");
                assert!(instruction.contains(&needle), "{instruction}");
            }
        }
        let ketamine = resource(&bundle, "MedicationKnowledge", Substance::Ketamine);
        assert!(ketamine.get("monitoringProgram").is_none());
    }
}

#[test]
fn the_boxed_warning_and_the_indications_are_there_with_their_text() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        let knowledge = resource(&bundle, "MedicationKnowledge", Substance::Esketamine);
        let warnings: Vec<&str> = match version {
            FhirVersion::R4 => knowledge["extension"]
                .as_array()
                .expect("extensions")
                .iter()
                .filter(|e| {
                    e["url"] == "http://hl7.org/fhir/5.0/StructureDefinition/extension-MedicationKnowledge.clinicalUseIssue"
                })
                .map(|e| e["valueReference"]["display"].as_str().expect("a display"))
                .collect(),
            _ => knowledge["clinicalUseIssue"]
                .as_array()
                .expect("issues")
                .iter()
                .map(|e| e["display"].as_str().expect("a display"))
                .collect(),
        };
        assert_eq!(warnings.len(), BoxedWarning::ALL.len(), "{version}");
        for (warning, item) in warnings.iter().zip(BoxedWarning::ALL) {
            assert!(
                warning.contains(&item.name().replace('_', " ")),
                "{warning}"
            );
        }
        let texts: Vec<&str> = match version {
            FhirVersion::R4 => knowledge["administrationGuidelines"]
                .as_array()
                .expect("guidelines")
                .iter()
                .map(|g| {
                    g["indicationCodeableConcept"]["text"]
                        .as_str()
                        .expect("text")
                })
                .collect(),
            _ => knowledge["indicationGuideline"]
                .as_array()
                .expect("guidelines")
                .iter()
                .map(|g| {
                    g["indication"][0]["concept"]["text"]
                        .as_str()
                        .expect("text")
                })
                .collect(),
        };
        for event in [
            ketamine_facts::HistoryEvent::SpravatoApproval,
            ketamine_facts::HistoryEvent::SpravatoEuApproval,
            ketamine_facts::HistoryEvent::SpravatoSuicidalIdeation,
            ketamine_facts::HistoryEvent::SpravatoMonotherapy,
        ] {
            let summary = event.claims()[0].summary();
            assert!(
                texts.iter().any(|t| t.contains(summary)),
                "{version}: {summary}"
            );
        }
        // ketamine has no boxed warning of its own in the crate
        let ketamine = resource(&bundle, "MedicationKnowledge", Substance::Ketamine);
        assert!(ketamine.get("clinicalUseIssue").is_none() && ketamine.get("extension").is_none());
    }
}

#[test]
fn every_resource_says_it_is_no_clinical_order_and_cites_its_sources() {
    for &version in FhirVersion::ALL {
        let bundle = json(version);
        for r in resources(&bundle) {
            let what = format!("{version} {}/{}", r["resourceType"], r["id"]);
            assert_eq!(r["text"]["status"], "additional", "{what}");
            let div = r["text"]["div"].as_str().expect("a div");
            assert!(
                div.starts_with(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#),
                "{what}"
            );
            assert!(div.contains("not a clinical order"), "{what}");
            assert!(div.contains("not medical advice"), "{what}");
            let claims = div
                .split("Claims (ketamine-facts data edition ")
                .nth(1)
                .expect("the claims line");
            let ids: Vec<&str> = claims
                .split_once("): ")
                .expect("ids")
                .1
                .trim_end_matches("</p></div>")
                .split(", ")
                .collect();
            assert!(!ids.is_empty(), "{what}");
            for id in ids {
                let claim: &Claim = common::claim(id);
                for citation in claim.citations() {
                    let title = citation.source().title().replace('&', "&amp;");
                    assert!(div.contains(&title), "{what}: {title}");
                }
            }
        }
    }
}

#[test]
fn each_release_uses_only_its_own_elements() {
    let r4 = pretty(FhirVersion::R4);
    for r5_only in [
        "\"definitional\"",
        "\"indicationGuideline\"",
        "\"clinicalUseIssue\"",
        "\"SubstanceDefinition\"",
        "\"instance\"",
        "\"marketingAuthorizationHolder\"",
        "\"strengthRatio\"",
    ] {
        assert!(!r4.contains(r5_only), "R4 has {r5_only}");
    }
    let r5 = pretty(FhirVersion::R5);
    for r4_only in [
        "\"administrationGuidelines\"",
        "\"itemReference\"",
        "\"indicationCodeableConcept\"",
        "\"manufacturer\"",
        "\"form\"",
    ] {
        assert!(!r5.contains(r4_only), "R5 has {r4_only}");
    }
}

#[test]
fn the_builders_agree_with_the_bundle() {
    for &version in FhirVersion::ALL {
        let bundle = fhir::bundle(version);
        for &substance in Substance::ALL {
            for resource in [
                fhir::substance(substance, version),
                fhir::medication(substance, version),
                fhir::medication_knowledge(substance, version),
            ] {
                assert!(bundle.resources().any(|r| *r == resource));
                assert_eq!(resource.version(), version);
                assert_eq!(resource.id(), substance.name());
            }
        }
    }
    let r5 = fhir::bundle(FhirVersion::R5);
    for &substance in Substance::ALL {
        assert!(
            r5.resources()
                .any(|r| *r == fhir::substance_definition(substance))
        );
    }
}

/// A JSON number that must be a whole, non-negative number (a FHIR decimal such
/// as `84` or `2.0`), as an integer.
fn whole(value: &Value) -> u64 {
    let number = value.as_f64().expect("a number");
    assert!(number >= 0.0 && number.fract() == 0.0, "{number} is whole");
    format!("{number}").parse().expect("a whole number")
}
