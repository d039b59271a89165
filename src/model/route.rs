//! Routes of administration: how ketamine is given.

use crate::model::macros::names;

/// A route of administration: how a dose of ketamine reaches the body.
///
/// Article 003 ("Ketamine Administration Methods") names these four; the other
/// articles mention infusions and the nasal spray. `Ord` is the order article
/// 003 lists them in, most common first for depression.
///
/// | route | `name()` | [`abbreviation`](Self::abbreviation) | [`label`](Self::label) |
/// | --- | --- | --- | --- |
/// | `Iv` | `intravenous` | IV | intravenous infusion |
/// | `Intranasal` | `intranasal` | IN | intranasal spray |
/// | `Im` | `intramuscular` | IM | intramuscular injection |
/// | `Oral` | `oral` | PO | oral formulation |
///
/// `FromStr` also takes the abbreviations and the words people type:
/// "i.v.", "infusion", "nasal spray", "injection", "by mouth", ...
///
/// # Example
///
/// ```
/// use ketamine_facts::Route;
///
/// assert_eq!("IV".parse(), Ok(Route::Iv));
/// assert_eq!("nasal spray".parse(), Ok(Route::Intranasal));
/// assert_eq!("by mouth".parse(), Ok(Route::Oral));
/// assert_eq!(Route::Im.to_string(), "intramuscular");
/// for route in Route::ALL {
///     println!("{} ({}): {}", route.label(), route.abbreviation(), route.claims()[0].summary());
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    /// Intravenous infusion.
    Iv,
    /// A nasal spray (the approved product is esketamine, Spravato).
    Intranasal,
    /// Intramuscular injection.
    Im,
    /// By mouth.
    Oral,
}

names! {
    Route ("route") {
        Iv => "intravenous" | "iv" | "i.v." | "intravenous infusion" | "infusion" | "intravenously",
        Intranasal => "intranasal" | "in" | "nasal" | "nasal spray" | "intranasal spray" | "intranasally" | "spray",
        Im => "intramuscular" | "im" | "i.m." | "intramuscular injection" | "injection" | "intramuscularly",
        Oral => "oral" | "po" | "p.o." | "by mouth" | "orally" | "oral formulation",
    }
}
