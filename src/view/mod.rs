//! What reads the data: the concept accessors, the indexes every query uses,
//! lookup by id, the whole-knowledge-base view, the export and the pictures.

pub(crate) mod aggregate;
pub(crate) mod benefit;
pub(crate) mod claims;
pub(crate) mod comparison;
pub(crate) mod correction;
pub(crate) mod disagreement;
pub(crate) mod dosing;
pub(crate) mod event_correction;
#[cfg(feature = "serde")]
pub(crate) mod export;
#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub mod fhir;
pub(crate) mod formulation;
pub(crate) mod history;
pub(crate) mod index;
pub(crate) mod indication;
pub(crate) mod knowledge_base;
pub(crate) mod label;
pub(crate) mod mechanism;
pub(crate) mod pharmacokinetics;
pub(crate) mod picture;
pub(crate) mod precaution;
pub(crate) mod relations;
pub(crate) mod research;
pub(crate) mod route;
pub(crate) mod route_code;
#[cfg(feature = "serde")]
pub(crate) mod serde_static;
pub(crate) mod side_effect;
pub(crate) mod source;
pub(crate) mod substance;
pub(crate) mod therapy;
