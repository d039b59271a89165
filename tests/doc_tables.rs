//! The tables of every variant's values in the type docs are data too: each row
//! must say what the code answers, so a changed value or a stale table fails here.

use ketamine_facts::{Evidence, HistoryEvent, Indication, Mechanism, Route, SideEffect};

/// The rows of the doc table that starts with `header` in `file`, as cells.
fn table(file: &str, header: &str) -> Vec<Vec<String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).expect("a source file");
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(header))
        .unwrap_or_else(|| panic!("{file} has no table {header:?}"));
    lines[start + 2..]
        .iter()
        .take_while(|l| l.starts_with("/// |"))
        .map(|l| {
            l.trim_start_matches("///")
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_owned())
                .collect()
        })
        .collect()
}

fn check<T: Copy + core::fmt::Debug>(
    rows: &[Vec<String>],
    all: &[T],
    cells: impl Fn(T) -> Vec<String>,
) {
    assert_eq!(rows.len(), all.len(), "one row per value");
    for (row, value) in rows.iter().zip(all) {
        let mut want = vec![format!("{value:?}")];
        want.extend(cells(*value));
        assert_eq!(row, &want, "the doc row of {value:?}");
    }
}

#[test]
fn side_effect_table() {
    check(
        &table("src/model/side_effect.rs", "/// | value | `name()`"),
        SideEffect::ALL,
        |s| {
            vec![
                s.name().into(),
                s.label().into(),
                s.onset().to_string(),
                s.needs_monitoring().to_string(),
                s.is_long_term().to_string(),
            ]
        },
    );
}

#[test]
fn indication_table() {
    check(
        &table("src/model/indication.rs", "/// | value | `name()`"),
        Indication::ALL,
        |i| {
            let routes: Vec<&str> = i.routes().iter().map(|r| r.abbreviation()).collect();
            let routes = if routes.is_empty() {
                "—".to_owned()
            } else {
                routes.join(", ")
            };
            vec![i.name().into(), i.label().into(), routes]
        },
    );
}

#[test]
fn mechanism_table() {
    check(
        &table("src/model/mechanism.rs", "/// | value | `name()`"),
        Mechanism::ALL,
        |m| {
            vec![
                m.name().into(),
                m.label().into(),
                m.is_in_cascade().to_string(),
            ]
        },
    );
}

#[test]
fn history_table() {
    check(
        &table("src/model/history.rs", "/// | value | `name()`"),
        HistoryEvent::ALL,
        |e| {
            vec![
                e.name().into(),
                e.date().to_string(),
                e.is_from_articles().to_string(),
            ]
        },
    );
}

#[test]
fn route_table() {
    check(
        &table("src/model/route.rs", "/// | route | `name()`"),
        Route::ALL,
        |r| vec![r.name().into(), r.abbreviation().into(), r.label().into()],
    );
}

/// The grading table in the docs of `Evidence` renders `Evidence::CUES`: one row
/// per level, its cues in table order.
#[test]
fn evidence_cue_table() {
    check(
        &table("src/model/evidence.rs", "/// | level | [`describe`]"),
        Evidence::ALL,
        |e| {
            let cues: Vec<String> = Evidence::CUES
                .iter()
                .filter(|(_, level)| *level == e)
                .map(|(cue, _)| format!("\"{cue}\""))
                .collect();
            let cell = if cues.is_empty() {
                "no cue: a plain statement".to_owned()
            } else {
                cues.join(", ")
            };
            vec![e.describe().into(), cell]
        },
    );
}
