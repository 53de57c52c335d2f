//! The case endings that `nominative` undoes, one table per language and case: (inflected
//! ending, nominative ending), longest first where one ends another.

use super::Endings;

/// Estonian inessive of a head noun ("Teaduspargis", "keskuses"): the stem changes, so only
/// the usual heads of organisations' names are undone.
pub(super) const INESSIVE_ET_ENDINGS: Endings = &[
    ("pargis", "park"),
    ("keskuses", "keskus"),
    ("klastris", "klaster"),
    ("liidus", "liit"),
    ("ühingus", "ühing"),
    ("ülikoolis", "ülikool"),
    ("koolis", "kool"),
    ("instituudis", "instituut"),
    ("agentuuris", "agentuur"),
    ("fondis", "fond"),
    ("kojas", "koda"),
    ("ettevõttes", "ettevõte"),
    ("OÜ-s", "OÜ"),
    ("AS-is", "AS"),
];
/// Estonian elative of a head noun ("Ettevõtluskeskusest", "Teaduspargist": from …), the
/// inessive's stems with "-st".
pub(super) const ELATIVE_ET_ENDINGS: Endings = &[
    ("pargist", "park"),
    ("keskusest", "keskus"),
    ("klastrist", "klaster"),
    ("liidust", "liit"),
    ("ühingust", "ühing"),
    ("ülikoolist", "ülikool"),
    ("koolist", "kool"),
    ("instituudist", "instituut"),
    ("agentuurist", "agentuur"),
    ("fondist", "fond"),
    ("seltsist", "selts"),
    ("võrgustikust", "võrgustik"),
    ("kojast", "koda"),
    ("ettevõttest", "ettevõte"),
    ("OÜ-st", "OÜ"),
    ("AS-ist", "AS"),
];
/// Finnish elative of a head noun ("Kemianteollisuusklusterista", "Teknologiakeskuksesta",
/// "Yrityskylästä"): the usual heads' stems.
pub(super) const ELATIVE_FI_ENDINGS: Endings = &[
    ("ksesta", "s"),
    ("ksestä", "s"),
    ("klusterista", "klusteri"),
    ("puistosta", "puisto"),
    ("yhtiöstä", "yhtiö"),
    ("kylästä", "kylä"),
    ("verkostosta", "verkosto"),
    ("liitosta", "liitto"),
    ("yliopistosta", "yliopisto"),
    ("instituutista", "instituutti"),
    ("keskuksista", "keskukset"),
];
/// Finnish illative of a head noun ("klusteriin", "Teknologiakeskukseen", "Yrityskylään").
pub(super) const ILLATIVE_FI_ENDINGS: Endings = &[
    ("kseen", "s"),
    ("klusteriin", "klusteri"),
    ("puistoon", "puisto"),
    ("yhtiöön", "yhtiö"),
    ("kylään", "kylä"),
    ("verkostoon", "verkosto"),
    ("liittoon", "liitto"),
    ("yliopistoon", "yliopisto"),
    ("instituuttiin", "instituutti"),
];
/// Estonian illative of a head noun ("Ettevõtluskeskusesse", "Teadusparki", "klastrisse").
pub(super) const ILLATIVE_ET_ENDINGS: Endings = &[
    ("keskusesse", "keskus"),
    ("klastrisse", "klaster"),
    ("liitu", "liit"),
    ("ühingusse", "ühing"),
    ("ülikooli", "ülikool"),
    ("instituuti", "instituut"),
    ("agentuuri", "agentuur"),
    ("fondi", "fond"),
    ("kotta", "koda"),
    ("ettevõttesse", "ettevõte"),
    ("võrgustikku", "võrgustik"),
    ("OÜ-sse", "OÜ"),
];
/// Estonian partitive of a head noun ("Klastrit", "Teadusparki", "ühingut", "võrgustikku"):
/// the usual heads, then the regular endings of "-us", "-ing", "-ik" nouns.
pub(super) const PARTITIVE_ET_ENDINGS: Endings = &[
    ("klastrit", "klaster"),
    ("parki", "park"),
    ("liitu", "liit"),
    ("ülikooli", "ülikool"),
    ("kooli", "kool"),
    ("instituuti", "instituut"),
    ("agentuuri", "agentuur"),
    ("fondi", "fond"),
    ("seltsi", "selts"),
    ("ettevõtet", "ettevõte"),
    ("ametit", "amet"),
    ("OÜ-d", "OÜ"),
    ("AS-i", "AS"),
    ("ingut", "ing"),
    ("ikku", "ik"),
    ("ust", "us"),
];
/// Lithuanian genitive of the head noun ("asociacijos", "klasterio", "parko").
pub(super) const GENITIVE_LT_ENDINGS: Endings = &[
    ("rūmų", "rūmai"),
    ("os", "a"),
    ("ės", "ė"),
    ("io", "is"),
    ("o", "as"),
];
/// Lithuanian locative ("asociacijoje", "klasteryje", "parke").
pub(super) const LOCATIVE_LT_ENDINGS: Endings = &[
    ("oje", "a"),
    ("ėje", "ė"),
    ("yje", "is"),
    ("uje", "us"),
    ("e", "as"),
];
/// Lithuanian dative ("asociacijai", "klasteriui", "parkui").
pub(super) const DATIVE_LT_ENDINGS: Endings =
    &[("ai", "a"), ("ei", "ė"), ("iui", "is"), ("ui", "as")];
