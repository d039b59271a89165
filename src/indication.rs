//! Indications: what ketamine is used, or studied, for.
//!
//! Every statement the five articles make about a use of ketamine is a
//! [`Claim`] here, cited by section heading at the level of that place's own
//! wording. Two readings of the word "may" are kept apart: a "may" that hedges
//! whether ketamine *works* ("ketamine may help reduce symptoms") makes the
//! citation [`Preliminary`](Evidence::Preliminary); a "may" that only says what
//! a provider can do ("professionals may give ketamine to ...") is a plain
//! statement ([`Stated`](Evidence::Stated)).
//!
//! Claims that say the same thing as a route claim are not copied: they are the
//! very [`Claim`] values of [`Route::claims`], linked here by value (for
//! example the FDA approval of the esketamine spray for treatment-resistant
//! depression).

use crate::Evidence::{
    ClinicalStudies, PatientReports, Preliminary, StandardPractice, Stated, UnderInvestigation,
};
use crate::Section::{
    ClinicalEvidence, FaqBenefits, FaqMechanism, FaqOngoingResearch, FaqPopulations,
    FaqWhatIsKetamine, FutureOfResearch, HistoryOfKetamine, HowDoesKetamineAffectsTheBrain,
    HowDoesKetamineWork, KetamineAndDepression, KeyTakeaways, LowDoseTeaser, MedicalUses,
    MovingForward, Overview, PotentialBenefits, PtsdBenefitsTeaser, ResearchAndFutureDirections,
    RevolutionaryConclusion, RevolutionaryTreatmentTitle, RoleOfClinics, RoleOfNeurochemistry,
    UnderstandingKetamine, UnlockingConclusion, UnlockingTheMysteriesTitle, WhatAreTherapeuticUses,
    WhatIsKetaminConclusion, WhatIsKetamine, WhatResearchExists,
};
use crate::macros::facts_enum;
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
        /// of substance abuse is also a caution, kept under
        /// [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse)).
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
    /// under each indication it names.
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

    /// What the articles say of ketamine's place in mental health care as a
    /// whole, naming no single condition: not a first-line option, used
    /// off-label, a complement rather than a replacement, still being explored.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Indication, Section};
    ///
    /// let first_line = &Indication::general_claims()[0];
    /// assert!(first_line.mentions("first-line"));
    /// assert_eq!(first_line.citations()[0].cited_section(), Some(Section::WhatAreTherapeuticUses));
    /// ```
    #[must_use]
    pub const fn general_claims() -> &'static [Claim] {
        GENERAL
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
        let claims = self.claims();
        let mut best = Evidence::UnderInvestigation;
        let mut i = 0;
        while i < claims.len() {
            let level = claims[i].strongest_evidence();
            if !best.is_at_least(level) {
                best = level;
            }
            i += 1;
        }
        best
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
        let claims = self.claims();
        let mut worst = Evidence::RegulatoryApproval;
        let mut i = 0;
        while i < claims.len() {
            let level = claims[i].weakest_evidence();
            if worst.is_at_least(level) {
                worst = level;
            }
            i += 1;
        }
        worst
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
    ///   general and names no single condition; it is
    ///   [`general_claims`](Self::general_claims)`()[0]`.
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

// Route claims linked by value (one place per fact: they live in `route.rs`).
/// "IV infusion is the most common way ketamine is given to treat depression."
const IV_MOST_COMMON_FOR_DEPRESSION: Claim = Route::Iv.claims()[0];
/// The esketamine spray (Spravato) has FDA approval for treatment-resistant depression.
const SPRAVATO_APPROVED_FOR_TRD: Claim = Route::Intranasal.claims()[0];
/// Article 002's version: "the FDA approved a ketamine nasal spray".
const ESSAY_SPRAY_APPROVAL: Claim = Route::Intranasal.claims()[2];
/// Article 001's teaser: the nasal spray for conditions such as depression.
const SPRAY_FOR_DEPRESSION: Claim = Route::Intranasal.claims()[3];

// Compile-time guards: should `route.rs` reorder its claims, the build fails
// here rather than linking the wrong fact.
const _: () = {
    assert!(matches!(
        IV_MOST_COMMON_FOR_DEPRESSION.strongest_evidence(),
        StandardPractice
    ));
    assert!(IV_MOST_COMMON_FOR_DEPRESSION.cites(ARTICLE_003));
    assert!(matches!(
        SPRAVATO_APPROVED_FOR_TRD.strongest_evidence(),
        Evidence::RegulatoryApproval
    ));
    assert!(SPRAVATO_APPROVED_FOR_TRD.cites(ARTICLE_003));
    assert!(ESSAY_SPRAY_APPROVAL.cites(ESSAY) && !ESSAY_SPRAY_APPROVAL.cites(ARTICLE_003));
    assert!(matches!(
        ESSAY_SPRAY_APPROVAL.strongest_evidence(),
        Evidence::RegulatoryApproval
    ));
    assert!(matches!(
        SPRAY_FOR_DEPRESSION.citations()[0].cited_section(),
        Some(Section::NasalSprayTeaser)
    ));
};

