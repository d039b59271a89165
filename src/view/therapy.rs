//! The course of ketamine therapy: four steps, what each involves, what patients
//! go through in a session, and how clinics run it.
//!
//! Article 004 ("Ketamine Therapy: The Process") gives the four steps; article
//! 003 describes the same course from the clinics' side ("The Role of Ketamine
//! Clinics", the FAQ on finding a clinic and on a typical infusion session).
//! Where both describe the same thing, one claim cites both.

use crate::{Cadence, ClinicPractice, Frequency, ProcessItem, SessionExperience, TherapyStep};
use chrono::TimeDelta;

use crate::Section::{Step1Assessment, Step2TreatmentPlan, Step3Administration, Step4FollowUp};

use crate::{Claim, ResearchDirection, Route, Section, SideEffect};

impl TherapyStep {
    /// The step's number, 1 to 4.
    #[must_use]
    pub const fn number(self) -> u8 {
        match self {
            Self::Assessment => 1,
            Self::TreatmentPlan => 2,
            Self::Administration => 3,
            Self::FollowUp => 4,
        }
    }

    /// The step with this number, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::TherapyStep;
    ///
    /// assert_eq!(TherapyStep::from_number(2), Some(TherapyStep::TreatmentPlan));
    /// assert_eq!(TherapyStep::from_number(5), None);
    /// ```
    #[must_use]
    pub const fn from_number(number: u8) -> Option<Self> {
        match number {
            1 => Some(Self::Assessment),
            2 => Some(Self::TreatmentPlan),
            3 => Some(Self::Administration),
            4 => Some(Self::FollowUp),
            _ => None,
        }
    }

    /// The step after this one (`None` after follow-up).
    #[must_use]
    pub const fn next(self) -> Option<Self> {
        match self {
            Self::Assessment => Some(Self::TreatmentPlan),
            Self::TreatmentPlan => Some(Self::Administration),
            Self::Administration => Some(Self::FollowUp),
            Self::FollowUp => None,
        }
    }

    /// The step before this one (`None` before the assessment).
    #[must_use]
    pub const fn previous(self) -> Option<Self> {
        match self {
            Self::Assessment => None,
            Self::TreatmentPlan => Some(Self::Assessment),
            Self::Administration => Some(Self::TreatmentPlan),
            Self::FollowUp => Some(Self::Administration),
        }
    }

    /// The heading of article 004 that describes the step.
    #[must_use]
    pub const fn section(self) -> Section {
        match self {
            Self::Assessment => Step1Assessment,
            Self::TreatmentPlan => Step2TreatmentPlan,
            Self::Administration => Step3Administration,
            Self::FollowUp => Step4FollowUp,
        }
    }

    /// What the articles say of the step as a whole; the details are in
    /// [`items`](Self::items).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::TherapyStep(self))
    }

    /// What the step involves, in the order the articles list it.
    #[must_use]
    pub const fn items(self) -> &'static [ProcessItem] {
        crate::view::relations::step_items(self)
    }

    /// What the articles say of the process as a whole: a structured course,
    /// built around safety. In the knowledge base these are the facts of
    /// [`Topic::TherapyProcess`](crate::Topic::TherapyProcess).
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use Topic::TherapyProcess.claims()")]
    pub const fn overview() -> &'static [Claim] {
        crate::Topic::TherapyProcess.claims()
    }
}

impl ProcessItem {
    /// The step this item belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ProcessItem, TherapyStep};
    ///
    /// assert_eq!(ProcessItem::CheckIns.step(), TherapyStep::FollowUp);
    /// ```
    #[must_use]
    pub const fn step(self) -> TherapyStep {
        match self {
            Self::MedicalHistory
            | Self::CurrentSymptoms
            | Self::PreviousTreatments
            | Self::EligibilityAndContraindications => TherapyStep::Assessment,
            Self::InfusionFrequency
            | Self::DoseAndRoute
            | Self::DoseAdjustment
            | Self::ComplementaryTherapies => TherapyStep::TreatmentPlan,
            Self::Monitoring | Self::InfusionDuration | Self::PatientExperience => {
                TherapyStep::Administration
            }
            Self::TreatmentAdjustments | Self::ProcessingSessions | Self::CheckIns => {
                TherapyStep::FollowUp
            }
        }
    }

    /// Everything the articles say of this item. For the dose and route, and
    /// for the length of an infusion, these are claims of [`Route`], which
    /// live there.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::ProcessItem(self))
    }

    /// The routes the item concerns: the two a plan chooses between
    /// (intravenous or intranasal, article 004), and IV for the length of an
    /// infusion; empty for other items.
    #[must_use]
    pub const fn routes(self) -> &'static [Route] {
        crate::view::relations::item_routes(self)
    }

    /// The frequencies article 004 gives as examples for a plan; empty for
    /// other items.
    #[must_use]
    pub const fn frequencies(self) -> &'static [Frequency] {
        crate::view::relations::item_frequencies(self)
    }

    /// How long the item takes, where a source says: an IV infusion runs about
    /// 40 minutes (article 003, see [`Route::session_duration`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ProcessItem;
    ///
    /// assert_eq!(ProcessItem::CheckIns.duration(), None);
    /// ```
    #[must_use]
    pub const fn duration(self) -> Option<TimeDelta> {
        match self {
            Self::InfusionDuration => Route::Iv.session_duration(),
            Self::MedicalHistory
            | Self::CurrentSymptoms
            | Self::PreviousTreatments
            | Self::EligibilityAndContraindications
            | Self::InfusionFrequency
            | Self::DoseAndRoute
            | Self::DoseAdjustment
            | Self::ComplementaryTherapies
            | Self::Monitoring
            | Self::PatientExperience
            | Self::TreatmentAdjustments
            | Self::ProcessingSessions
            | Self::CheckIns => None,
        }
    }

    /// What patients may go through in a session; empty for other items.
    #[must_use]
    pub const fn experiences(self) -> &'static [SessionExperience] {
        crate::view::relations::item_experiences(self)
    }

    /// The research under way on this part of the process, if any: combining
    /// ketamine with psychotherapy, and finding the best dosing.
    #[must_use]
    pub const fn research(self) -> Option<ResearchDirection> {
        crate::view::relations::item_research(self)
    }
}

