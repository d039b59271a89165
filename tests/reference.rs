//! The crate's reference values checked against the reference file read as an oracle.
//!
//! Every number, code and date compared here is read out of a row of
//! `../shared/reference/README.md` (or `$KETAMINE_FACTS_REFERENCE`) with a regular
//! expression, never restated in the test, and compared with the crate's typed
//! value: an edit to either side fails. The test maps rows to the crate's values
//! (a row's event text to a `HistoryEvent`, a route name to a `Route`), nothing more.
//!
//! Checks of rows the crate does not follow yet (the file was corrected or
//! extended after the crate was written) are `#[ignore]`d with the reason; run
//! them with `cargo test --all-features --test reference -- --ignored`.

mod common;

use std::collections::BTreeSet;

use common::{have_reference, reference_text};
use ketamine_facts::{
    AdverseEventRate, Bioavailability, BloodPressureCourse, BoxedWarning, CasNumber, CodeSystem,
    DoseFrequency, Enzyme, Estimate, HalfLife, HalfLifePhase, HistoricDate, HistoryEvent,
    Identifier, IdentifierRecord, IdentifierScheme, IvProtocol, LimitOfUse, Metabolism, Precision,
    Product, Rems, Route, RouteCodes, SideEffect, Source, SpravatoDevice, SpravatoSchedule,
    Substance, Unii,
};
use regex_lite::Regex;

/// One data row of a Markdown table: its section heading, its cells and the line.
#[derive(Debug, Clone)]
struct Row {
    section: String,
    cells: Vec<String>,
    line: String,
}

impl Row {
    /// The cell at `i`, panicking with the row if it has fewer.
    #[track_caller]
    fn cell(&self, i: usize) -> &str {
        self.cells
            .get(i)
            .unwrap_or_else(|| panic!("row has no cell {i}: {}", self.line))
    }

    /// The whole row's text after the first cell (value, source, confidence).
    fn rest(&self) -> String {
        self.cells[1..].join(" | ")
    }

    /// The captures of `re` in the row's cells after the first, panicking
    /// (naming the row and the pattern) if there are none: a row the test reads
    /// must keep the shape the test reads.
    #[track_caller]
    fn captures(&self, re: &str) -> Vec<Vec<String>> {
        captures(&self.rest(), re)
            .unwrap_or_else(|| panic!("no match of /{re}/ in the reference row: {}", self.line))
    }

    /// The single capture group 1 of `re` in the row.
    #[track_caller]
    fn one(&self, re: &str) -> String {
        self.captures(re)[0][1].clone()
    }
}

/// Every capture of `re` in `text` (group 0 first), or `None` if it does not match.
fn captures(text: &str, re: &str) -> Option<Vec<Vec<String>>> {
    let re = Regex::new(re).expect("a valid pattern");
    let all: Vec<Vec<String>> = re
        .captures_iter(text)
        .map(|c| {
            c.iter()
                .map(|m| m.map_or(String::new(), |m| m.as_str().to_owned()))
                .collect()
        })
        .collect();
    (!all.is_empty()).then_some(all)
}

/// The reference file, split into table rows and sections.
struct Reference {
    text: String,
    rows: Vec<Row>,
}

impl Reference {
    /// The reference file, or `None` (after one line saying so) when it is missing.
    fn load(what: &str) -> Option<Self> {
        if !have_reference(what) {
            return None;
        }
        let text = reference_text();
        let mut rows = Vec::new();
        let mut section = String::new();
        let mut header_seen = false;
        for line in text.lines() {
            let trimmed = line.trim();
            if let Some(heading) = trimmed.strip_prefix("## ") {
                heading.clone_into(&mut section);
                header_seen = false;
                continue;
            }
            if !trimmed.starts_with('|') {
                header_seen = false;
                continue;
            }
            let cells: Vec<String> = trimmed
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            if cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                continue; // the separator row
            }
            if !header_seen {
                header_seen = true; // the header row
                continue;
            }
            rows.push(Row {
                section: section.clone(),
                cells,
                line: trimmed.to_owned(),
            });
        }
        assert!(!rows.is_empty(), "no table rows in the reference file");
        Some(Self { text, rows })
    }

    /// The rows of the section whose heading starts with `section`.
    #[track_caller]
    fn section(&self, section: &str) -> Vec<&Row> {
        let rows: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.section.starts_with(section))
            .collect();
        assert!(
            !rows.is_empty(),
            "no table rows under a heading starting {section:?} in the reference file"
        );
        rows
    }

    /// The one row of `section` whose first cell is `first`.
    #[track_caller]
    fn row(&self, section: &str, first: &str) -> &Row {
        let found: Vec<&Row> = self
            .section(section)
            .into_iter()
            .filter(|r| r.cell(0) == first)
            .collect();
        match found.as_slice() {
            [row] => row,
            [] => panic!("no row {first:?} under {section:?} in the reference file"),
            _ => panic!("{} rows {first:?} under {section:?}", found.len()),
        }
    }

    /// The prose of a section (up to the next heading), on one line.
    #[track_caller]
    fn prose(&self, section: &str) -> String {
        let mut inside = false;
        let mut out = String::new();
        for line in self.text.lines() {
            if let Some(heading) = line.trim().strip_prefix("## ") {
                inside = heading.starts_with(section);
                continue;
            }
            if inside {
                out.push_str(line.trim());
                out.push(' ');
            }
        }
        assert!(
            !out.trim().is_empty(),
            "no section {section:?} in the reference file"
        );
        out
    }
}

const IDENTITY: &str = "Identity and classification";
const ROUTES: &str = "Route codes";
const HISTORY: &str = "History and regulation";
const DOSING: &str = "Dosing and administration";
const PK: &str = "Pharmacokinetics";
const RATES: &str = "Adverse effects with rates";
const CHECKED_2026: &str = "Identity, classification and codes for interoperability";

fn substance(name: &str) -> Substance {
    name.parse()
        .unwrap_or_else(|e| panic!("{name:?} names no substance: {e}"))
}

fn number<T: std::str::FromStr>(text: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} is not a number: {e:?}"))
}

/// Every identifier a row gives per substance, as `(substance, text)` pairs, for
/// a pattern whose group 1 is the substance and group 2 the identifier.
fn per_substance(row: &Row, re: &str) -> Vec<(Substance, String)> {
    row.captures(re)
        .into_iter()
        .map(|c| (substance(&c[1]), c[2].clone()))
        .collect()
}

