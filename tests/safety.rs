//! Safety-critical links: where a regulator's label (prescribing information and
//! its boxed warning, patient information, REMS) contradicts or qualifies an
//! article's claim, the two claims are linked by id, the link is answered by one
//! call each way, `Display` says it, and the filter for showing facts as settled
//! leaves the claim out.

use std::collections::HashSet;

use ketamine_facts::{
    Claim, ClaimCorrection, CorrectionKind, Evidence, Source, facts, facts_at_least,
    facts_at_least_uncontested,
};

mod common;
use common::claim;

use CorrectionKind::{Contradicts, Qualifies};

/// The regulators' sources a `Contradicts` or `Qualifies` row may rest on,
/// listed here independently of the crate's own check.
const LABELS: &[Source] = &[
    Source::SpravatoPrescribingInformation,
    Source::SpravatoPatientInformation,
    Source::SpravatoRems,
    Source::KetalarLabel,
];

/// The row between these two claims, if any.
fn link(article: &str, reference: &str) -> Option<&'static ClaimCorrection> {
    ClaimCorrection::against(claim(article)).find(|c| c.reference_id().as_str() == reference)
}

#[track_caller]
fn assert_link(article: &str, reference: &str, kind: CorrectionKind) {
    let row = link(article, reference)
        .unwrap_or_else(|| panic!("no label link from {article} to {reference}"));
    assert_eq!(row.kind(), kind, "{article} -> {reference}");
}

#[test]
fn suicidality_claims_are_linked_to_the_limit_of_use_and_the_boxed_warning() {
    let life_saving = "indication/suicidal-ideation-rapid-relief-saves-lives";
    assert_link(
        life_saving,
        "topic/dosing-spravato-suicide-prevention-unproven",
        Contradicts,
    );
    assert_link(
        life_saving,
        "topic/dosing-spravato-no-hospitalization-replacement",
        Qualifies,
    );
    assert_link(life_saving, "topic/label-safety-boxed-warning", Qualifies);
    for appeal in [
        "indication/suicidal-ideation-some-lasting-effects-appeal",
        "indication/depression-severe-or-suicidal-appeal",
    ] {
        assert!(claim(appeal).cites(Source::WhatIsKetamine));
        assert_link(
            appeal,
            "topic/dosing-spravato-suicide-prevention-unproven",
            Qualifies,
        );
        assert_link(appeal, "topic/label-safety-boxed-warning", Qualifies);
    }
    let boxed = claim("topic/label-safety-boxed-warning");
    assert!(boxed.mentions("suicidal thoughts"));
}

#[test]
fn preserved_breathing_is_linked_to_respiratory_depression_on_the_boxed_warning() {
    let breathing = claim("indication/anesthesia-preserved-breathing");
    assert!(
        breathing.cites(Source::RevolutionaryTreatment) && breathing.cites(Source::WhatIsKetamine)
    );
    // the warning is written for the antidepressant spray, not for ketamine
    // given as an anesthetic: it qualifies the claim, as it does the war history
    assert_link(
        "indication/anesthesia-preserved-breathing",
        "topic/label-safety-boxed-warning",
        Qualifies,
    );
    assert_link(
        "history-event/vietnam-war-staple-preserved-breathing",
        "topic/label-safety-boxed-warning",
        Qualifies,
    );
    assert!(claim("topic/label-safety-boxed-warning").mentions("respiratory depression"));
}

#[test]
fn the_spray_as_an_alternative_to_infusions_is_linked_to_the_rems() {
    let spray = "route/intranasal-alternative-to-iv";
    assert!(claim(spray).cites(Source::WhatIsKetamine));
    assert_link(
        spray,
        "topic/dosing-rems-certified-settings-only",
        Qualifies,
    );
    assert_link(spray, "topic/dosing-rems-observation-2-hours", Qualifies);
    for other in [
        "route/intranasal-newer-development",
        "topic/route-choice-forms-depend-on-condition",
    ] {
        assert_link(
            other,
            "topic/dosing-rems-certified-settings-only",
            Qualifies,
        );
    }
}

