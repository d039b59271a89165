//! Claims whose home subject (their first) is a benefit.

use super::prelude::*;

rows! {
    "benefit/effectiveness-highly-effective-in-004" [Benefit(Effectiveness)]
        "Article 004 says ketamine therapy can be highly effective."
        [(TroubleshootingAndConsiderations, Preliminary)];
    "benefit/effectiveness-after-traditional-treatments-in-003" [Benefit(Effectiveness), Indication(TreatmentResistantDepression)]
        "Article 003 presents ketamine therapy as effective for people whom traditional treatments have not helped; it names no evidence."
        [(PotentialBenefits, Stated)]
        disputes [DepressionEvidence];
    "benefit/effectiveness-significant-benefits-in-003" [Benefit(Effectiveness)]
        "Article 003's FAQ calls the possible benefits of ketamine therapy significant."
        [(FaqBenefits, Preliminary)];
    "benefit/rapid-relief-within-hours" [Benefit(RapidRelief), SessionExperience(ImprovementAfterSession)]
        "Many patients report that they feel better within hours of their first ketamine infusion or session."
        [(PotentialBenefits, PatientReports), (FaqBenefits, PatientReports)]
        disputes [RapidImprovement];
    "benefit/rapid-relief-main-attraction" [Benefit(RapidRelief)]
        "The speed of its effect is one of ketamine's main attractions."
        [(whole WhatIsKetamine, Stated), (PotentialBenefits, Stated), (FaqBenefits, Stated)];
    "benefit/lasting-effects-after-few-sessions" [Benefit(LastingEffects)]
        "Some studies find lasting improvement from ketamine after only a few sessions, at least in some people."
        [(PotentialBenefits, ClinicalStudies), (FaqBenefits, Preliminary)]
        disputes [BenefitDuration];
    "benefit/reported-experience-inner-exploration" [Benefit(ReportedExperience)]
        "Article 002 puts the exploration of one's inner world at the centre of ketamine therapy."
        [(whole RiseOfKetamineTherapy, Stated)];
    "benefit/hope-from-ongoing-research" [Benefit(Hope)]
        "The research under way on ketamine gives hope to people looking for relief from debilitating conditions."
        [(FutureOfResearch, Stated)];
    "benefit/hope-new-therapy-kinds" [Benefit(Hope)]
        "Ketamine may open the way to new kinds of therapy."
        [(UnlockingTheMysteriesTitle, Preliminary), (UnlockingConclusion, Preliminary)];
}
