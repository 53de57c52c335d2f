//! Understanding one raw message: who sent it, what they ask for, and whether it is automated.
//!
//! This module is pure: bytes and configuration in, an [`Understanding`] out. It never fails and
//! never panics on hostile input; a best effort is made and the result says what it could find.
//! `regbot parse` prints exactly this structure, and the daemon acts on it, so the two can never
//! disagree.

/// Configuration the understanding step needs: how to recognise mail that regbot sent itself.
#[derive(Debug, Clone, Default)]
pub struct UnderstandConfig {
    /// Addresses regbot sends from or receives on (lowercase); mail from them is never answered.
    pub own_addresses: Vec<String>,
    /// The domain regbot puts in its Message-IDs (`<…@domain>`), to spot its own mail coming back.
    pub own_message_id_domain: Option<String>,
    /// The event's place as people name it ("Riga", "Rīga", "Riia"): the city standing for the
    /// trip ("Riga is off for me") in a registered participant's mail cancels.
    pub places: Vec<String>,
}

mod model;
pub use model::*;

pub mod automated;
pub mod behalf;
pub mod countries;
pub mod decode;
pub mod fields;
mod form_only;
pub mod intents;
pub mod language;
pub mod learned;
pub mod lexicon;
pub mod notes;
mod own_words;
mod phrases;
mod relay;
pub mod reply;
mod review;
mod sender;
mod structure;

use mailparse::MailHeaderMap;
use structure::{
    drop_quote_header, forwarded_fallback, forwarded_sender, repaired_mime, thread_references,
};

/// Understands one raw RFC 5322 message. Never panics, never fails. The rules decide; the
/// learned model may add or question a registration (`learned::second_opinion`).
pub fn understand(raw: &[u8], config: &UnderstandConfig) -> Understanding {
    let mut reading = None;
    let mut u = by_rules(raw, config, &mut reading);
    learned::second_opinion(&mut u, reading.as_ref(), &config.places);
    u
}

