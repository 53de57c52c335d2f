//! The shared mail corpus (`../shared/corpus`, see its README): where it is, and its mail files.
//! Kept free of the rest of the harness so that benches can include it with `#[path]`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The corpus folder, or None after saying the caller is skipped (a user's machine has none).
/// Under CI (`CI=true`) a missing corpus fails the test instead: there a skip would pass
/// silently without testing anything.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    corpus_or_skip(dir)
}

/// `dir` when it exists; otherwise None after saying so, or a panic under `CI=true`.
pub fn corpus_or_skip(dir: PathBuf) -> Option<PathBuf> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    corpus_or_skip_under(dir, ci)
}

fn corpus_or_skip_under(dir: PathBuf, ci: bool) -> Option<PathBuf> {
    if dir.exists() {
        return Some(dir);
    }
    assert!(
        !ci,
        "the corpus is missing at {} and CI=true: CI must test against it (check it out next to the repository as ../shared/corpus)",
        dir.display()
    );
    println!("skipped: corpus not found at {}", dir.display());
    None
}

/// Every mail file below `dir`, sorted; the corpus' own data files (labels, facts, licences,
/// READMEs) left out.
pub fn mail_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for p in entries.filter_map(Result::ok).map(|e| e.path()) {
        if p.is_dir() {
            walk(&p, out);
        } else if !is_data_file(&p) {
            out.push(p);
        }
    }
}

fn is_data_file(p: &Path) -> bool {
    let name = p.file_name().unwrap_or_default().to_string_lossy();
    [".tsv", ".json", ".md"].iter().any(|s| name.ends_with(s))
        || ["SOURCE", "LICEN", "COPYING", "README"]
            .iter()
            .any(|s| name.starts_with(s))
}

#[test]
fn a_missing_corpus_skips_on_a_users_machine_and_fails_under_ci() {
    let missing = PathBuf::from("/nonexistent/regbot-corpus");
    assert_eq!(corpus_or_skip_under(missing.clone(), false), None);
    let under_ci = std::panic::catch_unwind(|| corpus_or_skip_under(missing, true));
    assert!(under_ci.is_err(), "CI=true must fail, not skip");
}
