//! The whole knowledge base as one: every fact of every kind, with uniform filters.

use core::fmt;
use core::str::FromStr;

use crate::macros::facts_enum;
use crate::{Citation, Claim, Confidence, Disagreement, Evidence, ParseError, Source};

/// The edition of the facts this build of the crate holds.
///
/// It changes whenever a fact, a citation or an evidence level changes, so users
/// can tell which edition they hold (compare chrono-tz's `IANA_TZDB_VERSION`).
/// The JSON export carries it, and reading JSON of another edition fails.
///
/// # Example
///
/// ```
/// assert!(ketamine_facts::DATA_VERSION.starts_with("2026."));
/// ```
pub const DATA_VERSION: &str = "2026.11.1";

macro_rules! kb_groups {
    ($(
        $(#[$doc:meta])*
        $Ty:ident => $name:literal $(| $alias:literal)*;
    )+) => {
        facts_enum! {
            /// What kind of fact a [`Fact`] is: the concept type it belongs to.
            ///
            /// `Ord` is the order in which [`facts`] visits the kinds.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::{FactKind, facts};
            ///
            /// assert_eq!("route".parse(), Ok(FactKind::Route));
            /// let routes = facts().filter(|f| f.kind() == FactKind::Route).count();
            /// assert!(routes >= 4);
            /// ```
            #[non_exhaustive]
            pub enum FactKind ("fact kind") {
                $( $(#[$doc])* $Ty => $name $(| $alias)*, )+
            }
        }

        /// What a [`Fact`] is about: a value of one of the crate's concept types.
        ///
        /// `Display` writes `kind: value` (for example `route: intravenous`), and
        /// `FromStr` reads it back.
        ///
        /// # Example
        ///
        /// ```
        /// use ketamine_facts::{Route, Subject};
        ///
        /// let subject = Subject::Route(Route::Iv);
        /// assert_eq!(subject.to_string(), "route: intravenous");
        /// assert_eq!("route: IV".parse(), Ok(subject));
        /// ```
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Subject {
            $( $(#[$doc])* $Ty(crate::$Ty), )+
        }

        impl Subject {
            /// The kind of fact this subject has.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::{FactKind, Route, Subject};
            ///
            /// assert_eq!(Subject::Route(Route::Oral).kind(), FactKind::Route);
            /// ```
            #[must_use]
            pub const fn kind(self) -> FactKind {
                match self {
                    $( Subject::$Ty(_) => FactKind::$Ty, )+
                }
            }

            /// Every claim about this subject.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::{Route, Subject};
            ///
            /// assert_eq!(Subject::Route(Route::Iv).claims(), Route::Iv.claims());
            /// ```
            #[must_use]
            pub const fn claims(self) -> &'static [Claim] {
                match self {
                    $( Subject::$Ty(value) => value.claims(), )+
                }
            }

            /// The subject's value as its own type's canonical name.
            const fn value_name(self) -> &'static str {
                match self {
                    $( Subject::$Ty(value) => value.name(), )+
                }
            }

            /// The `index`-th subject of `kind`, in that type's `ALL` order.
            const fn nth(kind: FactKind, index: usize) -> Option<Subject> {
                match kind {
                    $( FactKind::$Ty => {
                        let all = crate::$Ty::ALL;
                        if index < all.len() { Some(Subject::$Ty(all[index])) } else { None }
                    } )+
                }
            }

            /// Parses the value part of `kind: value`.
            fn parse_value(kind: FactKind, value: &str) -> Result<Subject, ParseError> {
                match kind {
                    $( FactKind::$Ty => value.parse().map(Subject::$Ty), )+
                }
            }
        }
    };
}

kb_groups! {
    /// Routes of administration ([`Route`](crate::Route)).
    Route => "route" | "routes";
    /// Things said of routes in general ([`Topic`]).
    Topic => "topic" | "general";
}

facts_enum! {
    /// Facts about ketamine therapy in general that belong to no single value of
    /// another type.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Route, Topic};
    ///
    /// assert_eq!(Topic::RouteChoice.claims(), Route::choice());
    /// ```
    #[non_exhaustive]
    pub enum Topic ("topic") {
        /// How a route of administration is chosen ([`Route::choice`](crate::Route::choice)).
        RouteChoice => "route_choice" | "choosing a route",
    }
}

impl Topic {
    /// Every claim on this topic.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Topic;
    ///
    /// assert!(!Topic::RouteChoice.claims().is_empty());
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::RouteChoice => crate::Route::choice(),
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.value_name())
    }
}

impl FromStr for Subject {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (kind, value) = input
            .split_once(':')
            .ok_or_else(|| ParseError::new(input, "subject", SUBJECT_FORMS))?;
        let kind: FactKind = kind.parse()?;
        Subject::parse_value(kind, value)
    }
}

