//! Questions to the organisers, told from requests ("Could you register me?" asks to be
//! registered) and from what only explains them ("Pytam, bo …").

use super::super::lexicon::behalf::INSTEAD_OF_ME;
use super::super::lexicon::clauses::GRATEFUL;
use super::super::lexicon::holding_back::{INVITING_READER, WAITING, depending};
use super::super::lexicon::ideas::INTEREST;
use super::super::lexicon::knowing::{
    AMBIGUOUS_WHETHER, ARRIVED, ARRIVED_WORDS, ASKING_WHETHER, INDIRECT_WH, INFORMATION, KNOWING,
    KNOWING_WORDS, PROMISING_TO_TELL, RECEIVING, WANTING_TO_KNOW,
};
use super::super::lexicon::months::is_month_or_season;
use super::super::lexicon::questions::{ASKING_LEAVE, LIKENESS, PLACE_AND_TIME_LINKS};
use super::super::lexicon::stance::{REQUEST_WORDS, WHETHER};
use super::super::phrases::AnyOf;

static PROMISING_ANY: AnyOf = AnyOf::new(PROMISING_TO_TELL);
static INVITING_READER_ANY: AnyOf = AnyOf::new(INVITING_READER);

/// The sender alone as an object ("would you like me to …"), not "us" (the sender's side
/// inviting: "join us"). Whole words.
const ME_ALONE: &[&str] = &[
    "me", "mich", "mani", "mane", "mind", "minut", "mig", "meg", "mnie", "меня", "mut",
];
use super::super::lexicon::stance::negates;
use super::matching::Lexicon;
use super::sentences::{self, Read, clauses};
use super::{
    ACTING, ASKING_BECAUSE, BECAUSE, CANCELLING, CONDITIONS, INSTEAD_OF_ME_ANY, ME_OBJECT,
    OBLIGATION_QUESTIONS_ANY, OTHER_PERSON, POLITENESS_ANY, QUESTION_OPENERS, QUESTION_OPENERS_ANY,
    REGISTERING, REQUEST_OPENERS, REQUESTING, SENDING_CONFIRMATION,
};
use std::sync::LazyLock;

/// Whether the sentence promises to tell ("Jei taip, apie registraciją pranešiu atskirai",
/// "If so, I'll let you know about registering"): it asks for nothing yet.
pub(super) fn promises_to_tell(sentence: &str) -> bool {
    PROMISING_ANY.in_text(&sentence.to_lowercase())
}

static ASKING_LEAVE_ANY: AnyOf = AnyOf::new(ASKING_LEAVE);

