//! Where the sources disagree, overstate, or drift: kept as data, never settled silently.

use crate::Evidence::{
    ClinicalStudies, PatientReports, Preliminary, RegulatoryApproval, Stated, UnderInvestigation,
};
use crate::{Disagreement, DisagreementKind};

use crate::Section::{
    AdministrationMethods, ClinicalEvidence, FaqAdministration, FaqBenefits, FaqMechanism,
    FaqPopulations, FaqRisks, FaqWhatIsKetamine, FutureOfResearch, HowDoesKetamineAffectTheBrain,
    HowDoesKetamineWork, KeyTakeaways, MechanismBehindEffects, MedicalUses, NasalSprayTeaser,
    PotentialBenefits, ResearchAndFutureDirections, RisksAndSideEffects, RoleOfNeurochemistry,
    TroubleshootingAndConsiderations, UnderstandingKetamine, WhatAreSafetyAndConsiderations,
    WhatIsKetamineConclusion, WhatResearchExists,
};

use crate::{Citation, Evidence, Section, Source};

/// One side of a [`Disagreement`]: a position in the crate's words, with the
/// citations that take it.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, Evidence};
///
/// let side = &Disagreement::DissociationRole.sides()[1];
/// assert!(side.position().contains("therap"));
/// // 002 states what some clinicians call ketamine, but hedges what it does
/// assert_eq!(side.strongest_evidence(), Evidence::Stated);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Side {
    position: &'static str,
    citations: &'static [Citation],
}

impl Side {
    const fn new(position: &'static str, citations: &'static [Citation]) -> Self {
        Self {
            position,
            citations,
        }
    }

    /// The position, in the crate's words.
    #[must_use]
    pub const fn position(&self) -> &'static str {
        self.position
    }

    /// The citations that take this position.
    #[must_use]
    pub const fn citations(&self) -> &'static [Citation] {
        self.citations
    }

    /// Whether a citation of this side is of `source`.
    #[must_use]
    pub const fn cites(&self, source: Source) -> bool {
        crate::model::citation::any_cites(self.citations, source)
    }

    /// The strongest evidence level among this side's citations.
    #[must_use]
    pub const fn strongest_evidence(&self) -> Evidence {
        crate::model::citation::strongest_of(self.citations)
    }
}

impl Disagreement {
    /// The question the sources answer differently.
    #[must_use]
    pub const fn topic(self) -> &'static str {
        self.record().0
    }

    /// What sort of disagreement this is.
    #[must_use]
    pub const fn kind(self) -> DisagreementKind {
        self.record().1
    }

    /// The sides, each with its citations (at least two, or one for an
    /// unsupported claim set against the sources' silence or a reference).
    #[must_use]
    pub const fn sides(self) -> &'static [Side] {
        self.record().2
    }

    /// What the crate makes of the disagreement, and why.
    #[must_use]
    pub const fn note(self) -> &'static str {
        self.record().3
    }

    /// Whether every side cites one and the same source (the source drifts
    /// against itself).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, Source};
    ///
    /// assert_eq!(Disagreement::BladderQualifier.within_one_source(), Some(Source::WhatIsKetamine));
    /// assert_eq!(Disagreement::WhatTheFdaApproved.within_one_source(), None);
    /// ```
    #[must_use]
    pub const fn within_one_source(self) -> Option<Source> {
        let sides = self.sides();
        if sides.is_empty() || sides[0].citations.is_empty() {
            return None;
        }
        let first = sides[0].citations[0].source();
        let mut s = 0;
        while s < sides.len() {
            let mut c = 0;
            while c < sides[s].citations.len() {
                if sides[s].citations[c].source() as u16 != first as u16 {
                    return None;
                }
                c += 1;
            }
            s += 1;
        }
        Some(first)
    }

    /// Whether any side cites `source`.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, Source};
    ///
    /// assert!(Disagreement::SubstanceUse.involves(Source::UnlockingTheMysteries));
    /// ```
    #[must_use]
    pub const fn involves(self, source: Source) -> bool {
        let sides = self.sides();
        let mut i = 0;
        while i < sides.len() {
            if sides[i].cites(source) {
                return true;
            }
            i += 1;
        }
        false
    }

    const fn record(self) -> Record {
        match self {
            Self::WhatTheFdaApproved => FDA,
            Self::DissociationRole => DISSOCIATION,
            Self::LongTermBenefit => LONG_TERM,
            Self::TraditionalAntidepressantTargets => TARGETS,
            Self::PtsdWording => PTSD,
            Self::BipolarWording => BIPOLAR,
            Self::ChronicPainWording => CHRONIC_PAIN,
            Self::BladderQualifier => BLADDER,
            Self::PediatricClaim => PEDIATRIC,
            Self::GlutamateDescription => GLUTAMATE,
            Self::SubstanceUse => SUBSTANCE_USE,
        }
    }
}

