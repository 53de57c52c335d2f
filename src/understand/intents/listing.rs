//! Putting the sender on the event's list: "please put me on the list", "märkige mind palun
//! osalejaks", "bitte berücksichtigen Sie mich als Teilnehmer", "vnesite menja v spisok
//! uchastnikov". The request needs no word of registering: a list or a participant noun in
//! the case (or after the word) of "onto" or "as", and the sender as the object of the same
//! clause, asked for and not negated or conditional (the stance of "me" is read as any hit's).

use std::sync::LazyLock;

use super::super::lexicon::clauses::{LISTS, PARTICIPANT_NOUNS};
use super::super::lexicon::holding_back::MAILING_LISTS;
use super::super::lexicon::listing::{
    AMONG_AFTER, AMONG_BEFORE, ARTICLES, AS_PARTICIPANT, KEPT_FOR_LATER, LISTED_ME, MY_PERSON,
    ONTO, ONTO_ENDINGS, OTHER_LISTS,
};
use super::super::lexicon::stance::ALREADY;
use super::super::phrases::AnyOf;
use super::aside::names_the_event_word;
use super::matching::Lexicon;
use super::sentences::Read;

/// The sender as an object, each word matched whole (as a one-word phrase). Not a list of
/// attendance: "minut" is no Finnish "-nut" participle that states a fact.
static ME: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], &[LISTED_ME, MY_PERSON].concat()));

/// Whether the word at `at` names the sender: "me" in any language, or the "osoby" of "mojej
/// osoby" (see [`MY_PERSON`]).
fn names_me(words: &[String], at: usize) -> bool {
    words.get(at).is_some_and(|w| {
        LISTED_ME.contains(&w.as_str())
            || at
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .is_some_and(|b| {
                    MY_PERSON
                        .iter()
                        .any(|p| p.split_once(' ') == Some((b.as_str(), w.as_str())))
                })
    })
}

/// Whether the sentence asks to put the sender on the list or down as a participant; not to
/// keep them on one, nor on one for later events, nor that they are on it already.
pub(super) fn puts_sender_on_list(read: &Read) -> bool {
    read.words()
        .any(|w| LISTED_ME.contains(&w) || w.starts_with("osob"))
        && !read
            .words()
            .any(|w| KEPT_FOR_LATER.iter().any(|k| w.starts_with(k)))
        // "Lūdzu, neskaitiet mūs dalībnieku skaitā", "neįtraukite manęs": a Latvian or
        // Lithuanian imperative negated by its prefix.
        && !read.words().any(negated_imperative)
        // "Tādu tēmu gaidīju jau sen, tāpēc lieciet mani sarakstā": "already" in another
        // clause says nothing of the list.
        && read.positive_where(&ME, false, |w| {
            names_the_list(w) && !w.iter().any(|x| ALREADY.contains(&x.as_str()))
        })
}

/// Whether a word is an imperative negated by the prefix "ne-" ("neskaitiet", "neierakstiet",
/// "neįtraukite", "neįrašykite"): the plural imperative's endings after it.
fn negated_imperative(word: &str) -> bool {
    word.starts_with("ne")
        && word.chars().count() > 6
        && (word.ends_with("iet") || word.ends_with("ite"))
}

/// Whether a clause's words put the sender on the event's list or among its participants:
/// "me", then at most three words that are no article ("lisage mind palun töötoa nimekirja",
/// not "send me the link to the list"), then "onto" or "as" and the list or the noun, or the
/// list or the noun in that case by itself ("… osalejaks").
fn names_the_list(words: &[String]) -> bool {
    let anchors = words.iter().enumerate().filter_map(|(i, w)| {
        let list = w == "list" || w == "spisok" || LISTS.iter().any(|l| w.contains(l));
        let participant = PARTICIPANT_NOUNS.iter().any(|p| w.starts_with(p));
        if !(list || participant) {
            return None;
        }
        let other = |x: &String| OTHER_LISTS.iter().any(|o| x.contains(o));
        if other(w)
            || i.checked_sub(1)
                .and_then(|b| words.get(b))
                .is_some_and(other)
        {
            return None;
        }
        if ONTO_ENDINGS.iter().any(|e| w.ends_with(e)) {
            return Some(i);
        }
        // "… osalejate hulka", "… dalībnieku skaitā": "among" after the noun.
        if participant
            && words
                .get(i + 1)
                .is_some_and(|x| AMONG_AFTER.contains(&x.as_str()))
        {
            return Some(i);
        }
        let (reach, before) = if list { (3, ONTO) } else { (2, AS_PARTICIPANT) };
        (i.saturating_sub(reach)..i).find(|&b| {
            words.get(b).is_some_and(|x| {
                before.contains(&x.as_str()) || (participant && AMONG_BEFORE.contains(&x.as_str()))
            })
        })
    });
    let mut anchors = anchors;
    anchors.any(|a| {
        // Four words back, a date's numbers not counted ("mind 2.–3. juuni töötoa osalejate
        // hulka").
        let numbers = words
            .get(a.saturating_sub(7)..a)
            .unwrap_or(&[])
            .iter()
            .filter(|x| x.chars().all(|c| c.is_ascii_digit()))
            .count()
            .min(3);
        (a.saturating_sub(4 + numbers)..a).any(|m| {
            names_me(words, m)
                && !words
                    .get(m + 1..a)
                    .unwrap_or(&[])
                    .iter()
                    .any(|x| ARTICLES.contains(&x.as_str()))
        })
    })
}

/// Whether the sentence puts the sender on a mailing list or a newsletter, not on the event's
/// list ("Please add me to your mailing list", "Bitte nehmen Sie mich in den Newsletter auf",
/// "Добавьте меня, пожалуйста, в рассылку"): "me" among the five words before the list, and
/// no event named. Being added to it registers nobody. The newsletter as a source ("I saw in
/// your newsletter that places are left – then sign me up") is not it.
pub(super) fn names_a_mailing_list(read: &Read) -> bool {
    static MAILING: AnyOf = AnyOf::new(MAILING_LISTS);
    let words: Vec<&str> = read.words().collect();
    let mailing = words.iter().enumerate().any(|(i, w)| {
        MAILING.in_text(w)
            && words
                .get(i.saturating_sub(5)..i)
                .is_some_and(|before| before.iter().any(|b| LISTED_ME.contains(b)))
    });
    mailing && !words.iter().any(|w| names_the_event_word(w))
}
