//! What the R4 and R5 resources share, built from the crate's data: ids and
//! references, identifiers, codings, the Spravato dosing, the REMS, the
//! indications, and the narrative that cites the sources.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use chrono::TimeDelta;

use super::types::{
    CodeableConcept, Coding, Dosage, DoseAndRate, Identifier, Narrative, Quantity, Ratio,
    Reference, Timing, TimingRepeat,
};
use crate::{
    Claim, CodeSystem, DoseFrequency, Form, IdentifierScheme, Milligrams, Product, Rems, Route,
    SpravatoDevice, SpravatoSchedule, Substance,
};

/// The kinds of resource the crate builds, for ids and references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Substance,
    Medication,
    MedicationKnowledge,
    SubstanceDefinition,
}

impl Kind {
    pub(crate) const fn resource_type(self) -> &'static str {
        match self {
            Self::Substance => "Substance",
            Self::Medication => "Medication",
            Self::MedicationKnowledge => "MedicationKnowledge",
            Self::SubstanceDefinition => "SubstanceDefinition",
        }
    }
}

/// The `Resource.id` of a resource: the substance's canonical name
/// (`ketamine`, `esketamine`); the resource type tells them apart.
pub(crate) fn id(substance: Substance) -> String {
    substance.name().into()
}

/// The `Bundle.entry.fullUrl` of a resource, which every reference uses: a
/// fixed `urn:uuid:` per resource kind and substance, the same in R4 and R5
/// and in every edition, so a reference stays valid inside the bundle and a
/// stored resource keeps its name.
pub(crate) fn full_url(kind: Kind, substance: Substance) -> String {
    let uuid = match (kind, substance) {
        (Kind::Substance, Substance::Ketamine) => "c434133f-7ac8-43e1-9995-7790b0a38dab",
        (Kind::Substance, Substance::Esketamine) => "1763cd29-5648-4c2b-9e1f-b620494702b1",
        (Kind::Medication, Substance::Ketamine) => "3b336a20-bdd1-47bc-932a-ff8be6cd939e",
        (Kind::Medication, Substance::Esketamine) => "ab60813e-bd30-4440-a461-d8cafa392ccb",
        (Kind::MedicationKnowledge, Substance::Ketamine) => "f31d47d2-bee3-4909-a829-204d0b445352",
        (Kind::MedicationKnowledge, Substance::Esketamine) => {
            "0ea7e5cf-8332-4796-8de2-1c4cdb92555b"
        }
        (Kind::SubstanceDefinition, Substance::Ketamine) => "5f23034a-4eaf-455f-9d1e-e19c1d8d5486",
        (Kind::SubstanceDefinition, Substance::Esketamine) => {
            "adb401a0-156a-48f7-ad32-033e683fb0e8"
        }
    };
    format!("urn:uuid:{uuid}")
}

/// A reference to another resource of the bundle, with a display.
pub(crate) fn reference(kind: Kind, substance: Substance) -> Reference {
    Reference {
        reference: Some(full_url(kind, substance)),
        display: Some(display_name(kind, substance)),
    }
}

/// What a resource is about, in words.
pub(crate) fn display_name(kind: Kind, substance: Substance) -> String {
    match (kind, substance.products().first()) {
        (Kind::Medication | Kind::MedicationKnowledge, Some(product)) => product_name(*product),
        _ => substance.name().into(),
    }
}

/// The product with its substance: "Spravato (esketamine nasal spray)".
pub(crate) fn product_name(product: Product) -> String {
    format!(
        "{} ({} nasal spray)",
        product_label(product),
        product.substance()
    )
}

/// The product's name as written on its label.
fn product_label(product: Product) -> &'static str {
    match product {
        Product::Spravato => "Spravato",
    }
}

/// The system URI of NDC codes, as HL7 Terminology (THO) registers it in its
/// naming system `v3-ndc` (OID 2.16.840.1.113883.6.69): the same registry the
/// crate cites for the other system URIs
/// ([`Source::Hl7TerminologyNamingSystems`](crate::Source::Hl7TerminologyNamingSystems)).
pub(crate) const NDC_SYSTEM: &str = "http://hl7.org/fhir/sid/ndc";

/// The volume of one Spravato device, in millilitres, as the NDC Directory
/// record gives the strength ("28 mg per 0.2 mL"); a unit test checks it
/// against [`Product::ndc_claim`].
pub(crate) const SPRAVATO_DEVICE_ML: f64 = 0.2;

