//! Sales offers: a company offering its services to the event or its participants
//! (interpreting, transfers, photography, consulting) asks for no place and proposes nothing
//! for the programme; at most it asks a question.

use super::super::lexicon::sales::{SALES_OFFERS, SALES_PITCHES, SALES_TERMS};
use super::super::phrases::AnyOf;

static SALES_OFFERS_ANY: AnyOf = AnyOf::new(SALES_OFFERS);
static SALES_TERMS_ANY: AnyOf = AnyOf::new(SALES_TERMS);
static SALES_PITCHES_ANY: AnyOf = AnyOf::new(SALES_PITCHES);

/// Whether the mail offers what the sender's company sells: an offer ("we offer", "наша
/// компания", "siūlome") and a word of trade (prices, a discount, services) in the sender's
/// own text ("Pakume grupiveoseid … soodne grupihind. Küsige pakkumist!"), or a pitch that
/// sells alone ("we set up a free demo").
pub(super) fn sells(own: &str) -> bool {
    let lower = own.to_lowercase();
    (SALES_OFFERS_ANY.in_text(&lower) && SALES_TERMS_ANY.in_text(&lower))
        || SALES_PITCHES_ANY.in_text(&lower)
}
