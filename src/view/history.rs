//! The history of ketamine: what the articles tell, and what the reference
//! sources date precisely or correct.
//!
//! Every [`HistoryEvent`] is either told by the articles or recorded by a
//! reference source ([`HistoryEvent::is_from_articles`]). Where an article
//! tells an event loosely or wrongly ("first approved in the 1970s"), both
//! events are kept, and a [`ClaimCorrection`] row links the article's claim
//! to the reference claim: see [`HistoryEvent::claim_corrections`]. (The
//! 0.1.0 event-to-event view of the same rows is in `view::event_correction`.)

use chrono::Month;

use crate::{
    CenturyPart, Claim, ClaimCorrection, HistoricDate, HistoryEvent, Source, SourceKind, Subject,
};

impl HistoryEvent {
    /// The events in date order (the same slice as [`ALL`](Self::ALL));
    /// undated events last.
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
    /// events' claims carry the reference file's [`Confidence`](crate::Confidence).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::HistoryEvent(self))
    }

    /// Whether the event is told by the articles or recorded by a reference source.
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
    /// assert_eq!(sources, [Source::RiseOfKetamineTherapy, Source::WhatIsKetamine]);
    /// ```
    pub fn sources(self) -> impl Iterator<Item = Source> {
        Source::ALL
            .iter()
            .copied()
            .filter(move |source| self.claims().iter().any(|claim| claim.cites(*source)))
    }

    /// The corrections whose article claim is about this event: each names
    /// the article claim and the reference claim that confirms it, makes it
    /// precise or corrects it. Empty for reference events (see
    /// [`ClaimCorrection::by`] for the article claims a reference claim checks).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CorrectionKind, HistoryEvent, Subject};
    ///
    /// let row = HistoryEvent::ApprovedInThe1970s.claim_corrections().next().unwrap();
    /// assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
    /// assert!(row.article().mentions("1970s"));
    /// assert!(row.reference().is_about(Subject::HistoryEvent(HistoryEvent::KetalarApproval)));
    /// assert_eq!(HistoryEvent::RecreationalUse.claim_corrections().count(), 0);
    /// ```
    pub fn claim_corrections(self) -> impl Iterator<Item = &'static ClaimCorrection> {
        ClaimCorrection::all()
            .iter()
            .filter(move |row| row.article().is_about(Subject::HistoryEvent(self)))
    }
}

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
