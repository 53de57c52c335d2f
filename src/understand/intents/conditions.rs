//! What a sentence leaves open or to others: a condition it opens with ("If the trip is not
//! approved, I will cancel"), a short "if so" that answers a question before it, another
//! edition or what would have been, and a forward's "register yourself".

use super::super::behalf::folded::folded;
use super::super::lexicon::attendance::NEXT_TIME;
use super::super::lexicon::being_there::{ME_ALONE, YES};
use super::super::lexicon::cancellation::WOULD_HAVE;
use super::super::lexicon::clauses::{WHOEVER, WHOEVER_PAIRS, YOURSELF};
use super::super::lexicon::free_places::{IF_SO, TAKING_ONE};
use super::super::lexicon::intents::{HEDGES, WEBSITES};
use super::super::lexicon::stance::{CONDITIONS, FIRST_PERSON, VERB_FIRST_CONDITIONS, negates};
use super::super::phrases::AnyOfOwned;
use super::lexicons::{ATTENDING, REGISTERING};
use super::sentences::{self, Read, clauses};
use std::sync::LazyLock;

/// Whether `sentence` opens with a condition of its own ("If the trip is not approved, I will
/// cancel", "Jei kelionė nebus patvirtinta, … atsisakysiu"): more than a short "if so"
/// ("If possible, please cancel my place" asks).
/// A verb that opens it ("Sollte mir etwas dazwischenkommen, sage ich ab") does so in a
/// sentence that asks nothing ("Skulle ni kunna stryka mig?" asks).
pub(super) fn opens_with_condition(sentence: &str) -> bool {
    let asks = || sentence.trim_end().ends_with('?');
    clauses(sentence).first().is_some_and(|c| {
        let w = sentences::words_up_to(c, 4);
        w.len() > 3
            && w.first().is_some_and(|f| {
                CONDITIONS.contains(&f.as_str())
                    || (VERB_FIRST_CONDITIONS.contains(&f.as_str()) && !asks())
            })
    }) && !answers_if_so(sentence)
}

/// Whether `sentence` opens with a short "if so" ("If yes, …", "Jei taip, …", "Если можно, …",
/// "Jos ehtii, …"): a condition of at most three words, not negated; or an "if so" running on
/// into a request for the sender ("I så fall vil jeg gjerne ha en", "jos on niin ilmoittakaa
/// mut").
pub(super) fn answers_if_so(sentence: &str) -> bool {
    let Some(first) = clauses(sentence).first().map(|c| sentences::words(c)) else {
        return false;
    };
    // The Scandinavian "i så fall", "i så fald" (in that case) is one too, and often runs on
    // without a comma: then the rest asks for the sender ("I så fall vil jeg gjerne ha en",
    // "i så fald tilmelder jeg mig"), not for something else ("i så fall vil jeg vite prisen").
    // So does a condition with "so" or "yes" after it, typed without a comma on a phone ("jos
    // on niin ilmoittakaa mut", "if so sign me up"): the head is then one to three words.
    let in_that_case = first.get(..3).is_some_and(|w| {
        w[0] == "i"
            && ["så", "saa", "sa"].contains(&w[1].as_str())
            && ["fall", "fald"].contains(&w[2].as_str())
    });
    let so_words = first
        .iter()
        .skip(1)
        .take(2)
        .take_while(|w| IF_SO.contains(&w.as_str()))
        .count();
    let head = if in_that_case {
        3
    } else if first
        .first()
        .is_some_and(|w| CONDITIONS.contains(&w.as_str()))
        && so_words > 0
    {
        1 + so_words
    } else {
        0
    };
    let runs_on = || {
        let rest = first.get(head..).unwrap_or(&[]);
        let has = |list: &[&str]| rest.iter().any(|w| list.contains(&w.as_str()));
        !REGISTERING.hits(rest).is_empty() || (has(TAKING_ONE) && has(FIRST_PERSON))
    };
    (first.len() <= 3 || (head > 0 && runs_on()))
        && (in_that_case
            || first
                .first()
                // Latvian "ja" (if) too: after a question, not the Polish "I" or German "yes".
                .is_some_and(|w| CONDITIONS.contains(&w.as_str()) || w == "ja"))
        && !first.iter().any(|w| negates(w))
}