pub(super) fn is_question(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    if POLITENESS_ANY.in_text(&lower) {
        return false;
    }
    // "Må jeg bede jer om at holde en plads til mig?" asks leave to ask: the request follows.
    let asks_leave = ASKING_LEAVE_ANY.in_text(&lower);
    if lower.trim_end().ends_with('?') && OBLIGATION_QUESTIONS_ANY.in_text(&lower) && !asks_leave {
        return true;
    }
    // A Finnish question says itself with "-ko" on its first word, however short ("Käykö se?",
    // "Sopiiko?").
    let finnish = || {
        read.words()
            .next()
            .is_some_and(|w| w.chars().count() > 4 && (w.ends_with("ko") || w.ends_with("kö")))
    };
    let asks = lower.trim_end().ends_with('?') && (read.words().nth(2).is_some() || finnish());
    // "zanim się zarejestruję, chciałbym zapytać, czy …", "Vor der Anmeldung wollte ich
    // fragen, ob …": the opener may stand anywhere.
    if !(asks
        || QUESTION_OPENERS_ANY.in_text(&lower)
        || asks_whether(sentence, read)
        || wants_information(read))
    {
        return false;
    }
    // "Could you check that my registration reached you?", "Kan dere sjekke at påmeldingen
    // har kommet frem?": whether it arrived is asked, however politely.
    if asks_whether_it_arrived(read) {
        return true;
    }
    // "Would you like to join us for dinner?", "Möchten Sie uns begleiten?": the reader
    // invited asks the reader; it registers nobody. "Would you like me to …" is no invitation.
    if lower.trim_end().ends_with('?')
        && INVITING_READER_ANY.in_text(&lower)
        && !read.words().any(|w| ME_ALONE.contains(&w))
    {
        return true;
    }
    // "Can you send the confirmation to her?": about a colleague's registration, a request.
    if read.mentions(&SENDING_CONFIRMATION) && read.words().any(|w| OTHER_PERSON.contains(&w)) {
        return false;
    }
    // "Could you register me?", "Vil I skrive mig op?", "laittaisitko minut listalle?" are
    // requests, not questions: they ask for the sender to be registered or struck off.
    // The request may follow a clause of its own ("my boss would like to attend, could you
    // register her?").
    // "Ilmoittaisitteko hänet …?", "Varaisitteko minulle paikan?": a Finnish verb in the polite
    // conditional asks as "could you" does, whatever the verb.
    let polite_finnish = |c: &str| {
        c.split_whitespace().next().is_some_and(|w| {
            ["isitteko", "isittekö", "isitko", "isitkö"]
                .iter()
                .any(|e| {
                    w.trim_end_matches(|x: char| !x.is_alphanumeric())
                        .ends_with(e)
                })
        })
    };
    let opener = clauses(&lower).iter().any(|c| {
        // The opener after "please" too ("please could you …"), looked up without building
        // "please {opener}" for each opener.
        let after_please = || c.match_indices("please ").map(|(i, _)| &c[i + 7..]);
        REQUEST_OPENERS
            .iter()
            .any(|p| c.starts_with(p) || after_please().any(|r| r.starts_with(p)))
            || polite_finnish(c)
    }) || asks_leave;
    // "Czy mogłaby przyjechać zamiast mnie koleżanka?": the "me" of "instead of me" is not
    // who the clause registers.
    // Nor the "me" of "can people like me attend?".
    let without_me = without_instead_of_me(&lower)
        .or_else(|| without_me_compared(&lower))
        .map(|s| Read::new(&s));
    let asks = |lexicon: &Lexicon, skip_possessive: bool| {
        if opener {
            read.positive(lexicon, skip_possessive)
        } else {
            // The sender must be who the clause registers: in "bevor ich mich anmelde: …
            // oder können auch Mitarbeitende teilnehmen?" the "mich" asks for nothing.
            without_me
                .as_ref()
                .unwrap_or(read)
                .positive_with(lexicon, skip_possessive, ME_OBJECT)
        }
    };
    let acts = || {
        opener
            && clauses(&lower).iter().any(|c| {
                REQUEST_OPENERS.iter().any(|p| c.starts_with(p)) && Read::new(c).mentions(&ACTING)
            })
    };
    // "Would it be possible to include me among the participants?", "Vai varētu mani
    // pievienot dalībniekiem?": the sender asked onto the list, whatever the verb.
    !(asks(&REQUESTING, true)
        || asks(&CANCELLING, false)
        || acts()
        || super::reserves(read)
        || super::saying_yes::puts_me_on_the_list(read))
}

/// Whether the sentence asks whether a registration arrived: a word of registering and one of
/// arriving, without "me" (not "register me and let me know when you received it").
fn asks_whether_it_arrived(read: &Read) -> bool {
    let arrived = read
        .words()
        .any(|w| ARRIVED.iter().any(|a| w.starts_with(a)) || ARRIVED_WORDS.contains(&w));
    arrived && !read.words().any(|w| ME_OBJECT.contains(&w)) && read.mentions(&REGISTERING)
}

/// The lowercased sentence without its "instead of me" ("could a colleague come instead of
/// me?"), when it has one.
fn without_instead_of_me(lower: &str) -> Option<String> {
    let at = INSTEAD_OF_ME_ANY.first_at(lower)?;
    let rest = lower.get(at..)?;
    let phrase = INSTEAD_OF_ME.iter().find(|p| rest.starts_with(*p))?;
    Some(format!(
        "{} {}",
        lower.get(..at)?,
        rest.get(phrase.len()..)?
    ))
}

/// The lowercased sentence without a "me" after a word of likeness ("can people like me also
/// attend?", "kan folk som mig deltage?"), when it has one.
fn without_me_compared(lower: &str) -> Option<String> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let compared = |i: usize| {
        i > 0
            && words
                .get(i - 1)
                .is_some_and(|p| LIKENESS.contains(&bare(p).as_str()))
    };
    let mut dropped = false;
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let me = ME_OBJECT.contains(&bare(w).as_str()) && compared(*i);
            dropped |= me;
            !me
        })
        .map(|(_, w)| *w)
        .collect();
    dropped.then(|| kept.join(" "))
}

