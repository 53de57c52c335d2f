//! The signature block: the lines after a sign-off, or the last paragraph when it starts with
//! the sender's name. The name line comes first, then job titles (skipped), the organisation,
//! the place (which gives the country) and contact lines (skipped).

use super::super::countries::{country_named, country_of_city, is_place_line};
use super::super::lexicon::fields::{SIGN_OFFS, TITLE_WORDS};

fn is_sign_off(line: &str) -> bool {
    let l = line
        .trim()
        .trim_end_matches([',', '.', '!', '-'])
        .trim()
        .to_lowercase();
    l.chars().count() <= 40 && SIGN_OFFS.iter().any(|s| l == *s)
}

fn is_contact_line(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains('@')
        || l.contains("http")
        || l.contains("www.")
        || l.starts_with("tel")
        || l.starts_with("phone")
        || l.starts_with("mob")
        || l.starts_with('+')
        || l.chars().filter(char::is_ascii_digit).count() >= 5
}

fn is_title_line(line: &str) -> bool {
    let l = line.to_lowercase();
    TITLE_WORDS.iter().any(|t| l.contains(t)) && l.split_whitespace().count() <= 6
}

/// Looks like a person's name: 2–4 words, each starting with an upper-case letter, no digits.
pub fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
        })
}

/// What a signature block says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
}

/// Reads the signature block: the lines after a sign-off, or the last paragraph when it starts
/// with the sender's name. `known` are names the sender is known by (From display name).
pub fn signature(text: &str, known: &[&str]) -> Signature {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let start = match lines.iter().rposition(|l| is_sign_off(l)) {
        Some(i) => i + 1,
        None => {
            // The last paragraph, if its first line is a name.
            let last_blank = lines
                .iter()
                .rposition(|l| l.is_empty())
                .map_or(0, |i| i + 1);
            let first = lines.get(last_blank).copied().unwrap_or("");
            let known_line = known
                .iter()
                .any(|k| !k.is_empty() && first.to_lowercase().starts_with(&k.to_lowercase()));
            if !(looks_like_name(first) || known_line) || lines.len() - last_blank > 6 {
                return Signature::default();
            }
            last_blank
        }
    };
    let block: Vec<&str> = lines
        .get(start..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .take(8)
        .collect();
    let mut sig = Signature::default();
    let mut rest = block.as_slice();
    if let Some((first, tail)) = block.split_first() {
        let is_known = known
            .iter()
            .any(|k| !k.is_empty() && first.eq_ignore_ascii_case(k));
        // A lone first name ("Anna", "Erik") signs off too.
        let first_name_only = first.split_whitespace().count() == 1
            && first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().all(char::is_alphabetic)
            && !is_place_line(first);
        if looks_like_name(first) || is_known || first_name_only {
            if !first_name_only {
                sig.name = Some((*first).to_string());
            }
            rest = tail;
        } else if !is_place_line(first) && !is_title_line(first) && !is_contact_line(first) {
            // No name line: the block is not a signature we can read.
            return sig;
        }
    }
    for line in rest {
        if is_contact_line(line) {
            continue;
        }
        if is_place_line(line) {
            if sig.country.is_none() {
                sig.country = place_country(line);
            }
            continue;
        }
        if is_title_line(line) && sig.organisation.is_none() {
            continue;
        }
        if sig.organisation.is_none() && line.split_whitespace().count() <= 8 {
            // "Aviation Valley, Poland": the trailing place belongs to the address.
            let mut org = (*line).to_string();
            if let Some((head, tail)) = line.rsplit_once(',')
                && is_place_line(tail)
            {
                if sig.country.is_none() {
                    sig.country = place_country(tail);
                }
                org = head.trim().to_string();
            }
            sig.organisation = Some(org);
        }
    }
    sig
}

fn place_country(line: &str) -> Option<String> {
    country_named(line).or_else(|| country_of_city(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_gives_organisation_and_country_skipping_titles() {
        let s = signature(
            "Hello,\n\nplease register me.\n\nKind regards\nErik Johansson\nCluster Manager\nSmart City Sweden\nStockholm, Sweden",
            &["Erik Johansson"],
        );
        assert_eq!(s.organisation.as_deref(), Some("Smart City Sweden"));
        assert_eq!(s.country.as_deref(), Some("SE"));
        let s = signature(
            "Hi\n\nAndrzej Nowicki\nAviation Valley, Poland",
            &["Andrzej Nowicki"],
        );
        assert_eq!(s.organisation.as_deref(), Some("Aviation Valley"));
        assert_eq!(s.country.as_deref(), Some("PL"));
    }
}