/// What the rules alone understand of a message, and what the learned model reads of it
/// (left `None` for automated mail, which the model never touches).
pub fn by_rules(
    raw: &[u8],
    config: &UnderstandConfig,
    reading: &mut Option<learned::Reading>,
) -> Understanding {
    let mut u = Understanding::default();
    let flattened;
    let mail = match mailparse::parse_mail(raw) {
        Ok(mail) => mail,
        Err(_) => {
            // Repaired, or rewritten as text when the MIME structure is beyond repair.
            let Some(bytes) = repaired_mime(raw) else {
                return u;
            };
            flattened = bytes;
            match mailparse::parse_mail(&flattened) {
                Ok(mail) => mail,
                Err(_) => return u,
            }
        }
    };
    let h = &mail.headers;
    u.message_id = h
        .get_first_value("Message-ID")
        .map(|m| m.trim().trim_matches(['<', '>']).to_string())
        .filter(|m| !m.is_empty());
    u.subject = h.get_first_value("Subject").map(|s| s.trim().to_string());
    u.from = h.get_first_header("From").and_then(sender::mailbox);
    let relayed = relay::person_behind(h, u.from.as_ref());
    u.references = thread_references(
        h.get_first_value("References").as_deref(),
        h.get_first_value("In-Reply-To").as_deref(),
    );
    u.delivered_to = automated::delivered_to(&mail.headers);
    let mut verdict = automated::classify(&mail, config);
    let body = decode::best_text(&mail);
    if let Some(person) = relayed {
        if verdict.kind == Some(Automated::AutoReply) && relay::form_names(&body, &person.email) {
            verdict.kind = None;
        }
        u.from = Some(person);
    }
    let split = reply::split(&body);
    let (mut own, mut forwarded) = (drop_quote_header(&split.own), split.forwarded.clone());
    if forwarded.is_none()
        && let Some((o, f)) = forwarded_fallback(&own)
    {
        own = o.trim().to_string();
        forwarded = Some(f);
    }
    let reply_to_own = config.own_message_id_domain.as_deref().is_some_and(|d| {
        let d = format!("@{}", d.to_lowercase());
        u.references.iter().any(|r| r.to_lowercase().ends_with(&d))
    });
    let said = fields::before_sign_off(&own);
    let (subject, _) = intents::strip_subject(u.subject.as_deref().unwrap_or(""));
    // A one-line answer to regbot's own mail ("Ses i Riga!", "Gerai, iki pasimatymo!") may be
    // too short to tell its language; the acknowledgement it answers was written in the
    // participant's language, and its subject says so before the event's name (which is
    // often English).
    let acknowledged = || {
        let head = subject.split(':').next().unwrap_or("");
        language::of_acknowledgement(head)
    };
    // When the own words are too few ("Räkna med mig! /Elsa" above a "-- " signature, an
    // empty note on a forward), the signature is still the sender's own language, while a
    // forward's subject is the invitation's.
    let signed = || {
        let signature = split.signature.as_deref()?;
        let own_lines: Vec<&str> = signature
            .lines()
            .take_while(|l| !reply::is_forward_marker(l))
            .collect();
        language::detect(&own_lines.join("\n"))
    };
    u.language = language::detect(said).or_else(acknowledged);
    if u.language.is_none() {
        u.language = if forwarded.is_some() {
            signed().or_else(|| language::detect(subject))
        } else {
            language::detect(subject).or_else(signed)
        };
    }
    u.text = own.clone();
    if verdict.kind.is_some() {
        u.automated = verdict.kind;
        u.bounced_recipients = verdict.bounced_recipients;
        u.complained_recipients = verdict.complained_recipients;
        u.bounces = verdict.bounces;
        u.returned_message_ids = verdict.returned_message_ids;
        return u;
    }
    if own_words::out_of_office(u.subject.as_deref().unwrap_or(""), &own, &config.places) {
        u.automated = Some(Automated::AutoReply);
        return u;
    }
    let from_name = u.from.as_ref().and_then(|f| f.name.clone());
    let signature = split.signature.clone().unwrap_or_default();
    let words = own_words::sender_words(&own);
    let mut found = intents::detect_at(u.subject.as_deref(), &words, reply_to_own, &config.places);
    *reading = Some(learned::Reading::new(
        subject,
        &words,
        reply_to_own,
        forwarded.is_some(),
    ));
    form_only::register(&mut found, u.subject.as_deref(), &own, reply_to_own);
    let mut participant = fields::extract(&own, &signature, from_name.as_deref());
    if participant.name.is_none()
        && let Some(from) = from_name.as_deref()
    {
        participant.name = Some(fields::names::natural(from));
        participant.sources.name = Some(Source::FromHeader);
    }
    if participant.email.is_none()
        && let Some(f) = &u.from
    {
        participant.email = Some(f.email.clone());
        participant.sources.email = Some(Source::FromHeader);
    }
    // A form filled in for someone else from the sender's own address: the record stays the
    // sender's, the form's person is the one registered.
    // Not in a reply to the acknowledgement or a correction: a new name there is the
    // sender's own ("Name: Eva Berg (married name)").
    let correcting = reply_to_own || found.intents.contains(&Intent::Update);
    let form_other = u.from.as_ref().filter(|_| !correcting).and_then(|f| {
        fields::other_person(&own, &f.email, from_name.as_deref().unwrap_or(""))
            .map(|other| (other, f.email.clone()))
    });
    if let Some((_, from_email)) = &form_other {
        if participant.sources.email == Some(Source::FormLine) {
            participant.email = Some(from_email.clone());
            participant.sources.email = Some(Source::FromHeader);
        }
        if participant.sources.name == Some(Source::FormLine)
            && let Some(from_name) = from_name.as_deref()
        {
            participant.name = Some(fields::names::natural(from_name));
            participant.sources.name = Some(Source::FromHeader);
        }
    }
    correct(&mut found, &mut participant, &own, reply_to_own);
    let mut forwarded_registration = false;

    // A forwarded registration is about the original sender.
    if let Some(fwd) = forwarded.as_deref()
        && let Some((orig, fwd_body)) = forwarded_sender(fwd)
        && !config
            .own_addresses
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&orig.email))
    {
        let fsplit = reply::split(&fwd_body);
        let inner = intents::detect(None, &fsplit.own, false);
        // Someone passing on a person's own registration ("this came to my address, see
        // below") — not a forwarded invitation, whose "register by email" is nobody's request,
        // and not a sender who registers themselves above the forward.
        if inner.intents.contains(&Intent::Registration)
            && !found.intents.contains(&Intent::Registration)
            && intents::first_person_registration(&fsplit.own)
        {
            forwarded_registration = true;
            let mut fp = fields::extract(
                &fsplit.own,
                fsplit.signature.as_deref().unwrap_or(""),
                orig.name.as_deref(),
            );
            if fp.email.is_none() {
                fp.email = Some(orig.email.clone());
                fp.sources.email = Some(Source::FromHeader);
            }
            if fp.name.is_none() && orig.name.is_some() {
                fp.name = orig.name.clone();
                fp.sources.name = Some(Source::FromHeader);
            }
            participant = fp;
            // The person's registration and idea count; their questions were asked of the
            // forwarder, not of regbot.
            let mut all: Vec<Intent> = found
                .intents
                .iter()
                .chain(&inner.intents)
                .copied()
                .filter(|i| *i != Intent::Question)
                .collect();
            all.sort();
            all.dedup();
            found.intents = all;
            found.idea = found.idea.or(inner.idea);
            if u.text.is_empty() {
                u.text = fsplit.own.clone();
            }
        }
    }
    let sender_name = u.from.as_ref().and_then(|f| f.name.clone());
    // "Registreerun foorumile: Liis Randoja, Pärnu Merendusklaster, Eesti": a form in the
    // subject line.
    if participant.country.is_none()
        && let Some(name) = participant.name.as_deref()
        && let Some(country) = fields::country_in_subject(subject, name)
    {
        participant.country = Some(country);
        participant.sources.country = Some(Source::FormLine);
    }
    if participant.organisation.is_none()
        && let Some(name) = participant.name.as_deref()
        && let Some(org) = fields::organisation_in_subject(subject, name)
    {
        participant.organisation = Some(org);
        participant.sources.organisation = Some(Source::FormLine);
    }
    // "Rasmus Hoj" in the header, "Rasmus Høj" under the mail: the fuller spelling.
    fields::restore_spelling(&mut participant, &own, &signature, sender_name.as_deref());
    add_hints(&mut participant, &own, &signature);
    // The people the message registers, cancels or updates (the contract): a question, an
    // idea or a thank-you alone changes nobody's record.
    let changes_someone = found.intents.iter().any(|i| {
        matches!(
            i,
            Intent::Registration | Intent::Cancellation | Intent::Update
        )
    });
    u.participants = match &form_other {
        Some(((name, email), _)) if changes_someone => vec![Participant {
            email: Some(email.clone()),
            name: Some(name.clone()),
            organisation: participant.organisation.clone(),
            country: participant.country.clone(),
            sources: Sources {
                email: Some(Source::FormLine),
                name: Some(Source::FormLine),
                organisation: participant.sources.organisation,
                country: participant.sources.country,
                experience: None,
            },
            ..Participant::default()
        }],
        _ if changes_someone => vec![participant.clone()],
        _ => Vec::new(),
    };
    // A registration on someone else's behalf is about those people. "Melden Sie bitte A
    // (a@…) und B (b@…) an" asks for it in words the intent lexicon does not read.
    let changes_record = [Intent::Registration, Intent::Cancellation, Intent::Update];
    if !changes_record.iter().any(|i| found.intents.contains(i))
        && !forwarded_registration
        && !found.asks_how_to_register
    {
        let mut exclude: Vec<String> = config.own_addresses.clone();
        exclude.extend(u.from.as_ref().map(|f| f.email.clone()));
        if behalf::asks_for_others(&own, &exclude) {
            found.intents.push(Intent::Registration);
            found.intents.sort();
        }
    }
    // "Could you add my colleague to my registration?" in a reply registers the colleague;
    // the words of changing a registration read as a correction.
    if found.intents.contains(&Intent::Update)
        && !found.intents.contains(&Intent::Registration)
        && !found.intents.contains(&Intent::Cancellation)
        && reply_to_own
        && behalf::adds_someone(&own)
    {
        found.intents.retain(|i| *i != Intent::Update);
        found.intents.push(Intent::Registration);
        found.intents.sort();
    }
    let mut missing_address = false;
    let has = |i: Intent| found.intents.contains(&i);
    // "It's me who cancels, please register A and B": a cancellation (or an "instead of me"
    // correction) that names people to take the sender's place.
    let replaces = !has(Intent::Registration) && (has(Intent::Cancellation) || has(Intent::Update));
    if (has(Intent::Registration) || replaces) && !forwarded_registration {
        let mut exclude: Vec<String> = config.own_addresses.clone();
        exclude.extend(u.from.as_ref().map(|f| f.email.clone()));
        let b = if replaces {
            behalf::replacement(&own, &exclude, has(Intent::Cancellation))
        } else {
            behalf::read(&own, &exclude)
        }
        .in_nominative(u.language.as_deref());
        missing_address = b.missing_address;
        // Colleagues named without an address are listed too, without one: a person adds it.
        // The sender is one of them only when they ask to be ("ma ise tulla ei saa, aga …").
        // A reply to the acknowledgement that cancels the sender ("strike me and put down
        // our assistant A, she has no address yet") keeps them listed: they are cancelled.
        // Not when the colleagues it names are the ones cancelled ("A can't come; I still do").
        let sender_cancelled =
            reply_to_own && found.intents.contains(&Intent::Cancellation) && !b.others_out;
        if !b.unaddressed.is_empty() && !b.sender_too && !sender_cancelled {
            u.participants.clear();
        }
        u.participants
            .extend(b.unaddressed.iter().map(|name| Participant {
                name: Some(name.clone()),
                sources: Sources {
                    name: Some(Source::RunningText),
                    ..Sources::default()
                },
                ..Participant::default()
            }));
        if b.sender_out {
            behalf::sender_replaced(&mut found.intents, intents::substitutes_for_one_day(&own));
            // "I can't make it myself, but please sign up my colleague A (a@…)" in a first
            // mail: the sender was never registered; only the colleague is.
            if found.only_not_coming && !reply_to_own && !behalf::says_instead_in(&own) {
                found.intents.retain(|i| *i != Intent::Cancellation);
            }
        }
        if !b.others.is_empty() {
            let others: Vec<Participant> = b
                .others
                .iter()
                // A colleague works where the sender does: the sender's organisation and
                // country (with their sources) carry over; experience is personal.
                .map(|n| Participant {
                    email: Some(n.email.clone()),
                    name: n.name.clone(),
                    organisation: participant.organisation.clone(),
                    country: participant.country.clone(),
                    experience: None,
                    sources: Sources {
                        email: Some(Source::RunningText),
                        name: n.name.as_ref().map(|_| Source::RunningText),
                        organisation: participant.sources.organisation,
                        country: participant.sources.country,
                        experience: None,
                    },
                    hints: Hints {
                        country: participant.hints.country.clone(),
                    },
                })
                .collect();
            // `participant` is the sender's own record (the contract); a registration is
            // about the colleagues in `participants`. A cancellation or correction without a
            // registration ("please cancel my colleague A") changes the colleague's record,
            // which `participant` then shows.
            let sender = participant.clone();
            if let Some(first) = others.first()
                && !b.sender_out
                && !b.others_out
                && replaces
            {
                participant = first.clone();
            }
            // A sender replaced by others is listed too when the message cancels them; one
            // who was never registered ("I can't come myself, please register A and B" in a
            // first mail) is no participant.
            let cancels_sender = b.sender_out && found.intents.contains(&Intent::Cancellation);
            u.participants = if b.sender_too || cancels_sender {
                std::iter::once(sender).chain(others).collect()
            } else {
                others
            };
            // "… A (a@…) and B, who has no address yet": B is listed without one.
            u.participants
                .extend(b.unaddressed.iter().map(|name| Participant {
                    name: Some(name.clone()),
                    sources: Sources {
                        name: Some(Source::RunningText),
                        ..Sources::default()
                    },
                    ..Participant::default()
                }));
        }
    }
    // "Thank you for the invitation, but not this time" cancels nobody: no participant.
    let sender_email = u.from.as_ref().map(|f| f.email.as_str());
    let only_sender = u
        .participants
        .iter()
        .all(|p| p.email.is_some() && p.email.as_deref() == sender_email);
    let cancels_only = found.intents.contains(&Intent::Cancellation)
        && !found
            .intents
            .iter()
            .any(|i| matches!(i, Intent::Registration | Intent::Update));
    if cancels_only
        && only_sender
        && behalf::declines_invitation(
            subject,
            &own,
            behalf::Decline {
                reply_to_own,
                only_not_coming: found.only_not_coming,
                says_more: found.idea.is_some() || found.question.is_some(),
            },
        )
    {
        u.participants.clear();
    }
    // The form's person read again as an address in the text: the form gives the name.
    if let Some(((name, email), _)) = &form_other {
        for p in u.participants.iter_mut() {
            if p.name.is_none() && p.email.as_deref() == Some(email.as_str()) {
                p.name = Some(name.clone());
                p.sources.name = Some(Source::FormLine);
            }
        }
    }
    let record_changes = found.intents.iter().any(|i| {
        matches!(
            i,
            Intent::Registration | Intent::Cancellation | Intent::Update
        )
    });
    u.note = notes::note(&own, record_changes);
    u.review = review::review(
        &u,
        &found,
        &participant,
        &own,
        sender_name.as_deref(),
        missing_address,
    );
    u.intents = found.intents;
    u.idea = found.idea;
    u.question = found.question;
    u.participant = participant;
    u
}

