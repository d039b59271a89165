//! The whole knowledge base as one: every fact of every kind, with uniform
//! filters that read precomputed indexes.

use crate::view::{correction, index};
use crate::{
    Citation, Claim, ClaimCorrection, Confidence, CorrectionKind, Disagreement, Evidence, Source,
};
use crate::{DATA_VERSION, FactKind, Subject, Topic};
use core::fmt;

impl Subject {
    /// Every claim about this subject.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(self)
    }
}

impl Topic {
    /// Every claim on this topic.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(Subject::Topic(self))
    }
}

/// One fact: a claim, and what it is about.
///
/// This is the uniform view over every kind of fact in the crate, for code that
/// wants to list, filter or export facts without knowing each concept type.
/// A `Fact` is `Copy` and points into static data.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, FactKind, facts};
///
/// let fact = facts().next().unwrap();
/// assert_eq!(fact.kind(), FactKind::Route);
/// assert!(!fact.citations().is_empty());
/// assert!(fact.evidence() >= Evidence::UnderInvestigation);
/// println!("{fact}");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fact {
    subject: Subject,
    claim: &'static Claim,
}

impl Fact {
    /// What the fact is about.
    #[must_use]
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The kind of fact.
    #[must_use]
    pub const fn kind(&self) -> FactKind {
        self.subject.kind()
    }

    /// The claim itself.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }

    /// The summary, in the crate's words.
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.claim.summary()
    }

    /// The strongest evidence level any citation gives the fact.
    #[must_use]
    pub const fn evidence(&self) -> Evidence {
        self.claim.strongest_evidence()
    }

    /// Every citation for the fact.
    #[must_use]
    pub const fn citations(&self) -> &'static [Citation] {
        self.claim.citations()
    }

    /// The disagreements the fact takes part in (empty when uncontested).
    #[must_use]
    pub const fn disputes(&self) -> &'static [Disagreement] {
        self.claim.disputes()
    }

    /// Whether any source disputes the fact.
    #[must_use]
    pub const fn is_contested(&self) -> bool {
        self.claim.is_contested()
    }

    /// How settled a reference fact is (`None` for the articles' claims).
    #[must_use]
    pub const fn confidence(&self) -> Option<Confidence> {
        self.claim.confidence()
    }

    /// Whether a regulator's label contradicts the fact
    /// (`Some(CorrectionKind::Contradicts)`), only qualifies it
    /// (`Some(CorrectionKind::Qualifies)`), or says nothing against it
    /// ([`Claim::label_status`]). `Display` says it too.
    #[must_use]
    pub fn label_status(&self) -> Option<CorrectionKind> {
        self.claim.label_status()
    }

    /// Whether a regulator's label contradicts the fact ([`Claim::is_contradicted`]).
    #[must_use]
    pub fn is_contradicted(&self) -> bool {
        self.claim.is_contradicted()
    }

    /// What regulators' labels say against the fact
    /// ([`ClaimCorrection::against`]).
    pub fn label_warnings(&self) -> impl Iterator<Item = &'static ClaimCorrection> + use<> {
        ClaimCorrection::against(self.claim)
    }

    /// Whether the fact rests on a reference source rather than on the articles
    /// alone (some citation is of a reference source).
    #[must_use]
    pub fn is_from_reference(&self) -> bool {
        self.citations().iter().any(|c| !c.source().is_article())
    }
}

impl Fact {
    /// Every subject the fact is about: a claim can concern several values (one
    /// study of anxiety, PTSD and substance use is about three indications). The
    /// first is [`subject`](Self::subject). Costs O(1): the subjects are part of
    /// the claim's row.
    #[must_use]
    pub fn subjects(&self) -> impl ExactSizeIterator<Item = Subject> + use<> {
        self.claim.subjects().iter().copied()
    }

    /// The claim's stable id ([`Claim::id`]).
    #[must_use]
    pub const fn id(&self) -> crate::ClaimId {
        self.claim.id()
    }

    const fn of(claim: &'static Claim) -> Self {
        Self {
            subject: claim.home(),
            claim,
        }
    }

    /// The fact at position `i` of the table.
    fn at(i: usize) -> Self {
        Self::of(&index::CLAIMS[i])
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.claim)
    }
}

