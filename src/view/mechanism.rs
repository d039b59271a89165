//! How ketamine is said to work: the steps of its mechanism and the causal
//! links the articles draw between them.
//!
//! Each [`Mechanism`] is a step (NMDA receptor antagonism, a glutamate surge,
//! BDNF, ...), with the claims the sources make of it. The causal graph is one
//! table of [`Link`]s, each a link that an article states, cited at the
//! strength of that article's wording. [`Mechanism::cascade`] is computed from
//! that table at compile time.
//!
//! Read the graph as the articles' account, not as settled pharmacology: most
//! links are hedged ("may", "is believed to"), and article 001 says the exact
//! mechanism is still being studied (see [`Mechanism::overview`]).

use core::fmt;

use crate::Evidence::{Preliminary, Stated, UnderInvestigation};

use crate::Section::{
    FaqMechanism, FaqNeuroplasticity, HowDoesKetamineAffectTheBrain, HowDoesKetamineWork,
    MechanismBehindEffects, RoleOfNeurochemistry, UnderstandingKetamine, WhatResearchExists,
};

use crate::{Citation, Claim, Evidence, Mechanism, Section, Source};

use crate::Mechanism::{
    Analgesia, Bdnf, CircuitReset, Cognition, DissociativeState, GlutamateSurge, MoodImprovement,
    Neurogenesis, Neuroplasticity, NmdaAntagonism, OpioidInteraction, SynapticConnectivity,
    TraumaRecovery,
};

impl Mechanism {
    /// What the step is called in prose.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Mechanism;
    ///
    /// assert_eq!(Mechanism::NmdaAntagonism.label(), "NMDA receptor antagonism");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::NmdaAntagonism => "NMDA receptor antagonism",
            Self::GlutamateSurge => "glutamate surge",
            Self::SynapticConnectivity => "synaptic connectivity (prefrontal cortex)",
            Self::Neuroplasticity => "neuroplasticity",
            Self::Bdnf => "BDNF production",
            Self::Neurogenesis => "neurogenesis",
            Self::OpioidInteraction => "opioid system interaction",
            Self::Analgesia => "analgesia",
            Self::DissociativeState => "dissociative state",
            Self::CircuitReset => "disruption of maladaptive patterns",
            Self::TraumaRecovery => "working through trauma",
            Self::Cognition => "cognitive function",
            Self::MoodImprovement => "mood improvement",
        }
    }

    /// Everything the sources say of this step, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Mechanism(self))
    }

    /// What the sources say of the mechanism as a whole: that it is still
    /// being studied, and how it differs from traditional antidepressants.
    ///
    /// These claims live with [`ResearchDirection::Mechanisms`](crate::ResearchDirection::Mechanisms)
    /// and [`Comparison`](crate::Comparison) and are listed here, not restated.
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use Topic::Mechanism.claims()")]
    pub const fn overview() -> &'static [Claim] {
        crate::Topic::Mechanism.claims()
    }

    /// Every causal link an article states, in one table.
    #[must_use]
    pub const fn links() -> &'static [Link] {
        LINKS
    }

    /// The steps the sources say this one leads to, in table order.
    pub fn leads_to(self) -> impl Iterator<Item = Mechanism> {
        self.links_from().map(Link::to)
    }

    /// The steps the sources say lead to this one, in table order.
    pub fn led_to_by(self) -> impl Iterator<Item = Mechanism> {
        self.links_to().map(Link::from)
    }

    /// The links that start at this step.
    pub fn links_from(self) -> impl Iterator<Item = &'static Link> {
        LINKS.iter().filter(move |link| link.from == self)
    }

    /// The links that end at this step.
    pub fn links_to(self) -> impl Iterator<Item = &'static Link> {
        LINKS.iter().filter(move |link| link.to == self)
    }

    /// The link from `from` to `to`, if an article states one.
    #[must_use]
    pub fn link(from: Mechanism, to: Mechanism) -> Option<&'static Link> {
        LINKS.iter().find(|link| link.from == from && link.to == to)
    }

    /// Every step that NMDA receptor antagonism leads to, directly or not, in
    /// a causal (topological) order: it starts at
    /// [`NmdaAntagonism`](Self::NmdaAntagonism) and ends at
    /// [`MoodImprovement`](Self::MoodImprovement); every step comes after every
    /// step that leads to it. Among steps that could come next, declaration
    /// order decides.
    ///
    /// Computed at compile time from [`links`](Self::links); a cycle in the
    /// table would stop the crate from compiling.
    #[must_use]
    pub const fn cascade() -> &'static [Mechanism] {
        &CASCADE
    }

    /// Whether the step is in the [`cascade`](Self::cascade) from NMDA antagonism.
    #[must_use]
    pub const fn is_in_cascade(self) -> bool {
        REACHABLE[self as usize]
    }
}

