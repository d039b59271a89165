//! Where the sources disagree, overstate, or drift: kept as data, never settled silently.

use crate::Evidence::{
    ClinicalStudies, PatientReports, Preliminary, RegulatoryApproval, StandardPractice, Stated,
    UnderInvestigation,
};
use crate::{Disagreement, DisagreementKind};

use crate::Section::{
    AdministrationMethods, ClinicalEvidence, FaqAdministration, FaqBenefits, FaqInfusionSession,
    FaqOngoingResearch, FaqPopulations, FaqRisks, FaqWhatIsKetamine, FutureOfResearch,
    KetamineAndDepression, KeyTakeaways, MedicalUses, NasalSprayTeaser, PotentialBenefits,
    ResearchAndFutureDirections, RisksAndSideEffects, Step3Administration,
    TroubleshootingAndConsiderations, WhatAreSafetyAndConsiderations, WhatIsKetamineConclusion,
    WhatResearchExists,
};

use crate::model::macros::serialize_fields;
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
pub struct Side {
    position: &'static str,
    citations: &'static [Citation],
}

serialize_fields!(Side {
    position,
    citations
});

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
    /// unsupported claim set against the sources' silence or a reference; none
    /// for a [retired](Self::is_retired) name).
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

    /// Whether this is a retired, `#[deprecated]` name kept only so that code
    /// written against an earlier release compiles (its
    /// [`kind`](Self::kind) is [`DisagreementKind::Retired`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Disagreement;
    ///
    /// assert!(Disagreement::ALL.iter().all(|d| !d.is_retired()));
    /// assert!(Disagreement::RETIRED.iter().all(|d| d.is_retired() && d.sides().is_empty()));
    /// ```
    #[must_use]
    pub const fn is_retired(self) -> bool {
        matches!(self.kind(), DisagreementKind::Retired)
    }

    /// The disagreements that now hold what a retired one asked (empty for a
    /// current one, and for a retired one that was no disagreement at all).
    ///
    /// # Example
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use ketamine_facts::Disagreement;
    ///
    /// assert_eq!(
    ///     Disagreement::LongTermBenefit.replaced_by(),
    ///     [Disagreement::BenefitDuration, Disagreement::LongTermSafety]
    /// );
    /// // compatible descriptions: nothing replaces it, the claims stay as plain claims
    /// assert!(Disagreement::GlutamateDescription.replaced_by().is_empty());
    /// ```
    #[must_use]
    #[allow(deprecated)]
    pub const fn replaced_by(self) -> &'static [Disagreement] {
        match self {
            Self::LongTermBenefit => &[Self::BenefitDuration, Self::LongTermSafety],
            _ => &[],
        }
    }

    /// The retired names, kept as `#[deprecated]` variants so that 0.1.0 and
    /// 0.2.0 code compiles. None is in [`ALL`](Self::ALL), none has sides, no
    /// claim takes part in one, and the export does not list them; each
    /// [`note`](Self::note) says why it was retired and what replaced it.
    #[allow(deprecated)]
    pub const RETIRED: &'static [Disagreement] = &[
        Self::LongTermBenefit,
        Self::TraditionalAntidepressantTargets,
        Self::GlutamateDescription,
    ];

    #[allow(deprecated)]
    const fn record(self) -> Record {
        match self {
            Self::WhatTheFdaApproved => FDA,
            Self::DissociationRole => DISSOCIATION,
            Self::DepressionEvidence => DEPRESSION,
            Self::BenefitDuration => BENEFIT_DURATION,
            Self::LongTermSafety => LONG_TERM_SAFETY,
            Self::SideEffectFrequency => SIDE_EFFECT_FREQUENCY,
            Self::RapidImprovement => RAPID_IMPROVEMENT,
            Self::MostCommonMethod => MOST_COMMON_METHOD,
            Self::BreathingPreserved => BREATHING,
            Self::SuicidalThoughts => SUICIDAL_THOUGHTS,
            Self::NasalSprayConvenience => CONVENIENCE,
            Self::PtsdWording => PTSD,
            Self::BipolarWording => BIPOLAR,
            Self::ChronicPainWording => CHRONIC_PAIN,
            Self::BladderQualifier => BLADDER,
            Self::PediatricClaim => PEDIATRIC,
            Self::SubstanceUse => SUBSTANCE_USE,
            Self::LongTermBenefit => RETIRED_LONG_TERM,
            Self::TraditionalAntidepressantTargets => RETIRED_TARGETS,
            Self::GlutamateDescription => RETIRED_GLUTAMATE,
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
                at(Section::FaqInfusionSession, Preliminary),
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

const DEPRESSION: Record = (
    "How strong is the evidence for ketamine in depression?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "preliminary: results suggest ketamine may improve symptoms within hours, it has shown promise, it is an emerging treatment with promising results, and its use in mental health is an emerging field that needs more study",
            &[
                at(WhatResearchExists, Preliminary),
                at(WhatResearchExists, UnderInvestigation),
                at(MedicalUses, Preliminary),
                at(KetamineAndDepression, Preliminary),
                Citation::whole(Source::WhatIsKetamine, Preliminary),
                at(WhatIsKetamineConclusion, Preliminary),
            ],
        ),
        Side::new(
            "shown by studies, or stated without a hedge: numerous studies have demonstrated that it works, studies began to show effects on mood disorders, studies have shown infusions can relieve long-standing depression, it is listed without qualifier as a treatment for depression, and it is called effective for people whom traditional treatments have not helped",
            &[
                at(ClinicalEvidence, ClinicalStudies),
                at(Section::HistoryOfKetamine, ClinicalStudies),
                Citation::whole(ESSAY, Preliminary),
                at(KeyTakeaways, Stated),
                at(PotentialBenefits, Stated),
            ],
        ),
        Side::new(
            "the reference sources name controlled trials of IV ketamine in depression: Berman et al. (7 patients, placebo), Zarate et al. (treatment-resistant depression), Murrough et al. (73 patients, against midazolam)",
            &[
                Citation::whole(Source::Berman2000, ClinicalStudies),
                Citation::whole(Source::Zarate2006, ClinicalStudies),
                Citation::whole(Source::Murrough2013, ClinicalStudies),
            ],
        ),
    ],
    "Article 000 says only that results suggest ketamine may bring improvement within hours and calls the field emerging; article 003's opening line calls it an emerging treatment, and its list of uses, its conclusion and article 004 call it promising. Article 004 then says numerous studies have demonstrated its efficacy, article 002 that studies have shown infusions can bring relief (a hedge: its citation is preliminary), and article 003 that studies began to show effects on mood disorders, while its takeaways list depression without a qualifier and its list of benefits calls it effective for people whom other treatments failed, yet no article names a study (004's 'landmark study' has neither authors nor year). Controlled trials do exist (the third side: Berman et al. had 7 patients, Murrough et al. 73); the crate grades each article claim by its own wording, not by the strongest wording any article uses.",
);

