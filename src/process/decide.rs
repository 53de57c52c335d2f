//! The registration state machine, as a pure decision: what a message asks for and the
//! participant's existing record in, the change to make and the reply to queue out.
//!
//! Kept free of the database so every transition is unit-tested on plain values; the
//! transaction that reads the record and applies the decision lives in `record.rs`.

use crate::status::{RegistrationStatus, ReplyTemplate};

/// What the message asks for, as far as the registration is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Request {
    pub registration: bool,
    pub cancellation: bool,
    pub update: bool,
    pub idea: bool,
    pub question: bool,
}

impl Request {
    /// A registration wins over a cancellation in the same message, and both over an update.
    fn cancels(&self) -> bool {
        self.cancellation && !self.registration
    }
    fn updates(&self) -> bool {
        self.update && !self.registration && !self.cancels()
    }
    /// True when the message touches the registration at all (and the record must be read).
    pub fn touches_registration(&self) -> bool {
        self.registration || self.cancels() || self.updates()
    }
}

/// How full the event is, read under the event lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seats {
    /// 0 = no limit.
    pub capacity: i64,
    pub confirmed: i64,
}

impl Seats {
    fn status_for_new(&self) -> RegistrationStatus {
        if self.capacity > 0 && self.confirmed >= self.capacity {
            RegistrationStatus::Waitlisted
        } else {
            RegistrationStatus::Confirmed
        }
    }
}

/// The change to the participant's registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Leave the record as it is.
    Keep,
    /// Create the registration with this status and the stated values.
    Insert(RegistrationStatus),
    /// Write the stated values; set the status too when given.
    Update(Option<RegistrationStatus>),
    /// Cancel (no values written).
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub change: Change,
    pub reply: ReplyTemplate,
    /// A confirmed place is freed: the longest-waiting person moves up.
    pub promote_waitlisted: bool,
}

/// Decides about one message. `existing` is the status of the participant's record, if any.
pub fn decide(request: Request, existing: Option<RegistrationStatus>, seats: Seats) -> Decision {
    let decision = |change, reply| Decision {
        change,
        reply,
        promote_waitlisted: false,
    };
    if !request.touches_registration() {
        let reply = if request.idea {
            ReplyTemplate::IdeaReceived
        } else {
            ReplyTemplate::QuestionReceived
        };
        return decision(Change::Keep, reply);
    }
    if request.cancels() {
        return match existing {
            Some(RegistrationStatus::Cancelled) => decision(Change::Keep, ReplyTemplate::Cancelled),
            Some(status) => Decision {
                change: Change::Cancel,
                reply: ReplyTemplate::Cancelled,
                promote_waitlisted: status == RegistrationStatus::Confirmed && seats.capacity > 0,
            },
            None => decision(Change::Keep, ReplyTemplate::NotRegistered),
        };
    }
    if request.updates() && matches!(existing, None | Some(RegistrationStatus::Cancelled)) {
        // A correction is no registration: from an address without a place it takes none, and
        // the sender is told they are not registered (they can register in their reply).
        return decision(Change::Keep, ReplyTemplate::NotRegistered);
    }
    match existing {
        // A held place (registered by someone else) is confirmed by any reply of the person
        // that does not cancel; it then takes a place like a new registration.
        Some(RegistrationStatus::Cancelled | RegistrationStatus::PendingConfirmation) => {
            let status = seats.status_for_new();
            decision(
                Change::Update(Some(status)),
                new_registration_reply(status, request.idea),
            )
        }
        Some(_) => {
            let reply = if request.updates() {
                ReplyTemplate::UpdateRecorded
            } else {
                ReplyTemplate::AlreadyRegistered
            };
            decision(Change::Update(None), reply)
        }
        None => {
            let status = seats.status_for_new();
            decision(
                Change::Insert(status),
                new_registration_reply(status, request.idea),
            )
        }
    }
}

