//! Ketamine beside traditional antidepressants: how fast, on what, and in what role.

use crate::{Comparison, Monoamine, OnsetScale};
use chrono::TimeDelta;

use crate::{Claim, Source};

impl Comparison {
    /// Everything the articles say of this aspect, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Comparison(self))
    }

    /// The scale on which the articles put ketamine's onset: hours.
    #[must_use]
    pub const fn ketamine_onset() -> OnsetScale {
        OnsetScale::Hours
    }

    /// The scale on which the articles put traditional antidepressants' onset: weeks.
    #[must_use]
    pub const fn traditional_onset() -> OnsetScale {
        OnsetScale::Weeks
    }

    /// What each article says traditional antidepressants act on, in the
    /// article's own order. Three articles, three lists of different length;
    /// each names monoamines the others also name or leave out, so they are
    /// compatible, not a [`Disagreement`](crate::Disagreement).
    #[must_use]
    pub const fn traditional_target_lists() -> &'static [(Source, &'static [Monoamine])] {
        TARGET_LISTS
    }

    /// The monoamines that `source` says traditional antidepressants act on
    /// (empty for a source that gives no list).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Comparison, Monoamine, Source};
    ///
    /// assert_eq!(
    ///     Comparison::traditional_targets(Source::WhatIsKetamine),
    ///     [Monoamine::Serotonin, Monoamine::Norepinephrine],
    /// );
    /// assert!(Comparison::traditional_targets(Source::RiseOfKetamineTherapy).is_empty());
    /// ```
    #[must_use]
    pub const fn traditional_targets(source: Source) -> &'static [Monoamine] {
        let mut i = 0;
        while i < TARGET_LISTS.len() {
            let (listed, targets) = TARGET_LISTS[i];
            if listed as u16 == source as u16 {
                return targets;
            }
            i += 1;
        }
        &[]
    }
}

impl OnsetScale {
    /// The unit the scale counts in (one hour, one week). This is the unit of
    /// the articles' wording, not a measured onset.
    #[must_use]
    pub const fn unit(self) -> TimeDelta {
        match self {
            Self::Hours => HOUR,
            Self::Weeks => WEEK,
        }
    }
}

const HOUR: TimeDelta = TimeDelta::hours(1);

const WEEK: TimeDelta = TimeDelta::weeks(1);

impl Monoamine {
    /// The articles whose list of traditional antidepressant targets names this
    /// monoamine.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Monoamine;
    ///
    /// assert_eq!(Monoamine::Serotonin.named_by().count(), 3);
    /// ```
    pub fn named_by(self) -> impl Iterator<Item = Source> {
        TARGET_LISTS
            .iter()
            .filter(move |(_, targets)| targets.contains(&self))
            .map(|(source, _)| *source)
    }
}

const TARGET_LISTS: &[(Source, &[Monoamine])] = &[
    (
        Source::MentalHealthOverview,
        &[
            Monoamine::Serotonin,
            Monoamine::Dopamine,
            Monoamine::Norepinephrine,
        ],
    ),
    (
        Source::WhatIsKetamine,
        &[Monoamine::Serotonin, Monoamine::Norepinephrine],
    ),
    (Source::UnlockingTheMysteries, &[Monoamine::Serotonin]),
];
