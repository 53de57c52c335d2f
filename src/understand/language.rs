//! The language of the sender's own words (ISO 639-1), restricted to the region's languages.
//!
//! whatlang decides for texts long enough to carry trigram statistics; short texts ("Hej!",
//! "Paldies") fall back to letters only one language uses and common greetings. Too little text
//! gives `None` rather than a guess.

use whatlang::{Detector, Lang};

const LANGS: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Lav, "lv"),
    (Lang::Lit, "lt"),
    (Lang::Est, "et"),
    (Lang::Fin, "fi"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "nb"),
    (Lang::Deu, "de"),
    (Lang::Pol, "pl"),
    (Lang::Rus, "ru"),
];

/// Letters that single out one language of the eleven.
const LETTERS: &[(&str, &[char])] = &[
    ("lv", &['ā', 'ē', 'ī', 'ū', 'ķ', 'ļ', 'ņ', 'ģ']),
    ("lt", &['ė', 'ų', 'į', 'ū']),
    ("pl", &['ł', 'ś', 'ź', 'ż', 'ć', 'ń', 'ó']),
    ("et", &['õ']),
    ("de", &['ß', 'ü']),
    ("da", &['æ', 'ø']),
    ("sv", &['å']),
];

/// Greetings and thanks that are typical of one language, for texts too short for statistics.
const WORDS: &[(&str, &[&str])] = &[
    ("lv", &["labdien", "paldies", "sveiki", "lūdzu", "ar cieņu"]),
    (
        "lt",
        &["laba diena", "ačiū", "dėkoju", "prašau", "pagarbiai"],
    ),
    ("et", &["tere", "aitäh", "tänan", "palun", "lugupidamisega"]),
    ("fi", &["kiitos", "terveisin", "hyvää", "moi"]),
    ("sv", &["tack", "hälsningar", "mvh", "hej"]),
    ("da", &["tak", "hilsen", "venlig"]),
    ("nb", &["takk", "hilsen"]),
    ("de", &["danke", "grüße", "hallo", "vielen"]),
    ("pl", &["dziękuję", "dzień dobry", "pozdrawiam", "proszę"]),
    ("ru", &["спасибо", "здравствуйте", "привет", "пожалуйста"]),
    (
        "en",
        &[
            "thanks", "thank", "hello", "regards", "please", "the", "this", "and", "is", "see",
        ],
    ),
];

/// Swedish, Danish and Norwegian share most words; statistics on a short text often pick the
/// wrong one. Words only one of them spells that way decide when present.
fn scandinavian(text: &str) -> Option<&'static str> {
    // Only words one of the three spells that way ("jeg" and "ikke" are Danish and Norwegian
    // alike, "mig" Danish and Swedish).
    const MARKERS: &[(&str, &[&str])] = &[
        (
            "sv",
            &[
                "jag",
                "och",
                "inte",
                "är",
                "tack",
                "finns",
                "vill",
                "för",
                "också",
                "hälsning",
                "hälsningar",
                "vänlig",
                "vänliga",
                "att",
                "från",
                "gärna",
                "tyvärr",
                "jobbar",
                "anmäla",
                "anmälan",
                "anmäler",
                "fråga",
                "vecka",
                "ni",
                "mycket",
                "kunna",
                "skulle",
                "något",
                "några",
                "deltagare",
                "hälsar",
                "undrar",
                "även",
            ],
        ),
        (
            "da",
            &[
                "tak",
                "gerne",
                "af",
                "efter",
                "nu",
                "hvad",
                "nogen",
                "meget",
                "desværre",
                "venlig",
                "venlige",
                "hilsner",
                "spørgsmål",
                "deltagere",
                "uge",
                "jer",
                "blive",
                "bliver",
                "arbejder",
                "tilmelding",
                "tilmeldt",
                "tilmelde",
                "sige",
                "dig",
                "vores",
            ],
        ),
        (
            "nb",
            &[
                "takk",
                "gjerne",
                "meg",
                "deg",
                "ikkje",
                "hei",
                "vennlig",
                "vennlige",
                "dere",
                "noen",
                "hva",
                "etter",
                "nå",
                "mye",
                "dessverre",
                "likevel",
                "uke",
                "bli",
                "blir",
                "jobber",
                "påmelding",
                "påmeldt",
                "melde",
                "spørsmål",
                "deltakere",
                "vår",
                "våre",
            ],
        ),
    ];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let score = |list: &[&str]| words.iter().filter(|w| list.contains(w)).count();
    let mut best: Option<(&'static str, usize)> = None;
    let mut tie = false;
    for (code, list) in MARKERS {
        let s = score(list);
        match best {
            Some((_, b)) if s == b => tie = true,
            Some((_, b)) if s < b => {}
            _ => {
                best = Some((code, s));
                tie = false;
            }
        }
    }
    match best {
        Some((code, s)) if s > 0 && !tie => Some(code),
        _ => None,
    }
}

