//! The knowledge base as one: every fact, uniform filters, and the JSON export.

use std::collections::HashSet;

use ketamine_facts::{
    Disagreement, Evidence, FactKind, KnowledgeBase, Section, Source, Subject, Topic,
    contested_facts, facts, facts_at_least, facts_citing, facts_in, facts_of_kind, search,
};
use proptest::prelude::*;

#[test]
fn the_knowledge_base_value_sees_the_same_facts() {
    let kb = KnowledgeBase::CURRENT;
    assert_eq!(kb.data_version(), ketamine_facts::DATA_VERSION);
    assert!(kb.facts().eq(facts()));
    let citations: usize = facts().map(|f| f.citations().len()).sum();
    assert_eq!(kb.citation_count(), citations);
    assert_eq!(kb.disagreements(), Disagreement::ALL);
}

#[test]
fn every_fact_has_a_citation_and_a_summary_of_its_own() {
    let mut summaries = HashSet::new();
    for fact in facts() {
        assert!(!fact.citations().is_empty(), "{fact}");
        assert!(
            fact.summary().ends_with('.'),
            "a summary is a sentence: {fact}"
        );
        assert!(
            summaries.insert(fact.summary()),
            "stated twice: {}",
            fact.summary()
        );
    }
}

#[test]
fn a_summary_names_one_claim_wherever_it_is_listed() {
    // A claim listed under several subjects must be the same claim everywhere.
    for fact in facts() {
        for subject in fact.subjects() {
            let same = subject.claims().iter().find(|c| c.id() == fact.id());
            assert_eq!(same, Some(fact.claim()), "{subject}: {}", fact.summary());
        }
    }
}

#[test]
fn every_kind_has_facts() {
    for kind in FactKind::ALL {
        assert!(
            facts().any(|f| f.subjects().any(|s| s.kind() == *kind)),
            "no fact is about a {kind}"
        );
    }
}

#[test]
fn every_general_topic_is_in_the_knowledge_base() {
    // the claims that belong to no single value of a type are reached through Topic
    for topic in Topic::ALL {
        assert!(!topic.claims().is_empty(), "{topic}");
        for claim in topic.claims() {
            assert!(
                facts().any(|f| f.claim() == claim),
                "{topic}: {claim} is not a fact"
            );
        }
    }
    // 004 "Ketamine Therapy: The Process": a structured process
    assert!(facts_of_kind(FactKind::Topic).any(|f| {
        f.citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::TherapyProcess))
    }));
}

#[test]
fn filters_agree_with_the_facts_they_filter() {
    let all = facts().count();
    let by_kind: usize = FactKind::ALL
        .iter()
        .map(|k| facts_of_kind(*k).count())
        .sum();
    assert_eq!(by_kind, all, "every fact has exactly one kind");
    for source in Source::ALL {
        for fact in facts_citing(*source) {
            assert!(fact.citations().iter().any(|c| c.source() == *source));
        }
    }
    assert_eq!(facts_at_least(Evidence::UnderInvestigation).count(), all);
    assert!(facts_at_least(Evidence::RegulatoryApproval).count() < all);
    for d in Disagreement::ALL {
        for fact in facts_in(*d) {
            assert!(fact.disputes().contains(d));
        }
    }
    assert!(contested_facts().all(|f| f.is_contested()));
}

#[test]
fn every_article_supports_some_fact() {
    for source in Source::ALL.iter().filter(|s| s.is_article()) {
        assert!(facts_citing(*source).count() >= 3, "{source}");
    }
}

#[test]
fn search_ignores_case() {
    let lower = search("esketamine").count();
    assert!(lower > 0);
    assert_eq!(search("ESKETAMINE").count(), lower);
}

#[test]
fn subjects_print_and_parse_back() {
    for fact in facts() {
        for subject in fact.subjects() {
            assert_eq!(subject.to_string().parse::<Subject>(), Ok(subject));
        }
    }
    assert!("route".parse::<Subject>().is_err());
    assert!("route: rectal".parse::<Subject>().is_err());
}

#[cfg(feature = "serde")]
mod json {
    use super::*;

    fn export() -> serde_json::Value {
        serde_json::to_value(KnowledgeBase::CURRENT).expect("the knowledge base serializes")
    }

