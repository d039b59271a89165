//! Relations between concepts, one row per edge, each naming the claims that
//! support it (every one of them is about both ends; the build checks it).
//!
//! Rows are grouped by their `from` subject, in [`Subject`](crate::Subject) order;
//! within a group they keep the order the typed accessors return.

use crate::Relation;
use crate::Subject as S;

/// Relation rows: `From(Value) -> To(Value) [supporting claim ids];`.
macro_rules! relations {
    ($($from:ident($a:ident) -> $to:ident($b:ident) [$($id:literal),+ $(,)?];)+) => {
        /// Every relation, grouped by source subject.
        pub(crate) const RELATIONS: &[Relation] = &[$(
            Relation::new(S::$from(crate::$from::$a), S::$to(crate::$to::$b), &[$($id),+])
        ),+];
    };
}

relations! {
    Indication(Depression) -> Route(Iv) ["route/intravenous-most-common-for-depression"];
    Indication(Depression) -> Route(Intranasal) ["route/intranasal-newer-development"];
    Indication(TreatmentResistantDepression) -> Route(Iv)
        ["indication/treatment-resistant-depression-infusion-relief-no-study-named"];
    Indication(TreatmentResistantDepression) -> Route(Intranasal)
        ["route/intranasal-spravato-fda-approval-in-003", "route/intranasal-fda-approval-rapid-acting-in-002"];
    Formulation(Ketamine) -> Route(Iv) ["route/intravenous-most-common-for-depression"];
    Formulation(Ketamine) -> Route(Im) ["route/intramuscular-chosen-in-certain-cases"];
    Formulation(Ketamine) -> Route(Oral) ["route/oral-less-common-variable-absorption"];
    Formulation(EsketamineNasalSpray) -> Route(Intranasal)
        ["route/intranasal-spravato-fda-approval-in-003", "route/intranasal-alternative-to-iv", "route/intranasal-fda-approval-rapid-acting-in-002"];
    TherapyStep(Assessment) -> ProcessItem(MedicalHistory)
        ["therapy-step/assessment-clinic-selection-criterion"];
    TherapyStep(Assessment) -> ProcessItem(CurrentSymptoms)
        ["process-item/current-symptoms-mental-health-review"];
    TherapyStep(Assessment) -> ProcessItem(PreviousTreatments)
        ["process-item/previous-treatments-outcome-review"];
    TherapyStep(Assessment) -> ProcessItem(EligibilityAndContraindications)
        ["therapy-step/assessment-clinic-selection-criterion"];
    TherapyStep(TreatmentPlan) -> ProcessItem(InfusionFrequency)
        ["process-item/infusion-frequency-weekly-or-biweekly"];
    TherapyStep(TreatmentPlan) -> ProcessItem(DoseAndRoute)
        ["topic/route-choice-may-be-in-treatment-plan"];
    TherapyStep(TreatmentPlan) -> ProcessItem(DoseAdjustment)
        ["process-item/dose-adjustment-individual-dose"];
    TherapyStep(TreatmentPlan) -> ProcessItem(ComplementaryTherapies)
        ["process-item/complementary-therapies-often-combined"];
    TherapyStep(Administration) -> ProcessItem(Monitoring)
        ["process-item/monitoring-safety-during-session"];
    TherapyStep(Administration) -> ProcessItem(InfusionDuration)
        ["route/intravenous-infusion-40-minutes"];
    TherapyStep(Administration) -> ProcessItem(PatientExperience)
        ["process-item/patient-experience-varies"];
    TherapyStep(FollowUp) -> ProcessItem(TreatmentAdjustments)
        ["process-item/treatment-adjustments-as-needed"];
    TherapyStep(FollowUp) -> ProcessItem(ProcessingSessions)
        ["process-item/processing-sessions-post-session-therapy"];
    TherapyStep(FollowUp) -> ProcessItem(CheckIns) ["process-item/check-ins-regular-tracking"];
    ProcessItem(InfusionFrequency) -> Frequency(Weekly)
        ["process-item/infusion-frequency-weekly-or-biweekly"];
    ProcessItem(InfusionFrequency) -> Frequency(Biweekly)
        ["process-item/infusion-frequency-weekly-or-biweekly"];
    ProcessItem(DoseAndRoute) -> Route(Iv) ["topic/route-choice-may-be-in-treatment-plan"];
    ProcessItem(DoseAndRoute) -> Route(Intranasal) ["topic/route-choice-may-be-in-treatment-plan"];
    ProcessItem(DoseAdjustment) -> ResearchDirection(OptimalDosing)
        ["research-direction/optimal-dosing-strategies"];
    ProcessItem(ComplementaryTherapies) -> ResearchDirection(CombinationWithPsychotherapy)
        ["research-direction/combination-with-psychotherapy-outcomes"];
    ProcessItem(InfusionDuration) -> Route(Iv) ["route/intravenous-infusion-40-minutes"];
    ProcessItem(PatientExperience) -> SessionExperience(Dissociation)
        ["side-effect/dissociation-during-session"];
    ProcessItem(PatientExperience) -> SessionExperience(AlteredPerception)
        ["side-effect/perception-changes-during-session"];
    ProcessItem(PatientExperience) -> SessionExperience(EmotionalRelease)
        ["session-experience/emotional-release-therapeutic"];
    ProcessItem(PatientExperience) -> SessionExperience(Relaxation)
        ["session-experience/relaxation-during-infusion"];
    ProcessItem(PatientExperience) -> SessionExperience(ImprovementAfterSession)
        ["session-experience/improvement-after-session-claim-in-003"];
    ProcessItem(ProcessingSessions) -> ResearchDirection(CombinationWithPsychotherapy)
        ["research-direction/combination-with-psychotherapy-outcomes"];
    SessionExperience(Dissociation) -> SideEffect(Dissociation)
        ["side-effect/dissociation-during-session"];
    SessionExperience(AlteredPerception) -> SideEffect(PerceptionChanges)
        ["side-effect/perception-changes-during-session"];
    ClinicPractice(TailoredPlans) -> TherapyStep(TreatmentPlan)
        ["process-item/infusion-frequency-weekly-or-biweekly", "process-item/dose-adjustment-individual-dose", "process-item/complementary-therapies-often-combined", "therapy-step/treatment-plan-based-on-assessment", "therapy-step/treatment-plan-individual-tailoring", "topic/route-choice-may-be-in-treatment-plan"];
    ClinicPractice(PreTreatmentEvaluation) -> TherapyStep(Assessment)
        ["process-item/current-symptoms-mental-health-review", "process-item/previous-treatments-outcome-review", "therapy-step/assessment-thorough-before-ketamine", "therapy-step/assessment-clinic-selection-criterion"];
    ClinicPractice(SupervisedSessions) -> TherapyStep(Administration)
        ["process-item/monitoring-safety-during-session", "process-item/patient-experience-varies", "route/intravenous-infusion-40-minutes", "therapy-step/administration-supervised-clinical-setting", "therapy-step/administration-guided-sessions", "therapy-step/administration-reputable-clinic-supervision"];
    ClinicPractice(FollowUpAppointments) -> TherapyStep(FollowUp)
        ["process-item/treatment-adjustments-as-needed", "process-item/processing-sessions-post-session-therapy", "process-item/check-ins-regular-tracking", "therapy-step/follow-up-progress-appointments", "therapy-step/follow-up-reputable-clinic-offer"];
    ClinicPractice(CombinedWithPsychotherapy) -> ProcessItem(ComplementaryTherapies)
        ["process-item/complementary-therapies-often-combined", "process-item/complementary-therapies-combined-benefit", "research-direction/combination-with-psychotherapy-outcomes"];
    Benefit(Effectiveness) -> Indication(Depression)
        ["indication/depression-studies-show-symptom-relief"];
    Benefit(RapidRelief) -> Comparison(Onset) ["comparison/onset-profound-and-rapid"];
    Benefit(RapidRelief) -> SessionExperience(ImprovementAfterSession)
        ["benefit/rapid-relief-within-hours"];
    Benefit(SustainedByRepeatedInfusions) -> Indication(Depression)
        ["indication/depression-repeated-infusions-sustain"];
    Benefit(SingleInfusionStudy) -> Indication(Depression)
        ["indication/depression-landmark-ajp-study"];
    Benefit(AcuteSuicidalThoughts) -> Indication(SuicidalIdeation)
        ["indication/depression-severe-or-suicidal-appeal", "indication/suicidal-ideation-rapid-relief-saves-lives"];
    Benefit(OptionWhenOthersFail) -> Indication(TreatmentResistantDepression)
        ["indication/treatment-resistant-depression-alternative-after-antidepressants", "indication/treatment-resistant-depression-new-route-to-relief"];
    Benefit(OptionWhenOthersFail) -> Comparison(UnmetNeed)
        ["comparison/unmet-need-alternatives-needed"];
    Precaution(MonitoringDuringAdministration) -> ProcessItem(Monitoring)
        ["process-item/monitoring-safety-during-session"];
    Precaution(MonitoringDuringAdministration) -> ClinicPractice(SupervisedSessions)
        ["process-item/monitoring-safety-during-session"];
    Precaution(NotForEveryone) -> ProcessItem(EligibilityAndContraindications)
        ["process-item/eligibility-and-contraindications-risk-screening"];
    Precaution(UnknownLongTermSafety) -> ResearchDirection(LongTermEffects)
        ["research-direction/long-term-effects-unknown"];
    ResearchDirection(BroaderConditions) -> Indication(AnxietyDisorders)
        ["indication/depression-research-areas-in-000", "indication/ptsd-studies-in-004", "indication/anxiety-disorders-and-ocd-studies"];
    ResearchDirection(BroaderConditions) -> Indication(ObsessiveCompulsiveDisorder)
        ["indication/anxiety-disorders-and-ocd-studies"];
    ResearchDirection(BroaderConditions) -> Indication(Ptsd)
        ["indication/depression-research-areas-in-000", "indication/ptsd-studies-in-004"];
    ResearchDirection(BroaderConditions) -> Indication(SubstanceUseDisorders)
        ["indication/ptsd-studies-in-004"];
}
