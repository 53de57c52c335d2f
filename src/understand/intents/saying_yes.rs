//! Saying yes without a word of registering: counting who of "us" comes, coming now that a
//! hindrance is gone, "I'll be" at the event, a short yes after the event's name.

use super::super::behalf::folded::{COLLEAGUE_OR_STAFF_ANY, folded};
use super::super::lexicon::attendance::{DAYS, PLACES, RESERVING, RESERVING_PHRASES};
use super::super::lexicon::being_there::{
    AT_HOME, BECAUSE, COLLEAGUE_GOES, COMES, COMING_FIRST, FOR_US, FROM_OUR_SIDE, GOING,
    PEOPLE_SENT, RESOLVED, SENDING_PEOPLE, THERE, TO_THE_READER, TOO, WILL_BE,
    WILL_BE_SOMETHING_ELSE, YES,
};
use super::super::lexicon::clauses::{
    AND_LAST, BEING_AT, FROM_US, HOW_MANY_OF_US, ME_FIRST, PHRASE_FILLERS, PLANNING_FIRST, SELF,
    UNDERSIGNED, WE_OURS,
};
use super::super::lexicon::registration_phrases::{IT_WILL_BE_ME, NOTHING_IN_THE_WAY, SEE_YOU};
use super::super::lexicon::stance::{
    BEFORE, CONDITIONS, FIRST_PERSON, ME_OBJECT, NOT_AFTER, POSSESSIVE, REQUEST_WORDS, WISHING,
    negates,
};
use super::super::phrases::{AnyOf, plain_forms};
use super::aside::names_the_event_word;
use super::matching::Lexicon;
use super::sentences::{self, Read, clauses, sentences};
use super::stance::{Stance, stance};
use super::{AFTER_ALL_ANY, ATTENDING, YES_ALONE};
use super::{REGISTERING, free_places};
use foldhash::HashSet;
use std::sync::LazyLock;

mod composed;
mod onto_the_list;
pub(super) use onto_the_list::puts_me_on_the_list;

static FROM_OUR_SIDE_ANY: AnyOf = AnyOf::new(FROM_OUR_SIDE);
static SENDING_PEOPLE_ANY: AnyOf = AnyOf::new(SENDING_PEOPLE);

static RESERVING_PLACE: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(RESERVING, RESERVING_PHRASES));

/// Whether the sentence counts who of "us" comes, the sender first ("We'll be two from our
/// side: myself and …", "no mūsu puses būsim divi – es un …", "Vi blir tre: jag, …"): the
/// number just before a colon or dash, "we" or "our" before it, "me" right after it.
/// The sender may stand anywhere in the list: named by a word of its own ("Vi blir två –
/// undertecknad och …") or last after "and" ("… Camilla Friis og mig selv"); "to fra oss" counts
/// like "vi blir to" ("Dere kan sette opp to fra oss på workshopen: undertegnede og …").
pub(super) fn counts_us_in(sentence: &str) -> bool {
    // The list after the separator is read only when the words before it count us: most
    // sentences with a colon are "Tel: …" or "Subject: …", and their rest may be long.
    if !sentence.contains([':', '–', '—', '-']) {
        return false;
    }
    let lower = sentence.to_lowercase();
    SEPARATORS.iter().any(|sep| {
        lower.split_once(sep).is_some_and(|(head, tail)| {
            counts_us(&sentences::words(head)) && sender_listed(&sentences::words(tail))
        })
    })
}

/// Whether the words before a list count us: a number among the last four with "we" or "our"
/// before it ("we'll be three"), or "three from us".
fn counts_us(head: &[String]) -> bool {
    let last = head.get(head.len().saturating_sub(4)..).unwrap_or(&[]);
    let is = |list: &[&str], w: Option<&String>| w.is_some_and(|w| list.contains(&w.as_str()));
    let from_us = head
        .windows(3)
        .any(|t| is(HOW_MANY_OF_US, t.first()) && is(FROM_US, t.get(1)) && is(WE_OURS, t.get(2)));
    (last.iter().any(|w| HOW_MANY_OF_US.contains(&w.as_str()))
        && head.iter().any(|w| WE_OURS.contains(&w.as_str())))
        || from_us
}

