//! Rules of [`super::classify`], one message per rule.

use super::*;

fn cfg() -> UnderstandConfig {
    UnderstandConfig {
        own_addresses: vec!["registration@event.test".into()],
        own_message_id_domain: Some("regbot.event.test".into()),
    }
}

fn run(raw: &str) -> Verdict {
    let mail = mailparse::parse_mail(raw.as_bytes()).expect("test mail parses");
    classify(&mail, &cfg())
}

#[test]
fn participant_mentioning_returned_mail_is_not_a_bounce() {
    let v = run(
        "From: Anna <anna@cluster.lv>\r\nTo: registration@event.test\r\nSubject: Returned mail\r\n\r\n\
        Hello, my previous mail was returned: it could not be delivered, undeliverable they said.\r\n\
        I want to register. Anna\r\n",
    );
    assert_eq!(v.kind, None);
}
