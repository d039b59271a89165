//! FHIR R4 (4.0.1) resources: `Substance`, `Medication` and
//! `MedicationKnowledge`, with the elements and names of that release.

use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;

use super::common::{self, Kind};
use super::types::{
    CodeableConcept, Dosage, Identifier, Narrative, Ratio, Reference, ReferenceExtension,
};
use crate::{Claim, Product, Rems, Substance};

/// R4 `Substance`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SubstanceR4 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    identifier: Vec<Identifier>,
    status: &'static str,
    code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
}

pub(crate) fn substance(substance: Substance) -> SubstanceR4 {
    let (identifier, description, text) = common::substance_parts(substance);
    SubstanceR4 {
        resource_type: "Substance",
        id: common::id(substance),
        text,
        identifier,
        status: "active",
        code: common::substance_concept(substance),
        description,
    }
}

/// R4 `Medication.ingredient` and `MedicationKnowledge.ingredient`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Ingredient {
    item_reference: Reference,
    is_active: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    strength: Option<Ratio>,
}

fn ingredient(substance: Substance, product: Option<Product>) -> Ingredient {
    Ingredient {
        item_reference: common::reference(Kind::Substance, substance),
        is_active: true,
        strength: product.map(|_| common::device_strength()),
    }
}

/// R4 `Medication`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationR4 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    code: CodeableConcept,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    manufacturer: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<CodeableConcept>,
    ingredient: Vec<Ingredient>,
}

/// The medication of a substance: its product where the crate has one
/// (Spravato for esketamine), the substance itself otherwise.
pub(crate) fn medication(substance: Substance) -> MedicationR4 {
    let product = substance.products().first().copied();
    let (code, claims, lines) = medication_parts(substance, product);
    MedicationR4 {
        resource_type: "Medication",
        id: common::id(substance),
        text: common::narrative(
            &alloc::format!(
                "Medication: {}",
                common::display_name(Kind::Medication, substance)
            ),
            &lines,
            &claims,
        ),
        code,
        status: "active",
        manufacturer: product.map(|p| Reference::display(p.manufacturer())),
        form: product.map(common::dose_form),
        ingredient: [ingredient(substance, product)].into(),
    }
}

/// The code, claims and narrative lines of a medication (R4 and R5 alike).
pub(crate) fn medication_parts(
    substance: Substance,
    product: Option<Product>,
) -> (CodeableConcept, Vec<&'static Claim>, Vec<String>) {
    let mut claims: Vec<&'static Claim> = common::identifier_claims(substance).collect();
    let mut lines = Vec::new();
    let code = if let Some(product) = product {
        claims.extend(common::product_claims(product));
        lines.push(alloc::format!(
            "NDC product code {}; {}",
            product.ndc_product_code(),
            product.ndc_claim().summary()
        ));
        lines.push(alloc::format!(
            "Ingredient: {substance} (UNII {}), {} per {} mL",
            substance.unii(),
            crate::SpravatoDevice::LABELED.dose(),
            common::SPRAVATO_DEVICE_ML
        ));
        common::product_concept(product)
    } else {
        lines.push(alloc::format!("{substance} (UNII {})", substance.unii()));
        common::substance_concept(substance)
    };
    (code, claims, lines)
}

/// R4 `MedicationKnowledge.monitoringProgram`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct MonitoringProgram {
    #[serde(rename = "type")]
    kind: CodeableConcept,
    name: String,
}

pub(crate) fn monitoring_programs(substance: Substance) -> Vec<MonitoringProgram> {
    substance
        .products()
        .iter()
        .filter(|p| Rems::SPRAVATO.product() == **p)
        .map(|_| {
            let (kind, name) = common::rems_program(&Rems::SPRAVATO);
            MonitoringProgram { kind, name }
        })
        .collect()
}

/// The dosage groups, as R4 `administrationGuidelines.dosage` and R5
/// `indicationGuideline.dosingGuideline.dosage` (the same shape).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct DosageGroup {
    #[serde(rename = "type")]
    kind: CodeableConcept,
    dosage: Vec<Dosage>,
}

pub(crate) fn dosage_groups(dosing: common::Dosing) -> Vec<DosageGroup> {
    common::dosing_groups(dosing)
        .into_iter()
        .map(|g| DosageGroup {
            kind: g.kind,
            dosage: g.dosages,
        })
        .collect()
}

/// R4 `MedicationKnowledge.administrationGuidelines`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AdministrationGuidelines {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    dosage: Vec<DosageGroup>,
    indication_codeable_concept: CodeableConcept,
}

/// `medicineClassification` (R4 and R5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Classification {
    #[serde(rename = "type")]
    kind: CodeableConcept,
    classification: Vec<CodeableConcept>,
}

