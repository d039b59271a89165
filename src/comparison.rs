//! Ketamine beside traditional antidepressants: how fast, on what, and in what role.

use chrono::TimeDelta;

use crate::macros::names;
use crate::{Claim, Source};

/// An aspect in which the articles set ketamine against traditional
/// antidepressants.
///
/// Every article compares the two on speed ([`Onset`](Self::Onset)); three of
/// them also on what the drugs act on ([`Targets`](Self::Targets)), where the
/// articles' lists of monoamines differ (see
/// [`Comparison::traditional_target_lists`] and
/// [`Disagreement::TraditionalAntidepressantTargets`]). The articles give no
/// numbers for onset beyond "hours" and "weeks": [`OnsetScale`] keeps it at
/// that.
///
/// `Ord` is declaration order.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Comparison, OnsetScale, Source};
///
/// assert_eq!(Comparison::ketamine_onset(), OnsetScale::Hours);
/// assert_eq!(Comparison::traditional_onset(), OnsetScale::Weeks);
/// let onset = &Comparison::Onset.claims()[0];
/// for article in [0, 1, 2, 3, 4].map(|i| Source::ALL[i]) {
///     assert!(onset.cites(article), "{article} compares onset");
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Comparison {
    /// How soon each works: hours for ketamine, weeks for traditional antidepressants.
    Onset,
    /// What each acts on: glutamate and the NMDA receptor against monoamines.
    Targets,
    /// Whether the brain's structure changes: ketamine promotes neuroplasticity.
    StructuralChange,
    /// Ketamine's place beside existing treatment: a complement, not a replacement.
    Complement,
    /// Where traditional treatment falls short, which is where ketamine comes in.
    UnmetNeed,
}

names! {
    Comparison ("comparison") {
        Onset => "onset" | "speed" | "onset of action",
        Targets => "targets" | "neurotransmitters" | "mechanism",
        StructuralChange => "structural_change" | "neuroplasticity" | "structural changes",
        Complement => "complement" | "role" | "replacement",
        UnmetNeed => "unmet_need" | "unmet need" | "where traditional care falls short",
    }
}

impl Comparison {
    /// Everything the articles say of this aspect, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Comparison, Disagreement};
    ///
    /// let disputed = Comparison::Targets
    ///     .claims()
    ///     .iter()
    ///     .filter(|c| c.disputes().contains(&Disagreement::TraditionalAntidepressantTargets))
    ///     .count();
    /// assert_eq!(disputed, 3); // one list per article that gives one
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Comparison(self))
    }

    /// The scale on which the articles put ketamine's onset: hours.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Comparison, OnsetScale};
    ///
    /// assert!(Comparison::ketamine_onset() < Comparison::traditional_onset());
    /// ```
    #[must_use]
    pub const fn ketamine_onset() -> OnsetScale {
        OnsetScale::Hours
    }

    /// The scale on which the articles put traditional antidepressants' onset: weeks.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Comparison, OnsetScale};
    ///
    /// assert_eq!(Comparison::traditional_onset(), OnsetScale::Weeks);
    /// ```
    #[must_use]
    pub const fn traditional_onset() -> OnsetScale {
        OnsetScale::Weeks
    }

    /// What each article says traditional antidepressants act on, in the
    /// article's own order. Three articles, three different lists: see
    /// [`Disagreement::TraditionalAntidepressantTargets`].
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Comparison, Monoamine, Source};
    ///
    /// let lists = Comparison::traditional_target_lists();
    /// assert_eq!(lists.len(), 3);
    /// assert_eq!(lists[2], (Source::UnlockingTheMysteries, &[Monoamine::Serotonin][..]));
    /// ```
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
    ///     Comparison::traditional_targets(Source::WhatIsKetamin),
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

/// The order of magnitude in which the articles give a drug's onset:
/// "within hours" or "weeks". No article gives a finer figure, so neither
/// does the crate.
///
/// `Ord` follows length: `Hours < Weeks`.
///
/// # Example
///
/// ```
/// use ketamine_facts::OnsetScale;
///
/// assert!(OnsetScale::Hours < OnsetScale::Weeks);
/// assert_eq!("within hours".parse(), Ok(OnsetScale::Hours));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OnsetScale {
    /// Within hours (ketamine).
    Hours,
    /// Weeks (traditional antidepressants).
    Weeks,
}

names! {
    OnsetScale ("onset scale") {
        Hours => "hours" | "within hours",
        Weeks => "weeks",
    }
}

impl OnsetScale {
    /// The unit the scale counts in (one hour, one week). This is the unit of
    /// the articles' wording, not a measured onset.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::TimeDelta;
    /// use ketamine_facts::OnsetScale;
    ///
    /// assert_eq!(OnsetScale::Hours.unit(), TimeDelta::hours(1));
    /// assert_eq!(OnsetScale::Weeks.unit(), TimeDelta::weeks(1));
    /// ```
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

/// A monoamine neurotransmitter that an article says traditional
/// antidepressants act on.
///
/// `Ord` is declaration order: serotonin (named by every list), then
/// norepinephrine (two lists), then dopamine (one).
///
/// # Example
///
/// ```
/// use ketamine_facts::{Monoamine, Source};
///
/// assert_eq!("noradrenaline".parse(), Ok(Monoamine::Norepinephrine));
/// let sources: Vec<Source> = Monoamine::Dopamine.named_by().collect();
/// assert_eq!(sources, [Source::MentalHealthOverview]);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Monoamine {
    /// Serotonin (5-HT).
    Serotonin,
    /// Norepinephrine (noradrenaline).
    Norepinephrine,
    /// Dopamine.
    Dopamine,
}

names! {
    Monoamine ("monoamine") {
        Serotonin => "serotonin" | "5-ht" | "5ht",
        Norepinephrine => "norepinephrine" | "noradrenaline" | "ne",
        Dopamine => "dopamine" | "da",
    }
}

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
        Source::WhatIsKetamin,
        &[Monoamine::Serotonin, Monoamine::Norepinephrine],
    ),
    (Source::UnlockingTheMysteries, &[Monoamine::Serotonin]),
];
