//! The facts: one table of claim rows, split into files by home subject.
//!
//! Every row is a [`Claim`](crate::Claim) with a stable id, the subjects it is
//! about (its home subject first), a summary in the crate's own words, and its
//! citations. A row lives in the file of its home subject; claims about several
//! subjects are written once and name every subject, so that nothing here imports
//! a sibling's constant. Everything that reads the rows (accessors, indexes, the
//! export) lives in [`view`](crate::view).

pub(crate) mod corrections;
pub(crate) mod relations;
pub(crate) mod retired;
pub(crate) mod sources;

/// The edition of the facts this build of the crate holds.
///
/// It changes whenever a fact, a citation or an evidence level changes, so users
/// can tell which edition they hold (compare chrono-tz's `IANA_TZDB_VERSION`).
/// The JSON export carries it, and reading JSON of another edition fails.
///
/// # Example
///
/// ```
/// assert!(ketamine_facts::DATA_VERSION.starts_with("2026."));
/// ```
pub const DATA_VERSION: &str = "2026.12.2";

/// Names the rows use, in one place.
mod prelude {
    pub(super) use crate::Subject as S;
    pub(super) use crate::{
        Benefit, Certainty, Claim, ClinicPractice, Comparison, Confidence, Disagreement, Evidence,
        Formulation, Frequency, HistoryEvent, Indication, Mechanism, Precaution, ProcessItem,
        ResearchDirection, Route, Section, SessionExperience, SideEffect, Source, Substance,
        TherapyStep, Topic,
    };
}

/// One citation of a row: `(Section, Level)` for an article's section, or
/// `(whole Source, Level)` for a source as a whole.
macro_rules! cite {
    ((whole $source:ident, $level:ident)) => {
        crate::Citation::whole(Source::$source, Evidence::$level)
    };
    (($section:ident, $level:ident)) => {
        crate::Citation::section(Section::$section, Evidence::$level)
    };
}

/// The claim rows of one file, one row each:
///
/// ```text
/// "id" [Kind(Value), ...]             the id, then the subjects, home first
///     "summary"                       in the crate's own words
///     [(Section, Level), (whole Source, Level), ...]
///     disputes [Disagreement, ...]    optional
///     graded Certainty "why";         optional
/// ```
///
/// It expands to `pub(crate) const ROWS: &[Claim]`, each row a plain
/// [`Claim::new`](crate::Claim) call.
macro_rules! rows {
    ($(
        $id:literal [$($kind:ident($value:ident)),+ $(,)?]
        $summary:literal
        [$($citation:tt),+ $(,)?]
        $(disputes [$($dispute:ident),+ $(,)?])?
        $(graded $certainty:ident $why:literal)?
        ;
    )+) => {
        /// The rows, in the order the knowledge base lists them.
        pub(crate) const ROWS: &[Claim] = &[$(
            Claim::new(
                $id,
                &[$(S::$kind($kind::$value)),+],
                $summary,
                &[$(cite!($citation)),+],
            )
            $(.disputed(&[$(Disagreement::$dispute),+]))?
            $(.graded(Confidence::new(Certainty::$certainty, $why)))?
        ),+];
    };
}

mod benefit;
mod clinic_practice;
mod comparison;
mod history_event;
mod indication;
mod mechanism;
mod precaution;
mod process_item;
mod research_direction;
mod route;
mod session_experience;
mod side_effect;
mod substance;
mod therapy_step;
mod topic;

/// Every row of the table, file by file, in the order of [`FactKind`](crate::FactKind).
pub(crate) const TABLE: &[&[crate::Claim]] = &[
    route::ROWS,
    topic::ROWS,
    indication::ROWS,
    side_effect::ROWS,
    mechanism::ROWS,
    history_event::ROWS,
    therapy_step::ROWS,
    process_item::ROWS,
    session_experience::ROWS,
    clinic_practice::ROWS,
    substance::ROWS,
    benefit::ROWS,
    precaution::ROWS,
    research_direction::ROWS,
    comparison::ROWS,
];
