//! Indications: what ketamine is used, or studied, for.
//!
//! Every statement the five articles make about a use of ketamine is listed
//! under the indication it concerns, cited by section heading at the level of
//! that place's own wording. Two readings of the word "may" are kept apart: a
//! "may" that hedges whether ketamine *works* ("ketamine may help reduce
//! symptoms") makes the citation [`Preliminary`](Evidence::Preliminary); a
//! "may" that only says what a provider can do ("professionals may give
//! ketamine to ...") is a plain statement ([`Stated`](Evidence::Stated)).
//!
//! One place per fact: a claim whose home is another concept is not restated
//! here but listed by value, the very [`Claim`] of that concept. The approval
//! of the esketamine spray is a [`HistoryEvent`](crate::HistoryEvent) claim,
//! the landmark infusion study a [`Benefit`](crate::Benefit) claim, the speed
//! against traditional antidepressants a [`Comparison`](crate::Comparison)
//! claim, the conditions under study [`ResearchDirection`](crate::ResearchDirection)
//! claims, and so on. The knowledge base counts each such claim once.

use crate::model::macros::names;

/// A condition or use that the sources say ketamine treats, may treat, or is
/// being studied for.
///
/// Each indication carries every statement the articles make about it
/// ([`claims`](Self::claims)), each citation at its own source's level, so
/// [`strongest_evidence`](Self::strongest_evidence) and
/// [`weakest_evidence`](Self::weakest_evidence) show how far the sources
/// agree. Several indications take part in a [`Disagreement`](crate::Disagreement) (PTSD,
/// bipolar depression, chronic pain, children, substance use): check
/// [`is_contested`](Self::is_contested) before quoting the strongest level.
///
/// `Ord` is declaration order: anesthesia and pain first, then depression
/// and its forms, then the conditions under study, children last. It is not
/// an order of evidence.
///
/// | value | `name()` | [`label`](Self::label) | [`routes`](Self::routes) |
/// | --- | --- | --- | --- |
/// | `Anesthesia` | `anesthesia` | anesthesia | — |
/// | `ChronicPain` | `chronic_pain` | chronic pain | — |
/// | `Depression` | `depression` | depression (major depressive disorder) | IV, IN |
/// | `TreatmentResistantDepression` | `treatment_resistant_depression` | treatment-resistant depression | IV, IN |
/// | `SuicidalIdeation` | `suicidal_ideation` | severe depression with acute suicidal thoughts | — |
/// | `Ptsd` | `ptsd` | post-traumatic stress disorder (PTSD) | — |
/// | `BipolarDepression` | `bipolar_depression` | bipolar depression | — |
/// | `AnxietyDisorders` | `anxiety_disorders` | anxiety disorders | — |
/// | `SubstanceUseDisorders` | `substance_use_disorders` | substance use disorders | — |
/// | `ObsessiveCompulsiveDisorder` | `obsessive_compulsive_disorder` | obsessive-compulsive disorder (OCD) | — |
/// | `PainRelatedDepression` | `pain_related_depression` | pain-related depression | — |
/// | `PediatricMoodDisorders` | `pediatric_mood_disorders` | severe mood disorders in children | — |
///
/// Non-exhaustive: a new edition can add a condition that a source names.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Indication, Route};
///
/// assert_eq!("TRD".parse(), Ok(Indication::TreatmentResistantDepression));
/// let trd = Indication::TreatmentResistantDepression;
/// assert_eq!(trd.strongest_evidence(), Evidence::RegulatoryApproval);
/// assert!(trd.routes().contains(&Route::Intranasal));
/// assert_eq!(Indication::ObsessiveCompulsiveDisorder.strongest_evidence(), Evidence::UnderInvestigation);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Indication {
    /// Anesthesia, above all in surgery and emergencies: ketamine's first and
    /// best-established use.
    Anesthesia,
    /// Chronic pain conditions (article 003's wording drifts here: see
    /// [`Disagreement::ChronicPainWording`](crate::Disagreement::ChronicPainWording)).
    ChronicPain,
    /// Depression, including major depressive disorder (MDD).
    Depression,
    /// Depression that has not responded to conventional antidepressants.
    TreatmentResistantDepression,
    /// Severe depression with acute suicidal thoughts.
    SuicidalIdeation,
    /// Post-traumatic stress disorder (see [`Disagreement::PtsdWording`](crate::Disagreement::PtsdWording)).
    Ptsd,
    /// Depressive episodes of bipolar disorder (see [`Disagreement::BipolarWording`](crate::Disagreement::BipolarWording)).
    BipolarDepression,
    /// Anxiety disorders.
    AnxietyDisorders,
    /// Substance use disorders (see [`Disagreement::SubstanceUse`](crate::Disagreement::SubstanceUse): a history
    /// of substance abuse is also a caution, told with
    /// [`Precaution::NotForEveryone`](crate::Precaution::NotForEveryone) and
    /// listed under [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse)).
    SubstanceUseDisorders,
    /// Obsessive-compulsive disorder.
    ObsessiveCompulsiveDisorder,
    /// Depression tied to pain (article 004, through the opioid system).
    PainRelatedDepression,
    /// Severe mood disorders in children and adolescents: one unsupported
    /// sentence in article 003 (see [`Disagreement::PediatricClaim`](crate::Disagreement::PediatricClaim)).
    PediatricMoodDisorders,
}

names! {
    Indication ("indication") {
        Anesthesia => "anesthesia" | "anaesthesia" | "surgery" | "surgical anesthesia" | "anesthetic",
        ChronicPain => "chronic_pain" | "pain" | "pain management" | "chronic pain syndromes",
        Depression => "depression" | "mdd" | "major depressive disorder" | "major depression",
        TreatmentResistantDepression => "treatment_resistant_depression" | "trd" | "treatment resistant depression" | "medication resistant depression",
        SuicidalIdeation => "suicidal_ideation" | "suicidal thoughts" | "suicidality" | "acute suicidal thoughts",
        Ptsd => "ptsd" | "post traumatic stress disorder" | "posttraumatic stress disorder",
        BipolarDepression => "bipolar_depression" | "bipolar" | "bipolar disorder",
        AnxietyDisorders => "anxiety_disorders" | "anxiety" | "anxiety disorder",
        SubstanceUseDisorders => "substance_use_disorders" | "sud" | "substance use" | "addiction" | "substance use disorder",
        ObsessiveCompulsiveDisorder => "obsessive_compulsive_disorder" | "ocd" | "obsessive compulsive",
        PainRelatedDepression => "pain_related_depression" | "depression with pain",
        PediatricMoodDisorders => "pediatric_mood_disorders" | "pediatric" | "paediatric" | "children",
    }
}
