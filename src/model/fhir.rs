//! The FHIR releases the crate writes resources for (feature `fhir`).

use crate::model::macros::names;

/// A release of HL7 FHIR that [`fhir`](crate::fhir) builds resources for.
///
/// The two differ most in `MedicationKnowledge` (R5 regroups it under
/// `definitional`, `indicationGuideline` and `clinicalUseIssue`), in
/// `Medication` (`form` became `doseForm`, `manufacturer` became
/// `marketingAuthorizationHolder`, ingredients became `CodeableReference`s)
/// and in `Substance` (R5 points its code at a `SubstanceDefinition`, which
/// R4 does not have).
///
/// `Ord` is release order.
///
/// Non-exhaustive: HL7 publishes new FHIR releases (R6 is on its way).
///
/// # Example
///
/// ```
/// use ketamine_facts::fhir::FhirVersion;
///
/// assert_eq!("R4".parse(), Ok(FhirVersion::R4));
/// assert_eq!("5.0.0".parse(), Ok(FhirVersion::R5));
/// assert_eq!(FhirVersion::R4.release(), "4.0.1");
/// assert!(FhirVersion::R4 < FhirVersion::R5);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FhirVersion {
    /// FHIR R4, release 4.0.1.
    R4,
    /// FHIR R5, release 5.0.0.
    R5,
}

names! {
    FhirVersion ("FHIR version") {
        R4 => "r4" | "4.0.1" | "fhir r4",
        R5 => "r5" | "5.0.0" | "fhir r5",
    }
}

impl FhirVersion {
    /// The release number, as FHIR's `fhirVersion` element writes it.
    #[must_use]
    pub const fn release(self) -> &'static str {
        match self {
            Self::R4 => "4.0.1",
            Self::R5 => "5.0.0",
        }
    }
}
