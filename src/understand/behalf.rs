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
use super::fields::names::{as_in_address, strip_titles};
use super::fields::person_case;
use super::fields::{find_email, is_title_word};
use super::intents;
use super::lexicon::behalf::ADDING;
use asking::{about_correspondence, asks, on_their_own};
pub use declines::{Decline, declines_invitation};
use folded::{COLLEAGUE, OUR_HEAD, STAFF};
pub use instead::says_instead_in;
use instead::{Instead, says_instead, without_instead};
use lists::{
    counts_people, list_below, lists_sender, members_below, team_list, unaddressed_after_list,
    unaddressed_below,
};
use names::{
    initials_of, leading_name, name_after, name_before, name_spelled_in, names_after_marker, spells,
};
use text::{clauses, paragraphs, sentences};
use who::{
    about_someone_else, address_comes_later, asks_for_sender, head_is_subject, names_colleague,
    names_who_come, sender_alongside,
};

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
    /// The people named are cancelled, not registered ("my colleague A can't come after all;
    /// I'm still coming"): the sender is one of them only with `sender_too`.
    pub others_out: bool,
}

/// Reads the on-behalf part of a registration. `exclude`: the sender's and regbot's own
/// addresses, which are never someone else.
pub fn read(own: &str, exclude: &[String]) -> Behalf {
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let mut b = Behalf::default();
    let mut colleague_mentioned = false;
    // A paragraph says in so many words that someone has no address (yet).
    let mut said_missing = false;
    // Names from a sentence that puts them in the sender's place without their address
    // ("A takes my place"), and whether one of them is found with an address.
    let mut replacing: Vec<String> = Vec::new();
    let mut replaced_by_named = false;
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
    // The sentence before the one read: "… will represent us: A (a@…). Please register her."
    let mut previous = "";
    for (i, line) in lines.iter().enumerate().take(200) {
        for sentence in sentences(line) {
            let before = std::mem::replace(&mut previous, sentence);
            let lower = sentence.to_lowercase();
            // "wir kommen zu dritt: ich selbst, A (a@…) und unser Praktikant B": the sender
            // comes, and so does B, whose address a person must find.
            if let Some(names) = team_list(sentence) {
                b.sender_too = true;
                for name in names {
                    colleague_mentioned = true;
                    said_missing = true;
                    if !b.unaddressed.contains(&name) {
                        b.unaddressed.push(name);
                    }
                }
            }
            if !any_address && !names_colleague(&lower) {
                continue;
            }
            // "Register A instead of me": "instead of" alone would read as a correction.
            let found = intents::detect(None, &without_instead(&lower).0, false);
            // Only a sentence that asks to register names people to register: "please send
            // the programme to my colleague x@…" registers nobody. "A (a@…) comes instead of
            // me" asks without a word for registering.
            let instead = without_instead(&lower).1;
            let registers = found.intents.contains(&Intent::Registration)
                || instead == Instead::OfMe
                || lower.contains("on behalf")
                || asks(&lower)
                || clause_registers(sentence, &lower)
                || names_who_come(sentence, &lower, instead)
                // "Vi blir tre fra klyngen:" above a list with addresses.
                || (counts_people(&lower) && !list_below(&lines, i, exclude).is_empty());
            if !registers {
                continue;
            }
            // Someone above the sender counts when named: "on behalf of our chair" alone
            // may be the sender's own errand.
            let about_others = COLLEAGUE.iter().any(|c| lower.contains(c))
                || (OUR_HEAD.iter().any(|c| lower.contains(c))
                    && !names_after_marker(sentence).is_empty());
            // "register me and my colleague" includes the sender; "I cannot come myself, but
            // please register my colleague" does not: the clause naming the sender must ask.
            b.sender_too |= asks_for_sender(&lower) || sender_alongside(&lower);
            colleague_mentioned |= about_others;
            let mut named = people_in(sentence, exclude);
            // "Please register the following colleagues:" introduces a list below.
            if named.is_empty() && sentence.trim_end().ends_with(':') {
                named = list_below(&lines, i, exclude);
                b.sender_too |= !named.is_empty() && lists_sender(&lines, i, exclude);
                // "– A, a@…" and "– B (no address yet, I'll send it next week)".
                let mut unaddressed = unaddressed_below(&lines, i);
                // "Vi blir tre:" above "- Marius Eide (e-post kommer)" and "- ich selbst".
                if counts_people(&lower) && !named.is_empty() {
                    let (members, sender) = members_below(&lines, i);
                    b.sender_too |= sender;
                    unaddressed.extend(members);
                }
                for name in unaddressed {
                    colleague_mentioned = true;
                    said_missing = true;
                    if !b.unaddressed.contains(&name) {
                        b.unaddressed.push(name);
                    }
                }
            }
            // "…: me, my colleague A (a@…) and our director B": B comes too, and a person
            // has to find B's address.
            if !named.is_empty()
                && let Some(name) = unaddressed_after_list(sentence)
            {
                colleague_mentioned = true;
                said_missing = true;
                if !b.unaddressed.contains(&name) {
                    b.unaddressed.push(name);
                }
            }
            if !about_others && named.is_empty() {
                // "Naszą organizację będzie reprezentować dr A (a@…). Proszę o jej rejestrację":
                // "her" is the person named with an address just before.
                let earlier = pronoun_for_earlier(&lower, before, exclude);
                if !earlier.is_empty() {
                    colleague_mentioned = true;
                    for n in earlier {
                        if !b.others.iter().any(|o| o.email == n.email) {
                            b.others.push(n);
                        }
                    }
                    continue;
                }
                // "vår nya projektledare Noor Haddad vill delta … Hon nås på noor.haddad@…":
                // a member of staff whose address, spelling the name, is in another sentence.
                let staff = staff_addressed_elsewhere(sentence, &lower, &lines, exclude);
                if !staff.is_empty() {
                    replaced_by_named |= instead == Instead::OfMe;
                    for n in staff {
                        if !b.others.iter().any(|o| o.email == n.email) {
                            b.others.push(n);
                        }
                    }
                    continue;
                }
                // "I would like to attend too": the sender's own registration; "could you
                // put the registration in her name?" is someone else's.
                b.sender_too |= found.intents.contains(&Intent::Registration)
                    && !about_someone_else(&lower)
                    && !about_correspondence(&lower);
                continue;
            }
            if named.is_empty() {
                for name in names_after_marker(sentence) {
                    // "min kollega A overtager min plads. Hendes mail er a@…".
                    if instead == Instead::OfMe {
                        replacing.push(name.clone());
                    }
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
    for name in b.unaddressed.iter_mut() {
        *name = person_case::without_trailing_place(name);
    }
    if any_address && !b.unaddressed.is_empty() {
        let addresses: Vec<Named> = lines
            .iter()
            .take(200)
            .flat_map(|line| people_in(line, exclude))
            .collect();
        b.unaddressed.retain(|name| {
            // Named with their address in the same breath ("A (a@…) and B, who has none"),
            // and registered so.
            let named_so = |a: &Named| {
                a.name.as_deref() == Some(&as_in_address(name, &a.email))
                    && b.others.iter().any(|o| o.email == a.email)
            };
            if addresses.iter().any(named_so) {
                return false;
            }
            // "min kollega Rasmus Vinther … Hans mail er rv@…": initials spell a name named.
            let Some(found) = addresses
                .iter()
                .find(|a| spells(name, &a.email) || initials_of(name, &a.email))
            else {
                return true;
            };
            replaced_by_named |= replacing.contains(name);
            // Read before without a name ("Please register her; her address is k.vogt@…"):
            // the name is the one the address spells.
            match b.others.iter_mut().find(|o| o.email == found.email) {
                Some(other) => {
                    other.name = other
                        .name
                        .take()
                        .or_else(|| Some(as_in_address(name, &found.email)));
                }
                None => b.others.push(Named {
                    name: Some(as_in_address(name, &found.email)),
                    email: found.email.clone(),
                }),
            }
            false
        });
    }
    // "My colleague A would like to come. Please register her; her address is a@…": an
    // address read without a name takes the colleague's name it spells.
    if b.others.iter().any(|o| o.name.is_none()) {
        let named: Vec<String> = lines
            .iter()
            .take(200)
            .flat_map(|line| {
                sentences(line)
                    .flat_map(names_after_marker)
                    .collect::<Vec<_>>()
            })
            .collect();
        for other in b.others.iter_mut().filter(|o| o.name.is_none()) {
            other.name = named
                .iter()
                .find(|n| spells(n, &other.email) || initials_of(n, &other.email))
                .map(|n| as_in_address(n, &other.email));
        }
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
            // Or the sender named alongside: "we come the two of us: me and our new …".
            sentences(line).any(|sentence| {
                let lower = sentence.to_lowercase();
                // "All correspondence about his participation may go to me": the sender
                // organises it.
                if about_correspondence(&lower) && !sender_alongside(&lower) {
                    return false;
                }
                // "unser Geschäftsführer, Herr Dr. A, möchte gern teilnehmen": the head is the
                // subject of every clause when the sentence opens with them and never names
                // the sender.
                if head_is_subject(&lower) {
                    return false;
                }
                if sender_alongside(&lower)
                    && (asks(&lower)
                        || clauses(&lower).iter().any(|clause| {
                            intents::detect(None, clause, false)
                                .intents
                                .contains(&Intent::Registration)
                        }))
                {
                    return true;
                }
                clauses(&lower).iter().any(|clause| {
                    let about_others =
                        names_colleague(clause) || STAFF.iter().any(|c| clause.contains(c));
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
    b.sender_out =
        !b.others.is_empty() && !b.sender_too && (says_instead(&lines) || replaced_by_named);
    b
}

/// Whether a clause of a sentence that could name someone (an address, a colleague, a list
/// below it) asks to register: "sam niestety nie mogę przyjechać, ale chciałbym zgłosić
/// dwóch naszych pracowników:" registers in its second clause only.
fn clause_registers(sentence: &str, lower: &str) -> bool {
    let could_name =
        sentence.contains('@') || sentence.trim_end().ends_with(':') || names_colleague(lower);
    if !could_name {
        return false;
    }
    // One clause is the whole sentence, which was read already ("E-Mail: a@…").
    let parts = clauses(lower);
    parts.len() > 1
        && parts.iter().any(|clause| {
            intents::detect(None, clause, false)
                .intents
                .contains(&Intent::Registration)
        })
}

/// The members of staff a registering sentence names ("our new project manager A") whose
/// address, spelling the name, the message gives elsewhere; none unless both are there.
fn staff_addressed_elsewhere(
    sentence: &str,
    lower: &str,
    lines: &[&str],
    exclude: &[String],
) -> Vec<Named> {
    if !STAFF.iter().any(|s| lower.contains(s)) {
        return Vec::new();
    }
    let names = names_after_marker(sentence);
    if names.is_empty() {
        return Vec::new();
    }
    let addresses: Vec<Named> = lines
        .iter()
        .take(200)
        .flat_map(|line| people_in(line, exclude))
        .collect();
    names
        .iter()
        .filter_map(|name| {
            let found = addresses.iter().find(|a| spells(name, &a.email))?;
            Some(Named {
                name: Some(as_in_address(name, &found.email)),
                email: found.email.clone(),
            })
        })
        .collect()
}

/// The people a cancellation or correction asks to register in the sender's place ("it's me
/// who cancels: please register A and B", "register my colleague A instead of me").
/// `cancels`: the message as a whole cancels. Nobody unless a sentence (or a clause of it,
/// "please cancel my place and register …") asks to register someone named with an address,
/// and the sender is out: the message cancels, or says "instead".
pub fn replacement(own: &str, exclude: &[String], cancels: bool) -> Behalf {
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let lines: Vec<&str> = own.lines().collect();
    let b = substitutes(&lines, exclude, cancels);
    // Nobody registered in the sender's place: the colleagues a cancellation names.
    if cancels && b.others.is_empty() {
        return cancelled::cancelled_colleagues(&lines, exclude);
    }
    b
}

/// The people `replacement` registers in the sender's place.
fn substitutes(lines: &[&str], exclude: &[String], cancels: bool) -> Behalf {
    let mut b = Behalf::default();
    if !lines.iter().any(|l| l.contains('@')) {
        return b;
    }
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
                named = list_below(lines, i, exclude);
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

/// The people named with a name and an address in the sentence `before`, when the lowercase
/// sentence `lower` that asks to register names them only by a pronoun ("register her",
/// "reģistrējiet viņu"); none when it is about where the mail goes.
fn pronoun_for_earlier(lower: &str, before: &str, exclude: &[String]) -> Vec<Named> {
    if !before.contains('@') || !about_someone_else(lower) || about_correspondence(lower) {
        return Vec::new();
    }
    people_in(before, exclude)
        .into_iter()
        .filter(|n| n.name.is_some())
        .collect()
}

/// Whether the message asks, in words the intent lexicon misses (`ASKS`: "melden Sie A
/// (a@…) und B (b@…) an", "ilmoittakaa A työpajaan"), to register someone else: a person it
/// names with an address other than `exclude`, or a colleague (whose missing address `read`
/// then reports). Such a message is a registration.
pub fn asks_for_others(own: &str, exclude: &[String]) -> bool {
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let lines: Vec<&str> = own.lines().collect();
    lines.iter().enumerate().take(200).any(|(i, line)| {
        sentences(line).any(|sentence| {
            let lower = sentence.to_lowercase();
            let colleague = names_colleague(&lower);
            if !(colleague || lower.contains('@')) || !asks(&lower) || on_their_own(&lower) {
                return false;
            }
            let introduces_list = sentence.trim_end().ends_with(':');
            colleague
                || !people_in(sentence, exclude).is_empty()
                || (introduces_list && !list_below(&lines, i, exclude).is_empty())
        })
    })
}

/// Whether a reply asks to add a colleague to the sender's registration ("Would it be possible
/// to add her to my registration? Her address is …", "Lūdzu pierakstiet arī viņu: Mārtiņš
/// Strazds"): a sentence that adds, in a mail that speaks of a colleague or a member of staff.
pub fn adds_someone(own: &str) -> bool {
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let lower = own.to_lowercase();
    let someone = names_colleague(&lower) || STAFF.iter().any(|s| lower.contains(s));
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
                .or_else(|| name_spelled_in(text, &email))
                .map(|n| as_in_address(&strip_titles(&n), &email));
            out.push(Named { name, email });
        }
        rest = rest.get(end.max(at + 1)..).unwrap_or("");
    }
    out
}

mod asking;
mod cancelled;
mod declines;
pub(super) mod folded;
mod instead;
mod lists;
mod names;
mod text;
mod who;

#[cfg(test)]
mod asks_tests;
#[cfg(test)]
mod team_tests;
#[cfg(test)]
mod tests;
