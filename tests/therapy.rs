//! The therapy process, checked against article 004's four steps and article
//! 003's clinics, FAQ on finding a clinic, and typical infusion session.

use chrono::TimeDelta;
use ketamine_facts::{
    Cadence, Claim, ClinicPractice, Evidence, Frequency, ProcessItem, ResearchDirection, Route,
    Section, SessionExperience, SideEffect, Source, TherapyStep, Topic,
};
use proptest::prelude::*;

mod common;
use common::{claim, sections};

fn cites(claims: &[Claim], section: Section) -> bool {
    claims.iter().any(|c| sections(c).contains(&section))
}

#[test]
fn article_004_lays_out_four_steps_in_order() {
    assert_eq!(
        TherapyStep::ALL,
        [
            TherapyStep::Assessment,
            TherapyStep::TreatmentPlan,
            TherapyStep::Administration,
            TherapyStep::FollowUp,
        ]
    );
    let headings: Vec<&str> = TherapyStep::ALL
        .iter()
        .map(|s| s.section().heading())
        .collect();
    assert_eq!(
        headings,
        [
            "Step 1: Assessment",
            "Step 2: Treatment Plan",
            "Step 3: Administration of Ketamine",
            "Step 4: Follow-Up and Support",
        ]
    );
    for step in TherapyStep::ALL {
        assert_eq!(TherapyStep::from_number(step.number()), Some(*step));
        assert_eq!(step.section().source(), Source::UnlockingTheMysteries);
        if let Some(next) = step.next() {
            assert_eq!(next.number(), step.number() + 1);
            assert_eq!(next.previous(), Some(*step));
        }
    }
    assert_eq!(TherapyStep::from_number(0), None);
    assert_eq!(TherapyStep::FollowUp.next(), None);
}

#[test]
fn every_step_is_cited_to_its_own_heading() {
    for step in TherapyStep::ALL {
        assert!(cites(step.claims(), step.section()), "{step}");
    }
}

#[test]
fn therapy_is_a_structured_process_built_around_safety() {
    let overview = Topic::TherapyProcess.claims();
    let structured = claim("topic/therapy-process-structured");
    assert!(overview.contains(structured));
    assert!(structured.mentions("structured"));
    assert_eq!(sections(structured), [Section::TherapyProcess]);
    let safe = claim("topic/therapy-process-safety-and-efficacy-aim");
    assert!(overview.contains(safe));
    assert!(safe.mentions("safe"));
    assert_eq!(
        sections(safe),
        [Section::TherapyProcess, Section::FaqInfusionSession]
    );
}

#[test]
fn every_item_belongs_to_exactly_one_step() {
    for item in ProcessItem::ALL {
        let holders: Vec<_> = TherapyStep::ALL
            .iter()
            .filter(|s| s.items().contains(item))
            .collect();
        assert_eq!(holders, [&item.step()], "{item}");
        assert!(!item.claims().is_empty(), "{item} has claims");
    }
}

#[test]
fn the_assessment_covers_history_symptoms_earlier_treatments_and_eligibility() {
    assert_eq!(
        TherapyStep::Assessment.items(),
        [
            ProcessItem::MedicalHistory,
            ProcessItem::CurrentSymptoms,
            ProcessItem::PreviousTreatments,
            ProcessItem::EligibilityAndContraindications,
        ]
    );
    // 004 and two places in 003 take a medical history
    let history = claim("process-item/medical-history-full-history");
    assert!(ProcessItem::MedicalHistory.claims().contains(history));
    assert_eq!(
        sections(history),
        [
            Section::Step1Assessment,
            Section::RoleOfClinics,
            Section::FaqInfusionSession,
        ]
    );
    // 003's FAQ on a reputable clinic says to look for one that does: advice,
    // its own claim
    let advice = claim("therapy-step/assessment-clinic-selection-criterion");
    assert!(ProcessItem::MedicalHistory.claims().contains(advice));
    assert_eq!(sections(advice), [Section::FaqReputableClinic]);
    assert!(advice.mentions("look for"));
    assert!(TherapyStep::Assessment.claims().contains(advice));
    // 003's clinics look for contraindications; 004 does not mention them
    let contraindications = claim("process-item/eligibility-and-contraindications-risk-screening");
    assert!(
        ProcessItem::EligibilityAndContraindications
            .claims()
            .contains(contraindications),
        "003 mentions contraindications"
    );
    assert!(contraindications.mentions("contraindications"));
    assert_eq!(sections(contraindications), [Section::RoleOfClinics]);
    // 003's clinics: patients "typically undergo thorough evaluations", a plain
    // statement of what happens, not a claim of standard practice
    let before = claim("therapy-step/assessment-thorough-before-ketamine");
    assert!(before.mentions("typically"), "003's own wording is kept");
    assert!(TherapyStep::Assessment.claims().contains(before));
    assert!(
        before
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::RoleOfClinics)
                && c.evidence() == Evidence::Stated)
    );
    assert!(!sections(before).contains(&Section::FaqReputableClinic));
}

