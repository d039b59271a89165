//! Formulations: ketamine itself, and the esketamine nasal spray (Spravato).

use crate::Formulation;

use crate::{Claim, Disagreement, Route, Substance};

impl Formulation {
    /// The active substance.
    #[must_use]
    pub const fn substance(self) -> Substance {
        match self {
            Self::Ketamine => Substance::Ketamine,
            Self::EsketamineNasalSpray => Substance::Esketamine,
        }
    }

    /// The routes by which the formulation is given, as far as a claim of the
    /// knowledge base is about both (see [`Relation`](crate::Relation)):
    /// ketamine itself by IV infusion, intramuscular injection or orally, and
    /// esketamine as a nasal spray (article 003).
    #[must_use]
    pub const fn routes(self) -> &'static [Route] {
        crate::view::relations::formulation_routes(self)
    }

    /// Whether a regulator has approved the formulation for a mental-health
    /// use, as the articles report it: the esketamine spray, for
    /// treatment-resistant depression (article 003); ketamine itself is used
    /// off-label (article 003).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Formulation;
    ///
    /// let approved: Vec<Formulation> = Formulation::ALL
    ///     .iter()
    ///     .copied()
    ///     .filter(|f| f.is_regulator_approved_for_mental_health())
    ///     .collect();
    /// assert_eq!(approved, [Formulation::EsketamineNasalSpray]);
    /// ```
    #[must_use]
    pub const fn is_regulator_approved_for_mental_health(self) -> bool {
        matches!(self, Self::EsketamineNasalSpray)
    }

    /// Whether mental-health use of the formulation is off-label (the
    /// complement of [`is_regulator_approved_for_mental_health`](Self::is_regulator_approved_for_mental_health)).
    #[must_use]
    pub const fn is_off_label_for_mental_health(self) -> bool {
        !self.is_regulator_approved_for_mental_health()
    }

    /// The brand name the articles give, if any: Spravato for the esketamine
    /// spray.
    #[must_use]
    pub const fn brand_name(self) -> Option<&'static str> {
        match self {
            Self::Ketamine => None,
            Self::EsketamineNasalSpray => Some("Spravato"),
        }
    }

    /// Everything the articles say of this formulation. For the esketamine
    /// spray these are the claims of [`Route::Intranasal`] (its approval,
    /// article 002's "ketamine nasal spray", who it suits), listed there; for
    /// ketamine itself, its off-label use and the route claims of article 003.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Formulation(self))
    }

    /// The disagreements the formulation is caught up in: which one the FDA
    /// approved (article 002 says a ketamine spray, article 003 esketamine).
    #[must_use]
    pub const fn disputes(self) -> &'static [Disagreement] {
        match self {
            Self::Ketamine | Self::EsketamineNasalSpray => &[Disagreement::WhatTheFdaApproved],
        }
    }
}
