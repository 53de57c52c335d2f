//! Reply tags: how a reply from an organiser's mail client names the forward it answers.
//!
//! Every forward to the organisers (a question, a review item) carries a random token in a
//! subject tag, as RT does: `[event-id #3f9c0a…]`. We chose the subject over a plus-address
//! in Reply-To (`register+q-<token>@…`) because the subject survives every mail client's
//! "Reply" unchanged and needs nothing from the mail server, whereas plus-addressing depends on
//! the server's recipient delimiter (without it, the reply lands in another mailbox or
//! bounces) and some providers strip or reject it. The token is 96 random bits, so a reply
//! tag cannot be guessed; it still counts only from an organiser's address (`relay`).

/// Hex digits in a token (96 bits).
const TOKEN_LEN: usize = 24;

/// 96 random bits as lowercase hex: the token of one forward.
pub fn new_token() -> String {
    let n: u128 = rand::random();
    format!("{:024x}", n >> 32)
}

/// The tag that leads a forward's subject.
pub(crate) fn subject_tag(event_id: &str, token: &str) -> String {
    format!("[{event_id} #{token}]")
}

/// The token of the first reply tag in `subject` (lowercased), if there is one.
pub(crate) fn find_token(subject: &str) -> Option<String> {
    tags(subject)
        .next()
        .map(|(start, end)| subject[start + 1..end - 1].to_ascii_lowercase())
}

/// `subject` with every reply tag's token taken out (`[x #…]` becomes `[x]`), so a subject
/// quoted inside a new forward cannot carry a second tag.
pub(crate) fn without_tags(subject: &str) -> String {
    let mut out = String::with_capacity(subject.len());
    let mut rest = 0;
    for (start, end) in tags(subject) {
        out.push_str(subject[rest..start].trim_end());
        rest = end - 1;
    }
    out.push_str(&subject[rest..]);
    out
}

/// Byte ranges `#token]` of the tags in `subject` (from the `#` to just after the `]`).
fn tags(subject: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    subject.match_indices('#').filter_map(move |(at, _)| {
        let token = subject.get(at + 1..at + 1 + TOKEN_LEN)?;
        let closed = subject[at + 1 + TOKEN_LEN..].starts_with(']');
        (closed && token.bytes().all(|b| b.is_ascii_hexdigit())).then_some((at, at + 2 + TOKEN_LEN))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_differ() {
        let a = new_token();
        let b = new_token();
        assert_eq!(a.len(), TOKEN_LEN);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn the_tag_is_found_in_a_reply_subject() {
        let token = new_token();
        let subject = format!(
            "Re: AW: {} Question from Anna: venue",
            subject_tag("bsr-2027", &token)
        );
        assert_eq!(find_token(&subject), Some(token.clone()));
        assert_eq!(
            find_token(&subject.to_uppercase()),
            Some(token),
            "a client that upper-cases the subject still names the item"
        );
    }

    #[test]
    fn near_misses_are_no_tag() {
        assert_eq!(find_token("Re: review #12: venue"), None);
        assert_eq!(
            find_token("[x #0123456789abcdef0123456]"),
            None,
            "23 digits"
        );
        assert_eq!(
            find_token("[x #0123456789abcdef012345678]"),
            None,
            "25 digits"
        );
        assert_eq!(find_token("[x #0123456789abcdef0123456g]"), None);
        assert_eq!(find_token("#"), None);
        assert_eq!(find_token("ä#ö"), None, "never slices inside a character");
    }

    #[test]
    fn a_quoted_subject_loses_its_tokens() {
        let subject = format!("Re: {} venue", subject_tag("ev", &new_token()));
        assert_eq!(without_tags(&subject), "Re: [ev] venue");
        assert_eq!(find_token(&without_tags(&subject)), None);
        assert_eq!(without_tags("no tag # here"), "no tag # here");
    }
}
