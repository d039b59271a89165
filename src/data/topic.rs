//! Claims whose home subject (their first) is a general topic (route choice, safety, the course of therapy, and the reference topics).

use super::prelude::*;
use crate::{
    Certainty, Claim, ClinicPractice, Confidence, Evidence, Formulation, ProcessItem, Route,
    Section, SideEffect, Source, TherapyStep, Topic,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "topic/route-choice-depends-on-patient",
        &[S::Topic(Topic::RouteChoice)],
        "Every route has advantages and drawbacks, and the choice depends on the individual patient (003's list gives the severity of symptoms and earlier responses to treatment).",
        &[at(Section::AdministrationMethods, Evidence::Stated), at(Section::FaqAdministration, Evidence::Stated)],
    ),
    Claim::new(
        "topic/route-choice-forms-depend-on-condition",
        &[S::Topic(Topic::RouteChoice)],
        "Ketamine comes in several forms, among them IV infusion and nasal spray, and which is used depends on the condition treated.",
        &[at(Section::WhatAreTherapeuticUses, Evidence::Stated)],
    ),
    Claim::new(
        "topic/route-choice-routes-in-003-takeaways",
        &[S::Topic(Topic::RouteChoice)],
        "Article 003's takeaways give IV infusion, nasal spray and injections as the ways of giving ketamine.",
        &[at(Section::KeyTakeaways, Evidence::Stated)],
    ),
    Claim::new(
        "topic/route-choice-set-by-treatment-plan",
        &[S::Topic(Topic::RouteChoice), S::ProcessItem(ProcessItem::DoseAndRoute), S::TherapyStep(TherapyStep::TreatmentPlan), S::ClinicPractice(ClinicPractice::TailoredPlans), S::Route(Route::Iv), S::Route(Route::Intranasal), S::Formulation(Formulation::EsketamineNasalSpray)],
        "A treatment plan sets the method of administration, intravenous or intranasal, together with the dose.",
        &[at(Section::Step2TreatmentPlan, Evidence::Stated)],
    ),
    Claim::new(
        "topic/safety-side-effects-short-lived",
        &[S::Topic(Topic::Safety)],
        "Most side effects are temporary and clear up shortly after treatment.",
        &[at(Section::TroubleshootingAndConsiderations, Evidence::Stated)],
    ),
    Claim::new(
        "topic/therapy-process-structured",
        &[S::Topic(Topic::TherapyProcess)],
        "Ketamine therapy typically follows a structured process.",
        &[at(Section::TherapyProcess, Evidence::StandardPractice)],
    ),
    Claim::new(
        "topic/therapy-process-safety-and-efficacy-aim",
        &[S::Topic(Topic::TherapyProcess)],
        "The process is designed to keep patients safe and to make treatment work.",
        &[at(Section::TherapyProcess, Evidence::Stated), at(Section::FaqInfusionSession, Evidence::Stated)],
    ),
    Claim::new(
        "topic/route-codes-intravenous",
        &[S::Topic(Topic::RouteCodes)],
        "Intravenous is SNOMED CT 47625008 (Intravenous route) and FDA SPL C38276 (INTRAVENOUS).",
        &[whole(Source::SnomedCtRouteCodes, Evidence::Stated), whole(Source::FdaSplRouteTerminology, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)")),
    Claim::new(
        "topic/route-codes-intranasal",
        &[S::Topic(Topic::RouteCodes)],
        "Intranasal is SNOMED CT 46713006 (Nasal route) and FDA SPL C38284 (NASAL).",
        &[whole(Source::SnomedCtRouteCodes, Evidence::Stated), whole(Source::FdaSplRouteTerminology, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)")),
    Claim::new(
        "topic/route-codes-intramuscular",
        &[S::Topic(Topic::RouteCodes)],
        "Intramuscular is SNOMED CT 78421000 (Intramuscular route) and FDA SPL C28161 (INTRAMUSCULAR).",
        &[whole(Source::SnomedCtRouteCodes, Evidence::Stated), whole(Source::FdaSplRouteTerminology, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)")),
    Claim::new(
        "topic/route-codes-oral",
        &[S::Topic(Topic::RouteCodes)],
        "Oral is SNOMED CT 26643006 (Oral route) and FDA SPL C38288 (ORAL).",
        &[whole(Source::SnomedCtRouteCodes, Evidence::Stated), whole(Source::FdaSplRouteTerminology, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)")),
    Claim::new(
        "topic/pharmacokinetics-iv-bioavailability-100",
        &[S::Topic(Topic::Pharmacokinetics)],
        "An intravenous dose is fully available to the blood: 100% bioavailability, by definition, since other routes are measured against IV.",
        &[whole(Source::Pharmacotherapy2022, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "true by definition; the reference file names no source, so the crate cites a study that uses IV as its 100% reference")),
    Claim::new(
        "topic/pharmacokinetics-im-bioavailability-93",
        &[S::Topic(Topic::Pharmacokinetics)],
        "About 93% of an intramuscular dose of ketamine reaches the blood.",
        &[whole(Source::PkSecondarySummaries, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::Medium, "secondary summaries only; no primary study was checked")),
    Claim::new(
        "topic/pharmacokinetics-intranasal-bioavailability-2003-study",
        &[S::Topic(Topic::Pharmacokinetics)],
        "A small 2003 study estimated the bioavailability of a ketamine nasal spray at about 45%.",
        &[whole(Source::Yanagihara2003, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept")),
    Claim::new(
        "topic/pharmacokinetics-intranasal-bioavailability-reviews",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Reviews of the literature put the bioavailability of intranasal ketamine between 25% and 50%.",
        &[whole(Source::Rolan2013, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept")),
    Claim::new(
        "topic/pharmacokinetics-intranasal-bioavailability-2022-study",
        &[S::Topic(Topic::Pharmacokinetics)],
        "A 2022 study measured intranasal ketamine bioavailability at only 11–17%, depending on the dose.",
        &[whole(Source::Pharmacotherapy2022, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept")),
    Claim::new(
        "topic/pharmacokinetics-esketamine-spray-bioavailability-48",
        &[S::Topic(Topic::Pharmacokinetics)],
        "About 48% of an esketamine nasal spray dose (Spravato) reaches the blood.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/pharmacokinetics-oral-bioavailability-20",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Swallowed ketamine has low bioavailability, about 20%, because much of it is broken down before reaching the blood.",
        &[whole(Source::Yanagihara2003, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::Medium, "sources differ in detail (about 20%; 16–25%)")),
    Claim::new(
        "topic/pharmacokinetics-oral-bioavailability-range",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Sources put oral ketamine bioavailability between 16% and 25%.",
        &[whole(Source::Peltoniemi2016, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::Medium, "sources differ in detail (about 20%; 16–25%)")),
    Claim::new(
        "topic/pharmacokinetics-elimination-half-life",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Ketamine's elimination (beta-phase) half-life is about 2 to 3 hours.",
        &[whole(Source::Peltoniemi2016, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "2–3 h (beta phase) and 5–6 h (terminal, a 2021 study) describe different phases; both are kept")),
    Claim::new(
        "topic/pharmacokinetics-terminal-half-life-2021-study",
        &[S::Topic(Topic::Pharmacokinetics)],
        "A 2021 study found a longer terminal half-life for ketamine, of 5 to 6 hours.",
        &[whole(Source::Anesthesiology2021, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "2–3 h (beta phase) and 5–6 h (terminal, a 2021 study) describe different phases; both are kept")),
    Claim::new(
        "topic/pharmacokinetics-esketamine-terminal-half-life",
        &[S::Topic(Topic::Pharmacokinetics)],
        "After the nasal spray, esketamine's terminal half-life ranges from 7 to 12 hours.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/pharmacokinetics-liver-metabolism-norketamine",
        &[S::Topic(Topic::Pharmacokinetics)],
        "The liver breaks ketamine down mainly into norketamine, through the enzymes CYP3A4 and CYP2B6.",
        &[whole(Source::Peltoniemi2016, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::High, "a pharmacokinetic review and the product's prescribing information agree")),
    Claim::new(
        "topic/pharmacokinetics-esketamine-liver-metabolism",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Esketamine is metabolized in the liver, mainly to its norketamine form, by CYP2B6 and CYP3A4.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "a pharmacokinetic review and the product's prescribing information agree")),
    Claim::new(
        "topic/pharmacokinetics-norketamine-potency",
        &[S::Topic(Topic::Pharmacokinetics)],
        "Norketamine is itself active, with about a third of ketamine's potency.",
        &[whole(Source::Peltoniemi2016, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::High, "a pharmacokinetic review and the product's prescribing information agree")),
    Claim::new(
        "topic/dosing-iv-trial-infusion-dose",
        &[S::Topic(Topic::Dosing)],
        "The placebo-controlled trials of IV ketamine for depression gave 0.5 mg/kg of ketamine as an infusion lasting 40 minutes.",
        &[whole(Source::Berman2000, Evidence::ClinicalStudies), whole(Source::Murrough2013, Evidence::ClinicalStudies), whole(Source::Fava2018, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::High, "the trial publications themselves")),
    Claim::new(
        "topic/dosing-spravato-device-28-mg",
        &[S::Topic(Topic::Dosing)],
        "Each Spravato device holds 28 mg of esketamine, given as two sprays.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/dosing-spravato-induction-weeks-1-4",
        &[S::Topic(Topic::Dosing)],
        "In weeks 1 to 4, Spravato is given twice a week: 56 mg on day 1, then 56 mg or 84 mg.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/dosing-spravato-weeks-5-8",
        &[S::Topic(Topic::Dosing)],
        "In weeks 5 to 8, Spravato is given once a week, at 56 mg or 84 mg.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/dosing-spravato-maintenance-week-9",
        &[S::Topic(Topic::Dosing)],
        "From week 9, Spravato is given once a week or once every two weeks, at 56 mg or 84 mg.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/dosing-rems-certified-settings-only",
        &[S::Topic(Topic::Dosing)],
        "Under its REMS, Spravato is given only in certified healthcare settings and is never dispensed for use at home.",
        &[whole(Source::SpravatoRems, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the FDA-required REMS program itself")),
    Claim::new(
        "topic/dosing-rems-observation-2-hours",
        &[S::Topic(Topic::Dosing)],
        "Under its REMS, a patient is observed for at least 2 hours after each Spravato dose.",
        &[whole(Source::SpravatoRems, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the FDA-required REMS program itself")),
    Claim::new(
        "topic/dosing-spravato-blood-pressure-check",
        &[S::Topic(Topic::Dosing)],
        "Spravato raises blood pressure, with a peak about 40 minutes after a dose and a rise lasting about 4 hours; blood pressure is checked before dosing.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/dosing-spravato-not-for-anesthesia",
        &[S::Topic(Topic::Dosing)],
        "Spravato is not meant to be used as an anesthetic.",
        &[whole(Source::SpravatoPatientInformation, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the manufacturer's patient information for the approved product")),
    Claim::new(
        "topic/dosing-spravato-children-unknown",
        &[S::Topic(Topic::Dosing)],
        "Whether Spravato is safe and effective in children is not known.",
        &[whole(Source::SpravatoPatientInformation, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the manufacturer's patient information for the approved product")),
    Claim::new(
        "topic/dosing-spravato-suicide-prevention-unproven",
        &[S::Topic(Topic::Dosing)],
        "Spravato is not known to be safe and effective at preventing suicide or at reducing suicidal thoughts.",
        &[whole(Source::SpravatoPatientInformation, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the manufacturer's patient information for the approved product")),
    Claim::new(
        "topic/dosing-spravato-no-hospitalization-replacement",
        &[S::Topic(Topic::Dosing)],
        "Spravato does not replace hospitalization when a patient needs it.",
        &[whole(Source::SpravatoPatientInformation, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the manufacturer's patient information for the approved product")),
    Claim::new(
        "topic/label-safety-dissociation-rate",
        &[S::Topic(Topic::LabelSafety)],
        "In the label's short-term trials, 41% of patients on Spravato had dissociation, against 9% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-dizziness-rate",
        &[S::Topic(Topic::LabelSafety)],
        "In the label's short-term trials, 29% of patients on Spravato had dizziness, against 8% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-nausea-rate",
        &[S::Topic(Topic::LabelSafety)],
        "In the label's short-term trials, 28% of patients on Spravato had nausea, against 9% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-sedation-rate",
        &[S::Topic(Topic::LabelSafety), S::SideEffect(SideEffect::Sedation)],
        "In the label's short-term trials, 23% of patients on Spravato had sedation, against 9% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-vertigo-rate",
        &[S::Topic(Topic::LabelSafety), S::SideEffect(SideEffect::Vertigo)],
        "In the label's short-term trials, 23% of patients on Spravato had vertigo, against 3% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-blood-pressure-rate",
        &[S::Topic(Topic::LabelSafety)],
        "In the label's short-term trials, 10% of patients on Spravato had increased blood pressure, against 3% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-vomiting-rate",
        &[S::Topic(Topic::LabelSafety)],
        "In the label's short-term trials, 9% of patients on Spravato vomited, against 2% on placebo.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-boxed-warning",
        &[S::Topic(Topic::LabelSafety)],
        "Spravato's boxed warning covers sedation, dissociation, respiratory depression, abuse and misuse, and suicidal thoughts and behaviors.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
    Claim::new(
        "topic/label-safety-respiratory-depression-warning-added",
        &[S::Topic(Topic::LabelSafety)],
        "Respiratory depression joined Spravato's boxed warning after the first, 2019 label.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the current prescribing information; the exact revision date is not given")),
    Claim::new(
        "topic/label-safety-ketamine-uropathy-2007",
        &[S::Topic(Topic::LabelSafety), S::SideEffect(SideEffect::BladderProblems)],
        "Long-term heavy ketamine use is associated with ulcerative cystitis (ketamine-associated uropathy), described as a new clinical entity in 2007.",
        &[whole(Source::Shahani2007, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::High, "the peer-reviewed case series that first described it")),
    Claim::new(
        "topic/label-safety-cystitis-warning",
        &[S::Topic(Topic::LabelSafety), S::SideEffect(SideEffect::BladderProblems)],
        "The Spravato label warns of ulcerative and interstitial cystitis.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
];
