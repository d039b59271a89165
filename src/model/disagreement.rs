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
    /// Claims of lasting benefit beside the admitted lack of long-term data.
    LongTermBenefit,
    /// Which neurotransmitters traditional antidepressants target: three articles, three lists.
    TraditionalAntidepressantTargets,
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
    /// Glutamate as "the most abundant" (001) or "the main excitatory" (004) neurotransmitter.
    GlutamateDescription,
    /// Substance use disorders as a target of treatment, and substance abuse as a reason to avoid it.
    SubstanceUse,
}

names! {
    Disagreement ("disagreement") {
        WhatTheFdaApproved => "what_the_fda_approved" | "fda approval" | "nasal spray approval",
        DissociationRole => "dissociation_role" | "dissociation",
        LongTermBenefit => "long_term_benefit" | "long-term data",
        TraditionalAntidepressantTargets => "traditional_antidepressant_targets" | "antidepressant targets",
        PtsdWording => "ptsd_wording" | "ptsd",
        BipolarWording => "bipolar_wording" | "bipolar",
        ChronicPainWording => "chronic_pain_wording" | "chronic pain",
        BladderQualifier => "bladder_qualifier" | "bladder",
        PediatricClaim => "pediatric_claim" | "pediatric" | "children",
        GlutamateDescription => "glutamate_description" | "glutamate",
        SubstanceUse => "substance_use" | "substance use disorders",
    }
}

/// What sort of disagreement a [`Disagreement`] is.
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
}

names! {
    DisagreementKind ("disagreement kind") {
        Contradiction => "contradiction" | "conflict",
        Divergence => "divergence" | "differ",
        Drift => "drift" | "overstatement",
        Unsupported => "unsupported",
    }
}
