//! Whole-message tests of people on leave who still register, in the region's eleven
//! languages: their mail opens like an away note ("I am on holiday until 31 May") and then asks
//! the organisers for something in the first person or the imperative. It is typed by a person
//! (no `Auto-Submitted`, no responder's header, no "Automatic reply" subject), so it is a
//! person's mail with the request read from it, under an ordinary subject, a reply's subject,
//! or the away marker alone ("Lomalla", "Out of office"). A responder's note (its headers, a
//! subject that names the reply, a deputy's address, "limited access to e-mail") stays an
//! auto-reply.

use crate::understand::model::{Automated, Intent};
use crate::understand::tests::{cfg, mail};
use crate::understand::understand;

/// (subject, body) of people on leave asking to be registered, two per language: an ordinary
/// subject and the away marker alone or a reply's subject.
const ON_LEAVE_REGISTERING: &[(&str, &str)] = &[
    (
        "Workshop registration",
        "Hello,\r\n\r\nI am on holiday until 31 May, but please register me for the workshop.\r\n\r\nBest regards,\r\nAnna Berg\r\n",
    ),
    (
        "Out of office",
        "I am out of the office until 31 May, but please register me for the workshop.\r\n\r\nAnna Berg\r\n",
    ),
    (
        "Pieteikšanās",
        "Labdien!\r\n\r\nEsmu atvaļinājumā līdz 31. maijam, bet lūdzu reģistrējiet mani darbnīcai.\r\n\r\nIlze Kalniņa\r\n",
    ),
    (
        "Atvaļinājumā",
        "Esmu atvaļinājumā līdz 31. maijam, bet vēlos reģistrēties darbnīcai. Ilze\r\n",
    ),
    (
        "Registracija",
        "Laba diena,\r\n\r\nesu atostogose iki gegužės 31 d., bet prašau mane užregistruoti į seminarą.\r\n\r\nRūta\r\n",
    ),
    (
        "Atostogose",
        "Esu atostogose iki gegužės 31 d., bet noriu užsiregistruoti į seminarą. Rūta\r\n",
    ),
    (
        "Registreerimine",
        "Tere,\r\n\r\nolen puhkusel kuni 31. maini, kuid palun registreerige mind töötoale.\r\n\r\nMari Tamm\r\n",
    ),
    (
        "Puhkusel",
        "Olen puhkusel kuni 31. maini, aga soovin registreeruda töötoale. Mari\r\n",
    ),
    (
        "Ilmoittautuminen",
        "Hei,\r\n\r\nolen lomalla 31.5. asti, mutta ilmoittakaa minut työpajaan.\r\n\r\nMikko\r\n",
    ),
    (
        "Lomalla",
        "Olen lomalla 31.5. asti, mutta haluan ilmoittautua työpajaan. Mikko\r\n",
    ),
    (
        "Anmälan",
        "Hej,\r\n\r\njag är på semester till den 31 maj, men anmäl mig gärna till workshopen.\r\n\r\nPer Lind\r\n",
    ),
    (
        "Frånvarande",
        "Jag är frånvarande till 31 maj men vill anmäla mig till workshopen. Per\r\n",
    ),
    (
        "Tilmelding",
        "Hej,\r\n\r\njeg er på ferie indtil 31. maj, men tilmeld mig venligst workshoppen.\r\n\r\nSøren\r\n",
    ),
    (
        "Sv: Invitation",
        "Hej\r\n\r\nJeg er fraværende indtil 31. maj og er tilbage 1. juni. Jeg vil gerne tilmelde mig workshoppen.\r\n\r\nMette\r\n",
    ),
    (
        "Påmelding",
        "Hei,\r\n\r\njeg er på ferie til 31. mai, men vær så snill å melde meg på workshopen.\r\n\r\nKari\r\n",
    ),
    (
        "Fravær",
        "Jeg er fraværende til 31. mai, men ønsker å melde meg på workshopen. Kari\r\n",
    ),
    (
        "Anmeldung",
        "Guten Tag,\r\n\r\nich bin bis zum 31. Mai im Urlaub, bitte melden Sie mich aber für den Workshop an.\r\n\r\nJörg Hahn\r\n",
    ),
    (
        "Abwesend",
        "Ich bin bis 31. Mai abwesend, möchte mich aber für den Workshop anmelden. Jörg\r\n",
    ),
    (
        "Rejestracja",
        "Dzień dobry,\r\n\r\njestem na urlopie do 31 maja, ale proszę o zarejestrowanie mnie na warsztaty.\r\n\r\nAnna Nowak\r\n",
    ),
    (
        "Poza biurem",
        "Jestem poza biurem do 31 maja, ale chcę zapisać się na warsztaty. Anna\r\n",
    ),
    (
        "Регистрация",
        "Добрый день!\r\n\r\nЯ в отпуске до 31 мая, но прошу зарегистрировать меня на семинар.\r\n\r\nОлег Иванов\r\n",
    ),
    (
        "В отпуске",
        "Я в отпуске до 31 мая, но хочу зарегистрироваться на семинар. Олег\r\n",
    ),
    // Saying when they are back, as a note does, and still asking.
    (
        "Out of office",
        "Hi! Out of office until 31 May, will reply to other mails when I return, but please register me for the workshop now.\r\n",
    ),
    (
        "Abwesend",
        "Ich bin bis 31. Mai abwesend und ab 1. Juni zurück am Schreibtisch. Bitte melden Sie mich für den Workshop an.\r\n",
    ),
    (
        "Poza biurem",
        "Jestem poza biurem do 31 maja, po powrocie odpiszę na resztę, ale proszę zapisać mnie na warsztaty.\r\n",
    ),
    (
        "В отпуске",
        "Я в отпуске до 31 мая, по возвращении сразу приеду на семинар. Прошу зарегистрировать меня.\r\n",
    ),
];

