//! Indications, checked against what the articles say of each use of ketamine.

use ketamine_facts::{
    Benefit, Claim, Comparison, Disagreement, Evidence, HistoryEvent, Indication, Mechanism,
    Precaution, Route, Section, Source, Subject,
};
use proptest::prelude::*;

mod common;
use common::{claim, sections};

// ---- reading the articles, to check that each level matches its place's wording ----

/// Every claim listed under an indication, named by the indication.
fn all_claims() -> Vec<(String, &'static Claim)> {
    Indication::ALL
        .iter()
        .flat_map(|i| i.claims().iter().map(move |c| (i.to_string(), c)))
        .collect()
}

/// The levels at which `indication`'s claims cite `section`.
fn levels(indication: Indication, section: Section) -> Vec<Evidence> {
    indication
        .citations()
        .filter(|c| c.cited_section() == Some(section))
        .map(ketamine_facts::Citation::evidence)
        .collect()
}

/// The levels at which `indication`'s claims cite `source` as a whole.
fn whole_levels(indication: Indication, source: Source) -> Vec<Evidence> {
    indication
        .citations()
        .filter(|c| c.source() == source && c.cited_section().is_none())
        .map(ketamine_facts::Citation::evidence)
        .collect()
}

// ---- invariants ----

#[test]
fn every_indication_has_cited_claims() {
    for (indication, claim) in all_claims() {
        assert!(
            !claim.citations().is_empty(),
            "{indication}: {}",
            claim.summary()
        );
        assert!(!claim.summary().is_empty());
    }
    for indication in Indication::ALL {
        assert!(!indication.claims().is_empty(), "{indication}");
        assert!(indication.weakest_evidence() <= indication.strongest_evidence());
    }
}

#[test]
fn every_indication_has_a_route_or_says_why_not() {
    for indication in Indication::ALL {
        match indication.routes_note() {
            None => assert!(!indication.routes().is_empty(), "{indication}"),
            Some(note) => {
                assert!(indication.routes().is_empty(), "{indication}");
                assert!(note.contains("no article"), "{indication}: {note}");
            }
        }
    }
}

#[test]
fn strongest_and_weakest_span_every_citation() {
    for indication in Indication::ALL {
        let max = indication
            .citations()
            .map(ketamine_facts::Citation::evidence)
            .max();
        let min = indication
            .citations()
            .map(ketamine_facts::Citation::evidence)
            .min();
        assert_eq!(max, Some(indication.strongest_evidence()), "{indication}");
        assert_eq!(min, Some(indication.weakest_evidence()), "{indication}");
    }
}

#[test]
fn at_least_and_for_route_agree_with_the_per_indication_answers() {
    for level in Evidence::ALL {
        let listed: Vec<_> = Indication::at_least(*level).collect();
        let expected: Vec<_> = Indication::ALL
            .iter()
            .copied()
            .filter(|i| i.strongest_evidence() >= *level)
            .collect();
        assert_eq!(listed, expected, "{level}");
    }
    for route in Route::ALL {
        for indication in Indication::for_route(*route) {
            assert!(indication.routes().contains(route));
        }
    }
}

// ---- the articles, indication by indication ----

