//! The history of ketamine: what the articles tell, and what the reference
//! sources date precisely or correct.
//!
//! Every [`HistoryEvent`] is either told by the articles or recorded by a
//! reference source ([`HistoryEvent::is_from_articles`]). Where an article
//! tells an event loosely or wrongly ("first approved in the 1970s"), both
//! events are kept, and one [`Correction`] row links them: see
//! [`HistoryEvent::corrections`], [`HistoryEvent::checked_by`] and
//! [`HistoryEvent::revised_claims`].

use core::fmt;

use chrono::Month;

use crate::Certainty::{High, Medium, NotSettled};
use crate::Evidence::{
    ClinicalStudies, PatientReports, RegulatoryApproval, StandardPractice, Stated,
    UnderInvestigation,
};
use crate::Section::{
    AdministrationMethods, FaqAdministration, FaqBenefits, FaqWhatIsKetamine, HistoryOfKetamine,
    NasalSprayTeaser, Overview, PotentialBenefits, RevolutionaryTreatmentTitle,
    UnderstandingKetamine, UnlockingTheMysteriesTitle, WhatAreSafetyAndConsiderations,
    WhatIsKetamine,
};
use crate::indication::BREATHING_PRESERVED;
use crate::macros::facts_enum;
use crate::therapy::SPECIALISED_CLINICS_OPENED;
use crate::{
    CenturyPart, Citation, Claim, Confidence, Disagreement, Evidence, HistoricDate, Section,
    Source, SourceKind,
};

facts_enum! {
    /// An event in the history of ketamine, from the articles or from a
    /// reference source.
    ///
    /// Variants are declared in date order, so [`HistoryEvent::ALL`] (and
    /// [`timeline`](Self::timeline)) is the timeline; events the articles leave
    /// undated come last. `Ord` is that declaration order, which agrees with
    /// the order of [`date`](Self::date).
    ///
    /// An article's loose or wrong account of an event is kept next to the
    /// reference record that dates it precisely or corrects it; the two are
    /// linked by a [`Correction`].
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
    pub enum HistoryEvent ("history event") {
        /// Articles 001 and 003: ketamine was developed as an anesthetic in the 1960s.
        DevelopedInThe1960s => "developed_in_the_1960s" | "developed as an anesthetic",
        /// Reference: battlefield anesthetic of US forces in the Vietnam War, 1960s–1970s.
        VietnamBattlefieldUse => "vietnam_battlefield_use" | "vietnam war use",
        /// Article 003: synthesized in 1962 by Calvin Stevens.
        SynthesizedIn1962 => "synthesized_in_1962",
        /// Reference: Calvin Stevens synthesizes ketamine (CI-581) for Parke-Davis, 1962.
        Ci581Synthesis => "ci_581_synthesis" | "ci-581" | "stevens synthesis",
        /// Reference: first study in humans, Domino and Corssen (1964; year not settled).
        FirstHumanStudy => "first_human_study" | "domino corssen",
        /// Article 003: studies of mood disorders by the late 20th century.
        LateCenturyMoodStudies => "late_century_mood_studies" | "mood disorder studies",
        /// Reference: first US FDA approval, Ketalar, 1970.
        KetalarApproval => "ketalar_approval" | "first fda approval" | "ketalar",
        /// Article 000: a first approval for medical use in the 1970s.
        ApprovedInThe1970s => "approved_in_the_1970s" | "first approved",
        /// Reference: added to the WHO Model List of Essential Medicines, 1985.
        WhoEssentialMedicine => "who_essential_medicine" | "who essential medicines" | "essential medicines",
        /// Reference: placed in US DEA Schedule III, 1999-08-12.
        DeaScheduleIii => "dea_schedule_iii" | "schedule iii" | "dea scheduling",
        /// Reference: Berman et al., first placebo-controlled trial in depression, 2000-02-15.
        BermanTrial => "berman_trial" | "berman 2000",
        /// Reference: Zarate et al., randomized trial in treatment-resistant depression, 2006.
        ZarateTrial => "zarate_trial" | "zarate 2006",
        /// Reference: Murrough et al., two-site randomized controlled trial, 2013.
        MurroughTrial => "murrough_trial" | "murrough 2013",
        /// Reference: FDA approves esketamine nasal spray (Spravato), 2019-03-05.
        SpravatoApproval => "spravato_approval" | "spravato" | "spravato fda approval",
        /// Reference: European Commission approves Spravato, December 2019.
        SpravatoEuApproval => "spravato_eu_approval" | "eu approval",
        /// Reference: FDA approves Spravato for depression with acute suicidal ideation or behavior, August 2020.
        SpravatoSuicidalIdeation => "spravato_suicidal_ideation",
        /// Reference: FDA approves Spravato as monotherapy, January 2025.
        SpravatoMonotherapy => "spravato_monotherapy" | "monotherapy",
        /// Articles 001 and 003: wide use as a surgical and emergency anesthetic that spares breathing (undated).
        WidelyUsedAnesthetic => "widely_used_anesthetic" | "surgical anesthetic",
        /// Article 003: a staple of the Vietnam War (undated in the article).
        VietnamWarStaple => "vietnam_war_staple" | "vietnam war",
        /// Article 001: researchers notice better mood and less pain in patients (undated).
        MoodAndPainNoticed => "mood_and_pain_noticed",
        /// Article 003: the discovery that ketamine can relieve depression rapidly (undated).
        RapidAntidepressantDiscovery => "rapid_antidepressant_discovery" | "antidepressant discovery",
        /// Articles 000 and 001: a history of recreational use (undated).
        RecreationalUse => "recreational_use" | "party drug",
        /// Articles 002 and 003: the FDA approves a nasal spray (undated; they disagree on what it contains).
        NasalSprayApproval => "nasal_spray_approval" | "nasal spray",
        /// All five articles: recent attention for mental health, and the rise of clinics (undated).
        RecentAttention => "recent_attention" | "clinics" | "recent years",
    }
}

