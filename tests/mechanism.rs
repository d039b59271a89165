//! How ketamine works, as the articles tell it: the steps, the causal links
//! between them, and the cascade from NMDA receptor antagonism to mood.

use std::collections::{BTreeSet, VecDeque};

use ketamine_facts::{
    Comparison, Disagreement, Evidence, Mechanism, ResearchDirection, Section, Source, Topic,
};
use proptest::prelude::*;

use Mechanism::*;

mod common;
use common::claim;

/// The evidence level at which `source` words the claim `id`, which must be one
/// of `step`'s claims.
fn claim_level(step: Mechanism, id: &str, source: Source) -> Option<Evidence> {
    let claim = claim(id);
    assert!(
        step.claims().contains(claim),
        "{id} is not a claim of {step}"
    );
    claim
        .citations()
        .iter()
        .find(|c| c.source() == source)
        .map(|c| c.evidence())
}

/// The evidence level at which `source` states the link `from -> to`.
fn link_level(from: Mechanism, to: Mechanism, source: Source) -> Option<Evidence> {
    Mechanism::link(from, to)?
        .citations()
        .iter()
        .find(|c| c.source() == source)
        .map(|c| c.evidence())
}

#[test]
fn article_001_hedges_that_ketamine_works_mainly_as_an_nmda_antagonist() {
    assert_eq!(
        claim_level(
            NmdaAntagonism,
            "mechanism/nmda-antagonism-main-mode-of-action",
            Source::RevolutionaryTreatment
        ),
        Some(Evidence::Preliminary)
    );
}

#[test]
fn article_003_says_ketamine_works_primarily_as_an_nmda_antagonist() {
    assert_eq!(
        claim_level(
            NmdaAntagonism,
            "mechanism/nmda-antagonism-main-mode-of-action",
            Source::WhatIsKetamine
        ),
        Some(Evidence::Stated)
    );
}

#[test]
fn article_000_classes_ketamine_as_an_nmda_antagonist() {
    assert_eq!(
        claim_level(
            NmdaAntagonism,
            "mechanism/nmda-antagonism-receptor-blockade",
            Source::MentalHealthOverview
        ),
        Some(Evidence::Stated)
    );
}

#[test]
fn article_003_says_the_blockade_adds_synaptic_connections_in_the_prefrontal_cortex() {
    let link = Mechanism::link(NmdaAntagonism, SynapticConnectivity).unwrap();
    assert_eq!(
        link.citations()[0].cited_section(),
        Some(Section::MechanismBehindEffects)
    );
    assert_eq!(link.strongest_evidence(), Evidence::Stated);
    let site = claim("mechanism/synaptic-connectivity-prefrontal-cortex-site");
    assert!(SynapticConnectivity.claims().contains(site));
    assert!(site.mentions("prefrontal cortex"));
    assert!(site.cites(Source::WhatIsKetamine));
}

#[test]
fn article_004_says_the_glutamate_surge_leads_to_enhanced_synaptic_connectivity() {
    assert_eq!(
        link_level(
            GlutamateSurge,
            SynapticConnectivity,
            Source::UnlockingTheMysteries
        ),
        Some(Evidence::Stated)
    );
}

#[test]
fn article_001_says_the_glutamate_surge_may_stimulate_synaptic_connections() {
    assert_eq!(
        link_level(
            GlutamateSurge,
            SynapticConnectivity,
            Source::RevolutionaryTreatment
        ),
        Some(Evidence::Preliminary)
    );
}

#[test]
fn article_004_says_more_glutamate_stimulates_bdnf_and_bdnf_goes_with_better_mood() {
    assert_eq!(
        link_level(GlutamateSurge, Bdnf, Source::UnlockingTheMysteries),
        Some(Evidence::Stated)
    );
    // 004 says higher BDNF levels are "associated with" better mood and
    // cognition: an association, so an arrow drawn from it is preliminary
    assert_eq!(
        link_level(Bdnf, MoodImprovement, Source::UnlockingTheMysteries),
        Some(Evidence::Preliminary)
    );
    assert_eq!(
        link_level(Bdnf, Cognition, Source::UnlockingTheMysteries),
        Some(Evidence::Preliminary)
    );
}

