//! A letter about other business that registers in a paragraph of its own ("Hi Tom, thanks for
//! the minutes … / Which brings me to June: I'm registering for the workshop in Riga, register@
//! is in copy. / Could you also send me the partner list?"): what it asks or proposes about the
//! other business is for the person it greets, not for the organisers (`tests/eval/README.md`,
//! Labels: a letter about other business).

use super::super::lexicon::replies::{GREETINGS, PROGRAMME_PARTS};
use super::aside::{names_the_event_word, names_the_stay};
use super::sentences::Read;
use super::trips::names_the_place;
use super::{ATTENDING, REGISTERING};

/// The first paragraph after the greeting is business of its own from this length (bytes) on:
/// "Hope you are well!" is no topic.
const BUSINESS_LENGTH: usize = 80;

/// Words after a greeting that greet no one person (beginnings, lowercase): "Hi all", "Dear
/// organisers", "Liebes Orga-Team", "Guten Tag".
const NO_NAME: &[&str] = &[
    "all",
    "organi",
    "team",
    "orga",
    "kolleg",
    "colleag",
    "arrang",
    "korrald",
    "järjest",
    "организатор",
    "everyone",
    "zusammen",
    "alle",
    "kaikki",
    "visi",
    "kõigile",
    "wszyscy",
    "tag",
    "morgen",
    "abend",
];

/// Whether the line greets one person by name ("Hi Tom,", "Hallo Svenja,", "Hei Sanna,",
/// "Dear Ms Ozola,", "Rasa, labas,"): a greeting word and a capitalised word that names no
/// group, either first.
fn greets_by_name(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let named = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !NO_NAME.iter().any(|n| w.to_lowercase().starts_with(n))
    };
    let greeting = |g: &&str| GREETINGS.contains(&g.to_lowercase().as_str());
    let (first, second) = (words.first(), words.get(1));
    (2..=3).contains(&words.len())
        && ((first.is_some_and(greeting) && second.is_some_and(named))
            || (first.is_some_and(named) && second.is_some_and(greeting)))
}

/// Whether the mail opens on other business: it greets one person by name, and its first
/// paragraph after the greeting is of some length and comes before the paragraph that
/// registers (`registering`).
fn opens_on_other_business(paras: &[&str], registering: usize) -> bool {
    let Some(first) = paras.first() else {
        return false;
    };
    let mut lines = first.trim().lines();
    if !lines.next().is_some_and(greets_by_name) {
        return false;
    }
    let rest = lines.collect::<Vec<_>>().join(" ");
    let at = usize::from(rest.trim().is_empty());
    // The business may run on over several paragraphs ("Rasa, labas, / I read the budget.
    // A few remarks: / – …").
    let business = rest.trim().len()
        + paras
            .get(1..registering)
            .unwrap_or(&[])
            .iter()
            .map(|p| p.trim().len())
            .sum::<usize>();
    registering > at && business >= BUSINESS_LENGTH
}

/// Whether the paragraph names nothing of the event: no event noun or part of the programme,
/// no word of registering or attending, not the event's place, no trip, stay or food.
fn off_the_event(para: &str, places: &[String]) -> bool {
    let read = Read::new(para);
    !read
        .words()
        .any(|w| names_the_event_word(w) || PROGRAMME_PARTS.iter().any(|p| w.starts_with(p)))
        && !read.mentions(&REGISTERING)
        && !read.mentions(&ATTENDING)
        && !names_the_place(para, places)
        && !names_the_stay(&read)
}

/// In a letter about other business that registers in paragraph `registering`, keeps the
/// questions and the ideas of the paragraphs that concern the event; the others are for the
/// person greeted. A question that names nothing of the event is for that person too, even in
/// a paragraph that does ("I added the attendance figures. Could you check the accounts?"),
/// unless the paragraph names the event's place ("I'll take the ferry to Riga. Do you start at
/// nine?"). A mail that registers in no paragraph keeps all.
pub(super) fn keep_for_the_event(
    paras: &[&str],
    registering: Option<usize>,
    places: &[String],
    question: &mut Vec<(usize, &str)>,
    idea_paras: &mut Vec<usize>,
) {
    let Some(registering) = registering.filter(|at| opens_on_other_business(paras, *at)) else {
        return;
    };
    let kept = |p: &usize| {
        *p == registering
            || paras
                .get(*p)
                .is_none_or(|text| !off_the_event(text, places))
    };
    let for_the_event = |p: &usize, s: &str| {
        !off_the_event(s, places) || paras.get(*p).is_some_and(|t| names_the_place(t, places))
    };
    question.retain(|(p, s)| *p == registering || (kept(p) && for_the_event(p, s)));
    idea_paras.retain(kept);
}
