//! Whole-message tests of people who say they are away and still register, under a subject
//! that opens with the words of an away note and goes on in their own words after a comma
//! ("Atvaļinājumā, bet piesakos"): a person's mail, never taken for an auto-reply.

use crate::understand::model::{Automated, Intent};
use crate::understand::tests::{cfg, mail};
use crate::understand::understand;

#[test]
fn a_person_on_leave_who_registers_under_an_away_subject_is_read_as_a_person() {
    for (subject, body) in [
        (
            "Atvaļinājumā, bet piesakos",
            "Labdien, esmu atvaļinājumā līdz 20. maijam, bet vēlos pieteikties darbnīcai.\r\n\r\n\
             Ilze\r\n",
        ),
        (
            "Lomalla, ilmoittautuminen",
            "Hei, olen lomalla 20.5. asti, mutta ilmoittaudun työpajaan.\r\n\r\nMikko\r\n",
        ),
        (
            "В отпуске, но регистрируюсь",
            "Добрый день, я в отпуске до 20 мая, но хочу зарегистрироваться на семинар.\r\n\r\n\
             Олег\r\n",
        ),
        (
            "Abwesend, aber Anmeldung",
            "Hallo,\r\n\r\nich bin ab morgen im Urlaub, möchte mich aber vorher noch für den \
             Workshop anmelden.\r\n\r\nViele Grüße\r\nJörg Hahn\r\n",
        ),
        (
            "Out of office next week, registration",
            "Hello, I will be out of the office next week but please register me for the \
             workshop.\r\n\r\nJonas\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k@x.test>", subject, body), &cfg());
        assert_eq!(u.automated, None, "{subject}");
        assert!(
            u.intents.contains(&Intent::Registration),
            "{subject}: {u:?}"
        );
    }
}

#[test]
fn an_away_note_under_its_marker_and_a_comma_is_still_an_auto_reply() {
    let u = understand(
        &mail(
            "K M <k@x.test>",
            "Out of office, back on 14 June",
            "I am out of the office until 14 June and will reply when I return. For urgent \
             matters please contact info@example.no.\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.automated, Some(Automated::AutoReply));
    assert!(u.intents.is_empty(), "{u:?}");
}
