//! A short yes to what the subject says: a first line that answers the subject's question or
//! reminder (see `replies::yes_to_the_subject`), or a "me too" that is the whole mail under a
//! subject naming the event ("Mich bitte auch dazuschreiben. Danke!", "Också mig, tak!",
//! "Laittakaa minutkin", "И я с вами!" under "Workshop in Riga, 2–3 June"). The event is the
//! subject's; "me" and "too" are the mail's, and nothing else in it speaks: the next writer's
//! words for adding or counting ("eintragen", "räkna in", "prirašyti") need no list.

use super::super::lexicon::being_there::{TOO, YES};
use super::super::lexicon::clauses::{TOO_BEFORE_ME, TOO_ENDINGS};
use super::super::lexicon::holding_back::THANKS;
use super::super::lexicon::stance::{
    FIRST_PERSON, ME_OBJECT, OTHER_PERSON, REQUEST_WORDS, negates,
};
use super::aside::names_the_event_word;
use super::sentences::{self, Read};
use super::{BEING_PREVENTED, CANCELLING, replies, strip_subject};

/// Whether the mail's first words after a greeting say yes to its subject: an answer to the
/// subject's question or reminder, or "me too" under a subject that names the event (not in a
/// reply to regbot's own mail, where the sender is known already).
pub(super) fn yes_to_the_subject(
    subject: Option<&str>,
    body: &[(usize, String)],
    reply_to_own: bool,
    places: &[String],
) -> bool {
    let Some((_, first)) = body.iter().find(|(_, s)| !replies::greets(s)) else {
        return false;
    };
    replies::yes_to_the_subject(subject, first)
        || (!reply_to_own
            && says_me_too(first)
            && says_nothing_else(body, first)
            && subject.is_some_and(|s| names_the_event(s, places)))
}

/// Whether the sentence is a bare "me too": at most six words, the sender ("me", "I", or a
/// pronoun with a Finnish or Estonian "too" ending) and a word of "too", besides them only
/// "please", "thanks", "yes" and at most two words of the writer's own ("dazuschreiben",
/// "räkna in", "с вами"). Not asked, negated ("ich auch nicht") nor about someone else.
pub(super) fn says_me_too(sentence: &str) -> bool {
    let words = sentences::words_up_to(sentence, 7);
    if words.len() > 6 || sentence.trim_end().ends_with('?') {
        return false;
    }
    let is = |list: &[&str], w: &str| list.contains(&w);
    let me = |w: &str| is(ME_OBJECT, w) || is(FIRST_PERSON, w);
    // "minutkin", "mindki": the pronoun with "too" in its ending.
    let me_with_too = |w: &str| {
        TOO_ENDINGS.iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|stem| stem.chars().count() >= 2 && me(stem))
        })
    };
    let too = |w: &str| is(TOO, w) || is(TOO_BEFORE_ME, w);
    let known = |w: &str| {
        me(w) || too(w) || me_with_too(w) || [REQUEST_WORDS, THANKS, YES].iter().any(|l| is(l, w))
    };
    let has = |test: &dyn Fn(&str) -> bool| words.iter().any(|w| test(w));
    let unknown = words.iter().filter(|w| !known(w)).count();
    ((has(&me) && has(&too)) || has(&me_with_too))
        && unknown <= 2
        && !words.iter().any(|w| negates(w) || is(OTHER_PERSON, w))
}

/// Whether the rest of the mail is only short lines (thanks, a greeting, a name): no question
/// and no sentence of more than six words beside the "me too".
fn says_nothing_else(body: &[(usize, String)], first: &str) -> bool {
    body.len() <= 6
        && body.iter().all(|(_, s)| {
            std::ptr::eq(s.as_str(), first)
                || (!s.trim_end().ends_with('?') && sentences::words_up_to(s, 7).len() <= 6)
        })
}

/// Whether the subject names the event: an event noun, the event's place or a date, and
/// neither a question of its own ("Parking at the workshop?", "Question about …") nor a
/// cancellation or refusal ("Absage Workshop Riga", "Can't come to Riga"). An invitation's
/// title may end in a question ("Riga, 2–3 June: Cluster internationalisation – Why and how
/// to do it?"): there the date and a separator stand before it.
fn names_the_event(subject: &str, places: &[String]) -> bool {
    if super::forwarded(subject) {
        return false;
    }
    let (rest, _) = strip_subject(subject);
    let words = sentences::words(rest);
    let dated = super::saying_yes::dated(&words);
    let event_noun = || words.iter().any(|w| names_the_event_word(w));
    let named = dated || event_noun() || super::names_the_place_in_any_case(rest, places);
    let asks = rest.trim_end().ends_with('?') && !(dated && rest.contains([':', '–', '—']));
    if !named || asks || super::names_a_question(rest) {
        return false;
    }
    let read = Read::new(rest);
    !read.words().any(negates) && !read.mentions(&CANCELLING) && !read.mentions(&BEING_PREVENTED)
}

#[cfg(test)]
mod tests {
    use super::super::{Intent, detect_at};

    fn intents(subject: &str, body: &str) -> Vec<Intent> {
        detect_at(Some(subject), body, false, &["Tallinn".to_string()]).intents
    }

    #[test]
    fn me_too_under_the_events_subject_registers_in_every_language() {
        for (subject, body) in [
            ("Export workshop, Tallinn 14-15 October", "Me too, please!"),
            ("Seminar in Tallinn", "Hi,\n\nUs too, thanks."),
            ("Forum Tallinn 5.-6. Mai", "Ich auch, bitte!"),
            (
                "Forum Tallinn 5.-6. Mai",
                "Bitte uns auch vormerken. Danke!",
            ),
            ("Konferanse i Tallinn", "Jeg også, takk."),
            ("Konferens i Tallinn 14-15 okt", "Vi också!"),
            ("Seminaari Tallinnassa", "Mekin, kiitos."),
            (
                "Seminaari Tallinnassa 14.-15.10.",
                "Ottakaa minutkin mukaan.",
            ),
            ("Seminārs Tallinā", "Mani arī, lūdzu!"),
            ("Seminaras Taline", "Ir mus įrašykite."),
            ("Seminar Tallinnas", "Meid ka, palun!"),
            ("Seminar Tallinnas 14.-15.10.", "Mindki palun."),
            ("Warsztaty w Tallinie", "My też!"),
            ("Семинар в Таллине", "И нас тоже, пожалуйста."),
        ] {
            assert_eq!(intents(subject, body), vec![Intent::Registration], "{body}");
        }
    }

    #[test]
    fn me_too_under_a_question_a_cancellation_or_with_more_to_say_is_no_registration() {
        for (subject, body) in [
            ("Parking at the workshop?", "Me too!"),
            ("Question about the seminar in Tallinn", "Ich auch."),
            ("Cancellation: workshop Tallinn", "Me too."),
            ("Absage Seminar Tallinn", "Ich leider auch."),
            ("Forum Tallinn", "Ich auch nicht."),
            ("Annual report", "Me too!"),
            (
                "Seminar in Tallinn",
                "Me too. Do you have a hotel list for the participants?",
            ),
        ] {
            assert!(
                !intents(subject, body).contains(&Intent::Registration),
                "{subject} / {body}"
            );
        }
    }

    #[test]
    fn me_too_in_a_reply_to_regbots_mail_registers_nobody_anew() {
        let found = detect_at(
            Some("Re: Your registration: workshop Tallinn"),
            "Me too!",
            true,
            &[],
        );
        assert!(!found.intents.contains(&Intent::Registration));
    }
}
