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

/// The sender's name as they ask for it in a sentence about their name or badge, or right
/// before or after one ("… parašyti be lietuviškų raidžių. Teisingai: Rūta Žemaitytė."), when
/// it is written otherwise than in the From header (`from`): the same name spelled better, or
/// the sender's given name with a new surname after a marriage, said as such (the old surname
/// in a hyphenated one, "Lis-Kozłowska", or named beside it, "(tidigare Persson)"). Of several,
/// the one with the most diacritics ("it's Małgorzata Dąbrowska, not Malgorzata Dabrowska"),
/// else the last.
pub fn asked_for(text: &str, from: Option<&str>) -> Option<String> {
    let from = from?;
    let sender = skeleton(from);
    if sender.len() < 2 {
        return None;
    }
    let sentences: Vec<&str> = text
        .split(['.', '!', '?', '\n'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect();
    let about_name: Vec<bool> = sentences
        .iter()
        .map(|s| {
            let l = s.to_lowercase();
            BADGE_NAME_WORDS.iter().any(|w| l.contains(w))
        })
        .collect();
    let near = |i: usize| {
        about_name.get(i) == Some(&true)
            || i.checked_sub(1)
                .is_some_and(|p| about_name.get(p) == Some(&true))
            || about_name.get(i + 1) == Some(&true)
    };
    let from_l = from.trim().to_lowercase();
    let diacritics = |n: &str| {
        n.chars()
            .filter(|c| c.is_alphabetic() && !c.is_ascii())
            .count()
    };
    sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| near(*i))
        .flat_map(|(i, s)| full_names(s).into_iter().map(move |n| (n, i, *s)))
        .filter(|(n, i, s)| {
            // Beside the sentence about the name, only the header's letters with diacritics
            // or in another alphabet: "the confirmation says Hannah Whitely, but …" reports
            // the mistake.
            let spelled = skeleton(n) == sender
                && (about_name.get(*i) == Some(&true)
                    || same_letters(n, from)
                    || has_cyrillic(n) != has_cyrillic(from));
            n.to_lowercase() != from_l && (spelled || renamed(n, from, s))
        })
        .map(|(n, _, _)| n)
        .reduce(|best, n| {
            if diacritics(&n) >= diacritics(&best) {
                n
            } else {
                best
            }
        })
}

/// Whether two names have the same letters once diacritics, case and order are folded away
/// ("Rūta Žemaitytė" / "Ruta Zemaityte", "Jürgen Köhler" / "Juergen Koehler").
fn same_letters(a: &str, b: &str) -> bool {
    [false, true].into_iter().any(|umlaut_e| {
        let words = |n: &str| {
            let mut w: Vec<String> = fold(n, umlaut_e)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            w.sort();
            w
        };
        words(a) == words(b)
    })
}

/// Whether `name` is the sender's (`from`) given name with a new surname that the sentence
/// says replaces the old: the old one is part of the new hyphenated one ("Ozoliņa" in
/// "Ozoliņa-Krūze"), or stands in the sentence beside it ("Maria Lindqvist (tidigare
/// Persson)").
fn renamed(name: &str, from: &str, sentence: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let from_words: Vec<&str> = from.split_whitespace().collect();
    let (Some(given), Some(surname), Some(from_given), Some(old)) = (
        words.first(),
        words.last(),
        from_words.first(),
        from_words.last(),
    ) else {
        return false;
    };
    let same = |a: &str, b: &str| fold(a, false) == fold(b, false);
    // "says Hannah Whitely, but it's Whiteley": the same letters but a vowel are a spelling
    // reported, no new name.
    if words.len() < 2
        || from_words.len() < 2
        || !same(given, from_given)
        || same(surname, old)
        || skeleton(name) == skeleton(from)
    {
        return false;
    }
    let hyphenated = surname.contains('-') && surname.split('-').any(|part| same(part, old));
    let old_beside = sentence
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| same(w, old))
        .count()
        > 0;
    hyphenated || old_beside
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
    fn a_name_corrected_right_after_a_sentence_about_it_is_taken() {
        for (text, from, want) in [
            (
                "Patvirtinime mano vardas parašytas be lietuviškų raidžių. Teisingai: Rūta Žemaitytė.",
                "Ruta Zemaityte",
                "Rūta Žemaitytė",
            ),
            (
                "Hello, my name is misspelled - it's Małgorzata Dąbrowska, not Malgorzata Dabrowska.",
                "malgorzata dabrowska",
                "Małgorzata Dąbrowska",
            ),
            (
                "Kinnituses on mu nimi kirjas Juri Saar, õige on Jüri Saar. Palun parandage nimesildil.",
                "Juri Saar",
                "Jüri Saar",
            ),
        ] {
            assert_eq!(asked_for(text, Some(from)).as_deref(), Some(want), "{text}");
        }
        // Near misses: the wrong spelling reported beside the sentence about the badge; two
        // sentences away from anything about the name, a spelling is no ask.
        assert_eq!(
            asked_for(
                "The confirmation says Hannah Whitely, but it's Whiteley. Could you fix the badge?",
                Some("Hannah Whiteley")
            ),
            None
        );
        assert_eq!(
            asked_for(
                "Jüri Saar sends greetings. We met in Tartu. See you. Kind regards from the team.",
                Some("Juri Saar")
            ),
            None
        );
    }

    #[test]
    fn a_new_surname_after_a_marriage_is_the_badge_name() {
        for (text, from, want) in [
            (
                "Uz vārda kartes lūdzu rakstīt: Elīna Ozoliņa-Krūze (nevis Ozoliņa).",
                "Elīna Ozoliņa",
                "Elīna Ozoliņa-Krūze",
            ),
            (
                "Na identyfikatorze powinno być Joanna Lis-Kozłowska.",
                "Joanna Lis",
                "Joanna Lis-Kozłowska",
            ),
            (
                "Palun parandage nimesilt: Annika Lepik-Saar.",
                "Annika Lepik",
                "Annika Lepik-Saar",
            ),
            (
                "Jag har gift mig och heter numera Maria Lindqvist (tidigare Persson). Kan ni ändra namnbrickan?",
                "Maria Persson",
                "Maria Lindqvist",
            ),
            (
                "I got married in May: please put Sarah Whitfield-Jones on my badge.",
                "Sarah Whitfield",
                "Sarah Whitfield-Jones",
            ),
        ] {
            assert_eq!(asked_for(text, Some(from)).as_deref(), Some(want), "{text}");
        }
        // Near misses: a colleague of the same given name with another surname; another given
        // name with the sender's surname.
        for (text, from) in [
            (
                "Please print a badge for Maria Lindqvist too.",
                "Maria Persson",
            ),
            ("Na identyfikatorze: Anna Lis-Kozłowska.", "Joanna Lis"),
        ] {
            assert_eq!(asked_for(text, Some(from)), None, "{text}");
        }
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
