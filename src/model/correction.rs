//! Corrections: an article's claim set beside the reference claim that
//! confirms it, makes it precise or corrects it, both named by claim id.
//!
//! The rows are in [`data`](crate::data) (one table, checked when the crate is
//! built); what reads them (the claims behind the ids, the queries, the
//! export) is in [`view`](crate::view).

use crate::model::macros::names;

/// One article claim, the reference claim that checks it, and what the check
/// found: the crate's one kind of correction.
///
/// Every correction is a row of one table, naming both claims by id. When the
/// crate is built, every row is checked: both ids name current claims, every
/// citation of the article claim is an article's and every citation of the
/// reference claim is a reference source's, and no pair of claims is written
/// twice. Dated events are corrected the same way, claim to claim: the
/// articles' "first approved in the 1970s" is made precise by the Ketalar
/// label's 1970 ([`HistoryEvent::claim_corrections`](crate::HistoryEvent::claim_corrections)).
///
/// Both claims stay in the crate, each with its own citations:
/// [`article`](Self::article) and [`reference`](Self::reference) give them,
/// [`article_id`](Self::article_id) and [`reference_id`](Self::reference_id)
/// their ids. Ask by claim with [`ClaimCorrection::of`] (the claim as the
/// article's) or [`ClaimCorrection::by`] (as the reference); list them all
/// with [`ClaimCorrection::all`].
///
/// # Example
///
/// ```
/// use ketamine_facts::{Claim, ClaimCorrection, CorrectionKind};
///
/// // Which article claims does a reference make precise or correct?
/// for correction in ClaimCorrection::all() {
///     assert!(correction.article().citations().iter().all(|c| c.source().is_article()));
///     assert!(correction.reference().citations().iter().all(|c| !c.source().is_article()));
/// }
/// // The oral route's "absorption varies", made precise by measured bioavailability:
/// let oral = Claim::find("route/oral-less-common-variable-absorption").unwrap();
/// let found: Vec<_> = ClaimCorrection::of(oral).collect();
/// assert!(found.iter().all(|c| c.kind() == CorrectionKind::MakesPrecise));
/// assert!(found.iter().any(|c| c.reference().mentions("20%")));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimCorrection {
    article: &'static str,
    reference: &'static str,
    kind: CorrectionKind,
    note: &'static str,
}

impl ClaimCorrection {
    /// A row: the article claim and the reference claim by id, what the
    /// reference does to the article's claim, and a sentence saying what
    /// changes.
    pub(crate) const fn new(
        article: &'static str,
        reference: &'static str,
        kind: CorrectionKind,
        note: &'static str,
    ) -> Self {
        Self {
            article,
            reference,
            kind,
            note,
        }
    }

    /// The article claim's id as written in the row (the build checks it).
    pub(crate) const fn article_key(&self) -> &'static str {
        self.article
    }

    /// The reference claim's id as written in the row (the build checks it).
    pub(crate) const fn reference_key(&self) -> &'static str {
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
}

/// What a reference claim does to an article's claim about the same thing.
///
/// `Ord` goes by how much the reference changes: `Confirms < MakesPrecise < Corrects`.
///
/// # Example
///
/// ```
/// use ketamine_facts::CorrectionKind;
///
/// assert_eq!("refines".parse(), Ok(CorrectionKind::MakesPrecise));
/// assert!(CorrectionKind::Corrects > CorrectionKind::Confirms);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CorrectionKind {
    /// The reference agrees with the article at the article's precision.
    Confirms,
    /// The reference states it more precisely than the article (a date, a
    /// dose, a figure), consistently with it.
    MakesPrecise,
    /// The reference contradicts part of the article's account.
    Corrects,
}

names! {
    CorrectionKind ("correction kind") {
        Confirms => "confirms" | "agrees",
        MakesPrecise => "makes_precise" | "refines" | "precise",
        Corrects => "corrects" | "correction" | "contradicts",
    }
}
