//! Question 3: which side effects call for monitoring during a session, and
//! which are tied to long-term use; with when each shows, how sure the sources
//! are, and where they say it.
//!
//! Run with `cargo run --example side_effects`.

use ketamine_facts::{Answer, SideEffect, Topic};

fn yes_no(value: Answer) -> &'static str {
    match value {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::NotStated => "not stated",
    }
}

fn print_effect(effect: SideEffect) {
    println!("  {} ({})", effect.label(), effect.onset().label());
    for claim in effect.claims() {
        println!("    - {}", claim.summary());
        for citation in claim.citations() {
            println!("        {citation}");
        }
        if let Some(confidence) = claim.confidence() {
            println!("        confidence: {confidence}");
        }
        for dispute in claim.disputes() {
            println!("        contested: {}", dispute.topic());
        }
    }
}

fn main() {
    println!("All side effects and risks");
    println!(
        "{:<48} {:<22} {:<16} {:<10} {:<20} in articles",
        "effect", "onset", "passes quickly", "monitor", "strongest"
    );
    for effect in SideEffect::ALL {
        println!(
            "{:<48} {:<22} {:<16} {:<10} {:<20} {}",
            effect.label(),
            effect.onset().label(),
            yes_no(effect.resolves_quickly_answer()),
            if effect.needs_monitoring() {
                "yes"
            } else {
                "no"
            },
            effect.strongest_evidence().to_string(),
            if effect.is_named_by_articles() {
                "yes"
            } else {
                "no (Spravato label only)"
            },
        );
    }

    println!();
    println!("Call for monitoring during a session:");
    for effect in SideEffect::monitored_during_session() {
        print_effect(effect);
    }

    println!();
    println!("Tied to long-term use:");
    for effect in SideEffect::long_term() {
        print_effect(effect);
    }

    println!();
    println!("On risks in general:");
    for claim in Topic::Safety.claims() {
        println!("  - {} [{}]", claim.summary(), claim.strongest_evidence());
    }
}
