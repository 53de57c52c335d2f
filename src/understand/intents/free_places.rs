//! Taking one of the places said to be free ("I saw there are still places left – then I'll
//! take one", "der er stadig ledige pladser – så vil jeg gerne have en af dem", "paikkoja on
//! vielä jäljellä – laittakaa minut siis listalle"): the sender registers, in words that name
//! no registering.

use super::super::lexicon::COLLEAGUE;
use super::super::lexicon::being_there::YES;
use super::super::lexicon::free_places::{
    FREE, LATVIAN_ONE_OF, PLACE_NOUNS, STILL, TAKING_MYSELF, TAKING_ONE, TO_OTHERS,
};
use super::super::lexicon::negation::negates;
use super::super::lexicon::offered_places::{
    FEW_LEFT, FOR_ME, NONE_OF, ONE_OF, ONE_STRESSED, ROOM_LEFT, USING_ONE, WANTING_ONE,
};
use super::super::lexicon::stance::{CONDITIONS, FIRST_PERSON, IF_SO, THEN};
use super::super::phrases::AnyOf;
use super::REQUESTING;
use super::sentences::{Read, clauses, words};

/// The place nouns' beginnings in one automaton: the cheap test before reading the words.
static PLACES_ANY: AnyOf = AnyOf::new(PLACE_NOUNS);

/// Whether `sentence` says that places are free and, in a later clause, the sender takes one:
/// the sender in it, a word of taking (or a list to be put on), and no negation, colleague
/// or condition.
/// A question ("are there places left? then I'd take one") is not decided here.
pub(super) fn takes_a_free_place(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') {
        return false;
    }
    // The words below start with these stems, so the sentence holds them (cheap test first).
    static FREE_ANY: AnyOf = AnyOf::new(FREE);
    static STILL_ANY: AnyOf = AnyOf::new(STILL);
    let lower = sentence.to_lowercase();
    if !(FREE_ANY.in_text(&lower) || STILL_ANY.in_text(&lower)) || !PLACES_ANY.in_text(&lower) {
        return false;
    }
    let mut parts: Vec<Vec<String>> = clauses(sentence).into_iter().map(words).collect();
    let Some(free) = parts.iter().position(|w| {
        let has = |list: &[&str]| w.iter().any(|x| list.iter().any(|l| x.starts_with(l)));
        has(PLACE_NOUNS) && (has(FREE) || w.iter().any(|x| STILL.contains(&x.as_str())))
    }) else {
        return false;
    };
    // The free places' clause goes on after "then" without a comma ("ja vel ir vieta tad es
    // nemu"): what follows is the later clause.
    if let Some(w) = parts.get_mut(free)
        && let Some(place) = w
            .iter()
            .position(|x| PLACE_NOUNS.iter().any(|p| x.starts_with(p)))
        && let Some(then) = w
            .iter()
            .skip(place + 1)
            .position(|x| THEN.contains(&x.as_str()))
    {
        let rest = w.split_off(place + 1 + then);
        parts.insert(free + 1, rest);
    }
    let later = parts.get(free + 1..).unwrap_or(&[]);
    let conditional = later
        .iter()
        .any(|w| w.iter().any(|x| CONDITIONS.contains(&x.as_str())));
    !conditional && later.iter().any(|w| takes_for_sender(w))
}

/// Whether a clause hands the places on to others ("Geben Sie die Plätze gern an andere",
/// "happy to leave the places to others", "atdodiet vietas citiem"): places given away are no
/// yes, however gladly the sender gives them.
pub(super) fn hands_places_on(read: &Read) -> bool {
    read.clause_words().any(|c| {
        c.iter().any(|w| TO_OTHERS.contains(&w.as_str()))
            && c.iter()
                .any(|w| PLACE_NOUNS.iter().any(|p| w.starts_with(p)))
    })
}

