//! Dates at their honest precision: a day, a month, a year, a decade, a span,
//! an era, or no date at all.
//!
//! The sources date events very differently: a regulator's record gives a day
//! ("2019-03-05"), an article gives a decade ("the 1960s") or an era ("by the
//! late 20th century"), and many article events carry no date at all. A
//! [`HistoricDate`] keeps each at the precision it was given, so the crate
//! never prints "1960-01-01" for "the 1960s".

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use chrono::{Datelike, Month, NaiveDate};

use crate::ParseError;
use crate::model::macros::names;

/// How precisely a [`HistoricDate`] is known.
///
/// `Ord` goes roughly from finest to coarsest: `Day < Month < Year <
/// YearSpan < Decade < DecadeSpan < Era < Undated`. (A span of years can be
/// longer than a decade; the order is by kind, and is used only to break
/// ties between dates with the same bounds, such as "1960–1969" and "1960s".)
///
/// Non-exhaustive: a source may date something at another precision (a season, a
/// quarter).
///
/// # Example
///
/// ```
/// use ketamine_facts::{HistoricDate, Precision};
///
/// assert_eq!(HistoricDate::decade(1960).precision(), Precision::Decade);
/// assert_eq!("span of decades".parse(), Ok(Precision::DecadeSpan));
/// assert!(Precision::Day < Precision::Year);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A calendar day, e.g. "2019-03-05".
    Day,
    /// A calendar month, e.g. "March 2019".
    Month,
    /// A year, e.g. "1962".
    Year,
    /// A span of whole years, e.g. "1964–1966".
    YearSpan,
    /// A decade, e.g. "1960s".
    Decade,
    /// A span of whole decades, e.g. "1960s–1970s".
    DecadeSpan,
    /// A part of a century, e.g. "late 20th century".
    Era,
    /// No date given.
    Undated,
}

names! {
    Precision ("precision") {
        Day => "day" | "date",
        Month => "month",
        Year => "year",
        YearSpan => "year_span" | "span of years" | "years",
        Decade => "decade",
        DecadeSpan => "decade_span" | "span of decades" | "decades",
        Era => "era" | "part of a century",
        Undated => "undated" | "none" | "unknown",
    }
}

/// Which third of a century an [era](HistoricDate::era) covers.
///
/// The crate's reading of "early", "mid" and "late" is the thirds of a
/// century counted strictly (the 20th century is 1901–2000):
///
/// | part | years of century *c* | 20th century |
/// | --- | --- | --- |
/// | `Early` | first 33 years | 1901–1933 |
/// | `Mid` | next 33 years | 1934–1966 |
/// | `Late` | last 34 years | 1967–2000 |
///
/// `Ord` is chronological: `Early < Mid < Late`.
///
/// Exhaustive: closed set because an era divides its century into exactly these
/// three thirds.
///
/// # Example
///
/// ```
/// use ketamine_facts::{CenturyPart, HistoricDate};
///
/// let late = HistoricDate::era(CenturyPart::Late, 20);
/// assert_eq!(late.first_year(), Some(1967));
/// assert_eq!(late.last_year(), Some(2000));
/// assert_eq!("middle".parse(), Ok(CenturyPart::Mid));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CenturyPart {
    /// The first third of the century.
    Early,
    /// The middle third of the century.
    Mid,
    /// The last third of the century.
    Late,
}

names! {
    CenturyPart ("part of a century") {
        Early => "early",
        Mid => "mid" | "middle",
        Late => "late",
    }
}

/// A date at the precision its source gives, and no finer.
///
/// Built on chrono: a day is a [`NaiveDate`], a month a year and a
/// [`chrono::Month`]. Years are proleptic Gregorian with astronomical numbering
/// and are clamped to [`MIN_YEAR`](Self::MIN_YEAR)`..=`[`MAX_YEAR`](Self::MAX_YEAR).
/// Constructors normalise, so each date has one form: a decade starts at a year
/// divisible by ten (`decade(1965)` is the 1960s), a span is ordered, and a span
/// of one year or one decade is that year or decade.
///
/// `Display` never invents precision: "2019-03-05", "March 2019", "1962",
/// "1964–1966", "1960s", "1960s–1970s", "late 20th century", "undated".
/// `FromStr` reads those forms back (and a hyphen for the en dash).
///
/// `Ord` is a total order consistent with `Eq`: by first day, then last day,
/// then [`Precision`]; undated sorts after every dated value. So "1960s" comes
/// before "1960s–1970s", which comes before "1962".
///
/// With feature `serde` a date is the object
/// `{"precision": "decade", "text": "1960s", "from": "1960-01-01", "to": "1969-12-31"}`
/// (`from` and `to` are `null` when undated).
///
/// # Example
///
/// ```
/// use chrono::{Month, NaiveDate};
/// use ketamine_facts::{HistoricDate, Precision};
///
/// let sixties = HistoricDate::decade(1960);
/// assert_eq!(sixties.to_string(), "1960s");
/// assert_eq!(sixties.first_day(), NaiveDate::from_ymd_opt(1960, 1, 1));
/// assert_eq!(sixties.last_day(), NaiveDate::from_ymd_opt(1969, 12, 31));
///
/// let approval = HistoricDate::month(2019, Month::December);
/// assert_eq!(approval.to_string(), "December 2019");
/// assert_eq!(approval.precision(), Precision::Month);
///
/// assert!(sixties < HistoricDate::year(1962));
/// assert!(HistoricDate::year(2025) < HistoricDate::UNDATED);
/// assert_eq!("1960s–1970s".parse(), Ok(HistoricDate::decades(1960, 1970)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HistoricDate(Repr);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Repr {
    Day(NaiveDate),
    Month(i32, Month),
    Year(i32),
    Years(i32, i32),
    Decade(i32),
    Decades(i32, i32),
    Era(i32, CenturyPart),
    Undated,
}