/// An iterator over every fact in the crate, kind by kind. Allocates nothing;
/// its length is known ([`ExactSizeIterator`]).
///
/// Made by [`facts`].
///
/// # Example
///
/// ```
/// use ketamine_facts::{KnowledgeBase, facts};
///
/// let mut all = facts();
/// assert_eq!(all.len(), KnowledgeBase::FACT_COUNT);
/// all.next();
/// assert_eq!(all.len(), KnowledgeBase::FACT_COUNT - 1);
/// ```
#[derive(Debug, Clone)]
pub struct Facts {
    range: core::ops::Range<usize>,
}

impl Iterator for Facts {
    type Item = Fact;

    fn next(&mut self) -> Option<Fact> {
        self.range.next().map(Fact::at)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }

    fn count(self) -> usize {
        self.range.len()
    }

    fn nth(&mut self, n: usize) -> Option<Fact> {
        self.range.nth(n).map(Fact::at)
    }

    fn last(mut self) -> Option<Fact> {
        self.next_back()
    }
}

impl DoubleEndedIterator for Facts {
    fn next_back(&mut self) -> Option<Fact> {
        self.range.next_back().map(Fact::at)
    }
}

impl ExactSizeIterator for Facts {}

impl core::iter::FusedIterator for Facts {}

/// Every fact in the crate, kind by kind: the order of the claim table, whose
/// files follow [`FactKind`]'s order.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Source, facts};
///
/// // every fact has a citation
/// assert!(facts().all(|f| !f.citations().is_empty()));
/// // filters are plain iterator adaptors; the crate offers the common ones too
/// let approved = facts().filter(|f| f.evidence() == Evidence::RegulatoryApproval).count();
/// assert!(approved >= 1);
/// ```
#[must_use]
pub const fn facts() -> Facts {
    Facts {
        range: 0..index::CLAIM_COUNT,
    }
}

/// The facts at the listed table positions (a precomputed index).
fn listed(list: &'static [u16]) -> impl ExactSizeIterator<Item = Fact> + DoubleEndedIterator {
    list.iter().map(|&i| Fact::at(usize::from(i)))
}

/// Every fact that cites `source`, read from a precomputed index.
pub fn facts_citing(source: Source) -> impl Iterator<Item = Fact> {
    listed(index::citing(source))
}

/// Every fact whose strongest evidence is at least `level`, read from a
/// precomputed index, in table order.
///
/// # It lists disputed, corrected and contradicted facts too
///
/// The level is the strongest wording among a fact's citations, as the source
/// words it: an article's "the FDA approved a ketamine nasal spray" is graded
/// [`RegulatoryApproval`](Evidence::RegulatoryApproval) although a reference
/// source corrects it (the approved spray is esketamine). This filter keeps
/// such facts, so it can hand out a claim that a source disputes
/// ([`Fact::is_contested`]), that a reference corrects
/// ([`ClaimCorrection::of`]) or that a regulator's label contradicts or
/// qualifies ([`Fact::label_status`]).
///
/// **Do not present its results as settled.** To show facts as approved or
/// established, use [`facts_at_least_uncontested`], which leaves all of those
/// out; or check each fact and show what is against it (its `Display` says
/// when a label contradicts or qualifies it).
pub fn facts_at_least(level: Evidence) -> impl Iterator<Item = Fact> {
    listed(index::at_least(level))
}

/// Every fact whose strongest evidence is at least `level` and that nothing
/// stands against, in table order: no source disputes it
/// ([`Fact::is_contested`]), no reference corrects it (a
/// [`ClaimCorrection`] of kind [`Corrects`](CorrectionKind::Corrects)), and no
/// regulator's label contradicts or qualifies it ([`Fact::label_status`]).
///
/// This is the filter to use before showing facts as approved or established.
/// A reference that confirms a fact or makes it precise does not remove it.
/// Reads the same precomputed index as [`facts_at_least`], with a table of the
/// challenged facts computed when the crate is built.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, facts_at_least, facts_at_least_uncontested};
///
/// let approved: Vec<_> = facts_at_least_uncontested(Evidence::RegulatoryApproval).collect();
/// // Article 002's "FDA approved a ketamine nasal spray": disputed and corrected, so left out.
/// assert!(approved.iter().all(|f| f.id().as_str() != "route/intranasal-fda-approval-rapid-acting-in-002"));
/// assert!(approved.iter().all(|f| !f.is_contested() && f.label_status().is_none()));
/// assert!(approved.len() < facts_at_least(Evidence::RegulatoryApproval).count());
/// ```
pub fn facts_at_least_uncontested(level: Evidence) -> impl Iterator<Item = Fact> {
    index::at_least(level)
        .iter()
        .map(|&i| usize::from(i))
        .filter(|&i| !index::CLAIMS[i].is_contested() && !correction::is_challenged(i))
        .map(Fact::at)
}

