//! A typed, cited, queryable model of what is known about ketamine therapy.
//!
//! **This crate is information, not medical advice.** It records what a handful of
//! sources say, with their uncertainty ([`DISCLAIMER`] has a sentence to show users).
//!
//! Every fact is a constant, in the crate's own words, with its sources: the
//! article and the exact section heading it stands under, or the reference source
//! that checks it, and an evidence level no stronger than that source's wording.
//! Where sources disagree, the disagreement is data too. Queries return
//! `&'static` data or `Copy` values; they never allocate and never panic.
//!
//! # The model in five minutes
//!
//! **Provenance** is the base. A [`Source`] is one of five web articles (undated,
//! unreviewed, sometimes wrong) or a reference source (a regulator's label, a
//! trial, a registry). A [`Section`] is an article heading, verbatim. A
//! [`Citation`] names a source, a section (or none) and an [`Evidence`] level read
//! off that place's wording: from [`UnderInvestigation`](Evidence::UnderInvestigation)
//! ("being studied") through [`Preliminary`](Evidence::Preliminary) ("some studies
//! suggest") and [`ClinicalStudies`](Evidence::ClinicalStudies) ("studies have
//! shown") to [`RegulatoryApproval`](Evidence::RegulatoryApproval) ("FDA
//! approved"). A [`Claim`] is one statement with all its citations; when sources
//! word it differently, each citation keeps its own level and
//! [`Claim::strongest_evidence`] / [`Claim::weakest_evidence`] give the range.
//! Reference facts also carry a [`Confidence`] (settled or not, and why).
//!
//! **Concepts** are enums whose values carry claims and typed helpers:
//!
//! | type | what it holds |
//! | --- | --- |
//! | [`Route`] | IV, intranasal, intramuscular, oral: labels, abbreviations, session length |
//! | [`Indication`] | what ketamine treats or is studied for, with routes, evidence, first-line status |
//! | [`SideEffect`] | side effects and risks: when they start, whether they pass, what needs monitoring |
//! | [`Mechanism`] | how it works, as a graph of cited [`Link`]s; [`Mechanism::cascade`] walks it in order |
//! | [`HistoryEvent`] | the timeline, each event dated at its honest precision ([`HistoricDate`]) |
//! | [`Formulation`], [`Substance`] | ketamine itself (off-label in mental health) and the esketamine spray |
//! | [`TherapyStep`], [`ProcessItem`], [`ClinicPractice`], [`Frequency`] | the course of therapy and how clinics work |
//! | [`Benefit`], [`Precaution`], [`ResearchDirection`], [`Comparison`] | benefits, cautions, open questions, ketamine versus traditional antidepressants |
//!
//! **Disagreements** ([`Disagreement`]) keep each side with its citations and the
//! crate's reading; claims link to them, so [`Claim::is_contested`] and
//! [`Claim::disputes`] answer "is this contested, and by whom?". A [`Correction`]
//! links an article's claim to the reference record that confirms, makes precise
//! or corrects it (an article's "1970s" is 1970).
//!
//! **The whole**: [`facts`] iterates every fact of every kind as a uniform
//! [`Fact`] (subject, summary, evidence, citations), with filters
//! ([`facts_citing`], [`facts_at_least`], [`facts_of_kind`], [`search`],
//! [`contested_facts`]). [`KnowledgeBase`] is the same as one value to export as
//! JSON; [`DATA_VERSION`] names the edition.
//!
//! # Questions, one call each
//!
//! ```
//! use ketamine_facts::{
//!     Evidence, HistoryEvent, Indication, Mechanism, Route, SideEffect, Source, facts_citing,
//! };
//!
//! // 1. every route with its label, abbreviation and what the sources say
//! for route in Route::ALL {
//!     let _ = (route.label(), route.abbreviation(), route.claims());
//! }
//! assert_eq!(Route::Oral.abbreviation(), "PO");
//!
//! // 2. routes, evidence and citations for an indication; indications above a level
//! let trd: Indication = "TRD".parse()?;
//! assert!(trd.routes().contains(&Route::Intranasal));
//! assert!(trd.strongest_evidence() >= Evidence::ClinicalStudies);
//! assert!(Indication::at_least(Evidence::ClinicalStudies).any(|i| i == trd));
//!
//! // 3. side effects to monitor during a session; those tied to long-term use
//! assert!(SideEffect::monitored_during_session().any(|s| s == SideEffect::IncreasedBloodPressure));
//! assert!(SideEffect::long_term().any(|s| s == SideEffect::BladderProblems));
//!
//! // 4. the cascade from NMDA antagonism to mood effects, in order
//! let cascade = Mechanism::cascade();
//! assert_eq!(cascade.first(), Some(&Mechanism::NmdaAntagonism));
//! assert_eq!(cascade.last(), Some(&Mechanism::MoodImprovement));
//!
//! // 5. the timeline in date order, and the events within a range of years
//! let timeline = HistoryEvent::timeline();
//! assert!(timeline.windows(2).all(|w| w[0].date() <= w[1].date()));
//! assert!(HistoryEvent::between(2019, 2019).count() >= 2);
//!
//! // 6. every fact that a given source supports
//! assert!(facts_citing(Source::UnlockingTheMysteries).count() > 10);
//! # Ok::<(), ketamine_facts::ParseError>(())
//! ```
//!
//! # Names, parsing and errors
//!
//! Every enum has the common traits, a [`Display`](core::fmt::Display) that writes
//! one canonical snake_case name, and a `FromStr` that takes that name or the
//! aliases people type ("IV", "i.v.", "nasal spray", "by mouth", "PTSD", "TRD"),
//! in any case. `ALL` lists every value and `NAMES` every canonical name. Unknown
//! text gives a [`ParseError`] naming the input, the type and the accepted names.
//! Enums that may grow are `#[non_exhaustive]`.
//!
//! # Features
//!
//! - `serde` (off by default): `Serialize` and `Deserialize` for every enum, on
//!   the same names as `Display`/`FromStr`, and for citations, claims, facts,
//!   links, disagreement sides, dates, corrections, identifiers, units and the
//!   whole [`KnowledgeBase`]. Values that point into the crate's static data read
//!   back only if they are values of this edition, unchanged; the error names
//!   what differs. The reference tables (dosing, pharmacokinetics, label rates,
//!   route codes) serialize only: read their facts back as [`Claim`]s or
//!   [`Fact`]s.
//!
//! # The timeline
//!
//! Drawn from the data by [`timeline_svg`]: bars are decades, eras and spans;
//! diamonds are years; dots are months and days; dashed outlines are dates the
//! sources do not settle.
//!
#![doc = include_str!("../docs/timeline.svg")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The vocabulary (types, names, parsing), the facts (rows only), and what reads
// them, in one direction: model <- data <- view.
mod data;
mod model;
mod view;

