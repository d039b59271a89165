//! Research directions: what the articles say is still being studied.

use crate::Evidence::{Preliminary, Stated, UnderInvestigation};
use crate::Section::{
    CombiningWithOtherTherapies, FaqOngoingResearch, FutureOfResearch, HowDoesKetamineWork,
    KeyTakeaways, MovingForward, Overview, ResearchAndFutureDirections, RevolutionaryConclusion,
    WhatAreSafetyAndConsiderations, WhatIsKetaminConclusion, WhatResearchExists,
};
use crate::history::RECENT_ATTENTION;
use crate::macros::facts_enum;
use crate::{Citation, Claim, Disagreement, Evidence, Indication, Section};

facts_enum! {
    /// A question the articles say research is working on.
    ///
    /// Nearly every claim here is [`Evidence::UnderInvestigation`]: the articles
    /// report that a question is being studied, not what the answer is. Read
    /// them as what is *not yet known*. The conditions under study are linked to
    /// [`Indication`] values by [`indications`](Self::indications); the evidence
    /// for each condition lives there.
    ///
    /// `Ord` is declaration order: the open questions about ketamine alone, then
    /// combinations, then the field as a whole.
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
    pub enum ResearchDirection ("research direction") {
        /// How long the benefits last, and the long-term effects of treatment.
        LongTermEffects => "long_term_effects" | "long term efficacy" | "durability",
        /// The best dosing strategies.
        OptimalDosing => "optimal_dosing" | "dosing" | "dosing strategies",
        /// Conditions beyond depression: anxiety, OCD, PTSD, substance use disorders.
        BroaderConditions => "broader_conditions" | "broader applications" | "other conditions",
        /// Ketamine together with psychotherapy.
        CombinationWithPsychotherapy => "combination_with_psychotherapy" | "psychotherapy",
        /// Ketamine together with other psychedelics.
        CombinationWithPsychedelics => "combination_with_psychedelics" | "psychedelics",
        /// Ketamine together with other psychotropic medications.
        CombinationWithMedications => "combination_with_medications" | "psychotropic medications" | "medications",
        /// How ketamine works in the brain.
        Mechanisms => "mechanisms" | "mechanism" | "how it works",
        /// The field as a whole: young, growing, still being shaped by research.
        EmergingField => "emerging_field" | "field" | "outlook",
    }
}

impl ResearchDirection {
    /// Everything the articles say of this direction, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ResearchDirection, Source};
    ///
    /// let claim = &ResearchDirection::CombinationWithMedications.claims()[0];
    /// assert!(claim.cites(Source::UnlockingTheMysteries));
    /// assert!(claim.mentions("psychotropic"));
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::LongTermEffects => LONG_TERM,
            Self::OptimalDosing => DOSING,
            Self::BroaderConditions => BROADER,
            Self::CombinationWithPsychotherapy => WITH_PSYCHOTHERAPY,
            Self::CombinationWithPsychedelics => WITH_PSYCHEDELICS,
            Self::CombinationWithMedications => WITH_MEDICATIONS,
            Self::Mechanisms => MECHANISMS,
            Self::EmergingField => EMERGING_FIELD,
        }
    }

    /// The conditions this direction studies (beyond depression, which is
    /// ketamine's main use). Empty for directions not tied to a condition.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, ResearchDirection};
    ///
    /// assert_eq!(
    ///     ResearchDirection::BroaderConditions.indications(),
    ///     [
    ///         Indication::AnxietyDisorders,
    ///         Indication::ObsessiveCompulsiveDisorder,
    ///         Indication::Ptsd,
    ///         Indication::SubstanceUseDisorders,
    ///     ],
    /// );
    /// assert!(ResearchDirection::OptimalDosing.indications().is_empty());
    /// ```
    #[must_use]
    pub const fn indications(self) -> &'static [Indication] {
        match self {
            Self::BroaderConditions => &[
                Indication::AnxietyDisorders,
                Indication::ObsessiveCompulsiveDisorder,
                Indication::Ptsd,
                Indication::SubstanceUseDisorders,
            ],
            Self::LongTermEffects
            | Self::OptimalDosing
            | Self::CombinationWithPsychotherapy
            | Self::CombinationWithPsychedelics
            | Self::CombinationWithMedications
            | Self::Mechanisms
            | Self::EmergingField => &[],
        }
    }

    /// Whether this direction studies ketamine combined with another treatment.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ResearchDirection;
    ///
    /// let combinations = ResearchDirection::ALL.iter().filter(|d| d.is_combination()).count();
    /// assert_eq!(combinations, 3);
    /// ```
    #[must_use]
    pub const fn is_combination(self) -> bool {
        matches!(
            self,
            Self::CombinationWithPsychotherapy
                | Self::CombinationWithPsychedelics
                | Self::CombinationWithMedications
        )
    }
}

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const LONG_TERM: &[Claim] = &[
    Claim::new(
        "Researchers are studying how long the benefits last when ketamine is given regularly over time.",
        &[
            at(FutureOfResearch, UnderInvestigation),
            at(KeyTakeaways, UnderInvestigation),
            at(FaqOngoingResearch, UnderInvestigation),
        ],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "Ketamine's long-term effects are not yet understood and need further study.",
        &[
            at(WhatResearchExists, UnderInvestigation),
            at(ResearchAndFutureDirections, UnderInvestigation),
        ],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
];

const DOSING: &[Claim] = &[Claim::new(
    "Research is looking for the best dosing strategies.",
    &[at(ResearchAndFutureDirections, UnderInvestigation)],
)];

/// Article 003's broader conditions: anxiety disorders, OCD. Lives here; the
/// indications it names list it.
pub(crate) const EXPLORED_003: Claim = Claim::new(
    "Article 003: studies are exploring whether anxiety disorders or obsessive-compulsive disorder might respond as depression does.",
    &[
        at(FutureOfResearch, UnderInvestigation),
        at(FaqOngoingResearch, UnderInvestigation),
    ],
);

/// Article 004's broader conditions: anxiety disorders, PTSD, substance use
/// disorders. Lives here; the indications it names list it.
pub(crate) const STUDIED_004: Claim = Claim::new(
    "Article 004: studies are looking at ketamine for anxiety disorders, PTSD and substance use disorders too.",
    &[at(ResearchAndFutureDirections, UnderInvestigation)],
)
.disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]);

