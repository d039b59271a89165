//! Replays the inputs the fuzz targets (`fuzz/`) keep: every file under
//! `fuzz/regressions/<target>/` must pass that target's checks, and every file
//! under `fuzz/known/<issue>/<target>/` must still show its open issue (once
//! it does not, the issue is fixed: move its files to `fuzz/regressions/` and
//! remove it from `checks::KNOWN`).
//!
//! The checks are the fuzz targets' own, included from `fuzz/src/checks.rs`,
//! so `cargo test` asserts exactly what fuzzing asserted.

#[allow(dead_code)] // the fuzz targets use the rest
#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::fs;
use std::path::{Path, PathBuf};

use checks::{KNOWN, Target};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// The files of `dir`, sorted; none if it does not exist.
fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_regression_input_passes_its_targets_checks() {
    let mut failures = Vec::new();
    for target in Target::ALL {
        let dir = fuzz_dir().join("regressions").join(target.name());
        let inputs = files(&dir);
        assert!(
            !inputs.is_empty(),
            "{} holds no regression input: keep at least one per target",
            dir.display()
        );
        for path in inputs {
            let data = fs::read(&path).expect("read a regression input");
            let report = checks::run(*target, &data);
            if !report.new.is_empty() {
                failures.push(format!(
                    "{}:\n  {}",
                    path.display(),
                    report.new.join("\n  ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_known_issue_still_shows_on_its_inputs() {
    let known = fuzz_dir().join("known");
    for (issue, what) in KNOWN {
        let mut count = 0;
        for target in Target::ALL {
            for path in files(&known.join(issue).join(target.name())) {
                count += 1;
                let data = fs::read(&path).expect("read a known-issue input");
                let report = checks::run(*target, &data);
                assert!(
                    report.hit(issue),
                    "{} no longer shows the issue {issue} ({what}): if it is fixed, move the \
                     input to fuzz/regressions/{}/ and remove the issue from checks::KNOWN \
                     (report: {:?})",
                    path.display(),
                    target.name(),
                    report
                );
            }
        }
        assert!(
            count > 0,
            "the known issue {issue} has no input under {}",
            known.join(issue).display()
        );
    }
    if let Ok(entries) = fs::read_dir(&known) {
        for entry in entries {
            let name = entry.expect("a directory entry").file_name();
            let name = name.to_string_lossy();
            assert!(
                KNOWN.iter().any(|(issue, _)| *issue == name),
                "fuzz/known/{name} is not an issue of checks::KNOWN"
            );
        }
    }
}
