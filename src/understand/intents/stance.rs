//! How a hit of a word list stands in its clause: asked for or stated, refused by the sender
//! ("I cannot come", "dalyvauti negalėsiu"), or left open by a condition, a hedge or "yet"; and
//! whether it states a fact already done ("I have registered") or waits for a condition ("if
//! it is free, I will sign up").

use super::super::lexicon::attendance::{ATTEND, HARD, PLACES, TRYING};
use super::super::lexicon::cancellation::CANCELLATION;
use super::super::lexicon::clauses::{
    ABOUT_AFTER, BE_STATE, GLAD, GRATEFUL, LATVIAN_FROM, SENT_BEFORE, STATE_ENDINGS,
};
use super::super::lexicon::holding_back::{APPROVING, OR_BEFORE_NOT, SURE, YOU};
use super::super::lexicon::intents::REGISTRATION;
use super::super::lexicon::stance::{
    ALREADY, BUT, CONDITIONAL_AUX, CONJUNCTIONS, I_SUBJECT, IF_SO, IN_TIME, IN_TIME_PAIRS,
    INFINITIVE_MARKERS, LATE_NEGATORS, NEGATED_MODALS, NOBODY, PAST_ENDINGS, PAST_TIME,
    PERFECT_AUX, REQUEST_WORDS, SINCE, THEN, UNTIL_AFTER_NOT, WHETHER, WISHING, YET, negates,
    opens_hypothesis, undecided,
};

/// How a hit stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Asked for or stated.
    Positive,
    /// Refused by the sender ("I cannot come", "dalyvauti negalėsiu", "ich komme nicht").
    Refused,
    /// Conditional or undecided ("if I register", "I cannot register yet"): neither.
    Open,
}

/// Finnish "en" (I do not) only before a verb, next or after one adverb ("en valitettavasti
/// pääse"); elsewhere "en" is Scandinavian "a".
fn finnish_not(run: &[String]) -> bool {
    run.first().is_some_and(|w| w == "en")
        && run.iter().skip(1).take(2).any(|v| {
            [
                "voi",
                "pysty",
                "pääse",
                "lähde",
                "ehdi",
                "halua",
                "ole",
                "tule",
                "ilmoittaudu",
                "osallistu",
            ]
            .iter()
            .any(|p| v.starts_with(p))
        })
}

