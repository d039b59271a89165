//! FHIR's two coded datatypes, `Coding` and `CodeableConcept`, as the crate
//! writes them and as it reads them from other systems.
//!
//! # One type for writing and reading
//!
//! The crate's own codings are constants: their text is `&'static`. Codings
//! read from another system's JSON own their text. Both are the same types
//! here, whose text fields are `Cow<'static, str>` (and whose coding list is a
//! `Cow<'static, [Coding]>`): a constant borrows, so building one never
//! allocates ([`Coding::from_static`] and [`CodeableConcept::from_static`] are
//! `const`), and a value read from JSON owns. Neither type is `Copy`.
//!
//! # What reading accepts
//!
//! A coding or a concept is read from a JSON object only (another shape is
//! refused with an error naming what was expected). Every element FHIR
//! defines for the datatype is accepted: those the type keeps, and `id` and
//! `extension` (with the `_element` form of a primitive's extensions), which
//! are read and dropped. Any other key is refused, naming it, as is a value of
//! the wrong JSON type. Every element is optional in FHIR, and so here: a
//! coding without a system reads, and matches no route.

use alloc::borrow::Cow;
use core::fmt;

/// A code in a code system: the FHIR datatype `Coding`, written and read as
/// FHIR JSON (`{"system": ..., "version": ..., "code": ..., "display": ...,
/// "userSelected": ...}`, absent elements left out).
///
/// The crate's codings ([`Route::fhir_coding`](crate::Route::fhir_coding),
/// [`DeaSchedule::coding`](crate::DeaSchedule::coding), ...) always have a
/// system, a code and a display; a coding read from another system may lack
/// any of them, as FHIR allows, so the accessors return `Option`.
///
/// `Display` writes the FHIR token form `system|code` (the code alone without
/// a system) and the display in quotes. `Ord` compares system, version, code,
/// display, then `userSelected`.
///
/// # Borrowed or owned
///
/// One type serves both directions: its text is `Cow<'static, str>`. The
/// crate's codings are constants that borrow (building one allocates nothing;
/// [`from_static`](Self::from_static) is `const`), and a coding read from
/// another system's JSON owns its text. So a `Coding` is `Clone`, not `Copy`.
///
/// # Reading
///
/// With the `serde` feature, a coding is read from a JSON object only: a
/// value of the wrong JSON type, or a key FHIR does not define for `Coding`,
/// is refused with an error naming it. The elements the type keeps are read;
/// `id`, `extension` and the `_element` extensions of its primitives are read
/// and dropped. Every element is optional, as in FHIR.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Coding, Route};
///
/// let coding = Route::Iv.fhir_coding();
/// assert_eq!(coding.system(), Some("http://snomed.info/sct"));
/// assert_eq!(coding.code(), Some("47625008"));
/// assert_eq!(coding.display_text(), Some("Intravenous route"));
/// assert_eq!(coding.to_string(), "http://snomed.info/sct|47625008 \"Intravenous route\"");
///
/// // a coding of another system, with owned text
/// let local = Coding::new("urn:example:routes", String::from("IV-01")).with_display("IV push");
/// assert_eq!(local.code(), Some("IV-01"));
/// assert_eq!(Route::from_fhir_coding(&local), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Coding {
    system: Option<Cow<'static, str>>,
    version: Option<Cow<'static, str>>,
    code: Option<Cow<'static, str>>,
    display: Option<Cow<'static, str>>,
    user_selected: Option<bool>,
}

impl Coding {
    /// A coding of constant text, with a system, a code and a display (what
    /// the crate writes); `const`, and it allocates nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Coding;
    ///
    /// const ORAL: Coding = Coding::from_static("http://snomed.info/sct", "26643006", "Oral route");
    /// assert_eq!(ORAL.code(), Some("26643006"));
    /// ```
    #[must_use]
    pub const fn from_static(
        system: &'static str,
        code: &'static str,
        display: &'static str,
    ) -> Self {
        Self {
            system: Some(Cow::Borrowed(system)),
            version: None,
            code: Some(Cow::Borrowed(code)),
            display: Some(Cow::Borrowed(display)),
            user_selected: None,
        }
    }

