//! Pictures of the data: an SVG timeline of [`HistoryEvent`]s.
//!
//! Plain string building, no dependency. The committed copy
//! `docs/timeline.svg` is checked against [`timeline_svg`] by the test suite,
//! so it cannot drift from the data; regenerate it with
//! `cargo run --example timeline_svg > docs/timeline.svg`.

use alloc::string::{String, ToString};
use core::fmt::{self, Write};

use chrono::{Datelike, NaiveDate};

use crate::{CorrectionKind, HistoryEvent, Precision};

/// The picture's coordinates: a narrow, tall layout that scales to its
/// container (`viewBox`, `width="100%"`, no pixel size) and stays readable when
/// a phone shrinks it to about 360 pixels: each event has its label on its own
/// line(s) above its mark, so no label needs room beside a mark.
const WIDTH: f64 = 520.0;
/// The widest the picture is drawn, in CSS pixels (its text is then a little
/// larger than body text).
const MAX_WIDTH: u32 = 580;
const MARGIN: f64 = 14.0;
const AXIS_LEFT: f64 = 30.0;
const AXIS_RIGHT: f64 = 490.0;
const FONT: f64 = 16.0;
/// The height of a line of text.
const LINE: f64 = 20.0;
/// The room for an event's mark or bar below its label.
const MARK_ROW: f64 = 22.0;
/// Average advance of a character of the body font, for placing and
/// wrapping labels (`DejaVu` Sans, a little generous).
const CHAR_WIDTH: f64 = FONT * 0.55;

const STRIPE: &str = "#f4f4f4";
const TEXT_COLOUR: &str = "#222222";
const MUTED_COLOUR: &str = "#555555";
const ARTICLE_COLOUR: &str = "#d95f02";
const REFERENCE_COLOUR: &str = "#1f78b4";
const TITLE: &str = "Ketamine: a timeline from the articles and the reference sources";