/// Whether the sender stands in the list after the count: first ("me and …"), by a word of its
/// own anywhere ("undertecknad", "myself"), or after "and" at its end ("… und ich", "… og mig
/// selv").
fn sender_listed(tail: &[String]) -> bool {
    let me = |w: &String| ME_FIRST.contains(&w.as_str());
    let mut end = tail;
    if end.last().is_some_and(|w| SELF.contains(&w.as_str())) {
        end = end.get(..end.len() - 1).unwrap_or(&[]);
    }
    let closes = match end {
        [.., and, last] => AND_LAST.contains(&and.as_str()) && me(last),
        _ => false,
    };
    tail.first().is_some_and(me) || tail.iter().any(|w| UNDERSIGNED.contains(&w.as_str())) || closes
}

/// [`counts_us_in`] for a sentence that ends in a colon, with the list on the lines below it
/// ("Meilt tuleb Riiga kolm inimest:" then "- mina," …): the rest of its paragraph.
pub(super) fn counts_us_in_list(sentence: &str, paragraph: Option<&str>) -> bool {
    sentence.trim_end().ends_with(':')
        && paragraph
            .and_then(|t| t.find(sentence).and_then(|i| t.get(i..)))
            .is_some_and(counts_us_in)
}

/// What parts a short answer or a count from its list: a colon or a spaced dash.
const SEPARATORS: [&str; 4] = [":", " – ", " — ", " - "];

/// Whether `test` holds for the words before and after one of the sentence's colons or dashes
/// (the shape of a short answer: "Riga, 2–3 June: yes", "we'll be two – me and …").
fn around_a_separator(sentence: &str, test: impl Fn(&[String], &[String]) -> bool) -> bool {
    if !sentence.contains([':', '–', '—', '-']) {
        return false;
    }
    let lower = sentence.to_lowercase();
    SEPARATORS.iter().any(|sep| {
        lower
            .split_once(sep)
            .is_some_and(|(head, tail)| test(&sentences::words(head), &sentences::words(tail)))
    })
}

/// Whether the sentence says the sender and someone else come, with no number and no word of
/// registering: "Me and Tom come to Riga", "Jeg og sjefen min, Eirik Haugen, kommer begge to",
/// "Jag och min kollega Viktor vill gärna komma", "Tomek i ja przyjedziemy". The sentence opens
/// with the pair ("me and", "X and I" within its first clause) and a verb of coming follows,
/// not negated nor refused elsewhere in it. Not "My colleague and I discussed the programme",
/// nor "Me and Tom can't come".
pub(crate) fn we_come_together(read: &Read) -> bool {
    let Some(first) = read.clause_words().next() else {
        return false;
    };
    let me = |w: Option<&String>| w.is_some_and(|w| ME_FIRST.contains(&w.as_str()));
    let and = |w: Option<&String>| w.is_some_and(|w| AND_LAST.contains(&w.as_str()));
    // "Me and …" opening the sentence, or "… and I" among its first five words with the verb
    // of coming right after ("Tom and I will come"; not "Thanks, and I look forward to …").
    let coming_at = |from: usize, to: usize| {
        ATTENDING
            .hits(first)
            .into_iter()
            .chain(REGISTERING.hits(first))
            .any(|(start, _)| (from..=to).contains(&start))
    };
    let pair = (me(first.first()) && and(first.get(1)) && first.len() > 2)
        || (1..5.min(first.len()))
            .any(|i| and(first.get(i)) && me(first.get(i + 1)) && coming_at(i + 2, i + 4));
    pair && (read.positive(&ATTENDING, false) || read.positive(&REGISTERING, false))
        && !read.refused(&ATTENDING)
        && !read.words().any(negates)
}

/// Whether the sentence says the sender can come now that a hindrance is gone ("so I can
/// finally say yes", "så nu kan jag komma ändå", "joten pääsen sittenkin tulemaan"): yes.
/// So does nothing standing in the way any more ("damit steht meiner Teilnahme nichts mehr im
/// Weg"), in a sentence that asks nothing.
pub(super) fn comes_after_all(sentence: &str, read: &Read) -> bool {
    static NOTHING_IN_THE_WAY_ANY: AnyOf = AnyOf::new(NOTHING_IN_THE_WAY);
    let lower = sentence.to_lowercase();
    (read.mentions(&ATTENDING) && AFTER_ALL_ANY.in_text(&lower) && read.positive(&ATTENDING, false))
        || (NOTHING_IN_THE_WAY_ANY.in_text(&lower) && !sentence.trim_end().ends_with('?'))
}

