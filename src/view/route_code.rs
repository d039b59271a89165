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

use crate::CodeSystem;
use crate::model::coding::{CodeableConcept, Coding};
use core::fmt;

use crate::model::macros::serialize_fields;
use crate::{Claim, IdentifierScheme, Route, Source};

impl CodeSystem {
    /// The canonical system URI, as a FHIR `Coding.system`: the URI HL7
    /// Terminology (THO) registers for the system ([`claim`](Self::claim)).
    #[must_use]
    pub const fn uri(self) -> &'static str {
        match self {
            Self::SnomedCt => "http://snomed.info/sct",
            Self::NciThesaurus => "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl",
            Self::Atc => "http://www.whocc.no/atc",
            Self::Unii => "http://fdasis.nlm.nih.gov",
            Self::Cas => "http://terminology.hl7.org/CodeSystem/CAS",
            Self::Ucum => "http://unitsofmeasure.org",
        }
    }

    /// Other URIs HL7 Terminology keeps for the system, which
    /// [`from_uri`](Self::from_uri) accepts but the crate never writes: for the
    /// NCI Thesaurus, `http://ncithesaurus-stage.nci.nih.gov`, kept for
    /// backward compatibility. Empty for the other systems.
    #[must_use]
    pub const fn other_uris(self) -> &'static [&'static str] {
        match self {
            Self::NciThesaurus => &["http://ncithesaurus-stage.nci.nih.gov"],
            Self::SnomedCt | Self::Atc | Self::Unii | Self::Cas | Self::Ucum => &[],
        }
    }

    /// The HL7 OID of the code system.
    #[must_use]
    pub const fn oid(self) -> &'static str {
        match self {
            Self::SnomedCt => "2.16.840.1.113883.6.96",
            Self::NciThesaurus => "2.16.840.1.113883.3.26.1.1",
            Self::Atc => "2.16.840.1.113883.6.73",
            Self::Unii => "2.16.840.1.113883.4.9",
            Self::Cas => "2.16.840.1.113883.6.61",
            Self::Ucum => "2.16.840.1.113883.6.8",
        }
    }

    /// The code system a system URI names: the canonical URI, one of the
    /// [`other_uris`](Self::other_uris), or the OID as `urn:oid:...`, each
    /// with or without one trailing `/` (surrounding white space ignored).
    /// `None` for anything else (including the NCI Metathesaurus URI, which is
    /// a different system, and any URI for `DrugBank` or `PubChem`, which have
    /// none registered).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::CodeSystem;
    ///
    /// assert_eq!(CodeSystem::from_uri("http://snomed.info/sct"), Some(CodeSystem::SnomedCt));
    /// assert_eq!(CodeSystem::from_uri("urn:oid:2.16.840.1.113883.3.26.1.1"), Some(CodeSystem::NciThesaurus));
    /// assert_eq!(CodeSystem::from_uri("http://ncithesaurus-stage.nci.nih.gov"), Some(CodeSystem::NciThesaurus));
    /// assert_eq!(CodeSystem::from_uri("http://unitsofmeasure.org/"), Some(CodeSystem::Ucum));
    /// assert_eq!(CodeSystem::from_uri("http://ncimeta.nci.nih.gov"), None);
    /// ```
    #[must_use]
    pub fn from_uri(uri: &str) -> Option<Self> {
        let uri = without_trailing_slash(uri);
        Self::ALL.iter().copied().find(|system| {
            uri == system.uri()
                || system.other_uris().contains(&uri)
                || uri
                    .strip_prefix("urn:oid:")
                    .is_some_and(|oid| oid == system.oid())
        })
    }

    /// The URI of the NCI *Metathesaurus*, `http://ncimeta.nci.nih.gov`: not a
    /// system the crate writes, nor one [`from_uri`](Self::from_uri) reads as
    /// the NCI Thesaurus (its own codes are concept unique identifiers), but
    /// FHIR DSTU2 data used it for the FDA SPL route codes, so
    /// [`Route::from_coding`] reads SPL route codes in it (HL7 Terminology,
    /// as the [NCI Thesaurus claim](Self::claim) cites).
    pub const NCI_METATHESAURUS_URI: &'static str = "http://ncimeta.nci.nih.gov";

    /// The reference source for the codes the crate gives in this system:
    /// the route codes for SNOMED CT and the NCI Thesaurus, the identifiers'
    /// source for ATC, UNII and CAS, and HL7 Terminology for UCUM (whose
    /// codes the crate's units use). The URIs themselves are cited by
    /// [`claim`](Self::claim).
    #[must_use]
    pub const fn source(self) -> Source {
        match self {
            Self::SnomedCt => Source::SnomedCtRouteCodes,
            Self::NciThesaurus => Source::FdaSplRouteTerminology,
            Self::Atc => IdentifierScheme::Atc.source(),
            Self::Unii => IdentifierScheme::Unii.source(),
            Self::Cas => IdentifierScheme::Cas.source(),
            Self::Ucum => Source::Hl7TerminologyNamingSystems,
        }
    }

    /// The cited fact of the system's registered URI.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CodeSystem, Source};
    ///
    /// for system in CodeSystem::ALL {
    ///     assert!(system.claim().cites(Source::Hl7TerminologyNamingSystems));
    ///     assert!(system.claim().mentions(system.uri()));
    /// }
    /// ```
    #[must_use]
    pub const fn claim(self) -> &'static Claim {
        match self {
            Self::SnomedCt => crate::view::index::claim("topic/code-systems-snomed-ct-uri"),
            Self::NciThesaurus => crate::view::index::claim("topic/code-systems-nci-thesaurus-uri"),
            Self::Atc => crate::view::index::claim("topic/code-systems-atc-uri"),
            Self::Unii => crate::view::index::claim("topic/code-systems-unii-uri"),
            Self::Cas => crate::view::index::claim("topic/code-systems-cas-uri"),
            Self::Ucum => crate::view::index::claim("topic/code-systems-ucum-uri"),
        }
    }
}