#[test]
fn anesthesia_is_standard_practice_in_surgery_and_emergencies() {
    let a = Indication::Anesthesia;
    assert_eq!(a.strongest_evidence(), Evidence::StandardPractice);
    assert!(!a.is_mental_health());
    assert_eq!(
        a.first_line_answer().as_option(),
        None,
        "no source says either way"
    );
    // 003 "Medical Uses": "commonly used in surgical procedures"
    assert!(levels(a, Section::MedicalUses).contains(&Evidence::StandardPractice));
    // 003 "Medical Uses": "especially in emergency situations"
    let emergency = claim("indication/anesthesia-emergency-medicine");
    assert!(a.claims().contains(emergency), "003 on emergencies");
    assert!(emergency.mentions("emergency"));
    assert!(emergency.citations().iter().any(|c| {
        c.cited_section() == Some(Section::MedicalUses)
            && c.evidence() == Evidence::StandardPractice
    }));
    // 004 "Understanding Ketamine": used in surgical settings for decades, one
    // fact with 003's surgical use
    let surgery = claim("indication/anesthesia-surgery");
    assert!(a.claims().contains(surgery), "surgical use");
    assert!(surgery.mentions("surgery") && surgery.mentions("decades"));
    assert!(surgery.cites(Source::UnlockingTheMysteries));
    // 001 tells the wide use in surgery and emergencies in the past tense: that
    // is history, and no present-tense claim cites it
    assert!(!surgery.cites(Source::RevolutionaryTreatment));
    assert!(!emergency.cites(Source::RevolutionaryTreatment));
    let past = claim("history-event/widely-used-anesthetic-emergency-medicine");
    assert!(HistoryEvent::WidelyUsedAnesthetic.claims().contains(past));
    assert!(past.mentions("emergency") && past.cites(Source::RevolutionaryTreatment));
    // quick onset (003 FAQ, 003 table) and breathing kept (001, 003 history)
    let quick = claim("indication/anesthesia-rapid-onset");
    assert!(a.claims().contains(quick));
    assert!(quick.mentions("quickly"));
    assert!(
        quick
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::FaqWhatIsKetamine))
    );
    let breathing = claim("indication/anesthesia-preserved-breathing");
    assert!(
        a.claims().contains(breathing),
        "001 and 003 say breathing is preserved"
    );
    assert!(breathing.mentions("breathing"));
    let sections: Vec<_> = breathing
        .citations()
        .iter()
        .filter_map(|c| c.cited_section())
        .collect();
    assert_eq!(
        sections,
        [Section::WhatIsKetamine, Section::HistoryOfKetamine]
    );
    assert!(
        HistoryEvent::WidelyUsedAnesthetic
            .claims()
            .contains(breathing)
    );
    // first developed as an anesthetic: history, listed here
    let developed = claim("indication/anesthesia-original-purpose");
    assert!(
        a.claims().contains(developed),
        "the articles on ketamine's origin"
    );
    assert!(developed.mentions("first developed"));
    assert!(
        HistoryEvent::DevelopedInThe1960s
            .claims()
            .contains(developed)
    );
    assert!(a.routes().is_empty());
    // the one contested anesthesia claim is breathing, against the boxed warning
    let contested: Vec<_> = a.claims().iter().filter(|c| c.is_contested()).collect();
    assert_eq!(
        contested,
        [claim("indication/anesthesia-preserved-breathing")]
    );
    assert_eq!(contested[0].disputes(), [Disagreement::BreathingPreserved]);
}

#[test]
fn article_003_drifts_on_chronic_pain_from_can_be_effective_to_effective() {
    let pain = Indication::ChronicPain;
    // every claim of article 003 on chronic pain takes part in its drift
    for claim in pain
        .claims()
        .iter()
        .filter(|c| c.cites(Source::WhatIsKetamine))
    {
        assert!(
            claim.disputes().contains(&Disagreement::ChronicPainWording),
            "{}",
            claim.summary()
        );
    }
    // 003's list: "can be effective", a hedge
    assert_eq!(levels(pain, Section::MedicalUses), [Evidence::Preliminary]);
    assert_eq!(
        levels(pain, Section::WhatIsKetamineConclusion),
        [Evidence::Stated]
    );
    // 001's patients "reported" reductions in pain, but 001 never says they
    // had chronic pain: that report is history, not a chronic-pain claim
    assert_eq!(levels(pain, Section::WhatIsKetamine), []);
    assert_eq!(pain.strongest_evidence(), Evidence::Stated);
    assert_eq!(pain.first_line_answer().as_option(), None);
}

