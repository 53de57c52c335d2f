//! What the sender asks for: registration, idea, cancellation, update, question — from their own
//! words and the subject, in the region's eleven languages.
//!
//! Words are matched by stem so inflections need no tables ("reģistr" covers reģistrēties,
//! reģistrācija; "anmeld" covers Anmeldung, anmelden). A hit only counts when its clause is not
//! negated ("I cannot register yet", "nevaru reģistrēties", "не могу зарегистрироваться") or
//! hypothetical ("if I register…"). Quoted text never reaches this module.

use super::Intent;

/// Stems that ask to take part. Stems of five letters or more match inside a word (prefixes:
/// "užregistruoti", "zarejestrować", "зарегистрироваться"); shorter ones match a whole word.
const REGISTRATION: &[&str] = &[
    "regist",
    "reģistr",
    "rejestr",
    "регистр",
    "anmeld",
    "anmäl",
    "tilmeld",
    "påmeld",
    "ilmoittau",
    "pieteik",
    "piedalī",
    "dalyvau",
    "dalyvaut",
    "osaleda",
    "osalen",
    "osallistu",
    "deltag",
    "delta",
    "teilnehm",
    "teilnahme",
    "participat",
    "attend",
    "zgłosz",
    "zgłasz",
    "zapisać",
    "zapisz",
    "udział",
    "участ",
    "записат",
    "запиши",
    "join",
    "joining",
];
const REGISTRATION_PHRASES: &[&str] = &[
    "sign me up",
    "sign us up",
    "signing up",
    "sign up",
    "melden sie mich",
    "melde mich",
    "meld mig",
    "meld meg",
    "melden uns",
    "count me in",
];
const CANCELLATION: &[&str] = &[
    "cancel",
    "withdraw",
    "atcel",
    "atsauk",
    "atšauk",
    "tühista",
    "peruu",
    "perua",
    "perun",
    "avbok",
    "avanmäl",
    "afmeld",
    "avmeld",
    "stornier",
    "absag",
    "abmeld",
    "anulow",
    "rezygn",
    "отмен",
    "отказ",
    "отозва",
];
const CANCELLATION_PHRASES: &[&str] =
    &["sage ab", "sagen ab", "melde mich ab", "melden sie mich ab"];