/// Whether the sentence closes a hesitation with a bare verb of going or coming ("Raport
/// poszedł wczoraj, więc ostatecznie jadę", "nusprendžiau: važiuoju", "Так что буду",
/// "Päätin kuitenkin tulla", "Also: ich komme"): yes. The clause holds only the verb, the
/// sender and words of resolving, and a word of resolving stands in it or ends the clause
/// before ("… and I decided: I'm going").
pub(super) fn decides_to_come(read: &Read) -> bool {
    let has = |list: &[&str], ws: &[String]| ws.iter().any(|w| list.contains(&w.as_str()));
    let mut previous: &[String] = &[];
    read.clause_words().any(|c| {
        let before = std::mem::replace(&mut previous, c);
        let bare = c.len() <= 4
            && (has(GOING, c) || has(WILL_BE, c))
            && c.iter().all(|w| {
                [GOING, WILL_BE, RESOLVED, FIRST_PERSON, PHRASE_FILLERS]
                    .iter()
                    .any(|l| l.contains(&w.as_str()))
            });
        bare && (has(RESOLVED, c)
            || before
                .last()
                .is_some_and(|w| RESOLVED.contains(&w.as_str())))
    })
}

/// Whether a clause's word places the sender at the event: the event named, a day or "there".
fn at_the_event(w: &str) -> bool {
    names_the_event_word(w) || DAYS.contains(&w) || THERE.contains(&w)
}

/// Whether the words hold a date: two numbers of a day or month in a row ("2-3", "2.06",
/// "14.10."), not one number ("by 15 May").
pub(super) fn dated(words: &[String]) -> bool {
    let small = |w: &String| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    words.windows(2).any(|p| p.iter().all(small))
}

/// Whether the sentence says the sender will be at the event without a word of registering:
/// "I'll be" with the event, a day, a date or "there" in its clause ("budem na forume vdvojom",
/// "Vilniuje 14-15 būsime", "Jā, būšu abās dienās"), or alone ("Да, буду."); or, in a
/// telegraphic mail, a verb of coming that opens its clause ("kommer til seminaret").
/// Not "būšu pateicīga" (grateful), "буду в отпуске" (away), nor next to a refusal ("būšu
/// Berlīnē 14.–15. oktobrī, tāpēc nevarēšu piedalīties").
pub(super) fn will_be_there(read: &Read) -> bool {
    // "The answer is yes – it'll be me": who comes, said as a clause of its own.
    let it_is_me = || {
        read.clause_words().any(|c| {
            IT_WILL_BE_ME
                .iter()
                .any(|me| c.iter().map(String::as_str).eq(me.iter().copied()))
        })
    };
    let says = it_is_me()
        || read.clause_words().any(|c| {
            // English says it in two words, with the sender as the subject: "I'll be in Riga for
            // the workshop", "we will be at the workshop"; not "the dinner will be at …", nor
            // somewhere else "during the workshop".
            let first_person_will = |i: usize| {
                let before = |k: usize| i.checked_sub(k).and_then(|j| c.get(j)).map(String::as_str);
                matches!(before(1), Some("i'll" | "we'll"))
                    || (matches!(before(1), Some("will" | "shall"))
                        && matches!(before(2), Some("i" | "we")))
            };
            let elsewhere_meanwhile = c.iter().any(|x| x == "during" || x == "while");
            c.iter().enumerate().any(|(i, w)| {
                let be = WILL_BE.contains(&w.as_str())
                    || (w == "be" && first_person_will(i) && !elsewhere_meanwhile);
                if !(be || (i == 0 && COMING_FIRST.contains(&w.as_str()))) {
                    return false;
                }
                let next = c.get(i + 1).map_or("", String::as_str);
                let elsewhere = NOT_AFTER.contains(&next)
                    || WILL_BE_SOMETHING_ELSE.iter().any(|s| next.starts_with(s));
                let alone = be
                    && c.iter().all(|x| {
                        x == w
                            || [FIRST_PERSON, PHRASE_FILLERS, TOO, YES]
                                .iter()
                                .any(|l| l.contains(&x.as_str()))
                    });
                !elsewhere
                    && (alone || c.iter().any(|x| at_the_event(x)) || dated(c))
                    && stance(c, i, i + 1) == Stance::Positive
            })
        });
    says && !read.refused(&ATTENDING)
}