impl HistoryEvent {
    /// The events in date order (the same slice as [`ALL`](Self::ALL));
    /// undated events last.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// let timeline = HistoryEvent::timeline();
    /// assert!(timeline.windows(2).all(|w| w[0].date() <= w[1].date()));
    /// assert_eq!(timeline[0], HistoryEvent::DevelopedInThe1960s);
    /// ```
    #[must_use]
    pub const fn timeline() -> &'static [HistoryEvent] {
        Self::ALL
    }

    /// The events whose date overlaps the years `from..=to` (in either order),
    /// in date order. Undated events are never in a range.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// let in_2019: Vec<HistoryEvent> = HistoryEvent::between(2019, 2019).collect();
    /// assert_eq!(in_2019, [HistoryEvent::SpravatoApproval, HistoryEvent::SpravatoEuApproval]);
    /// ```
    pub fn between(from: i32, to: i32) -> impl Iterator<Item = HistoryEvent> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |event| event.date().overlaps_years(from, to))
    }

    /// When the event happened, at the precision its source gives.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoryEvent, Precision};
    ///
    /// assert_eq!(HistoryEvent::SpravatoApproval.date().to_string(), "2019-03-05");
    /// assert_eq!(HistoryEvent::LateCenturyMoodStudies.date().to_string(), "late 20th century");
    /// assert_eq!(HistoryEvent::VietnamWarStaple.date().precision(), Precision::Undated);
    /// ```
    #[must_use]
    pub const fn date(self) -> HistoricDate {
        match self {
            Self::DevelopedInThe1960s => HistoricDate::decade(1960),
            Self::VietnamBattlefieldUse => HistoricDate::decades(1960, 1970),
            Self::SynthesizedIn1962 | Self::Ci581Synthesis => HistoricDate::year(1962),
            Self::FirstHumanStudy => HistoricDate::years(1964, 1966),
            Self::LateCenturyMoodStudies => HistoricDate::era(CenturyPart::Late, 20),
            Self::KetalarApproval => HistoricDate::year(1970),
            Self::ApprovedInThe1970s => HistoricDate::decade(1970),
            Self::WhoEssentialMedicine => HistoricDate::year(1985),
            Self::DeaScheduleIii => DEA_SCHEDULE_DAY,
            Self::BermanTrial => BERMAN_DAY,
            Self::ZarateTrial => HistoricDate::year(2006),
            Self::MurroughTrial => HistoricDate::year(2013),
            Self::SpravatoApproval => SPRAVATO_DAY,
            Self::SpravatoEuApproval => HistoricDate::month(2019, Month::December),
            Self::SpravatoSuicidalIdeation => HistoricDate::month(2020, Month::August),
            Self::SpravatoMonotherapy => HistoricDate::month(2025, Month::January),
            Self::WidelyUsedAnesthetic
            | Self::VietnamWarStaple
            | Self::MoodAndPainNoticed
            | Self::RapidAntidepressantDiscovery
            | Self::RecreationalUse
            | Self::NasalSprayApproval
            | Self::RecentAttention => HistoricDate::UNDATED,
        }
    }

    /// A short title, in the crate's words.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::KetalarApproval.title(), "First US FDA approval (Ketalar)");
    /// ```
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::DevelopedInThe1960s => "Developed as an anesthetic",
            Self::VietnamBattlefieldUse => "Battlefield anesthetic in the Vietnam War",
            Self::SynthesizedIn1962 => "Synthesized by Calvin Stevens",
            Self::Ci581Synthesis => "Calvin Stevens synthesizes CI-581 for Parke-Davis",
            Self::FirstHumanStudy => "First human study; \"dissociative anesthetic\" named",
            Self::LateCenturyMoodStudies => "Studies show effects on mood disorders",
            Self::KetalarApproval => "First US FDA approval (Ketalar)",
            Self::ApprovedInThe1970s => "First approved for medical use",
            Self::WhoEssentialMedicine => "WHO Model List of Essential Medicines",
            Self::DeaScheduleIii => "US DEA Schedule III",
            Self::BermanTrial => "Berman et al.: first placebo-controlled trial in depression",
            Self::ZarateTrial => "Zarate et al.: randomized trial in resistant depression",
            Self::MurroughTrial => "Murrough et al.: two-site trial against midazolam",
            Self::SpravatoApproval => "FDA approves esketamine nasal spray (Spravato)",
            Self::SpravatoEuApproval => "European Commission approves Spravato",
            Self::SpravatoSuicidalIdeation => {
                "Spravato approved for depression with suicidal ideation"
            }
            Self::SpravatoMonotherapy => "Spravato approved as monotherapy",
            Self::WidelyUsedAnesthetic => "Wide use in surgery and emergency medicine",
            Self::VietnamWarStaple => "A staple of the Vietnam War",
            Self::MoodAndPainNoticed => "Better mood and less pain noticed in patients",
            Self::RapidAntidepressantDiscovery => "Rapid antidepressant effect discovered",
            Self::RecreationalUse => "Recreational use",
            Self::NasalSprayApproval => "FDA approves a nasal spray",
            Self::RecentAttention => "Attention for mental health; clinics open",
        }
    }

    /// What the sources say of the event, one claim per statement. Reference
    /// events' claims carry the reference file's [`Confidence`].
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Certainty, HistoryEvent};
    ///
    /// let claims = HistoryEvent::FirstHumanStudy.claims();
    /// assert!(claims.iter().any(|c| c.confidence().map(|c| c.certainty()) == Some(Certainty::NotSettled)));
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::DevelopedInThe1960s => DEVELOPED,
            Self::VietnamBattlefieldUse => VIETNAM_REFERENCE,
            Self::SynthesizedIn1962 => SYNTHESIZED,
            Self::Ci581Synthesis => CI_581,
            Self::FirstHumanStudy => FIRST_HUMAN_STUDY,
            Self::LateCenturyMoodStudies => LATE_CENTURY,
            Self::KetalarApproval => KETALAR,
            Self::ApprovedInThe1970s => APPROVED_1970S,
            Self::WhoEssentialMedicine => WHO,
            Self::DeaScheduleIii => DEA,
            Self::BermanTrial => BERMAN,
            Self::ZarateTrial => ZARATE,
            Self::MurroughTrial => MURROUGH,
            Self::SpravatoApproval => SPRAVATO,
            Self::SpravatoEuApproval => SPRAVATO_EU,
            Self::SpravatoSuicidalIdeation => SPRAVATO_SUICIDAL,
            Self::SpravatoMonotherapy => SPRAVATO_MONO,
            Self::WidelyUsedAnesthetic => WIDELY_USED,
            Self::VietnamWarStaple => VIETNAM_ARTICLE,
            Self::MoodAndPainNoticed => NOTICED,
            Self::RapidAntidepressantDiscovery => DISCOVERY,
            Self::RecreationalUse => RECREATIONAL,
            Self::NasalSprayApproval => NASAL_SPRAY,
            Self::RecentAttention => RECENT,
        }
    }

    /// Whether the event is told by the articles or recorded by a reference source.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoryEvent, SourceKind};
    ///
    /// assert_eq!(HistoryEvent::VietnamWarStaple.kind(), SourceKind::Article);
    /// assert_eq!(HistoryEvent::VietnamBattlefieldUse.kind(), SourceKind::Reference);
    /// ```
    #[must_use]
    pub const fn kind(self) -> SourceKind {
        match self {
            Self::DevelopedInThe1960s
            | Self::SynthesizedIn1962
            | Self::LateCenturyMoodStudies
            | Self::ApprovedInThe1970s
            | Self::WidelyUsedAnesthetic
            | Self::VietnamWarStaple
            | Self::MoodAndPainNoticed
            | Self::RapidAntidepressantDiscovery
            | Self::RecreationalUse
            | Self::NasalSprayApproval
            | Self::RecentAttention => SourceKind::Article,
            Self::VietnamBattlefieldUse
            | Self::Ci581Synthesis
            | Self::FirstHumanStudy
            | Self::KetalarApproval
            | Self::WhoEssentialMedicine
            | Self::DeaScheduleIii
            | Self::BermanTrial
            | Self::ZarateTrial
            | Self::MurroughTrial
            | Self::SpravatoApproval
            | Self::SpravatoEuApproval
            | Self::SpravatoSuicidalIdeation
            | Self::SpravatoMonotherapy => SourceKind::Reference,
        }
    }

    /// Whether the event is told by the articles (otherwise a reference source
    /// records it).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert!(HistoryEvent::SynthesizedIn1962.is_from_articles());
    /// assert!(!HistoryEvent::Ci581Synthesis.is_from_articles());
    /// ```
    #[must_use]
    pub const fn is_from_articles(self) -> bool {
        matches!(self.kind(), SourceKind::Article)
    }

    /// Every source any claim of the event cites, each once, in [`Source`] order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoryEvent, Source};
    ///
    /// let sources: Vec<Source> = HistoryEvent::NasalSprayApproval.sources().collect();
    /// assert_eq!(sources, [Source::RiseOfKetamineTherapy, Source::WhatIsKetamin]);
    /// ```
    pub fn sources(self) -> impl Iterator<Item = Source> {
        Source::ALL
            .iter()
            .copied()
            .filter(move |source| self.claims().iter().any(|claim| claim.cites(*source)))
    }

    /// The whole table linking article events to the reference events that
    /// confirm them, date them more precisely, or correct them.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// for row in HistoryEvent::corrections() {
    ///     assert!(row.article().is_from_articles());
    ///     assert!(!row.reference().is_from_articles());
    /// }
    /// ```
    #[must_use]
    pub const fn corrections() -> &'static [Correction] {
        CORRECTIONS
    }

    /// For an article event: the rows in which reference events confirm, date
    /// or correct it. Empty for reference events.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CorrectionKind, HistoryEvent};
    ///
    /// let kinds: Vec<CorrectionKind> =
    ///     HistoryEvent::NasalSprayApproval.checked_by().map(|row| row.kind()).collect();
    /// assert_eq!(kinds, [CorrectionKind::MakesPrecise, CorrectionKind::Corrects]);
    /// ```
    pub fn checked_by(self) -> impl Iterator<Item = &'static Correction> {
        CORRECTIONS.iter().filter(move |row| row.article == self)
    }

    /// For a reference event: the rows in which it confirms, dates or corrects
    /// an article event. Empty for article events.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// let checked: Vec<HistoryEvent> =
    ///     HistoryEvent::Ci581Synthesis.checks().map(|row| row.article()).collect();
    /// assert_eq!(checked, [HistoryEvent::DevelopedInThe1960s, HistoryEvent::SynthesizedIn1962]);
    /// ```
    pub fn checks(self) -> impl Iterator<Item = &'static Correction> {
        CORRECTIONS.iter().filter(move |row| row.reference == self)
    }

    /// For a reference event: the article claims it dates more precisely or
    /// corrects (not those it merely confirms), each once.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoryEvent, Source};
    ///
    /// let revised: Vec<_> = HistoryEvent::KetalarApproval.revised_claims().collect();
    /// assert_eq!(revised.len(), 1);
    /// assert!(revised[0].cites(Source::MentalHealthOverview));
    /// assert_eq!(HistoryEvent::SpravatoApproval.revised_claims().count(), 2);
    /// ```
    pub fn revised_claims(self) -> impl Iterator<Item = &'static Claim> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |article| {
                self.checks()
                    .any(|row| row.article == *article && row.kind != CorrectionKind::Confirms)
            })
            .flat_map(|article| article.claims().iter())
    }

    /// The reference event that dates this article event more precisely, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::LateCenturyMoodStudies.made_precise_by(), Some(HistoryEvent::BermanTrial));
    /// assert_eq!(HistoryEvent::RecreationalUse.made_precise_by(), None);
    /// ```
    #[must_use]
    pub fn made_precise_by(self) -> Option<HistoryEvent> {
        self.checked_by()
            .find(|row| row.kind == CorrectionKind::MakesPrecise)
            .map(Correction::reference)
    }

    /// The reference event that corrects this article event, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::NasalSprayApproval.corrected_by(), Some(HistoryEvent::SpravatoApproval));
    /// assert_eq!(HistoryEvent::ApprovedInThe1970s.corrected_by(), None);
    /// ```
    #[must_use]
    pub fn corrected_by(self) -> Option<HistoryEvent> {
        self.checked_by()
            .find(|row| row.kind == CorrectionKind::Corrects)
            .map(Correction::reference)
    }

    /// The reference event that confirms this article event as told, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::SynthesizedIn1962.confirmed_by(), Some(HistoryEvent::Ci581Synthesis));
    /// ```
    #[must_use]
    pub fn confirmed_by(self) -> Option<HistoryEvent> {
        self.checked_by()
            .find(|row| row.kind == CorrectionKind::Confirms)
            .map(Correction::reference)
    }
}