#[test]
fn some_patients_and_mild_are_set_beside_the_label_rates() {
    let rates = [
        ("topic/label-safety-dissociation-rate", "41%"),
        ("topic/label-safety-dizziness-rate", "29%"),
        ("topic/label-safety-nausea-rate", "28%"),
    ];
    for (id, rate) in rates {
        assert!(claim(id).mentions(rate), "{id}");
    }
    assert_link(
        "side-effect/dissociation-detachment-from-reality",
        "topic/label-safety-dissociation-rate",
        Qualifies,
    );
    assert_link(
        "side-effect/dissociation-during-session",
        "topic/label-safety-dissociation-rate",
        Qualifies,
    );
    assert_link(
        "side-effect/dizziness-transient-with-nausea",
        "topic/label-safety-dizziness-rate",
        Qualifies,
    );
    assert_link(
        "side-effect/dizziness-transient-with-nausea",
        "topic/label-safety-nausea-rate",
        Qualifies,
    );
    // Where the article already says "common", the rate bears it out: it makes
    // it precise, and the boxed warning or the REMS is what qualifies it.
    let common = claim("side-effect/dissociation-common-side-effects-list");
    assert!(
        ClaimCorrection::of(common).any(|c| c.kind() == CorrectionKind::MakesPrecise
            && c.reference_id().as_str() == "topic/label-safety-dissociation-rate")
    );
    assert_link(
        "side-effect/dissociation-common-side-effects-list",
        "topic/label-safety-boxed-warning",
        Qualifies,
    );
}

#[test]
fn against_answers_with_label_rows_only_and_label_warnings_agrees() {
    for c in ClaimCorrection::all() {
        let article = c.article();
        let against: Vec<_> = ClaimCorrection::against(article).collect();
        assert!(against.iter().all(|row| row.kind().is_label_objection()));
        assert!(against.iter().all(|row| row.article() == article));
        assert_eq!(article.label_warnings().collect::<Vec<_>>(), against);
        assert_eq!(
            against.contains(&c),
            matches!(c.kind(), Contradicts | Qualifies)
        );
    }
    // a reference claim is never the article side of a label row
    assert_eq!(
        ClaimCorrection::against(claim("topic/label-safety-boxed-warning")).count(),
        0
    );
}

#[test]
fn contradicted_and_qualified_claims_are_listed_once_and_partition_the_label_links() {
    let contradicted: Vec<&Claim> = ClaimCorrection::contradicted_claims().collect();
    let qualified: Vec<&Claim> = ClaimCorrection::qualified_claims().collect();
    let unique: HashSet<_> = contradicted.iter().map(|c| c.id()).collect();
    assert_eq!(
        unique.len(),
        contradicted.len(),
        "each contradicted claim once"
    );
    let unique_q: HashSet<_> = qualified.iter().map(|c| c.id()).collect();
    assert_eq!(unique_q.len(), qualified.len(), "each qualified claim once");
    assert!(unique.is_disjoint(&unique_q));
    assert!(unique.contains(&claim("indication/suicidal-ideation-rapid-relief-saves-lives").id()));
    for id in [
        "route/intranasal-alternative-to-iv",
        "indication/anesthesia-preserved-breathing",
    ] {
        assert!(unique_q.contains(&claim(id).id()), "{id}");
    }
    // every article claim with a label row is in exactly one of the two lists,
    // and its label status says which
    for c in ClaimCorrection::all()
        .iter()
        .filter(|c| c.kind().is_label_objection())
    {
        let id = c.article_id();
        match c.article().label_status() {
            Some(Contradicts) => assert!(unique.contains(&id)),
            Some(Qualifies) => assert!(unique_q.contains(&id) && c.kind() == Qualifies),
            other => panic!("{id}: label status {other:?}"),
        }
    }
    for fact in facts() {
        let listed = unique.contains(&fact.id()) || unique_q.contains(&fact.id());
        assert_eq!(listed, fact.label_status().is_some(), "{}", fact.id());
        assert_eq!(fact.is_contradicted(), unique.contains(&fact.id()));
    }
}

