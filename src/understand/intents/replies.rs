//! Replies from registered participants: saying again that one comes registers nobody anew,
//! and news about one's coming (diet, arrival, a part missed) updates the registration.

use super::super::lexicon::behalf::ADDING;
use super::super::lexicon::being_there::{GOING, YES};
use super::super::lexicon::clauses::YOURSELF;
use super::super::lexicon::holding_back::THANKS;
use super::super::lexicon::intents::HEDGES;
use super::super::lexicon::questions::REQUEST_OPENERS;
use super::super::lexicon::registration_phrases::ASKED_TWICE;
use super::super::lexicon::replies::{
    ACKNOWLEDGED, ATTENDANCE_NEWS, BESIDES_ME, FEWER, GREETINGS, REMINDERS, SENDER_AS_SUBJECT,
    TAKING_NOTE, UNREGISTERED_SUBJECTS,
};
use super::super::lexicon::reply_requests::{
    ADDING_ASKED, ADDING_PAIRS, ADDING_THAT, ADDING_VERBS, ASKING_CONFIRMATION, ASKING_PRESENCE,
    CONFIRMING, PARTICIPATION,
};
use super::super::lexicon::stance::{
    CONDITIONS, FIRST_PERSON, OTHER_NAME, OTHER_PERSON, REQUEST_WORDS, negates,
};
use super::super::lexicon::which_record::{
    OTHER_ADDRESS, REGISTERED_PAST, TWICE, TWO_ACKNOWLEDGEMENTS,
};
use super::super::lexicon::{COLLEAGUE, NOTE_TOPICS};
use super::super::phrases::AnyOf;
use super::matching::Lexicon;
use super::sentences::Read;
use super::strip_subject;

static COLLEAGUE_ANY: AnyOf = AnyOf::new(COLLEAGUE);
static OTHER_NAME_ANY: AnyOf = AnyOf::new(OTHER_NAME);
static NOTE_TOPICS_ANY: AnyOf = AnyOf::new(NOTE_TOPICS);
static ATTENDANCE_NEWS_ANY: AnyOf = AnyOf::new(ATTENDANCE_NEWS);
static BESIDES_ME_ANY: AnyOf = AnyOf::new(BESIDES_ME);
static ADDING_ANY: AnyOf = AnyOf::new(ADDING);
static FEWER_ANY: AnyOf = AnyOf::new(FEWER);
static TWICE_ANY: AnyOf = AnyOf::new(TWICE);
static OTHER_ADDRESS_ANY: AnyOf = AnyOf::new(OTHER_ADDRESS);
static TWO_ACKNOWLEDGEMENTS_ANY: AnyOf = AnyOf::new(TWO_ACKNOWLEDGEMENTS);
static TAKING_NOTE_ANY: AnyOf = AnyOf::new(TAKING_NOTE);

/// Whether the mail answers regbot's acknowledgement of a registration: a reply to regbot's
/// own mail whose subject speaks of the registration ("Re: You are registered", "AW: Ihre
/// Anmeldung") and is not one regbot sends to someone not, or no longer, registered ("No
/// registration found", "Please confirm your registration" …). A reply to a broadcast ("Re: A
/// few places left") may come from someone who registers now.
pub(super) fn from_registered(subject: Option<&str>, reply_to_own: bool) -> bool {
    reply_to_own
        && subject.is_some_and(|s| {
            let head = strip_subject(s).0.to_lowercase();
            ACKNOWLEDGED.iter().any(|a| head.contains(a))
                // A reminder to register goes to those invited, not yet registered.
                && !REMINDERS
                    .iter()
                    .chain(UNREGISTERED_SUBJECTS)
                    .any(|u| head.starts_with(u))
                // The last places are offered to those not yet registered ("Re: Pēdējās
                // vietas: …" answered "Jā, lūdzu – paņemšu vienu").
                && !super::free_places::names_free_places(&head)
        })
}

/// Whether the mail answers regbot's mail to someone not registered: a reminder to register,
/// "No registration found", an offer of the last places ("Re: Reminder: registration closes
/// Friday" answered "Thanks, I almost forgot – please register me"). What such a reply says
/// of forgetting or of days registers; it corrects no registration.
pub(super) fn to_the_unregistered(subject: Option<&str>, reply_to_own: bool) -> bool {
    reply_to_own
        && subject.is_some_and(|s| {
            let head = strip_subject(s).0.to_lowercase();
            REMINDERS
                .iter()
                .chain(UNREGISTERED_SUBJECTS)
                .any(|u| head.starts_with(u))
                || super::free_places::names_free_places(&head)
        })
}

