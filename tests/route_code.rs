//! Route codes for interoperability, checked against the reference file
//! ("Route codes").

use ketamine_facts::{
    Certainty, CodeSystem, CodeableConcept, Coding, Route, RouteCodes, SnomedCode, Source,
    SourceKind,
};
use proptest::prelude::*;

/// The reference table: route, SNOMED CT code and term, SPL code and name.
const TABLE: [(Route, &str, &str, &str, &str); 4] = [
    (
        Route::Iv,
        "47625008",
        "Intravenous route",
        "C38276",
        "INTRAVENOUS",
    ),
    (
        Route::Im,
        "78421000",
        "Intramuscular route",
        "C28161",
        "INTRAMUSCULAR",
    ),
    (
        Route::Intranasal,
        "46713006",
        "Nasal route",
        "C38284",
        "NASAL",
    ),
    (Route::Oral, "26643006", "Oral route", "C38288", "ORAL"),
];

#[test]
fn every_route_has_the_snomed_ct_and_spl_codes_of_the_reference_table() {
    for (route, sct, term, spl, name) in TABLE {
        assert_eq!(route.snomed_ct().code(), sct);
        assert_eq!(route.snomed_ct().display_text(), term);
        assert_eq!(route.spl().code(), spl);
        assert_eq!(route.spl().display_text(), name);
    }
}

#[test]
fn codes_look_back_up_to_their_route() {
    for (route, sct, _, spl, _) in TABLE {
        assert_eq!(Route::from_snomed_ct(sct), Some(route));
        assert_eq!(Route::from_spl(spl), Some(route));
        assert_eq!(Route::from_spl(&spl.to_lowercase()), Some(route));
        assert_eq!(
            Route::from_coding("http://snomed.info/sct", sct),
            Some(route)
        );
        assert_eq!(
            Route::from_coding(CodeSystem::NciThesaurus.uri(), spl),
            Some(route)
        );
    }
    // a SNOMED code is not an SPL code, nor the other way round
    assert_eq!(Route::from_spl("47625008"), None);
    assert_eq!(Route::from_snomed_ct("C38276"), None);
}

#[test]
fn the_fhir_coding_of_a_route_is_snomed_ct() {
    let coding = Route::Iv.fhir_coding();
    assert_eq!(coding.system(), Some("http://snomed.info/sct"));
    assert_eq!(coding.code(), Some("47625008"));
    assert_eq!(coding.display_text(), Some("Intravenous route"));
    let [first, second] = Route::Intranasal.codings();
    assert_eq!(first, Route::Intranasal.fhir_coding());
    assert_eq!(
        second.system(),
        Some("http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl")
    );
    assert_eq!(second.code(), Some("C38284"));
}

#[test]
fn the_nci_metathesaurus_uri_is_no_code_system_but_reads_spl_route_codes() {
    // a different code system ...
    assert_eq!(
        CodeSystem::from_uri(CodeSystem::NCI_METATHESAURUS_URI),
        None
    );
    // ... which FHIR DSTU2 data used for the SPL route codes: read those only
    for route in Route::ALL {
        let spl = route.spl().code();
        assert_eq!(
            Route::from_coding(CodeSystem::NCI_METATHESAURUS_URI, spl),
            Some(*route)
        );
        assert_eq!(
            Route::from_coding(CodeSystem::NCI_METATHESAURUS_URI, route.snomed_ct().code()),
            None
        );
    }
    assert_eq!(
        Route::from_coding("urn:oid:2.16.840.1.113883.3.26.1.1", "C38276"),
        Some(Route::Iv)
    );
    assert_eq!(
        Route::from_coding("urn:oid:2.16.840.1.113883.6.96", "26643006"),
        Some(Route::Oral)
    );
}

