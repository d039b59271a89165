//! Dosing and administration from the reference sources: the IV protocol of
//! the depression trials, the Spravato schedule, the Spravato REMS, the blood
//! pressure course after a Spravato dose, and Spravato's limits of use.
//!
//! These are facts about protocols and a label, for display and checking; they
//! are not dosing advice.

use crate::{DoseFrequency, LimitOfUse, SchedulePhase};
use core::fmt;

use chrono::TimeDelta;

use crate::model::macros::serialize_fields;
#[cfg(feature = "serde")]
use crate::model::units::Minutes;
use crate::{Claim, Milligrams, MilligramsPerKilogram, Product, SideEffect};

/// The IV ketamine protocol of the depression trials: 0.5 mg/kg infused over
/// 40 minutes.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::{IvProtocol, Source};
///
/// let protocol = IvProtocol::DEPRESSION_TRIALS;
/// assert_eq!(protocol.dose().to_string(), "0.5 mg/kg");
/// assert_eq!(protocol.infusion_time(), TimeDelta::minutes(40));
/// assert!(protocol.claim().cites(Source::Berman2000));
/// assert!(protocol.claim().cites(Source::Murrough2013));
/// assert!(protocol.claim().cites(Source::Fava2018));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IvProtocol {
    dose: MilligramsPerKilogram,
    infusion_time: TimeDelta,
    claim: &'static Claim,
}

serialize_fields!(IvProtocol { dose, infusion_time as Minutes, claim });

impl IvProtocol {
    /// The protocol used in the depression trials (Berman 2000, Murrough
    /// 2013; Fava 2018 reports that almost all earlier placebo-controlled
    /// studies used it, and compared it with other doses:
    /// [`dose_ranging_trial_claim`](Self::dose_ranging_trial_claim)).
    pub const DEPRESSION_TRIALS: IvProtocol = TRIAL_PROTOCOL;

    /// The cited fact of the Fava et al. 2018 dose-ranging trial: 99
    /// outpatients, one 40-minute infusion of ketamine at 0.1, 0.2, 0.5 or
    /// 1.0 mg/kg or of midazolam. A comparison of doses, not a trial of the
    /// 0.5 mg/kg protocol alone.
    #[must_use]
    pub const fn dose_ranging_trial_claim() -> &'static Claim {
        crate::view::index::claim("topic/dosing-fava-2018-dose-ranging-trial")
    }

    /// The protocol used in the depression trials.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use the associated constant IvProtocol::DEPRESSION_TRIALS"
    )]
    pub const fn depression_trials() -> &'static IvProtocol {
        &TRIAL_PROTOCOL
    }

    /// Every IV protocol the crate knows (one).
    #[must_use]
    pub const fn all() -> &'static [IvProtocol] {
        &[TRIAL_PROTOCOL]
    }

    /// The dose per kilogram of body weight.
    #[must_use]
    pub const fn dose(&self) -> MilligramsPerKilogram {
        self.dose
    }

    /// How long the infusion runs.
    #[must_use]
    pub const fn infusion_time(&self) -> TimeDelta {
        self.infusion_time
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

/// The Spravato nasal spray device: 28 mg of esketamine in two sprays, one per
/// nostril.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Milligrams, SpravatoDevice};
///
/// let device = SpravatoDevice::LABELED;
/// assert_eq!(device.dose().to_string(), "28 mg");
/// assert_eq!(device.sprays(), 2);
/// assert_eq!(device.devices_for(Milligrams::new(84)), Some(3));
/// assert_eq!(device.devices_for(Milligrams::new(50)), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpravatoDevice {
    product: Product,
    dose: Milligrams,
    sprays: u8,
    claim: &'static Claim,
}

serialize_fields!(SpravatoDevice {
    product,
    dose,
    sprays,
    claim
});

impl SpravatoDevice {
    /// The device as labeled.
    pub const LABELED: SpravatoDevice = DEVICE;

