//! The history of ketamine: the articles' account, the reference records, and
//! the corrections that link them.

use chrono::{Month, NaiveDate};
use ketamine_facts::{
    CenturyPart, Certainty, ClaimCorrection, CorrectionKind, Disagreement, Evidence, HistoricDate,
    HistoryEvent, Precision, Section, Source, SourceKind, Subject,
};
use proptest::prelude::*;

use HistoryEvent::*;

mod common;
use common::claim;

/// The one correction between these two claims, found by id.
#[track_caller]
fn correction(article: &str, reference: &str) -> &'static ClaimCorrection {
    let (article, reference) = (claim(article), claim(reference));
    let rows: Vec<_> = ClaimCorrection::of(article)
        .filter(|row| row.reference() == reference)
        .collect();
    assert_eq!(rows.len(), 1, "corrections of {article} by {reference}");
    rows[0]
}

/// The first event of this kind (article or reference) that the claim is about.
fn event_of(claim: &ketamine_facts::Claim, from_articles: bool) -> Option<HistoryEvent> {
    claim.subjects().iter().find_map(|subject| match subject {
        Subject::HistoryEvent(event) if event.is_from_articles() == from_articles => Some(*event),
        _ => None,
    })
}

fn cites_section(event: HistoryEvent, section: Section) -> bool {
    event
        .claims()
        .iter()
        .flat_map(ketamine_facts::Claim::citations)
        .any(|c| c.cited_section() == Some(section))
}

// --- what the articles say ---------------------------------------------------

#[test]
fn article_003_says_ketamine_was_synthesized_in_1962_by_calvin_stevens() {
    assert_eq!(SynthesizedIn1962.date(), HistoricDate::year(1962));
    let stevens = claim("history-event/synthesized-in-1962-calvin-stevens");
    assert!(SynthesizedIn1962.claims().contains(stevens));
    assert!(stevens.mentions("Calvin Stevens"));
    assert!(cites_section(SynthesizedIn1962, Section::HistoryOfKetamine));
    assert_eq!(SynthesizedIn1962.confirmed_by(), Some(Ci581Synthesis));
    let row = correction(
        "history-event/synthesized-in-1962-calvin-stevens",
        "history-event/ci-581-synthesis-wayne-state-parke-davis",
    );
    assert_eq!(row.kind(), CorrectionKind::Confirms);
    assert!(row.reference().mentions("1962"));
}

#[test]
fn articles_001_and_003_say_ketamine_was_developed_as_an_anesthetic_in_the_1960s() {
    assert_eq!(DevelopedInThe1960s.date().to_string(), "1960s");
    let decade = claim("history-event/developed-in-the-1960s-development-decade");
    assert!(DevelopedInThe1960s.claims().contains(decade));
    assert!(decade.mentions("1960s"));
    assert!(decade.cites(Source::RevolutionaryTreatment));
    assert!(decade.cites(Source::WhatIsKetamine));
    // 003's FAQ gives the decade, and calls ketamine known as an anesthetic, but
    // does not say it was developed as one
    let as_anesthetic = claim("indication/anesthesia-original-purpose");
    assert!(DevelopedInThe1960s.claims().contains(as_anesthetic));
    assert!(as_anesthetic.mentions("developed as an anesthetic"));
    assert!(
        as_anesthetic
            .citations()
            .iter()
            .all(|c| c.cited_section() != Some(Section::FaqWhatIsKetamine))
    );
    assert!(cites_section(
        DevelopedInThe1960s,
        Section::FaqWhatIsKetamine
    ));
    assert_eq!(DevelopedInThe1960s.made_precise_by(), Some(Ci581Synthesis));
    // the claim that gives the decade is the one the synthesis year makes precise
    let row = correction(
        "history-event/developed-in-the-1960s-development-decade",
        "history-event/ci-581-synthesis-wayne-state-parke-davis",
    );
    assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
    assert_eq!(ClaimCorrection::of(as_anesthetic).count(), 0);
}

