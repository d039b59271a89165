//! Claim ids that were released once and no longer name a current claim.
//!
//! An id is a promise: it never changes meaning. When a claim is removed, split
//! or merged, its id stays here with the id(s) that now hold its meaning, so a
//! program holding the old id gets a clear answer (SNOMED CT and the OHDSI
//! vocabularies treat retired codes the same way).

use crate::RetiredClaim;

/// The retired ids, sorted by id.
pub(crate) const RETIRED: &[RetiredClaim] = &[
    RetiredClaim::new(
        "history-event/first-human-study-domino-corssen",
        &[
            "history-event/first-human-study-domino-corssen-michigan",
            "history-event/dissociative-anesthetic-term-toni-domino",
        ],
        "it credited the term \"dissociative anesthetic\" to Domino and Corssen, not Toni Domino",
    ),
    RetiredClaim::new(
        "process-item/complementary-therapies-psychotherapy-support",
        &["process-item/complementary-therapies-often-combined"],
        "it said, unqualified, that ketamine therapy is combined with psychotherapy; the articles say often and may",
    ),
    RetiredClaim::new(
        "side-effect/dissociation-thought-pattern-reset",
        &["side-effect/dissociation-thought-pattern-role"],
        "it made dissociation break up thought patterns; article 002 says it is believed to play a part",
    ),
];
