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

use crate::{CenturyPart, Claim, CorrectionKind, HistoricDate, HistoryEvent, Source, SourceKind};

use crate::CorrectionKind::{Confirms, Corrects, MakesPrecise};

use crate::HistoryEvent::{
    ApprovedInThe1970s, BermanTrial, Ci581Synthesis, DevelopedInThe1960s, KetalarApproval,
    LateCenturyMoodStudies, NasalSprayApproval, SpravatoApproval, SynthesizedIn1962,
    VietnamBattlefieldUse, VietnamWarStaple,
};

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
    /// events' claims carry the reference file's [`Confidence`](crate::Confidence).
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
        crate::view::index::claims_of(crate::Subject::HistoryEvent(self))
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
    /// assert_eq!(sources, [Source::RiseOfKetamineTherapy, Source::WhatIsKetamine]);
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
