//! Benefits, checked against the articles: each at the strength of its own wording.

use chrono::TimeDelta;
use ketamine_facts::{
    Benefit, Comparison, Disagreement, Evidence, Indication, Section, SessionExperience, Source,
};
use proptest::prelude::*;

mod common;
use common::{claim, linked_claims_take_part, sections};

#[test]
fn many_patients_report_feeling_better_within_hours_per_003() {
    let reports = claim("benefit/rapid-relief-within-hours");
    assert!(Benefit::RapidRelief.claims().contains(reports));
    assert!(reports.mentions("within hours"));
    assert_eq!(
        sections(reports),
        [Section::PotentialBenefits, Section::FaqBenefits]
    );
    assert_eq!(reports.strongest_evidence(), Evidence::PatientReports);
    assert_eq!(Benefit::RapidRelief.comparison(), Some(Comparison::Onset));
    assert_eq!(
        Benefit::RapidRelief.session_experiences(),
        [SessionExperience::ImprovementAfterSession]
    );
}

#[test]
fn lasting_effects_keep_both_wordings_and_the_long_term_doubt() {
    let claim = claim("benefit/lasting-effects-after-few-sessions");
    assert!(Benefit::LastingEffects.claims().contains(claim));
    let levels: Vec<(Section, Evidence)> = claim
        .citations()
        .iter()
        .filter_map(|c| c.cited_section().map(|s| (s, c.evidence())))
        .collect();
    // "Some studies show" (Potential Benefits) reports studies; "studies
    // indicate that some individuals experience" (FAQ) is hedged, and the
    // grading table reads "indicate" as preliminary
    assert_eq!(
        levels,
        [
            (Section::PotentialBenefits, Evidence::ClinicalStudies),
            (Section::FaqBenefits, Evidence::Preliminary),
        ]
    );
    assert_eq!(claim.disputes(), [Disagreement::BenefitDuration]);
    // the FAQ's "some individuals" is kept, and nothing beyond "a few sessions" is claimed
    assert!(claim.mentions("some people") && claim.mentions("a few sessions"));
    // what the FAQ draws from it is its own, stated claim
    let appeal = common::claim("indication/suicidal-ideation-some-lasting-effects-appeal");
    assert!(Benefit::LastingEffects.claims().contains(appeal));
    assert_eq!(sections(appeal), [Section::FaqBenefits]);
    assert!(appeal.mentions("acute suicidal thoughts"));
    assert!(Indication::SuicidalIdeation.claims().contains(appeal));
}

#[test]
fn article_004_says_repeated_infusions_could_sustain_the_effect() {
    let claim = claim("indication/depression-repeated-infusions-sustain");
    assert!(
        Benefit::SustainedByRepeatedInfusions
            .claims()
            .contains(claim)
    );
    assert_eq!(sections(claim), [Section::ClinicalEvidence]);
    assert_eq!(claim.strongest_evidence(), Evidence::Preliminary);
    assert_eq!(claim.disputes(), [Disagreement::BenefitDuration]);
}

#[test]
fn the_single_infusion_study_is_reported_as_004_words_it_and_nothing_more() {
    let claim = claim("indication/depression-landmark-ajp-study");
    assert!(Benefit::SingleInfusionStudy.claims().contains(claim));
    assert!(claim.mentions("landmark") && claim.mentions("American Journal of Psychiatry"));
    assert!(claim.mentions("within 24 hours"));
    assert_eq!(
        Benefit::SingleInfusionStudy.reported_within(),
        Some(TimeDelta::hours(24))
    );
    assert_eq!(claim.citations().len(), 1);
    assert_eq!(
        claim.citations()[0].cited_section(),
        Some(Section::ClinicalEvidence)
    );
    assert_eq!(claim.strongest_evidence(), Evidence::ClinicalStudies);
    // no authors or year are invented, and no reference trial is attached
    assert!(claim.mentions("names neither authors nor year"));
    let numbers: Vec<&str> = claim
        .summary()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    assert_eq!(
        numbers,
        ["004", "24"],
        "the article number and the 24 hours, nothing else"
    );
    assert!(claim.citations().iter().all(|c| c.source().is_article()));
}

#[test]
fn acute_suicidal_thoughts_can_be_addressed_quickly_per_003() {
    let saves_lives = claim("indication/suicidal-ideation-rapid-relief-saves-lives");
    assert!(
        Benefit::AcuteSuicidalThoughts
            .claims()
            .contains(saves_lives)
    );
    assert!(saves_lives.mentions("save lives") && saves_lives.mentions("can"));
    assert_eq!(sections(saves_lives), [Section::PotentialBenefits]);
    // the overview ties the appeal to speed; the FAQ ties it to lasting
    // effects ("this characteristic"), so the speed claim cites the overview only
    let speed = claim("indication/depression-severe-or-suicidal-appeal");
    assert!(Benefit::AcuteSuicidalThoughts.claims().contains(speed));
    assert!(speed.mentions("speed"));
    assert_eq!(sections(speed), [Section::Overview]);
    assert_eq!(
        Benefit::AcuteSuicidalThoughts.indications(),
        [Indication::SuicidalIdeation]
    );
}

