//! HL7 FHIR resources built from the crate's data (feature `fhir`).
//!
//! For ketamine and esketamine, [`substance`], [`medication`],
//! [`medication_knowledge`] (each for FHIR R4 4.0.1 or R5 5.0.0) and
//! [`substance_definition`] (R5 only; R4 has no such resource), and a
//! [`bundle`] of type `collection` holding all of them for one
//! [`FhirVersion`]. The values implement serde's `Serialize`, so any serde
//! format writes them; FHIR JSON is what `serde_json` writes. No FHIR model
//! crate is involved: the resources are the crate's own structs, with the
//! element names and shapes of each release, checked in CI by the Python
//! library `fhir.resources` (6.4.0 for R4 4.0.1, 8.x for R5).
//!
//! **Information, not orders.** Every resource's `text` narrative (status
//! `additional`) says that it is information from cited sources, not a
//! clinical order, a prescription or dosing advice, and lists the sources
//! (title, section heading for an article, identifier) and the ids of the
//! claims it was built from.
//!
//! # What they carry
//!
//! | content | R4 | R5 |
//! | --- | --- | --- |
//! | identifiers (`DrugBank`, `PubChem`, CAS, UNII of the base substance) | `Substance.identifier` | `Substance`, `SubstanceDefinition`, `MedicationKnowledge` `.identifier` |
//! | ATC codes (`http://www.whocc.no/atc`) | `MedicationKnowledge.medicineClassification` | the same, and `SubstanceDefinition.classification` |
//! | DEA schedule CIII (NCI Thesaurus C48676) | `MedicationKnowledge.regulatory.schedule.schedule` | `MedicationKnowledge.regulatory.schedule` |
//! | routes (SNOMED CT and FDA SPL codings) | `MedicationKnowledge.intendedRoute`, `Dosage.route` | `MedicationKnowledge.definitional.intendedRoute`, `Dosage.route` |
//! | Spravato's NDC product code and strength (28 mg per 0.2 mL, UCUM) | `Medication.code`, `Medication.ingredient.strength` | `Medication.code`, `Medication.ingredient.strengthRatio` |
//! | indications, with their cited text | `administrationGuidelines.indicationCodeableConcept` | `indicationGuideline.indication` |
//! | dosing (UCUM doses, `Timing` per frequency) | `administrationGuidelines.dosage` | `indicationGuideline.dosingGuideline.dosage` |
//! | the REMS, with the 2-hour observation | `monitoringProgram`, `Dosage.additionalInstruction` | the same |
//! | the boxed warning | extension `http://hl7.org/fhir/5.0/StructureDefinition/extension-MedicationKnowledge.clinicalUseIssue` | `MedicationKnowledge.clinicalUseIssue` |
//! | salt forms, esketamine as an enantiomer of ketamine | — | `SubstanceDefinition.relationship` |
//!
//! **Identifier systems.** `Identifier.system` is the URI HL7 Terminology
//! registers for the scheme ([`IdentifierScheme::system_uri`](crate::IdentifierScheme::system_uri)):
//! UNII `http://fdasis.nlm.nih.gov`, CAS `http://terminology.hl7.org/CodeSystem/CAS`.
//! `DrugBank` and `PubChem` have no registered URI, so their identifiers carry
//! no `system` (none is made up); `Identifier.type.text` names the scheme
//! instead. Spravato's product code is in the NDC system
//! `http://hl7.org/fhir/sid/ndc`, as HL7 Terminology registers it.
//!
//! **Dosing without losing a choice.** The Spravato label leaves the dose
//! (56 or 84 mg) and, from week 9, the frequency (weekly or every two weeks)
//! to the prescriber. Each choice is its own dosage group, whose `type` says
//! it is one of the alternatives; dosages within a group are sequential (the
//! day-1 dose of 56 mg, then the rest of weeks 1–4). Frequencies are
//! `Timing.repeat` with `frequency`/`period`/`periodUnit` (`2`/`1`/`wk`,
//! `1`/`1`/`wk`, `1`/`2`/`wk`), bounded by the phase's weeks. Ketamine's
//! dosage is the IV protocol of the depression trials (0.5 mg/kg, each
//! infusion lasting 40 minutes), marked as a research protocol.
//!
//! **References.** Every resource's `Bundle.entry.fullUrl` is a fixed
//! `urn:uuid:`, the same for R4 and R5 and across editions, and references
//! between the resources use it, so they resolve inside the [`bundle`]. A
//! resource built alone refers to the same URNs; a program that stores the
//! resources on a server rewrites them, as it would for a transaction bundle.
//!
//! These builders allocate (they build text and lists); everything else in
//! the crate does not.
//!
//! # Example
//!
//! ```
//! use ketamine_facts::Substance;
//! use ketamine_facts::fhir::{self, FhirVersion};
//!
//! let bundle = fhir::bundle(FhirVersion::R5);
//! assert_eq!(bundle.len(), 8);
//! let knowledge = fhir::medication_knowledge(Substance::Esketamine, FhirVersion::R4);
//! assert_eq!(knowledge.resource_type(), "MedicationKnowledge");
//! assert_eq!(knowledge.id(), "esketamine");
//! assert_eq!(fhir::substance_definition(Substance::Ketamine).version(), FhirVersion::R5);
//! ```

