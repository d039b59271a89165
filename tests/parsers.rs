//! Every parser on hostile input: it returns (no panic, no quadratic work on
//! long runs of spaces or colons), and its error is short, names the type that
//! was asked for and keeps the whole input.
//!
//! Timing is measured by `benches/parsers.rs`, not here.

use core::str::FromStr;

use ketamine_facts::{
    AtcCode, Benefit, BoxedWarning, Cadence, CasNumber, CenturyPart, ClinicPractice, CodeSystem,
    Comparison, CorrectionKind, DoseFrequency, DrugBankId, Enzyme, Estimate, Evidence, Form,
    Formulation, Frequency, HalfLifePhase, HistoricDate, HistoryEvent, Identifier,
    IdentifierScheme, Indication, LimitOfUse, Mechanism, Monoamine, Onset, OnsetScale, ParseError,
    Precaution, Precision, ProcessItem, Product, PubChemCid, ResearchDirection, Route,
    SchedulePhase, Section, SessionExperience, SideEffect, Source, SourceKind, Substance,
    TherapyStep, Unii,
};
use proptest::prelude::*;

/// The longest message any parse error may have, whatever the input.
const MAX_MESSAGE: usize = 300;

/// Checks one parser on one input: an error is bounded, says "unknown" or
/// "invalid", is lower case with no trailing period, keeps the whole input,
/// and names the type asked for.
fn check<T: FromStr<Err = ParseError>>(input: &str, kind: &str) -> Result<(), TestCaseError> {
    let Err(err) = input.parse::<T>() else {
        return Ok(());
    };
    let message = err.to_string();
    prop_assert!(
        message.len() <= MAX_MESSAGE,
        "{} bytes: {message}",
        message.len()
    );
    prop_assert!(
        message.starts_with("unknown ") || message.starts_with("invalid "),
        "{message}"
    );
    prop_assert!(!message.ends_with('.'), "{message}");
    prop_assert_eq!(err.input(), input);
    prop_assert_eq!(err.kind(), kind);
    let shown = message
        .strip_prefix(if err.reason().is_some() {
            "invalid "
        } else {
            "unknown "
        })
        .and_then(|rest| rest.strip_prefix(kind))
        .and_then(|rest| rest.strip_prefix(" \""));
    prop_assert!(
        shown.is_some(),
        "the message names the kind, then the input: {message}"
    );
    if input.chars().count() > 60 {
        let length = format!("…\" ({} bytes)", input.len());
        prop_assert!(
            message.contains(&length),
            "a cut input says so and gives its length: {message}"
        );
    }
    Ok(())
}

/// Every parser of the crate with the kind its errors name.
fn check_all(input: &str) -> Result<(), TestCaseError> {
    macro_rules! each {
        ($($T:ty => $kind:literal),+ $(,)?) => {
            $(check::<$T>(input, $kind)?;)+
        };
    }
    each! {
        AtcCode => "ATC code",
        Benefit => "benefit",
        BoxedWarning => "boxed warning",
        Cadence => "cadence",
        CasNumber => "CAS registry number",
        CenturyPart => "part of a century",
        ClinicPractice => "clinic practice",
        CodeSystem => "code system",
        Comparison => "comparison",
        CorrectionKind => "correction kind",
        DoseFrequency => "dose frequency",
        DrugBankId => "DrugBank id",
        Enzyme => "enzyme",
        Estimate => "estimate",
        Evidence => "evidence level",
        Form => "chemical form",
        Formulation => "formulation",
        Frequency => "frequency",
        HalfLifePhase => "half-life phase",
        HistoricDate => "historic date",
        HistoryEvent => "history event",
        Identifier => "substance identifier",
        IdentifierScheme => "identifier scheme",
        Indication => "indication",
        LimitOfUse => "limit of use",
        Mechanism => "mechanism",
        Monoamine => "monoamine",
        Onset => "onset",
        OnsetScale => "onset scale",
        Precaution => "precaution",
        Precision => "precision",
        ProcessItem => "process item",
        Product => "product",
        PubChemCid => "PubChem CID",
        ResearchDirection => "research direction",
        Route => "route",
        SchedulePhase => "schedule phase",
        Section => "section",
        SessionExperience => "session experience",
        SideEffect => "side effect",
        Source => "source",
        SourceKind => "source kind",
        Substance => "substance",
        TherapyStep => "therapy step",
        Unii => "UNII",
    }
    Ok(())
}

