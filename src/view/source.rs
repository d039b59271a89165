//! Where facts come from: the source articles and their section headings.

use crate::data::sources::ROWS;
use crate::model::source::SourceRow;
use crate::{Section, Source, SourceKind};

/// The table has one row per source, in the order of [`Source::ALL`], and
/// `Source::ALL[i] as usize == i`, so [`row`] can index by discriminant: the
/// build fails if a row is missing, repeated or out of place.
const _: () = {
    assert!(
        ROWS.len() == Source::ALL.len(),
        "data/sources.rs needs one row per source"
    );
    let mut i = 0;
    while i < ROWS.len() {
        assert!(
            Source::ALL[i] as usize == i,
            "Source::ALL is not in declaration order"
        );
        assert!(
            ROWS[i].source as usize == Source::ALL[i] as usize,
            "data/sources.rs: row i must be the row of Source::ALL[i]"
        );
        i += 1;
    }
};

/// The row of `source` in the table.
const fn row(source: Source) -> &'static SourceRow {
    &ROWS[source as usize]
}

impl Source {
    /// Whether this is one of the articles or a reference source.
    #[must_use]
    pub const fn kind(self) -> SourceKind {
        row(self).kind
    }

    /// Whether this is one of the five articles.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert!(Source::WhatIsKetamine.is_article());
    /// ```
    #[must_use]
    pub const fn is_article(self) -> bool {
        matches!(self.kind(), SourceKind::Article)
    }

    /// A readable title: the printed title where the source has one, otherwise a
    /// description in brackets.
    #[must_use]
    pub const fn title(self) -> &'static str {
        row(self).title
    }

    /// The author or publisher as printed, where the source names one.
    #[must_use]
    pub const fn author(self) -> Option<&'static str> {
        row(self).author
    }

    /// The file in `shared/sources/` that keeps an article's text (`None` for
    /// reference sources).
    #[must_use]
    pub const fn file(self) -> Option<&'static str> {
        row(self).file
    }

    /// An identifier or link for a reference source (a DOI, `PubMed` id, Federal
    /// Register citation, URL); `None` for the articles, which have none.
    #[must_use]
    pub const fn identifier(self) -> Option<&'static str> {
        row(self).identifier
    }

    /// What the source covers, in a line.
    #[must_use]
    pub const fn covers(self) -> &'static str {
        row(self).covers
    }

    /// The section headings of an article, verbatim and in order (empty for
    /// article 002, which has none, and for reference sources).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Section, Source};
    ///
    /// let headings = Source::MentalHealthOverview.sections();
    /// assert_eq!(headings.first(), Some(&Section::HowDoesKetamineAffectTheBrain));
    /// assert!(Source::RiseOfKetamineTherapy.sections().is_empty());
    /// ```
    #[must_use]
    pub const fn sections(self) -> &'static [Section] {
        let i = self as usize;
        let (_, from_first) = Section::ALL.split_at(SECTION_START[i]);
        from_first
            .split_at(SECTION_START[i + 1] - SECTION_START[i])
            .0
    }
}

/// Where each source's sections start in [`Section::ALL`], by `Source as usize`:
/// the sections of source `i` are `Section::ALL[SECTION_START[i]..SECTION_START[i + 1]]`.
/// The build fails if [`Section::ALL`] is not grouped by source in source order.
const SECTION_START: [usize; Source::ALL.len() + 1] = {
    let mut start = [0; Source::ALL.len() + 1];
    let mut k = 0;
    while k < Section::ALL.len() {
        let source = Section::ALL[k].source() as usize;
        assert!(
            k == 0 || Section::ALL[k - 1].source() as usize <= source,
            "Section::ALL is not grouped by source in Source order"
        );
        start[source + 1] += 1;
        k += 1;
    }
    let mut i = 0;
    while i < Source::ALL.len() {
        start[i + 1] += start[i];
        i += 1;
    }
    start
};

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::macros::deserialize_by_name(deserializer)
    }
}
