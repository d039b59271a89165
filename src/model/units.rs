//! Units as types: percentages, masses, doses per body weight, fractions, and
//! intervals of them for values the sources give with uncertainty.
//!
//! Every unit is integer-backed, so values are `Eq`, `Hash` and `Ord` and compare
//! exactly; durations are [`chrono::TimeDelta`]. Nothing here is a bare float
//! whose unit lives in a comment.

use core::fmt;

use crate::model::macros::serialize_fields;
use chrono::TimeDelta;

mod sealed {
    /// Only the crate's units are [`Quantity`](super::Quantity).
    pub trait Sealed {}
}

/// A whole percentage from 0 to 100, such as a bioavailability or the share of
/// patients with a side effect.
///
/// `Ord` is numeric order.
///
/// # Example
///
/// ```
/// use ketamine_facts::Percent;
///
/// let rate = Percent::new(41).unwrap();
/// assert_eq!(rate.to_string(), "41%");
/// assert_eq!(rate.get(), 41);
/// assert_eq!(Percent::new(101), None);
/// assert!(Percent::saturating(9) < rate);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Percent(u8);

impl Percent {
    /// All of it: 100%.
    pub const FULL: Self = Self(100);

    /// A percentage, or `None` above 100.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Percent;
    ///
    /// assert_eq!(Percent::new(100), Some(Percent::FULL));
    /// assert_eq!(Percent::new(200), None);
    /// ```
    #[must_use]
    pub const fn new(value: u8) -> Option<Self> {
        if value <= 100 {
            Some(Self(value))
        } else {
            None
        }
    }

    /// A percentage, with values above 100 taken as 100.
    #[must_use]
    pub const fn saturating(value: u8) -> Self {
        if value <= 100 { Self(value) } else { Self(100) }
    }

    /// The number of percent.
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }

    /// The difference `self - other` in percentage points, or zero when `other`
    /// is larger.
    #[must_use]
    pub const fn points_above(self, other: Self) -> Self {
        Self(self.0.saturating_sub(other.0))
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.0)
    }
}

/// A mass in whole milligrams, such as a dose of Spravato.
///
/// `Ord` is numeric order.
///
/// # Example
///
/// ```
/// use ketamine_facts::Milligrams;
///
/// let dose = Milligrams::new(56);
/// assert_eq!(dose.to_string(), "56 mg");
/// assert_eq!(dose.get(), 56);
/// assert!(dose < Milligrams::new(84));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Milligrams(u16);

impl Milligrams {
    /// A mass of `value` milligrams.
    #[must_use]
    pub const fn new(value: u16) -> Self {
        Self(value)
    }

    /// The number of milligrams.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for Milligrams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} mg", self.0)
    }
}

/// A dose per kilogram of body weight, stored exactly in micrograms per
/// kilogram and shown in milligrams per kilogram ("0.5 mg/kg").
///
/// `Ord` is numeric order.
///
/// # Example
///
/// ```
/// use ketamine_facts::MilligramsPerKilogram;
///
/// let dose = MilligramsPerKilogram::from_micrograms_per_kg(500);
/// assert_eq!(dose.to_string(), "0.5 mg/kg");
/// assert_eq!(MilligramsPerKilogram::from_milligrams_per_kg(1).to_string(), "1 mg/kg");
/// assert_eq!(MilligramsPerKilogram::from_micrograms_per_kg(1250).to_string(), "1.25 mg/kg");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MilligramsPerKilogram(u32);

impl MilligramsPerKilogram {
    /// A dose of `value` micrograms per kilogram.
    #[must_use]
    pub const fn from_micrograms_per_kg(value: u32) -> Self {
        Self(value)
    }

    /// A dose of whole milligrams per kilogram (saturating at the largest
    /// value the type holds).
    #[must_use]
    pub const fn from_milligrams_per_kg(value: u32) -> Self {
        Self(value.saturating_mul(1000))
    }

    /// The dose in micrograms per kilogram (exact).
    #[must_use]
    pub const fn micrograms_per_kg(self) -> u32 {
        self.0
    }
}

impl fmt::Display for MilligramsPerKilogram {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_thousandths(f, u64::from(self.0))?;
        f.write_str(" mg/kg")
    }
}

