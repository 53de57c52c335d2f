//! What a sentence may be about beside the event: the trip, the stay and the food (a bus from
//! the airport suggested is no idea for the programme; a hotel cancelled is not the event
//! cancelled), and a mailing list left (an unsubscribe cancels no registration).

use std::sync::LazyLock;

use super::super::lexicon::being_there::EVENT_NOUNS;
use super::super::lexicon::clauses::LISTS;
use super::super::lexicon::holding_back::MAILING_LISTS;
use super::super::lexicon::listing::LISTED_ME;
use super::super::lexicon::logistics::{
    ADDRESS_LISTS, CANCELLED_REPORTS, E_MAIL_LISTS, FOOD, LATER_EVENTS, LEAVING_LISTS,
    PARTICIPANT_LIST_PHRASES, PARTICIPANT_PAPERS, STOP_SENDING, TAKING_OFF_LISTS, TRAVEL_AND_STAY,
};
use super::super::phrases::AnyOf;
use super::matching::Lexicon;
use super::sentences::Read;
use super::{ATTENDING, CANCELLING, DELETING_SOMETHING, IDEA_TOPIC, REGISTERING, SESSION, TALK};

static TRAVEL: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(TRAVEL_AND_STAY, &[]));
static MEALS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(FOOD, &[]));
static PAPERS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(PARTICIPANT_PAPERS, PARTICIPANT_LIST_PHRASES));
static MAILING: AnyOf = AnyOf::new(MAILING_LISTS);
static ADDRESSES: AnyOf = AnyOf::new(ADDRESS_LISTS);
static E_MAIL_LIST: AnyOf = AnyOf::new(E_MAIL_LISTS);
static STOPPING: AnyOf = AnyOf::new(STOP_SENDING);
static TAKING_OFF: AnyOf = AnyOf::new(TAKING_OFF_LISTS);

/// Whether the sentence names the event itself ("workshop", "seminārs", "семинар"); not
/// "eventually", "eventuell".
fn names_the_event(read: &Read) -> bool {
    read.words().any(names_the_event_word)
}

/// Whether a lowercase word names the event itself ("warsztatach", "семинаре"; not
/// "eventuell").
pub fn names_the_event_word(word: &str) -> bool {
    EVENT_NOUNS.iter().any(|e| word.starts_with(e)) && !word.starts_with("eventu")
}

/// Whether the sentence is about the trip, the stay, the food and the breaks or the list of
/// participants and their badges ("Iesaku organizēt autobusu no
/// lidostas", "Jeg foreslår at dere ordner buss fra flyplassen", "Предлагаю организовать
/// обед подольше") and names no part of the programme: a suggestion of it is for the
/// organisers' logistics, no idea for the programme ("a session over lunch" still is one).
pub(super) fn about_logistics(read: &Read) -> bool {
    (read.mentions(&TRAVEL) || read.mentions(&MEALS) || read.mentions(&PAPERS))
        && !read.mentions(&IDEA_TOPIC)
        && !read.mentions(&SESSION)
        && !read.mentions(&TALK)
}

/// Whether every word of cancelling in the sentence cancels what is not the event: the hotel
/// or a flight named within three words of it ("I cancelled the hotel booking", "das Hotel
/// habe ich storniert"), or a report of what others called off ("syksyn messumatka
/// peruttiin", "рейс отменили"); in clauses that name no registration, participation or event
/// ("I have to cancel my participation and the hotel", "Ich muss leider absagen und habe auch
/// das Hotel storniert" cancel). Read only when the sentence cancels.
pub(super) fn cancels_something_else(read: &Read) -> bool {
    let mut cancelling = false;
    for clause in read.clause_words() {
        let hits = CANCELLING.hits(clause);
        if hits.is_empty() {
            continue;
        }
        cancelling = true;
        if !REGISTERING.hits(clause).is_empty()
            || !ATTENDING.hits(clause).is_empty()
            || clause.iter().any(|w| names_the_event_word(w))
        {
            return false;
        }
        let travel = TRAVEL.hits(clause);
        let elsewhere = |(start, end): (usize, usize)| {
            clause
                .get(start..end)
                .is_some_and(|w| w.iter().any(|x| CANCELLED_REPORTS.contains(&x.as_str())))
                || travel
                    .iter()
                    .any(|&(s, e)| s.abs_diff(end) <= 3 || start.abs_diff(e) <= 3)
        };
        if !hits.into_iter().all(elsewhere) {
            return false;
        }
    }
    cancelling
}

/// Whether the sentence is about a mailing list or a subscription, not the event's list nor a
/// registration ("please remove me from your mailing list", "bitte streichen Sie mich aus Ihrem
/// Verteiler", "izņemiet mani no jūsu adresātu saraksta", "haluan peruuttaa uutiskirjeen
/// tilauksen"): leaving it cancels no registration.
pub(super) fn about_mailing_list(read: &Read) -> bool {
    about_mailing_list_words(read)
}

/// [`about_mailing_list`] read only when the lowercased sentence holds a word of lists at all
/// (one pass of each automaton over the sentence, not one per word).
pub(super) fn about_mailing_list_in(lower_sentence: &str, read: &Read) -> bool {
    names_a_mailing_list(lower_sentence) && about_mailing_list_words(read)
}

fn names_a_mailing_list(lower_sentence: &str) -> bool {
    MAILING.in_text(lower_sentence)
        || ADDRESSES.in_text(lower_sentence)
        || E_MAIL_LIST.in_text(lower_sentence)
}

fn about_mailing_list_words(read: &Read) -> bool {
    (read
        .words()
        .any(|w| MAILING.in_text(w) || ADDRESSES.in_text(w))
        || E_MAIL_LIST.in_text(read.joined()))
        && !registers_beside_cancelling(read)
        && !names_the_event(read)
}

