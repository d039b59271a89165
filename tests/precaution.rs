//! Precautions, checked against the articles.

use ketamine_facts::{
    ClinicPractice, Disagreement, Evidence, HistoryEvent, Precaution, ProcessItem,
    ResearchDirection, Section, SideEffect, Source,
};
use proptest::prelude::*;

mod common;
use common::{linked_claims_take_part, sections};

#[test]
fn only_through_licensed_qualified_providers_per_000_and_001() {
    let claim = &Precaution::SupervisedClinicalUse.claims()[0];
    assert!(claim.mentions("licensed"));
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
    let claim = &Precaution::MonitoringDuringAdministration.claims()[0];
    assert!(claim.mentions("dissociative") && claim.mentions("critical"));
    assert_eq!(claim.disputes(), [Disagreement::DissociationRole]);
    let item = Precaution::MonitoringDuringAdministration.process_item();
    assert_eq!(item, Some(ProcessItem::Monitoring));
    assert!(ProcessItem::Monitoring.claims()[0].mentions("throughout"));
}

#[test]
fn abuse_misuse_and_a_recreational_past_are_linked_to_substance_use() {
    let claims = Precaution::AbuseAndMisuse.claims();
    assert!(claims[0].mentions("abused") && claims[0].cites(Source::RiseOfKetamineTherapy));
    // 000 (recreational use) and 001's teaser ("a party drug"): history,
    // told once there and listed here
    for section in [
        Section::WhatAreSafetyAndConsiderations,
        Section::NasalSprayTeaser,
    ] {
        let past = claims
            .iter()
            .find(|c| {
                sections(c) == [section] && HistoryEvent::RecreationalUse.claims().contains(c)
            })
            .unwrap_or_else(|| panic!("the recreational past, {section}"));
        assert!(SideEffect::AbuseAndMisuse.claims().contains(past));
    }
    for claim in claims {
        assert_eq!(claim.disputes(), [Disagreement::SubstanceUse], "{claim}");
    }
}

#[test]
fn ketamine_is_not_for_everyone_per_004() {
    let claim = &Precaution::NotForEveryone.claims()[0];
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
    let claim = &Precaution::UnknownLongTermSafety.claims()[0];
    assert!(claim.mentions("lacking"));
    assert!(claim.cites(Source::RiseOfKetamineTherapy));
    assert_eq!(claim.disputes(), [Disagreement::LongTermBenefit]);
    assert_eq!(
        Precaution::UnknownLongTermSafety.research(),
        Some(ResearchDirection::LongTermEffects)
    );
}

#[test]
fn article_002_names_cost_and_access_as_barriers() {
    let claim = &Precaution::CostAndAccess.claims()[0];
    assert!(claim.mentions("afford"));
    assert_eq!(claim.citations()[0].source(), Source::RiseOfKetamineTherapy);
    assert_eq!(claim.citations()[0].heading(), None);
}

#[test]
fn article_000_says_ketamine_is_not_first_line() {
    let claim = &Precaution::NotFirstLine.claims()[0];
    assert!(claim.mentions("not regarded as a first-line"));
    assert_eq!(sections(claim), [Section::WhatAreTherapeuticUses]);
}

#[test]
fn decisions_are_made_with_a_provider_knowing_the_risks() {
    let claims = Precaution::InformedDecision.claims();
    let with_providers = claims
        .iter()
        .find(|c| c.mentions("together with"))
        .expect("003's risks sections");
    assert_eq!(
        sections(with_providers),
        [Section::RisksAndSideEffects, Section::FaqRisks]
    );
    assert!(
        claims
            .iter()
            .any(|c| sections(c) == [Section::UnlockingConclusion])
    );
}

#[test]
fn researchers_study_repeated_or_unsupervised_use() {
    let claim = &Precaution::RepeatedOrUnsupervisedUse.claims()[0];
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

    #[test]
    fn display_and_aliases_round_trip(index in 0..64usize) {
        let p = Precaution::ALL[index % Precaution::ALL.len()];
        prop_assert_eq!(p.to_string().parse::<Precaution>(), Ok(p));
        for alias in p.aliases() {
            prop_assert_eq!(alias.to_uppercase().parse::<Precaution>(), Ok(p));
        }
    }
}
