//! The disagreements are real ones: each sets cited statements against each
//! other, the retired ones are gone from every list, and the drifts the crate
//! models are checked against the article texts.

use std::collections::BTreeSet;

use ketamine_facts::{
    Citation, Claim, Disagreement, DisagreementKind, Evidence, KnowledgeBase, Source, facts_in,
};

mod common;
use common::{cited_text, claim, have_article_texts};

/// The claims that take part in `d` and share a citation with `side`.
fn backers(d: Disagreement, side: usize) -> BTreeSet<&'static str> {
    let citations = d.sides()[side].citations();
    Claim::all()
        .iter()
        .filter(|c| c.disputes().contains(&d))
        .filter(|c| c.citations().iter().any(|x| citations.contains(x)))
        .map(|c| c.id().as_str())
        .collect()
}

#[test]
fn every_disagreement_sets_distinct_cited_statements_against_each_other() {
    for d in Disagreement::ALL {
        let sides = d.sides();
        assert!(!d.is_retired(), "{d}");
        for side in sides {
            assert!(!side.citations().is_empty(), "{d}: {}", side.position());
        }
        // one passage cannot stand on two sides of the same question
        for (i, a) in sides.iter().enumerate() {
            for b in &sides[i + 1..] {
                let shared: Vec<&Citation> = a
                    .citations()
                    .iter()
                    .filter(|c| b.citations().contains(c))
                    .collect();
                assert!(shared.is_empty(), "{d}: {shared:?} is on two sides");
            }
        }
        // every article side is carried by claims that take part; two sides
        // are carried by different statements
        let carried: Vec<BTreeSet<&str>> = (0..sides.len())
            .filter(|&i| sides[i].citations().iter().any(|c| c.source().is_article()))
            .map(|i| backers(*d, i))
            .collect();
        assert!(
            carried.iter().all(|b| !b.is_empty()),
            "{d}: a side no claim carries"
        );
        if d.kind() == DisagreementKind::Unsupported {
            assert_eq!(carried.len(), 1, "{d}: the unsupported claim stands alone");
            assert!(sides.len() >= 2, "{d}: set against a reference");
        } else {
            assert!(sides.len() >= 2, "{d}");
            let distinct = carried.iter().any(|a| carried.iter().any(|b| a != b));
            assert!(
                distinct || carried.len() == 1,
                "{d}: every side rests on the same claims"
            );
        }
        // a drift across articles shows in the grades; a drift inside one
        // article may be a qualifier that goes missing at the same level
        if d.kind() == DisagreementKind::Drift && d.within_one_source().is_none() {
            let levels: BTreeSet<Evidence> = sides
                .iter()
                .filter(|s| s.citations().iter().any(|c| c.source().is_article()))
                .map(ketamine_facts::Side::strongest_evidence)
                .collect();
            assert!(levels.len() >= 2, "{d}: every side at the same level");
        }
    }
}