/// Whether the sentence is a "see you" at the event: it opens with [`SEE_YOU`], holds at most
/// eight words, names the event's place (capitalised, in any case), the event, a day or
/// "there", and neither asks nor negates ("See you in Riga!", "Bis bald in Riga", "Vi ses på
/// workshopen", "Tiekamies Rīgā!"). Not "Hope to see you in Riga", "See you in Riga?", "Maybe
/// see you there".
fn sees_you_there(sentence: &str, places: &[String]) -> bool {
    // A "see you" of at most eight words: a ninth word ends the test.
    let w = sentences::words_up_to(sentence, 9);
    let opens = SEE_YOU
        .iter()
        .any(|s| w.len() > s.len() && w.iter().zip(s.iter()).all(|(a, b)| a.as_str() == *b));
    opens
        && w.len() <= 8
        && !sentence.trim_end().ends_with('?')
        && !w.iter().any(|x| negates(x))
        && (w.iter().any(|x| at_the_event(x))
            || dated(&w)
            || super::trips::names_the_place_in_any_case(sentence, places))
}

/// Whether the reason given before a question places the sender at the event ("Since I plan to
/// be at the workshop on both days, …", "da ich am 2./3. Juni in Riga bin, wollte ich fragen …",
/// "nu hvor jeg alligevel skal til jeres workshop, vil jeg høre …", "так как я планирую быть на
/// обоих днях семинара, …"): a first mail that asks on the way registers. The sender is the
/// subject (a pronoun of their own, not "my colleague", or a verb of planning in the first
/// person), a verb of being or going stands with the event, a day or a date, and nothing is
/// negated. A registration told as done ("since I am registered") asks for nothing.
pub(super) fn coming_as_reason(reason: &str) -> bool {
    let read = Read::new(reason);
    if read.states_done(&REGISTERING) {
        return false;
    }
    if will_be_there(&read) {
        return true;
    }
    let coming = read.positive(&ATTENDING, false);
    read.clause_words().any(|c| {
        let has = |list: &[&str]| c.iter().any(|w| list.contains(&w.as_str()));
        let sender = c
            .iter()
            .any(|w| FIRST_PERSON.contains(&w.as_str()) && !POSSESSIVE.contains(&w.as_str()))
            || has(PLANNING_FIRST);
        let at_event = c.iter().any(|w| at_the_event(w)) || dated(c);
        sender && at_event && (coming || has(BEING_AT)) && !c.iter().any(|w| negates(w))
    })
}

/// Whether the sentence answers after the event's name or date with a short yes or "me
/// (too), please" ("Tallinn 14.10: yes", "darbnīca 14.–15.10. – mani arī, lūdzu", "Forum in
/// Tallinn – mich bitte auch"): a telegraphic registration. So does a "see you" at the event
/// held at `places` in a first mail (see [`sees_you_there`]); in a reply it thanks.
pub(super) fn answers_for_event(sentence: &str, places: &[String], reply: bool) -> bool {
    (!reply && sees_you_there(sentence, places))
        || around_a_separator(sentence, |head, tail| {
            let named = head.iter().any(|w| at_the_event(w)) || dated(head);
            let me = |w: &str| ME_OBJECT.contains(&w) || ME_FIRST.contains(&w);
            let known = |w: &str| me(w) || [YES, TOO, REQUEST_WORDS].iter().any(|l| l.contains(&w));
            let unknown = tail.iter().filter(|w| !known(w.as_str())).count();
            let answers = tail.len() <= 4
                && tail
                    .iter()
                    .any(|w| me(w.as_str()) || YES.contains(&w.as_str()))
                && (unknown == 0 || (unknown == 1 && tail.iter().any(|w| me(w.as_str()))))
                && !tail.iter().any(|w| negates(w));
            named && answers
        })
}

/// Whether the sentence asks for a place to be kept ("please hold a seat for me", "забронируйте
/// мне место"): a request to be registered.
pub(super) fn reserves(read: &Read) -> bool {
    // The place stands close to the verb, before it ("einen Platz für mich reservieren") or
    // after it, also past a comma ("Забронируйте, пожалуйста, для меня место"); not "can
    // meetings be booked ahead, or on the spot (paikan päällä)?".
    // Or the place first in the clause, as German puts it: "meine Chefin bittet, ihr einen Platz im
    // Seminar zu reservieren".
    let place_first = || {
        read.clause_words().any(|c| {
            c.iter()
                .position(|w| PLACES.contains(&w.as_str()))
                .is_some_and(|p| RESERVING_PLACE.hits(c).iter().any(|(s, _)| *s > p))
        })
    };
    // A place wished for, no verb needed: "Übrigens hätte ich gern einen Platz im Seminar",
    // "I'd love a seat at the workshop", "labprāt vietu semināram".
    let wished = || {
        read.clause_words().any(|c| {
            let has = |list: &[&str]| c.iter().any(|w| list.contains(&w.as_str()));
            has(PLACES) && has(WISHING) && !c.iter().any(|w| negates(w))
        })
    };
    (read.positive(&RESERVING_PLACE, false)
        && (read.followed_by(&RESERVING_PLACE, PLACES, 4)
            || read.near(&RESERVING_PLACE, PLACES, &[])
            || place_first()))
        || wished()
}

