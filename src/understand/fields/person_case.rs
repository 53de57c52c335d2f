//! A colleague named in running text stands in the case the request wants: "reģistrējiet manu
//! kolēģi Jāni Bērziņu", "užregistruoti kolegę Ugnę Jasaitę", "zapisać koleżankę Annę Kowalską",
//! "зарегистрировать коллегу Анну Петрову", "ilmoittaa kollegani Mikko Virtasen". The badge
//! wants the nominative ("Jānis Bērziņš", "Ugnė Jasaitė", "Anna Kowalska", "Анна Петрова",
//! "Mikko Virtanen").
//!
//! Only endings that no name has in the nominative are undone, so a name already in the
//! nominative passes unchanged; where the ending alone cannot tell the gender (Latvian "-u" is
//! "-s" or "-a", Polish and Russian "-a" is a masculine accusative or a feminine nominative),
//! another word of the same name must tell it, or the name stays as written: a person sees it
//! in review or the colleague corrects it, which is better than a made-up name on a badge.

use super::super::lexicon::behalf::people::{RU_MASCULINE_GIVEN, RU_MASCULINE_GIVEN_IRREGULAR};

/// `name` (words as written in running text) in the nominative, read by the paradigm of
/// `language` (ISO 639-1). Unchanged for the languages whose names do not inflect there.
pub fn nominative(name: &str, language: Option<&str>) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let out = match language {
        Some("lv") => latvian(&words),
        Some("lt") => lithuanian(&words),
        Some("pl") => polish(&words),
        Some("ru") => russian(&words),
        Some("fi") => finnish(&words),
        _ => None,
    };
    out.map_or_else(|| name.to_string(), |w| w.join(" "))
}

/// `word` with `from` at its end replaced by `to`; None unless it ends so and keeps a stem
/// of two letters or more.
fn swap(word: &str, from: &str, to: &str) -> Option<String> {
    let stem = word.strip_suffix(from)?;
    (stem.chars().count() >= 2).then(|| format!("{stem}{to}"))
}

