//! Precautions: the cautions and limits the articles attach to ketamine therapy.

use crate::Precaution;

use crate::{Claim, ClinicPractice, ProcessItem, ResearchDirection};

impl Precaution {
    /// Everything the articles say of this precaution, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Precaution};
    ///
    /// let claim = &Precaution::RepeatedOrUnsupervisedUse.claims()[0];
    /// assert_eq!(claim.strongest_evidence(), Evidence::UnderInvestigation);
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Precaution(self))
    }

    /// The step of the therapy process that puts this precaution into practice,
    /// if there is one: monitoring during sessions, and the eligibility check
    /// that screens out the people ketamine does not suit.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Precaution, ProcessItem};
    ///
    /// assert_eq!(
    ///     Precaution::NotForEveryone.process_item(),
    ///     Some(ProcessItem::EligibilityAndContraindications),
    /// );
    /// assert_eq!(Precaution::CostAndAccess.process_item(), None);
    /// ```
    #[must_use]
    pub const fn process_item(self) -> Option<ProcessItem> {
        crate::view::relations::precaution_item(self)
    }

    /// The clinic practice that answers this precaution, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{ClinicPractice, Precaution};
    ///
    /// assert_eq!(
    ///     Precaution::MonitoringDuringAdministration.clinic_practice(),
    ///     Some(ClinicPractice::SupervisedSessions),
    /// );
    /// ```
    #[must_use]
    pub const fn clinic_practice(self) -> Option<ClinicPractice> {
        crate::view::relations::precaution_practice(self)
    }

    /// The research that would close the gap this precaution names, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Precaution, ResearchDirection};
    ///
    /// assert_eq!(
    ///     Precaution::UnknownLongTermSafety.research(),
    ///     Some(ResearchDirection::LongTermEffects),
    /// );
    /// ```
    #[must_use]
    pub const fn research(self) -> Option<ResearchDirection> {
        crate::view::relations::precaution_research(self)
    }
}
