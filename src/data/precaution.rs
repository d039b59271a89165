//! Claims whose home subject (their first) is a precaution.

use super::prelude::*;

rows! {
    "precaution/supervised-clinical-use-qualified-providers-purpose" [Precaution(SupervisedClinicalUse)]
        "Ketamine therapy should be sought only through licensed, qualified healthcare providers, whose guidance is meant to keep it safe and effective (article 001: providers who can make it so)."
        [(WhatAreSafetyAndConsiderations, Stated), (RevolutionaryConclusion, Stated)];
    "precaution/abuse-and-misuse-controlled-therapeutic-doses" [Precaution(AbuseAndMisuse)]
        "Therapeutic doses of ketamine, unlike its recreational use, are carefully controlled."
        [(WhatAreSafetyAndConsiderations, Stated)]
        disputes [SubstanceUse];
    "precaution/unknown-long-term-safety-data-gap" [Precaution(UnknownLongTermSafety)]
        "Long-term data on the safety of ketamine are lacking, which concerns some healthcare professionals."
        [(whole RiseOfKetamineTherapy, Stated)]
        disputes [LongTermSafety];
    "precaution/cost-and-access-affordability" [Precaution(CostAndAccess)]
        "Ketamine therapy is hard to reach and to afford for many who seek it."
        [(whole RiseOfKetamineTherapy, Stated)];
    "precaution/not-first-line-mental-health-status" [Precaution(NotFirstLine)]
        "In mental health care ketamine is not regarded as a first-line treatment; interest in it is growing for cases where traditional treatments have not worked."
        [(WhatAreTherapeuticUses, Stated)];
    "precaution/informed-decision-risk-acknowledgement" [Precaution(InformedDecision)]
        "Ketamine therapy carries risks and side effects that must be acknowledged."
        [(RisksAndSideEffects, Stated), (FaqRisks, Stated)];
    "precaution/informed-decision-shared-decision" [Precaution(InformedDecision)]
        "Knowing ketamine's risks lets people decide on the treatment together with their healthcare providers."
        [(RisksAndSideEffects, Stated), (FaqRisks, Stated)];
    "precaution/informed-decision-risk-benefit-balance" [Precaution(InformedDecision)]
        "Ketamine's therapeutic promise has to be weighed against considerations of safety and effectiveness (article 003: its benefits against its risks)."
        [(WhatAreSafetyAndConsiderations, Preliminary), (WhatIsKetamineConclusion, Stated)];
    "precaution/informed-decision-consult-professional" [Precaution(InformedDecision)]
        "Anyone considering ketamine therapy should talk with a qualified mental health professional about the options that suit them."
        [(UnlockingConclusion, Stated)];
    "precaution/repeated-or-unsupervised-use-risk-research" [Precaution(RepeatedOrUnsupervisedUse)]
        "Researchers are studying the risks of using ketamine repeatedly or without supervision."
        [(WhatAreSafetyAndConsiderations, UnderInvestigation)];
    "precaution/not-for-everyone-substance-abuse-history" [Precaution(NotForEveryone)]
        "Ketamine does not suit everyone: people with a history of substance abuse or with certain medical conditions may need other treatments."
        [(TroubleshootingAndConsiderations, Stated)]
        disputes [SubstanceUse];
}
