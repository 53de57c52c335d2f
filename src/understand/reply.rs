//! Separating the sender's own words from what they quote, forward and sign.
//!
//! The body is read line by line. The sender's text ends at the first quote header ("On …
//! wrote:" in any of the region's languages, also wrapped over several lines), Outlook header
//! block, "-----Original Message-----" separator, forward marker, signature delimiter, mobile
//! signature or disclaimer that follows some own text. Two exceptions keep more:
//! - bottom-posting: a quote header *before* any own text is dropped and reading goes on;
//! - interleaved replies: a quote header followed by `>` lines and then more own text is an
//!   inline answer; the sender's lines between the quotes are kept, the quotes are not.
//!
//! `>` lines are never own text (they go to `quoted`), so an interleaved reply's `own` holds
//! only what the sender wrote. Closing formulas ("Best regards, Anna") stay in `own`: without a
//! delimiter they cannot be told from text reliably, and the labels keep them.
//! Input beyond 256 KB is ignored.

mod markers;
mod quotes;

/// How much of a body is read.
const MAX_INPUT: usize = 256 * 1024;

/// One message body cut into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    /// The sender's own words, signature and quotes removed, trimmed.
    pub own: String,
    /// The signature block (after "-- ", a mobile signature line or a disclaimer), if recognised.
    pub signature: Option<String>,
    /// A forwarded message the sender included, with its header lines ("From: …") as written.
    pub forwarded: Option<String>,
    /// Everything quoted from earlier mail.
    pub quoted: String,
}

/// Whether a line marks the start of a forwarded message ("---------- Forwarded message").
pub fn is_forward_marker(line: &str) -> bool {
    markers::forward_marker(line)
}

/// Whether a line is a phone's "Sent from my …" signature, in any of the region's languages.
pub fn is_mobile_signature(line: &str) -> bool {
    markers::mobile_signature(line)
}

/// Splits a decoded plain-text body. Never panics.
pub fn split(text: &str) -> Split {
    let mut end = text.len().min(MAX_INPUT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = text
        .get(..end)
        .unwrap_or("")
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let spans = quotes::quote_header_spans(&lines);
    let span_at = |i: usize| spans.iter().find(|(s, _)| *s == i).map(|(_, e)| *e);

    let mut s = Split::default();
    let mut own: Vec<&str> = Vec::new();
    let mut quoted: Vec<&str> = Vec::new();
    let mut seen_text = false;
    let mut in_fence = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or("");
        let t = line.trim();
        let after_blank = i == 0 || lines.get(i - 1).is_some_and(|l| l.trim().is_empty());
        if t.starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || t.starts_with("```") {
            own.push(line);
            seen_text = true;
            i += 1;
            continue;
        }
        if markers::forward_marker(line) {
            s.forwarded = Some(lines.get(i..).unwrap_or_default().join("\n"));
            if seen_text {
                break;
            }
            // A message that is only a forward: its body is what the sender sends.
            i = skip_header_block(&lines, i + 1);
            continue;
        }
        if let Some(end) = span_at(i) {
            if !seen_text {
                quoted.extend(lines.get(i..=end).unwrap_or_default());
                i = end + 1;
                continue;
            }
            if let Some(next) = interleaved_continuation(&lines, end + 1, &spans) {
                quoted.extend(
                    lines
                        .get(i..next)
                        .unwrap_or_default()
                        .iter()
                        .filter(|l| !l.trim().is_empty()),
                );
                // The quote separated two paragraphs of the sender's text.
                if own.last().is_some_and(|l| !l.trim().is_empty()) {
                    own.push("");
                }
                i = next;
                continue;
            }
            quoted.extend(lines.get(i..).unwrap_or_default());
            break;
        }
        let rule_before_header = markers::is_rule(line) && {
            let mut j = i + 1;
            while lines.get(j).is_some_and(|l| l.trim().is_empty()) {
                j += 1;
            }
            span_at(j).is_some()
                || markers::outlook_block(&lines, j)
                || lines.get(j).is_some_and(|l| markers::original_separator(l))
        };
        if rule_before_header
            || markers::original_separator(line)
            || markers::outlook_block(&lines, i)
        {
            quoted.extend(lines.get(i..).unwrap_or_default());
            break;
        }
        if quotes::is_quote(line) {
            quoted.push(line);
            i += 1;
            continue;
        }
        // A rule after a blank line ends the text (what follows is a footer or a signature),
        // unless the sender's form goes on below it ("---\nIdea: …").
        let closing_rule = after_blank && markers::is_rule(line) && !field_follows(&lines, i + 1);
        let starts_signature = markers::is_delimiter(line)
            || closing_rule
            || markers::mobile_signature(line)
            || (seen_text && after_blank && markers::disclaimer(&lines, i));
        if starts_signature {
            // The signature runs until quoted material begins.
            let from = if markers::is_delimiter(line) || closing_rule {
                i + 1
            } else {
                i
            };
            let mut j = from;
            while j < lines.len()
                && span_at(j).is_none()
                && !lines
                    .get(j)
                    .is_some_and(|l| quotes::is_gt_quote(l) || markers::original_separator(l))
                && !markers::outlook_block(&lines, j)
            {
                j += 1;
            }
            let sig = lines
                .get(from..j)
                .unwrap_or_default()
                .join("\n")
                .trim()
                .to_string();
            if !sig.is_empty() {
                s.signature = Some(sig);
            }
            quoted.extend(lines.get(j..).unwrap_or_default());
            break;
        }
        own.push(line);
        seen_text |= !t.is_empty();
        i += 1;
    }
    drop_unused_link_references(&mut own);
    // HTML-to-text puts every link reference at the very end, below the quote: take back the
    // ones the sender's own lines point at.
    let wanted: Vec<&str> = quoted
        .iter()
        .copied()
        .filter(|l| {
            link_reference_label(l).is_some_and(|n| {
                let r = format!("[{n}]");
                own.iter().any(|o| !is_link_reference(o) && o.contains(&r))
                    && !own.iter().any(|o| link_reference_label(o) == Some(n))
            })
        })
        .collect();
    if !wanted.is_empty() {
        while own.last().is_some_and(|l| l.trim().is_empty()) {
            own.pop();
        }
        own.push("");
        own.extend(wanted);
    }
    s.own = own.join("\n").trim().to_string();
    s.quoted = quoted.join("\n");
    s
}

