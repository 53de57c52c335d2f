//! Golden files: `regbot parse` on the project's own fixtures (`tests/fixtures/*.eml`, written by
//! `tests/fixtures/generate.py` with real encoded bytes) must print exactly the reviewed
//! `tests/fixtures/*.json`. `UPDATE_GOLDEN=1` rewrites the .json files (review them by eye).

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files
}

#[test]
fn parse_output_matches_the_golden_files() {
    let files = fixtures();
    assert!(
        files.len() >= 16,
        "expected the 16+ fixtures, found {}",
        files.len()
    );
    // Run outside the project so no configuration file is picked up.
    let cwd = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_regbot"))
        .arg("parse")
        .args(&files)
        .current_dir(cwd.path())
        .output()
        .expect("run regbot parse");
    assert!(out.status.success(), "regbot parse failed: {out:?}");
    let stdout = String::from_utf8(out.stdout).expect("utf-8 output");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), files.len(), "one line per file");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut diffs = Vec::new();
    for (file, line) in files.iter().zip(lines) {
        let mut got: Value = serde_json::from_str(line).expect("a JSON line");
        // The path differs per checkout; the golden file is named after it anyway.
        if let Some(o) = got.as_object_mut() {
            o.remove("file");
        }
        let golden = file.with_extension("json");
        if update {
            let pretty = serde_json::to_string_pretty(&got).unwrap() + "\n";
            std::fs::write(&golden, pretty).unwrap();
            continue;
        }
        let want: Value = match std::fs::read_to_string(&golden) {
            Ok(s) => serde_json::from_str(&s).expect("golden file is JSON"),
            Err(_) => {
                diffs.push(format!("{}: no golden file", golden.display()));
                continue;
            }
        };
        if want != got {
            let (w, g) = (want.as_object(), got.as_object());
            let mut keys: Vec<&String> = w.into_iter().chain(g).flat_map(|o| o.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let (a, b) = (&want[k.as_str()], &got[k.as_str()]);
                if a != b {
                    diffs.push(format!(
                        "{} {k}:\n  expected {a}\n  actual   {b}",
                        file.file_name().unwrap_or_default().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(diffs.is_empty(), "golden mismatches:\n{}", diffs.join("\n"));
}