/// The bare value of an identifier, as FHIR's `Identifier.value` (a string,
/// also for a `PubChem` CID).
pub(crate) fn identifier_value(identifier: crate::Identifier) -> String {
    String::from(&*identifier.value())
}

/// What an identifier scheme's values are, for `Identifier.type.text`: the
/// reader of an identifier without a `system` (`DrugBank`, `PubChem`) learns the
/// scheme from it.
fn scheme_text(scheme: IdentifierScheme) -> &'static str {
    match scheme {
        IdentifierScheme::Atc => "WHO ATC code",
        IdentifierScheme::DrugBank => "DrugBank accession number",
        IdentifierScheme::PubChem => "PubChem compound identifier (CID)",
        IdentifierScheme::Cas => "CAS registry number",
        IdentifierScheme::Unii => "FDA Unique Ingredient Identifier (UNII)",
    }
}

/// One identifier as a FHIR `Identifier`: the system URI HL7 Terminology
/// registers for its scheme, or no system for `DrugBank` and `PubChem`, which
/// have none.
pub(crate) fn fhir_identifier(identifier: crate::Identifier) -> Identifier {
    let scheme = identifier.scheme();
    Identifier {
        kind: CodeableConcept::text(scheme_text(scheme)),
        system: scheme.system_uri(),
        value: identifier_value(identifier),
    }
}

/// The identifiers of the substance itself (its base form), without the ATC
/// codes, which are classifications ([`atc_classifications`]), and without
/// the salts' identifiers, which name other substances.
pub(crate) fn identifiers(substance: Substance) -> Vec<Identifier> {
    substance
        .identifiers()
        .filter(|r| r.form() == Form::Base && r.identifier().scheme() != IdentifierScheme::Atc)
        .map(|r| fhir_identifier(r.identifier()))
        .collect()
}

/// The claims behind [`identifiers`].
pub(crate) fn identifier_claims(substance: Substance) -> impl Iterator<Item = &'static Claim> {
    substance
        .identifiers()
        .filter(|r| r.form() == Form::Base)
        .map(crate::view::substance::IdentifierRecord::claim)
        .chain(
            IdentifierScheme::ALL
                .iter()
                .map(|scheme| scheme.system_uri_claim()),
        )
}

/// The substance as a concept: its UNII in the FDA UNII system, and its name.
pub(crate) fn substance_concept(substance: Substance) -> CodeableConcept {
    CodeableConcept::coded(
        [Coding::code(
            CodeSystem::Unii.uri(),
            substance.unii().to_string(),
        )]
        .into(),
        substance.name(),
    )
}

/// A salt form of the substance, as a concept: its UNII and CAS number where
/// the crate has them.
pub(crate) fn salt_concepts(substance: Substance) -> Vec<(Form, CodeableConcept, &'static Claim)> {
    let mut out: Vec<(Form, CodeableConcept, &'static Claim)> = Vec::new();
    for record in substance.identifiers().filter(|r| r.form() != Form::Base) {
        let identifier = record.identifier();
        let Some(system) = identifier.scheme().system_uri() else {
            continue;
        };
        let coding = Coding::code(system, identifier_value(identifier));
        match out.iter_mut().find(|(form, _, _)| *form == record.form()) {
            Some((_, concept, _)) => concept.coding.push(coding),
            None => out.push((
                record.form(),
                CodeableConcept::coded([coding].into(), format!("{} {}", substance, record.form())),
                record.claim(),
            )),
        }
    }
    out
}

/// The ATC codes of the substance, one concept each, with the group the
/// reference gives.
pub(crate) fn atc_classifications(substance: Substance) -> Vec<CodeableConcept> {
    substance
        .identifiers()
        .filter(|r| r.identifier().scheme() == IdentifierScheme::Atc)
        .map(|r| {
            let code = identifier_value(r.identifier());
            let text = match r.note() {
                Some(note) => format!("ATC {code}: {note}"),
                None => format!("ATC {code}"),
            };
            CodeableConcept::coded([Coding::code(CodeSystem::Atc.uri(), code)].into(), text)
        })
        .collect()
}

/// The type of the ATC classification, for `medicineClassification.type`.
pub(crate) fn atc_classification_type() -> CodeableConcept {
    CodeableConcept::text("WHO Anatomical Therapeutic Chemical (ATC) classification")
}

/// The DEA schedule as a concept (the SPL coding in the NCI Thesaurus).
pub(crate) fn dea_schedule(substance: Substance) -> Option<CodeableConcept> {
    let schedule = substance.dea_schedule()?;
    Some(CodeableConcept::coded(
        [Coding::from_crate(&schedule.coding())].into(),
        format!(
            "US DEA controlled-substance schedule {}",
            schedule.display_text()
        ),
    ))
}

/// The authority that schedules controlled substances in the US.
pub(crate) fn dea_authority() -> Reference {
    Reference::display("US Drug Enforcement Administration (DEA)")
}

/// The claims behind [`dea_schedule`].
pub(crate) fn dea_claims(substance: Substance) -> Vec<&'static Claim> {
    match substance.dea_schedule() {
        Some(schedule) => [substance.dea_schedule_claim(), schedule.claim()].into(),
        None => Vec::new(),
    }
}

