//! The mails of the replayed workshop, written as people write them: registrations in ten
//! languages and several charsets, an idea from someone who cannot come, corrections, a note,
//! a group registration, a stranger's cancellation, questions, thank-yous, and three automated
//! mails that must never be answered.

use encoding_rs::{Encoding, ISO_8859_2, ISO_8859_13, KOI8_R, UTF_8, WINDOWS_1252, WINDOWS_1257};

use crate::support::{b_encode, message};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Action,
    Review,
    Thanks,
}

/// One mail of the scenario; `{a}`, `{b}` in the body are the addresses of two colleagues.
pub struct Mail {
    pub who: &'static str,
    name: &'static str,
    subject: &'static str,
    body: &'static str,
    charset: &'static Encoding,
    pub end: End,
}

pub const fn mail(
    who: &'static str,
    name: &'static str,
    subject: &'static str,
    body: &'static str,
    charset: &'static Encoding,
    end: End,
) -> Mail {
    Mail {
        who,
        name,
        subject,
        body,
        charset,
        end,
    }
}

/// The first days after the announcement.
pub fn first_days() -> Vec<Mail> {
    use End::*;
    vec![
        mail(
            "anna",
            "Anna Jansone",
            "Pieteikšanās semināram",
            "Labdien!\n\nVēlos pieteikties semināram Rīgā.\nVārds: Anna Jansone\nOrganizācija: Latvijas Kokrūpniecības klasteris\n\nAr cieņu,\nAnna",
            WINDOWS_1257,
            Action,
        ),
        mail(
            "peteris",
            "Pēteris Kalniņš",
            "Reģistrācija",
            "Sveiki,\n\nlūdzu reģistrējiet mani dalībai seminārā. Pārstāvu Latvijas IT klasteri.\n\nPēteris Kalniņš",
            UTF_8,
            Action,
        ),
        mail(
            "jonas",
            "Jonas Petraitis",
            "Registracija į seminarą",
            "Laba diena,\n\nnorėčiau užsiregistruoti į seminarą Rygoje. Esu Jonas Petraitis iš Lietuvos inovacijų klasterio.\n\nPagarbiai\nJonas",
            ISO_8859_13,
            Action,
        ),
        mail(
            "mari",
            "Mari Tamm",
            "Registreerumine",
            "Tere!\n\nSoovin registreeruda seminarile Riias.\nMari Tamm\nEesti IKT Klaster",
            UTF_8,
            Action,
        ),
        mail(
            "liisa",
            "Liisa Korhonen",
            "Ilmoittautuminen",
            "Hei,\n\nhaluaisin ilmoittautua työpajaan Riiassa.\n\nTerveisin\nLiisa Korhonen\nSuomen Puuklusteri",
            UTF_8,
            Action,
        ),
        mail(
            "erik",
            "Erik Lindqvist",
            "Anmälan till workshopen",
            "Hej!\n\nJag vill gärna anmäla mig till workshopen i Riga.\n\nVänliga hälsningar\nErik",
            WINDOWS_1252,
            Action,
        ),
        mail(
            "mette",
            "Mette Skov",
            "Tilmelding",
            "Hej,\n\njeg vil gerne tilmelde mig workshoppen.\n\nMed venlig hilsen\nMette Skov\nPlastklyngen Midtjylland",
            UTF_8,
            Action,
        ),
        mail(
            "ola",
            "Ola Nordmann",
            "Påmelding",
            "Hei!\n\nJeg vil gjerne melde meg på workshopen i Riga.\n\nHilsen Ola Nordmann\nHavvind AS",
            UTF_8,
            Action,
        ),
        mail(
            "juergen",
            "Jürgen Weiß",
            "Anmeldung Workshop Riga",
            "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zum Workshop in Riga an.\n\nMit freundlichen Grüßen\nJürgen Weiß\nChemie-Netzwerk Brandenburg",
            WINDOWS_1252,
            Action,
        ),
        mail(
            "kowalska",
            "Anna Kowalska",
            "Rejestracja na warsztaty",
            "Dzień dobry,\n\nchciałabym zarejestrować się na warsztaty w Rydze.\n\nZ poważaniem\nAnna Kowalska\nWielkopolski Klaster Drzewny",
            ISO_8859_2,
            Action,
        ),
        mail(
            "olga",
            "Ольга Смирнова",
            "Регистрация",
            "Здравствуйте!\n\nХочу зарегистрироваться на семинар в Риге.\n\nС уважением,\nОльга Смирнова\nСтроительный кластер Ида-Вирумаа",
            KOI8_R,
            Action,
        ),
        mail(
            "mark",
            "Mark Hughes",
            "Workshop in Riga",
            "Hello,\n\nplease register me for the workshop in Riga.\n\nBest regards,\nMark",
            UTF_8,
            Action,
        ),
        mail(
            "sofia",
            "Sofia Berg",
            "Registration and a session idea",
            "Dear organisers,\n\nI would like to register for the workshop. I would also propose a session on joint export missions to Asia, we have run three of them with other clusters.\n\nKind regards,\nSofia Berg\nSmart Mat Sverige",
            UTF_8,
            Action,
        ),
        mail(
            "ilze",
            "Ilze Ozola",
            "Re: Seminārs",
            "Labdien,\n\nes arī vēlos piedalīties seminārā.\n\nIlze Ozola\nVidzemes Tūrisma klasteris",
            WINDOWS_1257,
            Action,
        ),
        // An idea from someone who cannot come.
        mail(
            "klaus",
            "Klaus Becker",
            "Idee für eine Session",
            "Hallo,\n\nleider kann ich im Juni nicht nach Riga kommen. Eine Idee für eine Session hätte ich trotzdem: ein Erfahrungsaustausch über gemeinsame Messeauftritte von Clustern im Ostseeraum.\n\nViele Grüße\nKlaus Becker",
            UTF_8,
            Action,
        ),
        // A manager registers two colleagues and not herself.
        mail(
            "rita",
            "Rita Liepa",
            "Registration of two colleagues",
            "Hello,\n\nI can't come myself, but please register my two colleagues Janis Ozols ({a}) and Liga Kalna ({b}).\n\nBest regards,\nRita Liepa\nLatvian Wood Cluster",
            UTF_8,
            Action,
        ),
        // A cancellation from someone who never registered.
        mail(
            "karin",
            "Karin Ek",
            "Avbokning",
            "Hej,\n\njag måste tyvärr avboka min plats på workshopen.\n\n/Karin Ek",
            UTF_8,
            Review,
        ),
        // Questions.
        mail(
            "tom",
            "Tom Wilson",
            "Hotel",
            "Hi,\n\nis there a hotel near the venue with a discount for participants?\n\nThanks,\nTom",
            UTF_8,
            Action,
        ),
        mail(
            "laura",
            "Laura Bite",
            "Tulkojums",
            "Labdien,\n\nvai seminārā būs sinhronais tulkojums latviešu valodā?\n\nLaura",
            UTF_8,
            Action,
        ),
        mail(
            "pekka",
            "Pekka Mäkinen",
            "Osallistumismaksu",
            "Hei,\n\nonko työpajaan osallistuminen maksullista?\n\nPekka",
            UTF_8,
            Action,
        ),
        // Something nobody can act on.
        mail(
            "nils",
            "Nils Holm",
            "Our new logo",
            "Hello,\n\nour cluster changed its logo last month; the new files are on our website in case you print the partners' logos.\n\nNils Holm",
            UTF_8,
            Review,
        ),
        mail(
            "katrin",
            "Katrin Holm",
            "Workshop 2./3. Juni",
            "Guten Tag,\n\nich möchte mich gerne für den Workshop am 2. und 3. Juni anmelden.\n\nBeste Grüße\nKatrin Holm\nHamburg Aviation e.V.",
            WINDOWS_1252,
            Action,
        ),
        mail(
            "aino",
            "Aino Laine",
            "Työpaja",
            "Hei!\n\nIlmoittaudun työpajaan. Olen kasvissyöjä, jos sillä on merkitystä lounaan kannalta.\n\nAino Laine\nBusiness Tampere",
            UTF_8,
            Action,
        ),
        mail(
            "dmitri",
            "Дмитрий Волков",
            "Трансфер",
            "Добрый день!\n\nПодскажите, пожалуйста, будет ли организован трансфер из аэропорта?\n\nДмитрий",
            KOI8_R,
            Action,
        ),
    ]
}