facts_enum! {
    /// What a reference event does to an article's account of the same event.
    ///
    /// `Ord` goes by how much the reference changes: `Confirms < MakesPrecise < Corrects`.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::CorrectionKind;
    ///
    /// assert_eq!("refines".parse(), Ok(CorrectionKind::MakesPrecise));
    /// assert!(CorrectionKind::Corrects > CorrectionKind::Confirms);
    /// ```
    #[non_exhaustive]
    pub enum CorrectionKind ("correction kind") {
        /// The reference agrees with the article at the article's precision.
        Confirms => "confirms" | "agrees",
        /// The reference dates the event more precisely than the article, consistently with it.
        MakesPrecise => "makes_precise" | "refines" | "precise",
        /// The reference contradicts part of the article's account.
        Corrects => "corrects" | "correction" | "contradicts",
    }
}

/// One row of the correction table: a reference event that confirms, dates
/// more precisely, or corrects an article event.
///
/// `Ord` is by article event, then reference event, then kind.
///
/// # Example
///
/// ```
/// use ketamine_facts::{CorrectionKind, HistoryEvent};
///
/// let row = HistoryEvent::ApprovedInThe1970s.checked_by().next().unwrap();
/// assert_eq!(row.reference(), HistoryEvent::KetalarApproval);
/// assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
/// assert!(row.note().contains("1970"));
/// assert_eq!(row.to_string(), "approved_in_the_1970s: makes_precise by ketalar_approval");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Correction {
    article: HistoryEvent,
    reference: HistoryEvent,
    kind: CorrectionKind,
    note: &'static str,
}

