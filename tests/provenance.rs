//! Sources, sections, evidence and disagreements: the base every fact stands on.

use ketamine_facts::{
    Certainty, Disagreement, DisagreementKind, Evidence, Section, Source, SourceKind,
};
use proptest::prelude::*;

#[test]
fn every_section_is_a_heading_line_of_its_article() {
    if !common::have_article_texts("every_section_is_a_heading_line_of_its_article") {
        return;
    }
    for section in Section::ALL {
        let text = common::article_text(section.source());
        assert!(
            text.lines().any(|line| line.trim() == section.heading()),
            "{section} is not a line of {}",
            section.source().file().unwrap_or_default()
        );
    }
}

#[test]
fn sections_follow_the_order_of_their_article() {
    if !common::have_article_texts("sections_follow_the_order_of_their_article") {
        return;
    }
    for source in Source::ALL.iter().filter(|s| s.is_article()) {
        let text = common::article_text(*source);
        let mut last = 0;
        for section in source.sections() {
            let at = text
                .find(section.heading())
                .expect("heading is in the article");
            assert!(at >= last, "{section} is out of order");
            last = at;
        }
    }
}

#[test]
fn there_are_five_articles_and_002_has_no_headings() {
    let articles: Vec<_> = Source::ALL.iter().filter(|s| s.is_article()).collect();
    assert_eq!(articles.len(), 5);
    assert!(Source::RiseOfKetamineTherapy.sections().is_empty());
    assert_eq!(Source::WhatIsKetamine.sections().len(), 22);
}

#[test]
fn reference_sources_have_no_file_and_no_sections() {
    for source in Source::ALL
        .iter()
        .filter(|s| s.kind() == SourceKind::Reference)
    {
        assert_eq!(source.file(), None, "{source}");
        assert!(source.sections().is_empty(), "{source}");
        assert!(!source.title().is_empty(), "{source}");
    }
}

#[test]
fn a_heading_two_articles_share_needs_its_source() {
    assert!("Conclusion".parse::<Section>().is_err());
    assert_eq!(
        "revolutionary_treatment: Conclusion".parse(),
        Ok(Section::RevolutionaryConclusion)
    );
    assert_eq!(
        Section::find(Source::UnlockingTheMysteries, "Conclusion"),
        Some(Section::UnlockingConclusion)
    );
}

#[test]
fn evidence_levels_rank_from_investigation_to_approval() {
    let mut sorted = Evidence::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, Evidence::ALL);
    assert_eq!(Evidence::ALL.first(), Some(&Evidence::UnderInvestigation));
    assert_eq!(Evidence::ALL.last(), Some(&Evidence::RegulatoryApproval));
    for (i, a) in Evidence::ALL.iter().enumerate() {
        for b in &Evidence::ALL[i..] {
            assert!(b.is_at_least(*a));
        }
    }
    assert!(Certainty::High > Certainty::Medium && Certainty::Medium > Certainty::NotSettled);
}

#[test]
fn every_disagreement_has_cited_sides_and_a_note() {
    for d in Disagreement::ALL {
        assert!(!d.sides().is_empty(), "{d}");
        assert!(!d.note().is_empty() && d.topic().ends_with('?'), "{d}");
        for side in d.sides() {
            assert!(!side.citations().is_empty(), "{d}: {}", side.position());
        }
        match d.kind() {
            DisagreementKind::Unsupported => {
                let from_articles = d
                    .sides()
                    .iter()
                    .filter(|s| s.citations().iter().any(|c| c.source().is_article()))
                    .count();
                assert_eq!(from_articles, 1, "{d}: the unsupported claim stands alone");
            }
            _ => assert!(d.sides().len() >= 2, "{d}"),
        }
        if d.kind() == DisagreementKind::Drift {
            assert!(
                d.within_one_source().is_some() || d.sides().len() >= 2,
                "{d}"
            );
        }
    }
}

#[test]
fn article_003_drifts_against_itself_on_bladder_bipolar_and_pain() {
    for d in [
        Disagreement::BladderQualifier,
        Disagreement::BipolarWording,
        Disagreement::ChronicPainWording,
    ] {
        assert_eq!(d.within_one_source(), Some(Source::WhatIsKetamine), "{d}");
        assert_eq!(d.kind(), DisagreementKind::Drift);
    }
}

/// `Section` has no `names!` table (tests/names.rs checks the others): its
/// names are checked here, exhaustively, in any ASCII case.
#[test]
fn every_section_name_parses_back_in_any_ascii_case() {
    for s in Section::ALL {
        let name = s.to_string();
        for typed in [name.clone(), name.to_uppercase(), name.to_lowercase()] {
            assert_eq!(typed.parse::<Section>(), Ok(*s), "{typed:?}");
        }
    }
}

proptest! {
    #[test]
    fn no_text_panics_a_provenance_parser(text in "\\PC*") {
        let _ = text.parse::<Source>();
        let _ = text.parse::<Evidence>();
        let _ = text.parse::<Section>();
        let _ = text.parse::<Disagreement>();
        let _ = text.parse::<Certainty>();
        let _ = text.parse::<SourceKind>();
    }
}

mod common;

#[test]
fn every_article_citation_points_at_text() {
    if !common::have_article_texts("every_article_citation_points_at_text") {
        return;
    }
    for (what, citation) in common::every_citation() {
        if citation.source().is_article() {
            assert!(
                !common::cited_text(citation).trim().is_empty(),
                "{what}: {citation} points at no text"
            );
        }
    }
}

// The grade of every citation is checked against its wording, by the crate's
// grading table (`Evidence::CUES`), in tests/grading.rs.
