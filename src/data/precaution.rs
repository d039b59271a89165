//! Claims whose home subject (their first) is a precaution.

use super::prelude::*;
use crate::{Claim, Disagreement, Evidence, Precaution, Section, Source};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "precaution/supervised-clinical-use-licensed-providers-only",
        &[S::Precaution(Precaution::SupervisedClinicalUse)],
        "Ketamine therapy should be sought only through licensed, qualified healthcare providers, whose guidance keeps it safe and effective.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated), at(Section::RevolutionaryConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/abuse-and-misuse-controlled-therapeutic-doses",
        &[S::Precaution(Precaution::AbuseAndMisuse)],
        "Therapeutic doses of ketamine, unlike its recreational use, are carefully controlled.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
    Claim::new(
        "precaution/unknown-long-term-safety-data-gap",
        &[S::Precaution(Precaution::UnknownLongTermSafety)],
        "Long-term data on the safety of ketamine are lacking, which concerns some healthcare professionals.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "precaution/cost-and-access-affordability",
        &[S::Precaution(Precaution::CostAndAccess)],
        "Ketamine therapy is hard to reach and to afford for many who seek it.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/not-first-line-mental-health-status",
        &[S::Precaution(Precaution::NotFirstLine)],
        "In mental health care ketamine is not regarded as a first-line treatment; interest in it is growing for cases where traditional treatments have not worked.",
        &[at(Section::WhatAreTherapeuticUses, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/informed-decision-risk-acknowledgement",
        &[S::Precaution(Precaution::InformedDecision)],
        "Ketamine therapy carries risks and side effects that must be acknowledged.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/informed-decision-shared-decision",
        &[S::Precaution(Precaution::InformedDecision)],
        "Knowing the risks lets people decide on treatment together with their healthcare providers.",
        &[at(Section::RisksAndSideEffects, Evidence::Stated), at(Section::FaqRisks, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/informed-decision-risk-benefit-balance",
        &[S::Precaution(Precaution::InformedDecision)],
        "Ketamine's promise has to be weighed against its risks and its safety.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/informed-decision-consult-professional",
        &[S::Precaution(Precaution::InformedDecision)],
        "Anyone considering ketamine therapy should talk with a qualified mental health professional about the options that suit them.",
        &[at(Section::UnlockingConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "precaution/repeated-or-unsupervised-use-risk-research",
        &[S::Precaution(Precaution::RepeatedOrUnsupervisedUse)],
        "Researchers are studying the risks of using ketamine repeatedly or without supervision.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::UnderInvestigation)],
    ),
];
