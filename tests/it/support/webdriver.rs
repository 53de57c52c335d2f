//! A small W3C WebDriver client over HTTP, driving headless Chromium through `chromedriver`.
//!
//! Written here rather than taken from fantoccini or thirtyfour: both pull a second rustls
//! crypto provider (aws-lc-rs) into the test build, which makes rustls refuse to choose one in
//! every other test of this binary. The protocol part the tests need is a dozen JSON calls.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

/// The W3C key of an element reference in JSON.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Where the Debian packages put the driver; None (the test skips) when it is not installed,
/// except under CI, where a missing browser is a failure.
pub fn chromedriver() -> Option<&'static str> {
    let path = "/usr/bin/chromedriver";
    if Path::new(path).exists() && Path::new("/usr/bin/chromium").exists() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").is_err(),
        "chromium and chromium-driver are missing; scripts/lib/install-deps installs them"
    );
    eprintln!(
        "skipping the browser test: install chromium and chromium-driver (scripts/lib/install-deps)"
    );
    None
}

pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    http: reqwest::Client,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a headless Chromium session.
    pub async fn start(driver_path: &str) -> Browser {
        let port = super::desk::free_port();
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let http = super::desk::client();
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        loop {
            if let Ok(r) = http.get(format!("{base}/status")).send().await
                && let Ok(v) = r.json::<Value>().await
                && v["value"]["ready"] == true
            {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // An implicit wait makes an element lookup wait for the page a click or a refresh is
        // still loading, instead of failing at once on a busy machine.
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "timeouts": {"implicit": 10_000, "script": 60_000, "pageLoad": 60_000},
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
                "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--disable-gpu", "--window-size=1280,1000", "--lang=en-GB"]
            }
        }}});
        let v: Value = http
            .post(format!("{base}/session"))
            .json(&caps)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("session json");
        let session = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("chromedriver refused a session: {v}"))
            .to_string();
        Browser {
            driver,
            base,
            session,
            http,
        }
    }

    /// One WebDriver call; Err holds the driver's error object.
    async fn try_call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, Value> {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut req = self.http.request(method, &url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let v: Value = req
            .send()
            .await
            .expect("webdriver call")
            .json()
            .await
            .expect("webdriver json");
        if v["value"].get("error").is_some() {
            return Err(v["value"].clone());
        }
        Ok(v["value"].clone())
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        match self.try_call(method, path, body).await {
            Ok(v) => v,
            Err(e) => panic!("webdriver {path}: {e}"),
        }
    }

    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({"url": url})))
            .await;
    }

    pub async fn current_url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None)
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The element matching `css` (waiting up to the implicit wait); a failure names the page
    /// the browser was on and its text, so the cause shows in the test's output.
    pub async fn find(&self, css: &str) -> String {
        let found = self
            .try_call(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        match found {
            Ok(v) => v[ELEMENT].as_str().expect("element id").to_string(),
            Err(e) => {
                let url = self.current_url().await;
                let text = self
                    .try_call(
                        reqwest::Method::POST,
                        "/execute/sync",
                        Some(json!({"script": "return document.body ? document.body.innerText : ''", "args": []})),
                    )
                    .await
                    .unwrap_or_default();
                let text: String = text.as_str().unwrap_or("").chars().take(1500).collect();
                panic!(
                    "no element {css} on {url}: {}\npage text:\n{text}",
                    e["message"]
                );
            }
        }
    }

    /// Clicks an element that submits a form or follows a link, and returns once the browser
    /// shows the page it led to. A WebDriver click may return before the navigation it starts
    /// has finished; reading the old page then would race it.
    pub async fn submit(&self, css: &str) {
        let mark = |script: &str| json!({"script": script, "args": []});
        self.call(
            reqwest::Method::POST,
            "/execute/sync",
            Some(mark("window.__regbotOldPage = true; return null")),
        )
        .await;
        self.click(css).await;
        let start = Instant::now();
        loop {
            // While the navigation runs the script may fail (no document yet): not loaded.
            let loaded = self
                .try_call(
                    reqwest::Method::POST,
                    "/execute/sync",
                    Some(mark(
                        "return !window.__regbotOldPage && document.readyState === 'complete'",
                    )),
                )
                .await;
            if loaded == Ok(Value::Bool(true)) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "clicking {css} led to no new page within 60 s (still on {})",
                self.current_url().await
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn text(&self, css: &str) -> String {
        let id = self.find(css).await;
        let v = self
            .call(reqwest::Method::GET, &format!("/element/{id}/text"), None)
            .await;
        v.as_str().unwrap_or("").to_string()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/value"),
            Some(json!({"text": text})),
        )
        .await;
    }

    /// Empties a text field (before typing a new value into it).
    pub async fn clear(&self, css: &str) {
        let id = self.find(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/clear"),
            Some(json!({})),
        )
        .await;
    }

    pub async fn click(&self, css: &str) {
        let id = self.find(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/click"),
            Some(json!({})),
        )
        .await;
    }

    pub async fn page_source(&self) -> String {
        self.call(reqwest::Method::GET, "/source", None)
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Runs `script` (which must call its last argument with the result) in the page.
    pub async fn run_async(&self, script: &str) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": []})),
        )
        .await
    }

    /// Saves a PNG of the whole window to `path` (folders created).
    pub async fn screenshot(&self, path: &Path) {
        let v = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(v.as_str().expect("base64 screenshot"))
            .expect("screenshot decodes");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot folder");
        }
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Makes the window as tall as the page, so a screenshot shows all of it.
    pub async fn fit_page(&self) {
        let h = self
            .call(
                reqwest::Method::POST,
                "/execute/sync",
                Some(json!({"script": "return document.documentElement.scrollHeight", "args": []})),
            )
            .await
            .as_i64()
            .unwrap_or(1000);
        self.call(
            reqwest::Method::POST,
            "/window/rect",
            Some(json!({"width": 1280, "height": h.clamp(600, 4000) + 140})),
        )
        .await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = std::process::Command::new("curl")
            .args([
                "-s",
                "-X",
                "DELETE",
                &format!("{}/session/{}", self.base, self.session),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
