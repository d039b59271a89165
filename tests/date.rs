//! Dates at their honest precision: display, bounds, order and parsing.

use chrono::{Month, NaiveDate};
use ketamine_facts::{CenturyPart, HistoricDate, Precision};
use proptest::prelude::*;

#[test]
fn each_precision_displays_as_given_and_no_finer() {
    let day = HistoricDate::ymd(2019, 3, 5).unwrap();
    let cases = [
        (day, "2019-03-05", Precision::Day),
        (
            HistoricDate::month(2019, Month::March),
            "March 2019",
            Precision::Month,
        ),
        (HistoricDate::year(1962), "1962", Precision::Year),
        (
            HistoricDate::years(1964, 1966),
            "1964–1966",
            Precision::YearSpan,
        ),
        (HistoricDate::decade(1960), "1960s", Precision::Decade),
        (
            HistoricDate::decades(1960, 1970),
            "1960s–1970s",
            Precision::DecadeSpan,
        ),
        (
            HistoricDate::era(CenturyPart::Late, 20),
            "late 20th century",
            Precision::Era,
        ),
        (HistoricDate::UNDATED, "undated", Precision::Undated),
    ];
    for (date, text, precision) in cases {
        assert_eq!(date.to_string(), text);
        assert_eq!(date.precision(), precision, "{text}");
        assert_eq!(text.parse::<HistoricDate>(), Ok(date), "{text}");
    }
}

#[test]
fn the_late_20th_century_is_read_as_1967_to_2000() {
    let era = HistoricDate::era(CenturyPart::Late, 20);
    assert_eq!(era.first_day(), NaiveDate::from_ymd_opt(1967, 1, 1));
    assert_eq!(era.last_day(), NaiveDate::from_ymd_opt(2000, 12, 31));
    assert_eq!(
        HistoricDate::era(CenturyPart::Early, 20).first_year(),
        Some(1901)
    );
    assert_eq!(
        HistoricDate::era(CenturyPart::Mid, 20).last_year(),
        Some(1966)
    );
    assert_eq!(
        HistoricDate::era(CenturyPart::Early, 21).to_string(),
        "early 21st century"
    );
    assert_eq!(
        HistoricDate::era(CenturyPart::Mid, 12).to_string(),
        "mid 12th century"
    );
}

#[test]
fn decades_and_spans_are_normalised() {
    assert_eq!(HistoricDate::decade(1969), HistoricDate::decade(1960));
    assert_eq!(
        HistoricDate::decades(1979, 1960),
        HistoricDate::decades(1960, 1970)
    );
    assert_eq!(HistoricDate::years(1962, 1962), HistoricDate::year(1962));
    assert_eq!(
        HistoricDate::decades(1965, 1961),
        HistoricDate::decade(1960)
    );
    assert_eq!("1964-1966".parse(), Ok(HistoricDate::years(1964, 1966)));
    assert_eq!("1960s-1970s".parse(), Ok(HistoricDate::decades(1960, 1970)));
    assert!("1965s".parse::<HistoricDate>().is_err());
    assert!("late 20nd century".parse::<HistoricDate>().is_err());
}

#[test]
fn the_order_puts_the_wider_date_after_the_narrower_with_the_same_start() {
    let sixties = HistoricDate::decade(1960);
    let span = HistoricDate::decades(1960, 1970);
    assert!(sixties < span);
    assert!(span < HistoricDate::year(1962));
    // same bounds, different precision: the finer kind first
    assert!(HistoricDate::years(1960, 1969) < sixties);
    assert!(HistoricDate::year(9999) < HistoricDate::UNDATED);
}

#[test]
fn undated_lies_in_no_range_and_has_no_bounds() {
    let undated = HistoricDate::UNDATED;
    assert_eq!(undated.first_day(), None);
    assert_eq!(undated.last_year(), None);
    assert!(!undated.overlaps_years(i32::MIN, i32::MAX));
    assert!(!undated.is_dated());
}

#[cfg(feature = "serde")]
#[test]
fn a_date_serializes_with_its_precision_text_and_bounds() {
    let json = serde_json::to_value(HistoricDate::decade(1960)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"precision": "decade", "text": "1960s", "from": "1960-01-01", "to": "1969-12-31"})
    );
    let json = serde_json::to_value(HistoricDate::UNDATED).unwrap();
    assert_eq!(json["from"], serde_json::Value::Null);
    assert_eq!(json["text"], "undated");
}

fn any_date() -> impl Strategy<Value = HistoricDate> {
    let year = -12_000i32..12_000;
    let month = (1u32..=12).prop_map(|m| Month::try_from(u8::try_from(m).unwrap()).unwrap());
    let part = prop::sample::select(CenturyPart::ALL);
    prop_oneof![
        (-3000i32..3000, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real day", |(y, m, d)| HistoricDate::ymd(y, m, d)),
        (year.clone(), month).prop_map(|(y, m)| HistoricDate::month(y, m)),
        year.clone().prop_map(HistoricDate::year),
        (year.clone(), year.clone()).prop_map(|(a, b)| HistoricDate::years(a, b)),
        year.clone().prop_map(HistoricDate::decade),
        (year.clone(), year).prop_map(|(a, b)| HistoricDate::decades(a, b)),
        (part, -5i32..120).prop_map(|(p, c)| HistoricDate::era(p, c)),
        Just(HistoricDate::UNDATED),
    ]
}

proptest! {
    #[test]
    fn display_never_prints_a_first_of_january_for_a_coarse_date(date in any_date()) {
        let text = date.to_string();
        if date.precision() > Precision::Month {
            prop_assert!(!text.contains("-01-01"), "{}", text);
            prop_assert!(!text.contains("January"), "{}", text);
            prop_assert!(text.parse::<NaiveDate>().is_err(), "{}", text);
        }
    }

    #[test]
    fn display_round_trips_through_parse(date in any_date()) {
        prop_assert_eq!(date.to_string().parse::<HistoricDate>(), Ok(date));
    }

    #[test]
    fn parsing_any_text_as_a_date_never_panics(text in ".*") {
        let _ = text.parse::<HistoricDate>();
    }

    #[test]
    fn the_order_is_total_and_consistent_with_equality(a in any_date(), b in any_date(), c in any_date()) {
        prop_assert_eq!(a.cmp(&b) == std::cmp::Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        prop_assert_eq!(a.partial_cmp(&b), Some(a.cmp(&b)));
        if a <= b && b <= c {
            prop_assert!(a <= c);
        }
    }

    #[test]
    fn the_order_follows_the_first_day(a in any_date(), b in any_date()) {
        if let (Some(x), Some(y)) = (a.first_day(), b.first_day())
            && x < y
        {
            prop_assert!(a < b);
        }
        if !a.is_dated() && b.is_dated() {
            prop_assert!(b < a);
        }
    }

    #[test]
    fn bounds_are_ordered_and_agree_with_overlaps(date in any_date(), from in -12_000i32..12_000, to in -12_000i32..12_000) {
        prop_assert_eq!(date.first_day().is_some(), date.is_dated());
        if let (Some(first), Some(last)) = (date.first_day(), date.last_day()) {
            prop_assert!(first <= last);
            let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
            let overlaps = date.first_year().unwrap() <= hi && date.last_year().unwrap() >= lo;
            prop_assert_eq!(date.overlaps_years(from, to), overlaps);
        } else {
            prop_assert!(!date.overlaps_years(from, to));
        }
    }

    #[test]
    fn parsing_any_text_as_a_precision_never_panics(text in ".*") {
        let _ = text.parse::<Precision>();
        let _ = text.parse::<CenturyPart>();
    }
}
