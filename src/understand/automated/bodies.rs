//! The bodies of a message sorted by what they are (human text, delivery reports, feedback
//! reports, an attached original's headers), decoded and capped so that hostile mail costs
//! bounded time and memory.

use mailparse::{MailHeaderMap, ParsedMail};

/// How many MIME parts are looked at.
const MAX_PARTS: usize = 64;
/// How much of each part's decoded body is scanned.
const MAX_SCAN: usize = 64 * 1024;
/// Parts whose encoded body is larger than this are not decoded, only their start is read.
const MAX_DECODE: usize = 1024 * 1024;
/// A delivery report under an unexpected type is read only up to this size: reports are a
/// few hundred bytes, and most such parts are documents, not to be decoded for nothing.
const MAX_ODD_REPORT: usize = 16 * 1024;

/// The bodies of one message, sorted by what they are.
#[derive(Default)]
pub(super) struct Bodies {
    /// Human-readable text parts (text/plain, text/html with tags removed), capped.
    pub(super) text: Vec<String>,
    /// `message/delivery-status` parts (and their variants).
    pub(super) dsn: Vec<String>,
    /// `message/feedback-report` parts.
    pub(super) feedback: Vec<String>,
    /// Headers of an attached original message (`message/rfc822`, `text/rfc822-headers`).
    pub(super) original_headers: Vec<String>,
}

/// Sorts the parts of the message by kind, decoding and capping each.
pub(super) fn collect(mail: &ParsedMail<'_>) -> Bodies {
    let mut b = Bodies::default();
    collect_into(&mut b, mail, true);
    b
}

/// `collect` for one message; `outer` for the message itself, whose attached messages are
/// opened when they are delivery reports (a gateway that forwards the report it got, as an
/// attachment of its own notice).
fn collect_into(b: &mut Bodies, mail: &ParsedMail<'_>, outer: bool) {
    for part in mail.parts().take(MAX_PARTS) {
        let mime = part.ctype.mimetype.to_ascii_lowercase();
        if mime.starts_with("multipart/") && !part.subparts.is_empty() {
            continue;
        }
        match mime.as_str() {
            "message/delivery-status"
            | "message/global-delivery-status"
            | "text/delivery-status" => b.dsn.push(body_text(part)),
            "message/feedback-report" => b.feedback.push(body_text(part)),
            "message/rfc822" | "message/global" if outer && attached_report(part) => {
                if let Ok(inner) = mailparse::parse_mail(&part.get_body_raw().unwrap_or_default()) {
                    collect_into(b, &inner, false);
                }
            }
            "message/rfc822"
            | "message/global"
            | "text/rfc822-headers"
            | "message/rfc822-headers"
            | "message/global-headers" => b.original_headers.push(body_text(part)),
            "text/html" => b.text.push(strip_tags(&body_text(part))),
            m if m.starts_with("text/") || m.starts_with("multipart/") => {
                b.text.push(body_text(part))
            }
            // A report under a type of its own making ("message/delivery-report") or turned
            // into an attachment by a gateway ("application/octet-stream"): small, and read
            // as one only when it carries a report's fields.
            m if (m.starts_with("message/") || m.starts_with("application/"))
                && part.raw_bytes.len() <= MAX_ODD_REPORT =>
            {
                let body = body_text(part);
                if super::dsn::looks_like_dsn(&body) {
                    b.dsn.push(body);
                }
            }
            _ => {}
        }
    }
}

/// An attached message that is itself a delivery report (`multipart/report`).
fn attached_report(part: &ParsedMail<'_>) -> bool {
    let raw = part.get_body_raw().unwrap_or_default();
    let head = &raw[..raw.len().min(8 * 1024)];
    mailparse::parse_headers(head).is_ok_and(|(hs, _)| {
        hs.get_first_value("Content-Type").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.starts_with("multipart/report") && c.contains("delivery-status")
        })
    })
}

