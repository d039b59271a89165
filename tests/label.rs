//! The Spravato label: adverse-effect rates, the boxed warning, and the
//! bladder (reference file, "Adverse effects with rates" and "Dosing and
//! administration").

use ketamine_facts::{
    AdverseEventRate, BoxedWarning, Certainty, Evidence, Percent, SideEffect, Source, SourceKind,
};
use proptest::prelude::*;

mod common;
use common::claim;

fn rate(effect: SideEffect) -> (u8, u8) {
    let r = effect.label_rate().expect("the label gives a rate");
    (r.spravato().get(), r.placebo().get())
}

#[test]
fn the_spravato_label_gives_dissociation_41_percent_vs_9_percent_on_placebo() {
    assert_eq!(rate(SideEffect::Dissociation), (41, 9));
}

#[test]
fn the_label_rates_match_the_reference_table() {
    assert_eq!(rate(SideEffect::Dizziness), (29, 8));
    assert_eq!(rate(SideEffect::Nausea), (28, 9));
    assert_eq!(rate(SideEffect::Sedation), (23, 9));
    assert_eq!(rate(SideEffect::Vertigo), (23, 3));
    assert_eq!(rate(SideEffect::IncreasedBloodPressure), (10, 3));
    assert_eq!(rate(SideEffect::Vomiting), (9, 2));
    assert_eq!(AdverseEventRate::all().len(), 7);
}

#[test]
fn effects_without_a_label_rate_have_none() {
    assert_eq!(SideEffect::BladderProblems.label_rate(), None);
    assert_eq!(SideEffect::PerceptionChanges.label_rate(), None);
}

#[test]
fn every_rate_is_above_placebo_and_its_claim_states_both_numbers() {
    for r in AdverseEventRate::all() {
        assert!(r.spravato() > r.placebo());
        assert_eq!(
            r.excess(),
            Percent::saturating(r.spravato().get() - r.placebo().get())
        );
        let claim = r.claim();
        assert!(claim.mentions(&r.spravato().to_string()), "{claim}");
        assert!(claim.mentions(&r.placebo().to_string()), "{claim}");
        assert!(claim.cites(Source::SpravatoPrescribingInformation));
        assert_eq!(claim.strongest_evidence(), Evidence::RegulatoryApproval);
        assert_eq!(
            claim
                .confidence()
                .map(ketamine_facts::Confidence::certainty),
            Some(Certainty::High)
        );
        assert_eq!(r.side_effect().label_rate(), Some(*r));
        assert!(r.side_effect().reference_facts().contains(claim));
    }
}

#[test]
fn the_rates_compare_spravato_plus_an_oral_antidepressant_with_placebo_plus_one() {
    let p = AdverseEventRate::POPULATION;
    assert!(p.treatment().contains("Spravato") && p.treatment().contains("oral antidepressant"));
    assert!(p.comparator().contains("placebo") && p.comparator().contains("oral antidepressant"));
    assert!(p.trials().contains("short-term") && p.trials().contains("treatment-resistant"));
}

#[test]
fn the_boxed_warning_has_five_items_respiratory_depression_added_after_2019() {
    let names: Vec<&str> = BoxedWarning::ALL.iter().map(|w| w.name()).collect();
    assert_eq!(
        names,
        [
            "sedation",
            "dissociation",
            "respiratory_depression",
            "abuse_and_misuse",
            "suicidal_thoughts_and_behaviors"
        ]
    );
    assert!(!BoxedWarning::RespiratoryDepression.in_2019_label());
    assert!(
        BoxedWarning::RespiratoryDepression
            .claim()
            .mentions("after")
    );
    for warning in BoxedWarning::ALL {
        assert!(
            warning
                .claim()
                .cites(Source::SpravatoPrescribingInformation)
        );
    }
}

#[test]
fn boxed_warning_items_map_to_side_effects_where_one_matches() {
    assert_eq!(
        BoxedWarning::Sedation.side_effect(),
        Some(SideEffect::Sedation)
    );
    assert_eq!(
        BoxedWarning::Dissociation.side_effect(),
        Some(SideEffect::Dissociation)
    );
    assert_eq!(
        BoxedWarning::SuicidalThoughtsAndBehaviors.side_effect(),
        None
    );
    for warning in BoxedWarning::ALL {
        if let Some(effect) = warning.side_effect() {
            assert_eq!(effect.boxed_warning(), Some(*warning));
        }
    }
    assert_eq!(SideEffect::Vertigo.boxed_warning(), None);
}

#[test]
fn long_term_heavy_use_is_associated_with_ulcerative_cystitis() {
    let facts = SideEffect::BladderProblems.reference_facts();
    assert_eq!(facts.len(), 2);
    let shahani = claim("topic/label-safety-ketamine-uropathy-2007");
    assert!(facts.contains(shahani), "Shahani 2007 is cited");
    assert!(shahani.cites(Source::Shahani2007));
    assert!(shahani.mentions("ulcerative cystitis"));
    assert!(shahani.mentions("long-term heavy"));
    assert_eq!(shahani.strongest_evidence(), Evidence::ClinicalStudies);
    let label = claim("topic/label-safety-cystitis-warning");
    assert!(facts.contains(label), "the label's warning is cited");
    assert!(label.cites(Source::SpravatoPrescribingInformation));
    assert!(label.mentions("interstitial cystitis"));
    for claim in facts {
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source().kind() == SourceKind::Reference)
        );
    }
}

#[test]
fn a_rate_displays_both_arms() {
    let r = SideEffect::Vomiting.label_rate().unwrap();
    assert_eq!(
        r.to_string(),
        "vomiting: 9% with Spravato vs 2% with placebo"
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_rate_serializes_with_its_claim() {
    let json = serde_json::to_value(SideEffect::Nausea.label_rate().unwrap()).unwrap();
    assert_eq!(json["side_effect"], "nausea");
    assert_eq!(json["spravato"]["value"], 28);
    assert_eq!(json["placebo"]["value"], 9);
    assert_eq!(json["claim"]["confidence"]["certainty"], "high");
}

proptest! {

    #[test]
    fn arbitrary_text_never_panics_the_boxed_warning_parser(s in "\\PC*") {
        let _ = s.parse::<BoxedWarning>();
    }
}