/// A route as a concept: its SNOMED CT and FDA SPL codings, and its label.
pub(crate) fn route_concept(route: Route) -> CodeableConcept {
    CodeableConcept::coded(
        route
            .codings()
            .into_iter()
            .map(|coding| Coding::from_crate(&coding))
            .collect(),
        route.label(),
    )
}

/// The routes the substance is given by: the formulation's routes for
/// ketamine, the product's route for esketamine.
pub(crate) fn routes(substance: Substance) -> Vec<Route> {
    match substance.products() {
        [] => crate::Formulation::ALL
            .iter()
            .filter(|f| f.substance() == substance)
            .flat_map(|f| f.routes().iter().copied())
            .collect(),
        products => products.iter().map(|p| p.route()).collect(),
    }
}

/// The product code of a product, as a concept in the NDC system.
pub(crate) fn product_concept(product: Product) -> CodeableConcept {
    let device = SpravatoDevice::LABELED;
    CodeableConcept::coded(
        [Coding::code(
            NDC_SYSTEM,
            product.ndc_product_code().to_string(),
        )]
        .into(),
        format!(
            "{}, {} per device ({} sprays)",
            product_name(product),
            device.dose(),
            device.sprays()
        ),
    )
}

/// The dose form of a product.
pub(crate) fn dose_form(product: Product) -> CodeableConcept {
    match product {
        Product::Spravato => CodeableConcept::text("nasal spray, single-use device"),
    }
}

/// The strength of one device: esketamine in milligrams per millilitres.
pub(crate) fn device_strength() -> Ratio {
    Ratio {
        numerator: mg(SpravatoDevice::LABELED.dose()),
        denominator: Quantity::ucum(SPRAVATO_DEVICE_ML, "mL"),
    }
}

/// The claims behind the product code, strength and form.
pub(crate) fn product_claims(product: Product) -> [&'static Claim; 3] {
    [
        product.ndc_claim(),
        product.claim(),
        SpravatoDevice::LABELED.claim(),
    ]
}

/// A dose in milligrams, as a UCUM quantity.
pub(crate) fn mg(dose: Milligrams) -> Quantity {
    Quantity::ucum(f64::from(dose.get()), "mg")
}

/// A dosage group: what kind of regimen (`type`) and its dosages, in order.
pub(crate) struct DosingGroup {
    pub(crate) kind: CodeableConcept,
    pub(crate) dosages: Vec<Dosage>,
}

/// How often, in words.
fn frequency_text(frequency: DoseFrequency) -> &'static str {
    match frequency {
        DoseFrequency::TwiceWeekly => "twice a week",
        DoseFrequency::Weekly => "once a week",
        DoseFrequency::EveryTwoWeeks => "once every two weeks",
    }
}

/// How often, as `Timing.repeat` (frequency per period in weeks).
fn frequency_repeat(frequency: DoseFrequency) -> TimingRepeat {
    let (frequency, weeks) = match frequency {
        DoseFrequency::TwiceWeekly => (2, 1.0),
        DoseFrequency::Weekly => (1, 1.0),
        DoseFrequency::EveryTwoWeeks => (1, 2.0),
    };
    TimingRepeat {
        frequency: Some(frequency),
        period: Some(weeks),
        period_unit: Some("wk"),
        ..TimingRepeat::default()
    }
}

/// The REMS observation, as a dosage instruction.
fn observation_instruction(rems: &Rems) -> CodeableConcept {
    CodeableConcept::text(format!(
        "observe the patient for at least {} after each dose (Spravato REMS)",
        hours_text(rems.minimum_observation())
    ))
}

