//! The benefits the articles claim for ketamine therapy, each at its own evidence level.

use crate::model::macros::names;

/// A benefit that an article claims for ketamine therapy.
///
/// The evidence behind these differs widely, and each claim keeps its own
/// level: "many patients report" is [`Evidence::PatientReports`](crate::Evidence::PatientReports), one named
/// (though unattributed) study is [`Evidence::ClinicalStudies`](crate::Evidence::ClinicalStudies), and the
/// articles' enthusiasm ("groundbreaking") is [`Evidence::Stated`](crate::Evidence::Stated). Claims of
/// lasting benefit are linked to [`Disagreement::BenefitDuration`](crate::Disagreement::BenefitDuration): the same
/// articles say how long the effects last is still being studied.
///
/// `Ord` is declaration order: whether it works first, then speed, then
/// duration, then the people helped, then what the experience and the
/// field offer.
///
/// Non-exhaustive: a new edition can add a benefit that a source claims.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Benefit, Claim, Disagreement, Evidence, Subject};
///
/// let lasting = Claim::lookup("benefit/lasting-effects-after-few-sessions")?;
/// assert!(lasting.is_about(Subject::Benefit(Benefit::LastingEffects)));
/// assert!(lasting.disputes().contains(&Disagreement::BenefitDuration));
/// let relief = Claim::lookup("benefit/rapid-relief-within-hours")?;
/// assert_eq!(relief.weakest_evidence(), Evidence::PatientReports);
/// # Ok::<(), ketamine_facts::ClaimIdError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Benefit {
    /// That the therapy works: what the articles say of its effectiveness.
    Effectiveness,
    /// Relief within hours of a first session.
    RapidRelief,
    /// Improvement that lasts after only a few sessions.
    LastingEffects,
    /// Repeated infusions keeping the effect going over time.
    SustainedByRepeatedInfusions,
    /// The study of a single infusion that article 004 reports: symptoms fell within 24 hours.
    SingleInfusionStudy,
    /// Quick help with acute suicidal thoughts.
    AcuteSuicidalThoughts,
    /// An option when several antidepressants have failed.
    OptionWhenOthersFail,
    /// What people report of the experience: an inward journey, clarity, introspection.
    ReportedExperience,
    /// Ketamine as a tool that sets therapy going, rather than a medication only.
    TherapeuticTool,
    /// Hope, and new avenues of treatment, for people other treatments have failed.
    Hope,
}

names! {
    Benefit ("benefit") {
        Effectiveness => "effectiveness" | "effective" | "efficacy",
        RapidRelief => "rapid_relief" | "rapid" | "fast relief" | "rapid onset",
        LastingEffects => "lasting_effects" | "long lasting effects" | "sustained improvement",
        SustainedByRepeatedInfusions => "sustained_by_repeated_infusions" | "repeated infusions" | "maintenance",
        SingleInfusionStudy => "single_infusion_study" | "landmark study" | "single infusion",
        AcuteSuicidalThoughts => "acute_suicidal_thoughts" | "suicidal thoughts",
        OptionWhenOthersFail => "option_when_others_fail" | "alternative" | "when others fail",
        ReportedExperience => "reported_experience" | "introspection" | "clarity",
        TherapeuticTool => "therapeutic_tool" | "tool rather than medication" | "catalyst",
        Hope => "hope" | "new avenue" | "new avenues",
    }
}
