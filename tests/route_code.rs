//! Route codes for interoperability, checked against the reference file
//! ("Route codes").

use ketamine_facts::{Certainty, CodeSystem, Route, RouteCodes, SnomedCode, Source, SourceKind};
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
    assert_eq!(coding.system(), "http://snomed.info/sct");
    assert_eq!(coding.code(), "47625008");
    assert_eq!(coding.display_text(), "Intravenous route");
    let [first, second] = Route::Intranasal.codings();
    assert_eq!(first, Route::Intranasal.fhir_coding());
    assert_eq!(
        second.system(),
        "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"
    );
    assert_eq!(second.code(), "C38284");
}

#[test]
fn the_nci_metathesaurus_uri_is_not_taken_for_spl_codes() {
    assert_eq!(CodeSystem::from_uri("http://ncimeta.nci.nih.gov"), None);
    assert_eq!(
        Route::from_coding("http://ncimeta.nci.nih.gov", "C38276"),
        None
    );
    assert_eq!(
        Route::from_coding("urn:oid:2.16.840.1.113883.3.26.1.1", "C38276"),
        Some(Route::Iv)
    );
    assert_eq!(
        Route::from_coding("urn:oid:2.16.840.1.113883.6.96", "26643006"),
        Some(Route::Oral)
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

proptest! {
    #[test]
    fn arbitrary_text_never_panics_a_code_lookup(s in "\\PC*", t in "\\PC*") {
        let _ = Route::from_snomed_ct(&s);
        let _ = Route::from_spl(&s);
        let _ = Route::from_coding(&s, &t);
        let _ = CodeSystem::from_uri(&s);
        let _ = SnomedCode::is_well_formed_concept_id(&s);
        let _ = s.parse::<CodeSystem>();
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
            prop_assert_eq!(Route::from_coding(coding.system(), coding.code()), Some(route));
        }
        if let Some(&system) = CodeSystem::ALL.get(i % CodeSystem::ALL.len()) {
            prop_assert_eq!(system.to_string().parse::<CodeSystem>(), Ok(system));
            prop_assert_eq!(CodeSystem::from_uri(system.uri()), Some(system));
        }
    }
}