/// Whether the sentence registers the sender on the one condition that there is still room:
/// "hvis der stadig er plads, så sæt mig på", "tuun riikaan jos mahtuu", "Falls ja, nehmen Sie
/// mich bitte auf" or "Если да – оформите меня" after a question whether places are left or it
/// is still possible, "Biorę jedno miejsce, jeśli jeszcze aktualne". The organisers answer such
/// a condition by registering or not, so it asks for the place; any other condition ("if my
/// boss agrees") still holds the registration back.
/// `whole` is the sentence read as it stands.
pub(super) fn registers_if_room(whole: &Read, previous: Option<&str>) -> bool {
    let parts: Vec<&[String]> = whole.clause_words().collect();
    let is_condition = |x: &String| CONDITIONS.contains(&x.as_str());
    if !parts.iter().flat_map(|w| w.iter()).any(is_condition) {
        return false;
    }
    // "If so" / "falls ja" / "jos ehtii" answers a question about room just before.
    let asked_for_room =
        || previous.is_some_and(|p| p.trim_end().ends_with('?') && about_room(&words(p)));
    let mut rest: Vec<&[String]> = Vec::new();
    let mut on_room = false;
    for &w in &parts {
        match w.iter().position(is_condition) {
            None => rest.push(w),
            // "Jos mahtuu, (niin) ilmoittaudun", "If yes, I'd be glad to take one".
            Some(0) => {
                let (condition, then) = without_comma(w.get(1..).unwrap_or(&[]));
                // Cut without a comma, only "if so" answers the question ("kui on siis …",
                // not "kui ülemus lubab siis …").
                let short = condition.len() <= 2
                    && (then.is_none() || condition.iter().all(|x| IF_SO.contains(&x.as_str())));
                if about_room(condition) || (short && asked_for_room()) {
                    on_room = true;
                    rest.extend(then);
                } else {
                    return false;
                }
            }
            // "tuun riikaan jos mahtuu": a short condition closes the clause.
            Some(at) => {
                let condition = w.get(at + 1..).unwrap_or(&[]);
                if condition.len() <= 4 && about_room(condition) {
                    on_room = true;
                    rest.push(w.get(..at).unwrap_or(&[]));
                } else {
                    return false;
                }
            }
        }
    }
    if !on_room || rest.iter().flat_map(|w| w.iter()).any(|x| negates(x)) {
        return false;
    }
    let text: Vec<String> = rest.iter().map(|w| w.join(" ")).collect();
    Read::new(&text.join(", ")).positive(&REQUESTING, true)
        || rest.iter().any(|w| takes_for_sender(w) || asks_for_one(w))
}

/// A condition typed on a phone without the comma that ends it, split from what it asks: at
/// "then" ("kui on siis pange mind kirja") or after a short "if so" when the question before
/// asked for room ("jei taip irasykit mane", "if yes sign me up"). Otherwise all of it is the
/// condition.
fn without_comma(condition: &[String]) -> (&[String], Option<&[String]>) {
    if let Some(then) = condition
        .iter()
        .position(|x| THEN.contains(&x.as_str()))
        .filter(|&t| t > 0 && t <= 3)
    {
        return (&condition[..then], condition.get(then + 1..));
    }
    match condition.first() {
        Some(so) if IF_SO.contains(&so.as_str()) && condition.len() > 2 => {
            (&condition[..1], condition.get(1..))
        }
        _ => (condition, None),
    }
}

/// Whether a condition's or a question's words are about room left: "still" ("noch", "vielä",
/// "ещё"), a place ("plads", "Plätze"), or room said otherwise ("mahtuu", "room").
fn about_room(w: &[String]) -> bool {
    w.iter().any(|x| {
        STILL.contains(&x.as_str())
            || ROOM_LEFT.contains(&x.as_str())
            || PLACE_NOUNS.iter().any(|p| x.starts_with(p))
    })
}

/// Whether a subject says places are free or few ("Only a few places left", "Få pladser
/// tilbage", "Sista chansen: några platser kvar", "Palikušas pēdējās vietas"): the sender's
/// reply may then take one in words alone ("Then grab one for me!", "Då tar jag en plats,
/// tack!").
pub(super) fn names_free_places(subject: &str) -> bool {
    let w = words(subject);
    let has = |list: &[&str]| w.iter().any(|x| list.iter().any(|l| x.starts_with(l)));
    has(PLACE_NOUNS)
        && (has(FREE) || has(FEW_LEFT) || w.iter().any(|x| STILL.contains(&x.as_str())))
}

