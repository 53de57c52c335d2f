//! What leaves taking part undecided or reported: a sentence that weighs whether to come
//! ("Das ist der Hauptgrund, über eine Teilnahme nachzudenken", "Kui jah, siis mõtlen
//! registreerumisele", "det afgør, om jeg kan tage med") or tells what someone else said
//! ("Min chef sa att hon anmält oss båda") registers nobody, whatever word of coming it holds.

use super::super::lexicon::attendance::CONSIDERING;
use super::super::lexicon::clauses::WISH_WORDS;
use super::super::lexicon::holding_back::{
    GETTING_BACK_TO, MEANS_OF_TRAVEL, ONCE, ONCE_OPENING, POSSIBLE, SOME_OF_THEM, SOMEONE_ASKED,
    SOMEONE_SAID, THAT, THEN_WHEN, THINKING_WHETHER, WEIGHING, depending,
};
use super::super::lexicon::stance::{CONDITIONS, REQUEST_WORDS, WHETHER, WISHING, negates};
use super::sentences::Read;

/// Whether the sentence weighs taking part rather than deciding it: a word of depending or
/// deciding ("it depends"), a verb of weighing, thinking before a "whether", or both branches
/// of a condition laid out ("if free, I'll sign up; if not, …").
/// A request in the sentence ("please register me, the rest depends on my boss") decides.
pub(super) fn weighs(read: &Read) -> bool {
    let words: Vec<&str> = read.words().collect();
    if words.iter().any(|w| REQUEST_WORDS.contains(w)) {
        return false;
    }
    let undecided = words.iter().any(|w| {
        depending(w)
            || WEIGHING.iter().any(|s| w.starts_with(s))
            || CONSIDERING.iter().any(|s| w.starts_with(s))
    });
    let thinking_whether = words.iter().enumerate().any(|(i, w)| {
        THINKING_WHETHER.contains(w)
            && words
                .get(i + 1..(i + 4).min(words.len()))
                .is_some_and(|next| next.iter().any(|n| WHETHER.contains(n)))
    });
    // "Falls kostenlos, melde ich mich an – wenn nicht, muss ich erst …": both ways open.
    let if_not = read.clause_words().skip(1).any(|c| {
        c.first().is_some_and(|w| CONDITIONS.contains(&w.as_str()))
            && c.get(1).is_some_and(|w| negates(w))
    });
    undecided || thinking_whether || if_not
}

/// Whether the sentence puts registering off until something happens ("I'll register once the
/// programme is out", "Ich melde mich an, sobald mein Geschäftsführer das Budget freigibt",
/// "Registreerun siis, kui eelarve on kinnitatud"):
/// a word of "once" after the word of registering. A request word decides ("please register
/// me, when you have a moment"). The "once" within [`ONCE_WITHIN`] words.
pub(super) fn defers(read: &Read) -> bool {
    let words: Vec<String> = read.words().map(str::to_string).collect();
    if words.iter().any(|w| REQUEST_WORDS.contains(&w.as_str())) {
        return false;
    }
    // "as soon as possible", "så snart som mulig": a hurry, nothing waited for.
    let possible =
        |i: usize| (i..i + 4).any(|j| words.get(j).is_some_and(|w| POSSIBLE.contains(&w.as_str())));
    let once = |i: usize| {
        words.get(i).is_some_and(|w| {
            ONCE.contains(&w.as_str())
                || (w == "as" && words.get(i + 1).is_some_and(|n| n == "soon"))
                || THEN_WHEN
                    .iter()
                    .any(|(t, n)| w == t && words.get(i + 1).is_some_and(|x| x == n))
        }) && !possible(i)
    };
    // "Sobald das durch ist, schicke ich Ihnen die Anmeldung": what must happen first opens it.
    let joined = read.joined();
    let opens_with_once = ONCE_OPENING.iter().any(|o| joined.starts_with(o))
        && !joined.starts_with("once again")
        && !joined.starts_with("once more");
    let hits = super::REGISTERING.hits(&words);
    (opens_with_once && !hits.is_empty())
        || hits
            .into_iter()
            .any(|(_, end)| (end..end + ONCE_WITHIN).any(once) || gets_back_in_touch(&words, end))
}

/// Whether the words after a word of registering that ends at `end` get back in touch ("Ich
/// melde mich dann umgehend wieder bei Ihnen", after "… sobald der Vorstand zugestimmt hat"):
/// "bei" and whom within [`ONCE_WITHIN`] words, and no "an" after it ("Hiermit melde ich mich
/// bei Ihnen für den Workshop an" registers).
fn gets_back_in_touch(words: &[String], end: usize) -> bool {
    let rest = words.get(end..).unwrap_or(&[]);
    rest.windows(2)
        .take(ONCE_WITHIN)
        .any(|w| w[0] == "bei" && GETTING_BACK_TO.contains(&w[1].as_str()))
        && !rest.iter().any(|w| w == "an")
}

