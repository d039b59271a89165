//! Prints the whole knowledge base as JSON to stdout.
//!
//! Run with `cargo run --example export_json --features serde > kb.json`.
//! Every citation in it is `{"source": ..., "section": heading or null, "evidence": ...}`,
//! so `shared/tools/provenance-check sections kb.json` can check each cited heading.

fn main() -> Result<(), serde_json::Error> {
    let kb = ketamine_facts::KnowledgeBase::CURRENT;
    let json = serde_json::to_string_pretty(&kb)?;
    println!("{json}");
    Ok(())
}
