use super::*;
use crate::understand::tests::{cfg, mail};
use crate::understand::{Automated, Participant, understand};

fn unanswered(review: Option<ReviewReason>) -> Understanding {
    Understanding {
        participant: Participant {
            email: Some("anna@example.org".into()),
            ..Participant::default()
        },
        review,
        ..Understanding::default()
    }
}

#[test]
fn a_likely_registration_the_rules_missed_is_proposed_for_a_person_to_confirm() {
    let mut u = unanswered(Some(ReviewReason::NoIntent));
    gate(&mut u, 0.95);
    assert_eq!(u.intents, vec![Intent::Registration]);
    assert_eq!(u.participants.len(), 1);
    // The organiser reads why: proposed by the model, not "nothing found".
    assert_eq!(u.review, Some(ReviewReason::ProposedRegistration));
    // A bare thank-you the rules let pass gets the same reason to be looked at.
    let mut thanks = unanswered(None);
    gate(&mut thanks, 0.95);
    assert_eq!(thanks.review, Some(ReviewReason::ProposedRegistration));
    // A more particular reason of the rules stays.
    let mut no_address = unanswered(Some(ReviewReason::OnBehalfWithoutAddress));
    gate(&mut no_address, 0.95);
    assert_eq!(
        no_address.review,
        Some(ReviewReason::OnBehalfWithoutAddress)
    );
}

#[test]
fn the_reason_is_stored_under_its_own_name() {
    let word = serde_json::to_value(ReviewReason::ProposedRegistration).unwrap();
    assert_eq!(word, "proposed_registration");
}

#[test]
fn an_unsure_model_and_a_mail_the_rules_understood_are_left_alone() {
    let mut u = unanswered(Some(ReviewReason::NoIntent));
    gate(&mut u, 0.5);
    assert!(u.intents.is_empty());
    let mut question = unanswered(None);
    question.intents = vec![Intent::Question];
    gate(&mut question, 0.99);
    assert_eq!(question.intents, vec![Intent::Question]);
    assert_eq!(question.review, None);
}

#[test]
fn automated_mail_never_reaches_the_model() {
    let mut u = unanswered(None);
    u.automated = Some(Automated::AutoReply);
    second_opinion(
        &mut u,
        Some(&Reading::new("", "I will come to Riga", false, false)),
        &[],
    );
    assert!(u.intents.is_empty());
    let mut v = unanswered(None);
    second_opinion(&mut v, None, &[]);
    assert!(v.intents.is_empty());
}

#[test]
fn the_model_reads_registrations_and_questions_in_several_languages() {
    let p = |words: &str| {
        opinion(&Reading::new("Workshop", words, false, false), &[]).expect("weights")
            [Intent::Registration as usize]
    };
    for registers in [
        "Hello, please register me for the workshop. Best regards",
        "Guten Tag, hiermit melde ich mich zum Workshop an. Viele Grüße",
        "Labdien, lūdzu reģistrējiet mani semināram. Ar cieņu",
        "Hej, jeg vil gerne tilmelde mig workshoppen. Venlig hilsen",
    ] {
        assert!(p(registers) > 0.5, "{registers}: {}", p(registers));
    }
    for asks in [
        "Hello, is there a fee for the workshop? Best regards",
        "Guten Tag, gibt es eine Teilnahmegebühr? Viele Grüße",
    ] {
        assert!(p(asks) < 0.5, "{asks}: {}", p(asks));
    }
}

#[test]
fn what_the_rules_understand_the_model_does_not_change() {
    for (subject, body) in [
        (
            "Workshop",
            "Hello,\n\nI would like to register for the workshop.\n\nAnna Berg\nNordic Cluster",
        ),
        (
            "Frage",
            "Guten Tag,\n\ngibt es eine Teilnahmegebühr?\n\nViele Grüße\nPetra Lange",
        ),
    ] {
        let raw = mail("Anna <anna@example.org>", subject, body);
        let mut reading = None;
        let rules = by_rules_intents(&raw, &mut reading);
        assert_eq!(understand(&raw, &cfg()).intents, rules, "{subject}");
    }
}

fn by_rules_intents(raw: &[u8], reading: &mut Option<Reading>) -> Vec<Intent> {
    crate::understand::by_rules(raw, &cfg(), reading).intents
}

#[test]
fn the_model_judges_only_mail_in_a_language_it_knows_and_forwards_with_a_note_of_their_own() {
    let asks = Reading::new(
        "Workshop",
        "Hello, please register me for the workshop. Best regards",
        false,
        false,
    );
    let mut known = unanswered(Some(ReviewReason::NoIntent));
    known.language = Some("en".into());
    second_opinion(&mut known, Some(&asks), &[]);
    assert_eq!(known.intents, vec![Intent::Registration]);
    assert_eq!(known.review, Some(ReviewReason::ProposedRegistration));
    // The same words in a mail whose language regbot could not tell: left to a person as is.
    let mut unknown = unanswered(Some(ReviewReason::NoIntent));
    second_opinion(&mut unknown, Some(&asks), &[]);
    assert!(unknown.intents.is_empty());
    let forward = |words: &str| Reading::new("Invitation: workshop in Riga", words, false, true);
    assert!(!enough_to_go_on(&known, &forward("FYI")));
    assert!(!enough_to_go_on(&known, &forward("for you ")));
    assert!(enough_to_go_on(
        &known,
        &forward("I'd go, can you sign me up?")
    ));
}