fn new_registration_reply(status: RegistrationStatus, with_idea: bool) -> ReplyTemplate {
    match (status, with_idea) {
        (RegistrationStatus::Waitlisted, _) => ReplyTemplate::Waitlisted,
        (_, true) => ReplyTemplate::RegistrationIdea,
        _ => ReplyTemplate::Registered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RegistrationStatus::*;

    const OPEN: Seats = Seats {
        capacity: 0,
        confirmed: 0,
    };
    const FULL: Seats = Seats {
        capacity: 2,
        confirmed: 2,
    };

    fn register() -> Request {
        Request {
            registration: true,
            ..Default::default()
        }
    }
    fn cancel() -> Request {
        Request {
            cancellation: true,
            ..Default::default()
        }
    }
    fn update() -> Request {
        Request {
            update: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_new_registration_is_confirmed_while_places_are_left_and_waitlisted_after() {
        let d = decide(register(), None, OPEN);
        assert_eq!(d.change, Change::Insert(Confirmed));
        assert_eq!(d.reply, ReplyTemplate::Registered);
        let d = decide(register(), None, FULL);
        assert_eq!(d.change, Change::Insert(Waitlisted));
        assert_eq!(d.reply, ReplyTemplate::Waitlisted);
    }

    #[test]
    fn a_registration_with_an_idea_gets_the_combined_reply() {
        let r = Request {
            idea: true,
            ..register()
        };
        assert_eq!(decide(r, None, OPEN).reply, ReplyTemplate::RegistrationIdea);
    }

    #[test]
    fn registering_twice_updates_the_values_and_says_already_registered() {
        let d = decide(register(), Some(Confirmed), FULL);
        assert_eq!(d.change, Change::Update(None));
        assert_eq!(d.reply, ReplyTemplate::AlreadyRegistered);
    }

    #[test]
    fn registering_again_after_cancelling_takes_a_new_place_if_there_is_one() {
        let d = decide(register(), Some(Cancelled), OPEN);
        assert_eq!(d.change, Change::Update(Some(Confirmed)));
        let d = decide(register(), Some(Cancelled), FULL);
        assert_eq!(d.change, Change::Update(Some(Waitlisted)));
    }

    #[test]
    fn cancelling_a_confirmed_place_promotes_the_waiting_list_only_with_a_capacity() {
        let d = decide(cancel(), Some(Confirmed), FULL);
        assert_eq!(d.change, Change::Cancel);
        assert!(d.promote_waitlisted);
        assert!(!decide(cancel(), Some(Confirmed), OPEN).promote_waitlisted);
        assert!(!decide(cancel(), Some(Waitlisted), FULL).promote_waitlisted);
    }

    #[test]
    fn cancelling_twice_or_without_a_registration_changes_nothing() {
        let d = decide(cancel(), Some(Cancelled), OPEN);
        assert_eq!(
            (d.change, d.reply),
            (Change::Keep, ReplyTemplate::Cancelled)
        );
        let d = decide(cancel(), None, OPEN);
        assert_eq!(
            (d.change, d.reply),
            (Change::Keep, ReplyTemplate::NotRegistered)
        );
    }

    #[test]
    fn a_registration_and_a_cancellation_in_one_message_register() {
        let r = Request {
            cancellation: true,
            ..register()
        };
        assert_eq!(decide(r, None, OPEN).change, Change::Insert(Confirmed));
    }

    #[test]
    fn an_update_of_a_registration_records_the_values() {
        let d = decide(update(), Some(Confirmed), OPEN);
        assert_eq!(d.change, Change::Update(None));
        assert_eq!(d.reply, ReplyTemplate::UpdateRecorded);
    }

    #[test]
    fn defect_6_an_update_from_an_unknown_address_registers_nobody() {
        let d = decide(update(), None, OPEN);
        assert_eq!(
            (d.change, d.reply),
            (Change::Keep, ReplyTemplate::NotRegistered),
            "a correction from a stranger takes no place"
        );
        let d = decide(update(), Some(Cancelled), OPEN);
        assert_eq!(
            (d.change, d.reply),
            (Change::Keep, ReplyTemplate::NotRegistered),
            "nor does one from a person who cancelled"
        );
    }

    #[test]
    fn defect_7_a_held_place_is_confirmed_by_any_reply_that_does_not_cancel() {
        let d = decide(register(), Some(PendingConfirmation), OPEN);
        assert_eq!(d.change, Change::Update(Some(Confirmed)));
        assert_eq!(d.reply, ReplyTemplate::Registered);
        let d = decide(update(), Some(PendingConfirmation), OPEN);
        assert_eq!(
            d.change,
            Change::Update(Some(Confirmed)),
            "a correction from the person confirms too"
        );
        let d = decide(register(), Some(PendingConfirmation), FULL);
        assert_eq!(
            (d.change, d.reply),
            (Change::Update(Some(Waitlisted)), ReplyTemplate::Waitlisted),
            "a held place never counted, so confirming it into a full event waits"
        );
    }

    #[test]
    fn defect_7_cancelling_a_held_place_frees_nothing_to_promote() {
        let d = decide(cancel(), Some(PendingConfirmation), FULL);
        assert_eq!(
            (d.change, d.reply, d.promote_waitlisted),
            (Change::Cancel, ReplyTemplate::Cancelled, false)
        );
    }

    #[test]
    fn ideas_and_questions_alone_leave_the_registration_alone() {
        let idea = Request {
            idea: true,
            question: true,
            ..Default::default()
        };
        assert_eq!(decide(idea, None, OPEN).reply, ReplyTemplate::IdeaReceived);
        let question = Request {
            question: true,
            ..Default::default()
        };
        let d = decide(question, None, OPEN);
        assert_eq!(
            (d.change, d.reply),
            (Change::Keep, ReplyTemplate::QuestionReceived)
        );
    }
}
