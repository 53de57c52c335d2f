//! The lines that mark where a sender's own words end: quote headers in the region's languages
//! ("On … wrote:", "Am … schrieb …:", "… kirjoitti:", "… написал(а):"), Outlook header blocks
//! and their translations, "-----Original Message-----" separators, forward markers, signature
//! delimiters, mobile signatures and disclaimers.

/// Verbs of quote headers ("… wrote:"), lowercase.
const WROTE: &[&str] = &[
    "wrote",
    "writes",
    "schrieb",
    "geschrieben",
    "a écrit",
    "escribió",
    "escribio",
    "schreef",
    "geschreven",
    "skrev",
    "kirjoitti",
    "pisze",
    "napisał",
    "napisała",
    "napisal",
    "написал",
    "написала",
    "пише",
    "rakstīja",
    "rašė",
    "parašė",
    "kirjutas",
    "ha scritto",
    "escreveu",
    "写道",
    "skrifaði",
];

/// How a quote header may begin when it is wrapped over several lines.
const OPENERS: &[&str] = &[
    "On ", "Le ", "Am ", "El ", "Op ", "Den ", "Em ", "W dniu", "Dnia ", "Il ", "At ", "---- On ",
    "在 ",
];

/// True when `h` (one or more lines joined by spaces) is a quote header.
fn is_quote_header(h: &str) -> bool {
    let t = h.trim();
    if t.len() > 400 || t.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    let end = lower.trim_end_matches(|c: char| c == '-' || c == '*' || c.is_whitespace());
    let has_verb = WROTE.iter().any(|w| lower.contains(w));
    let ends_right =
        end.ends_with(':') || end.ends_with('：') || WROTE.iter().any(|w| end.ends_with(w));
    let evidence = t.chars().any(|c| c.is_ascii_digit()) || t.contains('@');
    if has_verb && ends_right && evidence {
        return true;
    }
    // Gmail in Russian and Mail.ru/Yandex write no verb: "пн, 2 мая 2016 г. в 09:44, Имя <a@b>:".
    if end.ends_with(">:")
        && t.contains('@')
        && t.chars().any(|c| c.is_ascii_digit())
        && t.len() < 250
    {
        return true;
    }
    // Gmail's bare form: "2016-03-03 17:21 GMT+01:00 Name <addr>:" or "2013/7/20 Name <addr>".
    gmail_date_header(t)
}

fn gmail_date_header(t: &str) -> bool {
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let date_start = digits(0..4) && matches!(b.get(4), Some(b'-' | b'/')) && digits(5..6);
    date_start
        && t.len() < 200
        && (t.contains('@') || t.contains("GMT") || t.ends_with(':'))
        && t.split_whitespace().count() >= 3
}

fn is_opener(line: &str) -> bool {
    let t = line.trim_start();
    (OPENERS.iter().any(|o| t.starts_with(o)) || t.starts_with(|c: char| c.is_ascii_digit()))
        && !t.trim_end().ends_with(['.', '!', '?'])
}

/// Quote headers as (first line, last line), also when wrapped over up to five lines.
pub fn quote_header_spans(lines: &[&str]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut last_end: Option<usize> = None;
    for (j, line) in lines.iter().enumerate() {
        let t = line.trim();
        // "> wrote:" closes a header whose address was wrapped into "<\nmailto:…\n>".
        let closing_gt = t.starts_with('>') && t.ends_with(':') && t.chars().count() < 20;
        if t.is_empty() || (is_quote(line) && !closing_gt) {
            continue;
        }
        let lower = t.to_lowercase();
        let end = lower.trim_end_matches(|c: char| c == '-' || c == '*' || c.is_whitespace());
        let could_end =
            end.ends_with(':') || end.ends_with('：') || WROTE.iter().any(|w| end.ends_with(w));
        if !could_end && !gmail_date_header(t) {
            continue;
        }
        let floor = last_end.map_or(0, |e| e + 1);
        let mut found = None;
        for s in (floor.max(j.saturating_sub(4))..=j).rev() {
            if (s..j).any(|k| {
                lines
                    .get(k)
                    .is_some_and(|l| is_quote(l) && !l.trim().starts_with('>'))
            }) || (s < j && lines.get(s).is_some_and(|l| l.trim().is_empty()))
            {
                break;
            }
            let joined = lines.get(s..=j).map(|ls| ls.join(" ")).unwrap_or_default();
            if is_quote_header(&joined) {
                found = Some(s);
                break;
            }
        }
        let Some(mut s) = found else { continue };
        // Take in the lines the header began on ("On Thu, … Name" / "Le 4 janv. …, \"Name\"").
        while s > floor && s + 5 > j {
            let prev = lines.get(s - 1).map_or("", |l| l.trim());
            if prev.is_empty() {
                if s >= floor + 2 && lines.get(s - 2).is_some_and(|l| is_opener(l)) && s + 4 > j {
                    s -= 2;
                    continue;
                }
                break;
            }
            if is_opener(prev) || prev.ends_with('<') || prev == "<" {
                s -= 1;
            } else {
                break;
            }
        }
        spans.push((s, j));
        last_end = Some(j);
    }
    spans
}

