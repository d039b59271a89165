//! The benefits the articles claim for ketamine therapy, each at its own evidence level.

use chrono::TimeDelta;

use crate::Evidence::{ClinicalStudies, PatientReports, Preliminary, Stated, UnderInvestigation};
use crate::Section::{
    ClinicalEvidence, FaqBenefits, FaqMechanism, FaqPopulations, FaqWhatIsKetamine,
    FutureOfResearch, Overview, PotentialBenefits, RevolutionaryConclusion,
    RevolutionaryTreatmentTitle, TroubleshootingAndConsiderations, UnlockingConclusion,
    UnlockingTheMysteriesTitle, WhatIsKetaminConclusion, WhatResearchExists,
};
use crate::indication::NUMEROUS_STUDIES;
use crate::macros::facts_enum;
use crate::{
    Citation, Claim, Comparison, Disagreement, Evidence, Indication, Section, SessionExperience,
    Source,
};

facts_enum! {
    /// A benefit that an article claims for ketamine therapy.
    ///
    /// The evidence behind these differs widely, and each claim keeps its own
    /// level: "many patients report" is [`Evidence::PatientReports`], one named
    /// (though unattributed) study is [`Evidence::ClinicalStudies`], and the
    /// articles' enthusiasm ("groundbreaking") is [`Evidence::Stated`]. Claims of
    /// lasting benefit are linked to [`Disagreement::LongTermBenefit`]: the same
    /// articles say long-term effects are not yet known.
    ///
    /// `Ord` is declaration order: whether it works first, then speed, then
    /// duration, then the people helped, then what the experience and the
    /// field offer.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Benefit, Disagreement, Evidence};
    ///
    /// let lasting = &Benefit::LastingEffects.claims()[0];
    /// assert!(lasting.disputes().contains(&Disagreement::LongTermBenefit));
    /// assert_eq!(
    ///     Benefit::RapidRelief.claims()[0].weakest_evidence(),
    ///     Evidence::PatientReports,
    /// );
    /// ```
    #[non_exhaustive]
    pub enum Benefit ("benefit") {
        /// That the therapy works: what the articles say of its effectiveness.
        Effectiveness => "effectiveness" | "effective" | "efficacy",
        /// Relief within hours of a first session.
        RapidRelief => "rapid_relief" | "rapid" | "fast relief" | "rapid onset",
        /// Improvement that lasts after only a few sessions.
        LastingEffects => "lasting_effects" | "long lasting effects" | "sustained improvement",
        /// Repeated infusions keeping the effect going over time.
        SustainedByRepeatedInfusions => "sustained_by_repeated_infusions" | "repeated infusions" | "maintenance",
        /// The study of a single infusion that article 004 reports: symptoms fell within 24 hours.
        SingleInfusionStudy => "single_infusion_study" | "landmark study" | "single infusion",
        /// Quick help with acute suicidal thoughts.
        AcuteSuicidalThoughts => "acute_suicidal_thoughts" | "suicidal thoughts",
        /// An option when several antidepressants have failed.
        OptionWhenOthersFail => "option_when_others_fail" | "alternative" | "when others fail",
        /// What people report of the experience: an inward journey, clarity, introspection.
        ReportedExperience => "reported_experience" | "introspection" | "clarity",
        /// Ketamine as a tool that sets therapy going, rather than a medication only.
        TherapeuticTool => "therapeutic_tool" | "tool rather than medication" | "catalyst",
        /// Hope, and new avenues of treatment, for people other treatments have failed.
        Hope => "hope" | "new avenue" | "new avenues",
    }
}