#[test]
fn article_000_says_more_synaptic_activity_may_promote_plasticity() {
    let link = Mechanism::link(SynapticConnectivity, Neuroplasticity).unwrap();
    assert_eq!(link.citations().len(), 1);
    assert_eq!(
        link.citations()[0].cited_section(),
        Some(Section::HowDoesKetamineAffectTheBrain)
    );
    assert_eq!(link.strongest_evidence(), Evidence::Preliminary);
}

#[test]
fn article_002_says_the_dissociative_state_is_believed_to_disrupt_maladaptive_patterns() {
    assert_eq!(
        link_level(
            DissociativeState,
            CircuitReset,
            Source::RiseOfKetamineTherapy
        ),
        Some(Evidence::Preliminary)
    );
}

#[test]
fn the_opioid_interaction_is_preliminary_in_both_articles_that_name_it() {
    let link = Mechanism::link(OpioidInteraction, Analgesia).unwrap();
    assert!(link.cites(Source::WhatIsKetamine));
    assert!(link.cites(Source::UnlockingTheMysteries));
    assert_eq!(link.strongest_evidence(), Evidence::Preliminary);
}

#[test]
fn article_003_defines_neuroplasticity_as_forming_new_connections() {
    let definition = claim("mechanism/neuroplasticity-definition");
    assert!(Neuroplasticity.claims().contains(definition));
    assert!(definition.mentions("new neural connections"));
    assert!(definition.mentions("capacity to reorganise"));
    // 001 gives no definition: its "may ... promote neuroplasticity, allowing
    // the brain to form new pathways" is a hedged effect, cited elsewhere
    assert!(!definition.cites(Source::RevolutionaryTreatment));
    assert!(definition.cites(Source::WhatIsKetamine));
}

#[test]
fn article_002_says_only_that_plasticity_is_influenced() {
    let promotes = claim("mechanism/neuroplasticity-promotion");
    assert!(Neuroplasticity.claims().contains(promotes));
    assert!(promotes.mentions("promotes neuroplasticity"));
    assert!(!promotes.cites(Source::RiseOfKetamineTherapy));
    let influence = claim("mechanism/neuroplasticity-hedged-in-002");
    assert!(
        Neuroplasticity.claims().contains(influence),
        "002's own, weaker claim"
    );
    assert!(influence.cites(Source::RiseOfKetamineTherapy));
    assert!(influence.mentions("influence"));
    assert_eq!(influence.strongest_evidence(), Evidence::Preliminary);
    assert_eq!(
        link_level(
            NmdaAntagonism,
            Neuroplasticity,
            Source::RiseOfKetamineTherapy
        ),
        None,
        "002 says ketamine targets NMDA receptors, not that it blocks them"
    );
}

#[test]
fn only_article_004_names_neurogenesis() {
    for claim in Neurogenesis.claims() {
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source() == Source::UnlockingTheMysteries)
        );
    }
    assert_eq!(
        Neurogenesis.led_to_by().collect::<Vec<_>>(),
        [NmdaAntagonism]
    );
}

#[test]
fn articles_001_and_004_describe_glutamate_differently() {
    let most_abundant = claim("mechanism/glutamate-surge-most-abundant-transmitter");
    assert!(GlutamateSurge.claims().contains(most_abundant));
    assert!(most_abundant.mentions("most abundant"));
    assert!(most_abundant.cites(Source::RevolutionaryTreatment));
    let excitatory = claim("mechanism/glutamate-surge-main-excitatory-transmitter");
    assert!(GlutamateSurge.claims().contains(excitatory));
    assert!(excitatory.mentions("excitatory"));
    assert!(excitatory.cites(Source::UnlockingTheMysteries));
}