/// The stance of the hit spanning `start..end`: a negator among the five words before it or
/// the two after it (post-verbal negation: "ich komme nicht", "dalyvauti negalėsiu"), a
/// negative prefix on the word itself ("nereģistrēšos"), or a condition before it.
pub fn stance(words: &[String], start: usize, end: usize) -> Stance {
    let before = words.get(start.saturating_sub(5)..start).unwrap_or(&[]);
    // Negation after the verb may stand further off in the region's free word order
    // ("Приехать в Ригу я не смогу", "atvykti į Rygą negalėsiu", "Приехать в Ригу в июне у
    // меня не получится"), up to eight words and never past a conjunction, where the next
    // clause begins.
    let after: Vec<&String> = words
        .get(end..(end + 8).min(words.len()))
        .unwrap_or(&[])
        .iter()
        .take_while(|w| !CONJUNCTIONS.contains(&w.as_str()))
        .enumerate()
        .filter(|(i, w)| {
            *i < 2
                || LATE_NEGATORS.contains(&w.as_str())
                || NEGATED_MODALS.iter().any(|m| w.starts_with(m))
        })
        .map(|(_, w)| w)
        .collect();
    // "Приехать в Ригу мне сложно", "it is hard for me to travel": coming is hard, neither
    // asked for nor refused.
    let hard = |w: &String| HARD.contains(&w.as_str());
    let hard_after = words
        .get(end..(end + 6).min(words.len()))
        .unwrap_or(&[])
        .iter()
        .take_while(|w| !CONJUNCTIONS.contains(&w.as_str()))
        .any(hard);
    // "I'd be glad if I could join": a condition right after gladness wishes.
    let glad_before = |k: usize| {
        let at = start.saturating_sub(5) + k;
        // "Jeg ville satt stor pris på om …": setting a price on it is gratitude too.
        words.get(at.saturating_sub(2)..at).is_some_and(|g| {
            g.iter()
                .any(|x| GLAD.iter().chain(GRATEFUL).any(|s| x.starts_with(s)))
                || g == ["pris", "på"]
        })
    };
    if before.iter().enumerate().any(|(k, w)| {
        // "Som vi kom överens om, bekräftar jag …": "om" (about) after agreeing.
        let about = w == "om"
            && (start.saturating_sub(5) + k)
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|p| ABOUT_AFTER.contains(&p.as_str()));
        // "Since I would like to come anyway, …": a wish after "since" gives a reason; the
        // registration "since" puts in the past is stated ("since I registered").
        let at = start.saturating_sub(5) + k;
        let causal = SINCE.contains(&w.as_str())
            && words.get(at + 1..end).is_some_and(|between| {
                between
                    .iter()
                    .any(|x| WISHING.contains(&x.as_str()) || CONDITIONAL_AUX.contains(&x.as_str()))
            });
        opens_hypothesis(w) && !glad_before(k) && !about && !causal
    }) || words.iter().any(|w| undecided(w))
        || before.iter().any(hard)
        || hard_after
        || before
            .iter()
            .rev()
            .take(3)
            .any(|w| TRYING.iter().any(|t| w.starts_with(t)))
    {
        return Stance::Open;
    }
    // "whether or not I manage to come": the negation refuses nothing.
    if before
        .iter()
        .zip(before.iter().skip(1))
        .any(|(o, n)| OR_BEFORE_NOT.contains(&o.as_str()) && negates(n))
    {
        return Stance::Open;
    }
    let negator = |w: &String| negates(w);
    let post_negator = |w: &String| negator(w) && !matches!(w.as_str(), "no" | "ne" | "nie");
    let prefixed = words.get(start).is_some_and(|w| {
        (w.starts_with("ne") || w.starts_with("nie"))
            && REGISTRATION
                .iter()
                .chain(CANCELLATION)
                .chain(ATTEND)
                .any(|s| s.chars().nth(4).is_some() && w.get(2..).is_some_and(|r| r.starts_with(s)))
    });
    // "Не могли бы вы …" (could you not …) is a polite request.
    let polite = |i: usize| {
        before.get(i).is_some_and(|w| w == "не")
            && before
                .get(i + 1)
                .is_some_and(|v| matches!(v.as_str(), "могли" | "могла" | "мог"))
            && before.get(i + 2).is_some_and(|b| b == "бы")
    };
    // Latvian "no" (from) before "mūsu", "manis" …: "No mūsu puses brauks …".
    let from = |i: usize| {
        before.get(i).is_some_and(|w| w == "no")
            && words
                .get(start.saturating_sub(5) + i + 1)
                .is_some_and(|n| LATVIAN_FROM.contains(&n.as_str()))
    };
    let refused = before
        .iter()
        .enumerate()
        .any(|(i, w)| negator(w) && !polite(i) && !from(i))
        || words
            .get(start.saturating_sub(5)..=start)
            .unwrap_or(&[])
            .windows(3)
            .chain(words.get(start.saturating_sub(1)..=start))
            .any(finnish_not)
        || after.iter().any(|w| post_negator(w))
        || before
            .iter()
            .chain(words.iter().take(2.min(start)))
            .any(|w| NOBODY.contains(&w.as_str()))
        || prefixed;
    if !refused {
        return Stance::Positive;
    }
    // "Jag kommer inte förrän på eftermiddagen": when the sender comes, neither asked for nor
    // refused (a reply's news, see `replies::tells_news`).
    if only_later(words) {
        return Stance::Open;
    }
    if words.iter().any(|w| YET.contains(&w.as_str())) {
        Stance::Open
    } else {
        Stance::Refused
    }
}

