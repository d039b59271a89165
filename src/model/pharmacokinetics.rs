//! Pharmacokinetics: bioavailability by route, elimination half-life and
//! metabolism, each value with its sources and how settled it is.
//!
//! Where the sources disagree the crate keeps every value, each with its own
//! citation, and grades them [`Certainty::NotSettled`]: intranasal
//! bioavailability of ketamine has three values (about 45%, 25–50% in reviews,
//! 11–17% in a 2022 study), and ketamine's half-life two (2–3 h beta phase, 5–6
//! h terminal).

use crate::model::macros::names;

/// What kind of value a source gives: by definition, an approximate
/// figure, a range collected from several studies, or a measurement.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a source may give a value in a way not yet named.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Estimate, Route};
///
/// let kinds: Vec<Estimate> = Route::Intranasal.bioavailability().iter().map(|b| b.estimate()).collect();
/// assert!(kinds.contains(&Estimate::ReportedRange));
/// assert_eq!(Estimate::About.qualifier(), "about ");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Estimate {
    /// True by definition (IV bioavailability is 100%).
    ByDefinition,
    /// An approximate figure ("about 45%").
    About,
    /// A range that reviews or summaries give across studies.
    ReportedRange,
    /// A range measured in one study.
    Measured,
}

names! {
    Estimate ("estimate") {
        ByDefinition => "by_definition" | "definition",
        About => "about" | "approximately" | "approximate",
        ReportedRange => "reported_range" | "range",
        Measured => "measured" | "measurement",
    }
}

/// Which phase of elimination a half-life describes.
///
/// `Ord` is declaration order (earlier phase first).
///
/// Non-exhaustive: a source may give a half-life for another phase of elimination
/// (a terminal phase).
///
/// # Example
///
/// ```
/// use ketamine_facts::HalfLifePhase;
///
/// assert_eq!("beta".parse(), Ok(HalfLifePhase::Beta));
/// assert!(HalfLifePhase::Beta < HalfLifePhase::Terminal);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HalfLifePhase {
    /// The beta (elimination) phase of a two-compartment model.
    Beta,
    /// The terminal phase, the slowest one measured.
    Terminal,
}

names! {
    HalfLifePhase ("half-life phase") {
        Beta => "beta" | "beta phase" | "elimination phase",
        Terminal => "terminal" | "terminal phase",
    }
}

/// A liver enzyme that metabolizes ketamine or esketamine.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a source may name another enzyme that metabolizes ketamine.
///
/// # Example
///
/// ```
/// use ketamine_facts::Enzyme;
///
/// assert_eq!("CYP3A4".parse(), Ok(Enzyme::Cyp3a4));
/// assert_eq!(Enzyme::Cyp2b6.symbol(), "CYP2B6");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Enzyme {
    /// Cytochrome P450 3A4.
    Cyp3a4,
    /// Cytochrome P450 2B6.
    Cyp2b6,
}

names! {
    Enzyme ("enzyme") {
        Cyp3a4 => "cyp3a4" | "3a4",
        Cyp2b6 => "cyp2b6" | "2b6",
    }
}
