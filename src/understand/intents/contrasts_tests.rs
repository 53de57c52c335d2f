//! Two statements side by side: a wish to come before a question after a comma, and a
//! colleague out while the sender still comes: invented sentences in several of the region's
//! languages, none taken from the evaluation set or the probes.
use super::tests::{intents, reply};
use super::*;
use Intent::*;

#[test]
fn a_wish_to_come_before_a_question_registers_and_asks() {
    for text in [
        "I would like to come, do I need to pay anything?",
        "Our managing director would like to attend: is there still a free seat?",
        "Ich würde gerne teilnehmen, muss ich etwas bezahlen?",
        "Jeg vil gerne deltage, er der stadig plads?",
    ] {
        assert_eq!(
            intents("Workshop", text),
            vec![Registration, Question],
            "{text}"
        );
    }
}

#[test]
fn a_question_before_deciding_only_asks() {
    for text in [
        "Would it make sense for me to come, or is it only for managers?",
        "If I come, do I need to pay anything?",
        "Maybe I would come, is there a fee?",
        "Can I come if I'm from a university?",
        "I would like to know, is there a fee?",
        "Wenn ich komme, muss ich etwas bezahlen?",
        "Koster det noe å delta på workshopen, og er lunsj inkludert?",
    ] {
        assert_eq!(intents("Workshop", text), vec![Question], "{text}");
    }
}

#[test]
fn a_colleague_out_while_the_sender_still_comes_cancels_only_the_colleague() {
    for text in [
        "My colleague Peter Smith can't come after all, but I'm still coming.",
        "Mein Kollege kann leider nicht kommen, aber ich komme trotzdem.",
        "My colleague can't come after all. But I will still be there.",
    ] {
        assert_eq!(reply(text), vec![Cancellation], "{text}");
    }
    // The sender out, or only the sender still coming, is another matter.
    assert_ne!(
        reply("I can't come after all, but my colleague is still coming."),
        vec![Cancellation]
    );
    assert!(!reply("I'm still coming, see you in June.").contains(&Cancellation));
}

#[test]
fn a_colleague_who_will_register_on_their_own_registers_nobody_now() {
    for text in [
        "I can't make June, but I passed this on to Anna Berg - she'll be in touch to register herself.",
        "Ise ma ei saa, aga meie juhataja soovib osaleda – ta kirjutab teile ise.",
        "My colleague is interested and will sign up on his own.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
    // The sender who registers in the same mail still registers.
    assert!(
        intents(
            "Riga",
            "Please register me. My colleague will register herself."
        )
        .contains(&Registration)
    );
}

#[test]
fn asking_to_take_news_into_account_belongs_to_the_update() {
    for text in [
        "I forgot to mention that I am vegetarian. Could you take it into account?",
        "Jeg glemte at skrive, at jeg er vegetar. Vil I give køkkenet besked?",
        "Unohdin kertoa, että olen kasvissyöjä. Voisitteko huomioida sen?",
    ] {
        assert_eq!(reply(text), vec![Update], "{text}");
    }
    // A first mail asks; another question in a reply still asks.
    assert!(
        intents(
            "Workshop",
            "I am vegetarian. Could you take it into account if I register?"
        )
        .contains(&Question)
    );
    assert!(
        reply("I forgot to mention that I am vegetarian. Is there a hotel nearby?")
            .contains(&Question)
    );
}

#[test]
fn idioms_of_booking_and_accepting_register() {
    for text in [
        "Consider me booked in for the workshop, looking forward to it.",
        "Yes please, one place for me.",
        "Gern nehme ich Ihre Einladung an.",
    ] {
        assert_eq!(intents("Riga", text), vec![Registration], "{text}");
    }
    for text in [
        "Please don't consider me booked in yet.",
        "Ich nehme Ihre Einladung leider nicht an.",
    ] {
        assert!(!intents("Riga", text).contains(&Registration), "{text}");
    }
}

#[test]
fn a_scandinavian_question_with_i_for_in_registers_nobody() {
    for text in [
        "Koster det noget at deltage i workshoppen, og er rejse og hotel dækket?",
        "Kostar det något att delta i workshopen, och ingår lunch?",
    ] {
        assert_eq!(intents("Pris", text), vec![Question], "{text}");
    }
    let text = "I would like to come, do I need to pay?";
    assert!(intents("Fee", text).contains(&Registration), "{text}");
}
