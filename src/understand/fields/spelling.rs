//! The fuller spelling of a name the mail writes elsewhere. A From header or a phone's
//! keyboard often drops diacritics ("Rasmus Hoj", "Lukasz Wisniewski") that the person writes
//! under the mail or in a sentence ("/Rasmus Høj", "proszę poprawić na Łukasz Wiśniewski");
//! the badge wants the fuller form (tests/eval/README.md, `name`).
//!
//! Word by word: a word of the name written in plain letters is replaced by a capitalised
//! word of the text that folds to it and has letters beyond ASCII ("Høj" for "Hoj", "Åsheim"
//! for "Aasheim", "Müller" for "Mueller"). Nothing else of the name changes.

use super::super::{Participant, Source};
use super::names::{self, fold};

/// The record's name in the fuller spelling the sender's words or signature give it. A name
/// the sender states or fills in ("my name is …", "Name: …") is as they want it and stays.
pub fn restore_spelling(p: &mut Participant, own: &str, signature: &str, from: Option<&str>) {
    if matches!(p.sources.name, Some(Source::RunningText | Source::FormLine)) {
        return;
    }
    let Some(name) = p.name.as_deref() else {
        return;
    };
    let fuller = fuller_spelling(name, own);
    let fuller = match fuller_spelling(fuller.as_deref().unwrap_or(name), signature) {
        Some(f) => Some(f),
        None => fuller,
    };
    if let Some(f) = fuller {
        p.name = Some(f);
    }
    // "Vitols Peteris" in the header (or "Rebecka Jonsson" turned round for a surname's
    // ending), "Pēteris Vītols" signed: the signed order wins.
    if let Some(name) = p.name.as_deref()
        && let Some(turned) =
            turned_as_signed(name, own).or_else(|| turned_as_signed(name, signature))
        // "Громова Светлана" signed has a surname's ending first: the signature is written
        // surname first, unless the From header writes it in that order too.
        && (names::natural(&turned) == turned
            || from.is_some_and(|f| fold(&names::strip_titles(f), false) == fold(&turned, false)))
    {
        p.name = Some(turned);
    }
}

/// A two-word name the other way round when a short line near the end of `text` ends with its
/// words in the other order ("Mg. oec. Pēteris Vītols" for "Vītols Pēteris"). The line's
/// spelling is taken.
pub fn turned_as_signed(name: &str, text: &str) -> Option<String> {
    let [first, second] = name.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let same = |a: &str, b: &str| [false, true].iter().any(|&e| fold(a, e) == fold(b, e));
    text.lines().rev().take(15).find_map(|line| {
        let words: Vec<&str> = line
            .split_whitespace()
            .map(|w| w.trim_matches([',', '.', '!', '/']))
            .filter(|w| !w.is_empty())
            .collect();
        let [.., a, b] = words[..] else {
            return None;
        };
        (words.len() <= 5 && same(a, second) && same(b, first) && !same(a, b))
            .then(|| format!("{a} {b}"))
    })
}

/// The name with each plain-letter word replaced by the fuller spelling `text` gives it;
/// None when the text has none.
pub fn fuller_spelling(name: &str, text: &str) -> Option<String> {
    // Cheap tests first: a name already written with diacritics, or a text without any.
    if !name.is_ascii() || text.is_ascii() {
        return None;
    }
    let mut words: Vec<String> = name.split(' ').map(str::to_string).collect();
    let mut open: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
        .map(|(i, _)| i)
        .collect();
    if open.is_empty() {
        return None;
    }
    let tokens = text
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|t| t.trim_matches('-'))
        .filter(|t| !t.is_ascii() && t.chars().next().is_some_and(char::is_uppercase));
    for token in tokens {
        let forms = plain_forms(token);
        let Some(at) = open.iter().position(|&i| {
            words
                .get(i)
                .is_some_and(|w| forms.contains(&w.to_ascii_lowercase()))
        }) else {
            continue;
        };
        let i = open.remove(at);
        if let Some(w) = words.get_mut(i) {
            *w = badge_case(token, w);
        }
        if open.is_empty() {
            break;
        }
    }
    let fuller = words.join(" ");
    (fuller != name).then_some(fuller)
}

/// How a word with diacritics is written in plain letters: stripped ("Høj" → "hoj"), German
/// umlauts as "ue" ("Müller" → "mueller"), Nordic "å" and "ø" as "aa" and "oe" ("Åsheim" →
/// "aasheim").
fn plain_forms(word: &str) -> [String; 3] {
    let nordic: String = word
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            'å' => ['a', 'a'].into_iter().take(2),
            'ø' => ['o', 'e'].into_iter().take(2),
            c => [c, c].into_iter().take(1),
        })
        .collect();
    [fold(word, false), fold(word, true), fold(&nordic, false)]
}

