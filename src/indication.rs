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

use crate::Evidence::{ClinicalStudies, Preliminary, StandardPractice, Stated};
use crate::Section::{
    ClinicalEvidence, FaqPopulations, FaqWhatIsKetamine, HistoryOfKetamine, KetamineAndDepression,
    KeyTakeaways, LowDoseTeaser, MedicalUses, Overview, PtsdBenefitsTeaser,
    RevolutionaryTreatmentTitle, UnderstandingKetamine, UnlockingTheMysteriesTitle,
    WhatIsKetaminConclusion, WhatIsKetamine, WhatResearchExists,
};
use crate::benefit::{
    ALTERNATIVE_AFTER_ANTIDEPRESSANTS, APPEALING_WHEN_SEVERE, HOPE_WHERE_OTHERS_FAILED,
    LANDMARK_STUDY, LASTING_EFFECTS_APPEAL, MAJOR_ADVANCE, MAY_TRANSFORM, NEW_ROUTE_TO_RELIEF,
    QUICK_RESPONSE_MATTERS, REPEATED_INFUSIONS_SUSTAIN, SUICIDAL_THOUGHTS_QUICKLY,
};
use crate::comparison::{ACTS_SOONER, WEEKS_FOR_ANTIDEPRESSANTS};
use crate::formulation::OFF_LABEL;
use crate::history::{
    ESKETAMINE_SPRAY_APPROVAL, ESSAY_SPRAY_APPROVAL, EXPLORING_RESISTANT_CONDITIONS,
    FIRST_DEVELOPED_AS_ANESTHETIC, MOOD_AND_PAIN_REPORTED, MOOD_STUDIES, TURNING_POINT,
};
use crate::macros::facts_enum;
use crate::mechanism::{
    OPIOID_AND_PAIN_DEPRESSION, PLASTICITY_IN_PTSD_STUDIED, TRAUMATIC_MEMORIES,
};
use crate::research::{EXPLORED_003, RESEARCH_000, STUDIED_004};
use crate::route::{IV_MOST_COMMON_FOR_DEPRESSION, NASAL_SPRAY_FOR_DEPRESSION};
use crate::{Citation, Claim, Disagreement, Evidence, Route, Section, Source};

facts_enum! {
    /// A condition or use that the sources say ketamine treats, may treat, or is
    /// being studied for.
    ///
    /// Each indication carries every statement the articles make about it
    /// ([`claims`](Self::claims)), each citation at its own source's level, so
    /// [`strongest_evidence`](Self::strongest_evidence) and
    /// [`weakest_evidence`](Self::weakest_evidence) show how far the sources
    /// agree. Several indications take part in a [`Disagreement`] (PTSD,
    /// bipolar depression, chronic pain, children, substance use): check
    /// [`is_contested`](Self::is_contested) before quoting the strongest level.
    ///
    /// `Ord` is declaration order: anesthesia and pain first, then depression
    /// and its forms, then the conditions under study, children last. It is not
    /// an order of evidence.
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
    pub enum Indication ("indication") {
        /// Anesthesia, above all in surgery and emergencies: ketamine's first and
        /// best-established use.
        Anesthesia => "anesthesia" | "anaesthesia" | "surgery" | "surgical anesthesia" | "anesthetic",
        /// Chronic pain conditions (article 003's wording drifts here: see
        /// [`Disagreement::ChronicPainWording`]).
        ChronicPain => "chronic_pain" | "pain" | "pain management" | "chronic pain syndromes",
        /// Depression, including major depressive disorder (MDD).
        Depression => "depression" | "mdd" | "major depressive disorder" | "major depression",
        /// Depression that has not responded to conventional antidepressants.
        TreatmentResistantDepression => "treatment_resistant_depression" | "trd" | "treatment resistant depression" | "medication resistant depression",
        /// Severe depression with acute suicidal thoughts.
        SuicidalIdeation => "suicidal_ideation" | "suicidal thoughts" | "suicidality" | "acute suicidal thoughts",
        /// Post-traumatic stress disorder (see [`Disagreement::PtsdWording`]).
        Ptsd => "ptsd" | "post traumatic stress disorder" | "posttraumatic stress disorder",
        /// Depressive episodes of bipolar disorder (see [`Disagreement::BipolarWording`]).
        BipolarDepression => "bipolar_depression" | "bipolar" | "bipolar disorder",
        /// Anxiety disorders.
        AnxietyDisorders => "anxiety_disorders" | "anxiety" | "anxiety disorder",
        /// Substance use disorders (see [`Disagreement::SubstanceUse`]: a history
        /// of substance abuse is also a caution, told with
        /// [`Precaution::NotForEveryone`](crate::Precaution::NotForEveryone) and
        /// listed under [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse)).
        SubstanceUseDisorders => "substance_use_disorders" | "sud" | "substance use" | "addiction" | "substance use disorder",
        /// Obsessive-compulsive disorder.
        ObsessiveCompulsiveDisorder => "obsessive_compulsive_disorder" | "ocd" | "obsessive compulsive",
        /// Depression tied to pain (article 004, through the opioid system).
        PainRelatedDepression => "pain_related_depression" | "depression with pain",
        /// Severe mood disorders in children and adolescents: one unsupported
        /// sentence in article 003 (see [`Disagreement::PediatricClaim`]).
        PediatricMoodDisorders => "pediatric_mood_disorders" | "pediatric" | "paediatric" | "children",
    }
}

