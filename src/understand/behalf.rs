//! Registrations on someone else's behalf: who is to be registered, and whether the sender
//! takes part too.
//!
//! A manager often registers a team ("please register my colleagues Jane Doe, jane@…, and
//! John Roe, john@…", or a list below "Please register:"). Each named address becomes a
//! participant of its own, because each gets their own confirmation mail. The sender is one of
//! them only when they say so ("me and my colleague …", "we will both come"). A colleague named
//! without an address cannot be written to, which a person must sort out.

use super::Intent;
use super::fields::{clean_name, find_email};
use super::intents;
use super::lexicon::{COLLEAGUE, ME};

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
}

/// Reads the on-behalf part of a registration. `exclude`: the sender's and regbot's own
/// addresses, which are never someone else.
pub fn read(own: &str, exclude: &[String]) -> Behalf {
    let own = super::decode::cut_str(own, 16 * 1024);
    let mut b = Behalf::default();
    let mut colleague_mentioned = false;
    // Only an address can name someone to register; without one, only a sentence about a
    // colleague matters (for `missing_address`). Reading the intents of every other sentence
    // would cost as much as reading the whole message again.
    let any_address = own.contains('@');
    let lines: Vec<&str> = own.lines().collect();
    for (i, line) in lines.iter().enumerate().take(200) {
        for sentence in line
            .split_inclusive(['!', '?'])
            .flat_map(|s| s.split(". "))
            .take(20)
        {
            let lower = sentence.to_lowercase();
            if !any_address && !COLLEAGUE.iter().any(|c| lower.contains(c)) {
                continue;
            }
            let found = intents::detect(None, sentence, false);
            // Only a sentence that asks to register names people to register: "please send
            // the programme to my colleague x@…" registers nobody.
            let registers =
                found.intents.contains(&Intent::Registration) || lower.contains("on behalf");
            if !registers {
                continue;
            }
            let about_others = COLLEAGUE.iter().any(|c| lower.contains(c));
            // "register me and my colleague" includes the sender; "I cannot come myself, but
            // please register my colleague" does not: the clause naming the sender must ask.
            b.sender_too |= sentence.split([',', ';']).any(|clause| {
                let cl = clause.to_lowercase();
                cl.split(|c: char| !c.is_alphanumeric())
                    .any(|w| ME.contains(&w))
                    && intents::detect(None, clause, false)
                        .intents
                        .contains(&Intent::Registration)
            });
            colleague_mentioned |= about_others;
            let mut named = people_in(sentence, exclude);
            // "Please register the following colleagues:" introduces a list below.
            if named.is_empty() && sentence.trim_end().ends_with(':') {
                for next in lines.iter().skip(i + 1).take(30) {
                    if next.trim().is_empty() && !named.is_empty() {
                        break;
                    }
                    named.extend(people_in(next, exclude));
                }
            }
            if !about_others && named.is_empty() {
                // "I would like to attend too": the sender's own registration.
                b.sender_too |= found.intents.contains(&Intent::Registration);
                continue;
            }
            for n in named {
                if !b.others.iter().any(|o| o.email == n.email) {
                    b.others.push(n);
                }
            }
        }
    }
    b.missing_address = colleague_mentioned && b.others.is_empty();
    b
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
            let name = name_before(before).or_else(|| name_after(after));
            out.push(Named { name, email });
        }
        rest = rest.get(end.max(at + 1)..).unwrap_or("");
    }
    out
}

/// Two to four capitalised words ending right before an address.
fn name_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before
        .trim_end_matches([',', ' ', '-', '(', '<', ':', '"', '–'])
        .split_whitespace()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.ends_with(':')
                && !w.ends_with(',')
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

/// "jane@… (Jane Doe)".
fn name_after(after: &str) -> Option<String> {
    let inner = after.trim_start_matches(['>', ' ']).strip_prefix('(')?;
    let name = inner.split(')').next()?;
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words))
        .then(|| clean_name(name))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me() -> Vec<String> {
        vec!["boss@example.com".into()]
    }

    #[test]
    fn registration_on_behalf_is_about_the_other_person() {
        let b = read(
            "Hello,\nplease register our manager Jane Doe, jane.doe@Example.COM, for the workshop.",
            &me(),
        );
        assert_eq!(
            b.others,
            vec![Named {
                name: Some("Jane Doe".into()),
                email: "jane.doe@example.com".into()
            }]
        );
        assert!(!b.sender_too);
        let b = read(
            "Please register me, my address is me@x.test",
            &["me@x.test".into()],
        );
        assert!(b.others.is_empty() && !b.missing_address);
    }

    #[test]
    fn several_colleagues_in_a_list_and_the_sender_too() {
        let b = read(
            "Dear organisers,\n\nplease register me and the following colleagues:\n\n- Jane Doe <jane@a.test>\n- John Roe, john@a.test\n- anna@a.test (Anna Berg)\n\nThanks",
            &me(),
        );
        let emails: Vec<&str> = b.others.iter().map(|n| n.email.as_str()).collect();
        assert_eq!(emails, ["jane@a.test", "john@a.test", "anna@a.test"]);
        assert_eq!(b.others[1].name.as_deref(), Some("John Roe"));
        assert_eq!(b.others[2].name.as_deref(), Some("Anna Berg"));
        assert!(b.sender_too);
    }

    #[test]
    fn a_colleague_to_send_something_to_is_not_registered() {
        let b = read(
            "I would like to register for the workshop. Please also send the programme to my colleague c@a.test and cc c@a.test.",
            &me(),
        );
        assert!(b.others.is_empty(), "{b:?}");
        assert!(b.sender_too && !b.missing_address);
    }

    #[test]
    fn a_colleague_without_an_address_needs_a_person() {
        let b = read(
            "I would like to register my colleague Maris Ozols for the workshop.",
            &me(),
        );
        assert!(b.others.is_empty());
        assert!(b.missing_address);
    }
}