#[test]
fn article_000_says_ketamine_was_first_approved_in_the_1970s_and_the_label_says_1970() {
    assert_eq!(ApprovedInThe1970s.date(), HistoricDate::decade(1970));
    let decade = claim("history-event/approved-in-the-1970s-first-medical-approval");
    assert!(ApprovedInThe1970s.claims().contains(decade));
    assert!(decade.cites(Source::MentalHealthOverview));
    assert_eq!(ApprovedInThe1970s.made_precise_by(), Some(KetalarApproval));
    assert_eq!(KetalarApproval.date().to_string(), "1970");
    let ketalar = claim("history-event/ketalar-approval-fda-1970");
    assert!(KetalarApproval.claims().contains(ketalar));
    assert!(ketalar.cites(Source::KetalarLabel));
    assert!(ketalar.mentions("NDA 016812"));
    let row = correction(decade.id().as_str(), ketalar.id().as_str());
    assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
    assert!(row.note().contains("1970"));
}

#[test]
fn article_003_says_ketamine_was_a_staple_of_the_vietnam_war_without_a_date() {
    assert_eq!(VietnamWarStaple.date(), HistoricDate::UNDATED);
    assert!(cites_section(VietnamWarStaple, Section::HistoryOfKetamine));
    assert_eq!(
        VietnamWarStaple.made_precise_by(),
        Some(VietnamBattlefieldUse)
    );
    assert_eq!(VietnamBattlefieldUse.date().to_string(), "1960s–1970s");
    // the reference claim that speaks of the date: when the use began is not settled
    let row = correction(
        "history-event/vietnam-war-staple-preserved-breathing",
        "history-event/vietnam-battlefield-use-start-date-disputed",
    );
    assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
    assert_eq!(
        row.reference()
            .confidence()
            .map(ketamine_facts::Confidence::certainty),
        Some(Certainty::NotSettled)
    );
}

#[test]
fn article_001_says_researchers_noticed_patients_reporting_better_mood_and_less_pain() {
    let claim = claim("history-event/mood-and-pain-noticed-patient-reports");
    // 001 names neither chronic pain nor depression: history only
    assert_eq!(
        claim.subjects(),
        [Subject::HistoryEvent(MoodAndPainNoticed)]
    );
    assert!(MoodAndPainNoticed.claims().contains(claim));
    assert!(claim.cites(Source::RevolutionaryTreatment));
    assert_eq!(claim.strongest_evidence(), Evidence::PatientReports);
    assert!(!MoodAndPainNoticed.date().is_dated());
}

#[test]
fn article_003_says_studies_showed_effects_on_mood_disorders_by_the_late_20th_century() {
    assert_eq!(
        LateCenturyMoodStudies.date(),
        HistoricDate::era(CenturyPart::Late, 20)
    );
    assert_eq!(LateCenturyMoodStudies.made_precise_by(), Some(BermanTrial));
    // the claim that says "by the late 20th century" is an indication's claim too
    let row = correction(
        "indication/depression-late-20th-century-mood-studies",
        "history-event/berman-trial-first-placebo-controlled",
    );
    assert_eq!(row.kind(), CorrectionKind::MakesPrecise);
    assert!(LateCenturyMoodStudies.claims().contains(row.article()));
    // Berman et al. (February 2000) falls inside the crate's reading of the era.
    assert!(BermanTrial.date().first_day() >= LateCenturyMoodStudies.date().first_day());
    assert!(BermanTrial.date().last_day() <= LateCenturyMoodStudies.date().last_day());
}

#[test]
fn article_003_tells_of_the_rapid_antidepressant_discovery_without_a_date() {
    assert!(!RapidAntidepressantDiscovery.date().is_dated());
    let discovery = claim("indication/depression-rapid-relief-turning-point");
    assert!(RapidAntidepressantDiscovery.claims().contains(discovery));
    assert!(discovery.cites(Source::WhatIsKetamine));
    assert_eq!(RapidAntidepressantDiscovery.claim_corrections().count(), 0);
}

