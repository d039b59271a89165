//! Claims whose home subject (their first) is a substance and its identifiers.

use super::prelude::*;
use crate::{Certainty, Claim, Confidence, Evidence, Source, Substance};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "substance/ketamine-atc-code",
        &[S::Substance(Substance::Ketamine)],
        "WHO's ATC classification codes ketamine N01AX03, in the group of other general anesthetics.",
        &[whole(Source::WhoDrugInformation2018, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "WHO Drug Information, the classification's own publication")),
    Claim::new(
        "substance/ketamine-drugbank-ids",
        &[S::Substance(Substance::Ketamine), S::Substance(Substance::Esketamine)],
        "DrugBank lists ketamine as DB01221 and esketamine as DB11823.",
        &[whole(Source::DrugBank, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the identifier as the registry that assigns it lists it")),
    Claim::new(
        "substance/ketamine-pubchem-cids",
        &[S::Substance(Substance::Ketamine), S::Substance(Substance::Esketamine)],
        "PubChem lists ketamine as compound 3821 and esketamine as compound 182137.",
        &[whole(Source::PubChem, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the identifier as the registry that assigns it lists it")),
    Claim::new(
        "substance/ketamine-cas-numbers",
        &[S::Substance(Substance::Ketamine), S::Substance(Substance::Esketamine)],
        "The CAS registry number of ketamine is 6740-88-1 (its hydrochloride 1867-66-9); that of esketamine is 33643-46-8.",
        &[whole(Source::CasRegistry, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the identifier as the registry that assigns it lists it")),
    Claim::new(
        "substance/ketamine-fda-unii",
        &[S::Substance(Substance::Ketamine), S::Substance(Substance::Esketamine)],
        "The FDA substance registry gives ketamine the UNII 690G0D6V8H and esketamine 50LFG02TXD.",
        &[whole(Source::FdaGsrs, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "the identifier as the registry that assigns it lists it")),
    Claim::new(
        "substance/esketamine-atc-codes",
        &[S::Substance(Substance::Esketamine)],
        "Esketamine has two ATC codes: N01AX14 as an anesthetic, and N06AX27 as an antidepressant, a code added in October 2018.",
        &[whole(Source::WhoDrugInformation2018, Evidence::Stated)],
    )
    .graded(Confidence::new(Certainty::High, "WHO Drug Information, the classification's own publication")),
    Claim::new(
        "substance/esketamine-s-enantiomer-in-spravato",
        &[S::Substance(Substance::Esketamine)],
        "Esketamine is the S-enantiomer of ketamine; the Spravato nasal spray (Janssen) contains esketamine, not racemic ketamine.",
        &[whole(Source::SpravatoPrescribingInformation, Evidence::RegulatoryApproval)],
    )
    .graded(Confidence::new(Certainty::High, "the product's FDA prescribing information")),
];