/// Whether a registering sentence is about someone besides the sender: an address, "her",
/// "besides me", a person's name ("Could you also add …?", "ilmoittakaa hänetkin", "lisaks
/// minule ka …", "our new adviser Tom Hale would like to come").
pub(super) fn about_someone_else(sentence: &str, read: &Read) -> bool {
    let lower = sentence.to_lowercase();
    lower.contains('@')
        || BESIDES_ME_ANY.in_text(&lower)
        || ADDING_ANY.in_text(&lower)
        || COLLEAGUE_ANY.in_text(&lower)
        || OTHER_NAME_ANY.in_text(&lower)
        || read
            .words()
            .any(|w| OTHER_PERSON.contains(&w) || other_person_too(w))
        || names_a_person(sentence)
}

/// "Him too" with the Estonian and Finnish clitic ("registreerige temagi", "ilmoittakaa
/// hänetkin"): the person without it is someone else. The bare Estonian "tema" stays out of
/// `OTHER_PERSON` ("tema" is "topic" in Latvian, Lithuanian and Polish).
fn other_person_too(word: &str) -> bool {
    ["gi", "ki", "kin"].iter().any(|clitic| {
        word.strip_suffix(clitic)
            .is_some_and(|w| w == "tema" || OTHER_PERSON.contains(&w))
    })
}

/// Whether the sentence asks to add a colleague to the list ("Please also add my colleague
/// X", "Lisage palun ka minu kolleeg X", "Добавьте, пожалуйста, ещё мою коллегу X", "Could you
/// put down my colleague X as well?"): a verb of adding with a colleague or "her"/"him"
/// within the next four words, or a person named with an address; no negation or condition,
/// and, asked as a question, opened as a request ("could you …"). A registration of the
/// colleague, in a reply to the acknowledgement too.
pub(super) fn asks_to_add_someone(sentence: &str, read: &Read) -> bool {
    // Most sentences hold no verb of adding: looked for before the words are gathered.
    let verb = |w: &str| ADDING_VERBS.contains(&w) || ADDING_PAIRS.iter().any(|(v, _)| *v == w);
    if !read.words().any(verb) {
        return false;
    }
    let words: Vec<&str> = read.words().collect();
    let added = words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        let pair = ADDING_PAIRS.iter().any(|(v, p)| v == w && *p == next);
        if !(ADDING_VERBS.contains(w) || pair) || ADDING_THAT.contains(&next) {
            return false;
        }
        // The person after the verb, or before it where German puts the verb last ("könnten
        // Sie ihn noch dazunehmen?").
        let near = words.get(i.saturating_sub(4)..).unwrap_or(&[]);
        near.iter().take(i.min(4) + 6).any(|x| {
            OTHER_PERSON.contains(x)
                || other_person_too(x)
                || COLLEAGUE
                    .iter()
                    .any(|c| !c.contains(' ') && x.starts_with(c))
        }) || (sentence.contains('@') && names_a_person(sentence))
    });
    if !added || words.iter().any(|w| negates(w) || CONDITIONS.contains(w)) {
        return false;
    }
    let lower = sentence.to_lowercase();
    let opened_by = |openers: &[&str]| {
        super::sentences::clauses(&lower)
            .iter()
            .any(|c| openers.iter().any(|p| c.starts_with(p)))
    };
    // "Can I add my colleague Tom Berg?" asks to add him; "Can I add my colleague later?"
    // asks whether one may. (`behalf` reads the sentence lowercased: an address names too.)
    let someone_named = || sentence.contains('@') || names_a_person(sentence);
    !lower.trim_end().ends_with('?')
        || opened_by(REQUEST_OPENERS)
        || (someone_named() && opened_by(ADDING_ASKED))
}