#[test]
fn article_000_tells_of_recreational_use_and_links_the_substance_use_disagreement() {
    let claim = claim("side-effect/abuse-and-misuse-recreational-history");
    assert!(RecreationalUse.claims().contains(claim));
    assert!(claim.cites(Source::MentalHealthOverview));
    assert_eq!(claim.disputes(), [Disagreement::SubstanceUse]);
}

#[test]
fn articles_002_and_003_disagree_on_what_nasal_spray_the_fda_approved() {
    let claims = NasalSprayApproval.claims();
    let essay = claim("route/intranasal-fda-approval-rapid-acting-in-002");
    let detailed = claim("route/intranasal-spravato-fda-approval-in-003");
    assert!(claims.contains(essay) && essay.cites(Source::RiseOfKetamineTherapy));
    assert!(claims.contains(detailed) && detailed.cites(Source::WhatIsKetamine));
    assert!(essay.mentions("ketamine nasal spray"));
    assert!(detailed.mentions("esketamine"));
    for claim in claims {
        assert_eq!(claim.disputes(), [Disagreement::WhatTheFdaApproved]);
        assert_eq!(claim.strongest_evidence(), Evidence::RegulatoryApproval);
    }
    assert_eq!(NasalSprayApproval.corrected_by(), Some(SpravatoApproval));
    assert_eq!(NasalSprayApproval.made_precise_by(), Some(SpravatoApproval));
    assert_eq!(SpravatoApproval.date().to_string(), "2019-03-05");
    let approval = "history-event/spravato-approval-fda-trd";
    // 003 names the product rightly and gives no date: made precise
    let dated = correction(detailed.id().as_str(), approval);
    assert_eq!(dated.kind(), CorrectionKind::MakesPrecise);
    // 002's "ketamine nasal spray": corrected
    let corrected = correction(essay.id().as_str(), approval);
    assert_eq!(corrected.kind(), CorrectionKind::Corrects);
    assert!(corrected.note().contains("esketamine"));
    let kinds: Vec<CorrectionKind> = NasalSprayApproval
        .claim_corrections()
        .map(ketamine_facts::ClaimCorrection::kind)
        .collect();
    assert!(
        kinds.contains(&CorrectionKind::MakesPrecise) && kinds.contains(&CorrectionKind::Corrects)
    );
}

#[test]
fn all_five_articles_note_recent_attention_and_003_the_rise_of_clinics() {
    let sources: Vec<Source> = RecentAttention.sources().collect();
    assert_eq!(sources, &Source::ALL[..5]);
    assert!(cites_section(RecentAttention, Section::RoleOfClinics));
}

// --- the reference rows, as the reference file grades them -------------------

