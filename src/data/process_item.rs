//! Claims whose home subject (their first) is an item of the therapy process.

use super::prelude::*;

rows! {
    "process-item/medical-history-full-history" [ProcessItem(MedicalHistory)]
        "The assessment before ketamine treatment takes a full medical history."
        [(Step1Assessment, Stated), (RoleOfClinics, Stated), (FaqInfusionSession, Stated)];
    "process-item/current-symptoms-mental-health-review" [ProcessItem(CurrentSymptoms), TherapyStep(Assessment), ClinicPractice(PreTreatmentEvaluation)]
        "The assessment before ketamine therapy looks at the patient's present mental health symptoms."
        [(Step1Assessment, Stated)];
    "process-item/previous-treatments-outcome-review" [ProcessItem(PreviousTreatments), TherapyStep(Assessment), ClinicPractice(PreTreatmentEvaluation)]
        "The assessment before ketamine therapy goes over the patient's earlier treatments and how they turned out."
        [(Step1Assessment, Stated)];
    "process-item/eligibility-and-contraindications-eligibility-help" [ProcessItem(EligibilityAndContraindications)]
        "The assessment before ketamine treatment helps determine whether the patient is eligible for it."
        [(RoleOfClinics, Stated), (FaqInfusionSession, Stated)];
    "process-item/eligibility-and-contraindications-risk-screening" [ProcessItem(EligibilityAndContraindications), Precaution(NotForEveryone)]
        "The assessment before ketamine treatment looks for contraindications and for the risks ketamine would carry for the patient."
        [(RoleOfClinics, Stated)];
    "process-item/infusion-frequency-weekly-or-biweekly" [ProcessItem(InfusionFrequency), Frequency(Weekly), Frequency(Biweekly), TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans)]
        "A ketamine treatment plan can set how often infusions are given, for example weekly or \"biweekly\"."
        [(Step2TreatmentPlan, Stated)];
    "process-item/dose-adjustment-individual-dose" [ProcessItem(DoseAdjustment), ClinicPractice(ClinicalSupervision), TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans)]
        "The ketamine dose depends on the individual patient's circumstances (article 000: so does how often it is given)."
        [(FaqInfusionSession, Stated), (WhatAreTherapeuticUses, Stated)];
    "process-item/dose-adjustment-start-low-titrate" [ProcessItem(DoseAdjustment)]
        "Practitioners often begin ketamine at lower doses and adjust them to the response they see over the sessions."
        [(FaqInfusionSession, Stated)];
    "process-item/complementary-therapies-often-combined" [ProcessItem(ComplementaryTherapies), ClinicPractice(CombinedWithPsychotherapy), TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans)]
        "Ketamine therapy is often combined with other mental health support such as psychotherapy (article 000), and article 004's treatment plan may include psychotherapy or lifestyle changes."
        [(Step2TreatmentPlan, Stated), (WhatAreTherapeuticUses, Stated)];
    "process-item/complementary-therapies-combined-benefit" [ProcessItem(ComplementaryTherapies), ClinicPractice(CombinedWithPsychotherapy)]
        "Article 000 says that combining ketamine with other mental health support, such as psychotherapy, makes the treatment more effective overall and gives patients tools to keep their improvement."
        [(WhatAreTherapeuticUses, Stated)];
    "process-item/monitoring-safety-during-session" [ProcessItem(Monitoring), TherapyStep(Administration), ClinicPractice(SupervisedSessions), Precaution(MonitoringDuringAdministration)]
        "Patients are monitored for their safety throughout a ketamine session."
        [(Step3Administration, Stated), (FaqInfusionSession, Stated)];
    "process-item/patient-experience-varies" [ProcessItem(PatientExperience), TherapyStep(Administration), ClinicPractice(SupervisedSessions)]
        "What a ketamine session feels like differs from one patient to another."
        [(Step3Administration, Stated)];
    "process-item/treatment-adjustments-as-needed" [ProcessItem(TreatmentAdjustments), TherapyStep(FollowUp), ClinicPractice(FollowUpAppointments)]
        "Providers adjust ketamine treatment as needed over its course."
        [(Step4FollowUp, Stated), (RoleOfClinics, Stated)];
    "process-item/processing-sessions-post-session-therapy" [ProcessItem(ProcessingSessions), TherapyStep(FollowUp), ClinicPractice(FollowUpAppointments)]
        "Support after ketamine sessions can include therapy sessions for working through the experiences and emotions that came up."
        [(Step4FollowUp, Stated)];
    "process-item/check-ins-regular-tracking" [ProcessItem(CheckIns), TherapyStep(FollowUp), ClinicPractice(FollowUpAppointments)]
        "Ongoing support in ketamine therapy can include regular check-ins that keep track of the patient's mental health."
        [(Step4FollowUp, Stated)];
}
