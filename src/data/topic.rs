//! Claims whose home subject (their first) is a general topic (route choice, safety, the course of therapy, and the reference topics).

use super::prelude::*;

rows! {
    "topic/route-choice-often-patient-factors" [Topic(RouteChoice)]
        "Each way of giving ketamine has advantages and potential drawbacks, which depend (article 003's list: often) on factors of the individual patient, such as the severity of symptoms or earlier responses to treatment."
        [(AdministrationMethods, Stated), (FaqAdministration, Stated)];
    "topic/route-choice-forms-depend-on-condition" [Topic(RouteChoice)]
        "Ketamine comes in several forms, among them IV infusion and nasal spray, and which is used depends on the condition treated."
        [(WhatAreTherapeuticUses, Stated)];
    "topic/route-choice-routes-among-in-003-takeaways" [Topic(RouteChoice)]
        "Article 003's takeaways name IV infusion, nasal spray and injections among the ways of giving ketamine."
        [(KeyTakeaways, Stated)];
    "topic/route-choice-may-be-in-treatment-plan" [Topic(RouteChoice), ProcessItem(DoseAndRoute), TherapyStep(TreatmentPlan), ClinicPractice(TailoredPlans), Route(Iv), Route(Intranasal)]
        "Article 004: a ketamine treatment plan may specify the dose and the method of administration, intravenous or intranasal."
        [(Step2TreatmentPlan, Stated)];
    "topic/safety-side-effects-short-lived" [Topic(Safety)]
        "Most side effects of ketamine therapy are temporary and clear up shortly after treatment."
        [(TroubleshootingAndConsiderations, Stated)];
    "topic/therapy-process-structured" [Topic(TherapyProcess)]
        "Ketamine therapy typically follows a structured process."
        [(TherapyProcess, Stated)];
    "topic/therapy-process-safety-and-efficacy-aim" [Topic(TherapyProcess)]
        "The ketamine therapy process puts patients' safety first and aims to make treatment work; article 004 says its structure is meant to ensure both."
        [(TherapyProcess, Stated), (FaqInfusionSession, Stated)];
    "topic/route-codes-intravenous" [Topic(RouteCodes)]
        "Intravenous is SNOMED CT 47625008 (Intravenous route) and FDA SPL C38276 (INTRAVENOUS)."
        [(whole SnomedCtRouteCodes, Stated), (whole FdaSplRouteTerminology, Stated)]
        graded High "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)";
    "topic/route-codes-intranasal" [Topic(RouteCodes)]
        "Intranasal is SNOMED CT 46713006 (Nasal route) and FDA SPL C38284 (NASAL)."
        [(whole SnomedCtRouteCodes, Stated), (whole FdaSplRouteTerminology, Stated)]
        graded High "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)";
    "topic/route-codes-intramuscular" [Topic(RouteCodes)]
        "Intramuscular is SNOMED CT 78421000 (Intramuscular route) and FDA SPL C28161 (INTRAMUSCULAR)."
        [(whole SnomedCtRouteCodes, Stated), (whole FdaSplRouteTerminology, Stated)]
        graded High "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)";
    "topic/route-codes-oral" [Topic(RouteCodes)]
        "Oral is SNOMED CT 26643006 (Oral route) and FDA SPL C38288 (ORAL)."
        [(whole SnomedCtRouteCodes, Stated), (whole FdaSplRouteTerminology, Stated)]
        graded High "the terminologies' own route concepts (SNOMED CT as used by the FHIR value set route-codes; FDA SPL)";
    "topic/pharmacokinetics-iv-bioavailability-100" [Topic(Pharmacokinetics)]
        "An intravenous dose is fully available to the blood: 100% bioavailability, by definition, since other routes are measured against IV."
        [(whole Pharmacotherapy2022, Stated)]
        graded High "true by definition; the reference file names no source, so the crate cites a study that uses IV as its 100% reference";
    "topic/pharmacokinetics-im-bioavailability-93" [Topic(Pharmacokinetics)]
        "About 93% of an intramuscular dose of ketamine reaches the blood."
        [(whole PkSecondarySummaries, Stated)]
        graded Medium "secondary summaries only; no primary study was checked";
    "topic/pharmacokinetics-intranasal-bioavailability-2003-study" [Topic(Pharmacokinetics)]
        "A small 2003 study estimated the bioavailability of a ketamine nasal spray at about 45%."
        [(whole Yanagihara2003, ClinicalStudies)]
        graded NotSettled "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept";
    "topic/pharmacokinetics-intranasal-bioavailability-reviews" [Topic(Pharmacokinetics)]
        "Reviews of the literature put the bioavailability of intranasal ketamine between 25% and 50%."
        [(whole IntranasalBioavailabilityReviews, Stated)]
        graded NotSettled "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept; the 25–50% range is the one reviews usually quote (medium: no single review pinned down)";
    "topic/pharmacokinetics-sublingual-wafer-study-29" [Topic(Pharmacokinetics)]
        "Rolan et al. gave a sublingual ketamine wafer to 8 healthy men and measured an absolute bioavailability of 29% (90% CI 27–31%) by that route; the study is not a review and did not measure intranasal ketamine."
        [(whole Rolan2013, ClinicalStudies)]
        graded High "the study publication (PubMed 24977293)";
    "topic/pharmacokinetics-intranasal-bioavailability-2022-study" [Topic(Pharmacokinetics)]
        "A 2022 study measured intranasal ketamine bioavailability at only 11–17%, depending on the dose."
        [(whole Pharmacotherapy2022, ClinicalStudies)]
        graded NotSettled "sources give about 45%, 25–50% and 11–17%; the values do not all overlap, so all are kept";
    "topic/pharmacokinetics-esketamine-spray-bioavailability-48" [Topic(Pharmacokinetics)]
        "About 48% of an esketamine nasal spray dose (Spravato) reaches the blood."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/pharmacokinetics-oral-bioavailability-20" [Topic(Pharmacokinetics)]
        "Swallowed ketamine has low bioavailability, about 20%, because much of it is broken down before reaching the blood."
        [(whole Yanagihara2003, ClinicalStudies)]
        graded Medium "sources differ in detail (about 20%; 16–25%)";
    "topic/pharmacokinetics-oral-bioavailability-range" [Topic(Pharmacokinetics)]
        "Sources put oral ketamine bioavailability between 16% and 25%."
        [(whole Peltoniemi2016, ClinicalStudies)]
        graded Medium "sources differ in detail (about 20%; 16–25%)";
    "topic/pharmacokinetics-elimination-half-life" [Topic(Pharmacokinetics)]
        "Ketamine's elimination (beta-phase) half-life is about 2 to 3 hours."
        [(whole Peltoniemi2016, ClinicalStudies)]
        graded NotSettled "2–3 h (beta phase) and 5–6 h (terminal, a 2021 study) describe different phases; both are kept";
    "topic/pharmacokinetics-terminal-half-life-2021-study" [Topic(Pharmacokinetics)]
        "A 2021 study found a longer terminal half-life for ketamine, of 5 to 6 hours."
        [(whole Anesthesiology2021, ClinicalStudies)]
        graded NotSettled "2–3 h (beta phase) and 5–6 h (terminal, a 2021 study) describe different phases; both are kept";
    "topic/pharmacokinetics-esketamine-terminal-half-life" [Topic(Pharmacokinetics)]
        "After the nasal spray, esketamine's terminal half-life ranges from 7 to 12 hours."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/pharmacokinetics-liver-metabolism-norketamine" [Topic(Pharmacokinetics)]
        "The liver breaks ketamine down mainly into norketamine, through the enzymes CYP3A4 and CYP2B6."
        [(whole Peltoniemi2016, ClinicalStudies)]
        graded High "a pharmacokinetic review and the product's prescribing information agree";
    "topic/pharmacokinetics-esketamine-liver-metabolism" [Topic(Pharmacokinetics)]
        "Esketamine is metabolized in the liver, mainly to its norketamine form, by CYP2B6 and CYP3A4."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "a pharmacokinetic review and the product's prescribing information agree";
    "topic/pharmacokinetics-norketamine-potency" [Topic(Pharmacokinetics)]
        "Norketamine is itself active, with about a third of ketamine's potency."
        [(whole Peltoniemi2016, ClinicalStudies)]
        graded Medium "one pharmacokinetic review; figures of a third to a fifth circulate, and no label statement of it was confirmed";
    "topic/dosing-iv-trial-infusion-dose" [Topic(Dosing)]
        "The placebo-controlled trials of IV ketamine for depression gave 0.5 mg/kg of ketamine as an infusion lasting 40 minutes: Berman et al. and Murrough et al. did, and Fava et al. report that almost all earlier placebo-controlled studies did."
        [(whole Berman2000, ClinicalStudies), (whole Murrough2013, ClinicalStudies), (whole Fava2018, ClinicalStudies)]
        graded High "the trial publications themselves (for Fava et al., the introduction's account of earlier studies)";
    "topic/dosing-fava-2018-dose-ranging-trial" [Topic(Dosing)]
        "Fava et al. compared doses: 99 outpatients with treatment-resistant depression on stable antidepressants, at six US sites, had one 40-minute infusion of ketamine at 0.1, 0.2, 0.5 or 1.0 mg/kg, or of midazolam 0.045 mg/kg as an active placebo, with the outcome read on day 3. It was not a trial of the 0.5 mg/kg protocol alone."
        [(whole Fava2018, ClinicalStudies)]
        graded High "the trial publication";
    "topic/dosing-spravato-device-28-mg" [Topic(Dosing)]
        "Each Spravato device holds 28 mg of esketamine, given as two sprays."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/dosing-spravato-induction-weeks-1-4" [Topic(Dosing)]
        "In weeks 1 to 4, Spravato is given twice a week: 56 mg on day 1, then 56 mg or 84 mg."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/dosing-spravato-weeks-5-8" [Topic(Dosing)]
        "In weeks 5 to 8, Spravato is given once a week, at 56 mg or 84 mg."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/dosing-spravato-maintenance-week-9" [Topic(Dosing)]
        "From week 9, Spravato is given once a week or once every two weeks, at 56 mg or 84 mg."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/dosing-rems-certified-settings-only" [Topic(Dosing)]
        "Under its REMS, Spravato is given only in certified healthcare settings and is never dispensed for use at home."
        [(whole SpravatoRems, RegulatoryApproval)]
        graded High "the FDA-required REMS program itself";
    "topic/dosing-rems-observation-2-hours" [Topic(Dosing)]
        "Under its REMS, a patient is observed for at least 2 hours after each Spravato dose."
        [(whole SpravatoRems, RegulatoryApproval)]
        graded High "the FDA-required REMS program itself";
    "topic/dosing-spravato-blood-pressure-check" [Topic(Dosing)]
        "Spravato raises blood pressure, with a peak about 40 minutes after a dose and a rise lasting about 4 hours; blood pressure is checked before dosing."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/dosing-spravato-not-for-anesthesia" [Topic(Dosing)]
        "Spravato is not meant to be used as an anesthetic."
        [(whole SpravatoPatientInformation, RegulatoryApproval)]
        graded High "the manufacturer's patient information for the approved product";
    "topic/dosing-spravato-children-unknown" [Topic(Dosing)]
        "Whether Spravato is safe and effective in children is not known."
        [(whole SpravatoPatientInformation, RegulatoryApproval)]
        graded High "the manufacturer's patient information for the approved product";
    "topic/dosing-spravato-suicide-prevention-unproven" [Topic(Dosing)]
        "Spravato is not known to be safe and effective at preventing suicide or at reducing suicidal thoughts."
        [(whole SpravatoPatientInformation, RegulatoryApproval)]
        graded High "the manufacturer's patient information for the approved product";
    "topic/dosing-spravato-no-hospitalization-replacement" [Topic(Dosing)]
        "Spravato does not replace hospitalization when a patient needs it."
        [(whole SpravatoPatientInformation, RegulatoryApproval)]
        graded High "the manufacturer's patient information for the approved product";
    "topic/label-safety-dissociation-rate" [Topic(LabelSafety)]
        "In the label's short-term trials, 41% of patients on Spravato had dissociation, against 9% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-dizziness-rate" [Topic(LabelSafety)]
        "In the label's short-term trials, 29% of patients on Spravato had dizziness, against 8% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-nausea-rate" [Topic(LabelSafety)]
        "In the label's short-term trials, 28% of patients on Spravato had nausea, against 9% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-sedation-rate" [Topic(LabelSafety), SideEffect(Sedation)]
        "In the label's short-term trials, 23% of patients on Spravato had sedation, against 9% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-vertigo-rate" [Topic(LabelSafety), SideEffect(Vertigo)]
        "In the label's short-term trials, 23% of patients on Spravato had vertigo, against 3% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-blood-pressure-rate" [Topic(LabelSafety)]
        "In the label's short-term trials, 10% of patients on Spravato had increased blood pressure, against 3% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-vomiting-rate" [Topic(LabelSafety)]
        "In the label's short-term trials, 9% of patients on Spravato vomited, against 2% on placebo."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-boxed-warning" [Topic(LabelSafety)]
        "Spravato's boxed warning covers sedation, dissociation, respiratory depression, abuse and misuse, and suicidal thoughts and behaviors."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/label-safety-respiratory-depression-warning-added" [Topic(LabelSafety)]
        "Respiratory depression joined Spravato's boxed warning after the first, 2019 label."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the current prescribing information; the exact revision date is not given";
    "topic/label-safety-ketamine-uropathy-2007" [Topic(LabelSafety), SideEffect(BladderProblems)]
        "Long-term heavy ketamine use is associated with ulcerative cystitis (ketamine-associated uropathy), described as a new clinical entity in 2007."
        [(whole Shahani2007, ClinicalStudies)]
        graded High "the peer-reviewed case series that first described it";
    "topic/label-safety-cystitis-warning" [Topic(LabelSafety), SideEffect(BladderProblems)]
        "The Spravato label warns of ulcerative and interstitial cystitis."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "topic/code-systems-snomed-ct-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names SNOMED CT by the system URI http://snomed.info/sct."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-nci-thesaurus-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names the NCI Thesaurus http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl (preferred since 2022) and keeps http://ncithesaurus-stage.nci.nih.gov for backward compatibility; the http://ncimeta.nci.nih.gov that FHIR DSTU2 data used for the SPL route codes names the NCI Metathesaurus instead."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-atc-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names the WHO ATC classification http://www.whocc.no/atc."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-unii-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names the FDA UNII system http://fdasis.nlm.nih.gov."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-cas-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names CAS registry numbers http://terminology.hl7.org/CodeSystem/CAS, and marks that entry as retired."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-ucum-uri" [Topic(CodeSystems)]
        "HL7's terminology registry names UCUM, the code system for units of measure, http://unitsofmeasure.org."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records";
    "topic/code-systems-no-drugbank-pubchem-uri" [Topic(CodeSystems)]
        "HL7's terminology registry has no system URI for DrugBank ids or for PubChem compound ids, so none is given for them."
        [(whole Hl7TerminologyNamingSystems, Stated)]
        graded High "HL7 Terminology's own naming-system records, read for both names";
    "topic/code-systems-unii-check-character" [Topic(CodeSystems)]
        "The last of a UNII's ten characters is a check: the first nine, counted in the alphabet 0-9 then A-Z (0 to 35), are added up, and the total modulo 36 is written back in that alphabet."
        [(whole FdaGsrsSourceCode, Stated)]
        graded High "the FDA GSRS code that generates UNIIs, and its test vectors";
}
