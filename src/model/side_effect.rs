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

use crate::model::macros::names;

/// When a side effect shows, relative to a dose, as the sources place it.
///
/// `Ord` is chronological: during a session, then shortly after it, then
/// with long-term use; [`NotStated`](Self::NotStated) sorts last.
///
/// Non-exhaustive: a source may place an onset in a way not yet named.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Onset, SideEffect};
///
/// assert_eq!("during administration".parse(), Ok(Onset::DuringAdministration));
/// assert!(Onset::DuringAdministration < Onset::LongTermUse);
/// assert_eq!(SideEffect::BladderProblems.onset(), Onset::LongTermUse);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Onset {
    /// During a session, while ketamine is being given.
    DuringAdministration,
    /// Shortly after a dose.
    ShortlyAfter,
    /// With long-term (and, for the bladder, high-dose) use.
    LongTermUse,
    /// No source says when the effect shows.
    NotStated,
}

names! {
    Onset ("onset") {
        DuringAdministration => "during_administration" | "during" | "during treatment" | "during a session" | "in session",
        ShortlyAfter => "shortly_after" | "after" | "after administration" | "shortly after administration",
        LongTermUse => "long_term_use" | "long term" | "chronic use" | "long term use",
        NotStated => "not_stated" | "unstated" | "unknown",
    }
}

/// A side effect or risk of ketamine that a source names.
///
/// Each carries every statement the sources make about it
/// ([`claims`](Self::claims)), when it shows ([`onset`](Self::onset)),
/// whether a source says it passes quickly
/// ([`resolves_quickly`](Self::resolves_quickly)) and whether an article
/// ties it to monitoring during a session
/// ([`needs_monitoring`](Self::needs_monitoring)).
///
/// `Ord` is declaration order: the articles' effects during and after a
/// session first, then the long-term and misuse risks, then the two
/// effects known only from the Spravato label. It is not an order of
/// frequency or severity.
///
/// | value | `name()` | [`label`](Self::label) | [`onset`](Self::onset) | [`needs_monitoring`](Self::needs_monitoring) | [`is_long_term`](Self::is_long_term) |
/// | --- | --- | --- | --- | --- | --- |
/// | `Dissociation` | `dissociation` | dissociation | `during_administration` | true | false |
/// | `PerceptionChanges` | `perception_changes` | changes in perception | `during_administration` | false | false |
/// | `Dizziness` | `dizziness` | dizziness | `not_stated` | false | false |
/// | `Nausea` | `nausea` | nausea | `shortly_after` | false | false |
/// | `Vomiting` | `vomiting` | vomiting | `shortly_after` | false | false |
/// | `IncreasedBloodPressure` | `increased_blood_pressure` | temporary rise in blood pressure | `during_administration` | true | false |
/// | `BladderProblems` | `bladder_problems` | bladder problems with long-term, high-dose use | `long_term_use` | false | true |
/// | `AbuseAndMisuse` | `abuse_and_misuse` | abuse and misuse | `not_stated` | false | false |
/// | `Sedation` | `sedation` | sedation | `not_stated` | false | false |
/// | `Vertigo` | `vertigo` | vertigo | `not_stated` | false | false |
///
/// Non-exhaustive: a new edition can add a side effect that a source names.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Onset, SideEffect};
///
/// assert_eq!("high blood pressure".parse(), Ok(SideEffect::IncreasedBloodPressure));
/// assert!(SideEffect::IncreasedBloodPressure.needs_monitoring());
/// assert_eq!(SideEffect::Nausea.resolves_quickly_answer().as_option(), Some(true));
/// assert_eq!(SideEffect::Nausea.onset(), Onset::ShortlyAfter);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SideEffect {
    /// Feeling detached from reality during a session, often described as
    /// psychedelic. Also read as part of how the therapy works (see
    /// [`Disagreement::DissociationRole`](crate::Disagreement::DissociationRole)).
    Dissociation,
    /// Altered perception during a session.
    PerceptionChanges,
    /// Dizziness.
    Dizziness,
    /// Nausea.
    Nausea,
    /// Vomiting.
    Vomiting,
    /// A temporary rise in blood pressure.
    IncreasedBloodPressure,
    /// Bladder and urinary-tract problems with long-term, high-dose use
    /// (ulcerative cystitis); see [`Disagreement::BladderQualifier`](crate::Disagreement::BladderQualifier).
    BladderProblems,
    /// Abuse and misuse, and ketamine's history of recreational use (added
    /// to the declared list: article 002 names "abuse and misuse", and 000,
    /// 001 and 004 speak of recreational use and of substance abuse). See
    /// [`Disagreement::SubstanceUse`](crate::Disagreement::SubstanceUse).
    AbuseAndMisuse,
    /// Sedation: named only by the Spravato prescribing information, not by
    /// any of the five articles.
    Sedation,
    /// Vertigo: named only by the Spravato prescribing information, not by
    /// any of the five articles.
    Vertigo,
}

names! {
    SideEffect ("side effect") {
        Dissociation => "dissociation" | "dissociative" | "detachment",
        PerceptionChanges => "perception_changes" | "altered perception" | "changes in perception",
        Dizziness => "dizziness" | "dizzy",
        Nausea => "nausea",
        Vomiting => "vomiting",
        IncreasedBloodPressure => "increased_blood_pressure" | "high blood pressure" | "blood pressure" | "hypertension",
        BladderProblems => "bladder_problems" | "bladder" | "urinary tract problems" | "cystitis" | "ulcerative cystitis",
        AbuseAndMisuse => "abuse_and_misuse" | "abuse" | "misuse" | "recreational use" | "abuse potential",
        Sedation => "sedation" | "drowsiness",
        Vertigo => "vertigo",
    }
}