/// Latvian genitive ("klastera", "asociācijas", "centra"); masculine heads by name.
pub(super) const GENITIVE_LV_ENDINGS: Endings = &[
    ("klastera", "klasteris"),
    ("centra", "centrs"),
    ("institūta", "institūts"),
    ("parka", "parks"),
    ("fonda", "fonds"),
    ("tīkla", "tīkls"),
    ("uzņēmuma", "uzņēmums"),
    ("biroja", "birojs"),
    ("tora", "tors"),
    ("as", "a"),
    ("es", "e"),
];
/// Latvian locative ("federācijā", "klasterī", "centrā"); masculine heads by name.
pub(super) const LOCATIVE_LV_ENDINGS: Endings = &[
    ("torā", "tors"),
    ("centrā", "centrs"),
    ("institūtā", "institūts"),
    ("parkā", "parks"),
    ("fondā", "fonds"),
    ("tīklā", "tīkls"),
    ("uzņēmumā", "uzņēmums"),
    ("birojā", "birojs"),
    ("klasterī", "klasteris"),
    ("ā", "a"),
    ("ē", "e"),
];
/// Polish genitive: adjectives, then head nouns ("Podkarpackiego Klastra Lotniczego").
pub(super) const GENITIVE_PL_ADJECTIVES: Endings = &[
    ("skiego", "ski"),
    ("ckiego", "cki"),
    ("kiego", "ki"),
    ("giego", "gi"),
    ("ego", "y"),
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("ej", "a"),
];
pub(super) const GENITIVE_PL_NOUNS: Endings = &[
    ("stra", "ster"),
    ("acji", "acja"),
    ("ii", "ia"),
    ("tutu", "tut"),
    ("tetu", "tet"),
    ("niki", "nika"),
    ("rku", "rk"),
    ("ązku", "ązek"),
    ("zby", "zba"),
    ("nia", "nie"),
    ("upy", "upa"),
    ("ółki", "ółka"),
    ("ntrum", "ntrum"),
    // "z Pomorskiej Specjalnej Strefy", "z Agencji Rozwoju", "z Urzędu Miasta", "z Ośrodka".
    ("efy", "efa"),
    ("ncji", "ncja"),
    ("ędu", "ąd"),
    ("ady", "ada"),
    ("lni", "lnia"),
    ("tora", "tor"),
    ("iura", "iuro"),
    ("dka", "dek"),
    ("stwa", "stwo"),
    ("rtu", "rt"),
    ("ieci", "ieć"),
];
/// Polish locative ("w Pomorskim Klastrze Morskim", "w Fundacji", "w Izbie").
pub(super) const LOCATIVE_PL_ADJECTIVES: Endings = &[
    ("skim", "ski"),
    ("ckim", "cki"),
    ("kim", "ki"),
    ("gim", "gi"),
    ("ym", "y"),
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("ej", "a"),
];
pub(super) const LOCATIVE_PL_NOUNS: Endings = &[
    ("strze", "ster"),
    ("acji", "acja"),
    ("ii", "ia"),
    ("tucie", "tut"),
    ("tecie", "tet"),
    ("nice", "nika"),
    ("rku", "rk"),
    ("ązku", "ązek"),
    ("zbie", "zba"),
    ("niu", "nie"),
    ("upie", "upa"),
    ("ółce", "ółka"),
    ("ntrum", "ntrum"),
    // "Pomorskiej Specjalnej Strefie", "Agencji Rozwoju", "Urzędzie Miasta", "Ośrodku".
    ("efie", "efa"),
    ("ncji", "ncja"),
    ("ędzie", "ąd"),
    ("ładzie", "ład"),
    ("adzie", "ada"),
    ("lni", "lnia"),
    ("torze", "tor"),
    ("iurze", "iuro"),
    ("dku", "dek"),
    ("stwie", "stwo"),
    ("rcie", "rt"),
    ("ieci", "ieć"),
];
/// Polish instrumental ("kieruję Pomorskim Klastrem Morskim", "kieruję Fundacją Rozwoju").
pub(super) const INSTRUMENTAL_PL_ADJECTIVES: Endings = &[
    ("skim", "ski"),
    ("ckim", "cki"),
    ("kim", "ki"),
    ("gim", "gi"),
    ("ym", "y"),
    ("ską", "ska"),
    ("cką", "cka"),
    ("ną", "na"),
    ("wą", "wa"),
];
pub(super) const INSTRUMENTAL_PL_NOUNS: Endings = &[
    ("strem", "ster"),
    ("acją", "acja"),
    ("ią", "ia"),
    ("tutem", "tut"),
    ("tetem", "tet"),
    ("niką", "nika"),
    ("rkiem", "rk"),
    ("ązkiem", "ązek"),
    ("zbą", "zba"),
    ("niem", "nie"),
    ("upą", "upa"),
    ("ółką", "ółka"),
    ("ntrum", "ntrum"),
];
/// Russian instrumental ("руковожу Балтийской ассоциацией", "руковожу Северным кластером").
pub(super) const INSTRUMENTAL_RU_ADJECTIVES: Endings = &[
    ("ской", "ская"),
    ("ной", "ная"),
    ("ским", "ский"),
    ("ким", "кий"),
    ("ным", "ный"),
];
pub(super) const INSTRUMENTAL_RU_NOUNS: Endings = &[
    ("цией", "ция"),
    ("ией", "ия"),
    ("ством", "ство"),
    ("латой", "лата"),
    ("ппой", "ппа"),
    ("ром", "р"),
    ("том", "т"),
    ("дом", "д"),
    ("зом", "з"),
];
/// Russian genitive ("из Балтийской ассоциации", "из Петербургского кластера").
pub(super) const GENITIVE_RU_ADJECTIVES: Endings = &[
    ("ской", "ская"),
    ("ной", "ная"),
    ("ского", "ский"),
    ("кого", "кий"),
    ("ного", "ный"),
];
pub(super) const GENITIVE_RU_NOUNS: Endings = &[
    ("ции", "ция"),
    ("ии", "ия"),
    ("ства", "ство"),
    ("ра", "р"),
    ("та", "т"),
    ("да", "д"),
    ("за", "з"),
    ("латы", "лата"),
    ("ппы", "ппа"),
];
/// Russian prepositional ("в Балтийской ассоциации", "в Петербургском кластере").
pub(super) const PREPOSITIONAL_RU_ADJECTIVES: Endings = &[
    ("ской", "ская"),
    ("ной", "ная"),
    ("ском", "ский"),
    ("ком", "кий"),
    ("ном", "ный"),
];
pub(super) const PREPOSITIONAL_RU_NOUNS: Endings = &[
    ("ции", "ция"),
    ("нии", "ние"),
    ("ке", "к"),
    ("ии", "ия"),
    ("стве", "ство"),
    ("лате", "лата"),
    ("ппе", "ппа"),
    ("ре", "р"),
    ("те", "т"),
    ("де", "д"),
    ("зе", "з"),
];