#[test]
fn article_004_says_numerous_studies_show_ketamine_relieves_depression() {
    let d = Indication::Depression;
    assert!(levels(d, Section::ClinicalEvidence).contains(&Evidence::ClinicalStudies));
    let study = claim("indication/depression-landmark-ajp-study");
    assert!(d.claims().contains(study), "004's landmark study");
    assert!(study.mentions("American Journal of Psychiatry"));
    assert!(study.mentions("24 hours") && study.mentions("intravenous infusion"));
    // the study is told once, as a benefit, and listed here
    assert_eq!(Benefit::SingleInfusionStudy.claims(), [*study]);
    // the sustained effect is only "indicated", and disputed
    let sustained = claim("indication/depression-repeated-infusions-sustain");
    assert!(d.claims().contains(sustained), "004's second study");
    assert!(sustained.mentions("repeated ketamine infusions"));
    assert_eq!(sustained.strongest_evidence(), Evidence::Preliminary);
    assert_eq!(sustained.disputes(), [Disagreement::BenefitDuration]);
    assert_eq!(Benefit::SustainedByRepeatedInfusions.claims(), [*sustained]);
}

#[test]
fn article_003_says_iv_is_the_most_common_route_for_depression() {
    let d = Indication::Depression;
    assert_eq!(d.routes(), [Route::Iv, Route::Intranasal]);
    // the route fact lives in `route.rs` and is linked here by value
    let linked = claim("route/intravenous-most-common-for-depression");
    assert!(d.claims().contains(linked), "003's most common route");
    assert!(linked.mentions("most common"));
    assert!(Route::Iv.claims().contains(linked));
    let spray = claim("route/intranasal-newer-development");
    assert!(d.claims().contains(spray), "001's nasal spray teaser");
    assert!(spray.cites(Source::RevolutionaryTreatment));
    assert!(Route::Intranasal.claims().contains(spray));
    assert!(spray.mentions("nasal spray") && spray.mentions("depression"));
    assert_eq!(d.strongest_evidence(), Evidence::StandardPractice);
    assert_eq!(d.first_line_answer().as_option(), Some(false));
}

#[test]
fn depression_is_promising_in_003_and_004_and_stated_in_the_takeaways() {
    let d = Indication::Depression;
    // 003 and 004 both say "promising"; only 003 names MDD, so that is its own claim
    let promise = claim("indication/depression-shown-promise");
    assert!(d.claims().contains(promise), "003 and 004");
    assert!(promise.mentions("shown promise"));
    let sections: Vec<_> = promise
        .citations()
        .iter()
        .filter_map(|c| c.cited_section())
        .collect();
    assert_eq!(
        sections,
        [Section::MedicalUses, Section::KetamineAndDepression]
    );
    assert!(!promise.mentions("major depressive"));
    let mdd = claim("indication/depression-major-depressive-disorder");
    assert!(d.claims().contains(mdd), "003 names MDD");
    assert!(mdd.mentions("MDD"));
    assert!(!mdd.cites(Source::UnlockingTheMysteries));
    assert_eq!(
        levels(d, Section::MedicalUses),
        [Evidence::Preliminary, Evidence::Preliminary]
    );
    // 004 "Ketamine and Depression": what depression is (stated), and that
    // ketamine has shown promise (preliminary)
    assert_eq!(
        levels(d, Section::KetamineAndDepression),
        [Evidence::Stated, Evidence::Preliminary]
    );
    let definition = claim("indication/depression-definition");
    assert!(d.claims().contains(definition));
    assert!(definition.mentions("complex disorder"));
    assert_eq!(
        definition.citations()[0].cited_section(),
        Some(Section::KetamineAndDepression)
    );
    assert_eq!(definition.strongest_evidence(), Evidence::Stated);
    // 003's opening line: "emerging treatment for depression"; the grading
    // table reads "emerging" as preliminary
    assert_eq!(
        whole_levels(d, Source::WhatIsKetamine),
        [Evidence::Preliminary]
    );
    let takeaway = claim("indication/depression-unqualified-in-003-takeaways");
    assert!(d.claims().contains(takeaway), "003's takeaways");
    assert!(takeaway.mentions("takeaways"));
    assert_eq!(takeaway.strongest_evidence(), Evidence::Stated);
    assert_eq!(
        takeaway.disputes(),
        [Disagreement::DepressionEvidence, Disagreement::PtsdWording]
    );
    // 000 on speed ("observed ... in some individuals", "results suggest") is
    // the comparison with traditional antidepressants, listed here
    let sooner = claim("indication/depression-faster-than-antidepressants");
    assert!(Comparison::Onset.claims().contains(sooner));
    assert!(d.claims().contains(sooner));
    assert!(sooner.cites(Source::MentalHealthOverview));
    assert!(
        levels(d, Section::WhatResearchExists).contains(&Evidence::UnderInvestigation),
        "000's research list"
    );
}

