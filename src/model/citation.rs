//! Citations, claims and confidence: the provenance every fact stands on.

use core::fmt;

use crate::model::macros::names;
use crate::model::macros::serialize_fields;
use crate::{Disagreement, Evidence, Section, Source, Subject};

/// Where a claim stands in a source, and how strongly the source words it.
///
/// An article citation names the article and the section heading verbatim, or no
/// section for text before the article's first heading (article 002 has no
/// headings at all). A reference citation names the reference source, with no
/// section. Each citation carries its own [`Evidence`] level, read off that
/// source's wording.
///
/// With feature `serde` a citation is the object
/// `{"source": "...", "section": "heading as printed" | null, "evidence": "..."}`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Route, Source};
///
/// let citation = Route::Intranasal.claims()[0].citations()[0];
/// assert_eq!(citation.source(), Source::WhatIsKetamine);
/// assert_eq!(citation.heading(), Some("Ketamine Administration Methods"));
/// assert_eq!(citation.evidence(), Evidence::RegulatoryApproval);
/// assert_eq!(
///     citation.to_string(),
///     "what_is_ketamine, \"Ketamine Administration Methods\" (regulatory_approval)",
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation {
    source: Source,
    section: Option<Section>,
    evidence: Evidence,
}

impl Citation {
    /// A citation of an article's section.
    pub(crate) const fn section(section: Section, evidence: Evidence) -> Self {
        Self {
            source: section.source(),
            section: Some(section),
            evidence,
        }
    }

    /// A citation of a source as a whole: text before an article's first heading,
    /// an article without headings, or a reference source.
    pub(crate) const fn whole(source: Source, evidence: Evidence) -> Self {
        Self {
            source,
            section: None,
            evidence,
        }
    }

    /// The cited source.
    #[must_use]
    pub const fn source(self) -> Source {
        self.source
    }

    /// The cited section, if the citation names one.
    #[must_use]
    pub const fn cited_section(self) -> Option<Section> {
        self.section
    }

    /// The cited heading, verbatim, if the citation names a section.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// let citation = Route::Im.claims()[0].citations()[0];
    /// assert_eq!(citation.heading(), Some("Ketamine Administration Methods"));
    /// ```
    #[must_use]
    pub const fn heading(self) -> Option<&'static str> {
        match self.section {
            Some(section) => Some(section.heading()),
            None => None,
        }
    }

    /// How strongly this source words the claim.
    #[must_use]
    pub const fn evidence(self) -> Evidence {
        self.evidence
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section {
            Some(section) => write!(
                f,
                "{}, {:?} ({})",
                self.source,
                section.heading(),
                self.evidence
            ),
            None => write!(f, "{} ({})", self.source, self.evidence),
        }
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Citation", 3)?;
        out.serialize_field("source", &self.source)?;
        out.serialize_field("section", &self.heading())?;
        out.serialize_field("evidence", &self.evidence)?;
        out.end()
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use alloc::string::String;

        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            source: Source,
            section: Option<String>,
            evidence: Evidence,
        }
        let raw: Raw = crate::model::serde_object::object(deserializer, "a citation")?;
        let section = match raw.section {
            None => None,
            Some(heading) => match Section::find(raw.source, &heading) {
                Some(section) => Some(section),
                None => {
                    return Err(serde::de::Error::custom(format_args!(
                        "{} is not a heading of source {}",
                        crate::model::error::Shown(&heading),
                        raw.source
                    )));
                }
            },
        };
        Ok(Self {
            source: raw.source,
            section,
            evidence: raw.evidence,
        })
    }
}

/// How settled a reference fact is, as the reference sources themselves grade it.
///
/// `Ord` goes from least to most settled.
///
/// Non-exhaustive: the grades are the reference sources' own, and a finer grade
/// (such as a low one) may come.
///
/// # Example
///
/// ```
/// use ketamine_facts::Certainty;
///
/// assert!(Certainty::High > Certainty::NotSettled);
/// assert_eq!("not settled".parse(), Ok(Certainty::NotSettled));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Certainty {
    /// Sources disagree and the crate keeps every side (a range, or several cited values).
    NotSettled,
    /// A secondary source says it, or sources differ in detail.
    Medium,
    /// A primary or official source says it.
    High,
}

names! {
    Certainty ("certainty") {
        NotSettled => "not_settled" | "unsettled" | "disputed",
        Medium => "medium",
        High => "high",
    }
}

/// How settled a fact is, and why: carried by reference facts.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Certainty, Confidence};
///
/// let confidence = Confidence::new(Certainty::NotSettled, "the sources give different years");
/// assert_eq!(confidence.certainty(), Certainty::NotSettled);
/// assert_eq!(confidence.to_string(), "not_settled: the sources give different years");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Confidence {
    certainty: Certainty,
    why: &'static str,
}

serialize_fields!(Confidence { certainty, why });

impl Confidence {
    /// A grade with the reason for it.
    #[must_use]
    pub const fn new(certainty: Certainty, why: &'static str) -> Self {
        Self { certainty, why }
    }

