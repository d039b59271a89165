//! Article claims that reference sources confirm, make precise or correct:
//! one table of rows between claim ids, dated events' claims included.

use std::collections::HashSet;

use ketamine_facts::{
    ClaimCorrection, CorrectionKind, Disagreement, HistoryEvent, Indication, Route, SideEffect,
    Source, Subject,
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
    // The patient information is a regulator's label: what it says against the
    // claim is a label contradiction (it was `Corrects` before that kind existed).
    assert_eq!(found[0].kind(), CorrectionKind::Contradicts);
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

#[test]
fn every_correction_is_one_row_between_two_claim_ids() {
    let mut pairs = HashSet::new();
    for c in ClaimCorrection::all() {
        assert_eq!(c.article_id(), c.article().id());
        assert_eq!(c.reference_id(), c.reference().id());
        assert!(
            pairs.insert((c.article_id(), c.reference_id())),
            "{} by {} is written twice",
            c.article_id(),
            c.reference_id()
        );
        assert!(ClaimCorrection::of(c.article()).any(|row| row == c));
        assert!(ClaimCorrection::by(c.reference()).any(|row| row == c));
    }
}

#[test]
fn dated_events_are_corrected_claim_to_claim_in_the_same_table() {
    let about_events = |c: &&ClaimCorrection| {
        let about_an_event = |claim: &ketamine_facts::Claim| {
            claim
                .subjects()
                .iter()
                .any(|s| matches!(s, Subject::HistoryEvent(_)))
        };
        about_an_event(c.article()) && about_an_event(c.reference())
    };
    let events: Vec<_> = ClaimCorrection::all().iter().filter(about_events).collect();
    assert_eq!(events.len(), 7);
    let seventies = claim("history-event/approved-in-the-1970s-first-medical-approval");
    let found: Vec<_> = ClaimCorrection::of(seventies).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].reference_id().as_str(),
        "history-event/ketalar-approval-fda-1970"
    );
    assert_eq!(found[0].kind(), CorrectionKind::MakesPrecise);
    // an event's corrections are those of its claims
    for event in HistoryEvent::ALL {
        for row in event.claim_corrections() {
            assert!(event.claims().contains(row.article()));
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_correction_serializes_its_claims_by_id_and_reads_back() {
    for c in ClaimCorrection::all() {
        let json = serde_json::to_value(c).unwrap();
        assert_eq!(json["article"], c.article_id().as_str());
        assert_eq!(json["reference"], c.reference_id().as_str());
        let back: ClaimCorrection = serde_json::from_value(json).unwrap();
        assert_eq!(&back, c);
    }
    // JSON written by 0.1.0 named the claims by summary: still read
    let c = &ClaimCorrection::all()[0];
    let old = serde_json::json!({
        "article": c.article().summary(),
        "reference": c.reference().summary(),
        "kind": c.kind(),
        "note": c.note(),
    });
    assert_eq!(&serde_json::from_value::<ClaimCorrection>(old).unwrap(), c);
    // a pair of claims this edition does not correct is refused, by name
    let wrong = serde_json::json!({
        "article": c.reference_id(),
        "reference": c.article_id(),
        "kind": c.kind(),
        "note": c.note(),
    });
    let err = serde_json::from_value::<ClaimCorrection>(wrong)
        .unwrap_err()
        .to_string();
    assert!(err.contains("no correction of"), "{err}");
    assert!(err.contains(c.article_id().as_str()), "{err}");
}