#[test]
fn the_fda_approved_esketamine_spray_for_trd_and_002_words_it_differently() {
    let trd = Indication::TreatmentResistantDepression;
    assert_eq!(trd.strongest_evidence(), Evidence::RegulatoryApproval);
    let approval = claim("route/intranasal-spravato-fda-approval-in-003");
    assert!(trd.claims().contains(approval), "003 names Spravato");
    assert!(approval.mentions("esketamine") && approval.mentions("Spravato"));
    assert!(Route::Intranasal.claims().contains(approval));
    assert_eq!(approval.home(), Subject::Route(Route::Intranasal));
    assert_eq!(approval.disputes(), [Disagreement::WhatTheFdaApproved]);
    assert!(levels(trd, Section::AdministrationMethods).contains(&Evidence::RegulatoryApproval));
    assert!(
        whole_levels(trd, Source::RiseOfKetamineTherapy).contains(&Evidence::RegulatoryApproval)
    );
    assert_eq!(trd.routes(), [Route::Iv, Route::Intranasal]);
}

#[test]
fn article_002_says_studies_have_shown_infusions_offer_relief_in_trd() {
    let trd = Indication::TreatmentResistantDepression;
    let claim = claim("indication/treatment-resistant-depression-infusion-relief-no-study-named");
    assert!(trd.claims().contains(claim), "002's studies");
    // 002 asserts the studies but names none
    assert!(claim.mentions("names no study"));
    // "studies have shown" that infusions "can" offer relief: the hedge governs
    assert_eq!(claim.strongest_evidence(), Evidence::Preliminary);
    assert!(claim.mentions("infusion") && claim.mentions("relief"));
    let citation = claim.citations()[0];
    assert_eq!(citation.source(), Source::RiseOfKetamineTherapy);
    assert_eq!(citation.heading(), None, "article 002 has no headings");
    assert!(Indication::for_route(Route::Iv).any(|i| i == trd));
}

#[test]
fn article_000_says_researchers_began_exploring_treatment_resistant_conditions() {
    let trd = Indication::TreatmentResistantDepression;
    // the exploring is history (000's opening); 000 says "treatment-resistant
    // mental health conditions", not depression, so it is not a TRD claim
    let exploring = claim("history-event/recent-attention-treatment-resistant-conditions");
    assert!(!trd.claims().contains(exploring), "000's opening");
    assert!(exploring.mentions("begun to explore"));
    assert_eq!(exploring.strongest_evidence(), Evidence::UnderInvestigation);
    assert!(HistoryEvent::RecentAttention.claims().contains(exploring));
    // 000 "What Research Exists": clinical studies have "investigated" TRD (a
    // question under study); that results "suggest" improvement within hours is
    // a separate sentence, not tied to TRD
    let studies = claim("indication/treatment-resistant-depression-studied-in-000");
    assert!(trd.claims().contains(studies), "000's TRD studies");
    assert!(studies.mentions("clinical studies"));
    assert_eq!(studies.strongest_evidence(), Evidence::UnderInvestigation);
    let hours = claim("indication/depression-improvement-within-hours-hedged-in-000");
    assert!(!trd.claims().contains(hours));
    assert_eq!(hours.strongest_evidence(), Evidence::Preliminary);
    let mut research = levels(trd, Section::WhatResearchExists);
    research.sort();
    // the studies are under investigation; "may give" a quick response is a hedge
    assert_eq!(
        research,
        [Evidence::UnderInvestigation, Evidence::Preliminary]
    );
    // 001's teaser: depression is debilitating, and stubborn in some; and
    // low-dose ketamine "can help" (a hedge) with the medication-resistant form
    assert_eq!(
        levels(trd, Section::LowDoseTeaser),
        [Evidence::Stated, Evidence::Preliminary]
    );
    let stubborn = claim("indication/depression-global-burden");
    assert!(trd.claims().contains(stubborn));
    assert!(stubborn.mentions("stubborn"));
}

