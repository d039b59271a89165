//! Routes of administration: how ketamine is given.

use crate::Route;
use chrono::TimeDelta;

use crate::Claim;

impl Route {
    /// What the route is called in prose.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Iv => "intravenous infusion",
            Self::Intranasal => "intranasal spray",
            Self::Im => "intramuscular injection",
            Self::Oral => "oral formulation",
        }
    }

    /// The clinical abbreviation: IV, IN, IM or PO.
    #[must_use]
    pub const fn abbreviation(self) -> &'static str {
        match self {
            Self::Iv => "IV",
            Self::Intranasal => "IN",
            Self::Im => "IM",
            Self::Oral => "PO",
        }
    }

    /// Everything the sources say of this route, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Route(self))
    }

    /// How long one dose takes to give, where a source says: about 40 minutes
    /// for an IV infusion (article 003). `None` where no source gives a duration.
    #[must_use]
    pub const fn session_duration(self) -> Option<TimeDelta> {
        match self {
            Self::Iv => Some(IV_INFUSION),
            Self::Intranasal | Self::Im | Self::Oral => None,
        }
    }

    /// Whether the sources call this the most common route for treating
    /// depression (only IV infusion).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// let most_common: Vec<Route> = Route::ALL.iter().copied().filter(|r| r.is_most_common_for_depression()).collect();
    /// assert_eq!(most_common, [Route::Iv]);
    /// ```
    #[must_use]
    pub const fn is_most_common_for_depression(self) -> bool {
        matches!(self, Self::Iv)
    }

    /// What the sources say of routes in general: how one is chosen.
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use Topic::RouteChoice.claims()")]
    pub const fn choice() -> &'static [Claim] {
        crate::Topic::RouteChoice.claims()
    }
}

/// The length of an IV infusion session in article 003.
const IV_INFUSION: TimeDelta = TimeDelta::minutes(40);