/// Whether the sentence says who comes from the sender's side ("Fra vår side kommer A og B",
/// "meilt tulevad Riiga A ja B", "aus unserem Cluster kommen drei Leute"): "from our side" with
/// coming or a person's name (not "from our cluster X can't come").
pub(super) fn from_our_side(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    // "… would like to come, and before she registers I'd like to know …": the coming waits
    // for a condition or for an answer.
    let waits = || {
        read.words()
            .any(|w| BEFORE.contains(&w) || CONDITIONS.contains(&w))
    };
    (FROM_OUR_SIDE_ANY.in_text(&lower)
        && !waits()
        && (read.positive(&ATTENDING, false)
            || (super::replies::names_a_person(sentence) && !read.refused(&ATTENDING))))
        || sends_people(sentence, &lower)
}

/// Whether the sender's side sends people it names, gives the addresses of, or lists after a
/// colon ("… but we send two from the secretariat: A (a@…) and B (b@…)"), in a clause that
/// does not deny it ("we cannot send anyone").
/// Not when what is sent goes to the reader ("zu Ihrem Geburtstag schicken wir Ihnen ein
/// Paket:", "we send you the agenda:"): things, not people.
fn sends_people(sentence: &str, lower: &str) -> bool {
    // The words right after the sending phrase, in the clause that has it.
    let mut after: Vec<String> = Vec::new();
    let sends = SENDING_PEOPLE_ANY.in_text(lower)
        && clauses(sentence).iter().any(|c| {
            let l = c.to_lowercase();
            let Some(at) = SENDING_PEOPLE_ANY.first_at(&l) else {
                return false;
            };
            let next: Vec<String> = sentences::words(l.get(at..).unwrap_or(""))
                .into_iter()
                .take(5)
                .collect();
            let to_reader = next.iter().any(|w| TO_THE_READER.contains(&w.as_str()));
            let sent = !to_reader && !sentences::words(c).iter().any(|w| negates(w));
            if sent {
                after = next;
            }
            sent
        });
    sends
        && (super::replies::names_a_person(sentence)
            || lower.contains('@')
            // "vi sender to fra sekretariatet:": a number of people right after the phrase.
            || (sentence.trim_end().ends_with(':')
                && after.iter().any(|w| PEOPLE_SENT.contains(&w.as_str()))))
}

/// Whether `text` registers its writer ("jeg vil gjerne melde meg på", "I would like to
/// register"), not someone addressed ("register by email to …", as invitations say).
pub fn first_person_registration(text: &str) -> bool {
    let text = super::super::decode::cut_str(text, super::super::decode::READ_BYTES);
    sentences(text).iter().any(|(_, s)| {
        // In the registering clause itself: the invitation's "To register, send an e-mail to
        // … and tell us …" names the organisers in another clause.
        Read::new(s).positive_with(&REGISTERING, true, FIRST_PERSON)
    })
}