/// A causal link that an article states between two [`Mechanism`] steps,
/// with a citation for every place that states it, each at its own evidence
/// level.
///
/// `Ord` is by `from`, then `to`, then citations.
///
/// With feature `serde` a link is the object
/// `{"from": "...", "to": "...", "evidence": "...", "citations": [...]}`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Mechanism, Source};
///
/// let link = Mechanism::link(Mechanism::NmdaAntagonism, Mechanism::GlutamateSurge).unwrap();
/// assert_eq!(link.strongest_evidence(), Evidence::Stated);   // 003, 004
/// assert_eq!(link.weakest_evidence(), Evidence::Preliminary); // 001: "is thought to"
/// assert!(link.cites(Source::RevolutionaryTreatment));
/// assert_eq!(link.to_string(), "nmda_antagonism -> glutamate_surge (stated)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Link {
    from: Mechanism,
    to: Mechanism,
    citations: &'static [Citation],
}

impl Link {
    const fn new(from: Mechanism, to: Mechanism, citations: &'static [Citation]) -> Self {
        Self {
            from,
            to,
            citations,
        }
    }

    /// The cause.
    #[must_use]
    pub const fn from(&self) -> Mechanism {
        self.from
    }

    /// The effect.
    #[must_use]
    pub const fn to(&self) -> Mechanism {
        self.to
    }

    /// Every place that states the link.
    #[must_use]
    pub const fn citations(&self) -> &'static [Citation] {
        self.citations
    }

    /// The strongest evidence level among the citations.
    #[must_use]
    pub const fn strongest_evidence(&self) -> Evidence {
        crate::model::citation::strongest_of(self.citations)
    }

    /// The weakest evidence level among the citations.
    #[must_use]
    pub const fn weakest_evidence(&self) -> Evidence {
        crate::model::citation::weakest_of(self.citations)
    }

    /// Whether a citation of the link is of `source`.
    #[must_use]
    pub const fn cites(&self, source: Source) -> bool {
        crate::model::citation::any_cites(self.citations, source)
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} -> {} ({})",
            self.from,
            self.to,
            self.strongest_evidence()
        )
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Link {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Link", 4)?;
        out.serialize_field("from", &self.from)?;
        out.serialize_field("to", &self.to)?;
        out.serialize_field("evidence", &self.strongest_evidence())?;
        out.serialize_field("citations", self.citations)?;
        out.end()
    }
}

