//! Precautions: the cautions and limits the articles attach to ketamine therapy.

use crate::model::macros::names;

/// A caution or limit that an article attaches to ketamine therapy.
///
/// Side effects themselves are [`SideEffect`](crate::SideEffect)s; these are
/// the conditions of safe use, the reasons for care, and what is not known.
/// Claims about abuse and unsuitability are linked to
/// [`Disagreement::SubstanceUse`](crate::Disagreement::SubstanceUse) (substance use disorders are also a
/// research target); the lack of long-term safety data to
/// [`Disagreement::LongTermSafety`](crate::Disagreement::LongTermSafety).
///
/// `Ord` is declaration order: how to use it, then its risks, then its
/// limits, then what remains unknown.
///
/// Non-exhaustive: a new edition can add a caution that a source gives.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Disagreement, Precaution, Source};
///
/// assert!(Precaution::SupervisedClinicalUse.claims()[0].cites(Source::MentalHealthOverview));
/// let not_for_all = Precaution::NotForEveryone.claims();
/// assert!(not_for_all.iter().any(|c| c.disputes().contains(&Disagreement::SubstanceUse)));
/// assert_eq!("affordability".parse(), Ok(Precaution::CostAndAccess));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precaution {
    /// Only under clinical supervision, through licensed, qualified providers.
    SupervisedClinicalUse,
    /// Monitoring and care while ketamine is given.
    MonitoringDuringAdministration,
    /// Potential for abuse and misuse; a history of recreational use.
    AbuseAndMisuse,
    /// Not suitable for everyone: a history of substance abuse, certain medical conditions.
    NotForEveryone,
    /// No long-term safety data.
    UnknownLongTermSafety,
    /// Cost and access keep it out of reach for many.
    CostAndAccess,
    /// Not a first-line treatment.
    NotFirstLine,
    /// Decide with a provider, knowing the risks.
    InformedDecision,
    /// The risks of repeated or unsupervised use, which researchers study.
    RepeatedOrUnsupervisedUse,
}

names! {
    Precaution ("precaution") {
        SupervisedClinicalUse => "supervised_clinical_use" | "licensed providers" | "supervised use",
        MonitoringDuringAdministration => "monitoring_during_administration" | "monitoring",
        AbuseAndMisuse => "abuse_and_misuse" | "abuse" | "misuse" | "recreational use",
        NotForEveryone => "not_for_everyone" | "suitability" | "unsuitable",
        UnknownLongTermSafety => "unknown_long_term_safety" | "long term safety",
        CostAndAccess => "cost_and_access" | "cost" | "access" | "affordability",
        NotFirstLine => "not_first_line" | "first line" | "second line",
        InformedDecision => "informed_decision" | "shared decision" | "consult a professional",
        RepeatedOrUnsupervisedUse => "repeated_or_unsupervised_use" | "unsupervised use" | "repeated use",
    }
}
