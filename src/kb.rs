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
pub const DATA_VERSION: &str = "2026.11.4";

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
    /// Indications ([`Indication`](crate::Indication)).
    Indication => "indication" | "indications" | "use";
    /// Side effects and risks ([`SideEffect`](crate::SideEffect)).
    SideEffect => "side_effect" | "side effects" | "risk";
    /// Mechanisms of action ([`Mechanism`](crate::Mechanism)).
    Mechanism => "mechanism" | "mechanisms";
    /// Events in ketamine's history ([`HistoryEvent`](crate::HistoryEvent)).
    HistoryEvent => "history_event" | "history" | "event";
    /// Formulations: ketamine itself and the esketamine spray ([`Formulation`](crate::Formulation)).
    Formulation => "formulation" | "formulations" | "product";
    /// The four steps of a course of therapy ([`TherapyStep`](crate::TherapyStep)).
    TherapyStep => "therapy_step" | "step" | "therapy";
    /// What happens within each step ([`ProcessItem`](crate::ProcessItem)).
    ProcessItem => "process_item";
    /// What patients may experience in a session ([`SessionExperience`](crate::SessionExperience)).
    SessionExperience => "session_experience" | "experience";
    /// How often sessions are planned ([`Frequency`](crate::Frequency)).
    Frequency => "frequency";
    /// How clinics work, and how to find a reputable one ([`ClinicPractice`](crate::ClinicPractice)).
    ClinicPractice => "clinic_practice" | "clinic";
    /// Substances and their identifiers ([`Substance`](crate::Substance)).
    Substance => "substance" | "substances" | "identifiers";
    /// Benefits ([`Benefit`](crate::Benefit)).
    Benefit => "benefit" | "benefits";
    /// Cautions and precautions ([`Precaution`](crate::Precaution)).
    Precaution => "precaution" | "precautions" | "caution";
    /// Research directions ([`ResearchDirection`](crate::ResearchDirection)).
    ResearchDirection => "research_direction" | "research";
    /// Ketamine compared with traditional antidepressants ([`Comparison`](crate::Comparison)).
    Comparison => "comparison" | "versus antidepressants";
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
        /// Safety in general ([`SideEffect::general_claims`](crate::SideEffect::general_claims)).
        Safety => "safety",
        /// The course of therapy as a whole: a structured process built around
        /// safety ([`TherapyStep::overview`](crate::TherapyStep::overview)).
        TherapyProcess => "therapy_process" | "process" | "course of therapy",
        /// Reference: SNOMED CT and FDA SPL codes for each route ([`RouteCodes`](crate::RouteCodes)).
        RouteCodes => "route_codes" | "codes",
        /// Reference: bioavailability, half-lives and metabolism ([`Bioavailability`](crate::Bioavailability), [`HalfLife`](crate::HalfLife), [`Metabolism`](crate::Metabolism)).
        Pharmacokinetics => "pharmacokinetics" | "pk",
        /// Reference: the IV trial protocol, Spravato's doses and schedule, REMS, blood pressure and limits of use ([`IvProtocol`](crate::IvProtocol), [`SpravatoSchedule`](crate::SpravatoSchedule), [`Rems`](crate::Rems)).
        Dosing => "dosing" | "doses",
        /// Reference: the Spravato label's adverse-effect rates, boxed warning and cystitis warning ([`AdverseEventRate`](crate::AdverseEventRate), [`BoxedWarning`](crate::BoxedWarning)).
        LabelSafety => "label_safety" | "label",
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
    /// assert!(Topic::TherapyProcess.claims().iter().any(|c| c.mentions("structured")));
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::RouteChoice => crate::Route::choice(),
            Self::Safety => crate::SideEffect::general_claims(),
            Self::TherapyProcess => crate::TherapyStep::overview(),
            Self::RouteCodes => crate::route_code::CLAIMS,
            Self::Pharmacokinetics => crate::pharmacokinetics::CLAIMS,
            Self::Dosing => crate::dosing::CLAIMS,
            Self::LabelSafety => crate::label::CLAIMS,
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

