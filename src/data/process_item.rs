//! Claims whose home subject (their first) is an item of the therapy process.

use super::prelude::*;
use crate::{
    Claim, ClinicPractice, Evidence, Frequency, Precaution, ProcessItem, Section, TherapyStep,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "process-item/medical-history-full-history",
        &[S::ProcessItem(ProcessItem::MedicalHistory)],
        "The assessment takes a full medical history.",
        &[
            at(Section::Step1Assessment, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
            at(Section::FaqInfusionSession, Evidence::Stated),
        ],
    ),
    Claim::new(
        "process-item/current-symptoms-mental-health-review",
        &[
            S::ProcessItem(ProcessItem::CurrentSymptoms),
            S::TherapyStep(TherapyStep::Assessment),
            S::ClinicPractice(ClinicPractice::PreTreatmentEvaluation),
        ],
        "The assessment looks at the patient's present mental health symptoms.",
        &[at(Section::Step1Assessment, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/previous-treatments-outcome-review",
        &[
            S::ProcessItem(ProcessItem::PreviousTreatments),
            S::TherapyStep(TherapyStep::Assessment),
            S::ClinicPractice(ClinicPractice::PreTreatmentEvaluation),
        ],
        "The assessment goes over earlier treatments and how they turned out.",
        &[at(Section::Step1Assessment, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/eligibility-and-contraindications-eligibility-check",
        &[S::ProcessItem(ProcessItem::EligibilityAndContraindications)],
        "The assessment settles whether the patient is eligible for ketamine.",
        &[
            at(Section::RoleOfClinics, Evidence::Stated),
            at(Section::FaqInfusionSession, Evidence::Stated),
        ],
    ),
    Claim::new(
        "process-item/eligibility-and-contraindications-risk-screening",
        &[
            S::ProcessItem(ProcessItem::EligibilityAndContraindications),
            S::Precaution(Precaution::NotForEveryone),
        ],
        "The assessment also looks for contraindications and for risks that ketamine would carry for this patient.",
        &[at(Section::RoleOfClinics, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/infusion-frequency-weekly-or-biweekly",
        &[
            S::ProcessItem(ProcessItem::InfusionFrequency),
            S::Frequency(Frequency::Weekly),
            S::Frequency(Frequency::Biweekly),
            S::TherapyStep(TherapyStep::TreatmentPlan),
            S::ClinicPractice(ClinicPractice::TailoredPlans),
        ],
        "The plan can set how often infusions are given, for example weekly or \"biweekly\".",
        &[at(Section::Step2TreatmentPlan, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/dose-adjustment-individual-dose",
        &[
            S::ProcessItem(ProcessItem::DoseAdjustment),
            S::ClinicPractice(ClinicPractice::ClinicalSupervision),
            S::TherapyStep(TherapyStep::TreatmentPlan),
            S::ClinicPractice(ClinicPractice::TailoredPlans),
        ],
        "The dose depends on the individual patient's circumstances (article 000: so does how often it is given).",
        &[
            at(Section::FaqInfusionSession, Evidence::Stated),
            at(Section::WhatAreTherapeuticUses, Evidence::Stated),
        ],
    ),
    Claim::new(
        "process-item/dose-adjustment-start-low-titrate",
        &[S::ProcessItem(ProcessItem::DoseAdjustment)],
        "Practitioners often begin with lower doses and adjust them to the response they see over the sessions.",
        &[at(Section::FaqInfusionSession, Evidence::StandardPractice)],
    ),
    Claim::new(
        "process-item/complementary-therapies-psychotherapy-support",
        &[
            S::ProcessItem(ProcessItem::ComplementaryTherapies),
            S::ClinicPractice(ClinicPractice::CombinedWithPsychotherapy),
            S::TherapyStep(TherapyStep::TreatmentPlan),
            S::ClinicPractice(ClinicPractice::TailoredPlans),
        ],
        "Ketamine therapy is combined with other mental health support, such as psychotherapy (article 000: often; article 004's plan may add psychotherapy or lifestyle changes).",
        &[
            at(Section::Step2TreatmentPlan, Evidence::Stated),
            at(Section::WhatAreTherapeuticUses, Evidence::StandardPractice),
        ],
    ),
    Claim::new(
        "process-item/complementary-therapies-combined-benefit",
        &[
            S::ProcessItem(ProcessItem::ComplementaryTherapies),
            S::ClinicPractice(ClinicPractice::CombinedWithPsychotherapy),
        ],
        "Article 000 says this combined approach makes the treatment more effective overall and gives patients tools to keep their improvement.",
        &[at(Section::WhatAreTherapeuticUses, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/monitoring-safety-during-session",
        &[
            S::ProcessItem(ProcessItem::Monitoring),
            S::TherapyStep(TherapyStep::Administration),
            S::ClinicPractice(ClinicPractice::SupervisedSessions),
            S::Precaution(Precaution::MonitoringDuringAdministration),
        ],
        "Patients are monitored for their safety throughout the session.",
        &[
            at(Section::Step3Administration, Evidence::Stated),
            at(Section::FaqInfusionSession, Evidence::Stated),
        ],
    ),
    Claim::new(
        "process-item/patient-experience-varies",
        &[
            S::ProcessItem(ProcessItem::PatientExperience),
            S::TherapyStep(TherapyStep::Administration),
            S::ClinicPractice(ClinicPractice::SupervisedSessions),
        ],
        "What a session feels like differs from one patient to another.",
        &[at(Section::Step3Administration, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/treatment-adjustments-as-needed",
        &[
            S::ProcessItem(ProcessItem::TreatmentAdjustments),
            S::TherapyStep(TherapyStep::FollowUp),
            S::ClinicPractice(ClinicPractice::FollowUpAppointments),
        ],
        "Providers adjust the treatment as needed over its course.",
        &[
            at(Section::Step4FollowUp, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
        ],
    ),
    Claim::new(
        "process-item/processing-sessions-post-session-therapy",
        &[
            S::ProcessItem(ProcessItem::ProcessingSessions),
            S::TherapyStep(TherapyStep::FollowUp),
            S::ClinicPractice(ClinicPractice::FollowUpAppointments),
        ],
        "Support after sessions can include therapy sessions for working through the experiences and emotions that came up.",
        &[at(Section::Step4FollowUp, Evidence::Stated)],
    ),
    Claim::new(
        "process-item/check-ins-regular-tracking",
        &[
            S::ProcessItem(ProcessItem::CheckIns),
            S::TherapyStep(TherapyStep::FollowUp),
            S::ClinicPractice(ClinicPractice::FollowUpAppointments),
        ],
        "Support can include regular check-ins that keep track of the patient's mental health.",
        &[at(Section::Step4FollowUp, Evidence::Stated)],
    ),
];
