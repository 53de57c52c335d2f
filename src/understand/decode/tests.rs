//! Tests of text decoding: charsets, transfer encodings, HTML, and the reading caps.

use super::*;

fn body(raw: &[u8]) -> String {
    best_text(&mailparse::parse_mail(raw).expect("parses"))
}

#[test]
fn baltic_and_cyrillic_charsets_decode() {
    // "Rīgā" in windows-1257 / iso-8859-13: ī = 0xEE, ā = 0xE2.
    for cs in ["windows-1257", "iso-8859-13"] {
        let mut raw = format!("Content-Type: text/plain; charset={cs}\n\nR").into_bytes();
        raw.extend_from_slice(&[0xEE, b'g', 0xE2]);
        assert_eq!(body(&raw), "Rīgā", "{cs}");
    }
    // iso-8859-4: õ = 0xF5, ä = 0xE4 ("Tõnu Mäe").
    let mut raw = b"Content-Type: text/plain; charset=iso-8859-4\n\nT".to_vec();
    raw.extend_from_slice(&[0xF5, b'n', b'u', b' ', b'M', 0xE4, b'e']);
    assert_eq!(body(&raw), "Tõnu Mäe");
    // koi8-r "Мир": М=0xED, и=0xC9, р=0xD2.
    let mut raw = b"Content-Type: text/plain; charset=koi8-r\n\n".to_vec();
    raw.extend_from_slice(&[0xED, 0xC9, 0xD2]);
    assert_eq!(body(&raw), "Мир");
}

#[test]
fn utf7_decodes() {
    let raw = b"Content-Type: text/plain; charset=utf-7\n\nGr+APw-\xc3\x9fe";
    let b = body(raw);
    assert!(b.starts_with("Grü"), "{b:?}");
}

#[test]
fn mislabelled_utf8_falls_back_to_a_legacy_charset() {
    let mut raw = b"Content-Type: text/plain; charset=utf-8\n\nGr".to_vec();
    raw.extend_from_slice(&[0xFC, 0xDF, b'e', b' ', b'a', b'u', b's', b' ']);
    raw.extend_from_slice(b"M\xfcnchen und K\xf6ln, sch\xf6ne Gr\xfc\xdfe");
    let t = body(&raw);
    assert!(t.contains("Grüße"), "{t}");
    assert!(t.contains("München"), "{t}");
}

#[test]
fn broken_base64_still_yields_the_readable_prefix() {
    let raw = b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29y\n!!bGQ=*";
    assert_eq!(body(raw), "hello world");
}

#[test]
fn flowed_lines_join_and_delsp_removes_the_space() {
    assert_eq!(unflow("one \ntwo\n", false), "one two\n");
    assert_eq!(unflow("lo \nng\n", true), "long\n");
    assert_eq!(unflow("> a \n> b\nc", false), "> a b\nc");
    assert_eq!(unflow("-- \nsig", false), "-- \nsig");
}

#[test]
fn html_only_mail_becomes_text_and_attachments_are_ignored() {
    let raw = b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; name=a.txt\nContent-Disposition: attachment; filename=a.txt\n\nATTACHED\n--b\nContent-Type: text/html\n\n<p>Hello <b>there</b></p><p>Second</p>\n--b--\n";
    let t = body(raw);
    assert!(t.contains("Hello there"), "{t}");
    assert!(t.contains("Second"), "{t}");
    assert!(!t.contains("ATTACHED"));
}

#[test]
fn plain_is_preferred_in_alternative() {
    let raw = b"Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nplain words\n--b\nContent-Type: text/html\n\n<p>html words</p>\n--b--\n";
    assert_eq!(body(raw).trim(), "plain words");
}

#[test]
fn utf8_labelled_with_a_legacy_charset_stays_utf8() {
    let latvian = "Reģistrējiet mani, lūdzu";
    assert_eq!(
        decode_charset(latvian.as_bytes(), Some("windows-1257")),
        latvian
    );
    let chinese = "您好！你今天好吗？";
    assert_eq!(decode_charset(chinese.as_bytes(), Some("Big5")), chinese);
    // Real windows-1257 bytes still decode as windows-1257.
    assert_eq!(
        decode_charset(b"Re\xecistr\xe7", Some("windows-1257")),
        "Reģistrē"
    );
}

