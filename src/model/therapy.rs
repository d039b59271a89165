//! The course of ketamine therapy: four steps, what each involves, what patients
//! go through in a session, and how clinics run it.
//!
//! Article 004 ("Ketamine Therapy: The Process") gives the four steps; article
//! 003 describes the same course from the clinics' side ("The Role of Ketamine
//! Clinics", the FAQ on finding a clinic and on a typical infusion session).
//! Where both describe the same thing, one claim cites both.

use crate::model::macros::names;

/// One of the four steps of ketamine therapy, as article 004 lays them out.
///
/// Each step has its own [`claims`](Self::claims) and a typed list of what
/// it involves, [`items`](Self::items). `FromStr` takes the name, the step
/// number ("2", "step 2") and common words ("evaluation", "aftercare").
///
/// `Ord` is the order of the steps: `Assessment < TreatmentPlan <
/// Administration < FollowUp`.
///
/// Exhaustive: closed set because it is article 004's outline of therapy, which has
/// exactly these four steps.
///
/// # Example
///
/// ```
/// use ketamine_facts::{ProcessItem, TherapyStep};
///
/// let mut step = Some(TherapyStep::Assessment);
/// let mut numbers = Vec::new();
/// while let Some(current) = step {
///     numbers.push(current.number());
///     step = current.next();
/// }
/// assert_eq!(numbers, [1, 2, 3, 4]);
/// assert!(TherapyStep::Assessment.items().contains(&ProcessItem::MedicalHistory));
/// assert_eq!("step 3".parse(), Ok(TherapyStep::Administration));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TherapyStep {
    /// Step 1: a thorough assessment before treatment begins.
    Assessment,
    /// Step 2: a treatment plan made for the patient.
    TreatmentPlan,
    /// Step 3: the sessions in which ketamine is given.
    Administration,
    /// Step 4: follow-up and support after the sessions.
    FollowUp,
}

names! {
    TherapyStep ("therapy step") {
        Assessment => "assessment" | "step 1" | "1" | "evaluation" | "screening",
        TreatmentPlan => "treatment_plan" | "step 2" | "2" | "plan",
        Administration => "administration" | "step 3" | "3" | "session" | "treatment session",
        FollowUp => "follow_up" | "step 4" | "4" | "follow up and support" | "support" | "aftercare",
    }
}

/// One thing a step of the therapy involves: what the assessment covers,
/// what the plan sets, how a session runs, what follow-up offers.
///
/// [`step`](Self::step) gives the step an item belongs to. Some items link
/// to typed data: [`routes`](Self::routes), [`frequencies`](Self::frequencies),
/// [`duration`](Self::duration), [`experiences`](Self::experiences),
/// [`research`](Self::research).
///
/// `Ord` is the order of the process: step by step, and within a step in
/// the order the articles list the items.
///
/// Non-exhaustive: a new edition can add what a step involves.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::{Frequency, ProcessItem, Route, TherapyStep};
///
/// assert_eq!(ProcessItem::InfusionFrequency.step(), TherapyStep::TreatmentPlan);
/// assert_eq!(ProcessItem::InfusionFrequency.frequencies(), [Frequency::Weekly, Frequency::Biweekly]);
/// assert_eq!(ProcessItem::DoseAndRoute.routes(), [Route::Iv, Route::Intranasal]);
/// assert_eq!(ProcessItem::InfusionDuration.duration(), Some(TimeDelta::minutes(40)));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProcessItem {
    /// Assessment: a full medical history.
    MedicalHistory,
    /// Assessment: the patient's current mental health symptoms.
    CurrentSymptoms,
    /// Assessment: earlier treatments and how they worked out.
    PreviousTreatments,
    /// Assessment: eligibility, and any contraindications or risks.
    EligibilityAndContraindications,
    /// Plan: how often infusions are given.
    InfusionFrequency,
    /// Plan: the dose and the route (intravenous or intranasal).
    DoseAndRoute,
    /// Plan: doses suited to the individual, often started low and then adjusted.
    DoseAdjustment,
    /// Plan: complementary therapies such as psychotherapy or lifestyle changes.
    ComplementaryTherapies,
    /// Session: monitoring throughout.
    Monitoring,
    /// Session: how long an IV infusion runs.
    InfusionDuration,
    /// Session: what the patient experiences, which varies.
    PatientExperience,
    /// Follow-up: adjusting the treatment as needed.
    TreatmentAdjustments,
    /// Follow-up: therapy sessions to work through what came up.
    ProcessingSessions,
    /// Follow-up: regular check-ins on the patient's mental health.
    CheckIns,
}