/// `text` without what it quotes ("the workshop \"Cluster internationalisation – Why and how
/// to do it?\""): a quoted title is the event's language, not the writer's.
fn without_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut straight = false;
    for c in text.chars() {
        match c {
            '"' => straight = !straight,
            '“' | '„' | '«' => depth += 1,
            '”' | '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !straight => out.push(c),
            _ => {}
        }
        if c == '\n' {
            straight = false;
            depth = 0;
        }
    }
    out
}

/// Detects the language of `text`; `None` when there is too little text to tell.
pub fn detect(text: &str) -> Option<String> {
    let unquoted = without_quotes(text);
    let text = if unquoted.chars().filter(|c| c.is_alphabetic()).count() >= 12 {
        unquoted.as_str()
    } else {
        text
    };
    // A kilobyte decides the language as well as the whole text, at a fraction of the cost.
    let text = super::decode::cut_str(text, 1024);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return None;
    }
    if letters >= 40 {
        let detector = Detector::with_allowlist(LANGS.iter().map(|(l, _)| *l).collect());
        if let Some(info) = detector.detect(text)
            && let Some((_, code)) = LANGS.iter().find(|(l, _)| *l == info.lang())
        {
            if matches!(*code, "sv" | "da" | "nb") {
                return Some(scandinavian(text).unwrap_or(code).to_string());
            }
            return Some((*code).to_string());
        }
    }
    let lower = text.to_lowercase();
    // A few Cyrillic letters in Latin text are noise (stray bytes decoded as windows-1251),
    // not Russian: Cyrillic must carry the text.
    let cyrillic = lower
        .chars()
        .filter(|c| ('а'..='я').contains(c) || *c == 'ё')
        .count();
    if cyrillic * 2 > letters {
        return Some("ru".into());
    }
    for (code, chars) in LETTERS {
        if lower.chars().any(|c| chars.contains(&c)) {
            return Some((*code).to_string());
        }
    }
    if let Some(code) = scandinavian(&lower) {
        return Some(code.to_string());
    }
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .collect();
    let joined = tokens.join(" ");
    for (code, list) in WORDS {
        let hit = list.iter().any(|w| {
            if w.contains(' ') {
                joined.contains(w)
            } else {
                tokens.contains(w)
            }
        });
        if hit {
            return Some((*code).to_string());
        }
    }
    None
}

/// The language to write to a participant in: the one detected in this message, unless a
/// language is already known for them and this message is too short to settle it. A one-line
/// reply ("Ok, paldies!", "Takk, sees!") in a language close to another must not switch a
/// participant who wrote a whole registration in their own.
pub fn keep_language<'a>(
    detected: Option<&'a str>,
    known: Option<&'a str>,
    own_text: &str,
) -> Option<&'a str> {
    /// Words of the sender's own text (before their sign-off) that settle a new language.
    const SETTLING_WORDS: usize = 20;
    match (detected, known) {
        (Some(new), Some(old)) if new != old => {
            let words = super::fields::before_sign_off(own_text)
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            Some(if words >= SETTLING_WORDS { new } else { old })
        }
        (new, old) => new.or(old),
    }
}

#[cfg(test)]
mod tests {
    use super::{detect, keep_language};

    #[test]
    fn a_known_language_is_kept_against_a_one_line_reply() {
        assert_eq!(
            keep_language(Some("da"), Some("nb"), "Takk, sees!"),
            Some("nb")
        );
        assert_eq!(keep_language(None, Some("lv"), "Ok"), Some("lv"));
        assert_eq!(keep_language(Some("lt"), None, "Ačiū"), Some("lt"));
        let long = "Sorry, I have to write in English from now on, because my colleague reads along and does not speak Latvian. Please answer in English.";
        assert_eq!(keep_language(Some("en"), Some("lv"), long), Some("en"));
    }

    #[test]
    fn long_texts_use_statistics() {
        assert_eq!(
            detect("Vēlos pieteikties seminārā par klasteru internacionalizāciju Rīgā.").as_deref(),
            Some("lv")
        );
        assert_eq!(
            detect("ich würde gerne am Workshop in Riga teilnehmen. Bitte melden Sie mich an.")
                .as_deref(),
            Some("de")
        );
        assert_eq!(
            detect("Хочу зарегистрироваться на семинар в Риге.").as_deref(),
            Some("ru")
        );
    }

    #[test]
    fn short_texts_use_letters_and_greetings() {
        assert_eq!(detect("Paldies!").as_deref(), Some("lv"));
        assert_eq!(detect("Tack!").as_deref(), Some("sv"));
        assert_eq!(detect("Great, thanks!").as_deref(), Some("en"));
        assert_eq!(
            detect("Tack! Finns det parkering vid konferenslokalen?").as_deref(),
            Some("sv")
        );
        assert_eq!(detect(""), None);
        assert_eq!(detect("ok"), None);
    }
}