const BENEFIT_DURATION: Record = (
    "How long does the benefit of ketamine last?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "it lasts: some studies show sustained improvement after a few sessions, and one study indicated that repeated infusions could sustain the effect, which article 004 takes to make ketamine an option for long-term management",
            &[
                at(PotentialBenefits, ClinicalStudies),
                at(FaqBenefits, Preliminary),
                at(ClinicalEvidence, Preliminary),
            ],
        ),
        Side::new(
            "not yet known: researchers are still investigating how long the effects last with regular treatment, and the long-term effects need further study",
            &[
                at(FutureOfResearch, UnderInvestigation),
                at(KeyTakeaways, UnderInvestigation),
                at(FaqOngoingResearch, UnderInvestigation),
                at(WhatResearchExists, UnderInvestigation),
                at(ResearchAndFutureDirections, UnderInvestigation),
            ],
        ),
        Side::new(
            "in one randomized trial in treatment-resistant depression, a single IV dose acted within 2 hours and its effect lasted about a week",
            &[Citation::whole(Source::Zarate2006, ClinicalStudies)],
        ),
    ],
    "Hedged early findings and open research questions can both hold; the drift is in article 004, which ends its evidence on 'a viable option for long-term management' while saying in the same article that the long-term effects are still being explored. Article 003's FAQ says 'studies indicate' (preliminary), its body 'some studies show'. The reference trial puts one dose's effect at about a week. Read claims of lasting benefit as short- to medium-term findings.",
);