/// Article 000's research list: depression, anxiety disorders, PTSD. Lives
/// here; the indications it names list it.
pub(crate) const RESEARCH_000: Claim = Claim::new(
    "Article 000: ongoing research has looked at ketamine for depression, anxiety disorders and PTSD.",
    &[at(WhatResearchExists, UnderInvestigation)],
)
.disputed(&[Disagreement::PtsdWording]);

const BROADER: &[Claim] = &[
    Claim::new(
        "Which mental health conditions ketamine can help is still being investigated.",
        &[
            at(WhatResearchExists, UnderInvestigation),
            at(MovingForward, UnderInvestigation),
            at(FutureOfResearch, UnderInvestigation),
            at(KeyTakeaways, UnderInvestigation),
            at(ResearchAndFutureDirections, UnderInvestigation),
        ],
    ),
    EXPLORED_003,
    STUDIED_004,
    RESEARCH_000,
];

const WITH_PSYCHOTHERAPY: &[Claim] = &[Claim::new(
    "Researchers are investigating whether adding psychotherapy to ketamine treatment improves outcomes (article 004: psychotherapy during or after the sessions).",
    &[
        at(FutureOfResearch, UnderInvestigation),
        at(FaqOngoingResearch, UnderInvestigation),
        at(CombiningWithOtherTherapies, UnderInvestigation),
    ],
)];

const WITH_PSYCHEDELICS: &[Claim] = &[Claim::new(
    "Some researchers are exploring whether ketamine works better combined with other psychedelics or therapies, hoping for better outcomes across a wider range of symptoms.",
    &[at(CombiningWithOtherTherapies, UnderInvestigation)],
)];

const WITH_MEDICATIONS: &[Claim] = &[Claim::new(
    "One combination under exploration is ketamine used together with other psychotropic medications.",
    &[at(CombiningWithOtherTherapies, UnderInvestigation)],
)];

/// How ketamine works is still being studied (001, 003, 004). Lives here;
/// [`Mechanism::overview`](crate::Mechanism::overview) lists it.
pub(crate) const MECHANISM_STILL_STUDIED: Claim = Claim::new(
    "Exactly how ketamine acts on the brain is not yet fully known and is still being studied.",
    &[
        at(HowDoesKetamineWork, UnderInvestigation),
        at(Overview, UnderInvestigation),
        at(FutureOfResearch, UnderInvestigation),
        at(ResearchAndFutureDirections, UnderInvestigation),
    ],
);

const MECHANISMS: &[Claim] = &[MECHANISM_STILL_STUDIED];

const EMERGING_FIELD: &[Claim] = &[
    Claim::new(
        "Ketamine in mental health is still seen as an emerging field, and how best to put it into practice needs further study.",
        &[at(WhatResearchExists, Stated)],
    ),
    RECENT_ATTENTION,
    Claim::new(
        "Understanding of ketamine's place in mental health care is still developing as research goes on.",
        &[
            at(RevolutionaryConclusion, UnderInvestigation),
            at(FutureOfResearch, UnderInvestigation),
            at(FaqOngoingResearch, UnderInvestigation),
            at(WhatIsKetaminConclusion, UnderInvestigation),
        ],
    ),
    Claim::new(
        "Article 003 expects research to bring ketamine wider acceptance in clinical settings.",
        &[at(WhatIsKetaminConclusion, UnderInvestigation)],
    ),
    Claim::new(
        "New research keeps refining best practice for medical use, within professional standards.",
        &[at(WhatAreSafetyAndConsiderations, UnderInvestigation)],
    ),
    Claim::new(
        "For people looking into new treatments, ketamine is a promising area to follow.",
        &[at(MovingForward, Preliminary)],
    ),
];