#[test]
fn a_plan_sets_frequency_dose_route_and_complementary_therapies() {
    assert_eq!(
        TherapyStep::TreatmentPlan.items(),
        [
            ProcessItem::InfusionFrequency,
            ProcessItem::DoseAndRoute,
            ProcessItem::DoseAdjustment,
            ProcessItem::ComplementaryTherapies,
        ]
    );
    assert_eq!(
        ProcessItem::DoseAndRoute.routes(),
        [Route::Iv, Route::Intranasal]
    );
    // 004's plan and 000's "often combined": one claim with both citations
    let complementary = claim("process-item/complementary-therapies-often-combined");
    assert!(
        ProcessItem::ComplementaryTherapies
            .claims()
            .contains(complementary)
    );
    assert!(complementary.mentions("psychotherapy") && complementary.mentions("lifestyle"));
    assert_eq!(
        sections(complementary),
        [Section::Step2TreatmentPlan, Section::WhatAreTherapeuticUses]
    );
}

#[test]
fn dose_and_route_is_the_route_fact_not_a_copy_of_it() {
    let plan = claim("topic/route-choice-may-be-in-treatment-plan");
    assert_eq!(ProcessItem::DoseAndRoute.claims(), [*plan]);
    assert!(Topic::RouteChoice.claims().contains(plan));
    assert_eq!(sections(plan), [Section::Step2TreatmentPlan]);
}

#[test]
fn practitioners_often_start_low_and_adjust_per_003() {
    let start_low = claim("process-item/dose-adjustment-start-low-titrate");
    assert!(
        ProcessItem::DoseAdjustment.claims().contains(start_low),
        "003 FAQ on the infusion session"
    );
    assert!(start_low.mentions("lower doses"));
    assert_eq!(sections(start_low), [Section::FaqInfusionSession]);
    // "often" is no cue of the table: a plain statement, not standard practice
    assert_eq!(start_low.strongest_evidence(), Evidence::Stated);
}

#[test]
fn biweekly_is_ambiguous_and_the_data_says_so() {
    assert_eq!(
        ProcessItem::InfusionFrequency.frequencies(),
        [Frequency::Weekly, Frequency::Biweekly]
    );
    assert!(Frequency::Biweekly.is_ambiguous());
    assert!(!Frequency::Weekly.is_ambiguous());
    let readings: Vec<&str> = Frequency::Biweekly
        .interpretations()
        .iter()
        .map(|c| c.describe())
        .collect();
    assert_eq!(readings, ["twice a week", "once every two weeks"]);
    let gaps: Vec<TimeDelta> = Frequency::Biweekly
        .interpretations()
        .iter()
        .map(|c| c.interval())
        .collect();
    assert_eq!(
        gaps,
        [
            TimeDelta::days(3) + TimeDelta::hours(12),
            TimeDelta::days(14)
        ]
    );
    assert_eq!(Frequency::Weekly.interpretations(), [Cadence::OncePerWeek]);
    let frequency = claim("process-item/infusion-frequency-weekly-or-biweekly");
    assert!(Frequency::Biweekly.claims().contains(frequency));
    assert!(frequency.mentions("biweekly"));
}

