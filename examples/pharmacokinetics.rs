//! A table of pharmacokinetics by route: bioavailability (every cited value,
//! and the span they cover together), onset where a source gives one, and
//! half-life by substance, each value with its source and confidence.
//!
//! Run with `cargo run --example pharmacokinetics`.

use ketamine_facts::{Bioavailability, Claim, Route, Substance};

/// The sources of a claim, short: "Yanagihara et al., ... (`clinical_studies`)".
fn sources(claim: &Claim) -> String {
    claim
        .citations()
        .iter()
        .map(|c| match c.heading() {
            Some(heading) => format!("{} \"{heading}\"", c.source().title()),
            None => c.source().title().to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn confidence(claim: &Claim) -> String {
    claim.confidence().map_or_else(
        || format!("evidence: {}", claim.strongest_evidence()),
        |c| c.certainty().to_string(),
    )
}

fn main() {
    println!("BIOAVAILABILITY BY ROUTE");
    for &route in Route::ALL {
        println!("\n{} ({})", route.label(), route.abbreviation());
        for &substance in Substance::ALL {
            if let Some(span) = Bioavailability::span(substance, route) {
                println!("  {substance}: span of cited values {span}");
            }
        }
        for b in route.bioavailability() {
            println!(
                "    {:<10} {:<17} {:>7}  [{}]  {}",
                b.substance().to_string(),
                b.estimate().qualifier().trim(),
                b.value().to_string(),
                confidence(b.claim()),
                sources(b.claim()),
            );
        }
        // Onset: only the articles speak of it, and only for IV infusion.
        let onset = route.claims().iter().find(|c| c.mentions("immediate"));
        match onset {
            Some(claim) => println!(
                "  onset: {} [{}] {}",
                claim.summary(),
                confidence(claim),
                sources(claim)
            ),
            None => println!("  onset: no source gives one for this route"),
        }
    }

    println!("\nELIMINATION HALF-LIFE");
    for &substance in Substance::ALL {
        for h in substance.half_life() {
            println!(
                "  {:<10} {:<8} {:>7}  [{}]  {}",
                substance.to_string(),
                h.phase().to_string(),
                h.value().to_string(),
                confidence(h.claim()),
                sources(h.claim()),
            );
            if let Some(c) = h.claim().confidence()
                && c.is_unsettled()
            {
                println!("             not settled: {}", c.why());
            }
        }
    }

    println!("\nMETABOLISM");
    for &substance in Substance::ALL {
        let m = substance.metabolism();
        let enzymes: Vec<&str> = m.enzymes().iter().map(|e| e.symbol()).collect();
        println!(
            "  {substance}: {} -> {} via {}  [{}]  {}",
            m.organ(),
            m.main_metabolite(),
            enzymes.join(", "),
            confidence(m.claim()),
            sources(m.claim()),
        );
    }
    let potency = ketamine_facts::reference::MetabolitePotency::NORKETAMINE;
    println!(
        "  {} has about {} of {}'s potency  [{}]  {}",
        potency.metabolite(),
        potency.fraction(),
        potency.relative_to(),
        confidence(potency.claim()),
        sources(potency.claim()),
    );
}