// ---------------------------------------------------------------------------
// Identity and classification

#[test]
fn atc_codes_match_the_reference() {
    let Some(r) = Reference::load("ATC codes") else {
        return;
    };
    for (first, which) in [
        ("ATC code, ketamine", Substance::Ketamine),
        ("ATC codes, esketamine", Substance::Esketamine),
    ] {
        let row = r.row(IDENTITY, first);
        let file: Vec<String> = row
            .captures(r"\b([A-Z]\d\d[A-Z]{2}\d\d)\b")
            .into_iter()
            .map(|c| c[1].clone())
            .collect();
        let crate_codes: Vec<String> = which.atc_codes().iter().map(ToString::to_string).collect();
        assert_eq!(crate_codes, file, "ATC codes of {which}: {}", row.line);
        for code in which.atc_codes() {
            let record = IdentifierRecord::all()
                .iter()
                .find(|rec| rec.identifier() == Identifier::Atc(*code))
                .expect("every ATC code has a record");
            assert_eq!(record.substance(), which);
            // The group the file gives in brackets after the code is the record's note.
            let group = row.one(&format!(r"{code} \(([^,)]+)"));
            let note = record.note().unwrap_or_default();
            assert!(
                note.contains(&group),
                "note of {code} {note:?} lacks the reference's {group:?}"
            );
        }
    }
    // "added October 2018"
    let row = r.row(IDENTITY, "ATC codes, esketamine");
    let added = row.captures(r"(N\d\d[A-Z]{2}\d\d) \([^)]*added ([A-Z][a-z]+ \d{4})\)");
    for c in added {
        let code: ketamine_facts::AtcCode = c[1].parse().expect("an ATC code");
        let record = IdentifierRecord::all()
            .iter()
            .find(|rec| rec.identifier() == Identifier::Atc(code))
            .expect("a record");
        assert!(
            record.note().is_some_and(|n| n.contains(&c[2])),
            "{code}: the note should say it was added {}",
            c[2]
        );
    }
}

#[test]
fn drugbank_pubchem_cas_and_unii_match_the_reference() {
    let Some(r) = Reference::load("registry identifiers") else {
        return;
    };
    let drugbank = per_substance(
        r.row(IDENTITY, "DrugBank ids"),
        r"\b(esketamine|ketamine) (DB\d{5})\b",
    );
    assert_eq!(drugbank.len(), Substance::ALL.len());
    for (s, id) in drugbank {
        assert_eq!(s.drugbank_id().to_string(), id, "DrugBank id of {s}");
    }
    let pubchem = per_substance(
        r.row(IDENTITY, "PubChem CID"),
        r"\b(esketamine|ketamine) (\d+)\b",
    );
    assert_eq!(pubchem.len(), Substance::ALL.len());
    for (s, cid) in pubchem {
        assert_eq!(s.pubchem_cid().to_string(), cid, "PubChem CID of {s}");
        assert_eq!(s.pubchem_cid().get(), number::<u32>(&cid));
    }
    let cas_row = r.row(IDENTITY, "CAS registry number");
    let cas = per_substance(cas_row, r"\b(esketamine|ketamine) (\d{2,7}-\d\d-\d)\b");
    assert_eq!(cas.len(), Substance::ALL.len());
    for (s, number) in &cas {
        assert_eq!(&s.cas_number().to_string(), number, "CAS number of {s}");
    }
    // "ketamine 6740-88-1 (hydrochloride 1867-66-9)": the salt follows its substance.
    let salts =
        cas_row.captures(r"\b(esketamine|ketamine) \d+-\d\d-\d \(hydrochloride (\d+-\d\d-\d)\)");
    for s in Substance::ALL {
        let file = salts
            .iter()
            .find(|c| substance(&c[1]) == *s)
            .map(|c| c[2].clone());
        assert_eq!(
            s.cas_number_hydrochloride().map(|c| c.to_string()),
            file,
            "CAS number of {s} hydrochloride: {}",
            cas_row.line
        );
    }
    let unii = per_substance(
        r.row(IDENTITY, "FDA UNII"),
        r"\b(esketamine|ketamine) ([0-9A-Z]{10})\b",
    );
    assert_eq!(unii.len(), Substance::ALL.len());
    for (s, code) in unii {
        assert_eq!(s.unii().as_str(), code, "UNII of {s}");
    }
}

#[test]
fn the_crate_has_no_identifier_the_identity_table_does_not_give() {
    let Some(r) = Reference::load("identifier records") else {
        return;
    };
    // Both identity tables: the first, and the one checked in 2026-12 that adds
    // the salt forms' UNIIs.
    let table: String = r
        .section(IDENTITY)
        .iter()
        .chain(r.section(CHECKED_2026).iter())
        .map(|row| row.rest())
        .collect::<Vec<_>>()
        .join("\n");
    for record in IdentifierRecord::all() {
        let value = record.identifier().to_string();
        // `Identifier`'s text may carry a scheme prefix; the bare value is what the table holds.
        let bare = value.rsplit(' ').next().unwrap_or(&value);
        let bare = bare.rsplit(':').next().unwrap_or(bare);
        assert!(
            table.contains(bare),
            "the crate's {} ({value}) is not in the reference table",
            record.substance()
        );
    }
}

#[test]
fn esketamine_is_the_s_enantiomer_sold_as_spravato() {
    let Some(r) = Reference::load("esketamine identity") else {
        return;
    };
    let row = r.row(IDENTITY, "Esketamine");
    let product: Product = row.one(r"sold as (\w+)").parse().expect("a product");
    let maker = row.one(r"sold as \w+ \((\w+)\)");
    assert_eq!(product.substance(), Substance::Esketamine);
    assert_eq!(product.manufacturer(), maker);
    assert!(Substance::Esketamine.products().contains(&product));
    row.one(r"the (S)-enantiomer of ketamine");
    assert!(Substance::Esketamine.is_enantiomer_of(Substance::Ketamine));
    assert!(Substance::Ketamine.is_racemic() && !Substance::Esketamine.is_racemic());
}

// ---------------------------------------------------------------------------
// Route codes

