//! Addresses as bounces write them: `rfc822; <Anna@Example.LV>.`, `"anna@x.lv"`, `<a@x.lv>:`,
//! or somewhere in a sentence. Everything is normalised to one lowercase form.

/// Normalises one address value: drops an address-type prefix (`rfc822;`), angle brackets,
/// quotes and trailing punctuation, lowercases. `None` when what remains is not an address.
pub fn normalise(value: &str) -> Option<String> {
    let mut v = value.trim();
    if let Some((kind, rest)) = v.split_once(';')
        && !kind.contains('@')
    {
        v = rest.trim();
    }
    // "Name <addr>" or "<addr>" → addr
    if let Some(start) = v.find('<')
        && let Some(len) = v[start + 1..].find('>')
    {
        v = &v[start + 1..start + 1 + len];
    }
    let v = v
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']' | ',' | ':' | ';'
            )
        })
        .trim_end_matches('.')
        .trim();
    let v = v.strip_prefix("mailto:").unwrap_or(v);
    // Exchange writes the failed address in its own notations: "dda:SMTP=a@x", "SMTP:a@x".
    let v = ["smtp=", "smtp:", "rfc822="]
        .iter()
        .find_map(|p| {
            v.get(..p.len())
                .filter(|head| head.eq_ignore_ascii_case(p))
                .and_then(|_| v.get(p.len()..))
        })
        .unwrap_or(v);
    // A quoted local part ("a..b"@x) is kept without its quotes.
    let v = v.replace('"', "");
    let v = exchange_encapsulated(&v)?;
    valid(&v).then(|| v.to_lowercase())
}

/// Exchange writes a recipient it could only name in another notation as an "encapsulated"
/// address on its own host: `IMCEASMTP-anna+40example+2Elv@corp.example` is the SMTP address
/// `anna@example.lv` (decoded); `IMCEAEX-_O=…_CN=…@corp.example` is an X.500 name (and
/// `IMCEAX400-…` an X.400 one), no mailbox anyone wrote to (`None`). Anything else is returned
/// as it is.
fn exchange_encapsulated(v: &str) -> Option<String> {
    let Some((notation, rest)) = v.split_once('-') else {
        return Some(v.to_string());
    };
    let notation = notation.to_ascii_lowercase();
    if !notation.starts_with("imcea") || notation.len() == 5 || notation.contains('@') {
        return Some(v.to_string());
    }
    if notation != "imceasmtp" {
        return None;
    }
    // The host after the last '@' is Exchange's own; the encoded address is before it.
    let (encoded, _host) = rest.rsplit_once('@')?;
    let mut out = String::new();
    let mut chars = encoded.chars();
    while let Some(c) = chars.next() {
        if c != '+' {
            out.push(c);
            continue;
        }
        let hex: String = chars.by_ref().take(2).collect();
        let byte = u8::from_str_radix(&hex, 16).ok()?;
        out.push(char::from(byte));
    }
    Some(out)
}

/// A plausible mailbox: one `@`, a non-empty local part, a dotted domain, no spaces.
fn valid(v: &str) -> bool {
    let Some((local, domain)) = v.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains('@')
        && local.len() <= 128
        && domain.len() <= 255
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !v.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Every address written in `text`, normalised, in order, without repeats.
pub fn find_all(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (at, _) in text.match_indices('@') {
        let before = &text[..at];
        let after = &text[at + 1..];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !is_local_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = after
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
            .map_or(after.len(), |(i, _)| i);
        let local = before[start..].trim_start_matches('.');
        let domain = after[..end].trim_end_matches(['.', '-']);
        if local.is_empty() || domain.is_empty() {
            continue;
        }
        if let Some(a) = normalise(&format!("{local}@{domain}"))
            && !out.contains(&a)
        {
            out.push(a);
        }
    }
    out
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || "._%+-=/!#$&*^`{|}~'".contains(c)
}

/// Local parts of addresses that speak for a mail system, never for a person who could fail.
pub fn is_system_mailbox(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("");
    let local = local.split('+').next().unwrap_or(local);
    matches!(
        local,
        "mailer-daemon"
            | "mailerdaemon"
            | "mailer_daemon"
            | "postmaster"
            | "post_master"
            | "mail-daemon"
            | "maildaemon"
    )
}

/// True for an address that takes no replies (`noreply@`, `no-reply@`, `do-not-reply@`): an
/// automatic sender, though not necessarily a mail system.
pub fn is_no_reply(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("");
    let squeezed: String = local
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(squeezed.as_str(), "noreply" | "donotreply" | "dontreply")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exchange_smtp_notation_names_the_address() {
        assert_eq!(
            normalise("SMTP=userx@example.com").as_deref(),
            Some("userx@example.com")
        );
        assert_eq!(
            find_all("dda:SMTP=userx@example.com;"),
            vec!["userx@example.com"]
        );
    }

    #[test]
    fn exchange_encapsulated_addresses() {
        assert_eq!(
            normalise("IMCEASMTP-Anna+2EB+40example+2Elv@corp.example.lv").as_deref(),
            Some("anna.b@example.lv")
        );
        assert_eq!(
            normalise("IMCEAEX-_O=CORP_OU=EXCHANGE_CN=RECIPIENTS_CN=jk@corp.example.pl"),
            None
        );
        assert_eq!(normalise("imceax400-c=lv@corp.example.lv"), None);
        assert_eq!(
            normalise("imcea-b@x.example.lv").as_deref(),
            Some("imcea-b@x.example.lv")
        );
    }

    #[test]
    fn normalises_dsn_forms() {
        assert_eq!(
            normalise("rfc822; <Anna@Example.LV>.").as_deref(),
            Some("anna@example.lv")
        );
        assert_eq!(normalise("RFC822;bob@x.se").as_deref(), Some("bob@x.se"));
        assert_eq!(normalise("\"c@y.fi\"").as_deref(), Some("c@y.fi"));
        assert_eq!(normalise("Name <d@z.pl>").as_deref(), Some("d@z.pl"));
        assert_eq!(
            normalise("rfc822; \"neko..nyaan\"@x.test").as_deref(),
            Some("neko..nyaan@x.test")
        );
        assert_eq!(normalise("rfc822; unknown"), None);
        assert_eq!(normalise("a@localhost"), None);
    }

    #[test]
    fn finds_addresses_in_prose() {
        let t = "550 5.1.1 <User@Example.jp>... User unknown; also kijitora@example.org: gone.";
        assert_eq!(find_all(t), vec!["user@example.jp", "kijitora@example.org"]);
        assert!(find_all("no address @ all").is_empty());
    }

    #[test]
    fn system_mailboxes() {
        assert!(is_system_mailbox("mailer-daemon@x.test"));
        assert!(is_system_mailbox("postmaster@x.test"));
        assert!(!is_system_mailbox("anna@x.test"));
    }

    #[test]
    fn no_reply_mailboxes() {
        for a in [
            "noreply@x.test",
            "no-reply@x.test",
            "No_Reply@x.test",
            "do-not-reply@x.test",
        ] {
            assert!(is_no_reply(a), "{a}");
        }
        for a in ["nora@x.test", "reply@x.test", "anna.noreply.fan@x.test"] {
            assert!(!is_no_reply(a), "{a}");
        }
    }
}