impl Correction {
    const fn new(
        article: HistoryEvent,
        reference: HistoryEvent,
        kind: CorrectionKind,
        note: &'static str,
    ) -> Self {
        Self {
            article,
            reference,
            kind,
            note,
        }
    }

    /// The article event.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::BermanTrial.checks().next().map(|r| r.article()), Some(HistoryEvent::LateCenturyMoodStudies));
    /// ```
    #[must_use]
    pub const fn article(&self) -> HistoryEvent {
        self.article
    }

    /// The reference event.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert_eq!(HistoryEvent::VietnamWarStaple.checked_by().next().map(|r| r.reference()), Some(HistoryEvent::VietnamBattlefieldUse));
    /// ```
    #[must_use]
    pub const fn reference(&self) -> HistoryEvent {
        self.reference
    }

    /// What the reference does to the article's account.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CorrectionKind, HistoryEvent};
    ///
    /// assert_eq!(HistoryEvent::SynthesizedIn1962.checked_by().next().map(|r| r.kind()), Some(CorrectionKind::Confirms));
    /// ```
    #[must_use]
    pub const fn kind(&self) -> CorrectionKind {
        self.kind
    }

    /// What changes, in the crate's words.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoryEvent;
    ///
    /// assert!(HistoryEvent::corrections().iter().all(|row| !row.note().is_empty()));
    /// ```
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} by {}", self.article, self.kind, self.reference)
    }
}