const IDEA: &[&str] = &[
    "idea",
    "ideas",
    "ideja",
    "idėja",
    "idėją",
    "idėjų",
    "idėjo",
    "idee",
    "ideen",
    "idé",
    "idéer",
    "pomysł",
    "идея",
    "идеи",
    "идею",
    "proposal",
    "propose",
    "suggest",
    "vorschlag",
    "vorschlagen",
    "förslag",
    "föreslå",
    "forslag",
    "foreslå",
    "ettepanek",
    "ehdot",
    "pasiūl",
    "priekšlik",
    "ierosin",
    "propozycj",
    "proponuj",
    "sugeruj",
    "предлаг",
    "предложен",
];
/// Cues that correct earlier data whatever the thread.
const CORRECTION: &[&str] = &[
    "correction",
    "labojum",
    "izlabo",
    "pataisy",
    "parandus",
    "korjau",
    "rättelse",
    "rettelse",
    "korrektur",
    "berichtig",
    "korekt",
    "popraw",
    "исправ",
];
const CORRECTION_PHRASES: &[&str] = &[
    "please note that my",
    "instead of",
    "change my",
    "update my",
    "my organisation is",
    "my organization is",
    "my company is",
    "my name is",
    "my email is",
    "my title is",
    "should be",
];
/// Cues that correct only in a reply to regbot's own mail.
const CORRECTION_IN_REPLY: &[&str] = &[
    "change",
    "update",
    "correct",
    "wrong",
    "mainīt",
    "pakeis",
    "muuda",
    "muuta",
    "ändra",
    "ændr",
    "endre",
    "änder",
    "zmień",
    "zmian",
    "измен",
    "note",
];
const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "cannot",
    "can't",
    "cant",
    "won't",
    "don't",
    "dont",
    "unable",
    "neither",
    "ne",
    "nevaru",
    "nevarēšu",
    "nevarēsim",
    "nevar",
    "nav",
    "nespēju",
    "negribu",
    "negaliu",
    "negalėsiu",
    "negalime",
    "nenoriu",
    "ei",
    "ega",
    "mitte",
    "pole",
    "emme",
    "ette",
    "eivät",
    "inte",
    "ej",
    "icke",
    "aldrig",
    "ikke",
    "ikkje",
    "aldri",
    "nicht",
    "kein",
    "keine",
    "nie",
    "niemals",
    "не",
    "нет",
    "ни",
    "никак",
    "nemohu",
];
const HYPOTHETICAL: &[&str] = &[
    "if", "whether", "unless", "jei", "jeigu", "jos", "om", "hvis", "wenn", "falls", "ob", "jeśli",
    "jeżeli", "gdyby", "если", "kui",
];
const POSSESSIVE: &[&str] = &[
    "my", "our", "your", "mein", "meine", "meiner", "meinen", "unsere", "ihre", "mano", "minu",
    "mu", "mitt", "min", "mine", "moja", "moją", "mojej", "moje", "мою", "моей", "моя", "mans",
    "manu", "savu", "minun", "jūsų", "teie", "din", "twoja", "вашу",
];
const REQUEST_OPENERS: &[&str] = &[
    "could you",
    "can you",
    "would you",
    "will you",
    "könnten sie",
    "können sie",
    "kan du",
    "kan ni",
    "voisitteko",
    "voisitko",
    "czy mogą",
    "czy może",
    "не могли бы",
    "vai jūs",
    "ar galėtumėte",
    "kas te saaksite",
];
const POLITENESS: &[&str] = &[
    "how are you",
    "hope you are well",
    "how is it going",
    "wie geht",
    "kā jums",
    "kā tev",
    "kaip sekasi",
    "kuidas läheb",
    "mitä kuuluu",
    "hur mår",
    "hvordan har",
    "jak się masz",
    "как дела",
    "isn't it",
    "right?",
];
const QUESTION_OPENERS: &[&str] = &[
    "i wonder",
    "i would like to know",
    "i'd like to know",
    "please let me know if",
    "please let me know whether",
    "ich möchte wissen",
    "vēlos uzzināt",
    "norėčiau sužinoti",
    "haluaisin tietää",
    "jag undrar",
    "jeg lurer på",
    "jeg vil gerne vide",
    "chciałbym wiedzieć",
    "chciałabym wiedzieć",
    "хотел бы узнать",
    "хотела бы узнать",
];

/// What was found: the intents (sorted, unique), the idea's text and the question's text.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    pub intents: Vec<Intent>,
    pub idea: Option<String>,
    pub question: Option<String>,
}

/// Strips reply and forward prefixes ("Re:", "AW:", "SV:", "Vs:", "Atb:", "Ats:", "Odp:",
/// "Отв:", "Fwd:", "WG:" …). Returns the rest and whether it was a reply.
pub fn strip_subject(subject: &str) -> (&str, bool) {
    const REPLY: &[&str] = &[
        "re", "aw", "sv", "vs", "atb", "ats", "odp", "отв", "ynt", "r",
    ];
    const FORWARD: &[&str] = &["fw", "fwd", "wg", "vl", "tr", "pd", "fwd", "пересл", "vb"];
    let mut rest = subject.trim();
    let mut reply = false;
    for _ in 0..10 {
        let Some((head, tail)) = rest.split_once(':') else {
            break;
        };
        let head = head.trim().to_lowercase();
        let head = head.split('[').next().unwrap_or("").trim().to_string();
        if REPLY.contains(&head.as_str()) {
            reply = true;
        } else if !FORWARD.contains(&head.as_str()) {
            break;
        }
        rest = tail.trim_start();
    }
    (rest, reply)
}

