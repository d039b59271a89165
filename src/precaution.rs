//! Precautions: the cautions and limits the articles attach to ketamine therapy.

use crate::Evidence::{Stated, UnderInvestigation};
use crate::Section::{
    FaqRisks, RevolutionaryConclusion, RisksAndSideEffects, TroubleshootingAndConsiderations,
    UnlockingConclusion, WhatAreSafetyAndConsiderations, WhatAreTherapeuticUses,
    WhatIsKetaminConclusion,
};
use crate::history::{PARTY_DRUG, RECREATIONAL_PAST};
use crate::macros::facts_enum;
use crate::{
    Citation, Claim, ClinicPractice, Disagreement, Evidence, ProcessItem, ResearchDirection,
    Section, Source,
};

facts_enum! {
    /// A caution or limit that an article attaches to ketamine therapy.
    ///
    /// Side effects themselves are [`SideEffect`](crate::SideEffect)s; these are
    /// the conditions of safe use, the reasons for care, and what is not known.
    /// Claims about abuse and unsuitability are linked to
    /// [`Disagreement::SubstanceUse`] (substance use disorders are also a
    /// research target); the lack of long-term data to
    /// [`Disagreement::LongTermBenefit`].
    ///
    /// `Ord` is declaration order: how to use it, then its risks, then its
    /// limits, then what remains unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Disagreement, Precaution, Source};
    ///
    /// assert!(Precaution::SupervisedClinicalUse.claims()[0].cites(Source::MentalHealthOverview));
    /// assert!(Precaution::NotForEveryone.claims()[0].disputes().contains(&Disagreement::SubstanceUse));
    /// assert_eq!("affordability".parse(), Ok(Precaution::CostAndAccess));
    /// ```
    #[non_exhaustive]
    pub enum Precaution ("precaution") {
        /// Only under clinical supervision, through licensed, qualified providers.
        SupervisedClinicalUse => "supervised_clinical_use" | "licensed providers" | "supervised use",
        /// Monitoring and care while ketamine is given.
        MonitoringDuringAdministration => "monitoring_during_administration" | "monitoring",
        /// Potential for abuse and misuse; a history of recreational use.
        AbuseAndMisuse => "abuse_and_misuse" | "abuse" | "misuse" | "recreational use",
        /// Not suitable for everyone: a history of substance abuse, certain medical conditions.
        NotForEveryone => "not_for_everyone" | "suitability" | "unsuitable",
        /// No long-term safety data.
        UnknownLongTermSafety => "unknown_long_term_safety" | "long term safety",
        /// Cost and access keep it out of reach for many.
        CostAndAccess => "cost_and_access" | "cost" | "access" | "affordability",
        /// Not a first-line treatment.
        NotFirstLine => "not_first_line" | "first line" | "second line",
        /// Decide with a provider, knowing the risks.
        InformedDecision => "informed_decision" | "shared decision" | "consult a professional",
        /// The risks of repeated or unsupervised use, which researchers study.
        RepeatedOrUnsupervisedUse => "repeated_or_unsupervised_use" | "unsupervised use" | "repeated use",
    }
}

impl Precaution {
    /// Everything the articles say of this precaution, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Precaution};
    ///
    /// let claim = &Precaution::RepeatedOrUnsupervisedUse.claims()[0];
    /// assert_eq!(claim.strongest_evidence(), Evidence::UnderInvestigation);
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::SupervisedClinicalUse => SUPERVISED,
            Self::MonitoringDuringAdministration => MONITORING,
            Self::AbuseAndMisuse => ABUSE,
            Self::NotForEveryone => NOT_FOR_EVERYONE,
            Self::UnknownLongTermSafety => LONG_TERM_SAFETY,
            Self::CostAndAccess => COST_AND_ACCESS,
            Self::NotFirstLine => NOT_FIRST_LINE,
            Self::InformedDecision => INFORMED_DECISION,
            Self::RepeatedOrUnsupervisedUse => REPEATED_OR_UNSUPERVISED,
        }
    }

    /// The step of the therapy process that puts this precaution into practice,
    /// if there is one: monitoring during sessions, and the eligibility check
    /// that screens out the people ketamine does not suit.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Precaution, ProcessItem};
    ///
    /// assert_eq!(
    ///     Precaution::NotForEveryone.process_item(),
    ///     Some(ProcessItem::EligibilityAndContraindications),
    /// );
    /// assert_eq!(Precaution::CostAndAccess.process_item(), None);
    /// ```
    #[must_use]
    pub const fn process_item(self) -> Option<ProcessItem> {
        match self {
            Self::MonitoringDuringAdministration => Some(ProcessItem::Monitoring),
            Self::NotForEveryone => Some(ProcessItem::EligibilityAndContraindications),
            Self::SupervisedClinicalUse
            | Self::AbuseAndMisuse
            | Self::UnknownLongTermSafety
            | Self::CostAndAccess
            | Self::NotFirstLine
            | Self::InformedDecision
            | Self::RepeatedOrUnsupervisedUse => None,
        }
    }

    /// The clinic practice that answers this precaution, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ClinicPractice, Precaution};
    ///
    /// assert_eq!(
    ///     Precaution::SupervisedClinicalUse.clinic_practice(),
    ///     Some(ClinicPractice::ClinicalSupervision),
    /// );
    /// ```
    #[must_use]
    pub const fn clinic_practice(self) -> Option<ClinicPractice> {
        match self {
            Self::SupervisedClinicalUse => Some(ClinicPractice::ClinicalSupervision),
            Self::MonitoringDuringAdministration => Some(ClinicPractice::SupervisedSessions),
            Self::AbuseAndMisuse
            | Self::NotForEveryone
            | Self::UnknownLongTermSafety
            | Self::CostAndAccess
            | Self::NotFirstLine
            | Self::InformedDecision
            | Self::RepeatedOrUnsupervisedUse => None,
        }
    }

    /// The research that would close the gap this precaution names, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Precaution, ResearchDirection};
    ///
    /// assert_eq!(
    ///     Precaution::UnknownLongTermSafety.research(),
    ///     Some(ResearchDirection::LongTermEffects),
    /// );
    /// ```
    #[must_use]
    pub const fn research(self) -> Option<ResearchDirection> {
        match self {
            Self::UnknownLongTermSafety => Some(ResearchDirection::LongTermEffects),
            Self::SupervisedClinicalUse
            | Self::MonitoringDuringAdministration
            | Self::AbuseAndMisuse
            | Self::NotForEveryone
            | Self::CostAndAccess
            | Self::NotFirstLine
            | Self::InformedDecision
            | Self::RepeatedOrUnsupervisedUse => None,
        }
    }
}

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const ESSAY: Source = Source::RiseOfKetamineTherapy;

