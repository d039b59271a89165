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
//! **Identity.** Every claim is a row of one table with a stable [`ClaimId`], a
//! readable slug such as `route/intravenous-most-common-for-depression`, and
//! the [`Subject`]s it is about (its home subject first). A claim about several
//! subjects is written once and listed under each: `Route::Iv.claims()` and
//! `Indication::Depression.claims()` both hold that claim. Store ids, not
//! summaries: [`Claim::find`] finds a claim by id, and an id never changes
//! meaning. A claim that is removed or split leaves its id among the retired
//! ones ([`Claim::lookup`] answers with the replacement).
//!
//! **Disagreements** ([`Disagreement`]) keep each side with its citations and the
//! crate's reading; claims link to them, so [`Claim::is_contested`] and
//! [`Claim::disputes`] answer "is this contested, and by whom?". A
//! [`ClaimCorrection`] links an article's claim to the reference record that
//! confirms, makes precise or corrects it, by claim id, in one table checked
//! when the crate is built; dated events are corrected the same way (the
//! claim of an article's "1970s" beside the Ketalar label's 1970, see
//! [`HistoryEvent::claim_corrections`]). Where a regulator's label, the REMS or
//! the boxed warning **contradicts or qualifies** an article's claim (quick
//! relief of suicidal thoughts, breathing spared, the spray as a convenient
//! alternative, how common side effects are), a correction of kind
//! [`Contradicts`](provenance::CorrectionKind::Contradicts) or
//! [`Qualifies`](provenance::CorrectionKind::Qualifies) links the two:
//! [`Claim::label_warnings`] answers "what does the label say against this
//! claim?", the claim's `Display` says so, and [`facts_at_least_uncontested`]
//! leaves such claims out where [`facts_at_least`] keeps them.
//!
//! **Relations** between concepts ([`Relation`]: an indication's routes, a
//! therapy step's items, ...) are rows too, each naming the claims that support
//! it. What every cited thing answers (its citations, sources, evidence range,
//! whether it is contested) is one pair of traits: [`Cited`] for records and
//! [`Concept`] for concept values.
//!
//! **The whole**: [`facts`] iterates every claim as a uniform [`Fact`] (home
//! subject, summary, evidence, citations), with filters ([`facts_citing`],
//! [`facts_at_least`], [`facts_of_kind`], [`search`], [`contested_facts`],
//! [`facts_in`]) that read indexes computed at compile time: no query scans the
//! table or allocates. [`KnowledgeBase`] is the same as one value to export as
//! JSON and read back; [`DATA_VERSION`] names the edition.
//!
//! **Reference facts** complete the articles from regulators' labels,
//! registries and trials, each with a [`Confidence`]: substance identifiers
//! ([`Identifier`], [`AtcCode`], [`Unii`], [`CasNumber`], [`DrugBankId`],
//! [`PubChemCid`]), route codes for interoperability ([`RouteCodes`],
//! [`Coding`], [`CodeableConcept`]), pharmacokinetics ([`Bioavailability`], [`HalfLife`],
//! [`Metabolism`]), dosing ([`IvProtocol`], [`SpravatoSchedule`], [`Rems`],
//! [`LimitOfUse`]) and label safety ([`AdverseEventRate`], [`BoxedWarning`]).
//! Values carry units ([`Milligrams`], [`Percent`], [`Interval`]).
//!
//! ```
//! use ketamine_facts::Route;
//! use ketamine_facts::identifiers::Substance;
//! use ketamine_facts::reference::IvProtocol;
//!
//! // identifiers in outside registries, checked when parsed
//! assert_eq!(Substance::Ketamine.drugbank_id().to_string(), "DB01221");
//! assert_eq!(Substance::Ketamine.cas_number().to_string(), "6740-88-1");
//! // a route as a FHIR-style coding (SNOMED CT), and back
//! let coding = Route::Iv.fhir_coding();
//! assert_eq!(coding.system(), Some("http://snomed.info/sct"));
//! assert_eq!(coding.code(), Some("47625008"));
//! assert_eq!(Route::from_coding("http://snomed.info/sct", "47625008"), Some(Route::Iv));
//! // quantities print with their unit; each reference value cites its claim
//! let protocol = IvProtocol::DEPRESSION_TRIALS;
//! assert_eq!(protocol.dose().to_string(), "0.5 mg/kg");
//! assert!(!protocol.claim().citations().is_empty());
//! ```
//!
//! **Export and pictures.** With the `serde` feature, [`KnowledgeBase`]
//! serializes every claim (with its id, subjects and citations), relation,
//! disagreement, correction, source and reference table as one JSON document
//! (the `export_json` example writes it); `schema/knowledge-base.schema.json`
//! describes it field by field for Python or JavaScript readers. Pictures are
//! drawn from the same data: [`timeline_svg`] (shown [below](#the-timeline))
//! and the mechanism graph ([`Mechanism::cascade`] and [`Link`]s, written as
//! Graphviz DOT or Mermaid by the `cascade` example).
//!
//! **The data edition.** [`DATA_VERSION`] (`YYYY.MM.N`) names the set of facts
//! a build holds. Every change to the data (a new fact, a reworded summary, a
//! changed evidence level, a corrected citation, a retired id) makes a new
//! edition; the JSON export carries it, and a [`KnowledgeBase`] reads back only
//! into its own edition, while a claim reads back by id from any edition in
//! which the id is current. The changelog's data-edition policy says what each
//! kind of change does to the crate's version.
//!
//! **Where things are.** The root holds the concepts above, the provenance
//! types, the facts and their filters. The rest is grouped by domain:
//!
//! | module | what it holds |
//! | --- | --- |
//! | [`concepts`] | the other concept types: benefits, precautions, research, the comparison, formulations, the course of therapy |
//! | [`provenance`] | kinds of source, disagreement sides, corrections between article and reference claims, retired ids |
//! | [`dates`] | [`HistoricDate`] and its precisions |
//! | [`reference`](mod@reference) | dosing, label safety data, pharmacokinetics, route codes |
//! | [`identifiers`] | substances, products and their registry identifiers |
//! | [`units`] | quantities with their units |
//! | [`pictures`] | the SVG timeline |
//! | `fhir` (feature `fhir`) | HL7 FHIR R4 and R5 resources (`Substance`, `Medication`, `MedicationKnowledge`, R5 `SubstanceDefinition`) and a `collection` Bundle built from the data |
//!
//! **Layout.** The source runs one way: `model/` holds the vocabulary (types,
//! names, parsing; no facts), `data/` the rows (and nothing else), `view/`
//! everything that reads them. A test (`tests/layout.rs`) fails on an import
//! cycle or a wrong-way import.
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
//! Every enum is plain Rust with the common traits, a [`Display`](core::fmt::Display) that writes
//! one canonical `snake_case` name, and a `FromStr` that takes that name or the
//! aliases people type ("IV", "i.v.", "nasal spray", "by mouth", "PTSD", "TRD"),
//! in any case. `ALL` lists every value and `NAMES` every canonical name. Unknown
//! text gives a [`ParseError`] naming the input, the type and the accepted names.
//! Enums that can grow (most: a new edition can add a route, an event, a
//! source) are `#[non_exhaustive]`; closed sets ([`SourceKind`], [`CenturyPart`],
//! [`TherapyStep`], [`Answer`]) are not. Each enum's docs say which, and why.
//!
//! # Features
//!
//! - `std` (on by default): the standard library, for the dependencies that
//!   have a `std` feature. The crate itself needs only `core` and `alloc`, so
//!   with `default-features = false` it is `no_std` (its errors implement
//!   `core::error::Error`) and builds for targets such as
//!   `wasm32-unknown-unknown` and `thumbv7em-none-eabihf`, with or without
//!   `serde`; the API is the same either way. Text read or built (parse-error
//!   messages, JSON read back) uses `alloc`, so such a target needs a global
//!   allocator.
//! - `serde` (off by default): `Serialize` and `Deserialize` for every enum, on
//!   the same names as `Display`/`FromStr`, and for claim ids, citations,
//!   claims, facts, links, disagreement sides, dates, corrections, identifiers,
//!   units and the whole [`KnowledgeBase`].
//!   - A [`Claim`] or [`Fact`] reads back by its `id` alone, from the JSON of any
//!     edition in which the id is current; an unknown or retired id is refused
//!     with an error naming it (and the replacement of a retired one).
//!   - The [`KnowledgeBase`] reads back only if it is this edition's export,
//!     field for field: an edited value, a missing, added or moved record, an
//!     unknown field or another shape is refused, and the error names the
//!     record (by id or name) and the field, for example
//!     `knowledge base field facts[route/intravenous-low-dose].citations[0].evidence`.
//!   - The reference tables (dosing, pharmacokinetics, label rates, route codes)
//!     serialize only: read their facts back as [`Claim`]s or [`Fact`]s.
//!   - [`Coding`] and [`CodeableConcept`] are written and read as FHIR JSON, so
//!     a `Dosage.route` another system wrote reads back
//!     ([`Route::from_codeable_concept`]); an [`Identifier`] also reads from a
//!     FHIR `Identifier` (`{"system": ..., "value": ...}`).
//! - `fhir` (off by default; uses `serde`): HL7 FHIR R4 (4.0.1) and R5
//!   resources built from the data, in the module `fhir`: `Substance`,
//!   `Medication`, `MedicationKnowledge`, R5 `SubstanceDefinition`, and a
//!   `collection` Bundle of them, as serde values that write FHIR JSON. Each
//!   says in its narrative that it is information from cited sources, not a
//!   clinical order.
//!
//! # The timeline
//!
//! Drawn from the data by [`timeline_svg`]: bars are decades, eras and spans;
//! diamonds are years; dots are months and days; dashed outlines are dates the
//! sources do not settle.
//!
#![doc = include_str!("../docs/timeline.svg")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
// Pedantic clippy is on in Cargo.toml's [lints], where each lint allowed below
// is listed with its reason. The list is repeated here because a
// `-W clippy::pedantic` given on the command line comes after [lints] and would
// turn these back on; tests/lints.rs checks that the two lists agree.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::many_single_char_names,
    clippy::option_option,
    clippy::float_cmp,
    clippy::too_many_lines
)]

