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

#[test]
fn gladness_typed_on_a_phone_without_its_pronoun_or_letters_registers() {
    for text in [
        "hi, really happy to be part of it, both days",
        "so glad to come along to tallinn",
        "hallo, wuerde mich sehr freuen, in tallinn dabei zu sein",
        "hej, vill sa garna vara med i tallinn",
        "hej, skulle va sa kul att fa vara med",
        "Oleksin õnnelik, kui saaksin seminaril osaleda.",
    ] {
        assert_eq!(intents("tallinn", text), vec![Registration], "{text}");
    }
    for text in [
        "was so glad to be there last year, the programme was great",
        "more than happy to answer your questions about our cluster",
        "Wir freuen uns darauf, Ihnen auch dabei zur Seite zu stehen.",
        "Min chef sa att hon gärna vill vara med.",
    ] {
        assert!(!intents("tallinn", text).contains(&Registration), "{text}");
    }
}

#[test]
fn taking_up_the_invitation_or_being_counted_in_registers() {
    for text in [
        "Z przyjemnością skorzystamy z zaproszenia na seminarium.",
        "С радостью воспользуемся приглашением.",
        "Mielai pasinaudosime kvietimu.",
        "Tad skaičiuokite ir mus.",
        "Считайте и нас, пожалуйста.",
    ] {
        assert_eq!(intents("Seminar", text), vec![Registration], "{text}");
    }
    for text in [
        "Nie liczcie na mnie tym razem.",
        "Не считайте меня, я не смогу.",
    ] {
        assert!(!intents("Seminar", text).contains(&Registration), "{text}");
    }
}

#[test]
fn if_so_running_on_into_a_request_after_a_question_about_places_registers() {
    for text in [
        "Er det fortsatt ledige plasser? I saa fall vil jeg gjerne sikre meg en.",
        "onko viela tilaa? jos on niin ilmoittakaa meidat",
        "Gibt es noch freie Plätze? Wenn ja bitte uns beide anmelden.",
    ] {
        assert!(intents("Seminar", text).contains(&Registration), "{text}");
    }
    let text = "Er det fortsatt ledige plasser? I så fall vil jeg vite prisen.";
    assert!(!intents("Seminar", text).contains(&Registration), "{text}");
}
