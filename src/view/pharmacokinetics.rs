//! Pharmacokinetics: bioavailability by route, elimination half-life and
//! metabolism, each value with its sources and how settled it is.
//!
//! Where the sources disagree the crate keeps every value, each with its own
//! citation, and grades them [`Certainty::NotSettled`]: intranasal
//! bioavailability of ketamine has three values (about 45%, 25–50% in reviews,
//! 11–17% in a 2022 study), and ketamine's half-life two (2–3 h beta phase, 5–6
//! h terminal).

use crate::{Enzyme, Estimate, HalfLifePhase};
use chrono::TimeDelta;

use crate::model::macros::serialize_fields;
use crate::{Certainty, Claim, Fraction, Interval, Percent, Route, Substance};

impl Estimate {
    /// A word to put before the value in prose ("about ", "" ...).
    #[must_use]
    pub const fn qualifier(self) -> &'static str {
        match self {
            Self::ByDefinition => "by definition ",
            Self::About => "about ",
            Self::ReportedRange => "reported ",
            Self::Measured => "measured ",
        }
    }
}

impl Enzyme {
    /// The gene symbol as usually written.
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Self::Cyp3a4 => "CYP3A4",
            Self::Cyp2b6 => "CYP2B6",
        }
    }
}

/// One cited value of bioavailability: the share of a dose that reaches the
/// blood unchanged, by substance and route.
///
/// A route may have several values from different sources; none is picked as
/// the true one. Use [`Route::bioavailability`] for the values of a route and
/// [`Bioavailability::span`] for the range they cover together.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Bioavailability, Certainty, Route, Source, Substance};
///
/// let nasal: Vec<&Bioavailability> = Route::Intranasal
///     .bioavailability()
///     .iter()
///     .filter(|b| b.substance() == Substance::Ketamine)
///     .collect();
/// assert_eq!(nasal.len(), 3);
/// assert!(nasal.iter().all(|b| b.certainty() == Certainty::NotSettled));
/// let texts: Vec<String> = nasal.iter().map(|b| b.value().to_string()).collect();
/// assert_eq!(texts, ["45%", "25–50%", "11–17%"]);
/// assert!(nasal[2].claim().cites(Source::Pharmacotherapy2022));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bioavailability {
    substance: Substance,
    route: Route,
    value: Interval<Percent>,
    estimate: Estimate,
    claim: &'static Claim,
}

serialize_fields!(Bioavailability {
    substance,
    route,
    value,
    estimate,
    claim
});

impl Bioavailability {
    /// Every value, grouped by route in [`Route::ALL`] order.
    #[must_use]
    pub const fn all() -> &'static [Bioavailability] {
        BIOAVAILABILITY
    }

    /// The cited fact of what Rolan et al. (PMC4093926) measured: sublingual
    /// ketamine from a wafer, 29% in 8 healthy men. Sublingual is not one of
    /// the crate's [`Route`]s, so it is no value of [`all`](Self::all); and
    /// the study is cited for no intranasal value (an earlier edition of the
    /// reference file had it as a source of the intranasal range).
    #[must_use]
    pub const fn sublingual_wafer_study_claim() -> &'static Claim {
        crate::view::index::claim("topic/pharmacokinetics-sublingual-wafer-study-29")
    }

    /// The smallest range holding every cited value for a substance and
    /// route, or `None` when the crate has none.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Bioavailability, Route, Substance};
    ///
    /// let span = Bioavailability::span(Substance::Ketamine, Route::Intranasal);
    /// assert_eq!(span.map(|s| s.to_string()).as_deref(), Some("11–50%"));
    /// assert_eq!(Bioavailability::span(Substance::Esketamine, Route::Oral), None);
    /// ```
    #[must_use]
    pub fn span(substance: Substance, route: Route) -> Option<Interval<Percent>> {
        route
            .bioavailability()
            .iter()
            .filter(|b| b.substance == substance)
            .map(|b| b.value)
            .reduce(|a, b| a.hull(&b))
    }

    /// The substance.
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The route.
    #[must_use]
    pub const fn route(&self) -> Route {
        self.route
    }

    /// The value: exact where the source gives one figure, a range otherwise.
    #[must_use]
    pub const fn value(&self) -> Interval<Percent> {
        self.value
    }

    /// What kind of value it is.
    #[must_use]
    pub const fn estimate(&self) -> Estimate {
        self.estimate
    }

    /// How settled the value is (from its claim's confidence).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Certainty, Route};
    ///
    /// assert_eq!(Route::Im.bioavailability()[0].certainty(), Certainty::Medium);
    /// ```
    #[must_use]
    pub const fn certainty(&self) -> Certainty {
        match self.claim.confidence() {
            Some(confidence) => confidence.certainty(),
            None => Certainty::NotSettled,
        }
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl Route {
    /// Every cited bioavailability value for this route, of either substance
    /// (intranasal has three values for ketamine and one for esketamine).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Percent, Route, Substance};
    ///
    /// let esketamine = Route::Intranasal
    ///     .bioavailability()
    ///     .iter()
    ///     .find(|b| b.substance() == Substance::Esketamine);
    /// assert_eq!(esketamine.map(|b| b.value().low()), Some(Percent::saturating(48)));
    /// assert_eq!(Route::Im.bioavailability()[0].value().to_string(), "93%");
    /// ```
    #[must_use]
    pub const fn bioavailability(self) -> &'static [Bioavailability] {
        let (start, len) = match self {
            Self::Iv => (0, 1),
            Self::Im => (1, 1),
            Self::Intranasal => (2, 4),
            Self::Oral => (6, 2),
        };
        match BIOAVAILABILITY.split_at_checked(start) {
            Some((_, rest)) => match rest.split_at_checked(len) {
                Some((mine, _)) => mine,
                None => &[],
            },
            None => &[],
        }
    }
}

