//! Towns of the region beyond its larger cities: the regional centres and ports people sign
//! with ("Umeå", "Lillehammer", "17489 Greifswald", "Cēsis, LV-4101") or travel from ("braukšu
//! no Valmieras", "sõidan Narvast", "еду из Клайпеды").
//!
//! A town matches as the whole word, or — when the name is long enough not to be a common word
//! — as its stem (the name without a final vowel or Baltic "-s") plus a short case ending:
//! "Valmieras", "Narvast", "Rovaniemeltä", "Klaipėdos", "Rzeszowa". Diacritics are folded on
//! both sides, so "Lodz" and "Jyvaskyla" typed without them match too. Names that are everyday
//! words in a language of the region ("Essen", "Halle", "Moss", "Tapa", "Nokia") are left out.

mod beyond;
mod lists;

use std::collections::HashMap;
use std::sync::LazyLock;

/// Everyday words, folded, that a town's case form spells too.
const EVERYDAY: &[&str] = &["ludzu"];

/// Case endings are at most this many letters ("-eltä", "-ast", "-os").
const MAX_ENDING: usize = 4;

struct Town {
    /// The folded, lower-case name.
    name: String,
    /// The folded stem that takes case endings; `None` for names matched only whole.
    stem: Option<String>,
    code: &'static str,
}

/// Towns by the first three letters of their folded name, so a word is compared with a handful.
static INDEX: LazyLock<HashMap<String, Vec<Town>>> = LazyLock::new(|| {
    let mut index: HashMap<String, Vec<Town>> = HashMap::new();
    let region = lists::TOWNS
        .iter()
        .flat_map(|(code, towns)| towns.split('|').map(move |t| (*code, t.trim())));
    let beyond = beyond::BEYOND
        .iter()
        .flat_map(|(code, towns)| towns.iter().map(move |t| (*code, *t)));
    for (code, town) in region.chain(beyond) {
        let name = fold(town);
        let stem = stem_of(&name);
        index
            .entry(key(&name))
            .or_default()
            .push(Town { name, stem, code });
    }
    index
});

/// The country of a town named by `word` (one word, or a phrase such as "Mo i Rana").
pub fn country_of_town(word: &str) -> Option<&'static str> {
    country_of_folded(&fold(word.trim_matches(|c: char| !c.is_alphanumeric())))
}

fn country_of_folded(folded: &str) -> Option<&'static str> {
    // A town's case form that folds into an everyday word: "Ludzu" and "lūdzu" (please).
    if EVERYDAY.contains(&folded) {
        return None;
    }
    let candidates = INDEX.get(&key(folded))?;
    // The town of that very name before another's inflected stem ("Lubin" is no case of
    // "Lublin"'s).
    candidates
        .iter()
        .find(|t| t.name == folded)
        .or_else(|| {
            candidates.iter().find(|t| {
                t.stem.as_deref().is_some_and(|stem| {
                    folded.strip_prefix(stem).is_some_and(|ending| {
                        ending.chars().count() <= MAX_ENDING
                            && ending.chars().all(char::is_alphabetic)
                    })
                })
            })
        })
        .map(|t| t.code)
}

/// The country of a town in `text`, looking at each word and at the pair and triple of words
/// it starts (for "Zielona Góra", "Mo i Rana"). A word whose first letters start no town is
/// passed over without building phrases: most words of a signature line are not towns.
pub fn country_of_town_in(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, word)| {
        let folded = fold(word);
        if !INDEX.contains_key(&key(&folded)) {
            return None;
        }
        country_of_folded(&folded).or_else(|| {
            (2..=3).find_map(|n| {
                let phrase = words.get(i..i + n)?.join(" ");
                country_of_town(&phrase)
            })
        })
    })
}

/// The country of a town of the tables named in `text` by its very name, not a case form
/// ("Helsingborg" is Swedish, whatever city's stem it starts with).
pub fn country_of_whole_town_in(text: &str) -> Option<&'static str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .find_map(|word| {
            let folded = fold(word);
            INDEX
                .get(&key(&folded))?
                .iter()
                .find(|t| t.name == folded)
                .map(|t| t.code)
        })
}

/// A town in an ending that means "from" — Estonian elative "-st" ("Narvast"), Finnish elative
/// and ablative ("Oulusta", "Rovaniemeltä") — says where the writer travels from.
pub fn country_of_town_left(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let from = ["st", "sta", "stä", "lta", "ltä"]
        .iter()
        .any(|e| lower.ends_with(e));
    if from { country_of_town(word) } else { None }
}

/// The country of a postal code with its country prefix ("LV-4101", "D-17489", "SE-211 19")
/// or in the one national shape no neighbour shares (Poland's "40-014").
pub fn country_of_postcode(word: &str) -> Option<&'static str> {
    let (prefix, digits) = word.split_once('-')?;
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if prefix.len() == 2 && digits.len() == 3 && all_digits(prefix) && all_digits(digits) {
        return Some("PL");
    }
    if !all_digits(digits) || !(3..=5).contains(&digits.len()) {
        return None;
    }
    let code = match prefix.to_ascii_uppercase().as_str() {
        "LV" => "LV",
        "LT" => "LT",
        "EE" => "EE",
        "FI" | "SF" => "FI",
        "SE" | "S" => "SE",
        "DK" => "DK",
        "NO" | "N" => "NO",
        "DE" | "D" => "DE",
        "PL" => "PL",
        _ => return None,
    };
    Some(code)
}

/// The first three letters of the first word: "mo i rana" and the word "mo" share a key.
fn key(folded: &str) -> String {
    folded.chars().take_while(|c| *c != ' ').take(3).collect()
}

/// Names of five letters or more take endings on their stem: without a final vowel, and for
/// Baltic masculine names without "-s" and the vowel before it ("Panevėžys" → "panevez").
fn stem_of(name: &str) -> Option<String> {
    const VOWELS: &[char] = &[
        'a', 'e', 'i', 'o', 'u', 'y', 'а', 'е', 'и', 'о', 'у', 'ы', 'я', 'э',
    ];
    if name.chars().count() < 5 || name.contains(' ') {
        return None;
    }
    let mut stem = name.to_string();
    if stem.ends_with('s') && !name.ends_with("ss") {
        stem.pop();
    }
    if stem.ends_with(VOWELS) {
        stem.pop();
    }
    (stem.chars().count() >= 4).then_some(stem)
}

/// Lower case without the diacritics of the region's Latin alphabets ("Ålesund" → "alesund",
/// "Łódź" → "lodz"); Cyrillic is only lower-cased.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ā' | 'ą' | 'ä' | 'å' | 'á' => out.push('a'),
            'č' | 'ć' => out.push('c'),
            'ē' | 'ė' | 'ę' | 'é' => out.push('e'),
            'ģ' => out.push('g'),
            'ī' | 'į' | 'í' => out.push('i'),
            'ķ' => out.push('k'),
            'ļ' | 'ł' => out.push('l'),
            'ņ' | 'ń' => out.push('n'),
            'õ' | 'ö' | 'ø' | 'ó' => out.push('o'),
            'š' | 'ś' => out.push('s'),
            'ū' | 'ų' | 'ü' | 'ú' => out.push('u'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
