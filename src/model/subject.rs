//! The subjects of facts: which concept a claim is about ([`Subject`]), its kind
//! ([`FactKind`]), and the general topics that belong to no single value ([`Topic`]).

use core::fmt;
use core::str::FromStr;

use crate::ParseError;
use crate::model::macros::names;

/// What kind of fact a [`Fact`](crate::Fact) is: the concept type it belongs to.
///
/// `Ord` is the order in which [`facts`](crate::facts) visits the kinds.
///
/// Non-exhaustive: a new concept type adds a kind.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKind {
    /// Routes of administration ([`Route`](crate::Route)).
    Route,
    /// Things said of routes in general ([`Topic`]).
    Topic,
    /// Indications ([`Indication`](crate::Indication)).
    Indication,
    /// Side effects and risks ([`SideEffect`](crate::SideEffect)).
    SideEffect,
    /// Mechanisms of action ([`Mechanism`](crate::Mechanism)).
    Mechanism,
    /// Events in ketamine's history ([`HistoryEvent`](crate::HistoryEvent)).
    HistoryEvent,
    /// Formulations: ketamine itself and the esketamine spray ([`Formulation`](crate::Formulation)).
    Formulation,
    /// The four steps of a course of therapy ([`TherapyStep`](crate::TherapyStep)).
    TherapyStep,
    /// What happens within each step ([`ProcessItem`](crate::ProcessItem)).
    ProcessItem,
    /// What patients may experience in a session ([`SessionExperience`](crate::SessionExperience)).
    SessionExperience,
    /// How often sessions are planned ([`Frequency`](crate::Frequency)).
    Frequency,
    /// How clinics work, and how to find a reputable one ([`ClinicPractice`](crate::ClinicPractice)).
    ClinicPractice,
    /// Substances and their identifiers ([`Substance`](crate::Substance)).
    Substance,
    /// Benefits ([`Benefit`](crate::Benefit)).
    Benefit,
    /// Cautions and precautions ([`Precaution`](crate::Precaution)).
    Precaution,
    /// Research directions ([`ResearchDirection`](crate::ResearchDirection)).
    ResearchDirection,
    /// Ketamine compared with traditional antidepressants ([`Comparison`](crate::Comparison)).
    Comparison,
}

names! {
    FactKind ("fact kind") {
        Route => "route" | "routes",
        Topic => "topic" | "general",
        Indication => "indication" | "indications" | "use",
        SideEffect => "side_effect" | "side effects" | "risk",
        Mechanism => "mechanism" | "mechanisms",
        HistoryEvent => "history_event" | "history" | "event",
        Formulation => "formulation" | "formulations" | "product",
        TherapyStep => "therapy_step" | "step" | "therapy",
        ProcessItem => "process_item",
        SessionExperience => "session_experience" | "experience",
        Frequency => "frequency",
        ClinicPractice => "clinic_practice" | "clinic",
        Substance => "substance" | "substances" | "identifiers",
        Benefit => "benefit" | "benefits",
        Precaution => "precaution" | "precautions" | "caution",
        ResearchDirection => "research_direction" | "research",
        Comparison => "comparison" | "versus antidepressants",
    }
}

/// What a [`Fact`](crate::Fact) is about: a value of one of the crate's concept types.
///
/// `Display` writes `kind: value` (for example `route: intravenous`), and
/// `FromStr` reads it back.
///
/// Non-exhaustive: a new concept type adds a kind of subject.
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
    /// Routes of administration ([`Route`](crate::Route)).
    Route(crate::Route),
    /// Things said of routes in general ([`Topic`]).
    Topic(crate::Topic),
    /// Indications ([`Indication`](crate::Indication)).
    Indication(crate::Indication),
    /// Side effects and risks ([`SideEffect`](crate::SideEffect)).
    SideEffect(crate::SideEffect),
    /// Mechanisms of action ([`Mechanism`](crate::Mechanism)).
    Mechanism(crate::Mechanism),
    /// Events in ketamine's history ([`HistoryEvent`](crate::HistoryEvent)).
    HistoryEvent(crate::HistoryEvent),
    /// Formulations: ketamine itself and the esketamine spray ([`Formulation`](crate::Formulation)).
    Formulation(crate::Formulation),
    /// The four steps of a course of therapy ([`TherapyStep`](crate::TherapyStep)).
    TherapyStep(crate::TherapyStep),
    /// What happens within each step ([`ProcessItem`](crate::ProcessItem)).
    ProcessItem(crate::ProcessItem),
    /// What patients may experience in a session ([`SessionExperience`](crate::SessionExperience)).
    SessionExperience(crate::SessionExperience),
    /// How often sessions are planned ([`Frequency`](crate::Frequency)).
    Frequency(crate::Frequency),
    /// How clinics work, and how to find a reputable one ([`ClinicPractice`](crate::ClinicPractice)).
    ClinicPractice(crate::ClinicPractice),
    /// Substances and their identifiers ([`Substance`](crate::Substance)).
    Substance(crate::Substance),
    /// Benefits ([`Benefit`](crate::Benefit)).
    Benefit(crate::Benefit),
    /// Cautions and precautions ([`Precaution`](crate::Precaution)).
    Precaution(crate::Precaution),
    /// Research directions ([`ResearchDirection`](crate::ResearchDirection)).
    ResearchDirection(crate::ResearchDirection),
    /// Ketamine compared with traditional antidepressants ([`Comparison`](crate::Comparison)).
    Comparison(crate::Comparison),
}

