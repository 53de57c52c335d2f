//! The parts of a reply that follow the language's conventions rather than a template's own
//! words: how the reader is greeted, how the event's title is quoted and followed by its dates
//! and venue, and which of the event's values (the general ones or `[event.l10n.<lang>]`) a reply
//! in a language shows.
//!
//! The words themselves (greetings, quotation marks) are in `details.toml`; this module only
//! puts them together, so that no language needs code of its own.

use serde_json::Value;

/// Replaces the context's `event` values by the ones configured for `lang`
/// (`[event.l10n.lv] dates = "2.–3. jūnijā"`); a value not configured for `lang` stays.
pub(super) fn localize_event(context: &mut Value, lang: &str) {
    let Some(event) = context.get_mut("event").and_then(Value::as_object_mut) else {
        return;
    };
    let Some(Value::Object(words)) = event.get("l10n").and_then(|l| l.get(lang)).cloned() else {
        return;
    };
    for (key, value) in words {
        if !value.is_null() {
            event.insert(key, value);
        }
    }
}

/// The greeting line: `with_name` with `{name}` and `{first}` filled in, or `without_name` when
/// there is no usable name (none, an address instead of a name, or a first word that is a title
/// where the language greets by the given name).
pub(super) fn greet(with_name: &str, without_name: &str, name: Option<&str>) -> String {
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.contains('@'));
    let Some(name) = name else {
        return without_name.to_string();
    };
    if !with_name.contains("{first}") {
        return with_name.replace("{name}", name);
    }
    match given_name(name) {
        Some(first) => with_name.replace("{first}", first).replace("{name}", name),
        None => without_name.to_string(),
    }
}

/// The given name of a recorded name: its first word, or the word after the comma of
/// "Surname, Given"; `None` when that word is a title or an initial ("Dr.", "J.").
fn given_name(name: &str) -> Option<&str> {
    let given = match name.split_once(',') {
        Some((_, given)) => given,
        None => name,
    };
    let first = given.split_whitespace().next()?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 2 && !first.ends_with('.')).then_some(first)
}

/// `title` between the language's quotation marks (`quotes`: the opening and the closing one).
/// A title the organiser already quoted keeps its own marks.
pub(super) fn quote(title: &str, quotes: &str) -> String {
    const MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '\''];
    let title = title.trim();
    if title.is_empty() {
        return String::new();
    }
    if title.starts_with(MARKS) && title.ends_with(MARKS) && title.chars().count() > 1 {
        return title.to_string();
    }
    let mut marks = quotes.chars();
    let (open, close) = match (marks.next(), marks.next()) {
        (Some(open), Some(close)) => (open, close),
        _ => ('"', '"'),
    };
    format!("{open}{title}{close}")
}

/// The event as a reply names it in running text: the quoted title, then the dates and venue in
/// brackets. Brackets rather than commas, because a title ending in "?" or "!" followed by a
/// comma reads wrong in every language, and a sentence may go on after the venue.
pub(super) fn event_phrase(name: &str, dates: &str, venue: &str, quotes: &str) -> String {
    let details: Vec<&str> = [dates, venue]
        .into_iter()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .collect();
    let title = quote(name, quotes);
    match (title.is_empty(), details.is_empty()) {
        (_, true) => title,
        (true, false) => details.join(", "),
        (false, false) => format!("{title} ({})", details.join(", ")),
    }
}

/// Whether `phrase` ends in a "?", "!" or "." of its own (inside closing quotation marks too), so
/// that no comma or full stop may follow it.
pub(super) fn ends_a_sentence(phrase: &str) -> bool {
    phrase
        .trim_end_matches(['"', '“', '”', '«', '»', '\''])
        .ends_with(['?', '!', '.', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_greeting_uses_the_given_name_or_the_neutral_form() {
        let sv = |name| greet("Hej {first}!", "Hej!", name);
        assert_eq!(sv(Some("Anna Lindqvist")), "Hej Anna!");
        assert_eq!(sv(Some("Lindqvist, Anna")), "Hej Anna!");
        assert_eq!(sv(Some("Dr. Anna Lindqvist")), "Hej!");
        assert_eq!(sv(Some("anna@example.se")), "Hej!");
        assert_eq!(sv(None), "Hej!");
        let de = |name| greet("Guten Tag {name},", "Guten Tag,", name);
        assert_eq!(de(Some(" Jörg Maier ")), "Guten Tag Jörg Maier,");
        assert_eq!(de(Some("")), "Guten Tag,");
        assert_eq!(
            greet("Labdien!", "Labdien!", Some("Māris Bērziņš")),
            "Labdien!"
        );
    }

    #[test]
    fn a_title_is_quoted_once_and_never_followed_by_a_comma() {
        let title = "Cluster internationalisation – Why and how to do it?";
        assert_eq!(
            event_phrase(title, "2.–3. jūnijā", "Rīgā", "“”"),
            "“Cluster internationalisation – Why and how to do it?” (2.–3. jūnijā, Rīgā)"
        );
        assert_eq!(event_phrase(title, "", "", "«»"), format!("«{title}»"));
        assert_eq!(event_phrase("", "", "Riga", "„“"), "Riga");
        assert_eq!(quote("„Schon zitiert“", "«»"), "„Schon zitiert“");
        assert_eq!(quote("Forum", ""), "\"Forum\"");
        assert!(ends_a_sentence("„Why?“"));
        assert!(!ends_a_sentence("„Why?“ (2 June)"));
        assert!(!ends_a_sentence("«Forum»"));
    }

    #[test]
    fn a_language_with_its_own_event_words_uses_them_and_keeps_the_rest() {
        let mut context = json!({"event": {"name": "Forum", "dates": "2–3 June", "venue": "Riga",
            "l10n": {"lv": {"dates": "2.–3. jūnijā", "venue": "Rīgā"}}}});
        let mut other = context.clone();
        localize_event(&mut context, "lv");
        assert_eq!(context["event"]["dates"], "2.–3. jūnijā");
        assert_eq!(context["event"]["venue"], "Rīgā");
        assert_eq!(context["event"]["name"], "Forum");
        localize_event(&mut other, "lt");
        assert_eq!(other["event"]["venue"], "Riga");
    }
}
