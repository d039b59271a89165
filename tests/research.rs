//! Research directions, checked against the articles: what is still being studied.

use ketamine_facts::{
    Disagreement, Evidence, HistoryEvent, Indication, ResearchDirection, Section, Source,
};
use proptest::prelude::*;

mod common;
use common::{linked_claims_take_part, sections};

#[test]
fn research_claims_report_questions_not_answers() {
    for direction in ResearchDirection::ALL {
        assert!(!direction.claims().is_empty(), "{direction}");
        for claim in direction.claims() {
            linked_claims_take_part(claim);
            if *direction == ResearchDirection::EmergingField {
                // the field's state is described, at most plainly
                assert!(claim.strongest_evidence() <= Evidence::Stated, "{claim}");
            } else {
                assert_eq!(
                    claim.strongest_evidence(),
                    Evidence::UnderInvestigation,
                    "{claim}"
                );
            }
        }
    }
}

#[test]
fn how_long_benefits_last_is_under_study_and_linked_to_the_long_term_doubt() {
    let claims = ResearchDirection::LongTermEffects.claims();
    let cited: Vec<Section> = claims.iter().flat_map(sections).collect();
    for section in [
        Section::FutureOfResearch,
        Section::FaqOngoingResearch,
        Section::KeyTakeaways,
        Section::WhatResearchExists,
        Section::ResearchAndFutureDirections,
    ] {
        assert!(cited.contains(&section), "{section}");
    }
    for claim in claims {
        assert_eq!(claim.disputes(), [Disagreement::LongTermBenefit]);
    }
    // 000: long-term effects need "further investigation"
    let effects = claims
        .iter()
        .find(|c| c.cites(Source::MentalHealthOverview))
        .unwrap();
    assert!(effects.mentions("not yet understood") && effects.mentions("further study"));
}

#[test]
fn article_004_studies_optimal_dosing() {
    let claim = &ResearchDirection::OptimalDosing.claims()[0];
    assert_eq!(sections(claim), [Section::ResearchAndFutureDirections]);
    assert!(claim.mentions("dosing"));
}

#[test]
fn broader_conditions_link_to_indications() {
    assert_eq!(
        ResearchDirection::BroaderConditions.indications(),
        [
            Indication::AnxietyDisorders,
            Indication::ObsessiveCompulsiveDisorder,
            Indication::Ptsd,
            Indication::SubstanceUseDisorders,
        ]
    );
    for direction in ResearchDirection::ALL {
        if *direction != ResearchDirection::BroaderConditions {
            assert!(direction.indications().is_empty(), "{direction}");
        }
    }
}

#[test]
fn each_article_names_its_own_broader_conditions() {
    let claims = ResearchDirection::BroaderConditions.claims();
    let of = |needle: &str| claims.iter().find(|c| c.mentions(needle)).copied();
    // 003: anxiety disorders and OCD
    let ocd = of("obsessive-compulsive").expect("003 names OCD");
    assert_eq!(
        sections(&ocd),
        [Section::FutureOfResearch, Section::FaqOngoingResearch]
    );
    // 004: anxiety, PTSD and substance use disorders; a target here, a caution elsewhere
    let sud = of("substance use").expect("004 names substance use disorders");
    assert_eq!(sections(&sud), [Section::ResearchAndFutureDirections]);
    assert!(sud.disputes().contains(&Disagreement::SubstanceUse));
    assert!(sud.disputes().contains(&Disagreement::PtsdWording));
    // 000: depression, anxiety and PTSD
    let ptsd_000 = claims
        .iter()
        .find(|c| c.cites(Source::MentalHealthOverview) && c.mentions("PTSD"))
        .expect("000 names PTSD");
    assert_eq!(ptsd_000.disputes(), [Disagreement::PtsdWording]);
}

#[test]
fn which_conditions_ketamine_helps_is_an_open_question_in_four_articles() {
    let claim = &ResearchDirection::BroaderConditions.claims()[0];
    assert!(claim.mentions("still being investigated"));
    for source in [
        Source::MentalHealthOverview,
        Source::WhatIsKetamin,
        Source::UnlockingTheMysteries,
    ] {
        assert!(claim.cites(source), "{source}");
    }
    // the per-article lists are the very claims the indications list
    for claim in &ResearchDirection::BroaderConditions.claims()[1..] {
        assert!(
            Indication::ALL.iter().any(|i| i.claims().contains(claim)),
            "{claim}"
        );
    }
}

#[test]
fn three_combinations_are_being_explored() {
    let combinations: Vec<_> = ResearchDirection::ALL
        .iter()
        .filter(|d| d.is_combination())
        .collect();
    assert_eq!(
        combinations,
        [
            &ResearchDirection::CombinationWithPsychotherapy,
            &ResearchDirection::CombinationWithPsychedelics,
            &ResearchDirection::CombinationWithMedications,
        ]
    );
    for direction in combinations {
        assert!(
            direction
                .claims()
                .iter()
                .any(|c| sections(c).contains(&Section::CombiningWithOtherTherapies)),
            "{direction}"
        );
    }
    // psychotherapy is the one combination article 003 studies too; 004 says
    // when: during or after the sessions
    let psychotherapy = &ResearchDirection::CombinationWithPsychotherapy.claims()[0];
    assert!(psychotherapy.cites(Source::WhatIsKetamin));
    assert!(psychotherapy.mentions("during or after"));
}

#[test]
fn how_ketamine_works_is_still_being_studied() {
    let claim = &ResearchDirection::Mechanisms.claims()[0];
    assert!(claim.mentions("not yet fully known"));
    assert!(claim.cites(Source::RevolutionaryTreatment));
    assert!(claim.cites(Source::UnlockingTheMysteries));
}

#[test]
fn article_000_calls_the_field_emerging() {
    let claim = &ResearchDirection::EmergingField.claims()[0];
    assert!(claim.mentions("emerging field"));
    assert_eq!(sections(claim), [Section::WhatResearchExists]);
    // attention has grown: stated by every article, told once as history
    let attention = ResearchDirection::EmergingField
        .claims()
        .iter()
        .find(|c| c.mentions("attention"))
        .expect("growing attention");
    for source in Source::ALL.iter().filter(|s| s.is_article()) {
        assert!(attention.cites(*source), "{source}");
    }
    for citation in attention.citations() {
        assert_eq!(citation.evidence(), Evidence::Stated, "{citation}");
    }
    assert!(HistoryEvent::RecentAttention.claims().contains(attention));
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        match text.parse::<ResearchDirection>() {
            Ok(d) => prop_assert!(ResearchDirection::ALL.contains(&d)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }

    #[test]
    fn display_and_aliases_round_trip(index in 0..64usize) {
        let d = ResearchDirection::ALL[index % ResearchDirection::ALL.len()];
        prop_assert_eq!(d.to_string().parse::<ResearchDirection>(), Ok(d));
        for alias in d.aliases() {
            prop_assert_eq!(alias.parse::<ResearchDirection>(), Ok(d));
        }
    }
}
