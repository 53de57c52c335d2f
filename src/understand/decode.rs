//! Turning a parsed MIME message into the one piece of plain text a person wrote.
//!
//! Real mail arrives in every charset of the region (windows-1257, iso-8859-13, iso-8859-4,
//! iso-8859-2, koi8-r, windows-125x, utf-7…), sometimes mislabelled, with broken base64,
//! format=flowed lines or as HTML only. This module picks the best text part, undoes the
//! transfer encoding leniently, decodes the charset with sensible fallbacks and caps the work so
//! a 50 MB or deeply nested message stays cheap. It never fails: the worst case is empty text.

use mailparse::{MailHeaderMap, ParsedMail};

/// Only this much decoded text is looked at; registration mail is a few kilobytes.
pub const MAX_TEXT_BYTES: usize = 256 * 1024;
/// How much of the sender's own words is read for what they ask and who they register: a
/// person states a request up front and writes a page at most (the longest mail of the tuning
/// half holds about 8 KB with its headers, the probe mails about 1 KB); past that, a text is a
/// pasted document or a newsletter, and reading on finds only phrases addressed to nobody,
/// at a cost that grows with the text.
pub const READ_BYTES: usize = 8 * 1024;
/// How much of them is read for the record's fields: a long text's opening and, for its
/// signature, its last lines (see [`head_and_tail`]).
pub const FIELDS_READ_BYTES: usize = 16 * 1024;
/// The last lines of a long text read for its signature.
pub const SIGNATURE_TAIL_BYTES: usize = 2 * 1024;
/// MIME nesting deeper than this is ignored (hostile or broken mail).
const MAX_DEPTH: usize = 12;
/// At most this many MIME parts are inspected.
const MAX_PARTS: usize = 200;

/// Decodes the best human-written text of a message: the first non-empty text/plain part
/// that is not an attachment, else the first HTML part turned into text.
pub fn best_text(mail: &ParsedMail<'_>) -> String {
    let mut plain: Option<String> = None;
    let mut html: Option<String> = None;
    let mut seen = 0usize;
    walk(mail, 0, &mut seen, &mut |part| {
        let mime = part.ctype.mimetype.to_ascii_lowercase();
        if mime == "text/plain" && plain.is_none() {
            let t = part_text(part);
            if !t.trim().is_empty() {
                plain = Some(t);
            }
        } else if mime == "text/html" && html.is_none() {
            let t = html_to_text(&decoded_part(part));
            if !t.trim().is_empty() {
                html = Some(t);
            }
        }
        plain.is_some()
    });
    plain.or(html).unwrap_or_default()
}

/// Visits leaf parts depth-first until `visit` returns true (done). Attachments are skipped.
fn walk<'a>(
    part: &'a ParsedMail<'a>,
    depth: usize,
    seen: &mut usize,
    visit: &mut dyn FnMut(&'a ParsedMail<'a>) -> bool,
) -> bool {
    *seen += 1;
    if depth > MAX_DEPTH || *seen > MAX_PARTS {
        return true;
    }
    if part.subparts.is_empty() {
        if is_attachment(part) {
            return false;
        }
        return visit(part);
    }
    for sub in &part.subparts {
        if walk(sub, depth + 1, seen, visit) {
            return true;
        }
    }
    false
}

fn is_attachment(part: &ParsedMail<'_>) -> bool {
    let disp = part.get_content_disposition();
    disp.disposition == mailparse::DispositionType::Attachment
        || (disp.params.contains_key("filename")
            && disp.disposition != mailparse::DispositionType::Inline)
}

/// The decoded text of one text/plain part, format=flowed undone.
fn part_text(part: &ParsedMail<'_>) -> String {
    let text = decoded_part(part);
    let params = &part.ctype.params;
    let flowed = params
        .get("format")
        .is_some_and(|f| f.eq_ignore_ascii_case("flowed"));
    if flowed {
        let delsp = params
            .get("delsp")
            .is_some_and(|d| d.eq_ignore_ascii_case("yes"));
        unflow(&text, delsp)
    } else {
        text
    }
}

