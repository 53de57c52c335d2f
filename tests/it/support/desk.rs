//! The web desk as a child process (`regbot serve` on a free loopback port) and an HTTP client
//! that keeps cookies by hand, so tests see exactly which cookies the desk sets.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::regbot_bin;

pub struct Desk {
    pub child: Child,
    pub base: String,
    pub log: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

/// A loopback port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Desk {
    /// Starts `regbot serve` with `env` (plus the public address) and waits for `/healthz`.
    pub async fn start(env: &[(String, String)]) -> Desk {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("serve.log");
        let child = Command::new(regbot_bin())
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("REGBOT_WEB__PUBLIC_URL", &base)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log"))
            .spawn()
            .expect("start regbot serve");
        let desk = Desk {
            child,
            base,
            log,
            _dir: dir,
        };
        let client = client();
        let start = Instant::now();
        loop {
            if let Ok(r) = client.get(desk.url("/healthz")).send().await
                && r.status() == 200
            {
                return desk;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "regbot serve did not answer /healthz within 20 s; log:\n{}",
                std::fs::read_to_string(&desk.log).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// `env` plus this desk's public address, for CLI commands that print links to it.
    pub fn env(&self, env: &[(String, String)]) -> Vec<(String, String)> {
        let mut env = env.to_vec();
        env.push(("REGBOT_WEB__PUBLIC_URL".into(), self.base.clone()));
        env
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client that never follows redirects (the tests check them) and keeps no cookies.
pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

/// `name=value` of a Set-Cookie header of `response`, if it sets `name`.
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<(String, String)> {
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| {
            let value = v[name.len() + 1..]
                .split(';')
                .next()
                .unwrap_or("")
                .to_string();
            (value, v.to_string())
        })
}

/// The value of the hidden `csrf` field in a page.
pub fn csrf_field(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(html[at..].split('"').next()?.to_string())
}