    /// The grade.
    #[must_use]
    pub const fn certainty(self) -> Certainty {
        self.certainty
    }

    /// Why the fact has this grade.
    #[must_use]
    pub const fn why(self) -> &'static str {
        self.why
    }

    /// Whether the sources leave the fact open.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Certainty, Confidence};
    ///
    /// assert!(Confidence::new(Certainty::NotSettled, "two values").is_unsettled());
    /// ```
    #[must_use]
    pub const fn is_unsettled(self) -> bool {
        matches!(self.certainty, Certainty::NotSettled)
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.certainty, self.why)
    }
}

/// One statement of fact, in the crate's own words, with every citation for it.
///
/// A claim is the unit the crate counts as a fact. It has at least one citation;
/// each citation keeps the evidence level of its own source's wording, so one
/// claim can be [`Stated`](Evidence::Stated) in one article and
/// [`Preliminary`](Evidence::Preliminary) in another: see
/// [`strongest_evidence`](Self::strongest_evidence) and
/// [`weakest_evidence`](Self::weakest_evidence). A claim that the sources dispute
/// links the [`Disagreement`]s it is part of; a reference fact carries a
/// [`Confidence`].
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, Evidence, Route, Source};
///
/// let claim = &Route::Iv.claims()[0];
/// assert!(claim.summary().contains("most common"));
/// assert_eq!(claim.strongest_evidence(), Evidence::StandardPractice);
/// assert!(claim.cites(Source::WhatIsKetamine));
/// // article 003's FAQ drops "for treating depression"
/// assert_eq!(claim.disputes(), [Disagreement::MostCommonMethod]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Claim {
    id: ClaimId,
    subjects: &'static [Subject],
    summary: &'static str,
    citations: &'static [Citation],
    disputes: &'static [Disagreement],
    confidence: Option<Confidence>,
}

impl Claim {
    /// A claim with its citations (at least one).
    pub(crate) const fn new(
        id: &'static str,
        subjects: &'static [Subject],
        summary: &'static str,
        citations: &'static [Citation],
    ) -> Self {
        Self {
            id: ClaimId(id),
            subjects,
            summary,
            citations,
            disputes: &[],
            confidence: None,
        }
    }

    /// The claim's stable id: a readable slug that names what the claim is about,
    /// never its wording. Ids never change meaning; see [`ClaimId`].
    #[must_use]
    pub const fn id(&self) -> ClaimId {
        self.id
    }

    /// Every subject the claim is about, its home subject first.
    ///
    /// The home subject is the one whose data file holds the row, and the one the
    /// export names as `subject`.
    #[must_use]
    pub const fn subjects(&self) -> &'static [Subject] {
        self.subjects
    }

    /// The home subject: the first of [`subjects`](Self::subjects).
    #[must_use]
    pub const fn home(&self) -> Subject {
        match self.subjects.first() {
            Some(subject) => *subject,
            // Every row names at least one subject (checked at compile time in
            // `view::index`); this arm is never taken.
            None => Subject::Topic(crate::Topic::Safety),
        }
    }

    /// Whether the claim is about `subject` (one of its [`subjects`](Self::subjects)).
    #[must_use]
    pub fn is_about(&self, subject: Subject) -> bool {
        self.subjects.contains(&subject)
    }

    /// The same claim, linked to the disagreements it takes part in.
    pub(crate) const fn disputed(mut self, disputes: &'static [Disagreement]) -> Self {
        self.disputes = disputes;
        self
    }

    /// The same claim, graded by the reference sources' confidence.
    pub(crate) const fn graded(mut self, confidence: Confidence) -> Self {
        self.confidence = Some(confidence);
        self
    }

    /// The claim in the crate's own words.
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// Every citation for the claim.
    #[must_use]
    pub const fn citations(&self) -> &'static [Citation] {
        self.citations
    }

    /// The disagreements between sources that this claim is part of (empty when
    /// no source disputes it).
    #[must_use]
    pub const fn disputes(&self) -> &'static [Disagreement] {
        self.disputes
    }

    /// Whether any source disputes the claim or words it differently enough to matter.
    #[must_use]
    pub const fn is_contested(&self) -> bool {
        !self.disputes.is_empty()
    }

    /// How settled a reference fact is; `None` for the articles' claims, which
    /// carry only evidence levels.
    #[must_use]
    pub const fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }

    /// The strongest level among the citations: the most any source claims.
    #[must_use]
    pub const fn strongest_evidence(&self) -> Evidence {
        strongest_of(self.citations)
    }

    /// The weakest level among the citations: what every source supports at least.
    #[must_use]
    pub const fn weakest_evidence(&self) -> Evidence {
        weakest_of(self.citations)
    }

    /// Whether any citation of the claim is of `source`.
    #[must_use]
    pub const fn cites(&self, source: Source) -> bool {
        any_cites(self.citations, source)
    }

    /// Whether the summary contains `needle`, ignoring ASCII case. Allocates nothing.
    #[must_use]
    pub fn mentions(&self, needle: &str) -> bool {
        contains_ignore_ascii_case(self.summary, needle)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Claim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Claim", 7)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("subjects", self.subjects)?;
        out.serialize_field("summary", self.summary)?;
        out.serialize_field("evidence", &self.strongest_evidence())?;
        out.serialize_field("citations", self.citations)?;
        out.serialize_field("disputes", self.disputes)?;
        out.serialize_field("confidence", &self.confidence)?;
        out.end()
    }
}

