//! Whole-message tests of people who say they are away and still register, under a subject
//! that opens with the words of an away note and goes on in their own words after a comma or a
//! dash ("Atvaļinājumā, bet piesakos", "Poissa - ilmoittautuminen"): a person's mail, never taken for an auto-reply. And the
//! auto-replies of Japanese, Chinese and Korean responders, which name themselves in words of
//! their own.

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
            "Poissa - ilmoittautuminen",
            "Hei, olen poissa toimistolta 20.5. asti, mutta ilmoittaudun työpajaan.\r\n\r\n\
             Mikko\r\n",
        ),
        (
            "Frånvarande; anmälan",
            "Hej, jag är frånvarande till 20 maj men anmäler mig till workshopen.\r\n\r\nPer\r\n",
        ),
        (
            "Fravær – påmelding",
            "Hei, jeg er på ferie til 20. mai, men vil gjerne melde meg på workshopen.\r\n\r\n\
             Kari\r\n",
        ),
        (
            "On holiday - please register me",
            "Hello, I am on holiday until Monday; please register me for the workshop.\r\n\r\n\
             Ann\r\n",
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
fn an_away_note_under_its_marker_and_a_comma_or_a_dash_is_still_an_auto_reply() {
    for subject in [
        "Out of office, back on 14 June",
        "Out of office - Your registration",
        "Poissa - Re: Ilmoittautuminen",
    ] {
        let u = understand(
            &mail(
                "K M <k@x.test>",
                subject,
                "I am out of the office until 14 June and will reply when I return. For urgent \
                 matters please contact info@example.no.\r\n",
            ),
            &cfg(),
        );
        assert_eq!(u.automated, Some(Automated::AutoReply), "{subject}");
        assert!(u.intents.is_empty(), "{u:?}");
    }
}

#[test]
fn japanese_chinese_and_korean_auto_replies_are_auto_replies() {
    use super::legacy_tests::{Want, case, check};
    check(&[
        case(
            "Tanaka Hiroshi <tanaka@example.jp>",
            false,
            "【自動返信】Re: Your registration",
            "このメールは自動返信です。6月15日まで不在にしております。",
            Want::Auto,
        ),
        case(
            "Tanaka Hiroshi <tanaka@example.jp>",
            false,
            "不在のお知らせ",
            "ただいま出張中のため、6月15日まで返信できません。",
            Want::Auto,
        ),
        case(
            "Wang Li <wang.li@example.cn>",
            false,
            "Your registration",
            "这是自动回复邮件。我正在休假，6月15日回来。",
            Want::Auto,
        ),
        case(
            "Kim Min <kim@example.kr>",
            false,
            "자동 회신: Your registration",
            "휴가 중입니다. 6월 15일에 돌아옵니다.",
            Want::Auto,
        ),
    ]);
}
