//! What every cited thing answers, once: two sealed traits, one for cited
//! records and one for concept values, each with one return shape per question.

use crate::model::citation::{strongest_of, weakest_of};
use crate::{Citation, Claim, Evidence, Source};

mod sealed {
    /// Only the crate's own types take part.
    pub trait Sealed {}
}

pub(crate) use sealed::Sealed;

/// A record that carries its own citations: a [`Claim`], a
/// [`Fact`](crate::Fact), a mechanism [`Link`](crate::concepts::Link) or a side
/// of a disagreement ([`Side`](crate::provenance::Side)).
///
/// Every answer reads the record's citations, each at its own source's level.
/// The trait is sealed: it is implemented by the crate's types only.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Cited, Claim, Evidence, Mechanism, Source};
///
/// fn describe(record: &impl Cited) -> String {
///     let sources: Vec<String> = record.sources().map(|s| s.to_string()).collect();
///     format!("{} to {}, from {}", record.weakest_evidence(), record.strongest_evidence(), sources.join(", "))
/// }
///
/// let claim = Claim::lookup("route/intravenous-most-common-for-depression")?;
/// assert_eq!(describe(claim), "standard_practice to standard_practice, from what_is_ketamine");
/// let link = Mechanism::NmdaAntagonism.links_from().next().expect("a link");
/// assert!(link.sources().count() >= 1);
/// assert!(claim.cites(Source::WhatIsKetamine) && claim.is_contested());
/// # let _ = Evidence::Stated;
/// # Ok::<(), ketamine_facts::ClaimIdError>(())
/// ```
pub trait Cited: Sealed {
    /// The citations, each with the evidence level of its own source's wording.
    fn citations(&self) -> &'static [Citation];

    /// Whether the record takes part in a disagreement between sources.
    fn is_contested(&self) -> bool;

    /// The sources cited, each once, in the order of the citations.
    fn sources(&self) -> impl Iterator<Item = Source> {
        let citations = self.citations();
        citations.iter().enumerate().filter_map(move |(i, c)| {
            let first = !citations[..i].iter().any(|e| e.source() == c.source());
            first.then_some(c.source())
        })
    }

    /// The strongest evidence level among the citations.
    fn strongest_evidence(&self) -> Evidence {
        strongest_of(self.citations())
    }

    /// The weakest evidence level among the citations.
    fn weakest_evidence(&self) -> Evidence {
        weakest_of(self.citations())
    }

    /// Whether one of the citations names `source`.
    fn cites(&self, source: Source) -> bool {
        self.citations().iter().any(|c| c.source() == source)
    }
}

/// A value of a concept type ([`Route`](crate::Route),
/// [`Indication`](crate::Indication), [`SideEffect`](crate::SideEffect),
/// [`Mechanism`](crate::Mechanism), [`HistoryEvent`](crate::HistoryEvent),
/// [`Topic`](crate::Topic) and the others in [`concepts`](crate::concepts)):
/// what the sources say of it, as a whole.
///
/// Every answer reads the value's [`claims`](Self::claims). The trait is
/// sealed: it is implemented by the crate's types only.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Concept, Evidence, Indication, Route, Source};
///
/// fn range(value: impl Concept) -> (Evidence, Evidence) {
///     (value.weakest_evidence(), value.strongest_evidence())
/// }
///
/// assert_eq!(range(Indication::ObsessiveCompulsiveDisorder).1, Evidence::UnderInvestigation);
/// assert!(Concept::is_contested(Indication::Ptsd));
/// assert!(Concept::sources(Route::Intranasal).any(|s| s == Source::WhatIsKetamine));
/// assert!(Concept::citations(Route::Iv).count() >= Route::Iv.claims().len());
/// ```
pub trait Concept: Sealed + Copy {
    /// Every claim about the value, in table order.
    fn claims(self) -> &'static [Claim];

    /// Every citation of every claim about the value.
    fn citations(self) -> impl Iterator<Item = Citation> {
        self.claims()
            .iter()
            .flat_map(|claim| claim.citations().iter().copied())
    }

    /// The sources that say something of the value, in the order of [`Source::ALL`].
    fn sources(self) -> impl Iterator<Item = Source> {
        Source::ALL
            .iter()
            .copied()
            .filter(move |source| self.cites(*source))
    }

    /// The strongest evidence level among all the claims' citations
    /// ([`UnderInvestigation`](Evidence::UnderInvestigation) if there are none).
    fn strongest_evidence(self) -> Evidence {
        self.claims()
            .iter()
            .map(Claim::strongest_evidence)
            .max()
            .unwrap_or(Evidence::UnderInvestigation)
    }

    /// The weakest evidence level among all the claims' citations
    /// ([`UnderInvestigation`](Evidence::UnderInvestigation) if there are none).
    fn weakest_evidence(self) -> Evidence {
        self.claims()
            .iter()
            .map(Claim::weakest_evidence)
            .min()
            .unwrap_or(Evidence::UnderInvestigation)
    }

    /// Whether any claim about the value takes part in a disagreement.
    fn is_contested(self) -> bool {
        self.claims().iter().any(Claim::is_contested)
    }

    /// Whether any claim about the value cites `source`.
    fn cites(self, source: Source) -> bool {
        self.claims().iter().any(|claim| claim.cites(source))
    }
}
