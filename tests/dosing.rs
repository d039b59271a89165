//! Dosing and administration, checked against the reference file ("Dosing and
//! administration").

use chrono::TimeDelta;
use ketamine_facts::{
    BloodPressureCourse, Certainty, Claim, DoseFrequency, Evidence, IvProtocol, LimitOfUse,
    Milligrams, MilligramsPerKilogram, Product, Rems, SchedulePhase, SideEffect, Source,
    SourceKind, SpravatoDevice, SpravatoSchedule,
};
use proptest::prelude::*;

mod common;
use common::claim;

#[test]
fn depression_trials_gave_0_5_mg_per_kg_over_40_minutes() {
    let protocol = IvProtocol::DEPRESSION_TRIALS;
    assert_eq!(
        protocol.dose(),
        MilligramsPerKilogram::from_micrograms_per_kg(500)
    );
    assert_eq!(protocol.dose().to_string(), "0.5 mg/kg");
    assert_eq!(protocol.infusion_time(), TimeDelta::minutes(40));
    let claim = protocol.claim();
    for trial in [Source::Fava2018, Source::Berman2000, Source::Murrough2013] {
        assert!(claim.cites(trial), "{trial}");
    }
    assert_eq!(claim.weakest_evidence(), Evidence::ClinicalStudies);
    assert_eq!(
        claim
            .confidence()
            .map(ketamine_facts::Confidence::certainty),
        Some(Certainty::High)
    );
}

#[test]
fn one_spravato_device_is_28_mg_in_two_sprays() {
    let device = SpravatoDevice::LABELED;
    assert_eq!(device.dose(), Milligrams::new(28));
    assert_eq!(device.sprays(), 2);
    assert_eq!(device.product(), Product::Spravato);
    assert_eq!(device.devices_for(Milligrams::new(56)), Some(2));
    assert_eq!(device.devices_for(Milligrams::new(84)), Some(3));
    assert_eq!(device.devices_for(Milligrams::new(0)), None);
}

#[test]
fn spravato_starts_at_56_mg_then_56_or_84_twice_weekly_in_weeks_1_to_4() {
    let induction = SpravatoSchedule::phase(SchedulePhase::Induction);
    assert_eq!(induction.weeks().first(), 1);
    assert_eq!(induction.weeks().last(), Some(4));
    assert_eq!(induction.first_dose(), Some(Milligrams::new(56)));
    assert_eq!(induction.frequencies(), [DoseFrequency::TwiceWeekly]);
    assert_eq!(
        induction.doses(),
        [Milligrams::new(56), Milligrams::new(84)]
    );
}

#[test]
fn spravato_is_weekly_in_weeks_5_to_8_and_weekly_or_every_two_weeks_from_week_9() {
    let maintenance = SpravatoSchedule::phase(SchedulePhase::Maintenance);
    assert_eq!(maintenance.weeks().to_string(), "weeks 5–8");
    assert_eq!(maintenance.frequencies(), [DoseFrequency::Weekly]);
    let later = SpravatoSchedule::phase(SchedulePhase::Continuation);
    assert_eq!(later.weeks().first(), 9);
    assert_eq!(later.weeks().last(), None);
    assert_eq!(
        later.frequencies(),
        [DoseFrequency::Weekly, DoseFrequency::EveryTwoWeeks]
    );
    for phase in SpravatoSchedule::all() {
        assert_eq!(phase.doses(), [Milligrams::new(56), Milligrams::new(84)]);
        assert!(phase.claim().cites(Source::SpravatoPrescribingInformation));
    }
}

#[test]
fn every_treatment_week_falls_in_exactly_one_phase() {
    assert!(SpravatoSchedule::for_week(0).is_none());
    for week in 1..=u8::MAX {
        let count = SpravatoSchedule::all()
            .iter()
            .filter(|p| p.weeks().contains(week))
            .count();
        assert_eq!(count, 1, "week {week}");
    }
    assert_eq!(
        SpravatoSchedule::for_week(4).map(ketamine_facts::SpravatoSchedule::schedule_phase),
        Some(SchedulePhase::Induction)
    );
    assert_eq!(
        SpravatoSchedule::for_week(9).map(ketamine_facts::SpravatoSchedule::schedule_phase),
        Some(SchedulePhase::Continuation)
    );
}

#[test]
fn the_rems_allows_certified_settings_only_never_home_use_and_2_hours_of_observation() {
    let rems = Rems::SPRAVATO;
    assert!(rems.certified_settings_only());
    assert!(!rems.allows_home_use());
    assert_eq!(rems.minimum_observation(), TimeDelta::hours(2));
    assert!(rems.claims().iter().all(|c| c.cites(Source::SpravatoRems)));
    let settings = claim("topic/dosing-rems-certified-settings-only");
    assert!(rems.claims().contains(settings));
    assert!(settings.mentions("never dispensed for use at home"));
    let observation = claim("topic/dosing-rems-observation-2-hours");
    assert!(rems.claims().contains(observation));
    assert!(observation.mentions("at least 2 hours"));
}

