//! What the sender asks for: registration, idea, cancellation, update, question — from their own
//! words and the subject, in the region's eleven languages.
//!
//! Words are matched by stem so inflections need no tables ("reģistr" covers reģistrēties,
//! reģistrācija; "anmeld" covers Anmeldung, anmelden). A hit only counts when its clause is not
//! negated ("I cannot register yet", "nevaru reģistrēties", "не могу зарегистрироваться") or
//! hypothetical ("if I register…"). Quoted text never reaches this module.

// The tests name intents through `use super::*`.
#[cfg(test)]
use super::Intent;
mod aside;
mod asking;
mod conditions;
mod contrasts;
mod corrections;
mod days;
mod decided;
mod free_places;
mod ideas;
mod letters;
mod lexicons;
mod listing;
mod matching;
mod me_too;
mod offers;
mod other_event;
mod questions;
mod replies;
mod saying_yes;
mod sentences;
mod stance;
mod subject;
mod substitution;
mod trips;
mod weighing;

use super::lexicon::attendance::*;
use super::lexicon::cancellation::*;
use super::lexicon::ideas::*;
use super::lexicon::intents::*;
use super::lexicon::questions::{ASKING_BECAUSE, QUESTION_OPENERS, REQUEST_OPENERS};
use super::lexicon::replies::PROGRAMME_PARTS;
use super::lexicon::stance::{CONDITIONS, FIRST_PERSON, ME_OBJECT, ONLY, OTHER_PERSON, POSSESSIVE};
pub use aside::names_the_event_word;
use conditions::{
    answers_if_so, elsewhen, hedged_coming, leaves_it_to_others, leaves_it_to_reader,
    opens_with_condition, points_to_website, someone_elses,
};
use corrections::{Correction, after_document, corrects, works_elsewhere};
pub use days::substitutes_for_one_day;
use days::{keeps_or_strikes_days, names_a_day};
use decided::Decided;
pub use decided::Found;
use free_places::names_free_places;
use ideas::offers_idea;
use lexicons::*;
use other_event::for_another_event;
use questions::{explains_asking, is_question, promises_to_tell, question_after_reason};
pub use saying_yes::first_person_registration;
use saying_yes::{answers_for_event, reserves, will_be_there};
use sentences::{Read, sentences};
pub use subject::strip_subject;
use subject::{forwarded, names_a_question};
pub use trips::{names_the_place, names_the_place_in_any_case};

/// Finds the intents of a message from its subject and the sender's own text.
/// `reply_to_own`: the message answers mail regbot sent (In-Reply-To/References).
pub fn detect(subject: Option<&str>, own: &str, reply_to_own: bool) -> Found {
    detect_at(subject, own, reply_to_own, &[])
}