#[test]
fn a_cadence_interval_is_its_period_shared_among_its_sessions() {
    for cadence in Cadence::ALL {
        let n = i32::from(cadence.sessions_per_period());
        assert_eq!(
            cadence.period().checked_div(n),
            Some(cadence.interval()),
            "{cadence}"
        );
    }
    let mut sorted = Cadence::ALL.to_vec();
    sorted.sort_by_key(|c| c.interval());
    assert_eq!(sorted, Cadence::ALL, "Ord follows the interval");
}

#[test]
fn sessions_are_controlled_supervised_and_monitored_throughout() {
    let setting = claim("therapy-step/administration-supervised-clinical-setting");
    assert!(TherapyStep::Administration.claims().contains(setting));
    assert!(setting.mentions("controlled") && setting.mentions("supervision"));
    assert!(
        setting.cites(Source::MentalHealthOverview) && setting.cites(Source::UnlockingTheMysteries)
    );
    let monitoring = claim("process-item/monitoring-safety-during-session");
    assert!(ProcessItem::Monitoring.claims().contains(monitoring));
    assert_eq!(
        sections(monitoring),
        [Section::Step3Administration, Section::FaqInfusionSession]
    );
}

#[test]
fn an_iv_session_lasts_about_forty_minutes_as_the_route_says() {
    assert_eq!(
        ProcessItem::InfusionDuration.duration(),
        Some(TimeDelta::minutes(40))
    );
    assert_eq!(
        ProcessItem::InfusionDuration.duration(),
        Route::Iv.session_duration()
    );
    let claim = claim("route/intravenous-infusion-40-minutes");
    assert!(ProcessItem::InfusionDuration.claims().contains(claim));
    assert!(Route::Iv.claims().contains(claim));
    assert!(claim.mentions("40 minutes"));
}

#[test]
fn what_patients_may_experience_is_kept_at_the_wording_of_each_article() {
    assert_eq!(
        ProcessItem::PatientExperience.experiences(),
        SessionExperience::ALL
    );
    // 004: some report dissociation, or perception that changes
    for (experience, id) in [
        (
            SessionExperience::Dissociation,
            "side-effect/dissociation-during-session",
        ),
        (
            SessionExperience::AlteredPerception,
            "side-effect/perception-changes-during-session",
        ),
    ] {
        let claim = claim(id);
        assert!(experience.claims().contains(claim), "{experience}");
        assert!(
            claim
                .citations()
                .iter()
                .any(|c| c.cited_section() == Some(Section::Step3Administration)
                    && c.evidence() == Evidence::PatientReports)
        );
    }
    // 003: patients "may experience" relaxation or mild dissociation; "may
    // experience" is no NOT_CUES wording, so the published rule reads the
    // "may" as a hedge of both
    let relaxed = claim("session-experience/relaxation-during-infusion");
    assert!(SessionExperience::Relaxation.claims().contains(relaxed));
    assert_eq!(relaxed.strongest_evidence(), Evidence::Preliminary);
    let dissociated = claim("side-effect/dissociation-during-session");
    assert!(
        SessionExperience::Dissociation
            .claims()
            .contains(dissociated)
    );
    assert!(
        dissociated
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::FaqInfusionSession)
                && c.evidence() == Evidence::Preliminary)
    );
    // 004: emotional release "can be therapeutic"
    let release = claim("session-experience/emotional-release-therapeutic");
    assert!(
        SessionExperience::EmotionalRelease
            .claims()
            .contains(release)
    );
    assert!(release.mentions("therapeutic"));
    assert_eq!(release.strongest_evidence(), Evidence::Preliminary);
    // 003: improvement soon after, stated without evidence
    let after = claim("session-experience/improvement-after-session-claim-in-003");
    assert!(
        SessionExperience::ImprovementAfterSession
            .claims()
            .contains(after)
    );
    assert_eq!(after.strongest_evidence(), Evidence::Stated);
    assert!(after.mentions("no evidence"));
}