impl Benefit {
    /// Everything the articles say of this benefit, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Benefit, Evidence};
    ///
    /// let study = &Benefit::SingleInfusionStudy.claims()[0];
    /// assert!(study.mentions("American Journal of Psychiatry"));
    /// assert_eq!(study.strongest_evidence(), Evidence::ClinicalStudies);
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::Effectiveness => EFFECTIVENESS,
            Self::RapidRelief => RAPID_RELIEF,
            Self::LastingEffects => LASTING_EFFECTS,
            Self::SustainedByRepeatedInfusions => REPEATED_INFUSIONS,
            Self::SingleInfusionStudy => SINGLE_INFUSION,
            Self::AcuteSuicidalThoughts => SUICIDAL_THOUGHTS,
            Self::OptionWhenOthersFail => WHEN_OTHERS_FAIL,
            Self::ReportedExperience => REPORTED_EXPERIENCE,
            Self::TherapeuticTool => THERAPEUTIC_TOOL,
            Self::Hope => HOPE,
        }
    }

    /// The conditions the benefit is claimed for, where the articles tie it to
    /// one (the evidence for each condition lives with [`Indication`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Benefit, Indication};
    ///
    /// assert_eq!(Benefit::AcuteSuicidalThoughts.indications(), [Indication::SuicidalIdeation]);
    /// assert!(Benefit::Hope.indications().is_empty());
    /// ```
    #[must_use]
    pub const fn indications(self) -> &'static [Indication] {
        match self {
            Self::Effectiveness
            | Self::SingleInfusionStudy
            | Self::SustainedByRepeatedInfusions => &[Indication::Depression],
            Self::AcuteSuicidalThoughts => &[Indication::SuicidalIdeation],
            Self::OptionWhenOthersFail => &[Indication::TreatmentResistantDepression],
            Self::RapidRelief
            | Self::LastingEffects
            | Self::ReportedExperience
            | Self::TherapeuticTool
            | Self::Hope => &[],
        }
    }

    /// The comparison with traditional antidepressants that the benefit rests
    /// on, if any: rapid relief is the [`Comparison::Onset`]; an option when
    /// others fail answers the [`Comparison::UnmetNeed`].
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Benefit, Comparison};
    ///
    /// assert_eq!(Benefit::RapidRelief.comparison(), Some(Comparison::Onset));
    /// assert_eq!(Benefit::TherapeuticTool.comparison(), None);
    /// ```
    #[must_use]
    pub const fn comparison(self) -> Option<Comparison> {
        match self {
            Self::RapidRelief => Some(Comparison::Onset),
            Self::OptionWhenOthersFail => Some(Comparison::UnmetNeed),
            Self::Effectiveness
            | Self::LastingEffects
            | Self::SustainedByRepeatedInfusions
            | Self::SingleInfusionStudy
            | Self::AcuteSuicidalThoughts
            | Self::ReportedExperience
            | Self::TherapeuticTool
            | Self::Hope => None,
        }
    }

    /// The time within which an effect was reported, where an article gives a
    /// figure: 24 hours for the single-infusion study (article 004). The other
    /// benefits have no figure ("within hours" is an
    /// [`OnsetScale`](crate::OnsetScale), not a number).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::TimeDelta;
    /// use ketamine_facts::Benefit;
    ///
    /// assert_eq!(Benefit::SingleInfusionStudy.reported_within(), Some(TimeDelta::hours(24)));
    /// assert_eq!(Benefit::RapidRelief.reported_within(), None);
    /// ```
    #[must_use]
    pub const fn reported_within(self) -> Option<TimeDelta> {
        match self {
            Self::SingleInfusionStudy => Some(WITHIN_24_HOURS),
            Self::Effectiveness
            | Self::RapidRelief
            | Self::LastingEffects
            | Self::SustainedByRepeatedInfusions
            | Self::AcuteSuicidalThoughts
            | Self::OptionWhenOthersFail
            | Self::ReportedExperience
            | Self::TherapeuticTool
            | Self::Hope => None,
        }
    }

    /// What patients go through in a session that bears on this benefit (the
    /// facts live with [`SessionExperience`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Benefit, SessionExperience};
    ///
    /// assert_eq!(
    ///     Benefit::ReportedExperience.session_experiences(),
    ///     [SessionExperience::EmotionalRelease],
    /// );
    /// ```
    #[must_use]
    pub const fn session_experiences(self) -> &'static [SessionExperience] {
        match self {
            Self::RapidRelief => &[SessionExperience::ImprovementAfterSession],
            Self::ReportedExperience => &[SessionExperience::EmotionalRelease],
            Self::Effectiveness
            | Self::LastingEffects
            | Self::SustainedByRepeatedInfusions
            | Self::SingleInfusionStudy
            | Self::AcuteSuicidalThoughts
            | Self::OptionWhenOthersFail
            | Self::TherapeuticTool
            | Self::Hope => &[],
        }
    }
}

/// The window of the single-infusion study in article 004.
const WITHIN_24_HOURS: TimeDelta = TimeDelta::hours(24);

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const ESSAY: Source = Source::RiseOfKetamineTherapy;

