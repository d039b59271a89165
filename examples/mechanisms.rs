//! How ketamine is said to work: the cascade from NMDA receptor antagonism to
//! mood improvement, step by step, with what each step leads to and the
//! evidence and sources for every link.
//!
//! Run with `cargo run --example mechanisms`.

use ketamine_facts::{Citation, Mechanism, Topic};

fn main() {
    println!("How ketamine works, according to the sources\n");
    for claim in Topic::Mechanism.claims() {
        println!(
            "  * {} ({})",
            claim.summary(),
            claim.strongest_evidence().describe()
        );
    }

    println!("\nThe cascade from NMDA receptor antagonism, in causal order:\n");
    for (step, mechanism) in Mechanism::cascade().iter().enumerate() {
        println!("{}. {} [{}]", step + 1, mechanism.label(), mechanism);
        for claim in mechanism.claims() {
            let disputed = if claim.is_contested() {
                " (contested)"
            } else {
                ""
            };
            println!("     - {}{disputed}", claim.summary());
            println!("       {}", sources(claim.citations()));
        }
        let mut any = false;
        for link in mechanism.links_from() {
            any = true;
            let (strongest, weakest) = (link.strongest_evidence(), link.weakest_evidence());
            if strongest == weakest {
                println!(
                    "     -> leads to {} ({})",
                    link.to().label(),
                    strongest.describe()
                );
            } else {
                println!(
                    "     -> leads to {} ({} to {})",
                    link.to().label(),
                    weakest.describe(),
                    strongest.describe()
                );
            }
            println!("        {}", sources(link.citations()));
        }
        if !any {
            println!("     (the sources name nothing it leads to)");
        }
        println!();
    }

    println!("Outside the cascade (no article links them to NMDA antagonism):\n");
    for mechanism in Mechanism::ALL.iter().filter(|m| !m.is_in_cascade()) {
        println!("* {}", mechanism.label());
        for claim in mechanism.claims() {
            println!("     - {}", claim.summary());
            println!("       {}", sources(claim.citations()));
        }
        for link in mechanism.links_from() {
            println!(
                "     -> leads to {} ({})",
                link.to().label(),
                link.strongest_evidence().describe()
            );
            println!("        {}", sources(link.citations()));
        }
    }
}

/// "003 “How Does Ketamine Work? ...” (stated); 004 ..." for a list of citations.
fn sources(citations: &[Citation]) -> String {
    citations
        .iter()
        .map(|c| {
            let article = c.source().file().and_then(|f| f.get(..3)).unwrap_or("ref");
            match c.heading() {
                Some(heading) => format!("{article} “{heading}” ({})", c.evidence()),
                None => format!("{article} ({})", c.evidence()),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
