//! Claims whose home subject (their first) is a step of the course of therapy.

use super::prelude::*;
use crate::{Claim, ClinicPractice, Evidence, ProcessItem, Section, TherapyStep};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "therapy-step/assessment-before-treatment",
        &[
            S::TherapyStep(TherapyStep::Assessment),
            S::ClinicPractice(ClinicPractice::PreTreatmentEvaluation),
        ],
        "Each patient is assessed thoroughly before treatment begins (in article 004, by a mental health professional).",
        &[
            at(Section::Step1Assessment, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
            at(Section::FaqInfusionSession, Evidence::Stated),
        ],
    ),
    Claim::new(
        "therapy-step/assessment-clinic-selection-criterion",
        &[
            S::TherapyStep(TherapyStep::Assessment),
            S::ProcessItem(ProcessItem::MedicalHistory),
            S::ProcessItem(ProcessItem::EligibilityAndContraindications),
            S::ClinicPractice(ClinicPractice::PreTreatmentEvaluation),
        ],
        "When choosing a clinic, look for one that assesses medical history and eligibility thoroughly before treatment, to find any contraindications or risks.",
        &[at(Section::FaqReputableClinic, Evidence::Stated)],
    ),
    Claim::new(
        "therapy-step/treatment-plan-based-on-assessment",
        &[
            S::TherapyStep(TherapyStep::TreatmentPlan),
            S::ClinicPractice(ClinicPractice::TailoredPlans),
        ],
        "The treatment plan is drawn up from the assessment.",
        &[at(Section::Step2TreatmentPlan, Evidence::Stated)],
    ),
    Claim::new(
        "therapy-step/treatment-plan-individual-tailoring",
        &[
            S::TherapyStep(TherapyStep::TreatmentPlan),
            S::ClinicPractice(ClinicPractice::TailoredPlans),
        ],
        "Treatment is tailored to the individual patient's needs.",
        &[
            at(Section::Step2TreatmentPlan, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
            at(Section::FaqReputableClinic, Evidence::Stated),
            at(Section::WhatAreTherapeuticUses, Evidence::Stated),
        ],
    ),
    Claim::new(
        "therapy-step/administration-supervised-clinical-setting",
        &[
            S::TherapyStep(TherapyStep::Administration),
            S::ClinicPractice(ClinicPractice::SupervisedSessions),
            S::ClinicPractice(ClinicPractice::ClinicalSupervision),
        ],
        "Ketamine is given in a controlled clinical setting, under medical supervision (article 000: supervision is a key part of the therapy).",
        &[
            at(Section::Step3Administration, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
            at(Section::WhatAreTherapeuticUses, Evidence::StandardPractice),
        ],
    ),
    Claim::new(
        "therapy-step/administration-guided-sessions",
        &[
            S::TherapyStep(TherapyStep::Administration),
            S::ClinicPractice(ClinicPractice::SupervisedSessions),
        ],
        "Clinics guide the sessions, whether infusions or nasal spray.",
        &[at(Section::RoleOfClinics, Evidence::Stated)],
    ),
    Claim::new(
        "therapy-step/administration-reputable-clinic-supervision",
        &[
            S::TherapyStep(TherapyStep::Administration),
            S::ClinicPractice(ClinicPractice::SupervisedSessions),
        ],
        "A reputable clinic runs its infusion or nasal spray sessions with guidance and medical supervision.",
        &[at(Section::FaqReputableClinic, Evidence::Stated)],
    ),
    Claim::new(
        "therapy-step/follow-up-progress-appointments",
        &[
            S::TherapyStep(TherapyStep::FollowUp),
            S::ClinicPractice(ClinicPractice::FollowUpAppointments),
        ],
        "Follow-up appointments after the sessions track how the treatment is going; article 004 calls them crucial.",
        &[
            at(Section::Step4FollowUp, Evidence::Stated),
            at(Section::RoleOfClinics, Evidence::Stated),
        ],
    ),
    Claim::new(
        "therapy-step/follow-up-reputable-clinic-offer",
        &[
            S::TherapyStep(TherapyStep::FollowUp),
            S::ClinicPractice(ClinicPractice::FollowUpAppointments),
        ],
        "A reputable clinic also offers follow-up appointments to track progress.",
        &[at(Section::FaqReputableClinic, Evidence::Stated)],
    ),
];
