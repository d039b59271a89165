//! Claims whose home subject (their first) is a side effect or risk.

use super::prelude::*;

rows! {
    "side-effect/dissociation-monitoring-needed" [SideEffect(Dissociation), Precaution(MonitoringDuringAdministration)]
        "Because ketamine is dissociative, monitoring and care while it is given are critical."
        [(WhatAreSafetyAndConsiderations, Stated)]
        disputes [DissociationRole];
    "side-effect/dissociation-detachment-from-reality" [SideEffect(Dissociation)]
        "Some patients feel detached from reality during ketamine infusions, an experience often described as psychedelic."
        [(RisksAndSideEffects, Stated)]
        disputes [DissociationRole, SideEffectFrequency];
    "side-effect/dissociation-common-and-transient" [SideEffect(Dissociation)]
        "Dissociation is a common experience during ketamine treatment and typically passes soon after the session ends."
        [(FaqRisks, Stated)]
        disputes [DissociationRole, SideEffectFrequency];
    "side-effect/dissociation-common-side-effects-list" [SideEffect(Dissociation), SideEffect(PerceptionChanges), SideEffect(Dizziness)]
        "Dizziness, dissociation and changes in perception are common side effects of ketamine therapy."
        [(TroubleshootingAndConsiderations, Stated)]
        disputes [DissociationRole, SideEffectFrequency];
    "side-effect/dissociation-during-session" [SideEffect(Dissociation), SessionExperience(Dissociation), ProcessItem(PatientExperience)]
        "Some patients feel dissociated during a ketamine session (article 003: mildly)."
        [(Step3Administration, PatientReports), (FaqInfusionSession, Preliminary)]
        disputes [DissociationRole, SideEffectFrequency];
    "side-effect/dissociation-in-003-takeaways" [SideEffect(Dissociation), SideEffect(Nausea), SideEffect(BladderProblems)]
        "Article 003's takeaways list dissociation, nausea and bladder issues as possible side effects, the bladder item without the long-term, high-dose qualifier the article gives it elsewhere."
        [(KeyTakeaways, Stated)]
        disputes [DissociationRole, BladderQualifier];
    "side-effect/dissociation-therapeutic-use" [SideEffect(Dissociation), Mechanism(DissociativeState)]
        "Ketamine's dissociative and psychedelic properties, once seen as side effects, are now used on purpose for their possible therapeutic value."
        [(whole RiseOfKetamineTherapy, Preliminary)]
        disputes [DissociationRole];
    "side-effect/dissociation-thought-pattern-role" [SideEffect(Dissociation), Mechanism(CircuitReset)]
        "The dissociative state that ketamine brings on is believed to play a part in breaking up maladaptive thought patterns and in promoting a reset of neural circuits."
        [(whole RiseOfKetamineTherapy, Preliminary)]
        disputes [DissociationRole];
    "side-effect/dissociation-inward-journey" [SideEffect(Dissociation), Mechanism(DissociativeState), Benefit(ReportedExperience)]
        "Many people describe the ketamine experience as a journey inward, through their own consciousness, with new clarity and introspection."
        [(whole RiseOfKetamineTherapy, PatientReports)]
        disputes [DissociationRole];
    "side-effect/perception-changes-during-session" [SideEffect(PerceptionChanges), SessionExperience(AlteredPerception), ProcessItem(PatientExperience)]
        "Some patients report that their perception changes during a ketamine session."
        [(Step3Administration, PatientReports)];
    "side-effect/dizziness-transient-with-nausea" [SideEffect(Dizziness), SideEffect(Nausea)]
        "Some people have reported passing side effects of ketamine, dizziness or nausea for example, which usually clear soon after treatment."
        [(WhatAreSafetyAndConsiderations, PatientReports)]
        disputes [SideEffectFrequency];
    "side-effect/nausea-vomiting-after-dose" [SideEffect(Nausea), SideEffect(Vomiting)]
        "Nausea and vomiting can come on shortly after a dose of ketamine and usually settle quickly."
        [(RisksAndSideEffects, Stated), (FaqRisks, Stated)];
    "side-effect/increased-blood-pressure-monitoring" [SideEffect(IncreasedBloodPressure)]
        "Ketamine can raise blood pressure for a time, so monitoring during treatment is crucial."
        [(RisksAndSideEffects, Stated), (FaqRisks, Stated)];
    "side-effect/bladder-problems-urinary-toxicity" [SideEffect(BladderProblems)]
        "Long-term, high-dose ketamine use is tied to problems of the urinary tract, through toxicity when high doses are taken over long periods."
        [(RisksAndSideEffects, Stated), (FaqRisks, Stated)]
        disputes [BladderQualifier, LongTermSafety];
    "side-effect/abuse-and-misuse-professional-concern" [SideEffect(AbuseAndMisuse), Precaution(AbuseAndMisuse)]
        "Ketamine can be abused and misused, which worries some healthcare professionals."
        [(whole RiseOfKetamineTherapy, Stated)]
        disputes [SubstanceUse];
    "side-effect/abuse-and-misuse-recreational-history" [SideEffect(AbuseAndMisuse), HistoryEvent(RecreationalUse), Precaution(AbuseAndMisuse)]
        "Ketamine has a history of recreational use, for its hallucinogenic effects."
        [(WhatAreSafetyAndConsiderations, Stated)]
        disputes [SubstanceUse];
    "side-effect/abuse-and-misuse-party-drug-reputation" [SideEffect(AbuseAndMisuse), HistoryEvent(RecreationalUse), Precaution(AbuseAndMisuse)]
        "Before it entered mental health care, ketamine was known mainly as an anesthetic and as a party drug."
        [(NasalSprayTeaser, Stated)]
        disputes [SubstanceUse];
}
