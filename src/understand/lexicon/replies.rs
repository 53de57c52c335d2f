//! Replies to regbot's own mail: which of its subjects go to someone not (or no longer)
//! registered, and what a registered participant's reply tells as news about their coming (see
//! `understand::intents::replies`).

/// The opening words of a reminder to register, in a reply's subject after its prefixes
/// ("Re: Reminder: …", "AW: Erinnerung: …", "RE: Priminimas – …"), lowercase.
pub const REMINDERS: &[&str] = &[
    "reminder",
    "erinnerung",
    "påmindelse",
    "påminnelse",
    "muistutus",
    "meeldetuletus",
    "priminimas",
    "atgādinājums",
    "przypomnienie",
    "напоминание",
];

/// Words that open a greeting line above a mail ("Hej Inga,", "Dear Ms Ozola,", "Guten Tag,"):
/// whole words, lowercase.
pub const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "dear",
    "hey",
    "hej",
    "hei",
    "heippa",
    "moi",
    "tere",
    "labdien",
    "sveiki",
    // Greeting one person informally: "Sveiks, Jāni!", "Sveika, Inga!", "Sveikas, Jonai",
    // "Moikka Pekka", "Hejsan Eva", "Moin Jens".
    "sveiks",
    "sveika",
    "sveikas",
    "moikka",
    "terve",
    "hejsan",
    "hallå",
    "moin",
    "labas",
    "hallo",
    "liebe",
    "lieber",
    "guten",
    "kære",
    "kjære",
    "hyvä",
    "cześć",
    "dzień",
    "witam",
    "szanowna",
    "szanowny",
    "здравствуйте",
    "добрый",
    "привет",
    "gerbiamas",
    "gerbiama",
    "godmorgen",
    "goddag",
    "god",
];

/// The opening words of the subjects of regbot's mail to someone who is not, or no longer,
/// registered (the subjects of `config/templates/<lang>/{not_registered, confirm_request,
/// waitlisted, promoted, cancelled, question_received, idea_received}.txt`, lowercase): a
/// reply to these may register ("Then please sign me up"); so may a reply to a reminder to
/// register ([`REMINDERS`]). A reply to any other mail of regbot's (the acknowledgement, a
/// broadcast) comes from a registered participant.
pub const UNREGISTERED_SUBJECTS: &[&str] = &[
    // No registration found.
    "ingen tilmelding fundet",
    "keine anmeldung gefunden",
    "no registration found",
    "registreeringut ei leitud",
    "ilmoittautumista ei löytynyt",
    "registracija nerasta",
    "reģistrācija nav atrasta",
    "fant ingen påmelding",
    "nie znaleziono rejestracji",
    "регистрация не найдена",
    "ingen anmälan hittades",
    // Please confirm your registration.
    "bekræft venligst din tilmelding",
    "bitte bestätigen sie ihre anmeldung",
    "please confirm your registration",
    "palun kinnitage oma registreerimine",
    "vahvistakaa ilmoittautumisenne",
    "prašome patvirtinti registraciją",
    "lūdzu, apstipriniet reģistrāciju",
    "vennligst bekreft påmeldingen din",
    "prosimy o potwierdzenie rejestracji",
    "пожалуйста, подтвердите регистрацию",
    "bekräfta din anmälan",
    // Waiting list.
    "venteliste",
    "warteliste",
    "waiting list",
    "ootenimekiri",
    "jonotuslista",
    "laukiančiųjų sąrašas",
    "gaidīšanas saraksts",
    "lista rezerwowa",
    "лист ожидания",
    "väntelista",
    // A place is free for you.
    "der er en ledig plads til dig",
    "ein platz ist für sie frei geworden",
    "a place is free for you",
    "teile vabanes koht",
    "teille vapautui paikka",
    "jums atsirado laisva vieta",
    "jums ir atbrīvojusies vieta",
    "det er en ledig plass til deg",
    "zwolniło się miejsce",
    "для вас освободилось место",
    "en plats har blivit ledig för dig",
    // Your registration is cancelled.
    "din tilmelding er annulleret",
    "ihre anmeldung wurde storniert",
    "your registration is cancelled",
    "teie registreering on tühistatud",
    "ilmoittautumisenne on peruttu",
    "jūsų registracija atšaukta",
    "jūsu reģistrācija ir atcelta",
    "påmeldingen din er kansellert",
    "rejestracja anulowana",
    "ваша регистрация отменена",
    "din anmälan är avbokad",
    // We received your question / idea.
    "vi har modtaget dit spørgsmål",
    "wir haben ihre frage erhalten",
    "we received your question",
    "saime teie küsimuse kätte",
    "kysymyksenne on vastaanotettu",
    "gavome jūsų klausimą",
    "esam saņēmuši jūsu jautājumu",
    "vi har mottatt spørsmålet ditt",
    "otrzymaliśmy pytanie",
    "мы получили ваш вопрос",
    "vi har tagit emot din fråga",
    "tak for din idé",
    "vielen dank für ihre idee",
    "thank you for your idea",
    "täname idee eest",
    "kiitos ideastanne",
    "dėkojame už jūsų idėją",
    "paldies par jūsu ideju",
    "takk for ideen din",
    "dziękujemy za pomysł",
    "спасибо за вашу идею",
    "tack för din idé",
];

