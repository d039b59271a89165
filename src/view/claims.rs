//! Finding a claim by its id, and what an app holding an old id is told.

use alloc::borrow::ToOwned;
use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use super::index;
use crate::data::retired::RETIRED;
use crate::{Claim, ClaimId, RetiredClaim};

/// Why a claim id did not name a current claim.
///
/// Non-exhaustive: a new way for an id to fail (a malformed id, say) may be told
/// apart.
///
/// # Example
///
/// ```
/// use ketamine_facts::{ClaimId, ClaimIdError};
///
/// let error = "route/no-such-claim".parse::<ClaimId>().unwrap_err();
/// assert!(matches!(error, ClaimIdError::Unknown { .. }));
/// assert_eq!(error.to_string(), "unknown claim id \"route/no-such-claim\": no claim of this edition has it");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClaimIdError {
    /// No claim of this edition has the id, and it was never retired.
    Unknown {
        /// The input, cut to its first 100 bytes (at a character boundary).
        input: String,
        /// The input's length in bytes.
        len: usize,
    },
    /// The id was released once and has been retired: the record names what
    /// replaced it.
    Retired(RetiredClaim),
}

impl fmt::Display for ClaimIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { input, len } => {
                write!(f, "unknown claim id {}", crate::model::error::Shown(input))?;
                if input.len() < *len {
                    write!(f, " (cut, {len} bytes in all)")?;
                }
                f.write_str(": no claim of this edition has it")
            }
            Self::Retired(retired) => retired.fmt(f),
        }
    }
}

impl core::error::Error for ClaimIdError {}

const SHOWN: usize = 100;

fn unknown(input: &str) -> ClaimIdError {
    let mut cut = input.len().min(SHOWN);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    ClaimIdError::Unknown {
        input: input[..cut].to_owned(),
        len: input.len(),
    }
}

/// Looks `input` up, ignoring ASCII case and surrounding white space, without allocating.
fn resolve(input: &str) -> Result<&'static Claim, ClaimIdError> {
    let trimmed = input.trim();
    if let Some(i) = index::position(trimmed) {
        return Ok(&index::CLAIMS[i]);
    }
    if trimmed.len() > index::MAX_ID_LEN {
        return Err(unknown(input));
    }
    let mut buffer = [0u8; index::MAX_ID_LEN];
    let folded = &mut buffer[..trimmed.len()];
    folded.copy_from_slice(trimmed.as_bytes());
    folded.make_ascii_lowercase();
    let Ok(folded) = core::str::from_utf8(folded) else {
        return Err(unknown(input));
    };
    if let Some(i) = index::position(folded) {
        return Ok(&index::CLAIMS[i]);
    }
    match RETIRED.binary_search_by(|r| r.id().cmp(folded)) {
        Ok(at) => Err(ClaimIdError::Retired(RETIRED[at])),
        Err(_) => Err(unknown(input)),
    }
}

impl Claim {
    /// The claim with this id (any ASCII case), or `None`.
    ///
    /// Use [`lookup`](Self::lookup) to tell an unknown id from a retired one.
    #[must_use]
    pub fn find(id: &str) -> Option<&'static Claim> {
        resolve(id).ok()
    }

    /// The claim with this id, or why there is none: an unknown id, or a retired
    /// one with the id(s) that replaced it.
    ///
    /// # Errors
    ///
    /// [`ClaimIdError::Unknown`] if no claim of this edition has the id and it was
    /// never retired; [`ClaimIdError::Retired`] if it was retired.
    pub fn lookup(id: &str) -> Result<&'static Claim, ClaimIdError> {
        resolve(id)
    }

    /// The claim that `id` names. Never fails: a [`ClaimId`] is only ever made
    /// from a current claim.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Claim, ClaimId};
    ///
    /// let id: ClaimId = "route/intravenous-most-common-for-depression".parse()?;
    /// assert_eq!(Claim::get(id).id(), id);
    /// # Ok::<(), ketamine_facts::ClaimIdError>(())
    /// ```
    #[must_use]
    pub fn get(id: ClaimId) -> &'static Claim {
        match index::position(id.as_str()) {
            Some(i) => &index::CLAIMS[i],
            // A ClaimId is made only from a row of the table.
            None => &index::CLAIMS[0],
        }
    }

    /// Every claim, in table order (the order of [`facts`](crate::facts)).
    #[must_use]
    pub fn all() -> &'static [Claim] {
        &index::CLAIMS
    }

    /// Every retired claim id, sorted, with what replaced it.
    #[must_use]
    pub const fn retired() -> &'static [RetiredClaim] {
        RETIRED
    }
}

impl FromStr for ClaimId {
    type Err = ClaimIdError;

    /// Parses a current claim id, ignoring ASCII case and surrounding white space.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        resolve(input).map(Claim::id)
    }
}

#[cfg(test)]
mod tests {
    use super::{ClaimIdError, resolve};
    use crate::RetiredClaim;

    #[test]
    fn retired_records_name_their_replacement() {
        let retired = RetiredClaim::new(
            "route/old-id",
            &["route/intravenous-most-common-for-depression"],
            "split in two",
        );
        let error = ClaimIdError::Retired(retired);
        assert_eq!(
            error.to_string(),
            "claim id \"route/old-id\" is retired (split in two); use \"route/intravenous-most-common-for-depression\""
        );
        for id in retired.replaced_by() {
            assert!(resolve(id).is_ok(), "{id} must be current");
        }
    }

    #[test]
    fn every_retired_id_is_sorted_unused_and_replaced_by_current_ids() {
        let retired = crate::data::retired::RETIRED;
        assert!(retired.windows(2).all(|w| w[0].id() < w[1].id()));
        for r in retired {
            assert!(
                crate::view::index::position(r.id()).is_none(),
                "{} is both retired and current",
                r.id()
            );
            for id in r.replaced_by() {
                assert!(
                    resolve(id).is_ok(),
                    "{} names {id}, which is not current",
                    r.id()
                );
            }
        }
    }

    #[test]
    fn long_input_is_cut_in_the_error() {
        let long = "x".repeat(10_000);
        let message = resolve(&long).unwrap_err().to_string();
        assert!(message.len() < 200, "{message}");
        assert!(message.contains("10000 bytes"));
    }
}