/// Writes `value / 1000` in decimal without trailing zeros ("0.5", "1", "1.25").
fn write_thousandths(f: &mut fmt::Formatter<'_>, value: u64) -> fmt::Result {
    let (whole, mut frac) = (value / 1000, value % 1000);
    write!(f, "{whole}")?;
    if frac == 0 {
        return Ok(());
    }
    let mut digits = 3;
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    write!(f, ".{frac:0digits$}")
}

/// A simple fraction such as "a third", for ratios the sources give as
/// fractions rather than percentages.
///
/// `Ord` compares the numerator, then the denominator (structural order, not
/// the size of the fraction); use [`Fraction::is_less_than`] for size.
///
/// # Example
///
/// ```
/// use ketamine_facts::Fraction;
///
/// let third = Fraction::new(1, 3).unwrap();
/// assert_eq!(third.to_string(), "1/3");
/// assert_eq!(Fraction::new(1, 0), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fraction {
    numerator: u8,
    denominator: u8,
}

serialize_fields!(Fraction {
    numerator,
    denominator
});

impl Fraction {
    /// A fraction, or `None` when the denominator is zero.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Fraction;
    ///
    /// assert!(Fraction::new(2, 3).is_some());
    /// ```
    #[must_use]
    pub const fn new(numerator: u8, denominator: u8) -> Option<Self> {
        if denominator == 0 {
            None
        } else {
            Some(Self {
                numerator,
                denominator,
            })
        }
    }

    /// A fraction for the crate's own data; a zero denominator is taken as 1.
    pub(crate) const fn nonzero(numerator: u8, denominator: u8) -> Self {
        Self {
            numerator,
            denominator: if denominator == 0 { 1 } else { denominator },
        }
    }

    /// The numerator.
    #[must_use]
    pub const fn numerator(self) -> u8 {
        self.numerator
    }

    /// The denominator (never zero).
    #[must_use]
    pub const fn denominator(self) -> u8 {
        self.denominator
    }

    /// Whether this fraction is smaller than `other` (exact, by cross-multiplying).
    #[must_use]
    pub const fn is_less_than(self, other: Self) -> bool {
        (self.numerator as u16) * (other.denominator as u16)
            < (other.numerator as u16) * (self.denominator as u16)
    }
}