#[test]
fn the_reference_rows_have_their_dates_sources_and_grades() {
    let day = |y, m, d| HistoricDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap());
    let rows: &[(HistoryEvent, HistoricDate, &[Source], &[Certainty])] = &[
        (
            Ci581Synthesis,
            HistoricDate::year(1962),
            &[
                Source::ApaTextbookKetamineChapter,
                Source::ErowidKetamineTimeline,
                Source::HistoryReviewPmc4933765,
            ],
            &[Certainty::High],
        ),
        (
            FirstHumanStudy,
            HistoricDate::years(1964, 1966),
            &[Source::DominoTamingTheKetamineTiger],
            &[Certainty::High, Certainty::High, Certainty::NotSettled],
        ),
        (
            KetalarApproval,
            HistoricDate::year(1970),
            &[Source::ApaTextbookKetamineChapter, Source::KetalarLabel],
            &[Certainty::High],
        ),
        (
            VietnamBattlefieldUse,
            HistoricDate::decades(1960, 1970),
            &[Source::ApaTextbookKetamineChapter, Source::MercerDrugOfWar],
            &[Certainty::Medium, Certainty::NotSettled],
        ),
        (
            WhoEssentialMedicine,
            HistoricDate::year(1985),
            &[Source::WhoKetamineControl2015],
            &[Certainty::High],
        ),
        (
            DeaScheduleIii,
            day(1999, 8, 12),
            &[Source::FederalRegister1999],
            &[Certainty::High],
        ),
        (
            BermanTrial,
            day(2000, 2, 15),
            &[Source::Berman2000],
            &[Certainty::High],
        ),
        (
            ZarateTrial,
            HistoricDate::year(2006),
            &[Source::Zarate2006],
            &[Certainty::Medium],
        ),
        (
            MurroughTrial,
            HistoricDate::year(2013),
            &[Source::Murrough2013],
            &[Certainty::Medium],
        ),
        (
            SpravatoApproval,
            day(2019, 3, 5),
            &[Source::JanssenFdaApproval2019],
            &[Certainty::High],
        ),
        (
            SpravatoEuApproval,
            HistoricDate::month(2019, Month::December),
            &[Source::JanssenEuApproval2019, Source::Bmj2019],
            &[Certainty::High],
        ),
        (
            SpravatoSuicidalIdeation,
            HistoricDate::month(2020, Month::August),
            &[Source::JanssenSuicidalIdeation2020],
            &[Certainty::Medium],
        ),
        (
            SpravatoMonotherapy,
            HistoricDate::month(2025, Month::January),
            &[Source::JnjMonotherapy2025],
            &[Certainty::Medium],
        ),
    ];
    for (event, date, sources, grades) in rows {
        assert_eq!(event.date(), *date, "{event}");
        assert_eq!(event.sources().collect::<Vec<_>>(), *sources, "{event}");
        let found: Vec<Certainty> = event
            .claims()
            .iter()
            .filter_map(|c| c.confidence().map(ketamine_facts::Confidence::certainty))
            .collect();
        assert_eq!(found, *grades, "{event}");
    }
    let reference_events = HistoryEvent::ALL
        .iter()
        .filter(|e| !e.is_from_articles())
        .count();
    assert_eq!(reference_events, rows.len());
}

#[test]
fn the_first_human_study_named_the_dissociative_anesthetic_but_its_year_is_not_settled() {
    let claims = FirstHumanStudy.claims();
    let study = claim("history-event/first-human-study-domino-corssen-michigan");
    let named = claim("history-event/dissociative-anesthetic-term-toni-domino");
    let year = claim("history-event/first-human-study-year-disputed");
    assert!(claims.contains(study) && claims.contains(named) && claims.contains(year));
    assert!(study.mentions("Domino") && study.mentions("Corssen"));
    // The term was Toni Domino's suggestion, as Edward Domino recounts.
    assert!(named.mentions("dissociative anesthetic") && named.mentions("Toni Domino"));
    assert!(year.confidence().unwrap().is_unsettled());
    assert!(year.mentions("1964") && year.mentions("1965") && year.mentions("1966"));
    assert_eq!(FirstHumanStudy.date().precision(), Precision::YearSpan);
}

#[test]
fn spravato_was_approved_with_an_oral_antidepressant_and_later_as_monotherapy() {
    let approval = claim("history-event/spravato-approval-fda-trd");
    let monotherapy = claim("history-event/spravato-monotherapy-fda-approval");
    assert!(SpravatoApproval.claims().contains(approval));
    assert!(SpravatoMonotherapy.claims().contains(monotherapy));
    assert!(approval.mentions("oral antidepressant"));
    assert!(monotherapy.mentions("monotherapy"));
    assert!(SpravatoApproval.date() < SpravatoMonotherapy.date());
}

// --- invariants ---------------------------------------------------------------

#[test]
fn the_timeline_is_all_events_in_date_order_with_undated_last() {
    let timeline = HistoryEvent::timeline();
    assert_eq!(timeline, HistoryEvent::ALL);
    for pair in timeline.windows(2) {
        assert!(
            pair[0].date() <= pair[1].date(),
            "{} after {}",
            pair[0],
            pair[1]
        );
        assert!(pair[0] < pair[1], "Ord is declaration order");
    }
    let first_undated = timeline.iter().position(|e| !e.date().is_dated()).unwrap();
    assert!(
        timeline[first_undated..]
            .iter()
            .all(|e| !e.date().is_dated())
    );
}