impl crate::DeaSchedule {
    /// The schedule as a FHIR `Coding` in the NCI Thesaurus system, as SPL
    /// writes DEA schedules.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CodeSystem, DeaSchedule};
    ///
    /// let coding = DeaSchedule::Ciii.coding();
    /// assert_eq!(coding.system(), Some(CodeSystem::NciThesaurus.uri()));
    /// assert_eq!((coding.code(), coding.display_text()), (Some("C48676"), Some("CIII")));
    /// ```
    #[must_use]
    pub const fn coding(self) -> Coding {
        Coding::from_static(
            CodeSystem::NciThesaurus.uri(),
            self.nci_thesaurus_code(),
            self.display_text(),
        )
    }
}

impl IdentifierScheme {
    /// The system URI HL7 Terminology registers for identifiers of this
    /// scheme, for a FHIR `Identifier.system` or `Coding.system`; `None` for
    /// `DrugBank` and `PubChem`, which have no registered URI (the crate does not
    /// make one up).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::IdentifierScheme;
    ///
    /// assert_eq!(IdentifierScheme::Atc.system_uri(), Some("http://www.whocc.no/atc"));
    /// assert_eq!(IdentifierScheme::Unii.system_uri(), Some("http://fdasis.nlm.nih.gov"));
    /// assert_eq!(IdentifierScheme::DrugBank.system_uri(), None);
    /// assert_eq!(IdentifierScheme::PubChem.system_uri(), None);
    /// ```
    #[must_use]
    pub const fn system_uri(self) -> Option<&'static str> {
        match self.code_system() {
            Some(system) => Some(system.uri()),
            None => None,
        }
    }

    /// The scheme whose identifiers a FHIR `Identifier.system` names: the
    /// registered URI of ATC, UNII or CAS, another URI HL7 Terminology keeps
    /// for it, or its OID as `urn:oid:...`, with or without one trailing `/`
    /// (as [`CodeSystem::from_uri`] reads them). `None` for any other system:
    /// `DrugBank` and `PubChem` have no registered URI, so no URI names them, and
    /// a code system of no identifier scheme (SNOMED CT, UCUM, ...) names none.
    ///
    /// Every URI comes from the reference file's row of HL7 Terminology code
    /// system URIs ([`system_uri_claim`](Self::system_uri_claim)), which lists
    /// no other URI for these three schemes.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::IdentifierScheme;
    ///
    /// assert_eq!(IdentifierScheme::from_system_uri("http://fdasis.nlm.nih.gov/"), Some(IdentifierScheme::Unii));
    /// assert_eq!(IdentifierScheme::from_system_uri("urn:oid:2.16.840.1.113883.6.73"), Some(IdentifierScheme::Atc));
    /// assert_eq!(IdentifierScheme::from_system_uri("http://snomed.info/sct"), None);
    /// for scheme in IdentifierScheme::ALL {
    ///     if let Some(uri) = scheme.system_uri() {
    ///         assert_eq!(IdentifierScheme::from_system_uri(uri), Some(*scheme));
    ///     }
    /// }
    /// ```
    #[must_use]
    pub fn from_system_uri(uri: &str) -> Option<Self> {
        let system = CodeSystem::from_uri(uri)?;
        Self::ALL
            .iter()
            .copied()
            .find(|scheme| scheme.code_system() == Some(system))
    }

    /// The cited fact behind [`system_uri`](Self::system_uri): the URI's
    /// registration, or, for `DrugBank` and `PubChem`, that there is none.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::IdentifierScheme;
    ///
    /// assert!(IdentifierScheme::PubChem.system_uri_claim().mentions("no system URI"));
    /// ```
    #[must_use]
    pub const fn system_uri_claim(self) -> &'static Claim {
        match self.code_system() {
            Some(system) => system.claim(),
            None => crate::view::index::claim("topic/code-systems-no-drugbank-pubchem-uri"),
        }
    }
}

