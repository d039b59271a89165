//! The Spravato label: adverse-effect rates against placebo, the boxed
//! warning, and the reference facts on ketamine and the bladder.

use crate::BoxedWarning;

use crate::{Claim, Percent, Product, SideEffect};

use crate::model::macros::serialize_fields;
use crate::view::index::claim;

/// Who the label's adverse-effect rates were measured in, and against what.
///
/// # Example
///
/// ```
/// use ketamine_facts::AdverseEventRate;
///
/// let population = AdverseEventRate::POPULATION;
/// assert!(population.treatment().contains("oral antidepressant"));
/// assert!(population.comparator().contains("placebo"));
/// assert!(population.trials().contains("treatment-resistant depression"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrialPopulation {
    treatment: &'static str,
    comparator: &'static str,
    trials: &'static str,
}

serialize_fields!(TrialPopulation {
    treatment,
    comparator,
    trials
});

impl TrialPopulation {
    /// The treated arm.
    #[must_use]
    pub const fn treatment(&self) -> &'static str {
        self.treatment
    }

    /// The comparison arm.
    #[must_use]
    pub const fn comparator(&self) -> &'static str {
        self.comparator
    }

    /// Which trials.
    #[must_use]
    pub const fn trials(&self) -> &'static str {
        self.trials
    }
}

/// How often a side effect occurred in the label's trials, with Spravato and
/// with placebo.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Percent, SideEffect};
///
/// let rate = SideEffect::Dissociation.label_rate().unwrap();
/// assert_eq!(rate.spravato(), Percent::saturating(41));
/// assert_eq!(rate.placebo(), Percent::saturating(9));
/// assert_eq!(rate.to_string(), "dissociation: 41% with Spravato vs 9% with placebo");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AdverseEventRate {
    side_effect: SideEffect,
    spravato: Percent,
    placebo: Percent,
    claim: &'static Claim,
}

serialize_fields!(AdverseEventRate {
    side_effect,
    spravato,
    placebo,
    claim
});

impl AdverseEventRate {
    /// The population of every rate: the label's short-term trials in
    /// treatment-resistant depression.
    pub const POPULATION: TrialPopulation = TrialPopulation {
        treatment: "Spravato with an oral antidepressant",
        comparator: "placebo nasal spray with an oral antidepressant",
        trials: "short-term trials in adults with treatment-resistant depression",
    };

    /// Every rate the crate has from the label, most common first.
    #[must_use]
    pub const fn all() -> &'static [AdverseEventRate] {
        RATES
    }

    /// The side effect.
    #[must_use]
    pub const fn side_effect(&self) -> SideEffect {
        self.side_effect
    }

    /// The share of patients with the effect on Spravato.
    #[must_use]
    pub const fn spravato(&self) -> Percent {
        self.spravato
    }

    /// The share of patients with the effect on placebo.
    #[must_use]
    pub const fn placebo(&self) -> Percent {
        self.placebo
    }

    /// Percentage points above placebo.
    #[must_use]
    pub const fn excess(&self) -> Percent {
        self.spravato.points_above(self.placebo)
    }

    /// The cited reference fact.
    #[must_use]
    pub const fn claim(&self) -> &'static Claim {
        self.claim
    }
}

impl core::fmt::Display for AdverseEventRate {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{}: {} with Spravato vs {} with placebo",
            self.side_effect, self.spravato, self.placebo
        )
    }
}

impl SideEffect {
    /// The rate of this effect in the Spravato label's trials, against placebo
    /// (see [`AdverseEventRate::POPULATION`]); `None` when the crate has no
    /// label rate for it.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Percent, SideEffect};
    ///
    /// let dizziness = SideEffect::Dizziness.label_rate().unwrap();
    /// assert_eq!((dizziness.spravato().get(), dizziness.placebo().get()), (29, 8));
    /// assert_eq!(SideEffect::BladderProblems.label_rate(), None);
    /// ```
    #[must_use]
    pub const fn label_rate(self) -> Option<AdverseEventRate> {
        let mut i = 0;
        while i < RATES.len() {
            if RATES[i].side_effect as u16 == self as u16 {
                return Some(RATES[i]);
            }
            i += 1;
        }
        None
    }