    /// Why `json` is refused as the knowledge base (it must be).
    fn refused(json: serde_json::Value) -> String {
        serde_json::from_value::<KnowledgeBase>(json)
            .expect_err("an edited export must be refused")
            .to_string()
    }

    #[test]
    fn the_export_carries_every_relation_with_its_support_and_an_edited_one_is_refused() {
        let json = export();
        let relations = json["relations"]
            .as_array()
            .expect("relations are an array");
        assert_eq!(relations.len(), ketamine_facts::Relation::all().len());
        for (row, relation) in relations.iter().zip(ketamine_facts::Relation::all()) {
            assert_eq!(row["from"], relation.from().to_string());
            assert_eq!(row["to"], relation.to().to_string());
            let support: Vec<&str> = row["support"]
                .as_array()
                .expect("support is an array")
                .iter()
                .map(|id| id.as_str().expect("ids are strings"))
                .collect();
            assert_eq!(support, relation.support_ids());
        }
        let mut edited = json.clone();
        edited["relations"][0]["support"][0] = "route/intravenous-low-dose".into();
        let error = refused(edited);
        assert!(error.contains("relations[0].support[0]"), "{error}");
        let mut removed = json;
        removed["relations"].as_array_mut().expect("an array").pop();
        assert!(refused(removed).contains("relations"));
    }

    #[test]
    fn facts_repeated_many_times_are_refused_at_the_first_extra_one() {
        let json = export();
        let facts = json["facts"]
            .as_array()
            .expect("facts are an array")
            .clone();
        let count = facts.len();
        let mut repeated = json;
        let all: Vec<serde_json::Value> = (0..100).flat_map(|_| facts.clone()).collect();
        repeated["facts"] = serde_json::Value::Array(all);
        // read from text, as a file would be: the reader stops at the first
        // fact past this edition's, whatever follows
        let text = serde_json::to_string(&repeated).expect("serializes");
        let error = serde_json::from_str::<KnowledgeBase>(&text)
            .expect_err("a repeated list of facts is refused")
            .to_string();
        assert!(error.contains(&format!("facts[{count}]")), "{error}");
        assert!(error.contains("not in this edition"), "{error}");
    }

    /// The id of the export's `i`th fact.
    fn fact_id(json: &serde_json::Value, i: usize) -> String {
        json["facts"][i]["id"]
            .as_str()
            .expect("facts have ids")
            .to_owned()
    }

    /// The name of the `i`th element of the export's array `field`.
    fn name_in(json: &serde_json::Value, field: &str, i: usize) -> String {
        json[field][i]["name"]
            .as_str()
            .expect("a named record")
            .to_owned()
    }

    #[test]
    fn the_unedited_export_reads_back() {
        let back: KnowledgeBase = serde_json::from_value(export()).unwrap();
        assert_eq!(back, KnowledgeBase::CURRENT);
    }

    #[test]
    fn a_changed_disclaimer_is_refused() {
        let mut json = export();
        json["disclaimer"] = "This is medical advice.".into();
        let err = refused(json);
        assert!(err.contains("knowledge base field disclaimer"), "{err}");
        assert!(err.contains("This is medical advice."), "{err}");
    }

    #[test]
    fn a_moved_timeline_date_is_refused_by_event() {
        let mut json = export();
        let event = name_in(&json, "timeline", 3);
        let date = &mut json["timeline"][3]["date"];
        assert!(date["from"].is_string(), "{date}");
        date["from"] = "1901-01-01".into();
        let err = refused(json);
        assert!(
            err.contains(&format!("timeline[{event}].date.from")),
            "{err}"
        );
        assert!(err.contains("1901-01-01"), "{err}");
    }

    #[test]
    fn a_missing_timeline_is_refused() {
        let mut json = export();
        json.as_object_mut().unwrap().remove("timeline");
        let err = refused(json);
        assert!(err.contains("field timeline: missing"), "{err}");
    }

    #[test]
    fn an_edited_mechanism_link_is_refused() {
        let mut json = export();
        let link = &mut json["mechanism_links"][0];
        let evidence = if link["evidence"] == "regulatory_approval" {
            "stated"
        } else {
            "regulatory_approval"
        };
        link["evidence"] = evidence.into();
        let err = refused(json);
        assert!(err.contains("mechanism_links[0].evidence"), "{err}");
    }

