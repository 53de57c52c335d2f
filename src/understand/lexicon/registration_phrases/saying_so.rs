//! More ways of saying one comes, beside [`super::REGISTRATION_PHRASES`]: a wish to come with
//! its subject ("jag vill gärna komma till …", "jeg vil gjerne komme til …"), spoken and
//! telegraphic forms ("tuun", "im in for …", "laitappa mut listoille"), asking to be written
//! down or counted in ("užrašykite mane", "pieskaitiet mani", "panen end kirja", "оформите
//! меня"), confirming one's own participation ("I am confirming my participation", "ich
//! bestätige meine Teilnahme") and accepting or ticking one's name ("sæt et kryds ud for mit
//! navn"). Whole words; adverbs such as "gärna", "gerne", "also" may stand inside a phrase
//! (see `intents::matching`).

/// Phrases that ask to take part or say the sender will come; whole words.
pub const SAYING_SO: &[&str] = &[
    // A wish to come, with its subject: "Jag vill gärna komma till Riga", "Så vill jag gärna
    // komma till …", "Jeg vil gerne komme til workshoppen", "Jeg vil gjerne komme til Riga".
    // "till"/"til" keeps out "jag vill komma med ett förslag" (offer a proposal); Danish and
    // Norwegian only with "gerne"/"gjerne", since "vi vil komme til at …" is "we will end up".
    "jag vill komma till",
    "vill jag komma till",
    "vi vill komma till",
    "vill vi komma till",
    "jag skulle vilja komma till",
    "skulle jag vilja komma till",
    "vi skulle vilja komma till",
    "jag vill åka till",
    "vi vill åka till",
    "gerne komme til",
    "gjerne komme til",
    // Spoken Finnish "tuun" (tulen), "tullaan" is "we come" only as often as it is passive.
    "tuun",
    "tuun mukaan",
    // Being written down: "merkitkää minut", "merkitse minut", "kirjatkaa minut", "laitappa
    // mut listoille", "laita minut listalle".
    "merkitkää minut",
    "merkitse minut",
    "merkkaa minut",
    "merkatkaa minut",
    "kirjatkaa minut",
    "kirjaa minut",
    // Said of the organisers: "jotta järjestäjät kirjaavat minut", "voisitteko kirjata minut".
    "kirjata minut",
    "kirjaavat minut",
    "kirjaatte minut",
    "kirjaisitte minut",
    "merkitsevät minut",
    "merkitsette minut",
    "laitappa mut",
    "laitatko mut",
    "laita minut",
    "laittakaa minut",
    // Estonian "panen end kirja", "panen ennast kirja" (I put myself down).
    "panen end kirja",
    "panen ennast kirja",
    "paneme end kirja",
    // Lithuanian "užrašykite mane", "užrašykit mane", "skaičiuokite mane", "įtraukite mane".
    "užrašykite mane",
    "užrašykit mane",
    "užrašyk mane",
    "užrašykite mus",
    "užrašykit mus",
    "skaičiuokite mane",
    "skaičiuokit mane",
    "įskaičiuokite mane",
    "įtraukite mane",
    "įtraukit mane",
    // Latvian "pierakstiet arī mani", "pieskaitiet mani", "iekļaujiet mani".
    "pierakstiet arī mani",
    "pierakstiet mani",
    "pierakstiet mūs",
    "pieskaitiet mani",
    "pieskaitiet arī mani",
    "iekļaujiet mani",
    "iekļaujiet arī mani",
    "pieņemu ielūgumu",
    "pieņemam ielūgumu",
    "pieņemam uzaicinājumu",
    // Russian "оформите меня" (sign me up), also typed in Latin letters.
    "оформите меня",
    "оформите и меня",
    "oformite menja",
    "oformite menya",
    // Asking a colleague or friend who sends the list (the second person singular): "pieteic
    // arī mani", "zgłoś też mnie", "ilmoita minut mukaan", "užregistruok ir mane".
    "pieteic mani",
    "pieteic arī mani",
    "pieraksti mani",
    "pieraksti arī mani",
    "zgłoś mnie",
    "zgłoś też mnie",
    "zgłoś także mnie",
    "zgłoś i mnie",
    "zapisz mnie",
    "zapisz też mnie",
    "zapisz także mnie",
    "ilmoita minut",
    "ilmoita myös minut",
    "ilmoita mut",
    "užregistruok mane",
    "užregistruok ir mane",
    "įrašyk mane",
    "įrašyk ir mane",
    "registreeri mind",
    "registreeri ka mind",
    "запиши и меня",
    "зарегистрируй меня",
    // Someone who will represent the sender's organisation, in the third person: "mūsu
    // klasteri pārstāvēs kolēģe …", "mūsų klasteriui atstovaus kolegė …", "meie klastrit
    // esindab kolleeg …", "nasz klaster będzie reprezentować …", "наш кластер представит …".
    // Whole words: not the first person that introduces the sender's organisation
    // ("pārstāvu", "atstovauju", "reprezentuję", "представляю"), nor "представитель".
    "pārstāvēs",
    "atstovaus",
    "esindab",
    "esindavad",
    "będzie reprezentować",
    "będzie reprezentowała",
    "będzie reprezentował",
    "reprezentować będzie",
    "представит",
    "представят",
    "будет представлять",
    // "Впишите меня" (write me in), also in Latin letters.
    "впишите меня",
    "впишите и меня",
    "vpishite menja",
    "vpishite menya",
    // Idioms of being in or not missing it, said of the sender: "das lasse ich mir nicht
    // entgehen", "den står jag inte över", "jeg henger meg på", "mä oon messissä", "skaitiet
    // mani iekšā", "be manęs neapsieisite", "piszę się na to", "я в деле". The negation is
    // inside the phrase, so the phrase is the yes (a "nicht" before it still refuses).
    "ich mir nicht entgehen",
    "ich mir das nicht entgehen",
    "wir uns nicht entgehen",
    "wir uns das nicht entgehen",
    "rechnen sie mit mir",
    "rechnen sie mit uns",
    "rechnet mit mir",
    "rechnet mit uns",
    "står jag inte över",
    "jag står inte över",
    "står vi inte över",
    "vi står inte över",
    "henger meg på",
    "henger oss på",
    "regn meg med",
    "regn oss med",
    "oon messissä",
    "olen messissä",
    "ollaan messissä",
    "olemme messissä",
    "skaitiet mani iekšā",
    "skaitiet arī mani iekšā",
    "skaitiet mūs iekšā",
    "be manęs neapsieisite",
    "be manęs neapsieisit",
    "be mūsų neapsieisite",
    "be mūsų neapsieisit",
    // Lithuanian spoken imperative without its last vowel: "rašykit mane", "įrašykit mane".
    "rašykit mane",
    "rašykite mane",
    "įrašykit mane",
    "įrašykit mus",
    "piszę się",
    "piszemy się",
    "я в деле",
    "мы в деле",
    "ja v dele",
    // Coming, in the present ("I'm coming to Riga"; "I'm coming from Oslo" is something else,
    // see `intents::matching`), and taking one of the seats.
    "i'm coming",
    "i am coming",
    "we're coming",
    "we are coming",
    "take one of the seats",
    "take one of the places",
    // Written in: "skriv meg gjerne inn", "skriv mig ind".
    "skriv meg inn",
    "skriv mig ind",
    "skriv in mig",
    // Coming in the progressive: "I'll be coming to Riga", "my colleague and I will both be
    // coming" (negated, "I won't be coming" cancels through `attendance::ATTEND`).
    "i will be coming",
    "i'll be coming",
    "we will be coming",
    "we'll be coming",
    "will both be coming",
    // English typed on a phone: "im in for riga".
    "im in for",
    "pencil me in",
    "pencil us in",
    // Confirming one's own participation, said by the sender (not "thanks for confirming my
    // participation"): "I am confirming my participation", "ich bestätige meine Teilnahme".
    "i confirm my participation",
    "i am confirming my participation",
    "i'm confirming my participation",
    "hereby confirm my participation",
    "we confirm our participation",
    "we are confirming our participation",
    "i confirm my attendance",
    "i am confirming my attendance",
    "ich bestätige meine teilnahme",
    "bestätige ich meine teilnahme",
    "wir bestätigen unsere teilnahme",
    "jag bekräftar mitt deltagande",
    "vi bekräftar vårt deltagande",
    "jeg bekræfter min deltagelse",
    "vi bekræfter vores deltagelse",
    "jeg bekrefter min deltakelse",
    "vi bekrefter vår deltakelse",
    "vahvistan osallistumiseni",
    "vahvistamme osallistumisemme",
    "potwierdzam udział",
    "potwierdzam swój udział",
    "potwierdzam moje uczestnictwo",
    "potwierdzamy udział",
    "подтверждаю участие",
    "подтверждаю своё участие",
    "подтверждаю свое участие",
    "подтверждаем участие",
    // The same as a wish, in the infinitive: "I'm writing to confirm my participation", "ich
    // möchte meine Teilnahme bestätigen", "vēlos apstiprināt savu dalību".
    "writing to confirm my participation",
    "like to confirm my participation",
    "like to confirm our participation",
    "writing to confirm my attendance",
    "meine teilnahme bestätigen",
    "unsere teilnahme bestätigen",
    "bekräfta mitt deltagande",
    "bekræfte min deltagelse",
    "bekrefte min deltakelse",
    "vahvistaa osallistumiseni",
    "kinnitada oma osalemist",
    "kinnitada osalemist",
    "apstiprināt savu dalību",
    "apstiprināt dalību",
    "patvirtinti savo dalyvavimą",
    "patvirtinti dalyvavimą",
    "potwierdzić swój udział",
    "potwierdzić udział",
    "подтвердить своё участие",
    "подтвердить свое участие",
    "подтвердить участие",
    // Counting on the sender's participation: "you can count on our participation".
    "count on my participation",
    "count on our participation",
    "mit meiner teilnahme rechnen",
    "mit unserer teilnahme rechnen",
    "räkna med mitt deltagande",
    "regne med min deltagelse",
    "regne med min deltakelse",
    // Counted on or expected: "Sie können auf meine Teilnahme zählen", "voitte laskea minut
    // mukaan", "mogą Państwo na mnie liczyć", "galite manęs laukti", "you can expect me".
    "auf meine teilnahme zählen",
    "auf unsere teilnahme zählen",
    "zählen sie auf meine teilnahme",
    "zählen sie auf unsere teilnahme",
    "laskea minut mukaan",
    "laskea meidät mukaan",
    "na mnie liczyć",
    "na nas liczyć",
    "galite manęs laukti",
    "galite mūsų laukti",
    "you can expect me",
    "you can expect us",
    // Put on the list of participants, the name after it ("Lūdzu iekļaut dalībnieku sarakstā:
    // …", "Prašau įtraukti į dalyvių sąrašą: …", "Please add to the participant list: …").
    "add to the participant list",
    "add to the participants list",
    "add to the list of participants",
    "iekļaut dalībnieku sarakstā",
    "iekļaujiet dalībnieku sarakstā",
    "įtraukti į dalyvių sąrašą",
    "įtraukite į dalyvių sąrašą",
    "book us",
    "sign me in for",
    "sign us in for",
    // Accepting the invitation with the object first or an adverb inside: "Kvietimą priimu",
    // "Võtan kutse rõõmuga vastu".
    "kvietimą priimu",
    "kvietimą priimame",
    "kvietimą mielai priimu",
    "võtan kutse rõõmuga vastu",
    "võtame kutse rõõmuga vastu",
    // Accepting the invitation, in the plural: "Wir nehmen die Einladung gerne an".
    "nehmen die einladung",
    "nehmen wir die einladung",
    "nehmen ihre einladung",
    "nehmen wir ihre einladung",
    "we accept the invitation",
    "we accept your invitation",
    // "Nehmen Sie mich bitte (mit) auf" (take me on the list, along).
    "nehmen sie mich auf",
    "nehmen sie mich bitte auf",
    "nehmen sie mich mit auf",
    "nehmen sie mich bitte mit auf",
    "nehmen sie mich mit",
    "nehmen sie mich bitte mit",
    "nehmt mich mit",
    "nimm mich mit",
    // A cross by one's name: "sætte et kryds ud for mit navn", "sätt ett kryss vid mitt
    // namn", "sett et kryss ved navnet mitt".
    "kryds ud for mit navn",
    "kryds ved mit navn",
    "kryss vid mitt namn",
    "kryss ved navnet mitt",
    "kryss ved mitt navn",
];

