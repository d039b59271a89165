//! The FHIR data types the resources use, as serde structs: only the elements
//! the crate fills, named as FHIR names them. R4 and R5 share these shapes
//! (R5's `CodeableReference` is used by the R5 resources only).

use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;

use crate::CodeSystem;

/// A FHIR `Coding`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Coding {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) system: Option<String>,
    pub(crate) code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) display: Option<String>,
}

impl Coding {
    /// A coding of the crate's own (route, DEA schedule): system, code and display.
    pub(crate) fn from_crate(coding: &crate::Coding) -> Self {
        Self {
            system: coding.system().map(String::from),
            code: coding.code().map(String::from).unwrap_or_default(),
            display: coding.display_text().map(String::from),
        }
    }

    /// A code in a system, without a display (the crate does not hold the
    /// system's display for it).
    pub(crate) fn code(system: &'static str, code: String) -> Self {
        Self {
            system: Some(system.into()),
            code,
            display: None,
        }
    }
}

/// A FHIR `CodeableConcept`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) text: Option<String>,
}

impl CodeableConcept {
    /// A concept given by its text alone.
    pub(crate) fn text(text: impl Into<String>) -> Self {
        Self {
            coding: Vec::new(),
            text: Some(text.into()),
        }
    }

    /// A concept with codings and a text.
    pub(crate) fn coded(coding: Vec<Coding>, text: impl Into<String>) -> Self {
        Self {
            coding,
            text: Some(text.into()),
        }
    }
}

/// A FHIR `Identifier`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Identifier {
    #[serde(rename = "type")]
    pub(crate) kind: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) system: Option<&'static str>,
    pub(crate) value: String,
}

/// A FHIR `Reference`: to another resource of the bundle, or a display only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) display: Option<String>,
}

impl Reference {
    /// A reference that names what it points to without a resource.
    pub(crate) fn display(display: impl Into<String>) -> Self {
        Self {
            reference: None,
            display: Some(display.into()),
        }
    }
}

/// A FHIR R5 `CodeableReference`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct CodeableReference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) concept: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) reference: Option<Reference>,
}

/// A FHIR `Quantity` (also the shape of `SimpleQuantity` and `Duration`) in
/// UCUM.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Quantity {
    pub(crate) value: f64,
    pub(crate) unit: &'static str,
    pub(crate) system: &'static str,
    pub(crate) code: &'static str,
}

impl Quantity {
    /// `value` in the UCUM unit `code` (which is also the human-readable unit).
    pub(crate) fn ucum(value: f64, code: &'static str) -> Self {
        Self {
            value,
            unit: code,
            system: CodeSystem::Ucum.uri(),
            code,
        }
    }
}

/// A FHIR `Ratio`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Ratio {
    pub(crate) numerator: Quantity,
    pub(crate) denominator: Quantity,
}

/// A FHIR `Narrative`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Narrative {
    pub(crate) status: &'static str,
    pub(crate) div: String,
}

/// A FHIR `Extension` whose value is a `Reference`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct ReferenceExtension {
    pub(crate) url: &'static str,
    #[serde(rename = "valueReference")]
    pub(crate) value_reference: Reference,
}

/// `Timing.repeat`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TimingRepeat {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) bounds_duration: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) duration: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) duration_unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) frequency: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) period: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) period_unit: Option<&'static str>,
}

/// A FHIR `Timing`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Timing {
    pub(crate) repeat: TimingRepeat,
}

/// `Dosage.doseAndRate`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DoseAndRate {
    pub(crate) dose_quantity: Quantity,
}

/// A FHIR `Dosage` (R4 and R5 share the elements used here).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Dosage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) sequence: Option<u32>,
    pub(crate) text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) additional_instruction: Vec<CodeableConcept>,
    pub(crate) timing: Timing,
    pub(crate) route: CodeableConcept,
    pub(crate) dose_and_rate: Vec<DoseAndRate>,
}