    /// The reference facts (beyond the articles) on this effect: its label
    /// rate, and for bladder problems the ulcerative cystitis of long-term
    /// heavy use and the label's warning on it. Empty when there are none.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{SideEffect, Source};
    ///
    /// let bladder = SideEffect::BladderProblems.reference_facts();
    /// assert!(bladder.iter().any(|c| c.cites(Source::Shahani2007) && c.mentions("ulcerative cystitis")));
    /// assert!(bladder.iter().any(|c| c.cites(Source::SpravatoPrescribingInformation)));
    /// assert_eq!(SideEffect::Sedation.reference_facts().len(), 1);
    /// ```
    #[must_use]
    pub const fn reference_facts(self) -> &'static [Claim] {
        let mut i = 0;
        while i < REFERENCE_FACTS.len() {
            let (effect, claims) = REFERENCE_FACTS[i];
            if effect as u16 == self as u16 {
                return claims;
            }
            i += 1;
        }
        &[]
    }

    /// The boxed-warning item that names this effect, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{BoxedWarning, SideEffect};
    ///
    /// assert_eq!(SideEffect::Sedation.boxed_warning(), Some(BoxedWarning::Sedation));
    /// assert_eq!(SideEffect::Nausea.boxed_warning(), None);
    /// ```
    #[must_use]
    pub const fn boxed_warning(self) -> Option<BoxedWarning> {
        let mut i = 0;
        while i < BoxedWarning::ALL.len() {
            let warning = BoxedWarning::ALL[i];
            if let Some(effect) = warning.side_effect()
                && effect as u16 == self as u16
            {
                return Some(warning);
            }
            i += 1;
        }
        None
    }
}

impl BoxedWarning {
    /// The [`SideEffect`] this item names, where the crate has one.
    #[must_use]
    pub const fn side_effect(self) -> Option<SideEffect> {
        match self {
            Self::Sedation => Some(SideEffect::Sedation),
            Self::Dissociation => Some(SideEffect::Dissociation),
            Self::AbuseAndMisuse => Some(SideEffect::AbuseAndMisuse),
            Self::RespiratoryDepression | Self::SuicidalThoughtsAndBehaviors => None,
        }
    }

    /// Whether the item was in the boxed warning of the first (2019) label.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::BoxedWarning;
    ///
    /// let original = BoxedWarning::ALL.iter().filter(|w| w.in_2019_label()).count();
    /// assert_eq!(original, 4);
    /// ```
    #[must_use]
    pub const fn in_2019_label(self) -> bool {
        !matches!(self, Self::RespiratoryDepression)
    }

    /// The cited reference fact, as a one-element slice (the shape
    /// knowledge-base views expect).
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        core::slice::from_ref(self.claim())
    }

    /// The product whose label carries the warning.
    #[must_use]
    pub const fn product(self) -> Product {
        Product::Spravato
    }

    /// The cited reference fact: the boxed warning's list, and for respiratory
    /// depression the fact that it was added later.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::BoxedWarning;
    ///
    /// assert!(BoxedWarning::RespiratoryDepression.claim().mentions("after"));
    /// assert!(BoxedWarning::Sedation.claim().mentions("boxed warning"));
    /// ```
    #[must_use]
    pub const fn claim(self) -> &'static Claim {
        match self {
            Self::RespiratoryDepression => {
                crate::view::index::claim("topic/label-safety-respiratory-depression-warning-added")
            }
            Self::Sedation
            | Self::Dissociation
            | Self::AbuseAndMisuse
            | Self::SuicidalThoughtsAndBehaviors => {
                crate::view::index::claim("topic/label-safety-boxed-warning")
            }
        }
    }
}

