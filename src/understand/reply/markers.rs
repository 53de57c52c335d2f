//! The lines that mark where a sender's own words end, besides quote headers ([`super::quotes`]):
//! Outlook header blocks and their translations, "-----Original Message-----" separators,
//! forward markers, signature delimiters, mobile signatures and disclaimers.

use std::sync::LazyLock;

use crate::understand::lexicon::mail::{FORWARDED, FROM_KEYS, OTHER_KEYS};
use crate::understand::phrases::AnyOf;

static FORWARDED_ANY: AnyOf = AnyOf::new(FORWARDED);

/// The field name of a `Key: value` line, with Outlook's `*From:*` bold removed, lowercase.
fn key(line: &str) -> Option<String> {
    let t = line.trim().trim_start_matches('*');
    let (k, _) = t.split_once(':')?;
    let k = k.trim().trim_end_matches('*').trim();
    (k.chars().count() <= 20 && !k.is_empty()).then(|| k.to_lowercase())
}

/// An Outlook-style header block starting at `i`: "From: …" followed by at least two of
/// Sent/Date/To/Subject/Cc (in any of the region's languages).
pub fn outlook_block(lines: &[&str], i: usize) -> bool {
    let Some(k) = lines.get(i).and_then(|l| key(l)) else {
        return false;
    };
    let starts_with_from = FROM_KEYS.contains(&k.as_str());
    // Some clients put the date first ("Date: … / From: … / To: …").
    let starts_with_date = DATE_KEYS.contains(&k.as_str());
    if !starts_with_from && !starts_with_date {
        return false;
    }
    let (mut others, mut from_seen) = (0, starts_with_from);
    for l in lines.iter().skip(i + 1).take(8) {
        if l.trim().is_empty() {
            continue;
        }
        match key(l) {
            Some(k) if FROM_KEYS.contains(&k.as_str()) => {
                from_seen = true;
                others += 1;
            }
            Some(k) if OTHER_KEYS.contains(&k.as_str()) => others += 1,
            _ => {}
        }
    }
    others >= 2 && from_seen
}

const DATE_KEYS: &[&str] = &[
    "date",
    "sent",
    "datum",
    "gesendet",
    "skickat",
    "lähetetty",
    "wysłano",
    "отправлено",
    "дата",
    "nosūtīts",
    "datums",
    "išsiųsta",
    "saadetud",
    "kuupäev",
    "sendt",
    "dato",
];

const ORIGINAL: &[&str] = &[
    "original message",
    "ursprüngliche nachricht",
    "originalnachricht",
    "alkuperäinen viesti",
    "oprindelig meddelelse",
    "original meddelelse",
    "opprinnelig melding",
    "ursprungligt meddelande",
    "wiadomość oryginalna",
    "oryginalna wiadomość",
    "исходное сообщение",
    "mensaje original",
    "message d'origine",
    "messaggio originale",
    "oorspronkelijk bericht",
    "sākotnējais ziņojums",
    "sākotnējā ziņa",
    "pradinis laiškas",
    "originalus laiškas",
    "algne kiri",
    "algsõnum",
    "mensagem original",
];

/// "-----Original Message-----" and its translations, also in Outlook's bold `*…*`.
pub fn original_separator(line: &str) -> bool {
    let t = line.trim().trim_matches('*').trim();
    if !(t.starts_with("--") || t.starts_with("__")) || t.chars().count() > 80 {
        return false;
    }
    let lower = t.to_lowercase();
    ORIGINAL.iter().any(|o| lower.contains(o))
}

/// "---------- Forwarded message ---------", "Begin forwarded message:" and translations, also
/// inside a quote (Apple Mail quotes the forwarded message).
pub fn forward_marker(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['>', ' '])
        .trim()
        .trim_matches('*')
        .trim();
    if t.chars().count() > 80 {
        return false;
    }
    if !(t.starts_with('-') || t.ends_with(':') || t.ends_with('-')) {
        return false;
    }
    let lower = t.to_lowercase();
    FORWARDED_ANY.in_text(&lower)
}

/// A signature delimiter: "-- ", "--", a line of underscores, Gmail's invisible "ᐧ" or an
/// em dash alone.
pub fn is_delimiter(line: &str) -> bool {
    let t = line.trim();
    t == "--"
        || line == "-- "
        || t == "ᐧ"
        || t == "—"
        || (t.len() >= 2 && t.chars().all(|c| c == '_'))
}

/// A horizontal rule: a line of only `-_=*#~+` characters. It ends the sender's text only when
/// a quoted message's header follows it; otherwise it is the sender's own layout ("Name: …\n
/// ---\nIdea: …", a heading underline).
pub fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 3 && t.chars().all(|c| "-_=*#~+".contains(c))
}