    /// The device as labeled.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use the associated constant SpravatoDevice::LABELED"
    )]
    pub const fn get() -> &'static SpravatoDevice {
        &DEVICE
    }

    /// The product.
    #[must_use]
    pub const fn product(&self) -> Product {
        self.product
    }

    /// The esketamine one device delivers.
    #[must_use]
    pub const fn dose(&self) -> Milligrams {
        self.dose
    }

    /// The sprays one device gives.
    #[must_use]
    pub const fn sprays(&self) -> u8 {
        self.sprays
    }

    /// How many devices make up `dose`, or `None` when it is not a whole
    /// number of devices (or is zero).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Milligrams, SpravatoDevice};
    ///
    /// assert_eq!(SpravatoDevice::LABELED.devices_for(Milligrams::new(56)), Some(2));
    /// ```
    #[must_use]
    pub const fn devices_for(&self, dose: Milligrams) -> Option<u8> {
        let per = self.dose.get();
        if per == 0 || dose.get() == 0 || !dose.get().is_multiple_of(per) {
            return None;
        }
        let count = dose.get() / per;
        if count > u8::MAX as u16 {
            None
        } else {
            Some(count as u8)
        }
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

/// A span of treatment weeks, counted from week 1 (an ordinal, not a
/// duration). `last` is `None` for an open-ended span.
///
/// `Display`: "weeks 1–4", "week 9 onward". `Ord` compares `first`, then `last`.
///
/// # Example
///
/// ```
/// use ketamine_facts::{SchedulePhase, SpravatoSchedule};
///
/// let weeks = SpravatoSchedule::phase(SchedulePhase::Continuation).weeks();
/// assert_eq!(weeks.to_string(), "week 9 onward");
/// assert!(weeks.contains(52));
/// assert!(!weeks.contains(8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WeekSpan {
    first: u8,
    last: Option<u8>,
}

serialize_fields!(WeekSpan { first, last });

impl WeekSpan {
    /// The first week of the span.
    #[must_use]
    pub const fn first(self) -> u8 {
        self.first
    }

    /// The last week, or `None` when the span has no end.
    #[must_use]
    pub const fn last(self) -> Option<u8> {
        self.last
    }

    /// Whether treatment week `week` falls in the span.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{SchedulePhase, SpravatoSchedule};
    ///
    /// assert!(SpravatoSchedule::phase(SchedulePhase::Induction).weeks().contains(1));
    /// ```
    #[must_use]
    pub const fn contains(self, week: u8) -> bool {
        week >= self.first
            && match self.last {
                Some(last) => week <= last,
                None => true,
            }
    }
}

impl fmt::Display for WeekSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.last {
            Some(last) if last == self.first => write!(f, "week {last}"),
            Some(last) => write!(f, "weeks {}–{last}", self.first),
            None => write!(f, "week {} onward", self.first),
        }
    }
}

/// One phase of the Spravato schedule for treatment-resistant depression (with
/// an oral antidepressant): weeks, how often, which doses.
///
/// # Example
///
/// ```
/// use ketamine_facts::{DoseFrequency, Milligrams, SchedulePhase, SpravatoSchedule};
///
/// let induction = SpravatoSchedule::phase(SchedulePhase::Induction);
/// assert_eq!(induction.first_dose(), Some(Milligrams::new(56)));
/// assert_eq!(induction.frequencies(), [DoseFrequency::TwiceWeekly]);
/// assert_eq!(induction.doses(), [Milligrams::new(56), Milligrams::new(84)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpravatoSchedule {
    phase: SchedulePhase,
    weeks: WeekSpan,
    first_dose: Option<Milligrams>,
    frequencies: &'static [DoseFrequency],
    doses: &'static [Milligrams],
    claim: &'static Claim,
}

serialize_fields!(SpravatoSchedule {
    phase,
    weeks,
    first_dose,
    frequencies,
    doses,
    claim
});

impl SpravatoSchedule {
    /// Every phase, in the order of treatment.
    #[must_use]
    pub const fn all() -> &'static [SpravatoSchedule] {
        SCHEDULE
    }

    /// The data of one phase.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{DoseFrequency, SchedulePhase, SpravatoSchedule};
    ///
    /// assert_eq!(SpravatoSchedule::phase(SchedulePhase::Maintenance).frequencies(), [DoseFrequency::Weekly]);
    /// ```
    #[must_use]
    pub const fn phase(phase: SchedulePhase) -> &'static SpravatoSchedule {
        match phase {
            SchedulePhase::Induction => &INDUCTION,
            SchedulePhase::Maintenance => &MAINTENANCE,
            SchedulePhase::Continuation => &CONTINUATION,
        }
    }

    /// The phase that treatment week `week` (counted from 1) falls in, or
    /// `None` for week 0.
    #[must_use]
    pub fn for_week(week: u8) -> Option<&'static SpravatoSchedule> {
        SCHEDULE.iter().find(|p| p.weeks.contains(week))
    }

    /// Which phase this is.
    #[must_use]
    pub const fn schedule_phase(&self) -> SchedulePhase {
        self.phase
    }

    /// The treatment weeks of the phase.
    #[must_use]
    pub const fn weeks(&self) -> WeekSpan {
        self.weeks
    }

    /// The dose on day 1, where the phase starts with a fixed one.
    #[must_use]
    pub const fn first_dose(&self) -> Option<Milligrams> {
        self.first_dose
    }

    /// How often doses are given; more than one value means the prescriber
    /// chooses.
    #[must_use]
    pub const fn frequencies(&self) -> &'static [DoseFrequency] {
        self.frequencies
    }

    /// The doses allowed in the phase (after any fixed first dose).
    #[must_use]
    pub const fn doses(&self) -> &'static [Milligrams] {
        self.doses
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

