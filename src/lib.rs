//! ketamine-facts (crate docs are written in full once the model is complete).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub(crate) mod macros;

mod benefit;
mod citation;
mod comparison;
mod date;
mod disagreement;
mod error;
mod evidence;
mod formulation;
mod history;
mod indication;
mod kb;
mod mechanism;
mod picture;
mod precaution;
mod research;
mod route;
mod side_effect;
mod source;
mod substance;
mod therapy;

pub use benefit::Benefit;
pub use citation::{Certainty, Citation, Claim, Confidence};
pub use comparison::{Comparison, Monoamine, OnsetScale};
pub use date::{CenturyPart, HistoricDate, Precision};
pub use disagreement::{Disagreement, DisagreementKind, Side};
pub use error::ParseError;
pub use evidence::Evidence;
pub use formulation::Formulation;
pub use history::{Correction, CorrectionKind, HistoryEvent};
pub use indication::Indication;
pub use kb::{
    DATA_VERSION, Fact, FactKind, Facts, KnowledgeBase, Subject, Topic, contested_facts, facts,
    facts_at_least, facts_citing, facts_in, facts_of_kind, search,
};
pub use mechanism::{Link, Mechanism};
pub use picture::timeline_svg;
pub use precaution::Precaution;
pub use research::ResearchDirection;
pub use route::Route;
pub use side_effect::{Onset, SideEffect};
pub use source::{Section, Source, SourceKind};
pub use substance::Substance;
pub use therapy::{
    Cadence, ClinicPractice, Frequency, ProcessItem, SessionExperience, TherapyStep,
};

/// The crate's disclaimer, for apps to show beside its facts.
///
/// # Example
///
/// ```
/// assert!(ketamine_facts::DISCLAIMER.contains("not medical advice"));
/// ```
pub const DISCLAIMER: &str = "This is information, not medical advice. It records what a few sources say, with their uncertainty; decisions about ketamine treatment belong with a qualified clinician.";