/// Long text made of runs of a few troublesome pieces: spaces, colons, dashes,
/// digits, letters, scheme names, non-ASCII and control characters.
fn long_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" "),
        Just(":"),
        Just("-"),
        Just("–"),
        Just("1"),
        Just("a"),
        Just("cas"),
        Just("db"),
        Just("é"),
        Just("\u{0}"),
        Just("\t"),
        Just("intravenous"),
    ];
    prop::collection::vec((piece, 1usize..20_000), 1..5).prop_map(|runs| {
        runs.into_iter()
            .map(|(piece, count)| piece.repeat(count))
            .collect()
    })
}

proptest! {
    #[test]
    fn every_parser_answers_any_short_text_with_a_bounded_error(input in any::<String>()) {
        check_all(&input)?;
    }

    #[test]
    fn every_parser_answers_text_in_the_parsers_alphabet(input in "[ :\\-–0-9a-zA-Z_é\t]{0,80}") {
        check_all(&input)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_parser_answers_long_runs_with_a_bounded_error(input in long_text()) {
        check_all(&input)?;
    }
}

fn run(piece: &str, count: usize) -> String {
    piece.repeat(count)
}

#[test]
fn the_longest_messages_stay_bounded() {
    // prefixes that lead each parser to its longest reason, with fillers that
    // escape to the most bytes
    for prefix in ["", "cas ", "pubchem cid: ", "DB1", "1-", "unii ", "e", "N"] {
        for filler in ["a", "é", "\u{1}", "\u{e0001}", "\u{10ffff}", "\"", " "] {
            for count in [1, 6, 9, 59, 60, 61, 1000, 100_000] {
                let input = format!("{prefix}{}", run(filler, count));
                check_all(&input).unwrap();
            }
        }
    }
}

#[test]
fn an_identifier_with_a_long_run_of_spaces_inside_is_refused() {
    // was quadratic: the scheme was retried at every space, trimming each time
    let input = format!("a{}b", run(" ", 100_000));
    let err = input.parse::<Identifier>().unwrap_err();
    assert_eq!(err.input(), input);
    assert_eq!(err.kind(), "substance identifier");
    assert_eq!(
        err.to_string(),
        format!(
            "unknown substance identifier \"a{}…\" (100002 bytes): expected one of ATC N01AX03, DrugBank DB01221, PubChem CID 3821, CAS 6740-88-1, UNII 690G0D6V8H",
            run(" ", 59)
        )
    );
    for input in [
        format!("a{}b", run(":", 100_000)),
        run(" :", 50_000),
        format!("DB{}", run("1", 100_000)),
        format!("{}-1", run("1", 100_000)),
    ] {
        let err = input.parse::<Identifier>().unwrap_err();
        assert_eq!(err.input(), input);
        assert!(err.to_string().len() <= MAX_MESSAGE, "{err}");
    }
}

#[test]
fn a_scheme_name_followed_by_a_long_run_of_separators_still_parses() {
    let id = Identifier::Cas(CasNumber::KETAMINE);
    for separator in [" ", ":", "\t"] {
        let input = format!("  cas{}6740-88-1  ", run(separator, 100_000));
        assert_eq!(input.parse::<Identifier>(), Ok(id), "{separator:?}");
    }
    assert_eq!(
        format!("PubChem CID{}3821", run(" ", 100_000)).parse::<Identifier>(),
        Ok(Identifier::PubChem(PubChemCid::KETAMINE))
    );
    assert_eq!(
        format!("cas rn:{}6740-88-1", run(" ", 10)).parse::<Identifier>(),
        Ok(id)
    );
}

#[test]
fn an_enum_refuses_a_megabyte_of_spaces_and_keeps_it() {
    // was one trim per name and alias
    let input = run(" ", 1 << 20);
    let err = input.parse::<Indication>().unwrap_err();
    assert_eq!(err.input().len(), 1 << 20);
    assert_eq!(err.kind(), "indication");
    assert!(err.to_string().len() <= MAX_MESSAGE);
    let padded = format!("{input}intravenous{input}");
    assert_eq!(padded.parse::<Route>(), Ok(Route::Iv));
}

#[test]
fn a_section_refuses_a_long_heading_and_reads_a_padded_one() {
    let heading = format!("what_is_ketamine:{}", run(" ", 1 << 20));
    let err = heading.parse::<Section>().unwrap_err();
    assert_eq!(err.kind(), "section");
    assert_eq!(err.input(), heading);
    let padded = format!(
        "what_is_ketamine{}:{}The History of Ketamine{}",
        run(" ", 1000),
        run(" ", 100_000),
        run(" ", 1000)
    );
    assert_eq!(padded.parse::<Section>(), Ok(Section::HistoryOfKetamine));
    assert_eq!(
        "Step 1: Assessment".parse::<Section>(),
        Ok(Section::Step1Assessment)
    );
}

#[test]
fn a_historic_date_refuses_long_text() {
    for input in [
        run(" ", 1 << 20),
        run(":", 1 << 20),
        run("1", 1 << 20),
        format!("1964{}-1966", run(" ", 1 << 20)),
        format!("March{}", run(" 1970", 1 << 16)),
    ] {
        let err = input.parse::<HistoricDate>().unwrap_err();
        assert_eq!(err.input(), input);
        assert!(err.to_string().len() <= MAX_MESSAGE);
    }
    assert!(
        format!("March{}1970", run(" ", 1 << 20))
            .parse::<HistoricDate>()
            .is_ok()
    );
}

#[test]
fn a_cut_input_is_shown_with_an_ellipsis_and_its_length() {
    let input = run("a", 1 << 20);
    let err = input.parse::<Route>().unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "unknown route \"{}…\" (1048576 bytes): expected one of intravenous, intranasal, intramuscular, oral",
            run("a", 60)
        )
    );
    // control characters escape to several bytes: fewer of them are shown
    let err = run("\u{1}", 1000).parse::<Route>().unwrap_err();
    assert!(err.to_string().len() <= MAX_MESSAGE, "{err}");
    assert!(err.to_string().contains("(1000 bytes)"), "{err}");
    // 60 ASCII characters, or 64 bytes of others, are shown whole
    for whole in [run("a", 60), run("é", 32)] {
        let err = whole.parse::<Route>().unwrap_err();
        assert!(!err.to_string().contains('…'), "{err}");
    }
    let err = run("é", 33).parse::<Route>().unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("unknown route \"{}…\" (66 bytes)", run("é", 32))),
        "{err}"
    );
}

