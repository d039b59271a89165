//! Substances: racemic ketamine and esketamine, with their identifiers in the
//! registries that software uses (ATC, `DrugBank`, `PubChem`, CAS, FDA UNII).
//!
//! Every identifier is a typed value that validates its format when parsed (the
//! CAS check digit and the UNII check character included), and every identifier
//! row of the reference file is a cited [`Claim`] reachable from
//! [`IdentifierRecord::claim`].

use crate::Source;
use core::fmt;
use core::str::FromStr;

use crate::ParseError;

use crate::model::macros::names;

/// A chemical substance the crate describes: racemic ketamine, or its
/// S-enantiomer esketamine (the substance in Spravato).
///
/// Each has its registry identifiers as typed constants
/// ([`atc_codes`](Self::atc_codes), [`drugbank_id`](Self::drugbank_id),
/// [`pubchem_cid`](Self::pubchem_cid), [`cas_number`](Self::cas_number),
/// [`unii`](Self::unii)) and lookups back from each identifier
/// ([`find`](Self::find), [`from_cas`](Self::from_cas), ...).
///
/// | substance | ATC | `DrugBank` | `PubChem` CID | CAS | UNII |
/// | --- | --- | --- | --- | --- | --- |
/// | `Ketamine` | N01AX03 | DB01221 | 3821 | 6740-88-1 (hydrochloride 1867-66-9) | 690G0D6V8H (hydrochloride O18YUO0I83) |
/// | `Esketamine` | N01AX14, N06AX27 | DB11823 | 182137 | 33643-46-8 | 50LFG02TXD (hydrochloride L8P1H35P2Z) |
///
/// Ketamine's superseded CAS numbers still resolve ([`CasNumber::KETAMINE_SUPERSEDED`]).
///
/// `Ord` is declaration order: the racemate first.
///
/// Non-exhaustive: a new edition can describe another substance (such as
/// arketamine).
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
///
/// assert_eq!("esketamine".parse(), Ok(Substance::Esketamine));
/// assert_eq!(Substance::Ketamine.cas_number().to_string(), "6740-88-1");
/// assert!(Substance::Esketamine.is_enantiomer_of(Substance::Ketamine));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Substance {
    /// Ketamine, the racemic mixture of its R- and S-enantiomers.
    Ketamine,
    /// Esketamine, the S-enantiomer; the substance in Spravato nasal spray.
    Esketamine,
}

names! {
    Substance ("substance") {
        Ketamine => "ketamine" | "racemic ketamine" | "ketalar",
        Esketamine => "esketamine" | "s-ketamine" | "spravato",
    }
}

/// A medicinal product named in the reference sources, linked to the
/// substance it contains.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a new edition can name another product.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Product, Route, Substance};
///
/// let spravato = Product::Spravato;
/// assert_eq!(spravato.substance(), Substance::Esketamine);
/// assert_ne!(spravato.substance(), Substance::Ketamine);
/// assert_eq!(spravato.manufacturer(), "Janssen");
/// assert_eq!(spravato.route(), Route::Intranasal);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Product {
    /// Spravato (Janssen): esketamine nasal spray.
    Spravato,
}

names! {
    Product ("product") {
        Spravato => "spravato" | "esketamine nasal spray",
    }
}

/// The chemical form an identifier names: the free base or a salt.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: a source may identify another salt form.
///
/// # Example
///
/// ```
/// use ketamine_facts::Form;
///
/// assert_eq!("HCl".parse(), Ok(Form::Hydrochloride));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// The substance itself (the free base).
    Base,
    /// The hydrochloride salt (as in injectable ketamine).
    Hydrochloride,
}

names! {
    Form ("chemical form") {
        Base => "base" | "free base",
        Hydrochloride => "hydrochloride" | "hcl",
    }
}

/// A registry or classification that identifies substances.
///
/// `Ord` is declaration order.
///
/// Non-exhaustive: the crate may add another registry.
///
/// # Example
///
/// ```
/// use ketamine_facts::{IdentifierScheme, Source};
///
/// assert_eq!(IdentifierScheme::Cas.source(), Source::CasRegistry);
/// assert_eq!("unii".parse(), Ok(IdentifierScheme::Unii));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdentifierScheme {
    /// WHO Anatomical Therapeutic Chemical classification.
    Atc,
    /// `DrugBank` accession number.
    DrugBank,
    /// `PubChem` compound identifier (CID).
    PubChem,
    /// CAS registry number.
    Cas,
    /// FDA Unique Ingredient Identifier.
    Unii,
}

names! {
    IdentifierScheme ("identifier scheme") {
        Atc => "atc" | "atc code",
        DrugBank => "drugbank" | "drugbank id",
        PubChem => "pubchem" | "pubchem cid" | "cid",
        Cas => "cas" | "cas number" | "cas rn",
        Unii => "unii" | "fda unii",
    }
}

