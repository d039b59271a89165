//! Claims whose home subject (their first) is what a session feels like.

use super::prelude::*;

rows! {
    "session-experience/emotional-release-therapeutic" [SessionExperience(EmotionalRelease), ProcessItem(PatientExperience)]
        "Some patients go through an emotional release in a ketamine session, which article 004 says can be therapeutic."
        [(Step3Administration, Preliminary)];
    "session-experience/relaxation-during-infusion" [SessionExperience(Relaxation), ProcessItem(PatientExperience)]
        "Patients may feel relaxed during a ketamine infusion."
        [(FaqInfusionSession, Preliminary)];
    "session-experience/improvement-after-session-claim-in-003" [SessionExperience(ImprovementAfterSession), ProcessItem(PatientExperience)]
        "Article 003 says patients should notice improvement soon after an infusion ends; it names no evidence for this."
        [(FaqInfusionSession, Stated)]
        disputes [RapidImprovement];
}