/// Every fact of one kind (whose home subject is of that kind).
pub fn facts_of_kind(kind: FactKind) -> impl Iterator<Item = Fact> {
    let (start, end) = index::kind_range(kind);
    (start..end).map(Fact::at)
}

/// Every fact whose summary contains `text`, ignoring ASCII case.
///
/// The summaries are folded to lower case once, at compile time; a search scans
/// that text and allocates nothing.
pub fn search(text: &str) -> impl Iterator<Item = Fact> + '_ {
    let mut search = index::Search::new(text);
    core::iter::from_fn(move || search.next_claim()).map(Fact::at)
}

/// Every fact that some source disputes.
pub fn contested_facts() -> impl Iterator<Item = Fact> {
    listed(index::contested())
}

/// Every fact that takes part in `disagreement`.
pub fn facts_in(disagreement: Disagreement) -> impl Iterator<Item = Fact> {
    listed(index::in_disagreement(disagreement))
}

/// The whole knowledge base: every source, fact and disagreement of this edition
/// ([`DATA_VERSION`]).
///
/// It holds no data of its own: every method reads the crate's constants. Its use
/// is as one value to export (with feature `serde` it serializes to JSON with
/// every citation as `{"source": ..., "section": heading or null, ...}` and
/// every [`ClaimCorrection`](crate::ClaimCorrection) in one `corrections` list
/// as `{"article": claim id, "reference": claim id, "kind": ..., "note": ...}`)
/// and to read back: deserializing succeeds only for JSON of this very edition, and
/// fails naming the first fact, source or version that differs.
///
/// # Example
///
/// ```
/// use ketamine_facts::{KnowledgeBase, Source};
///
/// let kb = KnowledgeBase::CURRENT;
/// assert_eq!(kb.data_version(), ketamine_facts::DATA_VERSION);
/// assert!(kb.facts().count() > 100);
/// assert!(kb.sources().contains(&Source::WhatIsKetamine));
/// assert!(!kb.disagreements().is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KnowledgeBase {
    _private: (),
}

impl KnowledgeBase {
    /// How many facts (claims) this edition holds: the length of [`facts`].
    pub const FACT_COUNT: usize = index::CLAIM_COUNT;

    /// The knowledge base of this edition.
    pub const CURRENT: KnowledgeBase = KnowledgeBase { _private: () };