#[test]
fn the_descriptions_of_glutamate_are_plain_claims_not_a_disagreement() {
    // 0.2.0 set them against each other; they answer different questions
    #[allow(deprecated)]
    let retired = Disagreement::GlutamateDescription;
    assert!(retired.is_retired() && retired.sides().is_empty());
    assert!(!Disagreement::ALL.contains(&retired));
    assert_eq!(ketamine_facts::facts_in(retired).count(), 0);
    for (id, words) in [
        (
            "mechanism/glutamate-surge-most-abundant-transmitter",
            "most abundant",
        ),
        (
            "mechanism/glutamate-surge-main-excitatory-transmitter",
            "main excitatory",
        ),
        ("mechanism/glutamate-surge-role-in-mood-cognition", "mood"),
        ("mechanism/glutamate-surge-mood-improvement-link", "mood"),
    ] {
        let described = claim(id);
        assert!(GlutamateSurge.claims().contains(described), "{id}");
        assert!(described.mentions(words), "{id}");
        assert!(described.disputes().is_empty(), "{id}");
    }
}

#[test]
fn the_therapeutic_reading_of_dissociation_links_the_dissociation_disagreement() {
    let linked = |step: Mechanism| {
        step.claims()
            .iter()
            .filter(|c| c.cites(Source::RiseOfKetamineTherapy) && c.mentions("dissociative"))
            .all(|c| c.disputes().contains(&Disagreement::DissociationRole))
    };
    assert!(linked(CircuitReset));
    let on_purpose = claim("side-effect/dissociation-therapeutic-use");
    assert!(DissociativeState.claims().contains(on_purpose));
    assert!(on_purpose.mentions("on purpose"));
    assert_eq!(on_purpose.disputes(), [Disagreement::DissociationRole]);
    assert_eq!(on_purpose.strongest_evidence(), Evidence::Preliminary);
}

#[test]
fn how_ketamine_works_exactly_is_still_under_study() {
    let open = claim("research-direction/mechanisms-brain-action-unknown");
    assert!(Topic::Mechanism.claims().contains(open));
    assert!(open.mentions("still being studied"));
    assert!(open.cites(Source::RevolutionaryTreatment));
    assert_eq!(open.strongest_evidence(), Evidence::UnderInvestigation);
}

#[test]
fn the_overview_lists_the_research_and_comparison_claims_without_restating_them() {
    let open = claim("research-direction/mechanisms-brain-action-unknown");
    assert!(ResearchDirection::Mechanisms.claims().contains(open));
    assert!(Topic::Mechanism.claims().contains(open));
    // every other claim of the overview is a comparison's
    for claim in Topic::Mechanism.claims().iter().filter(|c| *c != open) {
        assert!(
            Comparison::ALL.iter().any(|c| c.claims().contains(claim)),
            "{claim}"
        );
    }
    // "acts on the glutamate system" is one claim, under both steps and the comparison
    let glutamate = claim("mechanism/nmda-antagonism-glutamate-system");
    assert!(NmdaAntagonism.claims().contains(glutamate));
    assert!(glutamate.mentions("glutamate system"));
    assert!(GlutamateSurge.claims().contains(glutamate));
    assert!(Comparison::Targets.claims().contains(glutamate));
    for article in Source::ALL.iter().filter(|s| s.is_article()) {
        if *article != Source::RevolutionaryTreatment {
            assert!(glutamate.cites(*article), "{article}");
        }
    }
    // mood within hours is the comparison's onset claim; the two other claims
    // about mood are 004's association with BDNF and 002's "believed to
    // influence mood regulation"
    let bdnf = claim("mechanism/bdnf-mood-cognition-association");
    let influence = claim("mechanism/mood-improvement-influence-hedged-in-002");
    assert!(
        influence.mentions("believed to influence")
            && influence.cites(Source::RiseOfKetamineTherapy)
    );
    assert_eq!(influence.strongest_evidence(), Evidence::Preliminary);
    for claim in MoodImprovement
        .claims()
        .iter()
        .filter(|c| *c != bdnf && *c != influence)
    {
        assert!(Comparison::Onset.claims().contains(claim), "{claim}");
    }
}

// --- invariants of the graph ------------------------------------------------