/// Whether the sentence asks whether without a question mark: it opens with a word that asks
/// ("1) ar dalyvavimas mokamas;", "Czy warsztaty będą nagrywane."), or a clause opens with
/// one after a clause of wanting to know that is not negated ("Zum einen wüssten wir gern, ob
/// …", "zastanawiałam się, czy …"; not "I don't know whether I can come").
pub(super) fn asks_whether(sentence: &str, read: &Read) -> bool {
    // "It depends on whether …", "still waiting to hear whether …": the sender weighs. Not
    // "I'd ask whether …: my return depends on it", which asks first.
    let weighing = read
        .words()
        .position(|w| depending(w) || WAITING.contains(&w));
    let whether = read
        .words()
        .position(|w| w == "ли" || ASKING_WHETHER.contains(&w) || WHETHER.contains(&w));
    if weighing.is_some_and(|d| whether.is_none_or(|q| d < q)) {
        return false;
    }
    // Most sentences hold no word of asking: one look at the words settles them.
    if !read
        .words()
        .any(|w| w == "ли" || ASKING_WHETHER.contains(&w))
    {
        // The question words ask only after wanting to know: most sentences have none.
        if !(read.words().any(|w| INDIRECT_WH.contains(&w)) && read.mentions(&KNOWING_LEXICON)) {
            return false;
        }
    }
    // A list item's bullet ("- kas osalemine on tasuline;") is no word.
    let bulleted = sentence.trim_start().starts_with(['-', '–', '•', '*', '·']);
    // `listed`: after a list item's number or letter ("1)", "a)"), or after wanting to know,
    // where "ar" and "kas" ask too.
    let asking = |clause: &[String], listed: bool| {
        let listed = listed || bulleted || clause.first().is_some_and(|w| marker(w));
        let mut w = clause.iter().skip_while(|w| marker(w));
        let first = w.next().map(String::as_str);
        first.is_some_and(|f| {
            ASKING_WHETHER.contains(&f) && (listed || !AMBIGUOUS_WHETHER.contains(&f))
        }) || w.next().is_some_and(|s| s == "ли")
    };
    // "I'll let you know whether I can come" promises; it asks nothing.
    let knowing = |clause: &[String]| {
        !KNOWING_LEXICON.hits(clause).is_empty()
            && !clause.iter().any(|w| negates(w))
            && !PROMISING_ANY.in_text(&clause.join(" "))
    };
    // "if", "om" and the question words ask after a clause that wants to know.
    // Not what would have been: "I'd have loved to hear how …".
    // Asked to be told wants to know too: "please let me know who …", "palun andke teada,
    // millal …", "bitte teilen Sie mir mit, ob …".
    let wanting = |clause: &[String]| {
        knowing(clause)
            && !super::WOULD_HAVE_ANY.in_text(&clause.join(" "))
            && clause.iter().any(|w| {
                WANTING_TO_KNOW.iter().any(|s| w.starts_with(s))
                    || REQUEST_WORDS.contains(&w.as_str())
            })
    };
    let wh = |clause: &[String]| {
        clause
            .iter()
            .filter(|w| !marker(w) || w.as_str() == "o")
            .take(2)
            .any(|w| INDIRECT_WH.contains(&w.as_str()))
    };
    // "I was wondering whether …", "wir wissen gern ob …": in one clause, "whether" right
    // after the knowing.
    let knowing_whether = |clause: &[String]| {
        soon_after_knowing(clause, |w| {
            ASKING_WHETHER.contains(&w) && !AMBIGUOUS_WHETHER.contains(&w)
        }) && knowing(clause)
            || soon_after_knowing(clause, |w| INDIRECT_WH.contains(&w)) && wanting(clause)
    };
    let clauses: Vec<&[String]> = read.clause_words().collect();
    clauses.iter().any(|c| knowing_whether(c))
        || clauses.first().is_some_and(|c| asking(c, false))
        || clauses.windows(2).any(|pair| {
            matches!(pair, [before, after]
                if (knowing(before) && asking(after, true)) || (wanting(before) && wh(after)))
        })
}

/// Whether the sentence welcomes information itself ("We'd appreciate information about hotels nearby",
/// "Būtu pateicīgs par informāciju par viesnīcām", "ich würde gern Informationen zur Anreise
/// erhalten"), not negated: it asks even without a question word.
fn wants_information(read: &Read) -> bool {
    let has = |list: &[&str]| read.words().any(|w| list.iter().any(|s| w.starts_with(s)));
    has(INFORMATION) && (has(GRATEFUL) || has(RECEIVING)) && !read.words().any(negates)
}

static KNOWING_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(KNOWING, KNOWING_WORDS));

/// A list item's number or letter ("1)", "a)"), which is no word of the sentence.
fn marker(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) || w.chars().count() == 1
}

/// Whether a word that `fits` stands within three words after a word of knowing in `clause`.
fn soon_after_knowing(clause: &[String], fits: impl Fn(&str) -> bool) -> bool {
    KNOWING_LEXICON.hits(clause).into_iter().any(|(_, end)| {
        clause
            .get(end..(end + 3).min(clause.len()))
            .is_some_and(|next| next.iter().any(|w| fits(w)))
    })
}