extern crate alloc;

// The vocabulary (types, names, parsing), the facts (rows only), and what reads
// them, in one direction: model <- data <- view.
mod data;
mod model;
mod view;

pub use data::DATA_VERSION;
pub use model::aggregate::{Cited, Concept};
pub use model::answer::Answer;
pub use model::citation::{Certainty, Citation, Claim, ClaimId, Confidence};
pub use model::disagreement::Disagreement;
pub use model::error::ParseError;
pub use model::evidence::Evidence;
pub use model::history::HistoryEvent;
pub use model::indication::Indication;
pub use model::mechanism::Mechanism;
pub use model::relation::Relation;
pub use model::route::Route;
pub use model::side_effect::SideEffect;
pub use model::source::{Section, Source};
pub use model::subject::{FactKind, Subject, Topic};
pub use view::claims::ClaimIdError;
pub use view::knowledge_base::{
    Fact, Facts, KnowledgeBase, contested_facts, facts, facts_at_least, facts_at_least_uncontested,
    facts_citing, facts_in, facts_of_kind, search,
};

/// The other concepts: benefits, precautions, research directions, the
/// comparison with traditional antidepressants, formulations and the course of
/// therapy.
pub mod concepts {
    pub use crate::model::benefit::Benefit;
    pub use crate::model::comparison::{Comparison, Monoamine, OnsetScale};
    pub use crate::model::formulation::Formulation;
    pub use crate::model::precaution::Precaution;
    pub use crate::model::research::ResearchDirection;
    pub use crate::model::side_effect::Onset;
    pub use crate::model::therapy::{
        Cadence, ClinicPractice, Frequency, ProcessItem, SessionExperience, TherapyStep,
    };
    pub use crate::view::mechanism::Link;
}