/// topic, kind, sides, note
type Record = (
    &'static str,
    DisagreementKind,
    &'static [Side],
    &'static str,
);

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const ESSAY: Source = Source::RiseOfKetamineTherapy;

const FDA: Record = (
    "Which nasal spray did the FDA approve for treatment-resistant depression?",
    DisagreementKind::Contradiction,
    &[
        Side::new(
            "a ketamine nasal spray, which it calls the first fast-acting antidepressant to be sold",
            &[Citation::whole(ESSAY, RegulatoryApproval)],
        ),
        Side::new(
            "a nasal spray of esketamine, sold as Spravato",
            &[
                at(AdministrationMethods, RegulatoryApproval),
                at(FaqAdministration, RegulatoryApproval),
                Citation::whole(Source::SpravatoPrescribingInformation, RegulatoryApproval),
                Citation::whole(Source::JanssenFdaApproval2019, RegulatoryApproval),
            ],
        ),
    ],
    "Article 003 is right: the approved spray (Spravato, Janssen) contains esketamine, the S-enantiomer of ketamine, not racemic ketamine, as its prescribing information says. Article 002's wording would lead a reader to think ordinary ketamine is approved as a spray.",
);

const DISSOCIATION: Record = (
    "Is dissociation a side effect, or part of how the therapy works?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "a side effect: a detachment from reality during treatment that calls for monitoring",
            &[
                at(WhatAreSafetyAndConsiderations, Stated),
                at(RisksAndSideEffects, Stated),
                at(FaqRisks, Stated),
                at(TroubleshootingAndConsiderations, Stated),
                at(KeyTakeaways, Stated),
                at(Section::Step3Administration, PatientReports),
                at(Section::FaqInfusionSession, Stated),
            ],
        ),
        Side::new(
            "a therapeutic tool: the dissociative state, once seen as a side effect, is now used on purpose and may help break maladaptive patterns of thought",
            &[
                Citation::whole(ESSAY, Preliminary),
                Citation::whole(ESSAY, PatientReports),
                Citation::whole(ESSAY, Stated),
            ],
        ),
    ],
    "Both can hold at once; the sources differ in emphasis. The therapeutic reading rests on one article: its hedged wording ('believed to', 'potential'), what people describe, and what some clinicians call ketamine.",
);

const LONG_TERM: Record = (
    "Do the benefits last, and is long-term use known to be safe?",
    DisagreementKind::Contradiction,
    &[
        Side::new(
            "benefits can last after a few sessions, and repeated infusions can sustain them",
            &[
                at(PotentialBenefits, ClinicalStudies),
                at(FaqBenefits, Preliminary),
                at(ClinicalEvidence, Preliminary),
            ],
        ),
        Side::new(
            "long-term effects and safety are not yet known and are still being studied",
            &[
                Citation::whole(ESSAY, Stated),
                at(WhatResearchExists, UnderInvestigation),
                at(FutureOfResearch, UnderInvestigation),
                at(ResearchAndFutureDirections, UnderInvestigation),
            ],
        ),
    ],
    "Read the claims of lasting benefit as short- to medium-term findings: the same articles say that how long the effects last, and long-term safety, are open research questions.",
);

const TARGETS: Record = (
    "Which neurotransmitters do traditional antidepressants target?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "serotonin, dopamine or norepinephrine",
            &[at(HowDoesKetamineAffectTheBrain, Stated)],
        ),
        Side::new(
            "serotonin or norepinephrine pathways",
            &[at(MechanismBehindEffects, Stated), at(FaqMechanism, Stated)],
        ),
        Side::new("serotonin levels", &[at(UnderstandingKetamine, Stated)]),
    ],
    "The lists differ in length rather than conflict; each article names the monoamines it had in mind. The crate keeps all three lists.",
);

