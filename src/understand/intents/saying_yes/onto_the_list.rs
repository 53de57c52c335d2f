//! The sender asked onto the list in a question ("Would it be possible to include me among the
//! participants?", "Vai būtu iespējams mani iekļaut dalībnieku sarakstā?", "Можно ли включить
//! меня в список участников?"), and the Scandinavian "I'm in" ("jag är på", "jeg er på").
//! The request's structure is read as everywhere (`listing::puts_sender_on_list`: "me" and the
//! list or "among the participants"; `composed::puts_me_down`: a verb of listing and "me");
//! the frame that asks whether it is possible is set aside first, because its words ("ли",
//! "iespējams", which is also "maybe") would leave the request open.

use super::super::super::lexicon::clauses::PHRASE_FILLERS;
use super::super::super::lexicon::listing::{IM_IN_BE, IM_IN_SUBJECT, LISTED_ME, POSSIBLE_FRAMES};
use super::super::super::lexicon::stance::{CONDITIONS, negates};
use super::super::super::phrases::AnyOf;
use super::super::listing;
use super::super::sentences::Read;
use super::composed;

/// Whether the sentence asks to put the sender on the list or among the participants, by any
/// verb or by the list alone, also behind "would it be possible" (see the module's note):
/// asked as a question, it is a request all the same (see `questions::is_question`). Not "Would
/// it be possible to include a session on financing?" (no "me"), nor "Is it possible to add my
/// colleague to the list?".
pub(in super::super) fn puts_me_on_the_list(read: &Read) -> bool {
    static FRAMES: AnyOf = AnyOf::new(POSSIBLE_FRAMES);
    if listing::puts_sender_on_list(read) || composed::puts_me_down(read) {
        return true;
    }
    // Most sentences hold no "me": they are settled before the words are joined.
    if !read
        .words()
        .any(|w| LISTED_ME.contains(&w) || w.starts_with("osob"))
    {
        return false;
    }
    let joined = read.joined();
    let Some(at) = FRAMES.first_at(joined) else {
        return false;
    };
    let rest = joined.get(at..).unwrap_or("");
    let Some(frame) = POSSIBLE_FRAMES.iter().find(|f| {
        rest.strip_prefix(**f)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    }) else {
        return false;
    };
    let request = Read::new(rest.get(frame.len()..).unwrap_or(""));
    listing::puts_sender_on_list(&request) || composed::puts_me_down(&request)
}

/// Whether a clause says "I'm in" in Scandinavian: "jag"/"jeg"/"eg", "är"/"er", words of degree
/// only, and "på" closing the clause ("Det här är helt i min smak – jag är på!", "Jeg er også
/// på"). Not "jeg er på ferie" (a place follows), nor under a condition or a negation.
pub(in super::super) fn im_in(read: &Read) -> bool {
    let open = || read.words().any(|w| negates(w) || CONDITIONS.contains(&w));
    read.clause_words().any(|c| {
        let [subject, be, middle @ .., last] = c else {
            return false;
        };
        last.as_str() == "på"
            && IM_IN_SUBJECT.contains(&subject.as_str())
            && IM_IN_BE.contains(&be.as_str())
            && middle.iter().all(|w| PHRASE_FILLERS.contains(&w.as_str()))
    }) && !open()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_whether_the_sender_can_be_put_among_the_participants_asks_for_a_place() {
        for text in [
            "Would it be possible to include me among the participants?",
            "Is it possible to put me on the list for the workshop?",
            "Vai būtu iespējams mani iekļaut dalībnieku sarakstā?",
            "Vai ir iespējams mani pierakstīt dalībnieku sarakstā?",
            "Можно ли включить меня в список участников?",
            "Нельзя ли внести меня в список участников семинара?",
            "Kas oleks võimalik mind osalejate hulka lisada?",
            "Olisiko mahdollista lisätä minut osallistujien joukkoon?",
            "Czy można dopisać mnie do listy uczestników?",
            "Uprzejmie proszę o uwzględnienie mojej osoby w gronie uczestników.",
        ] {
            assert!(puts_me_on_the_list(&Read::new(text)), "{text}");
        }
    }

    #[test]
    fn a_question_whether_something_else_is_possible_asks_for_no_place() {
        for text in [
            "Would it be possible to include a session on export financing?",
            "Is it possible to add my colleague to the list?",
            "Vai būtu iespējams atsūtīt man dalībnieku sarakstu?",
            "Можно ли получить список участников?",
            "Kas oleks võimalik saata mulle osalejate nimekiri?",
            "Czy można przesłać listę uczestników?",
        ] {
            assert!(!puts_me_on_the_list(&Read::new(text)), "{text}");
        }
    }

    #[test]
    fn im_in_said_in_scandinavian_is_a_yes() {
        for text in [
            "Det låter spännande – jag är på!",
            "Jeg er også på.",
            "Tema er midt i blinken, eg er på",
        ] {
            assert!(im_in(&Read::new(text)), "{text}");
        }
        for text in [
            "Jeg er på ferie til 10. juni.",
            "Jag är på kontoret i morgon.",
            "Hvis der er plads, jeg er på.",
            "Jeg er ikke på.",
        ] {
            assert!(!im_in(&Read::new(text)), "{text}");
        }
    }
}
