//! Side effects and risks, checked against what the articles and the Spravato label say.

use ketamine_facts::{
    Benefit, Certainty, Claim, Disagreement, Evidence, HistoryEvent, Mechanism, Onset, Precaution,
    ResearchDirection, Section, SideEffect, Source, Topic,
};
use proptest::prelude::*;

mod common;
use common::claim;

fn all_claims() -> Vec<(String, &'static Claim)> {
    SideEffect::ALL
        .iter()
        .flat_map(|e| e.claims().iter().map(move |c| (e.to_string(), c)))
        .chain(
            Topic::Safety
                .claims()
                .iter()
                .map(|c| ("general".to_owned(), c)),
        )
        .collect()
}

fn levels(effect: SideEffect, section: Section) -> Vec<Evidence> {
    effect
        .citations()
        .filter(|c| c.cited_section() == Some(section))
        .map(ketamine_facts::Citation::evidence)
        .collect()
}

// ---- invariants ----

#[test]
fn every_side_effect_has_cited_claims() {
    for (effect, claim) in all_claims() {
        assert!(
            !claim.citations().is_empty(),
            "{effect}: {}",
            claim.summary()
        );
    }
    for effect in SideEffect::ALL {
        assert!(!effect.claims().is_empty(), "{effect}");
    }
}

#[test]
fn reference_claims_carry_a_confidence_and_article_claims_do_not() {
    for (effect, claim) in all_claims() {
        let from_reference = claim.citations().iter().any(|c| !c.source().is_article());
        assert_eq!(
            claim.confidence().is_some(),
            from_reference,
            "{effect}: {}",
            claim.summary()
        );
    }
}

#[test]
fn the_queries_agree_with_the_per_effect_answers() {
    let watched: Vec<_> = SideEffect::monitored_during_session().collect();
    let expected: Vec<_> = SideEffect::ALL
        .iter()
        .copied()
        .filter(|e| e.needs_monitoring())
        .collect();
    assert_eq!(watched, expected);
    for onset in Onset::ALL {
        for effect in SideEffect::with_onset(*onset) {
            assert_eq!(effect.onset(), *onset);
        }
    }
    let total: usize = Onset::ALL
        .iter()
        .map(|o| SideEffect::with_onset(*o).count())
        .sum();
    assert_eq!(total, SideEffect::ALL.len());
}

// ---- the articles, effect by effect ----

#[test]
fn article_003_says_nausea_and_vomiting_come_shortly_after_and_resolve_quickly() {
    for effect in [SideEffect::Nausea, SideEffect::Vomiting] {
        assert_eq!(effect.onset(), Onset::ShortlyAfter, "{effect}");
        assert_eq!(
            effect.resolves_quickly_answer().as_option(),
            Some(true),
            "{effect}"
        );
        assert_eq!(
            levels(effect, Section::RisksAndSideEffects),
            [Evidence::Stated]
        );
        assert_eq!(levels(effect, Section::FaqRisks), [Evidence::Stated]);
        assert!(!effect.needs_monitoring());
    }
    let claim = claim("side-effect/nausea-vomiting-after-dose");
    assert!(SideEffect::Vomiting.claims().contains(claim));
    assert!(SideEffect::Nausea.claims().contains(claim));
    assert!(claim.mentions("shortly after") && claim.mentions("quickly"));
}

#[test]
fn article_000_says_patients_report_dizziness_and_nausea_that_pass() {
    let reported = claim("side-effect/dizziness-transient-with-nausea");
    assert!(
        SideEffect::Dizziness.claims().contains(reported),
        "000's reports"
    );
    assert!(reported.cites(Source::MentalHealthOverview));
    assert_eq!(reported.strongest_evidence(), Evidence::PatientReports);
    assert!(
        SideEffect::Nausea.claims().contains(reported),
        "one claim, listed under both"
    );
    assert_eq!(
        SideEffect::Dizziness.resolves_quickly_answer().as_option(),
        Some(true)
    );
    // nobody says when dizziness starts
    assert_eq!(SideEffect::Dizziness.onset(), Onset::NotStated);
}