/// Follow-ups once the first days are answered: corrections, a note, a cancellation, thanks.
pub fn follow_ups() -> Vec<Mail> {
    use End::*;
    vec![
        mail(
            "anna",
            "Anna Jansone",
            "Re: Pieteikšanās semināram",
            "Labdien!\n\nAtvainojos, organizācija ir SIA Latvijas Koks.\n\nAr cieņu,\nAnna",
            WINDOWS_1257,
            Action,
        ),
        mail(
            "mark",
            "Mark Hughes",
            "Re: Workshop in Riga",
            "Forgot to mention: I'm with Green Marine, Denmark.\n\nMark",
            UTF_8,
            Action,
        ),
        mail(
            "sofia",
            "Sofia Berg",
            "Re: Registration and a session idea",
            "Hello again,\n\nplease note that I am vegetarian.\n\nSofia",
            UTF_8,
            Action,
        ),
        mail(
            "ola",
            "Ola Nordmann",
            "Re: Påmelding",
            "Hei,\n\njeg må dessverre melde meg av workshopen, det har kommet noe i veien.\n\nOla",
            UTF_8,
            Action,
        ),
        mail(
            "mari",
            "Mari Tamm",
            "Re: Registreerumine",
            "Aitäh!\n\nMari",
            UTF_8,
            Thanks,
        ),
        mail(
            "jonas",
            "Jonas Petraitis",
            "Re: Registracija į seminarą",
            "Ačiū!",
            UTF_8,
            Thanks,
        ),
        // The colleagues Rita registered answer the request to confirm.
        mail(
            "janis",
            "Jānis Ozols",
            "Re: Seminārs Rīgā",
            "Labdien,\n\njā, es labprāt piedalīšos. Paldies Ritai par pieteikšanu!\n\nJānis",
            WINDOWS_1257,
            Action,
        ),
        mail(
            "liga",
            "Liga Kalna",
            "Re: Workshop in Riga",
            "Yes, I'll be there.\n\nLiga",
            UTF_8,
            Action,
        ),
        mail(
            "kowalska",
            "Anna Kowalska",
            "Re: Rejestracja na warsztaty",
            "Dzień dobry,\n\nproszę poprawić moje nazwisko, nazywam się Anna Kowalska-Nowak.\n\nPozdrawiam",
            ISO_8859_2,
            Action,
        ),
        mail(
            "erik",
            "Erik Lindqvist",
            "Re: Anmälan till workshopen",
            "Hej igen!\n\nGlömde nämna: jag jobbar på Skåne Food Cluster, Sverige.\n\n/Erik",
            UTF_8,
            Action,
        ),
    ]
}

