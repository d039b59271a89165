//! Question 1: every route, with its label, abbreviation and what the sources say of it.
//!
//! Run with `cargo run --example routes`.

use ketamine_facts::{Route, Topic};

fn main() {
    for route in Route::ALL {
        println!(
            "{} ({}), parsed from \"{}\"",
            route.label(),
            route.abbreviation(),
            route
        );
        if let Some(duration) = route.session_duration() {
            println!("  one session: about {} minutes", duration.num_minutes());
        }
        for claim in route.claims() {
            println!("  - {}", claim.summary());
            println!("    evidence: {}", claim.strongest_evidence().describe());
            for citation in claim.citations() {
                println!("    source: {citation}");
            }
            for dispute in claim.disputes() {
                println!("    contested: {}", dispute.topic());
            }
        }
        println!();
    }
    println!("How a route is chosen:");
    for claim in Topic::RouteChoice.claims() {
        println!("  - {}", claim.summary());
        for citation in claim.citations() {
            println!("    source: {citation}");
        }
    }
}