/// Any one identifier of a substance, tagged with its scheme.
///
/// `Display` writes the scheme and the value ("CAS 6740-88-1", "`PubChem` CID
/// 3821"); [`value`](Self::value) is the bare value ("6740-88-1", "3821").
///
/// # Parsing never guesses
///
/// `FromStr` reads a scheme name of [`IdentifierScheme`] followed by a space
/// or a colon and the value ("`PubChem` CID 3821", "pubchem:3821",
/// "unii 690G0D6V8H"); [`parse_with`](Self::parse_with) takes the scheme as
/// a value, and [`from_fhir`](Self::from_fhir) reads a FHIR `Identifier`'s
/// system URI and value. Without a scheme, only a value whose shape belongs
/// to one scheme alone is read as that scheme:
///
/// | bare value | read as |
/// | --- | --- |
/// | "DB" and a digit | `DrugBank` id |
/// | digits and hyphens, with a hyphen | CAS registry number |
/// | a letter and 2 digits, 3 to 9 characters (`N01AX03`; `N01AX3` is a malformed one) | ATC code |
/// | 10 characters, the first 9 letters and digits, not all digits | UNII |
/// | digits only | refused as **ambiguous**: a `PubChem` CID, a SNOMED CT code, a CAS number without its hyphens, ...; name the scheme |
/// | anything else | refused as an unknown identifier, listing the accepted forms |
///
/// A bare number is refused rather than taken as a `PubChem` CID because numbers
/// are the one shape several systems share: the SNOMED CT route code
/// `47625008`, read as a CID, would silently name no substance. A UNII made of
/// digits only is given with its scheme too ("UNII 0123456789").
///
/// When a scheme was named or the shape chose one and the value breaks that
/// scheme's rules, the error names the scheme ([`ParseError::read_as`]) and the
/// rule ([`ParseError::reason`]). `Ord` is by scheme, then value.
///
/// Non-exhaustive: it has one variant per identifier scheme, and schemes may be
/// added.
///
/// # Example
///
/// ```
/// use ketamine_facts::{CasNumber, Identifier, IdentifierScheme, PubChemCid, Substance};
///
/// let id: Identifier = "1867-66-9".parse()?;
/// assert_eq!(id, Identifier::Cas(CasNumber::KETAMINE_HYDROCHLORIDE));
/// assert_eq!(Substance::find(&id), Some(Substance::Ketamine));
/// assert_eq!(id.to_string(), "CAS 1867-66-9");
/// assert_eq!(id.value(), "1867-66-9");
/// assert_eq!("unii: 50LFG02TXD".parse::<Identifier>().ok().and_then(|i| Substance::find(&i)), Some(Substance::Esketamine));
///
/// // a bare number is ambiguous: give its scheme
/// let err = "3821".parse::<Identifier>().unwrap_err();
/// assert_eq!(err.reason(), Some(Identifier::AMBIGUOUS_NUMBER));
/// assert_eq!("pubchem:3821".parse(), Ok(Identifier::PubChem(PubChemCid::KETAMINE)));
/// assert_eq!(Identifier::parse_with(IdentifierScheme::PubChem, "3821"), Ok(Identifier::PubChem(PubChemCid::KETAMINE)));
///
/// // a malformed ATC code is said to be one
/// let err = "N01AX3".parse::<Identifier>().unwrap_err();
/// assert_eq!(err.read_as(), Some("ATC code"));
/// assert_eq!(err.reason(), Some("a substance-level ATC code has 7 characters"));
///
/// // text no scheme's shape fits is an unknown identifier
/// let err = "ketamine".parse::<Identifier>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown substance identifier \"ketamine\": expected one of ATC N01AX03, DrugBank DB01221, PubChem CID 3821, CAS 6740-88-1, UNII 690G0D6V8H",
/// );
/// let err = "DB1221".parse::<Identifier>().unwrap_err();
/// assert_eq!(err.read_as(), Some("DrugBank id"));
/// assert_eq!(err.reason(), Some("\"DB\" is followed by exactly 5 digits"));
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Identifier {
    /// A WHO ATC code.
    Atc(AtcCode),
    /// A `DrugBank` id.
    DrugBank(DrugBankId),
    /// A `PubChem` CID.
    PubChem(PubChemCid),
    /// A CAS registry number.
    Cas(CasNumber),
    /// An FDA UNII.
    Unii(Unii),
}

impl IdentifierScheme {
    /// The code system of this scheme, where HL7 Terminology registers one:
    /// `None` for `DrugBank` and `PubChem`, which have no registered system URI.
    #[must_use]
    pub const fn code_system(self) -> Option<crate::CodeSystem> {
        match self {
            Self::Atc => Some(crate::CodeSystem::Atc),
            Self::Cas => Some(crate::CodeSystem::Cas),
            Self::Unii => Some(crate::CodeSystem::Unii),
            Self::DrugBank | Self::PubChem => None,
        }
    }

    /// The reference source the crate cites for identifiers of this scheme.
    #[must_use]
    pub const fn source(self) -> Source {
        match self {
            Self::Atc => Source::WhoDrugInformation2018,
            Self::DrugBank => Source::DrugBank,
            Self::PubChem => Source::PubChem,
            Self::Cas => Source::CasRegistry,
            Self::Unii => Source::FdaGsrs,
        }
    }
}

/// Reads a byte array as text; every identifier is validated ASCII, so this
/// never falls back in practice.
const fn ascii(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}

/// `Debug` as the type's name and its text in quotes (`AtcCode("N01AX03")`),
/// not the bytes or number it is stored as.
macro_rules! debug_as_text {
    ($($T:ident),+) => {$(
        impl fmt::Debug for $T {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($T))
                    .field(&format_args!("\"{self}\""))
                    .finish()
            }
        }
    )+};
}

debug_as_text!(AtcCode, DrugBankId, CasNumber, Unii, NdcProductCode);

/// A WHO ATC code at the chemical-substance level: seven characters, such as
/// `N01AX03` (anatomical group letter, two digits, two letters, two digits).
///
/// `FromStr` trims, accepts lower case, and checks the shape and that the
/// first letter is one of the 14 anatomical main groups. `Ord` is alphabetical.
///
/// # Example
///
/// ```
/// use ketamine_facts::AtcCode;
///
/// let code: AtcCode = "n01ax03".parse()?;
/// assert_eq!(code, AtcCode::KETAMINE);
/// assert_eq!(code.to_string(), "N01AX03");
/// assert_eq!(code.chemical_subgroup(), "N01AX");
/// assert!("N01AX3".parse::<AtcCode>().is_err());
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AtcCode([u8; 7]);