/// Whether the sentence names a person: two capitalised words in a row after its first word
/// ("… our adviser Tom Hale …", "… kolleeg Mari Tamm …").
pub(super) fn names_a_person(sentence: &str) -> bool {
    let capitalised = |t: &str| {
        let t = t.trim_matches(|c: char| !c.is_alphabetic());
        let mut chars = t.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    let tokens: Vec<&str> = sentence.split_whitespace().skip(1).take(200).collect();
    tokens
        .windows(2)
        .any(|pair| pair.iter().all(|t| capitalised(t)))
}

/// Whether the sentence tells news about the sender's coming: diet, access, timing or a part
/// of the programme missed ("my ferry is late, so I'll miss the keynote", "tagad man ir
/// bezglutēna diēta", "olen nykyään kasvissyöjä").
pub(super) fn tells_news(sentence: &str) -> bool {
    let lower = format!("{} ", sentence.to_lowercase());
    NOTE_TOPICS_ANY.in_text(&lower) || ATTENDANCE_NEWS_ANY.in_text(&lower)
}

/// Whether the sentence says one person fewer comes ("we'll be one fewer: X can't come",
/// "o jedną osobę mniej", "yksi vähemmän"): the colleague is cancelled.
pub(super) fn one_fewer(lower: &str) -> bool {
    FEWER_ANY.in_text(lower)
}

/// Whether the sentence says the sender is registered twice ("I've registered twice", "jeg
/// meldte meg på to ganger", "esmu pieteicies divreiz"), or got two acknowledgements ("Jag
/// har fått två bekräftelser"): the duplicate corrects the records.
pub(super) fn registered_twice(lower: &str, read: &Read, registering: &Lexicon) -> bool {
    TWO_ACKNOWLEDGEMENTS_ANY.in_text(lower)
        || TWICE_ANY.in_text(lower)
        // "Ei tarvitse kahdesti pyytää": asked twice is no registration twice; nor is "En
        // halua ilmoittautua kahteen kertaan" (not wanting to).
        && !read.words().any(|w| ASKED_TWICE.contains(&w))
        && !read.refused(registering)
        && (read.mentions(registering)
            || read
                .words()
                .any(|w| REGISTERED_PAST.iter().any(|p| w.starts_with(p))))
}

/// Whether the sentence asks to remove something ("please delete one", "Kan dere fjerne den
/// ene?"): from someone registered twice, the duplicate (see `detect_at`).
pub(super) fn asks_removal(sentence: &str) -> bool {
    let read = Read::new(sentence);
    read.mentions(&super::DELETING_SOMETHING) || read.mentions(&super::CANCELLING)
}

/// Whether one of the body's sentences tells the sender's registration as done ("I have
/// registered", "Olen registreerunud mõlemaks päevaks", "ich bin schon angemeldet").
pub(super) fn says_registered(body: &[(usize, String)]) -> bool {
    body.iter()
        .any(|(_, s)| Read::new(s).states_done(&super::REGISTERING))
}

/// Whether the sender writes from another address than the one they registered with ("I'm
/// writing from my private address, I registered from work", "Rakstu no privātās adreses –
/// reģistrējos no darba adreses"): a phrase of [`OTHER_ADDRESS`] in the lowercased mail and
/// a registration told as done. The mail is a registered participant's: what it tells changes
/// that registration, asks, or cancels; it registers nobody anew.
pub(super) fn from_other_address(own_lower: &str, sentences: &[(usize, String)]) -> bool {
    OTHER_ADDRESS_ANY.in_text(own_lower)
        && sentences.iter().any(|(_, s)| {
            let read = Read::new(s);
            read.states_done(&super::REGISTERING)
                || read
                    .words()
                    .any(|w| REGISTERED_PAST.iter().any(|p| w.starts_with(p)))
        })
}

/// Whether someone else registers themselves in a clause that registers ("my colleague will
/// register herself", "som selv tilmelder sig", "registreerib end ise", "reģistrēsies pati"):
/// a registering hit with "self" and without the sender in the clause.
pub(super) fn registers_themselves(read: &Read, registering: &Lexicon) -> bool {
    read.clause_words().any(|c| {
        let has = |list: &[&str]| c.iter().any(|w| list.contains(&w.as_str()));
        has(YOURSELF) && !has(SENDER_AS_SUBJECT) && !registering.hits(c).is_empty()
    })
}

/// Whether the mail answers a subject that asks the sender whether they come ("SV: Blir du
/// med til Riga?", "Re: Czy weźmie Pan udział?", "Re: … – vai piedalīsieties?") with a first
/// sentence that opens with yes ("Ja, begge dagene.", "Tak, w obu dniach.", "Jā, protams."):
/// the yes registers, the question's words being the organisers'.
pub(super) fn yes_to_the_subject(subject: Option<&str>, first: &str) -> bool {
    let asks_to_come = || {
        subject.is_some_and(|s| {
            let (rest, reply) = strip_subject(s);
            let read = Read::new(rest);
            reply
                && rest.trim_end().ends_with('?')
                && (read.mentions(&super::ATTENDING) || read.mentions(&super::REGISTERING))
        })
    };
    // "Re: Czy możemy liczyć na Państwa obecność?" answered "Tak, możecie.", "Re: Подтвердите,
    // пожалуйста, участие" answered "Подтверждаю.": counting on the sender, their presence or
    // a confirmation asked for, with or without a question mark.
    let asks_presence = || {
        subject.is_some_and(|s| {
            let (rest, reply) = strip_subject(s);
            let lower = rest.to_lowercase();
            let of_coming = || {
                let read = Read::new(rest);
                PARTICIPATION.iter().any(|p| lower.contains(p))
                    || read.mentions(&super::ATTENDING)
                    || read.mentions(&super::REGISTERING)
            };
            reply
                && (ASKING_PRESENCE.iter().any(|a| lower.contains(a))
                    // Not regbot's "Registration confirmed" itself.
                    || (ASKING_CONFIRMATION.iter().any(|a| lower.contains(a))
                        && !ACKNOWLEDGED.iter().any(|a| lower.contains(a))
                        && of_coming()))
        })
    };
    let words = super::sentences::words(first);
    // "Re: Only a few places left" answered "Yes, please." / "Jā, lūdzu!": a bare yes to the
    // places offered takes one.
    let bare_yes = || {
        words.len() <= 3
            && words.iter().all(|w| {
                [YES, REQUEST_WORDS, THANKS]
                    .iter()
                    .any(|l| l.contains(&w.as_str()))
            })
    };
    let places_offered = || {
        subject.is_some_and(|s| {
            let (rest, reply) = strip_subject(s);
            reply && super::free_places::names_free_places(rest)
        })
    };
    // "Re: Reminder: … workshop" answered "Yes – both days." or "Passt, komme.": a short yes,
    // or a clause that is a bare verb of coming ("Thanks for the reminder – yes, I'm coming").
    let reminded = || {
        subject.is_some_and(|s| {
            let (rest, reply) = strip_subject(s);
            let rest = rest.to_lowercase();
            reply && REMINDERS.iter().any(|r| rest.starts_with(r))
        })
    };
    let says_coming = || {
        // The yes a clause of its own: Danish "Tak for påmindelsen" thanks.
        super::sentences::clauses(first).first().is_some_and(|c| {
            super::sentences::words(c)
                .iter()
                .all(|w| YES.contains(&w.as_str()))
        }) || super::sentences::clauses(first).iter().any(|c| {
            let c = super::sentences::words(c);
            c.iter().any(|w| GOING.contains(&w.as_str()))
                && c.iter().all(|w| {
                    [GOING, YES, FIRST_PERSON]
                        .iter()
                        .any(|l| l.contains(&w.as_str()))
                })
        })
    };
    let plain = || {
        !words
            .iter()
            .any(|w| negates(w) || HEDGES.contains(&w.as_str()))
            && !first.trim_end().ends_with('?')
    };
    let opens_with_yes = words.first().is_some_and(|w| YES.contains(&w.as_str()));
    let confirms = words.len() <= 4
        && words
            .first()
            .is_some_and(|w| CONFIRMING.contains(&w.as_str()));
    plain()
        && ((opens_with_yes && (asks_to_come() || (bare_yes() && places_offered())))
            || ((opens_with_yes || confirms) && asks_presence())
            || (words.len() <= 6
                && reminded()
                && says_coming()
                && !Read::new(first).states_done(&super::REGISTERING)))
}

/// Whether the line only greets ("Hej Inga,", "Dear Ms Ozola,", "Guten Tag!"): the answer to a
/// subject's question follows it.
pub(super) fn greets(line: &str) -> bool {
    let words = super::sentences::words(line);
    words.len() <= 3
        && words
            .first()
            .is_some_and(|w| GREETINGS.contains(&w.as_str()))
        && !line.trim_end().ends_with('?')
}

/// Whether the sentence asks the organisers to take note of news just told ("Could you take
/// it into account?", "Vil I give køkkenet besked?"): in a participant's reply it belongs to
/// the update.
pub(super) fn asks_to_take_note(sentence: &str) -> bool {
    TAKING_NOTE_ANY.in_text(&sentence.to_lowercase())
}