/// The text's word in the case the name had: "WIŚNIEWSKI" in a signature of capitals becomes
/// "Wiśniewski" for "Wisniewski".
fn badge_case(token: &str, plain: &str) -> String {
    let shouting = token.chars().count() > 1 && token.chars().all(|c| !c.is_lowercase());
    if shouting && !plain.chars().all(|c| !c.is_lowercase()) {
        let mut chars = token.chars();
        let first: String = chars.next().into_iter().collect();
        first + &chars.as_str().to_lowercase()
    } else {
        token.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fuller_spelling_under_the_mail_or_in_a_sentence_wins() {
        for (name, text, fuller) in [
            // da: a short signature line.
            (
                "Rasmus Hoj",
                "Hej, skriv mig på listen.\n\n/Rasmus Høj, Robotklyngen Fyn",
                "Rasmus Høj",
            ),
            // nb: both words, "å" as "a" and "æ" as "ae".
            (
                "Asmund Kjaernes",
                "Meld meg på.\nHilsen Åsmund Kjærnes",
                "Åsmund Kjærnes",
            ),
            // nb: "å" written "aa".
            (
                "Siri Aasheim",
                "Navnet mitt skrives Siri Åsheim med Å.",
                "Siri Åsheim",
            ),
            // pl: the plain form quoted beside the right one.
            (
                "Lukasz Wisniewski",
                "proszę poprawić: Łukasz Wiśniewski, a nie Lukasz Wisniewski.",
                "Łukasz Wiśniewski",
            ),
            // lt, lv: a signature.
            (
                "Indre Barkauskaite",
                "Užregistruokite mane.\nIndrė Barkauskaitė\nBiotech klasteris",
                "Indrė Barkauskaitė",
            ),
            (
                "Peteris Vitols",
                "Lūdzu, reģistrējiet mani.\nAr cieņu,\nPēteris Vītols",
                "Pēteris Vītols",
            ),
            // de: umlaut written "ue"; a signature in capitals.
            (
                "Juergen Mueller",
                "Bitte melden Sie mich an.\nJürgen MÜLLER",
                "Jürgen Müller",
            ),
            // A lower-case header, the given name alone signed.
            (
                "bjorn skogstad",
                "glemte å si at jeg er allergisk.\nmvh Bjørn",
                "Bjørn skogstad",
            ),
        ] {
            assert_eq!(
                fuller_spelling(name, text).as_deref(),
                Some(fuller),
                "{text}"
            );
        }
    }

    #[test]
    fn the_signed_order_turns_a_header_name_round() {
        for (name, text, turned) in [
            (
                "Vītols Pēteris",
                "Lūdzu, reģistrējiet mani.\n\nAr cieņu\n\nMg. oec. Pēteris Vītols\nIzpilddirektors",
                "Pēteris Vītols",
            ),
            (
                "Jonsson Rebecka",
                "Anmäl mig gärna.\n\nMed vänliga hälsningar\nRebecka Jonsson\nUmeå",
                "Rebecka Jonsson",
            ),
            (
                "Nowak Jan",
                "Proszę o rejestrację.\nPozdrawiam,\ndr Jan Nowak",
                "Jan Nowak",
            ),
            (
                "Tamm Kadri",
                "Palun registreerige mind.\n\nLugupidamisega\nKadri Tamm\nTartu",
                "Kadri Tamm",
            ),
        ] {
            assert_eq!(
                turned_as_signed(name, text).as_deref(),
                Some(turned),
                "{text}"
            );
        }
        // Signed in the same order, another person, a long sentence, or one word alone.
        for (name, text) in [
            ("Pēteris Vītols", "Ar cieņu\nPēteris Vītols"),
            ("Anna Berg", "Hälsningar\nBerg Karin"),
            (
                "Berg Anna",
                "Min kollega och jag, som du vet, kommer gärna med Anna Berg",
            ),
            ("Jan Jan", "Jan Jan"),
            ("Jan Nowak Kowalski", "Kowalski Nowak Jan"),
        ] {
            assert_eq!(turned_as_signed(name, text), None, "{name} / {text}");
        }
    }

    fn record(name: &str, source: Source) -> Participant {
        let mut p = Participant {
            name: Some(name.to_string()),
            ..Participant::default()
        };
        p.sources.name = Some(source);
        p
    }

    #[test]
    fn the_record_takes_the_signed_spelling_and_order() {
        // The header turned round for a surname's ending ("-cka"), signed as in the header.
        let mut p = record("Jonsson Rebecka", Source::FromHeader);
        let own = "Anmäl mig gärna.\n\nMed vänliga hälsningar\nRebecka Jonsson";
        restore_spelling(&mut p, own, "", Some("Rebecka Jonsson"));
        assert_eq!(p.name.as_deref(), Some("Rebecka Jonsson"));
        // Spelling and order at once.
        let mut p = record("Vitols Peteris", Source::FromHeader);
        let own = "Lūdzu, reģistrējiet mani.\n\nAr cieņu\nPēteris Vītols";
        restore_spelling(&mut p, own, "", Some("Vitols Peteris"));
        assert_eq!(p.name.as_deref(), Some("Pēteris Vītols"));
        // A signature written surname first ("Громова Светлана") keeps the badge's order.
        let mut p = record("Светлана Громова", Source::FromHeader);
        let own = "Хочу принять участие.\n\nГромова Светлана\nНарва";
        restore_spelling(&mut p, own, "", Some("Светлана Громова"));
        assert_eq!(p.name.as_deref(), Some("Светлана Громова"));
        // A name the sender states stays as stated.
        let mut p = record("Lukasz Wisniewski", Source::RunningText);
        restore_spelling(&mut p, "Łukasz Wiśniewski", "", None);
        assert_eq!(p.name.as_deref(), Some("Lukasz Wisniewski"));
    }

    #[test]
    fn other_words_and_other_people_change_nothing() {
        for (name, text) in [
            // No word folds to the name's.
            ("Lars Ost", "Hälsningar från Malmö, vi ses i Riga!"),
            // A lower-case word is no name ("øst" is a direction).
            ("Lars Ost", "Vi kommer fra kontoret i øst."),
            // Another person whose name shares no word.
            ("Anna Berg", "Bitte melden Sie auch Jürgen Müller an."),
            // One half of a double surname is another word.
            ("Mikko Hola", "Terveisin Mikko Hölä-Koski"),
            // Plain text only.
            ("Rasmus Hoj", "Please register me. Rasmus Hoj"),
            // The name already has its diacritics.
            ("Łukasz Wisniewski", "Łukasz Wiśniewski"),
        ] {
            assert_eq!(fuller_spelling(name, text), None, "{name} / {text}");
        }
    }
}