const LONG_TERM_SAFETY: Record = (
    "Is long-term use of ketamine known to be safe?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "not known: long-term data on its safety are lacking, which concerns some healthcare professionals, and its long-term effects need further study",
            &[
                Citation::whole(ESSAY, Stated),
                at(WhatResearchExists, UnderInvestigation),
                at(ResearchAndFutureDirections, UnderInvestigation),
            ],
        ),
        Side::new(
            "a long-term harm is known: long-term use at high doses is tied to urinary tract problems; long-term heavy use is associated with ulcerative cystitis, and the Spravato label warns of cystitis",
            &[
                at(RisksAndSideEffects, Stated),
                at(FaqRisks, Stated),
                Citation::whole(Source::Shahani2007, ClinicalStudies),
                Citation::whole(Source::SpravatoPrescribingInformation, RegulatoryApproval),
            ],
        ),
    ],
    "No source says long-term use is known to be safe. The two sides can both hold: the harm that is documented is of long-term, heavy or high-dose use (and the esketamine spray's label warns of cystitis), while what is missing is long-term safety data on treatment. 'No long-term data' must not be read as 'no known long-term harm'.",
);

const SIDE_EFFECT_FREQUENCY: Record = (
    "How common are dissociation, dizziness and nausea, and how strong is the dissociation?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "some patients or some individuals, and mild: some patients feel detached from reality, some report dissociation, the dissociation is mild, and some individuals have reported dizziness or nausea",
            &[
                at(RisksAndSideEffects, Stated),
                at(FaqInfusionSession, Preliminary),
                at(Step3Administration, PatientReports),
                at(WhatAreSafetyAndConsiderations, PatientReports),
            ],
        ),
        Side::new(
            "common: dissociation is a common experience, and dizziness and dissociation are common side effects",
            &[
                at(FaqRisks, Stated),
                at(TroubleshootingAndConsiderations, Stated),
            ],
        ),
        Side::new(
            "in the Spravato label's short-term trials: dissociation 41% (9% on placebo), dizziness 29% (8%), nausea 28% (9%); dissociation is on the boxed warning",
            &[Citation::whole(
                Source::SpravatoPrescribingInformation,
                RegulatoryApproval,
            )],
        ),
    ],
    "Article 003 says 'some patients' in its list of risks, 'one common experience' in its FAQ and 'mild' for the infusion session; article 004 says 'some report' and 'common'; article 000 'some individuals'. The label settles the question for the esketamine spray: these effects come to between a quarter and two fifths of patients, and dissociation is on the boxed warning, so 'some' and 'mild' understate them. The sources give no rates for IV ketamine.",
);

const RAPID_IMPROVEMENT: Record = (
    "Do patients feel better soon after a ketamine session?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "many patients report feeling better within hours of their first infusion or session",
            &[
                at(PotentialBenefits, PatientReports),
                at(FaqBenefits, PatientReports),
            ],
        ),
        Side::new(
            "stated plainly: patients should feel improvement soon after an infusion ends, and ketamine brings quick relief where the usual therapies often fail",
            &[
                at(FaqInfusionSession, Stated),
                at(WhatIsKetamineConclusion, Stated),
            ],
        ),
        Side::new(
            "hedged: ketamine can change mood within hours",
            &[
                at(Section::Overview, Preliminary),
                at(Section::FaqMechanism, Preliminary),
                at(KeyTakeaways, Preliminary),
            ],
        ),
    ],
    "Article 003 turns what many patients report into what every patient should expect after a session, and its overview, FAQ and takeaways say ketamine can change mood within hours, while its conclusion says plainly that it gives rapid relief. The crate keeps the report and the hedge: no source shows that every patient improves.",
);

const MOST_COMMON_METHOD: Record = (
    "For what is IV infusion the most common way of giving ketamine?",
    DisagreementKind::Drift,
    &[
        Side::new(
            "for treating depression",
            &[at(AdministrationMethods, StandardPractice)],
        ),
        Side::new(
            "without a qualifier: the most common method of all",
            &[at(FaqAdministration, StandardPractice)],
        ),
    ],
    "Article 003's FAQ drops 'for treating depression', which makes IV infusion the most common route of ketamine in general, anesthesia included; the article shows no such thing. The crate keeps the qualifier.",
);

const BREATHING: Record = (
    "Does ketamine leave breathing intact?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "yes: it brings on anesthesia while breathing is preserved, which made it a battlefield staple",
            &[
                at(Section::WhatIsKetamine, Stated),
                at(Section::HistoryOfKetamine, Stated),
            ],
        ),
        Side::new(
            "not as a promise: respiratory depression is on the boxed warning of Spravato, the esketamine spray, added after its first label",
            &[Citation::whole(
                Source::SpravatoPrescribingInformation,
                RegulatoryApproval,
            )],
        ),
    ],
    "The articles speak of ketamine as an anesthetic, and article 003 of its wartime use; the label speaks of esketamine, the S-enantiomer of ketamine, as an antidepressant spray. Even so, a reader must not take breathing as safe with a ketamine-class drug: the regulator put respiratory depression on the boxed warning.",
);

