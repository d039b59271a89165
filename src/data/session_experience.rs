//! Claims whose home subject (their first) is what a session feels like.

use super::prelude::*;
use crate::{Claim, Evidence, ProcessItem, Section, SessionExperience};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "session-experience/emotional-release-therapeutic",
        &[
            S::SessionExperience(SessionExperience::EmotionalRelease),
            S::ProcessItem(ProcessItem::PatientExperience),
        ],
        "Some patients go through an emotional release in a session, which article 004 says can be therapeutic.",
        &[at(Section::Step3Administration, Evidence::PatientReports)],
    ),
    Claim::new(
        "session-experience/relaxation-during-infusion",
        &[
            S::SessionExperience(SessionExperience::Relaxation),
            S::ProcessItem(ProcessItem::PatientExperience),
        ],
        "Patients may feel relaxed during an infusion.",
        &[at(Section::FaqInfusionSession, Evidence::Stated)],
    ),
    Claim::new(
        "session-experience/improvement-after-session-claim-in-003",
        &[
            S::SessionExperience(SessionExperience::ImprovementAfterSession),
            S::ProcessItem(ProcessItem::PatientExperience),
        ],
        "Article 003 says patients should notice improvement soon after an infusion ends; it names no evidence for this.",
        &[at(Section::FaqInfusionSession, Evidence::Stated)],
    ),
];