// ---- claims shared by several indications (one value, listed under each) ----

const RESEARCH_000: Claim = Claim::new(
    "Ongoing research has looked at ketamine's potential for depression, anxiety disorders and PTSD.",
    &[at(WhatResearchExists, UnderInvestigation)],
)
.disputed(&[Disagreement::PtsdWording]);

const PROMISE_001: Claim = Claim::new(
    "Ketamine has drawn attention for promising uses against depression, anxiety and other mental health disorders.",
    &[at(RevolutionaryTreatmentTitle, Preliminary)],
);

const PROMISE_002: Claim = Claim::new(
    "Beyond depression, ketamine is showing promise for anxiety disorders and PTSD, and even for substance use disorders.",
    &[whole(ESSAY, Preliminary)],
)
.disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]);

const STUDIED_004: Claim = Claim::new(
    "Studies are looking into how well ketamine works for anxiety disorders, for PTSD and for substance use disorders.",
    &[at(ResearchAndFutureDirections, UnderInvestigation)],
)
.disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]);

const EXPLORED_003: Claim = Claim::new(
    "Studies are exploring whether anxiety disorders or obsessive-compulsive disorder could benefit from treatment like that used for depression.",
    &[
        at(FutureOfResearch, UnderInvestigation),
        at(FaqOngoingResearch, UnderInvestigation),
    ],
);

const TAKEAWAY_DEPRESSION_PTSD: Claim = Claim::new(
    "Article 003's takeaways and conclusion name ketamine, without any qualifier, as a treatment for depression and PTSD.",
    &[at(KeyTakeaways, Stated), at(WhatIsKetaminConclusion, Stated)],
)
.disputed(&[Disagreement::PtsdWording]);

const TABLE_DEPRESSION_PTSD: Claim = Claim::new(
    "Article 003's table credits ketamine with promising results for depression and PTSD.",
    &[at(WhatIsKetaminConclusion, Preliminary)],
)
.disputed(&[Disagreement::PtsdWording]);

const SEVERE_OR_SUICIDAL: Claim = Claim::new(
    "Ketamine's speed makes it particularly appealing for people with severe depression or suicidal thoughts.",
    &[at(Overview, Stated), at(FaqBenefits, Stated)],
);

const SEVERE_OR_RESISTANT_HOPE: Claim = Claim::new(
    "Through its different mechanism, ketamine offers hope for people with severe depression or conditions that resist treatment.",
    &[at(FaqMechanism, Stated)],
);

const SEVERE_OR_RESISTANT_BENEFIT: Claim = Claim::new(
    "People with severe depression, or whose depression resists treatment, may benefit significantly from ketamine.",
    &[at(FaqPopulations, Preliminary)],
);

const PTSD_OR_BIPOLAR_RELIEF: Claim = Claim::new(
    "People with PTSD, or with bipolar disorder in a depressive episode, might find substantial relief when ketamine is part of their treatment plan.",
    &[at(FaqPopulations, Preliminary)],
)
.disputed(&[Disagreement::PtsdWording, Disagreement::BipolarWording]);

