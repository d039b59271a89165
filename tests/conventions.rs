//! Conventions read from the source text: every feature-gated public item
//! shows its feature on docs.rs, and every public enum says whether it is
//! `#[non_exhaustive]` and why, with the attribute matching what it says.
//!
//! Each check is a function of a file's text, so the tests below also run it
//! on small texts that break the rule and assert that it objects.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("a readable source file");
                out.push((path, text));
            }
        }
    }
    out.sort();
    out
}

/// The lines of attributes and doc comments right above line `at`, nearest
/// first. A multi-line attribute (`#[deprecated(\n since = ...,\n)]`) counts:
/// the walk stops at a blank line or at a line that ends an item or block.
fn attributes<'a>(lines: &[&'a str], at: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    for line in lines[..at].iter().rev() {
        let trimmed = line.trim();
        let attribute_or_doc = trimmed.starts_with("#[") || trimmed.starts_with("//");
        let ends_something = trimmed.is_empty()
            || trimmed.ends_with('}')
            || trimmed.ends_with(';')
            || trimmed.ends_with('{');
        if !attribute_or_doc && ends_something {
            break;
        }
        out.push(*line);
    }
    out
}

/// The names a user can reach: the CamelCase words of `src/lib.rs`'s `pub use`
/// part, and `$T`-style names of macros that implement traits for them.
fn public_names(lib: &str) -> Vec<String> {
    let from = lib.find("pub use").expect("lib.rs re-exports names");
    lib[from..]
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(str::to_owned)
        .collect()
}

/// The type a `impl ... Serialize/Deserialize for T` line implements a serde
/// trait for, if the line is one.
fn serde_impl_target(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if !trimmed.starts_with("impl") {
        return None;
    }
    let (head, rest) = trimmed.split_once(" for ")?;
    let serde_trait = head.ends_with("Serialize") || head.ends_with("Deserialize<'de>");
    if !serde_trait {
        return None;
    }
    rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != '$')
        .find(|w| !w.is_empty())
}

/// The feature named by `#[cfg(feature = "x")]`, if the line is that attribute.
fn gating_feature(line: &str) -> Option<&str> {
    line.trim()
        .strip_prefix("#[cfg(feature = \"")?
        .strip_suffix("\")]")
}

/// What in `text` is gated on a feature, or implements serde for a public
/// type, without `#[cfg_attr(docsrs, doc(cfg(feature = "...")))]`, as
/// "line: why" strings. Returns also how many items it checked.
fn missing_badges(text: &str, public: &[String]) -> (Vec<String>, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let mut missing = Vec::new();
    let mut checked = 0;
    let badge = |feature: &str| format!("doc(cfg(feature = \"{feature}\"))");
    for (i, line) in lines.iter().enumerate() {
        let number = i + 1;
        if line.contains("cfg_attr(feature =") && line.contains("derive(") {
            missing.push(format!(
                "{number}: a derive under cfg_attr(feature = ...) cannot carry the feature badge; \
                 write the impl (serialize_fields! for Serialize)"
            ));
        }
        if let Some(target) = serde_impl_target(line) {
            if target.starts_with('$') || public.iter().any(|p| p == target) {
                checked += 1;
                if !attributes(&lines, i)
                    .iter()
                    .any(|a| a.contains(&badge("serde")))
                {
                    missing.push(format!(
                        "{number}: serde impl for {target} without the badge"
                    ));
                }
            }
            continue;
        }
        if let Some(feature) = gating_feature(line) {
            // the item the attribute is on: the first line below that is not
            // an attribute or a doc comment
            let Some(item) = lines[i + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.starts_with("#[") && !l.starts_with("//"))
            else {
                continue;
            };
            if serde_impl_target(item).is_some() {
                continue; // checked on its own line
            }
            let is_public = (item.starts_with("pub ") && !item.starts_with("pub(")) || {
                item.starts_with("impl")
                    && item
                        .split(" for ")
                        .nth(1)
                        .and_then(|t| t.split(|c: char| !c.is_ascii_alphanumeric()).next())
                        .is_some_and(|t| public.iter().any(|p| p == t))
            };
            if is_public {
                checked += 1;
                let block_end = i
                    + 1
                    + lines[i + 1..]
                        .iter()
                        .take_while(|l| {
                            let l = l.trim();
                            l.starts_with("#[") || l.starts_with("//")
                        })
                        .count();
                let mut around = attributes(&lines, i);
                around.extend(&lines[i + 1..block_end]);
                if !around.iter().any(|a| a.contains(&badge(feature))) {
                    missing.push(format!(
                        "{number}: `{item}` is behind feature {feature} without the badge"
                    ));
                }
            }
        }
    }
    (missing, checked)
}

