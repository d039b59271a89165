//! The 0.1.0 view of corrections between history events, kept for programs
//! written against 0.1.0 and derived at compile time from the one correction
//! table ([`ClaimCorrection::all`]).
//!
//! A [`ClaimCorrection`] row whose article claim is about an article event and
//! whose reference claim is about a reference event is an event correction:
//! [`Correction`] names those two events (the first such event each claim
//! names), the row's kind and its note. Nothing here holds a row of its own.

// This file defines and reads the deprecated 0.1.0 API (`Correction` and the
// `HistoryEvent` methods that return it); every use of it here is meant.
#![allow(deprecated)]

use core::fmt;

use crate::data::corrections::CORRECTIONS;
use crate::model::macros::serialize_fields;
use crate::view::index;
use crate::{Claim, ClaimCorrection, CorrectionKind, HistoryEvent, Subject};

/// One correction between two history events: a reference event that
/// confirms, dates more precisely, or corrects an article event.
///
/// Derived from the [`ClaimCorrection`] rows between a claim of an article
/// event and a claim of a reference event, in table order. `Ord` is by
/// article event, then reference event, then kind.
///
/// # Example
///
/// ```
/// # #![allow(deprecated)]
/// use ketamine_facts::{CorrectionKind, HistoryEvent};
///
/// let row = HistoryEvent::ApprovedInThe1970s.checked_by().next().unwrap();
/// assert_eq!(row.reference(), HistoryEvent::KetalarApproval);
/// assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
/// assert!(row.note().contains("1970"));
/// assert_eq!(row.to_string(), "approved_in_the_1970s: makes_precise by ketalar_approval");
/// ```
#[deprecated(
    since = "0.2.0",
    note = "use ClaimCorrection: every correction is a row between an article claim and a reference claim; HistoryEvent::claim_corrections gives an event's"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Correction {
    article: HistoryEvent,
    reference: HistoryEvent,
    kind: CorrectionKind,
    note: &'static str,
}

serialize_fields!(Correction {
    article,
    reference,
    kind,
    note
});

impl Correction {
    /// The article event.
    #[deprecated(
        since = "0.2.0",
        note = "use ClaimCorrection::article (the article claim; it names the event among its subjects)"
    )]
    #[must_use]
    pub const fn article(&self) -> HistoryEvent {
        self.article
    }

    /// The reference event.
    #[deprecated(
        since = "0.2.0",
        note = "use ClaimCorrection::reference (the reference claim; it names the event among its subjects)"
    )]
    #[must_use]
    pub const fn reference(&self) -> HistoryEvent {
        self.reference
    }

    /// What the reference does to the article's account.
    #[deprecated(since = "0.2.0", note = "use ClaimCorrection::kind")]
    #[must_use]
    pub const fn kind(&self) -> CorrectionKind {
        self.kind
    }

    /// What changes, in the crate's words.
    #[deprecated(since = "0.2.0", note = "use ClaimCorrection::note")]
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} by {}", self.article, self.kind, self.reference)
    }
}

// ---------------------------------------------------------------------------
// Derived from the correction table at compile time.

/// The first event the claim is about that is told by the articles
/// (`from_articles`) or recorded by a reference source (`!from_articles`).
const fn event_of(claim: &Claim, from_articles: bool) -> Option<HistoryEvent> {
    let subjects = claim.subjects();
    let mut i = 0;
    while i < subjects.len() {
        if let Subject::HistoryEvent(event) = subjects[i]
            && event.is_from_articles() == from_articles
        {
            return Some(event);
        }
        i += 1;
    }
    None
}

/// The event correction a row makes, if its claims are about an article
/// event and a reference event.
const fn event_correction(row: &ClaimCorrection) -> Option<Correction> {
    let (Some(article), Some(reference)) = (
        index::find(row.article_key()),
        index::find(row.reference_key()),
    ) else {
        return None;
    };
    match (event_of(article, true), event_of(reference, false)) {
        (Some(article), Some(reference)) => Some(Correction {
            article,
            reference,
            kind: row.kind(),
            note: row.note(),
        }),
        _ => None,
    }
}

const EVENT_CORRECTION_COUNT: usize = {
    let mut count = 0;
    let mut r = 0;
    while r < CORRECTIONS.len() {
        if event_correction(&CORRECTIONS[r]).is_some() {
            count += 1;
        }
        r += 1;
    }
    count
};

/// The event corrections, in the order of their rows in the table.
static EVENT_CORRECTIONS: [Correction; EVENT_CORRECTION_COUNT] = {
    let mut out = [Correction {
        article: HistoryEvent::DevelopedInThe1960s,
        reference: HistoryEvent::Ci581Synthesis,
        kind: CorrectionKind::Confirms,
        note: "",
    }; EVENT_CORRECTION_COUNT];
    let mut at = 0;
    let mut r = 0;
    while r < CORRECTIONS.len() {
        if let Some(correction) = event_correction(&CORRECTIONS[r]) {
            out[at] = correction;
            at += 1;
        }
        r += 1;
    }
    out
};

