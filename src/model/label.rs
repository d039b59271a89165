//! The Spravato label: adverse-effect rates against placebo, the boxed
//! warning, and the reference facts on ketamine and the bladder.

use crate::model::macros::names;

/// An item of Spravato's boxed warning (the label's most serious warning).
///
/// `Ord` is the order the label lists them in. Respiratory depression was
/// added after the 2019 label; see [`BoxedWarning::in_2019_label`].
///
/// Non-exhaustive: a revised label may add an item to its boxed warning.
///
/// # Example
///
/// ```
/// use ketamine_facts::{BoxedWarning, SideEffect};
///
/// assert_eq!(BoxedWarning::ALL.len(), 5);
/// assert_eq!(BoxedWarning::Dissociation.side_effect(), Some(SideEffect::Dissociation));
/// assert!(!BoxedWarning::RespiratoryDepression.in_2019_label());
/// assert_eq!("abuse".parse(), Ok(BoxedWarning::AbuseAndMisuse));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BoxedWarning {
    /// Sedation.
    Sedation,
    /// Dissociation.
    Dissociation,
    /// Respiratory depression (added after 2019).
    RespiratoryDepression,
    /// Abuse and misuse.
    AbuseAndMisuse,
    /// Suicidal thoughts and behaviors.
    SuicidalThoughtsAndBehaviors,
}

names! {
    BoxedWarning ("boxed warning") {
        Sedation => "sedation",
        Dissociation => "dissociation",
        RespiratoryDepression => "respiratory_depression" | "breathing problems",
        AbuseAndMisuse => "abuse_and_misuse" | "abuse" | "misuse",
        SuicidalThoughtsAndBehaviors => "suicidal_thoughts_and_behaviors" | "suicidality" | "suicidal thoughts",
    }
}