/// Transfer-decodes (leniently) and charset-decodes one leaf part.
pub fn decoded_part(part: &ParsedMail<'_>) -> String {
    let bytes = transfer_decoded(part);
    let charset = part.ctype.params.get("charset").map(String::as_str);
    // mailparse defaults a missing charset to us-ascii; tell "declared" from "assumed".
    let declared = part
        .headers
        .get_first_value("Content-Type")
        .is_some_and(|c| c.to_ascii_lowercase().contains("charset"));
    decode_charset(&bytes, if declared { charset } else { None })
}

fn transfer_decoded(part: &ParsedMail<'_>) -> Vec<u8> {
    use mailparse::body::Body;
    let body = part.get_body_encoded();
    let (raw, base64) = match &body {
        Body::Base64(b) => (b.get_raw(), true),
        Body::QuotedPrintable(b) => (b.get_raw(), false),
        Body::SevenBit(b) | Body::EightBit(b) => (b.get_raw(), false),
        Body::Binary(b) => (b.get_raw(), false),
    };
    if raw.len() > MAX_TEXT_BYTES * 4 {
        // Decode only a prefix of huge bodies (base64 is 4/3 larger, QP up to 3x).
        let cut = raw.get(..MAX_TEXT_BYTES * 4).unwrap_or(raw);
        return if base64 {
            lenient_base64(cut)
        } else if matches!(body, Body::QuotedPrintable(_)) {
            mailparse::parse_mail(
                &[b"Content-Transfer-Encoding: quoted-printable\n\n", cut].concat(),
            )
            .ok()
            .and_then(|m| m.get_body_raw().ok())
            .unwrap_or_else(|| cut.to_vec())
        } else {
            cut.to_vec()
        };
    }
    match part.get_body_raw() {
        Ok(b) => b,
        Err(_) if base64 => lenient_base64(raw),
        Err(_) => raw.to_vec(),
    }
}