/// One clause's words, lowercase, without addresses and links.
fn words(clause: &str) -> Vec<String> {
    clause
        .split_whitespace()
        .filter(|t| !t.contains('@') && !t.contains("://") && !t.starts_with("www."))
        .flat_map(|t| {
            t.split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .map(|w| w.trim_matches('\'').to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn stem_hit(word: &str, stem: &str) -> bool {
    // `nth(4)` rather than counting: this runs for every word and stem.
    if stem.chars().nth(4).is_some() {
        word.contains(stem)
    } else {
        word == stem
    }
}

/// Positions of the words that carry one of `stems`, plus the first word of each phrase.
fn hits(words: &[String], stems: &[&str], phrases: &[&str]) -> Vec<usize> {
    let mut out: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| stems.iter().any(|s| stem_hit(w, s)))
        .map(|(i, _)| i)
        .collect();
    for phrase in phrases {
        let p: Vec<&str> = phrase.split(' ').collect();
        if p.is_empty() || words.len() < p.len() {
            continue;
        }
        for i in 0..=(words.len() - p.len()) {
            if words
                .get(i..i + p.len())
                .is_some_and(|ws| ws.iter().zip(&p).all(|(a, b)| a == b))
            {
                out.push(i);
            }
        }
    }
    out
}

/// Whether the word at `i` is negated or hypothetical: a negator or "if" among the few words
/// before it in the same clause, or a negative prefix on the word itself ("nereģistrēšos").
fn negated(words: &[String], i: usize) -> bool {
    let from = i.saturating_sub(5);
    let before = words.get(from..i).unwrap_or(&[]);
    if before
        .iter()
        .any(|w| NEGATORS.contains(&w.as_str()) || HYPOTHETICAL.contains(&w.as_str()))
    {
        return true;
    }
    if before.iter().any(|w| w.ends_with("n't")) {
        return true;
    }
    // Finnish "en" (I do not) only before a verb; elsewhere "en" is Scandinavian "a".
    if before.windows(2).any(|p| {
        p[0] == "en"
            && [
                "voi",
                "pysty",
                "pääse",
                "ehdi",
                "halua",
                "ole",
                "tule",
                "ilmoittaudu",
                "osallistu",
            ]
            .iter()
            .any(|v| p[1].starts_with(v))
    }) {
        return true;
    }
    words.get(i).is_some_and(|w| {
        (w.starts_with("ne") || w.starts_with("nie"))
            && REGISTRATION
                .iter()
                .chain(CANCELLATION)
                .any(|s| s.chars().nth(4).is_some() && w.get(2..).is_some_and(|r| r.starts_with(s)))
    })
}

/// Clauses: split at sentence ends, line ends and commas/semicolons (which end a condition).
fn clauses(sentence: &str) -> Vec<&str> {
    sentence
        .split([',', ';', ':'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Sentences of a text, with their terminator, and the paragraph index each belongs to.
fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (p, para) in text.split("\n\n").enumerate() {
        let mut cur = String::new();
        // Inside a quoted title ("Why and how to do it?") a '?' or '.' ends no sentence.
        let mut quoted = false;
        for c in para.chars() {
            if c == '\n' {
                if !cur.trim().is_empty() {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
                quoted = false;
                continue;
            }
            cur.push(c);
            match c {
                '"' => quoted = !quoted,
                '“' | '„' | '«' if !quoted => quoted = true,
                '”' | '“' | '»' if quoted => quoted = false,
                _ => {}
            }
            if !quoted && matches!(c, '.' | '!' | '?') {
                if !cur.trim().is_empty() && cur.trim().len() > 1 {
                    out.push((p, cur.trim().to_string()));
                }
                cur.clear();
            }
        }
        if !cur.trim().is_empty() {
            out.push((p, cur.trim().to_string()));
        }
    }
    out
}

fn positive(sentence: &str, stems: &[&str], phrases: &[&str], skip_possessive: bool) -> bool {
    clauses(sentence).iter().any(|clause| {
        let w = words(clause);
        hits(&w, stems, phrases).into_iter().any(|i| {
            let possessive = skip_possessive
                && i > 0
                && w.get(i - 1)
                    .is_some_and(|p| POSSESSIVE.contains(&p.as_str()));
            !possessive && !negated(&w, i)
        })
    })
}

fn contains_phrase(sentence: &str, phrases: &[&str]) -> bool {
    let joined = format!(" {} ", words(sentence).join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}

fn is_question(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if POLITENESS.iter().any(|p| lower.contains(p)) {
        return false;
    }
    let asks = lower.trim_end().ends_with('?') && words(&lower).len() >= 3;
    let opener = QUESTION_OPENERS.iter().any(|p| lower.starts_with(p));
    if !(asks || opener) {
        return false;
    }
    // "Could you register me?" is a request, not a question.
    let request = REQUEST_OPENERS
        .iter()
        .any(|p| lower.starts_with(p) || lower.contains(&format!("please {p}")))
        && (positive(&lower, REGISTRATION, REGISTRATION_PHRASES, true)
            || positive(&lower, CANCELLATION, CANCELLATION_PHRASES, false));
    !request
}

/// Finds the intents of a message from its subject and the sender's own text.
/// `reply_to_own`: the message answers mail regbot sent (In-Reply-To/References).
pub fn detect(subject: Option<&str>, own: &str, reply_to_own: bool) -> Found {
    // Requests are stated up front; a long tail (pasted documents) only costs time.
    let own = super::decode::cut_str(own, 16 * 1024);
    let mut found = Found::default();
    let mut sents = sentences(own);
    if let Some(subject) = subject {
        let (rest, reply) = strip_subject(subject);
        // A reply's subject is someone else's words (often regbot's own "Your registration").
        if !reply && !rest.is_empty() {
            sents.push((usize::MAX, rest.to_string()));
        }
    }
    let mut registration = false;
    let mut cancellation = false;
    let mut update = false;
    let mut idea_paras: Vec<usize> = Vec::new();
    let mut question: Vec<&str> = Vec::new();
    for (para, s) in &sents {
        let in_subject = *para == usize::MAX;
        let q = !in_subject && is_question(s);
        if q {
            question.push(s);
        }
        // A real question about the event ("is there a hotel for the participants?", "can I
        // register by phone?") asks; it registers nobody. Requests are not questions (above).
        if !q && positive(s, REGISTRATION, REGISTRATION_PHRASES, true) {
            registration = true;
        }
        if positive(s, CANCELLATION, CANCELLATION_PHRASES, false) {
            cancellation = true;
        }
        if !q && positive(s, IDEA, &[], false) {
            if in_subject {
                idea_paras.push(usize::MAX);
            } else if !idea_paras.contains(para) {
                idea_paras.push(*para);
            }
        }
        if positive(s, CORRECTION, &[], false)
            || contains_phrase(s, CORRECTION_PHRASES)
            || (reply_to_own && positive(s, CORRECTION_IN_REPLY, &[], false))
        {
            update = true;
        }
    }
    if reply_to_own && !update {
        // A reply to regbot's acknowledgement that restates a field ("Organisation: …").
        update = own.lines().any(|l| super::fields::field_line(l).is_some());
    }
    if cancellation || update {
        // "Cancel my registration" / a correction is about an existing registration.
        registration = false;
    }
    let mut intents = Vec::new();
    if registration {
        intents.push(Intent::Registration);
    }
    if !idea_paras.is_empty() {
        intents.push(Intent::Idea);
        let paras: Vec<&str> = own.split("\n\n").collect();
        let text: Vec<&str> = idea_paras
            .iter()
            .filter_map(|p| paras.get(*p).copied())
            .map(str::trim)
            .collect();
        found.idea = Some(if text.is_empty() {
            own.trim().to_string()
        } else {
            text.join("\n\n")
        });
    }
    if cancellation {
        intents.push(Intent::Cancellation);
    }
    if update {
        intents.push(Intent::Update);
    }
    if !question.is_empty() {
        intents.push(Intent::Question);
        found.question = Some(question.join(" "));
    }
    intents.sort();
    found.intents = intents;
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use Intent::*;

    fn intents(subject: &str, own: &str) -> Vec<Intent> {
        detect(Some(subject), own, false).intents
    }

    #[test]
    fn registration_in_each_language() {
        for text in [
            "I would like to register for the workshop.",
            "Vēlos pieteikties seminārā.",
            "prašau mane užregistruoti į seminarą",
            "palun registreerige mind",
            "Ilmoittaudun työpajaan.",
            "härmed anmäler jag mig till workshopen",
            "Jeg vil gerne tilmelde mig workshoppen.",
            "Bitte melden Sie mich an.",
            "proszę o zarejestrowanie mnie na warsztaty",
            "Хочу зарегистрироваться на семинар.",
        ] {
            assert_eq!(intents("Hello", text), vec![Registration], "{text}");
        }
    }

    #[test]
    fn negated_or_hypothetical_registration_is_not_one() {
        for text in [
            "I cannot register yet, my manager has to decide.",
            "Unfortunately I am not able to register.",
            "nevaru reģistrēties šobrīd",
            "ich kann mich noch nicht anmelden",
            "не могу зарегистрироваться",
            "en voi ilmoittautua vielä",
            "If I register, do I get a certificate",
            "nie mogę się zarejestrować",
        ] {
            assert!(!intents("Hello", text).contains(&Registration), "{text}");
        }
    }

    #[test]
    fn cancellation_wins_over_the_word_registration() {
        assert_eq!(
            intents("Cancel registration", "Please cancel my registration."),
            vec![Cancellation]
        );
        assert_eq!(
            intents("Absage", "leider muss ich meine Anmeldung stornieren."),
            vec![Cancellation]
        );
    }

    #[test]
    fn questions_need_a_real_question() {
        assert_eq!(intents("Hi", "Is accommodation provided?"), vec![Question]);
        assert_eq!(
            intents("Hi", "Could you please register me for the workshop?"),
            vec![Registration]
        );
        assert_eq!(
            intents("Hi", "How are you? Please register me."),
            vec![Registration]
        );
        assert!(intents("Re: Your registration", "Great, thanks!").is_empty());
    }

    #[test]
    fn a_quoted_title_ending_in_a_question_mark_asks_nothing() {
        assert_eq!(
            intents(
                "Registration",
                "I would like to register for the workshop \"Cluster internationalisation - Why and how to do it?\" in Riga."
            ),
            vec![Registration]
        );
        assert_eq!(
            intents(
                "Anmeldung",
                "Ich melde mich zum Workshop „Wie geht das?“ in Riga an."
            ),
            vec![Registration]
        );
    }

    #[test]
    fn a_question_about_participants_registers_nobody() {
        assert_eq!(
            intents(
                "Hotel",
                "gibt es für die Teilnehmer eine Empfehlung für ein Hotel in der Nähe des Veranstaltungsortes?"
            ),
            vec![Question]
        );
    }

    #[test]
    fn idea_and_registration_together_with_the_idea_text() {
        let f = detect(
            Some("Signing up + a proposal"),
            "please sign me up.\n\nMy proposal: measuring results.\n\nJakob",
            false,
        );
        assert_eq!(f.intents, vec![Registration, Idea]);
        assert_eq!(f.idea.as_deref(), Some("My proposal: measuring results."));
    }

    #[test]
    fn corrections_in_a_reply_are_updates() {
        let f = detect(
            Some("Re: Your registration"),
            "Please note that my organisation is Welfare Tech Denmark.",
            true,
        );
        assert_eq!(f.intents, vec![Update]);
    }

    #[test]
    fn reply_prefixes_are_stripped() {
        assert_eq!(strip_subject("AW: Re: Anmeldung"), ("Anmeldung", true));
        assert_eq!(strip_subject("Отв: Регистрация"), ("Регистрация", true));
        assert_eq!(strip_subject("Fwd: Registration"), ("Registration", false));
        assert_eq!(
            strip_subject("Registration: Riga"),
            ("Registration: Riga", false)
        );
    }
}