/// Writes a standalone SVG timeline of every [`HistoryEvent`].
///
/// Each dated event has its own row: its label (its date as the source gives
/// it, its title, the articles that tell it, and, for an article event that a
/// reference dates more precisely or corrects, what the reference says),
/// wrapped to the width of the picture, above its mark on a year axis placed
/// by its [`date`](HistoryEvent::date): decades, eras and spans are drawn as
/// bars over the years they cover, years, months and days as marks, a date the
/// sources do not settle with a dashed outline. Events told by the articles
/// are orange, reference records blue. Events the articles leave undated are
/// listed apart, below the axis.
///
/// The picture has a `viewBox` and no pixel size: it fills the width of its
/// container up to 580 pixels and keeps its proportions, and its text stays
/// readable at phone width.
///
/// Takes the writer by value; pass `&mut out` to keep using it.
///
/// # Errors
///
/// Only those of `out`.
///
/// # Example
///
/// ```
/// let mut svg = String::new();
/// ketamine_facts::pictures::timeline_svg(&mut svg)?;
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.contains(r#"viewBox="0 0 520 "#));
/// assert!(svg.trim_end().ends_with("</svg>"));
/// assert!(svg.contains("CI-581"));
/// assert!(svg.contains("late 20th century"));
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn timeline_svg<W: Write>(mut out: W) -> fmt::Result {
    let out = &mut out;
    let dated = || {
        HistoryEvent::timeline()
            .iter()
            .copied()
            .filter(|e| e.date().is_dated())
    };
    let undated = || {
        HistoryEvent::timeline()
            .iter()
            .copied()
            .filter(|e| !e.date().is_dated())
    };
    let first = dated()
        .filter_map(|e| e.date().first_year())
        .min()
        .unwrap_or(1960);
    let last = dated()
        .filter_map(|e| e.date().last_year())
        .max()
        .unwrap_or(2030);
    let scale = Scale {
        from: f64::from(first.div_euclid(10) * 10),
        to: f64::from((last + 1).div_euclid(10) * 10 + 10),
    };

    // Heights first: every label's line count decides the rows.
    let title_lines = Lines::new(TITLE, 0, chars_per_line(FONT + 3.0));
    let legend_notes = [
        "bar: a decade, era or span of years · ◆ a year · ● a month or day",
        "dashed outline: a date the sources do not settle",
        "⟶ the date a reference gives · [000] the articles that tell it",
    ];
    let header = 12.0 + (FONT + 7.0) * title_lines.clone().count() as f64;
    let legend_top = header + 8.0;
    let axis_top = legend_top + LINE * (1 + legend_notes.len()) as f64 + 30.0;
    let rows_height: f64 = dated()
        .map(|e| row_height(label_lines(&label(e), e).count()))
        .sum();
    let axis_bottom = axis_top + rows_height;
    let undated_top = axis_bottom + 56.0;
    let undated_height: f64 = undated()
        .map(|e| LINE * label_lines(&label(e), e).count() as f64 + 4.0)
        .sum();
    let height = undated_top + LINE * 0.5 + undated_height + 16.0;

    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" style="max-width: {MAX_WIDTH}px; height: auto" role="img" aria-labelledby="ketamine-timeline-title" font-family="DejaVu Sans, Verdana, sans-serif" font-size="{FONT}">"#
    )?;
    writeln!(
        out,
        r#"<title id="ketamine-timeline-title">{TITLE}</title>"#
    )?;
    writeln!(
        out,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
    )?;
    write!(
        out,
        r#"<text font-size="{}" font-weight="bold" fill="{TEXT_COLOUR}">"#,
        FONT + 3.0
    )?;
    for (i, line) in title_lines.enumerate() {
        write!(
            out,
            r#"<tspan x="{MARGIN}" y="{:.1}">"#,
            12.0 + (FONT + 7.0) * (i + 1) as f64 - 4.0
        )?;
        escape(out, line)?;
        out.write_str("</tspan>")?;
    }
    writeln!(out, "</text>")?;
    legend(out, legend_top, &legend_notes)?;

    // decade grid and labels
    let mut year = scale.from;
    while year <= scale.to {
        let x = scale.x(year);
        writeln!(
            out,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis_bottom:.1}" stroke="#dddddd"/>"##,
            axis_top - 6.0
        )?;
        for y in [axis_top - 10.0, axis_bottom + 18.0] {
            writeln!(
                out,
                r#"<text x="{x:.1}" y="{y:.1}" text-anchor="middle" font-size="{}" fill="{MUTED_COLOUR}">{year}</text>"#,
                FONT - 3.0
            )?;
        }
        year += 10.0;
    }
    writeln!(
        out,
        r##"<line x1="{AXIS_LEFT}" y1="{axis_bottom:.1}" x2="{AXIS_RIGHT}" y2="{axis_bottom:.1}" stroke="#888888"/>"##
    )?;

    let mut top = axis_top;
    for (row, event) in dated().enumerate() {
        let text = label(event);
        let height = row_height(label_lines(&text, event).count());
        let halo = if row % 2 == 0 { STRIPE } else { "#ffffff" };
        if row % 2 == 0 {
            writeln!(
                out,
                r#"<rect x="{MARGIN}" y="{top:.1}" width="{:.1}" height="{height:.1}" fill="{STRIPE}"/>"#,
                WIDTH - 2.0 * MARGIN
            )?;
        }
        event_row(out, &scale, event, &text, top, halo)?;
        top += height;
    }

    writeln!(
        out,
        r#"<text x="{MARGIN}" y="{undated_top:.1}" font-size="{}" font-weight="bold" fill="{TEXT_COLOUR}">Undated in the articles</text>"#,
        FONT + 1.0
    )?;
    let mut y = undated_top + LINE * 0.5;
    for event in undated() {
        let text = label(event);
        let lines = label_lines(&text, event);
        y += LINE;
        write!(
            out,
            r#"<circle cx="{:.1}" cy="{:.1}" r="5" fill="{}"/>"#,
            MARGIN + 5.0,
            y - 5.0,
            colour(event),
        )?;
        write!(out, r#"<text fill="{TEXT_COLOUR}">"#)?;
        for (i, line) in lines.enumerate() {
            write!(
                out,
                r#"<tspan x="{:.1}" y="{:.1}">"#,
                MARGIN + 16.0,
                y + LINE * i as f64
            )?;
            escape(out, line)?;
            out.write_str("</tspan>")?;
        }
        writeln!(out, "</text>")?;
        y += LINE * (label_lines(&text, event).count() - 1) as f64 + 4.0;
    }
    writeln!(out, "</svg>")
}

/// Years to x coordinates.
struct Scale {
    from: f64,
    to: f64,
}

impl Scale {
    fn x(&self, year: f64) -> f64 {
        AXIS_LEFT + (year - self.from) / (self.to - self.from) * (AXIS_RIGHT - AXIS_LEFT)
    }

    /// The x of the start of a day.
    fn day(&self, date: NaiveDate) -> f64 {
        let days = if date.leap_year() { 366.0 } else { 365.0 };
        self.x(f64::from(date.year()) + f64::from(date.ordinal0()) / days)
    }