// "Numerous studies have demonstrated" ketamine's efficacy in depression lives
// with `Indication::Depression` and is listed here.
const EFFECTIVENESS: &[Claim] = &[
    NUMEROUS_STUDIES,
    Claim::new(
        "Article 004 says ketamine therapy can be highly effective.",
        &[at(TroubleshootingAndConsiderations, Stated)],
    ),
];

/// A quicker response matters for acute or severe symptoms (000, 002). Lives
/// here; [`Indication::TreatmentResistantDepression`](crate::Indication::TreatmentResistantDepression) lists it.
pub(crate) const QUICK_RESPONSE_MATTERS: Claim = Claim::new(
    "A quicker response matters for people with acute or severe symptoms.",
    &[
        at(WhatResearchExists, Preliminary),
        Citation::whole(ESSAY, Stated),
    ],
);

const RAPID_RELIEF: &[Claim] = &[
    Claim::new(
        "Many patients report that they feel better within hours of their first infusion or session.",
        &[
            at(PotentialBenefits, PatientReports),
            at(FaqBenefits, PatientReports),
        ],
    ),
    Claim::new(
        "The speed of its effect is one of ketamine's main attractions.",
        &[
            Citation::whole(Source::WhatIsKetamin, Stated),
            at(PotentialBenefits, Stated),
            at(FaqBenefits, Stated),
        ],
    ),
    QUICK_RESPONSE_MATTERS,
];

/// Article 003's FAQ: the lasting effects make ketamine appealing in severe
/// depression or acute suicidal thoughts. Lives here;
/// [`Indication::SuicidalIdeation`](crate::Indication::SuicidalIdeation) lists it.
pub(crate) const LASTING_EFFECTS_APPEAL: Claim = Claim::new(
    "Article 003's FAQ says that lasting effects after a few treatments make ketamine particularly appealing for people with severe depression or acute suicidal thoughts.",
    &[at(FaqBenefits, Stated)],
);

const LASTING_EFFECTS: &[Claim] = &[
    // "Some studies show" (Potential Benefits); "studies indicate that some
    // individuals experience" (FAQ).
    Claim::new(
        "Some studies find lasting improvement after only a few sessions, at least in some people.",
        &[
            at(PotentialBenefits, ClinicalStudies),
            at(FaqBenefits, ClinicalStudies),
        ],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    LASTING_EFFECTS_APPEAL,
];

/// Repeated infusions sustaining the effect (004). Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const REPEATED_INFUSIONS_SUSTAIN: Claim = Claim::new(
    "One study indicated that repeated infusions could keep the effect going over time, which article 004 takes to make ketamine an option for managing depression long term.",
    &[at(ClinicalEvidence, Preliminary)],
)
.disputed(&[Disagreement::LongTermBenefit]);

const REPEATED_INFUSIONS: &[Claim] = &[REPEATED_INFUSIONS_SUSTAIN];

/// The single-infusion study article 004 reports. Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const LANDMARK_STUDY: Claim = Claim::new(
    "Article 004 reports what it calls a landmark study in the American Journal of Psychiatry: one intravenous infusion brought a significant drop in depressive symptoms within 24 hours. The article names neither authors nor year.",
    &[at(ClinicalEvidence, ClinicalStudies)],
);

const SINGLE_INFUSION: &[Claim] = &[LANDMARK_STUDY];

/// Quick action on acute suicidal thoughts, which can save lives (003).
/// Lives here; [`Indication::SuicidalIdeation`](crate::Indication::SuicidalIdeation) lists it.
pub(crate) const SUICIDAL_THOUGHTS_QUICKLY: Claim = Claim::new(
    "Article 003 says that ketamine can address acute suicidal thoughts quickly and that this can save lives.",
    &[at(PotentialBenefits, Stated)],
);

/// Speed makes ketamine appealing in severe depression or suicidal thoughts
/// (003). Lives here; [`Indication::Depression`](crate::Indication::Depression)
/// and [`Indication::SuicidalIdeation`](crate::Indication::SuicidalIdeation) list it.
pub(crate) const APPEALING_WHEN_SEVERE: Claim = Claim::new(
    "Ketamine's speed makes it particularly appealing for people with severe depression or suicidal thoughts.",
    &[at(Overview, Stated)],
);

const SUICIDAL_THOUGHTS: &[Claim] = &[SUICIDAL_THOUGHTS_QUICKLY, APPEALING_WHEN_SEVERE];

