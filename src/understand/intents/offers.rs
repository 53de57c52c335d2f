//! Sales offers: a company offering its services to the event or its participants
//! (interpreting, transfers, photography, consulting) asks for no place and proposes nothing
//! for the programme; at most it asks a question.

use super::super::lexicon::sales::{
    EXHIBITING, PLURAL_SELF, SALES_OFFERS, SALES_PITCHES, SALES_QUESTIONS, SALES_TERMS,
};
use super::super::lexicon::stance::{FIRST_PERSON, ME_OBJECT};
use super::super::phrases::AnyOf;
use super::sentences::Read;

static SALES_OFFERS_ANY: AnyOf = AnyOf::new(SALES_OFFERS);
static SALES_TERMS_ANY: AnyOf = AnyOf::new(SALES_TERMS);
static SALES_PITCHES_ANY: AnyOf = AnyOf::new(SALES_PITCHES);
static EXHIBITING_ANY: AnyOf = AnyOf::new(EXHIBITING);
static SALES_QUESTIONS_ANY: AnyOf = AnyOf::new(SALES_QUESTIONS);

/// Whether the mail offers what the sender's company sells: an offer ("we offer", "наша
/// компания", "siūlome") and a word of trade (prices, a discount, services) in the sender's
/// own text ("Pakume grupiveoseid … soodne grupihind. Küsige pakkumist!"), or a pitch that
/// sells alone ("we set up a free demo"). `own_lower` is the sender's own text, lowercased.
pub(super) fn sells(own_lower: &str) -> bool {
    (SALES_OFFERS_ANY.in_text(own_lower) && SALES_TERMS_ANY.in_text(own_lower))
        || SALES_PITCHES_ANY.in_text(own_lower)
}

/// Whether the lowercased sentence takes part as an exhibitor or a sponsor ("wir würden gern
/// als Aussteller am Workshop teilnehmen", "we'd like to join as a sponsor"): a company's stand
/// or money, no participant's registration.
pub(super) fn as_exhibitor(lower_sentence: &str) -> bool {
    EXHIBITING_ANY.in_text(lower_sentence)
}

/// Whether a question in a sales offer only pitches it ("Shall I send you a quote?", "Vill ni
/// ha en offert?", "Behöver ni tolkning till er workshop?"): nothing for the organisers to
/// answer.
pub(super) fn pitches(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    SALES_PITCHES_ANY.in_text(&lower) || SALES_QUESTIONS_ANY.in_text(&lower)
}

/// Whether a sentence that registers names the sender alone as who registers or is registered
/// ("I", "me"), not a vendor's "we" doing the registering as its service ("we can also
/// register attendees on site") nor "us" (see [`PLURAL_SELF`]). English "I" is written so:
/// Polish "i" is "and" ("druk identyfikatorów i obsługę rejestracji").
pub(super) fn names_self(sentence: &str, read: &Read) -> bool {
    let english_i = || {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "I")
    };
    read.words().any(|w| {
        (FIRST_PERSON.contains(&w) || ME_OBJECT.contains(&w))
            && !PLURAL_SELF.contains(&w)
            && (w != "i" || english_i())
    })
}

#[cfg(test)]
mod tests {
    use super::super::Intent::*;
    use super::super::tests::intents;

    #[test]
    fn a_vendor_of_registration_services_or_catering_registers_nobody() {
        for text in [
            "We provide a registration platform and badge printing for events like yours. \
             Attendees register online and check in with a QR code. We'd be happy to quote.",
            "Jūsu pasākumam varam nodrošināt dalībnieku reģistrācijas planšetes un personālu. \
             Labprāt sagatavosim cenu piedāvājumu.",
            "Esame renginių įmonė. Galime pasiūlyti kavos pertraukas ir dalyvių registracijos \
             stalą su mūsų darbuotojais.",
            "Наша компания предлагает платформу для регистрации участников и печать бейджей.",
        ] {
            assert!(
                !intents("Your event", text).contains(&Registration),
                "{text}"
            );
        }
    }

    #[test]
    fn a_participant_who_names_the_registration_desk_still_registers() {
        let text = "Please register me for the workshop. I can help at the registration desk \
                    in the morning.";
        assert!(intents("Workshop", text).contains(&Registration), "{text}");
    }

    #[test]
    fn a_vendor_of_check_in_kiosks_registers_nobody_and_proposes_nothing() {
        for text in [
            "We offer self-service check-in kiosks: your participants register on arrival \
             with a QR code and get their badge printed on the spot.",
            "Tarjoamme itsepalvelukioskeja, joilla osallistujat ilmoittautuvat paikan päällä \
             sekunneissa.",
            "Piedāvājam pašapkalpošanās reģistrācijas kioskus – dalībnieki reģistrējas, \
             ierodoties.",
        ] {
            assert_eq!(intents("Check-in for your event", text), vec![], "{text}");
        }
    }
}