fn reachable_from(start: Mechanism) -> BTreeSet<Mechanism> {
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(step) = queue.pop_front() {
        for next in step.leads_to() {
            if seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    seen
}

#[test]
fn the_cascade_is_exactly_what_nmda_antagonism_reaches() {
    let cascade: BTreeSet<Mechanism> = Mechanism::cascade().iter().copied().collect();
    assert_eq!(cascade.len(), Mechanism::cascade().len(), "no step twice");
    assert_eq!(cascade, reachable_from(NmdaAntagonism));
    for step in Mechanism::ALL {
        assert_eq!(step.is_in_cascade(), cascade.contains(step), "{step}");
    }
}

#[test]
fn the_cascade_is_a_topological_order_from_nmda_antagonism_to_mood() {
    let cascade = Mechanism::cascade();
    assert_eq!(cascade.first(), Some(&NmdaAntagonism));
    assert_eq!(cascade.last(), Some(&MoodImprovement));
    let position = |m: Mechanism| cascade.iter().position(|&c| c == m);
    for link in Mechanism::links() {
        if let (Some(from), Some(to)) = (position(link.from()), position(link.to())) {
            assert!(from < to, "{link} goes backwards in the cascade");
        }
    }
}

#[test]
fn the_link_graph_is_acyclic() {
    for step in Mechanism::ALL {
        let after: BTreeSet<Mechanism> = step.leads_to().flat_map(reachable_from).collect();
        assert!(!after.contains(step), "{step} leads back to itself");
    }
}

#[test]
fn mood_improvement_is_terminal_and_reached_along_many_paths() {
    assert_eq!(MoodImprovement.leads_to().count(), 0);
    assert!(reachable_from(NmdaAntagonism).contains(&MoodImprovement));
    assert_eq!(MoodImprovement.led_to_by().count(), 4);
    // 002 says only that ketamine "targets" NMDA receptors: no antagonism link
    // rests on it
    assert!(!NmdaAntagonism.leads_to().any(|m| m == MoodImprovement));
}

#[test]
fn every_link_is_cited_by_the_articles_and_stated_once() {
    let mut pairs = BTreeSet::new();
    for link in Mechanism::links() {
        assert!(!link.citations().is_empty(), "{link}");
        assert_ne!(link.from(), link.to(), "{link}");
        assert!(pairs.insert((link.from(), link.to())), "{link} twice");
        for citation in link.citations() {
            assert!(citation.source().is_article(), "{link}: {citation}");
        }
        assert!(link.weakest_evidence() <= link.strongest_evidence());
    }
}

#[test]
fn no_mechanism_claim_is_worded_stronger_than_a_plain_statement() {
    // The articles name no trial and no approval for any step of the mechanism.
    let claims = Mechanism::ALL
        .iter()
        .flat_map(|m| m.claims())
        .chain(Topic::Mechanism.claims());
    for claim in claims {
        assert!(claim.strongest_evidence() <= Evidence::Stated, "{claim}");
        assert!(
            claim.citations().iter().all(|c| c.source().is_article()),
            "{claim}"
        );
    }
    for link in Mechanism::links() {
        assert!(link.strongest_evidence() <= Evidence::Stated, "{link}");
    }
}

#[test]
fn every_step_has_claims_and_takes_part_in_the_graph() {
    for step in Mechanism::ALL {
        assert!(!step.claims().is_empty(), "{step}");
        assert!(
            step.leads_to().count() + step.led_to_by().count() > 0,
            "{step}"
        );
    }
}

#[test]
fn leads_to_and_led_to_by_mirror_each_other() {
    for a in Mechanism::ALL {
        for b in a.leads_to() {
            assert!(b.led_to_by().any(|x| x == *a), "{a} -> {b}");
        }
        for b in a.led_to_by() {
            assert!(b.leads_to().any(|x| x == *a), "{b} -> {a}");
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_link_serializes_with_its_evidence_and_citations() {
    let link = Mechanism::link(GlutamateSurge, Bdnf).unwrap();
    let json = serde_json::to_value(link).unwrap();
    assert_eq!(json["from"], "glutamate_surge");
    assert_eq!(json["to"], "bdnf");
    assert_eq!(json["evidence"], "stated");
    assert_eq!(
        json["citations"][0]["section"],
        "The Role of Neurochemistry"
    );
    let step: Mechanism = serde_json::from_str("\"BDNF\"").unwrap();
    assert_eq!(step, Bdnf);
}

proptest! {
    #[test]
    fn parsing_any_text_as_a_mechanism_never_panics(text in ".*") {
        let _ = text.parse::<Mechanism>();
    }
}