/// Whether `sentence`, under a subject that names free places, takes one for the sender: a
/// clause of taking with the sender in it, and no question, negation, colleague or condition.
pub(super) fn takes_an_offered_place(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') {
        return false;
    }
    let parts: Vec<Vec<String>> = clauses(sentence).into_iter().map(words).collect();
    // "Kui kohti on vähe, siis üks palun minule", "If places are few, save one for me": a
    // condition that only says again what the subject says of the places sets none.
    let restates = |w: &[String]| {
        let has = |list: &[&str]| w.iter().any(|x| list.iter().any(|l| x.starts_with(l)));
        has(PLACE_NOUNS) && (has(FEW_LEFT) || has(FREE))
    };
    let conditional = parts
        .iter()
        .any(|w| w.iter().any(|x| CONDITIONS.contains(&x.as_str())) && !restates(w));
    !conditional && parts.iter().any(|w| takes_for_sender(w) || asks_for_one(w))
}

/// Whether `sentence` asks for a place for the sender without a verb, as a yes to the
/// invitation whose event only the subject names ("Ja takk, én plass til meg", "Ja tack, en
/// plats åt mig", "Kyllä kiitos, yksi paikka minulle", "Yes please, one seat for me"): a place,
/// the sender as the one it is for, and "one" or a yes before it; no question, condition,
/// negation or colleague.
pub(super) fn asks_for_a_place(sentence: &str) -> bool {
    // The cheap test first: a place noun's beginning somewhere in the sentence.
    if sentence.trim_end().ends_with('?') || !PLACES_ANY.in_text(&sentence.to_lowercase()) {
        return false;
    }
    let parts: Vec<Vec<String>> = clauses(sentence).into_iter().map(words).collect();
    let yes = parts
        .first()
        .and_then(|w| w.first())
        .is_some_and(|x| YES.contains(&x.as_str()));
    let conditional = parts
        .iter()
        .any(|w| w.iter().any(|x| CONDITIONS.contains(&x.as_str())));
    !conditional
        && parts.iter().any(|w| {
            let has = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
            let place = w
                .iter()
                .any(|x| PLACE_NOUNS.iter().any(|p| x.starts_with(p)));
            place
                && has(FOR_ME)
                && (yes || has(ONE_OF) || has(ONE_STRESSED))
                && !w.iter().any(|x| {
                    negates(x)
                        || NONE_OF.contains(&x.as_str())
                        || COLLEAGUE.iter().any(|c| x.starts_with(c))
                })
        })
}

/// A clause that asks for one of the offered places for the sender without a verb of taking
/// ("one of them for me", "dann hätte ich gern noch einen davon", "einen Platz für mich
/// bitte", "Mulle yks paikka", "üks neist kohtadest minule", "место за мной") or makes use of
/// one ("skorzystam z jednego z ostatnich miejsc"); not negated and not for a colleague.
fn asks_for_one(w: &[String]) -> bool {
    let has = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
    let place = || {
        w.iter()
            .any(|x| PLACE_NOUNS.iter().any(|p| x.starts_with(p)))
    };
    let refuses = w
        .iter()
        .enumerate()
        .any(|(i, x)| !latvian_of(w, i) && (NONE_OF.contains(&x.as_str()) || negates(x)));
    let wants_one = || has(WANTING_ONE) && has(FIRST_PERSON);
    (has(FOR_ME) || has(USING_ONE) || wants_one())
        && (has(ONE_OF) || place())
        && !refuses
        && !w.iter().any(|x| COLLEAGUE.iter().any(|c| x.starts_with(c)))
}

/// A clause of taking with the sender in it ("then I'll take one", "save one for me"), not
/// negated and not for a colleague.
fn takes_for_sender(w: &[String]) -> bool {
    let has = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
    // "We will have to pass this time": "have to" must, it takes nothing.
    let must = || w.windows(2).any(|p| p[0] == "have" && p[1] == "to");
    (has(TAKING_MYSELF) || (has(TAKING_ONE) && has(FIRST_PERSON) && !must()))
        && !w.iter().enumerate().any(|(i, x)| {
            (negates(x) && !latvian_of(w, i)) || COLLEAGUE.iter().any(|c| x.starts_with(c))
        })
}