#[test]
fn dissociation_and_altered_perception_are_also_side_effects() {
    // one fact each, told with the side effect and listed here
    for (experience, effect) in [
        (SessionExperience::Dissociation, SideEffect::Dissociation),
        (
            SessionExperience::AlteredPerception,
            SideEffect::PerceptionChanges,
        ),
    ] {
        for claim in experience.claims() {
            assert!(effect.claims().contains(claim), "{experience}: {claim}");
        }
    }
    assert_eq!(
        SessionExperience::Dissociation.side_effect(),
        Some(SideEffect::Dissociation)
    );
    assert_eq!(
        SessionExperience::AlteredPerception.side_effect(),
        Some(SideEffect::PerceptionChanges)
    );
    for experience in [
        SessionExperience::EmotionalRelease,
        SessionExperience::Relaxation,
        SessionExperience::ImprovementAfterSession,
    ] {
        assert_eq!(experience.side_effect(), None, "{experience}");
    }
}

#[test]
fn follow_up_offers_adjustments_processing_sessions_and_check_ins() {
    assert_eq!(
        TherapyStep::FollowUp.items(),
        [
            ProcessItem::TreatmentAdjustments,
            ProcessItem::ProcessingSessions,
            ProcessItem::CheckIns
        ]
    );
    for item in TherapyStep::FollowUp.items() {
        assert!(cites(item.claims(), Section::Step4FollowUp), "{item}");
    }
    let crucial = claim("therapy-step/follow-up-progress-appointments");
    assert!(TherapyStep::FollowUp.claims().contains(crucial));
    assert!(crucial.mentions("crucial"));
}

#[test]
fn psychotherapy_alongside_ketamine_is_practice_and_research() {
    let claims = ProcessItem::ComplementaryTherapies.claims();
    let practice = claim("process-item/complementary-therapies-often-combined");
    assert!(claims.contains(practice));
    assert!(practice.cites(Source::MentalHealthOverview));
    // 000's "often combined": a plain statement ("often" is no cue of the table)
    assert_eq!(practice.strongest_evidence(), Evidence::Stated);
    assert_eq!(
        ProcessItem::ComplementaryTherapies.research(),
        Some(ResearchDirection::CombinationWithPsychotherapy)
    );
    assert_eq!(ClinicPractice::CombinedWithPsychotherapy.claims(), claims);
}

#[test]
fn specialised_clinics_emerged_worldwide_per_003() {
    let claim = claim("history-event/recent-attention-clinics-worldwide");
    assert!(ClinicPractice::SpecialisedClinics.claims().contains(claim));
    assert_eq!(sections(claim), [Section::RoleOfClinics]);
    assert!(claim.mentions("around the world"));
}

#[test]
fn clinic_practices_that_are_steps_share_the_steps_claims() {
    for practice in ClinicPractice::ALL {
        if let Some(step) = practice.step() {
            assert_eq!(practice.claims(), step.claims(), "{practice}");
        }
        if let Some(item) = practice.item() {
            assert_eq!(practice.claims(), item.claims(), "{practice}");
        }
        assert!(!practice.claims().is_empty(), "{practice}");
    }
}