/// Base64 that skips everything outside the alphabet and stops at the end of the data, so a
/// truncated or garbled body still yields what can be read.
pub fn lenient_base64(input: &[u8]) -> Vec<u8> {
    fn val(c: u8) -> Option<u32> {
        match c {
            b'A'..=b'Z' => Some(u32::from(c - b'A')),
            b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
            b'+' | b'-' => Some(62),
            b'/' | b'_' => Some(63),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for &c in input {
        if c == b'=' {
            // Padding: a new group may follow (concatenated base64), restart cleanly.
            acc = 0;
            bits = 0;
            continue;
        }
        let Some(v) = val(c) else { continue };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    out
}

/// Decodes bytes in the declared charset; when none is declared, or the declaration is
/// wrong (invalid UTF-8 labelled utf-8 or us-ascii), guesses from the bytes.
pub fn decode_charset(bytes: &[u8], label: Option<&str>) -> String {
    let bytes = bytes.get(..MAX_TEXT_BYTES).unwrap_or(bytes);
    let label = label
        .map(|l| l.trim().trim_matches('"').to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    let utf8_like = match label.as_deref() {
        None => true,
        Some(l) => matches!(
            l,
            "utf-8" | "utf8" | "us-ascii" | "ascii" | "unknown-8bit" | "x-unknown" | "unknown"
        ),
    };
    if !utf8_like
        && let Some(l) = label.as_deref()
        && let Some(cs) = charset::Charset::for_label(l.as_bytes())
    {
        let (text, had_errors) = cs.decode_without_bom_handling(bytes);
        // Mail clients often label UTF-8 with the sender's legacy charset. Multi-byte UTF-8
        // sequences are vanishingly rare in real single-byte text, and a multi-byte charset that
        // fails on the bytes was the wrong label: valid UTF-8 with non-ASCII wins in both cases.
        // (UTF-7 is left to its own decoder: non-ASCII bytes in it are errors of their own.)
        let known = encoding_rs::Encoding::for_label(l.as_bytes()).filter(|_| !l.contains("utf-7"));
        let single_byte = known.is_some_and(|e| e.is_single_byte());
        if known.is_some()
            && (had_errors || single_byte)
            && !bytes.is_ascii()
            && let Ok(s) = std::str::from_utf8(bytes)
        {
            return s.to_string();
        }
        return text.into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    // A cut in the middle of a UTF-8 sequence at the cap is not a mislabel.
    if let Err(e) = std::str::from_utf8(bytes)
        && e.error_len().is_none()
        && let Some(prefix) = bytes.get(..e.valid_up_to())
        && let Ok(s) = std::str::from_utf8(prefix)
    {
        return s.to_string();
    }
    guess_and_decode(bytes)
}

/// Mostly-valid UTF-8 with a few bad bytes stays UTF-8 (lossy); otherwise chardetng guesses
/// the legacy charset of unlabelled or mislabelled 8-bit text.
fn guess_and_decode(bytes: &[u8]) -> String {
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.matches('\u{FFFD}').count();
    let multibyte = lossy.chars().filter(|c| !c.is_ascii()).count();
    if bad * 4 < multibyte.saturating_sub(bad) {
        return lossy.into_owned();
    }
    let mut det = chardetng::EncodingDetector::new();
    // A prefix tells the charset as well as the whole; chardetng is costly per byte (8 kB of
    // a letter hold hundreds of its non-ASCII letters).
    let sample = bytes.get(..8 * 1024).unwrap_or(bytes);
    det.feed(sample, true);
    let enc = det.guess(None, true);
    let guessed = enc.decode_without_bom_handling(bytes).0;
    // A handful of stray bytes in ASCII text is noise, not a clue: guessed as a non-Latin
    // charset they would turn into Cyrillic or Hebrew letters that mislead language detection.
    let letters = guessed.chars().filter(|c| c.is_alphabetic()).count();
    let foreign = guessed
        .chars()
        .filter(|c| c.is_alphabetic() && !is_latin(*c))
        .count();
    if foreign > 0 && foreign * 5 < letters {
        return lossy.into_owned();
    }
    guessed.into_owned()
}

/// Latin letters, including the region's accented ones (ā, ų, õ, ø, ł, ß …).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Undoes RFC 3676 format=flowed: a line ending in a space continues on the next line
/// (the space removed too when DelSp=yes); space-stuffing is removed; quote depth respected.
pub fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<(usize, String)> = None;
    for line in text.lines() {
        let depth = line.chars().take_while(|&c| c == '>').count();
        let mut content = line.get(depth..).unwrap_or("");
        content = content.strip_prefix(' ').unwrap_or(content);
        let is_sig = content == "-- ";
        let soft = !is_sig && content.ends_with(' ');
        let piece = if soft && delsp {
            content.get(..content.len() - 1).unwrap_or(content)
        } else {
            content
        };
        match pending.take() {
            Some((d, mut acc)) if d == depth => {
                acc.push_str(piece);
                if soft {
                    pending = Some((d, acc));
                } else {
                    push_line(&mut out, d, &acc);
                }
            }
            other => {
                if let Some((d, acc)) = other {
                    push_line(&mut out, d, &acc);
                }
                if soft {
                    pending = Some((depth, piece.to_string()));
                } else {
                    push_line(&mut out, depth, piece);
                }
            }
        }
    }
    if let Some((d, acc)) = pending {
        push_line(&mut out, d, &acc);
    }
    if out.ends_with('\n') && !text.ends_with('\n') {
        out.pop();
    }
    out
}

fn push_line(out: &mut String, depth: usize, line: &str) {
    for _ in 0..depth {
        out.push('>');
    }
    if depth > 0 && !line.is_empty() {
        out.push(' ');
    }
    out.push_str(line);
    out.push('\n');
}

/// Readable text from HTML: paragraphs and line breaks kept, no link footnotes or markup.
pub fn html_to_text(html: &str) -> String {
    // HTML carries several times more markup than text; 128 KB of it is plenty of words.
    let html = cut_str(html, MAX_TEXT_BYTES / 2);
    let marked = mark_cell_ends(&mark_signatures(html));
    let html = marked.as_str();
    // Styles and scripts are not text; html2text drops them, but a huge <style> costs time.
    // Tables are read cell by cell (raw mode): mail clients lay out signatures and whole
    // newsletters in tables, and side-by-side columns would interleave one cell's lines with
    // another's ("Logo   Jānis Bērziņš"); laying them out also cost a third of the conversion.
    let text = html2text::config::plain_no_decorate()
        .link_footnotes(false)
        .raw_mode(true)
        .string_from_read(html.as_bytes(), 10_000)
        .unwrap_or_default();
    let mut lines = text
        .lines()
        .map(str::trim_end)
        // An empty cell leaves only its mark: no line at all, as before the marks.
        .filter(|l| l.is_empty() || !l.trim_matches(CELL_END).trim().is_empty())
        .peekable();
    let mut out = String::with_capacity(text.len());
    while let Some(line) = lines.next() {
        // A form laid out as a table ("Organisation:" | "Acme") comes out of raw mode one cell
        // per line; the key goes back on its value's line, as a person reads it.
        let joined = match lines.peek() {
            Some(next) if is_key_cell(line) && is_value(next) => lines.next(),
            _ => None,
        };
        push_unmarked(&mut out, line);
        if let Some(value) = joined {
            out.push(' ');
            push_unmarked(&mut out, value.trim_start());
        }
        out.truncate(out.trim_end_matches([' ', '\t']).len());
        out.push('\n');
    }
    out.trim().to_string()
}

/// Put after the text of every table cell before rendering, so that a line that is a whole
/// cell can be told from a line of running text (U+2063, invisible separator: no mail text
/// is made of it; it is taken out again).
const CELL_END: char = '\u{2063}';

fn mark_cell_ends(html: &str) -> String {
    static CELL_CLOSE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)</t[dh]\s*>").expect("valid cell regex")
    });
    CELL_CLOSE
        .replace_all(html, |c: &regex::Captures<'_>| {
            format!("{CELL_END}{}", &c[0])
        })
        .into_owned()
}

