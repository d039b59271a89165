//! Formulations: ketamine itself, and the esketamine nasal spray (Spravato).

use crate::model::macros::names;

/// A product form in which the articles' ketamine therapy is given.
///
/// Two forms matter, and the difference is the one readers most often get
/// wrong: ketamine itself (racemic, given by infusion, injection or by mouth)
/// is used for mental health **off-label**, while the nasal spray that a
/// regulator **approved** for treatment-resistant depression contains
/// esketamine, sold as Spravato (article 003). Article 002 calls it a
/// "ketamine nasal spray"; see [`Disagreement::WhatTheFdaApproved`](crate::Disagreement::WhatTheFdaApproved).
///
/// The facts about the spray are the claims of [`Route::Intranasal`](crate::Route::Intranasal)
/// (the two accounts of its approval are history, told with
/// [`HistoryEvent::NasalSprayApproval`](crate::HistoryEvent::NasalSprayApproval)
/// and listed by the route); [`Formulation::claims`] returns them from
/// there rather than stating them twice.
///
/// `Ord` is declaration order: ketamine, then the esketamine spray.
///
/// Non-exhaustive: a new edition can add a product form that a source describes.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Formulation, Route, Substance};
///
/// let spray: Formulation = "Spravato".parse()?;
/// assert_eq!(spray, Formulation::EsketamineNasalSpray);
/// assert_eq!(spray.substance(), Substance::Esketamine);
/// assert_eq!(spray.routes(), [Route::Intranasal]);
/// assert!(spray.is_regulator_approved_for_mental_health());
/// assert!(!Formulation::Ketamine.is_regulator_approved_for_mental_health());
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Formulation {
    /// Ketamine itself (the racemic mixture), by IV infusion, intramuscular
    /// injection or by mouth; off-label for mental health.
    Ketamine,
    /// Esketamine nasal spray, sold as Spravato; approved for
    /// treatment-resistant depression.
    EsketamineNasalSpray,
}

names! {
    Formulation ("formulation") {
        Ketamine => "ketamine" | "racemic ketamine" | "ketamine itself",
        EsketamineNasalSpray => "esketamine_nasal_spray" | "esketamine" | "spravato" | "esketamine spray",
    }
}