/// A calendar position (year, month, day) that does not depend on chrono's range.
type Bound = (i64, u32, u32);

impl HistoricDate {
    /// The earliest year a date can name; earlier years are clamped to it.
    pub const MIN_YEAR: i32 = -9999;

    /// The latest year a date can name; later years are clamped to it.
    pub const MAX_YEAR: i32 = 9999;

    /// No date: the source gives none. Sorts after every dated value and lies
    /// in no range.
    pub const UNDATED: Self = Self(Repr::Undated);

    /// A calendar day.
    #[must_use]
    pub const fn day(date: NaiveDate) -> Self {
        Self(Repr::Day(date))
    }

    /// A calendar day from its numbers; `None` if there is no such day.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoricDate;
    ///
    /// assert_eq!(HistoricDate::ymd(1999, 8, 12).map(|d| d.to_string()), Some("1999-08-12".to_owned()));
    /// assert_eq!(HistoricDate::ymd(1999, 2, 30), None);
    /// ```
    #[must_use]
    pub const fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => Some(Self::day(date)),
            None => None,
        }
    }

    /// A calendar month of a year.
    #[must_use]
    pub const fn month(year: i32, month: Month) -> Self {
        Self(Repr::Month(clamp_year(year), month))
    }

    /// A year.
    #[must_use]
    pub const fn year(year: i32) -> Self {
        Self(Repr::Year(clamp_year(year)))
    }

    /// The whole years from `first` to `last`, both included (in either order).
    /// A span of one year is that year.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoricDate, Precision};
    ///
    /// assert_eq!(HistoricDate::years(1966, 1964).to_string(), "1964–1966");
    /// assert_eq!(HistoricDate::years(1962, 1962), HistoricDate::year(1962));
    /// assert_eq!(HistoricDate::years(1964, 1966).precision(), Precision::YearSpan);
    /// ```
    #[must_use]
    pub const fn years(first: i32, last: i32) -> Self {
        let (first, last) = ordered(clamp_year(first), clamp_year(last));
        if first == last {
            Self(Repr::Year(first))
        } else {
            Self(Repr::Years(first, last))
        }
    }

    /// The decade that contains `year`: `decade(1965)` is the 1960s.
    #[must_use]
    pub const fn decade(year: i32) -> Self {
        Self(Repr::Decade(decade_start(year)))
    }

    /// The whole decades from the one containing `first` to the one containing
    /// `last` (in either order). A span of one decade is that decade.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoricDate;
    ///
    /// let span = HistoricDate::decades(1960, 1970);
    /// assert_eq!(span.to_string(), "1960s–1970s");
    /// assert_eq!(span.last_year(), Some(1979));
    /// assert_eq!(HistoricDate::decades(1961, 1968), HistoricDate::decade(1960));
    /// ```
    #[must_use]
    pub const fn decades(first: i32, last: i32) -> Self {
        let (first, last) = ordered(decade_start(first), decade_start(last));
        if first == last {
            Self(Repr::Decade(first))
        } else {
            Self(Repr::Decades(first, last))
        }
    }

    /// A third of a century (see [`CenturyPart`] for the bounds the crate reads
    /// into "early", "mid" and "late"). `century` is clamped to 1..=99.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{CenturyPart, HistoricDate};
    ///
    /// let era = HistoricDate::era(CenturyPart::Late, 20);
    /// assert_eq!(era.to_string(), "late 20th century");
    /// assert!(era.overlaps_years(2000, 2000));
    /// assert!(!era.overlaps_years(1901, 1966));
    /// ```
    #[must_use]
    pub const fn era(part: CenturyPart, century: i32) -> Self {
        let century = if century < 1 {
            1
        } else if century > 99 {
            99
        } else {
            century
        };
        Self(Repr::Era(century, part))
    }

    /// How precisely the date is known.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{HistoricDate, Precision};
    ///
    /// assert_eq!(HistoricDate::year(1985).precision(), Precision::Year);
    /// ```
    #[must_use]
    pub const fn precision(self) -> Precision {
        match self.0 {
            Repr::Day(_) => Precision::Day,
            Repr::Month(..) => Precision::Month,
            Repr::Year(_) => Precision::Year,
            Repr::Years(..) => Precision::YearSpan,
            Repr::Decade(_) => Precision::Decade,
            Repr::Decades(..) => Precision::DecadeSpan,
            Repr::Era(..) => Precision::Era,
            Repr::Undated => Precision::Undated,
        }
    }

    /// Whether the date is known at all.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoricDate;
    ///
    /// assert!(HistoricDate::decade(1970).is_dated());
    /// assert!(!HistoricDate::UNDATED.is_dated());
    /// ```
    #[must_use]
    pub const fn is_dated(self) -> bool {
        !matches!(self.0, Repr::Undated)
    }

    /// The first day the date can mean; `None` when undated.
    #[must_use]
    pub fn first_day(self) -> Option<NaiveDate> {
        let ((year, month, day), _) = self.bounds()?;
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }

    /// The last day the date can mean; `None` when undated.
    #[must_use]
    pub fn last_day(self) -> Option<NaiveDate> {
        let (_, (year, month, day)) = self.bounds()?;
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }

    /// The first year the date can mean; `None` when undated.
    #[must_use]
    pub fn first_year(self) -> Option<i32> {
        let ((year, _, _), _) = self.bounds()?;
        i32::try_from(year).ok()
    }

    /// The last year the date can mean; `None` when undated.
    #[must_use]
    pub fn last_year(self) -> Option<i32> {
        let (_, (year, _, _)) = self.bounds()?;
        i32::try_from(year).ok()
    }

    /// Whether any day of the date falls in the years `from..=to` (given in
    /// either order). Undated never overlaps.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::HistoricDate;
    ///
    /// let sixties = HistoricDate::decade(1960);
    /// assert!(sixties.overlaps_years(1969, 1975));
    /// assert!(!sixties.overlaps_years(1970, 1975));
    /// assert!(sixties.overlaps_years(1900, 1960));
    /// ```
    #[must_use]
    pub fn overlaps_years(self, from: i32, to: i32) -> bool {
        let (from, to) = ordered(from, to);
        match (self.first_year(), self.last_year()) {
            (Some(first), Some(last)) => first <= to && last >= from,
            _ => false,
        }
    }

    /// First and last (year, month, day), computed without chrono so that they
    /// always exist for a dated value.
    fn bounds(self) -> Option<(Bound, Bound)> {
        match self.0 {
            Repr::Day(date) => {
                let at = (i64::from(date.year()), date.month(), date.day());
                Some((at, at))
            }
            Repr::Month(year, month) => {
                let (year, m) = (i64::from(year), month.number_from_month());
                Some(((year, m, 1), (year, m, days_in_month(year, m))))
            }
            Repr::Year(year) => Some(whole_years(i64::from(year), i64::from(year))),
            Repr::Years(first, last) => Some(whole_years(i64::from(first), i64::from(last))),
            Repr::Decade(start) => Some(whole_years(i64::from(start), i64::from(start) + 9)),
            Repr::Decades(first, last) => Some(whole_years(i64::from(first), i64::from(last) + 9)),
            Repr::Era(century, part) => {
                let first = (i64::from(century) - 1) * 100 + 1;
                Some(match part {
                    CenturyPart::Early => whole_years(first, first + 32),
                    CenturyPart::Mid => whole_years(first + 33, first + 65),
                    CenturyPart::Late => whole_years(first + 66, first + 99),
                })
            }
            Repr::Undated => None,
        }
    }
}

