//! The refresh token at rest: sealed with ChaCha20-Poly1305 under a key from
//! `oauth2.token_key_file`, so a database dump or backup does not hand out mailbox access.
//! The sealed bytes are `b"rt1" || nonce (12) || ciphertext+tag`; the account key (token
//! endpoint + client id) is the associated data, so a row copied to another client does not open.

use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;

use super::{OAuth2Error, RefreshToken};

const VERSION: &[u8; 3] = b"rt1";

/// The sealing key. Its `Debug` shows nothing.
pub struct TokenKey(Key);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(***)")
    }
}

impl TokenKey {
    /// Reads 64 hex digits (`openssl rand -hex 32`), surrounding blanks ignored.
    pub fn from_file(path: &Path) -> Result<TokenKey, OAuth2Error> {
        let text = std::fs::read_to_string(path).map_err(|source| OAuth2Error::File {
            key: "oauth2.token_key_file",
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_hex(text.trim()).ok_or_else(|| OAuth2Error::BadKey {
            path: path.to_path_buf(),
        })
    }

    pub fn from_hex(text: &str) -> Option<TokenKey> {
        let bytes = hex::decode(text).ok()?;
        let key: [u8; 32] = bytes.try_into().ok()?;
        Some(TokenKey(Key::from(key)))
    }

    pub fn seal(&self, account: &str, token: &RefreshToken) -> Vec<u8> {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let cipher = ChaCha20Poly1305::new(&self.0);
        let sealed = cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: token.expose().as_bytes(),
                    aad: account.as_bytes(),
                },
            )
            // Encryption fails only for messages beyond 256 GiB.
            .unwrap_or_default();
        let mut out = Vec::with_capacity(3 + 12 + sealed.len());
        out.extend_from_slice(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    pub fn open(&self, account: &str, sealed: &[u8]) -> Result<RefreshToken, OAuth2Error> {
        if sealed.len() < 3 + 12 + 16 || &sealed[..3] != VERSION {
            return Err(OAuth2Error::Unseal);
        }
        let nonce: [u8; 12] = sealed[3..15].try_into().map_err(|_| OAuth2Error::Unseal)?;
        let cipher = ChaCha20Poly1305::new(&self.0);
        let plain = cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: &sealed[15..],
                    aad: account.as_bytes(),
                },
            )
            .map_err(|_| OAuth2Error::Unseal)?;
        String::from_utf8(plain)
            .map(RefreshToken::new)
            .map_err(|_| OAuth2Error::Unseal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn a_sealed_token_opens_only_with_its_key_and_account() {
        let key = TokenKey::from_hex(KEY).unwrap();
        let token = RefreshToken::new("rt-very-secret");
        let sealed = key.seal("https://idp/token app", &token);
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(key.open("https://idp/token app", &sealed).unwrap(), token);
        assert!(matches!(
            key.open("https://idp/token other", &sealed),
            Err(OAuth2Error::Unseal)
        ));
        let other = TokenKey::from_hex(&KEY.replace("00", "ff")).unwrap();
        assert!(other.open("https://idp/token app", &sealed).is_err());
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert!(key.open("https://idp/token app", &tampered).is_err());
    }

    #[test]
    fn two_seals_of_one_token_differ() {
        let key = TokenKey::from_hex(KEY).unwrap();
        let token = RefreshToken::new("rt");
        assert_ne!(key.seal("a", &token), key.seal("a", &token));
    }

    #[test]
    fn a_bad_key_file_says_how_to_make_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "too short\n").unwrap();
        let err = TokenKey::from_file(&path).unwrap_err().to_string();
        assert!(err.contains("openssl rand -hex 32"), "{err}");
        std::fs::write(&path, format!("{KEY}\n")).unwrap();
        assert!(TokenKey::from_file(&path).is_ok());
    }
}