impl Indication {
    /// A readable name for the indication, for prose and tables.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert_eq!(Indication::TreatmentResistantDepression.label(), "treatment-resistant depression");
    /// assert_eq!(Indication::Ptsd.label(), "post-traumatic stress disorder (PTSD)");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Anesthesia => "anesthesia",
            Self::ChronicPain => "chronic pain",
            Self::Depression => "depression (major depressive disorder)",
            Self::TreatmentResistantDepression => "treatment-resistant depression",
            Self::SuicidalIdeation => "severe depression with acute suicidal thoughts",
            Self::Ptsd => "post-traumatic stress disorder (PTSD)",
            Self::BipolarDepression => "bipolar depression",
            Self::AnxietyDisorders => "anxiety disorders",
            Self::SubstanceUseDisorders => "substance use disorders",
            Self::ObsessiveCompulsiveDisorder => "obsessive-compulsive disorder (OCD)",
            Self::PainRelatedDepression => "pain-related depression",
            Self::PediatricMoodDisorders => "severe mood disorders in children",
        }
    }

    /// Everything the articles say of this indication, one claim per statement,
    /// each citation at the level of its own place's wording.
    ///
    /// A claim that names several conditions at once ("anxiety disorders, PTSD
    /// and substance use disorders are being studied") is one value, listed
    /// under each indication it names. A claim whose home is another concept
    /// (a benefit, a history event, a comparison, a mechanism, a research
    /// direction, a route) is that concept's very value, listed here.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, Evidence, Indication, Section};
    ///
    /// // article 003: "Some studies suggest" ketamine may help with PTSD
    /// let hedged = Indication::Ptsd
    ///     .claims()
    ///     .iter()
    ///     .find(|c| c.citations().iter().any(|c| c.cited_section() == Some(Section::MedicalUses)))
    ///     .unwrap();
    /// assert_eq!(hedged.strongest_evidence(), Evidence::Preliminary);
    /// assert!(hedged.disputes().contains(&Disagreement::PtsdWording));
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::Anesthesia => ANESTHESIA,
            Self::ChronicPain => CHRONIC_PAIN,
            Self::Depression => DEPRESSION,
            Self::TreatmentResistantDepression => TRD,
            Self::SuicidalIdeation => SUICIDAL_IDEATION,
            Self::Ptsd => PTSD,
            Self::BipolarDepression => BIPOLAR,
            Self::AnxietyDisorders => ANXIETY,
            Self::SubstanceUseDisorders => SUBSTANCE_USE,
            Self::ObsessiveCompulsiveDisorder => OCD,
            Self::PainRelatedDepression => PAIN_RELATED_DEPRESSION,
            Self::PediatricMoodDisorders => PEDIATRIC,
        }
    }

    /// The routes of administration the articles document for this indication.
    ///
    /// Only routes an article ties to the condition are listed: IV infusion and
    /// the nasal spray for depression (003, 004, 001) and for treatment-resistant
    /// depression (002's infusion studies, the esketamine spray's approval). No
    /// article ties a route to any other indication, nor names a condition for
    /// intramuscular or oral ketamine; those indications return an empty slice
    /// and [`routes_note`](Self::routes_note) says why.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Route};
    ///
    /// assert_eq!(Indication::Depression.routes(), [Route::Iv, Route::Intranasal]);
    /// assert!(Indication::Ptsd.routes().is_empty());
    /// ```
    #[must_use]
    pub const fn routes(self) -> &'static [Route] {
        match self {
            Self::Depression | Self::TreatmentResistantDepression => {
                &[Route::Iv, Route::Intranasal]
            }
            Self::Anesthesia
            | Self::ChronicPain
            | Self::SuicidalIdeation
            | Self::Ptsd
            | Self::BipolarDepression
            | Self::AnxietyDisorders
            | Self::SubstanceUseDisorders
            | Self::ObsessiveCompulsiveDisorder
            | Self::PainRelatedDepression
            | Self::PediatricMoodDisorders => &[],
        }
    }

    /// Why [`routes`](Self::routes) is empty, for every indication without a
    /// documented route; `None` where a route is documented. So every indication
    /// has either a route or a note.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// for indication in Indication::ALL {
    ///     assert_ne!(indication.routes().is_empty(), indication.routes_note().is_none());
    /// }
    /// assert!(Indication::Anesthesia.routes_note().unwrap().contains("no article"));
    /// ```
    #[must_use]
    pub const fn routes_note(self) -> Option<&'static str> {
        match self {
            Self::Depression | Self::TreatmentResistantDepression => None,
            Self::Anesthesia => Some(
                "no article names a route for anesthesia; the articles' routes are those of depression treatment",
            ),
            Self::ChronicPain => Some(
                "no article names a route for chronic pain; the articles speak only of analgesic properties",
            ),
            Self::SuicidalIdeation => Some(
                "no article names a route for suicidal thoughts; article 003 speaks of rapid action only",
            ),
            Self::Ptsd | Self::BipolarDepression | Self::AnxietyDisorders => Some(
                "no article names a route for this condition; the articles give research findings or promise only",
            ),
            Self::SubstanceUseDisorders | Self::ObsessiveCompulsiveDisorder => Some(
                "no article names a route for this condition; it is only under study or showing promise",
            ),
            Self::PainRelatedDepression => Some(
                "no article names a route; article 004 names the condition only as a possible use",
            ),
            Self::PediatricMoodDisorders => Some(
                "no article names a route or a dose for children; the one sentence on them cites no study",
            ),
        }
    }

    /// Every citation of every claim for this indication, claim by claim.
    /// Allocates nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Source};
    ///
    /// assert!(Indication::PediatricMoodDisorders.citations().all(|c| c.source() == Source::WhatIsKetamin));
    /// assert!(Indication::Ptsd.citations().any(|c| c.source() == Source::RiseOfKetamineTherapy));
    /// ```
    pub fn citations(self) -> impl Iterator<Item = Citation> {
        self.claims()
            .iter()
            .flat_map(|claim| claim.citations().iter().copied())
    }

    /// The sources cited for this indication, each once, in [`Source`] order.
    /// Allocates nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Source};
    ///
    /// let sources: Vec<Source> = Indication::ObsessiveCompulsiveDisorder.sources().collect();
    /// assert_eq!(sources, [Source::WhatIsKetamin]);
    /// ```
    pub fn sources(self) -> impl Iterator<Item = Source> {
        Source::ALL
            .iter()
            .copied()
            .filter(move |source| self.claims().iter().any(|claim| claim.cites(*source)))
    }

    /// The strongest level any source gives any claim of this indication.
    ///
    /// This is the most any one place says, not a verdict: for PTSD it is
    /// [`Stated`](Evidence::Stated), from article 003's unqualified takeaways,
    /// although the same article elsewhere says only "some studies suggest"
    /// (see [`Disagreement::PtsdWording`]).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Indication};
    ///
    /// assert_eq!(Indication::Anesthesia.strongest_evidence(), Evidence::StandardPractice);
    /// assert_eq!(Indication::PediatricMoodDisorders.strongest_evidence(), Evidence::Preliminary);
    /// ```
    #[must_use]
    pub const fn strongest_evidence(self) -> Evidence {
        crate::citation::strongest_of_claims(self.claims())
    }

    /// The weakest level any source gives any claim of this indication.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Indication};
    ///
    /// assert_eq!(Indication::Ptsd.weakest_evidence(), Evidence::UnderInvestigation);
    /// assert!(Indication::Depression.weakest_evidence() < Indication::Depression.strongest_evidence());
    /// ```
    #[must_use]
    pub const fn weakest_evidence(self) -> Evidence {
        crate::citation::weakest_of_claims(self.claims())
    }

    /// Whether any claim of this indication takes part in a [`Disagreement`].
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert!(Indication::BipolarDepression.is_contested());
    /// assert!(!Indication::Anesthesia.is_contested());
    /// ```
    #[must_use]
    pub const fn is_contested(self) -> bool {
        let claims = self.claims();
        let mut i = 0;
        while i < claims.len() {
            if claims[i].is_contested() {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Every indication whose [`strongest_evidence`](Self::strongest_evidence)
    /// is at least `level`, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Indication};
    ///
    /// let studied: Vec<Indication> = Indication::at_least(Evidence::ClinicalStudies).collect();
    /// assert_eq!(
    ///     studied,
    ///     [Indication::Anesthesia, Indication::Depression, Indication::TreatmentResistantDepression],
    /// );
    /// assert_eq!(Indication::at_least(Evidence::UnderInvestigation).count(), Indication::ALL.len());
    /// ```
    pub fn at_least(level: Evidence) -> impl Iterator<Item = Indication> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |indication| indication.strongest_evidence().is_at_least(level))
    }

    /// Every indication for which the articles document `route`
    /// (see [`routes`](Self::routes)).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Route};
    ///
    /// let by_spray: Vec<Indication> = Indication::for_route(Route::Intranasal).collect();
    /// assert_eq!(by_spray, [Indication::Depression, Indication::TreatmentResistantDepression]);
    /// assert_eq!(Indication::for_route(Route::Oral).count(), 0);
    /// ```
    pub fn for_route(route: Route) -> impl Iterator<Item = Indication> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |indication| indication.routes().contains(&route))
    }

    /// Whether this is a mental-health indication: everything except
    /// anesthesia and chronic pain.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert!(Indication::PainRelatedDepression.is_mental_health());
    /// assert!(!Indication::ChronicPain.is_mental_health());
    /// ```
    #[must_use]
    pub const fn is_mental_health(self) -> bool {
        !matches!(self, Self::Anesthesia | Self::ChronicPain)
    }

    /// Whether a source calls ketamine a first-line option for this indication.
    ///
    /// - `Some(false)` for every mental-health indication
    ///   ([`is_mental_health`](Self::is_mental_health)): article 000, under
    ///   "What are Therapeutic Uses?", says ketamine is not considered a
    ///   first-line option. That sentence is about mental health care in
    ///   general and names no single condition; it is the claim of
    ///   [`Precaution::NotFirstLine`](crate::Precaution::NotFirstLine).
    /// - `None` for anesthesia and chronic pain: no source says either way.
    ///
    /// No source says `Some(true)` for anything.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert_eq!(Indication::TreatmentResistantDepression.first_line(), Some(false));
    /// assert_eq!(Indication::Anesthesia.first_line(), None);
    /// ```
    #[must_use]
    pub const fn first_line(self) -> Option<bool> {
        if self.is_mental_health() {
            Some(false)
        } else {
            None
        }
    }
}

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const fn whole(source: Source, evidence: Evidence) -> Citation {
    Citation::whole(source, evidence)
}