/// The raw bytes of `m` from `from` (with `{a}`/`{b}` filled in).
pub fn raw(m: &Mail, from: &str, to: &str, id: &str, a: &str, b: &str) -> Vec<u8> {
    let body = m.body.replace("{a}", a).replace("{b}", b);
    let from = format!("{} <{from}>", b_encode(m.name));
    let subject = b_encode(m.subject);
    message(&from, to, &subject, &body, m.charset, id)
}

/// An out-of-office answer, a bounce and a newsletter: regbot must answer none of them.
pub fn automated(mailbox: &str, ooo: &str, list: &str) -> Vec<(String, Vec<u8>)> {
    let auto_reply = format!(
        "From: Dieter Kramer <{ooo}>\r\nTo: {mailbox}\r\nSubject: Abwesenheitsnotiz: Workshop\r\nMessage-ID: <{}@ooo.example>\r\nAuto-Submitted: auto-replied\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIch bin bis zum 15. März nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.\r\n",
        uuid::Uuid::new_v4()
    );
    let boundary = "b0unce";
    let bounce = format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\nTo: {mailbox}\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <{}@mx.example.test>\r\nAuto-Submitted: auto-replied\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n\r\n<gone@nowhere.test>: host mx.nowhere.test said: 550 5.1.1 User unknown\r\n\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\nFinal-Recipient: rfc822; gone@nowhere.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--{boundary}--\r\n",
        uuid::Uuid::new_v4()
    );
    let newsletter = format!(
        "From: Baltic Cluster News <{list}>\r\nTo: {mailbox}\r\nSubject: Baltic Cluster News, March\r\nMessage-ID: <{}@news.example>\r\nList-Unsubscribe: <mailto:unsubscribe@news.example>\r\nPrecedence: bulk\r\nDate: Mon, 1 Mar 2027 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThis month: three new cluster programmes and a call for partners.\r\n",
        uuid::Uuid::new_v4()
    );
    vec![
        (ooo.to_string(), auto_reply.into_bytes()),
        (String::new(), bounce.into_bytes()),
        (list.to_string(), newsletter.into_bytes()),
    ]
}
