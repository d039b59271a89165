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

use crate::model::macros::names;

/// A step in how the sources say ketamine works.
///
/// The steps run from the receptor ketamine blocks to the effects people
/// notice. [`leads_to`](Self::leads_to) and [`led_to_by`](Self::led_to_by)
/// follow the causal links the articles state; [`cascade`](Self::cascade)
/// lists every step that NMDA receptor antagonism leads to, in causal order.
///
/// `Ord` is declaration order: roughly from cause to effect, with the side
/// branches (opioid system, dissociation) after the main chain.
///
/// | value | `name()` | [`label`](Self::label) | in the [`cascade`](Self::cascade) |
/// | --- | --- | --- | --- |
/// | `NmdaAntagonism` | `nmda_antagonism` | NMDA receptor antagonism | true |
/// | `GlutamateSurge` | `glutamate_surge` | glutamate surge | true |
/// | `SynapticConnectivity` | `synaptic_connectivity` | synaptic connectivity (prefrontal cortex) | true |
/// | `Neuroplasticity` | `neuroplasticity` | neuroplasticity | true |
/// | `Bdnf` | `bdnf` | BDNF production | true |
/// | `Neurogenesis` | `neurogenesis` | neurogenesis | true |
/// | `OpioidInteraction` | `opioid_interaction` | opioid system interaction | false |
/// | `Analgesia` | `analgesia` | analgesia | false |
/// | `DissociativeState` | `dissociative_state` | dissociative state | false |
/// | `CircuitReset` | `circuit_reset` | disruption of maladaptive patterns | true |
/// | `TraumaRecovery` | `trauma_recovery` | working through trauma | true |
/// | `Cognition` | `cognition` | cognitive function | true |
/// | `MoodImprovement` | `mood_improvement` | mood improvement | true |
///
/// Non-exhaustive: a new edition can add a step that a source describes.
///
/// # Example
///
/// ```
/// use ketamine_facts::Mechanism;
///
/// assert_eq!("BDNF".parse(), Ok(Mechanism::Bdnf));
/// assert_eq!("glutamate release".parse(), Ok(Mechanism::GlutamateSurge));
/// assert!(Mechanism::GlutamateSurge.leads_to().any(|m| m == Mechanism::Bdnf));
/// assert_eq!(Mechanism::cascade().first(), Some(&Mechanism::NmdaAntagonism));
/// assert_eq!(Mechanism::cascade().last(), Some(&Mechanism::MoodImprovement));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mechanism {
    /// Blocking NMDA receptors, a kind of glutamate receptor.
    NmdaAntagonism,
    /// More glutamate released: a glutamate surge.
    GlutamateSurge,
    /// More synaptic connections, notably in the prefrontal cortex.
    SynapticConnectivity,
    /// The brain's ability to reorganise itself (neural or synaptic plasticity).
    Neuroplasticity,
    /// Brain-derived neurotrophic factor.
    Bdnf,
    /// The growth of new neurons.
    Neurogenesis,
    /// An interaction with the opioid system.
    OpioidInteraction,
    /// Pain relief.
    Analgesia,
    /// The dissociative (and psychedelic) state ketamine brings on.
    DissociativeState,
    /// Breaking maladaptive thought patterns; a reset of neural circuits.
    CircuitReset,
    /// Working through trauma: recovery from PTSD symptoms.
    TraumaRecovery,
    /// Effects on cognitive function.
    Cognition,
    /// Improved mood: the mood effects the chain ends in.
    MoodImprovement,
}

names! {
    Mechanism ("mechanism") {
        NmdaAntagonism => "nmda_antagonism" | "nmda" | "nmda receptor antagonism" | "nmda blockade" | "nmda receptor",
        GlutamateSurge => "glutamate_surge" | "glutamate" | "glutamate release",
        SynapticConnectivity => "synaptic_connectivity" | "synaptic connections" | "synapses" | "prefrontal cortex",
        Neuroplasticity => "neuroplasticity" | "plasticity" | "neural plasticity" | "synaptic plasticity",
        Bdnf => "bdnf" | "brain derived neurotrophic factor",
        Neurogenesis => "neurogenesis",
        OpioidInteraction => "opioid_interaction" | "opioid system" | "opioid receptors" | "opioid",
        Analgesia => "analgesia" | "pain relief" | "analgesic",
        DissociativeState => "dissociative_state" | "dissociation" | "dissociative experience",
        CircuitReset => "circuit_reset" | "neural circuit reset" | "maladaptive patterns" | "thought patterns",
        TraumaRecovery => "trauma_recovery" | "trauma processing" | "traumatic memories",
        Cognition => "cognition" | "cognitive function",
        MoodImprovement => "mood_improvement" | "mood" | "mood effects" | "improved mood",
    }
}