const OVERVIEW_000: Source = Source::MentalHealthOverview;
const ESSAY: Source = Source::RiseOfKetamineTherapy;
const ARTICLE_003: Source = Source::WhatIsKetamin;

// ---- claims shared by several indications (one value, listed under each) ----

const PROMISE_001: Claim = Claim::new(
    "Ketamine has drawn attention for promising uses against depression, anxiety and other mental health disorders.",
    &[at(RevolutionaryTreatmentTitle, Preliminary)],
);

const PROMISE_002: Claim = Claim::new(
    "Beyond depression, ketamine is showing promise for anxiety disorders and PTSD, and even for substance use disorders.",
    &[whole(ESSAY, Preliminary)],
)
.disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]);

const TAKEAWAY_DEPRESSION_PTSD: Claim = Claim::new(
    "Article 003's takeaways name ketamine, without any qualifier, as a treatment for depression and PTSD.",
    &[at(KeyTakeaways, Stated)],
)
.disputed(&[Disagreement::PtsdWording]);

// The conclusion is hedged: ketamine "holds promise" as a tool against
// depression and PTSD, and its table gives "promising results".
const TABLE_DEPRESSION_PTSD: Claim = Claim::new(
    "Article 003's conclusion and its table call ketamine promising for depression and PTSD.",
    &[at(WhatIsKetaminConclusion, Preliminary)],
)
.disputed(&[Disagreement::PtsdWording]);

