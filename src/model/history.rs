//! The history of ketamine: what the articles tell, and what the reference
//! sources date precisely or correct.
//!
//! Every [`HistoryEvent`] is either told by the articles or recorded by a
//! reference source ([`HistoryEvent::is_from_articles`]). Where an article
//! tells an event loosely or wrongly ("first approved in the 1970s"), both
//! events are kept, and a [`ClaimCorrection`](crate::ClaimCorrection) row
//! links the article's claim to the reference claim: see
//! [`HistoryEvent::claim_corrections`].

use crate::model::macros::names;

/// An event in the history of ketamine, from the articles or from a
/// reference source.
///
/// Variants are declared in date order, so [`HistoryEvent::ALL`] (and
/// [`timeline`](Self::timeline)) is the timeline; events the articles leave
/// undated come last. `Ord` is that declaration order, which agrees with
/// the order of [`date`](Self::date).
///
/// An article's loose or wrong account of an event is kept next to the
/// reference record that dates it precisely or corrects it; a
/// [`ClaimCorrection`](crate::ClaimCorrection) links the article's claim to
/// the reference claim ([`claim_corrections`](Self::claim_corrections)).
///
/// | value | `name()` | [`date`](Self::date) | from the articles |
/// | --- | --- | --- | --- |
/// | `DevelopedInThe1960s` | `developed_in_the_1960s` | 1960s | true |
/// | `VietnamBattlefieldUse` | `vietnam_battlefield_use` | 1960s–1970s | false |
/// | `SynthesizedIn1962` | `synthesized_in_1962` | 1962 | true |
/// | `Ci581Synthesis` | `ci_581_synthesis` | 1962 | false |
/// | `FirstHumanStudy` | `first_human_study` | 1964–1966 | false |
/// | `LateCenturyMoodStudies` | `late_century_mood_studies` | late 20th century | true |
/// | `KetalarApproval` | `ketalar_approval` | 1970 | false |
/// | `ApprovedInThe1970s` | `approved_in_the_1970s` | 1970s | true |
/// | `WhoEssentialMedicine` | `who_essential_medicine` | 1985 | false |
/// | `DeaScheduleIii` | `dea_schedule_iii` | 1999-08-12 | false |
/// | `BermanTrial` | `berman_trial` | 2000-02-15 | false |
/// | `ZarateTrial` | `zarate_trial` | 2006 | false |
/// | `MurroughTrial` | `murrough_trial` | 2013 | false |
/// | `SpravatoApproval` | `spravato_approval` | 2019-03-05 | false |
/// | `SpravatoEuApproval` | `spravato_eu_approval` | December 2019 | false |
/// | `SpravatoSuicidalIdeation` | `spravato_suicidal_ideation` | August 2020 | false |
/// | `SpravatoMonotherapy` | `spravato_monotherapy` | January 2025 | false |
/// | `WidelyUsedAnesthetic` | `widely_used_anesthetic` | undated | true |
/// | `VietnamWarStaple` | `vietnam_war_staple` | undated | true |
/// | `MoodAndPainNoticed` | `mood_and_pain_noticed` | undated | true |
/// | `RapidAntidepressantDiscovery` | `rapid_antidepressant_discovery` | undated | true |
/// | `RecreationalUse` | `recreational_use` | undated | true |
/// | `NasalSprayApproval` | `nasal_spray_approval` | undated | true |
/// | `RecentAttention` | `recent_attention` | undated | true |
///
/// Non-exhaustive: a new edition can add an event to the timeline.
///
/// # Example
///
/// ```
/// use ketamine_facts::{HistoryEvent, Precision};
///
/// let approval = HistoryEvent::ApprovedInThe1970s;
/// assert!(approval.is_from_articles());
/// assert_eq!(approval.date().to_string(), "1970s");
/// assert_eq!(approval.made_precise_by(), Some(HistoryEvent::KetalarApproval));
/// assert_eq!(HistoryEvent::KetalarApproval.date().precision(), Precision::Year);
/// assert_eq!("spravato".parse(), Ok(HistoryEvent::SpravatoApproval));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HistoryEvent {
    /// Articles 001 and 003: ketamine was developed as an anesthetic in the 1960s.
    DevelopedInThe1960s,
    /// Reference: battlefield anesthetic of US forces in the Vietnam War, 1960s–1970s.
    VietnamBattlefieldUse,
    /// Article 003: synthesized in 1962 by Calvin Stevens.
    SynthesizedIn1962,
    /// Reference: Calvin Stevens synthesizes ketamine (CI-581) for Parke-Davis, 1962.
    Ci581Synthesis,
    /// Reference: first study in humans, Domino and Corssen (1964; year not settled).
    FirstHumanStudy,
    /// Article 003: studies of mood disorders by the late 20th century.
    LateCenturyMoodStudies,
    /// Reference: first US FDA approval, Ketalar, 1970.
    KetalarApproval,
    /// Article 000: a first approval for medical use in the 1970s.
    ApprovedInThe1970s,
    /// Reference: added to the WHO Model List of Essential Medicines, 1985.
    WhoEssentialMedicine,
    /// Reference: placed in US DEA Schedule III, 1999-08-12.
    DeaScheduleIii,
    /// Reference: Berman et al., first placebo-controlled trial in depression, 2000-02-15.
    BermanTrial,
    /// Reference: Zarate et al., randomized trial in treatment-resistant depression, 2006.
    ZarateTrial,
    /// Reference: Murrough et al., two-site randomized controlled trial, 2013.
    MurroughTrial,
    /// Reference: FDA approves esketamine nasal spray (Spravato), 2019-03-05.
    SpravatoApproval,
    /// Reference: European Commission approves Spravato, December 2019.
    SpravatoEuApproval,
    /// Reference: FDA approves Spravato for depression with acute suicidal ideation or behavior, August 2020.
    SpravatoSuicidalIdeation,
    /// Reference: FDA approves Spravato as monotherapy, January 2025.
    SpravatoMonotherapy,
    /// Articles 001 and 003: wide use as a surgical and emergency anesthetic that spares breathing (undated).
    WidelyUsedAnesthetic,
    /// Article 003: a staple of the Vietnam War (undated in the article).
    VietnamWarStaple,
    /// Article 001: researchers notice better mood and less pain in patients (undated).
    MoodAndPainNoticed,
    /// Article 003: the discovery that ketamine can relieve depression rapidly (undated).
    RapidAntidepressantDiscovery,
    /// Articles 000 and 001: a history of recreational use (undated).
    RecreationalUse,
    /// Articles 002 and 003: the FDA approves a nasal spray (undated; they disagree on what it contains).
    NasalSprayApproval,
    /// All five articles: recent attention for mental health, and the rise of clinics (undated).
    RecentAttention,
}