#[test]
fn every_feature_gated_public_item_shows_its_feature_on_docs_rs() {
    let sources = sources();
    let lib = sources
        .iter()
        .find(|(path, _)| path.ends_with("src/lib.rs"))
        .map(|(_, text)| text.as_str())
        .expect("src/lib.rs");
    assert!(
        lib.contains("#![cfg_attr(docsrs, feature(doc_cfg))]"),
        "lib.rs turns on doc_cfg for docs.rs"
    );
    let public = public_names(lib);
    let mut missing = Vec::new();
    let mut checked = 0;
    for (path, text) in &sources {
        let (found, count) = missing_badges(text, &public);
        checked += count;
        missing.extend(found.into_iter().map(|m| format!("{}:{m}", path.display())));
    }
    assert!(
        missing.is_empty(),
        "add #[cfg_attr(docsrs, doc(cfg(feature = \"...\")))]:\n{}",
        missing.join("\n")
    );
    // the serde impls of the enums' table macro, the identifier and unit
    // macros, and the hand-written ones: the scan saw them
    assert!(
        checked >= 30,
        "only {checked} gated items found: the scan is broken"
    );
}

#[test]
fn the_badge_check_objects_to_what_breaks_the_rule() {
    let public = vec!["Route".to_owned(), "Claim".to_owned()];
    let (found, _) = missing_badges(
        "#[cfg(feature = \"serde\")]\nimpl serde::Serialize for Route {\n}\n",
        &public,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (found, _) = missing_badges(
        "#[cfg(feature = \"std\")]\n/// Docs.\npub fn read() {}\n",
        &public,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (found, _) = missing_badges(
        "mod serde_impls {\n    impl<'de> Deserialize<'de> for Claim {\n    }\n}\n",
        &public,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (found, _) = missing_badges(
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize))]\npub struct Route;\n",
        &public,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // with the badge, and on private items, nothing
    let (found, checked) = missing_badges(
        "#[cfg(feature = \"serde\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"serde\")))]\n\
         impl serde::Serialize for Route {\n}\n\
         #[cfg(feature = \"serde\")]\nimpl serde::Serialize for Private {\n}\n\
         #[cfg(feature = \"serde\")]\npub(crate) fn helper() {}\n",
        &public,
    );
    assert_eq!((found.len(), checked), (0, 1), "{found:?}");
}

/// The public enums of `text` whose docs and attribute disagree, as
/// "Name: why" strings, and the names of all public enums found.
fn exhaustiveness_mismatches(text: &str) -> (Vec<String>, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut wrong = Vec::new();
    let mut names = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("pub enum ") else {
            continue;
        };
        let name = rest
            .split([' ', '<', '{'])
            .next()
            .unwrap_or(rest)
            .to_owned();
        let above = attributes(&lines, i);
        let attribute = above.iter().any(|l| l.trim() == "#[non_exhaustive]");
        let says_open = above.iter().any(|l| l.starts_with("/// Non-exhaustive: "));
        let says_closed = above
            .iter()
            .any(|l| l.starts_with("/// Exhaustive: closed set because "));
        match (says_open, says_closed, attribute) {
            (true, false, true) | (false, true, false) => {}
            (false, false, _) => wrong.push(format!(
                "{name}: its docs say neither \"Non-exhaustive: <why>\" nor \
                 \"Exhaustive: closed set because <why>\""
            )),
            (true, true, _) => wrong.push(format!("{name}: its docs say both")),
            (true, false, false) => wrong.push(format!(
                "{name}: the docs say non-exhaustive, the enum lacks #[non_exhaustive]"
            )),
            (false, true, true) => wrong.push(format!(
                "{name}: the docs say exhaustive, the enum is #[non_exhaustive]"
            )),
        }
        names.push(name);
    }
    (wrong, names)
}

#[test]
fn every_public_enum_says_whether_it_can_grow_and_the_attribute_agrees() {
    let mut wrong = Vec::new();
    let mut names = Vec::new();
    for (path, text) in sources() {
        let (w, n) = exhaustiveness_mismatches(&text);
        wrong.extend(w.into_iter().map(|w| format!("{}: {w}", path.display())));
        names.extend(n);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // the enums of the API the docs and tests/names.rs know
    for known in [
        "Route",
        "SourceKind",
        "CenturyPart",
        "Evidence",
        "ClaimIdError",
    ] {
        assert!(names.iter().any(|n| n == known), "{known} not found");
    }
    assert!(names.len() >= 45, "only {} enums found", names.len());
}

#[test]
fn the_exhaustiveness_check_objects_to_what_breaks_the_rule() {
    let open = "/// A thing.\n///\n/// Non-exhaustive: more may come.\n#[non_exhaustive]\n\
                #[derive(Debug)]\npub enum Open {\n    A,\n}\n";
    let closed = "/// A thing.\n///\n/// Exhaustive: closed set because there are two.\n\
                  #[derive(Debug)]\npub enum Closed {\n    A,\n    B,\n}\n";
    assert_eq!(exhaustiveness_mismatches(open).0.len(), 0);
    assert_eq!(exhaustiveness_mismatches(closed).0.len(), 0);
    let unsaid = "/// A thing.\n#[non_exhaustive]\npub enum Unsaid {\n    A,\n}\n";
    let open_without = open.replace("#[non_exhaustive]\n", "");
    let closed_with = closed.replace("#[derive(Debug)]", "#[non_exhaustive]\n#[derive(Debug)]");
    for text in [unsaid, open_without.as_str(), closed_with.as_str()] {
        assert_eq!(exhaustiveness_mismatches(text).0.len(), 1, "{text}");
    }
}