/// The lowercased words of `sentence` before an opener of an indirect question ("I wonder",
/// "ich möchte fragen"), if it has one after some words.
pub(super) fn before_question_opener(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let at = QUESTION_OPENERS
        .iter()
        .filter_map(|p| lower.find(p))
        .min()?;
    let head = lower.get(..at)?.trim();
    (!head.is_empty()).then(|| head.to_string())
}

/// The statement before a dash in a sentence that ends as a question ("I'd like to come – I
/// assume this mail counts as registration?"), when there is one.
pub(super) fn statement_before_dash(sentence: &str) -> Option<&str> {
    [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| sentence.split_once(d).map(|(head, _)| head.trim()))
        .find(|head| {
            !head.is_empty()
                && !head.ends_with('?')
                && !sentences::words(head)
                    .iter()
                    .any(|w| CONDITIONS.contains(&w.as_str()))
        })
}

/// The clause that gives a reason at the head of a question ("As I would like to take part on
/// both days, is there parking?", "Kadangi norėčiau dalyvauti abi dienas, ar …"), without its
/// opening word(s).
pub(super) fn reason_before_question(sentence: &str) -> Option<String> {
    let cs = clauses(sentence);
    if cs.len() < 2 {
        return None;
    }
    let first = sentences::words(cs.first()?);
    let skip = match first.as_slice() {
        [a, b, ..] if matches!((a.as_str(), b.as_str()), ("tā", "kā") | ("так", "как")) => {
            2
        }
        [a, ..] if BECAUSE.contains(&a.as_str()) && !matches!(a.as_str(), "tā" | "так") => 1,
        _ => return None,
    };
    Some(first.get(skip..)?.join(" "))
}

/// Whether what follows a reason at the head of the sentence asks ("Since I'd like to attend,
/// could you recommend a hotel nearby?", "Kuna sooviksin osaleda, siis küsiksin, kas …"):
/// the reason's wish to come must not make the question a request.
pub(super) fn question_after_reason(sentence: &str, read: &Read) -> bool {
    let opens_with_reason = read
        .words()
        .next()
        .is_some_and(|w| BECAUSE.contains(&w) || w == "так");
    if !opens_with_reason || reason_before_question(sentence).is_none() {
        return false;
    }
    let Some(first) = clauses(sentence).first().copied() else {
        return false;
    };
    let rest = sentence
        .find(first)
        .and_then(|at| sentence.get(at + first.len()..))
        .unwrap_or("")
        .trim_start_matches([',', ' ', ';']);
    !rest.is_empty() && is_question(rest, &Read::new(rest))
}

/// Whether the sentence gives the reason for a question asked ("Pytam, bo bez dofinansowania
/// nie damy rady przyjechać"): it cancels nothing.
pub(super) fn explains_asking(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    ASKING_BECAUSE.iter().any(|p| lower.starts_with(p))
}

/// Whether a short question only names the event's place and time ("Riga in June?", "Ryga w
/// czerwcu?", "Рига в июне?", "Ryga birželio pradžioje?"): before the sender's own yes ("Count
/// me in!") it sets the scene and asks nothing. Every word is a month, a number, a link such as
/// "in" or "beginning", or a capitalised name; at least one is a month.
pub(super) fn names_only_place_and_time(sentence: &str) -> bool {
    let Some(asked) = sentence.trim().strip_suffix('?') else {
        return false;
    };
    let words: Vec<&str> = asked
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 5 {
        return false;
    }
    let mut dated = false;
    for w in words {
        let lower = w.to_lowercase();
        if is_month_or_season(&lower) {
            dated = true;
        } else if !(PLACE_AND_TIME_LINKS.contains(&lower.as_str())
            || w.chars().all(|c| c.is_ascii_digit())
            || w.chars().next().is_some_and(char::is_uppercase))
        {
            return false;
        }
    }
    dated
}

/// Whether a question in paragraph `para` belongs to an idea rather than asking the organisers:
/// it stands in an idea's paragraph (`idea_paras`), in the list an idea's paragraph introduces
/// ("drei Themenvorschläge:" then "- Wie gewinnt man KMU …?"), or after the idea asks whether it
/// is of interest ("Please let me know whether this would be of interest").
pub(super) fn part_of_idea(
    para: usize,
    sentence: &str,
    idea_paras: &[usize],
    paras: &[&str],
) -> bool {
    let introduced = para.checked_sub(1).is_some_and(|prev| {
        idea_paras.contains(&prev) && paras.get(prev).is_some_and(|t| t.trim_end().ends_with(':'))
    });
    let lower = sentence.to_lowercase();
    let about_idea =
        idea_paras.iter().any(|i| *i < para) && INTEREST.iter().any(|w| lower.contains(w));
    idea_paras.contains(&para) || introduced || about_idea
}