#[test]
fn a_long_list_of_names_is_cut_in_the_message_but_not_in_expected() {
    let err = "nowhere".parse::<Source>().unwrap_err();
    assert_eq!(err.expected(), Source::NAMES);
    let message = err.to_string();
    assert!(message.len() <= MAX_MESSAGE, "{message}");
    assert!(message.starts_with("unknown source \"nowhere\": expected one of "));
    assert!(message.contains(Source::NAMES[0]), "{message}");
    assert!(message.ends_with(" more"), "{message}");
    // a short list is written whole
    let err = "x".parse::<Evidence>().unwrap_err().to_string();
    assert!(
        Evidence::NAMES.iter().all(|name| err.contains(name)),
        "{err}"
    );
}

#[test]
fn an_identifier_whose_shape_fits_no_scheme_is_unknown_not_a_bad_unii() {
    for input in [
        "ketamine",
        "DB",
        "",
        "   ",
        "cas",
        "ABCDEFGHIJK",
        "ketamine-hcl",
        "N",
        "-1",
    ] {
        let err = input.parse::<Identifier>().unwrap_err();
        assert_eq!(err.kind(), "substance identifier", "{input:?}");
        assert_eq!(err.input(), input);
        assert_eq!(err.read_as(), None, "{input:?}");
        assert_eq!(err.reason(), None, "{input:?}");
        assert!(!err.to_string().contains("UNII has"), "{err}");
        assert!(
            err.to_string().starts_with("unknown substance identifier"),
            "{err}"
        );
        // every accepted form listed parses
        for form in err.expected() {
            assert!(form.parse::<Identifier>().is_ok(), "{form}");
        }
    }
}

