//! Side effects and risks of ketamine.
//!
//! Every statement the five articles make about a side effect or a risk is a
//! [`Claim`] here, cited by section heading at the level of that place's own
//! wording. In a list of side effects, "may include" or "may occur" says that
//! an effect can happen, not that the evidence for it is tentative, so such a
//! place is graded [`Stated`](Evidence::Stated) (as the core's
//! [`Disagreement`] records grade the same places); "patients report" is
//! [`PatientReports`](Evidence::PatientReports).
//!
//! Two effects, [`Sedation`](SideEffect::Sedation) and
//! [`Vertigo`](SideEffect::Vertigo), appear in none of the articles: they come
//! from the Spravato (esketamine) prescribing information alone. Their rates
//! are modelled elsewhere, not here.

use crate::{Onset, SideEffect};

use crate::{Citation, Claim, Evidence, Source};

impl Onset {
    /// A readable phrase for the onset.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::DuringAdministration => "during a session",
            Self::ShortlyAfter => "shortly after a dose",
            Self::LongTermUse => "with long-term use",
            Self::NotStated => "timing not stated",
        }
    }
}

impl SideEffect {
    /// A readable name for the side effect, for prose and tables.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Dissociation => "dissociation",
            Self::PerceptionChanges => "changes in perception",
            Self::Dizziness => "dizziness",
            Self::Nausea => "nausea",
            Self::Vomiting => "vomiting",
            Self::IncreasedBloodPressure => "temporary rise in blood pressure",
            Self::BladderProblems => "bladder problems with long-term, high-dose use",
            Self::AbuseAndMisuse => "abuse and misuse",
            Self::Sedation => "sedation",
            Self::Vertigo => "vertigo",
        }
    }

    /// Everything the sources say of this side effect, one claim per statement.
    ///
    /// A claim that names several effects at once ("common side effects include
    /// dizziness, dissociation and changes in perception") is one value, listed
    /// under each effect it names. [`Sedation`](Self::Sedation) and
    /// [`Vertigo`](Self::Vertigo) cite only the Spravato prescribing
    /// information, with a [`Confidence`](crate::Confidence).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::SideEffect(self))
    }

    /// What the articles say of ketamine's side effects in general, naming no
    /// single effect: that most of them pass soon after treatment.
    ///
    /// The other general statements on risk live with the concept they are
    /// about, each stated once: weighing the risks and deciding with a provider
    /// ([`Precaution::InformedDecision`](crate::Precaution::InformedDecision)),
    /// monitoring throughout a session
    /// ([`ProcessItem::Monitoring`](crate::ProcessItem::Monitoring)), the
    /// medical-history check before treatment
    /// ([`ProcessItem::MedicalHistory`](crate::ProcessItem::MedicalHistory)),
    /// the lack of long-term safety data
    /// ([`Precaution::UnknownLongTermSafety`](crate::Precaution::UnknownLongTermSafety)),
    /// and the long-term effects still under study
    /// ([`ResearchDirection::LongTermEffects`](crate::ResearchDirection::LongTermEffects)).
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use Topic::Safety.claims()")]
    pub const fn general_claims() -> &'static [Claim] {
        crate::Topic::Safety.claims()
    }

    /// When the effect shows, as the sources place it.
    ///
    /// | effect | onset | where |
    /// | --- | --- | --- |
    /// | dissociation | during administration | 003 "Risks and Side Effects ...", FAQ; 004 "Step 3" |
    /// | changes in perception | during administration | 004 "Step 3: Administration of Ketamine" |
    /// | nausea, vomiting | shortly after | 003 "Risks and Side Effects ...", FAQ |
    /// | blood pressure | during administration | 003: monitoring is crucial during treatment |
    /// | bladder problems | long-term use | 003 "Risks and Side Effects ...", FAQ |
    /// | dizziness | not stated | 000 and 004 say it passes soon after treatment, not when it starts |
    /// | abuse and misuse | not stated | a risk of use outside treatment, not of a dose |
    /// | sedation, vertigo | not stated | the reference file gives only rates |
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Onset, SideEffect};
    ///
    /// assert_eq!(SideEffect::Dissociation.onset(), Onset::DuringAdministration);
    /// assert_eq!(SideEffect::Vomiting.onset(), Onset::ShortlyAfter);
    /// assert_eq!(SideEffect::Dizziness.onset(), Onset::NotStated);
    /// ```
    #[must_use]
    pub const fn onset(self) -> Onset {
        match self {
            Self::Dissociation | Self::PerceptionChanges | Self::IncreasedBloodPressure => {
                Onset::DuringAdministration
            }
            Self::Nausea | Self::Vomiting => Onset::ShortlyAfter,
            Self::BladderProblems => Onset::LongTermUse,
            Self::Dizziness | Self::AbuseAndMisuse | Self::Sedation | Self::Vertigo => {
                Onset::NotStated
            }
        }
    }

    /// Whether a source says the effect typically passes soon after a session.
    ///
    /// - [`Answer::Yes`](crate::Answer::Yes): dissociation (003 FAQ: it usually ends shortly after the
    ///   session), dizziness (000, as patients report), nausea (000, 003) and
    ///   vomiting (003).
    /// - [`Answer::NotStated`](crate::Answer::NotStated) everywhere else, where no source says so of this effect: 004's
    ///   "most side effects are temporary" names none in particular; 003 calls
    ///   the blood-pressure rise temporary but says nothing of how quickly it
    ///   passes; nothing says whether bladder damage heals.
    ///
    /// No source says no.
    #[must_use]
    pub const fn resolves_quickly_answer(self) -> crate::Answer {
        match self {
            Self::Dissociation | Self::Dizziness | Self::Nausea | Self::Vomiting => {
                crate::Answer::Yes
            }
            Self::PerceptionChanges
            | Self::IncreasedBloodPressure
            | Self::BladderProblems
            | Self::AbuseAndMisuse
            | Self::Sedation
            | Self::Vertigo => crate::Answer::NotStated,
        }
    }

    /// The same answer as `Option<bool>`, the 0.1.0 shape.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use resolves_quickly_answer, which returns an Answer"
    )]
    pub const fn resolves_quickly(self) -> Option<bool> {
        self.resolves_quickly_answer().as_option()
    }

    /// Whether an article ties this effect to monitoring during a session:
    /// dissociation (000 "What are Safety and Considerations": its dissociative
    /// properties make monitoring during administration critical) and the rise
    /// in blood pressure (003: monitoring is crucial during treatment).
    ///
    /// Sessions are monitored throughout in any case (003, 004; see
    /// [`ProcessItem::Monitoring`](crate::ProcessItem::Monitoring)); this names
    /// the effects the monitoring is said to be for.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::SideEffect;
    ///
    /// assert!(SideEffect::Dissociation.needs_monitoring());
    /// assert!(!SideEffect::Nausea.needs_monitoring());
    /// ```
    #[must_use]
    pub const fn needs_monitoring(self) -> bool {
        matches!(self, Self::Dissociation | Self::IncreasedBloodPressure)
    }

    /// Whether the effect is tied to long-term use (only the bladder problems,
    /// with long-term, high-dose use).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::SideEffect;
    ///
    /// assert!(SideEffect::BladderProblems.is_long_term());
    /// assert!(!SideEffect::Dissociation.is_long_term());
    /// ```
    #[must_use]
    pub const fn is_long_term(self) -> bool {
        matches!(self.onset(), Onset::LongTermUse)
    }

    /// Whether any of the five articles names this effect (false for sedation
    /// and vertigo, which come from the Spravato label alone).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::SideEffect;
    ///
    /// assert!(SideEffect::Nausea.is_named_by_articles());
    /// assert!(!SideEffect::Vertigo.is_named_by_articles());
    /// ```
    #[must_use]
    pub const fn is_named_by_articles(self) -> bool {
        let claims = self.claims();
        let mut i = 0;
        while i < claims.len() {
            let citations = claims[i].citations();
            let mut j = 0;
            while j < citations.len() {
                if citations[j].source().is_article() {
                    return true;
                }
                j += 1;
            }
            i += 1;
        }
        false
    }

    /// The strongest level any source gives any claim of this effect.
    #[must_use]
    pub const fn strongest_evidence(self) -> Evidence {
        crate::model::citation::strongest_of_claims(self.claims())
    }

    /// Every citation of every claim for this effect, claim by claim.
    /// Allocates nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{SideEffect, Source};
    ///
    /// assert!(SideEffect::Vomiting.citations().all(|c| c.source() == Source::WhatIsKetamine));
    /// ```
    pub fn citations(self) -> impl Iterator<Item = Citation> {
        self.claims()
            .iter()
            .flat_map(|claim| claim.citations().iter().copied())
    }

    /// The sources cited for this effect, each once, in [`Source`] order.
    /// Allocates nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{SideEffect, Source};
    ///
    /// let sources: Vec<Source> = SideEffect::Dizziness.sources().collect();
    /// assert_eq!(sources, [Source::MentalHealthOverview, Source::UnlockingTheMysteries]);
    /// ```
    pub fn sources(self) -> impl Iterator<Item = Source> {
        Source::ALL
            .iter()
            .copied()
            .filter(move |source| self.claims().iter().any(|claim| claim.cites(*source)))
    }

    /// The effects an article ties to monitoring during a session
    /// ([`needs_monitoring`](Self::needs_monitoring)), in declaration order.
    pub fn monitored_during_session() -> impl Iterator<Item = SideEffect> {
        Self::ALL.iter().copied().filter(|e| e.needs_monitoring())
    }

    /// The effects tied to long-term use ([`is_long_term`](Self::is_long_term)).
    pub fn long_term() -> impl Iterator<Item = SideEffect> {
        Self::ALL.iter().copied().filter(|e| e.is_long_term())
    }

    /// The effects with the given [`onset`](Self::onset).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Onset, SideEffect};
    ///
    /// let after: Vec<SideEffect> = SideEffect::with_onset(Onset::ShortlyAfter).collect();
    /// assert_eq!(after, [SideEffect::Nausea, SideEffect::Vomiting]);
    /// ```
    pub fn with_onset(onset: Onset) -> impl Iterator<Item = SideEffect> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |e| e.onset() == onset)
    }
}
