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

/// Correction rows: `"article claim id" Kind "reference claim id" "note";`.
macro_rules! corrections {
    ($($article:literal $kind:ident $reference:literal $note:literal;)+) => {
        /// Every correction: claims of the articles first, then the claims that date
        /// events, each group in the order the crate has always listed it, then what
        /// regulators' labels say against article claims.
        pub(crate) const CORRECTIONS: &[ClaimCorrection] = &[$(
            ClaimCorrection::new($article, $reference, $kind, $note)
        ),+];
    };
}

corrections! {
    // Claims of the articles beside reference records.
    "route/intravenous-infusion-40-minutes" MakesPrecise "topic/dosing-iv-trial-infusion-dose"
        "The depression trials infused 0.5 mg/kg over 40 minutes, in line with the article's 'about 40 minutes'.";
    "route/intravenous-low-dose" MakesPrecise "topic/dosing-iv-trial-infusion-dose"
        "The 'low dose' of the depression trials is 0.5 mg/kg of body weight.";
    "route/oral-less-common-variable-absorption" MakesPrecise "topic/pharmacokinetics-oral-bioavailability-20"
        "Behind 'absorption varies': only about a fifth of an oral dose reaches the circulation.";
    "route/oral-less-common-variable-absorption" MakesPrecise "topic/pharmacokinetics-oral-bioavailability-range"
        "Studies put oral bioavailability between 16% and 25%, which is the variation the article alludes to.";
    "indication/pediatric-mood-disorders-specialised-care" Contradicts "topic/dosing-spravato-children-unknown"
        "The one approved ketamine-class antidepressant, esketamine (Spravato), is not known to be safe and effective in children; no source supports the article's suggestion.";
    "side-effect/bladder-problems-urinary-toxicity" MakesPrecise "topic/label-safety-ketamine-uropathy-2007"
        "The bladder harm of long-term heavy use has a name: ketamine-associated ulcerative cystitis, described in 2007.";
    "side-effect/increased-blood-pressure-monitoring" MakesPrecise "topic/dosing-spravato-blood-pressure-check"
        "After a Spravato dose blood pressure peaks at about 40 minutes and stays up for about 4 hours; the label asks for a check before dosing.";
    "route/intranasal-fda-approval-rapid-acting-in-002" Corrects "substance/esketamine-s-enantiomer-in-spravato"
        "The approved spray contains esketamine, the S-enantiomer, not racemic ketamine as article 002 implies.";
    "route/intranasal-spravato-fda-approval-in-003" Confirms "substance/esketamine-s-enantiomer-in-spravato"
        "Article 003 names the product correctly: Spravato is esketamine.";
    // Dated events: the article event's claim that states the date, beside the
    // reference event's claim (these rows are what the 0.1.0 event corrections,
    // `HistoryEvent::corrections`, list).
    "history-event/developed-in-the-1960s-development-decade" MakesPrecise "history-event/ci-581-synthesis-wayne-state-parke-davis"
        "The articles give the decade; the reference sources give the year of synthesis, 1962.";
    "history-event/synthesized-in-1962-calvin-stevens" Confirms "history-event/ci-581-synthesis-wayne-state-parke-davis"
        "The year and the chemist agree; the reference sources add Wayne State University, Parke-Davis and the code CI-581.";
    "history-event/vietnam-war-staple-preserved-breathing" MakesPrecise "history-event/vietnam-battlefield-use-start-date-disputed"
        "The article gives no date; the reference sources place the use in the 1960s–1970s and do not settle when it began.";
    "indication/depression-late-20th-century-mood-studies" MakesPrecise "history-event/berman-trial-first-placebo-controlled"
        "The first placebo-controlled trial in depression was published in February 2000, the last year of the 20th century counted strictly (1901–2000); read as 'the 1900s', the article's 'by the late 20th century' is slightly early.";
    "history-event/approved-in-the-1970s-first-medical-approval" MakesPrecise "history-event/ketalar-approval-fda-1970"
        "The first US approval was in 1970 (Ketalar, Parke-Davis), the first year of the decade the article names; the exact day was not found.";
    "route/intranasal-spravato-fda-approval-in-003" MakesPrecise "history-event/spravato-approval-fda-trd"
        "Neither article dates the approval; the FDA approved the spray on 5 March 2019.";
    "route/intranasal-fda-approval-rapid-acting-in-002" Corrects "history-event/spravato-approval-fda-trd"
        "Article 002 says the FDA approved a ketamine nasal spray; the approved spray, Spravato, contains esketamine, the S-enantiomer, not racemic ketamine, as article 003 says.";
    // What regulators' labels (prescribing information, patient information,
    // REMS, boxed warning) say against article claims: Contradicts and Qualifies
    // rows, with the label's rates beside the articles' 'common'.
    // (a) Suicidal thoughts: the label's limits of use and its boxed warning.
    "indication/suicidal-ideation-rapid-relief-saves-lives" Contradicts "topic/dosing-spravato-suicide-prevention-unproven"
        "The label of the approved esketamine spray, Spravato, says it is not known to be safe and effective at preventing suicide or at reducing suicidal thoughts; the article's promise that a quick effect on such thoughts saves lives has no support in the label.";
    "indication/suicidal-ideation-rapid-relief-saves-lives" Qualifies "topic/dosing-spravato-no-hospitalization-replacement"
        "Where suicidal thoughts are acute, the Spravato label says the spray does not take the place of hospitalization when a patient needs it.";
    "indication/suicidal-ideation-rapid-relief-saves-lives" Qualifies "topic/label-safety-boxed-warning"
        "Suicidal thoughts and behaviours are on Spravato's boxed warning: the label counts them among the treatment's risks, not among the symptoms it is shown to relieve.";
    "indication/suicidal-ideation-some-lasting-effects-appeal" Qualifies "topic/dosing-spravato-suicide-prevention-unproven"
        "Whatever the appeal of lasting effects, the Spravato label says the spray is not known to be safe and effective at reducing suicidal thoughts or at preventing suicide.";
    "indication/suicidal-ideation-some-lasting-effects-appeal" Qualifies "topic/dosing-spravato-no-hospitalization-replacement"
        "For someone with acute suicidal thoughts, the Spravato label says the spray does not replace hospitalization when it is needed.";
    "indication/suicidal-ideation-some-lasting-effects-appeal" Qualifies "topic/label-safety-boxed-warning"
        "Spravato's boxed warning lists suicidal thoughts and behaviours among the treatment's risks: the label's concern runs the other way from the article's appeal.";
    "indication/depression-severe-or-suicidal-appeal" Qualifies "topic/dosing-spravato-suicide-prevention-unproven"
        "Speed is not proof of an effect on suicidal thoughts: the Spravato label says the spray is not known to be safe and effective at reducing them or at preventing suicide.";
    "indication/depression-severe-or-suicidal-appeal" Qualifies "topic/dosing-spravato-no-hospitalization-replacement"
        "A fast-acting option is no substitute for a hospital stay: the Spravato label says the spray does not replace hospitalization when a patient needs it.";
    "indication/depression-severe-or-suicidal-appeal" Qualifies "topic/label-safety-boxed-warning"
        "Suicidal thoughts and behaviours are among the risks on Spravato's boxed warning, not among the effects the label promises.";
    // (b) Breathing: respiratory depression is on the boxed warning.
    "indication/anesthesia-preserved-breathing" Qualifies "topic/label-safety-boxed-warning"
        "Spravato's boxed warning lists respiratory depression for esketamine, the S-enantiomer of ketamine, so spared breathing is no promise of safety with a ketamine-class drug; the warning is written for the antidepressant spray, not for ketamine given as an anesthetic.";
    "history-event/vietnam-war-staple-preserved-breathing" Qualifies "topic/label-safety-boxed-warning"
        "The article explains the wartime use by spared breathing; the current Spravato label lists respiratory depression on its boxed warning for esketamine, so the history is no promise that breathing is safe.";
    // (c) The spray as an alternative to infusions: the REMS.
    "route/intranasal-alternative-to-iv" Qualifies "topic/dosing-rems-certified-settings-only"
        "The spray is no take-home option: under its REMS, Spravato is given only in certified healthcare settings and is never dispensed for use at home.";
    "route/intranasal-alternative-to-iv" Qualifies "topic/dosing-rems-observation-2-hours"
        "Each Spravato dose is followed by at least 2 hours of observation under the REMS: the spray spares the patient a needle, not a stay at the clinic.";
    "route/intranasal-newer-development" Qualifies "topic/dosing-rems-certified-settings-only"
        "The nasal spray approved for depression is esketamine (Spravato), and its REMS allows it only in certified healthcare settings, never at home.";
    "topic/route-choice-forms-depend-on-condition" Qualifies "topic/dosing-rems-certified-settings-only"
        "The nasal spray with an FDA approval is esketamine (Spravato); its REMS limits it to certified healthcare settings, and it is never dispensed for use at home.";
    // (d) How common the side effects are: the label's rates, the boxed
    // warning and the REMS observation. A rate that bears out the article's
    // 'common' makes it precise; 'some' or 'mild' is qualified.
    "side-effect/dissociation-detachment-from-reality" Qualifies "topic/label-safety-dissociation-rate"
        "'Some patients' understates it: in the label's short-term trials, 41% of patients on Spravato had dissociation, against 9% on placebo.";
    "side-effect/dissociation-during-session" Qualifies "topic/label-safety-dissociation-rate"
        "Not a few patients but 41% of those on Spravato had dissociation in the label's short-term trials, against 9% on placebo.";
    "side-effect/dissociation-during-session" Qualifies "topic/label-safety-boxed-warning"
        "Article 003's 'mild' needs the label beside it: dissociation is one of the risks on Spravato's boxed warning.";
    "side-effect/dissociation-common-and-transient" MakesPrecise "topic/label-safety-dissociation-rate"
        "'Common' is borne out by the label: 41% of patients on Spravato had dissociation in its short-term trials, against 9% on placebo.";
    "side-effect/dissociation-common-and-transient" Qualifies "topic/dosing-rems-observation-2-hours"
        "Even when dissociation passes soon, the REMS requires at least 2 hours of observation after each Spravato dose.";
    "side-effect/dissociation-common-side-effects-list" MakesPrecise "topic/label-safety-dissociation-rate"
        "The label puts a figure on common dissociation: 41% of patients on Spravato in its short-term trials, against 9% on placebo.";
    "side-effect/dissociation-common-side-effects-list" MakesPrecise "topic/label-safety-dizziness-rate"
        "The label puts a figure on common dizziness: 29% of patients on Spravato in its short-term trials, against 8% on placebo.";
    "side-effect/dissociation-common-side-effects-list" Qualifies "topic/label-safety-boxed-warning"
        "On the label dissociation is more than a common side effect: it is one of the risks on Spravato's boxed warning.";
    "side-effect/dissociation-therapeutic-use" Qualifies "topic/label-safety-boxed-warning"
        "Whatever its therapeutic use, the Spravato label treats dissociation as a risk: it is on the boxed warning.";
    "side-effect/dissociation-therapeutic-use" Qualifies "topic/dosing-rems-observation-2-hours"
        "However dissociation is used, the REMS still requires at least 2 hours of observation after each Spravato dose.";
    "side-effect/dizziness-transient-with-nausea" Qualifies "topic/label-safety-dizziness-rate"
        "'Some people' understates dizziness: 29% of patients on Spravato had it in the label's short-term trials, against 8% on placebo.";
    "side-effect/dizziness-transient-with-nausea" Qualifies "topic/label-safety-nausea-rate"
        "'Some people' understates nausea: 28% of patients on Spravato had it in the label's short-term trials, against 9% on placebo.";
    "side-effect/nausea-vomiting-after-dose" MakesPrecise "topic/label-safety-nausea-rate"
        "The label gives the rate: 28% of patients on Spravato had nausea in its short-term trials, against 9% on placebo.";
    "side-effect/nausea-vomiting-after-dose" MakesPrecise "topic/label-safety-vomiting-rate"
        "The label gives the rate: 9% of patients on Spravato vomited in its short-term trials, against 2% on placebo.";
    // (e) Long-term safety: a harm the label already warns of.
    "precaution/unknown-long-term-safety-data-gap" Qualifies "topic/label-safety-cystitis-warning"
        "Missing long-term data is not the same as no known harm: the Spravato label already warns of ulcerative and interstitial cystitis.";
    "research-direction/long-term-effects-unknown" Qualifies "topic/label-safety-cystitis-warning"
        "One harm is known already: the Spravato label warns of ulcerative and interstitial cystitis, the bladder injury tied to long-term heavy ketamine use.";
    "topic/safety-side-effects-short-lived" Qualifies "topic/label-safety-cystitis-warning"
        "Not every harm passes soon after treatment: the Spravato label warns of ulcerative and interstitial cystitis, a lasting bladder injury.";
    "topic/safety-side-effects-short-lived" Qualifies "topic/dosing-rems-observation-2-hours"
        "Even side effects that pass soon call for watching: the REMS requires at least 2 hours of observation after each Spravato dose.";
}