/// A SNOMED CT route concept: its identifier and its preferred term.
///
/// `Display` uses SNOMED's compositional grammar: `47625008 |Intravenous
/// route|`. `Ord` is by code text.
///
/// # Example
///
/// ```
/// use ketamine_facts::Route;
///
/// let code = Route::Iv.snomed_ct();
/// assert_eq!(code.code(), "47625008");
/// assert_eq!(code.display_text(), "Intravenous route");
/// assert_eq!(code.to_string(), "47625008 |Intravenous route|");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SnomedCode {
    code: &'static str,
    display: &'static str,
}

serialize_fields!(SnomedCode { code, display });

impl SnomedCode {
    /// The SNOMED CT identifier.
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.code
    }

    /// The preferred term.
    #[must_use]
    pub const fn display_text(self) -> &'static str {
        self.display
    }

    /// The preferred term.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use display_text (a method named display reads as the Display trait)"
    )]
    pub const fn display(self) -> &'static str {
        self.display
    }

    /// The code as a FHIR `Coding`.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::Im.snomed_ct().coding().system(), Some("http://snomed.info/sct"));
    /// ```
    #[must_use]
    pub const fn coding(self) -> Coding {
        Coding::from_static(CodeSystem::SnomedCt.uri(), self.code, self.display)
    }

    /// Whether `text` is a well-formed SNOMED CT concept identifier: 6 to 18
    /// digits without a leading zero, the partition digits "00" of a concept,
    /// and a correct Verhoeff check digit. Catches most typing errors in a code.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::SnomedCode;
    ///
    /// assert!(SnomedCode::is_well_formed_concept_id("47625008"));
    /// assert!(SnomedCode::is_well_formed_concept_id("284009009"));
    /// assert!(!SnomedCode::is_well_formed_concept_id("47625009")); // check digit
    /// assert!(!SnomedCode::is_well_formed_concept_id("4762500x"));
    /// ```
    #[must_use]
    pub fn is_well_formed_concept_id(text: &str) -> bool {
        let bytes = text.as_bytes();
        (6..=18).contains(&bytes.len())
            && bytes.iter().all(u8::is_ascii_digit)
            && !text.starts_with('0')
            && text
                .get(text.len() - 3..text.len() - 1)
                .is_some_and(|partition| partition == "00")
            && verhoeff_ok(bytes)
    }
}

impl fmt::Display for SnomedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} |{}|", self.code, self.display)
    }
}

/// Verhoeff check over ASCII digits (check digit last).
fn verhoeff_ok(digits: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut check = 0_u8;
    for (position, &byte) in digits.iter().rev().enumerate() {
        let digit = byte.wrapping_sub(b'0');
        let permuted = P
            .get(position % 8)
            .and_then(|row| row.get(usize::from(digit)));
        let next = permuted.and_then(|&p| D.get(usize::from(check))?.get(usize::from(p)));
        match next {
            Some(&value) => check = value,
            None => return false,
        }
    }
    check == 0
}

