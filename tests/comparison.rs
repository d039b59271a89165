//! Ketamine beside traditional antidepressants, checked against the articles.

use chrono::TimeDelta;
use ketamine_facts::{Comparison, Disagreement, Evidence, Monoamine, OnsetScale, Section, Source};
use proptest::prelude::*;

mod common;
use common::{claim, sections};

fn articles() -> impl Iterator<Item = Source> {
    Source::ALL.iter().copied().filter(|s| s.is_article())
}

#[test]
fn every_article_says_ketamine_acts_sooner() {
    let sooner = claim("indication/depression-faster-than-antidepressants");
    assert!(Comparison::Onset.claims().contains(sooner));
    for article in articles() {
        assert!(sooner.cites(article), "{article}");
    }
    // 000 observes rapid effects "in some individuals" (stated; the summary
    // keeps "some people") and its research section hedges ("results suggest ... may")
    let level_000 = |section| {
        sooner
            .citations()
            .iter()
            .find(|c| c.cited_section() == Some(section))
            .map(|c| c.evidence())
    };
    assert_eq!(
        level_000(Section::HowDoesKetamineAffectTheBrain),
        Some(Evidence::Stated)
    );
    assert_eq!(
        level_000(Section::WhatResearchExists),
        Some(Evidence::Preliminary)
    );
    assert!(sooner.mentions("some people"));
    // 003's conclusion: rapid relief where other paths are too slow
    assert!(
        sooner
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::WhatIsKetamineConclusion))
    );
    // 003's opening line: a "unique mechanism of action"
    let different = claim("comparison/targets-different-mechanism");
    assert!(Comparison::Targets.claims().contains(different));
    assert!(different.mentions("different mechanism"));
    assert!(
        different
            .citations()
            .iter()
            .any(|c| c.source() == Source::WhatIsKetamine && c.heading().is_none())
    );
}

#[test]
fn hours_for_ketamine_weeks_for_traditional_antidepressants() {
    assert_eq!(Comparison::ketamine_onset(), OnsetScale::Hours);
    assert_eq!(Comparison::traditional_onset(), OnsetScale::Weeks);
    assert!(Comparison::ketamine_onset().unit() < Comparison::traditional_onset().unit());
    assert_eq!(OnsetScale::Weeks.unit(), TimeDelta::weeks(1));
    let hours = claim("mechanism/mood-improvement-within-hours");
    let weeks = claim("indication/depression-antidepressant-delay");
    for claim in [hours, weeks] {
        assert!(Comparison::Onset.claims().contains(claim), "{claim}");
    }
    assert!(hours.mentions("within hours") && weeks.mentions("weeks"));
    // 001 and 002 say "rapid", not "hours"; every article gives "weeks"
    assert!(
        !hours.cites(Source::RevolutionaryTreatment) && !hours.cites(Source::RiseOfKetamineTherapy)
    );
    for article in articles() {
        assert!(weeks.cites(article), "{article}");
    }
    // 002 and 004: traditional antidepressants "may take" weeks, a "may" of
    // what can happen: stated, and the summary says "can take"
    assert!(weeks.mentions("can take weeks"));
    for source in [Source::RiseOfKetamineTherapy, Source::UnlockingTheMysteries] {
        assert!(
            weeks
                .citations()
                .iter()
                .any(|c| c.source() == source && c.evidence() == Evidence::Stated),
            "{source}"
        );
    }
    // no article hedges the delay; 000's research section ("results suggest
    // ... hours rather than weeks") hedges ketamine's effect and names no
    // antidepressant, so it is not cited for the delay
    assert!(
        weeks
            .citations()
            .iter()
            .all(|c| c.evidence() == Evidence::Stated)
    );
    assert!(
        weeks
            .citations()
            .iter()
            .all(|c| c.cited_section() != Some(Section::WhatResearchExists))
    );
}

#[test]
fn article_002_calls_the_effects_profound_as_well_as_rapid() {
    let profound = claim("comparison/onset-profound-and-rapid");
    assert!(
        Comparison::Onset.claims().contains(profound),
        "002's nuance"
    );
    assert!(profound.mentions("profound"));
    assert_eq!(profound.citations().len(), 1);
    assert_eq!(
        profound.citations()[0].source(),
        Source::RiseOfKetamineTherapy
    );
    assert!(profound.mentions("often"), "002's 'often' is kept");
}

