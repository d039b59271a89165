//! Claims whose home subject (their first) is how clinics work.

use super::prelude::*;

rows! {
    "clinic-practice/research-specialised-clinics-first-step" [ClinicPractice(ResearchSpecialisedClinics)]
        "Finding a reputable clinic takes several checks meant to keep treatment safe and effective; begin with clinics that specialise in ketamine therapy."
        [(FaqReputableClinic, Stated)];
    "clinic-practice/patient-reviews-can-help-find-clinic" [ClinicPractice(PatientReviews)]
        "Reading patient reviews and asking for recommendations can help in finding a trustworthy ketamine clinic."
        [(FaqReputableClinic, Preliminary)];
    "clinic-practice/specialised-clinics-safety-and-efficacy-claim" [ClinicPractice(SpecialisedClinics)]
        "Article 003 says specialised ketamine clinics make sure their treatment is safe and effective; it gives no evidence for this."
        [(RoleOfClinics, Stated)];
}
