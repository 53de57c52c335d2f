//! The subject line: reply and forward prefixes, and a subject that names a question.

use super::super::lexicon::questions::QUESTION_NOUNS;

/// Strips reply and forward prefixes ("Re:", "AW:", "SV:", "Vs:", "Atb:", "Ats:", "Odp:",
/// "Отв:", "Fwd:", "WG:" …). Returns the rest and whether it was a reply or a forward: then the
/// subject is someone else's words (regbot's "Your registration", an invitation's title).
/// Whether a subject names a question ("Question about participation", "Вопрос об участии"):
/// its registering words are the question's topic, not a request.
pub(super) fn names_a_question(subject: &str) -> bool {
    super::sentences::words(subject)
        .first()
        .is_some_and(|w| QUESTION_NOUNS.iter().any(|q| w.starts_with(q)))
}

pub fn strip_subject(subject: &str) -> (&str, bool) {
    const REPLY: &[&str] = &[
        "re", "aw", "sv", "vs", "atb", "ats", "odp", "отв", "ynt", "r",
    ];
    let mut rest = subject.trim();
    let mut reply = false;
    for _ in 0..10 {
        let Some((head, tail)) = rest.split_once(':') else {
            break;
        };
        let head = head.trim().to_lowercase();
        let head = head.split('[').next().unwrap_or("").trim().to_string();
        if REPLY.contains(&head.as_str()) || FORWARD.contains(&head.as_str()) {
            reply = true;
        } else {
            break;
        }
        rest = tail.trim_start();
    }
    (rest, reply)
}

/// Forward prefixes of a subject ("Fwd:", "WG:", "VL:", "Pd:", "Пересл:").
const FORWARD: &[&str] = &["fw", "fwd", "wg", "vl", "tr", "pd", "пересл", "vb", "edasi"];

/// Whether the subject is a forward's ("Fwd: Invitation …"), after any reply prefixes.
pub(super) fn forwarded(subject: &str) -> bool {
    subject.split(':').take(10).any(|head| {
        let head = head.trim().to_lowercase();
        FORWARD.contains(&head.split('[').next().unwrap_or("").trim())
    })
}
