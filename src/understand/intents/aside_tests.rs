//! What a mail is about beside the event: the organisers' logistics suggested, a hotel or a
//! flight cancelled, a mailing list left, a stand taken as an exhibitor, a note passed on; and
//! idea words that offer nothing for the programme (a meeting's date, a document sent, a
//! cooperation, "talk" as a verb). Invented mails, none taken from the evaluation set.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn a_suggestion_about_travel_or_food_is_no_idea() {
    for text in [
        "Please register me. I suggest you organise a bus from the airport.",
        "Ich melde mich an. Ich würde vorschlagen, dass Sie einen Shuttle vom Flughafen organisieren.",
        "Jag anmäler mig. Jag föreslår att ni ordnar en buss från flygplatsen.",
        "Jeg vil gerne tilmelde mig. Jeg foreslår, at I arrangerer en bus fra lufthavnen.",
        "Jeg melder meg på. Jeg foreslår at dere ordner buss fra flyplassen.",
        "Ilmoittaudun mukaan. Ehdottaisin, että lounaalla olisi myös kasvisvaihtoehto.",
        "Palun registreerige mind. Soovitan korraldada bussi lennujaamast.",
        "Lūdzu, reģistrējiet mani. Iesaku organizēt autobusu no lidostas.",
        "Prašau mane užregistruoti. Siūlau organizuoti autobusą iš oro uosto.",
        "Proszę o rejestrację. Proponuję zorganizować transfer z lotniska.",
        "Прошу зарегистрировать меня. Предлагаю организовать автобус из аэропорта.",
        "Прошу зарегистрировать меня. Предлагаю сделать перерывы подольше.",
        "Please register me. I would suggest sending the participant list in advance.",
        "Proszę o rejestrację. Proponuję, aby listę uczestników rozesłać wcześniej.",
    ] {
        assert_eq!(intents("Registration", text), vec![Registration], "{text}");
    }
    let text = "Please register me. Idea: maybe name badges with the country flags?";
    assert!(!intents("Registration", text).contains(&Idea), "{text}");
    // "Can you recommend a hotel?" asks.
    let text = "Sveiki, vai organizatori var ieteikt kādu viesnīcu tuvu norises vietai?";
    assert_eq!(intents("Viesnīca", text), vec![Question], "{text}");
}

#[test]
fn a_session_over_lunch_or_a_topic_about_transport_is_still_an_idea() {
    for text in [
        "I suggest a short session over lunch where each cluster presents one failure.",
        "Ich schlage ein Thema vor: Logistik und Flughafenanbindung als Standortfaktor.",
        "Jeg foreslår en sesjon om grønne ferjer i Østersjøen.",
    ] {
        assert!(intents("Idea", text).contains(&Idea), "{text}");
    }
}

#[test]
fn leaving_a_mailing_list_cancels_nothing() {
    for (subject, text) in [
        ("Unsubscribe", "Please remove me from your mailing list."),
        (
            "Abmelden",
            "Bitte streichen Sie mich aus Ihrem Verteiler. Ich bin nicht mehr im Cluster tätig.",
        ),
        (
            "Avregistrering",
            "Vänligen ta bort mig från er e-postlista.",
        ),
        ("Avmelding", "Vennligst fjern meg fra e-postlisten deres."),
        (
            "Atteikties",
            "Lūdzu, izņemiet mani no jūsu adresātu saraksta.",
        ),
        (
            "Peruutus",
            "Haluan peruuttaa uutiskirjeen tilauksen. Poistakaa minut postituslistalta.",
        ),
        (
            "Eemaldamine",
            "Palun eemaldage minu aadress oma postitusloendist.",
        ),
        ("Rezygnacja", "Proszę usunąć mój adres z listy mailingowej."),
        ("Отписаться", "Прошу удалить меня из списка рассылки."),
    ] {
        assert_eq!(intents(subject, text), vec![], "{text}");
    }
    // Leaving the mailing list because of a new job corrects no registration.
    let text = "Please remove me from your mailing list, I no longer work with clusters.";
    assert_eq!(intents("Unsubscribe", text), vec![], "{text}");
}

#[test]
fn leaving_the_participants_list_still_cancels() {
    for text in [
        "Please remove me from the list of participants.",
        "Bitte streichen Sie mich von der Teilnehmerliste.",
        "Lūdzu, izņemiet mani no dalībnieku saraksta.",
    ] {
        assert_eq!(intents("Riga", text), vec![Cancellation], "{text}");
    }
}

#[test]
fn a_hotel_or_a_flight_cancelled_is_not_the_event() {
    for text in [
        "Just to let you know, I cancelled the hotel booking as I'm staying with friends. See you!",
        "Das Hotel habe ich storniert, ich wohne bei Freunden. Bis bald!",
        "Jeg har afbestilt hotellet, jeg bor hos venner.",
        "Peruin hotellivaraukseni, koska asun ystävien luona.",
        "Отменила гостиницу, остановлюсь у друзей.",
    ] {
        assert!(!reply(text).contains(&Cancellation), "{text}");
    }
    // Reports of another trip called off: "the fair trip was cancelled".
    let text = "Kustannukset jäivät alle budjetin, koska syksyn messumatka peruttiin.";
    assert!(!intents("Raportti", text).contains(&Cancellation), "{text}");
}

