//! A cancellation of colleagues: "my colleague A (a@…) can't come after all, please take him
//! off the list. I'm still coming as planned." The people it cancels are the colleagues it
//! names in a sentence that cancels; the sender is one of them only when a sentence of their
//! own cancels too ("… and I can't either", "izņemiet mūs abus").

use super::super::fields::{is_title_word, looks_like_name};
use super::super::lexicon::behalf::{BUT, FIRST_PERSON, HE_OR_SHE, NOT_NAME_WORDS, THEM};
use super::super::lexicon::fields::NAME_TITLES;
use super::super::lexicon::language::FUNCTION_WORDS;
use super::super::lexicon::stance::OTHER_PERSON;
use super::super::{Intent, intents};
use super::folded::{COLLEAGUE, OUR_HEAD, STAFF, STAFF_ANY};
use super::names::names_after_marker;
use super::text::sentences;
use super::who::names_colleague;
use super::{Behalf, Named, people_in};

/// The colleagues a cancellation names, each with their address when the sentence gives one
/// (`others`) or by name only (`unaddressed`); `sender_too` when the sender cancels as well.
/// Nobody when no sentence that cancels names a colleague; `others_out` when one does.
pub(super) fn cancelled_colleagues(lines: &[&str], exclude: &[String]) -> Behalf {
    let mut b = Behalf::default();
    let mut sender_cancels = false;
    // The cheap test first: intent detection per sentence below is only worth it when some
    // line names someone (an address, a colleague, a member of staff, a name after "but").
    let names_someone = lines.iter().take(200).any(|l| {
        if l.contains('@') {
            return true;
        }
        let lower = l.to_lowercase();
        // "…, but Tom Reed can't come": a person named after "but".
        names_colleague(&lower) || STAFF_ANY.in_text(&lower) || at_but(l).len() > 1
    });
    if !names_someone {
        return b;
    }
    for line in lines.iter().take(200) {
        // "En itse pääse, mutta välitin kutsun kollegalleni A": each side of a "but" apart.
        for sentence in sentences(line).flat_map(at_but) {
            let lower = sentence.to_lowercase();
            if !intents::detect(None, sentence, false)
                .intents
                .contains(&Intent::Cancellation)
            {
                continue;
            }
            let about_colleague = names_colleague(&lower) || STAFF_ANY.in_text(&lower);
            // "I can't come because my colleague A is ill": the sender's own cancellation.
            if opens_with_sender(&lower) {
                sender_cancels = true;
                continue;
            }
            let named = people_in(sentence, exclude);
            let names = if about_colleague {
                names_after_marker(sentence)
            } else {
                // "…, but Jonas Berg can't come after all": the person named as the subject.
                subject_name(sentence).into_iter().collect()
            };
            if named.is_empty() && names.is_empty() {
                // "Lūdzu, izņemiet viņu no saraksta" is about the colleague named before;
                // "Unfortunately I can't come either" is the sender's.
                sender_cancels |= !third_person(&lower) || first_person(&lower);
                continue;
            }
            // "gan man, gan kolēģim …": "both of us" cancels the sender with the colleague.
            sender_cancels |= lower.contains(" both") || lower.contains(" abu");
            for n in named {
                if !b.others.iter().any(|o| o.email == n.email) {
                    b.others.push(n);
                }
            }
            for name in names {
                let addressed = b
                    .others
                    .iter()
                    .any(|o: &Named| o.name.as_deref().is_some_and(|n| same_person(n, &name)));
                if !addressed && !b.unaddressed.contains(&name) {
                    b.unaddressed.push(name);
                }
            }
        }
    }
    b.others_out = !b.others.is_empty() || !b.unaddressed.is_empty();
    b.sender_too = b.others_out && sender_cancels;
    b
}

/// Whether two readings of a name are one person: the same surname stem ("Raimonds Zariņš"
/// and "Raimondu Zariņu").
fn same_person(a: &str, b: &str) -> bool {
    let stem = |s: &str| {
        s.split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase()
            .chars()
            .take(4)
            .collect::<String>()
    };
    stem(a) == stem(b)
}

/// The name a sentence (or the part after "but") opens with, as its subject: two or three
/// capitalised words that a lowercase word or a comma follows ("Jonas Berg can't come",
/// "Niamh O'Brien, who registered …"). Titles before it are skipped; one word is no name.
fn subject_name(sentence: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    for (i, w) in sentence.split_whitespace().take(6).enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        let lower = bare.to_lowercase();
        if i == 0 && BUT.contains(&lower.as_str()) {
            continue;
        }
        if name.is_empty() && NAME_TITLES.contains(&lower.as_str()) {
            continue;
        }
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !is_title_word(bare);
        if !capitalised {
            break;
        }
        name.push(bare);
        if w.len() != bare.len() || name.len() == 3 {
            break;
        }
    }
    let name = name.join(" ");
    // "Im Vorfeld der CeBIT …", "Zur Online-Version …", "Damit Sie …": a German sentence
    // opens with capitalised words that are no name.
    let common = name.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        NOT_NAME_WORDS.contains(&w.as_str())
            || FUNCTION_WORDS
                .iter()
                .any(|(_, list)| list.contains(&w.as_str()))
    });
    ((2..=3).contains(&name.split_whitespace().count()) && looks_like_name(&name) && !common)
        .then_some(name)
}

/// A sentence cut before each word for "but" ("…, mutta välitin kutsun …").
fn at_but(sentence: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in sentence.char_indices() {
        let rest = sentence.get(at..).unwrap_or("");
        let starts_word = at > 0
            && sentence
                .get(..at)
                .is_some_and(|b| b.ends_with(char::is_whitespace));
        if starts_word
            && BUT.iter().any(|w| {
                rest.len() > w.len()
                    && rest
                        .get(..w.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(w))
                    && rest
                        .get(w.len()..)
                        .is_some_and(|r| r.starts_with(char::is_whitespace))
            })
        {
            parts.push(sentence.get(from..at).unwrap_or(""));
            from = at;
        }
    }
    parts.push(sentence.get(from..).unwrap_or(""));
    parts
}

fn words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

/// Whether a lowercase sentence speaks of someone else by a pronoun ("take her off the list").
/// German "er" and Danish "er" ("is"), English "on" and Polish "on" ("he") are one word: left
/// out.
fn third_person(lower: &str) -> bool {
    words(lower).any(|w| {
        OTHER_PERSON.contains(&w)
            || THEM.contains(&w)
            || (HE_OR_SHE.contains(&w) && !["er", "on"].contains(&w))
    })
}

/// Whether the sender is the subject of a lowercase sentence before any colleague is named,
/// and nobody else is spoken of by a pronoun before that: "I can't come because my colleague A is ill",
/// "leider kann ich nicht, weil meine Kollegin …".
fn opens_with_sender(lower: &str) -> bool {
    const SUBJECT: &[&str] = &[
        "i", "i'm", "i'll", "ich", "jag", "jeg", "minä", "mina", "aš", "я",
    ];
    let marker = COLLEAGUE
        .iter()
        .chain(OUR_HEAD.iter())
        .chain(STAFF.iter())
        .filter_map(|m| lower.find(m))
        .min()
        .unwrap_or(lower.len());
    let head = lower.get(..marker).unwrap_or(lower);
    words(head).any(|w| SUBJECT.contains(&w)) && !third_person(head)
}

/// Whether a lowercase sentence names the sender ("we can't come either", "izņemiet mūs").
fn first_person(lower: &str) -> bool {
    words(lower).any(|w| FIRST_PERSON.contains(&w))
}
