//! Claims whose home subject (their first) is a research direction.

use super::prelude::*;

rows! {
    "research-direction/long-term-effects-benefit-duration" [ResearchDirection(LongTermEffects)]
        "Researchers are studying how long the benefits last when ketamine is given regularly over time."
        [(FutureOfResearch, UnderInvestigation), (KeyTakeaways, UnderInvestigation), (FaqOngoingResearch, UnderInvestigation)]
        disputes [BenefitDuration];
    "research-direction/long-term-effects-unknown" [ResearchDirection(LongTermEffects), Precaution(UnknownLongTermSafety)]
        "Ketamine's long-term effects are not yet understood and need further study."
        [(WhatResearchExists, UnderInvestigation), (ResearchAndFutureDirections, UnderInvestigation)]
        disputes [BenefitDuration, LongTermSafety];
    "research-direction/optimal-dosing-strategies" [ResearchDirection(OptimalDosing), ProcessItem(DoseAdjustment)]
        "Research is looking for the best dosing strategies for ketamine therapy."
        [(ResearchAndFutureDirections, UnderInvestigation)];
    "research-direction/broader-conditions-scope" [ResearchDirection(BroaderConditions)]
        "Which mental health conditions ketamine can help is still being investigated."
        [(WhatResearchExists, UnderInvestigation), (MovingForward, UnderInvestigation), (FutureOfResearch, UnderInvestigation), (KeyTakeaways, UnderInvestigation), (ResearchAndFutureDirections, UnderInvestigation)];
    "research-direction/combination-with-psychotherapy-outcomes" [ResearchDirection(CombinationWithPsychotherapy), ProcessItem(ComplementaryTherapies), ClinicPractice(CombinedWithPsychotherapy), ProcessItem(ProcessingSessions)]
        "Researchers are investigating whether adding psychotherapy to ketamine treatment improves outcomes (article 004: psychotherapy during or after the sessions)."
        [(FutureOfResearch, UnderInvestigation), (FaqOngoingResearch, UnderInvestigation), (CombiningWithOtherTherapies, UnderInvestigation)];
    "research-direction/combination-with-psychedelics-wider-symptom-range" [ResearchDirection(CombinationWithPsychedelics)]
        "Some researchers are exploring whether ketamine works better combined with other psychedelics or therapies, hoping for better outcomes across a wider range of symptoms."
        [(CombiningWithOtherTherapies, UnderInvestigation)];
    "research-direction/combination-with-medications-psychotropics" [ResearchDirection(CombinationWithMedications)]
        "One combination under exploration is ketamine used together with other psychotropic medications."
        [(CombiningWithOtherTherapies, UnderInvestigation)];
    "research-direction/mechanisms-brain-action-unknown" [ResearchDirection(Mechanisms), Topic(Mechanism)]
        "Exactly how ketamine acts on the brain is not yet fully known and is still being studied."
        [(HowDoesKetamineWork, UnderInvestigation), (Overview, UnderInvestigation), (FutureOfResearch, UnderInvestigation), (ResearchAndFutureDirections, UnderInvestigation)];
    "research-direction/emerging-field-implementation-study" [ResearchDirection(EmergingField)]
        "Ketamine in mental health is still seen as an emerging field, and how best to put it into practice needs further study."
        [(WhatResearchExists, UnderInvestigation)]
        disputes [DepressionEvidence];
    "research-direction/emerging-field-promising-findings-in-000" [ResearchDirection(EmergingField)]
        "Article 000 calls the research findings so far on ketamine for mental health conditions promising."
        [(WhatResearchExists, Preliminary)];
    "research-direction/emerging-field-evolving-role" [ResearchDirection(EmergingField)]
        "Understanding of ketamine's place in mental health care is still developing as research goes on."
        [(RevolutionaryConclusion, UnderInvestigation), (FaqOngoingResearch, Stated), (WhatIsKetamineConclusion, UnderInvestigation)];
    "research-direction/emerging-field-wider-acceptance-in-003" [ResearchDirection(EmergingField)]
        "Article 003 expects research to bring ketamine wider acceptance in clinical settings."
        [(WhatIsKetamineConclusion, UnderInvestigation)];
    "research-direction/emerging-field-best-practice-refinement" [ResearchDirection(EmergingField)]
        "New research keeps refining best practice for the medical use of ketamine, within professional standards."
        [(WhatAreSafetyAndConsiderations, UnderInvestigation)];
    "research-direction/emerging-field-area-to-follow" [ResearchDirection(EmergingField)]
        "For people looking into new treatments, ketamine is a promising area to follow."
        [(MovingForward, Preliminary)];
}