/// A duration in words ("2 hours", "40 minutes").
fn hours_text(time: TimeDelta) -> String {
    let minutes = time.num_minutes();
    match (minutes % 60, minutes / 60) {
        (0, 1) => "1 hour".into(),
        (0, hours) => format!("{hours} hours"),
        _ => format!("{minutes} minutes"),
    }
}

/// "56 mg or 84 mg".
fn choices<T: core::fmt::Display>(items: &[T]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " or " } else { ", " });
        }
        let _ = write!(out, "{item}");
    }
    out
}

/// The Spravato schedule as dosage groups: one group per phase and choice
/// the label leaves to the prescriber (each dose, each frequency), so no
/// alternative is lost and none is merged into a range. Within a group the
/// dosages are sequential (the day-1 dose, then the rest of the phase).
pub(crate) fn spravato_dosing() -> Vec<DosingGroup> {
    let device = SpravatoDevice::LABELED;
    let route = route_concept(device.product().route());
    let observe = observation_instruction(&Rems::SPRAVATO);
    let mut groups = Vec::new();
    for phase in SpravatoSchedule::all() {
        let weeks = phase.weeks();
        let bounds = weeks
            .last()
            .map(|last| Quantity::ucum(f64::from(last - weeks.first() + 1), "wk"));
        let alternatives = phase.frequencies().len() * phase.doses().len();
        for &frequency in phase.frequencies() {
            for &dose in phase.doses() {
                let mut dosages = Vec::new();
                if let Some(first) = phase.first_dose() {
                    dosages.push(Dosage {
                        sequence: Some(1),
                        text: format!("{first} on day 1 ({weeks})"),
                        additional_instruction: [observe.clone()].into(),
                        timing: Timing {
                            repeat: TimingRepeat {
                                count: Some(1),
                                ..TimingRepeat::default()
                            },
                        },
                        route: route.clone(),
                        dose_and_rate: [DoseAndRate {
                            dose_quantity: mg(first),
                        }]
                        .into(),
                    });
                }
                let devices = device.devices_for(dose).unwrap_or(0);
                dosages.push(Dosage {
                    sequence: Some(dosages.len() as u32 + 1),
                    text: format!(
                        "{dose} ({devices} devices) {}, {weeks}{}",
                        frequency_text(frequency),
                        if phase.first_dose().is_some() {
                            ", after the day-1 dose"
                        } else {
                            ""
                        }
                    ),
                    additional_instruction: [observe.clone()].into(),
                    timing: Timing {
                        repeat: TimingRepeat {
                            bounds_duration: bounds.clone(),
                            ..frequency_repeat(frequency)
                        },
                    },
                    route: route.clone(),
                    dose_and_rate: [DoseAndRate {
                        dose_quantity: mg(dose),
                    }]
                    .into(),
                });
                groups.push(DosingGroup {
                    kind: CodeableConcept::text(format!(
                        "{} phase, {weeks}: {dose} {}; one of {alternatives} alternatives the label leaves to the prescriber ({}; {})",
                        phase.schedule_phase(),
                        frequency_text(frequency),
                        choices(phase.doses()),
                        choices(
                            &phase
                                .frequencies()
                                .iter()
                                .map(|f| frequency_text(*f))
                                .collect::<Vec<_>>()
                        ),
                    )),
                    dosages,
                });
            }
        }
    }
    groups
}

/// The claims behind [`spravato_dosing`].
pub(crate) fn spravato_dosing_claims() -> impl Iterator<Item = &'static Claim> {
    SpravatoSchedule::all()
        .iter()
        .map(SpravatoSchedule::claim)
        .chain([SpravatoDevice::LABELED.claim()])
        .chain(Rems::SPRAVATO.claims())
}

/// The IV protocol of the depression trials as a dosage group: 0.5 mg/kg,
/// each infusion lasting 40 minutes. A research protocol, not an approved dose.
pub(crate) fn iv_trial_dosing() -> DosingGroup {
    let protocol = crate::IvProtocol::DEPRESSION_TRIALS;
    let minutes = protocol.infusion_time().num_minutes();
    DosingGroup {
        kind: CodeableConcept::text(
            "the protocol of the placebo-controlled trials of IV ketamine in depression (a research protocol, not an approved dose)",
        ),
        dosages: [Dosage {
            sequence: None,
            text: format!(
                "{} infused over {}",
                protocol.dose(),
                hours_text(protocol.infusion_time())
            ),
            additional_instruction: Vec::new(),
            timing: Timing {
                repeat: TimingRepeat {
                    duration: Some(minutes as f64),
                    duration_unit: Some("min"),
                    ..TimingRepeat::default()
                },
            },
            route: route_concept(Route::Iv),
            dose_and_rate: [DoseAndRate {
                dose_quantity: Quantity::ucum(
                    f64::from(protocol.dose().micrograms_per_kg()) / 1000.0,
                    "mg/kg",
                ),
            }]
            .into(),
        }]
        .into(),
    }
}

