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

use crate::Indication;

use crate::{Citation, Claim, Evidence, Route, Source};

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
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Indication(self))
    }

    /// The routes of administration the articles document for this indication.
    ///
    /// Only routes an article ties to the condition are listed: IV infusion and
    /// the nasal spray for depression (003, 004, 001) and for treatment-resistant
    /// depression (002's infusion studies, the esketamine spray's approval). No
    /// article ties a route to any other indication, nor names a condition for
    /// intramuscular or oral ketamine; those indications return an empty slice
    /// and [`routes_note`](Self::routes_note) says why.
    #[must_use]
    pub const fn routes(self) -> &'static [Route] {
        crate::view::relations::indication_routes(self)
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
    /// assert!(Indication::PediatricMoodDisorders.citations().all(|c| c.source() == Source::WhatIsKetamine));
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
    /// assert_eq!(sources, [Source::WhatIsKetamine]);
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
    /// (see [`Disagreement::PtsdWording`](crate::Disagreement::PtsdWording)).
    #[must_use]
    pub const fn strongest_evidence(self) -> Evidence {
        crate::model::citation::strongest_of_claims(self.claims())
    }

    /// The weakest level any source gives any claim of this indication.
    #[must_use]
    pub const fn weakest_evidence(self) -> Evidence {
        crate::model::citation::weakest_of_claims(self.claims())
    }

    /// Whether any claim of this indication takes part in a [`Disagreement`](crate::Disagreement).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert!(Indication::BipolarDepression.is_contested());
    /// // "breathing preserved" against the Spravato boxed warning
    /// assert!(Indication::Anesthesia.is_contested());
    /// assert!(!Indication::ObsessiveCompulsiveDisorder.is_contested());
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
    /// - [`Answer::No`](crate::Answer::No) for every mental-health indication
    ///   ([`is_mental_health`](Self::is_mental_health)): article 000, under
    ///   "What are Therapeutic Uses?", says ketamine is not considered a
    ///   first-line option. That sentence is about mental health care in
    ///   general and names no single condition; it is the claim of
    ///   [`Precaution::NotFirstLine`](crate::concepts::Precaution::NotFirstLine).
    /// - [`Answer::NotStated`](crate::Answer::NotStated) for anesthesia and
    ///   chronic pain: no source says either way.
    ///
    /// No source says yes for anything.
    #[must_use]
    pub const fn first_line_answer(self) -> crate::Answer {
        if self.is_mental_health() {
            crate::Answer::No
        } else {
            crate::Answer::NotStated
        }
    }

    /// The same answer as `Option<bool>`, the 0.1.0 shape.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use first_line_answer, which returns an Answer"
    )]
    pub const fn first_line(self) -> Option<bool> {
        self.first_line_answer().as_option()
    }
}
