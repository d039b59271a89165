//! Ketamine beside traditional antidepressants: how fast, on what, and in what role.

use crate::model::macros::names;

/// An aspect in which the articles set ketamine against traditional
/// antidepressants.
///
/// Every article compares the two on speed ([`Onset`](Self::Onset)); three of
/// them also on what the drugs act on ([`Targets`](Self::Targets)), where the
/// articles' lists of monoamines differ in length but not in content (see
/// [`Comparison::traditional_target_lists`]; the lists are compatible, so they
/// are not a [`Disagreement`](crate::Disagreement)). The articles give no
/// numbers for onset beyond "hours" and "weeks": [`OnsetScale`] keeps it at
/// that.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a new edition can add an aspect the sources compare.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Comparison, OnsetScale, Source};
///
/// assert_eq!(Comparison::ketamine_onset(), OnsetScale::Hours);
/// assert_eq!(Comparison::traditional_onset(), OnsetScale::Weeks);
/// let onset = &Comparison::Onset.claims()[0];
/// for article in [0, 1, 2, 3, 4].map(|i| Source::ALL[i]) {
///     assert!(onset.cites(article), "{article} compares onset");
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Comparison {
    /// How soon each works: hours for ketamine, weeks for traditional antidepressants.
    Onset,
    /// What each acts on: glutamate and the NMDA receptor against monoamines.
    Targets,
    /// Whether the brain's structure changes: ketamine promotes neuroplasticity.
    StructuralChange,
    /// Ketamine's place beside existing treatment: a complement, not a replacement.
    Complement,
    /// Where traditional treatment falls short, which is where ketamine comes in.
    UnmetNeed,
}

names! {
    Comparison ("comparison") {
        Onset => "onset" | "speed" | "onset of action",
        Targets => "targets" | "neurotransmitters" | "mechanism",
        StructuralChange => "structural_change" | "neuroplasticity" | "structural changes",
        Complement => "complement" | "role" | "replacement",
        UnmetNeed => "unmet_need" | "unmet need" | "where traditional care falls short",
    }
}

/// The order of magnitude in which the articles give a drug's onset:
/// "within hours" or "weeks". No article gives a finer figure, so neither
/// does the crate.
///
/// `Ord` follows length: `Hours < Weeks`.
///
/// Non-exhaustive: a source may give an onset on another scale (days, minutes).
///
/// # Example
///
/// ```
/// use ketamine_facts::OnsetScale;
///
/// assert!(OnsetScale::Hours < OnsetScale::Weeks);
/// assert_eq!("within hours".parse(), Ok(OnsetScale::Hours));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OnsetScale {
    /// Within hours (ketamine).
    Hours,
    /// Weeks (traditional antidepressants).
    Weeks,
}

names! {
    OnsetScale ("onset scale") {
        Hours => "hours" | "within hours",
        Weeks => "weeks",
    }
}

/// A monoamine neurotransmitter that an article says traditional
/// antidepressants act on.
///
/// `Ord` is declaration order: serotonin (named by every list), then
/// norepinephrine (two lists), then dopamine (one).
///
/// Non-exhaustive: a source may name another monoamine that traditional
/// antidepressants act on.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Monoamine, Source};
///
/// assert_eq!("noradrenaline".parse(), Ok(Monoamine::Norepinephrine));
/// let sources: Vec<Source> = Monoamine::Dopamine.named_by().collect();
/// assert_eq!(sources, [Source::MentalHealthOverview]);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Monoamine {
    /// Serotonin (5-HT).
    Serotonin,
    /// Norepinephrine (noradrenaline).
    Norepinephrine,
    /// Dopamine.
    Dopamine,
}

names! {
    Monoamine ("monoamine") {
        Serotonin => "serotonin" | "5-ht" | "5ht",
        Norepinephrine => "norepinephrine" | "noradrenaline" | "ne",
        Dopamine => "dopamine" | "da",
    }
}
