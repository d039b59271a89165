//! The sources the crate cites, one row each, in the order of
//! [`Source::ALL`](crate::Source::ALL) (the build checks it): kind, title,
//! author, file, identifier and what each covers.

use super::prelude::Source;
use crate::model::source::{SourceKind, SourceRow};

/// `author`, `file` and `identifier` are optional in a row.
macro_rules! opt {
    () => {
        None
    };
    ($value:literal) => {
        Some($value)
    };
}

/// Source rows: `Source Kind "title" [author "…"] [file "…"] [identifier "…"] covers "…";`.
macro_rules! sources {
    ($(
        $source:ident $kind:ident $title:literal
        $(author $author:literal)?
        $(file $file:literal)?
        $(identifier $identifier:literal)?
        covers $covers:literal;
    )+) => {
        /// Every source, in the order of [`Source::ALL`](crate::Source::ALL).
        pub(crate) const ROWS: &[SourceRow] = &[$(
            SourceRow {
                source: Source::$source,
                kind: SourceKind::$kind,
                title: $title,
                author: opt!($($author)?),
                file: opt!($($file)?),
                identifier: opt!($($identifier)?),
                covers: $covers,
            }
        ),+];
    };
}

sources! {
    MentalHealthOverview Article "[untitled overview of ketamine in mental health]"
        file "000_782562d5e1dbe9c7.txt"
        covers "ketamine in mental health: mechanism, research, therapeutic use, safety";
    RevolutionaryTreatment Article "Understanding Ketamine: A Revolutionary Treatment for Depression and Beyond"
        file "001_47451294f85c751d.txt"
        covers "what ketamine is and how it works; teasers on PTSD, nasal spray and low-dose use";
    RiseOfKetamineTherapy Article "[untitled essay on the rise of ketamine therapy]"
        file "002_badb47e68e36dd51.txt"
        covers "mechanism, the dissociative experience, treatment-resistant depression, the nasal spray approval, other conditions, controversies";
    WhatIsKetamine Article "What Is Ketamin?"
        file "003_2ccf404e00c35a56.txt"
        covers "history, medical uses, mechanism, the four routes, clinics, benefits, risks, future research, FAQ";
    UnlockingTheMysteries Article "Unlocking the Mysteries: How Does Ketamine Work in the Brain?"
        author "SubstanceAbuseAction Team"
        file "004_559be0387037aa47.txt"
        covers "neurochemistry (glutamate, BDNF, opioid system), clinical evidence, the four-step therapy process, combinations, side effects";
    WhoDrugInformation2018 Reference "WHO Drug Information 32(4), 2018: ATC/DDD classification"
        covers "ATC codes of ketamine and esketamine";
    DrugBank Reference "DrugBank"
        covers "DrugBank identifiers";
    PubChem Reference "PubChem"
        covers "PubChem compound identifiers";
    CasRegistry Reference "CAS / Merck Index entry, CAS registry number"
        covers "CAS registry numbers";
    FdaGsrs Reference "FDA Global Substance Registration System"
        identifier "drugs.ncats.io"
        covers "FDA UNII codes";
    SpravatoPrescribingInformation Reference "Spravato prescribing information, esketamine nasal spray (Janssen)"
        covers "esketamine: product, dosing, pharmacokinetics, adverse-effect rates, boxed warning";
    SpravatoRems Reference "Spravato REMS program"
        covers "where Spravato may be given and how long patients are observed";
    SpravatoPatientInformation Reference "Spravato patient information: What is SPRAVATO"
        identifier "spravato.com"
        covers "limits of use of Spravato";
    SnomedCtRouteCodes Reference "SNOMED CT route of administration concepts (284009009), as used by the HL7 FHIR value set route-codes"
        identifier "http://hl7.org/fhir/ValueSet/route-codes"
        covers "SNOMED CT route codes";
    FdaSplRouteTerminology Reference "FDA Structured Product Labeling route-of-administration terminology (NCI thesaurus codes)"
        covers "FDA SPL route codes";
    ApaTextbookKetamineChapter Reference "APA Publishing textbook chapter on ketamine"
        identifier "doi:10.1176/appi.books.9781615371624.as21"
        covers "history: synthesis, approval, battlefield use";
    ErowidKetamineTimeline Reference "Erowid, Ketamine Timeline"
        covers "history: synthesis";
    HistoryReviewPmc4933765 Reference "Review article on the history of ketamine"
        identifier "PMC4933765"
        covers "history: synthesis";
    DominoTamingTheKetamineTiger Reference "Domino, Taming the Ketamine Tiger, Anesthesiology 2010;113(3):678-84"
        identifier "Anesthesiology 2010;113(3):678-84"
        covers "history: first human study, the term dissociative anesthetic";
    KetalarLabel Reference "Ketamine hydrochloride injection label (Ketalar, Parke-Davis, NDA 016812), DailyMed"
        identifier "NDA 016812"
        covers "first US approval, 1970";
    MercerDrugOfWar Reference "Mercer, The Drug of War, J R Nav Med Serv 2009;95(3):145-50"
        identifier "J R Nav Med Serv 2009;95(3):145-50"
        covers "battlefield use in the Vietnam War";
    WhoKetamineControl2015 Reference "WHO, WHO recommends against international control of ketamine, 2015"
        covers "WHO Model List of Essential Medicines";
    FederalRegister1999 Reference "Federal Register, 64 FR 37673 (13 July 1999)"
        identifier "64 FR 37673"
        covers "US DEA Schedule III";
    Berman2000 Reference "Berman et al., Biological Psychiatry 2000;47(4):351-354"
        identifier "Biol Psychiatry 2000;47(4):351-354"
        covers "first placebo-controlled trial of ketamine in depression";
    Zarate2006 Reference "Zarate et al., A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression, Arch Gen Psychiatry 2006"
        identifier "Arch Gen Psychiatry 2006"
        covers "randomized trial in treatment-resistant depression";
    Murrough2013 Reference "Murrough et al., Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial, Am J Psychiatry 2013"
        identifier "PubMed 23982301"
        covers "two-site randomized controlled trial against midazolam";
    JanssenFdaApproval2019 Reference "FDA / Janssen announcement of 5 March 2019"
        covers "US approval of Spravato";
    JanssenEuApproval2019 Reference "Janssen announcement of 19 December 2019"
        covers "EU approval of Spravato";
    Bmj2019 Reference "BMJ 2019;367:l7069"
        identifier "BMJ 2019;367:l7069"
        covers "EU approval of Spravato";
    JanssenSuicidalIdeation2020 Reference "Janssen announcement of 3 August 2020"
        covers "Spravato for depression with acute suicidal ideation or behavior";
    JnjMonotherapy2025 Reference "Johnson & Johnson announcement of 21 January 2025"
        covers "Spravato as monotherapy";
    Fava2018 Reference "Fava et al., Double-blind, placebo-controlled, dose-ranging trial of intravenous ketamine as adjunctive therapy in treatment-resistant depression (TRD), Mol Psychiatry 2020;25(7):1592-1603 (online 2018-10-03)"
        identifier "PMC6447473"
        covers "a dose-ranging trial of single IV ketamine infusions (0.1 to 1.0 mg/kg) against midazolam; its introduction on the 0.5 mg/kg dose of earlier placebo-controlled studies";
    Yanagihara2003 Reference "Yanagihara et al., Biopharmaceutics & Drug Disposition 2003"
        identifier "Biopharm Drug Dispos 2003"
        covers "bioavailability by route";
    Rolan2013 Reference "Rolan et al., Br J Clin Pharmacol 2014;77(6):1011-6 (online 2013-10-28; PubMed 24977293)"
        identifier "PMC4093926"
        covers "a sublingual-wafer study in 8 healthy men: the absolute bioavailability of sublingual ketamine (not a review; no intranasal measurement)";
    Pharmacotherapy2022 Reference "Pharmacotherapy 2022, intranasal ketamine pharmacokinetics"
        identifier "PMC9118341"
        covers "intranasal bioavailability measured at 11-17%";
    Peltoniemi2016 Reference "Peltoniemi et al. 2016"
        covers "pharmacokinetics: bioavailability, half-life, metabolism";
    Anesthesiology2021 Reference "Anesthesiology 2021;135(2):326"
        identifier "Anesthesiology 2021;135(2):326"
        covers "terminal half-life of ketamine";
    PkSecondarySummaries Reference "Secondary summaries of the pharmacokinetic literature"
        covers "intramuscular bioavailability (no primary study found)";
    Shahani2007 Reference "Shahani et al., Ketamine-associated ulcerative cystitis: a new clinical entity, Urology 2007;69(5):810-2"
        identifier "Urology 2007;69(5):810-2"
        covers "ketamine-associated ulcerative cystitis";
    IntranasalBioavailabilityReviews Reference "Reviews of ketamine pharmacokinetics: the range usually quoted in reviews"
        covers "the 25-50% range of intranasal ketamine bioavailability; no single review was pinned down";
    OpenFdaSubstanceRecord Reference "FDA substance data (openFDA substance record of 690G0D6V8H)"
        covers "the CAS numbers listed as superseded on ketamine's UNII record";
    FdaNdcDirectory Reference "FDA NDC Directory (openFDA NDC record)"
        covers "Spravato's NDC product code, strength, marketing start and DEA schedule";
    Hl7FhirSplTerminology Reference "HL7 FHIR SPL implementation guide terminology"
        author "HL7"
        identifier "HL7/fhir-spl"
        covers "the SPL DEA schedule terminology: NCI Thesaurus codes of the schedules";
    Hl7TerminologyNamingSystems Reference "HL7 Terminology (THO, HL7/UTG) naming systems"
        author "HL7"
        identifier "HL7/UTG"
        covers "the registered system URIs of SNOMED CT, the NCI Thesaurus, ATC, UNII, CAS and UCUM; none for DrugBank or PubChem";
    FdaGsrsSourceCode Reference "FDA GSRS source code (UNII generator and its tests)"
        author "FDA"
        covers "how the UNII check character is computed, with test vectors";
}