const SEVERE_OR_RESISTANT_BENEFIT: Claim = Claim::new(
    "People with severe depression, or whose depression resists treatment, may benefit significantly from ketamine.",
    &[at(FaqPopulations, Preliminary)],
);

// ---- per indication ----
//
// Claims whose home is another concept are listed by value, not restated: a
// history event (first developed as an anesthetic, the late-century studies),
// a benefit (the landmark study, hope), a comparison (onset), a mechanism
// (traumatic memories, the opioid system), a research direction (the
// conditions under study), a route or the approval of the spray.

/// "Numerous studies have demonstrated" that ketamine relieves depression
/// (004). Lives here; [`Benefit::Effectiveness`](crate::Benefit::Effectiveness) lists it.
pub(crate) const NUMEROUS_STUDIES: Claim = Claim::new(
    "Numerous studies have shown that ketamine eases the symptoms of depression.",
    &[at(ClinicalEvidence, ClinicalStudies)],
);

/// Depression as 004 describes it.
const WHAT_DEPRESSION_IS: Claim = Claim::new(
    "Depression is a complex disorder marked by lasting sadness, lost interest and problems with thinking.",
    &[at(KetamineAndDepression, Stated)],
);

/// Depression as article 001's teaser describes it; listed under depression
/// and treatment-resistant depression.
const DEPRESSION_STUBBORN_FOR_SOME: Claim = Claim::new(
    "Depression is a debilitating condition that touches millions of people worldwide, and some have a more stubborn form of it.",
    &[at(LowDoseTeaser, Stated)],
);