    /// The x of the end of a day (the start of the next).
    fn day_end(&self, date: NaiveDate) -> f64 {
        date.succ_opt()
            .map_or_else(|| self.day(date), |next| self.day(next))
    }
}

/// How many characters of a text of `font` size fit on a line.
#[expect(
    clippy::cast_sign_loss,
    reason = "a positive width over a positive advance"
)]
fn chars_per_line(font: f64) -> usize {
    ((WIDTH - 2.0 * MARGIN - 12.0) / (font * 0.55)) as usize
}

/// The height of a dated event's row with a label of `lines` lines.
fn row_height(lines: usize) -> f64 {
    LINE * lines as f64 + MARK_ROW + 8.0
}

/// An event's label: its date (dated events), title, the articles that tell
/// it and what a reference says of its date.
fn label(event: HistoryEvent) -> String {
    let mut text = String::new();
    // Writing into a String cannot fail.
    if event.date().is_dated() {
        let _ = write!(text, "{}  ", event.date());
    }
    text.push_str(event.title());
    let _ = write_sources(&mut text, event);
    let _ = write_checks(&mut text, event);
    text
}

/// The lines of an event's label; the date, set in bold, counts wider.
fn label_lines(text: &str, event: HistoryEvent) -> Lines<'_> {
    let bold = if event.date().is_dated() {
        event.date().to_string().chars().count() / 4 + 1
    } else {
        0
    };
    Lines::new(text, bold, chars_per_line(FONT))
}

/// A text cut at spaces into lines of at most `width` characters (a longer
/// word gets a line of its own), the first line `first_extra` narrower.
#[derive(Clone)]
struct Lines<'a> {
    rest: &'a str,
    width: usize,
    first_extra: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, first_extra: usize, width: usize) -> Self {
        Self {
            rest: text.trim(),
            width,
            first_extra,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let width = self.width.saturating_sub(self.first_extra).max(1);
        self.first_extra = 0;
        // the byte where the line's room runs out, if it does
        let end = match self.rest.char_indices().nth(width) {
            // cut at the last space before it, if any
            Some((i, _)) => self.rest[..i].rfind(' ').filter(|&s| s > 0).unwrap_or(i),
            None => self.rest.len(),
        };
        let line = self.rest[..end].trim_end();
        self.rest = self.rest[end..].trim_start();
        Some(line)
    }
}

fn legend(out: &mut impl Write, top: f64, notes: &[&str]) -> fmt::Result {
    let y = top + LINE;
    writeln!(
        out,
        r#"<rect x="{MARGIN}" y="{:.1}" width="24" height="12" rx="3" fill="{ARTICLE_COLOUR}"/><text x="{:.1}" y="{y:.1}" fill="{TEXT_COLOUR}">told by the articles</text>"#,
        y - 11.0,
        MARGIN + 30.0
    )?;
    writeln!(
        out,
        r#"<rect x="{:.1}" y="{:.1}" width="24" height="12" rx="3" fill="{REFERENCE_COLOUR}"/><text x="{:.1}" y="{y:.1}" fill="{TEXT_COLOUR}">reference record</text>"#,
        MARGIN + 230.0,
        y - 11.0,
        MARGIN + 260.0
    )?;
    for (i, note) in notes.iter().enumerate() {
        write!(
            out,
            r#"<text x="{MARGIN}" y="{:.1}" font-size="{}" fill="{MUTED_COLOUR}">"#,
            y + LINE * (i + 1) as f64,
            FONT - 2.0
        )?;
        escape(out, note)?;
        writeln!(out, "</text>")?;
    }
    Ok(())
}

