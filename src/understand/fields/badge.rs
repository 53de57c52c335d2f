//! The name a sender asks for on their badge in running text, when it differs from the From
//! header: the right diacritics ("oikea kirjoitusasu on Päivi Hämeenaho"), the other order
//! ("na identyfikatorze powinno być: Marta Wiśniewska"), the Cyrillic form for a Latin header
//! ("на бейдже … по-русски – Ольга Сергеева") or the Latin passport form for a Cyrillic one.
//! Only a full name that is the sender's own, written any of those ways, is taken: a
//! colleague's name in the same sentence is someone else's.

use super::super::lexicon::fields::BADGE_NAME_WORDS;
use super::cyrillic::{Style, latin};
use super::names::{fold, strip_titles};

/// A name's words reduced to their consonants, Latin, folded, sorted: "Светлана Никитина",
/// "Svetlana Ņikitina" and "Nikitina Svetlana" give the same; transliteration variants
/// ("Kiseljov" / "Киселёв", "Sergeyeva" / "Сергеева") differ only in vowels and j/y.
fn skeleton(name: &str) -> Vec<String> {
    let mut words: Vec<String> = strip_titles(name)
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let latinised: String = lower
                .chars()
                .map(|c| {
                    if ('а'..='я').contains(&c) || c == 'ё' {
                        latin(c, Style::Skeleton).to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let mut consonants: Vec<char> = fold(&latinised, false)
                .replace("kh", "h")
                .replace("ts", "c")
                .chars()
                .filter(|c| c.is_alphabetic() && !"aeiouyj".contains(*c))
                .collect();
            // Estonian and German transliterations double a consonant between vowels
            // ("Vassiljeva" for "Васильева"). With the vowels gone, one consonant repeated
            // across a vowel ("Nina") folds too: a looser match, and only across alphabets.
            consonants.dedup();
            consonants.into_iter().collect()
        })
        .filter(|w: &String| !w.is_empty())
        .collect();
    words.sort();
    words
}

/// Whether two full names are one person's written in two alphabets or transliterations
/// ("Sergey Ivanov" in the header, "Сергей Иванов" signed).
pub fn same_in_any_alphabet(a: &str, b: &str) -> bool {
    let ka = skeleton(a);
    if ka.len() < 2 {
        return false;
    }
    let kb = skeleton(b);
    if ka == kb {
        return true;
    }
    // Latvian and Lithuanian give a Russian man's name their "-s" ("Nikolajs Jegorovs",
    // "Maksims Zaicevs" for "Николай Егоров", "Максим Зайцев"): across alphabets only.
    let without_s = |k: Vec<String>| {
        let mut k: Vec<String> = k
            .into_iter()
            .map(|w| w.strip_suffix('s').map_or(w.clone(), str::to_string))
            .collect();
        k.sort();
        k
    };
    has_cyrillic(a) != has_cyrillic(b) && without_s(ka) == without_s(kb)
}

/// Whether a text holds a Cyrillic letter.
pub fn has_cyrillic(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
}

/// Full names in `sentence`: two or three capitalised words in a row (titles left out).
fn full_names(sentence: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, found: &mut Vec<String>| {
        if (2..=3).contains(&run.len()) {
            found.push(run.join(" "));
        }
        run.clear();
    };
    for w in sentence.split_whitespace() {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-')
            && bare.chars().count() >= 2;
        if capitalised {
            run.push(bare);
        } else {
            flush(&mut run, &mut found);
            continue;
        }
        // A comma, dash or full stop after a word ends the name.
        if bare.len() != w.len() && !w.starts_with(bare) || w.ends_with([',', '.', ';', ':', ')']) {
            flush(&mut run, &mut found);
        }
    }
    flush(&mut run, &mut found);
    found
}

/// The sender's name as they ask for it in a sentence about their name or badge, when it is
/// written otherwise than in the From header (`from`).
pub fn asked_for(text: &str, from: Option<&str>) -> Option<String> {
    let from = from?;
    let sender = skeleton(from);
    if sender.len() < 2 {
        return None;
    }
    text.split(['.', '!', '?', '\n'])
        .filter(|s| {
            let l = s.to_lowercase();
            BADGE_NAME_WORDS.iter().any(|w| l.contains(w))
        })
        .flat_map(full_names)
        .rfind(|n| skeleton(n) == sender && n.as_str() != from.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_asked_for_on_the_badge() {
        for (text, from, want) in [
            (
                "Danke! Auf dem Namensschild bitte mit Umlaut: Jürgen Köhler.",
                "Juergen Koehler",
                "Jürgen Köhler",
            ),
            (
                "На бейдже, пожалуйста, по-русски: Мария Соколова.",
                "Maria Sokolova",
                "Мария Соколова",
            ),
            (
                "Имя на бейдже лучше латиницей, как в паспорте – Marija Sokolova.",
                "Мария Соколова",
                "Marija Sokolova",
            ),
            (
                "Na identyfikatorze proszę wpisać: Anna Kowalczyk, nie odwrotnie.",
                "Kowalczyk Anna",
                "Anna Kowalczyk",
            ),
        ] {
            assert_eq!(asked_for(text, Some(from)).as_deref(), Some(want), "{text}");
        }
        // A colleague named in a sentence about badges is not the sender.
        assert_eq!(
            asked_for(
                "Please print a badge for my colleague Anna Berg too.",
                Some("Jane Doe")
            ),
            None
        );
        // The same spelling as the header changes nothing.
        assert_eq!(
            asked_for("My name on the badge: Jane Doe.", Some("Jane Doe")),
            None
        );
    }

    #[test]
    fn a_transliteration_that_doubles_a_consonant_is_the_same_name() {
        assert!(same_in_any_alphabet("Jelena Massina", "Елена Масина"));
        assert!(same_in_any_alphabet("Sergei Ivanov", "Сергей Иванов"));
        // Near miss: another consonant is another person.
        assert!(!same_in_any_alphabet("Jelena Marina", "Елена Масина"));
    }

    #[test]
    fn a_baltic_s_on_a_russian_name_is_the_same_name_across_alphabets() {
        assert!(same_in_any_alphabet("Nikolajs Jegorovs", "Николай Егоров"));
        assert!(same_in_any_alphabet("Zaicevs Maksims", "Максим Зайцев"));
        assert!(same_in_any_alphabet("Андрей Смирнов", "Andrejus Smirnovas"));
        // Near misses: another given name; the "-s" alone within one alphabet.
        assert!(!same_in_any_alphabet("Mihails Zaicevs", "Максим Зайцев"));
        assert!(!same_in_any_alphabet("Jānis Ozols", "Jānis Ozol"));
    }
}