pub(crate) fn classifications(substance: Substance) -> Vec<Classification> {
    [Classification {
        kind: common::atc_classification_type(),
        classification: common::atc_classifications(substance),
    }]
    .into()
}

/// R4 `MedicationKnowledge.regulatory.schedule`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Schedule {
    schedule: CodeableConcept,
}

/// R4 `MedicationKnowledge.regulatory`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Regulatory {
    regulatory_authority: Reference,
    schedule: Vec<Schedule>,
}

/// The extension that carries an R5 `clinicalUseIssue` in R4 (the
/// cross-version extension HL7 defines for R5 elements in R4).
pub(crate) const CLINICAL_USE_ISSUE_EXTENSION: &str =
    "http://hl7.org/fhir/5.0/StructureDefinition/extension-MedicationKnowledge.clinicalUseIssue";

/// R4 `MedicationKnowledge`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationKnowledgeR4 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<ReferenceExtension>,
    code: CodeableConcept,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    manufacturer: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dose_form: Option<CodeableConcept>,
    associated_medication: Vec<Reference>,
    ingredient: Vec<Ingredient>,
    intended_route: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    monitoring_program: Vec<MonitoringProgram>,
    administration_guidelines: Vec<AdministrationGuidelines>,
    medicine_classification: Vec<Classification>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    regulatory: Vec<Regulatory>,
}

/// The claims and narrative lines of a medication knowledge resource (R4
/// and R5 alike).
pub(crate) fn knowledge_story(substance: Substance) -> (Vec<&'static Claim>, Vec<String>) {
    let product = substance.products().first().copied();
    let (_, mut claims, mut lines) = medication_parts(substance, product);
    for concept in common::atc_classifications(substance) {
        lines.extend(concept.text);
    }
    if let Some(schedule) = common::dea_schedule(substance) {
        lines.extend(schedule.text);
        claims.extend(common::dea_claims(substance));
    }
    for route in common::routes(substance) {
        lines.push(alloc::format!(
            "Route: {} (SNOMED CT {}; FDA SPL {})",
            route.label(),
            route.snomed_ct(),
            route.spl()
        ));
        claims.push(route.codes().claim());
    }
    for indication in common::indications(substance) {
        lines.push(alloc::format!("Indication: {}", indication.text));
        claims.push(indication.claim);
        for group in common::dosing_groups(indication.dosing) {
            for dosage in group.dosages {
                lines.push(alloc::format!("Dosage: {}", dosage.text));
            }
        }
        claims.extend(common::dosing_claims(indication.dosing));
    }
    for program in monitoring_programs(substance) {
        lines.push(program.name);
        claims.extend(Rems::SPRAVATO.claims());
    }
    for product in substance.products() {
        for (warning, claim) in common::boxed_warnings(*product) {
            lines.push(warning);
            claims.push(claim);
        }
    }
    (claims, lines)
}

pub(crate) fn medication_knowledge(substance: Substance) -> MedicationKnowledgeR4 {
    let product = substance.products().first().copied();
    let (code, _, _) = medication_parts(substance, product);
    let (claims, lines) = knowledge_story(substance);
    let extension = substance
        .products()
        .iter()
        .flat_map(|p| common::boxed_warnings(*p))
        .map(|(warning, _)| ReferenceExtension {
            url: CLINICAL_USE_ISSUE_EXTENSION,
            value_reference: Reference::display(warning),
        })
        .collect();
    MedicationKnowledgeR4 {
        resource_type: "MedicationKnowledge",
        id: common::id(substance),
        text: common::narrative(
            &alloc::format!(
                "Medication knowledge: {}",
                common::display_name(Kind::MedicationKnowledge, substance)
            ),
            &lines,
            &claims,
        ),
        extension,
        code,
        status: "active",
        manufacturer: product.map(|p| Reference::display(p.manufacturer())),
        dose_form: product.map(common::dose_form),
        associated_medication: [common::reference(Kind::Medication, substance)].into(),
        ingredient: [ingredient(substance, product)].into(),
        intended_route: common::routes(substance)
            .into_iter()
            .map(common::route_concept)
            .collect(),
        monitoring_program: monitoring_programs(substance),
        administration_guidelines: common::indications(substance)
            .into_iter()
            .map(|i| AdministrationGuidelines {
                dosage: dosage_groups(i.dosing),
                indication_codeable_concept: CodeableConcept::text(i.text),
            })
            .collect(),
        medicine_classification: classifications(substance),
        regulatory: common::dea_schedule(substance)
            .map(|schedule| Regulatory {
                regulatory_authority: common::dea_authority(),
                schedule: [Schedule { schedule }].into(),
            })
            .into_iter()
            .collect(),
    }
}