impl AtcCode {
    /// Ketamine, among "other general anesthetics" (N01AX).
    pub const KETAMINE: Self = Self(*b"N01AX03");
    /// Esketamine as an anesthetic.
    pub const ESKETAMINE_ANESTHETIC: Self = Self(*b"N01AX14");
    /// Esketamine as an antidepressant (added October 2018).
    pub const ESKETAMINE_ANTIDEPRESSANT: Self = Self(*b"N06AX27");

    const EXAMPLES: &'static [&'static str] = &["N01AX03", "N06AX27"];

    /// The code as text.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        ascii(&self.0)
    }

    /// The first five characters: the chemical subgroup ("N01AX": other
    /// general anesthetics; "N06AX": other antidepressants).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::AtcCode;
    ///
    /// assert_eq!(AtcCode::ESKETAMINE_ANTIDEPRESSANT.chemical_subgroup(), "N06AX");
    /// ```
    #[must_use]
    pub const fn chemical_subgroup(&self) -> &str {
        match self.0.split_first_chunk::<5>() {
            Some((head, _)) => ascii(head),
            None => "",
        }
    }
}

impl fmt::Display for AtcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AtcCode {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "ATC code";
        let bytes = input.trim().as_bytes();
        let Ok(raw) = <[u8; 7]>::try_from(bytes) else {
            return Err(ParseError::invalid(
                input,
                KIND,
                "a substance-level ATC code has 7 characters",
                Self::EXAMPLES,
            ));
        };
        let code = raw.map(|b| b.to_ascii_uppercase());
        let shape = code[0].is_ascii_uppercase()
            && code[1].is_ascii_digit()
            && code[2].is_ascii_digit()
            && code[3].is_ascii_uppercase()
            && code[4].is_ascii_uppercase()
            && code[5].is_ascii_digit()
            && code[6].is_ascii_digit();
        if !shape {
            return Err(ParseError::invalid(
                input,
                KIND,
                "expected a letter, 2 digits, 2 letters and 2 digits",
                Self::EXAMPLES,
            ));
        }
        if !b"ABCDGHJLMNPRSV".contains(&code[0]) {
            return Err(ParseError::invalid(
                input,
                KIND,
                "the first letter is not an ATC anatomical main group",
                Self::EXAMPLES,
            ));
        }
        Ok(Self(code))
    }
}

/// A `DrugBank` accession number for a drug: "DB" and five digits, such as
/// `DB01221`.
///
/// `FromStr` trims and accepts a lower-case prefix. `Ord` is numeric.
///
/// # Example
///
/// ```
/// use ketamine_facts::DrugBankId;
///
/// let id: DrugBankId = "db01221".parse()?;
/// assert_eq!(id, DrugBankId::KETAMINE);
/// assert_eq!(id.to_string(), "DB01221");
/// assert_eq!(id.get(), 1221);
/// assert!("DB1221".parse::<DrugBankId>().is_err());
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DrugBankId(u32);

impl DrugBankId {
    /// Ketamine: DB01221.
    pub const KETAMINE: Self = Self(1221);
    /// Esketamine: DB11823.
    pub const ESKETAMINE: Self = Self(11823);

    const EXAMPLES: &'static [&'static str] = &["DB01221", "DB11823"];

    /// An id from its number (1 to 99999), or `None` outside that range.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::DrugBankId;
    ///
    /// assert_eq!(DrugBankId::new(11823), Some(DrugBankId::ESKETAMINE));
    /// assert_eq!(DrugBankId::new(0), None);
    /// assert_eq!(DrugBankId::new(100_000), None);
    /// ```
    #[must_use]
    pub const fn new(number: u32) -> Option<Self> {
        if number >= 1 && number <= 99_999 {
            Some(Self(number))
        } else {
            None
        }
    }

    /// The number after "DB" (the one accessor name every numeric identifier
    /// shares: [`PubChemCid::get`], [`CasNumber::get`]).
    #[must_use]
    pub const fn get(self) -> u32 {
        self.0
    }

    /// The number after "DB".
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use DrugBankId::get, the accessor every numeric identifier shares"
    )]
    pub const fn number(self) -> u32 {
        self.0
    }
}

impl fmt::Display for DrugBankId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DB{:05}", self.0)
    }
}

impl FromStr for DrugBankId {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "DrugBank id";
        let text = input.trim();
        let digits = match text.get(..2) {
            Some(prefix) if prefix.eq_ignore_ascii_case("DB") => text.get(2..).unwrap_or(""),
            _ => {
                return Err(ParseError::invalid(
                    input,
                    KIND,
                    "a DrugBank id starts with \"DB\"",
                    Self::EXAMPLES,
                ));
            }
        };
        if digits.len() != 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::invalid(
                input,
                KIND,
                "\"DB\" is followed by exactly 5 digits",
                Self::EXAMPLES,
            ));
        }
        digits
            .parse()
            .ok()
            .and_then(Self::new)
            .ok_or_else(|| ParseError::invalid(input, KIND, "DB00000 is not an id", Self::EXAMPLES))
    }
}

/// A `PubChem` compound identifier (CID): a positive whole number, such as 3821.
///
/// `FromStr` trims and accepts an optional "CID" prefix ("CID 3821",
/// "cid:3821"); it rejects leading zeros, so text and value round-trip.
/// `Ord` is numeric.
///
/// # Example
///
/// ```
/// use ketamine_facts::PubChemCid;
///
/// assert_eq!("3821".parse(), Ok(PubChemCid::KETAMINE));
/// assert_eq!("CID 182137".parse(), Ok(PubChemCid::ESKETAMINE));
/// assert_eq!(PubChemCid::KETAMINE.to_string(), "3821");
/// assert!("0".parse::<PubChemCid>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PubChemCid(u32);

impl PubChemCid {
    /// Ketamine: CID 3821.
    pub const KETAMINE: Self = Self(3821);
    /// Esketamine: CID 182137.
    pub const ESKETAMINE: Self = Self(182_137);