#[test]
fn cancelling_the_event_with_the_hotel_still_cancels() {
    for text in [
        "I have to cancel my participation and the hotel as well.",
        "Ich muss leider absagen und habe auch das Hotel storniert.",
        "Ich muss meine Anmeldung und das Hotel stornieren.",
        "Diemžēl jāatceļ mana dalība seminārā. Viesnīcu jau atcēlu.",
    ] {
        assert!(reply(text).contains(&Cancellation), "{text}");
    }
}

#[test]
fn one_day_refused_in_a_reply_updates() {
    let text = "I can't come on day 2, but day 1 yes.";
    assert_eq!(reply(text), vec![Update], "{text}");
    let text = "Unfortunately I can't come after all.";
    assert_eq!(reply(text), vec![Cancellation], "{text}");
}

#[test]
fn a_vendor_offering_a_quote_offers_no_idea() {
    let text = "Wir sind eine Eventagentur und könnten für Ihren Workshop die Moderation \
                übernehmen. Gerne senden wir Ihnen ein Angebot.";
    assert_eq!(intents("Angebot", text), vec![], "{text}");
    let text = "Ich könnte am zweiten Tag eine Session moderieren. Gerne schicke ich Ihnen eine \
                kurze Beschreibung.";
    assert!(intents("Vorschlag", text).contains(&Idea), "{text}");
}

#[test]
fn taking_part_as_an_exhibitor_registers_nobody() {
    for text in [
        "Our company would like to attend the workshop as an exhibitor with a small stand.",
        "Wir würden gern als Aussteller am Workshop teilnehmen.",
        "Vi vill gärna delta som utställare på workshopen.",
        "Chcielibyśmy wziąć udział w warsztatach jako wystawca.",
        "Мы хотели бы участвовать в семинаре в качестве экспонента.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    let text = "Jeg vil gerne deltage og fortæller gerne om vores fælles messestande.";
    assert!(intents("Workshop", text).contains(&Registration), "{text}");
}

#[test]
fn asking_to_pass_a_note_on_is_no_question() {
    let text = "Please register me for the workshop. I am vegetarian - could you pass this to \
                catering?";
    assert_eq!(intents("Registration", text), vec![Registration], "{text}");
    let text = "Please register me. Could you tell me where the venue is?";
    assert!(intents("Registration", text).contains(&Question), "{text}");
}

#[test]
fn a_meetings_date_a_document_or_a_cooperation_is_no_idea() {
    for text in [
        "Järgmise kohtumise võiksime pidada augustis. Pakun välja 21. või 22. augusti.",
        "Ohjausryhmän seuraava kokous voisi olla kesäkuun lopussa, ehdotan viikkoa 26.",
        "Jag skickar ett reviderat förslag i början av nästa vecka.",
        "Kiitos viimeisestä tapaamisesta. Meillä olisi teille yhteistyöehdotus.",
        "We are looking for partners, so we could also talk about it there.",
        "Kävimme läpi Interreg-haun ehdot ja tulemme ehdottomasti mukaan.",
        "Norėčiau pasiūlyti dalyvauti mūsų kolegai.",
        "I wonder whether the workshop would be pitched at our level.",
    ] {
        assert!(!intents("News", text).contains(&Idea), "{text}");
    }
}

#[test]
fn an_idea_sent_on_or_a_talk_offered_is_an_idea() {
    for text in [
        "Jeg har en idé, som jeg gerne vil sende videre: en kort fejlbørs på dag to.",
        "I could give a short talk on our export academy.",
        "I could talk about our export academy for ten minutes on day two.",
        "I'd be happy to do a short pitch on our soft-landing programme.",
        "Ehdotan aiheeksi klusterien yhteiset vientimatkat.",
        "Jeg foreslår et tema: hvordan små klynger finansierer delegationsrejser.",
    ] {
        assert!(intents("Idea", text).contains(&Idea), "{text}");
    }
}

#[test]
fn a_newsletter_for_later_events_registers_nobody() {
    for text in [
        "Please add me to your newsletter so I hear about future events.",
        "Palun lisage mind oma uudiskirja postitusloendisse, et saaksin infot ka tulevaste \
         ürituste kohta.",
        "Proszę o dopisanie mnie do listy mailingowej, chciałbym otrzymywać informacje o \
         przyszłych wydarzeniach.",
        "Добавьте меня, пожалуйста, в рассылку о будущих мероприятиях.",
    ] {
        assert_eq!(intents("Newsletter", text), vec![], "{text}");
    }
    // The newsletter as where the sender read of the event.
    let text = "I read about the upcoming workshop in your newsletter - please register me.";
    assert_eq!(intents("Riga", text), vec![Registration], "{text}");
}

#[test]
fn someone_asking_whether_the_sender_registers_registers_nobody() {
    for text in [
        "My boss asked me whether I should register for the workshop.",
        "Mein Chef hat gefragt, ob ich mich anmelden soll.",
        "Min chef frågade om jag borde anmäla mig.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
    let text = "He has asked me to let you know that he would like to attend the workshop and \
                would be grateful if you could register him.";
    assert!(intents("Workshop", text).contains(&Registration), "{text}");
    let text = "My boss asked me to register, so please sign me up.";
    assert!(intents("Workshop", text).contains(&Registration), "{text}");
}