/// One cited elimination half-life.
///
/// # Example
///
/// ```
/// use chrono::TimeDelta;
/// use ketamine_facts::{HalfLifePhase, Substance};
///
/// let esketamine = Substance::Esketamine.half_life();
/// assert_eq!(esketamine.len(), 1);
/// assert_eq!(esketamine[0].value().to_string(), "7–12 h");
/// assert!(esketamine[0].value().contains(TimeDelta::hours(10)));
/// assert_eq!(esketamine[0].phase(), HalfLifePhase::Terminal);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HalfLife {
    substance: Substance,
    phase: HalfLifePhase,
    value: Interval<TimeDelta>,
    claim: &'static Claim,
}

serialize_fields!(HalfLife {
    substance,
    phase,
    value,
    claim
});

impl HalfLife {
    /// Every cited half-life, ketamine first.
    #[must_use]
    pub const fn all() -> &'static [HalfLife] {
        HALF_LIVES
    }

    /// The substance.
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The phase of elimination the value describes.
    #[must_use]
    pub const fn phase(&self) -> HalfLifePhase {
        self.phase
    }

    /// The value, as a range of durations.
    #[must_use]
    pub const fn value(&self) -> Interval<TimeDelta> {
        self.value
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

/// How a substance is metabolized: where, by which enzymes, to what.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Enzyme, Substance};
///
/// let m = Substance::Ketamine.metabolism();
/// assert_eq!(m.main_metabolite(), "norketamine");
/// assert!(m.enzymes().contains(&Enzyme::Cyp3a4) && m.enzymes().contains(&Enzyme::Cyp2b6));
/// assert_eq!(m.organ(), "liver");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Metabolism {
    substance: Substance,
    main_metabolite: &'static str,
    enzymes: &'static [Enzyme],
    organ: &'static str,
    claim: &'static Claim,
}

serialize_fields!(Metabolism {
    substance,
    main_metabolite,
    enzymes,
    organ,
    claim
});

impl Metabolism {
    /// The metabolism of every substance, ketamine first.
    #[must_use]
    pub const fn all() -> &'static [Metabolism] {
        METABOLISM
    }

    /// The substance metabolized.
    #[must_use]
    pub const fn substance(&self) -> Substance {
        self.substance
    }

    /// The main metabolite (for esketamine, the S-form of norketamine).
    #[must_use]
    pub const fn main_metabolite(&self) -> &'static str {
        self.main_metabolite
    }

    /// The enzymes that do it.
    #[must_use]
    pub const fn enzymes(&self) -> &'static [Enzyme] {
        self.enzymes
    }

    /// Where it happens.
    #[must_use]
    pub const fn organ(&self) -> &'static str {
        self.organ
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }

    /// How active norketamine is compared with ketamine: about a third.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use the associated constant MetabolitePotency::NORKETAMINE"
    )]
    pub const fn norketamine_potency() -> &'static MetabolitePotency {
        &NORKETAMINE
    }
}

