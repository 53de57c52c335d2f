//! Sales offers: a company offering its services to the event or its participants
//! (interpreting, transfers, photography, consulting) asks for no place and proposes nothing
//! for the programme; at most it asks a question.

use super::super::lexicon::sales::{EXHIBITING, SALES_OFFERS, SALES_PITCHES, SALES_TERMS};
use super::super::phrases::AnyOf;

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