#[test]
fn blood_pressure_peaks_about_40_minutes_after_a_dose_and_lasts_about_4_hours() {
    let bp = BloodPressureCourse::SPRAVATO;
    assert_eq!(bp.peak_after(), TimeDelta::minutes(40));
    assert_eq!(bp.lasts(), TimeDelta::hours(4));
    assert!(bp.check_before_dosing());
    assert_eq!(bp.side_effect(), SideEffect::IncreasedBloodPressure);
    assert!(bp.claim().mentions("about 40 minutes"));
    assert!(bp.claim().mentions("about 4 hours"));
    // linked from the side effect, not restated there
    assert!(
        SideEffect::IncreasedBloodPressure
            .reference_facts()
            .contains(bp.claim())
    );
}

#[test]
fn spravato_limits_of_use_say_what_is_not_known() {
    assert!(LimitOfUse::NotAnAnesthetic.claim().mentions("anesthetic"));
    assert!(
        LimitOfUse::NotEstablishedInChildren
            .claim()
            .mentions("not known")
    );
    assert!(
        LimitOfUse::NotShownToPreventSuicide
            .claim()
            .mentions("suicid")
    );
    assert!(
        LimitOfUse::NotASubstituteForHospitalization
            .claim()
            .mentions("hospitalization")
    );
    for limit in LimitOfUse::ALL {
        assert!(limit.claim().cites(Source::SpravatoPatientInformation));
        assert_eq!(limit.product(), Product::Spravato);
    }
}

fn all_dosing_claims() -> Vec<&'static Claim> {
    let mut claims: Vec<&'static Claim> = vec![
        IvProtocol::DEPRESSION_TRIALS.claim(),
        SpravatoDevice::LABELED.claim(),
        BloodPressureCourse::SPRAVATO.claim(),
    ];
    claims.extend(SpravatoSchedule::all().iter().map(SpravatoSchedule::claim));
    claims.extend(Rems::SPRAVATO.claims());
    claims.extend(LimitOfUse::ALL.iter().map(|l| l.claim()));
    claims
}

#[test]
fn every_dosing_claim_is_high_confidence_from_reference_sources() {
    let claims = all_dosing_claims();
    assert_eq!(claims.len(), 12); // IV, device, blood pressure, 3 phases, 2 REMS, 4 limits
    for claim in claims {
        assert_eq!(
            claim
                .confidence()
                .map(ketamine_facts::Confidence::certainty),
            Some(Certainty::High),
            "{claim}"
        );
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source().kind() == SourceKind::Reference)
        );
    }
}

#[test]
fn dosing_units_display_with_their_symbols() {
    assert_eq!(Milligrams::new(56).to_string(), "56 mg");
    assert_eq!(
        MilligramsPerKilogram::from_micrograms_per_kg(500).to_string(),
        "0.5 mg/kg"
    );
    assert_eq!(
        MilligramsPerKilogram::from_micrograms_per_kg(75).to_string(),
        "0.075 mg/kg"
    );
    assert_eq!(
        MilligramsPerKilogram::from_milligrams_per_kg(1).to_string(),
        "1 mg/kg"
    );
    assert_eq!(
        ketamine_facts::Interval::milligrams(84, 56).to_string(),
        "56–84 mg"
    );
}

#[cfg(feature = "serde")]
#[test]
fn durations_serialize_as_minutes() {
    let json = serde_json::to_value(Rems::SPRAVATO).unwrap();
    assert_eq!(
        json["minimum_observation"],
        serde_json::json!({"value": 120, "unit": "min"})
    );
    let iv = serde_json::to_value(IvProtocol::DEPRESSION_TRIALS).unwrap();
    assert_eq!(
        iv["dose"],
        serde_json::json!({"value": 500, "unit": "ug/kg"})
    );
    assert_eq!(iv["infusion_time"]["value"], 40);
}

proptest! {
    #[test]
    fn mg_per_kg_display_is_exact(ug in any::<u32>()) {
        let text = MilligramsPerKilogram::from_micrograms_per_kg(ug).to_string();
        let number = text.strip_suffix(" mg/kg").unwrap_or_default();
        let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
        prop_assert!(!frac.ends_with('0'));
        let frac_ug: u32 = format!("{frac:0<3}").parse().unwrap_or(0);
        prop_assert_eq!(whole.parse::<u32>().ok().map(|w| w * 1000 + frac_ug), Some(ug));
    }

    #[test]
    fn arbitrary_text_never_panics_the_parsers(s in "\\PC*") {
        let _ = s.parse::<SchedulePhase>();
        let _ = s.parse::<DoseFrequency>();
        let _ = s.parse::<LimitOfUse>();
    }

    #[test]
    fn devices_times_28_mg_give_back_the_dose(n in 1u16..=255) {
        let device = SpravatoDevice::LABELED;
        prop_assert_eq!(device.devices_for(Milligrams::new(n * 28)), u8::try_from(n).ok());
        prop_assert_eq!(device.devices_for(Milligrams::new(n * 28 + 1)), None);
    }
}