/// The decoded body of a part, at most [`MAX_SCAN`] bytes; bad transfer encoding falls back on
/// the raw bytes.
fn body_text(part: &ParsedMail<'_>) -> String {
    if part
        .ctype
        .mimetype
        .to_ascii_lowercase()
        .starts_with("multipart/")
    {
        // A multipart whose boundary was never found: mailparse gives no body, read it raw.
        return cap(raw_body(part.raw_bytes));
    }
    let raw = match part.get_body_encoded() {
        mailparse::body::Body::Base64(b) | mailparse::body::Body::QuotedPrintable(b) => b.get_raw(),
        mailparse::body::Body::SevenBit(b) | mailparse::body::Body::EightBit(b) => b.get_raw(),
        mailparse::body::Body::Binary(b) => b.get_raw(),
    };
    if raw.len() > MAX_DECODE {
        // Decoding a huge part only to read its first 64 KB would cost its whole size in
        // memory; read the start of it as it stands instead.
        return cap(String::from_utf8_lossy(raw.get(..MAX_SCAN).unwrap_or(raw)).into_owned());
    }
    if !part.ctype.params.contains_key("charset")
        && let Ok(bytes) = part.get_body_raw()
        && !bytes.is_ascii()
        && let Ok(utf8) = String::from_utf8(bytes)
    {
        // No charset named: RFC 6533's global report parts are UTF-8 by definition, and
        // 8-bit bytes that are valid UTF-8 are that rather than Latin-1.
        return cap(utf8);
    }
    let s = part
        .get_body()
        .ok()
        .or_else(|| lenient_base64(part))
        .unwrap_or_else(|| {
            String::from_utf8_lossy(&part.get_body_raw().unwrap_or_default()).into_owned()
        });
    cap(s)
}

/// A base64 body that does not decode as it stands (a stray character, lost padding, a
/// truncated last line), decoded from its base64 characters alone: a notice whose encoder
/// slipped still names its failed recipient. `None` for other encodings.
fn lenient_base64(part: &ParsedMail<'_>) -> Option<String> {
    use base64::Engine;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let mailparse::body::Body::Base64(body) = part.get_body_encoded() else {
        return None;
    };
    let clean: Vec<u8> = body
        .get_raw()
        .iter()
        .copied()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
        .collect();
    let whole = clean.get(..clean.len() / 4 * 4)?;
    let engine = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let bytes = engine.decode(whole).ok()?;
    let encoding = encoding_rs::Encoding::for_label(part.ctype.charset.as_bytes())
        .unwrap_or(encoding_rs::UTF_8);
    Some(encoding.decode(&bytes).0.into_owned())
}

/// The bytes after the header block, as lossy text.
fn raw_body(raw: &[u8]) -> String {
    let cut = raw.len().min(MAX_SCAN * 2);
    let raw = raw.get(..cut).unwrap_or(raw);
    let start = raw
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|p| p + 2)
        .or_else(|| raw.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4))
        .unwrap_or(0);
    String::from_utf8_lossy(raw.get(start..).unwrap_or_default()).into_owned()
}

fn cap(mut s: String) -> String {
    if s.len() > MAX_SCAN {
        let mut end = MAX_SCAN;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// Good enough HTML to text for finding phrases and addresses in bounce notices.
/// The address of a tag's `href="mailto:…"`, if it has one.
fn mailto(tag: &str) -> Option<&str> {
    let at = tag.find("mailto:").or_else(|| tag.find("MAILTO:"))?;
    let rest = tag.get(at + "mailto:".len()..)?;
    let end = rest.find(['"', '\'', '?', ' ', '>']).unwrap_or(rest.len());
    rest.get(..end).filter(|a| a.contains('@'))
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
                // A link's address stays: notices name the failed recipient only in
                // `<a href="mailto:…">Name</a>`.
                if let Some(address) = mailto(&tag) {
                    out.push('<');
                    out.push_str(address);
                    out.push_str("> ");
                }
            }
            _ if !in_tag => out.push(c),
            _ if tag.len() < 512 => tag.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&#64;", "@")
}
