//! The vocabulary: the crate's types, their names and parsing, units, dates and
//! identifiers. No fact text lives here, and nothing here reads the facts:
//! `model` imports neither [`data`](crate::data) nor [`view`](crate::view).

pub(crate) mod aggregate;
pub(crate) mod answer;
pub(crate) mod benefit;
pub(crate) mod citation;
pub(crate) mod coding;
pub(crate) mod comparison;
pub(crate) mod correction;
pub(crate) mod date;
pub(crate) mod disagreement;
pub(crate) mod dosing;
pub(crate) mod error;
pub(crate) mod evidence;
#[cfg(feature = "fhir")]
pub(crate) mod fhir;
pub(crate) mod formulation;
pub(crate) mod history;
pub(crate) mod indication;
pub(crate) mod label;

pub(crate) mod macros;
pub(crate) mod mechanism;
pub(crate) mod pharmacokinetics;
pub(crate) mod precaution;
pub(crate) mod relation;
pub(crate) mod research;
pub(crate) mod route;
pub(crate) mod route_code;
#[cfg(feature = "serde")]
pub(crate) mod serde_object;
pub(crate) mod side_effect;
pub(crate) mod source;
pub(crate) mod subject;
pub(crate) mod substance;
pub(crate) mod therapy;
pub(crate) mod units;