/// Whether the sentence sends a colleague while the sender stays home ("Ich selbst kann leider
/// nicht, aber meine Kollegin A fährt für uns nach Riga", "Jeg blir hjemme, men kollegaen min
/// A reiser", "En itse pääse, mutta kollegani A lähtee edustamaan meitä"), or has a colleague
/// come for the team ("unser Kollege A kommt für uns"): a colleague or member of staff, then a
/// clause with a third-person verb of going (the colleague's, though an address may stand
/// between), not negated, asked, conditional or a reason.
pub(super) fn colleague_goes(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') {
        return false;
    }
    // The colleague and staff words in one automaton, with their plain forms (see
    // `behalf::folded`): "meine Kollegin faehrt fuer uns" as "meine Kollegin fährt für uns".
    let is_colleague = |x: &str| COLLEAGUE_OR_STAFF_ANY.in_text(x);
    if !is_colleague(&sentence.to_lowercase()) {
        return false;
    }
    let parts: Vec<Vec<String>> = clauses(sentence)
        .into_iter()
        .map(sentences::words)
        .collect();
    let goes_words = &*GOING_FOLDED;
    let for_us = |w: &[String]| w.windows(2).any(|p| goes_words.for_us(&p[0], &p[1]));
    // The sender out before the colleague: a negation, "myself" or "at home".
    let mut sender_out = false;
    let mut colleague_seen = false;
    parts.iter().any(|w| {
        let colleague = w.iter().any(|x| is_colleague(x));
        colleague_seen |= colleague;
        let clean = !w.iter().any(|x| {
            negates(x) || CONDITIONS.contains(&x.as_str()) || BECAUSE.contains(&x.as_str())
        });
        // "… men min kollega vill gärna åka": a colleague's wish to go goes as well.
        let goes =
            w.iter().any(|x| goes_words.goes.contains(x.as_str())) || composed::wishes_going(w);
        let found = colleague_seen && clean && goes && (sender_out || for_us(w));
        sender_out |= !colleague
            && w.iter()
                .any(|x| negates(x) || AT_HOME.contains(&x.as_str()) || SELF.contains(&x.as_str()));
        found
    })
}

/// [`COLLEAGUE_GOES`] and [`COMES`] as one set, and [`FOR_US`], each with its plain forms
/// ("faehrt", "fahrt"; "fuer uns", "fur uns"), for [`colleague_goes`].
struct GoingFolded {
    goes: HashSet<String>,
    for_us: Vec<(String, String)>,
}

impl GoingFolded {
    /// Whether the two words are "for us" in one of its forms ("fuer", "uns").
    fn for_us(&self, first: &str, second: &str) -> bool {
        self.for_us.iter().any(|(a, b)| a == first && b == second)
    }
}

static GOING_FOLDED: LazyLock<GoingFolded> = LazyLock::new(|| {
    let forms = |w: &str| std::iter::once(w.to_string()).chain(plain_forms(w));
    let goes = folded(&[COLLEAGUE_GOES, COMES].concat())
        .into_iter()
        .collect();
    let for_us = FOR_US
        .iter()
        .flat_map(|(a, b)| forms(a).flat_map(move |a| forms(b).map(move |b| (a.clone(), b))))
        .collect();
    GoingFolded { goes, for_us }
});

/// What a body sentence is read beside: the whole sentence (before an idea's colon), the
/// sentence before it, and whether the subject offers free places.
pub(super) struct Context<'a> {
    pub whole: &'a Read,
    pub previous: Option<&'a str>,
    pub places_offered: bool,
}

/// Whether a body sentence says yes in a way of its own rather than in a word of registering:
/// "będę!" alone, "count us in", "I'll come after all", "then save one for me", "my colleague
/// goes for us", "from our side: A and B", "put me on the list" (`paragraph`: the sentence's
/// paragraph, where a list of names may follow).
pub(super) fn in_a_way_of_its_own(
    s: &str,
    read: &Read,
    paragraph: Option<&str>,
    at: &Context<'_>,
) -> bool {
    !free_places::hands_places_on(read) && says_yes_in_a_way_of_its_own(s, read, paragraph, at)
}

/// [`in_a_way_of_its_own`] once no place is handed on to others.
fn says_yes_in_a_way_of_its_own(
    s: &str,
    read: &Read,
    paragraph: Option<&str>,
    at: &Context<'_>,
) -> bool {
    yes_alone(s)
        || counts_us_in(s)
        || counts_us_in_list(s, paragraph)
        || comes_after_all(s, read)
        || decides_to_come(read)
        || free_places::takes_a_free_place(s)
        || free_places::registers_if_room(at.whole, at.previous)
        || we_come_together(read)
        || (at.places_offered && free_places::takes_an_offered_place(s))
        || free_places::asks_for_a_place(s)
        || colleague_goes(s)
        || from_our_side(s, read)
        || puts_me_on_the_list(read)
        || onto_the_list::im_in(read)
        || composed::wishes_to_come(read)
        || composed::wants_a_place(read)
}

/// Whether "I will" stands as a clause of its own ("Brzmi świetnie, będę!"): it says yes.
pub(super) fn yes_alone(sentence: &str) -> bool {
    clauses(sentence).iter().any(|c| {
        let w = super::sentences::words(c);
        w.len() == 1 && w.first().is_some_and(|x| YES_ALONE.contains(&x.as_str()))
    })
}
