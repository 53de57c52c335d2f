//! Challenge-response antispam requests (TMDA, Spam Arrest, Boxbe, Mailblocks): the
//! recipient's system holds the message until the sender proves to be a person. They borrow a
//! bounce's words ("created automatically by mail delivery software") and name a confirmation
//! address, but the mailbox works: an automatic reply, never a failed recipient.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::understand::lexicon::bounces;

/// [`bounces::CHALLENGE_PHRASES`] as one automaton: every mail that is no other automated
/// kind is read for them, so once rather than once per phrase (`None` only if it could not be
/// built; then each phrase is looked for in turn).
static PHRASES: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(bounces::CHALLENGE_PHRASES).ok());

/// True for a challenge-response request: two of its phrases in the body, or one under such a
/// subject. A person's forward of one is a person. Under a reply's subject (Spam Arrest and
/// others answer "Re: <the original's subject>") it takes two phrases and the link to confirm
/// with: a person replying who speaks of their own filter gives no such link.
pub fn is_challenge(subject: &str, body_lower: &str) -> bool {
    let hits = match &*PHRASES {
        Some(automaton) => {
            // Two different phrases, not one phrase twice.
            let mut first = None;
            let mut hits = 0;
            for m in automaton.find_iter(body_lower) {
                match first {
                    None => {
                        first = Some(m.pattern());
                        hits = 1;
                    }
                    Some(p) if p != m.pattern() => {
                        hits = 2;
                        break;
                    }
                    Some(_) => {}
                }
            }
            hits
        }
        None => bounces::CHALLENGE_PHRASES
            .iter()
            .filter(|p| body_lower.contains(*p))
            .take(2)
            .count(),
    };
    if hits == 0 {
        return false;
    }
    let s = subject.trim().to_lowercase();
    if bounces::REPLY_PREFIXES.iter().any(|p| s.starts_with(p)) {
        return hits >= 2
            && !bounces::FORWARD_PREFIXES.iter().any(|p| s.starts_with(p))
            && (body_lower.contains("http://") || body_lower.contains("https://"));
    }
    hits >= 2 || bounces::CHALLENGE_SUBJECTS.iter().any(|p| s.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_to_prove_the_sender_is_a_person_is_a_challenge() {
        assert!(is_challenge(
            "Please confirm your message",
            "this message was created automatically by mail delivery software.\n\nyour message \
             attached below, is being held because the address <a@example.org> has not been \
             verified.\nto release your message for delivery, please send an empty message"
        ));
        assert!(is_challenge(
            "Please verify your email (re: Registration)",
            "to control spam, i now allow incoming messages only from approved senders."
        ));
        assert!(is_challenge(
            "Ihre Nachricht",
            "ihre nachricht wurde zurückgehalten. bestätigen sie bitte, dass sie ein mensch sind."
        ));
    }

    #[test]
    fn a_challenge_under_a_reply_subject_needs_two_phrases_and_its_link() {
        let body = "i am protecting myself from receiving junk mail. please click the link \
                    below to complete the verification process: https://verify.example/x";
        assert!(is_challenge("Re: Registration", body));
        assert!(!is_challenge("Fwd: Registration", body));
        assert!(!is_challenge(
            "Re: Registration",
            "spam arrest held your mail; you are now on my approved senders."
        ));
    }

    #[test]
    fn a_person_mentioning_a_whitelist_or_forwarding_a_challenge_is_none() {
        assert!(!is_challenge(
            "Please confirm my registration",
            "could you add us to your approved senders? our mails end up in spam."
        ));
        assert!(!is_challenge(
            "Fwd: Please confirm your message",
            "what is this? your message is being held because the address has not been verified"
        ));
        assert!(!is_challenge(
            "Undelivered Mail Returned to Sender",
            "<anna@example.lv>: host mx.example.lv said: 550 sender verification failed"
        ));
    }
}
