//! The benefits the articles claim for ketamine therapy, each at its own evidence level.

use crate::Benefit;
use chrono::TimeDelta;

use crate::{Claim, Comparison, Indication, SessionExperience};

impl Benefit {
    /// Everything the articles say of this benefit, one claim per statement.
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(crate::Subject::Benefit(self))
    }

    /// The conditions the benefit is claimed for, where the articles tie it to
    /// one (the evidence for each condition lives with [`Indication`]).
    #[must_use]
    pub const fn indications(self) -> &'static [Indication] {
        crate::view::relations::benefit_indications(self)
    }

    /// The comparison with traditional antidepressants that the benefit rests
    /// on, if any: rapid relief is the [`Comparison::Onset`]; an option when
    /// others fail answers the [`Comparison::UnmetNeed`].
    #[must_use]
    pub const fn comparison(self) -> Option<Comparison> {
        crate::view::relations::benefit_comparison(self)
    }

    /// The time within which an effect was reported, where an article gives a
    /// figure: 24 hours for the single-infusion study (article 004). The other
    /// benefits have no figure ("within hours" is an
    /// [`OnsetScale`](crate::OnsetScale), not a number).
    #[must_use]
    pub const fn reported_within(self) -> Option<TimeDelta> {
        match self {
            Self::SingleInfusionStudy => Some(WITHIN_24_HOURS),
            Self::Effectiveness
            | Self::RapidRelief
            | Self::LastingEffects
            | Self::SustainedByRepeatedInfusions
            | Self::AcuteSuicidalThoughts
            | Self::OptionWhenOthersFail
            | Self::ReportedExperience
            | Self::TherapeuticTool
            | Self::Hope => None,
        }
    }

    /// What patients go through in a session that bears on this benefit (the
    /// facts live with [`SessionExperience`]).
    #[must_use]
    pub const fn session_experiences(self) -> &'static [SessionExperience] {
        crate::view::relations::benefit_experiences(self)
    }
}

/// The window of the single-infusion study in article 004.
const WITHIN_24_HOURS: TimeDelta = TimeDelta::hours(24);