/// News about one's coming that the organisers' record of a participant changes with, besides
/// the diet, access and timing of [`super::NOTE_TOPICS`]: missing part of the programme, a diet
/// named in other words. Substrings of the lowercased sentence.
pub const ATTENDANCE_NEWS: &[&str] = &[
    // Missing a part: "I'll miss the keynote", "går glipp av første økt", "verpasse die
    // Eröffnung", "missar öppningen", "jään paitsi avauksesta", "praleisiu atidarymą",
    // "nokavēšu atklāšanu", "ominie mnie otwarcie", "пропущу открытие".
    "miss the",
    "glipp av",
    "går glip af",
    "verpasse",
    "versäume",
    "missar",
    "misser",
    "jään paitsi",
    "jään ilma",
    "jään ära",
    "praleisiu",
    "nokavēšu",
    "ominie mnie",
    "opuszczę",
    "пропущу",
    // Arriving late: "dotrę dopiero około 13:00", "lands at", "saavun vasta", "приеду только".
    "dotrę dopiero",
    "przyjadę dopiero",
    "lands at",
    "arrive at",
    "arriving at",
    "landet um",
    "saavun vasta",
    "jõuan alles",
    "ieradīšos tikai",
    "atvyksiu tik",
    "приеду только",
    "прилетаю в",
    // Arriving late with no hour: "jeg kommer nok litt for sent til åpningen", "I'll be a bit
    // late", "ich komme etwas später", "tulen hieman myöhässä", "nokavēšos", "spóźnię się".
    "for sent ",
    "lidt senere",
    "litt senere",
    "kommer senere",
    "blir sen ",
    "för sent ",
    "be late",
    "bit late",
    "arrive late",
    "zu spät",
    "etwas später",
    "myöhässä",
    "myöhästyn",
    "hiljem ",
    "nokavēšos",
    "vėluosiu",
    "spóźnię się",
    "опоздаю",
    // Not before an hour, or leaving early: "jag kommer inte förrän på eftermiddagen", "I
    // won't arrive until noon", "ikke før etter lunsj", "must leave early", "früher abreisen",
    // "åker tidigare", "lähden jo", "уеду раньше", "wyjadę wcześniej".
    "inte förrän",
    "ikke før ",
    "not until",
    "not before",
    "не раньше",
    "nie wcześniej",
    "leave early",
    // Leaving at an hour before the end: "I have to leave at 14:00 on 3 June", "muss am 3.
    // Juni um 14 Uhr abreisen", "må dra fra Riga kl. 14", "3 июня придётся уехать около
    // 14:00", "muszę wyjechać o 14", "pean lahkuma kell 14".
    "leave at",
    "leave around",
    "leaving at",
    "have to leave",
    "must leave",
    "arrive only",
    "only arrive",
    "abreisen",
    "må dra",
    "dra fra",
    "må reise",
    "måste åka",
    "måste gå",
    "må gå ",
    "skal gå ",
    "lähden jo",
    "lähdettävä",
    "pean lahkuma",
    "jāaizbrauc",
    "turėsiu išvykti",
    "muszę wyjechać",
    "wyjadę o",
    "придётся уехать",
    "придется уехать",
    "уехать около",
    "уеду около",
    "leave after",
    "leave before",
    "leaving early",
    "früher abreisen",
    "früher gehen",
    "reise tidligere",
    "reiser tidligere",
    "går tidligere",
    "åker tidigare",
    "går tidigare",
    "lähden jo",
    "lahkun juba",
    "aizbraukšu jau",
    "išvyksiu anksčiau",
    "wyjadę wcześniej",
    "уеду раньше",
    // The diet in other words: "diētas prasības", "bezglutēna", "ruokavalio", "dieet", "dieta",
    // "диета", "vegetarisk kost", "Ernährung".
    "diēt",
    "glutēn",
    "ruokavali",
    "dieet",
    "dieta",
    "dietą",
    "диет",
    "kost ",
    "ernährung",
    "gluteenit",
];

