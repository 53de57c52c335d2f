//! Whole-message tests of people who write that they are away: a person's mail must never be
//! taken for an out-of-office text, whose senders get no answer.

use super::tests::{cfg, mail};
use super::*;

/// The test configuration with the event's place as regbot's configuration lists it.
fn at_riga() -> UnderstandConfig {
    UnderstandConfig {
        places: ["Riga", "Rīga", "Riia", "Riika", "Ryga", "Рига"]
            .map(String::from)
            .to_vec(),
        ..cfg()
    }
}

#[test]
fn a_person_on_leave_who_names_the_event_at_its_place_is_read_as_a_person() {
    // The event named in the subject, the place inflected in the text.
    for (subject, body) in [
        (
            "Udział w warsztatach",
            "Dzień dobry,\r\n\r\njestem na urlopie do 20 maja, ale nasz klaster w Rydze będzie \
             reprezentować koleżanka. W pilnych sprawach proszę o kontakt z nią.\r\n",
        ),
        (
            "Re: Семинар",
            "Добрый день! Я в отпуске до 20 мая, но наш кластер в Риге представит коллега. По \
             срочным вопросам обращайтесь к ней.\r\n",
        ),
        (
            "Vs: Työpaja",
            "Hei, olen lomalla 20.5. asti, mutta klusteriamme Riiassa edustaa kollegani. \
             Kiireellisissä asioissa ota yhteyttä häneen.\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k@x.test>", subject, body), &at_riga());
        assert_eq!(u.automated, None, "{body}");
    }
}

#[test]
fn a_person_whose_subject_says_they_are_away_and_who_asks_something_is_a_person() {
    for (subject, body) in [
        (
            "Abwesenheit im Juni",
            "Hallo, ich bin im Juni im Urlaub. Kann ich mich trotzdem schon jetzt für den \
             Workshop anmelden?\r\n",
        ),
        (
            "On holiday in June",
            "Hello, I am on holiday in June, so please cancel my registration.\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k@x.test>", subject, body), &cfg());
        assert_eq!(u.automated, None, "{body}");
        assert!(!u.intents.is_empty(), "{u:?}");
    }
}

#[test]
fn an_away_text_under_a_subject_of_the_same_words_is_still_an_auto_reply() {
    for (subject, body) in [
        (
            "Poissa toimistolta",
            "Olen poissa 20.5. asti. Kiireellisissä asioissa ota yhteyttä vaihteeseen.\r\n",
        ),
        (
            "Out of office until 14 June",
            "I am out of the office until 14 June and will reply when I return.\r\n",
        ),
        (
            "Abwesend: Anmeldung Workshop Riga",
            "Ich bin bis 14. Juni nicht im Büro.\r\n",
        ),
        // A whole away note that asks its reader something is still no person's question.
        (
            "Out of office until 14 June",
            "I'm out of the office until 14 June. Need help with your registration? Contact \
             info@example.no.\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k@x.test>", subject, body), &at_riga());
        assert_eq!(u.automated, Some(Automated::AutoReply), "{subject}");
    }
}