/// The (subject, body) pairs not read as a person's registration, with what was read instead.
fn not_registered(cases: &[(&str, &str)]) -> Vec<String> {
    cases
        .iter()
        .filter_map(|(subject, body)| {
            let u = understand(&mail("K M <k.m@example.org>", subject, body), &cfg());
            (u.automated.is_some() || !u.intents.contains(&Intent::Registration))
                .then(|| format!("{subject}: {:?} {:?}", u.automated, u.intents))
        })
        .collect()
}

#[test]
fn people_on_leave_who_register_are_people_asking_for_a_place() {
    let misread = not_registered(ON_LEAVE_REGISTERING);
    assert!(misread.is_empty(), "{}", misread.join("\n"));
}

/// A subject of the away marker and the matter ("Urlaub / Workshop-Anmeldung"), a note with a
/// deputy for urgent matters, then the writer's own request in a paragraph of its own.
#[test]
fn a_marker_subject_with_a_deputy_note_gives_way_to_the_request_below() {
    let misread = not_registered(&[
        (
            "Vacation / workshop",
            "I'm on leave until 20 May; urgent matters: Tom Reed, tom.reed@example.org.\r\n\r\n\
             Still, I'd like to register for the workshop in Riga now.\r\n\r\nKim Moss\r\n",
        ),
        (
            "Urlaub / Workshop",
            "Ich bin bis 20. Mai im Urlaub. In dringenden Fällen: Tom Reed, tom.reed@example.org.\r\n\r\n\
             Bitte melden Sie mich trotzdem für den Workshop in Riga an.\r\n\r\nKim Moss\r\n",
        ),
        (
            "Semester / workshop",
            "Jag har semester till 20 maj. Brådskande: Tom Reed, tom.reed@example.org.\r\n\r\n\
             Men jag vill anmäla mig till workshopen i Riga.\r\n\r\nKim Moss\r\n",
        ),
    ]);
    assert!(misread.is_empty(), "{}", misread.join("\n"));
}

#[test]
fn a_responders_away_note_under_the_marker_alone_stays_an_auto_reply() {
    for (subject, body) in [
        // A deputy's address.
        (
            "Out of office",
            "I am out of the office until 31 May. For urgent matters please contact \
             office@example.org.\r\n",
        ),
        // Limited access to e-mail.
        (
            "Lomalla",
            "Olen lomalla 31.5. asti ja luen sähköpostia harvoin. Palattuani vastaan viestiisi.\r\n",
        ),
        // Nothing but the away note, or when it is back.
        ("В отпуске", "Я в отпуске до 31 мая.\r\n"),
        (
            "Out of office",
            "I am out of the office until 31 May and will reply to your message when I \
             return.\r\n",
        ),
        // A note asking its reader to send again.
        (
            "On holiday",
            "I am on holiday. Please resend your registration after 1 June.\r\n",
        ),
        (
            "Abwesend",
            "Ich bin bis 31. Mai nicht im Büro und habe nur eingeschränkten Zugriff auf meine \
             E-Mails.\r\n",
        ),
        // A subject that names the reply.
        (
            "Abwesenheitsnotiz",
            "Ich bin bis 31. Mai im Urlaub, melden Sie sich bitte danach.\r\n",
        ),
        (
            "Automatic reply",
            "I am on holiday until 31 May, but will have limited access to e-mail.\r\n",
        ),
    ] {
        let u = understand(&mail("K M <k.m@example.org>", subject, body), &cfg());
        assert_eq!(u.automated, Some(Automated::AutoReply), "{subject}: {u:?}");
        assert!(u.intents.is_empty(), "{subject}: {u:?}");
    }
}

