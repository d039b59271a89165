//! Research directions: what the articles say is still being studied.

use crate::ResearchDirection;

use crate::{Claim, Indication};

impl ResearchDirection {
    /// Everything the articles say of this direction, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::ResearchDirection(self))
    }

    /// The conditions this direction studies (beyond depression, which is
    /// ketamine's main use). Empty for directions not tied to a condition.
    #[must_use]
    pub const fn indications(self) -> &'static [Indication] {
        crate::view::relations::research_indications(self)
    }

    /// Whether this direction studies ketamine combined with another treatment.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::ResearchDirection;
    ///
    /// let combinations = ResearchDirection::ALL.iter().filter(|d| d.is_combination()).count();
    /// assert_eq!(combinations, 3);
    /// ```
    #[must_use]
    pub const fn is_combination(self) -> bool {
        matches!(
            self,
            Self::CombinationWithPsychotherapy
                | Self::CombinationWithPsychedelics
                | Self::CombinationWithMedications
        )
    }
}