names! {
    ProcessItem ("process item") {
        MedicalHistory => "medical_history" | "history",
        CurrentSymptoms => "current_symptoms" | "symptoms",
        PreviousTreatments => "previous_treatments" | "treatment history" | "prior treatments",
        EligibilityAndContraindications => "eligibility_and_contraindications" | "eligibility" | "contraindications",
        InfusionFrequency => "infusion_frequency" | "frequency",
        DoseAndRoute => "dose_and_route" | "dosage and method" | "dose",
        DoseAdjustment => "dose_adjustment" | "titration" | "start low",
        ComplementaryTherapies => "complementary_therapies" | "psychotherapy" | "lifestyle changes",
        Monitoring => "monitoring",
        InfusionDuration => "infusion_duration" | "session length" | "duration",
        PatientExperience => "patient_experience" | "experience",
        TreatmentAdjustments => "treatment_adjustments" | "adjustments",
        ProcessingSessions => "processing_sessions" | "integration" | "therapeutic sessions",
        CheckIns => "check_ins" | "check ins" | "regular check ins",
    }
}

/// Something a patient may go through during or just after a session.
///
/// These are the articles' descriptions of the experience, mostly what
/// patients report ([`Evidence::PatientReports`](crate::Evidence::PatientReports)) or "may" feel (a "may"
/// that only says it can happen: [`Evidence::Stated`](crate::Evidence::Stated)); what the
/// experience "can" do for the patient ("can be therapeutic") is hedged
/// ([`Evidence::Preliminary`](crate::Evidence::Preliminary)). Dissociation and
/// altered perception are also side effects: [`side_effect`](Self::side_effect)
/// links them to [`SideEffect`](crate::SideEffect), where those claims live; they are listed here.
///
/// `Ord` is declaration order: article 004's list, then article 003's.
///
/// Non-exhaustive: a new edition can add an experience that a source describes.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, SessionExperience, SideEffect};
///
/// assert_eq!(SessionExperience::Dissociation.side_effect(), Some(SideEffect::Dissociation));
/// // 004: emotional release "can be therapeutic": a hedge
/// assert_eq!(
///     SessionExperience::EmotionalRelease.claims()[0].strongest_evidence(),
///     Evidence::Preliminary,
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionExperience {
    /// Feeling detached, dissociated.
    Dissociation,
    /// Perceiving things differently.
    AlteredPerception,
    /// An emotional release, which can be therapeutic.
    EmotionalRelease,
    /// Feeling relaxed.
    Relaxation,
    /// Feeling better soon after the infusion ends.
    ImprovementAfterSession,
}

names! {
    SessionExperience ("session experience") {
        Dissociation => "dissociation" | "dissociated" | "detachment",
        AlteredPerception => "altered_perception" | "changes in perception",
        EmotionalRelease => "emotional_release" | "catharsis",
        Relaxation => "relaxation" | "relaxed",
        ImprovementAfterSession => "improvement_after_session" | "improvement" | "feeling better",
    }
}

/// How often a treatment plan schedules infusions, as article 004 words it
/// ("weekly, biweekly").
///
/// "Biweekly" is ambiguous in English: twice a week, or once every two
/// weeks. The article does not say which, so the crate does not choose:
/// [`interpretations`](Self::interpretations) gives every reading as a
/// [`Cadence`].
///
/// `Ord` is the article's order.
///
/// Non-exhaustive: a source may word a treatment plan's frequency in another way.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Cadence, Frequency};
///
/// assert!(Frequency::Biweekly.is_ambiguous());
/// assert_eq!(
///     Frequency::Biweekly.interpretations(),
///     [Cadence::TwicePerWeek, Cadence::OnceEveryTwoWeeks],
/// );
/// assert_eq!(Frequency::Weekly.interpretations(), [Cadence::OncePerWeek]);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frequency {
    /// Weekly: once a week.
    Weekly,
    /// "Biweekly": twice a week or every two weeks (ambiguous).
    Biweekly,
}

