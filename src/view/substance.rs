//! Substances: racemic ketamine and esketamine, with their identifiers in the
//! registries that software uses (ATC, `DrugBank`, `PubChem`, CAS, FDA UNII).
//!
//! Every identifier is a typed value that validates its format when parsed (the
//! CAS check digit included), and every identifier row of the reference file is
//! a cited [`Claim`] reachable from [`IdentifierRecord::claim`].

use crate::{AtcCode, CasNumber, DrugBankId, NdcProductCode, PubChemCid, Unii};
use crate::{DeaSchedule, Form, Identifier, IdentifierScheme, ParseError, Product, Substance};

use crate::model::macros::serialize_fields;
use crate::{Claim, Route};

/// One identifier of one substance, as a cited reference fact.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Certainty, IdentifierRecord, Substance};
///
/// for record in IdentifierRecord::all() {
///     assert_eq!(Substance::find(&record.identifier()), Some(record.substance()));
///     assert_eq!(record.claim().confidence().map(|c| c.certainty()), Some(Certainty::High));
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IdentifierRecord {
    substance: Substance,
    identifier: Identifier,
    form: Form,
    note: Option<&'static str>,
    claim: &'static Claim,
}

serialize_fields!(IdentifierRecord {
    substance,
    identifier,
    form,
    note,
    claim
});