impl Fact {
    /// Every subject the fact is about: a claim can concern several values (one
    /// study of anxiety, PTSD and substance use is about three indications). The
    /// first is [`subject`](Self::subject).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Subject, facts};
    ///
    /// let shared = facts().find(|f| f.subjects().count() > 1).unwrap();
    /// assert_eq!(shared.subjects().next(), Some(shared.subject()));
    /// assert!(facts().any(|f| f.subjects().any(|s| s == Subject::Indication(Indication::Ptsd))));
    /// ```
    pub fn subjects(&self) -> impl Iterator<Item = Subject> + use<> {
        let summary = self.claim.summary();
        all_subjects()
            .filter(move |subject| subject.claims().iter().any(|c| c.summary() == summary))
    }
}

/// Every subject of every kind, in the order [`facts`] visits them.
fn all_subjects() -> impl Iterator<Item = Subject> {
    FactKind::ALL
        .iter()
        .flat_map(|kind| (0..).map_while(move |index| Subject::nth(*kind, index)))
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
    place: usize,
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
                        self.place += 1;
                        if FIRST_MET.get(self.place - 1) == Some(&false) {
                            continue;
                        }
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

/// How many (subject, claim) places the concept types hold, shared claims counted at each.
const PLACES: usize = {
    let mut total = 0;
    let mut kind = 0;
    while kind < FactKind::ALL.len() {
        let mut value = 0;
        while let Some(subject) = Subject::nth(FactKind::ALL[kind], value) {
            total += subject.claims().len();
            value += 1;
        }
        kind += 1;
    }
    total
};

/// For each place, in [`facts`] order: whether the claim there is met for the
/// first time (a claim listed under several subjects is one fact). Computed at
/// compile time, so iteration stays linear and allocation-free.
static FIRST_MET: [bool; PLACES] = {
    let mut first = [true; PLACES];
    let mut summaries: [&str; PLACES] = [""; PLACES];
    let mut place = 0;
    let mut kind = 0;
    while kind < FactKind::ALL.len() {
        let mut value = 0;
        while let Some(subject) = Subject::nth(FactKind::ALL[kind], value) {
            let claims = subject.claims();
            let mut c = 0;
            while c < claims.len() {
                let summary = claims[c].summary();
                let mut earlier = 0;
                while earlier < place {
                    if first[earlier] && same_text(summaries[earlier], summary) {
                        first[place] = false;
                        break;
                    }
                    earlier += 1;
                }
                summaries[place] = summary;
                place += 1;
                c += 1;
            }
            value += 1;
        }
        kind += 1;
    }
    first
};

const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
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
        place: 0,
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
#[cfg(feature = "serde")]
fn find(subject: Subject, summary: &str) -> Option<Fact> {
    subject
        .claims()
        .iter()
        .find(|claim| claim.summary() == summary)
        .map(|claim| Fact { subject, claim })
}

/// The whole knowledge base: every source, fact and disagreement of this edition
/// ([`DATA_VERSION`]).
///
/// It holds no data of its own: every method reads the crate's constants. Its use
/// is as one value to export (with feature `serde` it serializes to JSON with
/// every citation as `{"source": ..., "section": heading or null, ...}`) and to
/// read back: deserializing succeeds only for JSON of this very edition, and
/// fails naming the first fact, source or version that differs.
///
/// # Example
///
/// ```
/// use ketamine_facts::{KnowledgeBase, Source};
///
/// let kb = KnowledgeBase::get();
/// assert_eq!(kb.data_version(), ketamine_facts::DATA_VERSION);
/// assert!(kb.facts().count() > 100);
/// assert!(kb.sources().contains(&Source::WhatIsKetamin));
/// assert!(!kb.disagreements().is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KnowledgeBase {
    _private: (),
}

