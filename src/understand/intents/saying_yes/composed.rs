//! A yes composed in the sender's own sentence, read from its parts rather than matched as a
//! fixed phrase: the sender, a word of wishing or gladness and a verb of going, taking part or
//! being there ("I would very much like to be part of this", "jeg tager gerne til Riga",
//! "haluaisin mielelläni olla mukana", "tahaks ka tulla"); or a verb of putting on a list or
//! counting in with the sender as its object, in either order ("Меня тоже впишите", "mane irgi
//! įtraukite", "i ja się piszę"). Each part is a word list (see `lexicon::clauses::wishing`):
//! a new way of saying yes needs a word, not a phrase.
//! The stance is read as for any hit (see `Read::positive_where`): no negation, no condition,
//! nothing undecided; the questions, past and other editions are left out where every yes is
//! (`intents::detect_at`).

use std::sync::LazyLock;

use foldhash::HashSet;

use super::super::super::behalf::folded::{COLLEAGUE_OR_HEAD_ANY, COLLEAGUE_OR_STAFF_ANY};
use super::super::super::lexicon::attendance::{ATTEND, ATTEND_PHRASES};
use super::super::super::lexicon::being_there::GOING;
use super::super::super::lexicon::clauses::{
    GOING_PHRASES, GOING_STEMS, LISTING_SELF, LISTING_STEMS, PAST_WISHING, WISH_FIRST_PERSON,
    WISH_WORDS,
};
use super::super::super::lexicon::holding_back::IN_PERSON;
use super::super::super::lexicon::listing::LISTED_ME;
use super::super::super::lexicon::stance::{
    CONDITIONS, FIRST_PERSON, OTHER_PERSON, PAST_TIME, POSSESSIVE, WISHING, negates,
};
use super::super::matching::Lexicon;
use super::super::sentences::Read;

/// Going, taking part or being there: the words of attending and the verbs of travelling.
static GOING_THERE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::attendance(
        &[ATTEND, GOING_STEMS].concat(),
        &[ATTEND_PHRASES, GOING_PHRASES, IN_PERSON].concat(),
    )
});
/// Putting on the list or counting in (the sender as the object is looked for beside it).
static LISTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LISTING_STEMS, &[]));
/// Putting oneself on the list ("się piszę", "end kirja").
static LISTING_ONESELF: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&[], LISTING_SELF));