#[test]
fn an_event_is_from_the_articles_or_from_a_reference_never_both() {
    for event in HistoryEvent::ALL {
        assert!(!event.claims().is_empty(), "{event}");
        assert_eq!(
            event.is_from_articles(),
            event.kind() == SourceKind::Article
        );
        for claim in event.claims() {
            for citation in claim.citations() {
                assert_eq!(
                    citation.source().is_article(),
                    event.is_from_articles(),
                    "{event}: {claim}"
                );
            }
            // reference facts carry the reference file's grade; the articles' do not
            assert_eq!(
                claim.confidence().is_some(),
                !event.is_from_articles(),
                "{event}: {claim}"
            );
        }
    }
}

#[test]
fn corrections_of_event_claims_link_article_events_to_reference_events_consistently() {
    let mut rows = 0;
    for event in HistoryEvent::ALL {
        for row in event.claim_corrections() {
            rows += 1;
            assert!(event.is_from_articles(), "{event}: {}", row.note());
            assert!(row.article().is_about(Subject::HistoryEvent(*event)));
            assert!(ClaimCorrection::all().contains(row));
            // rows whose reference claim is about a reference event compare dates
            let Some(reference) = event_of(row.reference(), false) else {
                continue;
            };
            assert!(reference.date().is_dated(), "{reference}");
            let (article, reference) = (event.date(), reference.date());
            match row.kind() {
                CorrectionKind::Confirms => assert_eq!(article, reference, "{}", row.note()),
                CorrectionKind::MakesPrecise if article.is_dated() => {
                    assert!(
                        reference.precision() < article.precision(),
                        "{}",
                        row.note()
                    );
                    assert!(
                        reference.first_day() >= article.first_day(),
                        "{}",
                        row.note()
                    );
                    assert!(reference.last_day() <= article.last_day(), "{}", row.note());
                }
                _ => {}
            }
        }
    }
    assert!(
        rows >= 7,
        "the dated events' corrections are claim corrections"
    );
}

#[test]
fn which_article_claims_a_reference_revises_is_one_call_per_claim() {
    let approval = claim("history-event/spravato-approval-fda-trd");
    let revised: Vec<_> = ClaimCorrection::by(approval)
        .filter(|row| row.kind() != CorrectionKind::Confirms)
        .map(ketamine_facts::ClaimCorrection::article)
        .collect();
    assert_eq!(revised.len(), NasalSprayApproval.claims().len());
    assert!(
        revised
            .iter()
            .any(|c| c.cites(Source::RiseOfKetamineTherapy))
    );
    // the synthesis record makes the 1960s precise but only confirms 003's 1962
    let synthesis = claim("history-event/ci-581-synthesis-wayne-state-parke-davis");
    let by_synthesis: Vec<_> = ClaimCorrection::by(synthesis)
        .map(|row| (row.article().id().as_str(), row.kind()))
        .collect();
    assert_eq!(
        by_synthesis,
        [
            (
                "history-event/developed-in-the-1960s-development-decade",
                CorrectionKind::MakesPrecise
            ),
            (
                "history-event/synthesized-in-1962-calvin-stevens",
                CorrectionKind::Confirms
            ),
        ]
    );
    let decade = claim("history-event/developed-in-the-1960s-development-decade");
    assert_eq!(ClaimCorrection::by(decade).count(), 0);
}