/// A quoted line: `>` (e-mail), `|` (some webmails) or supercite's `Name>`.
pub fn is_quote(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('>') || t == "|" {
        return true;
    }
    // "| text" quoting, but not a table row "| a | b |".
    if t.starts_with("| ") && !t.trim_end().ends_with('|') {
        return true;
    }
    // Supercite: "Richard> text", "C> text" (not "cost>100").
    let Some(pos) = t.find('>') else { return false };
    pos <= 10
        && pos > 0
        && t.get(..pos)
            .is_some_and(|p| p.chars().all(char::is_alphanumeric))
        && t.get(pos + 1..)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
}

/// A `>` quote proper (what interleaved replies use).
pub fn is_gt_quote(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

const FROM_KEYS: &[&str] = &[
    "from",
    "von",
    "från",
    "lähettäjä",
    "od",
    "от",
    "no",
    "nuo",
    "saatja",
    "fra",
    "de",
    "da",
    "van",
    "expéditeur",
    "remitente",
    "mittente",
    "afzender",
];

const OTHER_KEYS: &[&str] = &[
    "sent",
    "date",
    "to",
    "cc",
    "bcc",
    "subject",
    "reply-to",
    "gesendet",
    "datum",
    "an",
    "betreff",
    "kopie",
    "skickat",
    "till",
    "ämne",
    "kopia",
    "lähetetty",
    "vastaanottaja",
    "aihe",
    "kopio",
    "päivämäärä",
    "wysłano",
    "data",
    "do",
    "temat",
    "dw",
    "отправлено",
    "дата",
    "кому",
    "тема",
    "копия",
    "nosūtīts",
    "datums",
    "kam",
    "tēma",
    "išsiųsta",
    "tema",
    "saadetud",
    "kuupäev",
    "adressaat",
    "teema",
    "koopia",
    "sendt",
    "dato",
    "til",
    "emne",
    "envoyé",
    "à",
    "objet",
    "enviado",
    "para",
    "asunto",
    "inviato",
    "a",
    "oggetto",
    "risposta",
    "verzonden",
    "aan",
    "onderwerp",
];

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

const FORWARDED: &[&str] = &[
    "forwarded message",
    "begin forwarded message",
    "weitergeleitete nachricht",
    "vidarebefordrat meddelande",
    "videresendt meddelelse",
    "videresendt melding",
    "edelleenlähetetty viesti",
    "välitetty viesti",
    "przekazana wiadomość",
    "wiadomość przekazana",
    "пересылаемое сообщение",
    "пересланное сообщение",
    "pārsūtīts ziņojums",
    "pārsūtītā ziņa",
    "persiųstas laiškas",
    "edastatud kiri",
    "message transféré",
    "mensaje reenviado",
    "messaggio inoltrato",
    "doorgestuurd bericht",
];

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
    let lower = t.to_lowercase();
    FORWARDED.iter().any(|f| lower.contains(f))
        && (t.starts_with('-') || t.ends_with(':') || t.ends_with('-'))
}

/// A signature delimiter: "-- ", "--", a line of underscores, or (after a blank line) a line of
/// only `-_=*#~+` characters, or Gmail's invisible "ᐧ". `after_blank`: the previous line is
/// blank or there is none (a line right under text is a heading underline, not a delimiter).
pub fn is_delimiter(line: &str, after_blank: bool) -> bool {
    let t = line.trim();
    if t == "--" || line == "-- " || t == "ᐧ" || t == "—" {
        return true;
    }
    if t.len() >= 2 && t.chars().all(|c| c == '_') {
        return true;
    }
    after_blank && t.chars().count() >= 3 && t.chars().all(|c| "-_=*#~+".contains(c))
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
