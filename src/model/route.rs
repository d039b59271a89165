//! Routes of administration: how ketamine is given.

use crate::ParseError;
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
/// "i.v.", "infusion", "nasal spray", "injection", "by mouth", ...; the
/// SNOMED CT preferred terms of the routes ("Intravenous route", "Nasal
/// route", "Intramuscular route", "Oral route") and the FDA SPL names
/// ("INTRAVENOUS", "NASAL", ...).
///
/// A code alone ("47625008", "C38276") is refused, with an error that says to
/// give its system: the same digits mean other things in other code systems
/// (and a bare number is a `PubChem` CID as readily as a SNOMED CT concept), so
/// the crate does not guess which system a code is in. Read a code with its
/// system through [`Route::from_coding`] (or
/// [`Route::from_fhir_coding`]/[`Route::from_codeable_concept`] for FHIR
/// values).
///
/// Non-exhaustive: the sources may document another route (the reference sources
/// already cite a sublingual study).
///
/// # Example
///
/// ```
/// use ketamine_facts::Route;
///
/// assert_eq!("IV".parse(), Ok(Route::Iv));
/// assert_eq!("nasal spray".parse(), Ok(Route::Intranasal));
/// assert_eq!("by mouth".parse(), Ok(Route::Oral));
/// assert_eq!("Nasal route".parse(), Ok(Route::Intranasal));
/// let err = "47625008".parse::<Route>().unwrap_err();
/// assert_eq!(err.reason(), Some(ketamine_facts::Route::CODE_WITHOUT_SYSTEM));
/// assert_eq!(Route::from_coding("http://snomed.info/sct", "47625008"), Some(Route::Iv));
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
    Route ("route", refuse = refuse_code) {
        Iv => "intravenous" | "iv" | "i.v." | "intravenous infusion" | "infusion" | "intravenously" | "intravenous route",
        Intranasal => "intranasal" | "in" | "nasal" | "nasal spray" | "intranasal spray" | "intranasally" | "spray" | "nasal route",
        Im => "intramuscular" | "im" | "i.m." | "intramuscular injection" | "injection" | "intramuscularly" | "intramuscular route",
        Oral => "oral" | "po" | "p.o." | "by mouth" | "orally" | "oral formulation" | "oral route",
    }
}

impl Route {
    /// The reason a [`ParseError`] gives for a code without its system
    /// ("47625008", "C38276"): see the type's docs.
    pub const CODE_WITHOUT_SYSTEM: &'static str = "a code alone names no route: give its system, as in Route::from_coding(\"http://snomed.info/sct\", code)";
}

/// Refuses a bare code with the reason why: digits only (a SNOMED CT code, or
/// anything else), or "C" and digits (an NCI Thesaurus code). Constant work
/// beyond one pass over the text.
fn refuse_code(input: &str, trimmed: &str) -> Option<ParseError> {
    let digits = trimmed.strip_prefix(['C', 'c']).unwrap_or(trimmed);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| ParseError::invalid(input, "route", Route::CODE_WITHOUT_SYSTEM, Route::NAMES))
}
