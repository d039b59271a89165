//! Route codes for interoperability: SNOMED CT (as FHIR `Dosage.route` uses)
//! and FDA Structured Product Labeling (NCI Thesaurus codes), with FHIR-style
//! [`Coding`] values.
//!
//! # Which system URI for the SPL codes
//!
//! The FDA SPL route-of-administration codes ("C38276", ...) are concepts of
//! the NCI Thesaurus (NCIt). HL7's terminology registry (THO) gives the NCI
//! Thesaurus the canonical URI `http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl`
//! and the OID 2.16.840.1.113883.3.26.1.1 (the OID SPL documents use for these
//! codes), so [`CodeSystem::NciThesaurus`] writes that URI. The other NCI URI,
//! `http://ncimeta.nci.nih.gov`, names the NCI *Metathesaurus*, a different
//! code system whose codes are concept unique identifiers; the crate does not
//! write it, and [`Route::from_coding`] does not accept it for SPL codes.

use crate::model::macros::names;

/// A code system the crate writes route codes in.
///
/// `Ord` is declaration order.
///
/// # Example
///
/// ```
/// use ketamine_facts::CodeSystem;
///
/// assert_eq!(CodeSystem::SnomedCt.uri(), "http://snomed.info/sct");
/// assert_eq!("ncit".parse(), Ok(CodeSystem::NciThesaurus));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeSystem {
    /// SNOMED CT, the system of the HL7 FHIR value set `route-codes`.
    SnomedCt,
    /// The NCI Thesaurus, whose codes FDA Structured Product Labeling uses
    /// for routes of administration.
    NciThesaurus,
}

names! {
    CodeSystem ("code system") {
        SnomedCt => "snomed_ct" | "snomed" | "sct",
        NciThesaurus => "nci_thesaurus" | "ncit" | "spl" | "fda spl",
    }
}