/// Ketamine spares breathing while it anesthetizes (001, 003). Lives here;
/// [`HistoryEvent::WidelyUsedAnesthetic`](crate::HistoryEvent::WidelyUsedAnesthetic) lists it.
pub(crate) const BREATHING_PRESERVED: Claim = Claim::new(
    "Ketamine brings on anesthesia while the patient keeps breathing on their own.",
    &[at(WhatIsKetamine, Stated), at(HistoryOfKetamine, Stated)],
);

const ANESTHESIA: &[Claim] = &[
    Claim::new(
        "Ketamine is an anesthetic.",
        &[
            whole(ARTICLE_003, Stated),
            at(WhatIsKetamine, Stated),
            at(UnderstandingKetamine, Stated),
            at(KeyTakeaways, Stated),
        ],
    ),
    Claim::new(
        "Ketamine is best known as an anesthetic.",
        &[
            whole(OVERVIEW_000, Stated),
            at(MedicalUses, Stated),
            at(FaqWhatIsKetamine, Stated),
        ],
    ),
    FIRST_DEVELOPED_AS_ANESTHETIC,
    Claim::new(
        "After its start as an anesthetic, ketamine has been taken up in mental health treatment.",
        &[
            whole(ESSAY, Stated),
            at(Overview, Stated),
            at(UnlockingTheMysteriesTitle, Stated),
        ],
    ),
    // The past-tense accounts (001 "What Is Ketamine?", 003's history) are
    // told with `HistoryEvent::WidelyUsedAnesthetic`.
    Claim::new(
        "Ketamine is used to anesthetize patients for surgery (article 004: for decades).",
        &[
            at(MedicalUses, StandardPractice),
            at(FaqWhatIsKetamine, StandardPractice),
            at(WhatIsKetaminConclusion, StandardPractice),
            at(UnderstandingKetamine, Stated),
        ],
    ),
    Claim::new(
        "Ketamine is used for anesthesia in emergency medicine.",
        &[
            at(MedicalUses, StandardPractice),
            at(FaqWhatIsKetamine, Stated),
        ],
    ),
    Claim::new(
        "Ketamine takes effect quickly, which makes it valuable where anesthesia is needed fast.",
        &[
            at(MedicalUses, Stated),
            at(FaqWhatIsKetamine, Stated),
            at(WhatIsKetaminConclusion, Stated),
        ],
    ),
    BREATHING_PRESERVED,
];