mod common;
mod r4;
mod r5;
mod types;

use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;

use crate::Substance;

pub use crate::model::fhir::FhirVersion;

use common::Kind;

/// One FHIR resource built by this module, for one [`FhirVersion`]:
/// serializes as the resource's JSON (with its `resourceType`).
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
/// use ketamine_facts::fhir::{self, FhirVersion};
///
/// let medication = fhir::medication(Substance::Ketamine, FhirVersion::R4);
/// assert_eq!((medication.resource_type(), medication.id()), ("Medication", "ketamine"));
/// assert!(medication.full_url().starts_with("urn:uuid:"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Resource {
    inner: Inner,
    #[serde(skip)]
    kind: Kind,
    #[serde(skip)]
    substance: Substance,
}

/// The resources, by release and type.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Inner {
    SubstanceR4(r4::SubstanceR4),
    MedicationR4(r4::MedicationR4),
    MedicationKnowledgeR4(r4::MedicationKnowledgeR4),
    SubstanceR5(r5::SubstanceR5),
    MedicationR5(r5::MedicationR5),
    MedicationKnowledgeR5(r5::MedicationKnowledgeR5),
    SubstanceDefinitionR5(r5::SubstanceDefinitionR5),
}

impl Resource {
    /// The FHIR resource type ("Substance", "Medication",
    /// "`MedicationKnowledge`", "`SubstanceDefinition`").
    #[must_use]
    pub fn resource_type(&self) -> &'static str {
        self.kind.resource_type()
    }

    /// The resource id: the substance's canonical name.
    #[must_use]
    pub fn id(&self) -> &str {
        match &self.inner {
            Inner::SubstanceR4(r) => &r.id,
            Inner::MedicationR4(r) => &r.id,
            Inner::MedicationKnowledgeR4(r) => &r.id,
            Inner::SubstanceR5(r) => &r.id,
            Inner::MedicationR5(r) => &r.id,
            Inner::MedicationKnowledgeR5(r) => &r.id,
            Inner::SubstanceDefinitionR5(r) => &r.id,
        }
    }

    /// The substance the resource is about.
    #[must_use]
    pub fn substance(&self) -> Substance {
        self.substance
    }

    /// The FHIR release the resource is shaped for.
    #[must_use]
    pub fn version(&self) -> FhirVersion {
        match self.inner {
            Inner::SubstanceR4(_) | Inner::MedicationR4(_) | Inner::MedicationKnowledgeR4(_) => {
                FhirVersion::R4
            }
            Inner::SubstanceR5(_)
            | Inner::MedicationR5(_)
            | Inner::MedicationKnowledgeR5(_)
            | Inner::SubstanceDefinitionR5(_) => FhirVersion::R5,
        }
    }

    /// The fixed `urn:uuid:` that names the resource in a [`Bundle`] and in
    /// the references of the other resources.
    #[must_use]
    pub fn full_url(&self) -> String {
        common::full_url(self.kind, self.substance)
    }
}

/// The substance as a FHIR `Substance`: its identifiers and, as its code, its
/// UNII (in R5 a `CodeableReference` that also points at its
/// [`substance_definition`]).
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
/// use ketamine_facts::fhir::{self, FhirVersion};
///
/// let r4 = fhir::substance(Substance::Esketamine, FhirVersion::R4);
/// assert_eq!((r4.resource_type(), r4.version()), ("Substance", FhirVersion::R4));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[must_use]
pub fn substance(substance: Substance, version: FhirVersion) -> Resource {
    let inner = match version {
        FhirVersion::R4 => Inner::SubstanceR4(r4::substance(substance)),
        FhirVersion::R5 => Inner::SubstanceR5(r5::substance(substance)),
    };
    Resource {
        inner,
        kind: Kind::Substance,
        substance,
    }
}

