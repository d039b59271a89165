//! Claims whose home subject (their first) is an event in ketamine's history.

use super::prelude::*;

rows! {
    "history-event/developed-in-the-1960s-development-decade" [HistoryEvent(DevelopedInThe1960s)]
        "Ketamine was first developed in the 1960s."
        [(WhatIsKetamine, Stated), (Overview, Stated), (FaqWhatIsKetamine, Stated)];
    "history-event/vietnam-battlefield-use-us-forces" [HistoryEvent(VietnamBattlefieldUse)]
        "US forces used ketamine as a battlefield anesthetic in the Vietnam War."
        [(whole ApaTextbookKetamineChapter, Stated), (whole MercerDrugOfWar, Stated)]
        graded Medium "the use is certain, its start year is not";
    "history-event/vietnam-battlefield-use-start-date-disputed" [HistoryEvent(VietnamBattlefieldUse)]
        "When the use began is not settled: the textbook chapter places it after the 1970 approval, other timelines from 1966."
        [(whole ApaTextbookKetamineChapter, Stated), (whole MercerDrugOfWar, Stated)]
        graded NotSettled "sources give different start years";
    "history-event/synthesized-in-1962-calvin-stevens" [HistoryEvent(SynthesizedIn1962)]
        "Calvin Stevens synthesized ketamine in 1962, where its story begins."
        [(HistoryOfKetamine, Stated)];
    "history-event/ci-581-synthesis-wayne-state-parke-davis" [HistoryEvent(Ci581Synthesis)]
        "Calvin Stevens, an organic chemist at Wayne State University consulting for Parke-Davis, synthesized ketamine in 1962 under the code CI-581."
        [(whole ApaTextbookKetamineChapter, Stated), (whole ErowidKetamineTimeline, Stated), (whole HistoryReviewPmc4933765, Stated)]
        graded High "a textbook chapter, a timeline and a review agree";
    "history-event/first-human-study-domino-corssen-michigan" [HistoryEvent(FirstHumanStudy)]
        "Edward Domino and Guenter Corssen of the University of Michigan gave ketamine to people for the first time."
        [(whole DominoTamingTheKetamineTiger, Stated)]
        graded High "Domino's own account";
    "history-event/dissociative-anesthetic-term-toni-domino" [HistoryEvent(FirstHumanStudy)]
        "As Edward Domino recounts, it was his wife, Toni Domino, who suggested calling the state ketamine produces a \"dissociative anesthetic\"."
        [(whole DominoTamingTheKetamineTiger, Stated)]
        graded High "Domino's own account; high for the term and who coined it";
    "history-event/first-human-study-year-disputed" [HistoryEvent(FirstHumanStudy)]
        "The year is not settled: the study is dated 1964, its paper 1965, and one source gives 1966."
        [(whole DominoTamingTheKetamineTiger, Stated)]
        graded NotSettled "study 1964, paper 1965, one source 1966";
    "history-event/late-century-mood-studies-beyond-anesthesia" [HistoryEvent(LateCenturyMoodStudies)]
        "As research went on, scientists looked into uses of ketamine beyond anesthesia."
        [(HistoryOfKetamine, UnderInvestigation)];
    "history-event/ketalar-approval-fda-1970" [HistoryEvent(KetalarApproval)]
        "The US FDA first approved ketamine in 1970, as Ketalar from Parke-Davis (NDA 016812)."
        [(whole KetalarLabel, RegulatoryApproval), (whole ApaTextbookKetamineChapter, Stated)]
        graded High "the label gives the initial US approval as 1970; the exact day was not found";
    "history-event/approved-in-the-1970s-first-medical-approval" [HistoryEvent(ApprovedInThe1970s)]
        "Ketamine received its first approval for medical use in the 1970s."
        [(whole MentalHealthOverview, RegulatoryApproval)];
    "history-event/who-essential-medicine-listing-1985" [HistoryEvent(WhoEssentialMedicine)]
        "The WHO added ketamine to its Model List of Essential Medicines in 1985."
        [(whole WhoKetamineControl2015, Stated)]
        graded High "the WHO's own statement";
    "history-event/dea-schedule-iii-1999-final-rule" [HistoryEvent(DeaScheduleIii)]
        "Ketamine was placed in Schedule III of the US Controlled Substances Act from 12 August 1999, by a final rule published on 13 July 1999 (64 FR 37673)."
        [(whole FederalRegister1999, RegulatoryApproval)]
        graded High "the Federal Register rule";
    "history-event/berman-trial-first-placebo-controlled" [HistoryEvent(BermanTrial)]
        "Berman et al. published the first placebo-controlled, double-blind trial of ketamine in depression: 7 patients, 0.5 mg/kg given intravenously."
        [(whole Berman2000, ClinicalStudies)]
        graded High "the trial publication";
    "history-event/zarate-trial-rapid-response" [HistoryEvent(ZarateTrial)]
        "Zarate et al. ran a randomized trial of ketamine in treatment-resistant major depression: one IV dose acted within 2 hours and lasted about a week."
        [(whole Zarate2006, ClinicalStudies)]
        graded Medium "volume and pages of the publication not confirmed";
    "history-event/murrough-trial-midazolam-comparison" [HistoryEvent(MurroughTrial)]
        "Murrough et al. compared ketamine with midazolam in a two-site randomized controlled trial in treatment-resistant major depression: 73 patients, 0.5 mg/kg, each infused over 40 minutes."
        [(whole Murrough2013, ClinicalStudies)]
        graded Medium "volume and pages of the publication not confirmed";
    "history-event/spravato-approval-fda-trd" [HistoryEvent(SpravatoApproval)]
        "The FDA approved Spravato, an esketamine nasal spray, for treatment-resistant depression, taken with an oral antidepressant."
        [(whole JanssenFdaApproval2019, RegulatoryApproval)]
        graded High "the FDA and Janssen announcement of the day";
    "history-event/spravato-eu-approval-european-commission" [HistoryEvent(SpravatoEuApproval)]
        "The European Commission approved Spravato for treatment-resistant depression, taken with an SSRI or SNRI."
        [(whole JanssenEuApproval2019, RegulatoryApproval), (whole Bmj2019, Stated)]
        graded High "high for the month";
    "history-event/spravato-suicidal-ideation-fda-mdd-indication" [HistoryEvent(SpravatoSuicidalIdeation)]
        "The FDA approved Spravato for depressive symptoms in adults with major depressive disorder and acute suicidal ideation or behavior."
        [(whole JanssenSuicidalIdeation2020, RegulatoryApproval)]
        graded Medium "dated by the company's announcement";
    "history-event/spravato-monotherapy-fda-approval" [HistoryEvent(SpravatoMonotherapy)]
        "The FDA approved Spravato on its own, as monotherapy, for treatment-resistant depression."
        [(whole JnjMonotherapy2025, RegulatoryApproval)]
        graded Medium "dated by the company's announcement";
    "history-event/widely-used-anesthetic-surgery" [HistoryEvent(WidelyUsedAnesthetic)]
        "Ketamine came into wide use as an anesthetic for surgery."
        [(WhatIsKetamine, StandardPractice)];
    "history-event/widely-used-anesthetic-emergency-medicine" [HistoryEvent(WidelyUsedAnesthetic)]
        "Ketamine was widely used as an anesthetic in emergency medicine."
        [(WhatIsKetamine, StandardPractice)];
    "history-event/widely-used-anesthetic-broad-adoption" [HistoryEvent(WidelyUsedAnesthetic)]
        "Ketamine was first given as an anesthetic for surgery; its safety profile and effectiveness then led to its widespread adoption across many medical settings."
        [(HistoryOfKetamine, StandardPractice)];
    "history-event/vietnam-war-staple-preserved-breathing" [HistoryEvent(VietnamWarStaple)]
        "Ketamine became a staple anesthetic of the Vietnam War because it did not compromise breathing; the article gives no date."
        [(HistoryOfKetamine, Stated)]
        disputes [BreathingPreserved];
    "history-event/recent-attention-mental-health-interest" [HistoryEvent(RecentAttention), ResearchDirection(EmergingField)]
        "In recent years ketamine has drawn wide attention as a possible treatment for mental health conditions."
        [(whole MentalHealthOverview, Preliminary), (RevolutionaryTreatmentTitle, Preliminary), (whole RiseOfKetamineTherapy, Preliminary), (Overview, Stated), (PotentialBenefits, Stated), (FaqBenefits, Preliminary), (UnlockingTheMysteriesTitle, Stated), (UnderstandingKetamine, Preliminary)];
    "history-event/recent-attention-treatment-resistant-conditions" [HistoryEvent(RecentAttention)]
        "More recently, researchers have begun to explore ketamine's effects on mental health conditions that resist treatment."
        [(whole MentalHealthOverview, UnderInvestigation)];
    "history-event/recent-attention-clinics-worldwide" [HistoryEvent(RecentAttention), ClinicPractice(SpecialisedClinics)]
        "As interest in ketamine therapy grew, specialised clinics opened around the world."
        [(RoleOfClinics, Stated)];
    "history-event/mood-and-pain-noticed-patient-reports" [HistoryEvent(MoodAndPainNoticed)]
        "Over time, researchers saw that patients given ketamine (the article does not say for what) reported better mood and less pain, which drew interest to its psychological effects."
        [(WhatIsKetamine, PatientReports)];
}