impl IdentifierRecord {
    /// Every identifier of every substance, in the order of the reference
    /// table (ATC, `DrugBank`, `PubChem`, CAS, UNII).
    #[must_use]
    pub const fn all() -> &'static [IdentifierRecord] {
        RECORDS
    }

    /// The substance identified.
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The identifier.
    #[must_use]
    pub const fn identifier(&self) -> Identifier {
        self.identifier
    }

    /// The chemical form the identifier names (the hydrochloride salt for
    /// ketamine's second CAS number and the salts' UNIIs, the base otherwise).
    #[must_use]
    pub const fn form(&self) -> Form {
        self.form
    }

    /// What the entry says beyond the value, where the reference gives more
    /// (e.g. the ATC group).
    #[must_use]
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// The cited reference fact this identifier comes from.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl Substance {
    /// The WHO ATC codes: one for ketamine (N01AX03), two for esketamine
    /// (N01AX14 as an anesthetic, N06AX27 as an antidepressant).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{AtcCode, Substance};
    ///
    /// assert_eq!(Substance::Ketamine.atc_codes(), [AtcCode::KETAMINE]);
    /// assert_eq!(Substance::Esketamine.atc_codes().len(), 2);
    /// ```
    #[must_use]
    pub const fn atc_codes(self) -> &'static [AtcCode] {
        match self {
            Self::Ketamine => &[AtcCode::KETAMINE],
            Self::Esketamine => &[
                AtcCode::ESKETAMINE_ANESTHETIC,
                AtcCode::ESKETAMINE_ANTIDEPRESSANT,
            ],
        }
    }

    /// The `DrugBank` id.
    #[must_use]
    pub const fn drugbank_id(self) -> DrugBankId {
        match self {
            Self::Ketamine => DrugBankId::KETAMINE,
            Self::Esketamine => DrugBankId::ESKETAMINE,
        }
    }

    /// The `PubChem` compound id.
    #[must_use]
    pub const fn pubchem_cid(self) -> PubChemCid {
        match self {
            Self::Ketamine => PubChemCid::KETAMINE,
            Self::Esketamine => PubChemCid::ESKETAMINE,
        }
    }

    /// The CAS registry number of the substance itself (the base).
    #[must_use]
    pub const fn cas_number(self) -> CasNumber {
        match self {
            Self::Ketamine => CasNumber::KETAMINE,
            Self::Esketamine => CasNumber::ESKETAMINE,
        }
    }

    /// The CAS registry number of the hydrochloride salt, where the reference
    /// gives one (ketamine only).
    #[must_use]
    pub const fn cas_number_hydrochloride(self) -> Option<CasNumber> {
        match self {
            Self::Ketamine => Some(CasNumber::KETAMINE_HYDROCHLORIDE),
            Self::Esketamine => None,
        }
    }

    /// The FDA UNII.
    #[must_use]
    pub const fn unii(self) -> Unii {
        match self {
            Self::Ketamine => Unii::KETAMINE,
            Self::Esketamine => Unii::ESKETAMINE,
        }
    }

    /// The FDA UNII of the hydrochloride salt: O18YUO0I83 for ketamine,
    /// L8P1H35P2Z for esketamine (the ingredient Spravato is formulated with;
    /// its active moiety is esketamine itself, [`unii`](Self::unii)).
    #[must_use]
    pub const fn unii_hydrochloride(self) -> Option<Unii> {
        match self {
            Self::Ketamine => Some(Unii::KETAMINE_HYDROCHLORIDE),
            Self::Esketamine => Some(Unii::ESKETAMINE_HYDROCHLORIDE),
        }
    }

    /// The US DEA controlled-substance schedule: CIII for both. For ketamine
    /// from the 1999 final rule (64 FR 37673); for esketamine as the FDA NDC
    /// Directory lists Spravato. See [`dea_schedule_claim`](Self::dea_schedule_claim).
    #[must_use]
    pub const fn dea_schedule(self) -> Option<DeaSchedule> {
        match self {
            Self::Ketamine | Self::Esketamine => Some(DeaSchedule::Ciii),
        }
    }

    /// The cited fact behind [`dea_schedule`](Self::dea_schedule): the
    /// Federal Register rule for ketamine, Spravato's NDC Directory record for
    /// esketamine.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, Substance};
    ///
    /// assert!(Substance::Ketamine.dea_schedule_claim().cites(Source::FederalRegister1999));
    /// assert!(Substance::Esketamine.dea_schedule_claim().cites(Source::FdaNdcDirectory));
    /// ```
    #[must_use]
    pub const fn dea_schedule_claim(self) -> &'static Claim {
        match self {
            Self::Ketamine => crate::view::index::claim("substance/ketamine-dea-schedule-iii"),
            Self::Esketamine => {
                crate::view::index::claim("substance/esketamine-spravato-ndc-product-code")
            }
        }
    }

    /// The identifiers of this substance that its registry lists as
    /// superseded (ketamine's three old CAS numbers). They are not in
    /// [`identifiers`](Self::identifiers), but [`find`](Self::find) and
    /// [`from_cas`](Self::from_cas) still resolve them.
    pub fn superseded_identifiers(self) -> impl Iterator<Item = &'static SupersededIdentifier> {
        SUPERSEDED.iter().filter(move |r| r.substance == self)
    }

    /// The cited fact that `DrugBank`'s product table dates Ketalar's
    /// marketing start to 1970-02-19: a candidate for the day of the 1970
    /// approval, not the approval day (which
    /// [`HistoryEvent::KetalarApproval`](crate::HistoryEvent::KetalarApproval)
    /// keeps as a year).
    #[must_use]
    pub const fn ketalar_marketing_start_claim() -> &'static Claim {
        crate::view::index::claim("substance/ketamine-ketalar-marketing-start-candidate")
    }

    /// Every identifier record of this substance, each with its claim.
    pub fn identifiers(self) -> impl Iterator<Item = &'static IdentifierRecord> {
        RECORDS.iter().filter(move |r| r.substance == self)
    }

    /// The substance an identifier names, if the crate knows it: a current
    /// identifier, or one listed as superseded ([`Identifier::is_superseded`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CasNumber, Identifier, PubChemCid, Substance};
    ///
    /// assert_eq!(Substance::find(&Identifier::PubChem(PubChemCid::ESKETAMINE)), Some(Substance::Esketamine));
    /// assert_eq!(Substance::find(&Identifier::PubChem(PubChemCid::new(1).unwrap())), None);
    /// let old: Identifier = "CAS 79499-51-7".parse()?;
    /// assert_eq!(Substance::find(&old), Some(Substance::Ketamine));
    /// assert!(old.is_superseded());
    /// # Ok::<(), ketamine_facts::ParseError>(())
    /// ```
    #[must_use]
    pub fn find(identifier: &Identifier) -> Option<Self> {
        RECORDS
            .iter()
            .find(|r| r.identifier == *identifier)
            .map(|r| r.substance)
            .or_else(|| SupersededIdentifier::find(identifier).map(|r| r.substance))
    }

    /// The substance with this ATC code.
    #[must_use]
    pub fn from_atc(code: AtcCode) -> Option<Self> {
        Self::find(&Identifier::Atc(code))
    }

    /// The substance with this `DrugBank` id.
    #[must_use]
    pub fn from_drugbank(id: DrugBankId) -> Option<Self> {
        Self::find(&Identifier::DrugBank(id))
    }

    /// The substance with this `PubChem` CID.
    #[must_use]
    pub fn from_pubchem(cid: PubChemCid) -> Option<Self> {
        Self::find(&Identifier::PubChem(cid))
    }

    /// The substance with this CAS number (the hydrochloride's number and the
    /// superseded numbers give ketamine; [`CasNumber::is_superseded`] tells
    /// the superseded ones).
    #[must_use]
    pub fn from_cas(cas: CasNumber) -> Option<Self> {
        Self::find(&Identifier::Cas(cas))
    }

    /// The substance with this UNII.
    #[must_use]
    pub fn from_unii(unii: Unii) -> Option<Self> {
        Self::find(&Identifier::Unii(unii))
    }

    /// Whether this substance is an enantiomer of `other`'s molecule:
    /// esketamine is the S-enantiomer of ketamine. The racemate itself is a
    /// mixture, not an enantiomer, so `Ketamine.is_enantiomer_of(Esketamine)`
    /// is false.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert!(Substance::Esketamine.is_enantiomer_of(Substance::Ketamine));
    /// assert!(!Substance::Ketamine.is_enantiomer_of(Substance::Esketamine));
    /// assert!(!Substance::Esketamine.is_enantiomer_of(Substance::Esketamine));
    /// ```
    #[must_use]
    pub const fn is_enantiomer_of(self, other: Self) -> bool {
        matches!((self, other), (Self::Esketamine, Self::Ketamine))
    }

    /// Whether the substance is a racemic mixture (equal parts R and S).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert!(Substance::Ketamine.is_racemic());
    /// assert!(!Substance::Esketamine.is_racemic());
    /// ```
    #[must_use]
    pub const fn is_racemic(self) -> bool {
        matches!(self, Self::Ketamine)
    }

    /// The products in the reference sources that contain this substance.
    /// Spravato contains esketamine, not racemic ketamine.
    #[must_use]
    pub const fn products(self) -> &'static [Product] {
        match self {
            Self::Ketamine => &[],
            Self::Esketamine => &[Product::Spravato],
        }
    }

    /// Every reference fact on this substance's identity: its identifiers and,
    /// for esketamine, what it is and which product holds it.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Substance(self))
    }

    /// The cited fact of how esketamine relates to ketamine and to Spravato.
    #[must_use]
    pub const fn enantiomer_claim() -> &'static Claim {
        crate::view::index::claim("substance/esketamine-s-enantiomer-in-spravato")
    }
}