/// An FDA Structured Product Labeling route-of-administration code: an NCI
/// Thesaurus concept code and its SPL name.
///
/// `Display` writes both: `C38276 INTRAVENOUS`. `Ord` is by code text.
///
/// # Example
///
/// ```
/// use ketamine_facts::Route;
///
/// let code = Route::Iv.spl();
/// assert_eq!(code.code(), "C38276");
/// assert_eq!(code.display_text(), "INTRAVENOUS");
/// assert_eq!(code.to_string(), "C38276 INTRAVENOUS");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SplRouteCode {
    code: &'static str,
    display: &'static str,
}

serialize_fields!(SplRouteCode { code, display });

impl SplRouteCode {
    /// The NCI Thesaurus code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.code
    }

    /// The SPL name of the route.
    #[must_use]
    pub const fn display_text(self) -> &'static str {
        self.display
    }

    /// The SPL name of the route.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use display_text (a method named display reads as the Display trait)"
    )]
    pub const fn display(self) -> &'static str {
        self.display
    }

    /// The code as a FHIR `Coding` in the NCI Thesaurus system.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CodeSystem, Route};
    ///
    /// assert_eq!(Route::Oral.spl().coding().system(), Some(CodeSystem::NciThesaurus.uri()));
    /// ```
    #[must_use]
    pub const fn coding(self) -> Coding {
        Coding::from_static(CodeSystem::NciThesaurus.uri(), self.code, self.display)
    }
}

impl fmt::Display for SplRouteCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.display)
    }
}

/// The codes of one route in both systems, with the cited reference fact.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Route, RouteCodes, Source};
///
/// assert_eq!(RouteCodes::all().len(), Route::ALL.len());
/// for codes in RouteCodes::all() {
///     assert_eq!(Route::from_snomed_ct(codes.snomed_ct().code()), Some(codes.route()));
///     assert!(codes.claim().cites(Source::FdaSplRouteTerminology));
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RouteCodes {
    route: Route,
    snomed_ct: SnomedCode,
    spl: SplRouteCode,
    claim: &'static Claim,
}

serialize_fields!(RouteCodes {
    route,
    snomed_ct,
    spl,
    claim
});

