//! How strongly a source words a claim.

use crate::model::macros::names;

/// How strongly a source words a claim, from weakest to strongest.
///
/// The level is read off the source's own wording, never raised: an article
/// that writes "some studies suggest" gives [`Preliminary`](Self::Preliminary)
/// even where another article states the same thing more firmly. When sources
/// word one claim differently, the claim keeps every citation at its own level
/// (see [`Claim::strongest_evidence`](crate::Claim::strongest_evidence)).
///
/// `Ord` follows strength: `UnderInvestigation < ... < RegulatoryApproval`, so
/// "at least clinical studies" is `level >= Evidence::ClinicalStudies`.
///
/// | level | [`describe`](Self::describe) | typical wording |
/// | --- | --- | --- |
/// | `under_investigation` | under investigation | "being studied", "studies are exploring", "researchers are investigating" |
/// | `patient_reports` | reported by patients | "patients report", "many describe", "some report" |
/// | `preliminary` | preliminary findings | "some studies suggest", "research indicates potential", "may", "is believed to", "emerging research" |
/// | `stated` | stated without named evidence | a plain statement that names no evidence |
/// | `clinical_studies` | shown in clinical studies | "studies have shown", "numerous studies have demonstrated", a named trial |
/// | `standard_practice` | standard practice | "commonly used", "widely used", "the most common method" |
/// | `regulatory_approval` | approved by a regulator | "approved by the FDA", a regulator's label |
///
/// # Example
///
/// ```
/// use ketamine_facts::Evidence;
///
/// assert!(Evidence::RegulatoryApproval > Evidence::ClinicalStudies);
/// assert!(Evidence::Preliminary < Evidence::Stated);
/// assert_eq!("some studies suggest".parse(), Ok(Evidence::Preliminary));
/// assert_eq!(Evidence::StandardPractice.to_string(), "standard_practice");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Evidence {
    /// Under study, with no result claimed: "being studied", "studies are exploring".
    UnderInvestigation,
    /// What patients say of their own experience: "patients report".
    PatientReports,
    /// Early or hedged findings: "some studies suggest", "research indicates potential", "may".
    Preliminary,
    /// Stated plainly, without naming the evidence behind it.
    Stated,
    /// Shown in clinical studies: "studies have shown", "numerous studies have demonstrated".
    ClinicalStudies,
    /// Standard practice: "commonly used", "widely used".
    StandardPractice,
    /// Approved by a regulator ("FDA approved"), or stated on a regulator's label.
    RegulatoryApproval,
}

names! {
    Evidence ("evidence level") {
        UnderInvestigation => "under_investigation" | "being studied" | "investigational" | "studies are exploring",
        PatientReports => "patient_reports" | "anecdotal" | "patients report" | "reported",
        Preliminary => "preliminary" | "some studies suggest" | "research indicates potential" | "emerging",
        Stated => "stated" | "asserted",
        ClinicalStudies => "clinical_studies" | "studies have shown" | "clinical" | "trials",
        StandardPractice => "standard_practice" | "commonly used" | "widely used" | "standard",
        RegulatoryApproval => "regulatory_approval" | "approved" | "fda approved" | "regulator",
    }
}

impl Evidence {
    /// A short phrase for readers, e.g. "shown in clinical studies".
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::UnderInvestigation => "under investigation",
            Self::PatientReports => "reported by patients",
            Self::Preliminary => "preliminary findings",
            Self::Stated => "stated without named evidence",
            Self::ClinicalStudies => "shown in clinical studies",
            Self::StandardPractice => "standard practice",
            Self::RegulatoryApproval => "approved by a regulator",
        }
    }

    /// Whether this level is at least `floor` (a `const` form of `self >= floor`).
    #[must_use]
    pub const fn is_at_least(self, floor: Evidence) -> bool {
        self as u8 >= floor as u8
    }
}
