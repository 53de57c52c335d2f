//! Ideas for the programme: a topic offered or wished for, a talk or a case offered by the
//! sender; not one the sender hopes to take home, nor the event's own idea judged.

use super::super::lexicon::holding_back::{CURRENCY, PROJECT_MATTERS, THOUGHT_PHRASES, THOUGHTS};
use super::super::lexicon::ideas::*;
use super::super::lexicon::intents::HEDGES;
use super::super::lexicon::months::is_month_by_a_day;
use super::super::phrases::AnyOf;

static THOUGHT_PHRASES_ANY: AnyOf = AnyOf::new(THOUGHT_PHRASES);
use super::super::lexicon::stance::negates;
use super::aside::about_logistics;
use super::days::names_a_day;
use super::sentences::{Read, words, words_up_to};
use super::{
    IDEA_NOUN, IDEA_TOPIC, IDEA_WISH, OFFERING_IDEA, RUNNING_SESSION, SENDING_SOMETHING, SESSION,
    TALK, TELLING_CASE,
};

/// Whether the sentence offers an idea: not one the sender hopes to take home ("I'm hoping to
/// pick up ideas", "Ideen mitnehmen").
/// Nor the event's own idea judged ("the idea sounds great", "Идея семинара интересная").
/// A wish for a part of the programme offers one too, unless it is asked ("it would be great
/// to have a session on …", "wäre schön, wenn ein Thema … wäre"): the wish before the part, in
/// one clause ("the topic is relevant for us and it would be great to learn" wishes nothing).
pub(super) fn offers_idea(sentence: &str, read: &Read) -> bool {
    let judged = || !sentence.contains(':') && read.near_after(&IDEA_NOUN, IDEA_JUDGED_AFTER, 3);
    let wished = || !sentence.trim_end().ends_with('?') && read.in_order(&IDEA_WISH, &IDEA_TOPIC);
    // "Maybe one of the breakout groups could cover it?", "Vielleicht ließe sich das in einer
    // der Arbeitsgruppen aufgreifen?": a suggestion for the programme, asked.
    let suggested = || {
        sentence.trim_end().ends_with('?')
            && read.words().any(|w| HEDGES.contains(&w))
            && read.mentions(&IDEA_TOPIC)
    };
    // "Jeg foreslår at vi tar et møte i august": a meeting of the sender's project; "Pakun
    // välja 21. või 22. augusti", "ehdotan viikkoa 26": its date.
    let meeting = || {
        (read.words().any(names_a_meeting) || proposes_a_date(read))
            && !read.mentions(&IDEA_TOPIC)
            && !read.mentions(&SESSION)
    };
    // "Jag skickar ett reviderat förslag", "I'll send our proposal next week": a document
    // sent, unless it is for the programme ("I'll send a proposal for a session").
    // Not "Jeg har en idé, som jeg gerne vil sende videre: …".
    let document = || {
        !sentence.contains(':')
            && !read.mentions(&IDEA_NOUN)
            && read.mentions(&SENDING_SOMETHING)
            && !read.mentions(&IDEA_TOPIC)
            && !read.mentions(&SESSION)
            && !read.mentions(&TALK)
            && !read
                .words()
                .any(|w| PROGRAMME_SLOT.iter().any(|p| w.starts_with(p)))
    };
    // "Kuulumisia ja yhteistyöehdotus", "a proposal for cooperation": with the sender's
    // organisation, not for the programme.
    let cooperation = || {
        read.words()
            .any(|w| COOPERATION.iter().any(|c| w.contains(c)))
            && !read.mentions(&IDEA_TOPIC)
            && !read.mentions(&SESSION)
            && !read.mentions(&TALK)
    };
    // "… men ett tips till programmet: bjud in någon …"; "ett tips på tema: hur man mäter …"
    // names the topic after a colon.
    let tip = || {
        !sentence.trim_end().ends_with('?')
            && (read
                .words()
                .any(|w| TIPS.contains(&w) || THOUGHTS.contains(&w))
                || THOUGHT_PHRASES_ANY.in_text(&sentence.to_lowercase()))
            && (read
                .words()
                .any(|w| PROGRAMME_SLOT.iter().any(|p| w.starts_with(p)))
                || (sentence.contains(':') && read.mentions(&IDEA_TOPIC))
                || thought_heads_colon(sentence))
    };
    // "ehdottaisin, että siirretään 40 000 euroa työpakettiin 2": the sender's project.
    let project = || {
        (sentence.contains('€')
            || read
                .words()
                .any(|w| CURRENCY.contains(&w) || PROJECT_MATTERS.iter().any(|p| w.starts_with(p))))
            && !read.mentions(&IDEA_TOPIC)
            && !read.mentions(&SESSION)
            && !read.mentions(&TALK)
    };
    (read.positive(&OFFERING_IDEA, false)
        && !read.near(&OFFERING_IDEA, IDEA_TAKEN_BEFORE, IDEA_TAKEN_AFTER)
        && !hoped_for(sentence, read)
        && !meeting()
        && !project()
        && !document()
        && !cooperation()
        // "Jeg foreslår at dere ordner buss fra flyplassen": the organisers' logistics.
        && !about_logistics(read)
        && !read.followed_by(&OFFERING_IDEA, IDEA_SOMEONE_AFTER, 3)
        && !judged())
        || wished()
        || suggested()
        || tip()
        || invites_speaker(sentence, read)
        || offers_talk(sentence, read)
}

