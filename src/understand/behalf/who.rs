//! Whom a sentence of a registration speaks of: a colleague, the sender alongside the people
//! it registers, someone else, or a colleague whose address comes later.

use super::super::lexicon::ME;
use super::super::lexicon::behalf::{
    ADDRESS_WORDS, FIRST_PERSON, HE_OR_SHE, LATER, NOT_YET, ON_OUR_BEHALF, ONE_MORE,
    SENDER_ALONGSIDE, THEM, THEY_COME, TITLED_THIRD_PERSON, WITH_ME,
};
use super::super::lexicon::clauses::ME_FIRST;
use super::super::lexicon::stance::{OTHER_NAME, OTHER_PERSON};
use super::super::{Intent, intents};
use super::asking::about_correspondence;
use super::folded::{COLLEAGUE_OR_HEAD_ANY, STAFF_ANY, folded};
use super::instead::{Instead, without_instead};
use std::sync::LazyLock;

/// Whether a lowercase text names a colleague or someone above the sender by their place
/// ("my colleague", "on behalf of", "vores direktør").
pub(super) fn names_colleague(lower: &str) -> bool {
    COLLEAGUE_OR_HEAD_ANY.in_text(lower)
}

/// Whether a lowercase sentence names the sender alongside the people it registers ("me and
/// my colleague", "aš ir mano kolegė", "sekä itseni", "kahekesi: mina ja …").
pub(super) fn sender_alongside(lower: &str) -> bool {
    let padded = format!(" {lower}");
    SENDER_ALONGSIDE.iter().any(|p| padded.contains(p)) || opens_list_with_sender(lower)
}

/// Whether a list after a colon opens with the sender, as the subject or the object, before a
/// comma: "we are three: me, my colleague A and …", "važiuosime trise: aš, kolegė …".
fn opens_list_with_sender(lower: &str) -> bool {
    lower.split(':').skip(1).any(|list| {
        list.split_whitespace()
            .next()
            .and_then(|first| first.strip_suffix(','))
            .is_some_and(|me| ME_FIRST.contains(&me))
    })
}

/// Whether a lowercase sentence that asks to register is about someone else: "could you put
/// the registration in her name?", "A (a@…)? She would like to come too."
pub(super) fn about_someone_else(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| OTHER_PERSON.contains(&w) || THEM.contains(&w))
        // "Pan Prezes weźmie udział w obu dniach": the president named by his office.
        || TITLED_THIRD_PERSON
            .iter()
            .any(|p| lower.trim_start().starts_with(p))
        || OTHER_NAME.iter().any(|p| lower.contains(p))
        || ONE_MORE.iter().any(|p| lower.contains(p))
        || lower
            .split_whitespace()
            .next()
            .is_some_and(|w| HE_OR_SHE.contains(&w))
}

/// Whether a clause of a lowercase sentence asks to register the sender ("register me and my
/// colleague"); "… for the workshop instead of me" names the sender only to leave.
pub(super) fn asks_for_sender(lower: &str) -> bool {
    // Also as typed without diacritics ("meine Kollegin faehrt fuer uns"), as the colleague
    // words are (see `behalf::folded`): the "us" of the side represented is not the sender.
    static NOT_THE_SENDER: LazyLock<Vec<String>> =
        LazyLock::new(|| folded(&[WITH_ME, ON_OUR_BEHALF].concat()));
    lower.split([',', ';']).any(|clause| {
        let cl = NOT_THE_SENDER
            .iter()
            .fold(without_instead(clause).0, |cl, w| {
                cl.replace(w.as_str(), " ")
            });
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
pub(super) fn address_comes_later(line: &str) -> bool {
    let lower = line.to_lowercase();
    (names_colleague(&lower) || STAFF_ANY.in_text(&lower))
        && ADDRESS_WORDS.iter().any(|w| lower.contains(w))
        && (LATER.iter().any(|w| lower.contains(w)) || NOT_YET.iter().any(|w| lower.contains(w)))
}

/// Whether a lowercase sentence opens with a colleague or a member of staff (its first two
/// words name them) and no word of it is the sender: "unser Geschäftsführer, Herr Dr. A,
/// möchte gern am Workshop teilnehmen".
pub(super) fn head_is_subject(lower: &str) -> bool {
    // The first two words hold the marker: "unser geschäftsführer, …", "our director …"; not
    // "potwierdzam udział mój oraz kolegi …".
    let opening = lower
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    (names_colleague(&opening) || STAFF_ANY.in_text(&opening))
        && !sender_alongside(lower)
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| FIRST_PERSON.contains(&w) || ME.contains(&w))
}

/// Whether a sentence with an address says who comes, in a message that registers: the
/// sender alongside a colleague ("we are two: me and my colleague A (a@…)", "поедут двое: я и
/// мой коллега A (a@…)"), or a colleague coming "instead" ("my colleague A (a@…) will come
/// instead"); "please write to my colleague A (a@…) instead" says nobody comes.
pub(super) fn names_who_come(sentence: &str, lower: &str, instead: Instead) -> bool {
    let they_come = || {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| THEY_COME.contains(&w))
    };
    sentence.contains('@')
        && (sender_alongside(lower)
            || (instead == Instead::Alone
                && names_colleague(lower)
                && they_come()
                && !about_correspondence(lower)))
}
