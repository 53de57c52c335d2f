//! Every participant reply in every shipped language, read the way its reader reads it: the
//! greeting follows the language's rule, the event's title is quoted the language's way and never
//! followed by a stray comma, the language's own event words are used, nothing prints as "None".

use super::*;
use crate::status::ReplyTemplate;
use serde_json::{Value, json};

const TITLE: &str = "Cluster internationalisation – Why and how to do it?";
const IDEA: &str = "A session on finding partners in Norway";

fn shipped() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates"))
        .expect("the shipped templates load")
}

/// What the processing stage gives a reply, with every value set (`full`) or every optional one
/// missing.
fn context(template: ReplyTemplate, full: bool, status: &str) -> Value {
    let some = |v: &str| if full { json!(v) } else { Value::Null };
    json!({
        "event": {"id": "ev", "name": TITLE, "dates": if full { "2–3 June 2027" } else { "" },
                  "venue": if full { "Riga, Latvia" } else { "" }, "organiser_name": "",
                  "organiser_email": "o@example.org", "website": "",
                  "l10n": {"lv": {"dates": "2.–3. jūnijā", "venue": "Rīgā"}}},
        "participant": {"name": some("Anna Bērziņa"), "email": "anna@example.lv",
                        "organisation": some("Latvijas Kokrūpniecības federācija"),
                        "country": some("LV"), "experience": some("starting")},
        "status": status,
        "idea": if full || matches!(template, ReplyTemplate::IdeaReceived | ReplyTemplate::RegistrationIdea) { json!(IDEA) } else { Value::Null },
        "question": some("Is there parking?"), "has_question": full,
        "original_subject": some("Registration"), "updates_sent": 0,
        "registered_by": {"name": some("Jānis Ozols"), "email": "janis@example.lv"},
        "registered_others": [{"name": some("Pēteris Kalniņš"), "email": "p@example.lv", "new": true}],
        "confirm_days": 7,
    })
}

/// The words of a rendered reply that show a template problem, if any.
fn problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for bad in [
        "None", "none", "{{", "{%", ", ,", ",,", " ,", " .", "()", ") (",
    ] {
        if text.contains(bad) {
            found.push(format!("contains {bad:?}"));
        }
    }
    // A title ending in "?" or "!" is not followed by a comma or a full stop, quoted or not.
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '?' | '!') {
            let mut next = chars[i + 1..].iter().skip_while(|c| "”“\"»«".contains(**c));
            if matches!(next.next(), Some(',' | '.')) {
                found.push("a comma or full stop after \"?\" or \"!\"".into());
            }
        }
    }
    found
}

#[test]
fn every_reply_in_every_language_reads_cleanly_with_and_without_values() {
    let t = shipped();
    assert_eq!(t.languages().len(), 11, "{:?}", t.languages());
    let mut failures = Vec::new();
    for lang in t.languages() {
        for template in ReplyTemplate::ALL {
            for (full, status) in [
                (true, "confirmed"),
                (true, "waitlisted"),
                (false, "confirmed"),
            ] {
                let r = t
                    .render(
                        template.as_str(),
                        Some(lang),
                        "en",
                        &context(*template, full, status),
                    )
                    .unwrap_or_else(|e| panic!("{lang}/{template}: {e}"));
                assert_eq!(&r.language, lang);
                for (part, text) in [("subject", &r.subject), ("text", &r.text)]
                    .into_iter()
                    .chain(r.html.as_ref().map(|h| ("html", h)))
                {
                    for p in problems(text) {
                        failures.push(format!(
                            "{lang}/{template} {part} (full: {full}): {p}\n{text}"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_greeting_follows_each_languages_rule() {
    let t = shipped();
    // The first line of the body. Languages that would need the vocative or a patronymic greet
    // without the name; the Nordic ones by the given name; the others by the whole name.
    let expected = [
        ("en", "Dear Anna Bērziņa,"),
        ("de", "Guten Tag Anna Bērziņa,"),
        ("da", "Kære Anna Bērziņa"),
        ("et", "Tere, Anna Bērziņa!"),
        ("fi", "Hei Anna,"),
        ("sv", "Hej Anna!"),
        ("nb", "Hei, Anna!"),
        ("lv", "Labdien!"),
        ("lt", "Laba diena,"),
        ("pl", "Dzień dobry,"),
        ("ru", "Здравствуйте!"),
    ];
    for (lang, greeting) in expected {
        for template in ReplyTemplate::ALL {
            let ctx = context(*template, true, "confirmed");
            let r = t.render(template.as_str(), Some(lang), "en", &ctx).unwrap();
            assert_eq!(r.text.lines().next(), Some(greeting), "{lang}/{template}");
            if let Some(html) = r.html {
                assert!(
                    html.contains(&format!("<p>{greeting}</p>")),
                    "{lang}/{template}: {html}"
                );
            }
            let nameless = context(*template, false, "confirmed");
            let r = t
                .render(template.as_str(), Some(lang), "en", &nameless)
                .unwrap();
            let first = r.text.lines().next().unwrap_or_default().to_string();
            assert!(
                !first.is_empty() && !first.contains("Anna"),
                "{lang}/{template}: {first}"
            );
        }
    }
}

#[test]
fn the_title_is_quoted_the_languages_way_with_its_own_dates_and_venue() {
    let t = shipped();
    let quoted = [
        ("en", "“", "”"),
        ("lv", "“", "”"),
        ("de", "„", "“"),
        ("lt", "„", "“"),
        ("et", "„", "“"),
        ("pl", "„", "”"),
        ("ru", "«", "»"),
        ("nb", "«", "»"),
        ("da", "»", "«"),
        ("sv", "”", "”"),
        ("fi", "”", "”"),
    ];
    let ctx = context(ReplyTemplate::Registered, true, "confirmed");
    for (lang, open, close) in quoted {
        let r = t.render("registered", Some(lang), "en", &ctx).unwrap();
        let (dates, venue) = match lang {
            "lv" => ("2.–3. jūnijā", "Rīgā"),
            _ => ("2–3 June 2027", "Riga, Latvia"),
        };
        let phrase = format!("{open}{TITLE}{close} ({dates}, {venue})");
        assert!(r.text.contains(&phrase), "{lang}: {}", r.text);
        assert!(r.html.unwrap().contains(&phrase), "{lang}");
        assert!(r.subject.ends_with(TITLE), "{lang}: {}", r.subject);
    }
}

#[test]
fn a_waitlisted_persons_idea_is_acknowledged_in_every_language() {
    let t = shipped();
    for lang in t.languages() {
        let ctx = context(ReplyTemplate::Waitlisted, true, "waitlisted");
        let r = t.render("waitlisted", Some(lang), "en", &ctx).unwrap();
        assert!(r.text.contains(&format!("  {IDEA}")), "{lang}: {}", r.text);
        let mut without = ctx.clone();
        without["idea"] = Value::Null;
        let r = t.render("waitlisted", Some(lang), "en", &without).unwrap();
        assert!(!r.text.contains(IDEA), "{lang}");
        assert!(!r.text.contains("\n\n\n"), "{lang}: {}", r.text);
    }
}

#[test]
#[ignore = "prints every reply for reading: cargo test --lib print_replies -- --ignored --nocapture"]
fn print_replies() {
    let t = shipped();
    for lang in t.languages() {
        for template in ReplyTemplate::ALL {
            let r = t
                .render(
                    template.as_str(),
                    Some(lang),
                    "en",
                    &context(*template, true, "waitlisted"),
                )
                .unwrap();
            println!("===== {lang}/{template}: {}\n{}", r.subject, r.text);
        }
    }
}