const fn rate(
    side_effect: SideEffect,
    spravato: u8,
    placebo: u8,
    claim: &'static Claim,
) -> AdverseEventRate {
    AdverseEventRate {
        side_effect,
        spravato: Percent::saturating(spravato),
        placebo: Percent::saturating(placebo),
        claim,
    }
}

const RATES: &[AdverseEventRate] = &[
    rate(
        SideEffect::Dissociation,
        41,
        9,
        crate::view::index::claim("topic/label-safety-dissociation-rate"),
    ),
    rate(
        SideEffect::Dizziness,
        29,
        8,
        crate::view::index::claim("topic/label-safety-dizziness-rate"),
    ),
    rate(
        SideEffect::Nausea,
        28,
        9,
        crate::view::index::claim("topic/label-safety-nausea-rate"),
    ),
    rate(
        SideEffect::Sedation,
        23,
        9,
        crate::view::index::claim("topic/label-safety-sedation-rate"),
    ),
    rate(
        SideEffect::Vertigo,
        23,
        3,
        crate::view::index::claim("topic/label-safety-vertigo-rate"),
    ),
    rate(
        SideEffect::IncreasedBloodPressure,
        10,
        3,
        crate::view::index::claim("topic/label-safety-blood-pressure-rate"),
    ),
    rate(
        SideEffect::Vomiting,
        9,
        2,
        crate::view::index::claim("topic/label-safety-vomiting-rate"),
    ),
];

/// The reference facts about each side effect, as arrays of the table's claims.
const DISSOCIATION_FACTS: [Claim; 1] = [*claim("topic/label-safety-dissociation-rate")];

const DIZZINESS_FACTS: [Claim; 1] = [*claim("topic/label-safety-dizziness-rate")];

const NAUSEA_FACTS: [Claim; 1] = [*claim("topic/label-safety-nausea-rate")];

const SEDATION_FACTS: [Claim; 1] = [*claim("topic/label-safety-sedation-rate")];

const VERTIGO_FACTS: [Claim; 1] = [*claim("topic/label-safety-vertigo-rate")];

const BLOOD_PRESSURE_FACTS: [Claim; 2] = [
    *claim("topic/label-safety-blood-pressure-rate"),
    *claim("topic/dosing-spravato-blood-pressure-check"),
];

const VOMITING_FACTS: [Claim; 1] = [*claim("topic/label-safety-vomiting-rate")];

const BLADDER_FACTS: [Claim; 2] = [
    *claim("topic/label-safety-ketamine-uropathy-2007"),
    *claim("topic/label-safety-cystitis-warning"),
];

const REFERENCE_FACTS: &[(SideEffect, &[Claim])] = &[
    (SideEffect::Dissociation, &DISSOCIATION_FACTS),
    (SideEffect::Dizziness, &DIZZINESS_FACTS),
    (SideEffect::Nausea, &NAUSEA_FACTS),
    (SideEffect::Sedation, &SEDATION_FACTS),
    (SideEffect::Vertigo, &VERTIGO_FACTS),
    (SideEffect::IncreasedBloodPressure, &BLOOD_PRESSURE_FACTS),
    (SideEffect::Vomiting, &VOMITING_FACTS),
    (SideEffect::BladderProblems, &BLADDER_FACTS),
];

#[cfg(test)]
mod tests {
    /// Every claim of the topic (derived from the claim table).
    const CLAIMS: &[crate::Claim] = crate::Topic::LabelSafety.claims();

    use super::{AdverseEventRate, BoxedWarning};
    use crate::SideEffect;

    #[test]
    fn the_topic_holds_every_claim_of_the_module_once() {
        let mut used: Vec<_> = AdverseEventRate::all()
            .iter()
            .map(AdverseEventRate::claim)
            .chain(BoxedWarning::ALL.iter().map(|w| w.claim()))
            .chain(SideEffect::BladderProblems.reference_facts())
            .collect();
        used.dedup();
        for claim in &used {
            assert!(CLAIMS.contains(claim), "{claim}");
        }
        for claim in CLAIMS {
            assert!(used.contains(&claim), "{claim}");
        }
    }
}
