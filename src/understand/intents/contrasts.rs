//! Sentences made of two statements set side by side, where the second must not be read with
//! the first's stance: a wish to come before a question after a comma ("I would like to come,
//! do I need to pay?"), and a colleague out but the sender still coming ("Peter can't come
//! after all, but I'm still coming").

use super::super::lexicon::COLLEAGUE;
use super::super::lexicon::attendance::DAYS;
use super::super::lexicon::being_there::WOULD;
use super::super::lexicon::intents::QUESTION_FIRST_WORDS;
use super::super::lexicon::stance::{BUT, BUT_AFTER_VERB, ONLY, negates};
use super::saying_yes::will_be_there;
use super::sentences::{self, Read, clauses};
use super::{ATTENDING, CONDITIONS, FIRST_PERSON, HEDGES, OTHER_PERSON, POSSESSIVE, replies};

/// The statement before the first comma, colon or semicolon of a sentence that ends as a
/// question ("I would like to come, do I need to pay?", "unser Direktor möchte kommen: gibt
/// es noch Platz?"), when it states and asks nothing itself. A condition ("if I come, …") or
/// a hedge ("maybe I'd come, …") in it, or a head that asks ("would it make sense for me to
/// come, or …?"), gives none: such a sentence asks before deciding.
pub(super) fn wish_before_question(sentence: &str) -> Option<&str> {
    let sentence = sentence.trim();
    if !sentence.ends_with('?') {
        return None;
    }
    let at = sentence.find([',', ':', ';'])?;
    let head = sentence.get(..at)?.trim();
    let tail = sentence.get(at + 1..)?.trim();
    let words = sentences::words(head);
    // English "I" as written: the Scandinavian and Polish "i" is "in" or "and" ("Koster det
    // noget at deltage i workshoppen, og …?" names no person).
    let english_i = || head.split(|c: char| !c.is_alphanumeric()).any(|t| t == "I");
    let open = |w: &String| {
        CONDITIONS.contains(&w.as_str()) || HEDGES.contains(&w.as_str()) || w == "when"
    };
    let fits = words.len() >= 2
        && sentences::words(tail).len() >= 2
        && !head.ends_with('?')
        && !words.iter().any(open)
        && !asks_itself(&words)
        // A person wishes ("I would like to come", "our director …"), not "is it costly to
        // take part, and …?".
        && words.iter().any(|w| {
            let w = w.as_str();
            (FIRST_PERSON.contains(&w) && (w != "i" || english_i()))
                || POSSESSIVE.contains(&w)
                || OTHER_PERSON.contains(&w)
        });
    fits.then_some(head)
}

/// Whether the words open as a question does: a verb or a question word first ("would it make
/// sense for me to come"), or a Finnish first word asking with "-ko" ("Voinko tulla").
/// A question word after "and" asks too ("Ja kas saab osaleda ainult esimesel päeval, kui …?",
/// "and can I come on one day only, if …?").
fn asks_itself(words: &[String]) -> bool {
    let and_asks = || {
        words.first().is_some_and(|w| AND.contains(&w.as_str()))
            && words
                .get(1)
                .is_some_and(|w| QUESTION_FIRST_WORDS.contains(&w.as_str()))
    };
    words.first().is_some_and(|w| {
        QUESTION_FIRST_WORDS.contains(&w.as_str())
            || (w.chars().count() > 4 && (w.ends_with("ko") || w.ends_with("kö")))
    }) || and_asks()
}

/// "And" opening a question ("Ja kas …?", "Und kann …?"): whole words; not the Polish "i",
/// which is the English "I".
const AND: &[&str] = &["and", "und", "og", "och", "ja", "un", "ir", "и"];