#[test]
fn article_004_lists_dizziness_dissociation_and_perception_changes_as_common() {
    let common = claim("side-effect/dissociation-common-side-effects-list");
    assert!(
        SideEffect::PerceptionChanges.claims().contains(common),
        "004's list"
    );
    assert!(common.mentions("common"));
    assert_eq!(
        levels(
            SideEffect::PerceptionChanges,
            Section::TroubleshootingAndConsiderations
        ),
        [Evidence::Stated]
    );
    assert!(SideEffect::Dizziness.claims().contains(common));
    assert!(SideEffect::Dissociation.claims().contains(common));
    // 004 "Step 3": "Some report" dissociation or altered perception
    assert_eq!(
        levels(SideEffect::PerceptionChanges, Section::Step3Administration),
        [Evidence::PatientReports]
    );
    assert_eq!(
        SideEffect::PerceptionChanges.onset(),
        Onset::DuringAdministration
    );
    assert_eq!(
        SideEffect::PerceptionChanges
            .resolves_quickly_answer()
            .as_option(),
        None,
        "004's 'most side effects are temporary' names no effect"
    );
}

#[test]
fn article_000_ties_dissociation_to_monitoring_during_administration() {
    let d = SideEffect::Dissociation;
    assert!(d.needs_monitoring());
    assert_eq!(d.onset(), Onset::DuringAdministration);
    let claim = claim("side-effect/dissociation-monitoring-needed");
    assert!(d.claims().contains(claim), "000 on monitoring");
    assert!(claim.cites(Source::MentalHealthOverview));
    assert!(claim.mentions("monitoring"));
    assert_eq!(
        claim.citations()[0].cited_section(),
        Some(Section::WhatAreSafetyAndConsiderations)
    );
    // 003 FAQ: it typically passes soon after the session
    assert_eq!(d.resolves_quickly_answer().as_option(), Some(true));
}

#[test]
fn every_dissociation_claim_takes_part_in_the_dissociation_role_disagreement() {
    for claim in SideEffect::Dissociation.claims() {
        assert!(
            claim.disputes().contains(&Disagreement::DissociationRole),
            "{}",
            claim.summary()
        );
    }
    // 002: once side effects, now used on purpose ("potential therapeutic benefits")
    let purpose = claim("side-effect/dissociation-therapeutic-use");
    assert!(
        SideEffect::Dissociation.claims().contains(purpose),
        "002's reading"
    );
    assert!(purpose.mentions("on purpose"));
    assert_eq!(
        purpose.citations()[0].source(),
        Source::RiseOfKetamineTherapy
    );
    assert_eq!(purpose.citations()[0].heading(), None);
    assert_eq!(purpose.strongest_evidence(), Evidence::Preliminary);
    // the therapeutic reading is told once, with the mechanism or the benefit
    assert!(Mechanism::DissociativeState.claims().contains(purpose));
    let reset = claim("side-effect/dissociation-thought-pattern-role");
    assert!(
        SideEffect::Dissociation.claims().contains(reset),
        "002 on breaking patterns"
    );
    assert!(reset.mentions("maladaptive"));
    // 002 gives the dissociative state a part in it ("play a role"), not the cause
    assert!(reset.mentions("play a part") && reset.mentions("believed"));
    assert!(Mechanism::CircuitReset.claims().contains(reset));
    let journey = claim("side-effect/dissociation-inward-journey");
    assert!(
        SideEffect::Dissociation.claims().contains(journey),
        "002 on the inner journey"
    );
    assert!(journey.mentions("introspection"));
    assert!(Benefit::ReportedExperience.claims().contains(journey));
}

#[test]
fn article_003_ties_blood_pressure_to_monitoring_during_treatment() {
    let bp = SideEffect::IncreasedBloodPressure;
    assert!(bp.needs_monitoring());
    assert_eq!(bp.onset(), Onset::DuringAdministration);
    let monitoring = claim("side-effect/increased-blood-pressure-monitoring");
    assert!(bp.claims().contains(monitoring));
    assert!(monitoring.mentions("monitoring"));
    assert_eq!(levels(bp, Section::RisksAndSideEffects), [Evidence::Stated]);
    assert_eq!(
        bp.resolves_quickly_answer().as_option(),
        None,
        "temporary, but no source says how quickly"
    );
}

