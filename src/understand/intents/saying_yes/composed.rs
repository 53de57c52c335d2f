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
use super::super::super::lexicon::attendance::PLACES;
use super::super::super::lexicon::attendance::{ATTEND, ATTEND_PHRASES};
use super::super::super::lexicon::being_there::GOING;
use super::super::super::lexicon::clauses::{
    BEFORE_GLADNESS, GLAD_IF_WOULD, GOING_PHRASES, GOING_STEMS, HAVING, LISTED_AS_PARTICIPANT,
    LISTING_PHRASES, LISTING_SELF, LISTING_STEMS, MY_NAME, PAST_WISHING, POLITE_IF, SENDER_UNSAID,
    TO_BE, WANTING, WISH_FIRST_PERSON, WISH_WORDS, WOULD,
};
use super::super::super::lexicon::holding_back::IN_PERSON;
use super::super::super::lexicon::listing::LISTED_ME;
use super::super::super::lexicon::stance::{
    BUT, CONDITIONS, FIRST_PERSON, INFINITIVE_MARKERS, OTHER_PERSON, PAST_TIME, POSSESSIVE,
    WHETHER, WISHING, negates,
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
static LISTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(LISTING_STEMS, LISTING_PHRASES));
/// Being put on the list as a participant, in the passive ("bli satt opp som deltaker").
static LISTED_PASSIVE: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], LISTED_AS_PARTICIPANT));
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
    /// Conditions ("if", "jos", "если").
    conditions: HashSet<&'static str>,
    /// What makes a condition a politeness ("if possible", "jos saisin").
    polite_if: HashSet<&'static str>,
    /// The sender as the subject of a clause ("jag", "I", "minä").
    first_person: HashSet<&'static str>,
    /// Wanting that names the sender ("haluaisin", "tahaksin").
    wanting: HashSet<&'static str>,
    places: HashSet<&'static str>,
    /// "Whether" and the question particles ("onko" is read by its ending).
    whether: HashSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let set = |lists: &[&[&'static str]]| lists.iter().flat_map(|l| l.iter().copied()).collect();
    let mut sender: HashSet<&'static str> =
        set(&[FIRST_PERSON, WISH_FIRST_PERSON, GOING, SENDER_UNSAID]);
    // "my" names the sender's colleague ("my colleague would love to come"), not the sender.
    for p in POSSESSIVE {
        sender.remove(p);
    }
    Words {
        wishing: set(&[WISHING, WISH_WORDS, WISH_FIRST_PERSON]),
        sender,
        listed_me: set(&[LISTED_ME, MY_NAME]),
        other_person: set(&[OTHER_PERSON]),
        past: set(&[PAST_TIME, PAST_WISHING]),
        conditions: set(&[CONDITIONS]),
        polite_if: set(&[POLITE_IF]),
        first_person: set(&[FIRST_PERSON, WISH_FIRST_PERSON]),
        wanting: set(&[WISH_FIRST_PERSON]),
        places: set(&[PLACES]),
        whether: set(&[WHETHER]),
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
/// "haluaisin mielelläni olla mukana", "chętnie przyjadę", "mul oleks hea meel osa võtta").
/// The gladness may stand in a clause of its own before the going ("es wäre mir eine Freude,
/// dabei zu sein", "olisin iloinen, jos saisin olla mukana"). Not "I'd be glad to answer your
/// questions", "my colleague would love to come", "I would like to come, but …" (taken back
/// where every yes is).
pub(in super::super) fn wishes_to_come(read: &Read) -> bool {
    let words = &*WORDS;
    let glad = |c: &[String]| {
        (c.iter().any(|w| words.wishing.contains(w.as_str())) || glad_if_would(c))
            && (c.iter().any(|w| words.sender.contains(w.as_str())) || sender_left_out(c))
            && !c.iter().any(|w| words.past.contains(w.as_str()))
            && !of_someone_else(c)
    };
    // "Kui see läbi läheb, tahaksime tulla": a condition anywhere in the sentence leaves it
    // open, unless it only says "if possible".
    let open = || read.words().any(negates) || opens_condition(read);
    if read.positive_where(&GOING_THERE, false, glad) {
        return !open();
    }
    // Most sentences hold no word of wishing: one look at the words settles them before the
    // clauses are paired.
    let some_wish = read.words().any(|w| words.wishing.contains(w))
        || read.words().any(|w| GLAD_IF_WOULD.contains(&w));
    some_wish && gladness_then_going(read, glad) && !open()
}

/// Whether the clause is glad in the conditional ("würde mich riesig freuen"; see
/// [`GLAD_IF_WOULD`]).
fn glad_if_would(clause: &[String]) -> bool {
    let has = |list: &[&str]| clause.iter().any(|w| list.contains(&w.as_str()));
    has(GLAD_IF_WOULD) && has(WOULD)
}

/// Whether the clause opens with its word of wishing, only modal verbs and words of degree
/// before it: a phone's "would love to be there", "more than happy to be part of it", "vill så
/// gärna hänga med", the pronoun left out (see [`BEFORE_GLADNESS`]).
fn sender_left_out(clause: &[String]) -> bool {
    let wishing = |w: &String| WORDS.wishing.contains(w.as_str());
    clause.iter().take(4).position(wishing).is_some_and(|at| {
        clause
            .iter()
            .take(at)
            .all(|w| BEFORE_GLADNESS.contains(&w.as_str()))
    })
}

/// Whether a clause of gladness without a verb of going is followed by one that goes, in the
/// infinitive or after a polite "if I may" ("es wäre mir eine Freude, dabei zu sein", "olisin
/// iloinen, jos saisin olla mukana"): the two read as one clause, the polite condition left
/// out.
fn gladness_then_going(read: &Read, glad: impl Fn(&[String]) -> bool) -> bool {
    let words = &*WORDS;
    let clauses: Vec<&[String]> = read.clause_words().collect();
    clauses.windows(2).any(|pair| {
        let (first, then) = (pair[0], pair[1]);
        let infinitive = then
            .iter()
            .any(|w| INFINITIVE_MARKERS.contains(&w.as_str()));
        let may = then
            .first()
            .is_some_and(|w| words.conditions.contains(w.as_str()))
            && then.iter().any(|w| words.polite_if.contains(w.as_str()));
        // The going is the sender's own, not a new clause with a subject of its own ("…, men
        // vi har bare budsjett til at én reiser").
        let own_subject = then.first().is_some_and(|w| BUT.contains(&w.as_str()))
            || then.iter().any(|w| {
                words.first_person.contains(w.as_str()) || words.other_person.contains(w.as_str())
            });
        if !(infinitive || may) || own_subject || !glad(first) || GOING_THERE.hits(then).is_empty()
        {
            return false;
        }
        let kept = then.iter().filter(|w| {
            !words.conditions.contains(w.as_str()) && !words.polite_if.contains(w.as_str())
        });
        let joined: Vec<&str> = first.iter().chain(kept).map(String::as_str).collect();
        Read::new(&joined.join(" ")).positive_where(&GOING_THERE, false, &glad)
    })
}

/// Whether the sentence holds a condition that is more than "if possible" ("both days if
/// poss", "jeśli to możliwe", "jos saisin"): the possibility within two words after it.
fn opens_condition(read: &Read) -> bool {
    let words = &*WORDS;
    let all: Vec<&str> = read.words().collect();
    all.iter().enumerate().any(|(i, w)| {
        words.conditions.contains(w)
            && !all
                .iter()
                .skip(i + 1)
                .take(2)
                .any(|x| words.polite_if.contains(x))
    })
}

/// Whether a clause's words wish or gladly go, whoever goes ("min kollega vill gärna åka",
/// "meine Kollegin würde gern mitfahren"): [`wishes_to_come`] without the sender, for a
/// colleague who goes (see `saying_yes::colleague_goes`).
pub(in super::super) fn wishes_going(clause: &[String]) -> bool {
    clause.iter().any(|w| WORDS.wishing.contains(w.as_str()))
        && !GOING_THERE.hits(clause).is_empty()
}

/// Whether the sentence asks to put the sender on the list or count them in, the verb and
/// "me" in either order ("Меня тоже впишите", "mane irgi įtraukite", "uwzględnijcie mnie",
/// "proszę doliczyć i mnie", "että lisäätte nimeni"), or puts the sender there by a reflexive
/// ("i ja się piszę", "paneksin end kirja") or in the passive with the sender named ("Jeg ber
/// om å bli satt opp som deltaker"). Not "please put my colleague on the list", nor "don't
/// count me in".
pub(in super::super) fn puts_me_down(read: &Read) -> bool {
    let words = &*WORDS;
    let fits = |c: &[String]| {
        c.iter().any(|w| words.listed_me.contains(w.as_str())) && !of_someone_else(c)
    };
    let named = |c: &[String]| {
        c.iter().any(|w| words.first_person.contains(w.as_str())) && !of_someone_else(c)
    };
    // "И меня, пожалуйста, добавьте": a short request whose commas set off only "please" is
    // read as one clause.
    let short = || {
        read.words().any(|w| words.listed_me.contains(w))
            && read.words().count() <= 6
            && read.clause_words().count() > 1
            && Read::new(read.joined()).positive_where(&LISTING, false, fits)
    };
    // "Jeg ber om å bli satt opp som deltaker": "to be" before the passive; the participle
    // would read as a state if the stance were asked.
    let passive = || {
        read.clause_words().any(|c| {
            // "to be" first: most clauses have none, and the phrases cost more to look up.
            c.windows(2).any(|p| {
                INFINITIVE_MARKERS.contains(&p[0].as_str()) && TO_BE.contains(&p[1].as_str())
            }) && named(c)
                && !LISTED_PASSIVE.hits(c).is_empty()
        })
    };
    (read.positive_where(&LISTING, false, fits)
        || read.positive(&LISTING_ONESELF, false)
        || short()
        || passive())
        && !read.words().any(negates)
}

/// Whether the sentence wants a place for the sender without a verb of registering or
/// reserving ("Jag vill också ha en plats", "Minäkin haluaisin paikan", "I want a seat too"):
/// a place, wanting and the sender in one clause, nothing negated, conditional or asked
/// ("Haluaisin tietää, onko paikkoja" wants to know), nobody else named.
pub(in super::super) fn wants_a_place(read: &Read) -> bool {
    let words = &*WORDS;
    let has =
        |c: &[String], set: &HashSet<&'static str>| c.iter().any(|w| set.contains(w.as_str()));
    // "vill ha", "vil have": Scandinavian "want" with a verb of having after it.
    let wants_to_have = |c: &[String]| {
        c.iter().enumerate().any(|(i, w)| {
            WANTING.contains(&w.as_str())
                && c.iter()
                    .skip(i + 1)
                    .take(2)
                    .any(|x| HAVING.contains(&x.as_str()))
        })
    };
    read.clause_words().any(|c| {
        has(c, &words.places)
            && (has(c, &words.wanting) || wants_to_have(c))
            && has(c, &words.first_person)
            && !has(c, &words.conditions)
            && !has(c, &words.whether)
            && !has(c, &words.past)
            && !c.iter().any(|w| negates(w) || asks_in_finnish(w))
            && !of_someone_else(c)
    }) && !read.words().any(negates)
}

/// Words that end as the Finnish question clitic does but are other languages' ("tylko",
/// "jako", "wszystko" in Polish; "ko", "neko", "nieko" in Latvian and Lithuanian).
const NOT_FINNISH_CLITIC: &[&str] = &["tylko", "jako", "wszystko", "neko", "nieko", "kaut"];

/// Whether a word asks in Finnish: a word with the clitic "-ko", "-kö" ("onko paikkoja",
/// "saisinko paikan"), not a word of another language that ends so ("Chciałbym tylko jedno
/// miejsce").
fn asks_in_finnish(word: &str) -> bool {
    (word.ends_with("ko") || word.ends_with("kö"))
        && word.chars().count() > 3
        && !NOT_FINNISH_CLITIC.contains(&word)
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

    #[test]
    fn gladness_in_the_conditional_with_an_infinitive_says_yes() {
        for text in [
            "Es wäre mir eine Freude, am Seminar dabei zu sein.",
            "wär gern dabei",
            "Mul oleks hea meel konverentsist osa võtta.",
            "Būtu liels prieks pievienoties konferencei.",
            "Olisin todella iloinen, jos saisin olla mukana.",
            "ilolla mukaan",
            "would love to be there",
        ] {
            assert!(wishes(text), "{text}");
        }
    }

    #[test]
    fn if_possible_is_a_politeness_but_a_real_condition_holds_back() {
        for text in [
            "I'd love to be there on both days if possible.",
            "would love to come, both days if poss",
            "Ich wäre gern dabei, wenn möglich an beiden Tagen.",
        ] {
            assert!(wishes(text), "{text}");
        }
        for text in [
            "If my manager agrees, I'd love to be there.",
            "I'd be delighted to come if the train runs.",
            "Es wäre mir eine Freude, dabei zu sein, wenn der Chef zustimmt.",
        ] {
            assert!(!wishes(text), "{text}");
        }
    }

    #[test]
    fn me_too_and_my_name_put_the_sender_down() {
        for text in [
            "Proszę doliczyć i mnie.",
            "И меня добавьте, пожалуйста.",
            "Pyytäisin, että lisäätte nimeni osallistujiin.",
            "Ich bitte Sie, mich für das Seminar vorzumerken.",
            "Jeg vil gjerne at dere skriver meg inn på seminaret.",
            "Jeg ber om å bli satt opp som deltaker på seminaret.",
        ] {
            assert!(down(text), "{text}");
        }
        for text in [
            "Proszę doliczyć moją koleżankę.",
            "Min kollega ber om å bli satt opp som deltaker.",
            "Ikke skriv meg inn ennå.",
        ] {
            assert!(!down(text), "{text}");
        }
    }

    #[test]
    fn a_place_wanted_by_the_sender_says_yes() {
        let place = |t: &str| wants_a_place(&Read::new(t));
        for text in [
            "Jag vill också ha en plats.",
            "Minäkin haluaisin paikan.",
            "Jeg vil ha en plass.",
        ] {
            assert!(place(text), "{text}");
        }
        for text in [
            "Haluaisin tietää, onko paikkoja jäljellä.",
            "Min kollega vill ha en plats.",
            "Jag vill inte ha en plats.",
            "Vi vill hitta en plats för mötet.",
        ] {
            assert!(!place(text), "{text}");
        }
    }

    #[test]
    fn only_a_finnish_question_keeps_a_wanted_place_open() {
        let wants = |text: &str| wants_a_place(&Read::new(text));
        assert!(!wants("Haluaisinko minäkin paikan?"));
        assert!(wants("Haluaisin minäkin paikan."));
        // Polish "tylko" (only) ends as the clitic does.
        assert!(asks_in_finnish("saisinko"));
        assert!(!asks_in_finnish("tylko"));
        assert!(!asks_in_finnish("jako"));
    }
}
