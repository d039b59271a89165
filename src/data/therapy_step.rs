//! Claims whose home subject (their first) is a step of the course of therapy.

use super::prelude::*;

rows! {
    "therapy-step/assessment-thorough-before-ketamine" [TherapyStep(Assessment), ClinicPractice(PreTreatmentEvaluation)]
        "Patients are assessed thoroughly before ketamine treatment begins (article 004: by a mental health professional; article 003: typically)."
        [(Step1Assessment, Stated), (RoleOfClinics, Stated), (FaqInfusionSession, Stated)];
    "therapy-step/assessment-clinic-selection-criterion" [TherapyStep(Assessment), ProcessItem(MedicalHistory), ProcessItem(EligibilityAndContraindications), ClinicPractice(PreTreatmentEvaluation)]
        "When choosing a clinic, look for one that assesses medical history and eligibility thoroughly before treatment, to find any contraindications or risks."
        [(FaqReputableClinic, Stated)];
    "therapy-step/treatment-plan-based-on-assessment" [TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans)]
        "A ketamine treatment plan is drawn up from the assessment made before treatment."
        [(Step2TreatmentPlan, Stated)];
    "therapy-step/treatment-plan-individual-tailoring" [TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans)]
        "Ketamine treatment is tailored to the individual patient's needs."
        [(Step2TreatmentPlan, Stated), (RoleOfClinics, Stated), (FaqReputableClinic, Stated), (WhatAreTherapeuticUses, Stated)];
    "therapy-step/administration-supervised-clinical-setting" [TherapyStep(Administration), ClinicPractice(SupervisedSessions), ClinicPractice(ClinicalSupervision)]
        "Ketamine is given in a controlled clinical setting, under medical supervision (article 000: supervision is a key part of the therapy)."
        [(Step3Administration, Stated), (RoleOfClinics, Stated), (WhatAreTherapeuticUses, StandardPractice)];
    "therapy-step/administration-guided-sessions" [TherapyStep(Administration), ClinicPractice(SupervisedSessions)]
        "Ketamine clinics give guided ketamine sessions under medical supervision, whether infusions or nasal spray."
        [(RoleOfClinics, Stated)];
    "therapy-step/administration-reputable-clinic-supervision" [TherapyStep(Administration), ClinicPractice(SupervisedSessions)]
        "A reputable ketamine clinic gives its ketamine infusions or nasal spray sessions with guidance, under medical supervision."
        [(FaqReputableClinic, Stated)];
    "therapy-step/follow-up-progress-appointments" [TherapyStep(FollowUp), ClinicPractice(FollowUpAppointments)]
        "Follow-up appointments after ketamine sessions track how the ketamine treatment is going; article 004 calls them crucial."
        [(Step4FollowUp, Stated), (RoleOfClinics, Stated)];
    "therapy-step/follow-up-reputable-clinic-offer" [TherapyStep(FollowUp), ClinicPractice(FollowUpAppointments)]
        "A reputable ketamine clinic offers follow-up appointments to track the patient's progress."
        [(FaqReputableClinic, Stated)];
}
