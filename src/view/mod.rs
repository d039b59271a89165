//! What reads the claim table: the indexes every query uses, and lookup by id.

pub(crate) mod claims;
#[cfg(feature = "serde")]
pub(crate) mod export;
pub(crate) mod index;