// ---------------------------------------------------------------------------
// Dates given to the day.

const fn on(year: i32, month: u32, day: u32) -> HistoricDate {
    match HistoricDate::ymd(year, month, day) {
        Some(date) => date,
        None => HistoricDate::UNDATED,
    }
}

const DEA_SCHEDULE_DAY: HistoricDate = on(1999, 8, 12);
const BERMAN_DAY: HistoricDate = on(2000, 2, 15);
const SPRAVATO_DAY: HistoricDate = on(2019, 3, 5);

const _: () = {
    assert!(DEA_SCHEDULE_DAY.is_dated());
    assert!(BERMAN_DAY.is_dated());
    assert!(SPRAVATO_DAY.is_dated());
};

// ---------------------------------------------------------------------------
// The correction table.

use CorrectionKind::{Confirms, Corrects, MakesPrecise};
use HistoryEvent::{
    ApprovedInThe1970s, BermanTrial, Ci581Synthesis, DevelopedInThe1960s, KetalarApproval,
    LateCenturyMoodStudies, NasalSprayApproval, SpravatoApproval, SynthesizedIn1962,
    VietnamBattlefieldUse, VietnamWarStaple,
};

const CORRECTIONS: &[Correction] = &[
    Correction::new(
        DevelopedInThe1960s,
        Ci581Synthesis,
        MakesPrecise,
        "The articles give the decade; the reference sources give the year of synthesis, 1962.",
    ),
    Correction::new(
        SynthesizedIn1962,
        Ci581Synthesis,
        Confirms,
        "The year and the chemist agree; the reference sources add Wayne State University, Parke-Davis and the code CI-581.",
    ),
    Correction::new(
        VietnamWarStaple,
        VietnamBattlefieldUse,
        MakesPrecise,
        "The article gives no date; the reference sources place the use in the 1960s–1970s and do not settle when it began.",
    ),
    Correction::new(
        LateCenturyMoodStudies,
        BermanTrial,
        MakesPrecise,
        "The first placebo-controlled trial in depression was published in February 2000, the last year of the 20th century counted strictly (1901–2000); read as 'the 1900s', the article's 'by the late 20th century' is slightly early.",
    ),
    Correction::new(
        ApprovedInThe1970s,
        KetalarApproval,
        MakesPrecise,
        "The first US approval was in 1970 (Ketalar, Parke-Davis), the first year of the decade the article names; the exact day was not found.",
    ),
    Correction::new(
        NasalSprayApproval,
        SpravatoApproval,
        MakesPrecise,
        "Neither article dates the approval; the FDA approved the spray on 5 March 2019.",
    ),
    Correction::new(
        NasalSprayApproval,
        SpravatoApproval,
        Corrects,
        "Article 002 says the FDA approved a ketamine nasal spray; the approved spray, Spravato, contains esketamine, the S-enantiomer, not racemic ketamine, as article 003 says.",
    ),
];