impl SessionExperience {
    /// What the articles say of this experience.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::SessionExperience(self))
    }

    /// The side effect this experience is, where it is one.
    #[must_use]
    pub const fn side_effect(self) -> Option<SideEffect> {
        crate::view::relations::experience_side_effect(self)
    }
}

impl Frequency {
    /// Every way the word can be read, as a [`Cadence`]; more than one means
    /// the source is ambiguous.
    #[must_use]
    pub const fn interpretations(self) -> &'static [Cadence] {
        match self {
            Self::Weekly => &[Cadence::OncePerWeek],
            Self::Biweekly => &[Cadence::TwicePerWeek, Cadence::OnceEveryTwoWeeks],
        }
    }

    /// Whether the word has more than one reading.
    #[must_use]
    pub const fn is_ambiguous(self) -> bool {
        self.interpretations().len() > 1
    }

    /// The claim the frequency comes from (article 004's treatment plan; it
    /// lives with [`ProcessItem::InfusionFrequency`]).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Frequency(self))
    }
}

impl Cadence {
    /// The length of the period the sessions are counted over.
    #[must_use]
    pub const fn period(self) -> TimeDelta {
        match self {
            Self::TwicePerWeek | Self::OncePerWeek => ONE_WEEK,
            Self::OnceEveryTwoWeeks => TWO_WEEKS,
        }
    }

    /// How many sessions fall in one [`period`](Self::period).
    #[must_use]
    pub const fn sessions_per_period(self) -> u8 {
        match self {
            Self::TwicePerWeek => 2,
            Self::OncePerWeek | Self::OnceEveryTwoWeeks => 1,
        }
    }

    /// The mean gap between sessions: the period divided by the sessions in it.
    #[must_use]
    pub const fn interval(self) -> TimeDelta {
        match self {
            Self::TwicePerWeek => HALF_A_WEEK,
            Self::OncePerWeek => ONE_WEEK,
            Self::OnceEveryTwoWeeks => TWO_WEEKS,
        }
    }

    /// The schedule in words.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::TwicePerWeek => "twice a week",
            Self::OncePerWeek => "once a week",
            Self::OnceEveryTwoWeeks => "once every two weeks",
        }
    }
}

const HALF_A_WEEK: TimeDelta = TimeDelta::hours(84);

const ONE_WEEK: TimeDelta = TimeDelta::weeks(1);

const TWO_WEEKS: TimeDelta = TimeDelta::weeks(2);

impl ClinicPractice {
    /// What the articles say of this practice. For practices that are steps
    /// of the therapy, these are the step's (or item's) claims.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::ClinicPractice(self))
    }

    /// The step of the therapy this practice is, if it is one.
    #[must_use]
    pub const fn step(self) -> Option<TherapyStep> {
        crate::view::relations::practice_step(self)
    }

    /// The process item this practice is, if it is one.
    #[must_use]
    pub const fn item(self) -> Option<ProcessItem> {
        crate::view::relations::practice_item(self)
    }

    /// What article 003 says to look for when choosing a clinic, in its order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ClinicPractice;
    ///
    /// let checklist = ClinicPractice::reputable_clinic_checklist();
    /// assert_eq!(checklist.first(), Some(&ClinicPractice::ResearchSpecialisedClinics));
    /// assert_eq!(checklist.last(), Some(&ClinicPractice::PatientReviews));
    /// ```
    #[must_use]
    pub const fn reputable_clinic_checklist() -> &'static [ClinicPractice] {
        &[
            Self::ResearchSpecialisedClinics,
            Self::PreTreatmentEvaluation,
            Self::SupervisedSessions,
            Self::FollowUpAppointments,
            Self::PatientReviews,
        ]
    }

    /// Whether article 003 names this practice as a sign of a reputable clinic.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ClinicPractice;
    ///
    /// assert!(ClinicPractice::SupervisedSessions.is_reputable_clinic_check());
    /// assert!(!ClinicPractice::SpecialisedClinics.is_reputable_clinic_check());
    /// ```
    #[must_use]
    pub const fn is_reputable_clinic_check(self) -> bool {
        matches!(
            self,
            Self::ResearchSpecialisedClinics
                | Self::PreTreatmentEvaluation
                | Self::SupervisedSessions
                | Self::FollowUpAppointments
                | Self::PatientReviews
        )
    }
}