/// The REMS as a monitoring program: its type and a name that says what it
/// requires (certified settings only, no home use, the observation time).
pub(crate) fn rems_program(rems: &Rems) -> (CodeableConcept, String) {
    let mut name = format!(
        "{} REMS: given only in certified healthcare settings",
        product_label(rems.product())
    );
    if !rems.certified_settings_only() {
        name = format!("{} REMS", product_label(rems.product()));
    }
    if !rems.allows_home_use() {
        name.push_str(", never dispensed for use at home");
    }
    let _ = write!(
        name,
        "; the patient is observed for at least {} after each dose",
        hours_text(rems.minimum_observation())
    );
    (
        CodeableConcept::text("Risk Evaluation and Mitigation Strategy (REMS)"),
        name,
    )
}

/// One indication: its text (a cited claim's summary) and whether the
/// Spravato schedule is the dosing for it.
pub(crate) struct IndicationText {
    pub(crate) text: String,
    pub(crate) claim: &'static Claim,
    pub(crate) dosing: Dosing,
}

/// Which dosing goes with an indication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dosing {
    /// None the crate has.
    None,
    /// The Spravato schedule for treatment-resistant depression.
    SpravatoSchedule,
    /// The IV protocol of the depression trials.
    IvTrials,
}

/// The indications of a substance, each with the cited claim it is read from.
///
/// Esketamine: the approvals of Spravato (FDA 2019 for treatment-resistant
/// depression with an oral antidepressant, which the schedule is for; EU
/// 2019; FDA 2020 for depression with acute suicidal ideation or behavior;
/// FDA 2025 as monotherapy). Ketamine: anesthesia (the 1970 approval), and
/// depression, off-label, with the IV protocol of the trials.
pub(crate) fn indications(substance: Substance) -> Vec<IndicationText> {
    let claim = crate::view::index::claim;
    let rows: &[(&str, &str, Dosing)] = match substance {
        Substance::Ketamine => &[
            (
                "anesthesia",
                "history-event/ketalar-approval-fda-1970",
                Dosing::None,
            ),
            (
                "depression (off-label)",
                "indication/depression-off-label-use",
                Dosing::IvTrials,
            ),
        ],
        Substance::Esketamine => &[
            (
                "treatment-resistant depression, with an oral antidepressant (US)",
                "history-event/spravato-approval-fda-trd",
                Dosing::SpravatoSchedule,
            ),
            (
                "treatment-resistant depression, with an SSRI or SNRI (EU)",
                "history-event/spravato-eu-approval-european-commission",
                Dosing::None,
            ),
            (
                "depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior (US)",
                "history-event/spravato-suicidal-ideation-fda-mdd-indication",
                Dosing::None,
            ),
            (
                "treatment-resistant depression, as monotherapy (US)",
                "history-event/spravato-monotherapy-fda-approval",
                Dosing::None,
            ),
        ],
    };
    rows.iter()
        .map(|&(name, id, dosing)| {
            let claim = claim(id);
            IndicationText {
                text: format!("{name}: {}", claim.summary()),
                claim,
                dosing,
            }
        })
        .collect()
}

/// The dosage groups of an indication.
pub(crate) fn dosing_groups(dosing: Dosing) -> Vec<DosingGroup> {
    match dosing {
        Dosing::None => Vec::new(),
        Dosing::SpravatoSchedule => spravato_dosing(),
        Dosing::IvTrials => [iv_trial_dosing()].into(),
    }
}

/// The claims behind a dosing.
pub(crate) fn dosing_claims(dosing: Dosing) -> Vec<&'static Claim> {
    match dosing {
        Dosing::None => Vec::new(),
        Dosing::SpravatoSchedule => spravato_dosing_claims().collect(),
        Dosing::IvTrials => [crate::IvProtocol::DEPRESSION_TRIALS.claim()].into(),
    }
}

