//! The answer the sources give to a yes-or-no question, including silence.

use crate::model::macros::names;

/// What the sources say to a yes-or-no question about a value: yes, no, or
/// nothing at all. Silence is kept apart from "no", which `bool` cannot do.
///
/// `Ord` is declaration order (`Yes < No < NotStated`) and carries no meaning
/// beyond giving sets and maps a fixed order.
///
/// | value | `name()` | as `Option<bool>` ([`as_option`](Self::as_option)) |
/// | --- | --- | --- |
/// | `Yes` | `yes` | `Some(true)` |
/// | `No` | `no` | `Some(false)` |
/// | `NotStated` | `not_stated` | `None` |
///
/// Exhaustive: closed set because a yes-or-no question has these three answers:
/// yes, no, or the sources do not say.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Answer, Indication, SideEffect};
///
/// assert_eq!(Indication::TreatmentResistantDepression.first_line_answer(), Answer::No);
/// assert_eq!(Indication::Anesthesia.first_line_answer(), Answer::NotStated);
/// assert_eq!(SideEffect::Nausea.resolves_quickly_answer(), Answer::Yes);
/// assert_eq!("unknown".parse(), Ok(Answer::NotStated));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// A source says yes.
    Yes,
    /// A source says no.
    No,
    /// No source says either way.
    NotStated,
}

names! {
    Answer ("answer") {
        Yes => "yes" | "true",
        No => "no" | "false",
        NotStated => "not_stated" | "unknown" | "unstated" | "not said",
    }
}

impl Answer {
    /// The 0.1.0 shape of the answer: `Some(true)`, `Some(false)` or `None`.
    #[must_use]
    pub const fn as_option(self) -> Option<bool> {
        match self {
            Self::Yes => Some(true),
            Self::No => Some(false),
            Self::NotStated => None,
        }
    }
}