pub use data::DATA_VERSION;
pub use model::benefit::Benefit;
pub use model::citation::{Certainty, Citation, Claim, ClaimId, Confidence, RetiredClaim};
pub use model::comparison::{Comparison, Monoamine, OnsetScale};
pub use model::date::{CenturyPart, HistoricDate, Precision};
pub use model::disagreement::{Disagreement, DisagreementKind};
pub use model::dosing::{DoseFrequency, LimitOfUse, SchedulePhase};
pub use model::error::ParseError;
pub use model::evidence::Evidence;
pub use model::formulation::Formulation;
pub use model::history::{CorrectionKind, HistoryEvent};
pub use model::indication::Indication;
pub use model::label::BoxedWarning;
pub use model::mechanism::Mechanism;
pub use model::pharmacokinetics::{Enzyme, Estimate, HalfLifePhase};
pub use model::precaution::Precaution;
pub use model::relation::Relation;
pub use model::research::ResearchDirection;
pub use model::route::Route;
pub use model::route_code::CodeSystem;
pub use model::side_effect::{Onset, SideEffect};
pub use model::source::{Section, Source, SourceKind};
pub use model::subject::{FactKind, Subject, Topic};
pub use model::substance::{
    AtcCode, CasNumber, DrugBankId, Form, Identifier, IdentifierScheme, Product, PubChemCid,
    Substance, Unii,
};
pub use model::therapy::{
    Cadence, ClinicPractice, Frequency, ProcessItem, SessionExperience, TherapyStep,
};
pub use model::units::{Fraction, Interval, Milligrams, MilligramsPerKilogram, Percent, Quantity};
pub use view::claims::ClaimIdError;
pub use view::correction::ClaimCorrection;
pub use view::disagreement::Side;
pub use view::dosing::{
    BloodPressureCourse, IvProtocol, Rems, SpravatoDevice, SpravatoSchedule, WeekSpan,
};
pub use view::history::Correction;
pub use view::knowledge_base::{
    Fact, Facts, KnowledgeBase, contested_facts, facts, facts_at_least, facts_citing, facts_in,
    facts_of_kind, search,
};
pub use view::label::{AdverseEventRate, TrialPopulation};
pub use view::mechanism::Link;
pub use view::pharmacokinetics::{Bioavailability, HalfLife, Metabolism, MetabolitePotency};
pub use view::picture::timeline_svg;
pub use view::route_code::{Coding, RouteCodes, SnomedCode, SplRouteCode};
pub use view::substance::IdentifierRecord;

/// The crate's disclaimer, for apps to show beside its facts.
///
/// # Example
///
/// ```
/// assert!(ketamine_facts::DISCLAIMER.contains("not medical advice"));
/// ```
pub const DISCLAIMER: &str = "This is information, not medical advice. It records what a few sources say, with their uncertainty; decisions about ketamine treatment belong with a qualified clinician.";

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