/// German separable verbs of coming along or being there, the verb and the particle that
/// ends its clause: "da komme ich gerne mit", "ich wäre gern in Riga dabei".
pub const SAYING_SO_SEPARABLE: &[(&str, &str)] = &[
    ("komme", "mit"),
    ("kommen", "mit"),
    ("wäre", "dabei"),
    ("wären", "dabei"),
];

/// Nothing standing in the way of the sender's coming any more ("damit steht meiner Teilnahme
/// nichts mehr im Weg", "nothing stands in the way of my participation now", "nu står intet i
/// vejen for min deltagelse"): a condition met, so a yes. Substrings of the lowercased
/// sentence; the negation inside is the idiom's, not a refusal.
pub const NOTHING_IN_THE_WAY: &[&str] = &[
    "steht meiner teilnahme nichts",
    "meiner teilnahme steht nichts",
    "steht meiner teilnahme jetzt nichts",
    "nothing stands in the way of my",
    "nothing stands in the way of our",
    "nothing in the way of my participation",
    "står intet i vejen for min deltagelse",
    "står ingenting i vejen for min deltagelse",
    "står inget i vägen för mitt deltagande",
    "står ingenting i vägen för mitt deltagande",
    "står ingenting i veien for min deltakelse",
    "er det ingenting i veien for min deltakelse",
    "nic nie stoi na przeszkodzie mojemu",
    "nic nie stoi na przeszkodzie, żebym",
    "ничто не мешает моему участию",
    "ничего не мешает моему участию",
    "ei ole enää estettä osallistumiselleni",
    "mitään estettä osallistumiselleni",
    "nekas vairs netraucē manai dalībai",
    "nekas netraucē manai dalībai",
    "niekas nebetrukdo mano dalyvavimui",
    "minu osalemisel pole enam takistusi",
];