    const EXAMPLES: &'static [&'static str] = &["3821", "182137"];

    /// A CID, or `None` for zero.
    #[must_use]
    pub const fn new(cid: u32) -> Option<Self> {
        if cid == 0 { None } else { Some(Self(cid)) }
    }

    /// The number.
    #[must_use]
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for PubChemCid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for PubChemCid {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "PubChem CID";
        let mut text = input.trim();
        if let Some(prefix) = text.get(..3)
            && prefix.eq_ignore_ascii_case("CID")
        {
            text = text
                .get(3..)
                .unwrap_or("")
                .trim_start_matches([' ', ':'])
                .trim_start();
        }
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::invalid(
                input,
                KIND,
                "a CID is a whole number",
                Self::EXAMPLES,
            ));
        }
        if text.starts_with('0') {
            return Err(ParseError::invalid(
                input,
                KIND,
                "a CID is positive and has no leading zeros",
                Self::EXAMPLES,
            ));
        }
        text.parse::<u32>().ok().and_then(Self::new).ok_or_else(|| {
            ParseError::invalid(input, KIND, "the number is too large", Self::EXAMPLES)
        })
    }
}

/// A CAS registry number: 2 to 7 digits, 2 digits and a check digit, joined
/// by hyphens, such as `6740-88-1`.
///
/// The check digit is the sum of the other digits, each multiplied by its
/// position counted from the right (1, 2, 3, ...), modulo 10. `FromStr` checks
/// it, so a mistyped number is rejected. `Ord` is numeric (by all digits).
///
/// # Example
///
/// ```
/// use ketamine_facts::CasNumber;
///
/// let cas: CasNumber = "6740-88-1".parse()?;
/// assert_eq!(cas, CasNumber::KETAMINE);
/// assert_eq!(cas.check_digit(), 1);
/// assert_eq!(cas.to_string(), "6740-88-1");
/// assert!("6740-88-2".parse::<CasNumber>().is_err()); // wrong check digit
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CasNumber(u64);

impl CasNumber {
    /// Ketamine (the free base): 6740-88-1.
    pub const KETAMINE: Self = Self(6_740_881);
    /// Ketamine hydrochloride: 1867-66-9.
    pub const KETAMINE_HYDROCHLORIDE: Self = Self(1_867_669);
    /// Esketamine: 33643-46-8.
    pub const ESKETAMINE: Self = Self(33_643_468);
    /// The CAS numbers of ketamine that FDA substance data lists as superseded
    /// (33643-45-7, 79499-51-7, 100477-72-3): they still name ketamine, whose
    /// current number is [`CasNumber::KETAMINE`].
    pub const KETAMINE_SUPERSEDED: &'static [Self] =
        &[Self(33_643_457), Self(79_499_517), Self(100_477_723)];

    const EXAMPLES: &'static [&'static str] = &["6740-88-1", "33643-46-8"];

    /// The check digit that belongs after `base` (the number without its
    /// check digit, e.g. 674088 for 6740-88-1).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::CasNumber;
    ///
    /// assert_eq!(CasNumber::check_digit_for(674_088), 1);
    /// assert_eq!(CasNumber::check_digit_for(186_766), 9);
    /// assert_eq!(CasNumber::check_digit_for(3_364_346), 8);
    /// ```
    #[must_use]
    pub const fn check_digit_for(base: u64) -> u8 {
        let (mut rest, mut position, mut sum) = (base, 1_u64, 0_u64);
        while rest > 0 {
            sum += (rest % 10) * position;
            rest /= 10;
            position += 1;
        }
        (sum % 10) as u8
    }

    /// A CAS number from all its digits (check digit last, e.g. 6740881), or
    /// `None` if the check digit is wrong or the length is not 5 to 10 digits.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::CasNumber;
    ///
    /// assert_eq!(CasNumber::new(6_740_881), Some(CasNumber::KETAMINE));
    /// assert_eq!(CasNumber::new(6_740_882), None);
    /// assert_eq!(CasNumber::new(7_732), None); // too short
    /// ```
    #[must_use]
    pub const fn new(digits: u64) -> Option<Self> {
        // 2 to 7 leading digits (no leading zero), 2 digits, 1 check digit.
        if digits < 10_000 || digits > 9_999_999_999 {
            return None;
        }
        if Self::check_digit_for(digits / 10) as u64 == digits % 10 {
            Some(Self(digits))
        } else {
            None
        }
    }

    /// All the digits as one number, check digit last (6740881 for
    /// 6740-88-1): the accessor every numeric identifier shares.
    #[must_use]
    pub const fn get(self) -> u64 {
        self.0
    }

    /// All the digits as one number, check digit last.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use CasNumber::get, the accessor every numeric identifier shares"
    )]
    pub const fn digits(self) -> u64 {
        self.0
    }

    /// The check digit (the last digit).
    #[must_use]
    pub const fn check_digit(self) -> u8 {
        (self.0 % 10) as u8
    }
}

impl fmt::Display for CasNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        write!(f, "{}-{:02}-{}", n / 1000, (n / 10) % 100, n % 10)
    }
}

impl FromStr for CasNumber {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "CAS registry number";
        let shape_error = || {
            ParseError::invalid(
                input,
                KIND,
                "expected 2 to 7 digits, 2 digits and a check digit, joined by hyphens",
                Self::EXAMPLES,
            )
        };
        let mut parts = input.trim().split('-');
        let (Some(first), Some(middle), Some(check), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(shape_error());
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        let shape = (2..=7).contains(&first.len())
            && !first.starts_with('0')
            && middle.len() == 2
            && check.len() == 1
            && all_digits(first)
            && all_digits(middle)
            && all_digits(check);
        if !shape {
            return Err(shape_error());
        }
        let number = |s: &str| s.parse::<u64>().ok();
        let (Some(a), Some(b), Some(c)) = (number(first), number(middle), number(check)) else {
            return Err(shape_error());
        };
        Self::new(a * 1000 + b * 10 + c).ok_or_else(|| {
            ParseError::invalid(
                input,
                KIND,
                "the check digit does not match",
                Self::EXAMPLES,
            )
        })
    }
}