/// Every system URI `Route::from_coding` reads for each system, as its docs
/// list them: canonical, kept for backward compatibility, OID, and (SPL only)
/// the Metathesaurus URI of DSTU2 data.
fn accepted_uris(system: CodeSystem) -> Vec<String> {
    let mut uris = vec![system.uri().to_owned(), format!("urn:oid:{}", system.oid())];
    uris.extend(system.other_uris().iter().map(|u| (*u).to_owned()));
    if system == CodeSystem::NciThesaurus {
        uris.push(CodeSystem::NCI_METATHESAURUS_URI.to_owned());
    }
    uris
}

#[test]
fn every_uri_route_codes_are_read_under_is_in_a_cited_claim() {
    for system in [CodeSystem::SnomedCt, CodeSystem::NciThesaurus] {
        for uri in accepted_uris(system) {
            if uri.starts_with("urn:oid:") {
                continue; // the OIDs are the crate's CodeSystem::oid, not a claim
            }
            assert!(system.claim().mentions(&uri), "{uri} in {}", system.claim());
        }
    }
}

#[test]
fn every_route_reads_back_under_every_accepted_uri_with_or_without_a_trailing_slash() {
    for route in Route::ALL {
        for (system, code) in [
            (CodeSystem::SnomedCt, route.snomed_ct().code()),
            (CodeSystem::NciThesaurus, route.spl().code()),
        ] {
            for uri in accepted_uris(system) {
                for written in [uri.clone(), format!("{uri}/"), format!(" {uri}/ ")] {
                    assert_eq!(
                        Route::from_coding(&written, code),
                        Some(*route),
                        "{written} {code}"
                    );
                    let coding = Coding::new(written.clone(), code);
                    assert_eq!(Route::from_fhir_coding(&coding), Some(*route));
                }
                // two slashes, or a path after the URI, are another URI
                assert_eq!(Route::from_coding(&format!("{uri}//"), code), None);
                assert_eq!(Route::from_coding(&format!("{uri}/x"), code), None);
            }
        }
    }
}

#[test]
fn a_code_under_the_other_systems_uri_names_no_route() {
    for route in Route::ALL {
        for uri in accepted_uris(CodeSystem::SnomedCt) {
            assert_eq!(Route::from_coding(&uri, route.spl().code()), None);
        }
        for uri in accepted_uris(CodeSystem::NciThesaurus) {
            assert_eq!(Route::from_coding(&uri, route.snomed_ct().code()), None);
        }
        for system in [
            CodeSystem::Atc,
            CodeSystem::Unii,
            CodeSystem::Cas,
            CodeSystem::Ucum,
        ] {
            assert_eq!(
                Route::from_coding(system.uri(), route.snomed_ct().code()),
                None
            );
            assert_eq!(Route::from_coding(system.uri(), route.spl().code()), None);
        }
    }
}

#[test]
fn every_snomed_and_spl_display_parses_as_its_route() {
    for route in Route::ALL {
        let snomed = route.snomed_ct().display_text();
        let spl = route.spl().display_text();
        for text in [
            snomed.to_owned(),
            snomed.to_uppercase(),
            snomed.to_lowercase(),
            spl.to_owned(),
        ] {
            assert_eq!(text.parse::<Route>(), Ok(*route), "{text}");
        }
    }
}

#[test]
fn a_code_without_its_system_is_refused_with_the_reason() {
    for route in Route::ALL {
        for code in [route.snomed_ct().code(), route.spl().code()] {
            let err = code.parse::<Route>().unwrap_err();
            assert_eq!(err.kind(), "route");
            assert_eq!(err.input(), code);
            assert_eq!(err.reason(), Some(Route::CODE_WITHOUT_SYSTEM));
            assert!(err.to_string().contains("give its system"), "{err}");
        }
    }
    // a word that is no route is still "unknown", with the names
    let err = "sublingual".parse::<Route>().unwrap_err();
    assert_eq!(err.reason(), None);
}