#[test]
fn the_retired_disagreements_are_gone_from_every_list() {
    assert_eq!(KnowledgeBase::CURRENT.disagreements(), Disagreement::ALL);
    for d in Disagreement::RETIRED {
        assert!(
            d.is_retired() && d.kind() == DisagreementKind::Retired,
            "{d}"
        );
        assert!(!Disagreement::ALL.contains(d), "{d}");
        assert!(d.sides().is_empty(), "{d} keeps no sides");
        assert_eq!(facts_in(*d).count(), 0, "{d}");
        assert!(
            Claim::all().iter().all(|c| !c.disputes().contains(d)),
            "{d}"
        );
        // its name no longer parses, and its note names what replaced it
        assert!(d.name().parse::<Disagreement>().is_err(), "{d}");
        assert!(d.note().starts_with("Retired"), "{d}");
        for r in d.replaced_by() {
            assert!(Disagreement::ALL.contains(r), "{d} -> {r}");
            assert!(d.note().contains(&format!("{r:?}")), "{d} names {r:?}");
        }
    }
    #[allow(deprecated)]
    let long_term = Disagreement::LongTermBenefit;
    assert_eq!(
        long_term.replaced_by(),
        [Disagreement::BenefitDuration, Disagreement::LongTermSafety]
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_export_lists_only_current_disagreements() {
    let json = serde_json::to_value(KnowledgeBase::CURRENT).unwrap();
    let names: Vec<&str> = json["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, Disagreement::NAMES);
    for d in Disagreement::RETIRED {
        assert!(!names.contains(&d.name()), "{d}");
    }
}

/// Whether the text a citation points at contains one of `stems`.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "called on the items of citation slices, which iterate by reference"
)]
fn says(citation: &Citation, stems: &[&str]) -> bool {
    let text = cited_text(*citation);
    stems.iter().any(|s| text.contains(s))
}

#[test]
fn the_evidence_for_depression_drifts_from_suggested_to_demonstrated() {
    let d = Disagreement::DepressionEvidence;
    assert_eq!(d.kind(), DisagreementKind::Drift);
    let hedged = [
        "indication/treatment-resistant-depression-studied-in-000",
        "indication/depression-improvement-within-hours-hedged-in-000",
        "research-direction/emerging-field-implementation-study",
        "indication/depression-shown-promise",
        "indication/treatment-resistant-depression-promising-treatment",
        "indication/depression-emerging-treatment",
        "indication/depression-promising-in-003-conclusion",
    ];
    let firm = [
        "indication/depression-studies-show-symptom-relief",
        "indication/treatment-resistant-depression-infusion-relief-no-study-named",
        "indication/depression-unqualified-in-003-takeaways",
        "indication/depression-late-20th-century-mood-studies",
        "benefit/effectiveness-after-traditional-treatments-in-003",
    ];
    for id in hedged {
        assert!(claim(id).disputes().contains(&d), "{id}");
        assert!(!backers(d, 1).contains(id), "{id}");
        assert!(backers(d, 0).contains(id), "{id}");
    }
    for id in firm {
        assert!(claim(id).disputes().contains(&d), "{id}");
        assert!(backers(d, 1).contains(id), "{id}");
    }
    // the hedged side is graded below the firm side
    let weak = d.sides()[0].strongest_evidence();
    assert!(weak < Evidence::ClinicalStudies, "{weak}");
    assert_eq!(d.sides()[1].strongest_evidence(), Evidence::ClinicalStudies);
    // four articles take part; the third side is the reference trials
    for article in [0, 2, 3, 4].map(|i| Source::ALL[i]) {
        assert!(d.involves(article), "{article}");
    }
    assert!(
        d.sides()[2]
            .citations()
            .iter()
            .all(|c| !c.source().is_article())
    );
    assert!(d.sides()[2].cites(Source::Berman2000));

    if !have_article_texts("the depression drift against the article texts") {
        return;
    }
    // the article texts carry the cues: hedges on one side, studies shown on the other
    for c in d.sides()[0].citations() {
        assert!(
            says(c, &["suggest", "promis", "emerg", "may "]),
            "{c}: no hedge in the cited text"
        );
    }
    let demonstrated = d.sides()[1]
        .citations()
        .iter()
        .filter(|c| says(c, &["studies have demonstrated", "studies have shown"]))
        .count();
    assert_eq!(demonstrated, 2, "004's and 002's firm wording");
    assert!(cited_text(d.sides()[0].citations()[0]).contains("emerging field"));
}

#[test]
fn how_long_benefit_lasts_and_long_term_safety_are_two_questions() {
    let duration = Disagreement::BenefitDuration;
    let safety = Disagreement::LongTermSafety;
    assert_eq!(duration.kind(), DisagreementKind::Drift);
    assert_eq!(safety.kind(), DisagreementKind::Divergence);
    // neither is typed a contradiction: the sides can both hold
    assert_ne!(duration.topic(), safety.topic());
    for id in [
        "benefit/lasting-effects-after-few-sessions",
        "indication/depression-repeated-infusions-sustain",
        "research-direction/long-term-effects-benefit-duration",
    ] {
        assert_eq!(claim(id).disputes(), [duration], "{id}");
    }
    for id in [
        "precaution/unknown-long-term-safety-data-gap",
        "side-effect/bladder-problems-urinary-toxicity",
    ] {
        assert!(claim(id).disputes().contains(&safety), "{id}");
        assert!(!claim(id).disputes().contains(&duration), "{id}");
    }
    // a known long-term harm is a side of the safety question, with a reference
    assert!(safety.sides()[1].cites(Source::Shahani2007));
    assert!(safety.sides()[1].cites(Source::WhatIsKetamine));
    // the reference trial bounds one dose's effect
    assert!(duration.sides().iter().any(|s| s.cites(Source::Zarate2006)));

    if !have_article_texts("the benefit-duration drift against the article texts") {
        return;
    }
    for c in duration.sides()[0].citations() {
        assert!(says(c, &["sustain", "long-lasting"]), "{c}");
    }
    for c in duration.sides()[1].citations() {
        assert!(says(c, &["investigat", "explor"]), "{c}");
    }
    for c in safety.sides()[1]
        .citations()
        .iter()
        .filter(|c| c.source().is_article())
    {
        assert!(says(c, &["long-term use"]), "{c}");
    }
}

#[test]
fn how_common_side_effects_are_is_set_against_the_label() {
    let d = Disagreement::SideEffectFrequency;
    let label = d
        .sides()
        .iter()
        .find(|s| s.cites(Source::SpravatoPrescribingInformation))
        .expect("a side from the label");
    assert_eq!(label.strongest_evidence(), Evidence::RegulatoryApproval);
    // the rates the side gives are the label claims' rates
    for id in [
        "topic/label-safety-dissociation-rate",
        "topic/label-safety-dizziness-rate",
        "topic/label-safety-nausea-rate",
    ] {
        let rate = claim(id);
        let percent = rate
            .summary()
            .split_whitespace()
            .find(|w| w.ends_with('%'))
            .unwrap();
        assert!(label.position().contains(percent), "{id}: {percent}");
    }
    if !have_article_texts("side-effect wording against the article texts") {
        return;
    }
    let (some, common) = (&d.sides()[0], &d.sides()[1]);
    for c in some.citations() {
        assert!(says(c, &["some ", "mild"]), "{c}");
    }
    for c in common.citations() {
        assert!(says(c, &["common"]), "{c}");
    }
}

#[test]
fn article_003_drifts_on_quick_improvement_and_on_the_most_common_method() {
    for d in [
        Disagreement::RapidImprovement,
        Disagreement::MostCommonMethod,
    ] {
        assert_eq!(d.kind(), DisagreementKind::Drift);
        assert_eq!(d.within_one_source(), Some(Source::WhatIsKetamine), "{d}");
    }
    let rapid = Disagreement::RapidImprovement;
    assert_eq!(
        rapid.sides()[0].strongest_evidence(),
        Evidence::PatientReports
    );
    assert!(
        claim("session-experience/improvement-after-session-claim-in-003")
            .disputes()
            .contains(&rapid)
    );
    if !have_article_texts("003's drifts against the article text") {
        return;
    }
    let method = Disagreement::MostCommonMethod;
    let qualified = cited_text(method.sides()[0].citations()[0]);
    let bare = cited_text(method.sides()[1].citations()[0]);
    assert!(qualified.contains("most common method for treating depression"));
    assert!(bare.contains("most common method is") && !bare.contains("for treating depression"));
    assert!(says(&rapid.sides()[0].citations()[0], &["report"]));
    assert!(says(&rapid.sides()[1].citations()[0], &["should feel"]));
    // the conclusion states plainly the speed that the overview, FAQ and
    // takeaways hedge with "can"
    assert!(says(
        &rapid.sides()[1].citations()[1],
        &["providing rapid relief"]
    ));
    for c in rapid.sides()[2].citations() {
        assert_eq!(c.evidence(), Evidence::Preliminary, "{c}");
        assert!(
            says(c, &["can induce rapid changes", "can change mood"]),
            "{c}"
        );
    }
}

#[test]
fn article_claims_that_a_regulator_contradicts_or_qualifies_are_disagreements_too() {
    use ketamine_facts::{ClaimCorrection, CorrectionKind};
    for (d, ids) in [
        (
            Disagreement::BreathingPreserved,
            &[
                "indication/anesthesia-preserved-breathing",
                "history-event/vietnam-war-staple-preserved-breathing",
            ][..],
        ),
        (
            Disagreement::SuicidalThoughts,
            &[
                "indication/suicidal-ideation-rapid-relief-saves-lives",
                "indication/suicidal-ideation-some-lasting-effects-appeal",
                "indication/depression-severe-or-suicidal-appeal",
            ][..],
        ),
        (
            Disagreement::NasalSprayConvenience,
            &["route/intranasal-alternative-to-iv"][..],
        ),
    ] {
        // one side is the articles', the other a regulator's label or REMS
        let label = d
            .sides()
            .iter()
            .filter(|s| s.citations().iter().all(|c| !c.source().is_article()))
            .count();
        assert_eq!(label, 1, "{d}");
        // a contradiction only where a label contradicts; where it only
        // qualifies, the sources diverge
        let contradicted = ids.iter().any(|id| {
            ClaimCorrection::against(claim(id)).any(|c| c.kind() == CorrectionKind::Contradicts)
        });
        assert_eq!(
            d.kind() == ketamine_facts::DisagreementKind::Contradiction,
            contradicted,
            "{d} is a {}",
            d.kind()
        );
        for id in ids {
            let article = claim(id);
            assert!(article.disputes().contains(&d), "{id}");
            // and the correction table says the same label objects to it
            let objections: Vec<&ClaimCorrection> = ClaimCorrection::against(article).collect();
            assert!(
                objections.iter().any(|c| matches!(
                    c.kind(),
                    CorrectionKind::Contradicts | CorrectionKind::Qualifies
                )),
                "{id}"
            );
            for c in &objections {
                let reference = c.reference();
                assert!(
                    d.sides().iter().any(|s| reference
                        .citations()
                        .iter()
                        .any(|x| s.citations().iter().any(|y| y.source() == x.source()))),
                    "{id}: {} is on no side of {d}",
                    reference.id()
                );
            }
        }
    }
}