/// Someone added besides the sender ("Could you put down, in addition to me, our new
/// trainee?", "lisaks minule", "außer mir", "oprócz mnie", "кроме меня"): substrings of the
/// lowercased sentence. The registration in a registered participant's reply is theirs.
pub const BESIDES_ME: &[&str] = &[
    "besides me",
    "in addition to me",
    "as well as me",
    "apart from me",
    "außer mir",
    "zusätzlich zu mir",
    "udover mig",
    "ud over mig",
    "utöver mig",
    "förutom mig",
    "utover meg",
    "foruten meg",
    "lisäkseni",
    "lisaks minule",
    "papildus man",
    "be manęs",
    "oprócz mnie",
    "poza mną",
    "кроме меня",
    "помимо меня",
];

/// Words of registering in the subject of regbot's acknowledgement as the sender answers it
/// ("Re: You are registered: …", "AW: Ihre Anmeldung", "SV: Din påmelding", "Vs:
/// Ilmoittautuminen vahvistettu", "Re: Вы зарегистрированы"): inside a word. A reply to
/// another mail of regbot's ("Re: A few places left") may come from someone not registered.
/// The stems of "register" itself (also in the intents' `REGISTRATION`) and the participle
/// regbot's German subject uses ("Sie sind angemeldet", which "anmeld" does not catch).
pub const ACKNOWLEDGED: &[&str] = &[
    "regist",
    "reģistr",
    "rejestr",
    "регистр",
    "anmeld",
    "angemeld",
    "anmäl",
    "tilmeld",
    "påmeld",
    "ilmoittau",
    // The organisers' practical information goes to the registered ("Re: Praktiline info",
    // "AW: Praktische Hinweise", "Re: Практическая информация").
    "practical",
    "praktisch",
    "praktisk",
    "käytännö",
    "praktili",
    "praktiskā",
    "praktinė",
    "praktyczn",
    "практическ",
];

/// One person fewer from the sender's side ("we'll be one fewer", "einer weniger", "en færre",
/// "yksi vähemmän", "o jedną osobę mniej", "на одного человека меньше"): substrings of the
/// lowercased sentence. The colleague named is cancelled, not registered.
pub const FEWER: &[&str] = &[
    "one fewer",
    "one less",
    "one person less",
    "einer weniger",
    "eine weniger",
    "eine person weniger",
    "en færre",
    "én færre",
    "en person mindre",
    "yksi vähemmän",
    "yhtä vähemmän",
    "ühe võrra vähem",
    "üks vähem",
    "par vienu mazāk",
    "vienu mazāk",
    "vienu mažiau",
    "vienu žmogumi mažiau",
    "jedną osobę mniej",
    "o jedną osobę",
    "на одного меньше",
    "на одного человека меньше",
    "одним меньше",
];

/// The sender as the subject of a clause ("I register myself"), not "our" ("meie juhataja"):
/// whole words. A clause with "self" and none of these registers someone else on their own.
/// `stance::I_SUBJECT` is the same idea without the words that are also something else.
pub const SENDER_AS_SUBJECT: &[&str] = &[
    "i",
    "we",
    "ich",
    "wir",
    "jag",
    "jeg",
    "eg",
    "vi",
    "minä",
    "mä",
    "me",
    "mina",
    "ma",
    "es",
    "mēs",
    "aš",
    "mes",
    "ja",
    "my",
    "я",
    "мы",
    // A verb in the first person says the subject in languages that drop the pronoun
    // ("Riiga tulen ka ise", "tulen itse", "pats braukšu", "приеду сам").
    "tulen",
    "tuleme",
    "tulemme",
    "osalen",
    "osaleme",
    "osallistun",
    "osallistumme",
    "braukšu",
    "braucu",
    "būšu",
    "piedalīšos",
    "atvyksiu",
    "važiuosiu",
    "dalyvausiu",
    "przyjadę",
    "będę",
    "приеду",
    "буду",
    // Wanting or registering in the first person says the subject too ("Tomēr gribu pats
    // pieteikties", "noriu pati užsiregistruoti", "chcę sam się zapisać", "haluan itse
    // ilmoittautua", "pieteikšos pats"). Not the forms every person shares ("gribētu").
    "gribu",
    "vēlos",
    "noriu",
    "norėčiau",
    "chcę",
    "chciałbym",
    "chciałabym",
    "хочу",
    "haluan",
    "haluaisin",
    "tahan",
    "tahaksin",
    "soovin",
    "sooviksin",
    "pieteikšos",
    "reģistrēšos",
    "užsiregistruosiu",
    "registruosiuosi",
    "registreerun",
    "ilmoittaudun",
    "zapiszę",
    "zarejestruję",
    "запишусь",
    "зарегистрируюсь",
];