/// Whether a thought or a tip heads a colon and is spelled out after it ("…, mutta yksi
/// ajatus: ottakaa mukaan myös …", "ein Gedanke: Laden Sie auch Firmen ein, die …"): the noun
/// is the last word before the colon, the thought four words or more.
fn thought_heads_colon(sentence: &str) -> bool {
    let Some((head, thought)) = sentence.split_once(':') else {
        return false;
    };
    words(head)
        .last()
        .is_some_and(|w| TIPS.contains(&w.as_str()) || THOUGHTS.contains(&w.as_str()))
        && words_up_to(thought, 4).len() >= 4
}

/// Whether an idea word is hoped for ("we hope for many practical ideas", "erhoffen uns viele
/// praktische Anregungen", "toivomme uusia ideoita"): a hope among the four words before it,
/// the idea neither the sender's own nor one at hand ("I hope my suggestion helps").
fn hoped_for(sentence: &str, read: &Read) -> bool {
    !sentence.contains(':')
        && read.clause_words().any(|w| {
            OFFERING_IDEA.hits(w).into_iter().any(|(start, _)| {
                let before = w.get(start.saturating_sub(4)..start).unwrap_or(&[]);
                let own = start
                    .checked_sub(1)
                    .and_then(|p| w.get(p))
                    .is_some_and(|x| HOPED_IDEA_OWN.contains(&x.as_str()));
                before.iter().any(|x| HOPING.contains(&x.as_str())) && !own
            })
        })
}

/// Whether the sentence suggests a guest to speak in the programme ("Ett tips ändå: bjud in
/// någon från ett exportorgan som kan berätta …", "mam pomysł: warto zaprosić kogoś, kto
/// opowie …"): a tip or an idea word, an invitation and what the guest would tell. A contact
/// suggested with nothing to tell ("I'd suggest you contact Liis") is none.
fn invites_speaker(sentence: &str, read: &Read) -> bool {
    !sentence.trim_end().ends_with('?')
        && (read.words().any(|w| TIPS.contains(&w)) || read.mentions(&OFFERING_IDEA))
        && read.words().any(|w| {
            INVITING.iter().any(|i| w.starts_with(i))
                && !INVITATION_NOUNS.iter().any(|n| w.starts_with(n))
                // Finnish "kutsu" alone is the invitation too.
                && w != "kutsu"
        })
        && read
            .words()
            .any(|w| GUEST_TELLING.iter().any(|t| w.starts_with(t)))
}

/// Whether the word names a meeting, a compound's last part too ("partnerkoosolek",
/// "Projekttreffen", "Vorstandssitzung"): six letters or more for a last part, so that "call"
/// is not found in "recall".
fn names_a_meeting(word: &str) -> bool {
    MEETINGS.contains(&word)
        || MEETINGS
            .iter()
            .any(|m| m.chars().count() >= 6 && word.ends_with(m))
}

/// Whether the sentence names a date or a week and no more ("Pakun välja 21. või 22.
/// augusti", "ehdotan viikkoa 26", "I suggest 14 or 15 May"): a number with a month's name or
/// a week.
fn proposes_a_date(read: &Read) -> bool {
    read.words()
        .any(|w| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        && read
            .words()
            .any(|w| WEEKS.iter().any(|k| w.starts_with(k)) || is_month_by_a_day(w))
}

/// Whether the sender offers a talk or a session ("I could give a short presentation on …", "Would you be
/// interested in a talk about our academy?", "могу выступить с докладом"), not asks for the
/// talks to be sent ("I'd be glad if you sent the presentations").
/// Telling about one's own case in a statement, with a slot of the programme, offers a talk
/// too ("Jeg fortæller gerne om det i ti minutter", "ja programmā atrodas vieta, es varu to
/// izstāstīt"); asked, it asks to be told ("Könnten Sie erzählen, wie …?").
fn offers_talk(sentence: &str, read: &Read) -> bool {
    // "If you need a case for day two, we can show how our cluster …": the case or the
    // event's day is the slot as well.
    let telling = || {
        !sentence.trim_end().ends_with('?')
            && read.mentions(&TELLING_CASE)
            && (read.words().any(|w| {
                PROGRAMME_SLOT.iter().any(|p| w.starts_with(p))
                    || CASE_NOUNS.iter().any(|c| w.starts_with(c))
            }) || names_a_day(read))
    };
    // "varu novadīt 20 minūšu sesiju", "könnte ich eine Session moderieren"; "I can't run a
    // session" offers none.
    let runs_session =
        || read.mentions(&RUNNING_SESSION) && read.mentions(&SESSION) && !read.words().any(negates);
    (talk_noun(read) || telling() || runs_session())
        && read.words().any(|w| OFFERING.contains(&w))
        && read.words().any(|w| OFFERING_SELF.contains(&w))
        && !read.mentions(&SENDING_SOMETHING)
        // "a colleague would gladly hear the talks" takes them in.
        && !read
            .words()
            .any(|w| LISTENING.iter().any(|l| w.starts_with(l)))
}

/// Whether the sentence names a talk, not a conversation with the reader ("we could also
/// talk about it there", "let's talk in Riga").
fn talk_noun(read: &Read) -> bool {
    if !read.mentions(&TALK) {
        return false;
    }
    let words: Vec<&str> = read.words().collect();
    !words.iter().enumerate().any(|(i, w)| {
        *w == "talk"
            && words
                .get(i.saturating_sub(3)..i)
                .is_some_and(|before| before.iter().any(|b| TALK_VERB_BEFORE.contains(b)))
    })
}