/// Whether the sentence speaks of another edition or of what would have been.
pub(super) fn elsewhen(sentence: &str) -> bool {
    // Folded as the yeses they hold back are (see `matching::Lexicon`): "ich waere gerne dabei
    // gewesen" is "ich wäre gerne dabei gewesen".
    static ELSEWHEN: LazyLock<AnyOfOwned> =
        LazyLock::new(|| AnyOfOwned::new(folded(&[NEXT_TIME, WOULD_HAVE].concat())));
    ELSEWHEN.in_text(&sentence.to_lowercase())
}

/// Whether a forward's sentence leaves something to its reader on their own ("You can register
/// yourself at the address in the invitation", "anmäl dig själv", "зарегистрируйся сама"):
/// the forward registers nobody.
/// Not where the sender asks for themselves ("Tahaksin ise tulla – palun registreerige mind").
/// Nor where a clause of the sender's own, without "yourself", says yes for them ("Jeg sender
/// invitationen videre til jer selv – ja, jeg vil gerne med!").
pub(super) fn leaves_it_to_reader(read: &Read) -> bool {
    let yourself = |c: &[String]| c.iter().any(|w| YOURSELF.contains(&w.as_str()));
    let own_yes = || {
        read.clause_words().any(|c| {
            !yourself(c)
                && c.first().is_some_and(|w| YES.contains(&w.as_str()))
                && c.iter().any(|w| FIRST_PERSON.contains(&w.as_str()))
                && !c.iter().any(|w| negates(w))
        })
    };
    read.words().any(|w| YOURSELF.contains(&w))
        && !read.words().any(|w| ME_ALONE.contains(&w))
        && !own_yes()
}

/// Whether the sentence leaves registering to whoever wants to come, without the sender in it
/// ("Wer Interesse hat, meldet sich bitte direkt bei … an", "Den som vill åka anmäler sig
/// direkt till arrangören", "Tilmelding sker direkte til arrangøren"): an invitation passed on
/// to members registers nobody. "Whoever else comes, I'll be there" keeps the sender.
pub(super) fn leaves_it_to_others(read: &Read) -> bool {
    let words: Vec<&str> = read.words().collect();
    let whoever = words.iter().any(|w| WHOEVER.contains(w))
        || words
            .windows(2)
            .any(|p| matches!(p, [a, b] if WHOEVER_PAIRS.contains(&(*a, *b))));
    whoever && !words.iter().any(|w| FIRST_PERSON.contains(w))
}

/// Whether the sentence sends its reader to a website without the sender in it ("Registracija
/// – forumo svetainėje", "Registration via the forum's website"): it tells where to register
/// for the sender's own event, it asks for no place. "Please register me, the website did not
/// work" keeps the sender.
pub(super) fn points_to_website(read: &Read) -> bool {
    read.words()
        .any(|w| WEBSITES.iter().any(|s| w.starts_with(s)))
        && !read.words().any(|w| FIRST_PERSON.contains(&w))
}

/// Hedges that are something else as often ("in May", "может" as "can", "może" as "can").
const HEDGES_ELSEWHERE: &[&str] = &["may", "может", "może", "ehk", "eventuell"];

/// Whether the sender only may come: a clause opened by "maybe" that comes, or "maybe" alone
/// before such a clause ("Возможно, приеду", "Gal atvyksiu kartu su kolega", "Maybe I'll come
/// with a colleague", "Ehkä tulen", "Võib-olla tulen": the hyphen makes it two words). Not
/// "I'll come, maybe with a colleague": the hedge is about the company.
pub(super) fn hedged_coming(read: &Read) -> bool {
    let clauses: Vec<&[String]> = read.clause_words().collect();
    clauses.iter().enumerate().any(|(i, c)| {
        let hedge = c.first().is_some_and(|w| {
            HEDGES.contains(&w.as_str()) && !HEDGES_ELSEWHERE.contains(&w.as_str())
        }) || matches!(c, [a, b, ..] if a == "võib" && b == "olla");
        let target = if c.len() == 1 {
            clauses.get(i + 1).copied().unwrap_or(&[])
        } else {
            c
        };
        hedge && (!ATTENDING.hits(target).is_empty() || !REGISTERING.hits(target).is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn a_cancellation_in_the_conditional_cancels_nothing() {
        for text in [
            "Zapisuję się na warsztaty. Gdybym musiał zrezygnować, dam znać wcześniej.",
            "Jag anmäler mig till workshopen. Ifall jag måste avboka hör jag av mig.",
            "Registruojuosi į seminarą. Jeigu vis dėlto negalėčiau atvykti, pranešiu.",
            "Регистрируюсь на семинар. Если вдруг не смогу приехать, сообщу заранее.",
        ] {
            assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
        }
    }
}