#[test]
fn hope_and_an_alternative_are_benefits_listed_for_trd() {
    let trd = Indication::TreatmentResistantDepression;
    for benefit in [Benefit::Hope, Benefit::OptionWhenOthersFail] {
        let listed = benefit
            .claims()
            .iter()
            .filter(|c| trd.claims().contains(c))
            .count();
        assert!(listed >= 1, "{benefit}");
    }
    // one claim each: the TRD list does not restate them
    let hope: Vec<&Claim> = trd.claims().iter().filter(|c| c.mentions("hope")).collect();
    assert_eq!(
        hope,
        [claim("indication/depression-hope-after-failed-therapies")]
    );
}

#[test]
fn article_003_says_ketamine_addresses_acute_suicidal_thoughts_quickly() {
    let s = Indication::SuicidalIdeation;
    // "can be life-saving": a hedge
    assert_eq!(
        levels(s, Section::PotentialBenefits),
        [Evidence::Preliminary]
    );
    let saves = claim("indication/suicidal-ideation-rapid-relief-saves-lives");
    assert!(s.claims().contains(saves));
    assert!(saves.mentions("save lives"));
    assert_eq!(levels(s, Section::Overview), [Evidence::Stated]);
    assert_eq!(s.strongest_evidence(), Evidence::Stated);
    // every claim here is a benefit's, listed by value
    for claim in s.claims() {
        assert!(
            Benefit::ALL.iter().any(|b| b.claims().contains(claim)),
            "{claim}"
        );
    }
    assert!(s.routes().is_empty());
}

#[test]
fn ptsd_is_studied_for_intrusive_thoughts_and_hyperarousal_and_every_claim_is_disputed() {
    let ptsd = Indication::Ptsd;
    // 001's teaser on PTSD itself says nothing of ketamine; every other claim
    // takes part in the wording drift
    let (condition, about_ketamine): (Vec<&Claim>, Vec<&Claim>) = ptsd
        .claims()
        .iter()
        .partition(|c| c.mentions("debilitating"));
    assert_eq!(condition, [claim("indication/ptsd-burden")]);
    assert!(!condition[0].mentions("ketamine"));
    assert!(condition[0].disputes().is_empty());
    for claim in about_ketamine {
        assert!(
            claim.disputes().contains(&Disagreement::PtsdWording),
            "{}",
            claim.summary()
        );
    }
    let symptoms = claim("indication/ptsd-plasticity-research");
    assert!(
        ptsd.claims().contains(symptoms),
        "000 names the symptoms studied"
    );
    assert!(symptoms.mentions("intrusive thoughts") && symptoms.mentions("hyperarousal"));
    assert_eq!(symptoms.strongest_evidence(), Evidence::UnderInvestigation);
    let memories = claim("indication/ptsd-traumatic-memory-processing");
    assert!(
        ptsd.claims().contains(memories),
        "002 on processing traumatic memories"
    );
    assert!(memories.mentions("traumatic memories"));
    let citation = memories.citations()[0];
    assert_eq!(memories.citations().len(), 1);
    assert_eq!(citation.source(), Source::RiseOfKetamineTherapy);
    assert_eq!(citation.heading(), None);
    assert_eq!(citation.evidence(), Evidence::Preliminary);
    assert!(Mechanism::TraumaRecovery.claims().contains(memories));
    assert!(Mechanism::TraumaRecovery.claims().contains(symptoms));
    // 003's list of uses ("may help reduce") and its FAQ ("might experience
    // substantial relief") are hedged alike but differ in size: two claims
    let hedged: Vec<_> = ptsd
        .claims()
        .iter()
        .filter(|c| {
            c.cites(Source::WhatIsKetamine) && c.strongest_evidence() == Evidence::Preliminary
        })
        .filter(|c| !c.mentions("table"))
        .collect();
    let relief = claim("indication/ptsd-symptom-relief");
    let substantial = claim("indication/ptsd-substantial-relief-in-003-faq");
    assert_eq!(hedged, [relief, substantial]);
    assert_eq!(sections(relief), [Section::MedicalUses]);
    assert!(substantial.mentions("substantial relief") && !relief.mentions("substantial"));
    assert_eq!(
        levels(ptsd, Section::FaqPopulations),
        [Evidence::Preliminary]
    );
    // the drift inside 003: "some studies suggest" ... an unqualified treatment
    assert_eq!(levels(ptsd, Section::MedicalUses), [Evidence::Preliminary]);
    assert_eq!(levels(ptsd, Section::KeyTakeaways), [Evidence::Stated]);
    assert_eq!(ptsd.strongest_evidence(), Evidence::Stated);
    assert_eq!(ptsd.weakest_evidence(), Evidence::UnderInvestigation);
}