/// Whether a negator has "until" or "before" among the four words after it ("I won't arrive
/// until noon", "ikke før etter lunsj"); not "vor Ort" (on site).
fn only_later(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        negates(w)
            && (i + 1..(i + 5).min(words.len())).any(|u| {
                words
                    .get(u)
                    .is_some_and(|x| UNTIL_AFTER_NOT.contains(&x.as_str()))
                    && words.get(u + 1).is_none_or(|o| o != "ort")
            })
    })
}

/// Whether the registering word at `at` is in the perfect or the past: an auxiliary of the
/// perfect shortly before it with no infinitive marker between ("I have registered", "ich
/// hatte mich … angemeldet"), or a past form of a one-word hit (`single`: "zapisałam się",
/// "записался"; the phrase "minut listalle" is no "-nut" participle).
fn past(words: &[String], at: usize, single: bool) -> bool {
    let word = words.get(at).map_or("", String::as_str);
    let before = words.get(at.saturating_sub(3)..at).unwrap_or(&[]);
    let perfect = before
        .iter()
        .rposition(|w| PERFECT_AUX.contains(&w.as_str()))
        .is_some_and(|i| {
            !before
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .any(|w| INFINITIVE_MARKERS.contains(&w.as_str()))
        });
    perfect || (single && PAST_ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// Whether the one-word hit at `at` is a participle after "to be" ("vi er tilmeldt to, hvor kan
/// vi parkere?", "we are registered", "ich bin angemeldet"): a fact, no request.
/// Also an English simple past right after its subject ("we registered three people").
fn stative(w: &[String], at: usize) -> bool {
    let word = w.get(at).map_or("", String::as_str);
    let subject_before = at
        .checked_sub(1)
        .and_then(|b| w.get(b))
        .is_some_and(|b| matches!(b.as_str(), "i" | "we" | "they" | "he" | "she"));
    (w.get(at.saturating_sub(2)..at)
        .is_some_and(|before| before.iter().any(|b| BE_STATE.contains(&b.as_str())))
        && STATE_ENDINGS.iter().any(|e| word.ends_with(e)))
        || (subject_before && word.ends_with("ed"))
}

/// Whether the hit spanning `start..end` states a fact: "already" or a past time near it
/// ("I'm registered already", "last week I signed up"), sent before ("wysłałam zgłoszenie"),
/// the perfect or the past, or a participle after "to be".
pub(super) fn done(w: &[String], start: usize, end: usize) -> bool {
    // "Tad jau pierakstiet arī mani": "already" right after "then" is a particle ("well then").
    let after_then = |i: usize| {
        i.checked_sub(1)
            .and_then(|b| w.get(b))
            .is_some_and(|b| THEN.contains(&b.as_str()))
    };
    (start.saturating_sub(3)..(end + 2).min(w.len())).any(|i| {
        w.get(i).is_some_and(|x| {
            (ALREADY.contains(&x.as_str()) && !after_then(i)) || PAST_TIME.contains(&x.as_str())
        })
    })
        // "saatsin kaks nädalat tagasi registreerimise": the sending a few words before.
        || w.get(start.saturating_sub(5)..start)
            .is_some_and(|before| before.iter().any(|x| SENT_BEFORE.contains(&x.as_str())))
        || past(w, start, end == start + 1)
        || (end == start + 1 && stative(w, start))
}

/// Whether `clause` is the "then" of the condition in `previous` ("Jei galima atvykti tik
/// antrąją, tada registruočiausi", "if only day 2 is possible, then I would register", "wenn
/// …, würde ich mich anmelden") or the "whether" of an "it depends" ("Sellest sõltub, kas ma
/// registreerun"): it waits for an answer. Not a request ("…, then please register me"), not
/// a wish ("if there is room, I would like to register") nor after "if so".
pub(super) fn consequent(previous: &[String], clause: &[String]) -> bool {
    let has = |list: &[&str]| clause.iter().any(|x| list.contains(&x.as_str()));
    // "… but if the hotel has rooms, then I will come": the condition may follow a
    // conjunction.
    // Latvian "ja" (if) is a condition before "tad" (then): "ja būs vietas, tad braukšu".
    let opener = |x: &String| {
        opens_hypothesis(x) || (x == "ja" && clause.first().is_some_and(|c| c == "tad"))
    };
    let joined = |x: &String| CONJUNCTIONS.contains(&x.as_str()) || BUT.contains(&x.as_str());
    let opening = previous.first().is_some_and(opener)
        || (previous.first().is_some_and(joined) && previous.get(1).is_some_and(opener));
    // "Falls kostenlos, …": two words are a condition too, unless they only say "if so".
    let opens = opening
        && (previous.len() > 2
            || (previous.len() == 2
                && previous
                    .get(1)
                    .is_some_and(|x| !IF_SO.contains(&x.as_str()))));
    // What the sender says they will do once the condition holds waits for it ("If it is
    // free, I will sign up at once", "Falls kostenlos, melde ich mich gleich an"), unless the
    // condition is a free place, which registering asks for ("if there is a seat left, I'll
    // come").
    let stated =
        has(I_SUBJECT) && !has(WISHING) && !previous.iter().any(|x| PLACES.contains(&x.as_str()));
    let then = clause.first().is_some_and(|x| THEN.contains(&x.as_str()))
        || (clause
            .iter()
            .take(3)
            .any(|x| CONDITIONAL_AUX.contains(&x.as_str()))
            && !has(WISHING))
        || stated;
    // "Nie jestem pewna, czy zdołam przyjechać": not sure whether, like "it depends whether".
    let unsure =
        previous.iter().any(|x| SURE.contains(&x.as_str())) && previous.iter().any(|x| negates(x));
    let depends = (previous.iter().any(|x| undecided(x)) || unsure)
        && clause
            .first()
            .is_some_and(|x| WHETHER.contains(&x.as_str()));
    (((opens && then && !arrives_in_time(previous)) || depends)
        && !has(REQUEST_WORDS)
        && !polite_imperative(clause))
        || (opening && awaits_approval(previous))
}

/// Whether a condition is about arriving in time ("if my flight lands in time", "kui õhtune
/// praam jõuab ajaks"): travel, which the organisers plan around, not a decision the sender
/// still has to make.
fn arrives_in_time(condition: &[String]) -> bool {
    condition.iter().any(|w| IN_TIME.contains(&w.as_str()))
        || condition
            .windows(2)
            .any(|p| IN_TIME_PAIRS.contains(&(p[0].as_str(), p[1].as_str())))
}

/// Whether a condition waits for someone's approval ("if my boss agrees", "if the budget
/// allows", "wenn mein Chef zustimmt", "jei vadovas pritars"): what follows it, a request or a
/// wish, waits too. Not the reader's approval ("if you agree, please register me" asks).
fn awaits_approval(condition: &[String]) -> bool {
    condition
        .iter()
        .any(|w| APPROVING.iter().any(|a| w.starts_with(a)))
        && !condition.iter().any(|w| YOU.contains(&w.as_str()))
}

/// A polite imperative ("så tilmeld mig gerne", "dann melden Sie mich gerne an", "anmäl mig
/// gärna"): "gladly" with no first-person subject asks, like "please"; "så vil jeg gerne …"
/// with one is a wish that waits for the condition.
fn polite_imperative(clause: &[String]) -> bool {
    const GLADLY: &[&str] = &["gerne", "gern", "gjerne", "gärna", "endelig", "endelich"];
    const SUBJECT: &[&str] = &["jeg", "jag", "eg", "vi", "ich", "wir", "man"];
    clause.iter().any(|x| GLADLY.contains(&x.as_str()))
        && !clause.iter().any(|x| SUBJECT.contains(&x.as_str()))
}
