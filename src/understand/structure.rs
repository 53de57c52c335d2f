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
pub(super) fn flatten_broken_mime(raw: &[u8]) -> Option<Vec<u8>> {
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
