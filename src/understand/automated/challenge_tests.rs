//! Whole-message tests of challenge-response requests (Spam Arrest, Boxbe, a mail system's
//! "prove you are a person") in the region's languages: automatic replies that never register
//! anyone and name nobody failed; and a person who speaks of their own spam filter, who stays
//! a person.

use crate::understand::model::Automated;
use crate::understand::tests::{cfg, mail};
use crate::understand::understand;

#[test]
fn a_request_to_prove_the_sender_is_a_person_is_an_automatic_reply() {
    for (subject, body) in [
        (
            "Re: Your registration",
            "Hello,\r\n\r\nI am protecting myself from receiving junk mail.\r\nPlease click the \
             link below to complete the verification process. You have to do this only \
             once.\r\nhttps://www.spamarrest.com/v/123\r\n",
        ),
        (
            "Your registration [verification required]",
            "Your message has been held because I use an anti-spam filter. To confirm that \
             you are a human and not a robot, reply to this message.\r\n",
        ),
        (
            "Bestätigung erforderlich: Ihre Anmeldung",
            "Diese Adresse ist durch einen Spamfilter geschützt. Bitte bestätigen Sie, dass Sie \
             ein Mensch sind, indem Sie auf den folgenden Link klicken:\r\n\
             https://verify.example.de/x\r\n",
        ),
        (
            "Подтвердите отправку письма",
            "Ваше письмо задержано антиспам-системой. Чтобы оно было доставлено, подтвердите, \
             что вы не робот:\r\nhttps://confirm.example.ru/x\r\n",
        ),
        (
            "Potwierdź swoją wiadomość",
            "Twoja wiadomość została wstrzymana przez filtr antyspamowy. Potwierdź, że jesteś \
             człowiekiem, klikając w link:\r\nhttps://x.example.pl/v\r\n",
        ),
        (
            "Lūdzu, apstipriniet savu vēstuli",
            "Jūsu vēstule ir aizturēta pretsurogātpasta sistēmā. Apstipriniet, ka esat \
             cilvēks:\r\nhttps://x.example.lv/v\r\n",
        ),
        (
            "Vahvista viestisi",
            "Viestisi on pidätetty roskapostisuodattimessa. Vahvista, että olet ihminen:\r\n\
             https://x.example.fi/v\r\n",
        ),
        (
            "Bekräfta ditt meddelande",
            "Ditt meddelande har hållits kvar av ett skräppostfilter. Bekräfta att du är en \
             människa:\r\nhttps://x.example.se/v\r\n",
        ),
    ] {
        let u = understand(
            &mail("Anna Berzina <anna@example.lv>", subject, body),
            &cfg(),
        );
        assert_eq!(u.automated, Some(Automated::AutoReply), "{subject}: {u:?}");
        assert!(u.intents.is_empty(), "{subject}: {u:?}");
        assert!(u.bounced_recipients.is_empty(), "{subject}");
    }
}

#[test]
fn a_person_who_speaks_of_their_own_spam_filter_stays_a_person() {
    for (subject, body) in [
        (
            "Re: Your registration",
            "Hello, my spam filter held your confirmation and asked me to verify that I am a \
             human. Anyway, please register me for the workshop.\r\n\r\nAnna\r\n",
        ),
        (
            "Re: Your registration",
            "Sorry, Spam Arrest held your message. I have added you to my approved senders, \
             so please register me for the workshop.\r\n\r\nAnna\r\n",
        ),
    ] {
        let u = understand(
            &mail("Anna Berzina <anna@example.lv>", subject, body),
            &cfg(),
        );
        assert_eq!(u.automated, None, "{body}");
    }
}
