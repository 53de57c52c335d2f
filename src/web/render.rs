//! The page templates, compiled into the binary, and the filters they use.
//!
//! Templates ending in `.html` auto-escape every value, which is what keeps text from mail
//! (names, subjects, ideas) inert. Only the server-built SVG charts are passed as safe strings,
//! and [`super::charts`] escapes their labels itself.

use axum::response::Html;
use minijinja::{Environment, Value};

use super::{AppState, WebError};

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("login.html", include_str!("templates/login.html")),
    ("login_sent.html", include_str!("templates/login_sent.html")),
    (
        "login_confirm.html",
        include_str!("templates/login_confirm.html"),
    ),
    ("overview.html", include_str!("templates/overview.html")),
    (
        "participants.html",
        include_str!("templates/participants.html"),
    ),
    ("ideas.html", include_str!("templates/ideas.html")),
    ("questions.html", include_str!("templates/questions.html")),
    ("review.html", include_str!("templates/review.html")),
    (
        "review_item.html",
        include_str!("templates/review_item.html"),
    ),
    (
        "resolve_form.html",
        include_str!("templates/resolve_form.html"),
    ),
    (
        "participant.html",
        include_str!("templates/participant.html"),
    ),
    (
        "participant_new.html",
        include_str!("templates/participant_new.html"),
    ),
    ("broadcasts.html", include_str!("templates/broadcasts.html")),
    ("broadcast.html", include_str!("templates/broadcast.html")),
    ("mail.html", include_str!("templates/mail.html")),
    ("not_found.html", include_str!("templates/not_found.html")),
];

pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, source) in TEMPLATES {
        // The templates are part of the binary: a syntax error is a bug caught by the tests.
        env.add_template(name, source)
            .unwrap_or_else(|e| panic!("template {name} does not compile: {e:#}"));
    }
    env.add_filter("when", when);
    env.add_filter("excerpt", excerpt);
    env.add_filter("long", |text: &str, max: usize| text.chars().count() > max);
    env.add_filter("country", |code: &str| crate::desk::country_label(code));
    env.add_filter("language", |code: &str| crate::desk::language_label(code));
    env.add_filter("thousands", thousands);
    env.add_filter("urlencode", urlencode);
    env
}

/// "3 Dec 2026, 08:50" (UTC) from the RFC 3339 text a timestamp serialises to.
fn when(value: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(value)
        .map(|t| t.to_utc().format("%-d %b %Y, %H:%M").to_string())
        .unwrap_or_else(|_| value.to_string())
}

/// The first `max` characters, with an ellipsis when there is more.
fn excerpt(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// A value for a link's query string (minijinja's own filter needs a feature the lock file
/// does not carry; this is the same encoding the desk's other links use).
fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("v", value)])
        .map(|pair| pair["v=".len()..].to_string())
        .unwrap_or_default()
}

/// 12 345 (a thin space groups digits the same way in every language the desk shows).
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{2009}');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

impl AppState {
    pub(super) fn render(&self, name: &'static str, ctx: Value) -> Result<Html<String>, WebError> {
        let template = self
            .templates
            .get_template(name)
            .map_err(|source| WebError::Render { name, source })?;
        template
            .render(ctx)
            .map(Html)
            .map_err(|source| WebError::Render { name, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        let env = environment();
        for (name, _) in TEMPLATES {
            assert!(env.get_template(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn filters_count_characters_not_bytes() {
        assert_eq!(excerpt("Łódź Łódź", 4), "Łódź…");
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(thousands(1234567), "1\u{2009}234\u{2009}567");
        assert_eq!(thousands(12), "12");
        assert_eq!(urlencode("a+b@x.lv"), "a%2Bb%40x.lv");
        assert_eq!(when("2026-12-03T08:50:00Z"), "3 Dec 2026, 08:50");
    }
}
