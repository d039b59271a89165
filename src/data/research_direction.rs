//! Claims whose home subject (their first) is a research direction.

use super::prelude::*;
use crate::{
    Claim, ClinicPractice, Disagreement, Evidence, Precaution, ProcessItem, ResearchDirection,
    Section, Topic,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "research-direction/long-term-effects-benefit-duration",
        &[S::ResearchDirection(ResearchDirection::LongTermEffects)],
        "Researchers are studying how long the benefits last when ketamine is given regularly over time.",
        &[at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::KeyTakeaways, Evidence::UnderInvestigation), at(Section::FaqOngoingResearch, Evidence::UnderInvestigation)],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "research-direction/long-term-effects-unknown",
        &[S::ResearchDirection(ResearchDirection::LongTermEffects), S::Precaution(Precaution::UnknownLongTermSafety)],
        "Ketamine's long-term effects are not yet understood and need further study.",
        &[at(Section::WhatResearchExists, Evidence::UnderInvestigation), at(Section::ResearchAndFutureDirections, Evidence::UnderInvestigation)],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "research-direction/optimal-dosing-strategies",
        &[S::ResearchDirection(ResearchDirection::OptimalDosing), S::ProcessItem(ProcessItem::DoseAdjustment)],
        "Research is looking for the best dosing strategies.",
        &[at(Section::ResearchAndFutureDirections, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/broader-conditions-scope",
        &[S::ResearchDirection(ResearchDirection::BroaderConditions)],
        "Which mental health conditions ketamine can help is still being investigated.",
        &[at(Section::WhatResearchExists, Evidence::UnderInvestigation), at(Section::MovingForward, Evidence::UnderInvestigation), at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::KeyTakeaways, Evidence::UnderInvestigation), at(Section::ResearchAndFutureDirections, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/combination-with-psychotherapy-outcomes",
        &[S::ResearchDirection(ResearchDirection::CombinationWithPsychotherapy), S::ProcessItem(ProcessItem::ComplementaryTherapies), S::ClinicPractice(ClinicPractice::CombinedWithPsychotherapy), S::ProcessItem(ProcessItem::ProcessingSessions)],
        "Researchers are investigating whether adding psychotherapy to ketamine treatment improves outcomes (article 004: psychotherapy during or after the sessions).",
        &[at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::FaqOngoingResearch, Evidence::UnderInvestigation), at(Section::CombiningWithOtherTherapies, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/combination-with-psychedelics-wider-symptom-range",
        &[S::ResearchDirection(ResearchDirection::CombinationWithPsychedelics)],
        "Some researchers are exploring whether ketamine works better combined with other psychedelics or therapies, hoping for better outcomes across a wider range of symptoms.",
        &[at(Section::CombiningWithOtherTherapies, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/combination-with-medications-psychotropics",
        &[S::ResearchDirection(ResearchDirection::CombinationWithMedications)],
        "One combination under exploration is ketamine used together with other psychotropic medications.",
        &[at(Section::CombiningWithOtherTherapies, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/mechanisms-brain-action-unknown",
        &[S::ResearchDirection(ResearchDirection::Mechanisms), S::Topic(Topic::Mechanism)],
        "Exactly how ketamine acts on the brain is not yet fully known and is still being studied.",
        &[at(Section::HowDoesKetamineWork, Evidence::UnderInvestigation), at(Section::Overview, Evidence::UnderInvestigation), at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::ResearchAndFutureDirections, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/emerging-field-implementation-study",
        &[S::ResearchDirection(ResearchDirection::EmergingField)],
        "Ketamine in mental health is still seen as an emerging field, and how best to put it into practice needs further study.",
        &[at(Section::WhatResearchExists, Evidence::Stated)],
    ),
    Claim::new(
        "research-direction/emerging-field-evolving-role",
        &[S::ResearchDirection(ResearchDirection::EmergingField)],
        "Understanding of ketamine's place in mental health care is still developing as research goes on.",
        &[at(Section::RevolutionaryConclusion, Evidence::UnderInvestigation), at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::FaqOngoingResearch, Evidence::UnderInvestigation), at(Section::WhatIsKetaminConclusion, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/emerging-field-wider-acceptance-in-003",
        &[S::ResearchDirection(ResearchDirection::EmergingField)],
        "Article 003 expects research to bring ketamine wider acceptance in clinical settings.",
        &[at(Section::WhatIsKetaminConclusion, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/emerging-field-best-practice-refinement",
        &[S::ResearchDirection(ResearchDirection::EmergingField)],
        "New research keeps refining best practice for medical use, within professional standards.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "research-direction/emerging-field-area-to-follow",
        &[S::ResearchDirection(ResearchDirection::EmergingField)],
        "For people looking into new treatments, ketamine is a promising area to follow.",
        &[at(Section::MovingForward, Evidence::Preliminary)],
    ),
];
