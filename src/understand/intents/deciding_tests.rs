//! Deciding and not yet deciding: a hesitation closed with a bare "so I'm going", a statement
//! that waits for a condition, trying to come, "people like me" in a question, asking without
//! a question mark, giving up one's place, Russian typed in Latin letters: invented sentences
//! in several of the region's languages, none taken from the evaluation set or the probes.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn a_hesitation_closed_with_a_bare_verb_of_going_registers() {
    for text in [
        "Rozmawiałam z szefową, więc ostatecznie jadę.",
        "Ilgai galvojau. Nusprendžiau: važiuoju.",
        "Начальник отпустил, так что буду.",
        "Vuosikokous siirtyi, joten päätin sittenkin tulla.",
        "Der Termin ist verschoben, also: ich komme.",
        "The board meeting has moved, so I'm coming.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    // Going somewhere else, or not going, is no yes.
    for text in [
        "Mein Chef sagt, ich komme leider nicht mit.",
        "So, how do I get to the venue from the airport?",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn booking_oneself_in_registers() {
    assert_eq!(
        intents("Workshop", "Hej! Boka in mig på workshopen, tack."),
        vec![Registration]
    );
}

#[test]
fn what_the_sender_will_do_once_a_condition_holds_waits() {
    for text in [
        "Falls die Teilnahme kostenlos ist, melde ich mich sofort an.",
        "Falls kostenlos, melde ich mich an.",
        "If the fee is covered by the network, I will sign up straight away.",
        "Если командировку одобрят, то, скорее всего, приеду.",
        "Hvis prisen er rimelig, melder jeg meg på.",
    ] {
        assert!(!intents("Frage", text).contains(&Registration), "{text}");
    }
    // A free place as the condition, "if so" and a request still register.
    for text in [
        "If there is still a seat left, I will come.",
        "Jos on, ilmoittakaa minut mukaan.",
        "Falls ja, melden Sie mich bitte an.",
        "Wenn noch Plätze frei sind, melde ich mich hiermit an.",
    ] {
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn trying_to_come_is_no_yes() {
    for text in [
        "I'll try to come, but I can't promise anything yet.",
        "Mēģināšu atbraukt, bet vēl nezinu, kā sanāks.",
        "Постараюсь приехать хотя бы на первый день.",
        "Spróbuję przyjechać, jeśli szef się zgodzi.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
    // Trying far from the verb of coming leaves it as it is.
    assert_eq!(
        intents(
            "Riga",
            "Having spent two years trying to reach Nordic buyers, I would like to attend."
        ),
        vec![Registration]
    );
}

#[test]
fn a_question_about_people_like_me_asks() {
    for text in [
        "Can consultants like me take part as well, or only cluster managers?",
        "Kan rådgivere som mig også deltage?",
        "Får konsulter som mig också delta?",
    ] {
        assert_eq!(intents("Question", text), vec![Question], "{text}");
    }
}

#[test]
fn wondering_without_a_question_mark_asks() {
    for text in [
        "Įdomu, ar bus vertimas į lietuvių kalbą.",
        "Huvitaks, kas parkimine hotelli juures on tasuta.",
        "Gribētu saprast, kādā formātā notiks darba grupas.",
        "Palun andke teada, kellega arve asjus suhelda.",
    ] {
        assert_eq!(intents("Seminārs", text), vec![Question], "{text}");
    }
}

#[test]
fn giving_up_ones_place_cancels() {
    for text in [
        "I'm afraid I have to give up my place at the workshop.",
        "Diemžēl manu vietu varat atdot kādam citam.",
        "Seminaret bliver desværre uden mig i år.",
        "Konferansen blir dessverre uten meg.",
        "Мою заявку, к сожалению, придётся аннулировать.",
    ] {
        assert_eq!(intents("Re: Riga", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn russian_typed_in_latin_letters_registers_and_cancels() {
    assert_eq!(
        intents(
            "seminar",
            "dobryi den, zapishite menya na seminar, pozhaluista"
        ),
        vec![Registration]
    );
    assert_eq!(
        intents("seminar", "izvinite, otmenite moyu registraciyu"),
        vec![Cancellation]
    );
}

#[test]
fn answering_late_or_agreeing_about_is_no_condition_or_cancellation() {
    // Latvian "atsaucos" (I answer) is no "atsaukt" (withdraw).
    assert!(
        !intents(
            "Seminārs",
            "Atvainojos, ka atsaucos tik vēlu. Es labprāt piedalītos abās dienās."
        )
        .contains(&Cancellation)
    );
    // Swedish "om" after agreeing is "about": the confirmation registers.
    assert_eq!(
        intents(
            "Workshop",
            "Som vi kom överens om i telefon bekräftar jag härmed mitt deltagande."
        ),
        vec![Registration]
    );
}

#[test]
fn telling_about_ones_case_in_a_slot_of_the_programme_offers_an_idea() {
    for text in [
        "Jeg fortæller gerne om vores eksportsamarbejde i et kvarter, hvis der er plads i programmet.",
        "Ja programmā būs brīdis, es varu 10 minūtēs izstāstīt par mūsu kopīgo stendu.",
        "Я могу провести небольшой мастер-класс по экспортным выставкам.",
        "Gern stehe ich für einen kurzen Erfahrungsbericht über unsere Japanreise zur Verfügung.",
        "I'd be happy to present our joint trade office as a case study.",
        "Pakun välja teema: kuidas klastrid saaksid jagada ühist messistendi.",
    ] {
        assert_eq!(intents("Programm", text), vec![Idea], "{text}");
    }
    // Telling in the group work, without a slot, joins the discussion; asked, it asks.
    assert!(
        !intents(
            "Riika",
            "Voin mielelläni kertoa kokemuksistamme ryhmätyössä."
        )
        .contains(&Idea)
    );
    assert_eq!(
        intents(
            "Frage",
            "Könnten Sie erzählen, wie viele Minuten die Vorträge dauern?"
        ),
        vec![Question]
    );
}

#[test]
fn yes_to_a_subject_that_asks_whether_one_comes_registers() {
    for (subject, text) in [
        (
            "SV: Blir du med til Tallinn?",
            "Ja, begge dager. Hilsen Ola",
        ),
        ("Re: Czy weźmie Pani udział w forum?", "Tak, oba dni."),
        (
            "Re: Forums – vai piedalīsieties?",
            "Jā, protams. Abas dienas.",
        ),
        ("Re: Will you attend the workshop?", "Yes, both days."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // A yes to a subject that asks something else, and a no, register nobody.
    assert!(!intents("Re: Is there parking at the venue?", "Yes, thanks.").contains(&Registration));
    assert!(
        !intents(
            "SV: Blir du med til Tallinn?",
            "Ja, men ikke i år dessverre."
        )
        .contains(&Registration)
    );
}

#[test]
fn a_greeting_above_the_yes_to_the_subjects_question_is_skipped() {
    for (subject, text) in [
        (
            "SV: Kommer du till Tallinn?",
            "Hej Olle,\n\nJa, gärna båda dagarna!",
        ),
        (
            "Re: Will you attend the workshop?",
            "Dear Ms Berg,\n\nYes, I will.",
        ),
        (
            "Re: Czy weźmie Pan udział w forum?",
            "Dzień dobry,\n\nTak, w obu dniach.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    assert!(
        !intents(
            "SV: Kommer du till Tallinn?",
            "Hej Olle,\n\nJa, men tyvärr inte i år."
        )
        .contains(&Registration)
    );
}

#[test]
fn a_short_yes_to_a_reminder_registers() {
    for (subject, text) in [
        (
            "Re: Reminder: registration closes on 12 May",
            "Yes – both days.",
        ),
        ("AW: Erinnerung: Anmeldeschluss 12. Mai", "Gut, komme."),
        (
            "Re: Przypomnienie: zapisy do 12 maja",
            "Dzięki – tak, jadę.",
        ),
        (
            "RE: Priminimas: registracija iki gegužės 12 d.",
            "Taip, važiuoju.",
        ),
        ("Re: Напоминание о регистрации", "Да, приеду."),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // Thanks alone, a no, a maybe, a registration told as done, or a longer mail on something
    // else register nobody.
    for (subject, text) in [
        (
            "Re: Reminder: registration closes on 12 May",
            "Thanks for the reminder.",
        ),
        (
            "SV: Påmindelse: tilmelding senest 12. maj",
            "Tak for påmindelsen.",
        ),
        (
            "SV: Påmindelse: tilmelding senest 12. maj",
            "Tak for påmindelsen. Vi må desværre melde fra i år.",
        ),
        (
            "AW: Erinnerung: Anmeldeschluss 12. Mai",
            "Komme leider nicht.",
        ),
        ("Re: Reminder: registration closes on 12 May", "Yes, maybe."),
        (
            "Re: Reminder: registration closes on 12 May",
            "Yes, I registered in April.",
        ),
        (
            "Re: Przypomnienie: zapisy do 12 maja",
            "Tak, jadę w tym czasie do Berlina na targi i nie dam rady.",
        ),
    ] {
        assert!(!intents(subject, text).contains(&Registration), "{text}");
    }
}
