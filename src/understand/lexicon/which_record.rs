//! Which registration a mail is about when it is not the sender's one: a registration made
//! twice ("I registered twice, please delete one"), or one made from another address ("this is
//! my private address, I registered from work"). Either way the sender stays registered once:
//! the mail changes that registration, it makes no new one and cancels nothing.

/// Twice, said of a registration ("I've registered twice", "to gange", "två gånger",
/// "kahdesti", "divreiz", "dwa razy", "дважды"): substrings of the lowercased sentence. A
/// duplicate to remove corrects the records.
pub const TWICE: &[&str] = &[
    "twice",
    "two times",
    "zweimal",
    "doppelt",
    "to gange",
    "to ganger",
    "två gånger",
    "kahdesti",
    "kaksi kertaa",
    "kahteen kertaan",
    "kaks korda",
    "kahel korral",
    "divreiz",
    "divas reizes",
    "du kartus",
    "dukart",
    "dwa razy",
    "dwukrotnie",
    "дважды",
    "два раза",
];

/// Two acknowledgements received ("I got two confirmations", "zwei Bestätigungen", "to
/// bekreftelser", "två bekräftelser", "kaksi vahvistusta", "divus apstiprinājumus", "два
/// подтверждения"): substrings of the lowercased sentence. The sender is registered twice.
pub const TWO_ACKNOWLEDGEMENTS: &[&str] = &[
    "two confirmations",
    "two acknowledgements",
    "two confirmation e",
    "zwei bestätigungen",
    "zwei anmeldebestätigungen",
    "to bekræftelser",
    "to bekreftelser",
    "två bekräftelser",
    "kaksi vahvistusta",
    "kaks kinnitust",
    "divus apstiprinājumus",
    "divi apstiprinājumi",
    "du patvirtinimus",
    "du patvirtinimai",
    "dwa potwierdzenia",
    "два подтверждения",
];

/// Past forms of registering that the registering stems leave out ("meldte meg på",
/// "pieteicies", "anmälde mig"): word starts, for "I registered twice".
pub const REGISTERED_PAST: &[&str] = &[
    "meldte",
    "meldt",
    "pieteic",
    "anmälde",
    "tilmeldte",
    // German past participles ("doppelt angemeldet", "zweimal registriert").
    "angemeldet",
    "registriert",
    // The first person past elsewhere ("I registered from work", "ilmoittauduin
    // työosoitteella", "reģistrējos no darba adreses", "registravausi darbo adresu",
    // "registreerusin tööaadressilt", "zarejestrowałam się", "зарегистрировалась"), and
    // the registration told as made ("tilmeldingen gik fra arbejdsmailen").
    "registered",
    "ilmoittauduin",
    "reģistrējos",
    "pieteicos",
    "registravaus",
    "užsiregistravau",
    "registreerusin",
    "registreerisin",
    "zarejestrował",
    "rejestrował",
    "зарегистрировал",
    "регистрировал",
    "tilmeldingen",
    "påmeldingen",
];

/// The sender writing from another address than the one they registered with ("I'm writing
/// from my private address", "tilmeldingen gik fra arbejdsmailen", "Rakstu no privātās
/// adreses", "kirjoitan yksityisestä osoitteestani"): substrings of the lowercased mail. With
/// a registration told as done the mail is a registered participant's.
pub const OTHER_ADDRESS: &[&str] = &[
    "private address",
    "private e-mail",
    "private email",
    "private mail",
    "personal address",
    "personal e-mail",
    "personal email",
    "privatadresse",
    "private adresse",
    "privaten adresse",
    "privaten e-mail",
    "privaten mail",
    "privat mail",
    "privat e-mail",
    "privat e-post",
    "private e-post",
    "privata adress",
    "privata mejl",
    "privata mail",
    "privata e-post",
    "yksityisestä osoittee",
    "yksityisosoittee",
    "yksityisestä sähköpost",
    "yksityissähköpost",
    "privātās adreses",
    "privātā e-pasta",
    "privātās e-pasta",
    "asmeninio pašto",
    "asmeninio adreso",
    "asmeninio el. pašto",
    "isiklikult aadressilt",
    "isiklikult meililt",
    "isiklikust meilist",
    "eraaadressilt",
    "prywatnego adresu",
    "prywatnego maila",
    "prywatnej skrzynki",
    "prywatnego e-maila",
    "личного адреса",
    "личной почты",
    "личного ящика",
];
