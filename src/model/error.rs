//! The crate's one error type.

use core::fmt;

/// Text that names no value of the type it was parsed as.
///
/// The message names what was given (cut to 60 characters), which type it was
/// read as, and every accepted canonical name. The error is `Send + Sync` and
/// keeps the input, so callers can build their own message.
///
/// # Example
///
/// ```
/// use ketamine_facts::Route;
///
/// let err = "sublingual".parse::<Route>().unwrap_err();
/// assert_eq!(err.input(), "sublingual");
/// assert_eq!(err.kind(), "route");
/// assert!(err.expected().contains(&"intravenous"));
/// assert_eq!(
///     err.to_string(),
///     "unknown route \"sublingual\": expected one of intravenous, intranasal, intramuscular, oral",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub struct ParseError {
    input: String,
    kind: &'static str,
    expected: &'static [&'static str],
    reason: Option<&'static str>,
}

impl ParseError {
    pub(crate) fn new(input: &str, kind: &'static str, expected: &'static [&'static str]) -> Self {
        Self {
            input: input.to_owned(),
            kind,
            expected,
            reason: None,
        }
    }

    /// Text in the right alphabet that breaks a format rule (a wrong check digit,
    /// a missing prefix, a bad length): `reason` says which rule, `examples` are
    /// well-formed values (returned by [`expected`](Self::expected)).
    pub(crate) fn invalid(
        input: &str,
        kind: &'static str,
        reason: &'static str,
        examples: &'static [&'static str],
    ) -> Self {
        Self {
            input: input.to_owned(),
            kind,
            expected: examples,
            reason: Some(reason),
        }
    }

    /// The text that failed to parse, as given.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Evidence;
    ///
    /// let err = "proven".parse::<Evidence>().unwrap_err();
    /// assert_eq!(err.input(), "proven");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the text was read as, in words ("route", "evidence level", ...).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Evidence;
    ///
    /// let err = "proven".parse::<Evidence>().unwrap_err();
    /// assert_eq!(err.kind(), "evidence level");
    /// ```
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        self.kind
    }

    /// The canonical names that would have parsed; for an identifier with a
    /// format (a CAS number, an ATC code, ...), well-formed examples.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Route};
    ///
    /// let err = "rectal".parse::<Route>().unwrap_err();
    /// assert_eq!(err.expected(), Route::NAMES);
    /// ```
    #[must_use]
    pub const fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// Which format rule the text breaks, for identifiers with a format (`None`
    /// for an unknown name).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CasNumber, Route};
    ///
    /// let err = "6740-88-2".parse::<CasNumber>().unwrap_err();
    /// assert_eq!(err.reason(), Some("the check digit does not match"));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid CAS registry number \"6740-88-2\": the check digit does not match (for example 6740-88-1, 33643-46-8)",
    /// );
    /// assert_eq!("rectal".parse::<Route>().unwrap_err().reason(), None);
    /// ```
    #[must_use]
    pub const fn reason(&self) -> Option<&'static str> {
        self.reason
    }
}

const SHOWN: usize = 60;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = match self.input.char_indices().nth(SHOWN) {
            Some((cut, _)) => &self.input[..cut],
            None => &self.input,
        };
        let verb = if self.reason.is_some() {
            "invalid"
        } else {
            "unknown"
        };
        write!(f, "{verb} {} {:?}", self.kind, shown)?;
        if shown.len() < self.input.len() {
            f.write_str(" (cut)")?;
        }
        if let Some(reason) = self.reason {
            write!(f, ": {reason} (for example ")?;
            for (i, example) in self.expected.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(example)?;
            }
            return f.write_str(")");
        }
        f.write_str(": expected one of ")?;
        for (i, name) in self.expected.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(name)?;
        }
        Ok(())
    }
}
