//! Registrations on someone else's behalf: who is to be registered, and whether the sender
//! takes part too.
//!
//! A manager often registers a team ("please register my colleagues Jane Doe, jane@…, and
//! John Roe, john@…", or a list below "Please register:"). Each named address becomes a
//! participant of its own, because each gets their own confirmation mail. The sender is one of
//! them only when they say so ("me and my colleague …", "we will both come"). A colleague named
//! without an address cannot be written to, which a person must sort out.
//!
//! A sender may also name people to take their own place: "it's me who cancels, please
//! register A and B", "register my colleague A instead of me". The message as a whole then
//! reads as a cancellation (or, for "instead of", a correction); `replacement` finds the
//! people it registers, and the sender is out.

use super::Intent;
use super::fields::names::{as_in_address, fold};
use super::fields::person_case;
use super::fields::{find_email, is_title_word};
use super::intents;
use super::lexicon::behalf::{
    ADDING, ADDRESS_WORDS, ASKS, Ask, CLAUSE_JOINS, HE_OR_SHE, INSTEAD, INSTEAD_OF_ME, LATER,
    NOT_YET, ONE_MORE, STAFF, WITH_ME,
};
use super::lexicon::stance::{OTHER_NAME, OTHER_PERSON};
use super::lexicon::{COLLEAGUE, ME};
use names::{leading_name, name_after, name_before, names_after_marker};

/// A person named in a registration on someone's behalf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: Option<String>,
    pub email: String,
}

/// What the sender's own text says about registering others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Behalf {
    /// The people to register besides the sender, in the order named, no repeats.
    pub others: Vec<Named>,
    /// The sender says they take part themselves.
    pub sender_too: bool,
    /// The sender asks to register someone (a colleague, "on behalf of") without an address.
    pub missing_address: bool,
    /// The names of colleagues named without an address ("my colleague Petra Wagner wants to
    /// come too, I'll send her address later"), when `missing_address`.
    pub unaddressed: Vec<String>,
    /// The people named take the sender's place ("register A instead of me", "it's me who
    /// cancels, please register A"): the sender cancels. Only when someone else is named.
    pub sender_out: bool,
}

impl Behalf {
    /// The colleagues' names, read from running text in the case the request wants
    /// ("reģistrējiet kolēģi Jāni Bērziņu"), put in the nominative of the message's language.
    pub fn in_nominative(mut self, language: Option<&str>) -> Self {
        for name in self.unaddressed.iter_mut() {
            *name = person_case::nominative(name, language);
        }
        for named in self.others.iter_mut() {
            if let Some(name) = named.name.as_mut() {
                *name = person_case::nominative(name, language);
            }
        }
        self
    }
}