impl CasNumber {
    /// Whether FDA substance data lists this CAS number as superseded (it
    /// still names its substance: [`Substance::from_cas`]).
    #[must_use]
    pub fn is_superseded(self) -> bool {
        Identifier::Cas(self).is_superseded()
    }
}

impl Identifier {
    /// Whether this is an identifier its registry lists as superseded
    /// ([`SupersededIdentifier`]).
    #[must_use]
    pub fn is_superseded(&self) -> bool {
        SupersededIdentifier::find(self).is_some()
    }
}

impl Identifier {
    /// The identifier a FHIR `Identifier` gives, from its `system` and its
    /// `value`: the system is read as [`IdentifierScheme::from_system_uri`]
    /// reads it (the registered URIs of ATC, UNII and CAS, the OIDs, a
    /// trailing `/` tolerated) and the value with that scheme
    /// ([`parse_with`](Self::parse_with)). Without a system, the value is
    /// read as [`FromStr`](core::str::FromStr) reads it: by a scheme name
    /// before it, or by a shape that belongs to one scheme alone, never a bare
    /// number.
    ///
    /// `DrugBank` and `PubChem` have no registered system URI, so an identifier
    /// of theirs that another system wrote with a URI of its own choosing is
    /// refused: read its value with [`parse_with`](Self::parse_with) where you
    /// know the scheme.
    ///
    /// # Errors
    ///
    /// A system that names no identifier scheme (error kind "identifier
    /// system", listing the accepted URIs), or a value that breaks its
    /// scheme's rules (kind "substance identifier", read as the scheme).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, Substance, Unii};
    ///
    /// let id = Identifier::from_fhir(Some("http://fdasis.nlm.nih.gov"), "690G0D6V8H")?;
    /// assert_eq!(id, Identifier::Unii(Unii::KETAMINE));
    /// assert_eq!(Substance::find(&id), Some(Substance::Ketamine));
    /// assert_eq!(Identifier::from_fhir(None, "DB11823")?.to_string(), "DrugBank DB11823");
    ///
    /// let err = Identifier::from_fhir(Some("http://snomed.info/sct"), "47625008").unwrap_err();
    /// assert_eq!(err.kind(), "identifier system");
    /// # Ok::<(), ketamine_facts::ParseError>(())
    /// ```
    pub fn from_fhir(system: Option<&str>, value: &str) -> Result<Self, ParseError> {
        match system {
            None => value.parse(),
            Some(system) => match IdentifierScheme::from_system_uri(system) {
                Some(scheme) => Self::parse_with(scheme, value),
                None => Err(ParseError::new(system, "identifier system", SYSTEM_URIS)),
            },
        }
    }

