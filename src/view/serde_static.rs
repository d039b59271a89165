//! `Deserialize` for the types that point into the crate's static data.
//!
//! A claim, a link or a disagreement side holds `&'static` text, so it cannot be
//! built from JSON. Reading one back finds the value of this edition that the
//! JSON describes and checks that every field agrees; otherwise the error names
//! what was not found. A round trip through JSON therefore gives back an equal
//! value, and JSON from another edition, or edited by hand, is refused.

use alloc::string::String;
use alloc::vec::Vec;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::{
    Certainty, Citation, Claim, ClaimCorrection, Confidence, CorrectionKind, Disagreement,
    HistoricDate, Link, Mechanism, Side, facts,
};

#[derive(Deserialize)]
struct RawConfidence {
    certainty: Certainty,
    why: String,
}

impl RawConfidence {
    fn matches(&self, have: Confidence) -> bool {
        self.certainty == have.certainty() && self.why == have.why()
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawConfidence::deserialize(deserializer)?;
        facts()
            .filter_map(|fact| fact.confidence())
            .find(|have| raw.matches(*have))
            .ok_or_else(|| {
                D::Error::custom(format_args!(
                    "no fact of this edition is graded {} for {:?}",
                    raw.certainty, raw.why
                ))
            })
    }
}

/// A claim read back: only its id matters, so a claim written by any edition
/// in which the id is current reads back as this edition's claim.
#[derive(Deserialize)]
struct RawClaim {
    #[serde(default)]
    id: Option<String>,
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawClaim::deserialize(deserializer)?;
        let Some(id) = raw.id else {
            return Err(D::Error::custom(
                "a claim without an \"id\" field: claims written by ketamine-facts 0.1.0 have no ids and cannot be read by 0.2.0; export again with this version",
            ));
        };
        Claim::lookup(&id).copied().map_err(D::Error::custom)
    }
}

#[derive(Deserialize)]
struct RawSide {
    position: String,
    citations: Vec<Citation>,
}

impl<'de> Deserialize<'de> for Side {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawSide::deserialize(deserializer)?;
        Disagreement::ALL
            .iter()
            .flat_map(|d| d.sides())
            .find(|side| side.position() == raw.position && side.citations() == raw.citations)
            .copied()
            .ok_or_else(|| {
                D::Error::custom(format_args!(
                    "no side of a disagreement of this edition takes the position {:?} with these citations",
                    raw.position
                ))
            })
    }
}

#[derive(Deserialize)]
struct RawLink {
    from: Mechanism,
    to: Mechanism,
    citations: Vec<Citation>,
}

impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawLink::deserialize(deserializer)?;
        match Mechanism::link(raw.from, raw.to) {
            Some(link) if link.citations() == raw.citations => Ok(*link),
            Some(_) => Err(D::Error::custom(format_args!(
                "the link {} -> {} is cited differently in this edition",
                raw.from, raw.to
            ))),
            None => Err(D::Error::custom(format_args!(
                "no source of this edition says that {} leads to {}",
                raw.from, raw.to
            ))),
        }
    }
}

#[derive(Deserialize)]
struct RawDate {
    text: String,
}

impl<'de> Deserialize<'de> for HistoricDate {
    /// Reads the `text` field (what `Display` writes); the other fields are derived.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawDate::deserialize(deserializer)?;
        raw.text.parse().map_err(D::Error::custom)
    }
}

#[derive(Deserialize)]
struct RawClaimCorrection {
    article: String,
    reference: String,
    kind: CorrectionKind,
}

/// Whether `text` names `claim`: its id, or (as 0.1.0 wrote it) its summary.
fn names(text: &str, claim: &Claim) -> bool {
    text == claim.id().as_str() || text == claim.summary()
}

impl<'de> Deserialize<'de> for ClaimCorrection {
    /// Reads the claims by id (0.1.0 wrote summaries; those are read too) and
    /// the kind; the note is derived.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawClaimCorrection::deserialize(deserializer)?;
        ClaimCorrection::all()
            .iter()
            .find(|c| {
                names(&raw.article, c.article())
                    && names(&raw.reference, c.reference())
                    && c.kind() == raw.kind
            })
            .copied()
            .ok_or_else(|| {
                D::Error::custom(format_args!(
                    "this edition has no correction of {:?} by {:?} ({})",
                    raw.article, raw.reference, raw.kind
                ))
            })
    }
}