#[test]
fn article_003s_advice_on_a_reputable_clinic_is_a_checklist_cited_to_that_faq() {
    let checklist = ClinicPractice::reputable_clinic_checklist();
    assert_eq!(
        checklist,
        [
            ClinicPractice::ResearchSpecialisedClinics,
            ClinicPractice::PreTreatmentEvaluation,
            ClinicPractice::SupervisedSessions,
            ClinicPractice::FollowUpAppointments,
            ClinicPractice::PatientReviews,
        ]
    );
    for practice in ClinicPractice::ALL {
        assert_eq!(
            practice.is_reputable_clinic_check(),
            checklist.contains(practice),
            "{practice}"
        );
    }
    for practice in checklist {
        assert!(
            cites(practice.claims(), Section::FaqReputableClinic),
            "{practice}"
        );
    }
    // the FAQ says what a good clinic does: every claim citing it is advice
    let all = TherapyStep::ALL
        .iter()
        .flat_map(|s| s.claims())
        .chain(ProcessItem::ALL.iter().flat_map(|i| i.claims()))
        .chain(ClinicPractice::ALL.iter().flat_map(|p| p.claims()));
    for claim in all.filter(|c| sections(c).contains(&Section::FaqReputableClinic)) {
        let advice = ["reputable", "look for", "trustworthy"]
            .iter()
            .any(|word| claim.mentions(word));
        // its one description of what clinics do: many "focus on ... treatments
        // specifically tailored to individual needs"
        let description = claim.mentions("tailored");
        assert!(advice || description, "{claim}");
    }
}

#[test]
fn article_000_makes_supervision_and_individual_protocols_central() {
    let claims = ClinicPractice::ClinicalSupervision.claims();
    for claim in claims {
        assert!(
            sections(claim).contains(&Section::WhatAreTherapeuticUses),
            "{claim}"
        );
    }
    let supervision = claim("therapy-step/administration-supervised-clinical-setting");
    let dose = claim("process-item/dose-adjustment-individual-dose");
    assert!(supervision.mentions("supervision") && supervision.mentions("key part"));
    assert!(dose.mentions("dose") && dose.mentions("how often"));
    // one fact each: the supervised session and the individual dose, not a third claim
    assert_eq!(claims.len(), 2);
    assert!(claims.contains(supervision) && claims.contains(dose));
    assert!(TherapyStep::Administration.claims().contains(supervision));
    assert!(ProcessItem::DoseAdjustment.claims().contains(dose));
}

#[test]
fn every_therapy_claim_is_cited() {
    let all = TherapyStep::ALL
        .iter()
        .flat_map(|s| s.claims())
        .chain(ProcessItem::ALL.iter().flat_map(|i| i.claims()))
        .chain(SessionExperience::ALL.iter().flat_map(|e| e.claims()))
        .chain(ClinicPractice::ALL.iter().flat_map(|p| p.claims()))
        .chain(Topic::TherapyProcess.claims());
    for claim in all {
        assert!(!claim.citations().is_empty(), "{claim}");
        assert!(claim.summary().ends_with('.'), "{claim}");
    }
}

#[test]
fn steps_parse_by_name_number_and_common_words() {
    for (text, step) in [
        ("assessment", TherapyStep::Assessment),
        ("Step 1", TherapyStep::Assessment),
        ("2", TherapyStep::TreatmentPlan),
        ("treatment-plan", TherapyStep::TreatmentPlan),
        ("session", TherapyStep::Administration),
        ("Follow-Up", TherapyStep::FollowUp),
        ("aftercare", TherapyStep::FollowUp),
    ] {
        assert_eq!(text.parse::<TherapyStep>(), Ok(step), "{text:?}");
    }
    assert_eq!("bi-weekly".parse(), Ok(Frequency::Biweekly));
    assert_eq!("fortnightly".parse(), Ok(Cadence::OnceEveryTwoWeeks));
    assert!("step 5".parse::<TherapyStep>().is_err());
}

macro_rules! parse_properties {
    ($($module:ident: $Type:ty;)+) => {$(
        mod $module {
            use super::*;
            proptest! {
                #[test]
                fn any_text_parses_or_errs_without_panicking(text in ".*") {
                    match text.parse::<$Type>() {
                        Ok(value) => prop_assert!(<$Type>::ALL.contains(&value)),
                        Err(err) => prop_assert_eq!(err.input(), text.as_str()),
                    }
                }
            }
        }
    )+};
}

parse_properties! {
    therapy_step: TherapyStep;
    process_item: ProcessItem;
    session_experience: SessionExperience;
    frequency: Frequency;
    cadence: Cadence;
    clinic_practice: ClinicPractice;
}
