//! Claims whose home subject (their first) is a side effect or risk.

use super::prelude::*;
use crate::{
    Benefit, Claim, Disagreement, Evidence, HistoryEvent, Mechanism, Precaution, ProcessItem,
    Section, SessionExperience, SideEffect, Source,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "side-effect/dissociation-monitoring-needed",
        &[S::SideEffect(SideEffect::Dissociation), S::Precaution(Precaution::MonitoringDuringAdministration)],
        "Because ketamine is dissociative, monitoring and care while it is given are critical.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-detachment-from-reality",
        &[S::SideEffect(SideEffect::Dissociation)],
        "Some patients feel detached from reality during treatment, an experience often described as psychedelic.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-common-and-transient",
        &[S::SideEffect(SideEffect::Dissociation)],
        "Dissociation is a common experience during treatment and typically passes soon after the session ends.",
        &[at(Section::FaqRisks, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-common-side-effects-list",
        &[S::SideEffect(SideEffect::Dissociation), S::SideEffect(SideEffect::PerceptionChanges), S::SideEffect(SideEffect::Dizziness)],
        "Dizziness, dissociation and changes in perception are common side effects.",
        &[at(Section::TroubleshootingAndConsiderations, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-during-session",
        &[S::SideEffect(SideEffect::Dissociation), S::SessionExperience(SessionExperience::Dissociation), S::ProcessItem(ProcessItem::PatientExperience)],
        "Some patients feel dissociated during a session (article 003: mildly).",
        &[at(Section::Step3Administration, Evidence::PatientReports), at(Section::FaqInfusionSession, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-in-003-takeaways",
        &[S::SideEffect(SideEffect::Dissociation), S::SideEffect(SideEffect::Nausea), S::SideEffect(SideEffect::BladderProblems)],
        "Article 003's takeaways list dissociation, nausea and bladder issues as possible side effects, the bladder item without the long-term, high-dose qualifier the article gives it elsewhere.",
        &[at(Section::KeyTakeaways, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole, Disagreement::BladderQualifier]),
    Claim::new(
        "side-effect/dissociation-therapeutic-use",
        &[S::SideEffect(SideEffect::Dissociation), S::Mechanism(Mechanism::DissociativeState)],
        "Its dissociative and psychedelic properties, once seen as side effects, are now used on purpose for their possible therapeutic value.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-thought-pattern-reset",
        &[S::SideEffect(SideEffect::Dissociation), S::Mechanism(Mechanism::CircuitReset)],
        "The dissociative state is believed to break up maladaptive thought patterns and reset neural circuits.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/dissociation-inward-journey",
        &[S::SideEffect(SideEffect::Dissociation), S::Mechanism(Mechanism::DissociativeState), S::Benefit(Benefit::ReportedExperience)],
        "Many people describe the experience as a journey inward, through their own consciousness, with new clarity and introspection.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::PatientReports)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "side-effect/perception-changes-during-session",
        &[S::SideEffect(SideEffect::PerceptionChanges), S::SessionExperience(SessionExperience::AlteredPerception), S::ProcessItem(ProcessItem::PatientExperience)],
        "Some patients report that their perception changes during a session.",
        &[at(Section::Step3Administration, Evidence::PatientReports)],
    ),
    Claim::new(
        "side-effect/dizziness-transient-with-nausea",
        &[S::SideEffect(SideEffect::Dizziness), S::SideEffect(SideEffect::Nausea)],
        "Some people have reported passing side effects, dizziness or nausea for example, which usually clear soon after treatment.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::PatientReports)],
    ),
    Claim::new(
        "side-effect/nausea-vomiting-after-dose",
        &[S::SideEffect(SideEffect::Nausea), S::SideEffect(SideEffect::Vomiting)],
        "Nausea and vomiting can come on shortly after a dose and usually settle quickly.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    ),
    Claim::new(
        "side-effect/increased-blood-pressure-monitoring",
        &[S::SideEffect(SideEffect::IncreasedBloodPressure)],
        "Ketamine can raise blood pressure for a time, so monitoring during treatment is crucial.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    ),
    Claim::new(
        "side-effect/bladder-problems-urinary-toxicity",
        &[S::SideEffect(SideEffect::BladderProblems)],
        "Long-term, high-dose use is tied to problems of the urinary tract, through toxicity when high doses are taken over long periods.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    )
    .disputed(&[Disagreement::BladderQualifier]),
    Claim::new(
        "side-effect/abuse-and-misuse-professional-concern",
        &[S::SideEffect(SideEffect::AbuseAndMisuse), S::Precaution(Precaution::AbuseAndMisuse)],
        "Ketamine can be abused and misused, which worries some healthcare professionals.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
    Claim::new(
        "side-effect/abuse-and-misuse-recreational-history",
        &[S::SideEffect(SideEffect::AbuseAndMisuse), S::HistoryEvent(HistoryEvent::RecreationalUse), S::Precaution(Precaution::AbuseAndMisuse)],
        "Ketamine has a history of recreational use, for its hallucinogenic effects.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
    Claim::new(
        "side-effect/abuse-and-misuse-party-drug-reputation",
        &[S::SideEffect(SideEffect::AbuseAndMisuse), S::HistoryEvent(HistoryEvent::RecreationalUse), S::Precaution(Precaution::AbuseAndMisuse)],
        "Before it entered mental health care, ketamine was known mainly as an anesthetic and as a party drug.",
        &[at(Section::NasalSprayTeaser, Evidence::Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
    Claim::new(
        "side-effect/abuse-and-misuse-unsuitable-patients",
        &[S::SideEffect(SideEffect::AbuseAndMisuse), S::Precaution(Precaution::NotForEveryone)],
        "Ketamine does not suit everyone: people with a history of substance abuse or with certain medical conditions may need other treatments.",
        &[at(Section::TroubleshootingAndConsiderations, Evidence::Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
];
