//! The layout runs one way: `model/` (vocabulary) ← `data/` (rows) ← `view/`
//! (what reads them), with no import cycle between the files of `src/`.
//!
//! This reads the `use crate::…` and `crate::…` paths of every file (comments
//! and strings removed), resolves names imported from the crate root through
//! the `pub use` lines of `src/lib.rs`, and checks the direction and the
//! absence of cycles. It reads text, so a path built by a macro can escape it;
//! `../shared/tools/module-cycles src` is a second, independent reader run by CI.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A file of `src/`, as a module path: `model::route`, `view::index`, `lib`.
type Module = String;

fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

fn modules() -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(&src)
                    .expect("under src/")
                    .with_extension("");
                let mut parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                let text = fs::read_to_string(&path).expect("a source file is readable");
                out.insert(parts.join("::"), strip(&text));
            }
        }
    }
    out
}

/// The names `src/lib.rs` re-exports (at the root or in its public modules,
/// which the root re-exports in turn), with the module each comes from.
fn reexports(lib: &str) -> BTreeMap<String, Module> {
    let mut out = BTreeMap::new();
    let mut rest = lib;
    while let Some(at) = rest.find("pub use ") {
        rest = &rest[at + "pub use ".len()..];
        let statement = &rest[..rest.find(';').unwrap_or(rest.len())];
        let statement = statement.trim().trim_start_matches("crate::");
        let (path, names) = match statement.split_once("::{") {
            Some((path, names)) => (path, names.trim_end_matches('}')),
            None => statement.rsplit_once("::").unwrap_or(("", statement)),
        };
        for name in names.split(',').map(str::trim) {
            if !name.is_empty() && name != "*" {
                out.insert(name.to_owned(), path.to_owned());
            }
        }
    }
    out
}

/// The modules a file refers to through `crate::` paths.
fn references(
    text: &str,
    known: &BTreeSet<Module>,
    roots: &BTreeMap<String, Module>,
) -> BTreeSet<Module> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        rest = after;
        // Paths in braces: `crate::{A, b::C}`.
        let paths: Vec<String> = if let Some(inner) = after.strip_prefix('{') {
            let end = inner.find('}').unwrap_or(inner.len());
            inner[..end]
                .split(',')
                .map(|p| p.trim().to_owned())
                .collect()
        } else {
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            vec![after[..end].to_owned()]
        };
        for path in paths {
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            // The longest prefix that names a file.
            let mut found = None;
            for n in (1..=segments.len()).rev() {
                let candidate = segments[..n].join("::");
                if known.contains(&candidate) {
                    found = Some(candidate);
                    break;
                }
            }
            match found {
                Some(module) => {
                    out.insert(module);
                }
                None => {
                    if let Some(module) = segments.first().and_then(|first| roots.get(*first)) {
                        out.insert(module.clone());
                    }
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let modules = modules();
    let roots = reexports(&modules["lib"]);
    let known: BTreeSet<Module> = modules.keys().cloned().collect();
    modules
        .iter()
        .filter(|(m, _)| m.as_str() != "lib")
        .map(|(m, text)| {
            let mut refs = references(text, &known, &roots);
            refs.remove(m);
            refs.remove("lib");
            (m.clone(), refs)
        })
        .collect()
}

fn layer(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

#[test]
fn the_model_reads_neither_data_nor_view() {
    for (module, refs) in graph() {
        if layer(&module) == "model" {
            for r in &refs {
                assert_eq!(layer(r), "model", "{module} refers to {r}");
            }
        }
    }
}

#[test]
fn data_files_hold_rows_and_import_no_sibling_nor_view() {
    for (module, refs) in graph() {
        if layer(&module) != "data" {
            continue;
        }
        for r in &refs {
            assert_ne!(layer(r), "view", "{module} refers to {r}");
            if module != "data" && layer(r) == "data" {
                assert!(
                    r == "data" || r == "data::retired" && module == "data",
                    "{module} refers to its sibling {r}"
                );
            }
        }
    }
}

#[test]
fn no_import_cycle_between_files() {
    // Depth-first search with colours: a grey node met again closes a cycle.
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<Module, BTreeSet<Module>>,
        colour: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) {
        colour.insert(node, 1);
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            match colour.get(next.as_str()) {
                Some(1) => {
                    let start = path.iter().position(|m| *m == next).unwrap_or(0);
                    panic!("import cycle: {} -> {next}", path[start..].join(" -> "));
                }
                Some(_) => {}
                None => visit(next, graph, colour, path),
            }
        }
        path.pop();
        colour.insert(node, 2);
    }
    let graph = graph();
    let mut colour = BTreeMap::new();
    for node in graph.keys() {
        if !colour.contains_key(node.as_str()) {
            visit(node, &graph, &mut colour, &mut Vec::new());
        }
    }
    assert!(graph.len() > 40, "the reader found the files of src/");
    let roots = reexports(&modules()["lib"]);
    for name in ["Route", "Benefit", "AtcCode", "Milligrams", "ClaimIdError"] {
        assert!(roots.contains_key(name), "{name} is re-exported");
    }
}

#[test]
fn the_checker_sees_a_cycle_and_a_wrong_direction() {
    let known: BTreeSet<Module> = ["model::route", "view::index", "data"]
        .into_iter()
        .map(String::from)
        .collect();
    let roots: BTreeMap<String, Module> = [("Route".to_owned(), "model::route".to_owned())]
        .into_iter()
        .collect();
    let refs = references(
        &strip(
            "use crate::{Route, view::index};\nlet _ = crate::data::TABLE; // crate::view::nothing",
        ),
        &known,
        &roots,
    );
    assert_eq!(
        refs.into_iter().collect::<Vec<_>>(),
        ["data", "model::route", "view::index"]
    );
}
