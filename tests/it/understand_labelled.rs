//! Every labelled message of the shared corpus is understood as its label says: intents,
//! automated, participant email, name, organisation, country, experience and bounced recipients.
//! Prints a table of every mismatch and fails if there is any.

use std::collections::BTreeSet;
use std::path::PathBuf;

use regbot::understand::{UnderstandConfig, understand};
use serde_json::Value;

fn labelled_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/labelled");
    crate::support::corpus::corpus_or_skip(dir.join("labels.json")).map(|_| dir)
}

fn json_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[test]
fn every_labelled_message_is_understood_as_labelled() {
    let Some(dir) = labelled_dir() else { return };
    let labels: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("labels.json")).unwrap()).unwrap();
    let config = UnderstandConfig {
        own_addresses: vec!["registration@bsr-stars.test".into()],
        own_message_id_domain: Some("bsr-stars.test".into()),
        places: Vec::new(),
    };
    let labels = labels.as_object().expect("labels.json is an object");
    assert_eq!(labels.len(), 26, "the labelled corpus has 26 messages");
    let mut mismatches: Vec<(String, &str, String, String)> = Vec::new();
    for (file, label) in labels {
        let raw = std::fs::read(dir.join(file)).unwrap();
        let u = understand(&raw, &config);
        let got = serde_json::to_value(&u).unwrap();
        let mut check = |key: &'static str, expected: String, actual: String, ok: bool| {
            if !ok {
                mismatches.push((file.clone(), key, expected, actual));
            }
        };
        // intents: the exact set.
        let want: BTreeSet<String> = label["intents"]
            .as_array()
            .map(|a| a.iter().filter_map(json_str).collect())
            .unwrap_or_default();
        let have: BTreeSet<String> = got["intents"]
            .as_array()
            .map(|a| a.iter().filter_map(json_str).collect())
            .unwrap_or_default();
        check(
            "intents",
            format!("{want:?}"),
            format!("{have:?}"),
            want == have,
        );
        let automated = &got["automated"];
        check(
            "automated",
            label["automated"].to_string(),
            automated.to_string(),
            label["automated"] == *automated,
        );
        let p = &got["participant"];
        for key in ["email", "name", "country", "experience"] {
            if let Some(want) = label.get(key) {
                check(key, want.to_string(), p[key].to_string(), *want == p[key]);
            }
        }
        if let Some(want) = label.get("organisation").and_then(Value::as_str) {
            let have = p["organisation"].as_str().unwrap_or("");
            check(
                "organisation",
                want.to_string(),
                have.to_string(),
                have.to_lowercase().contains(&want.to_lowercase()),
            );
        }
        if let Some(want) = label.get("bounced") {
            let w: BTreeSet<String> = want
                .as_array()
                .map(|a| a.iter().filter_map(json_str).collect())
                .unwrap_or_default();
            let h: BTreeSet<String> = got["bounced_recipients"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(json_str)
                        .map(|s| s.to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            check("bounced", format!("{w:?}"), format!("{h:?}"), w == h);
        }
    }
    if !mismatches.is_empty() {
        println!("{:<26} {:<13} {:<40} actual", "file", "label", "expected");
        for (f, k, e, a) in &mismatches {
            println!("{f:<26} {k:<13} {e:<40} {a}");
        }
    }
    let files: BTreeSet<&String> = mismatches.iter().map(|m| &m.0).collect();
    println!(
        "{} of {} messages fully right, {} label mismatches",
        labels.len() - files.len(),
        labels.len(),
        mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} label mismatches",
        mismatches.len()
    );
}
