//! `search` reads a trigram index and verifies each candidate: it must give
//! exactly what a naive scan of every summary gives, in table order.

use ketamine_facts::{Claim, facts, search};
use proptest::prelude::*;

/// The naive answer: every fact whose summary contains `needle`, ignoring ASCII case.
fn naive(needle: &str) -> Vec<&'static str> {
    let needle = needle.to_ascii_lowercase();
    facts()
        .filter(|f| f.summary().to_ascii_lowercase().contains(&needle))
        .map(|f| f.id().as_str())
        .collect()
}

fn indexed(needle: &str) -> Vec<&'static str> {
    search(needle).map(|f| f.id().as_str()).collect()
}

#[test]
fn search_agrees_with_a_naive_scan_on_chosen_words() {
    for needle in [
        "spravato",
        "SPRAVATO",
        "esketamine",
        "nmda",
        "infusion",
        "a",
        "",
        "40 minutes",
        "–",
        "no fact says this",
        "ketamine\nketamine",
        "tion.",
    ] {
        assert_eq!(indexed(needle), naive(needle), "{needle:?}");
    }
    assert_eq!(indexed("spravato").len(), naive("spravato").len());
    assert!(!indexed("spravato").is_empty());
}

#[test]
fn every_summary_finds_its_own_claim() {
    for claim in Claim::all() {
        let found = indexed(claim.summary());
        assert!(found.contains(&claim.id().as_str()), "{}", claim.id());
    }
}

proptest! {
    #[test]
    fn any_piece_of_any_summary_is_found_as_a_naive_scan_finds_it(
        which in 0usize..1000, from in 0usize..400, len in 0usize..40, upper in any::<bool>(),
    ) {
        let all = Claim::all();
        let summary = all[which % all.len()].summary();
        let chars: Vec<char> = summary.chars().collect();
        let from = from % (chars.len() + 1);
        let piece: String = chars[from..(from + len).min(chars.len())].iter().collect();
        let piece = if upper { piece.to_ascii_uppercase() } else { piece };
        prop_assert_eq!(indexed(&piece), naive(&piece));
    }

    #[test]
    fn arbitrary_text_is_found_as_a_naive_scan_finds_it(needle in "\\PC{0,12}") {
        prop_assert_eq!(indexed(&needle), naive(&needle));
    }
}
