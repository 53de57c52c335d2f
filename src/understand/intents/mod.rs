//! What the sender asks for: registration, idea, cancellation, update, question — from their own
//! words and the subject, in the region's eleven languages.
//!
//! Words are matched by stem so inflections need no tables ("reģistr" covers reģistrēties,
//! reģistrācija; "anmeld" covers Anmeldung, anmelden). A hit only counts when its clause is not
//! negated ("I cannot register yet", "nevaru reģistrēties", "не могу зарегистрироваться") or
//! hypothetical ("if I register…"). Quoted text never reaches this module.

use super::Intent;
mod sentences;

use super::lexicon::corrections::*;
use super::lexicon::intents::*;
use super::lexicon::stance::{
    FIRST_PERSON, ME_OBJECT, POLITENESS, QUESTION_OPENERS, REQUEST_OPENERS,
};
use sentences::{Lexicon, Read, sentences};
use std::sync::LazyLock;

// Each word list made ready for matching once (see `sentences::Lexicon`).
static REGISTERING: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::attendance(REGISTRATION, REGISTRATION_PHRASES));
static CANCELLING: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(CANCELLATION, CANCELLATION_PHRASES));
static ATTENDING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::attendance(ATTEND, ATTEND_PHRASES));
static OFFERING_IDEA: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(IDEA, &[]));
static CORRECTING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(CORRECTION, &[]));
static CORRECTING_PHRASES: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[], CORRECTION_PHRASES));
static INTRODUCING: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&[], INTRODUCTION_PHRASES));
static CORRECTING_IN_REPLY: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(CORRECTION_IN_REPLY, &[]));

/// What was found: the intents (sorted, unique), the idea's text and the question's text.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    pub intents: Vec<Intent>,
    pub idea: Option<String>,
    pub question: Option<String>,
}

/// Strips reply and forward prefixes ("Re:", "AW:", "SV:", "Vs:", "Atb:", "Ats:", "Odp:",
/// "Отв:", "Fwd:", "WG:" …). Returns the rest and whether it was a reply or a forward: then the
/// subject is someone else's words (regbot's "Your registration", an invitation's title).
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
        if REPLY.contains(&head.as_str()) || FORWARD.contains(&head.as_str()) {
            reply = true;
        } else {
            break;
        }
        rest = tail.trim_start();
    }
    (rest, reply)
}

/// Whether the sentence offers an idea: not one the sender hopes to take home ("I'm hoping to
/// pick up ideas", "Ideen mitnehmen").
fn offers_idea(read: &Read) -> bool {
    read.positive(&OFFERING_IDEA, false)
        && !read.near(&OFFERING_IDEA, IDEA_TAKEN_BEFORE, IDEA_TAKEN_AFTER)
}

/// Whether the sentence asks for a correction ("könnten Sie das auf dem Namensschild
/// korrigieren?", "kan I rette det på navneskiltet?").
fn corrects(read: &Read, reply_to_own: bool) -> bool {
    read.positive(&CORRECTING, false)
        || read.mentions(&CORRECTING_PHRASES)
        || (reply_to_own && read.positive(&CORRECTING_IN_REPLY, false))
}

fn is_question(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    if POLITENESS.iter().any(|p| lower.contains(p)) {
        return false;
    }
    let asks = lower.trim_end().ends_with('?') && read.words().nth(2).is_some();
    let opener = QUESTION_OPENERS.iter().any(|p| lower.starts_with(p));
    if !(asks || opener) {
        return false;
    }
    // "Could you register me?", "Vil I skrive mig op?", "laittaisitko minut listalle?" are
    // requests, not questions: they ask for the sender to be registered or struck off.
    let opener = REQUEST_OPENERS
        .iter()
        .any(|p| lower.starts_with(p) || lower.contains(&format!("please {p}")));
    let asks = |lexicon: &Lexicon, skip_possessive: bool| {
        if opener {
            read.positive(lexicon, skip_possessive)
        } else {
            // The sender must be who the clause registers: in "bevor ich mich anmelde: …
            // oder können auch Mitarbeitende teilnehmen?" the "mich" asks for nothing.
            read.positive_with(lexicon, skip_possessive, ME_OBJECT)
        }
    };
    !(asks(&REGISTERING, true) || asks(&CANCELLING, false))
}

/// Whether `text` registers its writer ("jeg vil gjerne melde meg på", "I would like to
/// register"), not someone addressed ("register by email to …", as invitations say).
pub fn first_person_registration(text: &str) -> bool {
    let text = super::decode::cut_str(text, 16 * 1024);
    sentences(text).iter().any(|(_, s)| {
        let read = Read::new(s);
        read.words().any(|w| FIRST_PERSON.contains(&w)) && read.positive(&REGISTERING, true)
    })
}