const ESSAY: Source = Source::RiseOfKetamineTherapy;

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const LINKS: &[Link] = &[
    // 001: "thought to work" as an antagonist, "which leads to" more glutamate;
    // 003 FAQ: the blockade leads to more glutamate; 004: inhibiting NMDA
    // receptors increases glutamate release.
    Link::new(
        NmdaAntagonism,
        GlutamateSurge,
        &[
            at(HowDoesKetamineWork, Preliminary),
            at(FaqMechanism, Stated),
            at(RoleOfNeurochemistry, Stated),
        ],
    ),
    // 003: the blockade increases synaptic connections in the prefrontal cortex.
    Link::new(
        NmdaAntagonism,
        SynapticConnectivity,
        &[at(MechanismBehindEffects, Stated)],
    ),
    // 003 FAQ: plasticity through the interaction with NMDA receptors; 004:
    // the NMDA action "can enhance synaptic plasticity". (002 says only that
    // ketamine "targets" NMDA receptors, never that it blocks them, so it backs
    // no antagonism link: mechanism/mood-improvement-influence-hedged-in-002.)
    Link::new(
        NmdaAntagonism,
        Neuroplasticity,
        &[
            at(FaqNeuroplasticity, Stated),
            at(UnderstandingKetamine, Preliminary),
        ],
    ),
    // 004: the cascade "can" promote neurogenesis (a hedge).
    Link::new(
        NmdaAntagonism,
        Neurogenesis,
        &[at(UnderstandingKetamine, Preliminary)],
    ),
    // 001: the surge "may stimulate synaptic connections"; 004: the surge leads
    // to enhanced synaptic connectivity.
    Link::new(
        GlutamateSurge,
        SynapticConnectivity,
        &[
            at(HowDoesKetamineWork, Preliminary),
            at(RoleOfNeurochemistry, Stated),
        ],
    ),
    // 001: the surge may promote neuroplasticity. (003's FAQ names glutamate
    // signalling pathways, not a surge, so it is cited on the NMDA link only.)
    Link::new(
        GlutamateSurge,
        Neuroplasticity,
        &[at(HowDoesKetamineWork, Preliminary)],
    ),
    // 004: increased glutamate stimulates BDNF production.
    Link::new(GlutamateSurge, Bdnf, &[at(RoleOfNeurochemistry, Stated)]),
    // 003 FAQ: more glutamate, "associated with" mood improvement; as a result,
    // mood changes within hours. An association read as a cause: preliminary.
    Link::new(
        GlutamateSurge,
        MoodImprovement,
        &[at(FaqMechanism, Preliminary)],
    ),
    // 000: more synaptic activity "may promote" neural plasticity.
    Link::new(
        SynapticConnectivity,
        Neuroplasticity,
        &[at(HowDoesKetamineAffectTheBrain, Preliminary)],
    ),
    // 003 FAQ: as new synaptic connections form, people "may experience"
    // improved cognitive function ...
    Link::new(
        SynapticConnectivity,
        Cognition,
        &[at(FaqNeuroplasticity, Preliminary)],
    ),
    // ... and improved mood regulation.
    Link::new(
        SynapticConnectivity,
        MoodImprovement,
        &[at(FaqNeuroplasticity, Preliminary)],
    ),
    // 000: plasticity, "potentially helping" the brain recover from patterns
    // linked to mental health conditions.
    Link::new(
        Neuroplasticity,
        CircuitReset,
        &[at(HowDoesKetamineAffectTheBrain, Preliminary)],
    ),
    // 000: researchers are investigating whether the plasticity effect helps
    // recovery from intrusive thoughts or hyperarousal.
    Link::new(
        Neuroplasticity,
        TraumaRecovery,
        &[at(WhatResearchExists, UnderInvestigation)],
    ),
    // 001: new pathways that can help relieve depressive symptoms (in a
    // sentence hedged with "may").
    Link::new(
        Neuroplasticity,
        MoodImprovement,
        &[at(HowDoesKetamineWork, Preliminary)],
    ),
    // 004: higher BDNF levels are "associated with" improved cognitive
    // function ... (an association read as a cause: preliminary)
    Link::new(Bdnf, Cognition, &[at(RoleOfNeurochemistry, Preliminary)]),
    // ... and improved mood.
    Link::new(
        Bdnf,
        MoodImprovement,
        &[at(RoleOfNeurochemistry, Preliminary)],
    ),
    // 003: "some studies suggest" an opioid-receptor interaction that adds to
    // the analgesic effects; 004: "emerging research" on the opioid system and
    // the analgesic properties.
    Link::new(
        OpioidInteraction,
        Analgesia,
        &[
            at(MechanismBehindEffects, Preliminary),
            at(RoleOfNeurochemistry, Preliminary),
        ],
    ),
    // 002: the dissociative state "is believed to" disrupt maladaptive thought
    // patterns and reset neural circuits.
    Link::new(
        DissociativeState,
        CircuitReset,
        &[Citation::whole(ESSAY, Preliminary)],
    ),
    // 002: in PTSD the psychedelic experience "may allow" people to confront and
    // process traumatic memories.
    Link::new(
        DissociativeState,
        TraumaRecovery,
        &[Citation::whole(ESSAY, Preliminary)],
    ),
];

