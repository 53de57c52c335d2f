//! Words that hold a stem of the word lists but mean something else.

/// Words that hold a stem of the word lists but mean something else ("Länder" holds "änder",
/// "berätta" holds "rätta", "bekommen" and "willkommen" hold "kommen", "newsletter" holds
/// "slett", "Valmieras" holds "ieras"): never an inside hit.
pub const FALSE_FRIENDS: &[&str] = &[
    // Taking a name off a list, not registering: "Avregistrering", "unregister me".
    "avregistrering",
    "avregistrera",
    "avregistrer",
    "afregistrering",
    "deregistration",
    "deregister",
    "unregister",
    "länder",
    "ländern",
    "vänder",
    "berätta",
    "berättar",
    "berättade",
    "bekommen",
    "bekomme",
    "bekommt",
    "willkommen",
    "zukommen",
    "dazwischengekommen",
    "återkommer",
    "återkomma",
    "newsletter",
    "newslettern",
    "nyhetsbrev",
    "absender",
    "confirmation",
    "valmieras",
    // Finnish "a few" holds "muuta" (change): "muutama käytännön asia".
    "muutama",
    // Finnish "absolutely" holds "ehdot" (propose): "tulen ehdottomasti".
    "ehdottomasti",
    "ehdoton",
    "ehdottoman",
    "muutaman",
    "muutamia",
    "muutamat",
    "valmierā",
    // Latvian "atsaucos" (I answer, I refer to), not "atsaukt" (withdraw): "atvainojos, ka
    // atsaucos tikai tagad".
    "atsaucos",
    "atsaucamies",
    "atsaucoties",
    "atsaukties",
    // The noun "atsauce" (a reference), as a report's comments use it: "trūkst atsauces uz
    // līgumu" (the reference to the contract is missing).
    "atsauce",
    "atsauces",
    "atsaucei",
    "atsauci",
    "atsaucē",
    "atsauču",
    "atsaucēm",
];

/// [`FALSE_FRIENDS`] in any inflection ("newslettera", "newsletterze" hold "slett"; Latvian
/// "aizņemts", "aizņemta" (busy) hold "izņem" (take off)): prefixes.
pub const FALSE_FRIEND_STEMS: &[&str] = &["newsletter", "aizņem"];