/// [`detect`] for an event held at `places` (see `UnderstandConfig::places`).
pub fn detect_at(subject: Option<&str>, own: &str, reply_to_own: bool, places: &[String]) -> Found {
    // Requests are stated up front; a long tail (pasted documents) only costs time.
    let own = super::decode::cut_str(own, super::decode::READ_BYTES);
    let mut sents = sentences(own);
    let body_sentences = sents.len();
    // "SV: Blir du med til Riga?" answered "Ja, begge dagene.".
    // "Hej Inga," above the answer ("Ja, det kan jag!") is no answer.
    let yes_to_subject = me_too::yes_to_the_subject(subject, &sents, reply_to_own, places);
    let mut is_reply = reply_to_own;
    // A registered participant's reply: saying again that they come registers nobody anew;
    // news about their coming updates the registration.
    // So is one from another address than the one registered ("I registered from work").
    let own_lower = own.to_lowercase();
    let other_address = replies::from_other_address(&own_lower, &sents);
    let registered = replies::from_registered(subject, reply_to_own) || other_address;
    // Corrections and days in a reply: only to mail sent to the registered (not a reminder).
    let to_registered =
        (reply_to_own && !replies::to_the_unregistered(subject, reply_to_own)) || other_address;
    let (mut news, mut said_there, mut duplicate) = (false, false, false);
    // A forward's "Rūta, gal tau įdomu?" asks the colleague it was meant for.
    let forward = subject.is_some_and(forwarded);
    // "Re: Only a few places left" answered "Then save one for me!".
    let places_offered = subject.is_some_and(names_free_places);
    if let Some(subject) = subject {
        let (rest, reply) = strip_subject(subject);
        is_reply |= reply;
        // A reply's subject is someone else's words (often regbot's own "Your registration").
        if !reply && !rest.is_empty() {
            sents.push((usize::MAX, rest.to_string()));
        }
    }
    // The sender says they registered already ("Olen registreerunud mõlemaks päevaks, aga
    // …"): days kept or struck off change that registration, as in a reply to it. Read only
    // when a sentence keeps or strikes off days.
    let said_registered = std::cell::OnceCell::new();
    let body = sents.get(..body_sentences).unwrap_or(&[]);
    let registered_before =
        || to_registered || *said_registered.get_or_init(|| replies::says_registered(body));
    let mut registration = false;
    let mut cancellation = false;
    let mut refusal = false;
    let mut update = false;
    let mut introduction = false;
    let mut corrected: Vec<Correction> = Vec::new();
    // A question about taking part from afar ("can I join online?") gives the reason it is
    // asked ("I can't travel to Riga"): that is no cancellation.
    let mut asks_how_to_take_part = false;
    // The sender, registered already, restricting their days in a reply to the
    // acknowledgement ("I will only be able to join you on the first day").
    let mut restricts = false;
    // The last question asked whether one can still register ("can I still sign up?").
    let mut asked_to_register = false;
    // The sender names someone to take their place ("… overtager min plads").
    let mut substituted = false;
    // A registration found in the body, not only in the subject; and a question about
    // registering ("do I need to register separately?", "how do I sign up?").
    let mut registered_in_body = false;
    // The sender registers themselves in words ("please register me", "я тоже поеду"): a
    // sales offer does not undo that.
    let mut registers_self = false;
    // The paragraph the mail registers in (see `letters`), and a question how to register.
    let (mut registers_in, mut asks_how) = (letters::RegistersIn::default(), false);
    let mut asked_about_registering = false;
    let mut one_day_substitute = false;
    // Someone comes "instead" ("Min kollega kommer i stället"): a substitution when the sender
    // is out.
    let mut comes_instead = false;
    // A question in the subject ("Is a laptop needed?") above a body that asks nothing else.
    let mut subject_question: Option<&str> = None;
    // A registration for another event ("register me for the forum in Tallinn" when this one
    // is held in Riga): nobody registers here unless the mail names this event's place.
    let mut another_event: Option<(usize, &str)> = None;
    let mut idea_paras: Vec<usize> = Vec::new();
    // The sender asks to be taken off a mailing list: a subject's "Unsubscribe" is that.
    let mut leaves_list = false;
    // A company offering its services proposes nothing for the programme.
    let sales = offers::sells(&own_lower);
    let mut found = Found::selling(sales);
    let mut question: Vec<(usize, &str)> = Vec::new();
    let paras: Vec<&str> = own.split("\n\n").collect();
    // The sender's own text asks something somewhere (a byte test; see `weighing`).
    let asks_in_mail = own.contains('?');
    // Corrections in a mail about a report or minutes are the document's (see `corrections`).
    let on_document = corrections::on_document(subject, reply_to_own);
    for (at, (para, s)) in sents.iter().enumerate() {
        let in_subject = *para == usize::MAX;
        let previous = at
            .checked_sub(1)
            .and_then(|p| sents.get(p))
            .map(|(_, p)| p.as_str());
        let whole = Read::new(s);
        let lower_s = s.to_lowercase();
        let idea =
            !sales && offers_idea(s, &whole) && !other_event::headed_by_another_event(s, places);
        // What follows an offered idea's colon is the idea ("… a topic: how members apply
        // for projects together"): it asks for nothing else.
        let head_read;
        let read = match s.split_once(':') {
            Some((head, _)) if idea && !head.trim().is_empty() => {
                head_read = Read::new(head);
                &head_read
            }
            _ => &whole,
        };
        // Where the sender works now is news like "my name is …": it corrects a registration,
        // and introduces the sender in a first mail that registers.
        let introduces =
            corrections::introduces(read) || works_elsewhere(read, is_reply, to_registered);
        let on_document = on_document || after_document(s, previous);
        let correction = corrects(read, to_registered, on_document) || introduces;
        introduction |= introduces;
        // A question that offers an idea ("ein Vorschlag: Wie finanzieren Cluster …?") or asks
        // for a correction ("kan I rette det?") is that idea or that correction.
        let to_colleague = || forward && READER_INTEREST_ANY.in_text(&lower_s);
        // "Please also add my colleague X", "Could you put down my colleague X as well?".
        let adds_someone = !in_subject && replies::asks_to_add_someone(s, read);
        let q = !in_subject
            && !idea
            && !correction
            && !adds_someone
            && (is_question(s, read) || question_after_reason(s, read))
            && !to_colleague();
        // "… still sign up? If yes, then for both days please": the short "if so" that
        // follows asks for the registration the question asked about.
        // Not "If so, the director registers himself", nor "Falls kostenlos, melde ich mich
        // an – wenn nicht, muss ich erst mit meinem Chef sprechen".
        if !q
            && !in_subject
            && asked_to_register
            && answers_if_so(s)
            && !promises_to_tell(s)
            && !REGISTERS_THEMSELVES_ANY.in_text(&lower_s)
            && !weighing::weighs(read)
        {
            registration = true;
            registered_in_body = true;
        }
        let asks_registering = q && read.mentions(&REGISTERING);
        // "Er det fremdeles plass? I så fall vil jeg gjerne ha en": room asked after is that.
        asked_to_register = asks_registering || (q && names_free_places(s));
        asks_how |= q && asking::how_to_register(read);
        // "I sent my registration two weeks ago": the subject's "Registration" is its topic.
        asked_about_registering |=
            asks_registering || (!in_subject && read.states_done(&REGISTERING));
        if q {
            question.push((*para, s));
        }
        // "My colleague registers herself, and I'd like to ask …": nobody registers here.
        if q && !replies::registers_themselves(read, &REQUESTING) {
            if asking::registers_before_question(s, registered) {
                registration = true;
                registered_in_body = true;
            }
            asks_how_to_take_part |= asking::asks_to_take_part_from_afar(read);
        }
        // A real question about the event ("is there a hotel for the participants?", "can I
        // register by phone?") asks; it registers nobody. Requests are not questions (above).
        let subject_asks = in_subject && s.trim_end().ends_with('?');
        if subject_asks && is_question(s, read) {
            subject_question = Some(s);
        }
        let deletes = !in_subject && aside::deletes_registration(read);
        // "kaikille osallistujille" names people; a subject like "Анкета участника" names
        // the message.
        let lexicon = if in_subject {
            &*REGISTERING
        } else {
            &*REQUESTING
        };
        // Being there said without a word of registering ("budem na forume", "Tallinn
        // 14.10: yes") registers unless the mail says the sender cannot come (see below).
        let telegraphic =
            || !in_subject && (will_be_there(read) || answers_for_event(s, places, is_reply));
        // Yes said in a way of its own, not in a word of registering (see `saying_yes`).
        let context = saying_yes::Context {
            whole: &whole,
            previous,
            places_offered,
        };
        let own_way =
            || saying_yes::in_a_way_of_its_own(s, read, paras.get(*para).copied(), &context);
        let strong = read.positive(lexicon, true)
            || reserves(read)
            || (!in_subject && (adds_someone || own_way()));
        // "Anmeldung folgt" over "ich melde mich an, sobald …": the subject names a topic.
        asked_about_registering |= !in_subject && strong && weighing::defers(read);
        // "We'll be one fewer: X can't come" cancels X; "I registered twice" corrects.
        let elsewhere = (strong || telegraphic()) && for_another_event(s, places);
        if elsewhere && !in_subject && !q {
            another_event.get_or_insert((*para, s));
        }
        // "Please add me to your mailing list": another list than the participants'.
        let mailing = !in_subject
            && (listing::names_a_mailing_list(read)
                || aside::joins_mailing_list_for_later(&lower_s, read));
        let fewer = !in_subject && replies::one_fewer(&lower_s);
        // "Please take me off this list" under "Unsubscribe"; "išbraukti mane iš adresų sąrašo".
        let off_list = !in_subject && aside::off_the_list_in_subject(subject, read);
        let off_mailing =
            off_list || (!in_subject && aside::only_leaves_mailing_list(&lower_s, read));
        let twice = !in_subject && replies::registered_twice(&lower_s, read, &REGISTERING);
        // "Peter can't come after all, but I'm still coming": Peter out, the sender stays.
        let stays =
            registered && !q && !in_subject && contrasts::other_out_sender_stays(s, previous);
        cancellation |= fewer || stays;
        duplicate |= twice;
        if !q
            && !subject_asks
            && !fewer
            && !stays
            && !twice
            && !elsewhere
            && !mailing
            && !offers::as_exhibitor(&lower_s)
            && !replies::registers_themselves(read, &REQUESTING)
            && (strong || telegraphic())
            // "Šoreiz bez manis, bet nākamgad noteikti gribētu būt": another edition; "I'd
            // have loved to join": what would have been.
            && !elsewhen(s)
            // "I'll register once the programme is out"; "Meld meg av" over an unsubscribe.
            && !weighing::defers(read)
            && !(in_subject && leaves_list)
            && !off_mailing
            // "Tulisin mielelläni, mutta …", "Возможно, приеду": a wish taken back, a maybe.
            && !contrasts::wish_taken_back(s)
            && !hedged_coming(read)
            && !deletes
            // "… would love to come and will write to you himself": not now, not by this mail.
            && !REGISTERS_THEMSELVES_ANY.in_text(&lower_s)
            // "We are considering taking part", "it depends on …" weigh; "my boss said she
            // registered us" reports: neither registers yet.
            && !weighing::weighs(read)
            && !weighing::reports_saying(read)
            // "Loodetavasti mõned registreeruvad": others, on their own.
            && !weighing::some_others_register(s, read)
            // "Važiuosiu automobiliu" under "is there parking?": why it is asked.
            && !(asks_in_mail && weighing::travels_without_asking(read))
            // A forward's "register yourself at their address" leaves it to the reader.
            && !(forward && leaves_it_to_reader(read))
            // "Wer Interesse hat, meldet sich direkt an": an invitation passed on to members.
            && !leaves_it_to_others(read)
            // Another event's invitation: "Registration on the forum's website".
            && (in_subject || !points_to_website(read))
            // "Online participation" as a subject names the topic of a question; so does
            // "Question about participation".
            && !(in_subject && read.words().any(|w| REMOTE.contains(&w)))
            && !(in_subject && names_a_question(s))
        {
            // A registered participant who says again that they come registers nobody anew.
            if !registered || (!other_address && replies::about_someone_else(s, read)) {
                registration |= strong;
                registered_in_body |= strong && !in_subject;
                let by_self = strong && !in_subject && offers::names_self(s, read);
                registers_self |= by_self;
                if !in_subject {
                    registers_in.note(*para, strong, by_self);
                }
                said_there |= !strong;
            }
            restricts |= read.words().any(|w| ONLY.contains(&w))
                && read.words().any(|w| FIRST_PERSON.contains(&w))
                && registered_before();
        }
        // "If the trip is not approved, I will cancel at once" cancels nothing yet.
        let conditional = opens_with_condition(s) || explains_asking(s);
        // "My flight was cancelled" reports; it cancels nothing.
        // "I cancelled the hotel", "remove me from your mailing list": not the event; nor
        // "Abmelden" over "bitte streichen Sie mich aus Ihrem Verteiler".
        let subject_off_list = in_subject && leaves_list;
        let cancels = !conditional
            && read.positive_where(&CANCELLING, false, |c| !someone_elses(c))
            && !read.near(&CANCELLING, CANCELLED_BEFORE, &[])
            && !subject_off_list
            && !off_list
            && !aside::about_mailing_list_in(&lower_s, read)
            && !aside::cancels_something_else(read);
        leaves_list |= off_list || (!in_subject && aside::leaves_mailing_list(&lower_s, read));
        // "Teise päeva hommikuse sessiooni jätan vahele": skipping a part of the programme
        // changes a registration; it cancels nothing.
        // Not when the sentence names the event or "my registration" too ("I have to cancel my
        // registration for the workshop – our board moved its strategy session").
        let names_part = read
            .words()
            .any(|w| PROGRAMME_PARTS.iter().any(|p| w.starts_with(p)))
            // ("eventu…" is "eventually", "eventuell", "eventuelt": no event noun.)
            && !read.words().any(aside::names_the_event_word)
            && !read.near(&REGISTERING, POSSESSIVE, &[]);
        let skips_part = cancels && !deletes && names_part;
        cancellation |= (cancels && !skips_part) || deletes;
        restricts |= skips_part && !q && !in_subject && registered_before();
        // "I won't be able to come" cancels (unless an idea is all they send; see below).
        // "Ich selbst bin leider verhindert" says the sender cannot come.
        if !q
            && !in_subject
            && !conditional
            && (read.refused_keeping(&ATTENDING, &CANCELLING)
                || read.positive(&BEING_PREVENTED, false)
                // "Die Reise nach Riga wird leider nicht stattfinden", "wyjazd do Rygi odpada".
                || trips::falls_through(&lower_s, read)
                // "Rīga man šoreiz atkrīt": the event's place stands for the trip of someone
                // registered.
                || (trips::place_falls_through(s, &lower_s, places) && registered_before()))
        {
            // "Jeg kommer alligevel ikke til middagen": a part of the programme, not the event.
            // "I can't come on day 2, but day 1 yes": one day struck off.
            if (names_part || keeps_or_strikes_days(read, cancels)) && registered_before() {
                restricts = true;
            } else {
                refusal = true;
            }
        }
        // In a reply to the acknowledgement, one day kept ("I can only come on the first
        // day") or one day struck off ("please don't count me on the second day") updates
        // the registration.
        if !q && !in_subject && read.words().any(|w| DAYS.contains(&w)) && registered_before() {
            restricts |= keeps_or_strikes_days(read, cancels);
        }
        // "My colleague takes my place": the sender is out, the colleague in.
        if !q && !in_subject && !conditional {
            let taken = substitution::read(read, &lower_s);
            substituted |= taken.instead_of_sender || taken.in_their_place;
            comes_instead |= taken.comes_instead;
            one_day_substitute |= taken.instead_of_sender && names_a_day(read);
        }
        if !q && idea {
            if in_subject {
                idea_paras.push(usize::MAX);
            } else if !idea_paras.contains(para) {
                idea_paras.push(*para);
            }
        }
        if correction {
            corrected.push(Correction::new(*para, introduces, s));
        }
        news |= registered && !q && !in_subject && replies::tells_news(s);
    }
    let letter = letters::Letter::new(&paras, registers_in.para(), places, to_registered);
    letter.keep_for_the_event(&mut question, &mut idea_paras, &mut corrected);
    update |= !corrected.is_empty();
    let (corrects_more, beyond_note) = Correction::weigh(&corrected);
    question.retain(|(p, s)| {
        // "Riga in June? Count me in!": the question sets the scene for the yes.
        let scene = registered_in_body && questions::names_only_place_and_time(s);
        !questions::part_of_idea(*p, s, &idea_paras, &paras) && !scene
    });
    if to_registered && !update {
        // A reply to regbot's acknowledgement that restates a field ("Organisation: …").
        update = own.lines().any(|l| super::fields::field_line(l).is_some());
    }
    // "2.–3. jūnijā būšu komandējumā. Tāpēc ierasties nevarēšu.": being somewhere with the
    // event's dates is no yes when the sender cannot come.
    if yes_to_subject && !refusal && !cancellation && !registered {
        registration = true;
        registered_in_body = true;
    }
    if said_there && !refusal && !cancellation {
        registration = true;
        registered_in_body = true;
    }
    if update || (registered && news) {
        // "I forgot to say I'm vegan. Could you take it into account?": part of the news.
        question.retain(|(_, s)| !replies::asks_to_take_note(s));
    }
    // "My ferry is late, so I'll miss the keynote; I'll be there from lunch on."
    update |= news
        && !(registration || cancellation || refusal || substituted || comes_instead)
        && idea_paras.is_empty()
        && question.is_empty();
    // "I'm leaving the cluster for a new job, so please cancel my registration": what changed
    // is the reason for cancelling, not a correction of a registration that ends.
    if cancellation && !restricts {
        update = false;
    }
    // "Please take me off your mailing list, I no longer work with clusters": the reason for
    // leaving the list, no correction of a registration.
    if leaves_list && !corrects_more {
        update = false;
    }
    if duplicate && !refusal {
        // "I registered twice, please delete one": the sender stays, once.
        cancellation = false;
        question.retain(|(_, s)| !replies::asks_removal(s));
    }
    update |= duplicate;
    // Someone who cannot come but offers an idea was never registered: the idea is the
    // message. Otherwise not coming is a cancellation (answered "not registered" when there
    // is nothing to cancel).
    // And one who cannot come but registers a colleague registers the colleague.
    // One never registered who cannot come but asks something ("Our team can't all travel:
    // will it be streamed?", "I can't get away on the 2nd – can one come on day 2 only?")
    // asks; there is nothing to cancel.
    // "I can't come after all" was coming: a cancellation, question or not.
    let asks_instead = !question.is_empty()
        && !registered
        && !registered_before()
        && !AFTER_ALL_ANY.in_text(&own_lower);
    if refusal
        && idea_paras.is_empty()
        && !update
        && !registration
        && !asks_how_to_take_part
        && !asks_instead
    {
        found.only_not_coming = !cancellation;
        cancellation = true;
    }
    if restricts {
        update = true;
    }
    if introduction && !corrects_more && registration && !cancellation && !is_reply {
        // A first mail that asks to register and says "my name is …", "my organisation is …"
        // introduces the sender; there is nothing yet to correct.
        update = false;
    }
    if !beyond_note && registered_in_body && !cancellation && !is_reply && !registered_before() {
        // So does a note the organisers are asked to take into account (a diet, a wheelchair).
        update = false;
    }
    if registration && !registered_in_body && asked_about_registering {
        // "Registration" as the subject of a question about registering, or over a
        // registration told as done, names its topic.
        registration = false;
    }
    if let Some(asked) = another_event
        && !other_event::names_own_place(own, places)
    {
        // The organisers answer it: a question when nothing else is asked or changed.
        registration = false;
        if question.is_empty() && !cancellation && !update {
            question.push(asked);
        }
    }
    if cancellation || update {
        // "Cancel my registration" / a correction is about an existing registration.
        registration = false;
    }
    // "I can't make it. My colleague comes instead.": the sender out, the colleague in.
    substituted |= comes_instead && (cancellation || refusal);
    if substituted {
        // A substitution registers the colleague and cancels the sender (as
        // `behalf::sender_replaced` says when the colleague's address is in the sentence).
        registration = true;
        cancellation = true;
        update = one_day_substitute;
    }
    if let Some(asked) = subject_question
        && question.is_empty()
        && !(registration || cancellation || update)
        && idea_paras.is_empty()
    {
        question.push((usize::MAX, asked));
    }
    if sales {
        // "Предлагаем трансфер для участников вашего семинара": no place asked, nothing
        // changed, unless the sender registers in words of their own.
        registration &= registers_self;
        update = false;
        question.retain(|(_, s)| !offers::pitches(s));
    }
    found.asks_how_to_register = asks_how && !registers_self;
    registration &= !found.asks_how_to_register;
    let decided = Decided {
        registration,
        idea_paras: &idea_paras,
        cancellation,
        update,
        question: &question,
    };
    decided.into_found(found, &paras, own)
}

#[cfg(test)]
mod answers_and_offers_tests;
#[cfg(test)]
mod aside_tests;
#[cfg(test)]
mod asking_and_changing_tests;
#[cfg(test)]
mod contrasts_tests;
#[cfg(test)]
mod counting_and_asking_tests;
#[cfg(test)]
mod deciding_tests;
#[cfg(test)]
mod declines_and_asides_tests;
#[cfg(test)]
mod holding_back_tests;
#[cfg(test)]
mod hopes_and_guests_tests;
#[cfg(test)]
mod idioms_tests;
#[cfg(test)]
mod indirect_tests;
#[cfg(test)]
mod keeping_tests;
#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod listing_tests;
#[cfg(test)]
mod offers_and_dates_tests;
#[cfg(test)]
mod phrasing_tests;
#[cfg(test)]
mod reasons_and_forwards_tests;
#[cfg(test)]
mod reply_news_tests;
#[cfg(test)]
mod saying_so_tests;
#[cfg(test)]
mod side_lines_tests;
#[cfg(test)]
mod situation_tests;
#[cfg(test)]
mod telegraphic_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod weighing_tests;
#[cfg(test)]
mod wishing_tests;