/// The word sets a clause is looked up in, built once.
struct Words {
    wishing: HashSet<&'static str>,
    /// Words that name the sender: a pronoun of their own, a verb of wanting or going in the
    /// first person ("haluaisin", "przyjadę").
    sender: HashSet<&'static str>,
    listed_me: HashSet<&'static str>,
    other_person: HashSet<&'static str>,
    /// Past time and past forms of being and wanting ("last year I was glad to be there").
    past: HashSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let set = |lists: &[&[&'static str]]| lists.iter().flat_map(|l| l.iter().copied()).collect();
    let mut sender: HashSet<&'static str> = set(&[FIRST_PERSON, WISH_FIRST_PERSON, GOING]);
    // "my" names the sender's colleague ("my colleague would love to come"), not the sender.
    for p in POSSESSIVE {
        sender.remove(p);
    }
    Words {
        wishing: set(&[WISHING, WISH_WORDS, WISH_FIRST_PERSON]),
        sender,
        listed_me: set(&[LISTED_ME]),
        other_person: set(&[OTHER_PERSON]),
        past: set(&[PAST_TIME, PAST_WISHING]),
    }
});

/// Whether a clause names someone else than the sender: "her", "ihn", a colleague, the boss,
/// a member of staff ("meie juhatuse liige tahaks tulla").
fn of_someone_else(clause: &[String]) -> bool {
    if clause
        .iter()
        .any(|w| WORDS.other_person.contains(w.as_str()))
    {
        return true;
    }
    let joined = clause.join(" ");
    COLLEAGUE_OR_HEAD_ANY.in_text(&joined) || COLLEAGUE_OR_STAFF_ANY.in_text(&joined)
}

/// Whether the sentence says the sender wishes or is glad to come: the sender, a word of
/// wishing or gladness and a verb of going, taking part or being there in one clause, which
/// names nobody else ("I'd be delighted to come along", "jag åker gärna till Riga",
/// "haluaisin mielelläni olla mukana", "chętnie przyjadę"). Not "I'd be glad to answer your
/// questions", "my colleague would love to come", "I would like to come, but …" (taken back
/// where every yes is).
pub(in super::super) fn wishes_to_come(read: &Read) -> bool {
    let words = &*WORDS;
    let fits = |c: &[String]| {
        c.iter().any(|w| words.wishing.contains(w.as_str()))
            && c.iter().any(|w| words.sender.contains(w.as_str()))
            && !c.iter().any(|w| words.past.contains(w.as_str()))
            && !of_someone_else(c)
    };
    // "Kui see läbi läheb, tahaksime tulla": a condition anywhere in the sentence leaves it open.
    read.positive_where(&GOING_THERE, false, fits)
        && !read.words().any(|w| negates(w) || CONDITIONS.contains(&w))
}

/// Whether a clause's words wish or gladly go, whoever goes ("min kollega vill gärna åka",
/// "meine Kollegin würde gern mitfahren"): [`wishes_to_come`] without the sender, for a
/// colleague who goes (see `saying_yes::colleague_goes`).
pub(in super::super) fn wishes_going(clause: &[String]) -> bool {
    clause.iter().any(|w| WORDS.wishing.contains(w.as_str()))
        && !GOING_THERE.hits(clause).is_empty()
}

/// Whether the sentence asks to put the sender on the list or count them in, the verb and
/// "me" in either order ("Меня тоже впишите", "mane irgi įtraukite", "uwzględnijcie mnie"),
/// or puts the sender there by a reflexive ("i ja się piszę", "paneksin end kirja"). Not
/// "please put my colleague on the list", nor "don't count me in".
pub(in super::super) fn puts_me_down(read: &Read) -> bool {
    let words = &*WORDS;
    let fits = |c: &[String]| {
        c.iter().any(|w| words.listed_me.contains(w.as_str())) && !of_someone_else(c)
    };
    (read.positive_where(&LISTING, false, fits) || read.positive(&LISTING_ONESELF, false))
        && !read.words().any(negates)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wishes(text: &str) -> bool {
        wishes_to_come(&Read::new(text))
    }

    fn down(text: &str) -> bool {
        puts_me_down(&Read::new(text))
    }

    #[test]
    fn the_sender_wishing_to_come_says_yes_in_every_language() {
        for text in [
            "I would very much like to be part of it.",
            "We'd be delighted to come along on both days.",
            "Jeg tager gerne til Tallinn begge dage.",
            "jeg tager gerne til tallinn",
            "Jag åker gärna till Tallinn.",
            "jag aker garna till tallinn",
            "Haluaisin mielelläni olla mukana seminaarissa.",
            "minäkin haluaisin tulla",
            "tahaks ka tulla",
            "Chętnie przyjadę na seminarium.",
            "Я с удовольствием приеду на семинар.",
            "Norėčiau atvykti į seminarą.",
        ] {
            assert!(wishes(text), "{text}");
        }
    }

    #[test]
    fn a_wish_of_someone_else_or_for_something_else_is_no_yes() {
        for text in [
            "I'd be glad to answer your questions.",
            "My colleague would love to come.",
            "Meine Kollegin würde gerne mitfahren.",
            "Meie juhatuse liige tahaks tulla.",
            "Jeg tar gjerne med en notis om seminaret.",
            "Rückfragen zur Reiseorganisation gerne an mich.",
            "I would like to know the agenda.",
            "I would not like to travel alone.",
            "Jeg tager gerne imod tilbuddet.",
            "Haluaisin tietää, onko paikkoja jäljellä.",
            "Chętnie przyjadę, jeśli szef się zgodzi.",
            "If the budget allows, I'd be delighted to come.",
            "Kui eelarve kinnitatakse, tahaksime tulla.",
        ] {
            assert!(!wishes(text), "{text}");
        }
    }

    #[test]
    fn putting_the_sender_down_reads_in_either_order() {
        for text in [
            "Меня тоже впишите, пожалуйста.",
            "Впишите и меня.",
            "Mane irgi įtraukite.",
            "Pasižymėkite mane savo sąraše.",
            "Mnie też wpiszcie.",
            "I ja się piszę.",
            "Paneksin ka end kirja.",
            "Учтите меня, пожалуйста.",
        ] {
            assert!(down(text), "{text}");
        }
    }

    #[test]
    fn putting_someone_else_down_or_refusing_is_not_the_sender() {
        for text in [
            "Впишите, пожалуйста, мою коллегу.",
            "Įtraukite mano kolegę Ievą.",
            "Nie wpisujcie mnie jeszcze.",
            "Proszę mnie nie wpisywać.",
        ] {
            assert!(!down(text), "{text}");
        }
    }
}