/// The answer to who comes, as a clause of its own ("the answer is yes – it'll be me", "svaret
/// er ja, det blir meg"): whole words, the clause's words exactly. Not "it will be me who sends
/// the report" (more words in the clause).
pub const IT_WILL_BE_ME: &[&[&str]] = &[
    &["it'll", "be", "me"],
    &["it", "will", "be", "me"],
    &["that'll", "be", "me"],
    &["that", "will", "be", "me"],
    &["det", "blir", "meg"],
    &["det", "blir", "jeg"],
    &["det", "bliver", "mig"],
    &["det", "bliver", "mig", "selv"],
    &["det", "blir", "jag"],
    &["det", "blir", "mig"],
    &["das", "werde", "ich", "sein"],
    &["ich", "werde", "es", "sein"],
    &["to", "będę", "ja"],
    &["это", "буду", "я"],
    &["буду", "я"],
    &["tas", "būšu", "es"],
    &["būšu", "es"],
    &["tai", "būsiu", "aš"],
    &["būsiu", "aš"],
    &["see", "olen", "mina"],
    &["see", "saan", "olema", "mina"],
    &["se", "olen", "minä"],
];

/// "See you" as a closing line opens with ("See you in Riga!", "Ses i Riga!", "Bis bald in
/// Riga", "Tiekamies Rīgā!", "До встречи в Риге"): the words that open it, exactly. With the
/// event's place, a day or "there" after it, the sender says they will be there.
pub const SEE_YOU: &[&[&str]] = &[
    &["see", "you"],
    &["see", "u"],
    &["see", "ya"],
    &["vi", "ses"],
    &["ses"],
    &["vi", "sees"],
    &["sees"],
    &["vi", "ses", "i"],
    &["bis", "bald"],
    &["wir", "sehen", "uns"],
    &["nähdään"],
    &["näeme"],
    &["uz", "tikšanos"],
    &["tiekamies"],
    &["iki", "pasimatymo"],
    &["iki", "susitikimo"],
    &["susitiksime"],
    &["do", "zobaczenia"],
    &["widzimy", "się"],
    &["до", "встречи"],
    &["увидимся"],
];

/// Stems of coming along ("ich möchte mitkommen", "ob ich mitzukommen"): long, so they match
/// inside a word (see [`super::super::intents::REGISTRATION`]).
/// Lithuanian signing up ("užsirašau į seminarą", "užsirašome abu") too.
pub const SAYING_SO_STEMS: &[&str] = &["mitkomm", "užsiraš"];