    /// A coding with a system and a code, borrowed (`&'static str`) or owned
    /// (`String`), and no display.
    #[must_use]
    pub fn new(system: impl Into<Cow<'static, str>>, code: impl Into<Cow<'static, str>>) -> Self {
        Self {
            system: Some(system.into()),
            version: None,
            code: Some(code.into()),
            display: None,
            user_selected: None,
        }
    }

    /// This coding with `display` as its display.
    #[must_use]
    pub fn with_display(mut self, display: impl Into<Cow<'static, str>>) -> Self {
        self.display = Some(display.into());
        self
    }

    /// This coding with `version` as the version of its code system.
    #[must_use]
    pub fn with_version(mut self, version: impl Into<Cow<'static, str>>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// This coding marked as the one a user chose (`userSelected`), or not.
    #[must_use]
    pub fn with_user_selected(mut self, user_selected: bool) -> Self {
        self.user_selected = Some(user_selected);
        self
    }

    /// The code system URI (`system`).
    #[must_use]
    pub fn system(&self) -> Option<&str> {
        self.system.as_deref()
    }

    /// The version of the code system (`version`).
    #[must_use]
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    /// The code (`code`).
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The human-readable display of the code (`display`).
    #[must_use]
    pub fn display_text(&self) -> Option<&str> {
        self.display.as_deref()
    }

    /// The human-readable display of the code.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use display_text (a method named display reads as the Display trait)"
    )]
    pub fn display(&self) -> Option<&str> {
        self.display_text()
    }

    /// Whether a user chose this coding (`userSelected`), when the coding
    /// says.
    #[must_use]
    pub const fn user_selected(&self) -> Option<bool> {
        self.user_selected
    }
}

impl fmt::Display for Coding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(system) = self.system() {
            write!(f, "{system}|")?;
        }
        f.write_str(self.code().unwrap_or(""))?;
        if let Some(display) = self.display_text() {
            write!(f, " {display:?}")?;
        }
        Ok(())
    }
}

/// A concept given by one or more codings and a text: the FHIR datatype
/// `CodeableConcept`, written and read as FHIR JSON (`{"coding": [...],
/// "text": ...}`, absent elements left out), as in `Dosage.route`.
///
/// Its codings are a `Cow<'static, [Coding]>`: the crate's concepts borrow a
/// constant list ([`Route::codeable_concept`](crate::Route::codeable_concept)
/// allocates nothing), a concept read from JSON owns its list. Read from JSON
/// as [`Coding`] is: an object only, its codings and text kept, `id` and
/// `extension` read and dropped, any other key refused. `Ord` compares the
/// codings, then the text.
///
/// # Example
///
/// ```
/// use ketamine_facts::{CodeableConcept, Coding, Route};
///
/// let route = Route::Intranasal.codeable_concept();
/// assert_eq!(route.coding().len(), 2);
/// assert_eq!(route.text(), Some("Nasal route"));
/// assert_eq!(Route::from_codeable_concept(&route), Some(Route::Intranasal));
///
/// // one built at run time, with owned codings
/// let concept = CodeableConcept::new(vec![Coding::new("http://snomed.info/sct", "26643006")])
///     .with_text("by mouth");
/// assert_eq!(Route::from_codeable_concept(&concept), Some(Route::Oral));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeableConcept {
    coding: Cow<'static, [Coding]>,
    text: Option<Cow<'static, str>>,
}

impl CodeableConcept {
    /// A concept of constant codings and text; `const`, and it allocates
    /// nothing.
    #[must_use]
    pub const fn from_static(coding: &'static [Coding], text: Option<&'static str>) -> Self {
        Self {
            coding: Cow::Borrowed(coding),
            text: match text {
                Some(text) => Some(Cow::Borrowed(text)),
                None => None,
            },
        }
    }

