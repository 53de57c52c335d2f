//! The sender's name as signed under the mail, read against the From header's display name:
//! a first name signed alone tells which word is the given name ("Bērziņš Jānis" signed
//! "Jānis"), and a fuller form signed ("Mette Holm Nielsen" under "Nielsen, Mette") is the
//! one a badge wants.

use super::names::{fold, natural, strip_titles};

/// How many lines from the end of the sender's own text a signature is looked for in.
const SIGNATURE_LINES: usize = 12;

/// "Bērziņš Jānis" with "Jānis" signed alone in the text: the name turned round to "Jānis
/// Bērziņš". None when the signed first name is already first, or no line signs it, or the
/// display name says its order with a comma ("Nielsen, Mette": [`natural`] turns it).
pub fn turned_by_signed_first_name(from: &str, text: &str) -> Option<String> {
    let bare = strip_titles(from);
    if bare.contains(',') {
        return None;
    }
    let [surname, given] = bare.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let signed = text.lines().rev().take(SIGNATURE_LINES).any(|l| {
        let l = l.trim().trim_end_matches([',', '.', '!']);
        !l.contains(' ') && !l.is_empty() && fold(l, false) == fold(given, false)
    });
    (signed && fold(surname, false) != fold(given, false)).then(|| format!("{given} {surname}"))
}

/// The display name's fuller form signed on a line of its own ("Mette Holm Nielsen" under
/// "Nielsen, Mette" or "Mette Nielsen"): the same given name first and surname last, one or
/// two middle names between, every word capitalised, a patronymic left off. None when no line
/// signs one.
pub fn fuller_signed_form(from: &str, text: &str) -> Option<String> {
    let display = natural(from);
    let [given, surname] = display.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    text.lines()
        .rev()
        .take(SIGNATURE_LINES)
        .map(str::trim)
        .find(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            (3..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                })
                && words
                    .first()
                    .is_some_and(|w| fold(w, false) == fold(given, false))
                && words
                    .last()
                    .is_some_and(|w| fold(w, false) == fold(surname, false))
        })
        // "Леонид Иванович Дроздов": a patronymic is no fuller form for a badge.
        .map(natural)
        .filter(|signed| signed.split_whitespace().count() > 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_first_name_turns_a_surname_first_display_name() {
        assert_eq!(
            turned_by_signed_first_name("Ozola Ilze", "Labdien, piesakos.\n\nIlze").as_deref(),
            Some("Ilze Ozola")
        );
        assert_eq!(
            turned_by_signed_first_name("Ilze Ozola", "Labdien, piesakos.\n\nIlze"),
            None
        );
    }

    #[test]
    fn a_comma_in_the_display_name_is_never_kept_in_the_name() {
        // The comma already says the order; turning the words would keep it ("Berg,").
        assert_eq!(
            turned_by_signed_first_name("Berg, Anna", "Please register me.\n\nAnna"),
            None
        );
        assert_eq!(natural("Berg, Anna"), "Anna Berg");
    }

    #[test]
    fn the_fuller_signed_form_of_the_display_name_is_preferred() {
        let text = "Please register me.\n\nBest\nAnna\n\nAnna Maria Berg\nProject Manager\nNordic Food Cluster";
        assert_eq!(
            fuller_signed_form("Berg, Anna", text).as_deref(),
            Some("Anna Maria Berg")
        );
        assert_eq!(
            fuller_signed_form("Anna Berg", text).as_deref(),
            Some("Anna Maria Berg")
        );
        let latvian = "Lūdzu, reģistrējiet mani.\n\nAr cieņu\nIlze Anna Ozola";
        assert_eq!(
            fuller_signed_form("Ozola, Ilze", latvian).as_deref(),
            Some("Ilze Anna Ozola")
        );
        // A patronymic is left off, as on the badge.
        assert_eq!(
            fuller_signed_form(
                "Дроздов, Леонид",
                "Прошу записать.\n\nЛеонид Иванович Дроздов"
            ),
            None
        );
        // Another person's name, or a line that is no name, is not a fuller form.
        assert_eq!(
            fuller_signed_form("Anna Berg", "Thanks.\n\nJohn Peter Smith"),
            None
        );
        assert_eq!(
            fuller_signed_form("Anna Berg", "Thanks.\n\nAnna and the Berg Team"),
            None
        );
    }
}
