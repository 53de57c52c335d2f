//! The reply splitter against real bodies: Discourse's email_reply_trimmer fixtures (64 bodies
//! with the expected trimmed text) through `split(...).own`, and Discourse's receiver fixtures
//! (expected post text) through the whole `understand`. Prints the figures and the mismatches
//! (`cargo test --test it -- reply_corpus --nocapture`); the floors are what the splitter reaches,
//! so a regression fails.

use crate::support::corpus_dir;

use regbot::understand::UnderstandConfig;
use regbot::understand::reply::split;

/// Trailing spaces dropped, runs of blank lines collapsed to one, trimmed.
fn normalise(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    out.join("\n").trim().to_string()
}

/// The expected text without `>` lines: regbot's own text never holds quoted lines (an
/// interleaved reply keeps only the sender's lines), where email_reply_trimmer keeps quotes
/// that sit above or between the sender's lines.
fn without_quotes(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect::<Vec<_>>()
        .join("\n")
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

#[test]
fn email_reply_trimmer_bodies() {
    let Some(c) = corpus_dir() else { return };
    let dir = c.join("realworld/email_reply_trimmer");
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).expect("labels.tsv");
    let (mut n, mut strict, mut same) = (0, 0, 0);
    let mut mismatches = Vec::new();
    for row in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (Some(input), Some(expected)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        let body = std::fs::read(dir.join(input)).expect("input body");
        let want = std::fs::read(dir.join(expected)).expect("expected body");
        let got = normalise(&split(&String::from_utf8_lossy(&body)).own);
        let want = String::from_utf8_lossy(&want).into_owned();
        n += 1;
        if got == normalise(&want) {
            strict += 1;
        }
        if got == normalise(&without_quotes(&want)) {
            same += 1;
        } else {
            mismatches.push(format!(
                "{input}\n    want: {:?}\n    got:  {:?}",
                normalise(&without_quotes(&want)),
                got
            ));
        }
    }
    println!(
        "email_reply_trimmer: {same}/{n} right ({:.1}%) with quoted lines excluded; {strict}/{n} ({:.1}%) identical to the trimmer's output",
        pct(same, n),
        pct(strict, n)
    );
    for m in &mismatches {
        println!("  mismatch {m}");
    }
    assert_eq!(n, 64, "expected the 64 labelled bodies");
    assert!(
        same >= FLOOR_TRIMMER,
        "{same}/{n} below the floor {FLOOR_TRIMMER}"
    );
    assert!(
        strict >= FLOOR_TRIMMER_STRICT,
        "{strict}/{n} identical, below {FLOOR_TRIMMER_STRICT}"
    );
}

/// Floors: what the splitter reaches now.
const FLOOR_TRIMMER: usize = 64;
const FLOOR_TRIMMER_STRICT: usize = 59;
const FLOOR_DISCOURSE: usize = 17;

/// Unescapes the labels' `\n`.
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

/// Discourse shows the quoted part of some replies folded in `<details class='elided'>`; that
/// part is quoted text, not the sender's words, so the expectation ends before it.
fn before_elided(s: &str) -> &str {
    s.split("<details").next().unwrap_or(s)
}

/// Discourse stores posts as Markdown, so HTML `<b>` comes back as `**`; regbot's `text` is plain
/// text by contract, so `**` emphasis markers are left out of the comparison on both sides.
fn without_markdown_emphasis(s: &str) -> String {
    s.replace("**", "")
}

#[test]
fn discourse_expected_post_text_through_understand() {
    let Some(c) = corpus_dir() else { return };
    let dir = c.join("realworld/discourse-emails");
    let mut cases: Vec<(String, String)> = Vec::new();
    for (file, col) in [("labels.tsv", 3), ("labels_upstream_newer.tsv", 3)] {
        let text = std::fs::read_to_string(dir.join(file)).expect("labels");
        for row in text.lines().skip(1) {
            let cols: Vec<&str> = row.split('\t').collect();
            if let (Some(f), Some(want)) = (cols.first(), cols.get(col))
                && !want.trim().is_empty()
            {
                cases.push((f.to_string(), unescape(want)));
            }
        }
    }
    let cfg = UnderstandConfig::default();
    let mut right = 0;
    let mut mismatches = Vec::new();
    for (file, want) in &cases {
        let raw = std::fs::read(dir.join(file)).expect("fixture");
        let got = normalise(&without_markdown_emphasis(
            &regbot::understand::understand(&raw, &cfg).text,
        ));
        let want = normalise(&without_quotes(&without_markdown_emphasis(before_elided(
            want,
        ))));
        if got == want {
            right += 1;
        } else {
            mismatches.push(format!("{file}\n    want: {want:?}\n    got:  {got:?}"));
        }
    }
    let n = cases.len();
    println!(
        "discourse: {right}/{n} expected texts right ({:.1}%) through understand (decoding is mod.rs's part)",
        pct(right, n)
    );
    for m in &mismatches {
        println!("  mismatch {m}");
    }
    assert!(n >= 17, "expected Discourse's labelled texts, found {n}");
    assert!(
        right >= FLOOR_DISCOURSE,
        "{right}/{n} below the floor {FLOOR_DISCOURSE}"
    );
}
