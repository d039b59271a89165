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

/// The visible text of the picture: each `<text>` element's text, its lines
/// (`<tspan x=...>`) joined by a space, one element per line of the result.
fn visible_text(svg: &str) -> String {
    let mut out = String::new();
    for element in svg.split("<text").skip(1) {
        let element = element.split("</text>").next().unwrap();
        let body = &element[element.find('>').unwrap() + 1..];
        let mut text = String::new();
        let mut rest = body;
        while let Some(open) = rest.find('<') {
            text.push_str(&rest[..open]);
            let close = rest[open..].find('>').unwrap() + open;
            if rest[open..].starts_with("<tspan x=") && !text.is_empty() {
                text.push(' ');
            }
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        out.push_str(&text);
        out.push('\n');
    }
    out
}

#[test]
fn the_timeline_scales_to_its_container() {
    let svg = svg();
    let open = &svg[..svg.find('>').unwrap()];
    assert!(open.contains(r#" viewBox="0 0 "#), "{open}");
    assert!(open.contains(r#" width="100%""#), "{open}");
    assert!(!open.contains(" height="), "no pixel height: {open}");
    assert!(open.contains("max-width: "), "{open}");
    // every line of text fits in the view box, by the same estimate of a
    // character's width the picture uses (a generous one)
    let view_width: f64 = open
        .split(r#"viewBox="0 0 "#)
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    for tspan in svg.split(r#"<tspan x=""#).skip(1) {
        let x: f64 = tspan[..tspan.find('"').unwrap()].parse().unwrap();
        // this line runs to the next line's tspan or to the end of its text
        let line = &tspan[tspan.find('>').unwrap() + 1..];
        let line = line.split("</text>").next().unwrap();
        let mut width = 0.0;
        for (i, piece) in line.split('<').enumerate() {
            let text = if i == 0 {
                piece
            } else {
                piece.split_once('>').map_or("", |p| p.1)
            };
            width += text.chars().map(|_| 16.0 * 0.55).sum::<f64>();
        }
        assert!(
            x + width <= view_width,
            "a line past the right edge: {line:.60}"
        );
    }
}

#[test]
fn every_event_is_labelled_and_undated_ones_are_listed_apart() {
    let svg = svg();
    let text = visible_text(&svg);
    let apart = text.find("Undated in the articles").unwrap();
    for event in HistoryEvent::timeline() {
        let at = text
            .find(&escaped(event.title()))
            .unwrap_or_else(|| panic!("{event} not labelled"));
        assert_eq!(at > apart, !event.date().is_dated(), "{event}");
        if event.date().is_dated() {
            assert!(
                text.contains(&event.date().to_string()),
                "{event}: date not shown"
            );
        }
    }
}
