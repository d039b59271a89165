//! Prints a FHIR Bundle (type `collection`) of every resource the crate builds
//! for ketamine and esketamine: `Substance`, `Medication`,
//! `MedicationKnowledge` and, in R5, `SubstanceDefinition`.
//!
//! ```text
//! cargo run --example fhir --features fhir            # FHIR R4 (4.0.1)
//! cargo run --example fhir --features fhir -- --r5    # FHIR R5 (5.0.0)
//! ```
//!
//! The resources are information from cited sources, not clinical orders;
//! each says so in its narrative.

use std::error::Error;
use std::io::Write;

use ketamine_facts::fhir::{self, FhirVersion};

fn main() -> Result<(), Box<dyn Error>> {
    let mut version = FhirVersion::R4;
    for arg in std::env::args().skip(1) {
        version = match arg.as_str() {
            "--r4" => FhirVersion::R4,
            "--r5" => FhirVersion::R5,
            other => {
                return Err(format!("unknown argument {other:?}: expected --r4 or --r5").into());
            }
        };
    }
    let bundle = fhir::bundle(version);
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &bundle)?;
    writeln!(out)?;
    Ok(())
}
