//! The shipped templates render, and the template engine's rules hold.

use super::*;
use serde_json::json;

fn shipped() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates"))
        .expect("the shipped templates load")
}

#[test]
fn html_part_escapes_names_and_text_part_keeps_them() {
    let t = shipped();
    let ctx = json!({
        "event": {"name": "Ev", "dates": "d", "venue": "v", "organiser_name": "o",
                  "organiser_email": "o@example.org", "website": ""},
        "participant": {"name": "<script>alert(1)</script>", "email": "a@example.org",
                        "organisation": "A & B", "country": "LV", "experience": null},
        "status": "confirmed", "idea": null, "question": null, "has_question": false,
        "updates_sent": 0,
        "original_subject": "Registration",
    });
    let r = t
        .render("registered", Some("en"), "en", &ctx)
        .expect("renders");
    let html = r.html.expect("html part");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(r.text.contains("Latvia"), "{}", r.text);
    assert!(r.text.contains("A & B"));
    assert!(!r.subject.is_empty());
}

#[test]
fn a_reply_names_the_country_and_signs_off_in_its_own_language() {
    let t = shipped();
    let ctx = json!({
        "event": {"name": "Ev", "dates": "d", "venue": "v", "organiser_name": null,
                  "organiser_email": "o@example.org", "website": ""},
        "participant": {"name": "Māris", "email": "m@example.lv",
                        "organisation": "Klasteris", "country": "LV", "experience": null},
        "status": "confirmed", "idea": null, "question": null, "has_question": false,
        "updates_sent": 0,
        "original_subject": "Reģistrācija",
    });
    let lv = t
        .render("registered", Some("lv"), "en", &ctx)
        .expect("renders");
    assert!(lv.text.contains("Latvija"), "{}", lv.text);
    let html = lv.html.expect("html part");
    assert!(html.contains("Ar cieņu"), "{html}");
    assert!(html.contains("Organizatori"), "{html}");
    assert!(!html.contains("Kind regards"), "{html}");
    let en = t
        .render("registered", Some("en"), "en", &ctx)
        .expect("renders");
    assert!(en.text.contains("Latvia"), "{}", en.text);
    assert!(en.html.expect("html part").contains("Kind regards"));
    // A country without a translation keeps its English name.
    assert_eq!(localized_country_name("FR", "lv"), None);
}

#[test]
fn unknown_language_falls_back_to_the_default() {
    let t = shipped();
    assert_eq!(
        t.pick_language("registered", Some("xx"), "en").as_deref(),
        Some("en")
    );
    assert_eq!(
        t.pick_language("registered", Some("lv"), "en").as_deref(),
        Some("lv")
    );
}

#[test]
fn the_details_table_has_its_words_in_every_reply_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
    let words = words::load_detail_words(&dir).expect("details.toml loads");
    for lang in shipped().languages() {
        assert!(words.contains_key(lang), "details.toml has no [{lang}]");
    }
    let en = &words["en"];
    assert_eq!(en.padded_label("name").as_deref(), Some("Name:          "));
    assert_eq!(
        en.padded_label("organisation").as_deref(),
        Some("Organisation:  ")
    );
}

#[test]
fn a_missing_value_renders_as_nothing_never_none() {
    let context = json!({"participant": {"name": null, "country": null}});
    let text = render_source(
        "Hello {{ participant.name }}, from {{ participant.country }}.",
        &context,
    )
    .unwrap();
    assert_eq!(text, "Hello , from .");
    let text = render_source("Hello {{ participant.name or \"friend\" }}", &context).unwrap();
    assert_eq!(text, "Hello friend", "the template's own words stay");
}

#[test]
fn an_undefined_variable_is_named_in_the_error() {
    let context = json!({"participant": {"name": "Jane"}, "lang": "en"});
    let err = render_source(
        "{{ lang }}: Hello {{ participant.name }} {{ participant.phone }}",
        &context,
    )
    .unwrap_err();
    assert!(
        matches!(&err, TemplateError::Undefined { variable, .. } if variable == "participant.phone"),
        "{err}"
    );
    let err = render_source("{{ venue }}", &context).unwrap_err();
    assert!(err.to_string().contains("{{ venue }}"), "{err}");
}

#[test]
fn every_language_has_every_reply() {
    let t = shipped();
    for lang in t.languages() {
        for name in crate::process::REPLY_TEMPLATES {
            assert!(t.has(name.as_str(), lang), "{lang}/{name}.txt is missing");
        }
    }
}

#[test]
fn a_subject_line_is_required_and_header_safe() {
    let (subject, body) = split_subject("Subject: Hi\r\n\nBody").expect("has a subject");
    assert_eq!(subject, "Hi");
    assert_eq!(body, "Body");
    assert!(split_subject("no subject\n\nBody").is_none());
}
