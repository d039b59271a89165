//! Substances: racemic ketamine and esketamine, with their identifiers in the
//! registries that software uses (ATC, DrugBank, PubChem, CAS, FDA UNII).
//!
//! Every identifier is a typed value that validates its format when parsed (the
//! CAS check digit included), and every identifier row of the reference file is
//! a cited [`Claim`] reachable from [`IdentifierRecord::claim`].

use crate::{AtcCode, CasNumber, DrugBankId, PubChemCid, Unii};
use crate::{Form, Identifier, Product, Substance};

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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct IdentifierRecord {
    substance: Substance,
    identifier: Identifier,
    form: Form,
    note: Option<&'static str>,
    claim: &'static Claim,
}

impl IdentifierRecord {
    /// Every identifier of every substance, in the order of the reference
    /// table (ATC, DrugBank, PubChem, CAS, UNII).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{IdentifierRecord, IdentifierScheme};
    ///
    /// let cas = IdentifierRecord::all().iter().filter(|r| r.identifier().scheme() == IdentifierScheme::Cas).count();
    /// assert_eq!(cas, 3); // ketamine, ketamine hydrochloride, esketamine
    /// ```
    #[must_use]
    pub const fn all() -> &'static [IdentifierRecord] {
        RECORDS
    }

    /// The substance identified.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{IdentifierRecord, Substance};
    ///
    /// assert_eq!(IdentifierRecord::all()[0].substance(), Substance::Ketamine);
    /// ```
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The identifier.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{AtcCode, Identifier, IdentifierRecord};
    ///
    /// assert_eq!(IdentifierRecord::all()[0].identifier(), Identifier::Atc(AtcCode::KETAMINE));
    /// ```
    #[must_use]
    pub const fn identifier(&self) -> Identifier {
        self.identifier
    }

    /// The chemical form the identifier names (the hydrochloride salt for one
    /// CAS number, the base otherwise).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CasNumber, Form, Identifier, IdentifierRecord};
    ///
    /// let salt = IdentifierRecord::all()
    ///     .iter()
    ///     .find(|r| r.identifier() == Identifier::Cas(CasNumber::KETAMINE_HYDROCHLORIDE));
    /// assert_eq!(salt.map(|r| r.form()), Some(Form::Hydrochloride));
    /// ```
    #[must_use]
    pub const fn form(&self) -> Form {
        self.form
    }

    /// What the entry says beyond the value, where the reference gives more
    /// (e.g. the ATC group).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{AtcCode, Identifier, IdentifierRecord};
    ///
    /// let n06 = IdentifierRecord::all()
    ///     .iter()
    ///     .find(|r| r.identifier() == Identifier::Atc(AtcCode::ESKETAMINE_ANTIDEPRESSANT));
    /// assert!(n06.and_then(|r| r.note()).is_some_and(|n| n.contains("October 2018")));
    /// ```
    #[must_use]
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// The cited reference fact this identifier comes from.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{IdentifierRecord, Source};
    ///
    /// assert!(IdentifierRecord::all()[0].claim().cites(Source::WhoDrugInformation2018));
    /// ```
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

    /// The DrugBank id.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Esketamine.drugbank_id().to_string(), "DB11823");
    /// ```
    #[must_use]
    pub const fn drugbank_id(self) -> DrugBankId {
        match self {
            Self::Ketamine => DrugBankId::KETAMINE,
            Self::Esketamine => DrugBankId::ESKETAMINE,
        }
    }

    /// The PubChem compound id.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Ketamine.pubchem_cid().get(), 3821);
    /// ```
    #[must_use]
    pub const fn pubchem_cid(self) -> PubChemCid {
        match self {
            Self::Ketamine => PubChemCid::KETAMINE,
            Self::Esketamine => PubChemCid::ESKETAMINE,
        }
    }

    /// The CAS registry number of the substance itself (the base).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Esketamine.cas_number().to_string(), "33643-46-8");
    /// ```
    #[must_use]
    pub const fn cas_number(self) -> CasNumber {
        match self {
            Self::Ketamine => CasNumber::KETAMINE,
            Self::Esketamine => CasNumber::ESKETAMINE,
        }
    }

    /// The CAS registry number of the hydrochloride salt, where the reference
    /// gives one (ketamine only).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Ketamine.cas_number_hydrochloride().map(|c| c.to_string()).as_deref(), Some("1867-66-9"));
    /// assert_eq!(Substance::Esketamine.cas_number_hydrochloride(), None);
    /// ```
    #[must_use]
    pub const fn cas_number_hydrochloride(self) -> Option<CasNumber> {
        match self {
            Self::Ketamine => Some(CasNumber::KETAMINE_HYDROCHLORIDE),
            Self::Esketamine => None,
        }
    }

    /// The FDA UNII.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Ketamine.unii().as_str(), "690G0D6V8H");
    /// ```
    #[must_use]
    pub const fn unii(self) -> Unii {
        match self {
            Self::Ketamine => Unii::KETAMINE,
            Self::Esketamine => Unii::ESKETAMINE,
        }
    }

    /// Every identifier record of this substance, each with its claim.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!(Substance::Ketamine.identifiers().count(), 6);
    /// assert_eq!(Substance::Esketamine.identifiers().count(), 6);
    /// ```
    pub fn identifiers(self) -> impl Iterator<Item = &'static IdentifierRecord> {
        RECORDS.iter().filter(move |r| r.substance == self)
    }

    /// The substance an identifier names, if the crate knows it.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, PubChemCid, Substance};
    ///
    /// assert_eq!(Substance::find(&Identifier::PubChem(PubChemCid::ESKETAMINE)), Some(Substance::Esketamine));
    /// assert_eq!(Substance::find(&Identifier::PubChem(PubChemCid::new(1).unwrap())), None);
    /// ```
    #[must_use]
    pub fn find(identifier: &Identifier) -> Option<Self> {
        RECORDS
            .iter()
            .find(|r| r.identifier == *identifier)
            .map(|r| r.substance)
    }

    /// The substance with this ATC code.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{AtcCode, Substance};
    ///
    /// assert_eq!(Substance::from_atc(AtcCode::ESKETAMINE_ANTIDEPRESSANT), Some(Substance::Esketamine));
    /// ```
    #[must_use]
    pub fn from_atc(code: AtcCode) -> Option<Self> {
        Self::find(&Identifier::Atc(code))
    }

    /// The substance with this DrugBank id.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{DrugBankId, Substance};
    ///
    /// assert_eq!(Substance::from_drugbank(DrugBankId::KETAMINE), Some(Substance::Ketamine));
    /// ```
    #[must_use]
    pub fn from_drugbank(id: DrugBankId) -> Option<Self> {
        Self::find(&Identifier::DrugBank(id))
    }

    /// The substance with this PubChem CID.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{PubChemCid, Substance};
    ///
    /// assert_eq!(Substance::from_pubchem(PubChemCid::KETAMINE), Some(Substance::Ketamine));
    /// ```
    #[must_use]
    pub fn from_pubchem(cid: PubChemCid) -> Option<Self> {
        Self::find(&Identifier::PubChem(cid))
    }

    /// The substance with this CAS number (the hydrochloride's number gives
    /// ketamine).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CasNumber, Substance};
    ///
    /// assert_eq!(Substance::from_cas(CasNumber::KETAMINE_HYDROCHLORIDE), Some(Substance::Ketamine));
    /// ```
    #[must_use]
    pub fn from_cas(cas: CasNumber) -> Option<Self> {
        Self::find(&Identifier::Cas(cas))
    }

    /// The substance with this UNII.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Substance, Unii};
    ///
    /// assert_eq!(Substance::from_unii(Unii::ESKETAMINE), Some(Substance::Esketamine));
    /// ```
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
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Product, Substance};
    ///
    /// assert_eq!(Substance::Esketamine.products(), [Product::Spravato]);
    /// assert!(Substance::Ketamine.products().is_empty());
    /// ```
    #[must_use]
    pub const fn products(self) -> &'static [Product] {
        match self {
            Self::Ketamine => &[],
            Self::Esketamine => &[Product::Spravato],
        }
    }

    /// Every reference fact on this substance's identity: its identifiers and,
    /// for esketamine, what it is and which product holds it.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, Substance};
    ///
    /// assert!(Substance::Ketamine.claims().iter().any(|c| c.cites(Source::CasRegistry)));
    /// assert!(Substance::Esketamine.claims().iter().any(|c| c.mentions("S-enantiomer")));
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Substance(self))
    }

    /// The cited fact of how esketamine relates to ketamine and to Spravato.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, Substance};
    ///
    /// let claim = Substance::enantiomer_claim();
    /// assert!(claim.mentions("S-enantiomer"));
    /// assert!(claim.cites(Source::SpravatoPrescribingInformation));
    /// ```
    #[must_use]
    pub const fn enantiomer_claim() -> &'static Claim {
        crate::view::index::claim("substance/esketamine-s-enantiomer-in-spravato")
    }
}

impl Product {
    /// The substance the product contains.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Product, Substance};
    ///
    /// assert_eq!(Product::Spravato.substance(), Substance::Esketamine);
    /// ```
    #[must_use]
    pub const fn substance(self) -> Substance {
        match self {
            Self::Spravato => Substance::Esketamine,
        }
    }

    /// The company that markets the product.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Product;
    ///
    /// assert_eq!(Product::Spravato.manufacturer(), "Janssen");
    /// ```
    #[must_use]
    pub const fn manufacturer(self) -> &'static str {
        match self {
            Self::Spravato => "Janssen",
        }
    }

    /// The route the product is given by.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Product, Route};
    ///
    /// assert_eq!(Product::Spravato.route(), Route::Intranasal);
    /// ```
    #[must_use]
    pub const fn route(self) -> Route {
        match self {
            Self::Spravato => Route::Intranasal,
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
        Some("antidepressant; added October 2018"),
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
            .chain([Product::Spravato.claim()]);
        for claim in used {
            assert!(listed.contains(&claim), "{claim}");
        }
    }
}
