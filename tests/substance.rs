//! Substances and their registry identifiers, checked against the reference
//! file ("Identity and classification").

use ketamine_facts::{
    AtcCode, CasNumber, Certainty, DrugBankId, Form, Identifier, IdentifierRecord,
    IdentifierScheme, Product, PubChemCid, Route, Source, SourceKind, Substance,
    SupersededIdentifier, Unii,
};
use proptest::prelude::*;

#[test]
fn who_codes_ketamine_n01ax03_among_other_general_anesthetics() {
    assert_eq!(Substance::Ketamine.atc_codes(), [AtcCode::KETAMINE]);
    assert_eq!(AtcCode::KETAMINE.to_string(), "N01AX03");
    let record = IdentifierRecord::all()
        .iter()
        .find(|r| r.identifier() == Identifier::Atc(AtcCode::KETAMINE))
        .expect("ketamine has an ATC record");
    assert_eq!(record.note(), Some("other general anesthetics"));
    assert!(record.claim().cites(Source::WhoDrugInformation2018));
}

#[test]
fn esketamine_has_an_anesthetic_and_an_antidepressant_atc_code_the_latter_from_october_2018() {
    let codes: Vec<String> = Substance::Esketamine
        .atc_codes()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(codes, ["N01AX14", "N06AX27"]);
    let n06 = IdentifierRecord::all()
        .iter()
        .find(|r| r.identifier() == Identifier::Atc(AtcCode::ESKETAMINE_ANTIDEPRESSANT))
        .expect("N06AX27 is recorded");
    assert!(n06.note().is_some_and(|n| n.contains("antidepressant")));
    assert!(n06.note().is_some_and(|n| n.contains("October 2018")));
    assert!(n06.claim().mentions("October 2018"));
}

#[test]
fn drugbank_pubchem_cas_and_unii_match_the_reference_table() {
    assert_eq!(Substance::Ketamine.drugbank_id().to_string(), "DB01221");
    assert_eq!(Substance::Esketamine.drugbank_id().to_string(), "DB11823");
    assert_eq!(Substance::Ketamine.pubchem_cid().get(), 3821);
    assert_eq!(Substance::Esketamine.pubchem_cid().get(), 182_137);
    assert_eq!(Substance::Ketamine.cas_number().to_string(), "6740-88-1");
    assert_eq!(
        Substance::Ketamine
            .cas_number_hydrochloride()
            .map(|c| c.to_string()),
        Some("1867-66-9".to_owned())
    );
    assert_eq!(Substance::Esketamine.cas_number().to_string(), "33643-46-8");
    assert_eq!(Substance::Ketamine.unii().to_string(), "690G0D6V8H");
    assert_eq!(Substance::Esketamine.unii().to_string(), "50LFG02TXD");
}

#[test]
fn every_identifier_looks_back_up_to_its_substance() {
    for record in IdentifierRecord::all() {
        let id = record.identifier();
        assert_eq!(Substance::find(&id), Some(record.substance()), "{id}");
        let by_type = match id {
            Identifier::Atc(code) => Substance::from_atc(code),
            Identifier::DrugBank(db) => Substance::from_drugbank(db),
            Identifier::PubChem(cid) => Substance::from_pubchem(cid),
            Identifier::Cas(cas) => Substance::from_cas(cas),
            Identifier::Unii(unii) => Substance::from_unii(unii),
            _ => None,
        };
        assert_eq!(by_type, Some(record.substance()), "{id}");
        // and round-trips through its text
        assert_eq!(id.to_string().parse::<Identifier>(), Ok(id));
    }
}

#[test]
fn the_hydrochloride_cas_number_names_ketamine_in_salt_form() {
    assert_eq!(
        Substance::from_cas(CasNumber::KETAMINE_HYDROCHLORIDE),
        Some(Substance::Ketamine)
    );
    let salt = IdentifierRecord::all()
        .iter()
        .find(|r| r.identifier() == Identifier::Cas(CasNumber::KETAMINE_HYDROCHLORIDE))
        .map(IdentifierRecord::form);
    assert_eq!(salt, Some(Form::Hydrochloride));
}

