//! Small value types that are checked once, where they enter, so the rest of the code can trust
//! them ("parse, don't validate").

use std::borrow::Cow;
use std::fmt;

/// A mail address as regbot stores and compares it: trimmed, domain lowercased, no control
/// characters, exactly one `@` with something on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Option<EmailAddress> {
        let s = raw.trim().trim_start_matches('<').trim_end_matches('>');
        if s.is_empty() || s.len() > 320 || s.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return None;
        }
        let (local, domain) = s.rsplit_once('@')?;
        if local.is_empty() || domain.is_empty() || domain.contains('@') && !local.starts_with('"')
        {
            return None;
        }
        if !domain.contains('.') && domain != "localhost" {
            return None;
        }
        Some(EmailAddress(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used for uniqueness and rate limits.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Text that goes into a mail header: control characters (CR, LF, NUL, …) become spaces, runs of
/// white space fold to one, and it is cut to `max` characters. This is what stops a display name
/// like "Eve\r\nBcc: everyone@example.org" from adding a header.
pub fn header_safe(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max));
    let mut last_space = true;
    for c in text.chars() {
        let c = if c.is_control() { ' ' } else { c };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
        if out.chars().count() >= max {
            break;
        }
    }
    out.trim_end().to_string()
}

/// Text for a PostgreSQL `text` column. PostgreSQL refuses NUL characters in text (and `\u0000`
/// in jsonb), and hostile mail carries them in names, subjects and bodies: they are dropped, so
/// the message is still stored and answered instead of failing on every attempt.
pub fn without_nul(text: &str) -> Cow<'_, str> {
    if text.contains('\0') {
        Cow::Owned(text.replace('\0', ""))
    } else {
        Cow::Borrowed(text)
    }
}

/// [`without_nul`] for an optional value.
pub fn opt_without_nul(text: Option<&str>) -> Option<Cow<'_, str>> {
    text.map(without_nul)
}

/// [`without_nul`] for every string (and key) in a JSON value, for `jsonb` columns.
pub fn json_without_nul(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) if s.contains('\0') => Value::String(s.replace('\0', "")),
        Value::Array(items) => Value::Array(items.into_iter().map(json_without_nul).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (without_nul(&k).into_owned(), json_without_nul(v)))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_bytes_are_dropped_before_text_reaches_postgresql() {
        assert_eq!(without_nul("Eve\0 Mallory\0"), "Eve Mallory");
        assert!(matches!(without_nul("clean"), Cow::Borrowed("clean")));
        assert_eq!(opt_without_nul(Some("a\0b")).as_deref(), Some("ab"));
        let json = serde_json::json!({"na\0me": ["x\0y", {"z": "\0"}], "n": 1});
        let clean = json_without_nul(json);
        assert_eq!(
            clean,
            serde_json::json!({"name": ["xy", {"z": ""}], "n": 1})
        );
        assert!(!clean.to_string().contains("\\u0000"));
    }

    #[test]
    fn addresses_are_normalised_and_checked() {
        assert_eq!(
            EmailAddress::parse(" <Jane.Doe@Example.ORG> ")
                .unwrap()
                .as_str(),
            "Jane.Doe@example.org"
        );
        assert!(EmailAddress::parse("no-at-sign").is_none());
        assert!(EmailAddress::parse("a@b\r\nBcc: x@y.z").is_none());
        assert!(EmailAddress::parse("@example.org").is_none());
        assert!(EmailAddress::parse("a@nodot").is_none());
    }

    #[test]
    fn header_safe_removes_line_breaks_that_would_inject_headers() {
        let name = "Eve\r\nBcc: everyone@example.org";
        let safe = header_safe(name, 100);
        assert!(!safe.contains('\r') && !safe.contains('\n'));
        assert_eq!(safe, "Eve Bcc: everyone@example.org");
        assert_eq!(
            header_safe("Ā".repeat(300).as_str(), 10).chars().count(),
            10
        );
    }
}