const PTSD: Record = (
    "How strong is the evidence for ketamine in PTSD?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "preliminary: some studies suggest ketamine may reduce PTSD symptoms, it holds promise, and it is being studied",
            &[
                at(MedicalUses, Preliminary),
                at(WhatIsKetamineConclusion, Preliminary),
                at(WhatResearchExists, UnderInvestigation),
                at(ResearchAndFutureDirections, UnderInvestigation),
                Citation::whole(ESSAY, Preliminary),
            ],
        ),
        Side::new(
            "an established treatment: listed without qualification beside depression, or promised as a benefit",
            &[
                at(KeyTakeaways, Stated),
                at(Section::PtsdBenefitsTeaser, Stated),
            ],
        ),
    ],
    "Article 003 says 'some studies suggest' in its list of uses and 'holds promise' (its table: 'promising results') in its conclusion, yet its takeaways name PTSD, without a qualifier, as something ketamine treats. The crate grades PTSD by the hedged wording.",
);

const BIPOLAR: Record = (
    "How strong is the evidence for ketamine in bipolar depression?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "preliminary: research indicates potential benefit during depressive episodes",
            &[at(MedicalUses, Preliminary)],
        ),
        Side::new(
            "an aid during depressive episodes that might bring substantial relief",
            &[
                at(FaqPopulations, Preliminary),
                at(WhatIsKetamineConclusion, Stated),
            ],
        ),
    ],
    "Only article 003 mentions bipolar disorder, and its wording grows from potential benefit to 'substantial relief' and a plain 'aid' in its table. The crate grades it as preliminary.",
);

const CHRONIC_PAIN: Record = (
    "How effective is ketamine for chronic pain?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "it can be effective for chronic pain (hedged with \"can\")",
            &[at(MedicalUses, Stated)],
        ),
        Side::new(
            "it is used for, and effective against, chronic pain syndromes",
            &[
                at(FaqWhatIsKetamine, Stated),
                at(WhatIsKetamineConclusion, Stated),
            ],
        ),
    ],
    "Article 003 moves from 'can be effective' to an unqualified 'effective' without citing evidence either time.",
);

const BLADDER: Record = (
    "Under what conditions does ketamine harm the bladder?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "with long-term use, through toxicity at high doses over long periods",
            &[at(RisksAndSideEffects, Stated), at(FaqRisks, Stated)],
        ),
        Side::new(
            "bladder issues listed among the side effects without that qualifier",
            &[at(KeyTakeaways, Stated)],
        ),
    ],
    "The qualifier matters: the bladder problems are tied to long-term, high-dose use, not to a course of supervised treatment. The crate keeps the qualifier.",
);

const PEDIATRIC: Record = (
    "Do children with severe mood disorders benefit from ketamine?",
    DisagreementKind::Unsupported,
    &[
        Side::new(
            "children with severe mood disorders may see good outcomes under specialised care",
            &[at(FaqPopulations, Preliminary)],
        ),
        Side::new(
            "for esketamine (Spravato), safety and effectiveness in children are not known",
            &[Citation::whole(
                Source::SpravatoPatientInformation,
                RegulatoryApproval,
            )],
        ),
    ],
    "No article cites any study in children, and no other article mentions them; the claim stands alone. The only regulator's word here, Spravato's patient information, says esketamine is not known to be safe and effective in children.",
);

const GLUTAMATE: Record = (
    "How should glutamate be described?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "the most abundant neurotransmitter in the brain",
            &[at(HowDoesKetamineWork, Stated)],
        ),
        Side::new(
            "the main excitatory neurotransmitter in the brain",
            &[at(RoleOfNeurochemistry, Stated)],
        ),
        Side::new(
            "a neurotransmitter with a part in mood regulation and cognition, tied to better mood",
            &[
                at(HowDoesKetamineAffectTheBrain, Stated),
                at(MechanismBehindEffects, Stated),
                at(FaqMechanism, Stated),
            ],
        ),
    ],
    "The descriptions answer different questions (how much, what it does) and need not conflict; the crate keeps each as its article words it.",
);

const SUBSTANCE_USE: Record = (
    "Is substance use a reason to give ketamine, or a reason not to?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "a target: ketamine shows promise for substance use disorders and is being studied for them",
            &[
                Citation::whole(ESSAY, Preliminary),
                at(ResearchAndFutureDirections, UnderInvestigation),
            ],
        ),
        Side::new(
            "a caution: ketamine can be abused, has a recreational history, and a history of substance abuse may rule it out",
            &[
                Citation::whole(ESSAY, Stated),
                at(WhatAreSafetyAndConsiderations, Stated),
                at(NasalSprayTeaser, Stated),
                at(TroubleshootingAndConsiderations, Stated),
            ],
        ),
    ],
    "Both are stated, by the same articles in part. A reader should not take the research interest as a recommendation for people with a history of substance abuse.",
);