/// Emits the methods of [`Subject`] that go through every kind.
macro_rules! subjects {
    ($($Ty:ident),+ $(,)?) => {
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


            /// How many subjects there are: every value of every concept type.
            pub(crate) const COUNT: usize = 0 $( + crate::$Ty::ALL.len() )+;

            /// A number for each subject, from 0 to [`COUNT`](Self::COUNT), in
            /// kind order and then each type's `ALL` order.
            pub(crate) const fn dense(self) -> usize {
                const LENS: &[usize] = &[$( crate::$Ty::ALL.len() ),+];
                let mut offset = 0;
                let kind = self.kind() as usize;
                let mut k = 0;
                while k < kind {
                    offset += LENS[k];
                    k += 1;
                }
                offset + match self {
                    $( Subject::$Ty(value) => value as usize, )+
                }
            }

            /// The subject's value as its own type's canonical name.
            const fn value_name(self) -> &'static str {
                match self {
                    $( Subject::$Ty(value) => value.name(), )+
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

/// Calls `$m!` with every concept type that can be a [`Subject`], in
/// [`FactKind`] order: the one list that the impls over every kind expand from.
macro_rules! for_each_kind {
    ($m:ident) => {
        $m!(
            Route,
            Topic,
            Indication,
            SideEffect,
            Mechanism,
            HistoryEvent,
            Formulation,
            TherapyStep,
            ProcessItem,
            SessionExperience,
            Frequency,
            ClinicPractice,
            Substance,
            Benefit,
            Precaution,
            ResearchDirection,
            Comparison,
        );
    };
}

pub(crate) use for_each_kind;

for_each_kind!(subjects);

/// Facts about ketamine therapy in general that belong to no single value of
/// another type: what the sources say of a concept as a whole (how a route is
/// chosen, safety in general, the course of therapy, the mechanism) and the
/// reference topics.
///
/// Non-exhaustive: a new edition can add a general topic.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Claim, Topic};
///
/// let plan = Claim::lookup("topic/route-choice-may-be-in-treatment-plan")?;
/// assert!(Topic::RouteChoice.claims().contains(plan));
/// assert!(Topic::Safety.claims().iter().all(|c| !c.citations().is_empty()));
/// # Ok::<(), ketamine_facts::ClaimIdError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// How a route of administration is chosen.
    RouteChoice,
    /// Safety in general.
    Safety,
    /// The course of therapy as a whole: a structured process built around
    /// safety.
    TherapyProcess,
    /// The mechanism of action as a whole: how settled it is and how it differs
    /// from traditional antidepressants.
    Mechanism,
    /// Reference: SNOMED CT and FDA SPL codes for each route ([`RouteCodes`](crate::RouteCodes)).
    RouteCodes,
    /// Reference: bioavailability, half-lives and metabolism ([`Bioavailability`](crate::Bioavailability), [`HalfLife`](crate::HalfLife), [`Metabolism`](crate::Metabolism)).
    Pharmacokinetics,
    /// Reference: the IV trial protocol, Spravato's doses and schedule, REMS, blood pressure and limits of use ([`IvProtocol`](crate::IvProtocol), [`SpravatoSchedule`](crate::SpravatoSchedule), [`Rems`](crate::Rems)).
    Dosing,
    /// Reference: the Spravato label's adverse-effect rates, boxed warning and cystitis warning ([`AdverseEventRate`](crate::AdverseEventRate), [`BoxedWarning`](crate::BoxedWarning)).
    LabelSafety,
    /// Reference: the code systems and identifier schemes, their HL7 system
    /// URIs and the UNII check character ([`CodeSystem`](crate::CodeSystem),
    /// [`IdentifierScheme::system_uri`](crate::IdentifierScheme::system_uri),
    /// [`Unii`](crate::Unii)).
    CodeSystems,
}

names! {
    Topic ("topic") {
        RouteChoice => "route_choice" | "choosing a route",
        Safety => "safety",
        TherapyProcess => "therapy_process" | "process" | "course of therapy",
        Mechanism => "mechanism_overview" | "mechanism",
        RouteCodes => "route_codes" | "codes",
        Pharmacokinetics => "pharmacokinetics" | "pk",
        Dosing => "dosing" | "doses",
        LabelSafety => "label_safety" | "label",
        CodeSystems => "code_systems" | "code system uris",
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
        // An error names the whole input and the type asked for; the part
        // that failed is what it was read as (`ParseError::read_as`).
        let kind: FactKind = kind
            .parse()
            .map_err(|e: ParseError| e.within(input, "subject"))?;
        Subject::parse_value(kind, value.trim()).map_err(|e| e.within(input, "subject"))
    }
}

const SUBJECT_FORMS: &[&str] = &["\"<kind>: <value>\", for example \"route: intravenous\""];