/// An FDA Unique Ingredient Identifier (UNII): ten upper-case letters and
/// digits, such as `690G0D6V8H`, assigned by the FDA Global Substance
/// Registration System.
///
/// The 10th character is a check character: the first nine characters are read
/// as numbers in the alphabet `0`-`9`, `A`-`Z` (0 to 35), summed, and the sum
/// modulo 36 is written back in the same alphabet (690G0D6V8H: the sum is 89,
/// 89 mod 36 = 17 = `H`), as the FDA GSRS source code computes it.
///
/// `FromStr` trims and upper-cases; it checks length, alphabet and the check
/// character. `Ord` is alphabetical.
///
/// # Example
///
/// ```
/// use ketamine_facts::Unii;
///
/// let unii: Unii = "690g0d6v8h".parse()?;
/// assert_eq!(unii, Unii::KETAMINE);
/// assert_eq!(unii.to_string(), "690G0D6V8H");
/// assert_eq!(unii.check_character(), 'H');
/// assert!("690G0D6V8".parse::<Unii>().is_err());
/// // GSRS's test vectors: the same nine characters, a right and a wrong check.
/// assert!("7LN1X0A80V".parse::<Unii>().is_ok());
/// let err = "7LN1X0A80Q".parse::<Unii>().unwrap_err();
/// assert_eq!(err.reason(), Some("the check character (the 10th) does not match the first 9"));
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unii([u8; 10]);

impl Unii {
    /// Ketamine: 690G0D6V8H.
    pub const KETAMINE: Self = Self(*b"690G0D6V8H");
    /// Esketamine: 50LFG02TXD.
    pub const ESKETAMINE: Self = Self(*b"50LFG02TXD");

    /// Ketamine hydrochloride: O18YUO0I83.
    pub const KETAMINE_HYDROCHLORIDE: Self = Self(*b"O18YUO0I83");
    /// Esketamine hydrochloride: L8P1H35P2Z, the ingredient of Spravato as
    /// formulated (its active moiety is esketamine, [`Unii::ESKETAMINE`]).
    pub const ESKETAMINE_HYDROCHLORIDE: Self = Self(*b"L8P1H35P2Z");

    const EXAMPLES: &'static [&'static str] = &["690G0D6V8H", "50LFG02TXD"];

    /// A UNII from its ten characters, or `None` unless they are ASCII letters
    /// and digits whose 10th is the check character of the first nine. Lower
    /// case is upper-cased.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Unii;
    ///
    /// assert_eq!(Unii::new(*b"50LFG02TXD"), Some(Unii::ESKETAMINE));
    /// assert_eq!(Unii::new(*b"50lfg02txd"), Some(Unii::ESKETAMINE));
    /// assert_eq!(Unii::new(*b"50LFG02TXE"), None); // wrong check character
    /// assert_eq!(Unii::new(*b"50LFG02TX-"), None);
    /// ```
    #[must_use]
    pub const fn new(code: [u8; 10]) -> Option<Self> {
        let mut upper = code;
        let mut i = 0;
        while i < upper.len() {
            if !upper[i].is_ascii_alphanumeric() {
                return None;
            }
            upper[i] = upper[i].to_ascii_uppercase();
            i += 1;
        }
        let (first, _) = upper.split_at(9);
        match Self::check_for(first) {
            Some(check) if check == upper[9] => Some(Self(upper)),
            _ => None,
        }
    }

    /// The check character that belongs after `first_nine` (nine letters and
    /// digits, either case), or `None` if it is not that.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Unii;
    ///
    /// assert_eq!(Unii::check_character_for("690G0D6V8"), Some('H'));
    /// assert_eq!(Unii::check_character_for("7ln1x0a80"), Some('V'));
    /// assert_eq!(Unii::check_character_for("690G0D6V"), None);
    /// ```
    #[must_use]
    pub const fn check_character_for(first_nine: &str) -> Option<char> {
        match Self::check_for(first_nine.as_bytes()) {
            Some(check) => Some(check as char),
            None => None,
        }
    }

    /// The check character (as an ASCII byte) of nine letters and digits.
    const fn check_for(first_nine: &[u8]) -> Option<u8> {
        if first_nine.len() != 9 {
            return None;
        }
        let mut sum: u32 = 0;
        let mut i = 0;
        while i < first_nine.len() {
            let b = first_nine[i].to_ascii_uppercase();
            let value = match b {
                b'0'..=b'9' => b - b'0',
                b'A'..=b'Z' => b - b'A' + 10,
                _ => return None,
            };
            sum += value as u32;
            i += 1;
        }
        let check = (sum % 36) as u8;
        Some(if check < 10 {
            b'0' + check
        } else {
            b'A' + check - 10
        })
    }

    /// The check character: the 10th.
    #[must_use]
    pub const fn check_character(&self) -> char {
        self.0[9] as char
    }

    /// The identifier as text.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        ascii(&self.0)
    }
}

// Every UNII constant carries its right check character.
const _: () = {
    assert!(Unii::new(Unii::KETAMINE.0).is_some());
    assert!(Unii::new(Unii::ESKETAMINE.0).is_some());
    assert!(Unii::new(Unii::KETAMINE_HYDROCHLORIDE.0).is_some());
    assert!(Unii::new(Unii::ESKETAMINE_HYDROCHLORIDE.0).is_some());
};

