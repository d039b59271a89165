//! A tour of everything the crate knows: first what regulators' labels say against
//! article claims, then every fact grouped by kind, each with its evidence and
//! sources, then the disagreements, the mechanism cascade, the timeline and the
//! corrections that reference sources make to the articles.
//!
//! Run with `cargo run --example tour`.

use ketamine_facts::{
    Citation, ClaimCorrection, CorrectionKind, DATA_VERSION, DISCLAIMER, Disagreement, Fact,
    FactKind, HistoryEvent, Mechanism, Source, facts, facts_of_kind,
};

fn main() {
    println!("ketamine-facts {DATA_VERSION}: what the sources say about ketamine therapy");
    println!("{DISCLAIMER}");
    println!();
    println!(
        "{} facts, {} citations, {} disagreements, {} sources ({} articles).",
        facts().count(),
        facts().map(|f| f.citations().len()).sum::<usize>(),
        Disagreement::ALL.len(),
        Source::ALL.len(),
        Source::ALL.iter().filter(|s| s.is_article()).count(),
    );
    println!(
        "Each fact shows its stable id in brackets (look it up with Claim::find); evidence reads"
    );
    println!("the source's own wording; [ref] marks a fact from a reference source.");

    // Safety first: where a regulator's label (prescribing information, boxed
    // warning, patient information, REMS) contradicts or limits what an article says.
    heading("what regulators' labels say against article claims");
    let mut previous = None;
    for link in ClaimCorrection::all()
        .iter()
        .filter(|c| c.kind().is_label_objection())
    {
        if previous != Some(link.article_id()) {
            previous = Some(link.article_id());
            println!("\n  [{}] {}", link.article_id(), link.article().summary());
        }
        println!(
            "    {} -- [{}] {}",
            link.kind(),
            link.reference_id(),
            link.reference().summary()
        );
        println!("      {}", link.note());
    }

    for kind in FactKind::ALL {
        let mut current = None;
        let mut any = false;
        for fact in facts_of_kind(*kind) {
            if !any {
                heading(&format!("{kind}"));
                any = true;
            }
            if current != Some(fact.subject()) {
                current = Some(fact.subject());
                println!("\n{}", fact.subject());
            }
            print_fact(&fact);
        }
    }

    heading("disagreements between sources");
    for d in Disagreement::ALL {
        println!("\n{} ({})", d.topic(), d.kind());
        for side in d.sides() {
            println!("  side: {} [{}]", side.position(), cited(side.citations()));
        }
        println!("  the crate's reading: {}", d.note());
    }

    heading("the mechanism cascade, from NMDA blockade to mood");
    for step in Mechanism::cascade() {
        let next: Vec<String> = step.leads_to().map(|m| m.to_string()).collect();
        if next.is_empty() {
            println!("  {step}");
        } else {
            println!("  {step} -> {}", next.join(", "));
        }
    }

    heading("timeline");
    for event in HistoryEvent::timeline() {
        let origin = if event.is_from_articles() {
            "articles"
        } else {
            "reference"
        };
        println!(
            "  {:<22} {} ({origin})",
            event.date().to_string(),
            event.title()
        );
    }

    heading("what reference sources confirm, make precise or correct");
    for correction in ClaimCorrection::all()
        .iter()
        .filter(|c| !c.kind().is_label_objection())
    {
        println!(
            "  [{}] {} ({})",
            correction.article().id(),
            correction.article().summary(),
            correction.kind()
        );
        println!(
            "      reference [{}]: {}",
            correction.reference().id(),
            correction.reference().summary()
        );
        println!("      {}", correction.note());
    }
}

fn heading(title: &str) {
    println!("\n== {title} ==");
}

fn print_fact(fact: &Fact) {
    let origin = if fact.is_from_reference() {
        " [ref]"
    } else {
        ""
    };
    println!("  - [{}]{origin} {}", fact.id(), fact.summary());
    let also: Vec<String> = fact.subjects().skip(1).map(|s| s.to_string()).collect();
    if !also.is_empty() {
        println!("      also about: {}", also.join("; "));
    }
    println!(
        "      evidence: {}; sources: {}",
        fact.evidence(),
        cited(fact.citations())
    );
    if let Some(confidence) = fact.confidence() {
        println!("      confidence: {confidence}");
    }
    for dispute in fact.disputes() {
        println!("      contested: {}", dispute.topic());
    }
    for warning in fact.label_warnings() {
        println!(
            "      {} by the label: see [{}]",
            match warning.kind() {
                CorrectionKind::Contradicts => "contradicted",
                _ => "qualified",
            },
            warning.reference_id()
        );
    }
}

fn cited(citations: &[Citation]) -> String {
    let parts: Vec<String> = citations
        .iter()
        .map(|c| match c.heading() {
            Some(heading) => format!("{} \"{heading}\" ({})", short(c.source()), c.evidence()),
            None => format!("{} ({})", short(c.source()), c.evidence()),
        })
        .collect();
    parts.join("; ")
}

/// Articles by their file number, reference sources by name.
fn short(source: Source) -> String {
    match source.file() {
        Some(file) => file.get(..3).unwrap_or(file).to_owned(),
        None => source.to_string(),
    }
}