names! {
    Frequency ("frequency") {
        Weekly => "weekly" | "once a week",
        Biweekly => "biweekly" | "bi-weekly",
    }
}

/// A definite schedule: one reading of a [`Frequency`].
///
/// `Ord` follows the gap between sessions, shortest first.
///
/// Non-exhaustive: another reading of a frequency may be added.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::Cadence;
///
/// assert_eq!(Cadence::OncePerWeek.interval(), TimeDelta::weeks(1));
/// assert!(Cadence::TwicePerWeek < Cadence::OnceEveryTwoWeeks);
/// assert_eq!("every two weeks".parse(), Ok(Cadence::OnceEveryTwoWeeks));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cadence {
    /// Two sessions a week.
    TwicePerWeek,
    /// One session a week.
    OncePerWeek,
    /// One session every two weeks.
    OnceEveryTwoWeeks,
}

names! {
    Cadence ("cadence") {
        TwicePerWeek => "twice_per_week" | "twice a week" | "twice weekly" | "semiweekly",
        OncePerWeek => "once_per_week" | "once a week" | "every week",
        OnceEveryTwoWeeks => "once_every_two_weeks" | "every two weeks" | "fortnightly",
    }
}

/// How ketamine clinics work, and how to tell a reputable one.
///
/// Several practices are steps of the therapy itself; for those,
/// [`step`](Self::step) or [`item`](Self::item) names the step and
/// [`claims`](Self::claims) returns the step's claims, which cite the clinic
/// sections too. [`reputable_clinic_checklist`](Self::reputable_clinic_checklist)
/// lists what article 003 says to look for in a clinic.
///
/// `Ord` is declaration order: what clinics are and do, then how to choose one.
///
/// Non-exhaustive: a new edition can add a clinic practice that a source describes.
///
/// # Example
///
/// ```
/// use ketamine_facts::{ClinicPractice, TherapyStep};
///
/// assert_eq!(ClinicPractice::FollowUpAppointments.step(), Some(TherapyStep::FollowUp));
/// assert_eq!(
///     ClinicPractice::FollowUpAppointments.claims(),
///     TherapyStep::FollowUp.claims(),
/// );
/// assert!(ClinicPractice::PatientReviews.is_reputable_clinic_check());
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClinicPractice {
    /// Specialised ketamine clinics have opened around the world.
    SpecialisedClinics,
    /// Treatment plans tailored to the individual.
    TailoredPlans,
    /// A thorough evaluation before treatment starts.
    PreTreatmentEvaluation,
    /// Guided infusion or nasal spray sessions under medical supervision.
    SupervisedSessions,
    /// Follow-up appointments to monitor progress.
    FollowUpAppointments,
    /// Clinical supervision, with protocols set for the individual.
    ClinicalSupervision,
    /// Ketamine combined with psychotherapy and other support.
    CombinedWithPsychotherapy,
    /// Finding a clinic: start with clinics that specialise in ketamine therapy.
    ResearchSpecialisedClinics,
    /// Finding a clinic: read patient reviews and ask for recommendations.
    PatientReviews,
}

names! {
    ClinicPractice ("clinic practice") {
        SpecialisedClinics => "specialised_clinics" | "specialized clinics" | "ketamine clinics",
        TailoredPlans => "tailored_plans" | "personalised plans" | "personalized plans",
        PreTreatmentEvaluation => "pre_treatment_evaluation" | "evaluation" | "assessment",
        SupervisedSessions => "supervised_sessions" | "guided sessions" | "medical supervision",
        FollowUpAppointments => "follow_up_appointments" | "follow up",
        ClinicalSupervision => "clinical_supervision" | "individualised protocols" | "individualized protocols",
        CombinedWithPsychotherapy => "combined_with_psychotherapy" | "integrated approach",
        ResearchSpecialisedClinics => "research_specialised_clinics" | "research specialized clinics",
        PatientReviews => "patient_reviews" | "reviews" | "recommendations",
    }
}
