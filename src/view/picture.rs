//! Pictures of the data: an SVG timeline of [`HistoryEvent`]s.
//!
//! Plain string building, no dependency. The committed copy
//! `docs/timeline.svg` is checked against [`timeline_svg`] by the test suite,
//! so it cannot drift from the data; regenerate it with
//! `cargo run --example timeline_svg > docs/timeline.svg`.

use core::fmt::{self, Write};

use chrono::{Datelike, NaiveDate};

use crate::{CorrectionKind, HistoryEvent, Precision};

const WIDTH: f64 = 1000.0;
const AXIS_LEFT: f64 = 40.0;
const AXIS_RIGHT: f64 = 960.0;
const TOP: f64 = 116.0;
const ROW: f64 = 26.0;
const UNDATED_ROW: f64 = 20.0;
/// Average advance of a 12px sans-serif character, for placing labels.
const CHAR_WIDTH: f64 = 6.4;

const STRIPE: &str = "#f4f4f4";
const ARTICLE_COLOUR: &str = "#d95f02";
const REFERENCE_COLOUR: &str = "#1f78b4";

/// Writes a standalone SVG timeline of every [`HistoryEvent`].
///
/// Each dated event has its own row, placed on a year axis by its
/// [`date`](HistoryEvent::date): decades, eras and spans are drawn as bars
/// over the years they cover, years, months and days as marks, a date the
/// sources do not settle with a dashed outline. Events told by the articles
/// are orange, reference records blue. Every event is labelled with its date
/// as the source gives it, and an article event that a reference dates more
/// precisely or corrects says so. Events the articles leave undated are listed
/// apart, below the axis.
///
/// # Errors
///
/// Only those of `out`.
///
/// # Example
///
/// ```
/// let mut svg = String::new();
/// ketamine_facts::timeline_svg(&mut svg).unwrap();
/// assert!(svg.starts_with("<svg"));
/// assert!(svg.trim_end().ends_with("</svg>"));
/// assert!(svg.contains("CI-581"));
/// assert!(svg.contains("late 20th century"));
/// ```
pub fn timeline_svg(out: &mut impl Write) -> fmt::Result {
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
    let rows = dated().count();
    let axis_bottom = TOP + ROW * rows as f64 + 6.0;
    let undated_top = axis_bottom + 48.0;
    let height = undated_top + UNDATED_ROW * (undated().count() as f64 + 1.0) + 20.0;

    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12">"#
    )?;
    writeln!(
        out,
        "<title>Ketamine: a timeline from the articles and the reference sources</title>"
    )?;
    writeln!(
        out,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
    )?;
    writeln!(
        out,
        r##"<text x="{AXIS_LEFT}" y="28" font-size="18" font-weight="bold" fill="#222222">Ketamine: a timeline from the articles and the reference sources</text>"##
    )?;
    legend(out)?;

    // decade grid and labels
    let mut year = scale.from;
    while year <= scale.to {
        let x = scale.x(year);
        writeln!(
            out,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis_bottom:.1}" stroke="#dddddd"/>"##,
            TOP - 10.0
        )?;
        writeln!(
            out,
            r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#555555">{year}</text>"##,
            TOP - 14.0
        )?;
        writeln!(
            out,
            r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#555555">{year}</text>"##,
            axis_bottom + 16.0
        )?;
        year += 10.0;
    }
    writeln!(
        out,
        r##"<line x1="{AXIS_LEFT}" y1="{axis_bottom:.1}" x2="{AXIS_RIGHT}" y2="{axis_bottom:.1}" stroke="#888888"/>"##
    )?;

    for (row, event) in dated().enumerate() {
        let y = TOP + ROW * row as f64 + ROW / 2.0;
        let halo = if row % 2 == 0 { STRIPE } else { "#ffffff" };
        if row % 2 == 0 {
            writeln!(
                out,
                r#"<rect x="{AXIS_LEFT}" y="{:.1}" width="{:.1}" height="{ROW}" fill="{STRIPE}"/>"#,
                y - ROW / 2.0,
                AXIS_RIGHT - AXIS_LEFT
            )?;
        }
        event_row(out, &scale, event, y, halo)?;
    }

    writeln!(
        out,
        r##"<text x="{AXIS_LEFT}" y="{undated_top:.1}" font-size="14" font-weight="bold" fill="#222222">Undated in the articles</text>"##
    )?;
    for (row, event) in undated().enumerate() {
        let y = undated_top + UNDATED_ROW * (row as f64 + 1.0);
        write!(
            out,
            r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#222222">"##,
            AXIS_LEFT + 4.0,
            y - 4.0,
            colour(event),
            AXIS_LEFT + 14.0,
            y
        )?;
        escape(out, event.title())?;
        write_sources(out, event)?;
        write_checks(out, event)?;
        writeln!(out, "</text>")?;
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

fn legend(out: &mut impl Write) -> fmt::Result {
    let y = 54.0;
    writeln!(
        out,
        r##"<rect x="{AXIS_LEFT}" y="{:.1}" width="22" height="10" rx="3" fill="{ARTICLE_COLOUR}"/><text x="{:.1}" y="{y}" fill="#222222">told by the articles</text>"##,
        y - 9.0,
        AXIS_LEFT + 28.0
    )?;
    writeln!(
        out,
        r##"<rect x="{:.1}" y="{:.1}" width="22" height="10" rx="3" fill="{REFERENCE_COLOUR}"/><text x="{:.1}" y="{y}" fill="#222222">reference record</text>"##,
        AXIS_LEFT + 160.0,
        y - 9.0,
        AXIS_LEFT + 188.0
    )?;
    writeln!(
        out,
        r##"<text x="{AXIS_LEFT}" y="{:.1}" fill="#555555">bar: decade, era or span of years · ◆ year · ● month or day · dashed outline: date not settled · ⟶ the date a reference gives · [000] the articles that tell it</text>"##,
        y + 20.0
    )
}

/// One dated event on its row; `halo` is the row's background, drawn around
/// the label's letters so that grid lines and bars do not cross them.
fn event_row(
    out: &mut impl Write,
    scale: &Scale,
    event: HistoryEvent,
    y: f64,
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
            .is_some_and(crate::model::citation::Confidence::is_unsettled)
    });
    let dash = if unsettled {
        r#" stroke-dasharray="4 3""#
    } else {
        ""
    };
    let label = label_width(event);
    let is_bar = !matches!(
        date.precision(),
        Precision::Year | Precision::Month | Precision::Day
    );
    let (left, right) = if is_bar {
        (start, end)
    } else {
        (
            f64::midpoint(start, end) - 6.0,
            f64::midpoint(start, end) + 6.0,
        )
    };
    // Beside the mark or bar, right if it fits, else left; a bar too wide for
    // either side carries its label from its start, drawn light so the text
    // reads over it.
    let placement = if right + 8.0 + label <= WIDTH - 8.0 {
        Placement::Right(right + 8.0)
    } else if left - 8.0 - label >= 8.0 {
        Placement::Left(left - 8.0)
    } else if is_bar && start + 6.0 + label <= WIDTH - 8.0 {
        Placement::Inside(start + 6.0)
    } else {
        Placement::Right(right + 8.0)
    };
    let light = unsettled || matches!(placement, Placement::Inside(_));
    if is_bar {
        if light {
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
                mid - 6.0,
                y - 6.0,
                mid + 6.0,
                y + 6.0
            )?;
        } else {
            writeln!(
                out,
                r#"<circle cx="{mid:.1}" cy="{y:.1}" r="5" fill="{colour}"/>"#
            )?;
        }
    }

    let (x, anchor) = match placement {
        Placement::Right(x) | Placement::Inside(x) => (x, "start"),
        Placement::Left(x) => (x, "end"),
    };
    write!(
        out,
        r##"<text x="{x:.1}" y="{:.1}" text-anchor="{anchor}" fill="#222222" stroke="{halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"><tspan font-weight="bold">{date}</tspan>  "##,
        y + 4.0
    )?;
    escape(out, event.title())?;
    write_sources(out, event)?;
    write_checks(out, event)?;
    writeln!(out, "</text>")
}

/// Where a label goes, with its x.
enum Placement {
    Right(f64),
    Left(f64),
    Inside(f64),
}

/// The label's width, estimated from its characters.
fn label_width(event: HistoryEvent) -> f64 {
    let mut counter = Counter(0);
    // Writing into a counter cannot fail.
    let _ = write!(counter, "{}  {}", event.date(), event.title());
    let _ = write_sources(&mut counter, event);
    let _ = write_checks(&mut counter, event);
    counter.0 as f64 * CHAR_WIDTH
}

/// Counts the characters written to it.
struct Counter(usize);

impl Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
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