impl RouteCodes {
    /// The codes of every route, in [`Route::ALL`] order.
    #[must_use]
    pub const fn all() -> &'static [RouteCodes] {
        CODES
    }

    /// The route.
    #[must_use]
    pub const fn route(&self) -> Route {
        self.route
    }

    /// The SNOMED CT code.
    #[must_use]
    pub const fn snomed_ct(&self) -> SnomedCode {
        self.snomed_ct
    }

    /// The FDA SPL code.
    #[must_use]
    pub const fn spl(&self) -> SplRouteCode {
        self.spl
    }

    /// The cited reference fact for these codes.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl Route {
    /// The codes of this route in both systems, with their claim.
    #[must_use]
    pub const fn codes(self) -> &'static RouteCodes {
        match self {
            Self::Iv => &CODES_IV,
            Self::Intranasal => &CODES_INTRANASAL,
            Self::Im => &CODES_IM,
            Self::Oral => &CODES_ORAL,
        }
    }

    /// The SNOMED CT route concept.
    #[must_use]
    pub const fn snomed_ct(self) -> SnomedCode {
        self.codes().snomed_ct
    }

    /// The FDA SPL route code.
    #[must_use]
    pub const fn spl(self) -> SplRouteCode {
        self.codes().spl
    }

    /// The route as a FHIR `Coding` for `Dosage.route`: SNOMED CT, the system
    /// of the FHIR value set `route-codes`.
    #[must_use]
    pub const fn fhir_coding(self) -> Coding {
        self.snomed_ct().coding()
    }

    /// The route as a FHIR `Coding` in the NCI Thesaurus (FDA SPL) system.
    #[must_use]
    pub const fn spl_coding(self) -> Coding {
        self.spl().coding()
    }

    /// Both codings, SNOMED CT first: a FHIR `CodeableConcept.coding` list.
    #[must_use]
    pub const fn codings(self) -> [Coding; 2] {
        [self.fhir_coding(), self.spl_coding()]
    }

    /// The route with this SNOMED CT code (surrounding white space ignored).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::from_snomed_ct("26643006"), Some(Route::Oral));
    /// assert_eq!(Route::from_snomed_ct("284009009"), None); // the parent concept
    /// ```
    #[must_use]
    pub fn from_snomed_ct(code: &str) -> Option<Self> {
        let code = code.trim();
        CODES
            .iter()
            .find(|c| c.snomed_ct.code == code)
            .map(|c| c.route)
    }

    /// The route with this FDA SPL (NCI Thesaurus) code, ignoring ASCII case
    /// and surrounding white space.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::from_spl("C38284"), Some(Route::Intranasal));
    /// assert_eq!(Route::from_spl(" c28161 "), Some(Route::Im));
    /// assert_eq!(Route::from_spl("C00000"), None);
    /// ```
    #[must_use]
    pub fn from_spl(code: &str) -> Option<Self> {
        let code = code.trim();
        CODES
            .iter()
            .find(|c| c.spl.code.eq_ignore_ascii_case(code))
            .map(|c| c.route)
    }

    /// The route a FHIR coding names, given its system URI and code: the
    /// systems and codes of this table, each URI with or without one trailing
    /// `/` (surrounding white space ignored in both).
    ///
    /// | system URI | why it is read | codes |
    /// | --- | --- | --- |
    /// | `http://snomed.info/sct` | SNOMED CT, the system of the FHIR value set `route-codes` | [`snomed_ct`](Self::snomed_ct) codes, as written |
    /// | `urn:oid:2.16.840.1.113883.6.96` | SNOMED CT's OID | the same |
    /// | `http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl` | the NCI Thesaurus, whose codes FDA SPL uses for routes (the URI the crate writes) | [`spl`](Self::spl) codes, any ASCII case |
    /// | `http://ncithesaurus-stage.nci.nih.gov` | the NCI Thesaurus URI HL7 Terminology keeps for backward compatibility | the same |
    /// | `urn:oid:2.16.840.1.113883.3.26.1.1` | the NCI Thesaurus OID (as SPL documents write it) | the same |
    /// | `http://ncimeta.nci.nih.gov` | the NCI Metathesaurus, which FHIR DSTU2 data used for the SPL route codes ([`CodeSystem::NCI_METATHESAURUS_URI`]) | the same |
    ///
    /// The URIs are those of the reference file's row of HL7 Terminology code
    /// system URIs ([`CodeSystem::claim`]); the OIDs are HL7's
    /// ([`CodeSystem::oid`]). Any other system, or a code of one system given
    /// with another's URI, is `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::from_coding("http://snomed.info/sct", "47625008"), Some(Route::Iv));
    /// assert_eq!(Route::from_coding("http://snomed.info/sct/", "47625008"), Some(Route::Iv));
    /// assert_eq!(Route::from_coding("urn:oid:2.16.840.1.113883.3.26.1.1", "C38288"), Some(Route::Oral));
    /// assert_eq!(Route::from_coding("http://ncithesaurus-stage.nci.nih.gov", "C38284"), Some(Route::Intranasal));
    /// assert_eq!(Route::from_coding("http://ncimeta.nci.nih.gov/", "C28161"), Some(Route::Im));
    /// assert_eq!(Route::from_coding("http://snomed.info/sct", "C38288"), None);
    /// ```
    #[must_use]
    pub fn from_coding(system: &str, code: &str) -> Option<Self> {
        if without_trailing_slash(system) == CodeSystem::NCI_METATHESAURUS_URI {
            return Self::from_spl(code);
        }
        match CodeSystem::from_uri(system)? {
            CodeSystem::SnomedCt => Self::from_snomed_ct(code),
            CodeSystem::NciThesaurus => Self::from_spl(code),
            CodeSystem::Atc | CodeSystem::Unii | CodeSystem::Cas | CodeSystem::Ucum => None,
        }
    }

    /// The route a FHIR [`Coding`] names, as [`from_coding`](Self::from_coding)
    /// reads its system and code (the display is not read); `None` for a
    /// coding without a system or a code.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Coding, Route};
    ///
    /// for route in Route::ALL {
    ///     assert_eq!(Route::from_fhir_coding(&route.spl_coding()), Some(*route));
    /// }
    /// let legacy = Coding::new("http://ncithesaurus-stage.nci.nih.gov", "C38276");
    /// assert_eq!(Route::from_fhir_coding(&legacy), Some(Route::Iv));
    /// ```
    #[must_use]
    pub fn from_fhir_coding(coding: &Coding) -> Option<Self> {
        Self::from_coding(coding.system()?, coding.code()?)
    }

    /// The route a FHIR [`CodeableConcept`] (such as a `Dosage.route`) names:
    /// that of its first coding [`from_fhir_coding`](Self::from_fhir_coding)
    /// reads, in the order given. The concept's text is not read (it is free
    /// text; parse it as a `Route` where that is wanted). `None` when no
    /// coding names a route.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CodeableConcept, Coding, Route};
    ///
    /// let route = CodeableConcept::new(vec![
    ///     Coding::new("urn:example:local", "NAS"),
    ///     Coding::new("http://ncimeta.nci.nih.gov", "C38284"),
    /// ]);
    /// assert_eq!(Route::from_codeable_concept(&route), Some(Route::Intranasal));
    /// ```
    #[must_use]
    pub fn from_codeable_concept(concept: &CodeableConcept) -> Option<Self> {
        concept.coding().iter().find_map(Self::from_fhir_coding)
    }

    /// The route as a FHIR `CodeableConcept` for `Dosage.route`: both
    /// [`codings`](Self::codings), SNOMED CT first, and the SNOMED CT
    /// preferred term as the text. Allocates nothing.
    #[must_use]
    pub const fn codeable_concept(self) -> CodeableConcept {
        let codings: &'static [Coding] = match self {
            Self::Iv => CODINGS_IV,
            Self::Intranasal => CODINGS_INTRANASAL,
            Self::Im => CODINGS_IM,
            Self::Oral => CODINGS_ORAL,
        };
        CodeableConcept::from_static(codings, Some(self.snomed_ct().display))
    }
}

