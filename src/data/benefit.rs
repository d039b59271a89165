//! Claims whose home subject (their first) is a benefit.

use super::prelude::*;
use crate::{Benefit, Claim, Disagreement, Evidence, Section, SessionExperience, Source};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "benefit/effectiveness-highly-effective-in-004",
        &[S::Benefit(Benefit::Effectiveness)],
        "Article 004 says ketamine therapy can be highly effective.",
        &[at(
            Section::TroubleshootingAndConsiderations,
            Evidence::Stated,
        )],
    ),
    Claim::new(
        "benefit/rapid-relief-within-hours",
        &[
            S::Benefit(Benefit::RapidRelief),
            S::SessionExperience(SessionExperience::ImprovementAfterSession),
        ],
        "Many patients report that they feel better within hours of their first infusion or session.",
        &[
            at(Section::PotentialBenefits, Evidence::PatientReports),
            at(Section::FaqBenefits, Evidence::PatientReports),
        ],
    ),
    Claim::new(
        "benefit/rapid-relief-main-attraction",
        &[S::Benefit(Benefit::RapidRelief)],
        "The speed of its effect is one of ketamine's main attractions.",
        &[
            whole(Source::WhatIsKetamin, Evidence::Stated),
            at(Section::PotentialBenefits, Evidence::Stated),
            at(Section::FaqBenefits, Evidence::Stated),
        ],
    ),
    Claim::new(
        "benefit/lasting-effects-after-few-sessions",
        &[S::Benefit(Benefit::LastingEffects)],
        "Some studies find lasting improvement after only a few sessions, at least in some people.",
        &[
            at(Section::PotentialBenefits, Evidence::ClinicalStudies),
            at(Section::FaqBenefits, Evidence::ClinicalStudies),
        ],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "benefit/reported-experience-inner-exploration",
        &[S::Benefit(Benefit::ReportedExperience)],
        "Article 002 puts this exploration of the inner world at the centre of ketamine therapy.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    ),
    Claim::new(
        "benefit/hope-from-ongoing-research",
        &[S::Benefit(Benefit::Hope)],
        "The research under way gives hope to people looking for relief from debilitating conditions.",
        &[at(Section::FutureOfResearch, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "benefit/hope-new-therapy-kinds",
        &[S::Benefit(Benefit::Hope)],
        "Ketamine may open the way to new kinds of therapy.",
        &[
            at(Section::UnlockingTheMysteriesTitle, Evidence::Stated),
            at(Section::UnlockingConclusion, Evidence::Preliminary),
        ],
    ),
];