#[test]
fn a_codeable_concept_names_the_route_of_its_first_coding_that_names_one() {
    for route in Route::ALL {
        let concept = route.codeable_concept();
        assert_eq!(concept.coding(), route.codings());
        assert_eq!(concept.text(), Some(route.snomed_ct().display_text()));
        assert_eq!(Route::from_codeable_concept(&concept), Some(*route));
        // another system's coding first is passed over
        let mut codings = vec![Coding::new("urn:example:local", "X")];
        codings.extend(concept.coding().iter().rev().cloned());
        let mixed = CodeableConcept::new(codings);
        assert_eq!(Route::from_codeable_concept(&mixed), Some(*route));
    }
    // the first coding that names a route wins, whatever follows
    let both = CodeableConcept::new(vec![Route::Oral.spl_coding(), Route::Iv.fhir_coding()]);
    assert_eq!(Route::from_codeable_concept(&both), Some(Route::Oral));
    // the text alone is not read, nor a coding without a system
    let text_only = CodeableConcept::new(Vec::new()).with_text("intravenous");
    assert_eq!(Route::from_codeable_concept(&text_only), None);
    assert_eq!(
        Route::from_codeable_concept(&CodeableConcept::new(&[][..])),
        None
    );
}

#[test]
fn every_snomed_route_code_is_a_well_formed_concept_id() {
    for codes in RouteCodes::all() {
        assert!(
            SnomedCode::is_well_formed_concept_id(codes.snomed_ct().code()),
            "{}",
            codes.snomed_ct()
        );
    }
    // the parent concept "Route of administration value"
    assert!(SnomedCode::is_well_formed_concept_id("284009009"));
    // one digit off fails the Verhoeff check
    assert!(!SnomedCode::is_well_formed_concept_id("47625018"));
    assert!(!SnomedCode::is_well_formed_concept_id("047625008"));
}

#[test]
fn route_codes_are_high_confidence_claims_citing_both_terminologies() {
    assert_eq!(RouteCodes::all().len(), Route::ALL.len());
    for codes in RouteCodes::all() {
        let claim = codes.claim();
        assert!(claim.cites(Source::SnomedCtRouteCodes));
        assert!(claim.cites(Source::FdaSplRouteTerminology));
        assert_eq!(
            claim
                .confidence()
                .map(ketamine_facts::Confidence::certainty),
            Some(Certainty::High)
        );
        assert!(claim.mentions(codes.snomed_ct().code()));
        assert!(claim.mentions(codes.spl().code()));
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source().kind() == SourceKind::Reference)
        );
        assert_eq!(codes.route().codes(), codes);
    }
}

#[test]
fn codes_display_in_their_conventional_forms() {
    assert_eq!(
        Route::Iv.snomed_ct().to_string(),
        "47625008 |Intravenous route|"
    );
    assert_eq!(Route::Iv.spl().to_string(), "C38276 INTRAVENOUS");
    assert_eq!(
        Route::Oral.fhir_coding().to_string(),
        "http://snomed.info/sct|26643006 \"Oral route\""
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_coding_serializes_like_a_fhir_coding() {
    let json = serde_json::to_value(Route::Iv.fhir_coding()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "system": "http://snomed.info/sct",
            "code": "47625008",
            "display": "Intravenous route"
        })
    );
}

