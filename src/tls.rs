//! TLS for the mail connections, in one place: which roots are trusted (the web PKI plus an
//! optional private CA from `ca_file`), how the server's name is checked, and the same settings
//! in the shape lettre wants for STARTTLS.
//!
//! IMAP (implicit TLS and STARTTLS) and SMTP (implicit TLS) use [`connector`]; SMTP STARTTLS is
//! done by lettre, which takes [`starttls_parameters`]. PEM is read with `rustls-pki-types`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};

use crate::config::ServerConfig;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("could not read {key} {path}: {source} (fix the path, or remove {key})")]
    CaFile {
        key: String,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{key} {path} holds no usable PEM certificate ({message}); give a PEM file with the CA's certificate"
    )]
    Pem {
        key: String,
        path: PathBuf,
        message: String,
    },
    #[error(
        "{key} {host:?} is not a valid TLS server name; give the host name the certificate is for"
    )]
    BadName { key: String, host: String },
    #[error("could not set up TLS: {0}")]
    Setup(String),
}

/// A TLS client for one server: the connector and the name its certificate must carry.
#[derive(Clone)]
pub struct Client {
    pub connector: tokio_rustls::TlsConnector,
    pub name: ServerName<'static>,
}

/// The CA file's certificates (`section.ca_file`), checked to be PEM; none when not set.
fn ca_certificates(
    section: &str,
    path: Option<&Path>,
) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let key = format!("{section}.ca_file");
    let pem = std::fs::read(path).map_err(|source| TlsError::CaFile {
        key: key.clone(),
        path: path.to_path_buf(),
        source,
    })?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<_, _>>()
        .map_err(|e| TlsError::Pem {
            key: key.clone(),
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(TlsError::Pem {
            key,
            path: path.to_path_buf(),
            message: "no CERTIFICATE block".into(),
        });
    }
    Ok(certs)
}

/// A TLS client for `server` (of config section `section`, named in errors).
pub fn connector(section: &str, server: &ServerConfig) -> Result<Client, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for cert in ca_certificates(section, server.ca_file.as_deref())? {
        roots.add(cert).map_err(|e| TlsError::Pem {
            key: format!("{section}.ca_file"),
            path: server.ca_file.clone().unwrap_or_default(),
            message: e.to_string(),
        })?;
    }
    let config = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(server.host.clone()).map_err(|_| TlsError::BadName {
        key: format!("{section}.host"),
        host: server.host.clone(),
    })?;
    Ok(Client {
        connector: tokio_rustls::TlsConnector::from(Arc::new(config)),
        name,
    })
}

/// The same trust settings for lettre's STARTTLS.
pub fn starttls_parameters(
    section: &str,
    server: &ServerConfig,
) -> Result<lettre::transport::smtp::client::TlsParameters, TlsError> {
    use lettre::transport::smtp::client::{Certificate, TlsParameters};
    let mut params = TlsParameters::builder(server.host.clone());
    for cert in ca_certificates(section, server.ca_file.as_deref())? {
        let cert = Certificate::from_der(cert.to_vec()).map_err(|e| TlsError::Pem {
            key: format!("{section}.ca_file"),
            path: server.ca_file.clone().unwrap_or_default(),
            message: e.to_string(),
        })?;
        params = params.add_root_certificate(cert);
    }
    params
        .build_rustls()
        .map_err(|e| TlsError::Setup(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(ca: Option<PathBuf>) -> ServerConfig {
        ServerConfig {
            host: "mail.example.org".into(),
            ca_file: ca,
            ..ServerConfig::default()
        }
    }

    #[test]
    fn a_missing_or_non_pem_ca_file_is_named_with_its_key() {
        let missing = connector("imap", &server(Some("/nonexistent/ca.pem".into())))
            .err()
            .expect("fails");
        assert!(missing.to_string().contains("imap.ca_file"), "{missing}");
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("ca.pem");
        std::fs::write(&junk, "not a certificate").unwrap();
        let err = starttls_parameters("smtp", &server(Some(junk)))
            .err()
            .expect("fails");
        assert!(err.to_string().contains("smtp.ca_file"), "{err}");
    }

    #[test]
    fn without_a_ca_file_the_web_roots_are_used() {
        let client = connector("smtp", &server(None)).expect("builds");
        assert_eq!(
            client.name,
            ServerName::try_from("mail.example.org").unwrap()
        );
    }
}
