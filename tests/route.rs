//! Routes of administration, checked against what the articles say.

use chrono::TimeDelta;
use ketamine_facts::{
    Disagreement, Evidence, HistoryEvent, Route, Section, Source, Subject, Topic,
};
use proptest::prelude::*;

mod common;
use common::claim;

#[test]
fn article_003_names_four_routes_in_this_order() {
    assert_eq!(
        Route::ALL,
        [Route::Iv, Route::Intranasal, Route::Im, Route::Oral]
    );
    let abbreviations: Vec<_> = Route::ALL.iter().map(|r| r.abbreviation()).collect();
    assert_eq!(abbreviations, ["IV", "IN", "IM", "PO"]);
}

#[test]
fn iv_infusion_is_the_most_common_route_for_depression() {
    let claim = claim("route/intravenous-most-common-for-depression");
    assert!(Route::Iv.claims().contains(claim));
    assert_eq!(claim.home(), Subject::Route(Route::Iv));
    assert!(claim.mentions("most common") && claim.mentions("depression"));
    assert_eq!(claim.strongest_evidence(), Evidence::StandardPractice);
    let sections: Vec<_> = claim
        .citations()
        .iter()
        .filter_map(|c| c.cited_section())
        .collect();
    assert_eq!(sections, [Section::AdministrationMethods]);
    // the FAQ says "the most common method" without naming depression
    let faq = common::claim("route/intravenous-most-common-in-003-faq");
    assert!(
        Route::Iv.claims().contains(faq),
        "003's FAQ on administration"
    );
    assert!(faq.mentions("most common"));
    assert!(
        faq.citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::FaqAdministration))
    );
    assert!(!faq.mentions("depression"));
    assert_eq!(faq.strongest_evidence(), Evidence::StandardPractice);
    assert!(Route::Iv.is_most_common_for_depression());
    assert!(!Route::Oral.is_most_common_for_depression());
}

#[test]
fn an_infusion_takes_about_forty_minutes() {
    assert_eq!(Route::Iv.session_duration(), Some(TimeDelta::minutes(40)));
    let forty = claim("route/intravenous-infusion-40-minutes");
    assert!(Route::Iv.claims().contains(forty));
    assert!(forty.mentions("40 minutes"));
    assert!(
        forty
            .citations()
            .iter()
            .any(|c| c.cited_section() == Some(Section::FaqInfusionSession))
    );
    for route in [Route::Intranasal, Route::Im, Route::Oral] {
        assert_eq!(
            route.session_duration(),
            None,
            "{route}: no source gives a duration"
        );
    }
}

#[test]
fn the_approved_spray_is_esketamine_and_article_002_disagrees() {
    let approved = claim("route/intranasal-spravato-fda-approval-in-003");
    assert!(Route::Intranasal.claims().contains(approved));
    assert_eq!(approved.home(), Subject::Route(Route::Intranasal));
    assert!(approved.mentions("esketamine") && approved.mentions("Spravato"));
    assert_eq!(approved.strongest_evidence(), Evidence::RegulatoryApproval);
    assert!(approved.cites(Source::WhatIsKetamine));
    assert_eq!(approved.disputes(), [Disagreement::WhatTheFdaApproved]);

    let essay = claim("route/intranasal-fda-approval-rapid-acting-in-002");
    assert!(
        Route::Intranasal.claims().contains(essay),
        "article 002's claim is kept"
    );
    assert!(essay.cites(Source::RiseOfKetamineTherapy));
    assert!(essay.mentions("ketamine nasal spray"));
    assert_eq!(
        essay.citations()[0].heading(),
        None,
        "article 002 has no headings"
    );
    assert!(essay.is_contested());
    // both accounts of the approval are history, told once and listed here
    for claim in [approved, essay] {
        assert!(
            HistoryEvent::NasalSprayApproval.claims().contains(claim),
            "{claim}"
        );
    }
}

#[test]
fn oral_dosing_is_less_common_because_absorption_varies() {
    let claim = claim("route/oral-less-common-variable-absorption");
    assert!(Route::Oral.claims().contains(claim));
    assert!(claim.mentions("less often") && claim.mentions("absorption"));
    assert_eq!(claim.strongest_evidence(), Evidence::Stated);
}

#[test]
fn intramuscular_injection_is_for_certain_cases() {
    let claim = claim("route/intramuscular-chosen-in-certain-cases");
    assert!(Route::Im.claims().contains(claim));
    assert!(claim.mentions("certain cases"));
    // the takeaways list injections but say nothing of "certain cases"
    assert!(
        claim
            .citations()
            .iter()
            .all(|c| c.cited_section() != Some(Section::KeyTakeaways))
    );
}

#[test]
fn the_route_is_chosen_per_patient() {
    let choice = claim("topic/route-choice-often-patient-factors");
    assert!(
        Topic::RouteChoice.claims().contains(choice),
        "003 on choosing a route"
    );
    assert!(choice.mentions("individual patient"));
    // 003's hedges are kept: "potential drawbacks", "often influenced"
    assert!(choice.mentions("potential drawbacks") && choice.mentions("often"));
    // the FAQ gives only "individual patient factors"; the list names two
    assert!(choice.mentions("003's list") && choice.mentions("severity"));
    assert!(choice.mentions("earlier responses"));
    // the takeaways list the options, and that is all they are cited for
    let takeaways = Topic::RouteChoice
        .claims()
        .iter()
        .filter(|c| {
            c.citations()
                .iter()
                .any(|c| c.cited_section() == Some(Section::KeyTakeaways))
        })
        .collect::<Vec<_>>();
    assert_eq!(
        takeaways,
        [claim("topic/route-choice-routes-among-in-003-takeaways")]
    );
    assert!(takeaways[0].mentions("injections"));
    // "options include": examples, not the full list (003 names oral doses elsewhere)
    assert!(takeaways[0].mentions("among"));
}

#[test]
fn every_route_claim_is_cited() {
    for route in Route::ALL {
        assert!(!route.claims().is_empty(), "{route} has claims");
        for claim in route.claims() {
            assert!(
                !claim.citations().is_empty(),
                "{route}: {}",
                claim.summary()
            );
        }
    }
}

#[test]
fn people_type_routes_many_ways() {
    for (text, route) in [
        ("IV", Route::Iv),
        ("i.v.", Route::Iv),
        ("Intravenous", Route::Iv),
        ("infusion", Route::Iv),
        ("nasal spray", Route::Intranasal),
        ("Nasal-Spray", Route::Intranasal),
        ("IN", Route::Intranasal),
        ("IM", Route::Im),
        ("injection", Route::Im),
        ("by mouth", Route::Oral),
        ("PO", Route::Oral),
        ("  oral  ", Route::Oral),
    ] {
        assert_eq!(text.parse::<Route>(), Ok(route), "{text:?}");
    }
}

#[test]
fn unknown_routes_are_named_in_the_error() {
    let err = "rectal".parse::<Route>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown route \"rectal\": expected one of intravenous, intranasal, intramuscular, oral"
    );
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".*") {
        match text.parse::<Route>() {
            Ok(route) => prop_assert!(
                Route::ALL.contains(&route)
            ),
            Err(err) => prop_assert_eq!(err.input(), text.as_str()),
        }
    }
}