/// Reads the on-behalf part of a registration. `exclude`: the sender's and regbot's own
/// addresses, which are never someone else.
pub fn read(own: &str, exclude: &[String]) -> Behalf {
    let own = super::decode::cut_str(own, 16 * 1024);
    let mut b = Behalf::default();
    let mut colleague_mentioned = false;
    // A paragraph says in so many words that someone has no address (yet).
    let mut said_missing = false;
    // Only an address can name someone to register; without one, only a sentence about a
    // colleague matters (for `missing_address`). Reading the intents of every other sentence
    // would cost as much as reading the whole message again.
    let any_address = own.contains('@');
    let lines: Vec<&str> = own.lines().collect();
    // "My colleague A wants to come too, I'll send her address later." The whole paragraph,
    // its wrapped lines joined: "el. paštą" is cut in two by the sentence split, and a client
    // may wrap "our trainee, A, … He has no address yet" over three lines.
    for paragraph in paragraphs(&lines) {
        if address_comes_later(&paragraph) {
            colleague_mentioned = true;
            said_missing = true;
            for name in sentences(&paragraph).flat_map(names_after_marker) {
                if !b.unaddressed.contains(&name) {
                    b.unaddressed.push(name);
                }
            }
        }
    }
    for (i, line) in lines.iter().enumerate().take(200) {
        for sentence in sentences(line) {
            let lower = sentence.to_lowercase();
            if !any_address && !COLLEAGUE.iter().any(|c| lower.contains(c)) {
                continue;
            }
            // "Register A instead of me": "instead of" alone would read as a correction.
            let found = intents::detect(None, &without_instead(&lower).0, false);
            // Only a sentence that asks to register names people to register: "please send
            // the programme to my colleague x@…" registers nobody. "A (a@…) comes instead of
            // me" asks without a word for registering.
            let registers = found.intents.contains(&Intent::Registration)
                || without_instead(&lower).1 == Instead::OfMe
                || lower.contains("on behalf")
                || asks(&lower);
            if !registers {
                continue;
            }
            let about_others = COLLEAGUE.iter().any(|c| lower.contains(c));
            // "register me and my colleague" includes the sender; "I cannot come myself, but
            // please register my colleague" does not: the clause naming the sender must ask.
            b.sender_too |= asks_for_sender(&lower);
            colleague_mentioned |= about_others;
            let mut named = people_in(sentence, exclude);
            // "Please register the following colleagues:" introduces a list below.
            if named.is_empty() && sentence.trim_end().ends_with(':') {
                named = list_below(&lines, i, exclude);
                b.sender_too |= !named.is_empty() && lists_sender(&lines, i, exclude);
                // "– A, a@…" and "– B (no address yet, I'll send it next week)".
                for name in unaddressed_below(&lines, i) {
                    colleague_mentioned = true;
                    said_missing = true;
                    if !b.unaddressed.contains(&name) {
                        b.unaddressed.push(name);
                    }
                }
            }
            if !about_others && named.is_empty() {
                // "I would like to attend too": the sender's own registration; "could you
                // put the registration in her name?" is someone else's.
                b.sender_too |=
                    found.intents.contains(&Intent::Registration) && !about_someone_else(&lower);
                continue;
            }
            if named.is_empty() {
                for name in names_after_marker(sentence) {
                    if !b.unaddressed.contains(&name) {
                        b.unaddressed.push(name);
                    }
                }
            }
            for n in named {
                if !b.others.iter().any(|o| o.email == n.email) {
                    b.others.push(n);
                }
            }
        }
    }
    // "On behalf of our director, A, I'd like to register him. His address is a@…": a name
    // read without an address finds it elsewhere in the message when the address spells it.
    if any_address && !b.unaddressed.is_empty() {
        let addresses: Vec<Named> = lines
            .iter()
            .take(200)
            .flat_map(|line| people_in(line, exclude))
            .collect();
        b.unaddressed.retain(|name| {
            // Named with their address in the same breath ("A (a@…) and B, who has none").
            let named_so = |a: &Named| a.name.as_deref() == Some(&as_in_address(name, &a.email));
            if addresses.iter().any(named_so) {
                return false;
            }
            let Some(found) = addresses.iter().find(|a| spells(name, &a.email)) else {
                return true;
            };
            if !b.others.iter().any(|o| o.email == found.email) {
                b.others.push(Named {
                    name: Some(as_in_address(name, &found.email)),
                    email: found.email.clone(),
                });
            }
            false
        });
    }
    // "Register A (a@…) and B – B has no address yet": A is registered, B needs a person.
    b.missing_address =
        colleague_mentioned && (b.others.is_empty() || (said_missing && !b.unaddressed.is_empty()));
    if !b.missing_address {
        b.unaddressed.clear();
    }
    // Colleagues without an address: the sentences about them were read, and the sender takes
    // part only when another sentence asks for it ("please register me. Please also put down
    // my colleague A, I'll send his address later").
    if !b.unaddressed.is_empty() && !b.sender_too {
        b.sender_too = lines.iter().take(200).any(|line| {
            // Clause by clause: "I'd like to sign up, and I would like to bring our trainee A".
            sentences(line).any(|sentence| {
                clauses(&sentence.to_lowercase()).iter().any(|clause| {
                    let about_others = COLLEAGUE.iter().any(|c| clause.contains(c))
                        || STAFF.iter().any(|c| clause.contains(c));
                    if about_others {
                        return asks_for_sender(clause);
                    }
                    !about_someone_else(clause)
                        && intents::detect(None, clause, false)
                            .intents
                            .contains(&Intent::Registration)
                })
            })
        });
    }
    // "I can't come myself, but please register my colleague" registers the colleague and
    // cancels nothing (the sender may never have registered); "instead of me" replaces them.
    b.sender_out = !b.others.is_empty() && !b.sender_too && says_instead(&lines);
    b
}