impl fmt::Display for Unii {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Unii {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let Ok(raw) = <[u8; 10]>::try_from(input.trim().as_bytes()) else {
            return Err(ParseError::invalid(
                input,
                "UNII",
                "a UNII has 10 characters",
                Self::EXAMPLES,
            ));
        };
        if !raw.iter().all(u8::is_ascii_alphanumeric) {
            return Err(ParseError::invalid(
                input,
                "UNII",
                "a UNII has only letters and digits",
                Self::EXAMPLES,
            ));
        }
        Self::new(raw).ok_or_else(|| {
            ParseError::invalid(
                input,
                "UNII",
                "the check character (the 10th) does not match the first 9",
                Self::EXAMPLES,
            )
        })
    }
}

/// A US DEA controlled-substance schedule, as the FDA's Structured Product
/// Labeling codes it: an NCI Thesaurus concept in the SPL DEA schedule
/// terminology (NCI Thesaurus subset C54459).
///
/// Only the schedule the crate's substances are in is modelled: CIII, for
/// ketamine and for esketamine ([`Substance::dea_schedule`](crate::Substance::dea_schedule)).
/// `Ord` is declaration order.
///
/// Non-exhaustive: only the schedule that ketamine is in is named; a new edition
/// may name others.
///
/// # Example
///
/// ```
/// use ketamine_facts::DeaSchedule;
///
/// let schedule: DeaSchedule = "schedule III".parse()?;
/// assert_eq!(schedule, DeaSchedule::Ciii);
/// assert_eq!(schedule.nci_thesaurus_code(), "C48676");
/// assert_eq!(schedule.display_text(), "CIII");
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeaSchedule {
    /// Schedule III (CIII).
    Ciii,
}

names! {
    DeaSchedule ("DEA schedule") {
        Ciii => "ciii" | "schedule iii" | "iii",
    }
}

impl DeaSchedule {
    /// The NCI Thesaurus code of the schedule in the SPL DEA schedule
    /// terminology (C48676 for CIII).
    #[must_use]
    pub const fn nci_thesaurus_code(self) -> &'static str {
        match self {
            Self::Ciii => "C48676",
        }
    }

    /// The SPL name of the schedule ("CIII").
    #[must_use]
    pub const fn display_text(self) -> &'static str {
        match self {
            Self::Ciii => "CIII",
        }
    }
}

/// An FDA National Drug Code *product* code: the labeler and product
/// segments of an NDC, without the package segment, such as `50458-028`
/// (labeler 50458, Janssen; product 028, Spravato 28 mg).
///
/// `FromStr` trims and takes the three hyphenated shapes of the FDA NDC
/// Directory: 4-4, 5-3 and 5-4 digits. `Display` writes the digits as read,
/// leading zeros included. `Ord` is by labeler, then product.
///
/// # Example
///
/// ```
/// use ketamine_facts::NdcProductCode;
///
/// let code: NdcProductCode = "50458-028".parse()?;
/// assert_eq!(code, NdcProductCode::SPRAVATO_28_MG);
/// assert_eq!(code.labeler(), "50458");
/// assert_eq!(code.product(), "028");
/// assert_eq!(code.to_string(), "50458-028");
/// assert!("50458-28".parse::<NdcProductCode>().is_err());
/// assert!("50458028".parse::<NdcProductCode>().is_err());
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NdcProductCode {
    /// The digits, labeler then product, with the labeler's length.
    digits: [u8; 9],
    labeler_len: u8,
    len: u8,
}

impl NdcProductCode {
    /// Spravato 28 mg per 0.2 mL nasal spray device: 50458-028.
    pub const SPRAVATO_28_MG: Self = Self {
        digits: *b"50458028\0",
        labeler_len: 5,
        len: 8,
    };

    const EXAMPLES: &'static [&'static str] = &["50458-028"];

    /// The labeler segment (4 or 5 digits).
    #[must_use]
    pub fn labeler(&self) -> &str {
        ascii(&self.digits[..usize::from(self.labeler_len)])
    }

    /// The product segment (3 or 4 digits).
    #[must_use]
    pub fn product(&self) -> &str {
        ascii(&self.digits[usize::from(self.labeler_len)..usize::from(self.len)])
    }
}

impl fmt::Display for NdcProductCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.labeler(), self.product())
    }
}

impl FromStr for NdcProductCode {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "NDC product code";
        let text = input.trim();
        let error = || {
            ParseError::invalid(
                input,
                KIND,
                "expected labeler and product digits joined by a hyphen: 4-4, 5-3 or 5-4",
                Self::EXAMPLES,
            )
        };
        let (labeler, product) = text.split_once('-').ok_or_else(error)?;
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        let shape = matches!((labeler.len(), product.len()), (4 | 5, 4) | (5, 3));
        if !shape || !digits_only(labeler) || !digits_only(product) {
            return Err(error());
        }
        let mut digits = [0_u8; 9];
        let len = labeler.len() + product.len();
        digits[..labeler.len()].copy_from_slice(labeler.as_bytes());
        digits[labeler.len()..len].copy_from_slice(product.as_bytes());
        Ok(Self {
            digits,
            labeler_len: labeler.len() as u8,
            len: len as u8,
        })
    }
}

impl Identifier {
    /// The scheme of the identifier.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, IdentifierScheme, Unii};
    ///
    /// assert_eq!(Identifier::Unii(Unii::KETAMINE).scheme(), IdentifierScheme::Unii);
    /// ```
    #[must_use]
    pub const fn scheme(&self) -> IdentifierScheme {
        match self {
            Self::Atc(_) => IdentifierScheme::Atc,
            Self::DrugBank(_) => IdentifierScheme::DrugBank,
            Self::PubChem(_) => IdentifierScheme::PubChem,
            Self::Cas(_) => IdentifierScheme::Cas,
            Self::Unii(_) => IdentifierScheme::Unii,
        }
    }