// ---------------------------------------------------------------------------
// Claims: article events.

const ESSAY: Source = Source::RiseOfKetamineTherapy;
const OVERVIEW_000: Source = Source::MentalHealthOverview;

const fn at(section: Section, evidence: Evidence) -> Citation {
    Citation::section(section, evidence)
}

const fn reference(source: Source, evidence: Evidence) -> Citation {
    Citation::whole(source, evidence)
}

/// First developed as an anesthetic. Lives here;
/// [`Indication::Anesthesia`](crate::Indication::Anesthesia) lists it.
pub(crate) const FIRST_DEVELOPED_AS_ANESTHETIC: Claim = Claim::new(
    "Ketamine was first developed as an anesthetic.",
    // 003's FAQ says only that it was developed in the 1960s and is known as
    // an anesthetic: it is cited for the decade below.
    &[
        at(RevolutionaryTreatmentTitle, Stated),
        at(WhatIsKetamine, Stated),
        Citation::whole(ESSAY, Stated),
        at(Overview, Stated),
        at(UnlockingTheMysteriesTitle, Stated),
    ],
);

const DEVELOPED: &[Claim] = &[
    FIRST_DEVELOPED_AS_ANESTHETIC,
    Claim::new(
        "Its development dates from the 1960s.",
        &[
            at(WhatIsKetamine, Stated),
            at(Overview, Stated),
            at(FaqWhatIsKetamine, Stated),
        ],
    ),
];

const SYNTHESIZED: &[Claim] = &[Claim::new(
    "Calvin Stevens synthesized ketamine in 1962, where its story begins.",
    &[at(HistoryOfKetamine, Stated)],
)];

/// Studies of mood disorders by the late 20th century (003). Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const MOOD_STUDIES: Claim = Claim::new(
    "By the late 20th century, studies had begun to show ketamine's effects on mood disorders.",
    &[at(HistoryOfKetamine, ClinicalStudies)],
);

const LATE_CENTURY: &[Claim] = &[
    Claim::new(
        "As research went on, scientists looked into uses of ketamine beyond anesthesia.",
        &[at(HistoryOfKetamine, Stated)],
    ),
    MOOD_STUDIES,
];

const APPROVED_1970S: &[Claim] = &[Claim::new(
    "Ketamine received its first approval for medical use in the 1970s.",
    &[Citation::whole(OVERVIEW_000, RegulatoryApproval)],
)];

// Article 001 and 003's history tell this in the past tense; the present-tense
// facts (ketamine is used in surgery and emergencies, and spares breathing) live
// with `Indication::Anesthesia`, and the one that is a property of the drug is
// listed here too.
const WIDELY_USED: &[Claim] = &[
    Claim::new(
        "Ketamine came into wide use as an anesthetic for surgery.",
        &[
            at(WhatIsKetamine, StandardPractice),
            at(HistoryOfKetamine, StandardPractice),
        ],
    ),
    Claim::new(
        "It was also widely used in emergency medicine.",
        &[at(WhatIsKetamine, StandardPractice)],
    ),
    BREATHING_PRESERVED,
    Claim::new(
        "Its safety profile and effectiveness led to its adoption across many medical settings.",
        &[at(HistoryOfKetamine, Stated)],
    ),
];

const VIETNAM_ARTICLE: &[Claim] = &[Claim::new(
    "Ketamine became a staple anesthetic of the Vietnam War because it did not compromise breathing; the article gives no date.",
    &[at(HistoryOfKetamine, Stated)],
)];

/// Patients reported better mood and less pain (001). Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) and
/// [`Indication::ChronicPain`](crate::Indication::ChronicPain) list it.
pub(crate) const MOOD_AND_PAIN_REPORTED: Claim = Claim::new(
    "Over time, researchers saw that patients given ketamine (the article does not say for what) reported better mood and less pain, which drew interest to its psychological effects.",
    &[at(WhatIsKetamine, PatientReports)],
);

const NOTICED: &[Claim] = &[MOOD_AND_PAIN_REPORTED];

/// The rapid antidepressant effect as a turning point (003). Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const TURNING_POINT: Claim = Claim::new(
    "Finding that ketamine could relieve depressive symptoms rapidly was a turning point for psychiatry; the article gives no date.",
    &[at(HistoryOfKetamine, Stated)],
);

const DISCOVERY: &[Claim] = &[TURNING_POINT];