// Two rows that make the same event correction would list it twice in the
// event view: one row per (article event, reference event, kind).
const _: () = {
    let mut i = 0;
    while i < EVENT_CORRECTION_COUNT {
        let mut j = 0;
        while j < i {
            let (a, b) = (&EVENT_CORRECTIONS[i], &EVENT_CORRECTIONS[j]);
            assert!(
                !(a.article as usize == b.article as usize
                    && a.reference as usize == b.reference as usize
                    && a.kind as usize == b.kind as usize),
                "two corrections make the same correction between two events"
            );
            j += 1;
        }
        i += 1;
    }
};

// ---------------------------------------------------------------------------
// The 0.1.0 queries.

impl HistoryEvent {
    /// The corrections between article events and the reference events that
    /// confirm them, date them more precisely, or correct them.
    #[deprecated(
        since = "0.2.0",
        note = "use ClaimCorrection::all() (every correction, claim to claim) or HistoryEvent::claim_corrections"
    )]
    #[must_use]
    pub const fn corrections() -> &'static [Correction] {
        &EVENT_CORRECTIONS
    }

    /// For an article event: the rows in which reference events confirm, date
    /// or correct it. Empty for reference events.
    #[deprecated(
        since = "0.2.0",
        note = "use HistoryEvent::claim_corrections (the corrections of the event's claims)"
    )]
    pub fn checked_by(self) -> impl Iterator<Item = &'static Correction> {
        EVENT_CORRECTIONS
            .iter()
            .filter(move |row| row.article == self)
    }

    /// For a reference event: the rows in which it confirms, dates or corrects
    /// an article event. Empty for article events.
    #[deprecated(
        since = "0.2.0",
        note = "use ClaimCorrection::by with each of the event's claims"
    )]
    pub fn checks(self) -> impl Iterator<Item = &'static Correction> {
        EVENT_CORRECTIONS
            .iter()
            .filter(move |row| row.reference == self)
    }

    /// For a reference event: every claim of the article events it dates more
    /// precisely or corrects (not those it merely confirms), each once.
    #[deprecated(
        since = "0.2.0",
        note = "use ClaimCorrection::by with each of the event's claims: it names the very article claims revised, not every claim of their events"
    )]
    pub fn revised_claims(self) -> impl Iterator<Item = &'static Claim> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |article| {
                EVENT_CORRECTIONS.iter().any(|row| {
                    row.reference == self
                        && row.article == *article
                        && row.kind != CorrectionKind::Confirms
                })
            })
            .flat_map(|article| article.claims().iter())
    }

    /// The reference event that dates this article event more precisely, if
    /// any: a [`ClaimCorrection`] of [`MakesPrecise`](CorrectionKind::MakesPrecise)
    /// from a claim of this event to a claim of that one.
    #[must_use]
    pub fn made_precise_by(self) -> Option<HistoryEvent> {
        self.checked_by_kind(CorrectionKind::MakesPrecise)
    }

    /// The reference event that corrects this article event, if any: a
    /// [`ClaimCorrection`] of [`Corrects`](CorrectionKind::Corrects) from a
    /// claim of this event to a claim of that one.
    #[must_use]
    pub fn corrected_by(self) -> Option<HistoryEvent> {
        self.checked_by_kind(CorrectionKind::Corrects)
    }

    /// The reference event that confirms this article event as told, if any:
    /// a [`ClaimCorrection`] of [`Confirms`](CorrectionKind::Confirms) from a
    /// claim of this event to a claim of that one.
    #[must_use]
    pub fn confirmed_by(self) -> Option<HistoryEvent> {
        self.checked_by_kind(CorrectionKind::Confirms)
    }

    /// The first reference event that checks this article event with `kind`.
    fn checked_by_kind(self, kind: CorrectionKind) -> Option<HistoryEvent> {
        EVENT_CORRECTIONS
            .iter()
            .find(|row| row.article == self && row.kind == kind)
            .map(|row| row.reference)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer};

    use super::Correction;
    use crate::{CorrectionKind, HistoryEvent};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawCorrection {
        article: HistoryEvent,
        reference: HistoryEvent,
        kind: CorrectionKind,
        // Derived from the row; read, not compared.
        #[serde(default, rename = "note")]
        _note: Option<serde::de::IgnoredAny>,
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for Correction {
        /// Reads the events and the kind; the note is derived.
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: RawCorrection =
                crate::model::serde_object::object(deserializer, "a correction between events")?;
            HistoryEvent::corrections()
                .iter()
                .find(|c| {
                    c.article == raw.article && c.reference == raw.reference && c.kind == raw.kind
                })
                .copied()
                .ok_or_else(|| {
                    D::Error::custom(format_args!(
                        "this edition has no correction of {} by {} ({})",
                        raw.article, raw.reference, raw.kind
                    ))
                })
        }
    }
}