#[test]
fn an_identifier_error_names_the_scheme_it_was_read_as() {
    for (input, read_as) in [
        ("DB1221", "DrugBank id"),
        ("E01AX03", "ATC code"),
        ("N01AX3", "ATC code"),
        ("N01AX", "ATC code"),
        ("n01ax033", "ATC code"),
        ("pubchem 0", "PubChem CID"),
        ("CID 99999999999", "PubChem CID"),
        ("6740-88-2", "CAS registry number"),
        ("6740881-", "CAS registry number"),
        ("690G0D6V8!", "UNII"),
        ("690G0D6V8-", "UNII"),
        ("690G0D6V8X", "UNII"),
        ("N01AX03X9Y", "UNII"),
        ("unii: 123", "UNII"),
        ("atc N01AX3", "ATC code"),
        ("pubchem cid: abc", "PubChem CID"),
    ] {
        let err = input.parse::<Identifier>().unwrap_err();
        assert_eq!(err.kind(), "substance identifier", "{input}");
        assert_eq!(err.input(), input);
        assert_eq!(err.read_as(), Some(read_as), "{input}");
        assert!(err.reason().is_some(), "{input}");
        assert!(
            err.to_string().contains(&format!(" (read as {read_as}): ")),
            "{err}"
        );
    }
}

#[test]
fn a_bare_number_is_ambiguous_and_says_how_to_name_the_scheme() {
    for input in [
        "182137",
        "3821",
        "47625008",
        "0",
        "99999999999",
        "1234567890",
        " 6740881 ",
    ] {
        let err = input.parse::<Identifier>().unwrap_err();
        assert_eq!(err.kind(), "substance identifier", "{input}");
        assert_eq!(err.input(), input);
        assert_eq!(err.read_as(), None, "{input}");
        assert_eq!(err.reason(), Some(Identifier::AMBIGUOUS_NUMBER), "{input}");
        let message = err.to_string();
        assert!(message.contains("ambiguous"), "{message}");
        assert!(message.contains("pubchem:3821"), "{message}");
        // each form the error offers parses
        for form in err.expected() {
            assert!(form.parse::<Identifier>().is_ok(), "{form}");
        }
    }
    // with the scheme, the same digits parse
    assert_eq!(
        "pubchem: 182137".parse::<Identifier>(),
        Ok(Identifier::PubChem(PubChemCid::ESKETAMINE))
    );
    assert_eq!(
        Identifier::parse_with(IdentifierScheme::PubChem, "182137"),
        Ok(Identifier::PubChem(PubChemCid::ESKETAMINE))
    );
    // a UNII of digits only is given with its scheme ("UNII" prefix)
    let digits_unii = format!(
        "123456789{}",
        Unii::check_character_for("123456789").unwrap()
    );
    assert!(digits_unii.parse::<Identifier>().is_err());
    assert_eq!(
        format!("UNII {digits_unii}")
            .parse::<Identifier>()
            .map(|i| i.scheme()),
        Ok(IdentifierScheme::Unii)
    );
}

#[test]
fn a_megabyte_system_or_value_is_refused_with_a_short_error() {
    let long = run("a", 1 << 20);
    let digits = run("1", 1 << 20);
    for (system, value) in [
        (Some(long.as_str()), "690G0D6V8H"),
        (Some("http://fdasis.nlm.nih.gov"), long.as_str()),
        (None, long.as_str()),
        (None, digits.as_str()),
        (
            Some("http://terminology.hl7.org/CodeSystem/CAS"),
            digits.as_str(),
        ),
    ] {
        let err = Identifier::from_fhir(system, value).unwrap_err();
        assert!(err.to_string().len() <= MAX_MESSAGE, "{err}");
    }
    assert_eq!(Route::from_coding(&long, &digits), None);
    let err = digits.parse::<Route>().unwrap_err();
    assert_eq!(err.reason(), Some(Route::CODE_WITHOUT_SYSTEM));
    assert!(err.to_string().len() <= MAX_MESSAGE, "{err}");
}

