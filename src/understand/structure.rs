//! How a raw message is laid out before it is read: a forward inside it and who sent the
//! forwarded mail, the thread it answers, a quote header left at the end of the sender's
//! words, and MIME too broken to parse as it stands.

use super::*;

/// Splits a forwarded part off `text` when a forward marker line is present (the splitter
/// reports forwards only where they end the sender's text).
pub(super) fn forwarded_fallback(text: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| reply::is_forward_marker(l))?;
    let own = lines.get(..at)?.join("\n");
    let fwd = lines.get(at + 1..)?.join("\n");
    Some((own, fwd))
}

/// The original sender and body of a forwarded message: its `From:` header line and the text
/// after the header block.
pub(super) fn forwarded_sender(fwd: &str) -> Option<(Mailbox, String)> {
    let mut from = None;
    let mut body_start = 0;
    let lines: Vec<&str> = fwd.lines().collect();
    for (i, line) in lines.iter().enumerate().take(15) {
        let t = line.trim().trim_start_matches('>').trim();
        if t.is_empty() {
            if from.is_some() {
                body_start = i + 1;
                break;
            }
            continue;
        }
        if let Some((k, v)) = t.split_once(':') {
            let k = k.trim().trim_matches('*').to_lowercase();
            if from.is_none() && lexicon::mail::FROM_KEYS.contains(&k.as_str()) {
                let v = v.trim().trim_matches('*').trim();
                if let Ok(list) = mailparse::addrparse(v)
                    && let Some(mailparse::MailAddr::Single(s)) = list.iter().next()
                {
                    from = Some(Mailbox {
                        name: s.display_name.as_deref().and_then(fields::clean_name),
                        email: fields::normalise_email(&s.addr),
                    });
                } else if let Some(email) = fields::find_email(v) {
                    let name = v.split('<').next().and_then(fields::clean_name);
                    from = Some(Mailbox { name, email });
                }
            }
        }
    }
    let body = lines.get(body_start..).unwrap_or(&[]).join("\n");
    from.map(|f| (f, body))
}

/// The ids of the thread this message belongs to, oldest first as RFC 5322 orders them: its
/// References, then its In-Reply-To where References lacks it (clients that send only
/// In-Reply-To, or a References cut short). Each id once, at most 50.
pub(super) fn thread_references(
    references: Option<&str>,
    in_reply_to: Option<&str>,
) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let all = references.into_iter().chain(in_reply_to);
    for id in all.flat_map(str::split_whitespace) {
        let id = id.trim_matches(['<', '>']);
        if !id.is_empty() && !ids.iter().any(|known| known == id) {
            ids.push(id.to_string());
        }
    }
    if ids.len() > 50 {
        // A long thread: the root and the latest ids tell where the message belongs.
        ids.drain(1..ids.len() - 49);
    }
    ids
}

/// Removes a trailing quote header line the splitter left in the sender's own text: its
/// words are someone else's ("… skrev Registrations <registration@…>:").
pub(super) fn drop_quote_header(own: &str) -> String {
    let mut lines: Vec<&str> = own.lines().collect();
    while let Some(last) = lines.last() {
        let l = last.trim().to_lowercase();
        let header = l.ends_with(':')
            && l.chars().count() < 300
            && lexicon::mail::WROTE
                .iter()
                .any(|v| l.split(|c: char| !c.is_alphabetic()).any(|w| w == *v));
        if header || l.is_empty() {
            lines.pop();
        } else {
            break;
        }
    }
    lines.join("\n")
}

/// A message whose MIME structure cannot be parsed, rewritten as a single text/plain message:
/// its own headers without the MIME ones, and the body's text lines without boundaries and part
/// headers (at most 256 KB of it). None when even the header block cannot be read.
fn flatten_broken_mime(raw: &[u8]) -> Option<Vec<u8>> {
    let (headers, body_at) = mailparse::parse_headers(raw).ok()?;
    let mut out = Vec::with_capacity(raw.len().min(300 * 1024));
    for h in &headers {
        let key = h.get_key_ref();
        if key.eq_ignore_ascii_case("Content-Type")
            || key.eq_ignore_ascii_case("Content-Transfer-Encoding")
            || key.eq_ignore_ascii_case("MIME-Version")
        {
            continue;
        }
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(h.get_value_raw());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"Content-Type: text/plain; charset=utf-8\r\n\r\n");
    let body = raw.get(body_at..).unwrap_or_default();
    let body = body.get(..256 * 1024).unwrap_or(body);
    for line in body.split(|&b| b == b'\n') {
        let text = String::from_utf8_lossy(line);
        let t = text.trim();
        let mime_line = t.starts_with("--")
            || t.to_ascii_lowercase().starts_with("content-")
            || t.to_ascii_lowercase().starts_with("mime-version:");
        if !mime_line {
            out.extend_from_slice(t.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
    }
    Some(out)
}

/// The message with every line that holds only spaces or tabs made empty, or None when it has
/// no such line. Such a line is blank to a reader, but to a MIME parser it continues the header
/// above, so the headers never end.
fn emptied_blank_lines(raw: &[u8]) -> Option<Vec<u8>> {
    let blank = |l: &[u8]| {
        let l = l.strip_suffix(b"\r").unwrap_or(l);
        !l.is_empty() && l.iter().all(|&b| b == b' ' || b == b'\t')
    };
    if !raw.split(|&b| b == b'\n').any(blank) {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    for (i, line) in raw.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        if blank(line) {
            out.extend_from_slice(if line.ends_with(b"\r") { b"\r" } else { b"" });
        } else {
            out.extend_from_slice(line);
        }
    }
    Some(out)
}

/// A message mailparse cannot read, made readable: blank lines that hold a space (as Lotus
/// Domino stores mail) made empty, so that the headers end; else, when the MIME structure is
/// beyond repair (e.g. thousands of nested multiparts), the headers kept, so the sender is
/// still known and answered, and the body read as text ([`flatten_broken_mime`]).
pub(super) fn repaired_mime(raw: &[u8]) -> Option<Vec<u8>> {
    emptied_blank_lines(raw)
        .filter(|b| mailparse::parse_mail(b).is_ok())
        .or_else(|| flatten_broken_mime(raw))
}

#[cfg(test)]
mod tests {
    use super::super::tests::cfg;
    use super::super::{Intent, understand};

    /// A registration stored by a client that writes its blank lines with a space in them
    /// (Lotus Domino): the headers still end there, and the person is read.
    #[test]
    fn blank_lines_holding_a_space_still_end_the_headers() {
        let raw = "From: Kristīne Ozola <kristine@example.lv>\r\nTo: registration@event.test\r\n\
            Subject: Registration\r\nMIME-Version: 1.0\r\n\
            Content-Type: multipart/alternative; boundary=\"D\"\r\n \r\n\
            --D\r\nContent-Type: text/plain; charset=utf-8\r\n \r\n\
            Hello, please register me for the workshop in Riga.\r\n \r\nKristīne Ozola\r\n\
            --D--";
        let u = understand(raw.as_bytes(), &cfg());
        assert_eq!(
            u.from.as_ref().map(|f| f.email.as_str()),
            Some("kristine@example.lv")
        );
        assert_eq!(u.automated, None);
        assert!(u.intents.contains(&Intent::Registration), "{u:?}");
    }
}
