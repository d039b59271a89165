//! Corrections: an article's claim set beside the reference claim that
//! confirms it, makes it precise or corrects it, or beside the regulator's
//! label that contradicts or qualifies it, both named by claim id.
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
/// Where a regulator's label (prescribing information and its boxed warning,
/// patient information, REMS) contradicts or qualifies an article's claim, the
/// row's kind is [`Contradicts`](CorrectionKind::Contradicts) or
/// [`Qualifies`](CorrectionKind::Qualifies), and the build checks that the
/// reference claim cites such a label only. [`ClaimCorrection::against`]
/// (or `Claim::label_warnings`) gives those rows for a claim,
/// [`ClaimCorrection::contradicted_claims`] and
/// [`ClaimCorrection::qualified_claims`] the claims, and a claim's `Display`
/// names the label's claims after its citations.
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
/// let oral = Claim::lookup("route/oral-less-common-variable-absorption")?;
/// let found: Vec<_> = ClaimCorrection::of(oral).collect();
/// assert!(found.iter().all(|c| c.kind() == CorrectionKind::MakesPrecise));
/// assert!(found.iter().any(|c| c.reference().mentions("20%")));
/// # Ok::<(), ketamine_facts::ClaimIdError>(())
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

    /// Whether the reference confirms, makes precise or corrects the claim, or
    /// (a regulator's label) contradicts or qualifies it.
    #[must_use]
    pub const fn kind(&self) -> CorrectionKind {
        self.kind
    }

    /// What the reference adds or changes, in a sentence.
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }
}

/// What a reference claim does to an article's claim about the same thing.
///
/// Three kinds check an article's facts against a reference; two record what
/// a regulator's label (the prescribing information, the patient information,
/// the REMS or the boxed warning) says against an article's claim:
///
/// - [`Corrects`](Self::Corrects): the article is wrong on a fact that the
///   reference settles (the approved spray is esketamine, not ketamine).
/// - [`Contradicts`](Self::Contradicts): a regulator's label says the opposite
///   of what the article claims, or disclaims what the article promises (the
///   article says ketamine leaves breathing alone; the boxed warning lists
///   respiratory depression).
/// - [`Qualifies`](Self::Qualifies): the label does not deny the article's
///   claim but limits it or sets conditions on it (the article offers the spray
///   as an alternative to infusions; the REMS allows it only in certified
///   settings, with at least 2 hours of observation).
///
/// The build refuses a `Contradicts` or `Qualifies` row whose reference claim
/// does not rest on a regulator's label alone
/// ([`is_label_objection`](Self::is_label_objection) tells the two apart).
///
/// `Ord` goes by how much the reference changes the article's claim:
/// `Confirms < MakesPrecise < Qualifies < Corrects < Contradicts`.
///
/// Non-exhaustive: new kinds of link between an article claim and a reference claim
/// have been added before (0.2.0) and may be again.
///
/// # Example
///
/// ```
/// use ketamine_facts::CorrectionKind;
///
/// assert_eq!("refines".parse(), Ok(CorrectionKind::MakesPrecise));
/// assert_eq!("contradicts".parse(), Ok(CorrectionKind::Contradicts));
/// assert!(CorrectionKind::Corrects > CorrectionKind::Confirms);
/// assert!(CorrectionKind::Contradicts > CorrectionKind::Qualifies);
/// assert!(CorrectionKind::Qualifies.is_label_objection());
/// assert!(!CorrectionKind::Corrects.is_label_objection());
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CorrectionKind {
    /// The reference agrees with the article at the article's precision.
    Confirms,
    /// The reference states it more precisely than the article (a date, a
    /// dose, a figure), consistently with it.
    MakesPrecise,
    /// A regulator's label limits or conditions the article's claim without
    /// denying it: where, how often, for whom or under what watch it holds
    /// (the REMS's certified settings beside "a convenient alternative"; the
    /// label's 41% beside "some patients").
    Qualifies,
    /// The article is wrong on a fact that the reference settles (article
    /// 002's "ketamine" spray is esketamine).
    Corrects,
    /// A regulator's label (prescribing or patient information, REMS, boxed
    /// warning) says the opposite of the article's claim, or says that what
    /// the article promises is not known to hold (breathing "preserved" beside
    /// a boxed warning of respiratory depression; "life-saving" beside "not
    /// known to reduce suicidal thoughts").
    Contradicts,
}

impl CorrectionKind {
    /// Whether this is one of the kinds a regulator's label takes against an
    /// article's claim: [`Contradicts`](Self::Contradicts) or
    /// [`Qualifies`](Self::Qualifies). These are the rows
    /// `ClaimCorrection::against` lists.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::CorrectionKind;
    ///
    /// let label: Vec<_> = CorrectionKind::ALL.iter().filter(|k| k.is_label_objection()).collect();
    /// assert_eq!(label, [&CorrectionKind::Qualifies, &CorrectionKind::Contradicts]);
    /// ```
    #[must_use]
    pub const fn is_label_objection(self) -> bool {
        matches!(self, Self::Contradicts | Self::Qualifies)
    }
}

names! {
    CorrectionKind ("correction kind") {
        Confirms => "confirms" | "agrees",
        MakesPrecise => "makes_precise" | "refines" | "precise",
        Qualifies => "qualifies" | "limits" | "qualified",
        Corrects => "corrects" | "correction",
        Contradicts => "contradicts" | "contradiction" | "contradicted",
    }
}