    /// The knowledge base of this edition.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use the associated constant KnowledgeBase::CURRENT"
    )]
    pub const fn get() -> Self {
        Self { _private: () }
    }

    /// The edition of the facts ([`DATA_VERSION`]).
    #[must_use]
    pub const fn data_version(self) -> &'static str {
        DATA_VERSION
    }

    /// Every source, articles first.
    #[must_use]
    pub const fn sources(self) -> &'static [Source] {
        Source::ALL
    }

    /// Every fact ([`facts`]).
    #[must_use]
    pub const fn facts(self) -> Facts {
        facts()
    }

    /// Every disagreement between sources.
    #[must_use]
    pub const fn disagreements(self) -> &'static [Disagreement] {
        Disagreement::ALL
    }

    /// How many citations the facts hold in all.
    #[must_use]
    pub fn citation_count(self) -> usize {
        facts().map(|fact| fact.citations().len()).sum()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use serde::ser::{SerializeSeq, SerializeStruct};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Fact, KnowledgeBase, Subject, facts};
    use crate::DATA_VERSION;
    use crate::{Disagreement, Source};

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Subject {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for Subject {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::model::macros::deserialize_by_name(deserializer)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Fact {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut out = serializer.serialize_struct("Fact", 10)?;
            out.serialize_field("id", &self.id())?;
            out.serialize_field("kind", &self.kind())?;
            out.serialize_field("subject", &self.subject())?;
            out.serialize_field("subjects", self.claim().subjects())?;
            out.serialize_field("summary", self.summary())?;
            out.serialize_field("evidence", &self.evidence())?;
            out.serialize_field("citations", self.citations())?;
            out.serialize_field("disputes", self.disputes())?;
            out.serialize_field("confidence", &self.confidence())?;
            out.serialize_field("from_reference", &self.is_from_reference())?;
            out.end()
        }
    }

    /// A fact read back by its id (see [`Claim`](crate::Claim)'s `Deserialize`).
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for Fact {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::Claim::deserialize(deserializer)
                .map(|claim| Fact::of(crate::Claim::get(claim.id())))
        }
    }

    struct SourceRecord(Source);

    impl Serialize for SourceRecord {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let source = self.0;
            let mut out = serializer.serialize_struct("Source", 7)?;
            out.serialize_field("name", &source)?;
            out.serialize_field("kind", &source.kind())?;
            out.serialize_field("title", source.title())?;
            out.serialize_field("author", &source.author())?;
            out.serialize_field("file", &source.file())?;
            out.serialize_field("identifier", &source.identifier())?;
            out.serialize_field("covers", source.covers())?;
            out.end()
        }
    }

    /// A disagreement with its sides.
    struct DisagreementRecord(Disagreement);

    impl Serialize for DisagreementRecord {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let d = self.0;
            let mut out = serializer.serialize_struct("Disagreement", 5)?;
            out.serialize_field("name", &d)?;
            out.serialize_field("kind", &d.kind())?;
            out.serialize_field("topic", d.topic())?;
            out.serialize_field("sides", d.sides())?;
            out.serialize_field("note", d.note())?;
            out.end()
        }
    }

    /// A history event with its date.
    struct TimelineRecord(crate::HistoryEvent);

    impl Serialize for TimelineRecord {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let event = self.0;
            let mut out = serializer.serialize_struct("HistoryEvent", 4)?;
            out.serialize_field("name", &event)?;
            out.serialize_field("title", event.title())?;
            out.serialize_field("date", &event.date())?;
            out.serialize_field("from_articles", &event.is_from_articles())?;
            out.end()
        }
    }

    /// Serializes an iterator as a sequence without collecting it.
    struct Seq<I>(core::cell::Cell<Option<I>>);

    impl<I: Iterator<Item = T>, T: Serialize> Serialize for Seq<I> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(None)?;
            if let Some(items) = self.0.take() {
                for item in items {
                    seq.serialize_element(&item)?;
                }
            }
            seq.end()
        }
    }

    fn seq<I>(items: I) -> Seq<I> {
        Seq(core::cell::Cell::new(Some(items)))
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for KnowledgeBase {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut out = serializer.serialize_struct("KnowledgeBase", 10)?;
            out.serialize_field("data_version", DATA_VERSION)?;
            out.serialize_field("disclaimer", crate::DISCLAIMER)?;
            out.serialize_field(
                "sources",
                &seq(Source::ALL.iter().map(|s| SourceRecord(*s))),
            )?;
            out.serialize_field("facts", &seq(facts()))?;
            out.serialize_field(
                "disagreements",
                &seq(Disagreement::ALL.iter().map(|d| DisagreementRecord(*d))),
            )?;
            out.serialize_field("mechanism_links", crate::Mechanism::links())?;
            out.serialize_field("mechanism_cascade", crate::Mechanism::cascade())?;
            out.serialize_field("relations", crate::Relation::all())?;
            out.serialize_field(
                "timeline",
                &seq(crate::HistoryEvent::timeline()
                    .iter()
                    .map(|e| TimelineRecord(*e))),
            )?;
            out.serialize_field("corrections", crate::ClaimCorrection::all())?;
            out.end()
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for KnowledgeBase {
        /// Reads this edition's export, refusing any difference (see [`KnowledgeBase`]).
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::view::export::read_exactly(
                &KnowledgeBase::CURRENT,
                "knowledge base",
                deserializer,
            )?;
            Ok(KnowledgeBase::CURRENT)
        }
    }
}