/// The people a cancellation or correction asks to register in the sender's place ("it's me
/// who cancels: please register A and B", "register my colleague A instead of me").
/// `cancels`: the message as a whole cancels. Nobody unless a sentence (or a clause of it,
/// "please cancel my place and register …") asks to register someone named with an address,
/// and the sender is out: the message cancels, or says "instead".
pub fn replacement(own: &str, exclude: &[String], cancels: bool) -> Behalf {
    let mut b = Behalf::default();
    if !own.contains('@') {
        return b;
    }
    let own = super::decode::cut_str(own, 16 * 1024);
    let lines: Vec<&str> = own.lines().collect();
    let mut instead = false;
    for (i, line) in lines.iter().enumerate().take(200) {
        for sentence in sentences(line) {
            let introduces_list = sentence.trim_end().ends_with(':');
            if !sentence.contains('@') && !introduces_list {
                continue;
            }
            let (lower, says) = without_instead(&sentence.to_lowercase());
            // The whole sentence too: "melden Sie meine Kollegen A und B an" asks only whole.
            // "A (a@…) will come instead of me" asks without a word for registering.
            let registers = says == Instead::OfMe
                || asks(&lower)
                || std::iter::once(lower.clone())
                    .chain(clauses(&lower))
                    .any(|clause| {
                        intents::detect(None, &clause, false)
                            .intents
                            .contains(&Intent::Registration)
                    });
            if !registers {
                continue;
            }
            let mut named = people_in(sentence, exclude);
            if named.is_empty() && introduces_list {
                named = list_below(&lines, i, exclude);
            }
            instead |= says != Instead::No && !named.is_empty();
            for n in named {
                if !b.others.iter().any(|o| o.email == n.email) {
                    b.others.push(n);
                }
            }
        }
    }
    if !(cancels || instead) {
        b.others.clear();
    }
    b.sender_out = !b.others.is_empty();
    b
}

/// Whether a lowercase sentence that asks to register is about someone else: "could you put
/// the registration in her name?", "A (a@…)? She would like to come too."
fn about_someone_else(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| OTHER_PERSON.contains(&w))
        || OTHER_NAME.iter().any(|p| lower.contains(p))
        || ONE_MORE.iter().any(|p| lower.contains(p))
        || lower
            .split_whitespace()
            .next()
            .is_some_and(|w| HE_OR_SHE.contains(&w))
}

/// Whether a clause of a lowercase sentence asks to register the sender ("register me and my
/// colleague"); "… for the workshop instead of me" names the sender only to leave.
fn asks_for_sender(lower: &str) -> bool {
    lower.split([',', ';']).any(|clause| {
        let cl = WITH_ME
            .iter()
            .fold(without_instead(clause).0, |cl, w| cl.replace(w, " "));
        cl.split(|c: char| !c.is_alphanumeric())
            .any(|w| ME.contains(&w))
            && intents::detect(None, &cl, false)
                .intents
                .contains(&Intent::Registration)
    })
}

/// Whether a line names a colleague (or a member of staff: "our new adviser", "two people
/// from my team") whose address the sender will send later ("I'll send it tomorrow", "they
/// have no address yet").
fn address_comes_later(line: &str) -> bool {
    let lower = line.to_lowercase();
    (COLLEAGUE.iter().any(|c| lower.contains(c)) || STAFF.iter().any(|c| lower.contains(c)))
        && ADDRESS_WORDS.iter().any(|w| lower.contains(w))
        && (LATER.iter().any(|w| lower.contains(w)) || NOT_YET.iter().any(|w| lower.contains(w)))
}

