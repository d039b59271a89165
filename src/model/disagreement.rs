//! Where the sources disagree, overstate, or drift: kept as data, never settled silently.

use crate::model::macros::names;

/// A place where the sources disagree, or where one source words the same
/// thing ever more strongly, or claims what nothing supports.
///
/// The crate does not pick a winner silently: each disagreement keeps its
/// [`sides`](Self::sides), each side with its citations, and a
/// [`note`](Self::note) on what the crate makes of it. The claims concerned
/// link back here through [`Claim::disputes`](crate::Claim::disputes), so
/// "is this fact contested?" is one call.
///
/// Non-exhaustive: a new edition can record a new disagreement between sources.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, Source};
///
/// let d = Disagreement::WhatTheFdaApproved;
/// assert_eq!(d.sides().len(), 2);
/// assert!(d.sides()[0].cites(Source::RiseOfKetamineTherapy));
/// assert!(d.note().contains("esketamine"));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Disagreement {
    /// Article 002 says the FDA approved a "ketamine nasal spray"; article 003
    /// names the product: esketamine (Spravato).
    WhatTheFdaApproved,
    /// Dissociation as a side effect to watch, or as part of how the therapy works.
    DissociationRole,
    /// How strong the evidence for ketamine in depression is: "numerous studies
    /// have demonstrated" and "studies have shown" against "results suggest ...
    /// may", "shown promise" and "an emerging field".
    DepressionEvidence,
    /// How long the benefit lasts: "sustained improvement" and "long-term
    /// management" against research that is still finding out.
    BenefitDuration,
    /// Whether long-term use is known to be safe: "no long-term data" against
    /// the bladder harm of long-term, high-dose use.
    LongTermSafety,
    /// How common and how strong dissociation, dizziness and nausea are:
    /// "some patients", "some individuals" and "mild" against "common", and the
    /// label's rates.
    SideEffectFrequency,
    /// Article 003's quick improvement grows from what many patients report to
    /// what every patient should expect.
    RapidImprovement,
    /// Article 003's "most common method" loses its "for treating depression".
    MostCommonMethod,
    /// Articles 001 and 003: anesthesia with breathing preserved; the Spravato
    /// label: respiratory depression on the boxed warning.
    BreathingPreserved,
    /// Article 003: a quick effect on suicidal thoughts "can be life-saving";
    /// the Spravato label: not known to prevent suicide or reduce suicidal thoughts.
    SuicidalThoughts,
    /// Article 003: the spray is "a convenient alternative" to infusions; the
    /// REMS: certified settings only, never at home, 2 hours of observation.
    NasalSprayConvenience,
    /// Article 003's PTSD wording grows from "some studies suggest" to an unqualified treatment.
    PtsdWording,
    /// Article 003's bipolar wording grows from "research indicates potential" to "aid" and "substantial relief".
    BipolarWording,
    /// Article 003's chronic-pain wording grows from "can be effective" to "effective".
    ChronicPainWording,
    /// The bladder risk loses its "long-term, high-dose" qualifier in article 003's takeaways.
    BladderQualifier,
    /// Article 003 says children may benefit; nothing in the sources supports it.
    PediatricClaim,
    /// Substance use disorders as a target of treatment, and substance abuse as a reason to avoid it.
    SubstanceUse,
    /// Retired: it bundled two questions under one contradiction.
    #[deprecated(
        since = "0.3.0",
        note = "split in two: use Disagreement::BenefitDuration (how long benefit lasts, a drift) and Disagreement::LongTermSafety (whether long-term use is known to be safe)"
    )]
    LongTermBenefit,
    /// Retired: the three antidepressant-target lists are compatible.
    #[deprecated(
        since = "0.3.0",
        note = "not a disagreement: the lists differ in length, not in content; the claims stay (Comparison::Targets.claims())"
    )]
    TraditionalAntidepressantTargets,
    /// Retired: the descriptions of glutamate are compatible.
    #[deprecated(
        since = "0.3.0",
        note = "not a disagreement: 'most abundant', 'main excitatory' and 'a part in mood and cognition' are compatible; the claims stay (Mechanism::GlutamateSurge.claims())"
    )]
    GlutamateDescription,
}

names! {
    Disagreement ("disagreement") {
        WhatTheFdaApproved => "what_the_fda_approved" | "fda approval" | "nasal spray approval",
        DissociationRole => "dissociation_role" | "dissociation",
        DepressionEvidence => "depression_evidence" | "depression",
        BenefitDuration => "benefit_duration" | "lasting benefit" | "how long benefit lasts",
        LongTermSafety => "long_term_safety" | "long-term data" | "long-term safety data",
        SideEffectFrequency => "side_effect_frequency" | "how common side effects are",
        RapidImprovement => "rapid_improvement" | "improvement within hours",
        MostCommonMethod => "most_common_method" | "most common route",
        BreathingPreserved => "breathing_preserved" | "breathing" | "respiratory depression",
        SuicidalThoughts => "suicidal_thoughts" | "suicide" | "life-saving",
        NasalSprayConvenience => "nasal_spray_convenience" | "convenience" | "rems",
        PtsdWording => "ptsd_wording" | "ptsd",
        BipolarWording => "bipolar_wording" | "bipolar",
        ChronicPainWording => "chronic_pain_wording" | "chronic pain",
        BladderQualifier => "bladder_qualifier" | "bladder",
        PediatricClaim => "pediatric_claim" | "pediatric" | "children",
        SubstanceUse => "substance_use" | "substance use disorders",
    }
    retired {
        LongTermBenefit => "long_term_benefit",
        TraditionalAntidepressantTargets => "traditional_antidepressant_targets",
        GlutamateDescription => "glutamate_description",
    }
}

/// What sort of disagreement a [`Disagreement`] is.
///
/// Non-exhaustive: a new disagreement may be of a sort not yet named.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, DisagreementKind};
///
/// assert_eq!(Disagreement::PtsdWording.kind(), DisagreementKind::Drift);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DisagreementKind {
    /// Sources say different, incompatible things.
    Contradiction,
    /// Sources give different, partly overlapping accounts; none is plainly wrong.
    Divergence,
    /// One source words the same claim more strongly as it goes on.
    Drift,
    /// A claim that no cited evidence supports.
    Unsupported,
    /// Not a disagreement (any more): the kind of a retired, `#[deprecated]`
    /// [`Disagreement`] kept so that code written against an earlier release
    /// compiles. It has no sides, no claim takes part in it, and
    /// [`Disagreement::ALL`] does not list it; its note says what replaced it.
    Retired,
}

names! {
    DisagreementKind ("disagreement kind") {
        Contradiction => "contradiction" | "conflict",
        Divergence => "divergence" | "differ",
        Drift => "drift" | "overstatement",
        Unsupported => "unsupported",
        Retired => "retired" | "not a disagreement",
    }
}