const fn clamp_year(year: i32) -> i32 {
    if year < HistoricDate::MIN_YEAR {
        HistoricDate::MIN_YEAR
    } else if year > HistoricDate::MAX_YEAR {
        HistoricDate::MAX_YEAR
    } else {
        year
    }
}

/// The first year of the decade containing `year`, after clamping; stays in range.
const fn decade_start(year: i32) -> i32 {
    let start = clamp_year(year).div_euclid(10) * 10;
    if start < HistoricDate::MIN_YEAR {
        start + 10
    } else if start + 9 > HistoricDate::MAX_YEAR {
        start - 10
    } else {
        start
    }
}

const fn ordered(a: i32, b: i32) -> (i32, i32) {
    if a <= b { (a, b) } else { (b, a) }
}

const fn whole_years(first: i64, last: i64) -> (Bound, Bound) {
    ((first, 1, 1), (last, 12, 31))
}

const fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialOrd for HistoricDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for HistoricDate {
    /// By first day, then last day, then [`Precision`]; undated last.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.bounds(), other.bounds()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some((first_a, last_a)), Some((first_b, last_b))) => first_a
                .cmp(&first_b)
                .then(last_a.cmp(&last_b))
                .then(self.precision().cmp(&other.precision())),
        }
    }
}

impl fmt::Display for HistoricDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Day(date) => write!(f, "{date}"),
            Repr::Month(year, month) => write!(f, "{} {year}", month.name()),
            Repr::Year(year) => write!(f, "{year}"),
            Repr::Years(first, last) => write!(f, "{first}–{last}"),
            Repr::Decade(start) => write!(f, "{start}s"),
            Repr::Decades(first, last) => write!(f, "{first}s–{last}s"),
            Repr::Era(century, part) => {
                write!(f, "{part} {century}{} century", ordinal_suffix(century))
            }
            Repr::Undated => f.write_str("undated"),
        }
    }
}

