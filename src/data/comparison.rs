//! Claims whose home subject (their first) is the comparison with traditional antidepressants.

use super::prelude::*;

rows! {
    "comparison/onset-profound-and-rapid" [Comparison(Onset), Benefit(RapidRelief)]
        "Article 002 says ketamine's effects are often profound as well as rapid."
        [(whole RiseOfKetamineTherapy, Stated)];
    "comparison/targets-different-mechanism" [Comparison(Targets), Topic(Mechanism)]
        "Ketamine works by a different mechanism from traditional antidepressants (article 002: from traditional psychiatric medications)."
        [(HowDoesKetamineAffectTheBrain, Stated), (whole RiseOfKetamineTherapy, Stated), (whole WhatIsKetamine, Stated), (Overview, Stated), (MechanismBehindEffects, Stated), (FaqMechanism, Stated), (FaqNeuroplasticity, Stated), (UnderstandingKetamine, Stated)];
    "comparison/targets-monoamines-in-000" [Comparison(Targets)]
        "Article 000: conventional treatments often aim at steadying serotonin, dopamine or norepinephrine levels."
        [(HowDoesKetamineAffectTheBrain, Stated)];
    "comparison/targets-serotonin-norepinephrine-in-003" [Comparison(Targets)]
        "Article 003: most traditional antidepressants act mainly on serotonin or norepinephrine pathways."
        [(MechanismBehindEffects, Stated), (FaqMechanism, Stated)];
    "comparison/targets-serotonin-in-004" [Comparison(Targets)]
        "Article 004: traditional antidepressants target serotonin levels."
        [(UnderstandingKetamine, Stated)];
    "comparison/structural-change-neuroplasticity-vs-levels" [Comparison(StructuralChange), Topic(Mechanism)]
        "Ketamine promotes neuroplasticity and so structural change in the brain, which sets it apart from traditional antidepressants: these act mainly on neurotransmitter levels and do little to change structure."
        [(FaqNeuroplasticity, Stated)];
    "comparison/complement-not-replace" [Comparison(Complement)]
        "Ketamine may not replace existing treatments, but it could add to and strengthen the options for specific conditions."
        [(MovingForward, Preliminary)];
    "comparison/unmet-need-treatment-shortfall" [Comparison(UnmetNeed)]
        "Traditional treatments often fall short for many people with depression (article 003 says it of psychiatric medicine in general)."
        [(KetamineAndDepression, Stated), (WhatIsKetamineConclusion, Stated)];
    "comparison/unmet-need-alternatives-needed" [Comparison(UnmetNeed), Benefit(OptionWhenOthersFail)]
        "Because traditional treatments for depression often fall short, article 004 says alternative therapies are needed."
        [(KetamineAndDepression, Stated)];
    "comparison/unmet-need-partial-relief" [Comparison(UnmetNeed)]
        "Conventional treatments such as antidepressants and psychotherapy do bring relief to many people with depression, though not to all."
        [(LowDoseTeaser, Stated)];
}