#[test]
fn html_signature_blocks_become_signatures() {
    let html = r#"<div><p>Please register me.</p></div><div class="gmail_signature"><p>Jane, Acme</p></div>"#;
    let text = html_to_text(html);
    let split = crate::understand::reply::split(&text);
    assert_eq!(split.own, "Please register me.");
    assert!(split.signature.unwrap_or_default().contains("Jane, Acme"));
}

#[test]
fn html_tables_are_read_cell_by_cell_with_form_keys_beside_their_values() {
    let html = "<p>Hej,</p><p>jag vill anmäla mig.</p>\
        <table><tr><td>Namn:</td><td>Anna Berg</td></tr>\
        <tr><th>Organisation:</th><td>Västra Klustret AB</td></tr>\
        <tr><td>Vārds, uzvārds:</td><td>Ilze Kalniņa</td></tr></table>\
        <table><tr><td><img alt=\"logo\"></td>\
        <td>Håkon Lie<br>Forretningsutvikler<br>Havteknologi AS</td></tr></table>";
    let text = html_to_text(html);
    assert!(text.contains("\nNamn: Anna Berg\n"), "{text}");
    assert!(
        text.contains("\nOrganisation: Västra Klustret AB\n"),
        "{text}"
    );
    assert!(text.contains("\nVārds, uzvārds: Ilze Kalniņa\n"), "{text}");
    // A signature beside a logo keeps its own lines, not interleaved with the logo's cell.
    assert!(
        text.ends_with("\nHåkon Lie\nForretningsutvikler\nHavteknologi AS"),
        "{text}"
    );
}

#[test]
fn only_whole_key_cells_join_the_next_line() {
    for (html, kept) in [
        // A sentence ending in a colon introduces what follows; it is no field key.
        (
            "<p>mam kilka pytań organizacyjnych:<br>– czy udział jest płatny,</p>",
            "organizacyjnych:\n– czy",
        ),
        (
            "<table><tr><td>We would like to present at the workshop in Riga:</td>\
             <td>our case</td></tr></table>",
            "Riga:\nour case",
        ),
        // Two keys in a row: the first has no value.
        (
            "<table><tr><td>Name:</td><td>Diet:</td></tr></table>",
            "Name:\nDiet:",
        ),
        // A key followed by an empty line.
        (
            "<p>Programme:</p><p>09:00 Welcome</p>",
            "Programme:\n\n09:00 Welcome",
        ),
    ] {
        let text = html_to_text(html);
        assert!(text.contains(kept), "{html} -> {text:?}");
    }
}

#[test]
fn deep_nesting_is_cheap_and_safe() {
    let mut raw = String::new();
    for i in 0..200 {
        raw.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n"
        ));
    }
    raw.push_str("Content-Type: text/plain\n\ndeep\n");
    let _ = body(raw.as_bytes());
}

#[test]
fn a_long_text_is_read_by_its_opening_and_its_signature() {
    let text = format!(
        "Please register me.\n{}\nBest regards\nAnna Ozola\nZemgale Cluster\nJelgava, Latvia",
        "A pasted agenda line with nothing for the organisers.\n".repeat(2_000)
    );
    let read = head_and_tail(&text, 16 * 1024, 2 * 1024);
    assert!(read.len() <= 16 * 1024, "{}", read.len());
    assert!(read.starts_with("Please register me.\n"));
    assert!(read.ends_with("Anna Ozola\nZemgale Cluster\nJelgava, Latvia"));
    // Whole lines only, on both sides of the gap.
    let (head, end) = read.split_once("\n\n").expect("a blank line between");
    assert!(
        head.lines()
            .skip(1)
            .all(|l| l == "A pasted agenda line with nothing for the organisers.")
    );
    assert!(end.starts_with("A pasted agenda line"), "{end:?}");
    // A short text is itself; a cut never splits a letter.
    assert_eq!(head_and_tail("Paldies!", 16, 4), "Paldies!");
    let cyrillic = "ж".repeat(5_000);
    assert!(
        head_and_tail(&cyrillic, 1_001, 101)
            .chars()
            .all(|c| c == 'ж' || c == '\n')
    );
}