/// The 0.1.0 event view, read from the one correction table: it must keep
/// answering as 0.1.0 did.
#[test]
#[allow(deprecated)] // checks the deprecated 0.1.0 API on purpose
fn the_deprecated_event_view_is_derived_from_the_claim_corrections() {
    use CorrectionKind::{Confirms, Corrects, MakesPrecise};
    let rows: Vec<(HistoryEvent, HistoryEvent, CorrectionKind)> = HistoryEvent::corrections()
        .iter()
        .map(|row| (row.article(), row.reference(), row.kind()))
        .collect();
    assert_eq!(
        rows,
        [
            (DevelopedInThe1960s, Ci581Synthesis, MakesPrecise),
            (SynthesizedIn1962, Ci581Synthesis, Confirms),
            (VietnamWarStaple, VietnamBattlefieldUse, MakesPrecise),
            (LateCenturyMoodStudies, BermanTrial, MakesPrecise),
            (ApprovedInThe1970s, KetalarApproval, MakesPrecise),
            (NasalSprayApproval, SpravatoApproval, MakesPrecise),
            (NasalSprayApproval, SpravatoApproval, Corrects),
        ]
    );
    for row in HistoryEvent::corrections() {
        // each is one claim correction, with the same kind and note
        let source = ClaimCorrection::all()
            .iter()
            .filter(|c| {
                event_of(c.article(), true) == Some(row.article())
                    && event_of(c.reference(), false) == Some(row.reference())
                    && c.kind() == row.kind()
            })
            .collect::<Vec<_>>();
        assert_eq!(source.len(), 1, "{row}");
        assert_eq!(source[0].note(), row.note(), "{row}");
        assert!(row.article().checked_by().any(|r| r == row));
        assert!(row.reference().checks().any(|r| r == row));
    }
    // the claims revised, event by event, as 0.1.0 counted them
    let revised: Vec<_> = SpravatoApproval.revised_claims().collect();
    assert_eq!(revised.len(), NasalSprayApproval.claims().len());
    let by_synthesis: Vec<_> = Ci581Synthesis.revised_claims().copied().collect();
    assert_eq!(by_synthesis, DevelopedInThe1960s.claims());
    assert_eq!(DevelopedInThe1960s.revised_claims().count(), 0);
    assert_eq!(RapidAntidepressantDiscovery.checked_by().count(), 0);
}

#[test]
fn between_finds_events_whose_dates_overlap_the_years() {
    let sixties: Vec<HistoryEvent> = HistoryEvent::between(1960, 1969).collect();
    assert_eq!(
        sixties,
        [
            DevelopedInThe1960s,
            VietnamBattlefieldUse,
            SynthesizedIn1962,
            Ci581Synthesis,
            FirstHumanStudy,
            LateCenturyMoodStudies,
        ]
    );
    assert_eq!(
        HistoryEvent::between(1969, 1960).collect::<Vec<_>>(),
        sixties,
        "either order"
    );
    assert!(HistoryEvent::between(i32::MIN, i32::MAX).all(|e| e.date().is_dated()));
    assert_eq!(HistoryEvent::between(1800, 1900).count(), 0);
}

#[test]
fn every_event_has_its_own_title() {
    let mut titles: Vec<&str> = HistoryEvent::ALL.iter().map(|e| e.title()).collect();
    assert!(titles.iter().all(|t| !t.is_empty()));
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), HistoryEvent::ALL.len());
}

#[cfg(feature = "serde")]
#[test]
fn events_serialize_by_name_and_corrections_by_claim_id() {
    let row = ApprovedInThe1970s.claim_corrections().next().unwrap();
    let json = serde_json::to_value(row).unwrap();
    assert_eq!(
        json["article"],
        "history-event/approved-in-the-1970s-first-medical-approval"
    );
    assert_eq!(json["reference"], "history-event/ketalar-approval-fda-1970");
    assert_eq!(json["kind"], "makes_precise");
    assert_eq!(json["note"], row.note());
    assert_eq!(
        serde_json::to_value(ApprovedInThe1970s).unwrap(),
        "approved_in_the_1970s"
    );
    let event: HistoryEvent = serde_json::from_str("\"berman 2000\"").unwrap();
    assert_eq!(event, BermanTrial);
    assert_eq!(
        serde_json::to_value(BermanTrial.date()).unwrap()["precision"],
        "day"
    );
}

proptest! {
    #[test]
    fn parsing_any_text_as_a_history_event_never_panics(text in ".*") {
        let _ = text.parse::<HistoryEvent>();
        let _ = text.parse::<CorrectionKind>();
    }
}