/// A correction by mail: what the sender states in their own words ("my name is …", "actually
/// I work for …", "the country is …") replaces what the signature or the From header says,
/// which often still show the old values. A message that only states such values is a
/// correction. So is one that only adds a note to the registration ("forgot to mention: I am
/// vegetarian", or a diet note in a reply to the acknowledgement): an update that changes no
/// field (see `review`).
fn correct(
    found: &mut intents::Found,
    participant: &mut Participant,
    own: &str,
    reply_to_own: bool,
) {
    if found.intents.contains(&Intent::Registration) {
        introduce(participant, own);
        return;
    }
    if !(found.intents.is_empty() || found.intents.contains(&Intent::Update)) {
        return;
    }
    let stated = fields::stated(own);
    // A company's sales offer ("we work in all the Baltic states") corrects nothing.
    if found.intents.is_empty()
        && !found.sells
        && (!stated.is_empty() || (reply_to_own && notes::note(own, true).is_some()))
    {
        found.intents.push(Intent::Update);
    }
    if !found.intents.contains(&Intent::Update) {
        return;
    }
    let s = &mut participant.sources;
    if let Some(name) = stated.name {
        participant.name = Some(name);
        s.name = Some(Source::RunningText);
    } else if let Some(given) = fields::stated_given_name(own)
        && let Some(full) = participant.name.as_deref()
        && let Some((first, surname)) = full.split_once(' ')
        // A spelling of the given name ("Ieva" for "Ilva"), not a surname said alone.
        && given.chars().next().and_then(|c| c.to_lowercase().next())
            == first.chars().next().and_then(|c| c.to_lowercase().next())
    {
        // "Pareizais vārds ir Ieva, nevis Ilva": the given name corrected, the surname kept.
        participant.name = Some(format!("{given} {surname}"));
        s.name = Some(Source::RunningText);
    }
    if let Some(org) = stated.organisation {
        participant.organisation = Some(org);
        s.organisation = Some(Source::RunningText);
    }
    if let Some(country) = stated.country {
        participant.country = Some(country);
        s.country = Some(Source::RunningText);
    }
}