const SUICIDAL_THOUGHTS: Record = (
    "Can ketamine's quick effect on suicidal thoughts save lives?",
    DisagreementKind::Contradiction,
    &[
        Side::new(
            "yes: acting quickly on acute suicidal thoughts, it can save lives (its list of benefits); apart from that, its speed (its overview) and the lasting effects studies indicate for some people (its FAQ) make it particularly appealing for people with severe depression or suicidal thoughts",
            &[
                at(PotentialBenefits, Preliminary),
                at(FaqBenefits, Stated),
                at(Section::Overview, Stated),
            ],
        ),
        Side::new(
            "not known: Spravato is not known to be safe and effective at preventing suicide or reducing suicidal thoughts, does not replace hospitalization, and has suicidal thoughts and behaviours on its boxed warning",
            &[
                Citation::whole(Source::SpravatoPatientInformation, RegulatoryApproval),
                Citation::whole(Source::SpravatoPrescribingInformation, RegulatoryApproval),
            ],
        ),
    ],
    "Article 003 cites no study for the life-saving claim. The regulator's word on the one approved product of the ketamine class is the opposite: not known to prevent suicide or reduce suicidal thoughts, and no substitute for hospitalization. Its 2020 approval is narrower: depressive symptoms in adults with major depressive disorder and acute suicidal ideation or behaviour.",
);

const CONVENIENCE: Record = (
    "Is the nasal spray a convenient alternative to infusions?",
    DisagreementKind::Divergence,
    &[
        Side::new(
            "yes: the esketamine spray is a convenient alternative for patients who would rather not have IV infusions",
            &[at(FaqAdministration, Stated)],
        ),
        Side::new(
            "only in a clinic: under its REMS, Spravato is given only in certified healthcare settings, never dispensed for home use, and each dose is followed by at least 2 hours of observation",
            &[Citation::whole(Source::SpravatoRems, RegulatoryApproval)],
        ),
    ],
    "The spray spares a patient the IV line, not the visit: it is no take-home option. Both can hold, but 'convenient' read alone misleads.",
);

const RETIRED_LONG_TERM: Record = (
    "Do the benefits last, and is long-term use known to be safe?",
    DisagreementKind::Retired,
    &[],
    "Retired in 0.3.0: it bundled two questions and called them a contradiction, though neither is one. How long the benefit lasts is Disagreement::BenefitDuration (a drift); whether long-term use is known to be safe is Disagreement::LongTermSafety.",
);

const RETIRED_TARGETS: Record = (
    "Which neurotransmitters do traditional antidepressants target?",
    DisagreementKind::Retired,
    &[],
    "Retired in 0.3.0: not a disagreement. The articles' lists (serotonin, dopamine or norepinephrine; serotonin or norepinephrine; serotonin) differ in length, not in content, and are compatible. The claims stay as plain claims (Comparison::Targets.claims(), Comparison::traditional_target_lists).",
);

const RETIRED_GLUTAMATE: Record = (
    "How should glutamate be described?",
    DisagreementKind::Retired,
    &[],
    "Retired in 0.3.0: not a disagreement. 'The most abundant neurotransmitter' (001), 'the main excitatory neurotransmitter' (004) and 'a part in mood regulation and cognition' (000, 003) answer different questions and are compatible. The claims stay as plain claims (Mechanism::GlutamateSurge.claims()).",
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
            "an established treatment, or one that brings substantial relief: listed without qualification beside depression, promised as a benefit, or said to bring (\"might\") substantial relief",
            &[
                at(KeyTakeaways, Stated),
                at(Section::PtsdBenefitsTeaser, Stated),
                at(FaqPopulations, Preliminary),
            ],
        ),
    ],
    "Article 003 says 'some studies suggest' in its list of uses and 'holds promise' (its table: 'promising results') in its conclusion, yet its FAQ says people with PTSD might find substantial relief, and its takeaways name PTSD, without a qualifier, as something ketamine treats. The crate grades PTSD by the hedged wording.",
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
            &[at(MedicalUses, Preliminary)],
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
