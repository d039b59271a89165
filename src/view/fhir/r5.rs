//! FHIR R5 (5.0.0) resources: `Substance`, `Medication`,
//! `MedicationKnowledge` and `SubstanceDefinition`, with the elements and
//! names of that release.

use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;

use super::common::{self, Kind};
use super::r4::{self, Classification, DosageGroup, MonitoringProgram};
use super::types::{CodeableConcept, CodeableReference, Identifier, Narrative, Ratio, Reference};
use crate::{Claim, Product, Substance};

/// R5 `Substance`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SubstanceR5 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    identifier: Vec<Identifier>,
    instance: bool,
    status: &'static str,
    code: CodeableReference,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
}

pub(crate) fn substance(substance: Substance) -> SubstanceR5 {
    let (identifier, description, text) = common::substance_parts(substance);
    SubstanceR5 {
        resource_type: "Substance",
        id: common::id(substance),
        text,
        identifier,
        // a kind of substance, not one batch of it
        instance: false,
        status: "active",
        code: CodeableReference {
            concept: Some(common::substance_concept(substance)),
            reference: Some(common::reference(Kind::SubstanceDefinition, substance)),
        },
        description,
    }
}

/// R5 `Medication.ingredient` and `MedicationKnowledge.definitional.ingredient`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Ingredient {
    item: CodeableReference,
    #[serde(skip_serializing_if = "Option::is_none")]
    is_active: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strength_ratio: Option<Ratio>,
}

fn ingredient(substance: Substance, product: Option<Product>, is_active: bool) -> Ingredient {
    Ingredient {
        item: CodeableReference {
            concept: Some(common::substance_concept(substance)),
            reference: Some(common::reference(Kind::Substance, substance)),
        },
        is_active: is_active.then_some(true),
        strength_ratio: product.map(|_| common::device_strength()),
    }
}

/// R5 `Medication`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationR5 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    code: CodeableConcept,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    marketing_authorization_holder: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dose_form: Option<CodeableConcept>,
    ingredient: Vec<Ingredient>,
}

pub(crate) fn medication(substance: Substance) -> MedicationR5 {
    let product = substance.products().first().copied();
    let (code, claims, lines) = r4::medication_parts(substance, product);
    MedicationR5 {
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
        marketing_authorization_holder: product.map(|p| Reference::display(p.manufacturer())),
        dose_form: product.map(common::dose_form),
        ingredient: [ingredient(substance, product, true)].into(),
    }
}

/// R5 `MedicationKnowledge.definitional`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Definitional {
    #[serde(skip_serializing_if = "Option::is_none")]
    dose_form: Option<CodeableConcept>,
    intended_route: Vec<CodeableConcept>,
    ingredient: Vec<Ingredient>,
}

/// R5 `MedicationKnowledge.indicationGuideline.dosingGuideline`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct DosingGuideline {
    dosage: Vec<DosageGroup>,
}

/// R5 `MedicationKnowledge.indicationGuideline`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct IndicationGuideline {
    indication: Vec<CodeableReference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    dosing_guideline: Vec<DosingGuideline>,
}

/// R5 `MedicationKnowledge.regulatory`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Regulatory {
    regulatory_authority: Reference,
    schedule: Vec<CodeableConcept>,
}

/// R5 `MedicationKnowledge`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MedicationKnowledgeR5 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    identifier: Vec<Identifier>,
    code: CodeableConcept,
    status: &'static str,
    name: Vec<String>,
    associated_medication: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    monitoring_program: Vec<MonitoringProgram>,
    indication_guideline: Vec<IndicationGuideline>,
    medicine_classification: Vec<Classification>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    clinical_use_issue: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    regulatory: Vec<Regulatory>,
    definitional: Definitional,
}

