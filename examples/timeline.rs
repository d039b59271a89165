//! The history of ketamine in date order, each event with the precision of its
//! date, its sources, and what the reference sources make of the articles'
//! accounts; then the events of a range of years.
//!
//! Run with `cargo run --example timeline`, or give a range:
//! `cargo run --example timeline -- 1990 2010`.

use ketamine_facts::{CorrectionKind, HistoryEvent, Source};

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
            let names: Vec<String> = claim.disputes().iter().map(|d| d.to_string()).collect();
            print!(" (disputed: {})", names.join(", "));
        }
        println!();
    }
    let sources: Vec<String> = event.sources().map(describe).collect();
    println!("    sources: {}", sources.join("; "));
    for row in event.checked_by() {
        let verb = match row.kind() {
            CorrectionKind::Confirms => "confirmed",
            CorrectionKind::MakesPrecise => "made precise",
            CorrectionKind::Corrects => "corrected",
            _ => "checked",
        };
        println!(
            "    {verb} by {} ({}): {}",
            row.reference().title(),
            row.reference().date(),
            row.note()
        );
    }
    for row in event.checks() {
        let verb = match row.kind() {
            CorrectionKind::Confirms => "confirms",
            CorrectionKind::MakesPrecise => "makes precise",
            CorrectionKind::Corrects => "corrects",
            _ => "checks",
        };
        println!(
            "    {verb} the articles' \"{}\" ({})",
            row.article().title(),
            row.article().date()
        );
    }
    println!();
}

fn describe(source: Source) -> String {
    match source.file().and_then(|f| f.get(..3)) {
        Some(number) => format!("article {number}"),
        None => match source.identifier() {
            Some(id) if !source.title().contains(id) => format!("{} ({id})", source.title()),
            Some(_) => source.title().to_owned(),
            None => source.title().to_owned(),
        },
    }
}
