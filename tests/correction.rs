//! Article claims that reference sources confirm, make precise or correct.

use ketamine_facts::{
    ClaimCorrection, CorrectionKind, Disagreement, Indication, Route, SideEffect, Source,
};

mod common;
use common::claim;

#[test]
fn each_correction_sets_an_article_claim_beside_a_reference_fact() {
    assert!(!ClaimCorrection::all().is_empty());
    for c in ClaimCorrection::all() {
        assert!(
            c.article()
                .citations()
                .iter()
                .all(|x| x.source().is_article()),
            "{}",
            c.note()
        );
        assert!(
            c.reference()
                .citations()
                .iter()
                .all(|x| !x.source().is_article()),
            "{}",
            c.note()
        );
        assert!(
            c.reference().confidence().is_some(),
            "a reference fact is graded: {}",
            c.note()
        );
    }
}

#[test]
fn the_trial_protocol_makes_the_forty_minute_infusion_precise() {
    let forty = claim("route/intravenous-infusion-40-minutes");
    assert!(Route::Iv.claims().contains(forty));
    assert!(forty.mentions("40 minutes"));
    let found: Vec<_> = ClaimCorrection::of(forty).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind(), CorrectionKind::MakesPrecise);
    assert!(found[0].reference().mentions("0.5 mg/kg"));
}

#[test]
fn the_spravato_label_answers_the_pediatric_claim() {
    let claim = claim("indication/pediatric-mood-disorders-specialised-care");
    assert!(Indication::PediatricMoodDisorders.claims().contains(claim));
    let found: Vec<_> = ClaimCorrection::of(claim).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind(), CorrectionKind::Corrects);
    assert!(found[0].reference().mentions("children"));
    let sides = Disagreement::PediatricClaim.sides();
    assert!(
        sides
            .iter()
            .any(|s| s.cites(Source::SpravatoPatientInformation))
    );
}

#[test]
fn article_002s_ketamine_spray_is_corrected_and_003s_confirmed() {
    let approvals: Vec<_> = ClaimCorrection::all()
        .iter()
        .filter(|c| {
            c.reference().cites(Source::SpravatoPrescribingInformation)
                && c.reference().mentions("esketamine")
        })
        .collect();
    let corrected: Vec<_> = approvals
        .iter()
        .filter(|c| c.kind() == CorrectionKind::Corrects)
        .collect();
    let confirmed: Vec<_> = approvals
        .iter()
        .filter(|c| c.kind() == CorrectionKind::Confirms)
        .collect();
    assert_eq!(corrected.len(), 1);
    assert_eq!(
        corrected[0].article(),
        claim("route/intranasal-fda-approval-rapid-acting-in-002")
    );
    assert!(corrected[0].article().cites(Source::RiseOfKetamineTherapy));
    assert_eq!(confirmed.len(), 1);
    assert_eq!(
        confirmed[0].article(),
        claim("route/intranasal-spravato-fda-approval-in-003")
    );
    assert!(confirmed[0].article().cites(Source::WhatIsKetamine));
}

#[test]
fn the_long_term_bladder_risk_is_named_ulcerative_cystitis() {
    let long_term = claim("side-effect/bladder-problems-urinary-toxicity");
    assert!(SideEffect::BladderProblems.claims().contains(long_term));
    assert!(long_term.mentions("high-dose") && long_term.cites(Source::WhatIsKetamine));
    let found: Vec<_> = ClaimCorrection::of(long_term).collect();
    assert!(
        found
            .iter()
            .any(|c| c.reference().cites(Source::Shahani2007))
    );
}

#[test]
fn every_corrected_claim_is_a_fact_of_the_knowledge_base() {
    for c in ClaimCorrection::all() {
        assert!(
            ketamine_facts::facts().any(|f| f.claim() == c.article()),
            "{}",
            c.article().summary()
        );
        assert!(
            ketamine_facts::facts().any(|f| f.claim() == c.reference()),
            "{}",
            c.reference().summary()
        );
    }
}