/// How active a metabolite is relative to its parent drug, as an approximate
/// fraction.
///
/// # Example
///
/// ```
/// use ketamine_facts::identifiers::Substance;
/// use ketamine_facts::reference::MetabolitePotency;
///
/// let p = MetabolitePotency::NORKETAMINE;
/// assert_eq!(p.metabolite(), "norketamine");
/// assert_eq!(p.relative_to(), Substance::Ketamine);
/// assert_eq!(p.fraction().to_string(), "1/3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MetabolitePotency {
    metabolite: &'static str,
    relative_to: Substance,
    fraction: Fraction,
    claim: &'static Claim,
}

serialize_fields!(MetabolitePotency {
    metabolite,
    relative_to,
    fraction,
    claim
});

impl MetabolitePotency {
    /// How active norketamine is compared with ketamine: about a third.
    pub const NORKETAMINE: MetabolitePotency = NORKETAMINE;

    /// The metabolite.
    #[must_use]
    pub const fn metabolite(&self) -> &'static str {
        self.metabolite
    }

    /// The parent drug it is compared with.
    #[must_use]
    pub const fn relative_to(&self) -> Substance {
        self.relative_to
    }

    /// The approximate fraction of the parent's activity.
    #[must_use]
    pub const fn fraction(&self) -> Fraction {
        self.fraction
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl Substance {
    /// Every cited elimination half-life of the substance. Ketamine has two
    /// values that describe different phases and that the sources do not
    /// reconcile (2–3 h beta phase; 5–6 h terminal in a 2021 study); esketamine
    /// has one (7–12 h).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Certainty, Substance};
    ///
    /// let ketamine = Substance::Ketamine.half_life();
    /// let texts: Vec<String> = ketamine.iter().map(|h| h.value().to_string()).collect();
    /// assert_eq!(texts, ["2–3 h", "5–6 h"]);
    /// assert!(ketamine.iter().all(|h| h.claim().confidence().is_some_and(|c| c.certainty() == Certainty::NotSettled)));
    /// ```
    #[must_use]
    pub const fn half_life(self) -> &'static [HalfLife] {
        let (start, len) = match self {
            Self::Ketamine => (0, 2),
            Self::Esketamine => (2, 1),
        };
        match HALF_LIVES.split_at_checked(start) {
            Some((_, rest)) => match rest.split_at_checked(len) {
                Some((mine, _)) => mine,
                None => &[],
            },
            None => &[],
        }
    }

    /// How the substance is metabolized.
    #[must_use]
    pub const fn metabolism(self) -> &'static Metabolism {
        match self {
            Self::Ketamine => &METABOLISM_KETAMINE_DATUM,
            Self::Esketamine => &METABOLISM_ESKETAMINE_DATUM,
        }
    }
}

const fn bio(
    substance: Substance,
    route: Route,
    value: Interval<Percent>,
    estimate: Estimate,
    claim: &'static Claim,
) -> Bioavailability {
    Bioavailability {
        substance,
        route,
        value,
        estimate,
        claim,
    }
}

