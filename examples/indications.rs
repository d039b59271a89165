//! Question 2: for an indication, which routes, how strong the evidence, which
//! citations; and which indications reach a given level of evidence.
//!
//! Run with `cargo run --example indications [INDICATION] [LEVEL]`, for example
//! `cargo run --example indications ptsd preliminary`. Defaults: `trd`, `clinical_studies`.

use ketamine_facts::{Answer, Evidence, Indication, ParseError, Precaution, ResearchDirection};

fn main() {
    if let Err(err) = run() {
        eprintln!("{err}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), ParseError> {
    let mut args = std::env::args().skip(1);
    let chosen: Indication = args.next().as_deref().unwrap_or("trd").parse()?;
    let floor: Evidence = args
        .next()
        .as_deref()
        .unwrap_or("clinical_studies")
        .parse()?;

    println!("All indications");
    println!(
        "{:<48} {:<20} {:<20} {:<24} contested",
        "indication", "strongest", "weakest", "routes"
    );
    for indication in Indication::ALL {
        let routes: Vec<&str> = indication
            .routes()
            .iter()
            .map(|r| r.abbreviation())
            .collect();
        let routes = if routes.is_empty() {
            "none documented".to_owned()
        } else {
            routes.join(", ")
        };
        println!(
            "{:<48} {:<20} {:<20} {:<24} {}",
            indication.label(),
            indication.strongest_evidence().to_string(),
            indication.weakest_evidence().to_string(),
            routes,
            if indication.is_contested() {
                "yes"
            } else {
                "no"
            },
        );
    }

    println!();
    println!("{} (parsed as \"{chosen}\")", chosen.label());
    if chosen.routes().is_empty() {
        println!(
            "  routes: none; {}",
            chosen.routes_note().unwrap_or("no note")
        );
    } else {
        for route in chosen.routes() {
            println!("  route: {} ({})", route.label(), route.abbreviation());
        }
    }
    println!(
        "  evidence: from {} to {}",
        chosen.weakest_evidence().describe(),
        chosen.strongest_evidence().describe()
    );
    match chosen.first_line_answer() {
        Answer::Yes => println!("  first-line: yes"),
        Answer::No => println!("  first-line: no (article 000, for mental health in general)"),
        Answer::NotStated => println!("  first-line: no source says"),
    }
    let sources: Vec<&str> = chosen
        .sources()
        .map(ketamine_facts::Source::title)
        .collect();
    println!("  sources: {}", sources.join("; "));
    for claim in chosen.claims() {
        println!("  - {}", claim.summary());
        for citation in claim.citations() {
            println!("      {citation}");
        }
        for dispute in claim.disputes() {
            println!("      contested: {}", dispute.topic());
        }
    }

    println!();
    println!(
        "Indications with evidence at least \"{}\"",
        floor.describe()
    );
    for indication in Indication::at_least(floor) {
        let best = indication.strongest_evidence();
        let places = indication
            .citations()
            .filter(|c| c.evidence() == best)
            .count();
        println!(
            "  {:<48} {:<20} ({} citation(s) at that level)",
            indication.label(),
            best.to_string(),
            places
        );
    }

    println!();
    println!("Ketamine in mental health as a whole:");
    for claim in Precaution::NotFirstLine
        .claims()
        .iter()
        .chain(ResearchDirection::BroaderConditions.claims().first())
    {
        println!("  - {} [{}]", claim.summary(), claim.strongest_evidence());
    }
    Ok(())
}
