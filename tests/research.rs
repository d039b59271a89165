//! Research directions, checked against the articles: what is still being studied.

use ketamine_facts::{
    Disagreement, Evidence, HistoryEvent, Indication, ResearchDirection, Section, Source,
};
use proptest::prelude::*;

mod common;
use common::{claim, linked_claims_take_part, sections};

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
    // how long the effects last is the benefit-duration question
    for claim in claims {
        assert!(
            claim.disputes().contains(&Disagreement::BenefitDuration),
            "{claim}"
        );
    }
    // 000: long-term effects need "further investigation"
    let effects = claim("research-direction/long-term-effects-unknown");
    assert!(claims.contains(effects));
    assert!(effects.cites(Source::MentalHealthOverview));
    assert!(effects.mentions("not yet understood") && effects.mentions("further study"));
}

#[test]
fn article_004_studies_optimal_dosing() {
    let claim = claim("research-direction/optimal-dosing-strategies");
    assert!(ResearchDirection::OptimalDosing.claims().contains(claim));
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
    let of = |id: &str| {
        let claim = claim(id);
        assert!(claims.contains(claim), "{id}");
        claim
    };
    // 003: anxiety disorders and OCD
    let ocd = of("indication/anxiety-disorders-and-ocd-studies");
    assert!(ocd.mentions("obsessive-compulsive"), "003 names OCD");
    assert_eq!(
        sections(ocd),
        [Section::FutureOfResearch, Section::FaqOngoingResearch]
    );
    // 004: anxiety, PTSD and substance use disorders; a target here, a caution elsewhere
    let sud = of("indication/ptsd-studies-in-004");
    assert!(
        sud.mentions("substance use"),
        "004 names substance use disorders"
    );
    assert_eq!(sections(sud), [Section::ResearchAndFutureDirections]);
    assert!(sud.disputes().contains(&Disagreement::SubstanceUse));
    assert!(sud.disputes().contains(&Disagreement::PtsdWording));
    // 000: depression, anxiety and PTSD
    let ptsd_000 = of("indication/depression-research-areas-in-000");
    assert!(
        ptsd_000.cites(Source::MentalHealthOverview) && ptsd_000.mentions("PTSD"),
        "000 names PTSD"
    );
    assert_eq!(ptsd_000.disputes(), [Disagreement::PtsdWording]);
}

#[test]
fn which_conditions_ketamine_helps_is_an_open_question_in_four_articles() {
    let scope = claim("research-direction/broader-conditions-scope");
    assert!(
        ResearchDirection::BroaderConditions
            .claims()
            .contains(scope)
    );
    assert!(scope.mentions("still being investigated"));
    for source in [
        Source::MentalHealthOverview,
        Source::WhatIsKetamine,
        Source::UnlockingTheMysteries,
    ] {
        assert!(scope.cites(source), "{source}");
    }
    // the per-article lists are the very claims the indications list
    for claim in ResearchDirection::BroaderConditions
        .claims()
        .iter()
        .filter(|c| *c != scope)
    {
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
    let psychotherapy = claim("research-direction/combination-with-psychotherapy-outcomes");
    assert!(
        ResearchDirection::CombinationWithPsychotherapy
            .claims()
            .contains(psychotherapy)
    );
    assert!(psychotherapy.cites(Source::WhatIsKetamine));
    assert!(psychotherapy.mentions("during or after"));
}

#[test]
fn how_ketamine_works_is_still_being_studied() {
    let claim = claim("research-direction/mechanisms-brain-action-unknown");
    assert!(ResearchDirection::Mechanisms.claims().contains(claim));
    assert!(claim.mentions("not yet fully known"));
    assert!(claim.cites(Source::RevolutionaryTreatment));
    assert!(claim.cites(Source::UnlockingTheMysteries));
}

#[test]
fn article_000_calls_the_field_emerging() {
    let emerging = claim("research-direction/emerging-field-implementation-study");
    assert!(ResearchDirection::EmergingField.claims().contains(emerging));
    assert!(emerging.mentions("emerging field"));
    assert_eq!(sections(emerging), [Section::WhatResearchExists]);
    // attention has grown: stated by every article, told once as history
    let attention = claim("history-event/recent-attention-mental-health-interest");
    assert!(
        ResearchDirection::EmergingField
            .claims()
            .contains(attention),
        "growing attention"
    );
    assert!(attention.mentions("attention"));
    for source in Source::ALL.iter().filter(|s| s.is_article()) {
        assert!(attention.cites(*source), "{source}");
    }
    // where the article's sentence is about attention to a "potential" or
    // "promising" treatment, the rule's cue governs: preliminary
    for citation in attention.citations() {
        assert!(
            matches!(
                citation.evidence(),
                Evidence::Stated | Evidence::Preliminary
            ),
            "{citation}"
        );
    }
    for source in [Source::MentalHealthOverview, Source::RiseOfKetamineTherapy] {
        assert!(
            attention
                .citations()
                .iter()
                .filter(|c| c.source() == source)
                .all(|c| c.evidence() == Evidence::Preliminary),
            "{source}"
        );
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
}