/// The substance's medication as a FHIR `Medication`: its product where the
/// crate has one (Spravato for esketamine: NDC product code, dose form,
/// strength per device, Janssen), the substance itself for ketamine.
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
/// use ketamine_facts::fhir::{self, FhirVersion};
///
/// let spravato = fhir::medication(Substance::Esketamine, FhirVersion::R5);
/// assert_eq!(spravato.resource_type(), "Medication");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[must_use]
pub fn medication(substance: Substance, version: FhirVersion) -> Resource {
    let inner = match version {
        FhirVersion::R4 => Inner::MedicationR4(r4::medication(substance)),
        FhirVersion::R5 => Inner::MedicationR5(r5::medication(substance)),
    };
    Resource {
        inner,
        kind: Kind::Medication,
        substance,
    }
}

/// What the crate knows of the substance's medication as a FHIR
/// `MedicationKnowledge`: ATC classification, DEA schedule, routes,
/// indications with their text, dosing, the REMS and the boxed warning (see
/// the [module docs](self) for where each goes in R4 and in R5).
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
/// use ketamine_facts::fhir::{self, FhirVersion};
///
/// let knowledge = fhir::medication_knowledge(Substance::Ketamine, FhirVersion::R5);
/// assert_eq!(knowledge.substance(), Substance::Ketamine);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[must_use]
pub fn medication_knowledge(substance: Substance, version: FhirVersion) -> Resource {
    let inner = match version {
        FhirVersion::R4 => Inner::MedicationKnowledgeR4(r4::medication_knowledge(substance)),
        FhirVersion::R5 => Inner::MedicationKnowledgeR5(r5::medication_knowledge(substance)),
    };
    Resource {
        inner,
        kind: Kind::MedicationKnowledge,
        substance,
    }
}

/// The substance as a FHIR R5 `SubstanceDefinition` (a resource R4 does not
/// have): identifiers, ATC classification, its UNII as code, its salt forms
/// (with their UNII and CAS codes) and, for esketamine, that it is an
/// enantiomer of ketamine.
///
/// # Example
///
/// ```
/// use ketamine_facts::Substance;
/// use ketamine_facts::fhir;
///
/// let definition = fhir::substance_definition(Substance::Esketamine);
/// assert_eq!(definition.resource_type(), "SubstanceDefinition");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[must_use]
pub fn substance_definition(substance: Substance) -> Resource {
    Resource {
        inner: Inner::SubstanceDefinitionR5(r5::substance_definition(substance)),
        kind: Kind::SubstanceDefinition,
        substance,
    }
}

/// A FHIR `Bundle` of type `collection`: every resource of one release, for
/// every substance. Serializes as the Bundle's JSON.
///
/// # Example
///
/// ```
/// use ketamine_facts::fhir::{self, FhirVersion};
///
/// let bundle = fhir::bundle(FhirVersion::R4);
/// assert_eq!(bundle.version(), FhirVersion::R4);
/// assert_eq!(bundle.len(), 6); // 3 resource types, 2 substances
/// assert!(bundle.resources().all(|r| r.version() == FhirVersion::R4));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    resource_type: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    entry: Vec<Entry>,
    #[serde(skip)]
    version: FhirVersion,
}

/// `Bundle.entry`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    full_url: String,
    resource: Resource,
}

impl Bundle {
    /// The FHIR release of every resource in the bundle.
    #[must_use]
    pub fn version(&self) -> FhirVersion {
        self.version
    }

    /// The bundle's id: `ketamine-facts-` and the data edition.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The resources, in bundle order: for each substance, its `Substance`,
    /// (R5) `SubstanceDefinition`, `Medication` and `MedicationKnowledge`.
    pub fn resources(&self) -> impl Iterator<Item = &Resource> {
        self.entry.iter().map(|e| &e.resource)
    }

    /// How many resources the bundle holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entry.len()
    }

    /// Whether the bundle holds no resource (never, for a built bundle).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entry.is_empty()
    }
}

/// Every resource of `version` for every substance, in a `collection`
/// Bundle whose entries' `fullUrl`s the references between them use.
#[cfg_attr(docsrs, doc(cfg(feature = "fhir")))]
#[must_use]
pub fn bundle(version: FhirVersion) -> Bundle {
    let mut resources = Vec::new();
    for &s in Substance::ALL {
        resources.push(substance(s, version));
        if version == FhirVersion::R5 {
            resources.push(substance_definition(s));
        }
        resources.push(medication(s, version));
        resources.push(medication_knowledge(s, version));
    }
    Bundle {
        resource_type: "Bundle",
        id: alloc::format!("ketamine-facts-{}-{}", crate::DATA_VERSION, version),
        kind: "collection",
        entry: resources
            .into_iter()
            .map(|resource| Entry {
                full_url: resource.full_url(),
                resource,
            })
            .collect(),
        version,
    }
}