impl KnowledgeBase {
    /// The knowledge base of this edition.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::KnowledgeBase;
    ///
    /// assert_eq!(KnowledgeBase::get(), KnowledgeBase::default());
    /// ```
    #[must_use]
    pub const fn get() -> Self {
        Self { _private: () }
    }

    /// The edition of the facts ([`DATA_VERSION`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::KnowledgeBase;
    ///
    /// assert_eq!(KnowledgeBase::get().data_version(), ketamine_facts::DATA_VERSION);
    /// ```
    #[must_use]
    pub const fn data_version(self) -> &'static str {
        DATA_VERSION
    }

    /// Every source, articles first.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{KnowledgeBase, Source};
    ///
    /// assert_eq!(KnowledgeBase::get().sources(), Source::ALL);
    /// ```
    #[must_use]
    pub const fn sources(self) -> &'static [Source] {
        Source::ALL
    }

    /// Every fact ([`facts`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{KnowledgeBase, facts};
    ///
    /// assert_eq!(KnowledgeBase::get().facts().count(), facts().count());
    /// ```
    #[must_use]
    pub const fn facts(self) -> Facts {
        facts()
    }

    /// Every disagreement between sources.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, KnowledgeBase};
    ///
    /// assert!(KnowledgeBase::get().disagreements().contains(&Disagreement::WhatTheFdaApproved));
    /// ```
    #[must_use]
    pub const fn disagreements(self) -> &'static [Disagreement] {
        Disagreement::ALL
    }

    /// How many citations the facts hold in all.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::KnowledgeBase;
    ///
    /// let kb = KnowledgeBase::get();
    /// assert!(kb.citation_count() >= kb.facts().count());
    /// ```
    #[must_use]
    pub fn citation_count(self) -> usize {
        facts().map(|fact| fact.citations().len()).sum()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use serde::de::Error as _;
    use serde::ser::{SerializeSeq, SerializeStruct};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{DATA_VERSION, Fact, FactKind, KnowledgeBase, Subject, facts, find};
    use crate::{Citation, Confidence, Disagreement, Evidence, Source, SourceKind};

    impl Serialize for Subject {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    impl<'de> Deserialize<'de> for Subject {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::macros::deserialize_by_name(deserializer)
        }
    }

    impl Serialize for Fact {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let subjects: Vec<Subject> = self.subjects().collect();
            let mut out = serializer.serialize_struct("Fact", 9)?;
            out.serialize_field("kind", &self.kind())?;
            out.serialize_field("subject", &self.subject())?;
            out.serialize_field("subjects", &subjects)?;
            out.serialize_field("summary", self.summary())?;
            out.serialize_field("evidence", &self.evidence())?;
            out.serialize_field("citations", self.citations())?;
            out.serialize_field("disputes", self.disputes())?;
            out.serialize_field("confidence", &self.confidence())?;
            out.serialize_field("from_reference", &self.is_from_reference())?;
            out.end()
        }
    }

    /// What a fact reads back from: the export's fields, owned.
    #[derive(Deserialize)]
    struct RawFact {
        kind: FactKind,
        subject: Subject,
        #[serde(default)]
        subjects: Vec<Subject>,
        summary: String,
        evidence: Evidence,
        citations: Vec<Citation>,
        #[serde(default)]
        disputes: Vec<Disagreement>,
        #[serde(default)]
        confidence: Option<RawConfidence>,
    }

    #[derive(Deserialize)]
    struct RawConfidence {
        certainty: crate::Certainty,
        why: String,
    }

    impl RawFact {
        /// Resolves to this edition's fact, or says what differs.
        fn resolve(self) -> Result<Fact, String> {
            let fact = find(self.subject, &self.summary).ok_or_else(|| {
                format!(
                    "no fact about {} reads {:?} in this edition",
                    self.subject, self.summary
                )
            })?;
            let confidence_matches = match (&self.confidence, fact.confidence()) {
                (None, None) => true,
                (Some(raw), Some(have)) => same_confidence(raw, have),
                _ => false,
            };
            let subjects_match =
                self.subjects.is_empty() || self.subjects.iter().copied().eq(fact.subjects());
            if self.kind != fact.kind()
                || self.evidence != fact.evidence()
                || self.citations != fact.citations()
                || self.disputes != fact.disputes()
                || !subjects_match
                || !confidence_matches
            {
                return Err(format!(
                    "the fact about {} ({:?}) differs from this edition's in its kind, subjects, evidence, citations, disputes or confidence",
                    self.subject, self.summary
                ));
            }
            Ok(fact)
        }
    }

    fn same_confidence(raw: &RawConfidence, have: Confidence) -> bool {
        raw.certainty == have.certainty() && raw.why == have.why()
    }

    impl<'de> Deserialize<'de> for Fact {
        /// Reads a fact back: it must be a fact of this edition, equal in every field.
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            RawFact::deserialize(deserializer)?
                .resolve()
                .map_err(D::Error::custom)
        }
    }

    /// A source with everything the crate knows of it.
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
            out.serialize_field(
                "timeline",
                &seq(crate::HistoryEvent::timeline()
                    .iter()
                    .map(|e| TimelineRecord(*e))),
            )?;
            out.serialize_field("corrections", crate::HistoryEvent::corrections())?;
            out.serialize_field("claim_corrections", crate::ClaimCorrection::all())?;
            out.end()
        }
    }

    #[derive(Deserialize)]
    struct RawSource {
        name: Source,
        kind: SourceKind,
        title: String,
    }

    #[derive(Deserialize)]
    struct RawKnowledgeBase {
        data_version: String,
        sources: Vec<RawSource>,
        facts: Vec<RawFact>,
        disagreements: Vec<RawDisagreement>,
    }

    #[derive(Deserialize)]
    struct RawDisagreement {
        name: Disagreement,
        topic: String,
    }

    impl<'de> Deserialize<'de> for KnowledgeBase {
        /// Reads an export back: succeeds only for this edition, unchanged.
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw = RawKnowledgeBase::deserialize(deserializer)?;
            if raw.data_version != DATA_VERSION {
                return Err(D::Error::custom(format_args!(
                    "knowledge base of edition {:?}, but this crate holds edition {DATA_VERSION:?}",
                    raw.data_version
                )));
            }
            let sources_match = raw.sources.len() == Source::ALL.len()
                && raw.sources.iter().zip(Source::ALL).all(|(raw, source)| {
                    raw.name == *source && raw.kind == source.kind() && raw.title == source.title()
                });
            if !sources_match {
                return Err(D::Error::custom(
                    "the list of sources differs from this edition's",
                ));
            }
            let mut expected = facts();
            for raw_fact in raw.facts {
                let fact = raw_fact.resolve().map_err(D::Error::custom)?;
                if expected.next() != Some(fact) {
                    return Err(D::Error::custom(format_args!(
                        "the fact about {} ({:?}) is out of place: facts must be in this edition's order",
                        fact.subject(),
                        fact.summary()
                    )));
                }
            }
            if let Some(missing) = expected.next() {
                return Err(D::Error::custom(format_args!(
                    "the fact about {} ({:?}) is missing",
                    missing.subject(),
                    missing.summary()
                )));
            }
            let disagreements_match = raw.disagreements.len() == Disagreement::ALL.len()
                && raw
                    .disagreements
                    .iter()
                    .zip(Disagreement::ALL)
                    .all(|(raw, d)| raw.name == *d && raw.topic == d.topic());
            if !disagreements_match {
                return Err(D::Error::custom(
                    "the list of disagreements differs from this edition's",
                ));
            }
            Ok(KnowledgeBase::get())
        }
    }
}
