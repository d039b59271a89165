//! The crate's one error type.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;
use core::fmt;

/// Text that names no value of the type it was parsed as.
///
/// The message names the type that was asked for, what was given, and the
/// accepted canonical names (or, for a malformed identifier, the rule it breaks
/// and well-formed examples). Messages stay short whatever the input: the input
/// is shown cut to 60 characters (fewer when they are not ASCII), and when it
/// is cut, with an ellipsis and its length in bytes
/// (`unknown route "aaaa…" (1048576 bytes): ...`); a long list of names ends
/// with "and N more". The error is `Send + Sync` and keeps the
/// whole input ([`input`](Self::input)) and every accepted name
/// ([`expected`](Self::expected)), so callers can build their own message.
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
///
/// let long = "a".repeat(1000);
/// let err = long.parse::<Route>().unwrap_err();
/// assert_eq!(err.input(), long);
/// assert_eq!(
///     err.to_string(),
///     format!("unknown route \"{}…\" (1000 bytes): expected one of intravenous, intranasal, intramuscular, oral", "a".repeat(60)),
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub struct ParseError {
    input: String,
    kind: &'static str,
    expected: &'static [&'static str],
    reason: Option<&'static str>,
    read_as: Option<&'static str>,
}

impl ParseError {
    pub(crate) fn new(input: &str, kind: &'static str, expected: &'static [&'static str]) -> Self {
        Self {
            input: input.to_owned(),
            kind,
            expected,
            reason: None,
            read_as: None,
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
            read_as: None,
        }
    }

    /// This error, from parsing a part of `input` as one of several possible
    /// types, restated as an error of the whole `input` read as `kind`: the
    /// part's type becomes [`read_as`](Self::read_as), its reason and examples stay.
    pub(crate) fn within(self, input: &str, kind: &'static str) -> Self {
        Self {
            input: input.to_owned(),
            kind,
            expected: self.expected,
            reason: self.reason,
            read_as: Some(self.kind),
        }
    }

    /// The text that failed to parse: the whole input, as given (untrimmed and
    /// uncut, however long; only the message shortens it).
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the text was read as, in words ("route", "evidence level", ...).
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        self.kind
    }

    /// The canonical names that would have parsed; for an identifier with a
    /// format (a CAS number, an ATC code, ...), well-formed examples.
    #[must_use]
    pub const fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// Which format rule the text breaks, for identifiers with a format (`None`
    /// for an unknown name).
    #[must_use]
    pub const fn reason(&self) -> Option<&'static str> {
        self.reason
    }

    /// For a type that accepts several formats (a substance identifier), the
    /// format the text was read as, chosen by the scheme name it starts with
    /// or by the shape of a bare value; `None` for other types, or when no
    /// format fits.
    #[must_use]
    pub const fn read_as(&self) -> Option<&'static str> {
        self.read_as
    }
}

/// At most this many characters of the input are shown in a message.
const SHOWN_CHARS: usize = 60;
/// At most this many bytes of input are shown, as escaped (non-ASCII
/// characters take several bytes, escaped control characters up to 10).
const SHOWN_BYTES: usize = 64;
/// The accepted names listed in a message stop after this many bytes; the rest
/// are counted ("and 12 more") and all are in [`ParseError::expected`].
const LISTED_BYTES: usize = 120;

/// Writes user text as a quoted, escaped prefix: at most 60 characters (64
/// bytes escaped); when it is cut, an ellipsis inside the quotes and the
/// length of the whole text follow, as in `"aaaa…" (1048576 bytes)`.
///
/// Every message that echoes input goes through this, so no message grows
/// with its input.
pub(crate) struct Shown<'a>(pub(crate) &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let mut cut = text.len();
        let mut escaped = 0;
        for (count, (at, c)) in text.char_indices().enumerate() {
            escaped += match c.escape_debug().len() {
                1 => c.len_utf8(),
                escape => escape,
            };
            if count == SHOWN_CHARS || escaped > SHOWN_BYTES {
                cut = at;
                break;
            }
        }
        if cut == text.len() {
            return write!(f, "{text:?}");
        }
        let quoted = format!("{:?}", &text[..cut]);
        let open = quoted.strip_suffix('"').unwrap_or(&quoted);
        write!(f, "{open}…\" ({} bytes)", text.len())
    }
}

/// Writes `names` joined by ", ", stopping after [`LISTED_BYTES`] with "and N more".
fn write_list(f: &mut fmt::Formatter<'_>, names: &[&str]) -> fmt::Result {
    let mut written = 0;
    for (i, name) in names.iter().enumerate() {
        if i > 0 && written + name.len() > LISTED_BYTES {
            return write!(f, " and {} more", names.len() - i);
        }
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(name)?;
        written += name.len() + 2;
    }
    Ok(())
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.reason.is_some() {
            "invalid"
        } else {
            "unknown"
        };
        write!(f, "{verb} {} {}", self.kind, Shown(&self.input))?;
        if let Some(read_as) = self.read_as {
            write!(f, " (read as {read_as})")?;
        }
        if let Some(reason) = self.reason {
            write!(f, ": {reason} (for example ")?;
            write_list(f, self.expected)?;
            return f.write_str(")");
        }
        f.write_str(": expected one of ")?;
        write_list(f, self.expected)
    }
}