#[test]
fn parse_with_names_the_scheme_tried() {
    for scheme in IdentifierScheme::ALL {
        let err = Identifier::parse_with(*scheme, "ketamine").unwrap_err();
        assert_eq!(err.kind(), "substance identifier");
        assert_eq!(err.input(), "ketamine");
        assert!(err.read_as().is_some(), "{scheme}");
        assert!(err.reason().is_some(), "{scheme}");
    }
}

proptest! {
    #[test]
    fn identifier_parsing_never_guesses_a_number_and_never_panics(
        s in "\\PC{0,40}",
        digits in "[0-9]{1,30}",
        i in 0usize..5,
    ) {
        let _ = s.parse::<Identifier>();
        let _ = Identifier::from_fhir(Some(&s), &s);
        let _ = Identifier::from_fhir(None, &s);
        let scheme = IdentifierScheme::ALL[i];
        let _ = Identifier::parse_with(scheme, &s);
        let err = digits.parse::<Identifier>().unwrap_err();
        prop_assert_eq!(err.reason(), Some(Identifier::AMBIGUOUS_NUMBER));
        prop_assert!(err.to_string().len() <= MAX_MESSAGE);
        // any value the crate parses with a scheme has a bare value that
        // parses back with that scheme, and through FHIR with its system
        if let Ok(id) = Identifier::parse_with(scheme, &digits) {
            prop_assert_eq!(Identifier::parse_with(scheme, &id.value()), Ok(id));
            prop_assert_eq!(id.to_string().parse::<Identifier>(), Ok(id));
            if let Some(system) = id.fhir_system() {
                prop_assert_eq!(Identifier::from_fhir(Some(system), &id.value()), Ok(id));
            }
        }
    }
}

#[cfg(feature = "serde")]
mod units {
    use chrono::TimeDelta;
    use ketamine_facts::{Interval, Milligrams, Percent};

    #[test]
    fn a_reversed_interval_says_its_values_and_unit() {
        let err =
            serde_json::from_str::<Interval<Percent>>(r#"{"low": 50, "high": 25, "unit": "%"}"#)
                .unwrap_err()
                .to_string();
        assert!(
            err.starts_with("the low bound 50 % is above the high bound 25 %"),
            "{err}"
        );
        let err = serde_json::from_str::<Interval<TimeDelta>>(
            r#"{"low": 180, "high": 120, "unit": "min"}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("the low bound 180 min is above the high bound 120 min"),
            "{err}"
        );
        let err =
            serde_json::from_str::<Interval<Percent>>(r#"{"low": 5, "high": 250, "unit": "%"}"#)
                .unwrap_err()
                .to_string();
        assert!(
            err.starts_with("the high bound 250 % is out of range"),
            "{err}"
        );
    }

    #[test]
    fn a_wrong_unit_is_shown_cut() {
        let unit = "m".repeat(1 << 20);
        let value = format!(r#"{{"value": 5, "unit": "{unit}"}}"#);
        let interval = format!(r#"{{"low": 5, "high": 6, "unit": "{unit}"}}"#);
        for err in [
            serde_json::from_str::<Milligrams>(&value).map(|_| ()),
            serde_json::from_str::<Interval<Milligrams>>(&interval).map(|_| ()),
        ] {
            let err = err.unwrap_err().to_string();
            assert!(err.len() <= super::MAX_MESSAGE, "{} bytes", err.len());
            assert!(
                err.contains("…\" (1048576 bytes) where \"mg\" was expected"),
                "{err}"
            );
        }
    }
}

#[test]
fn a_subject_error_names_the_whole_input_and_the_type_asked_for() {
    use ketamine_facts::Subject;
    let error = "Step 1: Assessment".parse::<Subject>().unwrap_err();
    assert_eq!(error.input(), "Step 1: Assessment");
    assert_eq!(error.kind(), "subject");
    assert_eq!(error.read_as(), Some("fact kind"));
    let error = "routes: rectal".parse::<Subject>().unwrap_err();
    assert_eq!(error.input(), "routes: rectal");
    assert_eq!(error.kind(), "subject");
    assert_eq!(error.read_as(), Some("route"));
    assert!(error.to_string().contains("\"routes: rectal\""), "{error}");
    assert_eq!(
        "routes: IV".parse::<Subject>(),
        Ok(Subject::Route(ketamine_facts::Route::Iv))
    );
}