const fn ordinal_suffix(n: i32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

const FORMS: &[&str] = &[
    "undated",
    "YYYY-MM-DD",
    "<month name> YYYY",
    "YYYY",
    "YYYY–YYYY",
    "YYY0s",
    "YYY0s–YYY0s",
    "early|mid|late <n>th century",
];

impl FromStr for HistoricDate {
    type Err = ParseError;

    /// Reads every form that `Display` writes; a hyphen may stand for the en
    /// dash between two non-negative years or decades.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        parse(input.trim()).ok_or_else(|| ParseError::new(input, "historic date", FORMS))
    }
}

impl TryFrom<&str> for HistoricDate {
    type Error = ParseError;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        input.parse()
    }
}

fn parse(text: &str) -> Option<HistoricDate> {
    if text.eq_ignore_ascii_case("undated") {
        return Some(HistoricDate::UNDATED);
    }
    if let Some((first, last)) = text.split_once('–') {
        return parse_span(first.trim(), last.trim());
    }
    if let Some(era) = parse_era(text) {
        return Some(era);
    }
    if let Ok(date) = text.parse::<NaiveDate>() {
        return Some(HistoricDate::day(date));
    }
    if let Some((month, year)) = text.split_once(' ') {
        let month = month.parse::<Month>().ok()?;
        return Some(HistoricDate::month(parse_year(year.trim())?, month));
    }
    if let Some(start) = parse_decade(text) {
        return Some(HistoricDate::decade(start));
    }
    if let Some(year) = parse_year(text) {
        return Some(HistoricDate::year(year));
    }
    // "1964-1966", "1960s-1970s": a hyphen between two unsigned parts
    let (first, last) = text.split_once('-')?;
    if first.starts_with(|c: char| c.is_ascii_digit())
        && last.starts_with(|c: char| c.is_ascii_digit())
    {
        return parse_span(first, last);
    }
    None
}

fn parse_span(first: &str, last: &str) -> Option<HistoricDate> {
    match (parse_decade(first), parse_decade(last)) {
        (Some(first), Some(last)) => Some(HistoricDate::decades(first, last)),
        (None, None) => Some(HistoricDate::years(parse_year(first)?, parse_year(last)?)),
        _ => None,
    }
}

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (HistoricDate::MIN_YEAR..=HistoricDate::MAX_YEAR)
        .contains(&year)
        .then_some(year)
}

fn parse_decade(text: &str) -> Option<i32> {
    let start = parse_year(text.strip_suffix('s')?)?;
    (start.rem_euclid(10) == 0 && decade_start(start) == start).then_some(start)
}

fn parse_era(text: &str) -> Option<HistoricDate> {
    let mut words = text.split_whitespace();
    let part: CenturyPart = words.next()?.parse().ok()?;
    let ordinal = words.next()?;
    let century_word = words.next()?;
    if words.next().is_some() || !century_word.eq_ignore_ascii_case("century") {
        return None;
    }
    let digits = ordinal.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let century: i32 = digits.parse().ok()?;
    let suffix = ordinal.get(digits.len()..)?;
    if !(1..=99).contains(&century) || !suffix.eq_ignore_ascii_case(ordinal_suffix(century)) {
        return None;
    }
    Some(HistoricDate::era(part, century))
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for HistoricDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        /// A day as an ISO 8601 string (chrono's serde feature is not enabled).
        struct Iso(NaiveDate);

        impl serde::Serialize for Iso {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.0)
            }
        }

        let mut out = serializer.serialize_struct("HistoricDate", 4)?;
        out.serialize_field("precision", &self.precision())?;
        out.serialize_field("text", &Text(*self))?;
        out.serialize_field("from", &self.first_day().map(Iso))?;
        out.serialize_field("to", &self.last_day().map(Iso))?;
        out.end()
    }
}

/// The `Display` text of a date, serialized as a string.
#[cfg(feature = "serde")]
struct Text(HistoricDate);

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}