    #[test]
    fn a_reversed_cascade_is_refused() {
        let mut json = export();
        json["mechanism_cascade"].as_array_mut().unwrap().reverse();
        let err = refused(json);
        assert!(err.contains("mechanism_cascade[0]"), "{err}");
        assert!(err.contains("nmda_antagonism"), "{err}");
    }

    #[test]
    fn a_correction_of_another_kind_is_refused() {
        let mut json = export();
        let correction = &mut json["corrections"][0];
        let kind = if correction["kind"] == "corrects" {
            "confirms"
        } else {
            "corrects"
        };
        correction["kind"] = kind.into();
        let err = refused(json);
        assert!(err.contains("corrections[0].kind"), "{err}");
    }

    #[test]
    fn a_correction_naming_another_claim_is_refused() {
        let mut json = export();
        let correction = &mut json["corrections"][0];
        assert_eq!(
            correction["article"],
            ketamine_facts::ClaimCorrection::all()[0]
                .article_id()
                .as_str()
        );
        correction["article"] = "route/intravenous-low-dose".into();
        let err = refused(json);
        assert!(err.contains("corrections[0].article"), "{err}");
    }

    #[test]
    fn emptied_corrections_are_refused() {
        let mut json = export();
        let n = json["corrections"].as_array().unwrap().len();
        assert_eq!(n, ketamine_facts::ClaimCorrection::all().len());
        json["corrections"] = serde_json::json!([]);
        let err = refused(json);
        assert!(err.contains("corrections[0]: missing"), "{err}");
        assert!(
            err.contains(&format!("this edition has {n} elements")),
            "{err}"
        );
    }

    #[test]
    fn an_edited_disagreement_side_is_refused() {
        let mut json = export();
        let disagreement = name_in(&json, "disagreements", 0);
        json["disagreements"][0]["sides"][0]["position"] = "something else".into();
        let err = refused(json);
        assert!(
            err.contains(&format!("disagreements[{disagreement}].sides[0].position")),
            "{err}"
        );
    }

    #[test]
    fn an_edited_source_author_is_refused() {
        let mut json = export();
        let at = json["sources"]
            .as_array()
            .unwrap()
            .iter()
            .position(|s| s["author"].is_string())
            .expect("a source with an author");
        let source = name_in(&json, "sources", at);
        json["sources"][at]["author"] = "Someone Else".into();
        let err = refused(json);
        assert!(err.contains(&format!("sources[{source}].author")), "{err}");
        assert!(err.contains("Someone Else"), "{err}");
    }

    #[test]
    fn a_flipped_from_reference_is_refused_by_fact() {
        let mut json = export();
        let id = fact_id(&json, 0);
        let from_reference = json["facts"][0]["from_reference"].as_bool().unwrap();
        json["facts"][0]["from_reference"] = (!from_reference).into();
        let err = refused(json);
        assert!(
            err.contains(&format!("facts[{id}].from_reference")),
            "{err}"
        );
    }

    #[test]
    fn an_unknown_field_on_the_knowledge_base_is_refused() {
        let mut json = export();
        json["surprise"] = 1.into();
        let err = refused(json);
        assert!(err.contains("knowledge base: unknown field"), "{err}");
        assert!(err.contains("surprise"), "{err}");
    }

    #[test]
    fn an_unknown_field_on_a_fact_is_refused_by_fact() {
        let mut json = export();
        let id = fact_id(&json, 5);
        json["facts"][5]["surprise"] = true.into();
        let err = refused(json);
        assert!(
            err.contains(&format!("facts[{id}]: unknown field")),
            "{err}"
        );
        assert!(err.contains("surprise"), "{err}");
    }

    #[test]
    fn the_knowledge_base_written_as_an_array_is_refused() {
        let json = export();
        let values: Vec<serde_json::Value> = json.as_object().unwrap().values().cloned().collect();
        let err = refused(serde_json::Value::Array(values));
        assert!(err.contains("knowledge base: expected an object"), "{err}");
        assert!(err.contains("array"), "{err}");
    }

    #[test]
    fn a_fact_removed_from_the_middle_is_named() {
        let mut json = export();
        let facts = json["facts"].as_array_mut().unwrap();
        let middle = facts.len() / 2;
        let removed = facts.remove(middle);
        let id = removed["id"].as_str().unwrap().to_owned();
        let err = refused(json);
        // the first difference is where the removed fact should be
        assert!(err.contains(&format!("facts[{id}]")), "{err}");
    }

