//! Wishes to come said plainly, which register when nothing takes them back; the sender's side
//! whose coming waits for an answer; requests to note what an update says; "ich melde mich"
//! that only gets in touch. Invented mails, none taken from the evaluation set.
use super::tests::intents;
use super::*;
use Intent::*;

#[test]
fn a_wish_taken_back_or_someone_elses_registers_nobody() {
    for text in [
        "Ich wäre gern dabei, aber an dem Tag habe ich eine Vorstandssitzung.",
        "Meine Kollegin wäre gern dabei und meldet sich selbst.",
        "Nästa år vill jag gärna komma.",
    ] {
        assert!(!intents("Workshop", text).contains(&Registration), "{text}");
    }
}

#[test]
fn coming_from_our_side_that_waits_for_an_answer_registers_nobody() {
    let text = "Czy warsztaty są po angielsku? Z naszego klastra chciałaby przyjechać koleżanka, \
                ale zanim się zapisze, chcemy to wiedzieć.";
    assert_eq!(intents("Language", text), vec![Question], "{text}");
}

#[test]
fn asking_to_pass_on_or_note_what_changed_is_part_of_the_update() {
    for text in [
        "I'm already registered but forgot to mention that I'm vegan. Could you pass it on to \
         the kitchen?",
        "Jag är redan anmäld men glömde säga att jag är allergisk mot nötter. Kan det noteras?",
    ] {
        assert_eq!(intents("Workshop", text), vec![Update], "{text}");
    }
}

#[test]
fn getting_in_touch_later_registers_nobody() {
    for text in [
        "Ich kann erst nach der Sitzung zusagen. Ich melde mich dann.",
        "Danke für die Einladung, ich melde mich dann wieder.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
    assert_eq!(
        intents("Riga", "Hiermit melde ich mich für den Workshop an."),
        vec![Registration]
    );
}