pub(crate) fn medication_knowledge(substance: Substance) -> MedicationKnowledgeR5 {
    let product = substance.products().first().copied();
    let (code, _, _) = r4::medication_parts(substance, product);
    let (claims, lines) = r4::knowledge_story(substance);
    let mut name: Vec<String> = [String::from(substance.name())].into();
    name.extend(
        substance
            .products()
            .iter()
            .map(|p| common::product_name(*p)),
    );
    MedicationKnowledgeR5 {
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
        identifier: common::identifiers(substance),
        code,
        status: "active",
        name,
        associated_medication: [common::reference(Kind::Medication, substance)].into(),
        monitoring_program: r4::monitoring_programs(substance),
        indication_guideline: common::indications(substance)
            .into_iter()
            .map(|i| {
                let dosage = r4::dosage_groups(i.dosing);
                IndicationGuideline {
                    indication: [CodeableReference {
                        concept: Some(CodeableConcept::text(i.text)),
                        reference: None,
                    }]
                    .into(),
                    dosing_guideline: if dosage.is_empty() {
                        Vec::new()
                    } else {
                        [DosingGuideline { dosage }].into()
                    },
                }
            })
            .collect(),
        medicine_classification: r4::classifications(substance),
        clinical_use_issue: substance
            .products()
            .iter()
            .flat_map(|p| common::boxed_warnings(*p))
            .map(|(warning, _)| Reference::display(warning))
            .collect(),
        regulatory: common::dea_schedule(substance)
            .map(|schedule| Regulatory {
                regulatory_authority: common::dea_authority(),
                schedule: [schedule].into(),
            })
            .into_iter()
            .collect(),
        definitional: Definitional {
            dose_form: product.map(common::dose_form),
            intended_route: common::routes(substance)
                .into_iter()
                .map(common::route_concept)
                .collect(),
            ingredient: [ingredient(substance, product, false)].into(),
        },
    }
}

/// R5 `SubstanceDefinition.code`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct SubstanceCode {
    code: CodeableConcept,
}

/// R5 `SubstanceDefinition.name`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct SubstanceName {
    name: String,
    preferred: bool,
}

/// R5 `SubstanceDefinition.relationship`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Relationship {
    #[serde(skip_serializing_if = "Option::is_none")]
    substance_definition_reference: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    substance_definition_codeable_concept: Option<CodeableConcept>,
    #[serde(rename = "type")]
    kind: CodeableConcept,
}

/// R5 `SubstanceDefinition`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SubstanceDefinitionR5 {
    resource_type: &'static str,
    pub(crate) id: String,
    text: Narrative,
    identifier: Vec<Identifier>,
    status: CodeableConcept,
    classification: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
    code: Vec<SubstanceCode>,
    name: Vec<SubstanceName>,
    relationship: Vec<Relationship>,
}

pub(crate) fn substance_definition(substance: Substance) -> SubstanceDefinitionR5 {
    let mut claims: Vec<&'static Claim> = common::identifier_claims(substance).collect();
    let mut lines: Vec<String> = Vec::new();
    let mut relationship = Vec::new();
    for (form, concept, claim) in common::salt_concepts(substance) {
        lines.push(alloc::format!(
            "Salt form: {}",
            concept.text.as_deref().unwrap_or_default()
        ));
        relationship.push(Relationship {
            substance_definition_reference: None,
            substance_definition_codeable_concept: Some(concept),
            kind: CodeableConcept::text(alloc::format!("{form} salt form")),
        });
        claims.push(claim);
    }
    let description = (substance == Substance::Esketamine).then(|| {
        claims.push(Substance::enantiomer_claim());
        Substance::enantiomer_claim().summary()
    });
    for other in Substance::ALL {
        if substance.is_enantiomer_of(*other) {
            relationship.push(Relationship {
                substance_definition_reference: Some(common::reference(
                    Kind::SubstanceDefinition,
                    *other,
                )),
                substance_definition_codeable_concept: None,
                kind: CodeableConcept::text(alloc::format!("enantiomer of {other}")),
            });
        }
    }
    let classification = common::atc_classifications(substance);
    for concept in &classification {
        lines.extend(concept.text.clone());
    }
    lines.extend(description.map(String::from));
    SubstanceDefinitionR5 {
        resource_type: "SubstanceDefinition",
        id: common::id(substance),
        text: common::narrative(
            &alloc::format!("Substance definition: {substance}"),
            &lines,
            &claims,
        ),
        identifier: common::identifiers(substance),
        status: CodeableConcept::text("active"),
        classification,
        description,
        code: [SubstanceCode {
            code: common::substance_concept(substance),
        }]
        .into(),
        name: [SubstanceName {
            name: substance.name().into(),
            preferred: true,
        }]
        .into(),
        relationship,
    }
}