/// The Spravato REMS (Risk Evaluation and Mitigation Strategy): where it may be
/// given and how long patients are watched afterwards.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::Rems;
///
/// let rems = Rems::SPRAVATO;
/// assert!(!rems.allows_home_use());
/// assert!(rems.certified_settings_only());
/// assert_eq!(rems.minimum_observation(), TimeDelta::hours(2));
/// assert_eq!(rems.claims().len(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rems {
    product: Product,
    certified_settings_only: bool,
    home_use: bool,
    minimum_observation: TimeDelta,
    claims: &'static [Claim],
}

serialize_fields!(Rems { product, certified_settings_only, home_use, minimum_observation as Minutes, claims });

impl Rems {
    /// The Spravato REMS.
    pub const SPRAVATO: Rems = SPRAVATO_REMS;

    /// The Spravato REMS.
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use the associated constant Rems::SPRAVATO")]
    pub const fn spravato() -> &'static Rems {
        &SPRAVATO_REMS
    }

    /// The product the program governs.
    #[must_use]
    pub const fn product(&self) -> Product {
        self.product
    }

    /// Whether doses may be given only in certified healthcare settings.
    #[must_use]
    pub const fn certified_settings_only(&self) -> bool {
        self.certified_settings_only
    }

    /// Whether the product may be dispensed for use at home (never, for
    /// Spravato).
    #[must_use]
    pub const fn allows_home_use(&self) -> bool {
        self.home_use
    }

    /// The least time a patient is observed after each dose.
    #[must_use]
    pub const fn minimum_observation(&self) -> TimeDelta {
        self.minimum_observation
    }

    /// The cited reference facts: where it may be given; the observation time.
    #[must_use]
    pub const fn claims(&self) -> &'static [Claim] {
        self.claims
    }
}

/// How blood pressure behaves after a Spravato dose, per the label: it rises,
/// peaks about 40 minutes after the dose and lasts about 4 hours; it is checked
/// before dosing.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::{BloodPressureCourse, SideEffect};
///
/// let bp = BloodPressureCourse::SPRAVATO;
/// assert_eq!(bp.peak_after(), TimeDelta::minutes(40));
/// assert_eq!(bp.lasts(), TimeDelta::hours(4));
/// assert!(bp.check_before_dosing());
/// assert_eq!(bp.side_effect(), SideEffect::IncreasedBloodPressure);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BloodPressureCourse {
    side_effect: SideEffect,
    peak_after: TimeDelta,
    lasts: TimeDelta,
    check_before_dosing: bool,
    claim: &'static Claim,
}

serialize_fields!(BloodPressureCourse { side_effect, peak_after as Minutes, lasts as Minutes, check_before_dosing, claim });

impl BloodPressureCourse {
    /// The course after a Spravato dose.
    pub const SPRAVATO: BloodPressureCourse = BLOOD_PRESSURE_COURSE;

    /// The course after a Spravato dose.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use the associated constant BloodPressureCourse::SPRAVATO"
    )]
    pub const fn spravato() -> &'static BloodPressureCourse {
        &BLOOD_PRESSURE_COURSE
    }

    /// The side effect this describes.
    #[must_use]
    pub const fn side_effect(&self) -> SideEffect {
        self.side_effect
    }

    /// About when the rise peaks after a dose (an approximate time).
    #[must_use]
    pub const fn peak_after(&self) -> TimeDelta {
        self.peak_after
    }

    /// About how long the rise lasts (an approximate time).
    #[must_use]
    pub const fn lasts(&self) -> TimeDelta {
        self.lasts
    }

    /// Whether blood pressure is checked before each dose.
    #[must_use]
    pub const fn check_before_dosing(&self) -> bool {
        self.check_before_dosing
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl LimitOfUse {
    /// The cited reference fact.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Certainty, LimitOfUse};
    ///
    /// for limit in LimitOfUse::ALL {
    ///     assert_eq!(limit.claim().confidence().map(|c| c.certainty()), Some(Certainty::High));
    /// }
    /// ```
    #[must_use]
    pub const fn claim(self) -> &'static Claim {
        match self {
            Self::NotAnAnesthetic => {
                crate::view::index::claim("topic/dosing-spravato-not-for-anesthesia")
            }
            Self::NotEstablishedInChildren => {
                crate::view::index::claim("topic/dosing-spravato-children-unknown")
            }
            Self::NotShownToPreventSuicide => {
                crate::view::index::claim("topic/dosing-spravato-suicide-prevention-unproven")
            }
            Self::NotASubstituteForHospitalization => {
                crate::view::index::claim("topic/dosing-spravato-no-hospitalization-replacement")
            }
        }
    }

    /// The cited reference fact, as a one-element slice (the shape
    /// knowledge-base views expect).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        core::slice::from_ref(self.claim())
    }

    /// The product the limit applies to.
    #[must_use]
    pub const fn product(self) -> Product {
        Product::Spravato
    }
}