/// Whether the word at `i` is a Latvian "no" after "one" ("paņemšu vienu no atlikušajām
/// vietām"): "of", neither "none" nor a negation.
fn latvian_of(w: &[String], i: usize) -> bool {
    w.get(i).is_some_and(|x| x == "no")
        && i.checked_sub(1)
            .and_then(|b| w.get(b))
            .is_some_and(|b| LATVIAN_ONE_OF.contains(&b.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taking_a_free_place_registers() {
        for s in [
            "I saw there are still places left - then I'll take one.",
            "Jeg kan se, at der stadig er ledige pladser – så vil jeg gerne have en af dem.",
            "Så i nyhetsbrevet at dere fortsatt har plasser ledig – da tar jeg gjerne en.",
            "Jag såg att det finns platser kvar till Riga – då hakar jag gärna på.",
            "Näin, että paikkoja on vielä jäljellä – laittakaa minut siis listalle.",
            "Es redzu, ka vēl ir brīvas vietas – tad ņemšu vienu.",
            "Widzę, że są jeszcze wolne miejsca – wezmę jedno.",
            "Вижу, что ещё есть свободные места – тогда запишите меня.",
            "If there's still a spot on the list, I'd gladly take it.",
            "Kui veel on kohti, siis pange mind kirja.",
            "ja vel ir vieta, tad es nemu",
            "Redzu, ka vēl ir brīvas vietas – paņemšu vienu no tām.",
        ] {
            assert!(takes_a_free_place(s), "{s}");
        }
    }

    #[test]
    fn free_places_alone_or_a_question_or_a_condition_take_none() {
        for s in [
            "Are there still places left? Then I'll take one?",
            "There are still free places, I heard.",
            "I saw there are places left - I'll ask my director first.",
            "Jeg kan se, at der er ledige pladser – men jeg kan ikke tage en.",
            "There are still places left, if my boss agrees I'll take one.",
            // The places are someone else's business.
            "Places are still free – my colleague will take one.",
            "If there is still a place, my colleague will take it.",
            "Is there still a seat, then I'd take it?",
        ] {
            assert!(!takes_a_free_place(s), "{s}");
        }
    }

    #[test]
    fn a_reply_to_free_places_that_takes_one_registers() {
        use super::super::super::Intent::*;
        use super::super::detect;
        for (subject, text) in [
            (
                "Re: Just a few seats left - Tallinn",
                "Then save one for me, please!\n\nOla",
            ),
            ("SV: Nogle pladser tilbage", "Så tager jeg en!\n\nMette"),
            ("VS: Paikkoja vielä jäljellä", "Otan yhden, kiitos.\nAnu"),
            ("AW: Noch freie Plätze", "Dann nehme ich einen, danke.\nUte"),
            // Wanting one, the reflexive "for myself", Latvian "one of".
            (
                "AW: Nur noch wenige Plätze",
                "Dann hätte ich gern einen davon.\nUte",
            ),
            ("Re: Only a few places left", "I'd like one of them.\nOla"),
            ("Re: Liko tik kelios vietos", "Imu vieną vietą sau!\nRūta"),
            (
                "Re: Осталось несколько мест",
                "Да, одно место беру себе.\nОльга",
            ),
            (
                "Re: Palikušas dažas vietas",
                "Jā, vienu no vietām man, lūdzu!\nIeva",
            ),
        ] {
            assert!(
                detect(Some(subject), text, false)
                    .intents
                    .contains(&Registration),
                "{text}"
            );
        }
        for (subject, text) in [
            ("Re: Just a few seats left", "My colleague will take one."),
            ("Re: Just a few seats left", "Can I take one?"),
            (
                "Re: Just a few seats left",
                "If my boss agrees I'll take one.",
            ),
            (
                "Re: Just a few seats left",
                "Sorry, I won't take one this time.",
            ),
            ("Re: Programme", "Then save one for me, please!"),
            (
                "AW: Nur noch wenige Plätze",
                "Ich hätte eine Frage zum Programm.",
            ),
            (
                "Re: Palikušas dažas vietas",
                "Nevienu no vietām man nevajag.",
            ),
            ("Re: Осталось несколько мест", "Одно место себе не возьму."),
        ] {
            assert!(
                !detect(Some(subject), text, false)
                    .intents
                    .contains(&Registration),
                "{subject}: {text}"
            );
        }
    }

    #[test]
    fn a_reply_that_asks_for_one_of_the_last_places_registers() {
        use super::super::super::Intent::*;
        use super::super::detect;
        for (subject, text) in [
            (
                "Re: Last seats – Tallinn forum",
                "Sure, one for me please.\n\nAlan",
            ),
            (
                "AW: Nur noch wenige Plätze",
                "Gern: einen Platz für mich.\n\nUte",
            ),
            (
                "SV: Få pladser tilbage",
                "Ja tak, en plads til mig!\n\nMette",
            ),
            ("SV: Sista platserna", "En plats åt mig, tack.\n\nEva"),
            ("VS: Viimeiset paikat", "Minulle yksi paikka, kiitos.\nAnu"),
            ("Re: Pēdējās vietas", "Jā, vienu vietu man, lūdzu.\nAnda"),
            ("RE: Liko kelios vietos", "Taip, vieną vietą man.\nRasa"),
            ("Re: Viimased kohad", "Jah, üks koht mulle, palun.\nMari"),
            (
                "Odp: Ostatnie miejsca",
                "Jedno miejsce dla mnie, proszę.\nOla",
            ),
            (
                "Odp: Zostało kilka miejsc",
                "Chętnie skorzystam z jednego miejsca.\nJan",
            ),
            (
                "RE: Последние места",
                "Да, одно место для меня, пожалуйста.\nИрина",
            ),
        ] {
            assert!(
                detect(Some(subject), text, true)
                    .intents
                    .contains(&Registration),
                "{subject}: {text}"
            );
        }
        for (subject, text) in [
            // Not for the sender, not now, or asked.
            ("Re: Last seats left", "One for my colleague Ann, please."),
            ("Re: Last seats left", "No place for me this time, sadly."),
            ("Re: Last seats left", "Is there one for me?"),
            ("Re: Last seats left", "If my boss agrees, one for me."),
            (
                "AW: Nur noch wenige Plätze",
                "Leider keinen Platz für mich.",
            ),
            (
                "Odp: Ostatnie miejsca",
                "Skorzystam z okazji i zapytam o hotel.",
            ),
            // A place that is not one of the offered ones.
            ("Re: Programme", "One for me, please."),
            ("Re: Last call for ideas", "One for me, please."),
        ] {
            assert!(
                !detect(Some(subject), text, true)
                    .intents
                    .contains(&Registration),
                "{subject}: {text}"
            );
        }
    }

    #[test]
    fn in_a_whole_mail_taking_a_place_or_being_glad_to_join_registers() {
        use super::super::super::Intent::*;
        use super::super::detect;
        for text in [
            "Hej\n\nDer er stadig ledige pladser – så vil jeg gerne have en af dem. Er der \
             frokost?",
            "Labdien!\n\nAtļaujiet iepazīstināt ar sevi – esmu Anna Kalna, vadu Kurzemes \
             pārtikas klasteri.\n\nBūtu ļoti priecīga pievienoties Jums 2. un 3. jūnijā.",
            "Здравствуйте!\n\nМеня зовут Ольга Петрова, я руковожу кластером.\n\nБуду рада \
             присоединиться 2–3 июня.",
        ] {
            assert!(
                detect(Some("Seminārs"), text, false)
                    .intents
                    .contains(&Registration),
                "{text}"
            );
        }
        // Glad to join another year: no registration.
        let text = "Буду рада присоединиться в следующем году, но в этот раз не получится.";
        assert!(
            !detect(Some("Seminārs"), text, false)
                .intents
                .contains(&Registration),
            "{text}"
        );
    }

    #[test]
    fn having_to_pass_takes_no_offered_place() {
        assert!(!takes_an_offered_place(
            "Thanks, but we will have to pass this time."
        ));
        assert!(!takes_an_offered_place("I'm afraid I have to pass."));
        assert!(takes_an_offered_place("Then I'd like to have one."));
    }

    #[test]
    fn places_handed_on_to_others_are_no_yes() {
        for s in [
            "Geben Sie die Plätze gern an andere.",
            "Happy to leave the places to others.",
            "Vergeben Sie den Platz gerne an jemand anderen.",
            "Atdodiet, lūdzu, vietas citiem.",
        ] {
            assert!(hands_places_on(&Read::new(s)), "{s}");
        }
        for s in [
            "I'd gladly take one of the places.",
            "Ich nehme gern einen der Plätze.",
        ] {
            assert!(!hands_places_on(&Read::new(s)), "{s}");
        }
    }
}