#[test]
fn bipolar_depression_drifts_from_potential_to_aid_in_003() {
    let b = Indication::BipolarDepression;
    for claim in b.claims() {
        assert!(claim.disputes().contains(&Disagreement::BipolarWording));
        assert!(claim.cites(Source::WhatIsKetamine) && !claim.cites(Source::RiseOfKetamineTherapy));
    }
    assert_eq!(levels(b, Section::MedicalUses), [Evidence::Preliminary]);
    assert_eq!(levels(b, Section::FaqPopulations), [Evidence::Preliminary]);
    assert_eq!(
        levels(b, Section::WhatIsKetamineConclusion),
        [Evidence::Stated]
    );
    // three wordings, three claims: "potential benefits", "might experience
    // substantial relief", an unqualified "aid"; none speaks for another
    for (id, section) in [
        (
            "indication/bipolar-depression-depressive-episodes",
            Section::MedicalUses,
        ),
        (
            "indication/bipolar-depression-substantial-relief-in-003-faq",
            Section::FaqPopulations,
        ),
        (
            "indication/bipolar-depression-in-003-table",
            Section::WhatIsKetamineConclusion,
        ),
    ] {
        assert_eq!(sections(claim(id)), [section], "{id}");
    }
    assert!(
        claim("indication/bipolar-depression-substantial-relief-in-003-faq")
            .mentions("substantial")
    );
}

#[test]
fn every_article_mentions_anxiety_but_none_more_than_preliminary() {
    let a = Indication::AnxietyDisorders;
    let sources: Vec<_> = a.sources().collect();
    assert_eq!(
        sources,
        [
            Source::MentalHealthOverview,
            Source::RevolutionaryTreatment,
            Source::RiseOfKetamineTherapy,
            Source::WhatIsKetamine,
            Source::UnlockingTheMysteries,
        ]
    );
    assert_eq!(a.strongest_evidence(), Evidence::Preliminary);
    assert_eq!(a.weakest_evidence(), Evidence::UnderInvestigation);
}

#[test]
fn substance_use_disorders_are_only_promising_or_studied() {
    let s = Indication::SubstanceUseDisorders;
    assert_eq!(s.strongest_evidence(), Evidence::Preliminary);
    for claim in s.claims() {
        assert!(claim.disputes().contains(&Disagreement::SubstanceUse));
    }
    assert_eq!(
        whole_levels(s, Source::RiseOfKetamineTherapy),
        [Evidence::Preliminary]
    );
    assert_eq!(
        levels(s, Section::ResearchAndFutureDirections),
        [Evidence::UnderInvestigation]
    );
}

#[test]
fn ocd_is_only_being_explored_by_article_003() {
    let ocd = Indication::ObsessiveCompulsiveDisorder;
    assert_eq!(ocd.strongest_evidence(), Evidence::UnderInvestigation);
    let sections: Vec<_> = ocd
        .citations()
        .filter_map(ketamine_facts::Citation::cited_section)
        .collect();
    assert_eq!(
        sections,
        [Section::FutureOfResearch, Section::FaqOngoingResearch]
    );
}