const TRIAL_PROTOCOL: IvProtocol = IvProtocol {
    dose: MilligramsPerKilogram::from_micrograms_per_kg(500),
    infusion_time: TimeDelta::minutes(40),
    claim: crate::view::index::claim("topic/dosing-iv-trial-infusion-dose"),
};

const DEVICE: SpravatoDevice = SpravatoDevice {
    product: Product::Spravato,
    dose: Milligrams::new(28),
    sprays: 2,
    claim: crate::view::index::claim("topic/dosing-spravato-device-28-mg"),
};

const DOSES_56_84: &[Milligrams] = &[Milligrams::new(56), Milligrams::new(84)];

const INDUCTION: SpravatoSchedule = SpravatoSchedule {
    phase: SchedulePhase::Induction,
    weeks: WeekSpan {
        first: 1,
        last: Some(4),
    },
    first_dose: Some(Milligrams::new(56)),
    frequencies: &[DoseFrequency::TwiceWeekly],
    doses: DOSES_56_84,
    claim: crate::view::index::claim("topic/dosing-spravato-induction-weeks-1-4"),
};

const MAINTENANCE: SpravatoSchedule = SpravatoSchedule {
    phase: SchedulePhase::Maintenance,
    weeks: WeekSpan {
        first: 5,
        last: Some(8),
    },
    first_dose: None,
    frequencies: &[DoseFrequency::Weekly],
    doses: DOSES_56_84,
    claim: crate::view::index::claim("topic/dosing-spravato-weeks-5-8"),
};

const CONTINUATION: SpravatoSchedule = SpravatoSchedule {
    phase: SchedulePhase::Continuation,
    weeks: WeekSpan {
        first: 9,
        last: None,
    },
    first_dose: None,
    frequencies: &[DoseFrequency::Weekly, DoseFrequency::EveryTwoWeeks],
    doses: DOSES_56_84,
    claim: crate::view::index::claim("topic/dosing-spravato-maintenance-week-9"),
};

const SCHEDULE: &[SpravatoSchedule] = &[INDUCTION, MAINTENANCE, CONTINUATION];

/// The REMS claims, as an array of the table's claims.
const REMS_CLAIMS: [Claim; 2] = [
    *crate::view::index::claim("topic/dosing-rems-certified-settings-only"),
    *crate::view::index::claim("topic/dosing-rems-observation-2-hours"),
];

const SPRAVATO_REMS: Rems = Rems {
    product: Product::Spravato,
    certified_settings_only: true,
    home_use: false,
    minimum_observation: TimeDelta::hours(2),
    claims: &REMS_CLAIMS,
};

const BLOOD_PRESSURE_COURSE: BloodPressureCourse = BloodPressureCourse {
    side_effect: SideEffect::IncreasedBloodPressure,
    peak_after: TimeDelta::minutes(40),
    lasts: TimeDelta::hours(4),
    check_before_dosing: true,
    claim: crate::view::index::claim("topic/dosing-spravato-blood-pressure-check"),
};

#[cfg(test)]
mod tests {
    /// Every claim of the topic (derived from the claim table).
    const CLAIMS: &[crate::Claim] = crate::Topic::Dosing.claims();

    use super::{
        BloodPressureCourse, IvProtocol, LimitOfUse, Rems, SpravatoDevice, SpravatoSchedule,
    };

    #[test]
    fn the_topic_holds_every_claim_of_the_module_once() {
        let used: Vec<_> = [
            IvProtocol::DEPRESSION_TRIALS.claim(),
            IvProtocol::dose_ranging_trial_claim(),
            SpravatoDevice::LABELED.claim(),
            BloodPressureCourse::SPRAVATO.claim(),
        ]
        .into_iter()
        .chain(SpravatoSchedule::all().iter().map(SpravatoSchedule::claim))
        .chain(Rems::SPRAVATO.claims())
        .chain(LimitOfUse::ALL.iter().map(|l| l.claim()))
        .collect();
        assert_eq!(used.len(), CLAIMS.len());
        for claim in used {
            assert!(CLAIMS.contains(claim), "{claim}");
        }
    }
}