/// Whether the message asks, in words the intent lexicon misses (`ASKS`: "melden Sie A
/// (a@…) und B (b@…) an", "ilmoittakaa A työpajaan"), to register someone else: a person it
/// names with an address other than `exclude`, or a colleague (whose missing address `read`
/// then reports). Such a message is a registration.
pub fn asks_for_others(own: &str, exclude: &[String]) -> bool {
    let own = super::decode::cut_str(own, 16 * 1024);
    let lines: Vec<&str> = own.lines().collect();
    lines.iter().enumerate().take(200).any(|(i, line)| {
        sentences(line).any(|sentence| {
            let lower = sentence.to_lowercase();
            let colleague = COLLEAGUE.iter().any(|c| lower.contains(c));
            if !(colleague || lower.contains('@')) || !asks(&lower) {
                return false;
            }
            let introduces_list = sentence.trim_end().ends_with(':');
            colleague
                || !people_in(sentence, exclude).is_empty()
                || (introduces_list && !list_below(&lines, i, exclude).is_empty())
        })
    })
}

/// Whether a lowercase sentence asks to register someone in the words of `ASKS`.
fn asks(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    ASKS.iter().any(|ask| {
        if !words.iter().any(|w| is_one_of(ask.verb, w)) {
            return false;
        }
        if ask.with.is_empty() {
            true
        } else if ask.particle {
            particle_ends_a_clause(lower, ask)
        } else {
            words.iter().any(|w| is_one_of(ask.with, w))
        }
    })
}

/// `word` is one of `list`: whole, or starting with an entry that ends in `-`.
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| match entry.strip_suffix('-') {
        Some(stem) => word.starts_with(stem),
        None => word == *entry,
    })
}

/// A separable verb's particle after the verb, at the end of a clause: "melden Sie bitte A
/// und B zum Workshop an." (not the preposition in "an den Workshop").
fn particle_ends_a_clause(lower: &str, ask: &Ask) -> bool {
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let Some(verb_at) = tokens
        .iter()
        .position(|t| is_one_of(ask.verb, t.trim_matches(|c: char| !c.is_alphanumeric())))
    else {
        return false;
    };
    tokens
        .iter()
        .enumerate()
        .skip(verb_at + 1)
        .any(|(i, token)| {
            let word = token.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            let ends = word.len() < token.len()
                || i + 1 == tokens.len()
                || CLAUSE_JOINS.iter().any(|j| j.trim() == tokens[i + 1]);
            ends && ask.with.contains(&word)
        })
}

/// The paragraphs of the text (runs of non-blank lines), each with its lines joined by a space.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .take(200)
        .copied()
        .collect::<Vec<_>>()
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| p.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "))
        .collect()
}

/// Whether `email`'s local part spells `name`: it starts with the given name's initial and
/// holds the first four letters of the surname ("Henrik Lykke": "henrik.lykke@", "hl…" not).
fn spells(name: &str, email: &str) -> bool {
    let local: String = email
        .split('@')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    let words: Vec<String> = name.split_whitespace().map(|w| fold(w, false)).collect();
    let (Some(given), Some(surname)) = (words.first(), words.last()) else {
        return false;
    };
    let stem: String = surname.chars().take(4).collect();
    words.len() >= 2
        && stem.chars().count() >= 3
        && given.chars().next().is_some_and(|c| local.starts_with(c))
        && local.contains(&stem)
}

/// The sentences of one line, as `read` and `replacement` take them.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    line.split_inclusive(['!', '?'])
        .flat_map(|s| s.split(". "))
        .take(20)
}

/// The clauses of a lowercase sentence: split at commas, semicolons and joining words.
fn clauses(lower: &str) -> Vec<String> {
    let mut text = lower.to_string();
    for join in CLAUSE_JOINS {
        text = text.replace(join, "; ");
    }
    text.split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a sentence puts the people it names in the sender's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Instead {
    No,
    /// "instead", which needs a request to register in the same sentence.
    Alone,
    /// "instead of me", "in my place".
    OfMe,
}

/// A lowercase sentence without its "instead (of me)" words, and which it had.
fn without_instead(lower: &str) -> (String, Instead) {
    let mut text = lower.to_string();
    let mut found = Instead::No;
    for (list, kind) in [(INSTEAD_OF_ME, Instead::OfMe), (INSTEAD, Instead::Alone)] {
        for phrase in list {
            if text.contains(phrase) {
                if found == Instead::No {
                    found = kind;
                }
                text = text.replace(phrase, " ");
            }
        }
    }
    (text, found)
}

/// [`says_instead`] over a whole text.
pub fn says_instead_in(own: &str) -> bool {
    let own = super::decode::cut_str(own, 16 * 1024);
    says_instead(&own.lines().collect::<Vec<_>>())
}

