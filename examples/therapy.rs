//! Walks the course of ketamine therapy step by step, then the benefits,
//! precautions, open research questions and the comparison with traditional
//! antidepressants: every claim with its evidence and its sources.
//!
//! Run with `cargo run --example therapy`.
#![allow(
    clippy::too_many_lines,
    reason = "the walk-through reads top to bottom as one list"
)]

use ketamine_facts::{
    Benefit, Claim, ClinicPractice, Comparison, Formulation, Precaution, ResearchDirection,
    TherapyStep, Topic,
};

fn print_claim(claim: &Claim, indent: &str) {
    println!("{indent}- {}", claim.summary());
    for citation in claim.citations() {
        let place = citation
            .heading()
            .map_or_else(|| "(no section)".to_owned(), |h| format!("\"{h}\""));
        println!(
            "{indent}    [{}] {} {place}",
            citation.evidence().describe(),
            citation.source().name()
        );
    }
    for disagreement in claim.disputes() {
        println!("{indent}    ! disputed: {}", disagreement.topic());
    }
}

fn heading(title: &str) {
    println!("\n{title}\n{}", "=".repeat(title.len()));
}

fn main() {
    heading("Formulations");
    for formulation in Formulation::ALL {
        let routes: Vec<&str> = formulation.routes().iter().map(|r| r.label()).collect();
        println!(
            "\n{} ({}): {}; approved for a mental-health use: {}",
            formulation,
            formulation.substance(),
            routes.join(", "),
            if formulation.is_regulator_approved_for_mental_health() {
                "yes"
            } else {
                "no (off-label)"
            },
        );
        for claim in formulation.claims() {
            print_claim(claim, "  ");
        }
    }

    heading("The therapy process");
    for claim in Topic::TherapyProcess.claims() {
        print_claim(claim, "");
    }
    let mut step = TherapyStep::ALL.first().copied();
    while let Some(current) = step {
        println!(
            "\nStep {}: {} (article 004, \"{}\")",
            current.number(),
            current,
            current.section().heading()
        );
        for claim in current.claims() {
            print_claim(claim, "  ");
        }
        for item in current.items() {
            println!("  * {item}");
            for frequency in item.frequencies() {
                let readings: Vec<&str> = frequency
                    .interpretations()
                    .iter()
                    .map(|c| c.describe())
                    .collect();
                let note = if frequency.is_ambiguous() {
                    " (ambiguous)"
                } else {
                    ""
                };
                println!("      {frequency}{note}: {}", readings.join(" or "));
            }
            if let Some(duration) = item.duration() {
                println!("      about {} minutes", duration.num_minutes());
            }
            for experience in item.experiences() {
                println!("      may experience: {experience}");
                for claim in experience.claims() {
                    print_claim(claim, "        ");
                }
            }
            for claim in item.claims() {
                print_claim(claim, "    ");
            }
        }
        step = current.next();
    }

    heading("Clinics");
    for practice in ClinicPractice::ALL
        .iter()
        .filter(|p| p.step().is_none() && p.item().is_none())
    {
        println!("\n{practice}");
        for claim in practice.claims() {
            print_claim(claim, "  ");
        }
    }
    let checklist: Vec<String> = ClinicPractice::reputable_clinic_checklist()
        .iter()
        .map(ToString::to_string)
        .collect();
    println!(
        "\nChecklist for a reputable clinic: {}",
        checklist.join(", ")
    );

    heading("Benefits");
    for benefit in Benefit::ALL {
        println!("\n{benefit}");
        for claim in benefit.claims() {
            print_claim(claim, "  ");
        }
    }

    heading("Precautions");
    for precaution in Precaution::ALL {
        println!("\n{precaution}");
        for claim in precaution.claims() {
            print_claim(claim, "  ");
        }
    }

    heading("Research directions (what is not yet known)");
    for direction in ResearchDirection::ALL {
        let conditions: Vec<String> = direction
            .indications()
            .iter()
            .map(ToString::to_string)
            .collect();
        if conditions.is_empty() {
            println!("\n{direction}");
        } else {
            println!("\n{direction}: {}", conditions.join(", "));
        }
        for claim in direction.claims() {
            print_claim(claim, "  ");
        }
    }

    heading("Ketamine vs traditional antidepressants");
    println!(
        "onset: ketamine within {}, traditional antidepressants {}",
        Comparison::ketamine_onset(),
        Comparison::traditional_onset()
    );
    for (source, targets) in Comparison::traditional_target_lists() {
        let names: Vec<String> = targets.iter().map(ToString::to_string).collect();
        println!("traditional targets per {source}: {}", names.join(", "));
    }
    for aspect in Comparison::ALL {
        println!("\n{aspect}");
        for claim in aspect.claims() {
            print_claim(claim, "  ");
        }
    }
}
