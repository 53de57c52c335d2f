//! Sales offers: a company offering its services to the event or its participants
//! (interpreting, transfers, photography, consulting) asks for no place and proposes nothing
//! for the programme; at most it asks a question.

use super::super::lexicon::sales::{
    EXHIBITING, FIRMS_WE, SALES_OFFERS, SALES_PITCHES, SALES_TERMS,
};
use super::super::lexicon::stance::{FIRST_PERSON, ME_OBJECT};
use super::super::phrases::AnyOf;
use super::sentences::Read;

static SALES_OFFERS_ANY: AnyOf = AnyOf::new(SALES_OFFERS);
static SALES_TERMS_ANY: AnyOf = AnyOf::new(SALES_TERMS);
static SALES_PITCHES_ANY: AnyOf = AnyOf::new(SALES_PITCHES);
static EXHIBITING_ANY: AnyOf = AnyOf::new(EXHIBITING);

/// Whether the mail offers what the sender's company sells: an offer ("we offer", "наша
/// компания", "siūlome") and a word of trade (prices, a discount, services) in the sender's
/// own text ("Pakume grupiveoseid … soodne grupihind. Küsige pakkumist!"), or a pitch that
/// sells alone ("we set up a free demo").
pub(super) fn sells(own: &str) -> bool {
    let lower = own.to_lowercase();
    (SALES_OFFERS_ANY.in_text(&lower) && SALES_TERMS_ANY.in_text(&lower))
        || SALES_PITCHES_ANY.in_text(&lower)
}

/// Whether the lowercased sentence takes part as an exhibitor or a sponsor ("wir würden gern
/// als Aussteller am Workshop teilnehmen", "we'd like to join as a sponsor"): a company's stand
/// or money, no participant's registration.
pub(super) fn as_exhibitor(lower_sentence: &str) -> bool {
    EXHIBITING_ANY.in_text(lower_sentence)
}

/// Whether a sentence that registers speaks for the sender as a person ("please register me",
/// "я тоже поеду"), which a sales offer around it does not undo; not the firm's "we" or "us"
/// ("Registreerimise saame teha ka meie kaudu": the vendor runs the registration).
pub(super) fn speaks_for_self(read: &Read) -> bool {
    read.words()
        .any(|w| (FIRST_PERSON.contains(&w) || ME_OBJECT.contains(&w)) && !FIRMS_WE.contains(&w))
}
