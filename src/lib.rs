//! ketamine-facts (crate docs are written in full once the model is complete).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub(crate) mod macros;

mod citation;
mod disagreement;
mod error;
mod evidence;
mod route;
mod source;

pub use citation::{Certainty, Citation, Claim, Confidence};
pub use disagreement::{Disagreement, DisagreementKind, Side};
pub use error::ParseError;
pub use evidence::Evidence;
pub use route::Route;
pub use source::{Section, Source, SourceKind};