    /// The FHIR `Identifier.system` of this identifier: its scheme's
    /// registered URI ([`IdentifierScheme::system_uri`]), `None` for `DrugBank`
    /// and `PubChem`, which have none.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, Substance};
    ///
    /// let unii = Identifier::Unii(Substance::Esketamine.unii());
    /// assert_eq!(unii.fhir_system(), Some("http://fdasis.nlm.nih.gov"));
    /// assert_eq!(Identifier::from_fhir(unii.fhir_system(), &unii.value()), Ok(unii));
    /// let cid = Identifier::PubChem(Substance::Esketamine.pubchem_cid());
    /// assert_eq!(cid.fhir_system(), None);
    /// ```
    #[must_use]
    pub const fn fhir_system(&self) -> Option<&'static str> {
        self.scheme().system_uri()
    }
}

/// The system URIs [`Identifier::from_fhir`] reads, for its error.
const SYSTEM_URIS: &[&str] = &[
    crate::CodeSystem::Atc.uri(),
    crate::CodeSystem::Unii.uri(),
    crate::CodeSystem::Cas.uri(),
];

/// Reading an identifier from JSON: the crate's own form (`{"scheme":
/// "pubchem", "value": 3821}`, as the export writes it) or a FHIR
/// `Identifier` (`{"system": "http://fdasis.nlm.nih.gov", "value":
/// "690G0D6V8H"}`, read by [`Identifier::from_fhir`]; its other elements
/// `use`, `type`, `period`, `assigner`, `id`, `extension` are read and
/// dropped). It lives here rather than beside the type because the system
/// URIs are read here.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Identifier {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use alloc::borrow::ToOwned;
        use alloc::string::{String, ToString};
        use core::fmt;
        use serde::de::IgnoredAny;

        /// The value: a number (the crate writes `PubChem` CIDs as numbers) or text.
        enum Value {
            Number(u64),
            Text(String),
        }
        impl<'de> serde::Deserialize<'de> for Value {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visit;
                impl serde::de::Visitor<'_> for Visit {
                    type Value = Value;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("an identifier value: a string, or a number for a PubChem CID")
                    }
                    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
                        Ok(Value::Number(v))
                    }
                    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
                        u64::try_from(v).map(Value::Number).map_err(|_| {
                            E::custom(format_args!(
                                "an identifier number cannot be negative ({v})"
                            ))
                        })
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
                        Ok(Value::Text(v.to_owned()))
                    }
                }
                deserializer.deserialize_any(Visit)
            }
        }
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            #[serde(default)]
            scheme: Option<IdentifierScheme>,
            #[serde(default)]
            system: Option<String>,
            value: Value,
            // the other elements of a FHIR Identifier: read and dropped
            #[serde(default, rename = "use")]
            _use: Option<IgnoredAny>,
            #[serde(default, rename = "type")]
            _type: Option<IgnoredAny>,
            #[serde(default, rename = "period")]
            _period: Option<IgnoredAny>,
            #[serde(default, rename = "assigner")]
            _assigner: Option<IgnoredAny>,
            #[serde(default, rename = "id")]
            _id: Option<IgnoredAny>,
            #[serde(default, rename = "extension")]
            _extension: Option<IgnoredAny>,
            #[serde(default, rename = "_system")]
            _system: Option<IgnoredAny>,
            #[serde(default, rename = "_value")]
            _value: Option<IgnoredAny>,
        }
        let raw: Raw = crate::model::serde_object::object(deserializer, "an identifier")?;
        let parsed = match (raw.scheme, raw.system, raw.value) {
            (Some(_), Some(_), _) => {
                return Err(serde::de::Error::custom(
                    "an identifier has a scheme (the crate's form) or a system (FHIR's), not both",
                ));
            }
            (Some(scheme), None, Value::Number(n)) => Self::parse_as(scheme, &n.to_string()),
            (Some(scheme), None, Value::Text(text)) => Self::parse_as(scheme, &text),
            (None, _, Value::Number(n)) => {
                return Err(serde::de::Error::custom(format_args!(
                    "a FHIR Identifier's value is a string, not the number {n} (or give the crate's \"scheme\")"
                )));
            }
            (None, system, Value::Text(text)) => Self::from_fhir(system.as_deref(), &text),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

impl DeaSchedule {
    /// The cited fact of the schedule's NCI Thesaurus code in the SPL DEA
    /// schedule terminology.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{DeaSchedule, Source};
    ///
    /// let claim = DeaSchedule::Ciii.claim();
    /// assert!(claim.cites(Source::Hl7FhirSplTerminology));
    /// assert!(claim.mentions(DeaSchedule::Ciii.nci_thesaurus_code()));
    /// ```
    #[must_use]
    pub const fn claim(self) -> &'static Claim {
        match self {
            Self::Ciii => {
                crate::view::index::claim("substance/dea-schedule-ciii-nci-thesaurus-code")
            }
        }
    }
}

