//! Claims whose home subject (their first) is a mechanism of action.

use super::prelude::*;

rows! {
    "mechanism/nmda-antagonism-receptor-blockade" [Mechanism(NmdaAntagonism)]
        "Ketamine is an NMDA receptor antagonist: it blocks NMDA receptors."
        [(HowDoesKetamineAffectTheBrain, Stated), (HowDoesKetamineWork, Preliminary), (Overview, Stated), (MechanismBehindEffects, Stated), (FaqMechanism, Stated), (RoleOfNeurochemistry, Stated)];
    "mechanism/nmda-antagonism-main-mode-of-action" [Mechanism(NmdaAntagonism)]
        "Acting on NMDA receptors is ketamine's main mode of action."
        [(HowDoesKetamineWork, Preliminary), (Overview, Stated), (FaqMechanism, Stated), (UnderstandingKetamine, Stated)];
    "mechanism/nmda-antagonism-glutamate-system" [Mechanism(NmdaAntagonism), Mechanism(GlutamateSurge), Comparison(Targets)]
        "Ketamine acts on the brain's glutamate system, at the NMDA receptor."
        [(HowDoesKetamineAffectTheBrain, Stated), (whole RiseOfKetamineTherapy, Stated), (MechanismBehindEffects, Stated), (FaqMechanism, Stated), (FaqNeuroplasticity, Stated), (UnderstandingKetamine, Stated)];
    "mechanism/nmda-antagonism-glutamate-receptor-type" [Mechanism(NmdaAntagonism)]
        "The NMDA receptor is a kind of glutamate receptor."
        [(whole RiseOfKetamineTherapy, Stated), (UnderstandingKetamine, Stated)];
    "mechanism/nmda-antagonism-receptors-in-mood" [Mechanism(NmdaAntagonism)]
        "The receptors ketamine blocks take part in regulating mood."
        [(Overview, Stated), (FaqMechanism, Stated)];
    "mechanism/nmda-antagonism-receptors-in-pain" [Mechanism(NmdaAntagonism)]
        "The receptors ketamine blocks take part in perceiving pain."
        [(Overview, Stated)];
    "mechanism/nmda-antagonism-receptors-in-cognition" [Mechanism(NmdaAntagonism)]
        "The receptors ketamine blocks take part in cognition."
        [(FaqMechanism, Stated)];
    "mechanism/nmda-antagonism-neurochemical-cascade" [Mechanism(NmdaAntagonism)]
        "Ketamine's action on NMDA receptors sets off a chain of neurochemical events."
        [(whole RiseOfKetamineTherapy, Stated), (UnderstandingKetamine, Stated)];
    "mechanism/glutamate-surge-release-increase" [Mechanism(GlutamateSurge)]
        "Ketamine raises glutamate: more of it is released and its levels rise."
        [(HowDoesKetamineWork, Preliminary), (FaqMechanism, Stated), (RoleOfNeurochemistry, Stated)];
    "mechanism/glutamate-surge-most-abundant-transmitter" [Mechanism(GlutamateSurge)]
        "Glutamate is the most abundant neurotransmitter in the brain."
        [(HowDoesKetamineWork, Stated)];
    "mechanism/glutamate-surge-main-excitatory-transmitter" [Mechanism(GlutamateSurge)]
        "Glutamate is the brain's main excitatory neurotransmitter."
        [(RoleOfNeurochemistry, Stated)];
    "mechanism/glutamate-surge-role-in-mood-cognition" [Mechanism(GlutamateSurge)]
        "Glutamate plays a part in regulating mood and in cognition."
        [(HowDoesKetamineAffectTheBrain, Stated)];
    "mechanism/glutamate-surge-tied-to-mood-cognition-in-003" [Mechanism(GlutamateSurge)]
        "Article 003 ties glutamate to the regulation of mood and to cognition, without saying how."
        [(MechanismBehindEffects, Stated)];
    "mechanism/glutamate-surge-mood-improvement-link" [Mechanism(GlutamateSurge)]
        "Glutamate is associated with improvement in mood."
        [(FaqMechanism, Stated)];
    "mechanism/synaptic-connectivity-increased-activity" [Mechanism(SynapticConnectivity)]
        "Ketamine's action involves the brain's synaptic connections, and it increases synaptic activity."
        [(HowDoesKetamineAffectTheBrain, Stated)];
    "mechanism/synaptic-connectivity-new-synapses" [Mechanism(SynapticConnectivity)]
        "Ketamine strengthens synaptic connectivity: new synaptic connections form."
        [(HowDoesKetamineWork, Preliminary), (MechanismBehindEffects, Stated), (FaqNeuroplasticity, Stated)];
    "mechanism/synaptic-connectivity-enhanced-in-004" [Mechanism(SynapticConnectivity), Mechanism(GlutamateSurge)]
        "Article 004 says the rise in glutamate enhances synaptic connectivity; it does not speak of new synapses."
        [(RoleOfNeurochemistry, Stated)];
    "mechanism/neuroplasticity-pathways-ease-depression-in-001" [Mechanism(Neuroplasticity)]
        "Article 001 says that by promoting neuroplasticity ketamine may let the brain build new pathways, which can help relieve depressive symptoms."
        [(HowDoesKetamineWork, Preliminary)];
    "mechanism/synaptic-connectivity-prefrontal-cortex-site" [Mechanism(SynapticConnectivity)]
        "The new synaptic connections that ketamine brings about form in the prefrontal cortex."
        [(MechanismBehindEffects, Stated), (FaqNeuroplasticity, Stated)];
    "mechanism/synaptic-connectivity-prefrontal-emotion-role" [Mechanism(SynapticConnectivity)]
        "The prefrontal cortex is central to emotional regulation."
        [(MechanismBehindEffects, Stated), (FaqNeuroplasticity, Stated)];
    "mechanism/synaptic-connectivity-prefrontal-decision-role" [Mechanism(SynapticConnectivity)]
        "The prefrontal cortex is also critical to decision-making."
        [(MechanismBehindEffects, Stated)];
    "mechanism/neuroplasticity-definition" [Mechanism(Neuroplasticity)]
        "Neuroplasticity is the brain's capacity to reorganise itself by making new neural connections."
        [(MechanismBehindEffects, Stated), (FaqMechanism, Stated), (FaqNeuroplasticity, Stated)];
    "mechanism/neuroplasticity-promotion" [Mechanism(Neuroplasticity)]
        "Ketamine promotes neuroplasticity."
        [(HowDoesKetamineAffectTheBrain, Preliminary), (HowDoesKetamineWork, Preliminary), (MechanismBehindEffects, Stated), (FaqMechanism, Stated), (FaqNeuroplasticity, Stated), (UnderstandingKetamine, Preliminary)];
    "mechanism/neuroplasticity-hedged-in-002" [Mechanism(Neuroplasticity)]
        "Article 002 says only that the chain of neurochemical events ketamine sets off is believed to influence synaptic plasticity."
        [(whole RiseOfKetamineTherapy, Preliminary)];
    "mechanism/mood-improvement-influence-hedged-in-002" [Mechanism(MoodImprovement), Mechanism(Cognition), Mechanism(NmdaAntagonism)]
        "Article 002 says only that ketamine targets NMDA receptors and that the chain of neurochemical events this sets off is believed to influence mood regulation and cognition; it does not call ketamine an NMDA antagonist."
        [(whole RiseOfKetamineTherapy, Preliminary)];
    "mechanism/neuroplasticity-crucial-to-efficacy" [Mechanism(Neuroplasticity)]
        "Neuroplasticity is crucial to how well ketamine works."
        [(FaqNeuroplasticity, Stated)];
    "mechanism/neuroplasticity-prefrontal-adaptation" [Mechanism(Neuroplasticity)]
        "After ketamine sessions, the neuroplasticity that ketamine promotes lets the prefrontal cortex adapt more effectively."
        [(FaqNeuroplasticity, Stated)];
    "mechanism/bdnf-definition" [Mechanism(Bdnf)]
        "BDNF (brain-derived neurotrophic factor) is a protein that neurons need to survive and grow."
        [(RoleOfNeurochemistry, Stated)];
    "mechanism/bdnf-increase-via-glutamate" [Mechanism(Bdnf)]
        "Through the rise in glutamate, ketamine increases BDNF production."
        [(RoleOfNeurochemistry, Stated)];
    "mechanism/bdnf-mood-cognition-association" [Mechanism(Bdnf), Mechanism(MoodImprovement), Mechanism(Cognition)]
        "Article 004 says higher BDNF levels go together with better mood and cognitive function: an association, not a shown cause."
        [(RoleOfNeurochemistry, Stated)];
    "mechanism/neurogenesis-new-neuron-growth" [Mechanism(Neurogenesis)]
        "Ketamine's action can promote neurogenesis, the growth of new neurons; only article 004 says so, and no article ties it to mood."
        [(UnderstandingKetamine, Preliminary)];
    "mechanism/opioid-interaction-opioid-receptors" [Mechanism(OpioidInteraction)]
        "Ketamine may also interact with opioid receptors, the opioid system."
        [(MechanismBehindEffects, Preliminary), (RoleOfNeurochemistry, Preliminary)];
    "mechanism/opioid-interaction-analgesia-contribution" [Mechanism(OpioidInteraction), Mechanism(Analgesia)]
        "Article 003 says some studies suggest that ketamine's possible action at opioid receptors adds to its pain-relieving effect."
        [(MechanismBehindEffects, Preliminary)];
    "mechanism/analgesia-pain-relief-hedged-in-003-004" [Mechanism(Analgesia)]
        "Ketamine may relieve pain: articles 003 and 004 speak of its analgesic properties only inside hedged sentences."
        [(MedicalUses, Preliminary), (MechanismBehindEffects, Preliminary), (RoleOfNeurochemistry, Preliminary)];
    "mechanism/dissociative-state-dissociative-anesthetic" [Mechanism(DissociativeState)]
        "Ketamine is a dissociative anesthetic."
        [(WhatIsKetamine, Stated), (UnderstandingKetamine, Stated)];
    "mechanism/dissociative-state-induction" [Mechanism(DissociativeState)]
        "Ketamine has dissociative properties: it can bring on a dissociative state."
        [(WhatAreSafetyAndConsiderations, Stated), (whole RiseOfKetamineTherapy, Stated)];
    "mechanism/dissociative-state-psychiatric-tool-view" [Mechanism(DissociativeState), Benefit(TherapeuticTool)]
        "Some researchers and clinicians call ketamine a psychiatric tool rather than a medication: its role is to set therapeutic processes going, not only to relieve symptoms."
        [(whole RiseOfKetamineTherapy, Stated)]
        disputes [DissociationRole];
    "mechanism/circuit-reset-pattern-shift" [Mechanism(CircuitReset)]
        "Ketamine may help the brain move away from patterns tied to mental health conditions."
        [(HowDoesKetamineAffectTheBrain, Preliminary), (whole RiseOfKetamineTherapy, Preliminary)];
    "mechanism/cognition-cognitive-function-effects" [Mechanism(Cognition)]
        "Ketamine's effects may reach cognitive function as well as mood."
        [(whole RiseOfKetamineTherapy, Preliminary), (FaqNeuroplasticity, Preliminary)];
    "mechanism/mood-improvement-within-hours" [Mechanism(MoodImprovement), Comparison(Onset)]
        "Ketamine's effect on mood can show within hours."
        [(WhatResearchExists, Preliminary), (Overview, Preliminary), (FaqMechanism, Preliminary), (KeyTakeaways, Preliminary), (UnderstandingKetamine, Stated)]
        disputes [RapidImprovement];
}