/// Provenance beyond claims and citations: kinds of source, the sides of a
/// disagreement, corrections between article claims and reference facts, and
/// retired claim ids.
pub mod provenance {
    pub use crate::model::citation::RetiredClaim;
    pub use crate::model::correction::{ClaimCorrection, CorrectionKind};
    pub use crate::model::disagreement::DisagreementKind;
    pub use crate::model::source::SourceKind;
    pub use crate::view::disagreement::Side;
    #[allow(deprecated)] // the 0.1.0 event view, kept for its users
    pub use crate::view::event_correction::Correction;
}

/// Dates at the precision the sources give them.
pub mod dates {
    pub use crate::model::date::{CenturyPart, HistoricDate, Precision};
}

/// Reference facts from regulators' labels, registries and trials: dosing,
/// label safety data, pharmacokinetics and route codes for interoperability.
pub mod reference {
    pub use crate::model::coding::{CodeableConcept, Coding};
    pub use crate::model::dosing::{DoseFrequency, LimitOfUse, SchedulePhase};
    pub use crate::model::label::BoxedWarning;
    pub use crate::model::pharmacokinetics::{Enzyme, Estimate, HalfLifePhase};
    pub use crate::model::route_code::CodeSystem;
    pub use crate::view::dosing::{
        BloodPressureCourse, IvProtocol, Rems, SpravatoDevice, SpravatoSchedule, WeekSpan,
    };
    pub use crate::view::label::{AdverseEventRate, TrialPopulation};
    pub use crate::view::pharmacokinetics::{
        Bioavailability, HalfLife, Metabolism, MetabolitePotency,
    };
    pub use crate::view::route_code::{RouteCodes, SnomedCode, SplRouteCode};
}

/// Substances, products and their identifiers in outside registries (ATC,
/// `DrugBank`, `PubChem`, CAS, UNII).
pub mod identifiers {
    pub use crate::model::substance::{
        AtcCode, CasNumber, DeaSchedule, DrugBankId, Form, Identifier, IdentifierScheme,
        IdentifierValue, NdcProductCode, Product, PubChemCid, Substance, Unii,
    };
    pub use crate::view::substance::{IdentifierRecord, SupersededIdentifier};
}

/// Quantities with their units.
pub mod units {
    pub use crate::model::units::{
        Fraction, Interval, Milligrams, MilligramsPerKilogram, Percent, Quantity,
    };
}

#[cfg(feature = "fhir")]
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
pub use view::fhir;

/// Pictures drawn from the data.
pub mod pictures {
    pub use crate::view::picture::timeline_svg;
}

// The 0.1.0 paths: every name above that moved into a module is still reachable
// at the crate root, so programs written against 0.1.0 keep compiling. Rust
// cannot mark a re-export deprecated; these are hidden from the docs instead,
// and the CHANGELOG lists them.
#[doc(hidden)]
pub use concepts::*;
#[doc(hidden)]
pub use dates::*;
#[doc(hidden)]
pub use identifiers::*;
#[doc(hidden)]
pub use pictures::*;
#[doc(hidden)]
pub use provenance::*;
#[doc(hidden)]
pub use reference::*;
#[doc(hidden)]
pub use units::*;

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