/// An identifier that its registry lists as superseded, and the substance it
/// still names: ketamine's old CAS numbers, from FDA substance data (the
/// openFDA record of UNII 690G0D6V8H).
///
/// They are kept apart from [`IdentifierRecord::all`], which lists current
/// identifiers only; [`Substance::find`] resolves both.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Certainty, Substance, SupersededIdentifier};
///
/// assert_eq!(SupersededIdentifier::all().len(), 3);
/// for old in SupersededIdentifier::all() {
///     assert_eq!(old.substance(), Substance::Ketamine);
///     assert_eq!(Substance::find(&old.identifier()), Some(Substance::Ketamine));
///     assert_eq!(old.claim().confidence().map(|c| c.certainty()), Some(Certainty::Medium));
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SupersededIdentifier {
    substance: Substance,
    identifier: Identifier,
    claim: &'static Claim,
}

serialize_fields!(SupersededIdentifier {
    substance,
    identifier,
    claim
});

impl SupersededIdentifier {
    /// Every superseded identifier the crate knows, in the order of the
    /// reference file.
    #[must_use]
    pub const fn all() -> &'static [SupersededIdentifier] {
        SUPERSEDED
    }

    /// The superseded record of `identifier`, if it is one.
    #[must_use]
    pub fn find(identifier: &Identifier) -> Option<&'static SupersededIdentifier> {
        SUPERSEDED.iter().find(|r| r.identifier == *identifier)
    }

    /// The substance the identifier still names.
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The superseded identifier.
    #[must_use]
    pub const fn identifier(&self) -> Identifier {
        self.identifier
    }

    /// The substance's current identifier of the same scheme.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CasNumber, Identifier, SupersededIdentifier};
    ///
    /// let old = SupersededIdentifier::all()[0];
    /// assert_eq!(old.replaced_by(), Identifier::Cas(CasNumber::KETAMINE));
    /// ```
    #[must_use]
    pub const fn replaced_by(&self) -> Identifier {
        match self.identifier {
            Identifier::Cas(_) => Identifier::Cas(self.substance.cas_number()),
            other => other,
        }
    }

    /// The cited reference fact that lists it as superseded.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