names! {
    HistoryEvent ("history event") {
        DevelopedInThe1960s => "developed_in_the_1960s" | "developed as an anesthetic",
        VietnamBattlefieldUse => "vietnam_battlefield_use" | "vietnam war use",
        SynthesizedIn1962 => "synthesized_in_1962",
        Ci581Synthesis => "ci_581_synthesis" | "ci-581" | "stevens synthesis",
        FirstHumanStudy => "first_human_study" | "domino corssen",
        LateCenturyMoodStudies => "late_century_mood_studies" | "mood disorder studies",
        KetalarApproval => "ketalar_approval" | "first fda approval" | "ketalar",
        ApprovedInThe1970s => "approved_in_the_1970s" | "first approved",
        WhoEssentialMedicine => "who_essential_medicine" | "who essential medicines" | "essential medicines",
        DeaScheduleIii => "dea_schedule_iii" | "schedule iii" | "dea scheduling",
        BermanTrial => "berman_trial" | "berman 2000",
        ZarateTrial => "zarate_trial" | "zarate 2006",
        MurroughTrial => "murrough_trial" | "murrough 2013",
        SpravatoApproval => "spravato_approval" | "spravato" | "spravato fda approval",
        SpravatoEuApproval => "spravato_eu_approval" | "eu approval",
        SpravatoSuicidalIdeation => "spravato_suicidal_ideation",
        SpravatoMonotherapy => "spravato_monotherapy" | "monotherapy",
        WidelyUsedAnesthetic => "widely_used_anesthetic" | "surgical anesthetic",
        VietnamWarStaple => "vietnam_war_staple" | "vietnam war",
        MoodAndPainNoticed => "mood_and_pain_noticed",
        RapidAntidepressantDiscovery => "rapid_antidepressant_discovery" | "antidepressant discovery",
        RecreationalUse => "recreational_use" | "party drug",
        NasalSprayApproval => "nasal_spray_approval" | "nasal spray",
        RecentAttention => "recent_attention" | "clinics" | "recent years",
    }
}
