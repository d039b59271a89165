//! Research directions: what the articles say is still being studied.

use crate::model::macros::names;

/// A question the articles say research is working on.
///
/// Nearly every claim here is [`Evidence::UnderInvestigation`](crate::Evidence::UnderInvestigation): the articles
/// report that a question is being studied, not what the answer is. Read
/// them as what is *not yet known*. The conditions under study are linked to
/// [`Indication`](crate::Indication) values by [`indications`](Self::indications); the evidence
/// for each condition lives there.
///
/// `Ord` is declaration order: the open questions about ketamine alone, then
/// combinations, then the field as a whole.
///
/// Non-exhaustive: a new edition can add a question that research works on.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Indication, ResearchDirection};
///
/// assert!(ResearchDirection::BroaderConditions.indications().contains(&Indication::ObsessiveCompulsiveDisorder));
/// for claim in ResearchDirection::LongTermEffects.claims() {
///     assert_eq!(claim.strongest_evidence(), Evidence::UnderInvestigation);
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResearchDirection {
    /// How long the benefits last, and the long-term effects of treatment.
    LongTermEffects,
    /// The best dosing strategies.
    OptimalDosing,
    /// Conditions beyond depression: anxiety, OCD, PTSD, substance use disorders.
    BroaderConditions,
    /// Ketamine together with psychotherapy.
    CombinationWithPsychotherapy,
    /// Ketamine together with other psychedelics.
    CombinationWithPsychedelics,
    /// Ketamine together with other psychotropic medications.
    CombinationWithMedications,
    /// How ketamine works in the brain.
    Mechanisms,
    /// The field as a whole: young, growing, still being shaped by research.
    EmergingField,
}

names! {
    ResearchDirection ("research direction") {
        LongTermEffects => "long_term_effects" | "long term efficacy" | "durability",
        OptimalDosing => "optimal_dosing" | "dosing" | "dosing strategies",
        BroaderConditions => "broader_conditions" | "broader applications" | "other conditions",
        CombinationWithPsychotherapy => "combination_with_psychotherapy" | "psychotherapy",
        CombinationWithPsychedelics => "combination_with_psychedelics" | "psychedelics",
        CombinationWithMedications => "combination_with_medications" | "psychotropic medications" | "medications",
        Mechanisms => "mechanisms" | "mechanism" | "how it works",
        EmergingField => "emerging_field" | "field" | "outlook",
    }
}
