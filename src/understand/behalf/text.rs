//! How the on-behalf reader cuts a message: into paragraphs, sentences and clauses.

use super::super::lexicon::behalf::CLAUSE_JOINS;
use super::super::lexicon::fields::NAME_TITLES;
use super::super::lexicon::months::is_month;

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

/// `text` split at each ". " that a word not in lowercase follows (the ". " dropped). The
/// dot of a title before a name ends no sentence: "meine Kollegin Dr. Anja Petersen (…)".
fn at_full_stops(text: &str) -> Vec<&str> {
    cut_at_stops(text, true)
}

/// `text` split at every ". ", dates and abbreviations too, but for the dot of a title before
/// a name.
pub(super) fn at_every_full_stop(text: &str) -> Vec<&str> {
    cut_at_stops(text, false)
}

fn cut_at_stops(text: &str, lowercase_goes_on: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(". ") {
        let next = text.get(at + 2..).and_then(|rest| rest.chars().next());
        if lowercase_goes_on && next.is_some_and(char::is_lowercase) {
            continue;
        }
        // Only a title the list writes with its dot: "PhD." or "MBA." may end a sentence.
        let word = text
            .get(..at)
            .and_then(|before| before.split_whitespace().next_back())
            .unwrap_or("")
            .to_lowercase();
        if !word.is_empty() && NAME_TITLES.contains(&format!("{word}.").as_str()) {
            continue;
        }
        // A German date goes on: "am 2. und 3. Juni in Riga anmelden", "(2.–3. Juni)".
        let days = word.trim_start_matches('(');
        let day = (1..=8).contains(&days.len())
            && days.chars().next_back().is_some_and(|c| c.is_ascii_digit())
            && days
                .chars()
                .all(|c| c.is_ascii_digit() || ".-–".contains(c));
        if day && text.get(at + 2..).is_some_and(starts_with_month) {
            continue;
        }
        out.push(text.get(from..at).unwrap_or(""));
        from = at + 2;
    }
    out.push(text.get(from..).unwrap_or(""));
    out
}

/// Whether `rest` opens with a capitalised month's name ("Juni", "Oktober"), as German writes it
/// after a day's dot.
fn starts_with_month(rest: &str) -> bool {
    let word = rest.split_whitespace().next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase) && is_month(&word.to_lowercase())
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