#[test]
fn only_dissociation_and_blood_pressure_call_for_monitoring_in_session() {
    let watched: Vec<_> = SideEffect::monitored_during_session().collect();
    assert_eq!(
        watched,
        [SideEffect::Dissociation, SideEffect::IncreasedBloodPressure]
    );
}

#[test]
fn bladder_problems_come_with_long_term_high_dose_use() {
    let bladder = SideEffect::BladderProblems;
    assert!(bladder.is_long_term());
    assert_eq!(bladder.onset(), Onset::LongTermUse);
    let long: Vec<_> = SideEffect::long_term().collect();
    assert_eq!(long, [bladder]);
    let qualified = claim("side-effect/bladder-problems-urinary-toxicity");
    assert!(bladder.claims().contains(qualified));
    assert!(qualified.mentions("long-term, high-dose"));
    assert_eq!(
        levels(bladder, Section::RisksAndSideEffects),
        [Evidence::Stated]
    );
    // article 003's drift concerns its own claims; the reference facts stand apart
    for claim in bladder.claims() {
        let from_003 = claim.cites(Source::WhatIsKetamine);
        assert_eq!(
            claim.disputes().contains(&Disagreement::BladderQualifier),
            from_003,
            "{}",
            claim.summary()
        );
    }
    // the takeaways drop the qualifier; the claim says so
    let takeaway = claim("side-effect/dissociation-in-003-takeaways");
    assert!(bladder.claims().contains(takeaway), "003's takeaways");
    assert!(
        takeaway
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::KeyTakeaways))
    );
    assert!(takeaway.mentions("without"));
    assert_eq!(bladder.resolves_quickly_answer().as_option(), None);
}

#[test]
fn the_reference_sources_confirm_ulcerative_cystitis() {
    let bladder = SideEffect::BladderProblems;
    let shahani = claim("topic/label-safety-ketamine-uropathy-2007");
    assert!(bladder.claims().contains(shahani), "Shahani et al. 2007");
    assert!(shahani.cites(Source::Shahani2007));
    assert!(shahani.mentions("ulcerative cystitis"));
    assert_eq!(
        shahani
            .confidence()
            .map(ketamine_facts::Confidence::certainty),
        Some(Certainty::High)
    );
    let label = claim("topic/label-safety-cystitis-warning");
    assert!(
        bladder.claims().contains(label),
        "the Spravato label's warning"
    );
    assert!(label.cites(Source::SpravatoPrescribingInformation));
    assert_eq!(label.strongest_evidence(), Evidence::RegulatoryApproval);
}

#[test]
fn sedation_and_vertigo_come_from_the_spravato_label_alone() {
    for effect in [SideEffect::Sedation, SideEffect::Vertigo] {
        assert!(!effect.is_named_by_articles(), "{effect}");
        for claim in effect.claims() {
            for citation in claim.citations() {
                assert_eq!(citation.source(), Source::SpravatoPrescribingInformation);
                assert_eq!(citation.evidence(), Evidence::RegulatoryApproval);
                assert_eq!(citation.heading(), None);
            }
            assert_eq!(
                claim
                    .confidence()
                    .map(ketamine_facts::Confidence::certainty),
                Some(Certainty::High)
            );
            assert!(claim.mentions("Spravato"));
            // the label's rate is the fact: on Spravato against placebo
            let rate = effect.label_rate().expect("the label gives a rate");
            assert!(
                claim.mentions(&rate.spravato().to_string()),
                "{}",
                claim.summary()
            );
            assert!(
                claim.mentions(&rate.placebo().to_string()),
                "{}",
                claim.summary()
            );
        }
        assert_eq!(effect.onset(), Onset::NotStated);
        assert_eq!(effect.resolves_quickly_answer().as_option(), None);
        assert!(!effect.needs_monitoring());
    }
    let from_articles = SideEffect::ALL
        .iter()
        .filter(|e| e.is_named_by_articles())
        .count();
    assert_eq!(from_articles, SideEffect::ALL.len() - 2);
}