const SUPERVISED: &[Claim] = &[Claim::new(
    "Ketamine therapy should be sought only through licensed, qualified healthcare providers, whose guidance keeps it safe and effective.",
    &[
        at(WhatAreSafetyAndConsiderations, Stated),
        at(RevolutionaryConclusion, Stated),
    ],
)];

/// Monitoring is critical because ketamine is dissociative (article 000).
/// Lives here; [`SideEffect::Dissociation`](crate::SideEffect::Dissociation) lists it.
pub(crate) const DISSOCIATIVE_SO_MONITORED: Claim = Claim::new(
    "Because ketamine is dissociative, monitoring and care while it is given are critical.",
    &[at(WhatAreSafetyAndConsiderations, Stated)],
)
.disputed(&[Disagreement::DissociationRole]);

const MONITORING: &[Claim] = &[DISSOCIATIVE_SO_MONITORED];

/// The potential for abuse and misuse (article 002). Lives here;
/// [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse) lists it.
pub(crate) const ABUSE_AND_MISUSE: Claim = Claim::new(
    "Ketamine can be abused and misused, which worries some healthcare professionals.",
    &[Citation::whole(ESSAY, Stated)],
)
.disputed(&[Disagreement::SubstanceUse]);

// The recreational past (000) and "a party drug" (001) are history, told with
// `HistoryEvent::RecreationalUse` and listed here.
const ABUSE: &[Claim] = &[
    ABUSE_AND_MISUSE,
    RECREATIONAL_PAST,
    PARTY_DRUG,
    Claim::new(
        "Therapeutic doses of ketamine, unlike its recreational use, are carefully controlled.",
        &[at(WhatAreSafetyAndConsiderations, Stated)],
    )
    .disputed(&[Disagreement::SubstanceUse]),
];

/// Not for everyone: a history of substance abuse, certain medical conditions
/// (article 004). Lives here; [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse) lists it.
pub(crate) const NOT_SUITABLE_FOR_EVERYONE: Claim = Claim::new(
    "Ketamine does not suit everyone: people with a history of substance abuse or with certain medical conditions may need other treatments.",
    &[at(TroubleshootingAndConsiderations, Stated)],
)
.disputed(&[Disagreement::SubstanceUse]);

const NOT_FOR_EVERYONE: &[Claim] = &[NOT_SUITABLE_FOR_EVERYONE];

const LONG_TERM_SAFETY: &[Claim] = &[Claim::new(
    "Long-term data on the safety of ketamine are lacking, which concerns some healthcare professionals.",
    &[Citation::whole(ESSAY, Stated)],
)
.disputed(&[Disagreement::LongTermBenefit])];

const COST_AND_ACCESS: &[Claim] = &[Claim::new(
    "Ketamine therapy is hard to reach and to afford for many who seek it.",
    &[Citation::whole(ESSAY, Stated)],
)];

const NOT_FIRST_LINE: &[Claim] = &[Claim::new(
    "In mental health care ketamine is not regarded as a first-line treatment; interest in it is growing for cases where traditional treatments have not worked.",
    &[at(WhatAreTherapeuticUses, Stated)],
)];

const INFORMED_DECISION: &[Claim] = &[
    Claim::new(
        "Ketamine therapy carries risks and side effects that must be acknowledged.",
        &[at(RisksAndSideEffects, Stated), at(FaqRisks, Stated)],
    ),
    Claim::new(
        "Knowing the risks lets people decide on treatment together with their healthcare providers.",
        &[at(RisksAndSideEffects, Stated), at(FaqRisks, Stated)],
    ),
    Claim::new(
        "Ketamine's promise has to be weighed against its risks and its safety.",
        &[
            at(WhatAreSafetyAndConsiderations, Stated),
            at(WhatIsKetaminConclusion, Stated),
        ],
    ),
    Claim::new(
        "Anyone considering ketamine therapy should talk with a qualified mental health professional about the options that suit them.",
        &[at(UnlockingConclusion, Stated)],
    ),
];

const REPEATED_OR_UNSUPERVISED: &[Claim] = &[Claim::new(
    "Researchers are studying the risks of using ketamine repeatedly or without supervision.",
    &[at(WhatAreSafetyAndConsiderations, UnderInvestigation)],
)];
