//! What a sentence leaves open or to others: a condition it opens with ("If the trip is not
//! approved, I will cancel"), a short "if so" that answers a question before it, another
//! edition or what would have been, and a forward's "register yourself".

use super::super::behalf::folded::folded;
use super::super::lexicon::attendance::NEXT_TIME;
use super::super::lexicon::being_there::{ME_ALONE, YES};
use super::super::lexicon::cancellation::{SOMEONE, SOMEONE_PAIRS, WOULD_HAVE};
use super::super::lexicon::clauses::{WHOEVER, WHOEVER_PAIRS, YOURSELF};
use super::super::lexicon::free_places::{IF_SO, TAKING_ONE};
use super::super::lexicon::holding_back::REGISTER_YOURSELF;
use super::super::lexicon::intents::{HEDGES, WEBSITES};
use super::super::lexicon::stance::{
    CONDITIONS, FIRST_PERSON, ME_OBJECT, POSSESSIVE, VERB_FIRST_CONDITIONS, negates,
};
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
/// So does the familiar "you" of registering ("Marek, to dla Ciebie – zapisz się", "melde dich
/// an, wenn du Zeit hast").
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
    // The familiar "you" of registering counts in a clause without "me" ("to dla Ciebie, nie
    // dla mnie – zapisz się": the "me" is in another clause).
    let tells_reader = |c: &[String]| {
        c.iter().any(|w| REGISTER_YOURSELF.contains(&w.as_str()))
            && !c.iter().any(|w| ME_ALONE.contains(&w.as_str()))
    };
    ((read.words().any(|w| YOURSELF.contains(&w)) && !read.words().any(|w| ME_ALONE.contains(&w)))
        || read.clause_words().any(tells_reader))
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

/// Whether a clause's subject is someone unnamed, without the sender in it ("if someone
/// cancels", "sollte jemand absagen", "ja kāds atteiksies"): what it says they do (cancel) is
/// theirs, so a waiting list's "if anyone drops out, I'll take the place" cancels nothing.
/// "Could someone cancel my registration?" keeps the sender.
pub(super) fn someone_elses(clause: &[String]) -> bool {
    let someone = clause.iter().any(|w| SOMEONE.contains(&w.as_str()))
        || clause
            .windows(2)
            .any(|p| matches!(p, [a, b] if SOMEONE_PAIRS.contains(&(a.as_str(), b.as_str()))));
    someone
        && !clause
            .iter()
            .any(|w| ME_OBJECT.contains(&w.as_str()) || POSSESSIVE.contains(&w.as_str()))
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

    #[test]
    fn someone_elses_cancellation_on_a_waiting_list_cancels_nothing() {
        for (subject, text) in [
            (
                "Waiting list",
                "The workshop is full, I hear. If anyone cancels, I'd gladly take the place.",
            ),
            (
                "Warteliste",
                "Ich habe gehört, es ist ausgebucht. Sollte jemand absagen, nehme ich den Platz gern.",
            ),
            (
                "Gaidītāju saraksts",
                "Lūdzu ierakstiet mani gaidītāju sarakstā – ja kāds atteiksies, es labprāt braukšu.",
            ),
            (
                "Jonotuslista",
                "Hei, jos joku peruu, otan paikan mielelläni.",
            ),
            (
                "Ootenimekiri",
                "Tere, kui keegi loobub, võtaksin koha hea meelega.",
            ),
            (
                "Лист ожидания",
                "Если кто-то откажется, я с удовольствием займу место.",
            ),
            (
                "Laukiančiųjų sąrašas",
                "Jei kas nors atsisakys, mielai užimsiu vietą.",
            ),
        ] {
            let got = intents(subject, text);
            assert!(!got.contains(&Cancellation), "{text}: {got:?}");
            assert!(got.contains(&Registration), "{text}: {got:?}");
        }
    }

    #[test]
    fn someone_asked_to_cancel_the_senders_registration_still_cancels() {
        for text in [
            "Could someone please cancel my registration for the workshop?",
            "Kann jemand bitte meine Anmeldung stornieren?",
        ] {
            assert!(intents("Workshop", text).contains(&Cancellation), "{text}");
        }
    }

    #[test]
    fn busy_on_one_day_under_a_registration_for_the_other_cancels_nothing() {
        // Latvian "aizņemts" (busy) holds "izņem" (take off the list).
        for text in [
            "Lūdzu pierakstiet mani uz pirmo dienu, otrajā dienā esmu aizņemta.",
            "Reģistrējiet mani, lūdzu, tikai otrajai dienai – pirmajā dienā būšu aizņemts ar valdes sēdi.",
        ] {
            assert_eq!(intents("Darbseminārs", text), vec![Registration], "{text}");
        }
    }

    #[test]
    fn a_forward_telling_the_reader_to_register_registers_nobody() {
        use super::super::detect;
        for text in [
            "Thomas, das ist eher was für dich – melde dich an, wenn du Zeit hast.",
            "Tomku, to raczej dla Ciebie niż dla mnie – zapisz się, jeśli masz czas.",
            "Lars, det her er mere noget for dig – tilmeld dig, hvis du har tid.",
            "Mikko, tämä on enemmän sinulle – ilmoittaudu, jos ehdit.",
            "Саша, это скорее для тебя – запишись, если найдёшь время.",
            // (Not yet with a Latvian "ja" (if) clause after it: "ja" is also a yes and the
            // Polish "I", so "…, ja atradīsi laiku" reads as the sender's own yes.)
            "Jāni, tas drīzāk tev nekā man – piesakies.",
        ] {
            let found = detect(Some("Fwd: Invitation"), text, false).intents;
            assert!(!found.contains(&Registration), "{text}: {found:?}");
        }
        // The sender who registers in a forward still does.
        let found = detect(Some("Fwd: Invitation"), "Bitte melden Sie mich an.", false).intents;
        assert_eq!(found, vec![Registration]);
    }
}