    #[test]
    fn an_edited_fact_summary_is_refused_by_fact_and_field() {
        let mut json = export();
        let id = fact_id(&json, 7);
        let summary = json["facts"][7]["summary"].as_str().unwrap().to_owned();
        json["facts"][7]["summary"] = "Ketamine cures everything.".into();
        let err = refused(json);
        assert!(err.contains(&format!("facts[{id}].summary")), "{err}");
        assert!(err.contains("Ketamine cures everything."), "{err}");
        // this edition's wording is given too (cut if long)
        assert!(err.contains(&summary[..20]), "{err}");
    }

    #[test]
    fn the_0_1_0_shape_without_fact_ids_is_refused() {
        let mut json = export();
        let first = fact_id(&json, 0);
        for fact in json["facts"].as_array_mut().unwrap() {
            fact.as_object_mut().unwrap().remove("id");
        }
        let err = refused(json);
        assert!(
            err.contains(&format!("facts[{first}].id: missing")),
            "{err}"
        );
    }

    #[test]
    fn a_fact_alone_reads_back_by_its_id() {
        let fact = super::facts().nth(3).unwrap();
        let mut json = serde_json::to_value(fact).unwrap();
        assert_eq!(json["id"], fact.id().as_str());
        let back: ketamine_facts::Fact = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, fact);
        // only the id is read: other fields written by another edition do not matter
        json["summary"] = "Worded by another edition.".into();
        let back: ketamine_facts::Fact = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, fact);
        json["id"] = "route/no-such-claim".into();
        let err = serde_json::from_value::<ketamine_facts::Fact>(json.clone())
            .unwrap_err()
            .to_string();
        assert!(err.contains("route/no-such-claim"), "{err}");
        json.as_object_mut().unwrap().remove("id");
        let err = serde_json::from_value::<ketamine_facts::Fact>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"id\"") && err.contains("0.1.0"), "{err}");
        assert!(err.contains("cannot be read"), "{err}");
    }

    #[test]
    fn the_export_reads_back_as_this_edition() {
        let json = serde_json::to_string(&KnowledgeBase::CURRENT).unwrap();
        let back: KnowledgeBase = serde_json::from_str(&json).unwrap();
        assert_eq!(back, KnowledgeBase::CURRENT);
    }

    #[test]
    fn every_citation_is_a_source_and_a_section() {
        let json = export();
        let facts = json["facts"].as_array().unwrap();
        assert_eq!(facts.len(), super::facts().count());
        for fact in facts {
            for citation in fact["citations"].as_array().unwrap() {
                assert!(citation["source"].is_string());
                assert!(citation["section"].is_string() || citation["section"].is_null());
            }
        }
        assert_eq!(json["data_version"], ketamine_facts::DATA_VERSION);
        // reference facts are marked apart from the articles' claims
        let marked = facts.iter().filter(|f| f["from_reference"] == true).count();
        assert_eq!(
            marked,
            super::facts()
                .filter(ketamine_facts::Fact::is_from_reference)
                .count()
        );
        assert!(marked > 0 && marked < facts.len());
    }

    #[test]
    fn a_changed_fact_is_refused_by_name() {
        let mut json = export();
        let id = fact_id(&json, 0);
        json["facts"][0]["evidence"] = "regulatory_approval".into();
        json["facts"][0]["citations"][0]["evidence"] = "regulatory_approval".into();
        let err = refused(json);
        // the record is named by its id, the field by its path
        assert!(err.contains(&format!("facts[{id}]")), "{err}");
        assert!(err.contains("evidence"), "{err}");
        assert!(err.contains("regulatory_approval"), "{err}");
    }

    #[test]
    fn another_edition_is_refused() {
        let mut json = export();
        json["data_version"] = "1999.1.1".into();
        let err = serde_json::from_value::<KnowledgeBase>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("1999.1.1"), "{err}");
    }

    #[test]
    fn a_missing_fact_is_named() {
        let mut json = export();
        json["facts"].as_array_mut().unwrap().pop();
        let err = serde_json::from_value::<KnowledgeBase>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains("missing"), "{err}");
    }

    #[test]
    fn a_heading_that_is_not_in_the_article_is_refused() {
        let citation =
            r#"{"source": "what_is_ketamine", "section": "Made-up Heading", "evidence": "stated"}"#;
        let err = serde_json::from_str::<ketamine_facts::Citation>(citation)
            .unwrap_err()
            .to_string();
        assert!(err.contains("Made-up Heading"), "{err}");
    }

    fn round_trip<T>(value: &T)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let json = serde_json::to_string(value).unwrap();
        let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(&back, value);
    }

    #[test]
    #[allow(deprecated)] // the 0.1.0 event view (`HistoryEvent::corrections`) still reads back
    fn every_static_value_round_trips_through_json() {
        for fact in super::facts() {
            round_trip(fact.claim());
            if let Some(confidence) = fact.confidence() {
                round_trip(&confidence);
            }
        }
        for link in ketamine_facts::Mechanism::links() {
            round_trip(link);
        }
        for d in Disagreement::ALL {
            for side in d.sides() {
                round_trip(side);
            }
        }
        for event in ketamine_facts::HistoryEvent::ALL {
            round_trip(&event.date());
        }
        for correction in ketamine_facts::HistoryEvent::corrections() {
            round_trip(correction);
        }
        for correction in ketamine_facts::ClaimCorrection::all() {
            round_trip(correction);
        }
    }

    #[test]
    fn a_claim_that_is_not_this_editions_is_refused() {
        let claim = super::facts().next().unwrap().claim();
        let mut json = serde_json::to_value(claim).unwrap();
        // a claim is read by its id alone: a current id reads back as this
        // edition's claim, whatever the other fields say
        json["summary"] = "Ketamine cures everything.".into();
        let back: ketamine_facts::Claim = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(&back, claim);
        // an id no claim of this edition has is refused by name
        json["id"] = "route/ketamine-cures-everything".into();
        let err = serde_json::from_value::<ketamine_facts::Claim>(json.clone())
            .unwrap_err()
            .to_string();
        assert!(err.contains("route/ketamine-cures-everything"), "{err}");
        // a retired id names what replaced it
        for retired in ketamine_facts::Claim::retired() {
            json["id"] = retired.id().into();
            let err = serde_json::from_value::<ketamine_facts::Claim>(json.clone())
                .unwrap_err()
                .to_string();
            assert!(err.contains(retired.id()), "{err}");
            for id in retired.replaced_by() {
                assert!(err.contains(id), "{err}");
            }
        }
        // 0.1.0 claims had no id
        json.as_object_mut().unwrap().remove("id");
        let err = serde_json::from_value::<ketamine_facts::Claim>(json)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("0.1.0") && err.contains("cannot be read"),
            "{err}"
        );
        let link = r#"{"from": "mood_improvement", "to": "nmda_antagonism", "citations": []}"#;
        assert!(serde_json::from_str::<ketamine_facts::Link>(link).is_err());
    }

    #[test]
    fn every_fact_round_trips_alone() {
        for fact in super::facts() {
            let json = serde_json::to_string(&fact).unwrap();
            let back: ketamine_facts::Fact = serde_json::from_str(&json).unwrap();
            assert_eq!(back, fact);
        }
    }
}