/// After a quote header ending before `from`: when `>` lines follow and then more of the
/// sender's own text, the reply is interleaved; returns where that text starts.
fn interleaved_continuation(
    lines: &[&str],
    from: usize,
    spans: &[(usize, usize)],
) -> Option<usize> {
    let mut j = from;
    while lines.get(j).is_some_and(|l| l.trim().is_empty()) {
        j += 1;
    }
    if !lines.get(j).is_some_and(|l| quotes::is_gt_quote(l)) {
        return None;
    }
    while lines
        .get(j)
        .is_some_and(|l| l.trim().is_empty() || quotes::is_quote(l))
    {
        j += 1;
    }
    let next = lines.get(j)?;
    let is_text = !is_link_reference(next)
        && !markers::is_delimiter(next)
        && !markers::is_rule(next)
        && !markers::mobile_signature(next)
        && !markers::original_separator(next)
        && !markers::forward_marker(next)
        && !markers::outlook_block(lines, j)
        && !spans.iter().any(|(s, _)| *s == j);
    is_text.then_some(j)
}

/// A link reference as HTML-to-text conversion writes them: `[3]: https://…`.
fn is_link_reference(line: &str) -> bool {
    link_reference_label(line).is_some()
}

fn link_reference_label(line: &str) -> Option<&str> {
    let t = line.trim();
    let rest = t.strip_prefix('[')?;
    let (label, after) = rest.split_once("]:")?;
    (!label.is_empty() && label.chars().all(|c| c.is_ascii_digit()) && !after.trim().is_empty())
        .then_some(label)
}

/// Removes link references that no kept line points at (they belonged to the quoted part).
fn drop_unused_link_references(own: &mut Vec<&str>) {
    let text: String = own
        .iter()
        .filter(|l| !is_link_reference(l))
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    own.retain(|l| link_reference_label(l).is_none_or(|n| text.contains(&format!("[{n}]"))));
}

/// True when the next non-blank line from `from` is a form field ("Idea: …").
fn field_follows(lines: &[&str], from: usize) -> bool {
    let Some(next) = lines.iter().skip(from).find(|l| !l.trim().is_empty()) else {
        return false;
    };
    next.split_once(':').is_some_and(|(k, v)| {
        let k = k.trim();
        !k.is_empty()
            && k.chars().count() <= 30
            && k.chars().next().is_some_and(char::is_alphabetic)
            && k.chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '/')
            && !v.trim().is_empty()
    })
}

/// Skips a forwarded message's header lines (`From:`, `Date:`, a `Subject:` wrapped over two
/// lines …) up to the blank line that ends them.
fn skip_header_block(lines: &[&str], from: usize) -> usize {
    let mut j = from;
    while lines.get(j).is_some_and(|l| l.trim().is_empty()) {
        j += 1;
    }
    while lines.get(j).is_some_and(|l| !l.trim().is_empty()) && j < from + 20 {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests;
