//! Corrections, one row each: an article's claim, the reference claim that
//! confirms it, makes it precise or corrects it (both by id), what the
//! reference does, and a sentence saying what changes.
//!
//! The build checks every row (see `view::correction`): both ids name current
//! claims, the article claim cites only articles and the reference claim only
//! reference sources, and no pair of claims is written twice.

use crate::ClaimCorrection;
use crate::CorrectionKind::{Confirms, Corrects, MakesPrecise};

/// Every correction: claims of the articles first, then the claims that date
/// events, each group in the order the crate has always listed it.
pub(crate) const CORRECTIONS: &[ClaimCorrection] = &[
    // Claims of the articles beside reference records.
    ClaimCorrection::new(
        "route/intravenous-infusion-40-minutes",
        "topic/dosing-iv-trial-infusion-dose",
        MakesPrecise,
        "The depression trials infused 0.5 mg/kg over 40 minutes, in line with the article's 'about 40 minutes'.",
    ),
    ClaimCorrection::new(
        "route/intravenous-low-dose",
        "topic/dosing-iv-trial-infusion-dose",
        MakesPrecise,
        "The 'low dose' of the depression trials is 0.5 mg/kg of body weight.",
    ),
    ClaimCorrection::new(
        "route/oral-less-common-variable-absorption",
        "topic/pharmacokinetics-oral-bioavailability-20",
        MakesPrecise,
        "Behind 'absorption varies': only about a fifth of an oral dose reaches the circulation.",
    ),
    ClaimCorrection::new(
        "route/oral-less-common-variable-absorption",
        "topic/pharmacokinetics-oral-bioavailability-range",
        MakesPrecise,
        "Studies put oral bioavailability between 16% and 25%, which is the variation the article alludes to.",
    ),
    ClaimCorrection::new(
        "indication/pediatric-mood-disorders-specialised-care",
        "topic/dosing-spravato-children-unknown",
        Corrects,
        "The one approved ketamine-class antidepressant, esketamine (Spravato), is not known to be safe and effective in children; no source supports the article's suggestion.",
    ),
    ClaimCorrection::new(
        "side-effect/bladder-problems-urinary-toxicity",
        "topic/label-safety-ketamine-uropathy-2007",
        MakesPrecise,
        "The bladder harm of long-term heavy use has a name: ketamine-associated ulcerative cystitis, described in 2007.",
    ),
    ClaimCorrection::new(
        "side-effect/increased-blood-pressure-monitoring",
        "topic/dosing-spravato-blood-pressure-check",
        MakesPrecise,
        "After a Spravato dose blood pressure peaks at about 40 minutes and stays up for about 4 hours; the label asks for a check before dosing.",
    ),
    ClaimCorrection::new(
        "route/intranasal-fda-approval-rapid-acting-in-002",
        "substance/esketamine-s-enantiomer-in-spravato",
        Corrects,
        "The approved spray contains esketamine, the S-enantiomer, not racemic ketamine as article 002 implies.",
    ),
    ClaimCorrection::new(
        "route/intranasal-spravato-fda-approval-in-003",
        "substance/esketamine-s-enantiomer-in-spravato",
        Confirms,
        "Article 003 names the product correctly: Spravato is esketamine.",
    ),
    // Dated events: the article event's claim that states the date, beside the
    // reference event's claim (these rows are what the 0.1.0 event corrections,
    // `HistoryEvent::corrections`, list).
    ClaimCorrection::new(
        "history-event/developed-in-the-1960s-development-decade",
        "history-event/ci-581-synthesis-wayne-state-parke-davis",
        MakesPrecise,
        "The articles give the decade; the reference sources give the year of synthesis, 1962.",
    ),
    ClaimCorrection::new(
        "history-event/synthesized-in-1962-calvin-stevens",
        "history-event/ci-581-synthesis-wayne-state-parke-davis",
        Confirms,
        "The year and the chemist agree; the reference sources add Wayne State University, Parke-Davis and the code CI-581.",
    ),
    ClaimCorrection::new(
        "history-event/vietnam-war-staple-preserved-breathing",
        "history-event/vietnam-battlefield-use-start-date-disputed",
        MakesPrecise,
        "The article gives no date; the reference sources place the use in the 1960s–1970s and do not settle when it began.",
    ),
    ClaimCorrection::new(
        "indication/depression-late-20th-century-mood-studies",
        "history-event/berman-trial-first-placebo-controlled",
        MakesPrecise,
        "The first placebo-controlled trial in depression was published in February 2000, the last year of the 20th century counted strictly (1901–2000); read as 'the 1900s', the article's 'by the late 20th century' is slightly early.",
    ),
    ClaimCorrection::new(
        "history-event/approved-in-the-1970s-first-medical-approval",
        "history-event/ketalar-approval-fda-1970",
        MakesPrecise,
        "The first US approval was in 1970 (Ketalar, Parke-Davis), the first year of the decade the article names; the exact day was not found.",
    ),
    ClaimCorrection::new(
        "route/intranasal-spravato-fda-approval-in-003",
        "history-event/spravato-approval-fda-trd",
        MakesPrecise,
        "Neither article dates the approval; the FDA approved the spray on 5 March 2019.",
    ),
    ClaimCorrection::new(
        "route/intranasal-fda-approval-rapid-acting-in-002",
        "history-event/spravato-approval-fda-trd",
        Corrects,
        "Article 002 says the FDA approved a ketamine nasal spray; the approved spray, Spravato, contains esketamine, the S-enantiomer, not racemic ketamine, as article 003 says.",
    ),
];
