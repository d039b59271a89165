//! The pedantic lints the crate allows are listed twice: in Cargo.toml's
//! `[lints.clippy]`, each with its reason, and in `src/lib.rs`, because a
//! `-W clippy::pedantic` given on the command line comes after `[lints]` and
//! would turn them back on. The two lists must agree, and each allowed lint in
//! Cargo.toml must carry a reason on the line above it. (Not in the published
//! package: `cargo package` rewrites Cargo.toml without its comments.)

use std::collections::BTreeSet;

fn manifest_allows() -> BTreeSet<String> {
    let text = include_str!("../Cargo.toml");
    let section = text
        .split("[lints.clippy]")
        .nth(1)
        .expect("Cargo.toml has a [lints.clippy] table");
    let section = section.split("\n[").next().unwrap_or(section);
    let mut allowed = BTreeSet::new();
    let mut previous = "";
    for line in section.lines() {
        let line = line.trim();
        if let Some((name, level)) = line.split_once('=')
            && level.trim() == "\"allow\""
        {
            assert!(
                previous.starts_with("# ") && previous.len() > 12,
                "the allowed lint {} has no one-line reason above it",
                name.trim()
            );
            allowed.insert(name.trim().to_owned());
        }
        previous = line;
    }
    allowed
}

fn library_allows() -> BTreeSet<String> {
    let text = include_str!("../src/lib.rs");
    let start = text
        .find("#![allow(")
        .expect("src/lib.rs allows the listed lints");
    let list = &text[start + "#![allow(".len()..];
    let list = &list[..list.find(")]").expect("the attribute closes")];
    list.split(',')
        .map(str::trim)
        .filter_map(|lint| lint.strip_prefix("clippy::"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn pedantic_is_on_and_the_allowed_lints_agree() {
    let manifest = include_str!("../Cargo.toml");
    assert!(
        manifest.contains("pedantic = { level = \"warn\", priority = -1 }"),
        "Cargo.toml turns pedantic lints on"
    );
    let in_manifest = manifest_allows();
    assert!(
        !in_manifest.is_empty(),
        "the reader found the allowed lints"
    );
    assert_eq!(in_manifest, library_allows());
}
