//! Words of the documents people work on together (a report, the minutes of a meeting, a
//! draft application) and of sending them. A cluster manager writes to a partner about such a
//! document and, in the same mail, asks to be registered: "a few corrections to the minutes"
//! corrects the minutes, not what regbot recorded. Stems of five letters or more are found
//! inside a word ("ansøgningsudkastet", "starpziņojums"), shorter ones only as a whole word.

/// Sending or attaching a document, stems: a corrected report or table sent along ("w
/// załączeniu przesyłam poprawione sprawozdanie", "siunčiu patikslintą ataskaitą",
/// "отправляю исправленную таблицу", "jeg sender resten af mine rettelser i morgen")
/// corrects that document, not the registration.
pub const SENDING_DOCUMENTS: &[&str] = &[
    "attach",
    "enclos",
    "sending",
    "send",
    "sende",
    "pielikum",
    "nosūt",
    "sūtu",
    "sūtīšu",
    "siunčiu",
    "atsiųs",
    "prisegu",
    "pridedu",
    "priede",
    "manuses",
    "saadan",
    "liittee",
    "lähetän",
    "lähetä",
    "bifoga",
    "skickar",
    "vedhæft",
    "vedlagt",
    "vedlegg",
    "anbei",
    "anhang",
    "schicke",
    "übersende",
    "przesyłam",
    "prześl",
    "przyśl",
    "załącz",
    "отправляю",
    "высылаю",
    "вышлю",
    "пришлю",
    "прилага",
    "направляю",
    "вложени",
];

/// Documents written together, stems: a report, minutes, a draft, a funding application, a
/// budget. Not the words of a registration form: Latvian "pieteikums", Lithuanian
/// "paraiška" and Russian "заявка" are also a participant's registration, so they are left
/// out. German "Bericht" is left out as well: it is inside "berichtigen" (to correct).
pub const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "minutes",
    "draft",
    "memo",
    "budget",
    "rapport",
    "raport",
    "referat",
    "udkast",
    "utkast",
    "ansøgning",
    "søknad",
    "ansökan",
    "budsjett",
    "protokol",
    "protokoł",
    "protokół",
    "entwurf",
    "zwischenbericht",
    "antrag",
    "pöytäkirj",
    "luonno",
    "hakemu",
    "talousarvi",
    "aruan",
    "mustand",
    "taotlus",
    "eelarve",
    "ziņojum",
    "atskait",
    "melnrakst",
    "budžet",
    "ataskait",
    "juodrašt",
    "biudžet",
    "sprawozdani",
    "wniosk",
    "wniosek",
    "budżet",
    "отчёт",
    "отчет",
    "протокол",
    "черновик",
    "бюджет",
];

/// A form to fill in, inside a word ("registration form", "tilmeldingsblanket",
/// "anmälningsblankett", "påmeldingsskjema", "Anmeldeformular", "ilmoittautumislomake",
/// "registreerimisvorm", "reģistrācijas veidlapa", "registracijos forma", "formularz
/// zgłoszeniowy", "анкета участника").
pub const FORM_NOUNS: &[&str] = &[
    "form",
    "blanket",
    "skjema",
    "lomake",
    "lomakkee",
    "vorm",
    "veidlap",
    "anket",
    "анкет",
    "форм",
];

/// Words that hold "form" but name no form ("information", "platform", "formal"): word parts.
pub const NOT_FORMS: &[&str] = &[
    "inform", "platform", "formal", "perform", "reform", "format",
];

/// What the form is for: registering or taking part, inside a word ("registration form",
/// "Teilnahmeformular", "dalībnieka anketa", "анкета участника").
pub const FORM_PURPOSES: &[&str] = &[
    "regist",
    "reģistr",
    "регистр",
    "tilmeld",
    "anmäl",
    "anmeld",
    "påmeld",
    "ilmoittau",
    "pieteik",
    "dalībniek",
    "dalyv",
    "zgłosz",
    "rejestr",
    "uczestni",
    "участ",
    "osale",
    "osallistu",
    "participa",
    "teilnahme",
    "deltag",
    "deltak",
];

/// Handing the form over without a verb of sending: "Hermed min tilmeldingsblanket", "Here is
/// my registration form", "Hier ist mein Anmeldeformular", "Här är min anmälan".
pub const HANDING_OVER: &[&str] = &[
    "hermed", "herved", "härmed", "herewith", "here is", "hier ist", "här är",
];