fn push_unmarked(out: &mut String, line: &str) {
    out.extend(line.chars().filter(|&c| c != CELL_END));
}

/// A whole table cell that only names a field: "Organisation:", "E-mail :", "Vārds, uzvārds:".
fn is_key_cell(line: &str) -> bool {
    let Some(cell) = line.trim().strip_suffix(CELL_END) else {
        return false;
    };
    let Some(words) = cell.trim_end().strip_suffix(':') else {
        return false;
    };
    !words.trim().is_empty()
        && cell.chars().count() <= 40
        && words.split_whitespace().count() <= 4
        && !words.contains([':', CELL_END])
}

/// The line after a key cell: some text that is not a key itself.
fn is_value(line: &str) -> bool {
    let value = line.trim().trim_end_matches(CELL_END).trim_end();
    !value.is_empty() && !value.ends_with(':')
}

/// Mail clients wrap the signature they add in a marked element (Gmail `gmail_signature`,
/// Thunderbird `moz-signature`, Outlook `id="Signature"`, Apple `AppleMailSignature`). A `--` line
/// before it lets the reply splitter treat what follows as the signature, as in plain text.
fn mark_signatures(html: &str) -> String {
    static MARKED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?i)<(div|span|p|table)\b[^>]*\b(class|id)\s*=\s*["']?[^"'>]*(gmail_signature|moz-signature|AppleMailSignature|\bSignature\b)[^>]*>"#,
        )
        .expect("valid signature regex")
    });
    MARKED
        .replace_all(html, |c: &regex::Captures<'_>| {
            format!("<p>--</p>{}", &c[0])
        })
        .into_owned()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn cut_str(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// `s` within `max` bytes as its opening and its last `tail` bytes, whole lines of each, with a
/// blank line between: what a long text says up front and how it is signed, without the pages
/// in between. `s` itself when it fits.
pub fn head_and_tail(s: &str, max: usize, tail: usize) -> std::borrow::Cow<'_, str> {
    if s.len() <= max {
        return std::borrow::Cow::Borrowed(s);
    }
    let head = cut_str(s, max.saturating_sub(tail + 2));
    let head = head.rsplit_once('\n').map_or(head, |(whole, _)| whole);
    let mut start = s.len().saturating_sub(tail);
    while start < s.len() && !s.is_char_boundary(start) {
        start += 1;
    }
    let end = s.get(start..).unwrap_or("");
    let end = end.split_once('\n').map_or(end, |(_, whole)| whole);
    std::borrow::Cow::Owned(format!("{head}\n\n{end}"))
}

#[cfg(test)]
mod tests;