/// Finds the intents of a message from its subject and the sender's own text.
/// `reply_to_own`: the message answers mail regbot sent (In-Reply-To/References).
pub fn detect(subject: Option<&str>, own: &str, reply_to_own: bool) -> Found {
    // Requests are stated up front; a long tail (pasted documents) only costs time.
    let own = super::decode::cut_str(own, 16 * 1024);
    let mut found = Found::default();
    let mut sents = sentences(own);
    let mut is_reply = reply_to_own;
    if let Some(subject) = subject {
        let (rest, reply) = strip_subject(subject);
        is_reply |= reply;
        // A reply's subject is someone else's words (often regbot's own "Your registration").
        if !reply && !rest.is_empty() {
            sents.push((usize::MAX, rest.to_string()));
        }
    }
    let mut registration = false;
    let mut cancellation = false;
    let mut refusal = false;
    let mut update = false;
    let mut introduction = false;
    let mut corrects_more = false;
    let mut idea_paras: Vec<usize> = Vec::new();
    let mut question: Vec<(usize, &str)> = Vec::new();
    for (para, s) in &sents {
        let in_subject = *para == usize::MAX;
        let read = Read::new(s);
        let idea = offers_idea(&read);
        let correction = corrects(&read, reply_to_own) || read.mentions(&INTRODUCING);
        let introduces = read.mentions(&INTRODUCING);
        introduction |= introduces;
        // Only "my name is …" is an introduction; "please update my registration",
        // "instead of me" correct whatever else the mail asks.
        corrects_more |= correction && !introduces;
        // A question that offers an idea ("ein Vorschlag: Wie finanzieren Cluster …?") or asks
        // for a correction ("kan I rette det?") is that idea or that correction.
        let q = !in_subject && !idea && !correction && is_question(s, &read);
        if q {
            question.push((*para, s));
        }
        // A real question about the event ("is there a hotel for the participants?", "can I
        // register by phone?") asks; it registers nobody. Requests are not questions (above).
        if !q && read.positive(&REGISTERING, true) {
            registration = true;
        }
        if read.positive(&CANCELLING, false) {
            cancellation = true;
        }
        // "I won't be able to come" cancels (unless an idea is all they send; see below).
        if !q && !in_subject && read.refused(&ATTENDING) {
            refusal = true;
        }
        if !q && idea {
            if in_subject {
                idea_paras.push(usize::MAX);
            } else if !idea_paras.contains(para) {
                idea_paras.push(*para);
            }
        }
        if correction {
            update = true;
        }
    }
    // Questions in an idea's paragraph, or in the list that an idea's paragraph introduces
    // ("drei Themenvorschläge:" then "- Wie gewinnt man KMU …?"), are the proposed topics.
    let paras: Vec<&str> = own.split("\n\n").collect();
    question.retain(|(p, _)| {
        let introduced = p.checked_sub(1).is_some_and(|prev| {
            idea_paras.contains(&prev)
                && paras.get(prev).is_some_and(|t| t.trim_end().ends_with(':'))
        });
        !idea_paras.contains(p) && !introduced
    });
    if reply_to_own && !update {
        // A reply to regbot's acknowledgement that restates a field ("Organisation: …").
        update = own.lines().any(|l| super::fields::field_line(l).is_some());
    }
    // Someone who cannot come but offers an idea was never registered: the idea is the
    // message. Otherwise not coming is a cancellation (answered "not registered" when there
    // is nothing to cancel).
    // And one who cannot come but registers a colleague registers the colleague.
    if refusal && idea_paras.is_empty() && !update && !registration {
        cancellation = true;
    }
    if introduction && !corrects_more && registration && !cancellation && !is_reply {
        // A first mail that asks to register and says "my name is …", "my organisation is …"
        // introduces the sender; there is nothing yet to correct.
        update = false;
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
        let text: Vec<&str> = question.iter().map(|(_, s)| *s).collect();
        found.question = Some(text.join(" "));
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
        // Found by the replayed workshop (tests/it/scenario.rs): "melde meg av" read as
        // "melde meg (på)", a registration.
        for text in [
            "jeg må dessverre melde meg av workshopen, det har kommet noe i veien.",
            "Jeg er nødt til at melde mig fra workshoppen.",
        ] {
            assert_eq!(intents("Re: Påmelding", text), vec![Cancellation], "{text}");
        }
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
    fn a_question_before_registering_registers_nobody() {
        for text in [
            "before registering, could you tell me whether agencies may take part?",
            "bevor ich mich anmelde: Ist der Workshop nur für Clustermanager, oder können auch Mitarbeitende teilnehmen?",
            "Inden jeg tilmelder mig, vil jeg gerne høre, om medarbejdere også kan deltage?",
            "Innan jag anmäler mig undrar jag om workshopen är öppen för alla?",
            "Før jeg melder meg på: er workshopen åpen for alle?",
            "Ennen kuin ilmoittaudun, onko työpaja avoin kaikille?",
            "Enne kui registreerun, kas töötuba on kõigile avatud?",
            "Pirms pieteikšos, vai seminārs ir atvērts visiem?",
            "Prieš registruodamasis norėčiau paklausti, ar seminaras atviras visiems?",
            "Zanim się zarejestruję, czy warsztaty są otwarte dla wszystkich?",
            "Прежде чем регистрироваться, хотела уточнить: могут ли участвовать сотрудники агентств?",
        ] {
            assert_eq!(intents("Frage", text), vec![Question], "{text}");
        }
    }

    #[test]
    fn a_correction_asked_as_a_question_is_an_update() {
        for text in [
            "Mein Name wird Jürgen Weiß geschrieben - könnten Sie das auf dem Namensschild korrigieren?",
            "Mit navn staves Bjørn Østergaard - kan I rette det på navneskiltet?",
            "Oikea nimeni on Eeva-Liisa Rantanen - voisitteko korjata sen nimikylttiin?",
            "Правильно имя пишется так: Татьяна Новикова - можно исправить на бейдже?",
        ] {
            assert_eq!(
                detect(Some("Re: Ihre Anmeldung"), text, true).intents,
                vec![Update],
                "{text}"
            );
        }
    }

    #[test]
    fn a_question_that_proposes_a_topic_is_the_idea() {
        assert_eq!(
            intents(
                "Anmeldung",
                "ich würde gern dabei sein! Außerdem ein Vorschlag für eine der Kleingruppen: Wie finanzieren Cluster ihre Arbeit?"
            ),
            vec![Registration, Idea]
        );
        let f = detect(
            Some("Themen"),
            "ob ich komme, kann ich noch nicht sagen. Ich schicke drei Themenvorschläge:\n\n- Wie gewinnt man KMU?\n- Messeauftritte",
            false,
        );
        assert_eq!(f.intents, vec![Idea]);
        // A question of its own after the ideas still asks.
        let f = detect(
            Some("Idea"),
            "My idea: export pilots.\n\nIs there parking at the venue?",
            false,
        );
        assert_eq!(f.intents, vec![Idea, Question]);
    }

    #[test]
    fn ideas_to_take_home_are_not_offered() {
        assert_eq!(
            intents(
                "Registration",
                "I'd like to register. We are setting up an export programme, so I'm hoping to pick up ideas."
            ),
            vec![Registration]
        );
    }

    #[test]
    fn away_and_sending_apologies_are_not_coming() {
        assert_eq!(
            intents(
                "Idėja",
                "deja, birželio pradžioje būsiu išvykęs ir dalyvauti negalėsiu. Norėčiau pasiūlyti temą: eksporto rinkos."
            ),
            vec![Idea]
        );
        for text in [
            "jag måste tyvärr lämna återbud",
            "jeg må desværre melde afbud",
            "niestety muszę zrezygnować z udziału w warsztatach",
        ] {
            assert_eq!(intents("Workshop", text), vec![Cancellation], "{text}");
        }
    }

    #[test]
    fn putting_the_sender_on_the_list_registers_in_each_language() {
        for text in [
            "Hi, could you put me on the list for the Riga workshop?",
            "Guten Tag, bitte nehmen Sie mich in die Teilnehmerliste auf.",
            "Hallo, könnt ihr mich für den Workshop in Riga eintragen?",
            "Hej! Kan I skrive mig på listen til Riga?",
            "Hei! Kan dere sette meg opp på lista til Riga?",
            "Hei! Ilmoitan itseni työpajaan.",
            "Tere, palun lisage mind osalejate nimekirja.",
            "Labdien, lūdzu, pievienojiet mani dalībnieku sarakstam.",
            "Labdien! Piesaku sevi dalībai seminārā.",
            "Laba diena, prašau įtraukti mane į dalyvių sąrašą.",
            "Dzień dobry, proszę dodać mnie do listy uczestników.",
            "Привет, хотел бы приехать в Ригу, если есть место.",
            "Dear organisers, I hereby confirm my participation in the workshop.",
        ] {
            assert_eq!(intents("Workshop", text), vec![Registration], "{text}");
        }
        // Taken off the list is no registration.
        assert_eq!(
            intents("Workshop", "Bitte nehmen Sie mich von der Liste."),
            vec![Cancellation]
        );
    }

    #[test]
    fn an_introduction_in_a_first_mail_is_no_correction() {
        assert_eq!(
            intents(
                "Workshop",
                "Hello, my name is John Smith and I work for Nordic Wood Cluster. Please add me to the list of participants."
            ),
            vec![Registration]
        );
        // The same words in a reply to regbot correct the registration.
        assert_eq!(
            detect(
                Some("Re: You are registered"),
                "Sorry, my name is John Smith. Please register me under that name.",
                true
            )
            .intents,
            vec![Update]
        );
    }

    #[test]
    fn asking_to_update_a_registration_is_no_new_registration() {
        assert_eq!(
            intents(
                "Correction",
                "Hello,\n\nplease update my registration.\nOrganisation: Baltic Wood Cluster"
            ),
            vec![Update]
        );
    }

    #[test]
    fn reply_prefixes_are_stripped() {
        assert_eq!(strip_subject("AW: Re: Anmeldung"), ("Anmeldung", true));
        assert_eq!(strip_subject("Отв: Регистрация"), ("Регистрация", true));
        assert_eq!(strip_subject("Fwd: Registration"), ("Registration", true));
        assert_eq!(
            strip_subject("Registration: Riga"),
            ("Registration: Riga", false)
        );
    }
}