#[test]
fn ketamine_is_an_option_when_several_antidepressants_failed() {
    let claim =
        claim("indication/treatment-resistant-depression-alternative-after-antidepressants");
    assert!(Benefit::OptionWhenOthersFail.claims().contains(claim));
    assert!(claim.mentions("several antidepressants"));
    assert_eq!(
        sections(claim),
        [Section::PotentialBenefits, Section::FaqBenefits]
    );
    assert_eq!(
        Benefit::OptionWhenOthersFail.indications(),
        [Indication::TreatmentResistantDepression]
    );
    assert_eq!(
        Benefit::OptionWhenOthersFail.comparison(),
        Some(Comparison::UnmetNeed)
    );
}

#[test]
fn article_002s_inner_journey_is_what_people_report() {
    let claim = claim("side-effect/dissociation-inward-journey");
    assert!(Benefit::ReportedExperience.claims().contains(claim));
    assert!(claim.mentions("clarity") && claim.mentions("introspection"));
    assert_eq!(claim.citations().len(), 1);
    assert_eq!(claim.citations()[0].source(), Source::RiseOfKetamineTherapy);
    assert_eq!(claim.citations()[0].heading(), None, "002 has no headings");
    assert_eq!(claim.strongest_evidence(), Evidence::PatientReports);
    // No claim is about both the reported inner journey and emotional
    // release, so the relation table has no such edge.
    assert!(Benefit::ReportedExperience.session_experiences().is_empty());
}

#[test]
fn some_call_ketamine_a_tool_rather_than_a_medication() {
    let claim = claim("mechanism/dissociative-state-psychiatric-tool-view");
    assert!(Benefit::TherapeuticTool.claims().contains(claim));
    assert!(claim.mentions("tool rather than a medication"));
    assert!(claim.mentions("Some researchers"));
    assert!(claim.cites(Source::RiseOfKetamineTherapy));
}

#[test]
fn hope_for_people_traditional_therapy_failed_is_in_every_article_but_002() {
    let claim = claim("indication/depression-hope-after-failed-therapies");
    assert!(Benefit::Hope.claims().contains(claim));
    for source in [
        Source::MentalHealthOverview,
        Source::RevolutionaryTreatment,
        Source::WhatIsKetamine,
    ] {
        assert!(claim.cites(source), "{source}");
    }
    // 000 ties the hope to research that has only begun
    assert!(
        claim
            .citations()
            .iter()
            .any(|c| c.source() == Source::MentalHealthOverview
                && c.evidence() == Evidence::UnderInvestigation)
    );
}

#[test]
fn effectiveness_is_004s_studies_in_depression_and_its_highly_effective() {
    let claims = Benefit::Effectiveness.claims();
    let studies = claim("indication/depression-studies-show-symptom-relief");
    assert!(claims.contains(studies), "004: numerous studies");
    assert_eq!(studies.strongest_evidence(), Evidence::ClinicalStudies);
    assert_eq!(sections(studies), [Section::ClinicalEvidence]);
    assert!(Indication::Depression.claims().contains(studies));
    let highly = claim("benefit/effectiveness-highly-effective-in-004");
    assert!(claims.contains(highly), "004: can be highly effective");
    assert!(highly.mentions("highly effective"));
    assert_eq!(
        sections(highly),
        [Section::TroubleshootingAndConsiderations]
    );
    assert!(highly.mentions("can be"), "004's hedge is kept");
    assert_eq!(
        Benefit::Effectiveness.indications(),
        [Indication::Depression]
    );
}

#[test]
fn no_benefit_is_claimed_as_approved_or_standard_practice() {
    for benefit in Benefit::ALL {
        for claim in benefit.claims() {
            assert!(
                claim.strongest_evidence() <= Evidence::ClinicalStudies,
                "{claim}"
            );
        }
    }
}

#[test]
fn every_benefit_claim_is_cited_and_its_links_take_part() {
    for benefit in Benefit::ALL {
        assert!(!benefit.claims().is_empty(), "{benefit}");
        for claim in benefit.claims() {
            assert!(!claim.citations().is_empty(), "{claim}");
            linked_claims_take_part(claim);
        }
    }
}

#[test]
fn benefits_parse_from_common_words() {
    for (text, benefit) in [
        ("rapid relief", Benefit::RapidRelief),
        ("Landmark study", Benefit::SingleInfusionStudy),
        ("tool-rather-than-medication", Benefit::TherapeuticTool),
        ("new avenue", Benefit::Hope),
    ] {
        assert_eq!(text.parse::<Benefit>(), Ok(benefit), "{text:?}");
    }
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        match text.parse::<Benefit>() {
            Ok(b) => prop_assert!(Benefit::ALL.contains(&b)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