/// Mobile and webmail signatures ("Sent from my iPhone" and its translations).
const MOBILE: &[&str] = &[
    "sent from my ",
    "sent with ",
    "sent via ",
    "sent by ",
    "sent using ",
    "sent from a phone",
    "sent from mobile",
    "from my iphone",
    "from my android",
    "get outlook for",
    "envoyé de mon",
    "envoyé depuis",
    "enviado desde",
    "enviado do meu",
    "von meinem",
    "gesendet von meinem",
    "gesendet mit",
    "diese nachricht wurde von meinem",
    "skickat från min",
    "skickat från",
    "sendt fra min",
    "sendt fra ",
    "lähetetty iphonesta",
    "lähetetty ipadista",
    "lähetetty android",
    "lähetetty mobiili",
    "lähetetty samsung",
    "lähetetty huawei",
    "lähetetty outlook",
    "wysłane z ",
    "wysłano z mojego",
    "отправлено с ",
    "отправлено из ",
    "sūtīts no",
    "nosūtīts no mana",
    "išsiųsta iš mano",
    "išsiųsta iš",
    "siųsta iš mano",
    "siųsta iš",
    "nosūtīts no",
    "sendt fra min",
    "skickad från",
    "gesendet von",
    "gesendet vom",
    "wysłane ze",
    "отправлено со",
    "saadetud minu",
    "saadetud seadmest",
    "verzonden met",
    "verzonden vanaf",
    "verstuurd vanaf",
    "inviato da",
    "從我的",
    "从我的",
];

const DEVICES: &[&str] = &[
    "iphone",
    "ipad",
    "ipod",
    "android",
    "mobile",
    "phone",
    "cell",
    "device",
    "outlook",
    "mail",
    "yahoo",
    "samsung",
    "galaxy",
    "windows",
    "blackberry",
    "tablet",
    "huawei",
    "pixel",
    "xiaomi",
];

/// True for a mobile or webmail signature line.
pub fn mobile_signature(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['(', '<', '-', '—', '*', '_', ' '])
        .trim();
    if t.is_empty() || t.chars().count() > 120 {
        return false;
    }
    // Asked of every line: most begin with a letter no marker begins with, told before the
    // line is lowercased.
    static FIRST_LETTERS: LazyLock<Vec<char>> = LazyLock::new(|| {
        let mut first: Vec<char> = MOBILE.iter().filter_map(|m| m.chars().next()).collect();
        first.push('s');
        first.sort_unstable();
        first.dedup();
        first
    });
    let first = t.chars().next().and_then(|c| c.to_lowercase().next());
    if first.is_none_or(|f| FIRST_LETTERS.binary_search(&f).is_err()) {
        return false;
    }
    let lower = t.to_lowercase();
    MOBILE.iter().any(|m| lower.starts_with(m))
        || (lower.starts_with("sent from ") && DEVICES.iter().any(|d| lower.contains(d)))
}

const DISCLAIMERS: &[&str] = &[
    "this e-mail and any attachment",
    "this email and any attachment",
    "this email message and any attachment",
    "this e-mail message and any attachment",
    "this message and any attachment",
    "this e-mail is confidential",
    "this email is confidential",
    "this e-mail may contain confidential",
    "this email may contain confidential",
    "the information contained in this",
    "confidentiality notice",
    "disclaimer:",
    "šis e-pasts",
    "šī e-pasta",
    "šajā e-pastā",
    "tämä viesti",
    "tämä sähköposti",
    "diese e-mail enthält",
    "diese e-mail ist vertraulich",
    "diese nachricht enthält vertrauliche",
    "denna e-post",
    "detta e-postmeddelande",
    "detta meddelande är konfidentiellt",
    "denne e-mail",
    "denne e-post",
    "ta wiadomość",
    "niniejsza wiadomość",
    "это сообщение",
    "данное сообщение",
    "šis el. laiškas",
    "šiame laiške",
    "see e-kiri",
    "käesolev e-kiri",
];

/// Words a disclaimer paragraph carries, whatever its language.
const CONFIDENTIAL: &[&str] = &[
    "confidential",
    "privileged",
    "intended recipient",
    "vertraulich",
    "konfidenti",
    "luottamuksel",
    "poufn",
    "конфиденц",
    "konfidenciāl",
    "konfidencial",
    "tarkoitettu",
    "адресат",
    "fortrolig",
    "konfidensiell",
    "sekretess",
    "salassa pidettäv",
    "poufne",
    "vertrouwelijk",
];

/// The first line of a confidentiality disclaimer at `i`: a known opening, and a
/// confidentiality word within its first lines (so "Tämä viesti koskee …" stays own text).
pub fn disclaimer(lines: &[&str], i: usize) -> bool {
    let Some(first) = lines.get(i) else {
        return false;
    };
    let lower = first.trim().to_lowercase();
    if !DISCLAIMERS.iter().any(|d| lower.starts_with(d)) {
        return false;
    }
    let para: String = lines
        .iter()
        .skip(i)
        .take(4)
        .map(|l| l.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    CONFIDENTIAL.iter().any(|c| para.contains(c))
}