/// A registration that introduces the sender ("my name is Jānis Bērziņš, …"): the name they
/// state is how they want it on the badge, where only the From header named them (often a
/// nickname or initials). A signature's name stays: the signature is what they sign with.
fn introduce(participant: &mut Participant, own: &str) {
    if participant.sources.name == Some(Source::FromHeader)
        && let Some(name) = fields::stated(own).name
    {
        participant.name = Some(name);
        participant.sources.name = Some(Source::RunningText);
    }
}

/// Weak evidence for what the message does not state: a phone prefix in the signature, the
/// address's country domain. Kept as hints, never as values.
fn add_hints(p: &mut Participant, own: &str, signature: &str) {
    if p.country.is_some() {
        return;
    }
    p.hints.country = countries::country_of_phone(signature)
        .or_else(|| countries::country_of_phone(own))
        .or_else(|| p.email.as_deref().and_then(countries::country_of_domain));
    // A postal address in the signature whose postcode has the hinted country's shape
    // ("26789 Leer" under a German number) states the country: the address is the sender's.
    if let Some(code) = p.hints.country.clone()
        && signature
            .lines()
            .chain(own.lines().rev().take(12))
            .any(|l| countries::postcode_fits(l, &code))
    {
        p.country = Some(code);
        p.sources.country = Some(Source::Signature);
        p.hints.country = None;
    }
}

#[cfg(test)]
mod away_tests;
#[cfg(test)]
mod colleague_tests;
#[cfg(test)]
mod long_tests;
#[cfg(test)]
mod talk_tests;
#[cfg(test)]
mod tests;
