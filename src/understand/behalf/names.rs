//! Reading the names of the people an on-behalf registration names: before or after their
//! address, at the head of a list line, or after the word for a colleague or a member of staff.

use super::super::fields::cyrillic::{self, Style};
use super::super::fields::names::{fold, strip_titles, without_patronymic};
use super::super::fields::person_case;
use super::super::fields::{clean_name, is_title_word};
use super::super::lexicon::behalf::NAME_JOINS;
use super::super::lexicon::fields::NAME_TITLES;
use super::Behalf;
use super::folded::{COLLEAGUE, OUR_HEAD, STAFF};

impl Behalf {
    /// The colleagues' names, read from running text in the case the request wants
    /// ("reģistrējiet kolēģi Jāni Bērziņu"), put in the nominative of the message's language.
    pub fn in_nominative(mut self, language: Option<&str>) -> Self {
        // "on behalf of Professor A B", "tragen Sie Frau B ein": the badge has no title. One
        // person read twice, with and without a title ("Pana Krzysztofa Wójcika", then
        // "Krzysztofa Wójcika"), is listed once, read with the title, which may tell the case.
        let mut read: Vec<(String, String)> = Vec::new();
        for name in &self.unaddressed {
            let bare = strip_titles(name);
            let titled = bare != name.trim();
            let badge = person_case::nominative(name, language);
            match read.iter_mut().find(|(b, _)| *b == bare) {
                Some(entry) if titled => entry.1 = badge,
                Some(_) => {}
                None => read.push((bare, badge)),
            }
        }
        self.unaddressed = read.into_iter().map(|(_, badge)| badge).collect();
        for named in self.others.iter_mut() {
            if let Some(name) = named.name.as_mut() {
                *name = person_case::nominative(name, language);
            }
        }
        // "нашего директора Игоря Петровича Смирнова": the badge has no patronymic.
        for name in self
            .unaddressed
            .iter_mut()
            .chain(self.others.iter_mut().filter_map(|n| n.name.as_mut()))
        {
            if let Some(short) = feminine_with_patronymic(name).or_else(|| without_patronymic(name))
            {
                *name = short;
            }
        }
        self
    }
}

/// Two to four capitalised words ending right before an address.
pub(super) fn name_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before
        .trim_end_matches([',', ' ', '-', '(', '<', ':', '"', '–'])
        .split_whitespace()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.ends_with(':')
                && !w.ends_with(',')
                // German nouns are capitalised: "meine Kollegen Jan Meier".
                && !COLLEAGUE.iter().any(|c| w.to_lowercase().contains(c))
        })
        .take(4)
        .collect();
    (words.len() >= 2)
        .then(|| {
            let name = words.into_iter().rev().collect::<Vec<_>>().join(" ");
            clean_name(name.trim_matches([',', ' ', '"']))
        })
        .flatten()
}