/// The strongest evidence level among `citations` (the weakest level when empty).
pub(crate) const fn strongest_of(citations: &[Citation]) -> Evidence {
    let mut best = Evidence::UnderInvestigation;
    let mut i = 0;
    while i < citations.len() {
        if !best.is_at_least(citations[i].evidence) {
            best = citations[i].evidence;
        }
        i += 1;
    }
    best
}

/// The weakest evidence level among `citations` (the strongest level when empty).
pub(crate) const fn weakest_of(citations: &[Citation]) -> Evidence {
    let mut worst = Evidence::RegulatoryApproval;
    let mut i = 0;
    while i < citations.len() {
        if worst.is_at_least(citations[i].evidence) {
            worst = citations[i].evidence;
        }
        i += 1;
    }
    worst
}

/// Whether any of `citations` is of `source`.
pub(crate) const fn any_cites(citations: &[Citation], source: Source) -> bool {
    let mut i = 0;
    while i < citations.len() {
        if citations[i].source as u16 == source as u16 {
            return true;
        }
        i += 1;
    }
    false
}

/// The strongest level any citation of any of `claims` gives.
pub(crate) const fn strongest_of_claims(claims: &[Claim]) -> Evidence {
    let mut best = Evidence::UnderInvestigation;
    let mut i = 0;
    while i < claims.len() {
        let level = claims[i].strongest_evidence();
        if !best.is_at_least(level) {
            best = level;
        }
        i += 1;
    }
    best
}

/// The weakest level any citation of any of `claims` gives.
pub(crate) const fn weakest_of_claims(claims: &[Claim]) -> Evidence {
    let mut worst = Evidence::RegulatoryApproval;
    let mut i = 0;
    while i < claims.len() {
        let level = claims[i].weakest_evidence();
        if worst.is_at_least(level) {
            worst = level;
        }
        i += 1;
    }
    worst
}

/// Case-insensitive (ASCII) substring search without allocating.
pub(crate) fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    needle.is_empty()
        || hay
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

/// The stable id of a [`Claim`]: a readable slug such as
/// `route/intravenous-most-common-for-depression`, made of the home subject's kind and
/// value and a few words naming the fact.
///
/// Ids are a promise to users: an id never changes meaning, even when the
/// claim's wording is fixed. A claim that is removed or split keeps its id in a
/// table of retired ids that names the replacement(s) ([`Claim::lookup`]).
/// Store ids, not summaries, to link to a fact.
///
/// `Display` writes the slug; `FromStr` accepts a current id in any ASCII case
/// (a retired or unknown id is an error that says which); with feature `serde`
/// an id is the slug as a string.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Claim, ClaimId};
///
/// let id: ClaimId = "Route/Intravenous-Most-Common-For-Depression".parse()?;
/// assert_eq!(id.as_str(), "route/intravenous-most-common-for-depression");
/// assert_eq!(id.to_string(), id.as_str());
/// assert!(Claim::get(id).summary().contains("most common"));
/// assert!("route/no-such-claim".parse::<ClaimId>().is_err());
/// # Ok::<(), ketamine_facts::ClaimIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimId(&'static str);

impl ClaimId {
    /// The slug.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A claim id that was released once and no longer names a current claim, with
/// the id(s) that now hold its meaning.
///
/// See [`Claim::lookup`]. Terminologies such as SNOMED CT keep retired codes the
/// same way, so data stored years ago still gets a clear answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetiredClaim {
    id: &'static str,
    replaced_by: &'static [&'static str],
    why: &'static str,
}

impl RetiredClaim {
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) const fn new(
        id: &'static str,
        replaced_by: &'static [&'static str],
        why: &'static str,
    ) -> Self {
        Self {
            id,
            replaced_by,
            why,
        }
    }

    /// The retired id, as it was released.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The current id(s) that hold its meaning now (empty if the fact was
    /// withdrawn with no replacement).
    #[must_use]
    pub const fn replaced_by(&self) -> &'static [&'static str] {
        self.replaced_by
    }

    /// Why it was retired, in a few words.
    #[must_use]
    pub const fn why(&self) -> &'static str {
        self.why
    }
}

impl fmt::Display for RetiredClaim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "claim id {:?} is retired ({})", self.id, self.why)?;
        match self.replaced_by {
            [] => f.write_str(" and has no replacement"),
            ids => {
                f.write_str("; use ")?;
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    write!(f, "{id:?}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for ClaimId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for ClaimId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Id;
        impl serde::de::Visitor<'_> for Id {
            type Value = ClaimId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a claim id such as \"route/intravenous-most-common-for-depression\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ClaimId, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Id)
    }
}
