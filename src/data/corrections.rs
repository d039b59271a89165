//! Corrections, one row each: an article's claim, the reference claim that
//! confirms it, makes it precise or corrects it, or the regulator's label that
//! contradicts or qualifies it (both by id), what the reference does, and a
//! sentence saying what changes.
//!
//! The build checks every row (see `view::correction`): both ids name current
//! claims, the article claim cites only articles and the reference claim only
//! reference sources (only regulators' labels for `Contradicts` and
//! `Qualifies`), and no pair of claims is written twice.

use crate::ClaimCorrection;
use crate::CorrectionKind::{Confirms, Contradicts, Corrects, MakesPrecise, Qualifies};

/// Every correction: claims of the articles first, then the claims that date
/// events, each group in the order the crate has always listed it, then what
/// regulators' labels say against article claims.
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
        Contradicts,
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
    // What regulators' labels (prescribing information, patient information,
    // REMS, boxed warning) say against article claims: Contradicts and Qualifies
    // rows, with the label's rates beside the articles' 'common'.
    // (a) Suicidal thoughts: the label's limits of use and its boxed warning.
    ClaimCorrection::new(
        "indication/suicidal-ideation-rapid-relief-saves-lives",
        "topic/dosing-spravato-suicide-prevention-unproven",
        Contradicts,
        "The label of the approved esketamine spray, Spravato, says it is not known to be safe and effective at preventing suicide or at reducing suicidal thoughts; the article's promise that a quick effect on such thoughts saves lives has no support in the label.",
    ),
    ClaimCorrection::new(
        "indication/suicidal-ideation-rapid-relief-saves-lives",
        "topic/dosing-spravato-no-hospitalization-replacement",
        Qualifies,
        "Where suicidal thoughts are acute, the Spravato label says the spray does not take the place of hospitalization when a patient needs it.",
    ),
    ClaimCorrection::new(
        "indication/suicidal-ideation-rapid-relief-saves-lives",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "Suicidal thoughts and behaviours are on Spravato's boxed warning: the label counts them among the treatment's risks, not among the symptoms it is shown to relieve.",
    ),
    ClaimCorrection::new(
        "indication/suicidal-ideation-lasting-effects-appeal",
        "topic/dosing-spravato-suicide-prevention-unproven",
        Qualifies,
        "Whatever the appeal of lasting effects, the Spravato label says the spray is not known to be safe and effective at reducing suicidal thoughts or at preventing suicide.",
    ),
    ClaimCorrection::new(
        "indication/suicidal-ideation-lasting-effects-appeal",
        "topic/dosing-spravato-no-hospitalization-replacement",
        Qualifies,
        "For someone with acute suicidal thoughts, the Spravato label says the spray does not replace hospitalization when it is needed.",
    ),
    ClaimCorrection::new(
        "indication/suicidal-ideation-lasting-effects-appeal",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "Spravato's boxed warning lists suicidal thoughts and behaviours among the treatment's risks: the label's concern runs the other way from the article's appeal.",
    ),
    ClaimCorrection::new(
        "indication/depression-severe-or-suicidal-appeal",
        "topic/dosing-spravato-suicide-prevention-unproven",
        Qualifies,
        "Speed is not proof of an effect on suicidal thoughts: the Spravato label says the spray is not known to be safe and effective at reducing them or at preventing suicide.",
    ),
    ClaimCorrection::new(
        "indication/depression-severe-or-suicidal-appeal",
        "topic/dosing-spravato-no-hospitalization-replacement",
        Qualifies,
        "A fast-acting option is no substitute for a hospital stay: the Spravato label says the spray does not replace hospitalization when a patient needs it.",
    ),
    ClaimCorrection::new(
        "indication/depression-severe-or-suicidal-appeal",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "Suicidal thoughts and behaviours are among the risks on Spravato's boxed warning, not among the effects the label promises.",
    ),
    // (b) Breathing: respiratory depression is on the boxed warning.
    ClaimCorrection::new(
        "indication/anesthesia-preserved-breathing",
        "topic/label-safety-boxed-warning",
        Contradicts,
        "Spravato's boxed warning lists respiratory depression for esketamine, the S-enantiomer of ketamine, so breathing cannot be taken as safe with a ketamine-class drug; the warning is written for the antidepressant spray, not for ketamine given as an anesthetic.",
    ),
    ClaimCorrection::new(
        "history-event/vietnam-war-staple-preserved-breathing",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "The article explains the wartime use by spared breathing; the current Spravato label lists respiratory depression on its boxed warning for esketamine, so the history is no promise that breathing is safe.",
    ),
    // (c) The spray as an alternative to infusions: the REMS.
    ClaimCorrection::new(
        "route/intranasal-alternative-to-iv",
        "topic/dosing-rems-certified-settings-only",
        Qualifies,
        "The spray is no take-home option: under its REMS, Spravato is given only in certified healthcare settings and is never dispensed for use at home.",
    ),
    ClaimCorrection::new(
        "route/intranasal-alternative-to-iv",
        "topic/dosing-rems-observation-2-hours",
        Qualifies,
        "Each Spravato dose is followed by at least 2 hours of observation under the REMS: the spray spares the patient a needle, not a stay at the clinic.",
    ),
    ClaimCorrection::new(
        "route/intranasal-newer-development",
        "topic/dosing-rems-certified-settings-only",
        Qualifies,
        "The nasal spray approved for depression is esketamine (Spravato), and its REMS allows it only in certified healthcare settings, never at home.",
    ),
    ClaimCorrection::new(
        "topic/route-choice-forms-depend-on-condition",
        "topic/dosing-rems-certified-settings-only",
        Qualifies,
        "The nasal spray with an FDA approval is esketamine (Spravato); its REMS limits it to certified healthcare settings, and it is never dispensed for use at home.",
    ),
    // (d) How common the side effects are: the label's rates, the boxed
    // warning and the REMS observation. A rate that bears out the article's
    // 'common' makes it precise; 'some' or 'mild' is qualified.
    ClaimCorrection::new(
        "side-effect/dissociation-detachment-from-reality",
        "topic/label-safety-dissociation-rate",
        Qualifies,
        "'Some patients' understates it: in the label's short-term trials, 41% of patients on Spravato had dissociation, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-during-session",
        "topic/label-safety-dissociation-rate",
        Qualifies,
        "Not a few patients but 41% of those on Spravato had dissociation in the label's short-term trials, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-during-session",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "Article 003's 'mild' needs the label beside it: dissociation is one of the risks on Spravato's boxed warning.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-common-and-transient",
        "topic/label-safety-dissociation-rate",
        MakesPrecise,
        "'Common' is borne out by the label: 41% of patients on Spravato had dissociation in its short-term trials, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-common-and-transient",
        "topic/dosing-rems-observation-2-hours",
        Qualifies,
        "Even when dissociation passes soon, the REMS requires at least 2 hours of observation after each Spravato dose.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-common-side-effects-list",
        "topic/label-safety-dissociation-rate",
        MakesPrecise,
        "The label puts a figure on common dissociation: 41% of patients on Spravato in its short-term trials, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-common-side-effects-list",
        "topic/label-safety-dizziness-rate",
        MakesPrecise,
        "The label puts a figure on common dizziness: 29% of patients on Spravato in its short-term trials, against 8% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-common-side-effects-list",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "On the label dissociation is more than a common side effect: it is one of the risks on Spravato's boxed warning.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-therapeutic-use",
        "topic/label-safety-boxed-warning",
        Qualifies,
        "Whatever its therapeutic use, the Spravato label treats dissociation as a risk: it is on the boxed warning.",
    ),
    ClaimCorrection::new(
        "side-effect/dissociation-therapeutic-use",
        "topic/dosing-rems-observation-2-hours",
        Qualifies,
        "However dissociation is used, the REMS still requires at least 2 hours of observation after each Spravato dose.",
    ),
    ClaimCorrection::new(
        "side-effect/dizziness-transient-with-nausea",
        "topic/label-safety-dizziness-rate",
        Qualifies,
        "'Some people' understates dizziness: 29% of patients on Spravato had it in the label's short-term trials, against 8% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/dizziness-transient-with-nausea",
        "topic/label-safety-nausea-rate",
        Qualifies,
        "'Some people' understates nausea: 28% of patients on Spravato had it in the label's short-term trials, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/nausea-vomiting-after-dose",
        "topic/label-safety-nausea-rate",
        MakesPrecise,
        "The label gives the rate: 28% of patients on Spravato had nausea in its short-term trials, against 9% on placebo.",
    ),
    ClaimCorrection::new(
        "side-effect/nausea-vomiting-after-dose",
        "topic/label-safety-vomiting-rate",
        MakesPrecise,
        "The label gives the rate: 9% of patients on Spravato vomited in its short-term trials, against 2% on placebo.",
    ),
    // (e) Long-term safety: a harm the label already warns of.
    ClaimCorrection::new(
        "precaution/unknown-long-term-safety-data-gap",
        "topic/label-safety-cystitis-warning",
        Qualifies,
        "Missing long-term data is not the same as no known harm: the Spravato label already warns of ulcerative and interstitial cystitis.",
    ),
    ClaimCorrection::new(
        "research-direction/long-term-effects-unknown",
        "topic/label-safety-cystitis-warning",
        Qualifies,
        "One harm is known already: the Spravato label warns of ulcerative and interstitial cystitis, the bladder injury tied to long-term heavy ketamine use.",
    ),
];