/// The boxed-warning items of a product, each as a display ("boxed warning:
/// sedation"), with their claims.
pub(crate) fn boxed_warnings(product: Product) -> Vec<(String, &'static Claim)> {
    crate::BoxedWarning::ALL
        .iter()
        .filter(|w| w.product() == product)
        .map(|w| {
            let added = if w.in_2019_label() {
                ""
            } else {
                " (added after the 2019 label)"
            };
            (
                format!(
                    "{} boxed warning: {}{added}",
                    product_label(product),
                    w.name().replace('_', " ")
                ),
                w.claim(),
            )
        })
        .collect()
}

/// The sentence every resource carries: what it is and what it is not.
pub(crate) const NOT_AN_ORDER: &str = "Information from cited sources, built by the ketamine-facts crate: not a clinical order, a prescription or dosing advice.";

/// The narrative of a resource (status `additional`: it says more than the
/// structured data, namely that it is not a clinical order and which sources
/// and claims it rests on).
pub(crate) fn narrative(title: &str, lines: &[String], claims: &[&'static Claim]) -> Narrative {
    let mut div = String::from(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#);
    let _ = write!(div, "<p><b>{}</b></p>", escape(title));
    let _ = write!(
        div,
        "<p>{} {}</p>",
        escape(NOT_AN_ORDER),
        escape(crate::DISCLAIMER)
    );
    if !lines.is_empty() {
        div.push_str("<ul>");
        for line in lines {
            let _ = write!(div, "<li>{}</li>", escape(line));
        }
        div.push_str("</ul>");
    }
    let mut cited: Vec<(crate::Source, Option<&'static str>)> = Vec::new();
    let mut ids: Vec<&'static str> = Vec::new();
    for claim in claims {
        if !ids.contains(&claim.id().as_str()) {
            ids.push(claim.id().as_str());
        }
        for citation in claim.citations() {
            let key = (citation.source(), citation.heading());
            if !cited.contains(&key) {
                cited.push(key);
            }
        }
    }
    div.push_str("<p>Sources:</p><ul>");
    for (source, heading) in cited {
        let _ = write!(div, "<li>{}", escape(source.title()));
        if let Some(heading) = heading {
            let _ = write!(div, ", section \"{}\"", escape(heading));
        }
        if let Some(identifier) = source
            .identifier()
            .filter(|identifier| !source.title().contains(identifier))
        {
            let _ = write!(div, " ({})", escape(identifier));
        }
        div.push_str("</li>");
    }
    div.push_str("</ul>");
    let _ = write!(
        div,
        "<p>Claims (ketamine-facts data edition {}): {}</p></div>",
        crate::DATA_VERSION,
        escape(&ids.join(", "))
    );
    Narrative {
        status: "additional",
        div,
    }
}

/// Text made safe for XHTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// What R4's and R5's `Substance` share: the identifiers of the base form,
/// esketamine's description (the enantiomer claim), and the narrative that
/// lists both with the claims behind them.
pub(crate) fn substance_parts(
    substance: Substance,
) -> (Vec<Identifier>, Option<&'static str>, Narrative) {
    let mut claims: Vec<&'static Claim> = identifier_claims(substance).collect();
    let description = (substance == Substance::Esketamine).then(|| {
        claims.push(Substance::enantiomer_claim());
        Substance::enantiomer_claim().summary()
    });
    let identifier = identifiers(substance);
    let lines = identifier
        .iter()
        .map(|i| format!("{}: {}", i.kind.text.as_deref().unwrap_or(""), i.value))
        .chain(description.map(String::from))
        .collect::<Vec<_>>();
    let text = narrative(&format!("Substance: {substance}"), &lines, &claims);
    (identifier, description, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_device_volume_is_the_one_the_ndc_record_gives() {
        let strength = format!(
            "{} per {} mL",
            SpravatoDevice::LABELED.dose(),
            SPRAVATO_DEVICE_ML
        );
        assert_eq!(strength, "28 mg per 0.2 mL");
        assert!(Product::Spravato.ndc_claim().mentions(&strength));
    }

    #[test]
    fn every_dose_choice_and_frequency_is_an_alternative() {
        let groups = spravato_dosing();
        let expected: usize = SpravatoSchedule::all()
            .iter()
            .map(|p| p.doses().len() * p.frequencies().len())
            .sum();
        assert_eq!(groups.len(), expected);
    }

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape("a < b & \"c\" > d"),
            "a &lt; b &amp; &quot;c&quot; &gt; d"
        );
    }
}