#[test]
fn an_away_note_with_a_responders_header_stays_an_auto_reply_whatever_it_asks() {
    let raw = "From: K M <k.m@example.org>\r\nTo: reg@event.test\r\nSubject: Out of office\r\n\
               Auto-Submitted: auto-replied\r\nMessage-ID: <a1@example.org>\r\n\
               Content-Type: text/plain; charset=utf-8\r\n\r\n\
               I am out of the office until 31 May. Please register any requests with my \
               colleague.\r\n";
    let u = understand(raw.as_bytes(), &cfg());
    assert_eq!(u.automated, Some(Automated::AutoReply), "{u:?}");
}

#[test]
fn a_subject_naming_the_sender_as_away_is_a_responders() {
    for (from, subject, body) in [
        (
            "Anna Berg <anna.berg@example.org>",
            "Anna Berg is out of the office.",
            "I will be out of the office starting 04/05/2026 and will not return until \
             31/05/2026.\r\n\r\nI will respond to your message when I return.\r\n",
        ),
        (
            "Jörg Hahn <j.hahn@example.de>",
            "Jörg Hahn ist außer Haus",
            "Ich werde ab 04.05.2026 nicht im Büro sein. Ich kehre zurück am 31.05.2026.\r\n",
        ),
        (
            "Kari Nordmann <kari@example.no>",
            "Kari Nordmann er ikke på kontoret",
            "Jeg er tilbake 31. mai.\r\n",
        ),
    ] {
        let u = understand(&mail(from, subject, body), &cfg());
        assert_eq!(u.automated, Some(Automated::AutoReply), "{subject}: {u:?}");
        assert!(u.intents.is_empty(), "{subject}: {u:?}");
    }
    // Someone else's absence, named by a person, is the person's own news.
    let u = understand(
        &mail(
            "Anna Berg <anna.berg@example.org>",
            "Jonas Lind is out of the office, so I register instead",
            "Hello, please register me instead of my colleague. Anna Berg\r\n",
        ),
        &cfg(),
    );
    assert_eq!(u.automated, None, "{u:?}");
}