#[test]
fn route_codes_match_the_reference() {
    let Some(r) = Reference::load("route codes") else {
        return;
    };
    let rows = r.section(ROUTES);
    assert_eq!(
        rows.len(),
        RouteCodes::all().len(),
        "one row per route of the crate"
    );
    for row in rows {
        let route: Route = row.cell(0).parse().expect("a route");
        let snomed = row.captures(r#"^(\d+) "([^"]+)""#);
        let spl = row.captures(r"\| (C\d+) ([A-Z]+)$");
        let codes = route.codes();
        assert_eq!(codes.route(), route);
        assert_eq!(codes.snomed_ct().code(), snomed[0][1], "{}", row.line);
        assert_eq!(
            codes.snomed_ct().display_text(),
            snomed[0][2],
            "{}",
            row.line
        );
        assert_eq!(codes.spl().code(), spl[0][1], "{}", row.line);
        assert_eq!(codes.spl().display_text(), spl[0][2], "{}", row.line);
        assert_eq!(Route::from_snomed_ct(&snomed[0][1]), Some(route));
        assert_eq!(Route::from_spl(&spl[0][1]), Some(route));
    }
    // The source paragraph under the table: the parent concept and the value set.
    let prose = r.prose(ROUTES);
    let parent = captures(&prose, r"under (\d+) ").expect("the parent concept")[0][1].clone();
    assert!(Source::SnomedCtRouteCodes.title().contains(&parent));
    let value_set = captures(&prose, r"`(http://hl7\.org/fhir/ValueSet/[a-z-]+)`")
        .expect("the value set")[0][1]
        .clone();
    assert_eq!(
        Source::SnomedCtRouteCodes.identifier(),
        Some(value_set.as_str())
    );
}

// ---------------------------------------------------------------------------
// History and regulation

/// The crate's event for a row of the history table, by what the row tells.
fn event_of(text: &str) -> HistoryEvent {
    const KEYS: &[(&str, HistoryEvent)] = &[
        ("synthesizes ketamine", HistoryEvent::Ci581Synthesis),
        ("first human study", HistoryEvent::FirstHumanStudy),
        ("first US FDA approval", HistoryEvent::KetalarApproval),
        ("Vietnam War", HistoryEvent::VietnamBattlefieldUse),
        ("Essential Medicines", HistoryEvent::WhoEssentialMedicine),
        ("Schedule III", HistoryEvent::DeaScheduleIii),
        ("Berman et al.", HistoryEvent::BermanTrial),
        ("Zarate et al.", HistoryEvent::ZarateTrial),
        ("Murrough et al.", HistoryEvent::MurroughTrial),
        ("FDA approves esketamine", HistoryEvent::SpravatoApproval),
        ("European Commission", HistoryEvent::SpravatoEuApproval),
        (
            "acute suicidal ideation",
            HistoryEvent::SpravatoSuicidalIdeation,
        ),
        ("as monotherapy", HistoryEvent::SpravatoMonotherapy),
    ];
    let found: Vec<HistoryEvent> = KEYS
        .iter()
        .filter(|(key, _)| text.contains(key))
        .map(|(_, e)| *e)
        .collect();
    match found.as_slice() {
        [event] => *event,
        _ => panic!("the history row {text:?} maps to {found:?}, not to one event"),
    }
}

/// The date a history row gives, built with the crate's constructors.
fn date_of(cell: &str) -> HistoricDate {
    if let Some(c) = captures(cell, r"^(\d{4})s-(\d{4})s\b") {
        return HistoricDate::decades(number(&c[0][1]), number(&c[0][2]));
    }
    let c = captures(
        cell,
        r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))? \((day|month|year)\)$",
    )
    .unwrap_or_else(|| panic!("unread date cell {cell:?}"));
    let [_, year, month, day, precision] = &c[0][..] else {
        unreachable!()
    };
    let year: i32 = number(year);
    match precision.as_str() {
        "year" => HistoricDate::year(year),
        "month" => {
            let month: u32 = number(month);
            let month = chrono_month(month);
            HistoricDate::month(year, month)
        }
        _ => HistoricDate::ymd(year, number(month), number(day))
            .unwrap_or_else(|| panic!("{cell:?} is not a calendar day")),
    }
}

fn chrono_month(month: u32) -> chrono::Month {
    u8::try_from(month)
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
        .unwrap_or_else(|| panic!("{month} is not a month"))
}

#[test]
fn history_dates_match_the_reference() {
    let Some(r) = Reference::load("history dates") else {
        return;
    };
    let mut seen = BTreeSet::new();
    for row in r.section(HISTORY) {
        let event = event_of(row.cell(1));
        assert!(seen.insert(event), "two rows for {event}");
        assert!(!event.is_from_articles(), "{event} is a reference event");
        let file = date_of(row.cell(0));
        let date = event.date();
        let not_settled = row.line.contains("*not settled*");
        if not_settled && date.precision() == Precision::YearSpan {
            // The crate keeps the disputed years as a span: it must start at the
            // year of the row and take in every year the row names.
            assert_eq!(
                date.first_year(),
                file.first_year(),
                "{event}: {}",
                row.line
            );
            // The years the row names for the event (the date, the event and the
            // confidence cells; the source cell's years are publication years).
            let told = [row.cell(0), row.cell(1), row.cell(3)].join(" | ");
            for c in captures(&told, r"\b(1[89]\d\d|20\d\d)\b").expect("years") {
                let year: i32 = number(&c[1]);
                assert!(
                    date.overlaps_years(year, year),
                    "{event} {date} leaves out {year}, which the row names: {}",
                    row.line
                );
            }
        } else {
            assert_eq!(date, file, "{event}: {}", row.line);
        }
    }
    let reference_dated: BTreeSet<HistoryEvent> = HistoryEvent::ALL
        .iter()
        .copied()
        .filter(|e| !e.is_from_articles() && e.date().is_dated())
        .collect();
    assert_eq!(
        seen, reference_dated,
        "every dated reference event has a row"
    );
}