    /// The bare value, as a FHIR `Identifier.value` writes it: "N01AX03",
    /// "DB01221", "3821", "6740-88-1", "690G0D6V8H" (no scheme; see
    /// [`scheme`](Self::scheme)). A `Copy` value holding the text inline:
    /// nothing is allocated.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, Substance};
    ///
    /// for record in Substance::Ketamine.identifiers() {
    ///     let id = record.identifier();
    ///     // the value with its scheme reads back
    ///     assert_eq!(Identifier::parse_with(id.scheme(), &id.value()), Ok(id));
    /// }
    /// let id = Identifier::DrugBank(Substance::Ketamine.drugbank_id());
    /// assert_eq!(id.value(), "DB01221");
    /// assert_eq!(id.to_string(), "DrugBank DB01221");
    /// ```
    #[must_use]
    pub fn value(&self) -> IdentifierValue {
        use fmt::Write as _;
        let mut value = IdentifierValue {
            bytes: [0; IdentifierValue::CAPACITY],
            len: 0,
        };
        // Every identifier's text fits (the longest is a 12-character CAS
        // number), so the write cannot fail; were it to, the value would be cut.
        let _ = match self {
            Self::Atc(code) => write!(value, "{code}"),
            Self::DrugBank(id) => write!(value, "{id}"),
            Self::PubChem(cid) => write!(value, "{cid}"),
            Self::Cas(cas) => write!(value, "{cas}"),
            Self::Unii(unii) => write!(value, "{unii}"),
        };
        value
    }

    /// Parses `value` (trimmed) as an identifier of `scheme`: the way to read
    /// a bare value whose scheme is known from elsewhere (a column, a field).
    ///
    /// # Errors
    ///
    /// When the value breaks the scheme's rules: the error's kind is
    /// "substance identifier", [`read_as`](ParseError::read_as) names the
    /// scheme's format and [`reason`](ParseError::reason) the rule.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Identifier, IdentifierScheme, PubChemCid};
    ///
    /// assert_eq!(
    ///     Identifier::parse_with(IdentifierScheme::PubChem, "182137"),
    ///     Ok(Identifier::PubChem(PubChemCid::ESKETAMINE)),
    /// );
    /// let err = Identifier::parse_with(IdentifierScheme::Unii, "47625008").unwrap_err();
    /// assert_eq!(err.read_as(), Some("UNII"));
    /// ```
    pub fn parse_with(scheme: IdentifierScheme, value: &str) -> Result<Self, ParseError> {
        Self::parse_as(scheme, value).map_err(|err| err.within(value, "substance identifier"))
    }

    /// Parses `value` as an identifier of `scheme` (the error is the scheme's own).
    pub(crate) fn parse_as(scheme: IdentifierScheme, value: &str) -> Result<Self, ParseError> {
        Ok(match scheme {
            IdentifierScheme::Atc => Self::Atc(value.parse()?),
            IdentifierScheme::DrugBank => Self::DrugBank(value.parse()?),
            IdentifierScheme::PubChem => Self::PubChem(value.parse()?),
            IdentifierScheme::Cas => Self::Cas(value.parse()?),
            IdentifierScheme::Unii => Self::Unii(value.parse()?),
        })
    }

    /// The reason given for a bare number ([`FromStr`](#impl-FromStr-for-Identifier)):
    /// several schemes and code systems write numbers, so the crate does not
    /// pick one.
    pub const AMBIGUOUS_NUMBER: &'static str = "a bare number is ambiguous (a PubChem CID? a SNOMED CT code? a CAS number without hyphens?): give the scheme first";

    /// The forms a bare number is accepted in, for the ambiguity error.
    const NUMBER_FORMS: &'static [&'static str] = &["PubChem CID 3821", "pubchem:3821"];

    /// The scheme a bare value's shape belongs to (see the type's docs):
    /// `Ok(None)` when no scheme's shape fits, `Err` for a bare number. One
    /// pass over the bytes.
    pub(crate) fn shape(value: &str) -> Result<Option<IdentifierScheme>, ()> {
        let bytes = value.as_bytes();
        let (letters, digits, hyphens) = bytes.iter().fold((0, 0, 0), |(l, d, h), b| {
            (
                l + usize::from(b.is_ascii_alphabetic()),
                d + usize::from(b.is_ascii_digit()),
                h + usize::from(*b == b'-'),
            )
        });
        let alphanumeric = letters + digits == bytes.len();
        if !bytes.is_empty() && digits == bytes.len() {
            return Err(());
        }
        Ok(match bytes {
            [b'D' | b'd', b'B' | b'b', digit, ..] if digit.is_ascii_digit() => {
                Some(IdentifierScheme::DrugBank)
            }
            [first, ..]
                if hyphens > 0 && digits + hyphens == bytes.len() && first.is_ascii_digit() =>
            {
                Some(IdentifierScheme::Cas)
            }
            [letter, d1, d2, ..]
                if (3..=9).contains(&bytes.len())
                    && alphanumeric
                    && letter.is_ascii_alphabetic()
                    && d1.is_ascii_digit()
                    && d2.is_ascii_digit() =>
            {
                Some(IdentifierScheme::Atc)
            }
            [head @ .., _] if bytes.len() == 10 && head.iter().all(u8::is_ascii_alphanumeric) => {
                Some(IdentifierScheme::Unii)
            }
            _ => None,
        })
    }

    /// Splits "scheme: value" or "scheme value" (trimmed text) into the scheme
    /// and the value; the longest scheme name that fits wins.
    ///
    /// A scheme name is at most [`LONGEST_SCHEME`] bytes, so only separators
    /// among the first bytes are tried: constant work, whatever the length.
    fn split_scheme(text: &str) -> Option<(IdentifierScheme, &str)> {
        let window = &text.as_bytes()[..text.len().min(LONGEST_SCHEME + 1)];
        let is_separator = |b: u8| b == b':' || b.is_ascii_whitespace();
        (1..window.len())
            .rev()
            .filter(|&at| is_separator(window[at]))
            .find_map(|at| {
                // `at` is an ASCII byte, so a char boundary
                let (head, tail) = text.split_at(at);
                let scheme = head.parse::<IdentifierScheme>().ok()?;
                Some((
                    scheme,
                    tail.trim_start_matches(|c: char| c == ':' || c.is_whitespace()),
                ))
            })
    }
}