#[test]
fn unknown_identifiers_name_no_substance() {
    assert_eq!(
        Substance::from_pubchem(PubChemCid::new(2244).unwrap()),
        None
    );
    assert_eq!(Substance::from_cas("50-78-2".parse().unwrap()), None); // aspirin
    assert_eq!(Substance::from_atc("N02BA01".parse().unwrap()), None);
}

#[test]
fn each_identifier_row_is_a_high_confidence_claim_citing_its_registry() {
    for record in IdentifierRecord::all() {
        let claim = record.claim();
        let scheme = record.identifier().scheme();
        assert!(claim.cites(scheme.source()), "{claim}");
        assert_eq!(
            claim
                .confidence()
                .map(ketamine_facts::Confidence::certainty),
            Some(Certainty::High)
        );
        assert!(
            claim
                .citations()
                .iter()
                .all(|c| c.source().kind() == SourceKind::Reference)
        );
        // the claim's words state the very value
        assert!(claim.mentions(&bare(record.identifier())), "{claim}");
    }
}

fn bare(id: Identifier) -> String {
    match id {
        Identifier::Atc(x) => x.to_string(),
        Identifier::DrugBank(x) => x.to_string(),
        Identifier::PubChem(x) => x.to_string(),
        Identifier::Cas(x) => x.to_string(),
        Identifier::Unii(x) => x.to_string(),
        _ => String::new(),
    }
}

#[test]
fn cas_check_digits_are_computed_and_enforced() {
    assert_eq!(CasNumber::check_digit_for(674_088), 1);
    assert_eq!(CasNumber::check_digit_for(186_766), 9);
    assert_eq!(CasNumber::check_digit_for(3_364_346), 8);
    assert_eq!(CasNumber::check_digit_for(773_218), 5); // water, 7732-18-5
    for wrong in ["6740-88-2", "1867-66-0", "33643-46-9"] {
        let err = wrong.parse::<CasNumber>().unwrap_err();
        assert_eq!(err.reason(), Some("the check digit does not match"));
        assert_eq!(err.input(), wrong);
    }
    for malformed in [
        "674088-1",
        "6740-881",
        "06740-88-1",
        "6-74-0",
        "6740-88-1-1",
        "",
    ] {
        assert!(malformed.parse::<CasNumber>().is_err(), "{malformed}");
    }
    assert_eq!("  6740-88-1 ".parse(), Ok(CasNumber::KETAMINE));
}

#[test]
fn identifier_formats_are_validated() {
    assert!("N01AX03".parse::<AtcCode>().is_ok());
    assert!("E01AX03".parse::<AtcCode>().is_err()); // E is no anatomical group
    assert!("N01A03X".parse::<AtcCode>().is_err());
    assert!("DB01221".parse::<DrugBankId>().is_ok());
    assert!("DB00000".parse::<DrugBankId>().is_err());
    assert!("XB01221".parse::<DrugBankId>().is_err());
    assert!("CID:3821".parse::<PubChemCid>().is_ok());
    assert!("03821".parse::<PubChemCid>().is_err());
    assert!("99999999999".parse::<PubChemCid>().is_err());
    assert!("690G0D6V8H".parse::<Unii>().is_ok());
    assert!("690G0D6V8-".parse::<Unii>().is_err());
}

#[test]
fn bare_identifiers_are_recognized_by_shape() {
    let cases = [
        ("N06AX27", Substance::Esketamine),
        ("DB11823", Substance::Esketamine),
        ("pubchem:3821", Substance::Ketamine),
        ("33643-46-8", Substance::Esketamine),
        ("690G0D6V8H", Substance::Ketamine),
        ("cas: 1867-66-9", Substance::Ketamine),
        ("PubChem CID 182137", Substance::Esketamine),
    ];
    for (text, substance) in cases {
        let id: Identifier = text.parse().unwrap();
        assert_eq!(Substance::find(&id), Some(substance), "{text}");
    }
    let err = "CAS 6740-88-2".parse::<Identifier>().unwrap_err();
    assert_eq!(err.reason(), Some("the check digit does not match"));
    // a bare number fits several schemes: refused, not taken as a PubChem CID
    assert_eq!(
        "3821".parse::<Identifier>().unwrap_err().reason(),
        Some(Identifier::AMBIGUOUS_NUMBER)
    );
}

