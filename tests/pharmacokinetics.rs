//! Pharmacokinetics, checked against the reference file ("Pharmacokinetics"):
//! every value with its source, and no unsettled value stated as settled.

use chrono::TimeDelta;
use ketamine_facts::{
    Bioavailability, Certainty, Enzyme, Estimate, Fraction, HalfLife, HalfLifePhase, Interval,
    Metabolism, Percent, Quantity, Route, Source, SourceKind, Substance,
};
use proptest::prelude::*;

fn values(route: Route, substance: Substance) -> Vec<String> {
    route
        .bioavailability()
        .iter()
        .filter(|b| b.substance() == substance)
        .map(|b| b.value().to_string())
        .collect()
}

#[test]
fn iv_bioavailability_is_100_percent_by_definition_with_high_confidence() {
    let iv = Route::Iv.bioavailability();
    assert_eq!(iv.len(), 1);
    assert_eq!(iv[0].value(), Interval::exactly(Percent::FULL));
    assert_eq!(iv[0].estimate(), Estimate::ByDefinition);
    assert_eq!(iv[0].certainty(), Certainty::High);
}

#[test]
fn intramuscular_is_about_93_percent_with_medium_confidence_from_secondary_summaries() {
    let im = Route::Im.bioavailability();
    assert_eq!(values(Route::Im, Substance::Ketamine), ["93%"]);
    assert_eq!(im[0].estimate(), Estimate::About);
    assert_eq!(im[0].certainty(), Certainty::Medium);
    assert!(im[0].claim().cites(Source::PkSecondarySummaries));
}

#[test]
fn intranasal_ketamine_keeps_all_three_values_each_cited_and_not_settled() {
    assert_eq!(
        values(Route::Intranasal, Substance::Ketamine),
        ["45%", "25–50%", "11–17%"]
    );
    let nasal: Vec<&Bioavailability> = Route::Intranasal
        .bioavailability()
        .iter()
        .filter(|b| b.substance() == Substance::Ketamine)
        .collect();
    assert!(nasal[0].claim().cites(Source::Yanagihara2003));
    assert!(
        nasal[1]
            .claim()
            .cites(Source::IntranasalBioavailabilityReviews)
    );
    assert!(!nasal[1].claim().cites(Source::Rolan2013)); // a sublingual study
    assert!(nasal[2].claim().cites(Source::Pharmacotherapy2022));
    for b in &nasal {
        assert_eq!(b.certainty(), Certainty::NotSettled, "{}", b.claim());
        assert!(
            b.claim()
                .confidence()
                .is_some_and(ketamine_facts::Confidence::is_unsettled)
        );
    }
    // the 2022 measurement lies outside the reviews' range: a real disagreement
    assert!(!nasal[1].value().overlaps(&nasal[2].value()));
    assert_eq!(
        Bioavailability::span(Substance::Ketamine, Route::Intranasal).map(|s| s.to_string()),
        Some("11–50%".to_owned())
    );
}

#[test]
fn oral_ketamine_is_about_20_percent_with_sources_giving_16_to_25() {
    assert_eq!(values(Route::Oral, Substance::Ketamine), ["20%", "16–25%"]);
    let oral = Route::Oral.bioavailability();
    assert!(oral.iter().all(|b| b.certainty() == Certainty::Medium));
    assert!(oral[0].claim().cites(Source::Yanagihara2003));
    assert!(oral[1].claim().cites(Source::Peltoniemi2016));
    assert!(oral[1].value().contains(oral[0].value().low()));
}

#[test]
fn esketamine_nasal_spray_is_about_48_percent_on_the_label() {
    assert_eq!(values(Route::Intranasal, Substance::Esketamine), ["48%"]);
    let spray = Route::Intranasal
        .bioavailability()
        .iter()
        .find(|b| b.substance() == Substance::Esketamine)
        .unwrap();
    assert_eq!(spray.certainty(), Certainty::High);
    assert!(spray.claim().cites(Source::SpravatoPrescribingInformation));
}

#[test]
fn routes_and_the_full_table_agree() {
    let mut from_routes: Vec<&Bioavailability> = Vec::new();
    for &route in Route::ALL {
        for b in route.bioavailability() {
            assert_eq!(b.route(), route);
            from_routes.push(b);
        }
    }
    assert_eq!(from_routes.len(), Bioavailability::all().len());
    for b in Bioavailability::all() {
        assert!(from_routes.contains(&b));
    }
}

#[test]
fn ketamine_half_life_keeps_the_beta_and_terminal_values_unsettled() {
    let ketamine = Substance::Ketamine.half_life();
    assert_eq!(ketamine.len(), 2);
    assert_eq!(ketamine[0].phase(), HalfLifePhase::Beta);
    assert_eq!(ketamine[0].value(), Interval::hours(2, 3));
    assert!(ketamine[0].claim().cites(Source::Peltoniemi2016));
    assert_eq!(ketamine[1].phase(), HalfLifePhase::Terminal);
    assert_eq!(ketamine[1].value(), Interval::hours(5, 6));
    assert!(ketamine[1].claim().cites(Source::Anesthesiology2021));
    for h in ketamine {
        assert_eq!(
            h.claim()
                .confidence()
                .map(ketamine_facts::Confidence::certainty),
            Some(Certainty::NotSettled)
        );
    }
}

#[test]
fn esketamine_half_life_is_7_to_12_hours_on_the_label() {
    let esketamine = Substance::Esketamine.half_life();
    assert_eq!(esketamine.len(), 1);
    assert_eq!(esketamine[0].value().low(), TimeDelta::hours(7));
    assert_eq!(esketamine[0].value().high(), TimeDelta::hours(12));
    assert!(
        esketamine[0]
            .claim()
            .cites(Source::SpravatoPrescribingInformation)
    );
    assert_eq!(
        HalfLife::all().len(),
        Substance::ALL
            .iter()
            .map(|s| s.half_life().len())
            .sum::<usize>()
    );
}

