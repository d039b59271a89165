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

    /// The chemical form the identifier names (the hydrochloride salt for one
    /// CAS number, the base otherwise).
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

    /// The DrugBank id.
    #[must_use]
    pub const fn drugbank_id(self) -> DrugBankId {
        match self {
            Self::Ketamine => DrugBankId::KETAMINE,
            Self::Esketamine => DrugBankId::ESKETAMINE,
        }
    }

    /// The PubChem compound id.
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

    /// Every identifier record of this substance, each with its claim.
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
    #[must_use]
    pub fn from_atc(code: AtcCode) -> Option<Self> {
        Self::find(&Identifier::Atc(code))
    }

    /// The substance with this DrugBank id.
    #[must_use]
    pub fn from_drugbank(id: DrugBankId) -> Option<Self> {
        Self::find(&Identifier::DrugBank(id))
    }

    /// The substance with this PubChem CID.
    #[must_use]
    pub fn from_pubchem(cid: PubChemCid) -> Option<Self> {
        Self::find(&Identifier::PubChem(cid))
    }

    /// The substance with this CAS number (the hydrochloride's number gives
    /// ketamine).
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

impl Unii {
    /// The cited fact of how the check character (the 10th) is computed,
    /// which [`Unii::new`] and `FromStr` check.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, Unii};
    ///
    /// assert!(Unii::check_character_claim().cites(Source::FdaGsrsSourceCode));
    /// ```
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