#[test]
fn the_bare_value_is_the_identifiers_own_text_without_its_scheme() {
    let current = IdentifierRecord::all()
        .iter()
        .map(ketamine_facts::IdentifierRecord::identifier);
    let old = SupersededIdentifier::all()
        .iter()
        .map(ketamine_facts::SupersededIdentifier::identifier);
    for id in current.chain(old) {
        let value = id.value();
        assert_eq!(value, bare(id).as_str());
        assert_eq!(id.to_string(), format!("{} {value}", scheme_label(id)));
        assert_eq!(Identifier::parse_with(id.scheme(), &value), Ok(id));
        let fhir = Identifier::from_fhir(id.fhir_system(), &value);
        if id.scheme() == IdentifierScheme::PubChem {
            // no system URI, and a bare number is ambiguous
            assert_eq!(
                fhir.unwrap_err().reason(),
                Some(Identifier::AMBIGUOUS_NUMBER)
            );
        } else {
            assert_eq!(fhir, Ok(id));
        }
    }
}

/// What `Display` writes before the bare value.
fn scheme_label(id: Identifier) -> &'static str {
    match id.scheme() {
        IdentifierScheme::Atc => "ATC",
        IdentifierScheme::DrugBank => "DrugBank",
        IdentifierScheme::PubChem => "PubChem CID",
        IdentifierScheme::Cas => "CAS",
        IdentifierScheme::Unii => "UNII",
        _ => "",
    }
}

#[test]
fn debug_of_every_identifier_type_shows_its_text() {
    for record in IdentifierRecord::all() {
        let id = record.identifier();
        let debug = format!("{id:?}");
        assert!(debug.contains(&bare(id)), "{debug}");
        assert!(!debug.contains('['), "{debug}");
        assert_eq!(format!("{:?}", id.value()), format!("{:?}", bare(id)));
    }
    assert_eq!(format!("{:?}", AtcCode::KETAMINE), "AtcCode(\"N01AX03\")");
    assert_eq!(format!("{:?}", Unii::KETAMINE), "Unii(\"690G0D6V8H\")");
    assert_eq!(
        format!("{:?}", CasNumber::KETAMINE),
        "CasNumber(\"6740-88-1\")"
    );
    assert_eq!(
        format!("{:?}", DrugBankId::KETAMINE),
        "DrugBankId(\"DB01221\")"
    );
    assert_eq!(format!("{:?}", PubChemCid::KETAMINE), "PubChemCid(3821)");
    assert_eq!(
        format!("{:?}", ketamine_facts::NdcProductCode::SPRAVATO_28_MG),
        "NdcProductCode(\"50458-028\")"
    );
    assert_eq!(
        format!("{:?}", Identifier::Unii(Unii::ESKETAMINE)),
        "Unii(Unii(\"50LFG02TXD\"))"
    );
}

#[test]
fn every_scheme_knows_its_registered_system_uri_and_reads_it_back() {
    for scheme in IdentifierScheme::ALL {
        match scheme.system_uri() {
            Some(uri) => {
                assert_eq!(IdentifierScheme::from_system_uri(uri), Some(*scheme));
                assert_eq!(
                    IdentifierScheme::from_system_uri(&format!("{uri}/")),
                    Some(*scheme)
                );
                assert_eq!(
                    scheme.code_system().map(ketamine_facts::CodeSystem::uri),
                    Some(uri)
                );
            }
            None => assert!(matches!(
                scheme,
                IdentifierScheme::DrugBank | IdentifierScheme::PubChem
            )),
        }
    }
}

#[test]
fn esketamine_is_the_s_enantiomer_in_spravato_not_racemic_ketamine() {
    assert!(Substance::Esketamine.is_enantiomer_of(Substance::Ketamine));
    assert!(!Substance::Ketamine.is_enantiomer_of(Substance::Esketamine));
    assert!(Substance::Ketamine.is_racemic());
    assert_eq!(Product::Spravato.substance(), Substance::Esketamine);
    assert_eq!(Product::Spravato.manufacturer(), "Janssen");
    assert_eq!(Product::Spravato.route(), Route::Intranasal);
    assert!(!Substance::Ketamine.products().contains(&Product::Spravato));
    let claim = Product::Spravato.claim();
    assert!(claim.mentions("not racemic ketamine"));
    assert!(claim.cites(Source::SpravatoPrescribingInformation));
    assert_eq!(claim, Substance::enantiomer_claim());
}

