//! Formulations, checked against what the articles say: ketamine itself is used
//! off-label, the approved nasal spray is esketamine.

use ketamine_facts::{Disagreement, Evidence, Formulation, Route, Section, Source, Substance};
use proptest::prelude::*;

mod common;
use common::sections;

#[test]
fn article_003_says_mental_health_use_of_ketamine_itself_is_off_label() {
    let claim = &Formulation::Ketamine.claims()[0];
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
    let approval = spray
        .claims()
        .iter()
        .find(|c| {
            c.cites(Source::WhatIsKetamin) && c.strongest_evidence() == Evidence::RegulatoryApproval
        })
        .expect("003's approval claim");
    assert!(approval.mentions("esketamine") && approval.mentions("Spravato"));
    assert_eq!(
        sections(approval),
        [Section::AdministrationMethods, Section::FaqAdministration]
    );
}

#[test]
fn article_002s_ketamine_nasal_spray_is_linked_to_the_fda_disagreement() {
    let essay = Formulation::EsketamineNasalSpray
        .claims()
        .iter()
        .find(|c| c.cites(Source::RiseOfKetamineTherapy))
        .expect("002's wording is kept");
    assert!(essay.mentions("ketamine nasal spray"));
    assert_eq!(essay.disputes(), [Disagreement::WhatTheFdaApproved]);
    for formulation in Formulation::ALL {
        assert_eq!(formulation.disputes(), [Disagreement::WhatTheFdaApproved]);
    }
}

#[test]
fn the_spray_facts_live_with_the_intranasal_route_and_are_not_restated() {
    assert_eq!(
        Formulation::EsketamineNasalSpray.claims(),
        Route::Intranasal.claims()
    );
    for claim in Formulation::Ketamine.claims() {
        assert!(
            !Route::ALL.iter().any(|r| r.claims().contains(claim)),
            "{claim}"
        );
    }
}

#[test]
fn article_003_gives_ketamine_by_iv_im_or_mouth_and_esketamine_by_nose() {
    // Article 003 names them, but no claim of the table is about both
    // ketamine itself and a route, so the relation table has no such edge.
    assert!(Formulation::Ketamine.routes().is_empty());
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

    #[test]
    fn display_round_trips(index in 0..2usize) {
        let f = Formulation::ALL[index];
        prop_assert_eq!(f.to_string().parse::<Formulation>(), Ok(f));
    }
}