#[test]
fn display_says_what_the_label_says() {
    let breathing = claim("indication/anesthesia-preserved-breathing");
    let shown = breathing.to_string();
    assert!(
        shown.ends_with("(qualified by the label: see topic/label-safety-boxed-warning)"),
        "{shown}"
    );
    let life_saving = claim("indication/suicidal-ideation-rapid-relief-saves-lives").to_string();
    assert!(
        life_saving.contains(
            "(contradicted by the label: see topic/dosing-spravato-suicide-prevention-unproven; \
             qualified by the label: see topic/dosing-spravato-no-hospitalization-replacement, \
             topic/label-safety-boxed-warning)"
        ),
        "{life_saving}"
    );
    let spray = claim("route/intranasal-alternative-to-iv").to_string();
    assert!(spray.contains("(qualified by the label: see topic/dosing-rems-certified-settings-only, topic/dosing-rems-observation-2-hours)"), "{spray}");
    // a fact's Display is its subject and its claim's Display
    let fact = facts().find(|f| f.claim() == breathing).unwrap();
    assert!(fact.to_string().contains("qualified by the label"));
    // claims no label speaks against say nothing of the kind
    for fact in facts().filter(|f| f.label_status().is_none()) {
        let shown = fact.to_string();
        assert!(!shown.contains("by the label: see"), "{shown}");
    }
}

#[test]
fn the_uncontested_filter_leaves_out_article_002s_ketamine_spray() {
    let spray_002 = claim("route/intranasal-fda-approval-rapid-acting-in-002");
    assert_eq!(spray_002.strongest_evidence(), Evidence::RegulatoryApproval);
    assert!(facts_at_least(Evidence::RegulatoryApproval).any(|f| f.claim() == spray_002));
    for level in Evidence::ALL {
        let uncontested: Vec<_> = facts_at_least_uncontested(*level).collect();
        assert!(uncontested.iter().all(|f| f.claim() != spray_002));
        for fact in &uncontested {
            assert!(fact.evidence() >= *level);
            assert!(!fact.is_contested(), "{}", fact.id());
            assert!(fact.label_status().is_none(), "{}", fact.id());
            assert!(
                ClaimCorrection::of(fact.claim()).all(|c| c.kind() != CorrectionKind::Corrects),
                "{}",
                fact.id()
            );
        }
        // and it leaves out nothing else
        let expected = facts_at_least(*level)
            .filter(|f| {
                !f.is_contested()
                    && f.label_status().is_none()
                    && ClaimCorrection::of(f.claim()).all(|c| c.kind() != CorrectionKind::Corrects)
            })
            .count();
        assert_eq!(uncontested.len(), expected, "{level}");
    }
}

#[test]
fn every_label_row_rests_on_a_regulators_source() {
    let rows: Vec<_> = ClaimCorrection::all()
        .iter()
        .filter(|c| c.kind().is_label_objection())
        .collect();
    assert!(rows.len() >= 20);
    for row in rows {
        let reference = row.reference();
        assert!(
            reference
                .citations()
                .iter()
                .all(|c| LABELS.contains(&c.source())),
            "{} -> {}: {:?}",
            row.article_id(),
            row.reference_id(),
            reference.citations()
        );
        assert!(
            row.article()
                .citations()
                .iter()
                .all(|c| c.source().is_article())
        );
        assert!(row.note().ends_with('.'));
    }
}

#[test]
fn the_new_kinds_parse_and_order_by_how_much_they_change() {
    assert_eq!("contradicts".parse(), Ok(Contradicts));
    assert_eq!("qualifies".parse(), Ok(Qualifies));
    assert_eq!("corrects".parse(), Ok(CorrectionKind::Corrects));
    assert!(CorrectionKind::MakesPrecise < Qualifies);
    assert!(Qualifies < CorrectionKind::Corrects);
    assert!(CorrectionKind::Corrects < Contradicts);
}

#[cfg(feature = "serde")]
#[test]
fn the_export_carries_the_new_kinds() {
    let json = serde_json::to_value(ketamine_facts::KnowledgeBase::CURRENT).unwrap();
    let kinds: HashSet<&str> = json["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains("contradicts") && kinds.contains("qualifies"));
}
