//! Dosing and administration from the reference sources: the IV protocol of
//! the depression trials, the Spravato schedule, the Spravato REMS, the blood
//! pressure course after a Spravato dose, and Spravato's limits of use.
//!
//! These are facts about protocols and a label, for display and checking; they
//! are not dosing advice.

use crate::model::macros::names;

/// A phase of the Spravato schedule.
///
/// `Ord` is the order of treatment.
///
/// Non-exhaustive: a revised label may add a phase to the schedule.
///
/// # Example
///
/// ```
/// use ketamine_facts::SchedulePhase;
///
/// assert_eq!("induction".parse(), Ok(SchedulePhase::Induction));
/// assert!(SchedulePhase::Induction < SchedulePhase::Maintenance);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SchedulePhase {
    /// Weeks 1 to 4.
    Induction,
    /// Weeks 5 to 8.
    Maintenance,
    /// Week 9 onward.
    Continuation,
}

names! {
    SchedulePhase ("schedule phase") {
        Induction => "induction" | "weeks 1-4",
        Maintenance => "maintenance" | "weeks 5-8",
        Continuation => "continuation" | "week 9 onward" | "week 9 and after",
    }
}

/// How often a dose is given.
///
/// `Ord` goes from most to least frequent.
///
/// Non-exhaustive: a revised label may add a dosing frequency.
///
/// # Example
///
/// ```
/// use ketamine_facts::DoseFrequency;
///
/// assert_eq!("every 2 weeks".parse(), Ok(DoseFrequency::EveryTwoWeeks));
/// assert!(DoseFrequency::TwiceWeekly < DoseFrequency::Weekly);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DoseFrequency {
    /// Two doses a week.
    TwiceWeekly,
    /// One dose a week.
    Weekly,
    /// One dose every two weeks.
    EveryTwoWeeks,
}

names! {
    DoseFrequency ("dose frequency") {
        TwiceWeekly => "twice_weekly" | "twice a week" | "2x weekly",
        Weekly => "weekly" | "once a week" | "once weekly",
        EveryTwoWeeks => "every_two_weeks" | "every 2 weeks" | "biweekly" | "fortnightly",
    }
}

/// What Spravato is not for, or not known to do (its limits of use).
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a revised label may add a limit of use.
///
/// # Example
///
/// ```
/// use ketamine_facts::{LimitOfUse, Source};
///
/// let children = LimitOfUse::NotEstablishedInChildren;
/// assert!(children.claim().mentions("children"));
/// assert!(children.claim().cites(Source::SpravatoPatientInformation));
/// assert_eq!(LimitOfUse::ALL.len(), 4);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LimitOfUse {
    /// Not for use as an anesthetic.
    NotAnAnesthetic,
    /// Not known to be safe and effective in children.
    NotEstablishedInChildren,
    /// Not known to be safe and effective in preventing suicide or reducing
    /// suicidal thoughts.
    NotShownToPreventSuicide,
    /// Not a substitute for hospitalization.
    NotASubstituteForHospitalization,
}

names! {
    LimitOfUse ("limit of use") {
        NotAnAnesthetic => "not_an_anesthetic" | "anesthetic",
        NotEstablishedInChildren => "not_established_in_children" | "children" | "pediatric",
        NotShownToPreventSuicide => "not_shown_to_prevent_suicide" | "suicide prevention",
        NotASubstituteForHospitalization => "not_a_substitute_for_hospitalization" | "hospitalization",
    }
}