/// An alternative after several antidepressants failed (003). Lives here;
/// [`Indication::TreatmentResistantDepression`](crate::Indication::TreatmentResistantDepression) lists it.
pub(crate) const ALTERNATIVE_AFTER_ANTIDEPRESSANTS: Claim = Claim::new(
    "For people who have tried several antidepressants without success, ketamine is an alternative.",
    &[at(PotentialBenefits, Stated), at(FaqBenefits, Stated)],
);

/// A new route to relief where conventional treatment failed (003). Lives
/// here; [`Indication::TreatmentResistantDepression`](crate::Indication::TreatmentResistantDepression) lists it.
pub(crate) const NEW_ROUTE_TO_RELIEF: Claim = Claim::new(
    "Ketamine opens a new route to relief for people whom conventional treatment, traditional antidepressants included, has not helped.",
    &[
        at(Overview, Stated),
        at(FaqWhatIsKetamine, Stated),
        at(FaqPopulations, Stated),
    ],
);

const WHEN_OTHERS_FAIL: &[Claim] = &[ALTERNATIVE_AFTER_ANTIDEPRESSANTS, NEW_ROUTE_TO_RELIEF];

/// What many people say the experience is like (article 002). Lives here;
/// [`SideEffect::Dissociation`](crate::SideEffect::Dissociation) and
/// [`Mechanism::DissociativeState`](crate::Mechanism::DissociativeState) list it.
pub(crate) const INWARD_JOURNEY: Claim = Claim::new(
    "Many people describe the experience as a journey inward, through their own consciousness, with new clarity and introspection.",
    &[Citation::whole(ESSAY, PatientReports)],
)
.disputed(&[Disagreement::DissociationRole]);

const REPORTED_EXPERIENCE: &[Claim] = &[
    INWARD_JOURNEY,
    Claim::new(
        "Article 002 puts this exploration of the inner world at the centre of ketamine therapy.",
        &[Citation::whole(ESSAY, Stated)],
    ),
];

/// "A psychiatric tool rather than a medication" (002). Lives here;
/// [`Mechanism::DissociativeState`](crate::Mechanism::DissociativeState) lists it.
pub(crate) const PSYCHIATRIC_TOOL: Claim = Claim::new(
    "Some researchers and clinicians call ketamine a psychiatric tool rather than a medication: its role is to set therapeutic processes going, not only to relieve symptoms.",
    &[Citation::whole(ESSAY, Stated)],
)
.disputed(&[Disagreement::DissociationRole]);

const THERAPEUTIC_TOOL: &[Claim] = &[PSYCHIATRIC_TOOL];

/// Hope for people traditional therapies have not helped (000, 001, 003).
/// Lives here; the depression indications list it.
pub(crate) const HOPE_WHERE_OTHERS_FAILED: Claim = Claim::new(
    "Ketamine brings hope to people whom traditional therapies have not helped.",
    &[
        Citation::whole(Source::MentalHealthOverview, UnderInvestigation),
        at(RevolutionaryConclusion, Stated),
        at(Overview, Stated),
        at(PotentialBenefits, Stated),
        at(FaqMechanism, Stated),
        at(FaqBenefits, Stated),
        at(WhatIsKetaminConclusion, Stated),
    ],
);

/// The articles' "groundbreaking", "significant advancement". Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const MAJOR_ADVANCE: Claim = Claim::new(
    "The articles present ketamine as a major advance in mental health treatment.",
    &[
        at(RevolutionaryConclusion, Stated),
        at(WhatIsKetaminConclusion, Stated),
        at(UnlockingTheMysteriesTitle, Stated),
        at(UnlockingConclusion, Stated),
    ],
);

/// "Transformative", hedged. Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const MAY_TRANSFORM: Claim = Claim::new(
    "Ketamine may prove transformative for mental health care.",
    &[
        at(RevolutionaryTreatmentTitle, Preliminary),
        at(WhatIsKetaminConclusion, Preliminary),
        at(UnlockingConclusion, Preliminary),
    ],
);

const HOPE: &[Claim] = &[
    HOPE_WHERE_OTHERS_FAILED,
    Claim::new(
        "The research under way gives hope to people looking for relief from debilitating conditions.",
        &[at(FutureOfResearch, UnderInvestigation)],
    ),
    MAJOR_ADVANCE,
    MAY_TRANSFORM,
    Claim::new(
        "Ketamine may open the way to new kinds of therapy.",
        &[
            at(UnlockingTheMysteriesTitle, Stated),
            at(UnlockingConclusion, Preliminary),
        ],
    ),
];