proptest! {
    #[test]
    fn subject_and_kind_parsers_never_panic(text in "\\PC*") {
        let _ = text.parse::<Subject>();
        let _ = text.parse::<FactKind>();
    }

    #[test]
    fn every_fact_is_found_by_a_piece_of_its_summary(index in 0..10_000usize, start in 0..40usize, len in 3..20usize) {
        let all: Vec<_> = facts().collect();
        let fact = all[index % all.len()];
        let summary = fact.summary();
        let start = start.min(summary.len().saturating_sub(1));
        let end = (start + len).min(summary.len());
        if let Some(piece) = summary.get(start..end) {
            prop_assert!(search(piece).any(|f| f == fact));
        }
    }
}

mod common;

#[test]
fn every_contested_fact_cites_a_side_of_its_disagreement() {
    let mut loose = Vec::new();
    for fact in contested_facts() {
        for d in fact.disputes() {
            let shared = d.sides().iter().any(|side| {
                side.citations()
                    .iter()
                    .any(|c| fact.citations().contains(c))
            });
            if !shared {
                loose.push(format!("{d}: {}", fact.summary()));
            }
        }
    }
    assert!(
        loose.is_empty(),
        "linked to a disagreement none of whose sides they cite:\n{}",
        loose.join("\n")
    );
}
