//! Reading the articles, for tests that check citations against the text they cite.
//!
//! The article texts are not part of the crate: in this project's workspace they sit
//! beside the repository, in `../shared/sources`. `KETAMINE_FACTS_SOURCES` names another
//! folder (a relative path is taken from the crate's root). Where the folder is missing,
//! a check that needs it says so on one line and passes, unless
//! `KETAMINE_FACTS_REQUIRE_SOURCES=1`, which makes the absence a failure (CI sets it).

#![allow(dead_code)] // each test file uses part of this module

use std::io::Write;
use std::path::PathBuf;

use ketamine_facts::{Citation, Claim, Disagreement, Mechanism, Section, Source, facts};

/// The claim with this id: the one place tests look claims up. Panics, naming
/// the id, if no claim of this edition has it.
#[track_caller]
pub fn claim(id: &str) -> &'static Claim {
    Claim::find(id).unwrap_or_else(|| panic!("no claim of this edition has the id {id:?}"))
}

/// The folder of the article texts: `$KETAMINE_FACTS_SOURCES`, or `../shared/sources`
/// beside the crate.
pub fn sources_dir() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("KETAMINE_FACTS_SOURCES") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("../shared/sources"),
    }
}

/// Whether a check that reads the article texts can run. When the folder is missing,
/// prints one line naming the check (`what`) and the folder, and returns `false`; with
/// `KETAMINE_FACTS_REQUIRE_SOURCES=1` it panics instead.
pub fn have_article_texts(what: &str) -> bool {
    let dir = sources_dir();
    if dir.is_dir() {
        return true;
    }
    let why = format!(
        "article texts not found at {} (set KETAMINE_FACTS_SOURCES)",
        dir.display()
    );
    assert!(
        std::env::var_os("KETAMINE_FACTS_REQUIRE_SOURCES").is_none_or(|v| v != "1"),
        "{what}: {why}; KETAMINE_FACTS_REQUIRE_SOURCES=1 requires them"
    );
    // Straight to stderr, past the test harness's capture, so the skip is seen.
    let _ = writeln!(std::io::stderr(), "skipped {what}: {why}");
    false
}

/// The reference file read as an oracle: `$KETAMINE_FACTS_REFERENCE`, or
/// `../shared/reference/README.md` beside the crate (a relative path is taken from
/// the crate's root).
pub fn reference_path() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("KETAMINE_FACTS_REFERENCE") {
        Some(file) if !file.is_empty() => root.join(file),
        _ => root.join("../shared/reference/README.md"),
    }
}

/// Whether a check that reads the reference file can run: as [`have_article_texts`],
/// with the same `KETAMINE_FACTS_REQUIRE_SOURCES=1` strictness.
pub fn have_reference(what: &str) -> bool {
    let path = reference_path();
    if path.is_file() {
        return true;
    }
    let why = format!(
        "reference file not found at {} (set KETAMINE_FACTS_REFERENCE)",
        path.display()
    );
    assert!(
        std::env::var_os("KETAMINE_FACTS_REQUIRE_SOURCES").is_none_or(|v| v != "1"),
        "{what}: {why}; KETAMINE_FACTS_REQUIRE_SOURCES=1 requires it"
    );
    let _ = writeln!(std::io::stderr(), "skipped {what}: {why}");
    false
}

/// The text of the reference file, from [`reference_path`]. Call [`have_reference`] first.
pub fn reference_text() -> String {
    let path = reference_path();
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (set KETAMINE_FACTS_REFERENCE to the reference file)",
            path.display()
        )
    })
}

/// The text of an article, from [`sources_dir`]. Call [`have_article_texts`] first.
pub fn article_text(source: Source) -> String {
    let file = source.file().expect("articles have files");
    let path = sources_dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (set KETAMINE_FACTS_SOURCES to the folder of the article texts)",
            path.display()
        )
    })
}

/// The text a citation points at, lower-cased: the lines under its heading up to
/// the next heading, or the text before the first heading for a citation with no
/// section (all of article 002, which has no headings).
pub fn cited_text(citation: Citation) -> String {
    let source = citation.source();
    let text = article_text(source);
    let mut current: Option<Section> = None;
    let mut out = String::new();
    for line in text.lines() {
        if line.trim().starts_with("Recent Posts") {
            break; // 004's sidebar is not part of the article
        }
        if let Some(section) = Section::find(source, line.trim()) {
            current = Some(section);
            continue;
        }
        if current == citation.cited_section() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.to_lowercase()
}

/// Every citation of the crate, named by what cites it: facts, mechanism links
/// and the sides of disagreements.
pub fn every_citation() -> Vec<(String, Citation)> {
    let mut out = Vec::new();
    for fact in facts() {
        for c in fact.citations() {
            out.push((format!("{}: {}", fact.subject(), fact.summary()), *c));
        }
    }
    for link in Mechanism::links() {
        for c in link.citations() {
            out.push((format!("link {link}"), *c));
        }
    }
    for d in Disagreement::ALL {
        for side in d.sides() {
            for c in side.citations() {
                out.push((format!("{d}: {}", side.position()), *c));
            }
        }
    }
    out
}

/// The sections a claim cites, in order.
pub fn sections(claim: &Claim) -> Vec<Section> {
    claim
        .citations()
        .iter()
        .filter_map(|c| c.cited_section())
        .collect()
}

/// A claim linked to a disagreement shares at least one citation with one of its sides.
pub fn linked_claims_take_part(claim: &Claim) {
    for d in claim.disputes() {
        let shared = d.sides().iter().any(|side| {
            side.citations()
                .iter()
                .any(|c| claim.citations().contains(c))
        });
        assert!(
            shared,
            "{claim} is linked to {d} but cites none of its sides"
        );
    }
}