/// How many words after a word of registering a "once" puts it off ("I'll register for the
/// workshop once …"); further on it is about something else ("… and tell you my diet when I
/// know it").
const ONCE_WITHIN: usize = 4;

/// Whether a clause reports what someone else said about registering ("Kollegani Mikko sanoi
/// ilmoittavansa meidät molemmat", "Min chef sa att hon anmält oss båda", "Шеф сказал, что
/// зарегистрирует нас"): not the sender's own words of coming. What someone said in a clause
/// of its own ("she said there are places left, so – put me down"), or a request word, leaves
/// the request standing.
pub(super) fn reports_saying(read: &Read) -> bool {
    // "коллега сказала, что регистрация открыта – впишите, пожалуйста, и меня" asks.
    if !read
        .words()
        .any(|w| SOMEONE_SAID.contains(&w) || SOMEONE_ASKED.contains(&w))
        || read.words().any(|w| REQUEST_WORDS.contains(&w))
    {
        return false;
    }
    let clauses: Vec<&[String]> = read.clause_words().collect();
    let registers = |c: &[String]| !super::REGISTERING.hits(c).is_empty();
    let opens_with = |i: usize, words: &[&str]| {
        clauses
            .get(i + 1)
            .is_some_and(|next| next.first().is_some_and(|w| words.contains(&w.as_str())))
            && clauses.get(i + 1).is_some_and(|next| registers(next))
    };
    clauses.iter().enumerate().any(|(i, c)| {
        // Swedish "så" typed plain is "sa" (said): "vill sa garna hanga med" is "so gladly".
        let said = c.iter().enumerate().any(|(k, w)| {
            SOMEONE_SAID.contains(&w.as_str())
                && !c.get(k + 1).is_some_and(|n| {
                    WISHING.contains(&n.as_str()) || WISH_WORDS.contains(&n.as_str())
                })
        }) && (registers(c) || opens_with(i, THAT));
        // "asked me whether I should register": "whether" within three words after the
        // asking, or opening the next clause; not "he asked me to let you know that he would
        // like to attend … if you could register him".
        let asked = c
            .iter()
            .position(|w| SOMEONE_ASKED.contains(&w.as_str()))
            .is_some_and(|a| {
                (c.iter()
                    .skip(a + 1)
                    .take(3)
                    .any(|w| WHETHER.contains(&w.as_str()))
                    && registers(c))
                    || opens_with(i, WHETHER)
            });
        said || asked
    })
}

/// Whether some of a group are who will register, in a clause without the sender ("Ielūgumu
/// pārsūtīju biedriem, domāju, ka vairāki pieteiksies", "Loodetavasti mõned registreeruvad",
/// "I passed it on; hopefully some will sign up"): an invitation passed on. A list of people
/// with names or addresses ("Several of us come: Anna Berg, …") registers them.
pub(super) fn some_others_register(sentence: &str, read: &Read) -> bool {
    read.words().any(|w| SOME_OF_THEM.contains(&w))
        && !sentence.contains(['@', ':'])
        && !super::replies::names_a_person(sentence)
        && read.clause_words().any(|c| {
            c.iter().any(|w| SOME_OF_THEM.contains(&w.as_str()))
                && !c.iter().any(|w| {
                    super::FIRST_PERSON.contains(&w.as_str())
                        || super::ME_OBJECT.contains(&w.as_str())
                })
                && !super::REGISTERING.hits(c).is_empty()
        })
}

/// Whether the sentence names how the sender travels without a word of asking ("Važiuosiu
/// automobiliu", "Ich komme mit dem Zug"): under a practical question, the reason it is
/// asked. "Please register me, I'll come by car" asks.
pub(super) fn travels_without_asking(read: &Read) -> bool {
    read.words().any(|w| MEANS_OF_TRAVEL.contains(&w))
        && !read.words().any(|w| REQUEST_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn registering_once_something_has_happened_registers_nobody_yet() {
        for text in [
            "Registreerun siis, kui juhataja on reisi kinnitanud.",
            "Pieteikšos tad, kad būs apstiprināts budžets.",
            "Sobald mein Chef zugestimmt hat, schicke ich Ihnen meine Anmeldung.",
            "As soon as my dates are fixed, I will sign up.",
            "Как только утвердят командировку, зарегистрируюсь.",
        ] {
            assert!(!intents("Workshop", text).contains(&Registration), "{text}");
        }
    }

    #[test]
    fn a_request_with_a_when_still_registers() {
        for text in [
            "Palun registreerige mind siis, kui teil on aega.",
            "Once again, please register me for the workshop.",
        ] {
            assert!(intents("Workshop", text).contains(&Registration), "{text}");
        }
    }
}