/// The bare text of an [`Identifier`] ([`Identifier::value`]): "N01AX03",
/// "DB01221", "3821", "6740-88-1", "690G0D6V8H".
///
/// Held inline (`Copy`, no allocation); it dereferences to `str`, compares
/// with `str`, and `Debug` shows it as a string. `Ord` is by text.
///
/// # Example
///
/// ```
/// use ketamine_facts::{CasNumber, Identifier};
///
/// let value = Identifier::Cas(CasNumber::KETAMINE).value();
/// assert_eq!(value, "6740-88-1");
/// assert_eq!(value.as_str(), "6740-88-1");
/// assert_eq!(value.len(), 9); // through Deref<Target = str>
/// assert_eq!(format!("{value:?}"), "\"6740-88-1\"");
/// ```
#[derive(Clone, Copy)]
pub struct IdentifierValue {
    bytes: [u8; IdentifierValue::CAPACITY],
    len: u8,
}

impl IdentifierValue {
    /// Room for the longest identifier text, a CAS number of 10 digits and
    /// its 2 hyphens.
    const CAPACITY: usize = 12;

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .unwrap_or("")
    }
}

impl fmt::Write for IdentifierValue {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let start = usize::from(self.len);
        let end = start + text.len();
        let slot = self.bytes.get_mut(start..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = u8::try_from(end).map_err(|_| fmt::Error)?;
        Ok(())
    }
}

impl core::ops::Deref for IdentifierValue {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for IdentifierValue {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for IdentifierValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for IdentifierValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for IdentifierValue {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for IdentifierValue {}

impl core::hash::Hash for IdentifierValue {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for IdentifierValue {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IdentifierValue {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialEq<str> for IdentifierValue {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for IdentifierValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The length in bytes of the longest name or alias of an [`IdentifierScheme`].
const LONGEST_SCHEME: usize = {
    let (mut i, mut max) = (0, 0);
    while i < IdentifierScheme::ALL.len() {
        let scheme = IdentifierScheme::ALL[i];
        if scheme.name().len() > max {
            max = scheme.name().len();
        }
        let aliases = scheme.aliases();
        let mut j = 0;
        while j < aliases.len() {
            if aliases[j].len() > max {
                max = aliases[j].len();
            }
            j += 1;
        }
        i += 1;
    }
    max
};

/// The forms a substance identifier is accepted in, for the error when none fits.
const IDENTIFIER_FORMS: &[&str] = &[
    "ATC N01AX03",
    "DrugBank DB01221",
    "PubChem CID 3821",
    "CAS 6740-88-1",
    "UNII 690G0D6V8H",
];

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Atc(code) => write!(f, "ATC {code}"),
            Self::DrugBank(id) => write!(f, "DrugBank {id}"),
            Self::PubChem(cid) => write!(f, "PubChem CID {cid}"),
            Self::Cas(cas) => write!(f, "CAS {cas}"),
            Self::Unii(unii) => write!(f, "UNII {unii}"),
        }
    }
}

impl FromStr for Identifier {
    type Err = ParseError;

    /// Trims once, reads a scheme name from the first few bytes or takes the
    /// scheme from the value's shape (refusing a bare number as ambiguous),
    /// then parses the value once: linear in the input.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        const KIND: &str = "substance identifier";
        let text = input.trim();
        let (scheme, value) = match Self::split_scheme(text) {
            Some(split) => split,
            None => match Self::shape(text) {
                Ok(Some(scheme)) => (scheme, text),
                Ok(None) => return Err(ParseError::new(input, KIND, IDENTIFIER_FORMS)),
                Err(()) => {
                    return Err(ParseError::invalid(
                        input,
                        KIND,
                        Self::AMBIGUOUS_NUMBER,
                        Self::NUMBER_FORMS,
                    ));
                }
            },
        };
        Self::parse_as(scheme, value).map_err(|err| err.within(input, KIND))
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Identifier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Identifier", 2)?;
        out.serialize_field("scheme", &self.scheme())?;
        match self {
            Self::Atc(code) => out.serialize_field("value", code.as_str())?,
            Self::DrugBank(id) => out.serialize_field("value", &format_args!("{id}"))?,
            Self::PubChem(cid) => out.serialize_field("value", &cid.get())?,
            Self::Cas(cas) => out.serialize_field("value", &format_args!("{cas}"))?,
            Self::Unii(unii) => out.serialize_field("value", unii.as_str())?,
        }
        out.end()
    }
}

/// Serde for the identifier newtypes: their text form.
#[cfg(feature = "serde")]
mod serde_impls {
    use super::{AtcCode, CasNumber, DrugBankId, NdcProductCode, PubChemCid, Unii};

    macro_rules! text_serde {
        ($($T:ty),+) => {$(
            #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
            impl serde::Serialize for $T {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.collect_str(self)
                }
            }

            #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
            impl<'de> serde::Deserialize<'de> for $T {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    crate::model::macros::deserialize_by_name(deserializer)
                }
            }
        )+};
    }

    text_serde!(
        AtcCode,
        DrugBankId,
        PubChemCid,
        CasNumber,
        Unii,
        NdcProductCode
    );
}
