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
}
