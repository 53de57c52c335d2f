//! Any bytes through parse + understand: it must never panic, loop or blow up memory.
#![no_main]

// regbot's own understanding code, compiled here (see fuzz/Cargo.toml for why not the crate).
#[allow(dead_code, unused_imports)]
#[path = "../../src/understand/mod.rs"]
mod understand;

use libfuzzer_sys::fuzz_target;
use understand::{UnderstandConfig, understand};

fuzz_target!(|raw: &[u8]| {
    let config = UnderstandConfig {
        own_addresses: vec!["register@event.test".into()],
        own_message_id_domain: Some("regbot.test".into()),
        places: Vec::new(),
    };
    let u = understand(raw, &config);
    // The result must serialise: `regbot parse` prints exactly this.
    let _ = serde_json::to_string(&u).expect("an Understanding always serialises");
});
