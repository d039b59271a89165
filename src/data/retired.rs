//! Claim ids that were released once and no longer name a current claim.
//!
//! An id is a promise: it never changes meaning. When a claim is removed, split
//! or merged, its id stays here with the id(s) that now hold its meaning, so a
//! program holding the old id gets a clear answer (SNOMED CT and the OHDSI
//! vocabularies treat retired codes the same way).

use crate::RetiredClaim;

/// The retired ids, sorted by id.
pub(crate) const RETIRED: &[RetiredClaim] = &[RetiredClaim::new(
    "history-event/first-human-study-domino-corssen",
    &[
        "history-event/first-human-study-domino-corssen-michigan",
        "history-event/dissociative-anesthetic-term-toni-domino",
    ],
    "it credited the term \"dissociative anesthetic\" to Domino and Corssen, not Toni Domino",
)];
