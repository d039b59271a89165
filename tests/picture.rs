//! The SVG timeline: well formed, complete, and in step with the committed copy.

use ketamine_facts::{HistoryEvent, timeline_svg};

fn svg() -> String {
    let mut out = String::new();
    timeline_svg(&mut out).unwrap();
    out
}

/// Escapes text the way the SVG writer does.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[test]
fn the_committed_timeline_is_in_step_with_the_data() {
    let committed = include_str!("../docs/timeline.svg");
    assert!(
        committed == svg(),
        "docs/timeline.svg is stale: run `cargo run --example timeline_svg > docs/timeline.svg`"
    );
}

#[test]
fn the_timeline_is_well_formed_xml() {
    let svg = svg();
    let mut open: Vec<String> = Vec::new();
    let mut rest = svg.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("every tag is closed") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "a stray '<' in {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name.trim()), "closing {name}");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap().to_owned());
        }
        // text between tags holds no raw ampersand that is not an entity
        let text = &rest[end + 1
            ..rest[end + 1..]
                .find('<')
                .map_or(rest.len(), |i| i + end + 1)];
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "raw '&' in {text:?}"
            );
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

#[test]
fn every_event_is_labelled_and_undated_ones_are_listed_apart() {
    let svg = svg();
    let apart = svg.find("Undated in the articles").unwrap();
    for event in HistoryEvent::timeline() {
        let at = svg
            .find(&escaped(event.title()))
            .unwrap_or_else(|| panic!("{event} not labelled"));
        assert_eq!(at > apart, !event.date().is_dated(), "{event}");
        if event.date().is_dated() {
            assert!(
                svg.contains(&event.date().to_string()),
                "{event}: date not shown"
            );
        }
    }
}
