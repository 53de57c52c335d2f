//! Someone taking the sender's place ("My colleague takes my place", "Min kollega kommer i
//! stället", "so I will come in her place"): one is out, the other in.

use super::super::lexicon::attendance::COMES_INSTEAD;
use super::super::lexicon::intents::HEDGES;
use super::sentences::Read;
use super::{
    ATTENDING, IN_MY_STEAD_ANY, IN_THEIR_PLACE_ANY, INSTEAD_ANY, INSTEAD_OF_ME_ANY, TAKING_OVER_ANY,
};

/// What a sentence says about someone coming in another's place.
pub(super) struct Taken {
    /// Someone comes instead of the sender ("X tulee minun sijastani").
    pub instead_of_sender: bool,
    /// Someone comes "instead" ("Min kollega kommer i stället"): a substitution when the sender
    /// is out.
    pub comes_instead: bool,
    /// The sender comes in another's place ("so I will come in her place", "jeg overtar
    /// plassen hans").
    pub in_their_place: bool,
}

/// Reads a sentence (`lower` is its lower case) that is neither a question nor conditional.
pub(super) fn read(read: &Read, lower: &str) -> Taken {
    let hedged = || read.words().any(|w| HEDGES.contains(&w));
    let instead_of_sender = INSTEAD_OF_ME_ANY.in_text(lower) && !hedged();
    let comes_instead = (INSTEAD_ANY.in_text(lower) || IN_MY_STEAD_ANY.in_text(lower))
        && (read.positive(&ATTENDING, false) || read.words().any(|w| COMES_INSTEAD.contains(&w)))
        && !hedged();
    // "Jeg overtager hans plads" says the coming itself.
    let in_their_place = (IN_THEIR_PLACE_ANY.in_text(lower) && read.positive(&ATTENDING, false))
        || TAKING_OVER_ANY.in_text(lower);
    Taken {
        instead_of_sender,
        comes_instead,
        in_their_place,
    }
}
