//! Question 6: every fact that a given source supports.
//!
//! Run with `cargo run --example by_source` for every article, or name a source:
//! `cargo run --example by_source -- what_is_ketamin` (any name or alias, e.g. `003`).

use ketamine_facts::{Source, facts_citing};

fn main() -> Result<(), ketamine_facts::ParseError> {
    let chosen: Vec<Source> = match std::env::args().nth(1) {
        Some(name) => vec![name.parse()?],
        None => Source::ALL
            .iter()
            .copied()
            .filter(|s| s.is_article())
            .collect(),
    };
    for source in chosen {
        println!("{} — {}", source, source.title());
        if let Some(file) = source.file() {
            println!("  file: {file}");
        }
        if let Some(id) = source.identifier() {
            println!("  identifier: {id}");
        }
        for fact in facts_citing(source) {
            let here: Vec<String> = fact
                .citations()
                .iter()
                .filter(|c| c.source() == source)
                .map(|c| match c.heading() {
                    Some(heading) => format!("\"{heading}\" ({})", c.evidence()),
                    None => format!("(no section) ({})", c.evidence()),
                })
                .collect();
            println!("  - [{}] {}", fact.subject(), fact.summary());
            println!("      where: {}", here.join("; "));
        }
        println!();
    }
    Ok(())
}
