//! The sender's mailbox from the From header, also when a client or gateway wrote it broken.
//!
//! Outlook address books hold "Surname, Given", and some gateways copy that into From without
//! the quotes RFC 5322 asks for: `From: Lindqvist, Anna <anna@x.test>`. Read strictly, that is
//! two mailboxes, "Lindqvist" (no address) and "Anna <anna@x.test>": the sender would lose both
//! their address and their surname. The words before the first real address belong to its
//! display name.

use mailparse::{MailAddr, MailHeader};

use super::{Mailbox, fields};

/// The sender from a From header; `None` when it names no address at all.
pub fn mailbox(header: &MailHeader) -> Option<Mailbox> {
    let Ok(list) = mailparse::addrparse_header(header) else {
        return angle_addr(&header.get_value());
    };
    let mut stray: Vec<String> = Vec::new();
    for addr in list.iter() {
        let MailAddr::Single(s) = addr else {
            return None;
        };
        let bare_word = s.display_name.is_none() && !s.addr.contains('@');
        if bare_word && stray.len() < 3 {
            stray.push(s.addr.clone());
            continue;
        }
        let name = match (stray.is_empty(), s.display_name.as_deref()) {
            (true, name) => name.map(str::to_string),
            (false, Some(rest)) => Some(format!("{}, {rest}", stray.join(" "))),
            (false, None) => Some(stray.join(" ")),
        };
        return Some(Mailbox {
            name: name.as_deref().and_then(fields::clean_name),
            email: fields::normalise_email(&s.addr),
        });
    }
    None
}

/// The last resort for a header the parser refuses: "words <local@domain>".
fn angle_addr(value: &str) -> Option<Mailbox> {
    let (name, rest) = value.rsplit_once('<')?;
    let (addr, _) = rest.split_once('>')?;
    let addr = addr.trim();
    if !addr.contains('@') || addr.contains(char::is_whitespace) {
        return None;
    }
    Some(Mailbox {
        name: fields::clean_name(name),
        email: fields::normalise_email(addr),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(value: &str) -> Option<Mailbox> {
        let raw = format!("From: {value}\r\n\r\n");
        let (header, _) = mailparse::parse_header(raw.as_bytes()).ok()?;
        mailbox(&header)
    }

    #[test]
    fn an_unquoted_surname_comma_given_keeps_the_address_and_the_whole_name() {
        for (value, email) in [
            (
                "Lindqvist, Anna <anna.lindqvist@x.test>",
                "anna.lindqvist@x.test",
            ),
            ("kalniņa, zane <zane@jvtk.test>", "zane@jvtk.test"),
            ("Müller-Lüdenscheidt, Hans <hml@x.de>", "hml@x.de"),
        ] {
            let m = from(value).unwrap_or_else(|| panic!("{value}"));
            assert_eq!(m.email, email, "{value}");
            let name = m.name.unwrap_or_default();
            let surname = value.split(',').next().unwrap_or("");
            assert!(
                name.to_lowercase().contains(&surname.to_lowercase()),
                "{value}: {name}"
            );
        }
    }

    #[test]
    fn a_well_formed_from_header_reads_as_before() {
        let m = from("\"Lindqvist, Anna\" <anna@X.TEST>").unwrap();
        assert_eq!(m.email, "anna@x.test");
        assert!(m.name.is_some_and(|n| n.contains("Lindqvist")));
        let m = from("anna@x.test").unwrap();
        assert_eq!((m.name, m.email.as_str()), (None, "anna@x.test"));
    }

    #[test]
    fn a_from_header_without_an_address_gives_no_sender() {
        assert!(from("undisclosed").is_none());
        assert!(from("").is_none());
    }
}
