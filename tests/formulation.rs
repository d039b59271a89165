//! Formulations, checked against what the articles say: ketamine itself is used
//! off-label, the approved nasal spray is esketamine.

use ketamine_facts::{Disagreement, Evidence, Formulation, Route, Section, Source, Substance};
use proptest::prelude::*;

mod common;
use common::{claim, sections};

#[test]
fn article_003_says_mental_health_use_of_ketamine_itself_is_off_label() {
    let claim = claim("indication/depression-off-label-use");
    assert!(Formulation::Ketamine.claims().contains(claim));
    assert!(claim.mentions("off-label"));
    assert_eq!(
        sections(claim),
        [Section::Overview, Section::FaqWhatIsKetamine]
    );
    assert_eq!(claim.strongest_evidence(), Evidence::Stated);
    assert!(Formulation::Ketamine.is_off_label_for_mental_health());
    assert!(!Formulation::Ketamine.is_regulator_approved_for_mental_health());
}

#[test]
fn article_003_says_the_approved_spray_is_esketamine_sold_as_spravato() {
    let spray = Formulation::EsketamineNasalSpray;
    assert!(spray.is_regulator_approved_for_mental_health());
    assert_eq!(spray.brand_name(), Some("Spravato"));
    assert_eq!(spray.substance(), Substance::Esketamine);
    let approval = claim("route/intranasal-spravato-fda-approval-in-003");
    assert!(spray.claims().contains(approval), "003's approval claim");
    assert!(approval.cites(Source::WhatIsKetamine));
    assert_eq!(approval.strongest_evidence(), Evidence::RegulatoryApproval);
    assert!(approval.mentions("esketamine") && approval.mentions("Spravato"));
    assert_eq!(
        sections(approval),
        [Section::AdministrationMethods, Section::FaqAdministration]
    );
}

#[test]
fn article_002s_ketamine_nasal_spray_is_linked_to_the_fda_disagreement() {
    let essay = claim("route/intranasal-fda-approval-rapid-acting-in-002");
    assert!(
        Formulation::EsketamineNasalSpray.claims().contains(essay),
        "002's wording is kept"
    );
    assert!(essay.cites(Source::RiseOfKetamineTherapy));
    assert!(essay.mentions("ketamine nasal spray"));
    assert_eq!(essay.disputes(), [Disagreement::WhatTheFdaApproved]);
    for formulation in Formulation::ALL {
        assert_eq!(formulation.disputes(), [Disagreement::WhatTheFdaApproved]);
    }
}

#[test]
fn the_spray_facts_live_with_the_intranasal_route_and_are_not_restated() {
    // every esketamine claim is an intranasal claim ...
    let intranasal = Route::Intranasal.claims();
    assert!(
        Formulation::EsketamineNasalSpray
            .claims()
            .iter()
            .all(|claim| intranasal.contains(claim))
    );
    // ... and the intranasal claims without it are those that never name the
    // product: 001's teaser ("ketamine as a nasal spray") and 004's plan
    // ("intravenous or intranasal")
    let unnamed: Vec<&str> = intranasal
        .iter()
        .filter(|claim| !Formulation::EsketamineNasalSpray.claims().contains(claim))
        .map(|claim| claim.id().as_str())
        .collect();
    assert_eq!(
        unnamed,
        [
            "route/intranasal-newer-development",
            "topic/route-choice-may-be-in-treatment-plan"
        ]
    );
    for id in unnamed {
        assert!(!claim(id).mentions("esketamine") && !claim(id).mentions("Spravato"));
    }
    // ketamine's own claims that name a route are that route's claims: the
    // relation from ketamine to each route rests on them
    for route in Formulation::Ketamine.routes() {
        assert!(
            Formulation::Ketamine
                .claims()
                .iter()
                .any(|claim| route.claims().contains(claim)),
            "{route}"
        );
    }
}

#[test]
fn article_003_gives_ketamine_by_iv_im_or_mouth_and_esketamine_by_nose() {
    assert_eq!(
        Formulation::Ketamine.routes(),
        [Route::Iv, Route::Im, Route::Oral]
    );
    assert_eq!(
        Formulation::EsketamineNasalSpray.routes(),
        [Route::Intranasal]
    );
    // no route is given for both formulations
    for route in Route::ALL {
        let n = Formulation::ALL
            .iter()
            .filter(|f| f.routes().contains(route))
            .count();
        assert!(n <= 1, "{route}");
    }
}

#[test]
fn formulations_parse_from_the_names_people_use() {
    for (text, formulation) in [
        ("ketamine", Formulation::Ketamine),
        ("Racemic ketamine", Formulation::Ketamine),
        ("Spravato", Formulation::EsketamineNasalSpray),
        ("esketamine", Formulation::EsketamineNasalSpray),
        ("esketamine-nasal-spray", Formulation::EsketamineNasalSpray),
    ] {
        assert_eq!(text.parse::<Formulation>(), Ok(formulation), "{text:?}");
    }
    assert!("ketalar spray".parse::<Formulation>().is_err());
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        match text.parse::<Formulation>() {
            Ok(f) => prop_assert!(Formulation::ALL.contains(&f)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
