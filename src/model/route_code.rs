//! Route codes for interoperability: SNOMED CT (as FHIR `Dosage.route` uses)
//! and FDA Structured Product Labeling (NCI Thesaurus codes), with FHIR
//! [`Coding`] and [`CodeableConcept`] values.
//!
//! # Which system URI for the SPL codes
//!
//! The FDA SPL route-of-administration codes ("C38276", ...) are concepts of
//! the NCI Thesaurus (`NCIt`). HL7's terminology registry (THO) gives the NCI
//! Thesaurus the canonical URI `http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl`
//! and the OID 2.16.840.1.113883.3.26.1.1 (the OID SPL documents use for these
//! codes), so [`CodeSystem::NciThesaurus`] writes that URI. The other NCI URI,
//! `http://ncimeta.nci.nih.gov`, names the NCI *Metathesaurus*, a different
//! code system whose codes are concept unique identifiers; the crate does not
//! write it, and [`CodeSystem::from_uri`] does not read it as the NCI
//! Thesaurus. FHIR DSTU2 data used it for the SPL route codes, though, so
//! [`Route::from_coding`] reads SPL route codes under it (its docs have the
//! table of every system it reads), as it does under the backward-compatible
//! `http://ncithesaurus-stage.nci.nih.gov` and with a trailing `/`.

use crate::model::macros::names;

/// A code system the crate writes codes in: route codes (SNOMED CT, the NCI
/// Thesaurus), the DEA schedule (the NCI Thesaurus), substance identifiers
/// (ATC, UNII, CAS) and units (UCUM).
///
/// Each has the system URI registered for it in HL7 Terminology (THO). `DrugBank`
/// and `PubChem` have none registered, so they are no code system here:
/// [`IdentifierScheme::system_uri`](crate::IdentifierScheme::system_uri) is
/// `None` for them.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: the crate may write codes in another code system.
///
/// # Example
///
/// ```
/// use ketamine_facts::CodeSystem;
///
/// assert_eq!(CodeSystem::SnomedCt.uri(), "http://snomed.info/sct");
/// assert_eq!("ncit".parse(), Ok(CodeSystem::NciThesaurus));
/// assert_eq!(CodeSystem::Ucum.uri(), "http://unitsofmeasure.org");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeSystem {
    /// SNOMED CT, the system of the HL7 FHIR value set `route-codes`.
    SnomedCt,
    /// The NCI Thesaurus, whose codes FDA Structured Product Labeling uses
    /// for routes of administration.
    NciThesaurus,
    /// The WHO Anatomical Therapeutic Chemical classification.
    Atc,
    /// The FDA Unique Ingredient Identifier (UNII).
    Unii,
    /// CAS registry numbers (HL7 marks the URI as retired).
    Cas,
    /// The Unified Code for Units of Measure.
    Ucum,
}

names! {
    CodeSystem ("code system") {
        SnomedCt => "snomed_ct" | "snomed" | "sct",
        NciThesaurus => "nci_thesaurus" | "ncit" | "spl" | "fda spl",
        Atc => "atc",
        Unii => "unii" | "fda unii",
        Cas => "cas" | "cas registry",
        Ucum => "ucum",
    }
}
