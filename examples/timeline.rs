//! The history of ketamine in date order, each event with the precision of its
//! date, its sources, and what the reference sources make of the articles'
//! accounts; then the events of a range of years.
//!
//! Run with `cargo run --example timeline`, or give a range:
//! `cargo run --example timeline -- 1990 2010`.

use ketamine_facts::{Claim, ClaimCorrection, CorrectionKind, HistoryEvent, Source, Subject};

fn main() {
    let args: Vec<i32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (from, to) = match args.as_slice() {
        [from, to, ..] => (*from, *to),
        _ => (1995, 2015),
    };

    println!("Ketamine: the timeline (articles and reference sources)\n");
    for event in HistoryEvent::timeline() {
        print_event(*event);
    }

    println!("\nEvents from {from} to {to}:\n");
    for event in HistoryEvent::between(from, to) {
        println!(
            "  {:<18} {:<10} {}",
            event.date().to_string(),
            event.date().precision().to_string(),
            event.title()
        );
    }
}

fn print_event(event: HistoryEvent) {
    let origin = if event.is_from_articles() {
        "articles"
    } else {
        "reference"
    };
    println!(
        "{}  [{} precision, from the {origin}]  {}",
        event.date(),
        event.date().precision(),
        event.title()
    );
    for claim in event.claims() {
        print!("    - {}", claim.summary());
        if let Some(confidence) = claim.confidence() {
            print!(" (confidence {confidence})");
        }
        if claim.is_contested() {
            let names: Vec<String> = claim
                .disputes()
                .iter()
                .map(std::string::ToString::to_string)
                .collect();
            print!(" (disputed: {})", names.join(", "));
        }
        println!();
    }
    let sources: Vec<String> = event.sources().map(describe).collect();
    println!("    sources: {}", sources.join("; "));
    for row in event.claim_corrections() {
        let verb = match row.kind() {
            CorrectionKind::Confirms => "confirmed",
            CorrectionKind::MakesPrecise => "made precise",
            CorrectionKind::Corrects => "corrected",
            CorrectionKind::Qualifies => "qualified",
            CorrectionKind::Contradicts => "contradicted",
            _ => "checked",
        };
        // the reference claim's event, when it is about one, else the claim itself
        let by = match event_of(row.reference(), false) {
            Some(reference) => format!("{} ({})", reference.title(), reference.date()),
            None => format!("\"{}\"", row.reference().summary()),
        };
        println!("    {verb} by {by}: {}", row.note());
    }
    for claim in event.claims() {
        for row in ClaimCorrection::by(claim) {
            let verb = match row.kind() {
                CorrectionKind::Confirms => "confirms",
                CorrectionKind::MakesPrecise => "makes precise",
                CorrectionKind::Corrects => "corrects",
                CorrectionKind::Qualifies => "qualifies",
                CorrectionKind::Contradicts => "contradicts",
                _ => "checks",
            };
            match event_of(row.article(), true) {
                Some(article) => println!(
                    "    {verb} the articles' \"{}\" ({})",
                    article.title(),
                    article.date()
                ),
                None => println!("    {verb} the articles' \"{}\"", row.article().summary()),
            }
        }
    }
    println!();
}

/// The first event the claim is about that the articles tell (`from_articles`)
/// or a reference source records.
fn event_of(claim: &Claim, from_articles: bool) -> Option<HistoryEvent> {
    claim.subjects().iter().find_map(|subject| match subject {
        Subject::HistoryEvent(event) if event.is_from_articles() == from_articles => Some(*event),
        _ => None,
    })
}

fn describe(source: Source) -> String {
    match source.file().and_then(|f| f.get(..3)) {
        Some(number) => format!("article {number}"),
        None => match source.identifier() {
            Some(id) if !source.title().contains(id) => format!("{} ({id})", source.title()),
            Some(_) | None => source.title().to_owned(),
        },
    }
}