// ---- per indication ----

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
    Claim::new(
        "Ketamine was first developed as an anesthetic and only later taken up in mental health care.",
        &[
            at(RevolutionaryTreatmentTitle, Stated),
            whole(ESSAY, Stated),
            at(Overview, Stated),
            at(UnlockingTheMysteriesTitle, Stated),
        ],
    ),
    Claim::new(
        "Ketamine is widely used to anesthetize patients for surgery.",
        &[
            at(WhatIsKetamine, StandardPractice),
            at(HistoryOfKetamine, StandardPractice),
            at(MedicalUses, StandardPractice),
            at(FaqWhatIsKetamine, StandardPractice),
            at(WhatIsKetaminConclusion, StandardPractice),
        ],
    ),
    Claim::new(
        "Ketamine has been used in surgical settings for decades.",
        &[at(UnderstandingKetamine, Stated)],
    ),
    Claim::new(
        "Ketamine is used for anesthesia in emergency medicine.",
        &[
            at(WhatIsKetamine, StandardPractice),
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
    Claim::new(
        "Ketamine brings on anesthesia while the patient keeps breathing on their own.",
        &[at(WhatIsKetamine, Stated), at(HistoryOfKetamine, Stated)],
    ),
];

const CHRONIC_PAIN: &[Claim] = &[
    Claim::new(
        "Because it relieves pain, ketamine can be effective for managing chronic pain conditions.",
        &[at(MedicalUses, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "Ketamine is used in pain management to ease chronic pain conditions.",
        &[at(FaqWhatIsKetamine, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "Article 003's table calls ketamine effective for chronic pain syndromes, with no qualifier and no cited evidence.",
        &[at(WhatIsKetaminConclusion, Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "Patients given ketamine (the article does not say for what) reported less pain, which first drew interest to its wider effects.",
        &[at(WhatIsKetamine, PatientReports)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
];

const DEPRESSION: &[Claim] = &[
    Claim::new(
        "Ketamine is a promising, emerging treatment for depression, including major depressive disorder.",
        &[
            whole(ARTICLE_003, Preliminary),
            at(MedicalUses, Preliminary),
            at(KetamineAndDepression, Preliminary),
        ],
    ),
    PROMISE_001,
    Claim::new(
        "Ketamine may have the potential to transform the lives of people with depression and other mental health disorders.",
        &[at(UnlockingConclusion, Preliminary)],
    ),
    Claim::new(
        "Article 004 calls ketamine a groundbreaking treatment for several mental health disorders, above all depression.",
        &[at(UnlockingTheMysteriesTitle, Stated)],
    ),
    Claim::new(
        "Numerous studies have shown that ketamine eases the symptoms of depression.",
        &[at(ClinicalEvidence, ClinicalStudies)],
    ),
    Claim::new(
        "A study in the American Journal of Psychiatry, described by article 004 as a landmark, found that one IV infusion of ketamine markedly reduced depressive symptoms within 24 hours.",
        &[at(ClinicalEvidence, ClinicalStudies)],
    ),
    Claim::new(
        "Another study indicated that repeated infusions could keep the effect going, which article 004 takes to make ketamine an option for managing depression over the long term.",
        &[at(ClinicalEvidence, Preliminary)],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "From the late 20th century, studies began to reveal ketamine's effects on mood disorders; finding that it could quickly relieve depressive symptoms was a turning point for psychiatry.",
        &[at(HistoryOfKetamine, ClinicalStudies)],
    ),
    Claim::new(
        "Ketamine can relieve depressive symptoms rapidly, where traditional antidepressants usually need weeks.",
        &[
            at(HowDoesKetamineWork, Stated),
            at(UnderstandingKetamine, Stated),
        ],
    ),
    Claim::new(
        "Unlike traditional antidepressants, which can take weeks, ketamine has been seen to act quickly in some people.",
        &[at(HowDoesKetamineAffectsTheBrain, Preliminary)],
    ),
    Claim::new(
        "Ketamine is used off-label against mental health disorders, depression above all.",
        &[at(FaqWhatIsKetamine, Stated)],
    ),
    Claim::new(
        "Patients given ketamine reported better mood, which sparked interest in its psychological effects.",
        &[at(WhatIsKetamine, PatientReports)],
    ),
    RESEARCH_000,
    TAKEAWAY_DEPRESSION_PTSD,
    TABLE_DEPRESSION_PTSD,
    SEVERE_OR_SUICIDAL,
    SEVERE_OR_RESISTANT_HOPE,
    SEVERE_OR_RESISTANT_BENEFIT,
    IV_MOST_COMMON_FOR_DEPRESSION,
    SPRAY_FOR_DEPRESSION,
];

const TRD: &[Claim] = &[
    SPRAVATO_APPROVED_FOR_TRD,
    ESSAY_SPRAY_APPROVAL,
    Claim::new(
        "Studies have shown that ketamine infusions can bring relief to people who have lived for years with depression that conventional antidepressants did not adequately treat.",
        &[whole(ESSAY, ClinicalStudies)],
    ),
    Claim::new(
        "Ketamine's fast onset matters to patients and to clinicians who need quicker help in severe cases.",
        &[whole(ESSAY, Stated)],
    ),
    Claim::new(
        "Ketamine has become a promising treatment for treatment-resistant depression.",
        &[
            at(MedicalUses, Preliminary),
            at(KetamineAndDepression, Preliminary),
        ],
    ),
    Claim::new(
        "Clinical studies have looked at ketamine in treatment-resistant depression; their results suggest symptoms may improve within hours rather than weeks, a faster response for acute symptoms.",
        &[at(WhatResearchExists, Preliminary)],
    ),
    Claim::new(
        "Researchers have begun exploring ketamine for mental health conditions that resist treatment.",
        &[whole(OVERVIEW_000, UnderInvestigation)],
    ),
    Claim::new(
        "Ketamine offers an alternative, and hope, to people whom conventional treatments have not helped.",
        &[
            at(Overview, Stated),
            at(PotentialBenefits, Stated),
            at(FaqBenefits, Stated),
            at(RevolutionaryConclusion, Stated),
        ],
    ),
    Claim::new(
        "Medical professionals may give ketamine to patients whom traditional antidepressants have not helped.",
        &[at(FaqWhatIsKetamine, Stated)],
    ),
    Claim::new(
        "A further post on article 001's blog, seen only as a teaser, says low-dose ketamine can help with depression that resists medication.",
        &[at(LowDoseTeaser, Stated)],
    ),
    SEVERE_OR_RESISTANT_HOPE,
    SEVERE_OR_RESISTANT_BENEFIT,
];

const SUICIDAL_IDEATION: &[Claim] = &[
    SEVERE_OR_SUICIDAL,
    Claim::new(
        "Ketamine can act on acute suicidal thoughts quickly, which article 003 says can save lives.",
        &[at(PotentialBenefits, Stated)],
    ),
];

const PTSD: &[Claim] = &[
    RESEARCH_000,
    Claim::new(
        "Ketamine is being studied for easing PTSD symptoms: researchers are asking whether its effect on neural plasticity can help people with intrusive thoughts or hyperarousal recover.",
        &[at(WhatResearchExists, UnderInvestigation)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    STUDIED_004,
    PROMISE_002,
    Claim::new(
        "In PTSD, the psychedelic experience ketamine brings may let people face and work through traumatic memories in ways traditional therapies may not.",
        &[whole(ESSAY, Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "Some studies suggest ketamine may help reduce the symptoms of PTSD.",
        &[at(MedicalUses, Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    PTSD_OR_BIPOLAR_RELIEF,
    TAKEAWAY_DEPRESSION_PTSD,
    TABLE_DEPRESSION_PTSD,
    Claim::new(
        "A teaser for a further post on article 001's blog promises benefits of ketamine therapy for PTSD, which it says has usually been treated with therapy and medicines such as antidepressants; the excerpt breaks off before any evidence.",
        &[at(PtsdBenefitsTeaser, Stated)],
    )
    .disputed(&[Disagreement::PtsdWording]),
];

const BIPOLAR: &[Claim] = &[
    Claim::new(
        "Research indicates potential benefit for people with bipolar disorder during depressive episodes.",
        &[at(MedicalUses, Preliminary)],
    )
    .disputed(&[Disagreement::BipolarWording]),
    PTSD_OR_BIPOLAR_RELIEF,
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

const PAIN_RELATED_DEPRESSION: &[Claim] = &[Claim::new(
    "Emerging research suggests ketamine may act on the opioid system, which would help explain its pain relief and its potential against depression linked to pain.",
    &[at(RoleOfNeurochemistry, Preliminary)],
)];

const PEDIATRIC: &[Claim] = &[Claim::new(
    "Children and adolescents with severe mood disorders may also do well on ketamine, given carefully under specialised care for young patients; article 003 cites no study for this.",
    &[at(FaqPopulations, Preliminary)],
)
.disputed(&[Disagreement::PediatricClaim])];

const GENERAL: &[Claim] = &[
    Claim::new(
        "In mental health care ketamine is not regarded as a first-line option, but interest in it is growing where traditional treatments fall short.",
        &[at(WhatAreTherapeuticUses, Stated)],
    ),
    Claim::new(
        "Ketamine's use against mental health disorders is off-label.",
        &[at(Overview, Stated), at(FaqWhatIsKetamine, Stated)],
    ),
    Claim::new(
        "Ketamine may not replace existing treatments, but could complement them for specific conditions.",
        &[at(MovingForward, Preliminary)],
    ),
    Claim::new(
        "Which mental health conditions ketamine can help is still being investigated; its use there is an emerging field.",
        &[
            at(WhatResearchExists, UnderInvestigation),
            at(MovingForward, UnderInvestigation),
            at(KeyTakeaways, UnderInvestigation),
            at(ResearchAndFutureDirections, UnderInvestigation),
        ],
    ),
    Claim::new(
        "Ketamine has drawn growing attention as a potential treatment for mental health conditions.",
        &[
            whole(OVERVIEW_000, Preliminary),
            at(RevolutionaryTreatmentTitle, Preliminary),
            at(UnderstandingKetamine, Preliminary),
        ],
    ),
    Claim::new(
        "Growing interest in ketamine for mental health has led to specialised clinics opening around the world.",
        &[at(RoleOfClinics, Stated)],
    ),
    Claim::new(
        "Some researchers and clinicians call ketamine a psychiatric tool rather than a medication, one that sets therapeutic processes going.",
        &[whole(ESSAY, Stated)],
    ),
];
