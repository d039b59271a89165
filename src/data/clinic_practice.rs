//! Claims whose home subject (their first) is how clinics work.

use super::prelude::*;

rows! {
    "clinic-practice/research-specialised-clinics-first-step" [ClinicPractice(ResearchSpecialisedClinics)]
        "Finding a reputable clinic takes several checks meant to keep treatment safe and effective; begin with clinics that specialise in ketamine therapy."
        [(FaqReputableClinic, Stated)];
    "clinic-practice/patient-reviews-trust-signal" [ClinicPractice(PatientReviews)]
        "Patient reviews and recommendations help in finding a trustworthy clinic."
        [(FaqReputableClinic, Preliminary)];
}
