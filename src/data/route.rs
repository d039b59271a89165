//! Claims whose home subject (their first) is a route of administration.

use super::prelude::*;
use crate::{
    Claim, ClinicPractice, Disagreement, Evidence, Formulation, HistoryEvent, Indication,
    ProcessItem, Route, Section, Source, TherapyStep,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "route/intravenous-most-common-for-depression",
        &[S::Route(Route::Iv), S::Indication(Indication::Depression), S::Formulation(Formulation::Ketamine)],
        "IV infusion is the most common way ketamine is given to treat depression.",
        &[at(Section::AdministrationMethods, Evidence::StandardPractice)],
    ),
    Claim::new(
        "route/intravenous-most-common-in-003-faq",
        &[S::Route(Route::Iv)],
        "Article 003's FAQ calls IV infusion the most common method of giving ketamine.",
        &[at(Section::FaqAdministration, Evidence::StandardPractice)],
    ),
    Claim::new(
        "route/intravenous-infusion-40-minutes",
        &[S::Route(Route::Iv), S::ProcessItem(ProcessItem::InfusionDuration), S::TherapyStep(TherapyStep::Administration), S::ClinicPractice(ClinicPractice::SupervisedSessions)],
        "One IV infusion runs for about 40 minutes.",
        &[at(Section::AdministrationMethods, Evidence::Stated), at(Section::FaqAdministration, Evidence::Stated), at(Section::FaqInfusionSession, Evidence::Stated)],
    ),
    Claim::new(
        "route/intravenous-low-dose",
        &[S::Route(Route::Iv)],
        "The dose given by infusion is a low one.",
        &[at(Section::AdministrationMethods, Evidence::Stated), at(Section::FaqAdministration, Evidence::Stated)],
    ),
    Claim::new(
        "route/intravenous-precise-dose-control",
        &[S::Route(Route::Iv)],
        "Infusion lets the provider control the dose precisely, and its effects are immediate.",
        &[at(Section::FaqAdministration, Evidence::Stated)],
    ),
    Claim::new(
        "route/intranasal-spravato-fda-approval-in-003",
        &[S::Route(Route::Intranasal), S::Indication(Indication::TreatmentResistantDepression), S::HistoryEvent(HistoryEvent::NasalSprayApproval), S::Formulation(Formulation::EsketamineNasalSpray)],
        "Article 003: the FDA approved a nasal spray of esketamine, sold as Spravato, for treatment-resistant depression.",
        &[at(Section::AdministrationMethods, Evidence::RegulatoryApproval), at(Section::FaqAdministration, Evidence::RegulatoryApproval)],
    )
    .disputed(&[Disagreement::WhatTheFdaApproved]),
    Claim::new(
        "route/intranasal-alternative-to-iv",
        &[S::Route(Route::Intranasal), S::Formulation(Formulation::EsketamineNasalSpray)],
        "The spray suits patients who would rather not have IV infusions.",
        &[at(Section::FaqAdministration, Evidence::Stated)],
    ),
    Claim::new(
        "route/intranasal-fda-approval-rapid-acting-in-002",
        &[S::Route(Route::Intranasal), S::Indication(Indication::TreatmentResistantDepression), S::HistoryEvent(HistoryEvent::NasalSprayApproval), S::Formulation(Formulation::EsketamineNasalSpray)],
        "Article 002: the FDA approved a ketamine nasal spray for treatment-resistant depression, prompted by its rapid onset; the article calls it the first rapid-acting antidepressant to reach the market.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::RegulatoryApproval)],
    )
    .disputed(&[Disagreement::WhatTheFdaApproved]),
    Claim::new(
        "route/intranasal-newer-development",
        &[S::Route(Route::Intranasal), S::Indication(Indication::Depression), S::Formulation(Formulation::EsketamineNasalSpray)],
        "Using ketamine as a nasal spray for conditions such as depression is one of the newer developments in the field.",
        &[at(Section::NasalSprayTeaser, Evidence::Stated)],
    ),
    Claim::new(
        "route/intramuscular-chosen-in-certain-cases",
        &[S::Route(Route::Im), S::Formulation(Formulation::Ketamine)],
        "Providers may choose intramuscular injection in certain cases.",
        &[at(Section::AdministrationMethods, Evidence::Stated), at(Section::FaqAdministration, Evidence::Stated)],
    ),
    Claim::new(
        "route/oral-less-common-variable-absorption",
        &[S::Route(Route::Oral), S::Formulation(Formulation::Ketamine)],
        "Oral doses are less common because absorption varies, though some practitioners prescribe them for particular patients.",
        &[at(Section::AdministrationMethods, Evidence::Stated), at(Section::FaqAdministration, Evidence::Stated)],
    ),
];
