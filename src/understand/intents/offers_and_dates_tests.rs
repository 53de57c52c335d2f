//! Sales offers (no place asked, no idea proposed), corrected documents sent along (no
//! correction of the registration) and news said with a date in a reply (an update).
//! Invented mails in several of the region's languages, with near misses that must not change.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn a_sales_offer_registers_nobody_and_proposes_nothing() {
    for (subject, text) in [
        (
            "Conference interpreting",
            "We offer simultaneous interpreting for international events in the Baltics. Our \
             prices include booths and technicians, and we give a 10 % discount for bookings \
             before May.",
        ),
        (
            "Fotografie für Ihre Veranstaltung",
            "Guten Tag, wir bieten professionelle Fotografie für Konferenzen an. Unsere \
             Preisliste finden Sie im Anhang.",
        ),
        (
            "Transporta pakalpojumi",
            "Piedāvājam autobusu pakalpojumus semināra dalībniekiem no lidostas. Cenu lapu \
             pievienoju.",
        ),
        (
            "Oferta cateringu",
            "Nasza firma oferuje catering na konferencje. Oferujemy rabat 10% dla uczestników \
             warsztatów.",
        ),
    ] {
        assert_eq!(intents(subject, text), Vec::<Intent>::new(), "{text}");
    }
    // A sponsor's question is still a question, not an idea.
    assert_eq!(
        intents(
            "Спонсорство",
            "Наша компания хотела бы выступить спонсором ужина. Кому можно направить \
             коммерческое предложение?"
        ),
        vec![Question]
    );
}

#[test]
fn a_company_that_sells_may_still_register_and_a_cluster_may_propose() {
    assert_eq!(
        intents(
            "Registration",
            "Please register me for the workshop in Riga. Our company offers export consulting \
             services to cluster members."
        ),
        vec![Registration]
    );
    assert_eq!(
        intents(
            "Idea",
            "I would like to suggest a session on how clusters fund joint trade missions."
        ),
        vec![Idea]
    );
}

#[test]
fn a_corrected_document_sent_along_corrects_no_registration() {
    for (subject, text) in [
        (
            "Re: sprawozdanie",
            "W załączeniu przesyłam poprawione sprawozdanie z projektu.\n\nPrzy okazji – proszę \
             zapisać mnie na warsztaty w Rydze.",
        ),
        (
            "Re: отчёт",
            "Отправляю исправленную таблицу расходов.\n\nИ ещё: запишите меня, пожалуйста, на \
             семинар в Риге.",
        ),
        (
            "Re: report",
            "I attach the corrected version of the project report.\n\nAlso, please register me \
             for the Riga workshop.",
        ),
    ] {
        assert_eq!(intents(subject, text), vec![Registration], "{text}");
    }
    // A correction of the record stays one, sent along or not.
    for text in [
        "Please correct the spelling of my name: it is Anna Bergström.",
        "I attach the corrected spelling of my name for the badge: Anna Bergström.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn coming_only_from_a_date_in_a_reply_updates() {
    for text in [
        "Ich kann leider erst am 3. Juni dazukommen, am 2. habe ich einen Termin.",
        "Ich kann leider nur am 3. Juni teilnehmen.",
        "Jeg kan desværre først komme den 3. juni.",
        "Jõuan Riiga alles esimese päeva õhtuks.",
        "Pääsen valitettavasti vain ensimmäiselle päivälle.",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
}

#[test]
fn a_date_without_news_changes_nothing() {
    // "Først" is also "first of all".
    assert_eq!(
        reply("Først og fremmest tak for bekræftelsen, jeg glæder mig til de to dage."),
        Vec::<Intent>::new()
    );
    assert_eq!(
        intents(
            "Anmeldung",
            "Ich melde mich für den Workshop am 2. und 3. Juni an."
        ),
        vec![Registration]
    );
    assert_eq!(
        reply("Ich muss meine Teilnahme am 2. und 3. Juni leider absagen."),
        vec![Cancellation]
    );
}

#[test]
fn a_dot_before_a_month_ends_no_sentence() {
    let s = sentences("Ich komme erst am 3. Juni an. Danke!");
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.first().is_some_and(|(_, t)| t.contains("Juni an")));
}

#[test]
fn a_date_range_with_a_slash_is_one_sentence() {
    assert_eq!(
        intents(
            "Platz",
            "Könnten Sie mir bitte einen Platz für den Workshop am 2./3. Juni reservieren?"
        ),
        vec![Registration]
    );
}

#[test]
fn a_vendor_offering_participant_registration_registers_nobody() {
    for (subject, text) in [
        (
            "Reģistrācijas risinājums",
            "Piedāvājam tiešsaistes dalībnieku reģistrāciju un nozīmīšu drukāšanu jūsu \
             pasākumam. Vai drīkstam atsūtīt piedāvājumu?",
        ),
        (
            "Registracijos paslaugos",
            "UAB „Renginių sistemos“ siūlo dalyvių registraciją internetu ir registracijos \
             stalą renginio vietoje. Galime atsiųsti kainų pasiūlymą.",
        ),
        (
            "Registreerimislaud",
            "Meie hotell pakub teie osalejatele soodsat grupihinda ja registreerimist \
             vastuvõtus. Saadaksime pakkumise, kui soovite.",
        ),
        (
            "Rejestracja uczestników",
            "Oferujemy obsługę rejestracji uczestników i druk identyfikatorów. Chętnie \
             przygotujemy ofertę dla Państwa konferencji.",
        ),
    ] {
        assert_eq!(intents(subject, text), Vec::<Intent>::new(), "{text}");
    }
}
