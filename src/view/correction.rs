//! The correction table read back: the check that fails the build on a bad
//! row, the claims behind each row's ids, and the queries of
//! [`ClaimCorrection`].
//!
//! Every correction, of a dated event's claim or of any other claim of the
//! articles, is a row of [`CORRECTIONS`]; the 0.1.0 event view
//! ([`Correction`](crate::Correction)) is derived from the same rows.

use crate::data::corrections::CORRECTIONS;
use crate::view::index::{self, CLAIMS, same};
use crate::{Claim, ClaimCorrection, ClaimId};

// ---------------------------------------------------------------------------
// Checks that fail the build.

/// What is wrong with a correction table, if anything: the first problem found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CorrectionError {
    /// A row names an id that no claim has.
    UnknownClaim(&'static str),
    /// The article claim of a row cites nothing, or cites a reference source.
    ArticleClaimNotFromArticles(&'static str),
    /// The reference claim of a row cites nothing, or cites an article.
    ReferenceClaimNotFromReferences(&'static str),
    /// The same pair of claims is written twice (row number of the second).
    DuplicatePair(usize),
    /// A row has no note (row number).
    NoNote(usize),
}

const fn find(claims: &[Claim], id: &str) -> Option<usize> {
    let mut i = 0;
    while i < claims.len() {
        if same(claims[i].id().as_str(), id) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether the claim cites something, and only articles (`articles`) or only
/// reference sources (`!articles`).
const fn cites_only(claim: &Claim, articles: bool) -> bool {
    let citations = claim.citations();
    if citations.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < citations.len() {
        if citations[i].source().is_article() != articles {
            return false;
        }
        i += 1;
    }
    true
}

/// Checks `rows` against `claims`.
pub(crate) const fn check(rows: &[ClaimCorrection], claims: &[Claim]) -> Option<CorrectionError> {
    let mut r = 0;
    while r < rows.len() {
        let row = &rows[r];
        let Some(article) = find(claims, row.article_key()) else {
            return Some(CorrectionError::UnknownClaim(row.article_key()));
        };
        let Some(reference) = find(claims, row.reference_key()) else {
            return Some(CorrectionError::UnknownClaim(row.reference_key()));
        };
        if !cites_only(&claims[article], true) {
            return Some(CorrectionError::ArticleClaimNotFromArticles(
                row.article_key(),
            ));
        }
        if !cites_only(&claims[reference], false) {
            return Some(CorrectionError::ReferenceClaimNotFromReferences(
                row.reference_key(),
            ));
        }
        if row.note().is_empty() {
            return Some(CorrectionError::NoNote(r));
        }
        let mut earlier = 0;
        while earlier < r {
            let other = &rows[earlier];
            if same(other.article_key(), row.article_key())
                && same(other.reference_key(), row.reference_key())
            {
                return Some(CorrectionError::DuplicatePair(r));
            }
            earlier += 1;
        }
        r += 1;
    }
    None
}

const _: () = {
    if let Some(problem) = check(CORRECTIONS, &CLAIMS) {
        match problem {
            CorrectionError::UnknownClaim(_) => panic!("a correction names no claim"),
            CorrectionError::ArticleClaimNotFromArticles(_) => {
                panic!("a correction's article claim does not cite articles only")
            }
            CorrectionError::ReferenceClaimNotFromReferences(_) => {
                panic!("a correction's reference claim does not cite reference sources only")
            }
            CorrectionError::DuplicatePair(_) => {
                panic!("a correction between the same two claims is written twice")
            }
            CorrectionError::NoNote(_) => panic!("a correction has no note"),
        }
    }
};

/// The claim a row names (the build checks that it exists).
const fn resolve(id: &str) -> &'static Claim {
    match index::find(id) {
        Some(claim) => claim,
        None => panic!("a correction names no claim"),
    }
}

// ---------------------------------------------------------------------------
// Queries.

impl ClaimCorrection {
    /// Every correction, claim to claim: claims of the articles first, then
    /// the claims that date events.
    #[must_use]
    pub const fn all() -> &'static [ClaimCorrection] {
        CORRECTIONS
    }

    /// The article's claim.
    #[must_use]
    pub const fn article(&self) -> &'static Claim {
        resolve(self.article_key())
    }

    /// The reference fact that checks it.
    #[must_use]
    pub const fn reference(&self) -> &'static Claim {
        resolve(self.reference_key())
    }

    /// The id of the article's claim (what the JSON export writes).
    #[must_use]
    pub const fn article_id(&self) -> ClaimId {
        self.article().id()
    }

    /// The id of the reference claim (what the JSON export writes).
    #[must_use]
    pub const fn reference_id(&self) -> ClaimId {
        self.reference().id()
    }

    /// The corrections that concern `claim` (as the article claim), in table
    /// order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Claim, ClaimCorrection};
    ///
    /// let children = Claim::find("indication/pediatric-mood-disorders-specialised-care").unwrap();
    /// assert_eq!(ClaimCorrection::of(children).count(), 1);
    /// ```
    pub fn of(claim: &Claim) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        CORRECTIONS
            .iter()
            .filter(move |c| c.article_key() == claim.id().as_str())
    }

    /// The corrections in which `claim` is the reference claim, in table order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Claim, ClaimCorrection, CorrectionKind};
    ///
    /// let ketalar = Claim::find("history-event/ketalar-approval-fda-1970").unwrap();
    /// let rows: Vec<_> = ClaimCorrection::by(ketalar).collect();
    /// assert_eq!(rows.len(), 1);
    /// assert_eq!(rows[0].kind(), CorrectionKind::MakesPrecise);
    /// assert!(rows[0].article().mentions("1970s"));
    /// ```
    pub fn by(claim: &Claim) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        CORRECTIONS
            .iter()
            .filter(move |c| c.reference_key() == claim.id().as_str())
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for ClaimCorrection {
    /// `{article, reference, kind, note}`, the claims by id.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("ClaimCorrection", 4)?;
        out.serialize_field("article", &self.article_id())?;
        out.serialize_field("reference", &self.reference_id())?;
        out.serialize_field("kind", &self.kind())?;
        out.serialize_field("note", self.note())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::{CorrectionError, check};
    use crate::{
        Citation, Claim, ClaimCorrection, CorrectionKind, Evidence, Route, Source, Subject,
    };

    const IV: &[Subject] = &[Subject::Route(Route::Iv)];
    const ARTICLE: &[Citation] = &[Citation::whole(Source::WhatIsKetamine, Evidence::Stated)];
    const REFERENCE: &[Citation] = &[Citation::whole(Source::KetalarLabel, Evidence::Stated)];
    const BOTH: &[Citation] = &[
        Citation::whole(Source::WhatIsKetamine, Evidence::Stated),
        Citation::whole(Source::KetalarLabel, Evidence::Stated),
    ];

    const CLAIMS: &[Claim] = &[
        Claim::new("route/article", IV, "The article says so.", ARTICLE),
        Claim::new(
            "route/other-article",
            IV,
            "Another article says so.",
            ARTICLE,
        ),
        Claim::new("route/reference", IV, "The label says so.", REFERENCE),
        Claim::new("route/both", IV, "Both say so.", BOTH),
    ];

    const fn row(article: &'static str, reference: &'static str) -> ClaimCorrection {
        ClaimCorrection::new(article, reference, CorrectionKind::MakesPrecise, "Why.")
    }

    #[test]
    fn a_well_formed_table_passes() {
        let table = [
            row("route/article", "route/reference"),
            row("route/other-article", "route/reference"),
        ];
        assert_eq!(check(&table, CLAIMS), None);
        assert_eq!(check(&[], CLAIMS), None);
    }

    #[test]
    fn an_unknown_id_is_caught_on_either_side() {
        let table = [row("route/no-such-claim", "route/reference")];
        assert_eq!(
            check(&table, CLAIMS),
            Some(CorrectionError::UnknownClaim("route/no-such-claim"))
        );
        let table = [row("route/article", "route/no-such-claim")];
        assert_eq!(
            check(&table, CLAIMS),
            Some(CorrectionError::UnknownClaim("route/no-such-claim"))
        );
    }

    #[test]
    fn the_sides_must_come_from_articles_and_from_references() {
        let table = [row("route/reference", "route/reference")];
        assert_eq!(
            check(&table, CLAIMS),
            Some(CorrectionError::ArticleClaimNotFromArticles(
                "route/reference"
            ))
        );
        // one reference citation among article citations is enough to refuse
        let table = [row("route/both", "route/reference")];
        assert_eq!(
            check(&table, CLAIMS),
            Some(CorrectionError::ArticleClaimNotFromArticles("route/both"))
        );
        let table = [row("route/article", "route/other-article")];
        assert_eq!(
            check(&table, CLAIMS),
            Some(CorrectionError::ReferenceClaimNotFromReferences(
                "route/other-article"
            ))
        );
    }

    #[test]
    fn a_pair_of_claims_written_twice_is_caught_whatever_the_kind() {
        let first = row("route/article", "route/reference");
        let second = ClaimCorrection::new(
            "route/article",
            "route/reference",
            CorrectionKind::Corrects,
            "Other.",
        );
        assert_eq!(
            check(&[first, second], CLAIMS),
            Some(CorrectionError::DuplicatePair(1))
        );
    }

    #[test]
    fn a_row_without_a_note_is_caught() {
        let table = [ClaimCorrection::new(
            "route/article",
            "route/reference",
            CorrectionKind::Confirms,
            "",
        )];
        assert_eq!(check(&table, CLAIMS), Some(CorrectionError::NoNote(0)));
    }
}
