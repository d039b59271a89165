//! ketamine-facts (crate docs are written in full once the model is complete).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub(crate) mod macros;

mod citation;
mod disagreement;
mod error;
mod evidence;
mod indication;
mod kb;
mod route;
mod side_effect;
mod source;
mod substance;

pub use citation::{Certainty, Citation, Claim, Confidence};
pub use disagreement::{Disagreement, DisagreementKind, Side};
pub use error::ParseError;
pub use evidence::Evidence;
pub use indication::Indication;
pub use kb::{
    DATA_VERSION, Fact, FactKind, Facts, KnowledgeBase, Subject, Topic, contested_facts, facts,
    facts_at_least, facts_citing, facts_in, facts_of_kind, search,
};
pub use route::Route;
pub use side_effect::{Onset, SideEffect};
pub use source::{Section, Source, SourceKind};
pub use substance::Substance;

/// The crate's disclaimer, for apps to show beside its facts.
///
/// # Example
///
/// ```
/// assert!(ketamine_facts::DISCLAIMER.contains("not medical advice"));
/// ```
pub const DISCLAIMER: &str = "This is information, not medical advice. It records what a few sources say, with their uncertainty; decisions about ketamine treatment belong with a qualified clinician.";