/// Whether the sentence says that someone else cannot come but the sender comes all the same
/// ("My colleague can't come after all, but I'm still coming", "mein Kollege kann nicht
/// kommen, aber ich komme trotzdem"): the other is out, the sender's registration stands.
/// `previous`: the sentence before, for "X can't come. But I'm still coming."
pub(super) fn other_out_sender_stays(sentence: &str, previous: Option<&str>) -> bool {
    let cs = clauses(sentence);
    let opens_with_but = |c: &str| {
        sentences::words(c)
            .first()
            .is_some_and(|w| BUT.contains(&w.as_str()))
    };
    let Some(at) = cs.iter().position(|c| opens_with_but(c)) else {
        return false;
    };
    let before = if at == 0 {
        previous.unwrap_or("").to_string()
    } else {
        cs.get(..at).unwrap_or(&[]).join(", ")
    };
    let after = cs.get(at..).unwrap_or(&[]).join(", ");
    other_out(&before) && sender_comes(&after)
}

/// Someone other than the sender refuses coming in `text`; the sender is not its subject.
fn other_out(text: &str) -> bool {
    let read = Read::new(text);
    !text.trim().is_empty()
        && read.refused(&ATTENDING)
        && !read
            .words()
            .any(|w| FIRST_PERSON.contains(&w) && !POSSESSIVE.contains(&w))
        && replies::about_someone_else(text, &read)
}

/// The sender comes in `text`, said without a negation.
fn sender_comes(text: &str) -> bool {
    let read = Read::new(text);
    read.words()
        .any(|w| FIRST_PERSON.contains(&w) && !POSSESSIVE.contains(&w))
        && !read.words().any(negates)
        && (read.positive(&ATTENDING, false) || will_be_there(&read))
}

/// Whether a wish to come in the conditional is taken back by a "but" later in the sentence
/// ("Tulisin mielelläni, mutta kesäkuun alussa meillä on arviointi", "I'd love to come, but we
/// have our general assembly that week", "ich würde mich gern anmelden, muss aber erst die
/// Reise genehmigen lassen", "очень хотелось бы приехать, но на эти даты у нас
/// выставка"): the sender does not register. Not when what follows the "but" keeps a day
/// ("… but only on the first day"), says the sender comes anyway, is about someone else ("…
/// but my colleague can't"), or asks.
pub(super) fn wish_taken_back(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') {
        return false;
    }
    let cs = clauses(sentence);
    let said = cs.iter().map(|c| sentences::words(c)).collect::<Vec<_>>();
    let Some(wish) = said
        .iter()
        .position(|w| w.iter().any(|x| WOULD.contains(&x.as_str())))
    else {
        return false;
    };
    let Some(but) = said.iter().skip(wish + 1).position(|w| {
        w.first().is_some_and(|x| BUT.contains(&x.as_str()))
            || w.get(1)
                .is_some_and(|x| BUT_AFTER_VERB.contains(&x.as_str()))
    }) else {
        return false;
    };
    let after = cs.get(wish + 1 + but..).unwrap_or(&[]).join(", ");
    let read = Read::new(&after);
    let keeps_a_day =
        read.words().any(|w| ONLY.contains(&w)) && read.words().any(|w| DAYS.contains(&w));
    let someone_else = read
        .words()
        .any(|w| OTHER_PERSON.contains(&w) || COLLEAGUE.iter().any(|c| w.starts_with(c)));
    // "… enkä pääse irti": coming denied is no coming.
    let comes =
        (read.positive(&ATTENDING, false) || will_be_there(&read)) && !read.words().any(negates);
    !keeps_a_day && !comes && !someone_else
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn a_wish_to_register_that_must_wait_for_approval_registers_nobody() {
        for text in [
            "Ich würde mich gern anmelden, muss aber erst mit meiner Chefin sprechen.",
            "Tahaksin registreeruda, pean aga enne juhatajaga rääkima.",
            "I would like to sign up, but first my manager has to approve the trip.",
        ] {
            assert!(!intents("Workshop", text).contains(&Registration), "{text}");
        }
    }

    #[test]
    fn a_wish_with_a_day_kept_after_aber_still_registers() {
        let text = "Ich würde mich gern anmelden, bin aber nur am ersten Tag da.";
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}
