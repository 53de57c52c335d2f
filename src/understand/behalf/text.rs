//! How the on-behalf reader cuts a message: into paragraphs, sentences and clauses.

use super::super::lexicon::behalf::CLAUSE_JOINS;

/// The paragraphs of the text (runs of non-blank lines), each with its lines joined by a space.
pub(super) fn paragraphs(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .take(200)
        .copied()
        .collect::<Vec<_>>()
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| p.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "))
        .collect()
}

/// The sentences of one line, as `read` and `replacement` take them. A full stop followed by
/// a lowercase word ends an abbreviation or a date, not the sentence: "birželio 2–3 d. dviese:
/// aš ir …", "Riikaan 2.–3.6. toimitusjohtajamme …".
pub(super) fn sentences(line: &str) -> impl Iterator<Item = &str> {
    line.split_inclusive(['!', '?'])
        .flat_map(at_full_stops)
        .take(20)
}

/// `text` split at each ". " that a word not in lowercase follows (the ". " dropped).
fn at_full_stops(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(". ") {
        let next = text.get(at + 2..).and_then(|rest| rest.chars().next());
        if next.is_some_and(char::is_lowercase) {
            continue;
        }
        out.push(text.get(from..at).unwrap_or(""));
        from = at + 2;
    }
    out.push(text.get(from..).unwrap_or(""));
    out
}

/// The clauses of a lowercase sentence: split at commas, semicolons and joining words.
pub(super) fn clauses(lower: &str) -> Vec<String> {
    let mut text = lower.to_string();
    for join in CLAUSE_JOINS {
        text = text.replace(join, "; ");
    }
    text.split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}