const BIOAVAILABILITY: &[Bioavailability] = &[
    bio(
        Substance::Ketamine,
        Route::Iv,
        Interval::percent(100, 100),
        Estimate::ByDefinition,
        crate::view::index::claim("topic/pharmacokinetics-iv-bioavailability-100"),
    ),
    bio(
        Substance::Ketamine,
        Route::Im,
        Interval::percent(93, 93),
        Estimate::About,
        crate::view::index::claim("topic/pharmacokinetics-im-bioavailability-93"),
    ),
    bio(
        Substance::Ketamine,
        Route::Intranasal,
        Interval::percent(45, 45),
        Estimate::About,
        crate::view::index::claim("topic/pharmacokinetics-intranasal-bioavailability-2003-study"),
    ),
    bio(
        Substance::Ketamine,
        Route::Intranasal,
        Interval::percent(25, 50),
        Estimate::ReportedRange,
        crate::view::index::claim("topic/pharmacokinetics-intranasal-bioavailability-reviews"),
    ),
    bio(
        Substance::Ketamine,
        Route::Intranasal,
        Interval::percent(11, 17),
        Estimate::Measured,
        crate::view::index::claim("topic/pharmacokinetics-intranasal-bioavailability-2022-study"),
    ),
    bio(
        Substance::Esketamine,
        Route::Intranasal,
        Interval::percent(48, 48),
        Estimate::About,
        crate::view::index::claim("topic/pharmacokinetics-esketamine-spray-bioavailability-48"),
    ),
    bio(
        Substance::Ketamine,
        Route::Oral,
        Interval::percent(20, 20),
        Estimate::About,
        crate::view::index::claim("topic/pharmacokinetics-oral-bioavailability-20"),
    ),
    bio(
        Substance::Ketamine,
        Route::Oral,
        Interval::percent(16, 25),
        Estimate::ReportedRange,
        crate::view::index::claim("topic/pharmacokinetics-oral-bioavailability-range"),
    ),
];

const HALF_LIVES: &[HalfLife] = &[
    HalfLife {
        substance: Substance::Ketamine,
        phase: HalfLifePhase::Beta,
        value: Interval::hours(2, 3),
        claim: crate::view::index::claim("topic/pharmacokinetics-elimination-half-life"),
    },
    HalfLife {
        substance: Substance::Ketamine,
        phase: HalfLifePhase::Terminal,
        value: Interval::hours(5, 6),
        claim: crate::view::index::claim("topic/pharmacokinetics-terminal-half-life-2021-study"),
    },
    HalfLife {
        substance: Substance::Esketamine,
        phase: HalfLifePhase::Terminal,
        value: Interval::hours(7, 12),
        claim: crate::view::index::claim("topic/pharmacokinetics-esketamine-terminal-half-life"),
    },
];

const CYPS: &[Enzyme] = &[Enzyme::Cyp3a4, Enzyme::Cyp2b6];

const METABOLISM_KETAMINE_DATUM: Metabolism = Metabolism {
    substance: Substance::Ketamine,
    main_metabolite: "norketamine",
    enzymes: CYPS,
    organ: "liver",
    claim: crate::view::index::claim("topic/pharmacokinetics-liver-metabolism-norketamine"),
};

const METABOLISM_ESKETAMINE_DATUM: Metabolism = Metabolism {
    substance: Substance::Esketamine,
    main_metabolite: "noresketamine (S-norketamine)",
    enzymes: &[Enzyme::Cyp2b6, Enzyme::Cyp3a4],
    organ: "liver",
    claim: crate::view::index::claim("topic/pharmacokinetics-esketamine-liver-metabolism"),
};

const METABOLISM: &[Metabolism] = &[METABOLISM_KETAMINE_DATUM, METABOLISM_ESKETAMINE_DATUM];

const NORKETAMINE: MetabolitePotency = MetabolitePotency {
    metabolite: "norketamine",
    relative_to: Substance::Ketamine,
    fraction: Fraction::nonzero(1, 3),
    claim: crate::view::index::claim("topic/pharmacokinetics-norketamine-potency"),
};

#[cfg(test)]
mod tests {
    /// Every claim of the topic (derived from the claim table).
    const CLAIMS: &[crate::Claim] = crate::Topic::Pharmacokinetics.claims();

    use super::{Bioavailability, HalfLife, Metabolism};

    #[test]
    fn the_topic_holds_every_claim_of_the_module_once() {
        let used: Vec<_> = Bioavailability::all()
            .iter()
            .map(Bioavailability::claim)
            .chain(HalfLife::all().iter().map(HalfLife::claim))
            .chain(Metabolism::all().iter().map(Metabolism::claim))
            .chain([
                super::MetabolitePotency::NORKETAMINE.claim(),
                Bioavailability::sublingual_wafer_study_claim(),
            ])
            .collect();
        assert_eq!(used.len(), CLAIMS.len());
        for claim in used {
            assert!(CLAIMS.contains(claim), "{claim}");
        }
    }
}