/// (subject, body) of people on leave who leave their whole away note in the mail (a deputy,
/// urgent matters, limited access to e-mail) and ask for their place in a sentence beside it,
/// one per language, under a subject that opens with the away marker or the away time.
const WHOLE_NOTE_THEN_REGISTERING: &[(&str, &str)] = &[
    (
        "Ferie til 14. juni – workshop",
        "Hej,\r\n\r\njeg holder ferie til og med 14. juni og læser kun sjældent mails. I hastende sager kan I kontakte min kollega Mette Holm (mette.holm@example.dk).\r\n\r\nTilmeld mig alligevel workshoppen i Riga den 2.-3. juni.\r\n\r\nVenlig hilsen\r\nSøren Dahl",
    ),
    (
        "Urlaub bis 14.6. – Workshop Riga",
        "Guten Tag,\r\n\r\nich bin bis einschließlich 14. Juni im Urlaub und lese meine E-Mails nur sporadisch. In dringenden Fällen wenden Sie sich bitte an Herrn Krüger (krueger@example.de).\r\n\r\nFür den Workshop in Riga melde ich mich hiermit trotzdem an. Bitte nehmen Sie mich in die Teilnehmerliste auf.\r\n\r\nViele Grüße\r\nKatrin Vogt",
    ),
    (
        "Out of office until 14 June - workshop",
        "Hello,\r\n\r\nI am out of the office until 14 June with limited access to e-mail. For urgent matters please contact my colleague Tom Reed (tom.reed@example.org).\r\n\r\nBefore I leave: please register me for the workshop in Riga on 2-3 June.\r\n\r\nKind regards\r\nSarah Hill\r\nNorth Sea Energy Cluster",
    ),
    (
        "Puhkusel kuni 14. juunini – töötuba",
        "Tere,\r\n\r\nolen puhkusel kuni 14. juunini ja loen e-posti harva. Kiirete küsimustega pöörduge palun kolleegi Mari Tamme poole (mari.tamm@example.ee).\r\n\r\nPalun registreerige mind siiski Riia töötoale 2.-3. juunil.\r\n\r\nParimate soovidega\r\nKarl Kask",
    ),
    (
        "Lomalla 14.6. asti – työpaja",
        "Hei,\r\n\r\nolen lomalla 14.6. asti enkä lue sähköpostia säännöllisesti. Kiireellisissä asioissa ota yhteyttä kollegaani Anna Virtaseen, p. 040 123 4567.\r\n\r\nIlmoittakaa minut kuitenkin Riian työpajaan 2.-3.6.\r\n\r\nTerveisin\r\nJukka Laine",
    ),
    (
        "Atostogose iki birželio 14 d. – seminaras",
        "Laba diena,\r\n\r\nesu atostogose iki birželio 14 d. ir el. paštą skaitau retai. Skubiais klausimais kreipkitės į kolegę Rasą Petraitienę (rasa@example.lt).\r\n\r\nVis dėlto prašau mane užregistruoti į seminarą Rygoje birželio 2-3 d.\r\n\r\nPagarbiai\r\nTomas Kazlauskas",
    ),
    (
        "Atvaļinājumā līdz 14. jūnijam – darbnīca",
        "Labdien,\r\n\r\nesmu atvaļinājumā līdz 14. jūnijam un e-pastu lasu reti. Steidzamos jautājumos lūdzu sazinieties ar kolēģi Jāni Ozolu (janis.ozols@example.lv).\r\n\r\nLūdzu tomēr reģistrējiet mani darbnīcai Rīgā 2.-3. jūnijā.\r\n\r\nAr cieņu\r\nIlze Bērziņa",
    ),
    (
        "Borte på messe",
        "Hei,\r\n\r\njeg er på messe i Hamburg og ikke tilbake før om ti dager, men vil ikke gå glipp av Riga: sett meg opp til begge dagene.\r\n\r\nHilsen\r\nOla Berg",
    ),
    (
        "Påmelding",
        "Hei,\r\n\r\njeg er på reise og ikke tilbake på kontoret før om to uker, men vil gjerne sikre meg plass: meld meg på workshopen i Riga.\r\n\r\nHilsen\r\nOla Berg",
    ),
    (
        "Urlop do 14 czerwca – warsztaty",
        "Dzień dobry,\r\n\r\njestem na urlopie do 14 czerwca i mam ograniczony dostęp do poczty. W pilnych sprawach proszę kontaktować się z p. Nowakiem (nowak@example.pl).\r\n\r\nProszę jednak zapisać mnie na warsztaty w Rydze 2-3 czerwca.\r\n\r\nPozdrawiam\r\nAnna Wiśniewska",
    ),
    (
        "В отпуске до 14 июня – семинар",
        "Добрый день,\r\n\r\nя в отпуске до 14 июня, почту читаю редко. По срочным вопросам обращайтесь к коллеге Ивану Петрову (petrov@example.ru).\r\n\r\nПрошу всё же зарегистрировать меня на семинар в Риге 2-3 июня.\r\n\r\nС уважением\r\nОльга Смирнова",
    ),
    (
        "Semester till 14 juni – workshop",
        "Hej,\r\n\r\njag har semester till och med 14 juni och läser inte min e-post regelbundet. Vid brådskande ärenden, kontakta min kollega Eva Ek (eva.ek@example.se).\r\n\r\nAnmäl mig ändå till workshopen i Riga 2–3 juni.\r\n\r\nHälsningar\r\nLars Nyström",
    ),
];

#[test]
fn a_whole_away_note_beside_a_request_for_a_place_is_a_persons_registration() {
    let misread = not_registered(WHOLE_NOTE_THEN_REGISTERING);
    assert!(misread.is_empty(), "{}", misread.join("\n"));
    // The note alone, or asking only what a note asks, stays a responder's.
    for body in [
        "I am at a trade fair until 14 June with limited access to e-mail. For urgent matters \
         please contact office@example.org.\r\n",
        "Olen lomalla 14.6. asti enkä lue sähköpostia. Lähetä viestisi uudelleen 15.6. \
         jälkeen.\r\n",
    ] {
        let u = understand(
            &mail("K M <k.m@example.org>", "Out of office", body),
            &cfg(),
        );
        assert_eq!(u.automated, Some(Automated::AutoReply), "{body}: {u:?}");
    }
}