#[test]
fn history_rows_name_the_crate_sources_of_their_event() {
    let Some(r) = Reference::load("history sources") else {
        return;
    };
    let history: String = r
        .section(HISTORY)
        .iter()
        .map(|row| row.line.as_str())
        .collect();
    for row in r.section(HISTORY) {
        let event = event_of(row.cell(1));
        for source in event.sources().filter(|s| !s.is_article()) {
            // "(above)" points back to a source named in an earlier row.
            let named = named_in(source, &row.line)
                || (row.line.contains("(above)") && named_in(source, &history));
            assert!(
                named,
                "{event} cites {source} ({}), which its row does not name: {}",
                source.title(),
                row.line
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Dosing and administration

#[test]
#[allow(
    clippy::float_cmp,
    reason = "both sides are whole numbers of micrograms"
)]
fn iv_trial_protocol_matches_the_reference() {
    let Some(r) = Reference::load("IV protocol") else {
        return;
    };
    let row = r.row(DOSING, "IV protocol used in depression trials");
    let c = &row.captures(r"(\d+(?:\.\d+)?) mg/kg infused over (\d+) minutes")[0];
    let protocol = IvProtocol::DEPRESSION_TRIALS;
    let micrograms = (number::<f64>(&c[1]) * 1000.0).round();
    assert_eq!(f64::from(protocol.dose().micrograms_per_kg()), micrograms);
    assert_eq!(protocol.infusion_time().num_minutes(), number::<i64>(&c[2]));
    // The row's trials are the sources the claim cites.
    for source in protocol.claim().citations().iter().map(|c| c.source()) {
        assert!(
            named_in(source, &row.line),
            "{source} is not in: {}",
            row.line
        );
    }
}

#[test]
fn fava_trial_identifier_matches_the_reference() {
    let Some(r) = Reference::load("Fava trial") else {
        return;
    };
    let row = r.row(DOSING, "Fava et al. 2018 dose-ranging trial");
    let pmc = row.one(r"\b(PMC\d+)\b");
    assert_eq!(Source::Fava2018.identifier(), Some(pmc.as_str()));
}

#[test]
fn fava_trial_is_modelled_as_a_dose_ranging_trial() {
    let Some(r) = Reference::load("Fava trial") else {
        return;
    };
    let row = r.row(DOSING, "Fava et al. 2018 dose-ranging trial");
    let title = row.one(r#""([^"]+)""#);
    assert!(
        Source::Fava2018.title().contains(&title),
        "Source::Fava2018 title {:?} lacks the trial's title {title:?}",
        Source::Fava2018.title()
    );
    let patients = row.one(r"^(\d+) outpatients");
    let doses_text = row.one(r"ketamine ([\d., or]+) mg/kg");
    let doses: Vec<&str> = doses_text
        .split([',', ' '])
        .filter(|d| !d.is_empty() && *d != "or")
        .collect();
    assert!(doses.len() >= 2, "{doses_text:?}");
    let fava_claims: Vec<_> = ketamine_facts::facts_citing(Source::Fava2018).collect();
    // A claim of its own for the comparison of doses, naming the doses and the patients.
    assert!(
        fava_claims.iter().any(|c| {
            let s = c.summary();
            s.contains(&patients) && doses.iter().all(|d| s.contains(d))
        }),
        "no claim citing Fava et al. 2018 gives its {patients} patients and doses {doses:?}"
    );
}

#[test]
fn spravato_doses_and_schedule_match_the_reference() {
    let Some(r) = Reference::load("Spravato doses") else {
        return;
    };
    let row = r.row(DOSING, "Spravato doses");
    let device = SpravatoDevice::LABELED;
    let c = &row.captures(r"(\d+) mg per device \((\w+) sprays\)")[0];
    assert_eq!(device.dose().get(), number::<u16>(&c[1]));
    let sprays = match c[2].as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        other => number(other),
    };
    assert_eq!(device.sprays(), sprays);
    let first = number::<u16>(&row.one(r"day 1: (\d+) mg"));
    let c = &row.captures(r"then (\d+) or (\d+) mg")[0];
    let doses = [number::<u16>(&c[1]), number::<u16>(&c[2])];
    let spans = row.captures(r"([a-z ]+?) (?:in weeks (\d+)-(\d+)|from week (\d+))");
    assert_eq!(
        spans.len(),
        SpravatoSchedule::all().len(),
        "one span per phase: {}",
        row.line
    );
    for (i, (c, phase)) in spans.iter().zip(SpravatoSchedule::all()).enumerate() {
        let frequencies: Vec<DoseFrequency> = c[1]
            .trim_start_matches(", ")
            .split(" or ")
            .map(|f| f.trim().parse().unwrap_or_else(|e| panic!("{f:?}: {e}")))
            .collect();
        assert_eq!(phase.frequencies(), frequencies.as_slice(), "{}", c[0]);
        let (from, to) = if c[4].is_empty() {
            (number::<u8>(&c[2]), Some(number::<u8>(&c[3])))
        } else {
            (number::<u8>(&c[4]), None)
        };
        assert_eq!(phase.weeks().first(), from, "{}", c[0]);
        assert_eq!(phase.weeks().last(), to, "{}", c[0]);
        let crate_doses: Vec<u16> = phase.doses().iter().map(|d| d.get()).collect();
        assert_eq!(crate_doses, doses, "{}", c[0]);
        let expected_first = (i == 0).then_some(first);
        assert_eq!(
            phase.first_dose().map(ketamine_facts::Milligrams::get),
            expected_first
        );
        assert_eq!(
            device.devices_for(ketamine_facts::Milligrams::new(first)),
            u8::try_from(first / device.dose().get()).ok()
        );
    }
}

#[test]
fn rems_matches_the_reference() {
    let Some(r) = Reference::load("Spravato REMS") else {
        return;
    };
    let row = r.row(DOSING, "Spravato REMS");
    let rems = Rems::SPRAVATO;
    row.one(r"(certified healthcare settings)");
    assert!(rems.certified_settings_only());
    row.one(r"(never) dispensed for home use");
    assert!(!rems.allows_home_use());
    let hours = number::<i64>(&row.one(r"observed for at least (\d+) hours"));
    assert_eq!(rems.minimum_observation().num_hours(), hours);
    assert_eq!(rems.minimum_observation().num_minutes(), hours * 60);
}

#[test]
fn blood_pressure_course_matches_the_reference() {
    let Some(r) = Reference::load("blood pressure") else {
        return;
    };
    let row = r.row(DOSING, "Blood pressure after Spravato");
    let course = BloodPressureCourse::SPRAVATO;
    let peak = number::<i64>(&row.one(r"peaking about (\d+) minutes"));
    let lasts = number::<i64>(&row.one(r"lasting about (\d+) hours"));
    row.one(r"(check before dosing)");
    assert_eq!(course.peak_after().num_minutes(), peak);
    assert_eq!(course.lasts().num_hours(), lasts);
    assert!(course.check_before_dosing());
    assert_eq!(course.side_effect(), SideEffect::IncreasedBloodPressure);
}

#[test]
fn limits_of_use_match_the_reference() {
    // The test's map from the row's wording to the crate's limits.
    const KEYS: &[(&str, LimitOfUse)] = &[
        ("as an anesthetic", LimitOfUse::NotAnAnesthetic),
        ("in children", LimitOfUse::NotEstablishedInChildren),
        ("preventing suicide", LimitOfUse::NotShownToPreventSuicide),
        (
            "substitute for hospitalization",
            LimitOfUse::NotASubstituteForHospitalization,
        ),
    ];
    let Some(r) = Reference::load("limits of use") else {
        return;
    };
    let row = r.row(DOSING, "Spravato limits of use");
    let items: Vec<&str> = row
        .cell(1)
        .split(';')
        .flat_map(|item| item.split(", and "))
        .map(str::trim)
        .collect();
    let limits: Vec<LimitOfUse> = items
        .iter()
        .map(|item| {
            let found: Vec<LimitOfUse> = KEYS
                .iter()
                .filter(|(key, _)| item.contains(key))
                .map(|(_, l)| *l)
                .collect();
            match found.as_slice() {
                [limit] => *limit,
                _ => panic!("{item:?} maps to {found:?}, not to one limit of use"),
            }
        })
        .collect();
    assert_eq!(limits, LimitOfUse::ALL, "{}", row.line);
}

#[test]
fn boxed_warnings_match_the_reference() {
    let Some(r) = Reference::load("boxed warning") else {
        return;
    };
    let row = r.row(DOSING, "Spravato boxed warning");
    let file: Vec<BoxedWarning> = row
        .cell(1)
        .split(';')
        .map(|w| w.trim().parse().unwrap_or_else(|e| panic!("{w:?}: {e}")))
        .collect();
    assert_eq!(file, BoxedWarning::ALL, "{}", row.line);
    // "(respiratory depression added after 2019)"
    let added: BoxedWarning = row
        .one(r"\(([a-z ]+) added after 2019\)")
        .parse()
        .expect("a boxed warning");
    for w in BoxedWarning::ALL {
        assert_eq!(w.in_2019_label(), *w != added, "{w}");
    }
}

// ---------------------------------------------------------------------------
// Pharmacokinetics

/// The crate's bioavailability values of a substance by a route, as
/// `(estimate, low, high)`.
fn bioavailability(substance: Substance, route: Route) -> BTreeSet<(Estimate, u8, u8)> {
    Bioavailability::all()
        .iter()
        .filter(|b| b.substance() == substance && b.route() == route)
        .map(|b| (b.estimate(), b.value().low().get(), b.value().high().get()))
        .collect()
}

fn percent_range(c: &[String], low: usize) -> (u8, u8) {
    let a = number(&c[low]);
    let b = if c[low + 1].is_empty() {
        a
    } else {
        number(&c[low + 1])
    };
    (a, b)
}

#[test]
fn bioavailability_matches_the_reference() {
    let Some(r) = Reference::load("bioavailability") else {
        return;
    };
    let pct = r"(\d+)(?:-(\d+))?%";
    // IV: "100% (by definition)"
    let row = r.row(PK, "bioavailability, IV");
    let c = &row.captures(&format!(r"{pct} \(by definition\)"))[0];
    let (lo, hi) = percent_range(c, 1);
    assert_eq!(
        bioavailability(Substance::Ketamine, Route::Iv),
        BTreeSet::from([(Estimate::ByDefinition, lo, hi)])
    );
    // IM: "about 93%"
    let row = r.row(PK, "bioavailability, intramuscular");
    let (lo, hi) = percent_range(&row.captures(&format!("about {pct}"))[0], 1);
    assert_eq!(
        bioavailability(Substance::Ketamine, Route::Im),
        BTreeSet::from([(Estimate::About, lo, hi)])
    );
    // Intranasal ketamine: three values, kept side by side.
    let row = r.row(PK, "bioavailability, intranasal ketamine");
    let about = percent_range(&row.captures(&format!(r"about {pct} \(Yanagihara"))[0], 1);
    let reviews = percent_range(
        &row.captures(&format!("{pct} is the range usually quoted in reviews"))[0],
        1,
    );
    let measured = percent_range(&row.captures(&format!("study measured {pct}"))[0], 1);
    assert_eq!(
        bioavailability(Substance::Ketamine, Route::Intranasal),
        BTreeSet::from([
            (Estimate::About, about.0, about.1),
            (Estimate::ReportedRange, reviews.0, reviews.1),
            (Estimate::Measured, measured.0, measured.1),
        ]),
        "{}",
        row.line
    );
    // The doses of the 2022 study: every measured value lies in the range.
    for c in row.captures(r"\((\d+), (\d+) and (\d+)% at") {
        for v in &c[1..] {
            let v: u8 = number(v);
            assert!(
                (measured.0..=measured.1).contains(&v),
                "{v}% outside {measured:?}"
            );
        }
    }
    // Oral: "about 20%; sources give 16-25%"
    let row = r.row(PK, "bioavailability, oral");
    let about = percent_range(&row.captures(&format!("about {pct}"))[0], 1);
    let range = percent_range(&row.captures(&format!("sources give {pct}"))[0], 1);
    assert_eq!(
        bioavailability(Substance::Ketamine, Route::Oral),
        BTreeSet::from([
            (Estimate::About, about.0, about.1),
            (Estimate::ReportedRange, range.0, range.1),
        ])
    );
    // Esketamine nasal spray: "about 48%"
    let row = r.row(PK, "bioavailability, esketamine nasal spray");
    let (lo, hi) = percent_range(&row.captures(&format!("about {pct}"))[0], 1);
    assert_eq!(
        bioavailability(Substance::Esketamine, Route::Intranasal),
        BTreeSet::from([(Estimate::About, lo, hi)])
    );
    // Every value of the crate was read from one of these rows.
    let checked: usize = Substance::ALL
        .iter()
        .flat_map(|s| {
            Route::ALL
                .iter()
                .map(move |r| bioavailability(*s, *r).len())
        })
        .sum();
    assert_eq!(checked, Bioavailability::all().len());
}

#[test]
fn the_intranasal_range_does_not_cite_the_sublingual_study() {
    let Some(r) = Reference::load("Rolan correction") else {
        return;
    };
    let row = r.row(PK, "correction to an earlier edition of this file");
    let pmc = row.one(r"Rolan et al\. \((PMC\d+)\)");
    let route = row.one(r"study in \d+ healthy men \(absolute bioavailability of (\w+) ketamine");
    let rolan = Source::ALL
        .iter()
        .copied()
        .find(|s| s.identifier() == Some(pmc.as_str()));
    let Some(rolan) = rolan else { return }; // not cited at all: nothing to check
    let intranasal = Bioavailability::all()
        .iter()
        .filter(|b| b.route() == Route::Intranasal);
    for b in intranasal {
        assert!(
            !b.claim().cites(rolan),
            "{} cites {rolan} ({pmc}), a {route} study, for intranasal bioavailability",
            b.claim().id()
        );
    }
    assert!(
        rolan.covers().contains(&route),
        "{rolan} covers {:?}, not the {route} study it is",
        rolan.covers()
    );
}

#[test]
fn half_lives_match_the_reference() {
    let Some(r) = Reference::load("half-lives") else {
        return;
    };
    let hours = |h: &HalfLife| (h.value().low().num_hours(), h.value().high().num_hours());
    let find = |s: Substance, p: HalfLifePhase| {
        HalfLife::all()
            .iter()
            .find(|h| h.substance() == s && h.phase() == p)
            .unwrap_or_else(|| panic!("no {p} half-life of {s}"))
    };
    let row = r.row(PK, "elimination half-life, ketamine");
    let c = &row.captures(r"about (\d+)-(\d+) hours \((\w+) phase\)")[0];
    let phase: HalfLifePhase = c[3].parse().expect("a phase");
    assert_eq!(
        hours(find(Substance::Ketamine, phase)),
        (number(&c[1]), number(&c[2]))
    );
    let c = &row.captures(r"a (\d{4}) study found a (\w+) half-life of (\d+)-(\d+) hours")[0];
    let phase: HalfLifePhase = c[2].parse().expect("a phase");
    let h = find(Substance::Ketamine, phase);
    assert_eq!(hours(h), (number(&c[3]), number(&c[4])));
    assert!(
        h.claim()
            .citations()
            .iter()
            .any(|cit| cit.source().title().contains(&c[1]))
    );
    let row = r.row(PK, "elimination half-life, esketamine");
    let c = &row.captures(r"^(\d+)-(\d+) hours")[0];
    let esk: Vec<_> = HalfLife::all()
        .iter()
        .filter(|h| h.substance() == Substance::Esketamine)
        .collect();
    assert_eq!(esk.len(), 1);
    assert_eq!(hours(esk[0]), (number(&c[1]), number(&c[2])));
    assert_eq!(
        HalfLife::all().len(),
        3,
        "two ketamine rows and one esketamine row"
    );
}

#[test]
fn metabolism_matches_the_reference() {
    let Some(r) = Reference::load("metabolism") else {
        return;
    };
    let row = r.row(PK, "metabolism");
    let enzymes = |a: &str, b: &str| -> Vec<Enzyme> {
        [a, b]
            .iter()
            .map(|e| e.parse().expect("an enzyme"))
            .collect()
    };
    let c = &row.captures(r"mainly to (\w+) by (CYP\w+) and (CYP\w+) in the (\w+)")[0];
    let m = Substance::Ketamine.metabolism();
    assert_eq!(m.main_metabolite(), c[1]);
    assert_eq!(m.enzymes(), enzymes(&c[2], &c[3]).as_slice());
    assert_eq!(m.organ(), c[4]);
    let organ = c[4].clone();
    let c = &row.captures(r"esketamine to (\w+) by (CYP\w+) and (CYP\w+)")[0];
    let m = Substance::Esketamine.metabolism();
    assert!(
        m.main_metabolite().starts_with(&c[1]),
        "{}",
        m.main_metabolite()
    );
    assert_eq!(m.enzymes(), enzymes(&c[2], &c[3]).as_slice());
    assert_eq!(m.organ(), organ);
    assert_eq!(Metabolism::all().len(), Substance::ALL.len());
}

#[test]
fn norketamine_potency_matches_the_reference() {
    let Some(r) = Reference::load("norketamine potency") else {
        return;
    };
    let row = r.row(PK, "norketamine potency");
    // "about a third ... (figures of 1/3 to 1/5 circulate)": the crate keeps the first.
    let c = &row.captures(r"figures of (\d+)/(\d+) to (\d+)/(\d+)")[0];
    let potency = ketamine_facts::reference::MetabolitePotency::NORKETAMINE;
    assert_eq!(potency.metabolite(), "norketamine");
    assert_eq!(potency.relative_to(), Substance::Ketamine);
    assert_eq!(potency.fraction().numerator(), number::<u8>(&c[1]));
    assert_eq!(potency.fraction().denominator(), number::<u8>(&c[2]));
    row.one(r"about (a third) as active");
    assert_eq!(potency.fraction().denominator(), 3);
}

// ---------------------------------------------------------------------------
// Adverse effects with rates

#[test]
fn label_adverse_event_rates_match_the_reference() {
    let Some(r) = Reference::load("adverse-event rates") else {
        return;
    };
    let prose = r.prose(RATES);
    let rates = captures(&prose, r"([a-z][a-z ]*?) (\d+)% vs (\d+)%").expect("rates");
    assert_eq!(
        rates.len(),
        AdverseEventRate::all().len(),
        "one rate per label rate of the crate"
    );
    for (c, rate) in rates.iter().zip(AdverseEventRate::all()) {
        let effect: SideEffect = c[1].parse().unwrap_or_else(|e| panic!("{:?}: {e}", c[1]));
        assert_eq!(rate.side_effect(), effect, "order of the rates: {}", c[0]);
        assert_eq!(rate.spravato().get(), number::<u8>(&c[2]), "{}", c[0]);
        assert_eq!(rate.placebo().get(), number::<u8>(&c[3]), "{}", c[0]);
        assert_eq!(effect.label_rate(), Some(*rate));
    }
    // Shahani et al. on ulcerative cystitis.
    let citation =
        captures(&prose, r"Urology (\d{4};\d+\(\d+\):[\d-]+)").expect("Shahani")[0][1].clone();
    assert!(
        Source::Shahani2007
            .identifier()
            .is_some_and(|id| id.contains(&citation))
    );
    assert!(
        SideEffect::BladderProblems
            .reference_facts()
            .iter()
            .any(|c| c.cites(Source::Shahani2007))
    );
}

// ---------------------------------------------------------------------------
// Every reference source of the crate is named in the file

/// Whether `text` names `source`: by its identifier, by a fragment of its
/// title (split at ", " and ": ") of at least 12 characters, or by the first four
/// words of a longer title ("APA Publishing textbook chapter"), ignoring case.
fn named_in(source: Source, text: &str) -> bool {
    let text = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if source
        .identifier()
        .is_some_and(|id| text.contains(&id.to_lowercase()))
    {
        return true;
    }
    let title = source.title().to_lowercase();
    text.contains(&title)
        || title
            .split(", ")
            .flat_map(|part| part.split(": "))
            .any(|fragment| fragment.len() >= 12 && text.contains(fragment))
        || {
            let words: Vec<&str> = title.split_whitespace().collect();
            let lead = words.iter().take(4).copied().collect::<Vec<_>>().join(" ");
            words.len() > 4 && lead.len() >= 20 && text.contains(&lead)
        }
}

/// Reference sources whose identifier and title fragments are not in the
/// reference file: the crate's title differs from the file's wording. None since
/// the titles follow the file (issue 10).
const NOT_NAMED: &[Source] = &[];

#[test]
fn every_reference_source_is_named_in_the_reference_file() {
    let Some(r) = Reference::load("reference sources") else {
        return;
    };
    let unnamed: Vec<Source> = Source::ALL
        .iter()
        .copied()
        .filter(|s| !s.is_article() && !named_in(*s, &r.text))
        .collect();
    assert_eq!(
        unnamed, NOT_NAMED,
        "reference sources of the crate not named in the reference file (update NOT_NAMED or the titles)"
    );
}

#[test]
fn every_reference_source_is_named_in_the_reference_file_strictly() {
    let Some(r) = Reference::load("reference sources") else {
        return;
    };
    for source in Source::ALL.iter().copied().filter(|s| !s.is_article()) {
        assert!(
            named_in(source, &r.text),
            "{source} ({:?}, {:?}) is not named in the reference file",
            source.title(),
            source.identifier()
        );
    }
}

// ---------------------------------------------------------------------------
// Identity, classification and codes for interoperability (checked 2026-12):
// new in the file; most checks wait for the crate.

/// The pretty JSON export, where a value with no typed accessor yet can be looked for.
#[cfg(feature = "serde")]
fn export() -> String {
    serde_json::to_string_pretty(&ketamine_facts::KnowledgeBase::CURRENT).expect("the export")
}

#[test]
fn code_system_uris_match_the_reference() {
    let Some(r) = Reference::load("code system URIs") else {
        return;
    };
    let row = r.row(
        CHECKED_2026,
        "code system URIs (HL7 Terminology NamingSystems)",
    );
    let snomed = row.one(r"SNOMED CT `([^`]+)`");
    let ncit = row.one(r"NCI Thesaurus `([^`]+)` \(preferred");
    assert_eq!(CodeSystem::SnomedCt.uri(), snomed);
    assert_eq!(CodeSystem::NciThesaurus.uri(), ncit);
    // The Metathesaurus URI names another code system: not read as the SPL codes'.
    let meta = row.one(r"used `([^`]+)`, the Metathesaurus");
    assert_eq!(CodeSystem::from_uri(&meta), None);
    // "DrugBank and PubChem have **no** HL7-registered URI: don't invent one".
    for name in &captures(&row.rest(), r"(DrugBank) and (PubChem) have \*\*no\*\*")
        .expect("the note")[0][1..]
    {
        let name = name.to_lowercase();
        for system in CodeSystem::ALL {
            assert!(
                !system.uri().to_lowercase().contains(&name),
                "{system} invents a URI for {name}"
            );
        }
    }
}

#[test]
fn every_registered_code_system_uri_is_known() {
    let Some(r) = Reference::load("code system URIs") else {
        return;
    };
    let row = r.row(
        CHECKED_2026,
        "code system URIs (HL7 Terminology NamingSystems)",
    );
    for c in row.captures(r"(?:ATC|UNII|CAS|UCUM) `([^`]+)`|`(http://ncithesaurus-stage[^`]+)`") {
        let uri = if c[1].is_empty() { &c[2] } else { &c[1] };
        assert!(
            CodeSystem::from_uri(uri).is_some(),
            "{uri} is no code system of the crate"
        );
    }
}

#[test]
fn spl_route_codes_read_back_under_every_nci_uri_of_the_reference() {
    let Some(r) = Reference::load("legacy route code URIs") else {
        return;
    };
    let row = r.row(
        CHECKED_2026,
        "code system URIs (HL7 Terminology NamingSystems)",
    );
    let preferred = row.one(r"NCI Thesaurus `([^`]+)` \(preferred");
    let backward = row.one(r"`([^`]+)` kept for backward compatibility");
    let dstu2 = row.one(r"FHIR DSTU2 data used `([^`]+)`");
    assert_eq!(CodeSystem::NciThesaurus.other_uris(), [backward.as_str()]);
    assert_eq!(CodeSystem::NCI_METATHESAURUS_URI, dstu2);
    // the SPL codes of the route table, read under each URI, with and without "/"
    for row in r.section(ROUTES) {
        let route: Route = row.cell(0).parse().expect("a route");
        let spl = row.captures(r"\| (C\d+) ([A-Z]+)$")[0][1].clone();
        let sct = row.captures(r#"^(\d+) "([^"]+)""#)[0].clone();
        for uri in [&preferred, &backward, &dstu2] {
            for written in [uri.clone(), format!("{uri}/")] {
                assert_eq!(Route::from_coding(&written, &spl), Some(route), "{written}");
                // a SNOMED code is not read under an NCI URI
                assert_eq!(Route::from_coding(&written, &sct[1]), None);
            }
        }
        // the SNOMED CT term of the row parses as the route
        assert_eq!(sct[2].parse::<Route>(), Ok(route), "{}", sct[2]);
    }
}

#[test]
fn identifier_scheme_system_uris_match_the_reference() {
    let Some(r) = Reference::load("identifier system URIs") else {
        return;
    };
    let row = r.row(
        CHECKED_2026,
        "code system URIs (HL7 Terminology NamingSystems)",
    );
    for (name, scheme) in [
        ("ATC", IdentifierScheme::Atc),
        ("UNII", IdentifierScheme::Unii),
        ("CAS", IdentifierScheme::Cas),
    ] {
        let uri = row.one(&format!("{name} `([^`]+)`"));
        assert_eq!(scheme.system_uri(), Some(uri.as_str()), "{name}");
        assert_eq!(IdentifierScheme::from_system_uri(&uri), Some(scheme));
        assert_eq!(
            IdentifierScheme::from_system_uri(&format!("{uri}/")),
            Some(scheme)
        );
    }
    // "DrugBank and PubChem have **no** HL7-registered URI"
    let none =
        captures(&row.rest(), r"(DrugBank) and (PubChem) have \*\*no\*\*").expect("the note");
    for name in &none[0][1..] {
        let scheme: IdentifierScheme = name.parse().expect("a scheme");
        assert_eq!(scheme.system_uri(), None, "{name}");
    }
    // a FHIR Identifier of each registered scheme reads back as the crate's identifier
    for record in IdentifierRecord::all() {
        let id = record.identifier();
        if let Some(uri) = id.fhir_system() {
            assert_eq!(Identifier::from_fhir(Some(uri), &id.value()), Ok(id));
        }
    }
}

#[test]
fn salt_form_cas_number_matches_the_reference() {
    let Some(r) = Reference::load("salt forms") else {
        return;
    };
    let row = r.row(CHECKED_2026, "salt forms");
    let cas = row.one(r"ketamine hydrochloride: UNII [0-9A-Z]{10}, CAS (\d+-\d\d-\d)");
    assert_eq!(
        Substance::Ketamine
            .cas_number_hydrochloride()
            .map(|c| c.to_string()),
        Some(cas)
    );
    let active = row.one(r"active moiety is esketamine ([0-9A-Z]{10})");
    assert_eq!(Substance::Esketamine.unii().as_str(), active);
}

#[test]
fn salt_form_uniis_are_records() {
    let Some(r) = Reference::load("salt forms") else {
        return;
    };
    let row = r.row(CHECKED_2026, "salt forms");
    for c in row.captures(r"\b(esketamine|ketamine) hydrochloride: UNII ([0-9A-Z]{10})") {
        let unii: Unii = c[2].parse().expect("a UNII");
        let record = IdentifierRecord::all()
            .iter()
            .find(|rec| rec.identifier() == Identifier::Unii(unii));
        assert!(
            record.is_some_and(|rec| rec.substance() == substance(&c[1])
                && rec.form() == ketamine_facts::Form::Hydrochloride),
            "no hydrochloride record of {} with UNII {unii}",
            &c[1]
        );
    }
}

#[test]
fn superseded_cas_numbers_are_well_formed() {
    let Some(r) = Reference::load("superseded CAS numbers") else {
        return;
    };
    let row = r.row(CHECKED_2026, "superseded CAS numbers of ketamine");
    let numbers = row.captures(r"\b(\d{2,7}-\d\d-\d)\b");
    assert!(numbers.len() >= 3, "{}", row.line);
    for c in numbers {
        let cas: CasNumber = c[1].parse().unwrap_or_else(|e| panic!("{}: {e}", c[1]));
        assert_eq!(cas.to_string(), c[1]);
    }
}

#[test]
fn superseded_cas_numbers_find_ketamine() {
    let Some(r) = Reference::load("superseded CAS numbers") else {
        return;
    };
    let row = r.row(CHECKED_2026, "superseded CAS numbers of ketamine");
    let unii = row.one(r"on the UNII ([0-9A-Z]{10}) record");
    let owner = Substance::from_unii(unii.parse().expect("a UNII")).expect("a substance");
    for c in row.captures(r"\b(\d{2,7}-\d\d-\d)\b") {
        let cas: CasNumber = c[1].parse().expect("a CAS number");
        assert_eq!(Substance::from_cas(cas), Some(owner), "superseded {cas}");
    }
}

#[test]
fn unii_check_character_accepts_the_valid_vectors() {
    let Some(r) = Reference::load("UNII check character") else {
        return;
    };
    let row = r.row(CHECKED_2026, "UNII check character");
    let example = row.one(r"\((\w{10}): sum");
    assert!(example.parse::<Unii>().is_ok(), "{example}");
    for c in row.captures(r"(\w{10}) valid") {
        assert!(c[1].parse::<Unii>().is_ok(), "{} is a valid UNII", c[1]);
    }
}

#[test]
fn unii_check_character_refuses_the_invalid_vector() {
    let Some(r) = Reference::load("UNII check character") else {
        return;
    };
    let row = r.row(CHECKED_2026, "UNII check character");
    for c in row.captures(r"(\w{10}) invalid") {
        assert!(
            c[1].parse::<Unii>().is_err(),
            "{} has a wrong check character",
            c[1]
        );
    }
}

#[test]
fn n06ax27_is_marked_temporary() {
    let Some(r) = Reference::load("ATC N06AX27") else {
        return;
    };
    let row = r.row(CHECKED_2026, "ATC N06AX27, when");
    let word = row.one(r"agreed as a \*(\w+)\* code");
    let code: ketamine_facts::AtcCode = captures(row.cell(0), r"ATC (\w+), when")
        .expect("the code in the first cell")[0][1]
        .parse()
        .expect("an ATC code");
    let record = IdentifierRecord::all()
        .iter()
        .find(|rec| rec.identifier() == Identifier::Atc(code))
        .expect("a record");
    assert!(
        record.note().is_some_and(|n| n.contains(&word)),
        "{:?}",
        record.note()
    );
}

#[cfg(feature = "serde")]
#[test]
fn product_and_schedule_codes_are_in_the_export() {
    let Some(r) = Reference::load("product codes") else {
        return;
    };
    let json = export();
    let ndc = r
        .row(CHECKED_2026, "Spravato product code")
        .one(r"NDC product (\d{5}-\d{3})");
    let dea = r
        .row(CHECKED_2026, "DEA schedule as a code")
        .one(r"NCI Thesaurus (C\d+)");
    let ketalar = r
        .row(CHECKED_2026, "Ketalar marketing start")
        .one(r"^(\d{4}-\d\d-\d\d)");
    for value in [ndc, dea, ketalar] {
        assert!(json.contains(&value), "{value} is not in the export");
    }
}

#[test]
fn ketamine_approval_stays_a_year_beside_the_marketing_start() {
    // "a marketing start, not an approval date": the approval keeps its year.
    let Some(r) = Reference::load("Ketalar marketing start") else {
        return;
    };
    let row = r.row(CHECKED_2026, "Ketalar marketing start");
    let day = row.one(r"^(\d{4})-\d\d-\d\d");
    let approval = HistoryEvent::KetalarApproval.date();
    assert_eq!(approval.precision(), Precision::Year);
    assert_eq!(approval.first_year(), Some(number(&day)));
}
