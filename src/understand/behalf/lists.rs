//! The lists below a line that introduces them ("Please register the following colleagues:"):
//! the people with an address, those whose address comes later, and whether the sender is one.

use super::super::fields::{is_title_word, looks_like_name};
use super::super::lexicon::behalf::{ADDRESS_WORDS, LATER, NAME_JOINS, NOT_YET, SENDER_IN_LIST};
use super::super::lexicon::clauses::HOW_MANY_OF_US;
use super::super::lexicon::fields::NAME_TITLES;
use super::folded::{COLLEAGUE, OUR_HEAD, STAFF};
use super::names::leading_name;
use super::{Named, people_in};

/// The people in the list below line `at` ("Please register the following colleagues:"),
/// up to the first line without an address after one was found (blank lines between the
/// entries, as mail clients leave them between table rows, do not end it).
pub(super) fn list_below(lines: &[&str], at: usize, exclude: &[String]) -> Vec<Named> {
    let mut named = Vec::new();
    let mut started = false;
    for next in lines.iter().skip(at + 1).take(30) {
        if next.trim().is_empty() {
            continue;
        }
        if !next.contains('@') {
            if started {
                break;
            }
            continue;
        }
        started = true;
        named.extend(people_in(next, exclude));
    }
    named
}

/// The people in the list below line `at` named without an address, on a line that says it
/// comes later or does not exist yet ("Ali Hassan – he has no address with us yet"): the
/// entries up to the first blank line after them.
pub(super) fn unaddressed_below(lines: &[&str], at: usize) -> Vec<String> {
    lines
        .iter()
        .skip(at + 1)
        .take(30)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| !l.contains('@') && address_comes_later_alone(l))
        .filter_map(|l| leading_name(l))
        .collect()
}

/// Whether a line says its person's address comes later or does not exist yet, without the
/// word for a colleague that [`address_comes_later`] wants (a list entry under one).
fn address_comes_later_alone(line: &str) -> bool {
    let lower = line.to_lowercase();
    ADDRESS_WORDS.iter().any(|w| lower.contains(w))
        && (LATER.iter().any(|w| lower.contains(w)) || NOT_YET.iter().any(|w| lower.contains(w)))
}

/// The person who closes a list of the people who come, named by their place and without an
/// address after the last one with an address: "…: me, my colleague A (a@…) and our director
/// B". Only after the language's "and" and at most three words that say their place: "… (a@…)
/// and send the programme to B" names nobody who comes. Without such words, only when the
/// sentence says the address is missing: "… (a@…) and B, who has no address yet".
pub(super) fn unaddressed_after_list(sentence: &str) -> Option<String> {
    let at = sentence.rfind('@')?;
    // The rest of the address itself is the first word.
    let mut words = sentence.get(at..)?.split_whitespace().skip(1);
    let join = words.next()?;
    if !NAME_JOINS.contains(&join.to_lowercase().as_str()) {
        return None;
    }
    let mut place: Vec<String> = Vec::new();
    let mut name: Vec<&str> = Vec::new();
    for w in words.take(7) {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        if name.is_empty() && !capitalised {
            place.push(bare.to_lowercase());
            continue;
        }
        if !capitalised || is_title_word(bare) {
            break;
        }
        name.push(bare);
        // Punctuation ends the name: "Tomas Berg." / "Tomas Berg, who …".
        if w.len() != bare.len() {
            break;
        }
    }
    let place = place.join(" ");
    // "… and B, who has no address yet": the sentence says why B has none.
    let placed = (place.is_empty() && address_comes_later_alone(sentence))
        || ((1..=3).contains(&place.split_whitespace().count())
            && COLLEAGUE
                .iter()
                .chain(OUR_HEAD.iter())
                .chain(STAFF.iter())
                .any(|m| place.contains(m)));
    let name = name.join(" ");
    (placed && looks_like_name(&name)).then_some(name)
}

/// Whether the list below line `at` names one of `exclude` (the sender listing themselves
/// among the people to register).
pub(super) fn lists_sender(lines: &[&str], at: usize, exclude: &[String]) -> bool {
    lines
        .iter()
        .skip(at + 1)
        .take(30)
        .take_while(|l| l.trim().is_empty() || l.contains('@'))
        .any(|l| {
            let lower = l.to_lowercase();
            exclude
                .iter()
                .any(|e| !e.is_empty() && lower.contains(&e.to_lowercase()))
        })
}