/// Article 001's teaser: once known mainly as an anesthetic and a party drug.
/// Lives here; [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse) lists it.
pub(crate) const PARTY_DRUG: Claim = Claim::new(
    "Before it entered mental health care, ketamine was known mainly as an anesthetic and as a party drug.",
    &[at(NasalSprayTeaser, Stated)],
)
.disputed(&[Disagreement::SubstanceUse]);

/// Article 000: a history of recreational use, for the hallucinogenic effects.
/// Lives here; [`Precaution::AbuseAndMisuse`](crate::Precaution::AbuseAndMisuse)
/// and [`SideEffect::AbuseAndMisuse`](crate::SideEffect::AbuseAndMisuse) list it.
pub(crate) const RECREATIONAL_PAST: Claim = Claim::new(
    "Ketamine has a history of recreational use, for its hallucinogenic effects.",
    &[at(WhatAreSafetyAndConsiderations, Stated)],
)
.disputed(&[Disagreement::SubstanceUse]);

const RECREATIONAL: &[Claim] = &[RECREATIONAL_PAST, PARTY_DRUG];

/// Article 002's account of the spray's approval: a "ketamine nasal spray".
/// Lives here; [`Route::Intranasal`](crate::Route::Intranasal) and the
/// indications list it.
pub(crate) const ESSAY_SPRAY_APPROVAL: Claim = Claim::new(
    "Article 002: the FDA approved a ketamine nasal spray for treatment-resistant depression, prompted by its rapid onset; the article calls it the first rapid-acting antidepressant to reach the market.",
    &[Citation::whole(ESSAY, RegulatoryApproval)],
)
.disputed(&[Disagreement::WhatTheFdaApproved]);

/// Article 003's account of the spray's approval: esketamine, sold as
/// Spravato. Lives here; [`Route::Intranasal`](crate::Route::Intranasal) and
/// the indications list it.
pub(crate) const ESKETAMINE_SPRAY_APPROVAL: Claim = Claim::new(
    "Article 003: the FDA approved a nasal spray of esketamine, sold as Spravato, for treatment-resistant depression.",
    &[
        at(AdministrationMethods, RegulatoryApproval),
        at(FaqAdministration, RegulatoryApproval),
    ],
)
.disputed(&[Disagreement::WhatTheFdaApproved]);

const NASAL_SPRAY: &[Claim] = &[ESSAY_SPRAY_APPROVAL, ESKETAMINE_SPRAY_APPROVAL];

/// Recent attention as a possible mental-health treatment (every article).
/// Lives here; [`ResearchDirection::EmergingField`](crate::ResearchDirection::EmergingField) lists it.
pub(crate) const RECENT_ATTENTION: Claim = Claim::new(
    "In recent years ketamine has drawn wide attention as a possible treatment for mental health conditions.",
    &[
        Citation::whole(OVERVIEW_000, Stated),
        at(RevolutionaryTreatmentTitle, Stated),
        Citation::whole(ESSAY, Stated),
        at(Overview, Stated),
        at(PotentialBenefits, Stated),
        at(FaqBenefits, Stated),
        at(UnlockingTheMysteriesTitle, Stated),
        at(UnderstandingKetamine, Stated),
    ],
);

/// Researchers have begun exploring treatment-resistant conditions (000).
/// Lives here; [`Indication::TreatmentResistantDepression`](crate::Indication::TreatmentResistantDepression) lists it.
pub(crate) const EXPLORING_RESISTANT_CONDITIONS: Claim = Claim::new(
    "More recently, researchers have begun to explore ketamine's effects on mental health conditions that resist treatment.",
    &[Citation::whole(OVERVIEW_000, UnderInvestigation)],
);

// The clinics opening around the world are a fact of clinic practice, told
// with `ClinicPractice::SpecialisedClinics` and listed here.
const RECENT: &[Claim] = &[
    RECENT_ATTENTION,
    EXPLORING_RESISTANT_CONDITIONS,
    SPECIALISED_CLINICS_OPENED,
];

// ---------------------------------------------------------------------------
// Claims: reference events, graded as the reference file grades them.

const CI_581: &[Claim] = &[Claim::new(
    "Calvin Stevens, an organic chemist at Wayne State University consulting for Parke-Davis, synthesized ketamine in 1962 under the code CI-581.",
    &[
        reference(Source::ApaTextbookKetamineChapter, Stated),
        reference(Source::ErowidKetamineTimeline, Stated),
        reference(Source::HistoryReviewPmc4933765, Stated),
    ],
)
.graded(Confidence::new(
    High,
    "a textbook chapter, a timeline and a review agree",
))];

