//! regbot: runs an event's registration mailbox.
//!
//! The modules follow the data flow (see DESIGN.md): [`intake`] stores raw mail,
//! [`understand`] reads it (pure), [`process`] records its effects and queues replies in one
//! transaction, [`outbox`] sends them, [`broadcast`] queues updates to registrants, [`stats`]
//! counts. [`store`] holds the SQL, [`config`] and [`templates`] the organiser's settings.

pub mod access;
pub mod broadcast;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod desk;
pub mod domain;
pub mod intake;
pub mod logging;
pub mod oauth2;
pub mod organise;
pub mod outbox;
pub mod privacy;
pub mod process;
pub mod retry;
pub mod stats;
pub mod status;
pub mod store;
pub mod templates;
pub mod tls;
pub mod understand;
pub mod web;