#[test]
fn ketamine_acts_on_glutamate_at_the_nmda_receptor() {
    let claim = claim("mechanism/nmda-antagonism-glutamate-system");
    assert!(Comparison::Targets.claims().contains(claim));
    assert!(claim.mentions("glutamate") && claim.mentions("NMDA"));
    assert!(claim.cites(Source::RiseOfKetamineTherapy));
}

#[test]
fn three_articles_list_different_traditional_targets() {
    assert_eq!(
        Comparison::traditional_target_lists(),
        [
            (
                Source::MentalHealthOverview,
                &[
                    Monoamine::Serotonin,
                    Monoamine::Dopamine,
                    Monoamine::Norepinephrine
                ][..]
            ),
            (
                Source::WhatIsKetamine,
                &[Monoamine::Serotonin, Monoamine::Norepinephrine][..]
            ),
            (Source::UnlockingTheMysteries, &[Monoamine::Serotonin][..]),
        ]
    );
    for (source, targets) in Comparison::traditional_target_lists() {
        assert_eq!(Comparison::traditional_targets(*source), *targets);
    }
    assert!(Comparison::traditional_targets(Source::RevolutionaryTreatment).is_empty());
    let dopamine: Vec<Source> = Monoamine::Dopamine.named_by().collect();
    assert_eq!(dopamine, [Source::MentalHealthOverview]);
    assert_eq!(Monoamine::Serotonin.named_by().count(), 3);
}

#[test]
fn the_target_lists_are_compatible_claims_not_a_disagreement() {
    // 0.2.0 modelled the three lists as a disagreement; they differ in length only
    #[allow(deprecated)]
    let retired = Disagreement::TraditionalAntidepressantTargets;
    assert!(retired.is_retired() && retired.sides().is_empty());
    assert!(!Disagreement::ALL.contains(&retired));
    for id in [
        "comparison/targets-monoamines-in-000",
        "comparison/targets-serotonin-norepinephrine-in-003",
        "comparison/targets-serotonin-in-004",
    ] {
        assert!(claim(id).disputes().is_empty(), "{id}");
    }
    // compatible: each list is a part of the longest one, so none denies another
    let lists = Comparison::traditional_target_lists();
    let longest = lists
        .iter()
        .map(|(_, l)| *l)
        .max_by_key(|l| l.len())
        .unwrap();
    for (source, list) in lists {
        assert!(list.iter().all(|m| longest.contains(m)), "{source}");
    }
}

#[test]
fn article_003_says_ketamine_changes_structure_where_others_do_not() {
    let claim = claim("comparison/structural-change-neuroplasticity-vs-levels");
    assert!(Comparison::StructuralChange.claims().contains(claim));
    assert_eq!(sections(claim), [Section::FaqNeuroplasticity]);
    assert!(claim.mentions("neuroplasticity") && claim.mentions("structural"));
}

#[test]
fn article_000_sees_a_complement_not_a_replacement() {
    let claim = claim("comparison/complement-not-replace");
    assert!(Comparison::Complement.claims().contains(claim));
    assert_eq!(sections(claim), [Section::MovingForward]);
    assert_eq!(claim.strongest_evidence(), Evidence::Preliminary);
    assert!(claim.mentions("may not replace") && claim.mentions("could"));
}

#[test]
fn traditional_treatment_falls_short_for_many_but_helps_many() {
    let claims = Comparison::UnmetNeed.claims();
    let short = claim("comparison/unmet-need-treatment-shortfall");
    assert!(claims.contains(short));
    assert!(sections(short).starts_with(&[
        Section::KetamineAndDepression,
        Section::WhatIsKetamineConclusion
    ]));
    let helps = claim("comparison/unmet-need-partial-relief");
    assert!(claims.contains(helps));
    assert!(helps.mentions("relief to many") && helps.cites(Source::RevolutionaryTreatment));
}

#[test]
fn every_comparison_claim_is_cited_from_the_articles() {
    for aspect in Comparison::ALL {
        assert!(!aspect.claims().is_empty(), "{aspect}");
        for claim in aspect.claims() {
            assert!(
                claim.citations().iter().all(|c| c.source().is_article()),
                "{claim}"
            );
            assert!(claim.strongest_evidence() <= Evidence::Stated, "{claim}");
        }
    }
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        prop_assert!(text.parse::<Comparison>().map_or(true, |c| Comparison::ALL.contains(&c)));
        prop_assert!(text.parse::<OnsetScale>().map_or(true, |o| OnsetScale::ALL.contains(&o)));
        prop_assert!(text.parse::<Monoamine>().map_or(true, |m| Monoamine::ALL.contains(&m)));
    }
}