/// A fraction as read by serde, before the denominator is checked.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFraction {
    numerator: u8,
    denominator: u8,
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Fraction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: RawFraction = crate::model::serde_object::object(deserializer, "a fraction")?;
        Self::try_from(raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl TryFrom<RawFraction> for Fraction {
    type Error = &'static str;

    fn try_from(raw: RawFraction) -> Result<Self, Self::Error> {
        Self::new(raw.numerator, raw.denominator).ok_or("the denominator of a fraction is zero")
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// A unit an [`Interval`] can hold: [`Percent`], [`Milligrams`],
/// [`MilligramsPerKilogram`] and [`chrono::TimeDelta`]. Sealed: the crate's
/// units only.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Percent, Quantity};
///
/// assert_eq!(Percent::UNIT_CODE, "%");
/// assert_eq!(Percent::saturating(41).serial_value(), 41);
/// ```
pub trait Quantity: Copy + Ord + sealed::Sealed {
    /// The unit of [`serial_value`](Self::serial_value), as a UCUM code
    /// ("%", "mg", "ug/kg", "min").
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{MilligramsPerKilogram, Quantity};
    ///
    /// assert_eq!(MilligramsPerKilogram::UNIT_CODE, "ug/kg");
    /// ```
    const UNIT_CODE: &'static str;

    /// The value as a whole number of [`UNIT_CODE`](Self::UNIT_CODE) (what serde
    /// writes). Durations are whole minutes, rounded toward zero.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::TimeDelta;
    /// use ketamine_facts::Quantity;
    ///
    /// assert_eq!(TimeDelta::hours(2).serial_value(), 120);
    /// ```
    fn serial_value(self) -> i64;

    /// The value from a whole number of [`UNIT_CODE`](Self::UNIT_CODE), if it fits.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Percent, Quantity};
    ///
    /// assert_eq!(Percent::from_serial_value(41), Some(Percent::saturating(41)));
    /// assert_eq!(Percent::from_serial_value(141), None);
    /// ```
    fn from_serial_value(value: i64) -> Option<Self>;

    /// Writes the range `low` to `high` with its unit once ("25–50%", "2–3 h"),
    /// or a single value when they are equal. Used by `Display` of [`Interval`].
    ///
    /// # Errors
    ///
    /// Only those of the formatter it writes to.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Interval, Percent};
    ///
    /// assert_eq!(Interval::percent(25, 50).to_string(), "25–50%");
    /// ```
    fn write_range(low: Self, high: Self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl sealed::Sealed for Percent {}
impl sealed::Sealed for Milligrams {}
impl sealed::Sealed for MilligramsPerKilogram {}
impl sealed::Sealed for TimeDelta {}

impl Quantity for Percent {
    const UNIT_CODE: &'static str = "%";

    fn serial_value(self) -> i64 {
        i64::from(self.0)
    }

    fn from_serial_value(value: i64) -> Option<Self> {
        u8::try_from(value).ok().and_then(Self::new)
    }

    fn write_range(low: Self, high: Self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if low == high {
            write!(f, "{low}")
        } else {
            write!(f, "{}–{}%", low.0, high.0)
        }
    }
}

impl Quantity for Milligrams {
    const UNIT_CODE: &'static str = "mg";

    fn serial_value(self) -> i64 {
        i64::from(self.0)
    }

    fn from_serial_value(value: i64) -> Option<Self> {
        u16::try_from(value).ok().map(Self)
    }

    fn write_range(low: Self, high: Self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if low == high {
            write!(f, "{low}")
        } else {
            write!(f, "{}–{} mg", low.0, high.0)
        }
    }
}

impl Quantity for MilligramsPerKilogram {
    const UNIT_CODE: &'static str = "ug/kg";

    fn serial_value(self) -> i64 {
        i64::from(self.0)
    }

    fn from_serial_value(value: i64) -> Option<Self> {
        u32::try_from(value).ok().map(Self)
    }

    fn write_range(low: Self, high: Self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if low == high {
            write!(f, "{low}")
        } else {
            write_thousandths(f, u64::from(low.0))?;
            f.write_str("–")?;
            write!(f, "{high}")
        }
    }
}

impl Quantity for TimeDelta {
    const UNIT_CODE: &'static str = "min";

    fn serial_value(self) -> i64 {
        self.num_minutes()
    }

    fn from_serial_value(value: i64) -> Option<Self> {
        TimeDelta::try_minutes(value)
    }

    /// Whole hours as "h", else whole minutes as "min", else seconds as "s";
    /// both ends of a range in the same unit.
    fn write_range(low: Self, high: Self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = |unit: i64| {
            low.subsec_nanos() == 0
                && high.subsec_nanos() == 0
                && low.num_seconds() % unit == 0
                && high.num_seconds() % unit == 0
        };
        let (divisor, unit) = if whole(3600) {
            (3600, "h")
        } else if whole(60) {
            (60, "min")
        } else {
            (1, "s")
        };
        let (a, b) = (low.num_seconds() / divisor, high.num_seconds() / divisor);
        if a == b {
            write!(f, "{a} {unit}")
        } else {
            write!(f, "{a}–{b} {unit}")
        }
    }
}

/// A value known only within bounds: `low` to `high`, both included. An exact
/// value is an interval whose ends are equal.
///
/// The crate uses intervals wherever the sources give a range ("reviews give
/// 25–50%", "7 to 12 hours") so that no value is stated more precisely than its
/// source allows. `Display` writes the unit once: "25–50%", "2–3 h", "41%".
///
/// `Ord` compares `low`, then `high`.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::{Interval, Percent};
///
/// let reviews = Interval::percent(25, 50);
/// assert!(reviews.contains(Percent::saturating(45)));
/// assert!(!reviews.contains(Percent::saturating(17)));
/// assert_eq!(reviews.to_string(), "25–50%");
/// assert_eq!(Interval::hours(7, 12).to_string(), "7–12 h");
/// assert_eq!(Interval::exactly(TimeDelta::minutes(40)).to_string(), "40 min");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Interval<T> {
    low: T,
    high: T,
}

impl<T: Copy> Interval<T> {
    /// An exact value: both ends equal.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Interval, Milligrams};
    ///
    /// let dose = Interval::exactly(Milligrams::new(56));
    /// assert_eq!(dose.low(), dose.high());
    /// assert_eq!(dose.to_string(), "56 mg");
    /// ```
    #[must_use]
    pub const fn exactly(value: T) -> Self {
        Self {
            low: value,
            high: value,
        }
    }

    /// The lower bound (included).
    #[must_use]
    pub const fn low(&self) -> T {
        self.low
    }

    /// The upper bound (included).
    #[must_use]
    pub const fn high(&self) -> T {
        self.high
    }
}

impl<T: Copy + Ord> Interval<T> {
    /// The interval between two values, in either order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Interval, Percent};
    ///
    /// let a = Interval::new(Percent::saturating(50), Percent::saturating(25));
    /// assert_eq!(a, Interval::percent(25, 50));
    /// ```
    #[must_use]
    pub fn new(a: T, b: T) -> Self {
        Self {
            low: a.min(b),
            high: a.max(b),
        }
    }

    /// Whether `value` lies within the bounds (both included).
    #[must_use]
    pub fn contains(&self, value: T) -> bool {
        self.low <= value && value <= self.high
    }

    /// Whether the interval is one exact value.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }

    /// Whether the two intervals share any value: two sources whose ranges do
    /// not overlap disagree.
    #[must_use]
    pub fn overlaps(&self, other: &Self) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// The smallest interval holding both: the span of what the sources say.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Interval;
    ///
    /// let span = Interval::percent(25, 50).hull(&Interval::percent(11, 17));
    /// assert_eq!(span.to_string(), "11–50%");
    /// ```
    #[must_use]
    pub fn hull(&self, other: &Self) -> Self {
        Self {
            low: self.low.min(other.low),
            high: self.high.max(other.high),
        }
    }
}

impl Interval<Percent> {
    /// A range of whole percentages, in either order; values above 100 are
    /// taken as 100.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Interval, Percent};
    ///
    /// assert_eq!(Interval::percent(50, 25).low(), Percent::saturating(25));
    /// assert_eq!(Interval::percent(11, 17).to_string(), "11–17%");
    /// ```
    #[must_use]
    pub const fn percent(a: u8, b: u8) -> Self {
        let (a, b) = (Percent::saturating(a), Percent::saturating(b));
        if a.0 <= b.0 {
            Self { low: a, high: b }
        } else {
            Self { low: b, high: a }
        }
    }
}

impl Interval<Milligrams> {
    /// A range of whole milligrams, in either order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Interval;
    ///
    /// assert_eq!(Interval::milligrams(56, 84).to_string(), "56–84 mg");
    /// ```
    #[must_use]
    pub const fn milligrams(a: u16, b: u16) -> Self {
        if a <= b {
            Self {
                low: Milligrams(a),
                high: Milligrams(b),
            }
        } else {
            Self {
                low: Milligrams(b),
                high: Milligrams(a),
            }
        }
    }
}

impl Interval<TimeDelta> {
    /// A range of whole hours, in either order.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::TimeDelta;
    /// use ketamine_facts::Interval;
    ///
    /// let beta = Interval::hours(2, 3);
    /// assert_eq!(beta.high(), TimeDelta::hours(3));
    /// assert_eq!(beta.to_string(), "2–3 h");
    /// ```
    #[must_use]
    pub const fn hours(a: u16, b: u16) -> Self {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        Self {
            low: TimeDelta::hours(a as i64),
            high: TimeDelta::hours(b as i64),
        }
    }

    /// A range of whole minutes, in either order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Interval;
    ///
    /// assert_eq!(Interval::minutes(20, 40).to_string(), "20–40 min");
    /// assert_eq!(Interval::minutes(120, 180).to_string(), "2–3 h");
    /// ```
    #[must_use]
    pub const fn minutes(a: u16, b: u16) -> Self {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        Self {
            low: TimeDelta::minutes(a as i64),
            high: TimeDelta::minutes(b as i64),
        }
    }
}

impl<T: Quantity> fmt::Display for Interval<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::write_range(self.low, self.high, f)
    }
}

/// Serde support for units: a single value is `{"value": 41, "unit": "%"}`, an
/// interval `{"low": 25, "high": 50, "unit": "%", "text": "25–50%"}`
/// (`text` is ignored when reading). Units are UCUM codes; durations are whole
/// minutes.
#[cfg(feature = "serde")]
mod serde_impls {
    use alloc::string::String;

    use serde::de::Error as _;
    use serde::ser::SerializeStruct;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Interval, Milligrams, MilligramsPerKilogram, Percent, Quantity};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawValue {
        value: i64,
        unit: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawInterval {
        low: i64,
        high: i64,
        unit: String,
        #[serde(default, rename = "text")]
        _text: Option<serde::de::IgnoredAny>,
    }

    /// Writes an interval's `Display` text without allocating.
    struct Text<'a, T>(&'a Interval<T>);

    impl<T: Quantity> Serialize for Text<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self.0)
        }
    }

    fn serialize_value<T: Quantity, S: Serializer>(
        value: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Quantity", 2)?;
        out.serialize_field("value", &value.serial_value())?;
        out.serialize_field("unit", T::UNIT_CODE)?;
        out.end()
    }

    fn deserialize_value<'de, T: Quantity, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        let raw: RawValue = crate::model::serde_object::object(deserializer, "a quantity")?;
        if raw.unit != T::UNIT_CODE {
            return Err(unit_error(&raw.unit, T::UNIT_CODE));
        }
        T::from_serial_value(raw.value).ok_or_else(|| {
            D::Error::custom(format_args!("{} {} is out of range", raw.value, raw.unit))
        })
    }

    /// A unit other than the expected one; the given unit is shown cut, so the
    /// message stays short whatever the input.
    fn unit_error<E: serde::de::Error>(given: &str, expected: &str) -> E {
        E::custom(format_args!(
            "unit {} where {expected:?} was expected",
            crate::model::error::Shown(given)
        ))
    }

    macro_rules! unit_serde {
        ($($T:ty),+) => {$(
            #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
            impl Serialize for $T {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serialize_value(*self, serializer)
                }
            }

            #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
            impl<'de> Deserialize<'de> for $T {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    deserialize_value(deserializer)
                }
            }
        )+};
    }

    unit_serde!(Percent, Milligrams, MilligramsPerKilogram);

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<T: Quantity> Serialize for Interval<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut out = serializer.serialize_struct("Interval", 4)?;
            out.serialize_field("low", &self.low.serial_value())?;
            out.serialize_field("high", &self.high.serial_value())?;
            out.serialize_field("unit", T::UNIT_CODE)?;
            out.serialize_field("text", &Text(self))?;
            out.end()
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de, T: Quantity> Deserialize<'de> for Interval<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: RawInterval = crate::model::serde_object::object(deserializer, "an interval")?;
            let unit = T::UNIT_CODE;
            if raw.unit != unit {
                return Err(unit_error(&raw.unit, unit));
            }
            match (
                T::from_serial_value(raw.low),
                T::from_serial_value(raw.high),
            ) {
                (Some(low), Some(high)) if low <= high => Ok(Interval { low, high }),
                (Some(_), Some(_)) => Err(D::Error::custom(format_args!(
                    "the low bound {} {unit} is above the high bound {} {unit}",
                    raw.low, raw.high
                ))),
                (None, _) => Err(D::Error::custom(format_args!(
                    "the low bound {} {unit} is out of range",
                    raw.low
                ))),
                (_, None) => Err(D::Error::custom(format_args!(
                    "the high bound {} {unit} is out of range",
                    raw.high
                ))),
            }
        }
    }

    impl Serialize for super::Minutes {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_value(self.0, serializer)
        }
    }
}

/// A duration serialized as whole minutes (a field of the reference tables,
/// see `serialize_fields!`).
#[cfg(feature = "serde")]
pub(crate) struct Minutes(pub(crate) chrono::TimeDelta);