const SUBJECT_FORMS: &[&str] = &["\"<kind>: <value>\", for example \"route: intravenous\""];

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
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Route, Subject, facts};
    ///
    /// assert_eq!(facts().next().unwrap().subject(), Subject::Route(Route::Iv));
    /// ```
    #[must_use]
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The kind of fact.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{FactKind, facts};
    ///
    /// assert!(facts().any(|f| f.kind() == FactKind::SideEffect));
    /// ```
    #[must_use]
    pub const fn kind(&self) -> FactKind {
        self.subject.kind()
    }

    /// The claim itself.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Route, facts};
    ///
    /// assert_eq!(facts().next().unwrap().claim(), &Route::Iv.claims()[0]);
    /// ```
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }

    /// The summary, in the crate's words.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::facts;
    ///
    /// assert!(facts().all(|f| !f.summary().is_empty()));
    /// ```
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.claim.summary()
    }

    /// The strongest evidence level any citation gives the fact.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, facts};
    ///
    /// assert!(facts().any(|f| f.evidence() == Evidence::RegulatoryApproval));
    /// ```
    #[must_use]
    pub const fn evidence(&self) -> Evidence {
        self.claim.strongest_evidence()
    }

    /// Every citation for the fact.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::facts;
    ///
    /// assert!(facts().all(|f| !f.citations().is_empty()));
    /// ```
    #[must_use]
    pub const fn citations(&self) -> &'static [Citation] {
        self.claim.citations()
    }

    /// The disagreements the fact takes part in (empty when uncontested).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, facts};
    ///
    /// assert!(facts().any(|f| f.disputes().contains(&Disagreement::WhatTheFdaApproved)));
    /// ```
    #[must_use]
    pub const fn disputes(&self) -> &'static [Disagreement] {
        self.claim.disputes()
    }

    /// Whether any source disputes the fact.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::facts;
    ///
    /// assert!(facts().any(|f| f.is_contested()));
    /// ```
    #[must_use]
    pub const fn is_contested(&self) -> bool {
        self.claim.is_contested()
    }

    /// How settled a reference fact is (`None` for the articles' claims).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::facts;
    ///
    /// assert_eq!(facts().next().unwrap().confidence(), None);
    /// ```
    #[must_use]
    pub const fn confidence(&self) -> Option<Confidence> {
        self.claim.confidence()
    }

    /// Whether the fact rests on a reference source rather than on the articles
    /// alone (some citation is of a reference source).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::facts;
    ///
    /// assert!(!facts().next().unwrap().is_from_reference());
    /// ```
    #[must_use]
    pub fn is_from_reference(&self) -> bool {
        self.citations().iter().any(|c| !c.source().is_article())
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.claim)
    }
}

/// An iterator over every fact in the crate, kind by kind. Allocates nothing.
///
/// Made by [`facts`].
///
/// # Example
///
/// ```
/// use ketamine_facts::facts;
///
/// let mut all = facts();
/// let first = all.next().unwrap();
/// assert_eq!(facts().count(), 1 + all.count());
/// # let _ = first;
/// ```
#[derive(Debug, Clone)]
pub struct Facts {
    kind: usize,
    value: usize,
    claim: usize,
}

impl Iterator for Facts {
    type Item = Fact;

    fn next(&mut self) -> Option<Fact> {
        while let Some(kind) = FactKind::ALL.get(self.kind) {
            match Subject::nth(*kind, self.value) {
                None => {
                    self.kind += 1;
                    self.value = 0;
                    self.claim = 0;
                }
                Some(subject) => match subject.claims().get(self.claim) {
                    Some(claim) => {
                        self.claim += 1;
                        return Some(Fact { subject, claim });
                    }
                    None => {
                        self.value += 1;
                        self.claim = 0;
                    }
                },
            }
        }
        None
    }
}

impl core::iter::FusedIterator for Facts {}

/// Every fact in the crate, kind by kind, in each type's declaration order.
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
        kind: 0,
        value: 0,
        claim: 0,
    }
}

/// Every fact that cites `source`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Source, facts_citing};
///
/// for fact in facts_citing(Source::UnlockingTheMysteries) {
///     assert!(fact.citations().iter().any(|c| c.source() == Source::UnlockingTheMysteries));
/// }
/// assert!(facts_citing(Source::RiseOfKetamineTherapy).count() >= 1);
/// ```
pub fn facts_citing(source: Source) -> impl Iterator<Item = Fact> {
    facts().filter(move |fact| fact.claim.cites(source))
}

/// Every fact whose strongest evidence is at least `level`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, facts_at_least};
///
/// assert!(facts_at_least(Evidence::RegulatoryApproval).all(|f| f.evidence() == Evidence::RegulatoryApproval));
/// ```
pub fn facts_at_least(level: Evidence) -> impl Iterator<Item = Fact> {
    facts().filter(move |fact| fact.evidence().is_at_least(level))
}

/// Every fact of one kind.
///
/// # Example
///
/// ```
/// use ketamine_facts::{FactKind, facts_of_kind};
///
/// assert!(facts_of_kind(FactKind::Route).all(|f| f.kind() == FactKind::Route));
/// ```
pub fn facts_of_kind(kind: FactKind) -> impl Iterator<Item = Fact> {
    facts().filter(move |fact| fact.kind() == kind)
}

/// Every fact whose summary contains `text`, ignoring ASCII case.
///
/// # Example
///
/// ```
/// use ketamine_facts::search;
///
/// assert!(search("SPRAVATO").any(|f| f.summary().contains("Spravato")));
/// assert_eq!(search("no fact says this").count(), 0);
/// ```
pub fn search(text: &str) -> impl Iterator<Item = Fact> + '_ {
    facts().filter(move |fact| fact.claim.mentions(text))
}

/// Every fact that some source disputes.
///
/// # Example
///
/// ```
/// use ketamine_facts::contested_facts;
///
/// assert!(contested_facts().all(|f| !f.disputes().is_empty()));
/// ```
pub fn contested_facts() -> impl Iterator<Item = Fact> {
    facts().filter(|fact| fact.is_contested())
}

/// Every fact that takes part in `disagreement`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, facts_in};
///
/// assert!(facts_in(Disagreement::WhatTheFdaApproved).count() >= 2);
/// ```
pub fn facts_in(disagreement: Disagreement) -> impl Iterator<Item = Fact> {
    facts().filter(move |fact| fact.disputes().contains(&disagreement))
}

/// Finds the fact about `subject` whose summary is `summary` exactly.
pub(crate) fn find(subject: Subject, summary: &str) -> Option<Fact> {
    subject
        .claims()
        .iter()
        .find(|claim| claim.summary() == summary)
        .map(|claim| Fact { subject, claim })
}
