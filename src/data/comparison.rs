//! Claims whose home subject (their first) is the comparison with traditional antidepressants.

use super::prelude::*;
use crate::{Benefit, Claim, Comparison, Disagreement, Evidence, Section, Source, Topic};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "comparison/onset-profound-and-rapid",
        &[S::Comparison(Comparison::Onset), S::Benefit(Benefit::RapidRelief)],
        "Article 002 says ketamine's effects are often profound as well as rapid.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    ),
    Claim::new(
        "comparison/targets-different-mechanism",
        &[S::Comparison(Comparison::Targets), S::Topic(Topic::Mechanism)],
        "Ketamine works by a different mechanism from traditional antidepressants (article 002: from traditional psychiatric medications).",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), whole(Source::WhatIsKetamin, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "comparison/targets-monoamines-in-000",
        &[S::Comparison(Comparison::Targets)],
        "Article 000: conventional treatments often aim at steadying serotonin, dopamine or norepinephrine levels.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated)],
    )
    .disputed(&[Disagreement::TraditionalAntidepressantTargets]),
    Claim::new(
        "comparison/targets-serotonin-norepinephrine-in-003",
        &[S::Comparison(Comparison::Targets)],
        "Article 003: most traditional antidepressants act mainly on serotonin or norepinephrine pathways.",
        &[at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated)],
    )
    .disputed(&[Disagreement::TraditionalAntidepressantTargets]),
    Claim::new(
        "comparison/targets-serotonin-in-004",
        &[S::Comparison(Comparison::Targets)],
        "Article 004: traditional antidepressants target serotonin levels.",
        &[at(Section::UnderstandingKetamine, Evidence::Stated)],
    )
    .disputed(&[Disagreement::TraditionalAntidepressantTargets]),
    Claim::new(
        "comparison/structural-change-neuroplasticity-vs-levels",
        &[S::Comparison(Comparison::StructuralChange), S::Topic(Topic::Mechanism)],
        "Ketamine promotes neuroplasticity and so structural change in the brain, which sets it apart from traditional antidepressants: these act mainly on neurotransmitter levels and do little to change structure.",
        &[at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "comparison/complement-not-replace",
        &[S::Comparison(Comparison::Complement)],
        "Ketamine may not replace existing treatments, but it could add to and strengthen the options for specific conditions.",
        &[at(Section::MovingForward, Evidence::Preliminary)],
    ),
    Claim::new(
        "comparison/unmet-need-treatment-shortfall",
        &[S::Comparison(Comparison::UnmetNeed)],
        "Traditional treatments often fall short for many people.",
        &[at(Section::KetamineAndDepression, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "comparison/unmet-need-alternatives-needed",
        &[S::Comparison(Comparison::UnmetNeed), S::Benefit(Benefit::OptionWhenOthersFail)],
        "That shortfall is why alternative therapies are needed.",
        &[at(Section::KetamineAndDepression, Evidence::Stated)],
    ),
    Claim::new(
        "comparison/unmet-need-partial-relief",
        &[S::Comparison(Comparison::UnmetNeed)],
        "Conventional treatments such as antidepressants and psychotherapy do bring relief to many people with depression, though not to all.",
        &[at(Section::LowDoseTeaser, Evidence::Stated)],
    ),
];