/// A list after a colon of the people who come, with the sender one of them: "wir kommen zu
/// dritt: ich selbst, meine Kollegin A (a@…) und unser Praktikant B", "I kan regne med os: C
/// og undertegnede". The names in it without an address (two or three capitalised words at
/// the end of an entry, the words for their place left out: "unser Praktikant B" is B), and
/// `None` unless the sender is listed with someone else.
pub(super) fn team_list(sentence: &str) -> Option<Vec<String>> {
    let (_, list) = sentence.split_once(':')?;
    let mut sender = false;
    let mut addressed = false;
    let mut names = Vec::new();
    let mut entry: Vec<&str> = Vec::new();
    let mut words = list.split_whitespace().take(60).peekable();
    while let Some(w) = words.next() {
        let join = NAME_JOINS.contains(&w.to_lowercase().as_str());
        if !join {
            entry.push(w);
        }
        let ends = join || w.ends_with([',', ';']) || words.peek().is_none();
        if ends && !entry.is_empty() {
            let first = entry[0]
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase();
            if SENDER_IN_LIST.contains(&first.as_str()) {
                sender = true;
            } else if entry.iter().any(|w| w.contains('@')) {
                addressed = true;
            } else if let Some(name) = name_ending(&entry) {
                names.push(name);
            }
            entry.clear();
        }
        // A full stop ends the list: "… und ich. Frau Möller schreibt …"; a title's dot does
        // not ("meine Kollegin Dr. Anja Wolter").
        if w.ends_with(['.', '!', '?']) && !NAME_TITLES.contains(&w.to_lowercase().as_str()) {
            break;
        }
    }
    // The sender and someone else: "…: I have another meeting." lists nobody.
    (sender && (addressed || !names.is_empty())).then_some(names)
}

/// The name that ends a list entry: its last two or three capitalised words, none of them a
/// title or the word for a colleague or a member of staff ("Praktikant", "Kollegin").
fn name_ending(entry: &[&str]) -> Option<String> {
    let bare: Vec<&str> = entry
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic() && c != '-'))
        .collect();
    let is_name_word = |w: &&str| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_title_word(w)
            && !COLLEAGUE
                .iter()
                .chain(OUR_HEAD.iter())
                .chain(STAFF.iter())
                .any(|m| lower.contains(m.trim()))
    };
    let run: Vec<&str> = bare
        .iter()
        .rev()
        .take_while(|w| is_name_word(w))
        .copied()
        .collect();
    // The run ends the entry: "Oskar Nyberg" or "unser Praktikant Jonas Brandt", not "Rønne"
    // in "undertegnede tager turen fra Rønne".
    if !(2..=3).contains(&run.len()) {
        return None;
    }
    let name = run.into_iter().rev().collect::<Vec<_>>().join(" ");
    looks_like_name(&name).then_some(name)
}

/// Whether a line that introduces a list counts the people who come ("Vi blir tre fra
/// klyngen:", "z naszego klastra przyjadą trzy osoby:", "Meiltä tulee kolme henkilöä:").
pub(super) fn counts_people(lower: &str) -> bool {
    // Norwegian "to" and Lithuanian "du" are also English "to" and German "du".
    lower.trim_end().ends_with(':')
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| HOW_MANY_OF_US.contains(&w) && !["to", "du"].contains(&w))
}

/// The list below line `at` of the people who come, as `counts_people` introduces it: the
/// names that open its lines without an address ("1) Edgars Kalējs – klastera vadītājs",
/// "- Marius Eide (e-post kommer)"), and whether a line is the sender ("- ich selbst", "3) es
/// pats, Roberts Siliņš", "3. ja – Paweł Grabowski").
pub(super) fn members_below(lines: &[&str], at: usize) -> (Vec<String>, bool) {
    let mut names = Vec::new();
    let mut sender = false;
    for line in lines
        .iter()
        .skip(at + 1)
        .take(30)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
    {
        if line.contains('@') {
            continue;
        }
        let entry = line.trim_start_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || "-–*•).:".contains(c)
        });
        let first = entry
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if SENDER_IN_LIST.contains(&first.as_str()) || first == "ja" {
            sender = true;
        } else if let Some(name) = leading_name(line) {
            names.push(name);
        }
    }
    (names, sender)
}