/// `uri` without surrounding white space and one trailing `/`.
fn without_trailing_slash(uri: &str) -> &str {
    let uri = uri.trim();
    uri.strip_suffix('/').unwrap_or(uri)
}

const CODINGS_IV: &[Coding] = &Route::Iv.codings();
const CODINGS_INTRANASAL: &[Coding] = &Route::Intranasal.codings();
const CODINGS_IM: &[Coding] = &Route::Im.codings();
const CODINGS_ORAL: &[Coding] = &Route::Oral.codings();

const fn sct(code: &'static str, display: &'static str) -> SnomedCode {
    SnomedCode { code, display }
}

const fn spl(code: &'static str, display: &'static str) -> SplRouteCode {
    SplRouteCode { code, display }
}

const CODES_IV: RouteCodes = RouteCodes {
    route: Route::Iv,
    snomed_ct: sct("47625008", "Intravenous route"),
    spl: spl("C38276", "INTRAVENOUS"),
    claim: crate::view::index::claim("topic/route-codes-intravenous"),
};

const CODES_INTRANASAL: RouteCodes = RouteCodes {
    route: Route::Intranasal,
    snomed_ct: sct("46713006", "Nasal route"),
    spl: spl("C38284", "NASAL"),
    claim: crate::view::index::claim("topic/route-codes-intranasal"),
};

const CODES_IM: RouteCodes = RouteCodes {
    route: Route::Im,
    snomed_ct: sct("78421000", "Intramuscular route"),
    spl: spl("C28161", "INTRAMUSCULAR"),
    claim: crate::view::index::claim("topic/route-codes-intramuscular"),
};

const CODES_ORAL: RouteCodes = RouteCodes {
    route: Route::Oral,
    snomed_ct: sct("26643006", "Oral route"),
    spl: spl("C38288", "ORAL"),
    claim: crate::view::index::claim("topic/route-codes-oral"),
};

const CODES: &[RouteCodes] = &[CODES_IV, CODES_INTRANASAL, CODES_IM, CODES_ORAL];

#[cfg(test)]
mod tests {
    /// Every claim of the topic (derived from the claim table).
    const CLAIMS: &[crate::Claim] = crate::Topic::RouteCodes.claims();

    use super::RouteCodes;

    #[test]
    fn the_topic_holds_every_claim_of_the_module_once() {
        assert_eq!(CLAIMS.len(), RouteCodes::all().len());
        for codes in RouteCodes::all() {
            assert!(CLAIMS.contains(codes.claim()));
        }
    }

    #[test]
    fn the_code_system_topic_holds_every_uri_claim_once() {
        let topic = crate::Topic::CodeSystems.claims();
        let used: Vec<_> = crate::CodeSystem::ALL
            .iter()
            .map(|s| s.claim())
            .chain([
                crate::IdentifierScheme::DrugBank.system_uri_claim(),
                crate::Unii::check_character_claim(),
            ])
            .collect();
        assert_eq!(used.len(), topic.len());
        for claim in used {
            assert!(topic.contains(claim), "{claim}");
        }
    }
}