/// Latvian accusative: masculine "Jāni" → "Jānis", "Kristapu" → "Kristaps", "Bērziņu" →
/// "Bērziņš"; feminine "Annu" → "Anna". "-i" is masculine (a feminine "-e" name in the
/// accusative is rare); "-u" alone could be either, so it follows an "-i" word of the same
/// name, or a feminine "-u" given name with no masculine word stays as written.
fn latvian(words: &[&str]) -> Option<Vec<String>> {
    let masculine = words.iter().any(|w| w.ends_with('i'));
    if !masculine {
        return None;
    }
    let out: Vec<String> = words
        .iter()
        .map(|w| {
            swap(w, "i", "is")
                .or_else(|| swap(w, "ņu", "ņš"))
                .or_else(|| swap(w, "u", "s"))
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    Some(out)
}

/// Lithuanian accusative: feminine "Ugnę Jasaitę" → "Ugnė Jasaitė", "Oną" → "Ona";
/// masculine "Joną Petraitį" → "Jonas Petraitis", "Kęstutį" → "Kęstutis", "Mindaugą" →
/// "Mindaugas". "-ą" is feminine when another word of the name ends in "-ę".
fn lithuanian(words: &[&str]) -> Option<Vec<String>> {
    let marked = words.iter().any(|w| w.ends_with(['ę', 'ą', 'į', 'ų']));
    if !marked {
        return None;
    }
    let feminine = words.iter().any(|w| w.ends_with('ę'));
    let out = words
        .iter()
        .map(|w| {
            swap(w, "ę", "ė")
                .or_else(|| swap(w, "ą", if feminine { "a" } else { "as" }))
                .or_else(|| swap(w, "į", "is"))
                .or_else(|| swap(w, "ų", "us"))
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    Some(out)
}

/// Polish accusative: feminine "Annę Kowalską" → "Anna Kowalska"; masculine adjectival
/// surnames "Kowalskiego" → "Kowalski", "Nowego" → "Nowy", and then the given name's "-a"
/// ("Piotra Kowalskiego" → "Piotr Kowalski"). A masculine "Piotra Kubiaka" alone reads like a
/// feminine nominative and stays.
fn polish(words: &[&str]) -> Option<Vec<String>> {
    let feminine = words.iter().any(|w| w.ends_with(['ę', 'ą']));
    let masculine = words.iter().any(|w| w.ends_with("ego"));
    if feminine == masculine {
        return None;
    }
    let out = words
        .iter()
        .map(|w| {
            if feminine {
                swap(w, "ę", "a").or_else(|| swap(w, "ą", "a"))
            } else {
                swap(w, "iego", "i")
                    .or_else(|| swap(w, "ego", "y"))
                    .or_else(|| swap(w, "a", ""))
            }
            .unwrap_or_else(|| w.to_string())
        })
        .collect();
    Some(out)
}

/// Russian accusative: feminine "Анну Петрову" → "Анна Петрова", "Марию" → "Мария";
/// masculine adjectival surnames "Достоевского" → "Достоевский", and then "Ивана" → "Иван",
/// "Петрова" → "Петров" ("Ивана Петрова" alone reads like a feminine nominative and stays).
fn russian(words: &[&str]) -> Option<Vec<String>> {
    // Masculine instrumental ("с коллегой Артёмом Шевченко", "Иваном Петровым"): "-ом", "-ым"
    // end no name in the nominative; an indeclinable surname ("Шевченко") stays.
    if words
        .iter()
        .any(|w| w.chars().count() > 4 && (w.ends_with("ом") || w.ends_with("ым")))
    {
        return Some(
            words
                .iter()
                .map(|w| {
                    swap(w, "ым", "")
                        .filter(|_| w.chars().count() > 4)
                        .or_else(|| swap(w, "ом", "").filter(|_| w.chars().count() > 4))
                        .unwrap_or_else(|| w.to_string())
                })
                .collect(),
        );
    }
    // "Степана Горбунова", "Николая Смирнова": a known masculine given name in the
    // genitive-accusative makes the whole name masculine.
    if words.iter().any(|w| russian_masculine_given(w).is_some()) {
        return Some(words.iter().map(|w| russian_masculine(w)).collect());
    }
    let feminine = words.iter().any(|w| w.ends_with(['у', 'ю']));
    let masculine = words
        .iter()
        .any(|w| w.ends_with("ого") || w.ends_with("его"));
    if feminine == masculine {
        return None;
    }
    let out = words
        .iter()
        .map(|w| {
            if feminine {
                swap(w, "у", "а").or_else(|| swap(w, "ю", "я"))
            } else {
                swap(w, "кого", "кий")
                    .or_else(|| swap(w, "его", "ий"))
                    .or_else(|| swap(w, "ого", "ый"))
                    .or_else(|| swap(w, "ия", "ий"))
                    .or_else(|| swap(w, "ея", "ей"))
                    .or_else(|| swap(w, "а", ""))
            }
            .unwrap_or_else(|| w.to_string())
        })
        .collect();
    Some(out)
}

/// The nominative of a common masculine given name in the genitive-accusative: "Степана" →
/// "Степан", "Николая" → "Николай", "Игоря" → "Игорь", "Павла" → "Павел".
fn russian_masculine_given(word: &str) -> Option<&'static str> {
    if let Some((_, nominative)) = RU_MASCULINE_GIVEN_IRREGULAR
        .iter()
        .find(|(oblique, _)| *oblique == word)
    {
        return Some(nominative);
    }
    RU_MASCULINE_GIVEN.iter().copied().find(|nominative| {
        let oblique = match nominative.strip_suffix(['й', 'ь']) {
            Some(stem) => format!("{stem}я"),
            None => format!("{nominative}а"),
        };
        oblique == word
    })
}

/// One word of a masculine name in the genitive-accusative, in the nominative: the given
/// name by the list, a patronymic "Ивановича" → "Иванович", a surname "Горбунова" →
/// "Горбунов", "Белого" → "Белый"; an indeclinable surname ("Шевченко") stays.
fn russian_masculine(word: &str) -> String {
    if let Some(given) = russian_masculine_given(word) {
        return given.to_string();
    }
    swap(word, "ича", "ич")
        .or_else(|| swap(word, "кого", "кий"))
        .or_else(|| swap(word, "его", "ий"))
        .or_else(|| swap(word, "ого", "ый"))
        .or_else(|| {
            let stem = word.strip_suffix('а')?;
            // A surname's consonant stem: "Горбунова", "Кубиака", not a vowel before "-а".
            let consonant = stem
                .chars()
                .last()
                .is_some_and(|c| !"аеёиоуыэюяйь".contains(c.to_lowercase().next().unwrap_or(c)));
            (consonant && stem.chars().count() >= 2).then(|| stem.to_string())
        })
        .unwrap_or_else(|| word.to_string())
}

/// Finnish genitive-accusative of the surname: "Mikko Virtasen" → "Mikko Virtanen" (the
/// given name does not inflect before it).
fn finnish(words: &[&str]) -> Option<Vec<String>> {
    let (last, before) = words.split_last()?;
    let surname = swap(last, "sen", "nen")?;
    let mut out: Vec<String> = before.iter().map(|w| w.to_string()).collect();
    out.push(surname);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::nominative;

    #[test]
    fn colleagues_named_in_the_accusative_go_on_the_badge_in_the_nominative() {
        let cases = [
            ("Jāni Bērziņu", "lv", "Jānis Bērziņš"),
            ("Kārli Ozolu", "lv", "Kārlis Ozols"),
            ("Ugnę Jasaitę", "lt", "Ugnė Jasaitė"),
            ("Oną Kazlauskienę", "lt", "Ona Kazlauskienė"),
            ("Tomą Petraitį", "lt", "Tomas Petraitis"),
            ("Martę Wiśniewską", "pl", "Marta Wiśniewska"),
            ("Tomasza Zielińskiego", "pl", "Tomasz Zieliński"),
            ("Ольгу Смирнову", "ru", "Ольга Смирнова"),
            ("Юлию Орлову", "ru", "Юлия Орлова"),
            ("Сергея Белого", "ru", "Сергей Белый"),
            ("Глебом Шевчуком", "ru", "Глеб Шевчук"),
            ("Романом Лысенко", "ru", "Роман Лысенко"),
            // A known masculine given name tells the case of the whole name.
            ("Ивана Соколова", "ru", "Иван Соколов"),
            ("Николая Ильина", "ru", "Николай Ильин"),
            ("Игоря Ковалёва", "ru", "Игорь Ковалёв"),
            ("Павла Петровича Зуева", "ru", "Павел Петрович Зуев"),
            ("Дмитрия Шевченко", "ru", "Дмитрий Шевченко"),
            ("Олега Травкина", "ru", "Олег Травкин"),
            ("Liisa Korhosen", "fi", "Liisa Korhonen"),
        ];
        for (written, language, badge) in cases {
            assert_eq!(nominative(written, Some(language)), badge, "{written}");
        }
    }

    #[test]
    fn names_already_in_the_nominative_or_of_unclear_gender_stay_as_written() {
        let cases = [
            ("Jānis Bērziņš", "lv"),
            // "-u" alone: "Ilzi Kalnu"? "Annu"? Either gender: left for a person.
            ("Annu Liepu", "lv"),
            ("Ugnė Jasaitė", "lt"),
            ("Anna Nowacka", "pl"),
            ("Piotr Kubiak", "pl"),
            ("Анна Петрова", "ru"),
            // "Александра" is a feminine nominative as well as Александр's genitive.
            ("Александра Морозова", "ru"),
            ("Иван Соколов", "ru"),
            ("Mikko Virtanen", "fi"),
            ("Margus Lepp", "et"),
            ("Katharina Vogt", "de"),
        ];
        for (written, language) in cases {
            assert_eq!(nominative(written, Some(language)), written, "{language}");
        }
        assert_eq!(nominative("Jāni Bērziņu", None), "Jāni Bērziņu");
    }
}