/// Whether a word of registering stands in the sentence apart from the words of cancelling:
/// Lithuanian "išbraukti" (strike out) holds Latvian "braukt" (to go), and "prašau išbraukti
/// mane iš naujienlaiškio" registers nobody.
fn registers_beside_cancelling(read: &Read) -> bool {
    read.clause_words().any(|w| {
        let cancelling = CANCELLING.hits(w);
        REGISTERING
            .hits(w)
            .into_iter()
            .any(|(start, end)| !cancelling.iter().any(|&(s, e)| s < end && start < e))
    })
}

/// Whether the sentence takes the sender off a list under a subject that names a mailing list
/// or unsubscribing ("Unsubscribe" over "Please take me off this list"): that list, not the
/// participants'.
pub(super) fn off_the_list_in_subject(subject: Option<&str>, read: &Read) -> bool {
    subject.is_some_and(|s| names_a_mailing_list(&s.to_lowercase()))
        && read
            .words()
            .any(|w| w == "list" || LISTS.iter().any(|l| w.contains(l)))
        && !names_the_event(read)
        && !read.mentions(&REGISTERING)
}

/// Whether the sentence asks to leave a mailing list and registers nobody beside that ("Prašau
/// išbraukti mane iš jūsų adresų sąrašo": "išbraukti" holds Latvian "braukt").
pub(super) fn only_leaves_mailing_list(lower_sentence: &str, read: &Read) -> bool {
    leaves_mailing_list(lower_sentence, read) && !registers_beside_cancelling(read)
}

/// Whether the sentence names the trip, the stay or the food ("hotel", "flight", "lunch").
pub(super) fn names_the_stay(read: &Read) -> bool {
    read.mentions(&TRAVEL) || read.mentions(&MEALS)
}

/// Whether the sentence asks to take the sender off a mailing list ("bitte streichen Sie mich
/// aus Ihrem Verteiler", "poistakaa minut postituslistalta", "tag mig af jeres mailingliste"):
/// a subject's "Abmelden" or
/// "Unsubscribe" over it asks for that, not to cancel a registration.
/// Asking to be sent no more mail ("prašau daugiau nebesiųsti man laiškų") leaves one unnamed.
pub(super) fn leaves_mailing_list(lower_sentence: &str, read: &Read) -> bool {
    (about_mailing_list_in(lower_sentence, read)
        && (read.positive(&DELETING_SOMETHING, false)
            || read.positive(&CANCELLING, false)
            || read.words().any(|w| LEAVING_LISTS.contains(&w))
            || TAKING_OFF.in_text(lower_sentence)))
        || (STOPPING.in_text(lower_sentence) && !names_the_event(read))
}

/// Whether the sentence asks to put the sender on a mailing list for news of later events
/// ("please add me to your newsletter so I hear about future events", "proszę o dopisanie mnie
/// do listy mailingowej … o przyszłych wydarzeniach"): "me" among the five words before the
/// list, and a later event named. No registration for this one.
pub(super) fn joins_mailing_list_for_later(lower_sentence: &str, read: &Read) -> bool {
    if !names_a_mailing_list(lower_sentence) {
        return false;
    }
    let words: Vec<&str> = read.words().collect();
    words
        .iter()
        .any(|w| LATER_EVENTS.iter().any(|l| w.starts_with(l)))
        && words.iter().enumerate().any(|(i, w)| {
            (MAILING.in_text(w) || ADDRESSES.in_text(w))
                && words
                    .get(i.saturating_sub(5)..i)
                    .is_some_and(|before| before.iter().any(|b| LISTED_ME.contains(b)))
        })
}

/// Whether the sentence asks to delete a registration or take a name off the list ("Bitte
/// löschen Sie die Anmeldung von meiner privaten Adresse", "please delete the duplicate
/// registration", "nehmen Sie Frau Y bitte von der Liste"): it cancels it.
pub(super) fn deletes_registration(read: &Read) -> bool {
    let list = || {
        read.words()
            .any(|w| w == "list" || LISTS.iter().any(|l| w.contains(l)))
    };
    read.positive(&DELETING_SOMETHING, false)
        && (read.mentions(&REGISTERING) || list())
        && !about_mailing_list(read)
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn taken_off_a_mailing_list_under_unsubscribe_cancels_nothing() {
        for (subject, text) in [
            ("Afmeld", "Tag mig af jeres mailingliste, tak."),
            ("Unsubscribe", "Please take me off your mailing list."),
            ("Avmeld", "Ta meg av e-postlisten deres."),
        ] {
            assert!(!intents(subject, text).contains(&Cancellation), "{text}");
        }
    }

    #[test]
    fn leaving_a_mailing_list_in_other_verbs_cancels_nothing() {
        for (subject, text) in [
            (
                "Saraksts",
                "Lūdzu izslēdziet mani no jūsu e-pasta saraksta, šīs vēstules mani vairs neinteresē.",
            ),
            (
                "Newsletter",
                "Please exclude me from your mailing list, I have changed jobs.",
            ),
            (
                "Lista",
                "Proszę wypisać mnie z listy mailingowej, nie pracuję już w klastrze.",
            ),
            (
                "Meililist",
                "Palun eemaldage mind oma meililistist, ma ei tööta enam klastris.",
            ),
        ] {
            assert_eq!(intents(subject, text), vec![], "{text}");
        }
        // The participants' list is the registration.
        let text = "Lūdzu izslēdziet mani no dalībnieku saraksta, diemžēl nevarēšu ierasties.";
        assert_eq!(intents("Dalība", text), vec![Cancellation]);
    }
}
