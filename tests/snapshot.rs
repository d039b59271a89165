//! The JSON export, checked in: `tests/snapshots/knowledge-base.json` is the pretty
//! JSON of `KnowledgeBase::CURRENT`, and this test fails when it is stale, naming the
//! first line that differs, so every change to the data or to its serialization
//! shows up in review as a diff of the file.
//!
//! Refresh it with `KETAMINE_FACTS_BLESS=1 cargo test --all-features --test snapshot`.

#![cfg(feature = "serde")]

use std::path::PathBuf;

use ketamine_facts::KnowledgeBase;

fn snapshot_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/knowledge-base.json")
}

/// The export as `examples/export_json.rs` prints it, with a final newline.
fn export() -> String {
    let mut json = serde_json::to_string_pretty(&KnowledgeBase::CURRENT)
        .expect("the knowledge base serializes");
    json.push('\n');
    json
}

/// The first line (1-based) where `a` and `b` differ, with both versions of it.
fn first_difference(a: &str, b: &str) -> Option<(usize, String, String)> {
    let mut left = a.lines();
    let mut right = b.lines();
    for n in 1.. {
        match (left.next(), right.next()) {
            (None, None) => return None,
            (l, r) if l == r => {}
            (l, r) => {
                let show = |line: Option<&str>| {
                    line.map_or("<end of file>".to_owned(), |l| format!("{l:?}"))
                };
                return Some((n, show(l), show(r)));
            }
        }
    }
    None
}

#[test]
fn the_json_export_matches_the_checked_in_snapshot() {
    let path = snapshot_path();
    let current = export();
    if std::env::var_os("KETAMINE_FACTS_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the snapshot folder");
        std::fs::write(&path, &current).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let how = "refresh it with `KETAMINE_FACTS_BLESS=1 cargo test --all-features --test snapshot` and review the diff";
    let stored =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; {how}", path.display()));
    // A checkout that turned line ends into CRLF is not a stale snapshot.
    let stored = stored.replace("\r\n", "\n");
    if let Some((line, snapshot, export)) = first_difference(&stored, &current) {
        panic!(
            "{} is stale: line {line} differs\n  snapshot: {snapshot}\n  export:   {export}\n{how}",
            path.display()
        );
    }
}

#[test]
fn first_difference_names_the_line() {
    assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
    assert_eq!(
        first_difference("a\nb\nc\n", "a\nx\nc\n"),
        Some((2, "\"b\"".to_owned(), "\"x\"".to_owned()))
    );
    assert_eq!(
        first_difference("a\n", "a\nb\n"),
        Some((2, "<end of file>".to_owned(), "\"b\"".to_owned()))
    );
}