// Article 003 words chronic pain at three strengths; each claim says which.
const CHRONIC_PAIN: &[Claim] = &[
    Claim::new(
        "Article 003's list of medical uses says, hedged with \"can\", that its pain-relieving properties can make ketamine effective for managing chronic pain conditions.",
        &[at(MedicalUses, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "Article 003's FAQ says without a hedge that ketamine is used in pain management to ease chronic pain conditions.",
        &[at(FaqWhatIsKetamine, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "Article 003's table calls ketamine effective for chronic pain syndromes, with no qualifier and no cited evidence.",
        &[at(WhatIsKetaminConclusion, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    MOOD_AND_PAIN_REPORTED,
];

const DEPRESSION: &[Claim] = &[
    WHAT_DEPRESSION_IS,
    DEPRESSION_STUBBORN_FOR_SOME,
    Claim::new(
        "Ketamine has shown promise as a treatment for depression.",
        &[
            at(MedicalUses, Preliminary),
            at(KetamineAndDepression, Preliminary),
        ],
    ),
    Claim::new(
        "Article 003 names major depressive disorder (MDD) as a form of depression for which ketamine is promising.",
        &[at(MedicalUses, Preliminary)],
    ),
    Claim::new(
        "Article 003 calls ketamine an emerging treatment for depression.",
        &[whole(ARTICLE_003, Stated)],
    ),
    PROMISE_001,
    MAY_TRANSFORM,
    MAJOR_ADVANCE,
    NUMEROUS_STUDIES,
    LANDMARK_STUDY,
    REPEATED_INFUSIONS_SUSTAIN,
    MOOD_STUDIES,
    TURNING_POINT,
    ACTS_SOONER,
    WEEKS_FOR_ANTIDEPRESSANTS,
    OFF_LABEL,
    Claim::new(
        "Among the mental health disorders ketamine is used for off-label, depression comes first.",
        &[at(FaqWhatIsKetamine, Stated)],
    ),
    MOOD_AND_PAIN_REPORTED,
    RESEARCH_000,
    TAKEAWAY_DEPRESSION_PTSD,
    TABLE_DEPRESSION_PTSD,
    APPEALING_WHEN_SEVERE,
    HOPE_WHERE_OTHERS_FAILED,
    SEVERE_OR_RESISTANT_BENEFIT,
    IV_MOST_COMMON_FOR_DEPRESSION,
    NASAL_SPRAY_FOR_DEPRESSION,
];

const TRD: &[Claim] = &[
    ESKETAMINE_SPRAY_APPROVAL,
    ESSAY_SPRAY_APPROVAL,
    Claim::new(
        "Studies have shown that ketamine infusions can bring relief to people who have lived for years with depression that conventional antidepressants did not adequately treat.",
        &[whole(ESSAY, ClinicalStudies)],
    ),
    QUICK_RESPONSE_MATTERS,
    Claim::new(
        "Ketamine has become a promising treatment for treatment-resistant depression.",
        &[
            at(MedicalUses, Preliminary),
            at(KetamineAndDepression, Preliminary),
        ],
    ),
    Claim::new(
        "Clinical studies have looked at ketamine in treatment-resistant depression; their results suggest symptoms may improve within hours rather than weeks.",
        &[at(WhatResearchExists, Preliminary)],
    ),
    EXPLORING_RESISTANT_CONDITIONS,
    HOPE_WHERE_OTHERS_FAILED,
    ALTERNATIVE_AFTER_ANTIDEPRESSANTS,
    NEW_ROUTE_TO_RELIEF,
    DEPRESSION_STUBBORN_FOR_SOME,
    Claim::new(
        "A further post on article 001's blog, seen only as a teaser, says low-dose ketamine can help with depression that resists medication.",
        &[at(LowDoseTeaser, Stated)],
    ),
    SEVERE_OR_RESISTANT_BENEFIT,
];

const SUICIDAL_IDEATION: &[Claim] = &[
    APPEALING_WHEN_SEVERE,
    SUICIDAL_THOUGHTS_QUICKLY,
    LASTING_EFFECTS_APPEAL,
];

const PTSD: &[Claim] = &[
    Claim::new(
        "PTSD is a debilitating condition that can weigh heavily on the lives of the people who have it.",
        &[at(PtsdBenefitsTeaser, Stated)],
    ),
    RESEARCH_000,
    PLASTICITY_IN_PTSD_STUDIED,
    STUDIED_004,
    PROMISE_002,
    TRAUMATIC_MEMORIES,
    // "Some studies suggest" (003's list of uses); "might experience
    // substantial relief" (003's FAQ on who may benefit).
    Claim::new(
        "Ketamine may help relieve the symptoms of PTSD.",
        &[at(MedicalUses, Preliminary), at(FaqPopulations, Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    TAKEAWAY_DEPRESSION_PTSD,
    TABLE_DEPRESSION_PTSD,
    Claim::new(
        "A teaser for a further post on article 001's blog promises benefits of ketamine therapy for PTSD, which it says has usually been treated with therapy and medicines such as antidepressants; the excerpt breaks off before any evidence.",
        &[at(PtsdBenefitsTeaser, Stated)],
    )
    .disputed(&[Disagreement::PtsdWording]),
];

const BIPOLAR: &[Claim] = &[
    // "Research indicates potential benefits" (003's list of uses); "might
    // experience substantial relief" (003's FAQ on who may benefit).
    Claim::new(
        "Ketamine may benefit people with bipolar disorder during its depressive episodes.",
        &[at(MedicalUses, Preliminary), at(FaqPopulations, Preliminary)],
    )
    .disputed(&[Disagreement::BipolarWording]),
    Claim::new(
        "Article 003's table lists ketamine, without qualification, as an aid during the depressive episodes of bipolar disorder.",
        &[at(WhatIsKetaminConclusion, Stated)],
    )
    .disputed(&[Disagreement::BipolarWording]),
];

const ANXIETY: &[Claim] = &[
    RESEARCH_000,
    PROMISE_001,
    PROMISE_002,
    STUDIED_004,
    EXPLORED_003,
];

const SUBSTANCE_USE: &[Claim] = &[PROMISE_002, STUDIED_004];

const OCD: &[Claim] = &[EXPLORED_003];

const PAIN_RELATED_DEPRESSION: &[Claim] = &[OPIOID_AND_PAIN_DEPRESSION];

/// Article 003's unsupported claim about children (see [`Disagreement::PediatricClaim`]).
pub(crate) const PEDIATRIC_MAY_BENEFIT: Claim = Claim::new(
    "Children and adolescents with severe mood disorders may also do well on ketamine, given carefully under specialised care for young patients; article 003 cites no study for this.",
    &[at(FaqPopulations, Preliminary)],
)
.disputed(&[Disagreement::PediatricClaim]);

const PEDIATRIC: &[Claim] = &[PEDIATRIC_MAY_BENEFIT];