/// Whether a sentence that names someone with an address says they come instead of the
/// sender.
fn says_instead(lines: &[&str]) -> bool {
    lines.iter().take(200).any(|line| {
        sentences(line).any(|sentence| {
            sentence.contains('@') && without_instead(&sentence.to_lowercase()).1 != Instead::No
        })
    })
}

/// The people in the list below line `at` ("Please register the following colleagues:"),
/// up to the first line without an address after one was found (blank lines between the
/// entries, as mail clients leave them between table rows, do not end it).
fn list_below(lines: &[&str], at: usize, exclude: &[String]) -> Vec<Named> {
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
fn unaddressed_below(lines: &[&str], at: usize) -> Vec<String> {
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

/// Whether the list below line `at` names one of `exclude` (the sender listing themselves
/// among the people to register).
fn lists_sender(lines: &[&str], at: usize, exclude: &[String]) -> bool {
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

/// Whether a reply asks to add a colleague to the sender's registration ("Would it be possible
/// to add her to my registration? Her address is …", "Lūdzu pierakstiet arī viņu: Mārtiņš
/// Strazds"): a sentence that adds, in a mail that speaks of a colleague or a member of staff.
pub fn adds_someone(own: &str) -> bool {
    let own = super::decode::cut_str(own, 16 * 1024);
    let lower = own.to_lowercase();
    let someone =
        COLLEAGUE.iter().any(|c| lower.contains(c)) || STAFF.iter().any(|s| lower.contains(s));
    someone
        && own.lines().take(200).any(|line| {
            sentences(line).any(|s| {
                let l = s.to_lowercase();
                ADDING.iter().any(|a| l.contains(a))
            })
        })
}

/// Makes the intents of a message whose sender is replaced by the people it names: a
/// registration (theirs) and a cancellation (the sender's); the "instead of" that read as a
/// correction corrects nothing.
pub fn sender_replaced(intents: &mut Vec<Intent>, for_one_day: bool) {
    intents.retain(|i| *i != Intent::Update);
    intents.extend([Intent::Registration, Intent::Cancellation]);
    if for_one_day {
        // The sender keeps the other day: their registration changes too.
        intents.push(Intent::Update);
    }
    intents.sort();
    intents.dedup();
}

/// The people named in one sentence or list line: each address with the capitalised words
/// right before it ("Jane Doe, jane@…", "Jane Doe <jane@…>") or in brackets after it.
fn people_in(text: &str, exclude: &[String]) -> Vec<Named> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut guard = 0;
    while let Some(at) = rest.find('@') {
        guard += 1;
        if guard > 20 {
            break;
        }
        // The token around the '@'.
        let start = rest
            .get(..at)
            .and_then(|b| b.rfind(|c: char| c.is_whitespace() || "<(,;:\"[".contains(c)))
            .map_or(0, |i| i + 1);
        let end = rest
            .get(at..)
            .and_then(|a| a.find(|c: char| c.is_whitespace() || ">),;\"]".contains(c)))
            .map_or(rest.len(), |i| at + i);
        let token = rest.get(start..end).unwrap_or("");
        let before = rest.get(..start).unwrap_or("");
        let after = rest.get(end..).unwrap_or("");
        if let Some(email) = find_email(token)
            && !exclude.iter().any(|e| e.eq_ignore_ascii_case(&email))
        {
            // A job title before the address is no name ("Referentin EU-Projekte,
            // k.vogt@…"); a name in the sentence's case takes the address's form.
            // A list line may put the job between: "Katharina Vogt, Referentin EU-Projekte,
            // k.vogt@…".
            let no_title = |n: &String| !n.split_whitespace().any(is_title_word);
            let name = name_before(before)
                .filter(no_title)
                .or_else(|| name_after(after).filter(no_title))
                .or_else(|| leading_name(before).filter(no_title))
                .map(|n| as_in_address(&n, &email));
            out.push(Named { name, email });
        }
        rest = rest.get(end.max(at + 1)..).unwrap_or("");
    }
    out
}

mod names;

#[cfg(test)]
mod asks_tests;
#[cfg(test)]
mod tests;
