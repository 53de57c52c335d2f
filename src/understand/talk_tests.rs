//! Whole-message tests of mail that talks about registering, unsubscribing or other business
//! without asking for a place: "how do I register a colleague?", "I'll register once …", a
//! vendor's registration desk, "take me off this list", a letter to a colleague with the
//! organisers in copy (invented mails).

use super::tests::{cfg, mail};
use super::*;

fn intents_of(subject: &str, body: &str) -> Vec<Intent> {
    understand(&mail("Ada Sender <ada@sender.test>", subject, body), &cfg()).intents
}

#[test]
fn asking_how_to_register_a_colleague_registers_nobody() {
    for (subject, body) in [
        (
            "A colleague",
            "Hello,\n\nmy new colleague Tove would like to join you in June. Should she sign up herself, or can I register her?\n\nAda",
        ),
        (
            "Kollega",
            "Hei,\n\nHvordan melder jeg på en kollega? Han begynner hos oss i mai og bør være med.\n\nAda",
        ),
        (
            "Kolēģis",
            "Labdien,\n\nkā es varu pieteikt savu kolēģi uz semināru?\n\nAda",
        ),
        (
            "Pytanie",
            "Dzień dobry,\n\njak mogę zgłosić kolegę z działu na warsztaty?\n\nAda",
        ),
    ] {
        let u = understand(&mail("Ada Sender <ada@sender.test>", subject, body), &cfg());
        assert_eq!(u.intents, vec![Intent::Question], "{body}");
        assert!(u.participants.is_empty(), "{body}: {:?}", u.participants);
    }
    // Wanting to come oneself and asking how still registers the sender.
    let mine = intents_of(
        "Workshop",
        "Hi,\n\nI would like to attend the workshop. How do I register?\n\nAda",
    );
    assert!(mine.contains(&Intent::Registration), "{mine:?}");
}

#[test]
fn registering_put_off_until_something_happens_registers_nobody_yet() {
    for body in [
        "Hi,\n\nI'll register for the workshop once our budget is approved.\n\nAda",
        "Hallo,\n\nfür den Workshop melde ich mich an, sobald mein Vorstand die Reise genehmigt hat.\n\nAda",
        "Hej,\n\nJeg tilmelder mig workshoppen, når programmet er klar.\n\nAda",
        "Dzień dobry,\n\nzarejestruję się na warsztaty, gdy szef zatwierdzi wyjazd.\n\nAda",
    ] {
        assert_eq!(intents_of("Workshop", body), Vec::<Intent>::new(), "{body}");
    }
    // A "when" further on is about something else; a request decides.
    for body in [
        "Hi,\n\nI'd like to register for both days and will tell you my diet when I know it.\n\nAda",
        "Hi,\n\nplease register me for the workshop when you have a moment.\n\nAda",
        "Labas,\n\ndalyvausiu seminare, ačiū, kad priminėte.\n\nAda",
    ] {
        assert!(
            intents_of("Workshop", body).contains(&Intent::Registration),
            "{body}"
        );
    }
}

#[test]
fn a_vendor_running_the_registration_desk_neither_registers_nor_asks() {
    for (subject, body) in [
        (
            "Event photography",
            "Dear organisers,\n\nwe offer event photography for conferences. Would you like a quote? We can also register attendees with badge photos on site.\n\nAda",
        ),
        (
            "Oferta",
            "Dzień dobry,\n\noferujemy druk identyfikatorów i obsługę rejestracji uczestników. Chętnie prześlemy wycenę.\n\nAda",
        ),
        (
            "Bussresor",
            "Hej,\n\nvi erbjuder busstransfer till er workshop. Vill ni ha en offert?\n\nAda",
        ),
    ] {
        assert_eq!(intents_of(subject, body), Vec::<Intent>::new(), "{body}");
    }
    // A vendor's real question is still asked.
    assert_eq!(
        intents_of(
            "Stendas",
            "Laba diena,\n\nmūsų įmonė siūlo eksporto konsultacijas ir norėtų pastatyti stendą. Kokios būtų sąlygos ir kaina?\n\nAda"
        ),
        vec![Intent::Question]
    );
}

#[test]
fn leaving_a_mailing_list_cancels_and_registers_nothing() {
    for (subject, body) in [
        ("Unsubscribe", "Please take me off this list. Thanks."),
        ("Meld meg av", "Meld meg av nyhetsbrevet deres, takk."),
        ("Naujienos", "Prašau išbraukti mane iš jūsų adresų sąrašo."),
    ] {
        assert_eq!(intents_of(subject, body), Vec::<Intent>::new(), "{body}");
    }
    // Without a word of mailing lists, taking oneself off the list still cancels.
    assert_eq!(
        intents_of(
            "Riga",
            "Please take me off the list, I can't come after all."
        ),
        vec![Intent::Cancellation]
    );
}

#[test]
fn a_letter_about_other_business_asks_nothing_of_the_organisers_beside_registering() {
    for body in [
        "Hi Tom,\n\nthanks for the notes from the board meeting, they look fine apart from the date of the interim report, which we moved to 15 May.\n\nOne more thing: I'm registering for the workshop on 2–3 June with this mail, the organisers are in copy.\n\nCould you also check whether the invoice from the printer has been paid?\n\nCheers,\nAda",
        "Hej Kasper\n\nTak for udkastet til dagsordenen. Jeg synes, punktet om kontingentet skal rykkes op, ellers når vi det ikke på mødet.\n\nJeg melder mig hermed til workshoppen 2.–3. juni, arrangørerne står cc.\n\nKan du tjekke, om fakturaen fra trykkeriet er betalt?\n\nHilsen\nAda",
    ] {
        assert_eq!(
            intents_of("Board, invoice, June", body),
            vec![Intent::Registration],
            "{body}"
        );
    }
    // Asked of the organisers in the same shape, about the event, it is a question; so is a
    // question in a mail that registers first.
    for body in [
        "Hi Tom,\n\nthanks for the notes from the board meeting, they look fine apart from the date of the interim report, which we moved to 15 May.\n\nOne more thing: I'm registering for the workshop on 2–3 June with this mail, the organisers are in copy.\n\nCould you find out whether the workshop has a dinner on the first day?\n\nCheers,\nAda",
        "Hi Inga,\n\nplease register me for the workshop on 2–3 June.\n\nDo I need to bring a laptop?\n\nAda",
    ] {
        let got = intents_of("June", body);
        assert!(got.contains(&Intent::Question), "{body}: {got:?}");
    }
}

#[test]
fn a_vendor_saying_where_it_works_corrects_nothing() {
    for body in [
        "Laba diena,\n\nsiūlome vertimo paslaugas Jūsų renginiui. Dirbame visose Baltijos \
         šalyse jau dešimt metų.\n\nRasa Petraitienė\nUAB Vertimai",
        "Hello,\n\nWe offer photography for conferences at a fixed price. We work from our \
         studio in Gdynia for clients all over the Baltic states.\n\nPiotr Nowak",
    ] {
        assert_eq!(intents_of("Your event", body), vec![], "{body}");
    }
}
