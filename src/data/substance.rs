//! Claims whose home subject (their first) is a substance and its identifiers.

use super::prelude::*;

rows! {
    "substance/ketamine-atc-code" [Substance(Ketamine)]
        "WHO's ATC classification codes ketamine N01AX03, in the group of other general anesthetics."
        [(whole WhoDrugInformation2018, Stated)]
        graded High "WHO Drug Information, the classification's own publication";
    "substance/ketamine-drugbank-ids" [Substance(Ketamine), Substance(Esketamine)]
        "DrugBank lists ketamine as DB01221 and esketamine as DB11823."
        [(whole DrugBank, Stated)]
        graded High "the identifier as the registry that assigns it lists it";
    "substance/ketamine-pubchem-cids" [Substance(Ketamine), Substance(Esketamine)]
        "PubChem lists ketamine as compound 3821 and esketamine as compound 182137."
        [(whole PubChem, Stated)]
        graded High "the identifier as the registry that assigns it lists it";
    "substance/ketamine-cas-numbers" [Substance(Ketamine), Substance(Esketamine)]
        "The CAS registry number of ketamine is 6740-88-1 (its hydrochloride 1867-66-9); that of esketamine is 33643-46-8."
        [(whole CasRegistry, Stated)]
        graded High "the identifier as the registry that assigns it lists it";
    "substance/ketamine-fda-unii" [Substance(Ketamine), Substance(Esketamine)]
        "The FDA substance registry gives ketamine the UNII 690G0D6V8H and esketamine 50LFG02TXD."
        [(whole FdaGsrs, Stated)]
        graded High "the identifier as the registry that assigns it lists it";
    "substance/esketamine-atc-codes" [Substance(Esketamine)]
        "Esketamine has two ATC codes: N01AX14 as an anesthetic, and N06AX27 as an antidepressant, a code added in October 2018."
        [(whole WhoDrugInformation2018, Stated)]
        graded High "WHO Drug Information, the classification's own publication";
    "substance/esketamine-s-enantiomer-in-spravato" [Substance(Esketamine)]
        "Esketamine is the S-enantiomer of ketamine; the Spravato nasal spray (Janssen) contains esketamine, not racemic ketamine."
        [(whole SpravatoPrescribingInformation, RegulatoryApproval)]
        graded High "the product's FDA prescribing information";
    "substance/esketamine-atc-n06ax27-temporary" [Substance(Esketamine)]
        "N06AX27 was agreed as a temporary code at the October 2018 meeting of WHO's ATC working group, and made final in a later index."
        [(whole WhoDrugInformation2018, Stated)]
        graded High "WHO Drug Information, the classification's own publication";
    "substance/ketamine-hydrochloride-salt-forms" [Substance(Ketamine), Substance(Esketamine)]
        "Ketamine hydrochloride has the UNII O18YUO0I83 and the CAS number 1867-66-9; esketamine hydrochloride, the ingredient Spravato is formulated with, has the UNII L8P1H35P2Z, its active moiety being esketamine (50LFG02TXD)."
        [(whole FdaGsrs, Stated), (whole DrugBank, Stated)]
        graded High "the FDA substance registry, with DrugBank's salt table";
    "substance/ketamine-superseded-cas-numbers" [Substance(Ketamine)]
        "FDA substance data lists 33643-45-7, 79499-51-7 and 100477-72-3 as superseded CAS numbers on ketamine's UNII record (690G0D6V8H); they still point to ketamine."
        [(whole OpenFdaSubstanceRecord, Stated)]
        graded Medium "one FDA data record (openFDA), not the CAS registry itself";
    "substance/esketamine-spravato-ndc-product-code" [Substance(Esketamine)]
        "The FDA NDC Directory lists Spravato under the NDC product code 50458-028 (labeler 50458, Janssen): a nasal spray device of 28 mg per 0.2 mL, marketed from 2019-03-05, in DEA schedule CIII."
        [(whole FdaNdcDirectory, RegulatoryApproval)]
        graded High "the FDA's own product listing";
    "substance/ketamine-dea-schedule-iii" [Substance(Ketamine)]
        "Ketamine is a Schedule III (CIII) controlled substance in the US, under the final rule published as 64 FR 37673 and in force from 12 August 1999."
        [(whole FederalRegister1999, RegulatoryApproval)]
        graded High "the Federal Register rule";
    "substance/dea-schedule-ciii-nci-thesaurus-code" [Substance(Ketamine), Substance(Esketamine)]
        "In the SPL terminology of DEA schedules (NCI Thesaurus subset C54459), schedule CIII is the NCI Thesaurus concept C48676."
        [(whole Hl7FhirSplTerminology, Stated)]
        graded High "the terminology of the HL7 FHIR SPL implementation guide";
    "substance/ketamine-ketalar-marketing-start-candidate" [Substance(Ketamine)]
        "DrugBank's product table gives 1970-02-19 as the start of Ketalar's marketing: a marketing start, so only a candidate for the day of the 1970 approval, which was not found."
        [(whole DrugBank, Stated)]
        graded Medium "a product table's marketing start, not an approval record";
}
