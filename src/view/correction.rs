//! Article claims that a reference source confirms, makes precise, or corrects.
//!
//! Dated events have their own table ([`HistoryEvent::corrections`](crate::HistoryEvent::corrections));
//! this one links any other claim of the articles to the reference fact that
//! checks it. Both claims stay in the crate, each with its own citations.

use crate::{Claim, CorrectionKind};

/// One article claim, the reference fact that checks it, and what the check found.
///
/// # Example
///
/// ```
/// use ketamine_facts::{ClaimCorrection, CorrectionKind, Route};
///
/// // Which article claims does a reference make precise or correct?
/// for correction in ClaimCorrection::all() {
///     assert!(correction.article().citations().iter().all(|c| c.source().is_article()));
///     assert!(correction.reference().citations().iter().all(|c| !c.source().is_article()));
/// }
/// // The oral route's "absorption varies", made precise by measured bioavailability:
/// let oral = &Route::Oral.claims()[0];
/// let found: Vec<_> = ClaimCorrection::of(oral).collect();
/// assert!(found.iter().all(|c| c.kind() == CorrectionKind::MakesPrecise));
/// assert!(found.iter().any(|c| c.reference().mentions("20%")));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimCorrection {
    article: &'static Claim,
    reference: &'static Claim,
    kind: CorrectionKind,
    note: &'static str,
}

impl ClaimCorrection {
    /// Every correction of an article claim other than a dated event.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ClaimCorrection, CorrectionKind};
    ///
    /// let corrects = ClaimCorrection::all().iter().filter(|c| c.kind() == CorrectionKind::Corrects).count();
    /// assert!(corrects >= 2);
    /// ```
    #[must_use]
    pub const fn all() -> &'static [ClaimCorrection] {
        ALL
    }

    /// The article's claim.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ClaimCorrection;
    ///
    /// assert!(ClaimCorrection::all()[0].article().mentions("40 minutes"));
    /// ```
    #[must_use]
    pub const fn article(&self) -> &'static Claim {
        self.article
    }

    /// The reference fact that checks it.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ClaimCorrection;
    ///
    /// assert!(ClaimCorrection::all()[0].reference().mentions("0.5 mg/kg"));
    /// ```
    #[must_use]
    pub const fn reference(&self) -> &'static Claim {
        self.reference
    }

    /// Whether the reference confirms, makes precise, or corrects the claim.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ClaimCorrection, CorrectionKind};
    ///
    /// assert_eq!(ClaimCorrection::all()[0].kind(), CorrectionKind::MakesPrecise);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> CorrectionKind {
        self.kind
    }

    /// What the reference adds or changes, in a sentence.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ClaimCorrection;
    ///
    /// assert!(ClaimCorrection::all().iter().all(|c| c.note().ends_with('.')));
    /// ```
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }

    /// The corrections that concern `claim` (as the article claim).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ClaimCorrection, Indication};
    ///
    /// let children = &Indication::PediatricMoodDisorders.claims()[0];
    /// assert_eq!(ClaimCorrection::of(children).count(), 1);
    /// ```
    pub fn of(claim: &Claim) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        ALL.iter().filter(move |c| c.article == claim)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for ClaimCorrection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("ClaimCorrection", 4)?;
        out.serialize_field("article", self.article.summary())?;
        out.serialize_field("reference", self.reference.summary())?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("note", self.note)?;
        out.end()
    }
}

const fn row(
    article: &'static Claim,
    reference: &'static Claim,
    kind: CorrectionKind,
    note: &'static str,
) -> ClaimCorrection {
    ClaimCorrection {
        article,
        reference,
        kind,
        note,
    }
}

const ALL: &[ClaimCorrection] = &[
    row(
        crate::view::index::claim("route/intravenous-infusion-40-minutes"),
        crate::view::index::claim("topic/dosing-iv-trial-infusion-dose"),
        CorrectionKind::MakesPrecise,
        "The depression trials infused 0.5 mg/kg over 40 minutes, in line with the article's 'about 40 minutes'.",
    ),
    row(
        crate::view::index::claim("route/intravenous-low-dose"),
        crate::view::index::claim("topic/dosing-iv-trial-infusion-dose"),
        CorrectionKind::MakesPrecise,
        "The 'low dose' of the depression trials is 0.5 mg/kg of body weight.",
    ),
    row(
        crate::view::index::claim("route/oral-less-common-variable-absorption"),
        crate::view::index::claim("topic/pharmacokinetics-oral-bioavailability-20"),
        CorrectionKind::MakesPrecise,
        "Behind 'absorption varies': only about a fifth of an oral dose reaches the circulation.",
    ),
    row(
        crate::view::index::claim("route/oral-less-common-variable-absorption"),
        crate::view::index::claim("topic/pharmacokinetics-oral-bioavailability-range"),
        CorrectionKind::MakesPrecise,
        "Studies put oral bioavailability between 16% and 25%, which is the variation the article alludes to.",
    ),
    row(
        crate::view::index::claim("indication/pediatric-mood-disorders-specialised-care"),
        crate::view::index::claim("topic/dosing-spravato-children-unknown"),
        CorrectionKind::Corrects,
        "The one approved ketamine-class antidepressant, esketamine (Spravato), is not known to be safe and effective in children; no source supports the article's suggestion.",
    ),
    row(
        crate::view::index::claim("side-effect/bladder-problems-urinary-toxicity"),
        crate::view::index::claim("topic/label-safety-ketamine-uropathy-2007"),
        CorrectionKind::MakesPrecise,
        "The bladder harm of long-term heavy use has a name: ketamine-associated ulcerative cystitis, described in 2007.",
    ),
    row(
        crate::view::index::claim("side-effect/increased-blood-pressure-monitoring"),
        crate::view::index::claim("topic/dosing-spravato-blood-pressure-check"),
        CorrectionKind::MakesPrecise,
        "After a Spravato dose blood pressure peaks at about 40 minutes and stays up for about 4 hours; the label asks for a check before dosing.",
    ),
    row(
        crate::view::index::claim("route/intranasal-fda-approval-rapid-acting-in-002"),
        crate::view::index::claim("substance/esketamine-s-enantiomer-in-spravato"),
        CorrectionKind::Corrects,
        "The approved spray contains esketamine, the S-enantiomer, not racemic ketamine as article 002 implies.",
    ),
    row(
        crate::view::index::claim("route/intranasal-spravato-fda-approval-in-003"),
        crate::view::index::claim("substance/esketamine-s-enantiomer-in-spravato"),
        CorrectionKind::Confirms,
        "Article 003 names the product correctly: Spravato is esketamine.",
    ),
];