const COUNT: usize = Mechanism::ALL.len();

/// Which steps NMDA antagonism reaches through LINKS (itself included).
const REACHABLE: [bool; COUNT] = reachable();

const fn reachable() -> [bool; COUNT] {
    let mut seen = [false; COUNT];
    seen[NmdaAntagonism as usize] = true;
    let mut changed = true;
    while changed {
        changed = false;
        let mut i = 0;
        while i < LINKS.len() {
            let (from, to) = (LINKS[i].from as usize, LINKS[i].to as usize);
            if seen[from] && !seen[to] {
                seen[to] = true;
                changed = true;
            }
            i += 1;
        }
    }
    seen
}

const fn count_reachable() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < COUNT {
        if REACHABLE[i] {
            n += 1;
        }
        i += 1;
    }
    n
}

const CASCADE_LEN: usize = count_reachable();

/// Kahn's algorithm over the reachable steps, taking the first ready step in
/// declaration order, and mood improvement only last. The flag is false if the
/// order could not be completed (a cycle, or mood improvement not a sink).
const fn topological_order() -> ([Mechanism; CASCADE_LEN], bool) {
    let mut out = [NmdaAntagonism; CASCADE_LEN];
    let mut placed = [false; COUNT];
    let mut n = 0;
    while n < CASCADE_LEN {
        let mut pick = COUNT;
        let mut c = 0;
        while c < COUNT {
            let last_turn = n + 1 == CASCADE_LEN;
            let mood_rule = c != MoodImprovement as usize || last_turn;
            if REACHABLE[c] && !placed[c] && mood_rule && causes_placed(c, &placed) {
                pick = c;
                break;
            }
            c += 1;
        }
        if pick == COUNT {
            return (out, false);
        }
        placed[pick] = true;
        out[n] = Mechanism::ALL[pick];
        n += 1;
    }
    (out, true)
}

/// Whether every reachable step with a link into `step` is already placed.
const fn causes_placed(step: usize, placed: &[bool; COUNT]) -> bool {
    let mut i = 0;
    while i < LINKS.len() {
        let (from, to) = (LINKS[i].from as usize, LINKS[i].to as usize);
        if to == step && REACHABLE[from] && !placed[from] {
            return false;
        }
        i += 1;
    }
    true
}

const ORDER: ([Mechanism; CASCADE_LEN], bool) = topological_order();

const CASCADE: [Mechanism; CASCADE_LEN] = ORDER.0;

const _: () = {
    assert!(ORDER.1, "the mechanism link table must be acyclic");
    assert!(
        REACHABLE[MoodImprovement as usize],
        "the cascade must reach mood improvement"
    );
    assert!(
        CASCADE[CASCADE_LEN - 1] as usize == MoodImprovement as usize,
        "the cascade must end at mood improvement"
    );
    let mut i = 0;
    while i < LINKS.len() {
        assert!(
            LINKS[i].from as usize != MoodImprovement as usize,
            "mood improvement is the terminal step"
        );
        assert!(!LINKS[i].citations.is_empty(), "every link is cited");
        i += 1;
    }
};
