//! Claims whose home subject (their first) is how clinics work.

use super::prelude::*;
use crate::{Claim, ClinicPractice, Evidence, Section};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "clinic-practice/research-specialised-clinics-first-step",
        &[S::ClinicPractice(
            ClinicPractice::ResearchSpecialisedClinics,
        )],
        "Finding a reputable clinic takes several checks meant to keep treatment safe and effective; begin with clinics that specialise in ketamine therapy.",
        &[at(Section::FaqReputableClinic, Evidence::Stated)],
    ),
    Claim::new(
        "clinic-practice/patient-reviews-trust-signal",
        &[S::ClinicPractice(ClinicPractice::PatientReviews)],
        "Patient reviews and recommendations help in finding a trustworthy clinic.",
        &[at(Section::FaqReputableClinic, Evidence::Stated)],
    ),
];
