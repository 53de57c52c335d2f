//! Personal data: `regbot forget EMAIL` erases one person, `regbot purge` erases the raw mail
//! and bodies of everyone once the event is over (retention).

pub use crate::store::{Forgotten, forget_person as forget, purge_old_mail as purge};