#[test]
fn article_004_links_pain_related_depression_to_the_opioid_system() {
    let p = Indication::PainRelatedDepression;
    let opioid = claim("indication/pain-related-depression-opioid-explanation");
    assert_eq!(p.claims(), [*opioid]);
    assert!(opioid.mentions("opioid"));
    assert!(Mechanism::OpioidInteraction.claims().contains(opioid));
    assert_eq!(
        levels(p, Section::RoleOfNeurochemistry),
        [Evidence::Preliminary]
    );
    assert!(p.is_mental_health());
}

#[test]
fn the_pediatric_claim_is_one_hedged_sentence_without_evidence() {
    let p = Indication::PediatricMoodDisorders;
    let claim = claim("indication/pediatric-mood-disorders-specialised-care");
    assert_eq!(p.claims(), [*claim]);
    assert_eq!(claim.disputes(), [Disagreement::PediatricClaim]);
    assert_eq!(levels(p, Section::FaqPopulations), [Evidence::Preliminary]);
    assert_eq!(p.strongest_evidence(), Evidence::Preliminary);
    assert!(p.routes().is_empty() && p.routes_note().is_some());
}

#[test]
fn article_000_says_ketamine_is_not_first_line_in_mental_health() {
    // told once, as a precaution about mental health care as a whole
    let claim = claim("precaution/not-first-line-mental-health-status");
    assert!(Precaution::NotFirstLine.claims().contains(claim));
    assert!(claim.mentions("not regarded as a first-line"));
    assert_eq!(
        claim.citations()[0].cited_section(),
        Some(Section::WhatAreTherapeuticUses)
    );
    for indication in Indication::ALL {
        let expected = if indication.is_mental_health() {
            Some(false)
        } else {
            None
        };
        assert_eq!(
            indication.first_line_answer().as_option(),
            expected,
            "{indication}"
        );
    }
}

#[test]
fn only_anesthesia_depression_and_trd_reach_clinical_studies() {
    let strong: Vec<_> = Indication::at_least(Evidence::ClinicalStudies).collect();
    assert_eq!(
        strong,
        [
            Indication::Anesthesia,
            Indication::Depression,
            Indication::TreatmentResistantDepression
        ]
    );
    let approved: Vec<_> = Indication::at_least(Evidence::RegulatoryApproval).collect();
    assert_eq!(approved, [Indication::TreatmentResistantDepression]);
}

#[test]
fn no_article_ties_a_condition_to_intramuscular_or_oral_ketamine() {
    assert_eq!(Indication::for_route(Route::Im).count(), 0);
    assert_eq!(Indication::for_route(Route::Oral).count(), 0);
    let by_iv: Vec<_> = Indication::for_route(Route::Iv).collect();
    assert_eq!(
        by_iv,
        [
            Indication::Depression,
            Indication::TreatmentResistantDepression
        ]
    );
}

#[test]
fn people_type_indications_many_ways() {
    for (text, indication) in [
        ("TRD", Indication::TreatmentResistantDepression),
        (
            "treatment-resistant depression",
            Indication::TreatmentResistantDepression,
        ),
        ("MDD", Indication::Depression),
        ("Post-Traumatic Stress Disorder", Indication::Ptsd),
        ("OCD", Indication::ObsessiveCompulsiveDisorder),
        ("bipolar", Indication::BipolarDepression),
        ("anaesthesia", Indication::Anesthesia),
        ("pain", Indication::ChronicPain),
        ("  children ", Indication::PediatricMoodDisorders),
    ] {
        assert_eq!(text.parse::<Indication>(), Ok(indication), "{text:?}");
    }
    let err = "insomnia".parse::<Indication>().unwrap_err();
    assert_eq!(err.kind(), "indication");
    assert!(err.expected().contains(&"ptsd"));
}

#[test]
fn labels_are_readable_and_distinct() {
    let mut labels: Vec<_> = Indication::ALL.iter().map(|i| i.label()).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), Indication::ALL.len());
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in "\\PC*") {
        match text.parse::<Indication>() {
            Ok(indication) => prop_assert!(Indication::ALL.contains(&indication)),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
