//! The correction table read back: the check that fails the build on a bad
//! row, the claims behind each row's ids, and the queries of
//! [`ClaimCorrection`].
//!
//! Every correction, of a dated event's claim or of any other claim of the
//! articles, is a row of [`CORRECTIONS`]; the 0.1.0 event view
//! ([`Correction`](crate::Correction)) is derived from the same rows.

use core::fmt;

use crate::data::corrections::CORRECTIONS;
use crate::view::index::{self, CLAIM_COUNT, CLAIMS, same};
use crate::{Claim, ClaimCorrection, ClaimId, CorrectionKind, Source};

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
    /// A `Contradicts` or `Qualifies` row whose reference claim does not rest
    /// on a regulator's label alone.
    LabelKindWithoutLabel(&'static str),
}

/// Whether `source` is a regulator's label: the prescribing information, the
/// patient information, the REMS (the boxed warning is part of the
/// prescribing information), or the Ketalar label.
const fn is_label(source: Source) -> bool {
    matches!(
        source,
        Source::SpravatoPrescribingInformation
            | Source::SpravatoPatientInformation
            | Source::SpravatoRems
            | Source::KetalarLabel
    )
}

/// Whether the claim cites something, and only regulators' labels.
const fn cites_only_labels(claim: &Claim) -> bool {
    let citations = claim.citations();
    if citations.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < citations.len() {
        if !is_label(citations[i].source()) {
            return false;
        }
        i += 1;
    }
    true
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
        if row.kind().is_label_objection() && !cites_only_labels(&claims[reference]) {
            return Some(CorrectionError::LabelKindWithoutLabel(row.reference_key()));
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
            CorrectionError::LabelKindWithoutLabel(_) => panic!(
                "a Contradicts or Qualifies row's reference claim does not cite a regulator's label only"
            ),
        }
    }
};

// ---------------------------------------------------------------------------
// What the labels say against each claim, computed when the crate is built.

/// Per claim (by table position): the strongest label kind of the rows
/// against it (`Contradicts` over `Qualifies`), if any.
static LABEL_STATUS: [Option<CorrectionKind>; CLAIM_COUNT] = {
    let mut out = [None; CLAIM_COUNT];
    let mut r = 0;
    while r < CORRECTIONS.len() {
        let row = &CORRECTIONS[r];
        if row.kind().is_label_objection()
            && let Some(at) = find(&CLAIMS, row.article_key())
        {
            out[at] = match (out[at], row.kind()) {
                (Some(CorrectionKind::Contradicts), _) | (_, CorrectionKind::Contradicts) => {
                    Some(CorrectionKind::Contradicts)
                }
                _ => Some(CorrectionKind::Qualifies),
            };
        }
        r += 1;
    }
    out
};

/// Per claim (by table position): whether a reference corrects it or a label
/// contradicts or qualifies it.
static CHALLENGED: [bool; CLAIM_COUNT] = {
    let mut out = [false; CLAIM_COUNT];
    let mut r = 0;
    while r < CORRECTIONS.len() {
        let row = &CORRECTIONS[r];
        if (row.kind().is_label_objection() || matches!(row.kind(), CorrectionKind::Corrects))
            && let Some(at) = find(&CLAIMS, row.article_key())
        {
            out[at] = true;
        }
        r += 1;
    }
    out
};

/// How many claims have label status `kind`.
const fn count_status(kind: CorrectionKind) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        if let Some(status) = LABEL_STATUS[i]
            && status as usize == kind as usize
        {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The table positions of the claims with label status `kind`, in table order.
const fn with_status<const N: usize>(kind: CorrectionKind) -> [u16; N] {
    let mut out = [0u16; N];
    let mut at = 0;
    let mut i = 0;
    while i < CLAIM_COUNT {
        if let Some(status) = LABEL_STATUS[i]
            && status as usize == kind as usize
        {
            out[at] = i as u16;
            at += 1;
        }
        i += 1;
    }
    out
}

static CONTRADICTED: [u16; count_status(CorrectionKind::Contradicts)] =
    with_status(CorrectionKind::Contradicts);

static QUALIFIED: [u16; count_status(CorrectionKind::Qualifies)] =
    with_status(CorrectionKind::Qualifies);

/// Whether the claim at table position `at` is corrected by a reference or
/// contradicted or qualified by a label (for the filters of the knowledge base).
pub(crate) fn is_challenged(at: usize) -> bool {
    CHALLENGED.get(at).copied().unwrap_or(false)
}

/// The label status of the claim, by id.
fn label_status(claim: &Claim) -> Option<CorrectionKind> {
    index::position(claim.id().as_str()).and_then(|at| LABEL_STATUS[at])
}

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
    /// let children = Claim::lookup("indication/pediatric-mood-disorders-specialised-care")?;
    /// assert_eq!(ClaimCorrection::of(children).count(), 1);
    /// # Ok::<(), ketamine_facts::ClaimIdError>(())
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
    /// let ketalar = Claim::lookup("history-event/ketalar-approval-fda-1970")?;
    /// let rows: Vec<_> = ClaimCorrection::by(ketalar).collect();
    /// assert_eq!(rows.len(), 1);
    /// assert_eq!(rows[0].kind(), CorrectionKind::MakesPrecise);
    /// assert!(rows[0].article().mentions("1970s"));
    /// # Ok::<(), ketamine_facts::ClaimIdError>(())
    /// ```
    pub fn by(claim: &Claim) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        CORRECTIONS
            .iter()
            .filter(move |c| c.reference_key() == claim.id().as_str())
    }

    /// What regulators' labels say against `claim`: the rows of kind
    /// [`Contradicts`](CorrectionKind::Contradicts) or
    /// [`Qualifies`](CorrectionKind::Qualifies) whose article claim it is, in
    /// table order. Each row's reference claim cites a regulator's label only
    /// (the prescribing information and its boxed warning, the patient
    /// information, the REMS); the build checks it.
    pub fn against(claim: &Claim) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        Self::of(claim).filter(|c| c.kind().is_label_objection())
    }

    /// Every article claim that a regulator's label contradicts (at least one
    /// row of kind [`Contradicts`](CorrectionKind::Contradicts)), each once, in
    /// table order. Read from a list computed when the crate is built.
    #[must_use]
    pub fn contradicted_claims() -> impl ExactSizeIterator<Item = &'static Claim> {
        CONTRADICTED.iter().map(|&at| &CLAIMS[usize::from(at)])
    }

    /// Every article claim that a regulator's label qualifies (limits or sets
    /// conditions on) and none contradicts, each once, in table order. With
    /// [`contradicted_claims`](Self::contradicted_claims) it lists every claim
    /// a label speaks against, each in one of the two.
    #[must_use]
    pub fn qualified_claims() -> impl ExactSizeIterator<Item = &'static Claim> {
        QUALIFIED.iter().map(|&at| &CLAIMS[usize::from(at)])
    }
}