/// One dated event in its row from `top`: the label's lines, then the mark or
/// bar; `halo` is the row's background, drawn around the label's letters so
/// that grid lines do not cross them.
fn event_row(
    out: &mut impl Write,
    scale: &Scale,
    event: HistoryEvent,
    text: &str,
    top: f64,
    halo: &str,
) -> fmt::Result {
    let date = event.date();
    let (Some(first), Some(last)) = (date.first_day(), date.last_day()) else {
        return Ok(());
    };
    let (start, end) = (scale.day(first), scale.day_end(last));
    let colour = colour(event);
    let unsettled = event.claims().iter().any(|c| {
        c.confidence()
            .is_some_and(super::super::model::citation::Confidence::is_unsettled)
    });
    let dash = if unsettled {
        r#" stroke-dasharray="4 3""#
    } else {
        ""
    };
    let is_bar = !matches!(
        date.precision(),
        Precision::Year | Precision::Month | Precision::Day
    );
    let date_text = date.to_string();
    let lines = label_lines(text, event);
    let count = lines.clone().count();
    let y = top + LINE * count as f64 + MARK_ROW / 2.0 + 4.0;
    if is_bar {
        if unsettled {
            writeln!(
                out,
                r#"<rect x="{start:.1}" y="{:.1}" width="{:.1}" height="16" rx="3" fill="{colour}" fill-opacity="0.25" stroke="{colour}" stroke-width="1.5"{dash}/>"#,
                y - 8.0,
                end - start
            )?;
        } else {
            writeln!(
                out,
                r#"<rect x="{start:.1}" y="{:.1}" width="{:.1}" height="12" rx="3" fill="{colour}"/>"#,
                y - 6.0,
                end - start
            )?;
        }
    } else {
        let mid = f64::midpoint(start, end);
        if date.precision() == Precision::Year {
            writeln!(
                out,
                r#"<path d="M {:.1} {y:.1} L {mid:.1} {:.1} L {:.1} {y:.1} L {mid:.1} {:.1} Z" fill="{colour}"/>"#,
                mid - 7.0,
                y - 7.0,
                mid + 7.0,
                y + 7.0
            )?;
        } else {
            writeln!(
                out,
                r#"<circle cx="{mid:.1}" cy="{y:.1}" r="6" fill="{colour}"/>"#
            )?;
        }
    }

    // The label starts above the mark when it fits there, else it ends at the
    // right margin, or, wrapped, starts at the left margin.
    let widest = lines
        .clone()
        .enumerate()
        .map(|(i, line)| {
            let bold = if i == 0 {
                date_text.chars().count() / 4 + 1
            } else {
                0
            };
            (line.chars().count() + bold) as f64 * CHAR_WIDTH
        })
        .fold(0.0, f64::max);
    let x = if count > 1 {
        MARGIN + 4.0
    } else {
        (start - 4.0)
            .min(WIDTH - MARGIN - 4.0 - widest)
            .max(MARGIN + 4.0)
    };
    write!(
        out,
        r#"<text fill="{TEXT_COLOUR}" stroke="{halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">"#
    )?;
    for (i, line) in lines.enumerate() {
        write!(
            out,
            r#"<tspan x="{x:.1}" y="{:.1}">"#,
            top + LINE * (i + 1) as f64 - 3.0
        )?;
        match line.strip_prefix(date_text.as_str()).filter(|_| i == 0) {
            Some(rest) => {
                write!(out, r#"<tspan font-weight="bold">"#)?;
                escape(out, &date_text)?;
                out.write_str("</tspan>")?;
                escape(out, rest)?;
            }
            None => escape(out, line)?,
        }
        out.write_str("</tspan>")?;
    }
    writeln!(out, "</text>")
}

/// " [000, 003]" for article events: which articles tell it.
fn write_sources(out: &mut impl Write, event: HistoryEvent) -> fmt::Result {
    if !event.is_from_articles() {
        return Ok(());
    }
    let mut first = true;
    for source in event.sources() {
        let Some(number) = source.file().and_then(|file| file.get(..3)) else {
            continue;
        };
        out.write_str(if first { " [" } else { ", " })?;
        out.write_str(number)?;
        first = false;
    }
    if !first {
        out.write_str("]")?;
    }
    Ok(())
}

/// " ⟶ 1970" / " ⟶ corrected: 2019-03-05" for article events a reference revises.
fn write_checks(out: &mut impl Write, event: HistoryEvent) -> fmt::Result {
    let precise = event.made_precise_by();
    let corrected = event.corrected_by();
    match (precise, corrected) {
        (_, Some(reference)) => write!(
            out,
            " ⟶ {}: {}",
            CorrectionKind::Corrects.name(),
            reference.date()
        ),
        (Some(reference), None) => write!(out, " ⟶ {}", reference.date()),
        (None, None) => match event.confirmed_by() {
            Some(_) => out.write_str(" ✓ confirmed"),
            None => Ok(()),
        },
    }
}

const fn colour(event: HistoryEvent) -> &'static str {
    if event.is_from_articles() {
        ARTICLE_COLOUR
    } else {
        REFERENCE_COLOUR
    }
}

/// Writes `text` with the XML special characters escaped.
fn escape(out: &mut impl Write, text: &str) -> fmt::Result {
    for c in text.chars() {
        match c {
            '&' => out.write_str("&amp;")?,
            '<' => out.write_str("&lt;")?,
            '>' => out.write_str("&gt;")?,
            '"' => out.write_str("&quot;")?,
            '\'' => out.write_str("&apos;")?,
            other => out.write_char(other)?,
        }
    }
    Ok(())
}