const fn superseded_cas(i: usize) -> SupersededIdentifier {
    SupersededIdentifier {
        substance: Substance::Ketamine,
        identifier: Identifier::Cas(CasNumber::KETAMINE_SUPERSEDED[i]),
        claim: crate::view::index::claim("substance/ketamine-superseded-cas-numbers"),
    }
}

const SUPERSEDED: &[SupersededIdentifier] =
    &[superseded_cas(0), superseded_cas(1), superseded_cas(2)];

impl Unii {
    /// The cited fact of how the check character (the 10th) is computed,
    /// which [`Unii::new`] and `FromStr` check.
    #[must_use]
    pub const fn check_character_claim() -> &'static Claim {
        crate::view::index::claim("topic/code-systems-unii-check-character")
    }
}

impl Product {
    /// The substance the product contains.
    #[must_use]
    pub const fn substance(self) -> Substance {
        match self {
            Self::Spravato => Substance::Esketamine,
        }
    }

    /// The company that markets the product.
    #[must_use]
    pub const fn manufacturer(self) -> &'static str {
        match self {
            Self::Spravato => "Janssen",
        }
    }

    /// The route the product is given by.
    #[must_use]
    pub const fn route(self) -> Route {
        match self {
            Self::Spravato => Route::Intranasal,
        }
    }

    /// The FDA NDC product code (labeler and product) the NDC Directory
    /// lists for the product: 50458-028 for Spravato, 28 mg per 0.2 mL.
    #[must_use]
    pub const fn ndc_product_code(self) -> NdcProductCode {
        match self {
            Self::Spravato => NdcProductCode::SPRAVATO_28_MG,
        }
    }

    /// The cited fact of the product's NDC Directory record: its product
    /// code, strength, marketing start and DEA schedule.
    #[must_use]
    pub const fn ndc_claim(self) -> &'static Claim {
        match self {
            Self::Spravato => {
                crate::view::index::claim("substance/esketamine-spravato-ndc-product-code")
            }
        }
    }

    /// The cited fact of what the product contains.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Product;
    ///
    /// assert!(Product::Spravato.claim().mentions("not racemic ketamine"));
    /// ```
    #[must_use]
    pub const fn claim(self) -> &'static Claim {
        match self {
            Self::Spravato => {
                crate::view::index::claim("substance/esketamine-s-enantiomer-in-spravato")
            }
        }
    }
}

const fn record(
    substance: Substance,
    identifier: Identifier,
    form: Form,
    note: Option<&'static str>,
    claim: &'static Claim,
) -> IdentifierRecord {
    IdentifierRecord {
        substance,
        identifier,
        form,
        note,
        claim,
    }
}

