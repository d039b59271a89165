//! Claims whose home subject (their first) is an event in ketamine's history.

use super::prelude::*;
use crate::{
    Certainty, Claim, ClinicPractice, Confidence, Evidence, HistoryEvent, ResearchDirection,
    Section, Source,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "history-event/developed-in-the-1960s-development-decade",
        &[S::HistoryEvent(HistoryEvent::DevelopedInThe1960s)],
        "Its development dates from the 1960s.",
        &[at(Section::WhatIsKetamine, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/vietnam-battlefield-use-us-forces",
        &[S::HistoryEvent(HistoryEvent::VietnamBattlefieldUse)],
        "US forces used ketamine as a battlefield anesthetic in the Vietnam War.",
        &[whole(Source::ApaTextbookKetamineChapter, Evidence::Stated), whole(Source::MercerDrugOfWar, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::Medium, "the use is certain, its start year is not")),
    Claim::new(
        "history-event/vietnam-battlefield-use-start-date-disputed",
        &[S::HistoryEvent(HistoryEvent::VietnamBattlefieldUse)],
        "When the use began is not settled: the textbook chapter places it after the 1970 approval, other timelines from 1966.",
        &[whole(Source::ApaTextbookKetamineChapter, Evidence::Stated), whole(Source::MercerDrugOfWar, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "sources give different start years")),
    Claim::new(
        "history-event/synthesized-in-1962-calvin-stevens",
        &[S::HistoryEvent(HistoryEvent::SynthesizedIn1962)],
        "Calvin Stevens synthesized ketamine in 1962, where its story begins.",
        &[at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/ci-581-synthesis-wayne-state-parke-davis",
        &[S::HistoryEvent(HistoryEvent::Ci581Synthesis)],
        "Calvin Stevens, an organic chemist at Wayne State University consulting for Parke-Davis, synthesized ketamine in 1962 under the code CI-581.",
        &[whole(Source::ApaTextbookKetamineChapter, Evidence::Stated), whole(Source::ErowidKetamineTimeline, Evidence::Stated), whole(Source::HistoryReviewPmc4933765, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "a textbook chapter, a timeline and a review agree")),
    Claim::new(
        "history-event/first-human-study-domino-corssen",
        &[S::HistoryEvent(HistoryEvent::FirstHumanStudy)],
        "Edward Domino and Guenter Corssen of the University of Michigan gave ketamine to people for the first time, and named the state it produces a \"dissociative anesthetic\".",
        &[whole(Source::DominoTamingTheKetamineTiger, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "Domino's own account; high for the term")),
    Claim::new(
        "history-event/first-human-study-year-disputed",
        &[S::HistoryEvent(HistoryEvent::FirstHumanStudy)],
        "The year is not settled: the study is dated 1964, its paper 1965, and one source gives 1966.",
        &[whole(Source::DominoTamingTheKetamineTiger, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::NotSettled, "study 1964, paper 1965, one source 1966")),
    Claim::new(
        "history-event/late-century-mood-studies-beyond-anesthesia",
        &[S::HistoryEvent(HistoryEvent::LateCenturyMoodStudies)],
        "As research went on, scientists looked into uses of ketamine beyond anesthesia.",
        &[at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/ketalar-approval-fda-1970",
        &[S::HistoryEvent(HistoryEvent::KetalarApproval)],
        "The US FDA first approved ketamine in 1970, as Ketalar from Parke-Davis (NDA 016812).",
        &[whole(Source::KetalarLabel, Evidence::RegulatoryApproval), whole(Source::ApaTextbookKetamineChapter, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the label gives the initial US approval as 1970; the exact day was not found")),
    Claim::new(
        "history-event/approved-in-the-1970s-first-medical-approval",
        &[S::HistoryEvent(HistoryEvent::ApprovedInThe1970s)],
        "Ketamine received its first approval for medical use in the 1970s.",
        &[whole(Source::MentalHealthOverview, Evidence::RegulatoryApproval)],
    ),
    Claim::new(
        "history-event/who-essential-medicine-listing-1985",
        &[S::HistoryEvent(HistoryEvent::WhoEssentialMedicine)],
        "The WHO added ketamine to its Model List of Essential Medicines in 1985.",
        &[whole(Source::WhoKetamineControl2015, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the WHO's own statement")),
    Claim::new(
        "history-event/dea-schedule-iii-1999-final-rule",
        &[S::HistoryEvent(HistoryEvent::DeaScheduleIii)],
        "Ketamine was placed in Schedule III of the US Controlled Substances Act from 12 August 1999, by a final rule published on 13 July 1999 (64 FR 37673).",
        &[whole(Source::FederalRegister1999, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the Federal Register rule")),
    Claim::new(
        "history-event/berman-trial-first-placebo-controlled",
        &[S::HistoryEvent(HistoryEvent::BermanTrial)],
        "Berman et al. published the first placebo-controlled, double-blind trial of ketamine in depression: 7 patients, 0.5 mg/kg given intravenously.",
        &[whole(Source::Berman2000, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::High, "the trial publication")),
    Claim::new(
        "history-event/zarate-trial-rapid-response",
        &[S::HistoryEvent(HistoryEvent::ZarateTrial)],
        "Zarate et al. ran a randomized trial of ketamine in treatment-resistant major depression: one IV dose acted within 2 hours and lasted about a week.",
        &[whole(Source::Zarate2006, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::Medium, "volume and pages of the publication not confirmed")),
    Claim::new(
        "history-event/murrough-trial-midazolam-comparison",
        &[S::HistoryEvent(HistoryEvent::MurroughTrial)],
        "Murrough et al. compared ketamine with midazolam in a two-site randomized controlled trial in treatment-resistant major depression: 73 patients, 0.5 mg/kg, each infused over 40 minutes.",
        &[whole(Source::Murrough2013, Evidence::ClinicalStudies)],
    )
    .graded(Confidence::new(Certainty::Medium, "volume and pages of the publication not confirmed")),
    Claim::new(
        "history-event/spravato-approval-fda-trd",
        &[S::HistoryEvent(HistoryEvent::SpravatoApproval)],
        "The FDA approved Spravato, an esketamine nasal spray, for treatment-resistant depression, taken with an oral antidepressant.",
        &[whole(Source::JanssenFdaApproval2019, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the FDA and Janssen announcement of the day")),
    Claim::new(
        "history-event/spravato-eu-approval-european-commission",
        &[S::HistoryEvent(HistoryEvent::SpravatoEuApproval)],
        "The European Commission approved Spravato for treatment-resistant depression, taken with an SSRI or SNRI.",
        &[whole(Source::JanssenEuApproval2019, Evidence::RegulatoryApproval), whole(Source::Bmj2019, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "high for the month")),
    Claim::new(
        "history-event/spravato-suicidal-ideation-fda-mdd-indication",
        &[S::HistoryEvent(HistoryEvent::SpravatoSuicidalIdeation)],
        "The FDA approved Spravato for depressive symptoms in adults with major depressive disorder and acute suicidal ideation or behavior.",
        &[whole(Source::JanssenSuicidalIdeation2020, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::Medium, "dated by the company's announcement")),
    Claim::new(
        "history-event/spravato-monotherapy-fda-approval",
        &[S::HistoryEvent(HistoryEvent::SpravatoMonotherapy)],
        "The FDA approved Spravato on its own, as monotherapy, for treatment-resistant depression.",
        &[whole(Source::JnjMonotherapy2025, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::Medium, "dated by the company's announcement")),
    Claim::new(
        "history-event/widely-used-anesthetic-surgery",
        &[S::HistoryEvent(HistoryEvent::WidelyUsedAnesthetic)],
        "Ketamine came into wide use as an anesthetic for surgery.",
        &[at(Section::WhatIsKetamine, Evidence::StandardPractice), at(Section::HistoryOfKetamine, Evidence::StandardPractice)],
    ),
    Claim::new(
        "history-event/widely-used-anesthetic-emergency-medicine",
        &[S::HistoryEvent(HistoryEvent::WidelyUsedAnesthetic)],
        "It was also widely used in emergency medicine.",
        &[at(Section::WhatIsKetamine, Evidence::StandardPractice)],
    ),
    Claim::new(
        "history-event/widely-used-anesthetic-broad-adoption",
        &[S::HistoryEvent(HistoryEvent::WidelyUsedAnesthetic)],
        "Its safety profile and effectiveness led to its adoption across many medical settings.",
        &[at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/vietnam-war-staple-preserved-breathing",
        &[S::HistoryEvent(HistoryEvent::VietnamWarStaple)],
        "Ketamine became a staple anesthetic of the Vietnam War because it did not compromise breathing; the article gives no date.",
        &[at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/recent-attention-mental-health-interest",
        &[S::HistoryEvent(HistoryEvent::RecentAttention), S::ResearchDirection(ResearchDirection::EmergingField)],
        "In recent years ketamine has drawn wide attention as a possible treatment for mental health conditions.",
        &[whole(Source::MentalHealthOverview, Evidence::Stated), at(Section::RevolutionaryTreatmentTitle, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::PotentialBenefits, Evidence::Stated), at(Section::FaqBenefits, Evidence::Stated), at(Section::UnlockingTheMysteriesTitle, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "history-event/recent-attention-clinics-worldwide",
        &[S::HistoryEvent(HistoryEvent::RecentAttention), S::ClinicPractice(ClinicPractice::SpecialisedClinics)],
        "As interest in ketamine therapy grew, specialised clinics opened around the world.",
        &[at(Section::RoleOfClinics, Evidence::Stated)],
    ),
];
