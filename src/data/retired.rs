//! Claim ids that were released once and no longer name a current claim.
//!
//! An id is a promise: it never changes meaning. When a claim is removed, split
//! or merged, its id stays here with the id(s) that now hold its meaning, so a
//! program holding the old id gets a clear answer (SNOMED CT and the OHDSI
//! vocabularies treat retired codes the same way).

use crate::RetiredClaim;

/// The retired ids, sorted by id.
pub(crate) const RETIRED: &[RetiredClaim] = &[
    RetiredClaim::new(
        "clinic-practice/patient-reviews-trust-signal",
        &["clinic-practice/patient-reviews-can-help-find-clinic"],
        "it said reviews and recommendations help find a clinic; article 003 says they can, and the clinic is a ketamine clinic",
    ),
    RetiredClaim::new(
        "history-event/first-human-study-domino-corssen",
        &[
            "history-event/first-human-study-domino-corssen-michigan",
            "history-event/dissociative-anesthetic-term-toni-domino",
        ],
        "it credited the term \"dissociative anesthetic\" to Domino and Corssen, not Toni Domino",
    ),
    RetiredClaim::new(
        "indication/chronic-pain-mood-and-pain-observations",
        &["history-event/mood-and-pain-noticed-patient-reports"],
        "it filed a report of better mood and less pain under chronic pain and depression, which article 001 does not name",
    ),
    RetiredClaim::new(
        "indication/depression-first-off-label-target",
        &["indication/depression-singled-out-off-label-use"],
        "it put depression first among ketamine's off-label uses; article 003 only singles it out (\"especially\") and gives no order",
    ),
    RetiredClaim::new(
        "indication/suicidal-ideation-lasting-effects-appeal",
        &["indication/suicidal-ideation-some-lasting-effects-appeal"],
        "it dropped article 003's hedge: the lasting effects are what studies indicate for some people",
    ),
    RetiredClaim::new(
        "indication/treatment-resistant-depression-improvement-within-hours",
        &[
            "indication/treatment-resistant-depression-studied-in-000",
            "indication/depression-improvement-within-hours-hedged-in-000",
        ],
        "it joined two sentences of article 000, that studies have looked at treatment-resistant depression and that results suggest improvement within hours, and tied the hedged result to those studies",
    ),
    RetiredClaim::new(
        "indication/treatment-resistant-depression-infusion-relief-studies",
        &["indication/treatment-resistant-depression-infusion-relief-no-study-named"],
        "it said article 002 cites studies; the article names none",
    ),
    RetiredClaim::new(
        "indication/treatment-resistant-depression-recent-research-interest",
        &["history-event/recent-attention-treatment-resistant-conditions"],
        "it filed research on treatment-resistant mental health conditions under treatment-resistant depression, which article 000 does not name",
    ),
    RetiredClaim::new(
        "mechanism/analgesia-pain-relief",
        &["mechanism/analgesia-pain-relief-hedged-in-003-004"],
        "it said plainly that ketamine relieves pain; articles 003 and 004 mention its analgesic properties only in hedged sentences",
    ),
    RetiredClaim::new(
        "precaution/supervised-clinical-use-licensed-providers-only",
        &["precaution/supervised-clinical-use-qualified-providers-purpose"],
        "it said providers' guidance keeps ketamine therapy safe and effective; the articles give that as its purpose",
    ),
    RetiredClaim::new(
        "process-item/complementary-therapies-psychotherapy-support",
        &["process-item/complementary-therapies-often-combined"],
        "it said, unqualified, that ketamine therapy is combined with psychotherapy; the articles say often and may",
    ),
    RetiredClaim::new(
        "process-item/eligibility-and-contraindications-eligibility-check",
        &["process-item/eligibility-and-contraindications-eligibility-help"],
        "it said the assessment settles eligibility; article 003 says it helps determine it",
    ),
    RetiredClaim::new(
        "side-effect/abuse-and-misuse-unsuitable-patients",
        &["precaution/not-for-everyone-substance-abuse-history"],
        "it filed a precaution about patients with a history of substance abuse as a side effect of ketamine",
    ),
    RetiredClaim::new(
        "side-effect/dissociation-thought-pattern-reset",
        &["side-effect/dissociation-thought-pattern-role"],
        "it made dissociation break up thought patterns; article 002 says it is believed to play a part",
    ),
    RetiredClaim::new(
        "therapy-step/assessment-before-treatment",
        &["therapy-step/assessment-thorough-before-ketamine"],
        "it said each patient is assessed; article 003 says patients typically are",
    ),
    RetiredClaim::new(
        "topic/route-choice-depends-on-patient",
        &["topic/route-choice-often-patient-factors"],
        "it dropped article 003's potential drawbacks and often",
    ),
    RetiredClaim::new(
        "topic/route-choice-routes-in-003-takeaways",
        &["topic/route-choice-routes-among-in-003-takeaways"],
        "it read article 003's examples of routes as the complete list",
    ),
    RetiredClaim::new(
        "topic/route-choice-set-by-treatment-plan",
        &["topic/route-choice-may-be-in-treatment-plan"],
        "it said the plan sets dose and route, where article 004 says it may include them, and tagged the esketamine spray, which 004 does not name",
    ),
];