/// Parts of the programme a participant may skip while still coming ("Teise päeva hommikuse
/// sessiooni jätan vahele", "I'll skip the dinner", "ужин пропущу"): word beginnings. Skipping
/// one changes the registration; it cancels nothing. Not the event itself ("workshop",
/// "seminar"), which skipping does cancel.
pub const PROGRAMME_PARTS: &[&str] = &[
    "session",
    "sessio",
    "sesij",
    "sesj",
    "сесси",
    "keynote",
    "dinner",
    "abendessen",
    "middag",
    "illallis",
    "õhtusöö",
    "vakariņ",
    "vakarien",
    "kolacj",
    "ужин",
    "excursion",
    "ekskursi",
    "экскурси",
    "opening",
    "eröffnung",
    "öppning",
    "åpning",
    "avaus",
    "avajais",
    "atklāšan",
    "atidarym",
    "otwarci",
    "открыти",
];

/// Asking the organisers to take note of what the sender just told them ("could you take it
/// into account?", "Vil I give køkkenet besked?", "Voisitteko huomioida sen?"): a request
/// that belongs to the news, not a question. Substrings of the lowercased sentence.
pub const TAKING_NOTE: &[&str] = &[
    "take it into account",
    "take this into account",
    "take that into account",
    "tell the kitchen",
    "let the kitchen know",
    "inform the kitchen",
    "berücksichtigen",
    "der küche bescheid",
    "give køkkenet besked",
    "tage hensyn til det",
    "gi kjøkkenet beskjed",
    "ta hensyn til det",
    "ge köket besked",
    "meddela köket",
    "ta hänsyn till det",
    "huomioida",
    "huomioimaan",
    "kertoa keittiölle",
    "arvestada",
    "arvestaksite",
    "köögile teada",
    "ņemt vērā",
    "ņemtu vērā",
    "paziņot virtuvei",
    "atsižvelgti",
    "atsižvelgtumėte",
    "uwzględnić",
    "uwzględnili",
    "przekazać kuchni",
    "учесть",
    "учтите",
    "передать на кухню",
    // Passing it on or noting it down: "Vil I give det videre til køkkenet?", "kan dere gi
    // beskjed til kjøkkenet?", "Kan det noteras?", "Päivittäisittekö tiedon?".
    "to the kitchen",
    "an die küche",
    "til køkkenet",
    "til kjøkkenet",
    "till köket",
    "keittiöön",
    "keittiölle",
    "köögile",
    "virtuvei",
    "virtuvē",
    "kuchni",
    "кухне",
    "note it",
    "notieren",
    "noteres",
    "noteras",
    "notere",
    "notera",
    "kirjata",
    "päivittäisittekö",
    "päivittää tiedon",
    "update it",
    "update the",
    "aktualisieren",
    "opdatere",
    "oppdatere",
    "uppdatera",
];

/// Having forgotten to answer ("I'd completely forgotten to reply", "hatte vergessen zu
/// antworten"): whole words near `corrections::CORRECTION_IN_REPLY`'s "forgot"; nothing to
/// correct.
pub const ANSWERING: &[&str] = &[
    "reply",
    "respond",
    "answer",
    "antworten",
    "svare",
    "svara",
    "vastata",
    "vastama",
    "atbildēt",
    "atsakyti",
    "odpowiedzieć",
    "odpisać",
    "ответить",
];

#[cfg(test)]
mod tests {
    use super::ACKNOWLEDGED;

    #[test]
    fn the_subject_of_every_languages_acknowledgement_is_recognised() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let mut seen = 0;
        for dir in std::fs::read_dir(&root).expect("config/templates") {
            let path = dir.expect("entry").path().join("registered.txt");
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let subject = text.lines().next().unwrap_or("").to_lowercase();
            assert!(
                ACKNOWLEDGED.iter().any(|stem| subject.contains(stem)),
                "{}: {subject}",
                path.display()
            );
            seen += 1;
        }
        assert!(seen >= 11, "only {seen} languages' acknowledgements found");
    }
}