/// The names after the word for a colleague or a member of staff: "my colleague Petra
/// Wagner", "kolēģe, Anna Kalniņa", "vår nye rådgiver Magnus Fjeld", "two people from my team:
/// Kristjan Org and Liis Mets". Up to three lowercase words may stand between ("juhatuse liige
/// Margus Lepp" has none, "vår nye rådgiver" one); each name is two or three capitalised words,
/// no job title; the names are joined by commas or the language's "and".
pub(super) fn names_after_marker(sentence: &str) -> Vec<String> {
    let lower = sentence.to_lowercase();
    // Where each marker ends, in order: the names follow the nearest one before them
    // ("meie ettevõttest osaleb … juhatuse liige Margus Lepp").
    let mut ends: Vec<usize> = COLLEAGUE
        .iter()
        .chain(OUR_HEAD.iter())
        .chain(STAFF.iter())
        .filter_map(|m| lower.find(m).map(|at| at + m.len()))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends.iter()
        .filter_map(|&end| sentence.get(end..))
        .map(names_in)
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

/// The names at the start of `rest` (the text after a marker), as `names_after_marker`.
fn names_in(rest: &str) -> Vec<String> {
    // The rest of the marker's own word ("kolēģi", "Kollegin").
    let rest = rest.trim_start_matches(|c: char| c.is_alphabetic());
    // "Geschäftsführer: Francisc Osvald Handelsregister: J05/…": a label, a name and the next
    // label run on, as a company's legal footer reads; nobody there is a colleague.
    if rest.starts_with(':') && is_label_footer(rest) {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut name: Vec<&str> = Vec::new();
    let mut skipped = 0;
    for w in rest.split_whitespace().take(16) {
        // "Tomasza Mroczka (t.mroczek@…) i Kamilę Zych": the address between two names.
        if w.contains('@') {
            take_name(&mut names, &mut name);
            continue;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        // "on behalf of Professor Julian Stanhope", "Frau Dr. Kretschmar": no part of a name.
        if name.is_empty() && NAME_TITLES.contains(&bare.to_lowercase().as_str()) {
            continue;
        }
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_title_word(bare);
        if capitalised {
            name.push(bare);
            // Punctuation after the word ends the name: "Kristjan Org." / "Org, Liis …".
            if w.len() != bare.len() || name.len() == 3 {
                let ends_sentence = w.ends_with(['.', '!', '?', ';']);
                take_name(&mut names, &mut name);
                if ends_sentence {
                    break;
                }
            }
            continue;
        }
        let join = bare.is_empty() || NAME_JOINS.contains(&bare.to_lowercase().as_str());
        if !name.is_empty() || !names.is_empty() {
            take_name(&mut names, &mut name);
            if join {
                continue;
            }
            break;
        }
        skipped += usize::from(!bare.is_empty());
        if skipped > 3 {
            break;
        }
    }
    take_name(&mut names, &mut name);
    names
}

/// Whether the text after a label's colon runs from capitalised words straight into the next
/// capitalised label ("Francisc Osvald Handelsregister: …", "Jan Berg Registergericht: …"),
/// with no comma or stop between, as a legal footer squeezed into one line does.
fn is_label_footer(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .trim_start_matches(':')
        .split_whitespace()
        .take(5)
        .collect();
    words
        .iter()
        .position(|w| w.ends_with(':'))
        .is_some_and(|at| {
            at >= 1
                && words.iter().take(at + 1).all(|w| {
                    let bare = w.trim_end_matches(':');
                    bare.chars().next().is_some_and(char::is_uppercase)
                        && bare
                            .chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '.')
                })
        })
}

/// Ends the name being read: kept when it has two or three words.
fn take_name(names: &mut Vec<String>, name: &mut Vec<&str>) {
    if (2..=3).contains(&name.len()) {
        let whole = name.join(" ");
        if !names.contains(&whole) {
            names.push(whole);
        }
    }
    name.clear();
}

/// The name that opens a list line, up to its first comma: "Katharina Vogt, Referentin
/// EU-Projekte, " (list marks like "1)" or "-" before it are skipped). Two to four capitalised
/// words, and only when a comma, a spaced dash or a bracket ends it.
pub(super) fn leading_name(before: &str) -> Option<String> {
    // The name ends at a comma, a spaced dash or a bracket ("Ali Hassan – …", "Jan Berg (…").
    let end = [",", " – ", " - ", " ("]
        .iter()
        .filter_map(|s| before.find(s))
        .min()?;
    let first = before.get(..end)?;
    let first = first.trim_start_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || "-–*•).:".contains(c)
    });
    let words: Vec<&str> = first.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    });
    ((2..=4).contains(&words.len()) && capitalised)
        .then(|| clean_name(first.trim()))
        .flatten()
}

/// "jane@… (Jane Doe)".
pub(super) fn name_after(after: &str) -> Option<String> {
    let inner = after.trim_start_matches(['>', ' ']).strip_prefix('(')?;
    let name = inner.split(')').next()?;
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words))
        .then(|| clean_name(name))
        .flatten()
}

/// The name in `sentence` that `email` spells, for an address with no name beside it:
/// "statt meiner wird Frau Lena Brandt teilnehmen (lena.brandt@…)", "reģistrējiet kolēģi
/// Edgaru Liepu, viņa e-pasts ir edgars.liepa@…", "Min kollega Lina Forsberg tar min plats,
/// hennes adress är lina.forsberg@…". Two or three capitalised words in a row, no title, and
/// only one the address spells ([`spells`]): a word capitalised for another reason
/// ("Riga", a German noun) is none. Punctuation after a word ends the name.
pub(super) fn name_spelled_in(sentence: &str, email: &str) -> Option<String> {
    // Each word bare, and whether punctuation ends it.
    let words: Vec<(&str, bool)> = sentence
        .split_whitespace()
        .take(80)
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
            (
                bare,
                w.trim_start_matches(|c: char| !c.is_alphabetic()).len() != bare.len(),
            )
        })
        .collect();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_title_word(w)
            && !NAME_TITLES.contains(&w.to_lowercase().as_str())
    };
    (0..words.len()).find_map(|i| {
        [3, 2].into_iter().find_map(|n| {
            let run = words.get(i..i + n)?;
            let ends_inside = run.iter().rev().skip(1).any(|(_, ends)| *ends);
            if ends_inside || !run.iter().all(|(w, _)| capitalised(w)) {
                return None;
            }
            let name = run.iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
            spells(&name, email).then(|| clean_name(&name)).flatten()
        })
    })
}

