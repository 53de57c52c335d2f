//! Quotes: quote headers in the region's languages ("On … wrote:", "Am … schrieb …:",
//! "… kirjoitti:", "… написал(а):", Gmail's bare date form), also wrapped over several lines,
//! and quoted lines (`>`, `|`, supercite's `Name>`).

use crate::understand::lexicon::mail::WROTE;

/// How a quote header may begin when it is wrapped over several lines.
const OPENERS: &[&str] = &[
    "On ", "Le ", "Am ", "El ", "Op ", "Den ", "Em ", "W dniu", "Dnia ", "Il ", "At ", "---- On ",
    "在 ",
];

/// True when `h` (one or more lines joined by spaces) is a quote header.
fn is_quote_header(h: &str) -> bool {
    let t = h.trim();
    if t.len() > 400 || t.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    let end = lower.trim_end_matches(|c: char| c == '-' || c == '*' || c.is_whitespace());
    let has_verb = WROTE.iter().any(|w| lower.contains(w));
    let ends_right =
        end.ends_with(':') || end.ends_with('：') || WROTE.iter().any(|w| end.ends_with(w));
    let evidence = t.chars().any(|c| c.is_ascii_digit()) || t.contains('@');
    if has_verb && ends_right && evidence {
        return true;
    }
    // Gmail in Russian and Mail.ru/Yandex write no verb: "пн, 2 мая 2016 г. в 09:44, Имя <a@b>:".
    if end.ends_with(">:")
        && t.contains('@')
        && t.chars().any(|c| c.is_ascii_digit())
        && t.len() < 250
    {
        return true;
    }
    // Gmail's bare form: "2016-03-03 17:21 GMT+01:00 Name <addr>:" or "2013/7/20 Name <addr>".
    gmail_date_header(t)
}

fn gmail_date_header(t: &str) -> bool {
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let date_start = digits(0..4) && matches!(b.get(4), Some(b'-' | b'/')) && digits(5..6);
    date_start
        && t.len() < 200
        && (t.contains('@') || t.contains("GMT") || t.ends_with(':'))
        && t.split_whitespace().count() >= 3
}

/// Whether a line ends as a quote header does: with a colon or a verb of writing. Only the
/// line's end is lowercased (most lines are text, and lowercasing each whole line cost more
/// than the rest of the search).
fn could_end_a_header(t: &str) -> bool {
    let end = t.trim_end_matches(|c: char| c == '-' || c == '*' || c.is_whitespace());
    if end.ends_with(':') || end.ends_with('：') {
        return true;
    }
    // The longest verb is 16 bytes; 64 bytes of the end hold it in any script.
    let from = (0..=end.len().saturating_sub(64))
        .rev()
        .find(|&i| end.is_char_boundary(i))
        .unwrap_or(0);
    let tail = end.get(from..).unwrap_or(end).to_lowercase();
    WROTE.iter().any(|w| tail.ends_with(w))
}

fn is_opener(line: &str) -> bool {
    let t = line.trim_start();
    (OPENERS.iter().any(|o| t.starts_with(o)) || t.starts_with(|c: char| c.is_ascii_digit()))
        && !t.trim_end().ends_with(['.', '!', '?'])
}

/// Quote headers as (first line, last line), also when wrapped over up to five lines.
pub fn quote_header_spans(lines: &[&str]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut last_end: Option<usize> = None;
    for (j, line) in lines.iter().enumerate() {
        let t = line.trim();
        // "> wrote:" closes a header whose address was wrapped into "<\nmailto:…\n>".
        let closing_gt = t.starts_with('>') && t.ends_with(':') && t.chars().count() < 20;
        if t.is_empty() || (is_quote(line) && !closing_gt) {
            continue;
        }
        if !could_end_a_header(t) && !gmail_date_header(t) {
            continue;
        }
        let floor = last_end.map_or(0, |e| e + 1);
        let mut found = None;
        for s in (floor.max(j.saturating_sub(4))..=j).rev() {
            if (s..j).any(|k| {
                lines
                    .get(k)
                    .is_some_and(|l| is_quote(l) && !l.trim().starts_with('>'))
            }) || (s < j && lines.get(s).is_some_and(|l| l.trim().is_empty()))
            {
                break;
            }
            let joined = lines.get(s..=j).map(|ls| ls.join(" ")).unwrap_or_default();
            if is_quote_header(&joined) {
                found = Some(s);
                break;
            }
        }
        let Some(mut s) = found else { continue };
        // Take in the lines the header began on ("On Thu, … Name" / "Le 4 janv. …, \"Name\"").
        while s > floor && s + 5 > j {
            let prev = lines.get(s - 1).map_or("", |l| l.trim());
            if prev.is_empty() {
                if s >= floor + 2 && lines.get(s - 2).is_some_and(|l| is_opener(l)) && s + 4 > j {
                    s -= 2;
                    continue;
                }
                break;
            }
            if is_opener(prev) || prev.ends_with('<') || prev == "<" {
                s -= 1;
            } else {
                break;
            }
        }
        spans.push((s, j));
        last_end = Some(j);
    }
    spans
}

/// A quoted line: `>` (e-mail), `|` (some webmails) or supercite's `Name>`.
pub fn is_quote(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('>') || t == "|" {
        return true;
    }
    // "| text" quoting, but not a table row "| a | b |".
    if t.starts_with("| ") && !t.trim_end().ends_with('|') {
        return true;
    }
    // Supercite: "Richard> text", "C> text" (not "cost>100").
    let Some(pos) = t.find('>') else { return false };
    pos <= 10
        && pos > 0
        && t.get(..pos)
            .is_some_and(|p| p.chars().all(char::is_alphanumeric))
        && t.get(pos + 1..)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
}

/// A `>` quote proper (what interleaved replies use).
pub fn is_gt_quote(line: &str) -> bool {
    line.trim_start().starts_with('>')
}
