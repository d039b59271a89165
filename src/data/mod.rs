//! The facts: one table of claim rows, split into files by home subject.
//!
//! Every row is a [`Claim`](crate::Claim) with a stable id, the subjects it is
//! about (its home subject first), a summary in the crate's own words, and its
//! citations. A row lives in the file of its home subject; claims about several
//! subjects are written once and name every subject, so that nothing here imports
//! a sibling's constant. Everything that reads the rows (accessors, indexes, the
//! export) lives in [`view`](crate::view).

mod benefit;
mod clinic_practice;
mod comparison;
pub(crate) mod corrections;
mod history_event;
mod indication;
mod mechanism;
mod precaution;
mod process_item;
pub(crate) mod relations;
mod research_direction;
pub(crate) mod retired;
mod route;
mod session_experience;
mod side_effect;
mod substance;
mod therapy_step;
mod topic;

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
pub const DATA_VERSION: &str = "2026.12.1";

/// Names the rows use, in one place.
mod prelude {
    pub(super) use crate::Subject as S;
    pub(super) use crate::{Evidence, Section, Source};

    /// A citation of an article's section.
    pub(super) const fn at(section: Section, evidence: Evidence) -> crate::Citation {
        crate::Citation::section(section, evidence)
    }

    /// A citation of a source as a whole.
    pub(super) const fn whole(source: Source, evidence: Evidence) -> crate::Citation {
        crate::Citation::whole(source, evidence)
    }
}

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
