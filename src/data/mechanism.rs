//! Claims whose home subject (their first) is a mechanism of action.

use super::prelude::*;
use crate::{Benefit, Claim, Comparison, Disagreement, Evidence, Mechanism, Section, Source};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "mechanism/nmda-antagonism-receptor-blockade",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "Ketamine is an NMDA receptor antagonist: it blocks NMDA receptors.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), at(Section::HowDoesKetamineWork, Evidence::Preliminary), at(Section::Overview, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-main-mode-of-action",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "Acting on NMDA receptors is ketamine's main mode of action.",
        &[at(Section::HowDoesKetamineWork, Evidence::Preliminary), at(Section::Overview, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-glutamate-system",
        &[S::Mechanism(Mechanism::NmdaAntagonism), S::Mechanism(Mechanism::GlutamateSurge), S::Comparison(Comparison::Targets)],
        "Ketamine acts on the brain's glutamate system, at the NMDA receptor.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-glutamate-receptor-type",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "The NMDA receptor is a kind of glutamate receptor.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-receptors-in-mood",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "The receptors ketamine blocks take part in regulating mood.",
        &[at(Section::Overview, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-receptors-in-pain",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "The receptors ketamine blocks take part in perceiving pain.",
        &[at(Section::Overview, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-receptors-in-cognition",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "The receptors ketamine blocks take part in cognition.",
        &[at(Section::FaqMechanism, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/nmda-antagonism-neurochemical-cascade",
        &[S::Mechanism(Mechanism::NmdaAntagonism)],
        "Acting on NMDA receptors sets off a chain of neurochemical events.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/glutamate-surge-release-increase",
        &[S::Mechanism(Mechanism::GlutamateSurge)],
        "Ketamine raises glutamate: more of it is released and its levels rise.",
        &[at(Section::HowDoesKetamineWork, Evidence::Preliminary), at(Section::FaqMechanism, Evidence::Stated), at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/glutamate-surge-most-abundant-transmitter",
        &[S::Mechanism(Mechanism::GlutamateSurge)],
        "Glutamate is the most abundant neurotransmitter in the brain.",
        &[at(Section::HowDoesKetamineWork, Evidence::Stated)],
    )
    .disputed(&[Disagreement::GlutamateDescription]),
    Claim::new(
        "mechanism/glutamate-surge-main-excitatory-transmitter",
        &[S::Mechanism(Mechanism::GlutamateSurge)],
        "Glutamate is the brain's main excitatory neurotransmitter.",
        &[at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    )
    .disputed(&[Disagreement::GlutamateDescription]),
    Claim::new(
        "mechanism/glutamate-surge-role-in-mood-cognition",
        &[S::Mechanism(Mechanism::GlutamateSurge)],
        "Glutamate plays a part in regulating mood and in cognition.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated)],
    )
    .disputed(&[Disagreement::GlutamateDescription]),
    Claim::new(
        "mechanism/glutamate-surge-mood-improvement-link",
        &[S::Mechanism(Mechanism::GlutamateSurge)],
        "Glutamate is associated with improvement in mood.",
        &[at(Section::FaqMechanism, Evidence::Stated)],
    )
    .disputed(&[Disagreement::GlutamateDescription]),
    Claim::new(
        "mechanism/synaptic-connectivity-increased-activity",
        &[S::Mechanism(Mechanism::SynapticConnectivity)],
        "Ketamine's action involves the brain's synaptic connections, and it increases synaptic activity.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/synaptic-connectivity-new-synapses",
        &[S::Mechanism(Mechanism::SynapticConnectivity)],
        "Ketamine strengthens synaptic connectivity: new synaptic connections form.",
        &[at(Section::HowDoesKetamineWork, Evidence::Preliminary), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated), at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/synaptic-connectivity-prefrontal-cortex-site",
        &[S::Mechanism(Mechanism::SynapticConnectivity)],
        "The new connections form in the prefrontal cortex.",
        &[at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/synaptic-connectivity-prefrontal-emotion-role",
        &[S::Mechanism(Mechanism::SynapticConnectivity)],
        "The prefrontal cortex is central to emotional regulation.",
        &[at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/synaptic-connectivity-prefrontal-decision-role",
        &[S::Mechanism(Mechanism::SynapticConnectivity)],
        "The prefrontal cortex is also critical to decision-making.",
        &[at(Section::MechanismBehindEffects, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/neuroplasticity-definition",
        &[S::Mechanism(Mechanism::Neuroplasticity)],
        "Neuroplasticity is the brain's capacity to reorganise itself by making new neural connections.",
        &[at(Section::HowDoesKetamineWork, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/neuroplasticity-promotion",
        &[S::Mechanism(Mechanism::Neuroplasticity)],
        "Ketamine promotes neuroplasticity.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Preliminary), at(Section::HowDoesKetamineWork, Evidence::Preliminary), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::FaqNeuroplasticity, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/neuroplasticity-hedged-in-002",
        &[S::Mechanism(Mechanism::Neuroplasticity)],
        "Article 002 says only that the chain of neurochemical events ketamine sets off is believed to influence synaptic plasticity.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    ),
    Claim::new(
        "mechanism/neuroplasticity-crucial-to-efficacy",
        &[S::Mechanism(Mechanism::Neuroplasticity)],
        "Neuroplasticity is crucial to how well ketamine works.",
        &[at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/neuroplasticity-prefrontal-adaptation",
        &[S::Mechanism(Mechanism::Neuroplasticity)],
        "After treatment sessions, the added plasticity helps the prefrontal cortex adapt.",
        &[at(Section::FaqNeuroplasticity, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/bdnf-definition",
        &[S::Mechanism(Mechanism::Bdnf)],
        "BDNF (brain-derived neurotrophic factor) is a protein that neurons need to survive and grow.",
        &[at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/bdnf-increase-via-glutamate",
        &[S::Mechanism(Mechanism::Bdnf)],
        "Through the rise in glutamate, ketamine increases BDNF production.",
        &[at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/neurogenesis-new-neuron-growth",
        &[S::Mechanism(Mechanism::Neurogenesis)],
        "Ketamine's action can promote neurogenesis, the growth of new neurons; only article 004 says so, and no article ties it to mood.",
        &[at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/opioid-interaction-opioid-receptors",
        &[S::Mechanism(Mechanism::OpioidInteraction)],
        "Ketamine may also interact with opioid receptors, the opioid system.",
        &[at(Section::MechanismBehindEffects, Evidence::Preliminary), at(Section::RoleOfNeurochemistry, Evidence::Preliminary)],
    ),
    Claim::new(
        "mechanism/analgesia-pain-relief",
        &[S::Mechanism(Mechanism::Analgesia)],
        "Ketamine relieves pain: it has analgesic properties.",
        &[at(Section::MedicalUses, Evidence::Stated), at(Section::MechanismBehindEffects, Evidence::Stated), at(Section::RoleOfNeurochemistry, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/dissociative-state-dissociative-anesthetic",
        &[S::Mechanism(Mechanism::DissociativeState)],
        "Ketamine is a dissociative anesthetic.",
        &[at(Section::WhatIsKetamine, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/dissociative-state-induction",
        &[S::Mechanism(Mechanism::DissociativeState)],
        "Ketamine has dissociative properties: it can bring on a dissociative state.",
        &[at(Section::WhatAreSafetyAndConsiderations, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    ),
    Claim::new(
        "mechanism/dissociative-state-psychiatric-tool-view",
        &[S::Mechanism(Mechanism::DissociativeState), S::Benefit(Benefit::TherapeuticTool)],
        "Some researchers and clinicians call ketamine a psychiatric tool rather than a medication: its role is to set therapeutic processes going, not only to relieve symptoms.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    )
    .disputed(&[Disagreement::DissociationRole]),
    Claim::new(
        "mechanism/circuit-reset-pattern-shift",
        &[S::Mechanism(Mechanism::CircuitReset)],
        "Ketamine may help the brain move away from patterns tied to mental health conditions.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Preliminary), whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    ),
    Claim::new(
        "mechanism/cognition-cognitive-function-effects",
        &[S::Mechanism(Mechanism::Cognition)],
        "Ketamine's effects may reach cognitive function as well as mood.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary), at(Section::FaqNeuroplasticity, Evidence::Preliminary)],
    ),
    Claim::new(
        "mechanism/mood-improvement-within-hours",
        &[S::Mechanism(Mechanism::MoodImprovement), S::Comparison(Comparison::Onset)],
        "Ketamine's effect on mood can show within hours.",
        &[at(Section::WhatResearchExists, Evidence::Preliminary), at(Section::Overview, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::KeyTakeaways, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
];