/// Whether `email`'s local part spells `name`: it starts with the given name's initial and
/// holds the first four letters of the surname ("Henrik Lykke": "henrik.lykke@", "hl…" not).
pub(super) fn spells(name: &str, email: &str) -> bool {
    let local: String = email
        .split('@')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    // "Katrin Möller": "moller@" or, German style, "moeller@"; "Игорь Смирнов": "i.smirnov@".
    [false, true].into_iter().any(|umlaut_e| {
        let words: Vec<String> = name
            .split_whitespace()
            .map(|w| fold(&latin(w), umlaut_e))
            .collect();
        let (Some(given), Some(surname)) = (words.first(), words.last()) else {
            return false;
        };
        let stem: String = surname.chars().take(4).collect();
        // The surname alone ("moeller@" for Katrin Möller), as German offices write it.
        let surname_alone = surname.chars().count() >= 4 && local == *surname;
        words.len() >= 2
            && stem.chars().count() >= 3
            && (surname_alone
                || (given.chars().next().is_some_and(|c| local.starts_with(c))
                    && local.contains(&stem)))
    })
}

/// Whether `email`'s local part is the initials of `name`'s two or more words, as Danish
/// and Norwegian staff addresses are ("Rasmus Vinther": "rv@", "Anders Holm Poulsen":
/// "ahp@"). Read only for a name the message gives as a colleague's: two letters alone say
/// little.
pub(super) fn initials_of(name: &str, email: &str) -> bool {
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| fold(w, false).chars().next())
        .collect();
    // "Anne-Marie Sørensen": "ams@" as well as "as@".
    let each_part: String = name
        .split([' ', '-'])
        .filter_map(|w| fold(w, false).chars().next())
        .collect();
    initials.chars().count() >= 2 && (local == initials || local == each_part)
}

/// A Cyrillic word in Latin letters as addresses write it ("Смирнов" → "smirnov"); other
/// words unchanged. One spelling of each letter: enough for the first letters `spells` reads.
fn latin(word: &str) -> String {
    if !word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        return word.to_string();
    }
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| cyrillic::latin(c, Style::Address))
        .collect()
}

/// A Russian woman's name with the patronymic in the genitive or accusative ("для Ларисы
/// Николаевны Орловой", "Ольгу Петровну Лукину"): the given name and surname in the
/// nominative, without the patronymic ("Лариса Орлова"). `None` for any other name.
fn feminine_with_patronymic(name: &str) -> Option<String> {
    let [given, patronymic, surname] = name.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let p = patronymic.to_lowercase();
    let genitive = ["овны", "евны", "ичны"].iter().any(|e| p.ends_with(e));
    let accusative = ["овну", "евну", "ичну"].iter().any(|e| p.ends_with(e));
    if !(genitive || accusative) {
        return None;
    }
    let (given, surname) = if genitive {
        // "Ларисы" → "Лариса", "Ольги" → "Ольга", "Марии" → "Мария"; "Орловой" → "Орлова".
        let given = if let Some(stem) = given.strip_suffix('ы') {
            format!("{stem}а")
        } else if let Some(stem) = given.strip_suffix('и') {
            let hard = stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']);
            format!("{stem}{}", if hard { 'а' } else { 'я' })
        } else {
            given.to_string()
        };
        let surname = surname
            .strip_suffix("ой")
            .map_or_else(|| surname.to_string(), |stem| format!("{stem}а"));
        (given, surname)
    } else {
        // "Ольгу" → "Ольга", "Юлию" → "Юлия"; "Лукину" → "Лукина".
        let swap = |w: &str| {
            w.strip_suffix('у')
                .map(|s| format!("{s}а"))
                .or_else(|| w.strip_suffix('ю').map(|s| format!("{s}я")))
                .unwrap_or_else(|| w.to_string())
        };
        (swap(given), swap(surname))
    };
    Some(format!("{given} {surname}"))
}

#[cfg(test)]
mod tests {
    use super::names_after_marker;

    #[test]
    fn a_legal_footers_managing_director_is_no_colleague() {
        for footer in [
            "Impressum S.C. X S.N.C. | Geschäftsführer: Francisc Osvald Handelsregister: J05/1591",
            "Geschäftsführer: Jan Berg Registergericht: Amtsgericht Kiel",
        ] {
            assert!(names_after_marker(footer).is_empty(), "{footer}");
        }
        // Near misses: a colleague named after the word, with a comma or a stop after the name.
        assert_eq!(
            names_after_marker("Unser Geschäftsführer: Jan Berg, er kommt am Dienstag."),
            vec!["Jan Berg".to_string()]
        );
        assert_eq!(
            names_after_marker("Please register my colleague Petra Wagner. Email: p@x.test"),
            vec!["Petra Wagner".to_string()]
        );
    }
}