impl Claim {
    /// What regulators' labels say against this claim: the same rows as
    /// [`ClaimCorrection::against`].
    pub fn label_warnings(&self) -> impl Iterator<Item = &'static ClaimCorrection> + '_ {
        ClaimCorrection::against(self)
    }

    /// Whether a regulator's label contradicts this claim
    /// (`Some(CorrectionKind::Contradicts)`), only qualifies it
    /// (`Some(CorrectionKind::Qualifies)`), or says nothing against it
    /// (`None`). [`Display`](core::fmt::Display) says the same after the
    /// citations.
    #[must_use]
    pub fn label_status(&self) -> Option<CorrectionKind> {
        label_status(self)
    }

    /// Whether a regulator's label contradicts this claim.
    #[must_use]
    pub fn is_contradicted(&self) -> bool {
        self.label_status() == Some(CorrectionKind::Contradicts)
    }
}

/// The summary, the citations, the confidence of a reference fact, and, for a
/// claim that a regulator's label contradicts or qualifies, what the label
/// says and where: ` (contradicted by the label: see <id>, ...; qualified by
/// the label: see <id>, ...)`.
///
/// This impl lives here, not beside [`Claim`] in `model/`, because it reads the
/// correction table, and `model/` reads no data.
impl fmt::Display for Claim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.summary())?;
        f.write_str(" [")?;
        for (i, citation) in self.citations().iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{citation}")?;
        }
        f.write_str("]")?;
        if let Some(confidence) = self.confidence() {
            write!(f, " (confidence {confidence})")?;
        }
        if self.label_status().is_some() {
            f.write_str(" (")?;
            let mut first_group = true;
            for (kind, words) in [
                (
                    CorrectionKind::Contradicts,
                    "contradicted by the label: see ",
                ),
                (CorrectionKind::Qualifies, "qualified by the label: see "),
            ] {
                let mut first = true;
                for row in ClaimCorrection::against(self).filter(|c| c.kind() == kind) {
                    if first {
                        if !first_group {
                            f.write_str("; ")?;
                        }
                        f.write_str(words)?;
                        first_group = false;
                    } else {
                        f.write_str(", ")?;
                    }
                    f.write_str(row.reference_key())?;
                    first = false;
                }
            }
            f.write_str(")")?;
        }
        Ok(())
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
    const REGISTRY: &[Citation] = &[Citation::whole(Source::DrugBank, Evidence::Stated)];
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
        Claim::new("route/registry", IV, "A registry says so.", REGISTRY),
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

    #[test]
    fn a_label_kind_needs_a_label_on_the_reference_side() {
        for kind in [CorrectionKind::Contradicts, CorrectionKind::Qualifies] {
            let table = [ClaimCorrection::new(
                "route/article",
                "route/registry",
                kind,
                "Why.",
            )];
            assert_eq!(
                check(&table, CLAIMS),
                Some(CorrectionError::LabelKindWithoutLabel("route/registry"))
            );
            let table = [ClaimCorrection::new(
                "route/article",
                "route/reference",
                kind,
                "Why.",
            )];
            assert_eq!(check(&table, CLAIMS), None);
        }
        // the other kinds take any reference source
        let table = [ClaimCorrection::new(
            "route/article",
            "route/registry",
            CorrectionKind::Corrects,
            "Why.",
        )];
        assert_eq!(check(&table, CLAIMS), None);
    }
}