#[test]
fn article_002_names_the_potential_for_abuse_and_misuse() {
    let abuse = SideEffect::AbuseAndMisuse;
    let essay = claim("side-effect/abuse-and-misuse-professional-concern");
    assert!(abuse.claims().contains(essay), "002");
    assert!(essay.cites(Source::RiseOfKetamineTherapy));
    assert!(essay.mentions("abused") && essay.mentions("misused"));
    assert_eq!(essay.strongest_evidence(), Evidence::Stated);
    for claim in abuse.claims() {
        assert_eq!(claim.disputes(), [Disagreement::SubstanceUse]);
    }
    // 004's "history of substance abuse" is about patients, not an effect of
    // ketamine: it is a precaution's claim, not this side effect's
    assert_eq!(levels(abuse, Section::TroubleshootingAndConsiderations), []);
    assert_eq!(abuse.onset(), Onset::NotStated);
    // 001's "a party drug" is history, told once and listed here
    let party = claim("side-effect/abuse-and-misuse-party-drug-reputation");
    assert!(abuse.claims().contains(party), "001's teaser");
    assert!(party.mentions("party drug"));
    assert!(HistoryEvent::RecreationalUse.claims().contains(party));
}

#[test]
fn long_term_safety_is_unknown_and_said_so_once_as_a_precaution() {
    // 002: no long-term safety data; 000 and 004: long-term effects still under study
    let data = claim("precaution/unknown-long-term-safety-data-gap");
    assert!(Precaution::UnknownLongTermSafety.claims().contains(data));
    assert!(data.cites(Source::RiseOfKetamineTherapy));
    assert_eq!(data.disputes(), [Disagreement::LongTermSafety]);
    let studied = claim("research-direction/long-term-effects-unknown");
    assert!(
        ResearchDirection::LongTermEffects
            .claims()
            .contains(studied),
        "000 on long-term effects"
    );
    assert!(studied.cites(Source::MentalHealthOverview));
    assert_eq!(studied.strongest_evidence(), Evidence::UnderInvestigation);
    // the general safety claims no longer restate either
    for claim in Topic::Safety.claims() {
        assert!(claim.disputes().is_empty(), "{claim}");
        assert!(!claim.mentions("long-term"), "{claim}");
    }
}

#[test]
fn the_monitoring_and_abuse_cautions_are_the_precautions_own_claims() {
    let monitoring = claim("side-effect/dissociation-monitoring-needed");
    assert!(
        Precaution::MonitoringDuringAdministration
            .claims()
            .contains(monitoring)
    );
    assert!(SideEffect::Dissociation.claims().contains(monitoring));
    let concern = claim("side-effect/abuse-and-misuse-professional-concern");
    assert!(Precaution::AbuseAndMisuse.claims().contains(concern));
    assert!(SideEffect::AbuseAndMisuse.claims().contains(concern));
    // 004's "not for everyone" is about patients with a history of substance
    // abuse, not an effect of ketamine: a precaution only
    let unsuitable = claim("precaution/not-for-everyone-substance-abuse-history");
    assert!(Precaution::NotForEveryone.claims().contains(unsuitable));
    assert!(!SideEffect::AbuseAndMisuse.claims().contains(unsuitable));
}

#[test]
fn people_type_side_effects_many_ways() {
    for (text, effect) in [
        ("high blood pressure", SideEffect::IncreasedBloodPressure),
        ("Hypertension", SideEffect::IncreasedBloodPressure),
        ("ulcerative cystitis", SideEffect::BladderProblems),
        ("altered-perception", SideEffect::PerceptionChanges),
        ("dizzy", SideEffect::Dizziness),
        ("recreational use", SideEffect::AbuseAndMisuse),
        (" drowsiness ", SideEffect::Sedation),
    ] {
        assert_eq!(text.parse::<SideEffect>(), Ok(effect), "{text:?}");
    }
    assert_eq!("shortly after".parse(), Ok(Onset::ShortlyAfter));
    assert_eq!("Long-Term".parse(), Ok(Onset::LongTermUse));
    assert!("headache".parse::<SideEffect>().is_err());
}

#[test]
fn onset_orders_chronologically() {
    assert!(Onset::DuringAdministration < Onset::ShortlyAfter);
    assert!(Onset::ShortlyAfter < Onset::LongTermUse);
    assert_eq!(Onset::ALL.last(), Some(&Onset::NotStated));
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in "\\PC*") {
        match text.parse::<SideEffect>() {
            Ok(effect) => prop_assert!(SideEffect::ALL.contains(&effect)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
        match text.parse::<Onset>() {
            Ok(onset) => prop_assert!(Onset::ALL.contains(&onset)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