    /// A concept of these codings (a `Vec<Coding>` or a `&'static [Coding]`)
    /// and no text.
    #[must_use]
    pub fn new(coding: impl Into<Cow<'static, [Coding]>>) -> Self {
        Self {
            coding: coding.into(),
            text: None,
        }
    }

    /// This concept with `text` as its text.
    #[must_use]
    pub fn with_text(mut self, text: impl Into<Cow<'static, str>>) -> Self {
        self.text = Some(text.into());
        self
    }

    /// The codings, in the order given (`coding`; empty when absent).
    #[must_use]
    pub fn coding(&self) -> &[Coding] {
        &self.coding
    }

    /// The plain-text representation of the concept (`text`).
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use alloc::borrow::Cow;
    use alloc::string::String;
    use alloc::vec::Vec;

    use serde::de::IgnoredAny;
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{CodeableConcept, Coding};
    use crate::model::serde_object::object;

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Coding {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let fields = [&self.system, &self.version, &self.code, &self.display];
            let len = fields.iter().filter(|f| f.is_some()).count()
                + usize::from(self.user_selected.is_some());
            let mut map = serializer.serialize_map(Some(len))?;
            for (key, value) in ["system", "version", "code", "display"]
                .into_iter()
                .zip(fields)
            {
                if let Some(value) = value {
                    map.serialize_entry(key, value)?;
                }
            }
            if let Some(selected) = self.user_selected {
                map.serialize_entry("userSelected", &selected)?;
            }
            map.end()
        }
    }

    /// A FHIR `Coding` object: every element the datatype has.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawCoding {
        #[serde(default)]
        system: Option<String>,
        #[serde(default)]
        version: Option<String>,
        #[serde(default)]
        code: Option<String>,
        #[serde(default)]
        display: Option<String>,
        #[serde(default, rename = "userSelected")]
        user_selected: Option<bool>,
        // read and dropped: the element id, extensions, and the extensions of
        // the primitive elements
        #[serde(default, rename = "id")]
        _id: Option<IgnoredAny>,
        #[serde(default, rename = "extension")]
        _extension: Option<IgnoredAny>,
        #[serde(default, rename = "_system")]
        _system: Option<IgnoredAny>,
        #[serde(default, rename = "_version")]
        _version: Option<IgnoredAny>,
        #[serde(default, rename = "_code")]
        _code: Option<IgnoredAny>,
        #[serde(default, rename = "_display")]
        _display: Option<IgnoredAny>,
        #[serde(default, rename = "_userSelected")]
        _user_selected: Option<IgnoredAny>,
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for Coding {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: RawCoding = object(deserializer, "a FHIR Coding")?;
            Ok(Self {
                system: raw.system.map(Cow::Owned),
                version: raw.version.map(Cow::Owned),
                code: raw.code.map(Cow::Owned),
                display: raw.display.map(Cow::Owned),
                user_selected: raw.user_selected,
            })
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for CodeableConcept {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let len = usize::from(!self.coding.is_empty()) + usize::from(self.text.is_some());
            let mut map = serializer.serialize_map(Some(len))?;
            if !self.coding.is_empty() {
                map.serialize_entry("coding", &*self.coding)?;
            }
            if let Some(text) = &self.text {
                map.serialize_entry("text", text)?;
            }
            map.end()
        }
    }

    /// A FHIR `CodeableConcept` object: every element the datatype has.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawConcept {
        #[serde(default)]
        coding: Option<Vec<Coding>>,
        #[serde(default)]
        text: Option<String>,
        #[serde(default, rename = "id")]
        _id: Option<IgnoredAny>,
        #[serde(default, rename = "extension")]
        _extension: Option<IgnoredAny>,
        #[serde(default, rename = "_text")]
        _text: Option<IgnoredAny>,
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for CodeableConcept {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: RawConcept = object(deserializer, "a FHIR CodeableConcept")?;
            Ok(Self {
                coding: Cow::Owned(raw.coding.unwrap_or_default()),
                text: raw.text.map(Cow::Owned),
            })
        }
    }
}