#[cfg(feature = "serde")]
#[test]
fn every_coding_and_concept_of_every_route_round_trips_through_json() {
    use ketamine_facts::DeaSchedule;
    let codings = Route::ALL
        .iter()
        .flat_map(|r| r.codings())
        .chain([DeaSchedule::Ciii.coding()]);
    for coding in codings {
        let json = serde_json::to_value(&coding).unwrap();
        assert_eq!(json["system"], coding.system().unwrap());
        assert_eq!(json["code"], coding.code().unwrap());
        assert_eq!(json["display"], coding.display_text().unwrap());
        assert_eq!(json.as_object().unwrap().len(), 3, "{json}");
        let back: Coding = serde_json::from_value(json).unwrap();
        assert_eq!(back, coding);
        assert_eq!(
            Route::from_fhir_coding(&back),
            Route::from_fhir_coding(&coding)
        );
    }
    for route in Route::ALL {
        let concept = route.codeable_concept();
        let json = serde_json::to_value(&concept).unwrap();
        assert_eq!(json["text"], route.snomed_ct().display_text());
        assert_eq!(json["coding"].as_array().unwrap().len(), 2);
        let back: CodeableConcept = serde_json::from_value(json).unwrap();
        assert_eq!(back, concept);
        assert_eq!(Route::from_codeable_concept(&back), Some(*route));
    }
}

#[cfg(feature = "serde")]
#[test]
fn absent_elements_are_left_out_and_every_element_round_trips() {
    let bare = Coding::new("urn:example:x", "1");
    assert_eq!(
        serde_json::to_value(&bare).unwrap(),
        serde_json::json!({"system": "urn:example:x", "code": "1"})
    );
    let full = Coding::new("http://snomed.info/sct", "47625008")
        .with_version("http://snomed.info/sct/731000124108/version/20240301")
        .with_display("Intravenous route")
        .with_user_selected(true);
    let json = serde_json::to_string(&full).unwrap();
    assert_eq!(
        json,
        r#"{"system":"http://snomed.info/sct","version":"http://snomed.info/sct/731000124108/version/20240301","code":"47625008","display":"Intravenous route","userSelected":true}"#
    );
    assert_eq!(serde_json::from_str::<Coding>(&json).unwrap(), full);
    let empty = CodeableConcept::new(Vec::new());
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    assert_eq!(
        serde_json::from_str::<CodeableConcept>("{}").unwrap(),
        empty
    );
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_a_code_lookup(s in "\\PC*", t in "\\PC*") {
        let _ = Route::from_snomed_ct(&s);
        let _ = Route::from_spl(&s);
        let _ = Route::from_coding(&s, &t);
        let _ = CodeSystem::from_uri(&s);
        let _ = SnomedCode::is_well_formed_concept_id(&s);
        let _ = s.parse::<CodeSystem>();
        let _ = s.parse::<Route>();
        let _ = Route::from_fhir_coding(&Coding::new(s.clone(), t.clone()).with_display(t.clone()));
    }

    #[test]
    fn a_uri_with_any_text_after_it_is_read_only_with_one_slash(i in 0usize..4, tail in "\\PC{0,8}") {
        let route = Route::ALL[i];
        let uri = format!("{}{tail}", CodeSystem::SnomedCt.uri());
        let read = Route::from_coding(&uri, route.snomed_ct().code());
        let expected = matches!(tail.trim_end(), "" | "/");
        prop_assert_eq!(read.is_some(), expected, "{:?}", uri);
    }

    #[test]
    fn digit_strings_never_panic_the_sctid_check(s in "[0-9]{0,20}") {
        let _ = SnomedCode::is_well_formed_concept_id(&s);
    }

    #[test]
    fn every_route_code_round_trips(i in 0usize..4, pad in "[ \t]{0,3}") {
        if let Some(&route) = Route::ALL.get(i) {
            prop_assert_eq!(Route::from_snomed_ct(&format!("{pad}{}{pad}", route.snomed_ct().code())), Some(route));
            prop_assert_eq!(Route::from_spl(&format!("{pad}{}{pad}", route.spl().code())), Some(route));
            let coding = route.spl_coding();
            prop_assert_eq!(Route::from_fhir_coding(&coding), Some(route));
        }
        if let Some(&system) = CodeSystem::ALL.get(i % CodeSystem::ALL.len()) {
            prop_assert_eq!(system.to_string().parse::<CodeSystem>(), Ok(system));
            prop_assert_eq!(CodeSystem::from_uri(system.uri()), Some(system));
        }
    }
}