#[test]
fn ketamine_is_metabolized_in_the_liver_to_norketamine_a_third_as_active() {
    let m = Substance::Ketamine.metabolism();
    assert_eq!(m.main_metabolite(), "norketamine");
    assert_eq!(m.organ(), "liver");
    assert_eq!(m.enzymes(), [Enzyme::Cyp3a4, Enzyme::Cyp2b6]);
    let potency = ketamine_facts::reference::MetabolitePotency::NORKETAMINE;
    assert_eq!(potency.fraction(), Fraction::new(1, 3).unwrap());
    assert!(potency.claim().cites(Source::Peltoniemi2016));
    let e = Substance::Esketamine.metabolism();
    assert!(e.enzymes().contains(&Enzyme::Cyp2b6) && e.enzymes().contains(&Enzyme::Cyp3a4));
    assert!(e.claim().cites(Source::SpravatoPrescribingInformation));
}

#[test]
fn every_pharmacokinetic_claim_is_graded_and_cites_reference_sources_only() {
    let claims = Bioavailability::all()
        .iter()
        .map(Bioavailability::claim)
        .chain(HalfLife::all().iter().map(HalfLife::claim))
        .chain(Metabolism::all().iter().map(Metabolism::claim))
        .chain([ketamine_facts::reference::MetabolitePotency::NORKETAMINE.claim()]);
    for claim in claims {
        assert!(claim.confidence().is_some(), "{claim}");
        assert!(!claim.citations().is_empty());
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source().kind() == SourceKind::Reference)
        );
    }
}

#[test]
fn units_display_with_their_symbols() {
    assert_eq!(Percent::saturating(41).to_string(), "41%");
    assert_eq!(Interval::percent(25, 50).to_string(), "25–50%");
    assert_eq!(
        Interval::exactly(Percent::saturating(48)).to_string(),
        "48%"
    );
    assert_eq!(Interval::hours(7, 12).to_string(), "7–12 h");
    assert_eq!(Interval::exactly(TimeDelta::hours(2)).to_string(), "2 h");
    assert_eq!(Interval::minutes(40, 40).to_string(), "40 min");
    assert_eq!(Interval::minutes(90, 150).to_string(), "90–150 min");
    assert_eq!(
        Interval::exactly(TimeDelta::seconds(30)).to_string(),
        "30 s"
    );
    assert_eq!(Fraction::new(1, 3).unwrap().to_string(), "1/3");
    assert_eq!(Percent::UNIT_CODE, "%");
}

#[cfg(feature = "serde")]
#[test]
fn intervals_and_percentages_serialize_with_their_unit() {
    let json = serde_json::to_value(Interval::percent(25, 50)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"low": 25, "high": 50, "unit": "%", "text": "25–50%"})
    );
    let back: Interval<Percent> = serde_json::from_value(json).unwrap();
    assert_eq!(back, Interval::percent(25, 50));
    let hours = serde_json::to_value(Interval::hours(7, 12)).unwrap();
    assert_eq!(hours["low"], 420);
    assert_eq!(hours["unit"], "min");
    assert!(serde_json::from_str::<Percent>(r#"{"value": 120, "unit": "%"}"#).is_err());
    assert!(serde_json::from_str::<Percent>(r#"{"value": 12, "unit": "mg"}"#).is_err());
    let b = serde_json::to_value(Route::Oral.bioavailability()[0]).unwrap();
    assert_eq!(b["value"]["text"], "20%");
    assert_eq!(b["claim"]["confidence"]["certainty"], "medium");
}

proptest! {
    #[test]
    fn an_interval_contains_both_ends_and_nothing_outside(a in 0u8..=100, b in 0u8..=100, x in 0u8..=100) {
        let i = Interval::percent(a, b);
        prop_assert!(i.low() <= i.high());
        prop_assert!(i.contains(i.low()) && i.contains(i.high()));
        let x = Percent::saturating(x);
        prop_assert_eq!(i.contains(x), a.min(b) <= x.get() && x.get() <= a.max(b));
        prop_assert_eq!(Interval::new(Percent::saturating(a), Percent::saturating(b)), i);
    }

    #[test]
    fn the_hull_holds_both_intervals(a in 0u8..=100, b in 0u8..=100, c in 0u8..=100, d in 0u8..=100) {
        let (x, y) = (Interval::percent(a, b), Interval::percent(c, d));
        let hull = x.hull(&y);
        prop_assert!(hull.contains(x.low()) && hull.contains(x.high()));
        prop_assert!(hull.contains(y.low()) && hull.contains(y.high()));
        prop_assert_eq!(x.overlaps(&y), y.overlaps(&x));
    }

    #[test]
    fn percent_rejects_only_values_above_100(v in any::<u8>()) {
        prop_assert_eq!(Percent::new(v).is_some(), v <= 100);
        prop_assert_eq!(Percent::saturating(v).get(), v.min(100));
        prop_assert_eq!(Percent::saturating(v.min(100)).to_string(), format!("{}%", v.min(100)));
    }

    #[test]
    fn arbitrary_text_never_panics_the_parsers(s in "\\PC*") {
        let _ = s.parse::<Estimate>();
        let _ = s.parse::<HalfLifePhase>();
        let _ = s.parse::<Enzyme>();
    }
}

#[test]
fn every_enzyme_symbol_parses_back() {
    for e in Enzyme::ALL {
        assert_eq!(e.symbol().parse::<Enzyme>(), Ok(*e));
    }
}