const RECORDS: &[IdentifierRecord] = &[
    record(
        Substance::Ketamine,
        Identifier::Atc(AtcCode::KETAMINE),
        Form::Base,
        Some("other general anesthetics"),
        crate::view::index::claim("substance/ketamine-atc-code"),
    ),
    record(
        Substance::Esketamine,
        Identifier::Atc(AtcCode::ESKETAMINE_ANESTHETIC),
        Form::Base,
        Some("anesthetic"),
        crate::view::index::claim("substance/esketamine-atc-codes"),
    ),
    record(
        Substance::Esketamine,
        Identifier::Atc(AtcCode::ESKETAMINE_ANTIDEPRESSANT),
        Form::Base,
        Some("antidepressant; added October 2018 as a temporary code, final in a later index"),
        crate::view::index::claim("substance/esketamine-atc-codes"),
    ),
    record(
        Substance::Ketamine,
        Identifier::DrugBank(DrugBankId::KETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-drugbank-ids"),
    ),
    record(
        Substance::Esketamine,
        Identifier::DrugBank(DrugBankId::ESKETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-drugbank-ids"),
    ),
    record(
        Substance::Ketamine,
        Identifier::PubChem(PubChemCid::KETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-pubchem-cids"),
    ),
    record(
        Substance::Esketamine,
        Identifier::PubChem(PubChemCid::ESKETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-pubchem-cids"),
    ),
    record(
        Substance::Ketamine,
        Identifier::Cas(CasNumber::KETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-cas-numbers"),
    ),
    record(
        Substance::Ketamine,
        Identifier::Cas(CasNumber::KETAMINE_HYDROCHLORIDE),
        Form::Hydrochloride,
        None,
        crate::view::index::claim("substance/ketamine-cas-numbers"),
    ),
    record(
        Substance::Esketamine,
        Identifier::Cas(CasNumber::ESKETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-cas-numbers"),
    ),
    record(
        Substance::Ketamine,
        Identifier::Unii(Unii::KETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-fda-unii"),
    ),
    record(
        Substance::Esketamine,
        Identifier::Unii(Unii::ESKETAMINE),
        Form::Base,
        None,
        crate::view::index::claim("substance/ketamine-fda-unii"),
    ),
    record(
        Substance::Ketamine,
        Identifier::Unii(Unii::KETAMINE_HYDROCHLORIDE),
        Form::Hydrochloride,
        None,
        crate::view::index::claim("substance/ketamine-hydrochloride-salt-forms"),
    ),
    record(
        Substance::Esketamine,
        Identifier::Unii(Unii::ESKETAMINE_HYDROCHLORIDE),
        Form::Hydrochloride,
        Some("the ingredient of Spravato as formulated; its active moiety is esketamine"),
        crate::view::index::claim("substance/ketamine-hydrochloride-salt-forms"),
    ),
];

#[cfg(test)]
mod tests {
    use super::{IdentifierRecord, Product, Substance};

    #[test]
    fn every_claim_of_the_module_is_reachable_from_a_substance() {
        // The knowledge base lists `Substance::claims`; every other claim of this
        // module must be one of them, or it would be missing from the export.
        let listed: Vec<_> = Substance::ALL.iter().flat_map(|s| s.claims()).collect();
        let used = IdentifierRecord::all()
            .iter()
            .map(IdentifierRecord::claim)
            .chain(
                super::SupersededIdentifier::all()
                    .iter()
                    .map(super::SupersededIdentifier::claim),
            )
            .chain(Substance::ALL.iter().map(|s| s.dea_schedule_claim()))
            .chain([
                Product::Spravato.claim(),
                Product::Spravato.ndc_claim(),
                crate::DeaSchedule::Ciii.claim(),
                Substance::ketalar_marketing_start_claim(),
                crate::view::index::claim("substance/esketamine-atc-n06ax27-temporary"),
            ]);
        for claim in used {
            assert!(listed.contains(&claim), "{claim}");
        }
    }
}
