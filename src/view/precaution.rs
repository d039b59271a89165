//! Precautions: the cautions and limits the articles attach to ketamine therapy.

use crate::Precaution;

use crate::{Claim, ClinicPractice, ProcessItem, ResearchDirection};

impl Precaution {
    /// Everything the articles say of this precaution, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Precaution(self))
    }

    /// The step of the therapy process that puts this precaution into practice,
    /// if there is one: monitoring during sessions, and the eligibility check
    /// that screens out the people ketamine does not suit.
    #[must_use]
    pub const fn process_item(self) -> Option<ProcessItem> {
        crate::view::relations::precaution_item(self)
    }

    /// The clinic practice that answers this precaution, if there is one.
    #[must_use]
    pub const fn clinic_practice(self) -> Option<ClinicPractice> {
        crate::view::relations::precaution_practice(self)
    }

    /// The research that would close the gap this precaution names, if any.
    #[must_use]
    pub const fn research(self) -> Option<ResearchDirection> {
        crate::view::relations::precaution_research(self)
    }
}
