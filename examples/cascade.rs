//! Prints the mechanism graph as Graphviz DOT (default) or Mermaid
//! (`--mermaid`): one edge per causal link, labelled with its evidence.
//! Steps in the cascade from NMDA receptor antagonism are solid boxes; the
//! side branches are dashed.
//!
//! Run with `cargo run --example cascade | dot -Tsvg > cascade.svg`, or
//! `cargo run --example cascade -- --mermaid`.

use ketamine_facts::{Link, Mechanism};

fn main() {
    if std::env::args().any(|a| a == "--mermaid") {
        mermaid();
    } else {
        dot();
    }
}

/// "preliminary (000)" or "stated (003, 004); preliminary (001)": each level
/// with the articles that word the link so.
fn edge_label(link: &Link) -> String {
    let mut levels: Vec<_> = link.citations().iter().map(|c| c.evidence()).collect();
    levels.sort_unstable_by(|a, b| b.cmp(a));
    levels.dedup();
    levels
        .iter()
        .map(|level| {
            let mut numbers: Vec<&str> = link
                .citations()
                .iter()
                .filter(|c| c.evidence() == *level)
                .filter_map(|c| c.source().file().and_then(|f| f.get(..3)))
                .collect();
            numbers.dedup();
            format!("{level} ({})", numbers.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn dot() {
    println!("digraph cascade {{");
    println!("  rankdir=LR;");
    println!("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
    println!("  edge [fontname=\"Helvetica\", fontsize=10];");
    for mechanism in Mechanism::ALL {
        let style = if mechanism.is_in_cascade() {
            "rounded"
        } else {
            "rounded,dashed"
        };
        println!(
            "  {mechanism} [label=\"{}\", style=\"{style}\"];",
            mechanism.label()
        );
    }
    for link in Mechanism::links() {
        println!(
            "  {} -> {} [label=\"{}\"];",
            link.from(),
            link.to(),
            edge_label(link)
        );
    }
    println!("}}");
}

fn mermaid() {
    println!("flowchart LR");
    for mechanism in Mechanism::ALL {
        println!("  {mechanism}[\"{}\"]", mechanism.label());
    }
    for link in Mechanism::links() {
        println!(
            "  {} -->|\"{}\"| {}",
            link.from(),
            edge_label(link),
            link.to()
        );
    }
    let outside: Vec<String> = Mechanism::ALL
        .iter()
        .filter(|m| !m.is_in_cascade())
        .map(std::string::ToString::to_string)
        .collect();
    println!("  classDef side stroke-dasharray: 5 5;");
    println!("  class {} side;", outside.join(","));
}