#[cfg(feature = "serde")]
#[test]
fn identifiers_serialize_as_their_text() {
    assert_eq!(
        serde_json::to_string(&CasNumber::KETAMINE).unwrap(),
        "\"6740-88-1\""
    );
    let back: CasNumber = serde_json::from_str("\"33643-46-8\"").unwrap();
    assert_eq!(back, CasNumber::ESKETAMINE);
    assert!(serde_json::from_str::<CasNumber>("\"33643-46-7\"").is_err());
    let json = serde_json::to_value(Identifier::PubChem(PubChemCid::KETAMINE)).unwrap();
    assert_eq!(json["scheme"], "pubchem");
    assert_eq!(json["value"], 3821);
    for record in IdentifierRecord::all() {
        let json = serde_json::to_string(&record.identifier()).unwrap();
        assert_eq!(
            serde_json::from_str::<Identifier>(&json).unwrap(),
            record.identifier()
        );
    }
    assert!(serde_json::from_str::<Identifier>(r#"{"scheme":"cas","value":"6740-88-2"}"#).is_err());
}

fn any_identifier() -> impl Strategy<Value = Identifier> {
    prop_oneof![
        (1u32..=99_999).prop_map(|n| Identifier::DrugBank(DrugBankId::new(n).unwrap())),
        (1u32..).prop_map(|n| Identifier::PubChem(PubChemCid::new(n).unwrap())),
        (10u64..=999_999_999).prop_map(|base| {
            let digits = base * 10 + u64::from(CasNumber::check_digit_for(base));
            Identifier::Cas(CasNumber::new(digits).unwrap())
        }),
        "[A-Z0-9]{9}".prop_map(|s| {
            let check = Unii::check_character_for(&s).expect("nine letters and digits");
            Identifier::Unii(format!("{s}{check}").parse().unwrap())
        }),
        "[ABCDGHJLMNPRSV][0-9]{2}[A-Z]{2}[0-9]{2}"
            .prop_map(|s| Identifier::Atc(s.parse().unwrap())),
    ]
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_any_identifier_parser(s in "\\PC*") {
        let _ = s.parse::<AtcCode>();
        let _ = s.parse::<DrugBankId>();
        let _ = s.parse::<PubChemCid>();
        let _ = s.parse::<CasNumber>();
        let _ = s.parse::<Unii>();
        let _ = s.parse::<Identifier>();
        let _ = s.parse::<Substance>();
        let _ = s.parse::<Product>();
        let _ = s.parse::<Form>();
        let _ = s.parse::<IdentifierScheme>();
    }

    #[test]
    fn identifier_shaped_text_never_panics(s in "(ATC|CAS|UNII|DB|cid|PubChem)?[ :]?[A-Za-z0-9-]{0,12}") {
        let _ = s.parse::<Identifier>();
    }

    #[test]
    fn every_identifier_round_trips_through_its_text(id in any_identifier()) {
        prop_assert_eq!(id.to_string().parse::<Identifier>(), Ok(id));
        let bare = match id {
            Identifier::Atc(x) => x.to_string().parse().map(Identifier::Atc),
            Identifier::DrugBank(x) => x.to_string().parse().map(Identifier::DrugBank),
            Identifier::PubChem(x) => x.to_string().parse().map(Identifier::PubChem),
            Identifier::Cas(x) => x.to_string().parse().map(Identifier::Cas),
            Identifier::Unii(x) => x.to_string().parse().map(Identifier::Unii),
            _ => Ok(id),
        };
        prop_assert_eq!(bare, Ok(id));
    }

    #[test]
    fn a_cas_number_with_any_other_check_digit_is_rejected(base in 10u64..=999_999_999, wrong in 1u64..10) {
        let right = u64::from(CasNumber::check_digit_for(base));
        let digits = base * 10 + (right + wrong) % 10;
        prop_assert_eq!(CasNumber::new(digits), None);
        let text = format!("{}-{:02}-{}", digits / 1000, (digits / 10) % 100, digits % 10);
        prop_assert!(text.parse::<CasNumber>().is_err());
    }
}
