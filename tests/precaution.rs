//! Precautions, checked against the articles.

use ketamine_facts::{
    ClinicPractice, Disagreement, Evidence, HistoryEvent, Precaution, ProcessItem,
    ResearchDirection, Section, SideEffect, Source,
};
use proptest::prelude::*;

mod common;
use common::{claim, linked_claims_take_part, sections};

#[test]
fn only_through_licensed_qualified_providers_per_000_and_001() {
    let claim = claim("precaution/supervised-clinical-use-qualified-providers-purpose");
    assert!(Precaution::SupervisedClinicalUse.claims().contains(claim));
    assert!(claim.mentions("licensed"));
    // 000 gives the aim ("to maintain"), 001 a capability ("can ensure"): the
    // guidance is meant to keep it safe, it is not said to do so
    assert!(claim.mentions("is meant to keep") && !claim.mentions("keeps"));
    assert_eq!(
        sections(claim),
        [
            Section::WhatAreSafetyAndConsiderations,
            Section::RevolutionaryConclusion
        ]
    );
    // No claim is about both this precaution and clinical supervision, so
    // the relation table has no such edge (see `Relation`).
    assert_eq!(Precaution::SupervisedClinicalUse.clinic_practice(), None);
    assert_eq!(
        Precaution::MonitoringDuringAdministration.clinic_practice(),
        Some(ClinicPractice::SupervisedSessions)
    );
}

#[test]
fn monitoring_during_administration_is_critical_because_ketamine_dissociates() {
    let claim = claim("side-effect/dissociation-monitoring-needed");
    assert!(
        Precaution::MonitoringDuringAdministration
            .claims()
            .contains(claim)
    );
    assert!(claim.mentions("dissociative") && claim.mentions("critical"));
    assert_eq!(claim.disputes(), [Disagreement::DissociationRole]);
    let item = Precaution::MonitoringDuringAdministration.process_item();
    assert_eq!(item, Some(ProcessItem::Monitoring));
    let throughout = common::claim("process-item/monitoring-safety-during-session");
    assert!(ProcessItem::Monitoring.claims().contains(throughout));
    assert!(throughout.mentions("throughout"));
}

#[test]
fn abuse_misuse_and_a_recreational_past_are_linked_to_substance_use() {
    let claims = Precaution::AbuseAndMisuse.claims();
    let abused = claim("side-effect/abuse-and-misuse-professional-concern");
    assert!(claims.contains(abused));
    assert!(abused.mentions("abused") && abused.cites(Source::RiseOfKetamineTherapy));
    // 000 (recreational use) and 001's teaser ("a party drug"): history,
    // told once there and listed here
    for (section, id) in [
        (
            Section::WhatAreSafetyAndConsiderations,
            "side-effect/abuse-and-misuse-recreational-history",
        ),
        (
            Section::NasalSprayTeaser,
            "side-effect/abuse-and-misuse-party-drug-reputation",
        ),
    ] {
        let past = claim(id);
        assert!(claims.contains(past), "the recreational past, {section}");
        assert_eq!(sections(past), [section]);
        assert!(HistoryEvent::RecreationalUse.claims().contains(past));
        assert!(SideEffect::AbuseAndMisuse.claims().contains(past));
    }
    for claim in claims {
        assert_eq!(claim.disputes(), [Disagreement::SubstanceUse], "{claim}");
    }
}

#[test]
fn ketamine_is_not_for_everyone_per_004() {
    let claim = claim("precaution/not-for-everyone-substance-abuse-history");
    assert!(Precaution::NotForEveryone.claims().contains(claim));
    assert!(claim.mentions("substance abuse") && claim.mentions("medical conditions"));
    assert!(claim.mentions("may"), "004's hedge is kept");
    assert_eq!(sections(claim), [Section::TroubleshootingAndConsiderations]);
    assert_eq!(claim.disputes(), [Disagreement::SubstanceUse]);
    assert_eq!(
        Precaution::NotForEveryone.process_item(),
        Some(ProcessItem::EligibilityAndContraindications)
    );
}

#[test]
fn article_002_says_long_term_safety_data_are_lacking() {
    let claim = claim("precaution/unknown-long-term-safety-data-gap");
    assert!(Precaution::UnknownLongTermSafety.claims().contains(claim));
    assert!(claim.mentions("lacking"));
    assert!(claim.cites(Source::RiseOfKetamineTherapy));
    assert_eq!(claim.disputes(), [Disagreement::LongTermSafety]);
    assert_eq!(
        Precaution::UnknownLongTermSafety.research(),
        Some(ResearchDirection::LongTermEffects)
    );
}

#[test]
fn article_002_names_cost_and_access_as_barriers() {
    let claim = claim("precaution/cost-and-access-affordability");
    assert!(Precaution::CostAndAccess.claims().contains(claim));
    assert!(claim.mentions("afford"));
    assert_eq!(claim.citations()[0].source(), Source::RiseOfKetamineTherapy);
    assert_eq!(claim.citations()[0].heading(), None);
}

#[test]
fn article_000_says_ketamine_is_not_first_line() {
    let claim = claim("precaution/not-first-line-mental-health-status");
    assert!(Precaution::NotFirstLine.claims().contains(claim));
    assert!(claim.mentions("not regarded as a first-line"));
    assert_eq!(sections(claim), [Section::WhatAreTherapeuticUses]);
}

#[test]
fn decisions_are_made_with_a_provider_knowing_the_risks() {
    let claims = Precaution::InformedDecision.claims();
    let with_providers = claim("precaution/informed-decision-shared-decision");
    assert!(claims.contains(with_providers), "003's risks sections");
    assert!(with_providers.mentions("together with"));
    assert_eq!(
        sections(with_providers),
        [Section::RisksAndSideEffects, Section::FaqRisks]
    );
    let consult = claim("precaution/informed-decision-consult-professional");
    assert!(claims.contains(consult));
    assert_eq!(sections(consult), [Section::UnlockingConclusion]);
}

#[test]
fn researchers_study_repeated_or_unsupervised_use() {
    let claim = claim("precaution/repeated-or-unsupervised-use-risk-research");
    assert!(
        Precaution::RepeatedOrUnsupervisedUse
            .claims()
            .contains(claim)
    );
    assert_eq!(claim.strongest_evidence(), Evidence::UnderInvestigation);
    assert_eq!(sections(claim), [Section::WhatAreSafetyAndConsiderations]);
}

#[test]
fn precautions_are_stated_plainly_or_under_study_never_graded_as_evidence() {
    for precaution in Precaution::ALL {
        assert!(!precaution.claims().is_empty(), "{precaution}");
        for claim in precaution.claims() {
            assert!(claim.strongest_evidence() <= Evidence::Stated, "{claim}");
            linked_claims_take_part(claim);
        }
    }
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        match text.parse::<Precaution>() {
            Ok(p) => prop_assert!(Precaution::ALL.contains(&p)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