const FIRST_HUMAN_STUDY: &[Claim] = &[
    Claim::new(
        "Edward Domino and Guenter Corssen of the University of Michigan gave ketamine to people for the first time, and named the state it produces a \"dissociative anesthetic\".",
        &[reference(Source::DominoTamingTheKetamineTiger, Stated)],
    )
    .graded(Confidence::new(
        High,
        "Domino's own account; high for the term",
    )),
    Claim::new(
        "The year is not settled: the study is dated 1964, its paper 1965, and one source gives 1966.",
        &[reference(Source::DominoTamingTheKetamineTiger, Stated)],
    )
    .graded(Confidence::new(
        NotSettled,
        "study 1964, paper 1965, one source 1966",
    )),
];

const KETALAR: &[Claim] = &[Claim::new(
    "The US FDA first approved ketamine in 1970, as Ketalar from Parke-Davis (NDA 016812).",
    &[
        reference(Source::KetalarLabel, RegulatoryApproval),
        reference(Source::ApaTextbookKetamineChapter, Stated),
    ],
)
.graded(Confidence::new(
    High,
    "the label gives the initial US approval as 1970; the exact day was not found",
))];

const VIETNAM_REFERENCE: &[Claim] = &[
    Claim::new(
        "US forces used ketamine as a battlefield anesthetic in the Vietnam War.",
        &[
            reference(Source::ApaTextbookKetamineChapter, Stated),
            reference(Source::MercerDrugOfWar, Stated),
        ],
    )
    .graded(Confidence::new(
        Medium,
        "the use is certain, its start year is not",
    )),
    Claim::new(
        "When the use began is not settled: the textbook chapter places it after the 1970 approval, other timelines from 1966.",
        &[
            reference(Source::ApaTextbookKetamineChapter, Stated),
            reference(Source::MercerDrugOfWar, Stated),
        ],
    )
    .graded(Confidence::new(
        NotSettled,
        "sources give different start years",
    )),
];

const WHO: &[Claim] = &[Claim::new(
    "The WHO added ketamine to its Model List of Essential Medicines in 1985.",
    &[reference(Source::WhoKetamineControl2015, Stated)],
)
.graded(Confidence::new(High, "the WHO's own statement"))];

const DEA: &[Claim] = &[Claim::new(
    "Ketamine was placed in Schedule III of the US Controlled Substances Act from 12 August 1999, by a final rule published on 13 July 1999 (64 FR 37673).",
    &[reference(Source::FederalRegister1999, RegulatoryApproval)],
)
.graded(Confidence::new(High, "the Federal Register rule"))];

const BERMAN: &[Claim] = &[Claim::new(
    "Berman et al. published the first placebo-controlled, double-blind trial of ketamine in depression: 7 patients, 0.5 mg/kg given intravenously.",
    &[reference(Source::Berman2000, ClinicalStudies)],
)
.graded(Confidence::new(High, "the trial publication"))];

const ZARATE: &[Claim] = &[Claim::new(
    "Zarate et al. ran a randomized trial of ketamine in treatment-resistant major depression: one IV dose acted within 2 hours and lasted about a week.",
    &[reference(Source::Zarate2006, ClinicalStudies)],
)
.graded(Confidence::new(
    Medium,
    "volume and pages of the publication not confirmed",
))];

const MURROUGH: &[Claim] = &[Claim::new(
    "Murrough et al. compared ketamine with midazolam in a two-site randomized controlled trial in treatment-resistant major depression: 73 patients, 0.5 mg/kg, each infused over 40 minutes.",
    &[reference(Source::Murrough2013, ClinicalStudies)],
)
.graded(Confidence::new(
    Medium,
    "volume and pages of the publication not confirmed",
))];

const SPRAVATO: &[Claim] = &[Claim::new(
    "The FDA approved Spravato, an esketamine nasal spray, for treatment-resistant depression, taken with an oral antidepressant.",
    &[reference(Source::JanssenFdaApproval2019, RegulatoryApproval)],
)
.graded(Confidence::new(
    High,
    "the FDA and Janssen announcement of the day",
))];

const SPRAVATO_EU: &[Claim] = &[Claim::new(
    "The European Commission approved Spravato for treatment-resistant depression, taken with an SSRI or SNRI.",
    &[
        reference(Source::JanssenEuApproval2019, RegulatoryApproval),
        reference(Source::Bmj2019, Stated),
    ],
)
.graded(Confidence::new(High, "high for the month"))];

const SPRAVATO_SUICIDAL: &[Claim] = &[Claim::new(
    "The FDA approved Spravato for depressive symptoms in adults with major depressive disorder and acute suicidal ideation or behavior.",
    &[reference(
        Source::JanssenSuicidalIdeation2020,
        RegulatoryApproval,
    )],
)
.graded(Confidence::new(
    Medium,
    "dated by the company's announcement",
))];

const SPRAVATO_MONO: &[Claim] = &[Claim::new(
    "The FDA approved Spravato on its own, as monotherapy, for treatment-resistant depression.",
    &[reference(Source::JnjMonotherapy2025, RegulatoryApproval)],
)
.graded(Confidence::new(
    Medium,
    "dated by the company's announcement",
))];
