//! Separating the sender's own words from what they quote, forward and sign.
//!
//! Interim version (`>` quoting and "On … wrote:" only); the full splitter replaces the body of
//! [`split`] without changing its signature.

/// One message body cut into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    /// The sender's own words, signature and quotes removed, trimmed.
    pub own: String,
    /// The signature block (after "-- " or a sign-off such as "Best regards,"), if recognised.
    pub signature: Option<String>,
    /// A forwarded message the sender included, with its header lines ("From: …") as written.
    pub forwarded: Option<String>,
    /// Everything quoted from earlier mail.
    pub quoted: String,
}

/// Splits a decoded plain-text body. Never panics.
pub fn split(text: &str) -> Split {
    let mut s = Split::default();
    let mut own = Vec::new();
    let mut quoted = Vec::new();
    let mut in_quote = false;
    for line in text.lines() {
        let t = line.trim_start();
        if in_quote || t.starts_with('>') {
            quoted.push(line);
            continue;
        }
        if t.starts_with("On ") && t.trim_end().ends_with("wrote:") {
            in_quote = true;
            quoted.push(line);
            continue;
        }
        if line == "-- " {
            in_quote = true;
            continue;
        }
        own.push(line);
    }
    s.own = own.join("\n").trim().to_string();
    s.quoted = quoted.join("\n");
    s
}
