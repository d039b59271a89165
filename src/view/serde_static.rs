//! `Deserialize` for the types that point into the crate's static data.
//!
//! A claim, a link or a disagreement side holds `&'static` text, so it cannot be
//! built from JSON. Reading one back finds the value of this edition that the
//! JSON describes and checks that every field agrees; otherwise the error names
//! what was not found. A round trip through JSON therefore gives back an equal
//! value, and JSON from another edition, or edited by hand, is refused.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::de::{Error as _, IgnoredAny};

use crate::model::error::Shown;
use crate::model::serde_object::object;
use serde::{Deserialize, Deserializer};

use crate::{
    Certainty, Citation, Claim, ClaimCorrection, Confidence, CorrectionKind, Disagreement,
    HistoricDate, Link, Mechanism, Side, facts,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfidence {
    certainty: Certainty,
    why: String,
}

impl RawConfidence {
    fn matches(&self, have: Confidence) -> bool {
        self.certainty == have.certainty() && self.why == have.why()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawConfidence = object(deserializer, "a confidence")?;
        facts()
            .filter_map(|fact| fact.confidence())
            .find(|have| raw.matches(*have))
            .ok_or_else(|| {
                D::Error::custom(format_args!(
                    "no fact of this edition is graded {} for {}",
                    raw.certainty,
                    Shown(&raw.why)
                ))
            })
    }
}

/// A claim read back: only its id matters, so a claim written by any edition
/// in which the id is current reads back as this edition's claim.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    #[serde(default)]
    id: Option<String>,
    // The other fields a claim or a fact is written with: read, not compared.
    #[serde(default, rename = "kind")]
    _kind: Option<IgnoredAny>,
    #[serde(default, rename = "subject")]
    _subject: Option<IgnoredAny>,
    #[serde(default, rename = "subjects")]
    _subjects: Option<IgnoredAny>,
    #[serde(default, rename = "summary")]
    _summary: Option<IgnoredAny>,
    #[serde(default, rename = "evidence")]
    _evidence: Option<IgnoredAny>,
    #[serde(default, rename = "citations")]
    _citations: Option<IgnoredAny>,
    #[serde(default, rename = "disputes")]
    _disputes: Option<IgnoredAny>,
    #[serde(default, rename = "confidence")]
    _confidence: Option<IgnoredAny>,
    #[serde(default, rename = "from_reference")]
    _from_reference: Option<IgnoredAny>,
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawClaim = object(deserializer, "a claim")?;
        let Some(id) = raw.id else {
            return Err(D::Error::custom(
                "a claim without an \"id\" field: claims written by ketamine-facts 0.1.0 have no ids and cannot be read by 0.2.0; export again with this version",
            ));
        };
        Claim::lookup(&id).copied().map_err(D::Error::custom)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSide {
    position: String,
    citations: Vec<Citation>,
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Side {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawSide = object(deserializer, "a side of a disagreement")?;
        Disagreement::ALL
            .iter()
            .flat_map(|d| d.sides())
            .find(|side| side.position() == raw.position && side.citations() == raw.citations)
            .copied()
            .ok_or_else(|| {
                D::Error::custom(format_args!(
                    "no side of a disagreement of this edition takes the position {} with these citations",
                    Shown(&raw.position)
                ))
            })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    from: Mechanism,
    to: Mechanism,
    citations: Vec<Citation>,
    // Derived from the citations; read, not compared.
    #[serde(default, rename = "evidence")]
    _evidence: Option<IgnoredAny>,
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawLink = object(deserializer, "a mechanism link")?;
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
#[serde(deny_unknown_fields)]
struct RawDate {
    text: String,
    precision: Option<crate::dates::Precision>,
    from: Option<Option<String>>,
    to: Option<Option<String>>,
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for HistoricDate {
    /// Reads the `text` field (what `Display` writes); `precision`, `from` and
    /// `to`, where given, must agree with it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawDate = object(deserializer, "a date")?;
        let date: HistoricDate = raw.text.parse().map_err(D::Error::custom)?;
        let day = |day: Option<chrono::NaiveDate>| day.map(|d| d.to_string());
        // The text parsed, so it is short; the given values may not be.
        let disagree = |field: &str, given: &str, text: &str| {
            D::Error::custom(format_args!(
                "the date {:?} has {field} {text:?}, but the input gives {}",
                raw.text,
                Shown(given)
            ))
        };
        if let Some(precision) = raw.precision
            && precision != date.precision()
        {
            return Err(disagree(
                "precision",
                precision.name(),
                date.precision().name(),
            ));
        }
        if let Some(from) = &raw.from
            && *from != day(date.first_day())
        {
            let show = |d: &Option<String>| d.clone().unwrap_or_else(|| String::from("null"));
            return Err(disagree("from", &show(from), &show(&day(date.first_day()))));
        }
        if let Some(to) = &raw.to
            && *to != day(date.last_day())
        {
            let show = |d: &Option<String>| d.clone().unwrap_or_else(|| String::from("null"));
            return Err(disagree("to", &show(to), &show(&day(date.last_day()))));
        }
        Ok(date)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaimCorrection {
    article: String,
    reference: String,
    kind: CorrectionKind,
    // Derived from the row; read, not compared.
    #[serde(default, rename = "note")]
    _note: Option<IgnoredAny>,
}

/// Whether `text` names `claim`: its id, or (as 0.1.0 wrote it) its summary.
fn names(text: &str, claim: &Claim) -> bool {
    text == claim.id().as_str() || text == claim.summary()
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for ClaimCorrection {
    /// Reads the claims by id (0.1.0 wrote summaries; those are read too) and
    /// the kind; the note is derived.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawClaimCorrection = object(deserializer, "a correction")?;
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
                    "this edition has no correction of {} by {} ({})",
                    Shown(&raw.article),
                    Shown(&raw.reference),
                    raw.kind
                ))
            })
    }
}
