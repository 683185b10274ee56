//! The test harness: databases on both backends, the app behind `router.oneshot()`, and
//! signed-in sessions for every role. Tests that need a missing service print a SKIPPED
//! line (straight to the terminal, past libtest's capture) and fail instead under
//! `SANGAM_REQUIRE_ALL=1`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use sangam_core::Timestamp;
use sangam_core::secret::HashCost;
use sangam_db::Db;
use sangam_web::{AppState, WebConfig};
use tokio::sync::OnceCell;
use tower::ServiceExt;

/// Cheaper password hashing for tests: the same Argon2id code, lower memory.
pub const TEST_HASH: HashCost = HashCost {
    memory_kib: 256,
    passes: 1,
};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Says a test was skipped, visibly, or fails it when everything must run.
pub fn skip(test: &str, why: &str) {
    if std::env::var("SANGAM_REQUIRE_ALL").is_ok_and(|v| v == "1") {
        panic!("{test} cannot run ({why}) and SANGAM_REQUIRE_ALL=1");
    }
    let _ = writeln!(std::io::stderr(), "SKIPPED: {test}: {why}");
}

/// A fresh directory under target/, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn postgres_url() -> Option<String> {
    std::env::var("SANGAM_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A database for one test: a SQLite file in a temporary directory, or a schema of its own
/// in the PostgreSQL test database.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    _dir: Option<TempDir>,
    schema: Option<(String, String)>,
}

static STALE_SCHEMAS_DROPPED: OnceCell<()> = OnceCell::const_new();

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = TempDir::new("db");
        let url = format!("sqlite://{}", dir.0.join("sangam.db").display());
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        TestDb {
            db,
            url,
            _dir: Some(dir),
            schema: None,
        }
    }

    /// `None` (after a SKIPPED line) when no PostgreSQL is configured.
    pub async fn postgres(test: &str) -> Option<TestDb> {
        let Some(base) = postgres_url() else {
            skip(test, "PostgreSQL tests need SANGAM_TEST_POSTGRES_URL");
            return None;
        };
        let admin = Db::connect(&base).await.unwrap();
        STALE_SCHEMAS_DROPPED
            .get_or_init(|| async {
                let stale: Vec<String> = sqlx::query_scalar(
                    "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'sangam_t_%'",
                )
                .fetch_all(admin.pool())
                .await
                .unwrap();
                // Schemas left by earlier runs; this run's own (the binary's tests may have
                // made some already) stay.
                let pid = std::process::id().to_string();
                let ours = |s: &str| s.split('_').any(|part| part == pid);
                for s in stale.into_iter().filter(|s| !ours(s)) {
                    let sql = format!("DROP SCHEMA IF EXISTS {s} CASCADE");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql))
                        .execute(admin.pool())
                        .await;
                }
            })
            .await;
        let schema = format!(
            "sangam_t_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let sql = format!("CREATE SCHEMA {schema}");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(admin.pool())
            .await
            .unwrap();
        admin.close().await;
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        Some(TestDb {
            db,
            url,
            _dir: None,
            schema: Some((base, schema)),
        })
    }

    /// Another handle on the same database, as a second server instance would have.
    pub async fn second_handle(&self) -> Db {
        Db::connect(&self.url).await.unwrap()
    }

    /// Closes the pool and drops a PostgreSQL schema.
    pub async fn finish(self) {
        self.db.close().await;
        if let Some((base, schema)) = &self.schema {
            let admin = Db::connect(base).await.unwrap();
            let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(admin.pool())
                .await
                .unwrap();
            admin.close().await;
        }
    }
}

/// Runs a test body against SQLite and, in a second test, PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let t = $crate::support::TestDb::sqlite().await;
                ($body)(t.db.clone()).await;
                t.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(t) =
                    $crate::support::TestDb::postgres(concat!(stringify!($name), "::postgres"))
                        .await
                else {
                    return;
                };
                ($body)(t.db.clone()).await;
                t.finish().await;
            }
        }
    };
}

pub fn test_config() -> WebConfig {
    WebConfig {
        hash_cost: TEST_HASH,
        ..WebConfig::default()
    }
}

/// A response with its body read.
#[derive(Debug)]
pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Res {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// All `Set-Cookie` values.
    pub fn cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    }

    /// The value a `Set-Cookie` gives `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .iter()
            .filter_map(|c| c.split(';').next())
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    /// The value of the first hidden input named `name`.
    pub fn hidden(&self, name: &str) -> Option<String> {
        let needle = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&needle)? + needle.len();
        let end = self.body[start..].find('"')? + start;
        Some(self.body[start..end].to_string())
    }

    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

/// A signed-in browser: its cookies and the CSRF token its forms carry.
#[derive(Debug, Clone, Default)]
pub struct Browser {
    pub cookies: Vec<(String, String)>,
    pub csrf: Option<String>,
    pub bearer: Option<String>,
}

impl Browser {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn absorb(&mut self, res: &Res) {
        for c in res.cookies() {
            if let Some((k, v)) = c.split(';').next().and_then(|kv| kv.split_once('=')) {
                self.cookies.retain(|(name, _)| name != k);
                if !v.is_empty() {
                    self.cookies.push((k.to_string(), v.to_string()));
                }
            }
        }
    }
}

/// The app over a database loaded with the demo, driven without a socket.
pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub tdb: TestDb,
}

impl TestApp {
    pub async fn new() -> TestApp {
        Self::with_db(TestDb::sqlite().await).await
    }

    pub async fn with_db(tdb: TestDb) -> TestApp {
        Self::build(tdb, Timestamp::now(), test_config()).await
    }

    /// The demo loaded at `now`, and a server whose clock starts there.
    pub async fn at(now: Timestamp) -> TestApp {
        Self::at_on(TestDb::sqlite().await, now).await
    }

    /// Like [`TestApp::at`], on the given database.
    pub async fn at_on(tdb: TestDb, now: Timestamp) -> TestApp {
        let config = WebConfig {
            clock: sangam_core::Clock::starting_at(now),
            ..test_config()
        };
        Self::build(tdb, now, config).await
    }

    async fn build(tdb: TestDb, now: Timestamp, config: WebConfig) -> TestApp {
        sangam_app::demo::load(&tdb.db, TEST_HASH, now)
            .await
            .unwrap();
        let state = AppState::new(tdb.db.clone(), config);
        state.cache().refresh(state.db()).await.unwrap();
        TestApp {
            router: sangam_web::router(state.clone()),
            state,
            tdb,
        }
    }

    /// Moves the server's clock to `now`: the same database, a fresh server state.
    pub async fn set_clock(&mut self, now: Timestamp) {
        let config = WebConfig {
            clock: sangam_core::Clock::starting_at(now),
            ..test_config()
        };
        self.state = AppState::new(self.tdb.db.clone(), config);
        self.state.cache().refresh(self.state.db()).await.unwrap();
        self.router = sangam_web::router(self.state.clone());
    }

    /// Like [`TestApp::set_clock`], with elections counted within `budget`.
    pub async fn set_clock_and_count_budget(
        &mut self,
        now: Timestamp,
        budget: sangam_app::elections::CountBudget,
    ) {
        let config = WebConfig {
            clock: sangam_core::Clock::starting_at(now),
            count_budget: budget,
            ..test_config()
        };
        self.state = AppState::new(self.tdb.db.clone(), config);
        self.state.cache().refresh(self.state.db()).await.unwrap();
        self.router = sangam_web::router(self.state.clone());
    }

    pub fn db(&self) -> &Db {
        &self.tdb.db
    }

    pub async fn send(&self, mut req: Request<Body>) -> Res {
        // As if the request came over a socket from this address.
        if req.extensions().get::<ConnectInfo<SocketAddr>>().is_none() {
            req.extensions_mut()
                .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
        }
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Res {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub fn request(method: Method, path: &str, who: &Browser) -> axum::http::request::Builder {
        let mut b = Request::builder().method(method).uri(path);
        if !who.cookies.is_empty() {
            b = b.header(header::COOKIE, who.cookie_header());
        }
        if let Some(token) = &who.bearer {
            b = b.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        b
    }

    /// Sends from a given client address.
    pub async fn send_from(&self, mut req: Request<Body>, ip: [u8; 4]) -> Res {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((ip, 40000))));
        self.send(req).await
    }

    pub async fn get(&self, path: &str) -> Res {
        self.get_as(path, &Browser::default()).await
    }

    pub async fn get_as(&self, path: &str, who: &Browser) -> Res {
        self.send(
            Self::request(Method::GET, path, who)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    pub async fn get_lang(&self, path: &str, accept_language: &str) -> Res {
        self.send(
            Request::get(path)
                .header(header::ACCEPT_LANGUAGE, accept_language)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// Posts a form; the browser's CSRF token is added unless the fields carry one.
    pub async fn post_form(&self, path: &str, who: &Browser, fields: &[(&str, &str)]) -> Res {
        let mut pairs: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if !pairs.iter().any(|(k, _)| k == "csrf")
            && let Some(csrf) = &who.csrf
        {
            pairs.push(("csrf".into(), csrf.clone()));
        }
        let body: String = form_encode(&pairs);
        let req = Self::request(Method::POST, path, who)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    pub async fn send_json(
        &self,
        method: Method,
        path: &str,
        who: &Browser,
        body: &serde_json::Value,
    ) -> Res {
        let req = Self::request(method, path, who)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(req).await
    }

    /// An anonymous visitor who has seen the sign-in form (and holds its CSRF cookie).
    pub async fn visitor(&self) -> Browser {
        let mut b = Browser::default();
        let res = self.get_as("/signin", &b).await;
        b.absorb(&res);
        b.csrf = res.hidden("csrf");
        b
    }

    /// Signs in through the sign-in form and picks up the session's CSRF token.
    pub async fn sign_in(&self, username: &str, password: &str) -> Browser {
        let mut b = self.visitor().await;
        let res = self
            .post_form(
                "/signin",
                &b,
                &[("username", username), ("password", password)],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "sign-in of {username} failed: {}",
            res.body
        );
        b.absorb(&res);
        let account = self.get_as("/account", &b).await;
        assert_eq!(account.status, StatusCode::OK);
        b.csrf = account.hidden("csrf");
        b
    }

    /// An API client with a bearer token.
    pub async fn api_client(&self, username: &str, password: &str) -> Browser {
        let res = self
            .send_json(
                Method::POST,
                "/api/auth/token",
                &Browser::default(),
                &serde_json::json!({"username": username, "password": password}),
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        Browser {
            bearer: Some(res.json()["token"].as_str().unwrap().to_string()),
            ..Browser::default()
        }
    }

    /// Creates an account (a plain member unless made admin of something).
    pub async fn add_account(&self, username: &str, password: &str, site_admin: bool) {
        let account = sangam_db::users::NewAccount {
            username: sangam_core::account::Username::parse(username).unwrap(),
            email: Some(format!(
                "{}@example.org",
                username.to_lowercase().replace(' ', ".")
            )),
            password_hash: sangam_core::secret::hash_password(password, TEST_HASH).unwrap(),
            is_site_admin: site_admin,
            preferred_lang: None,
        };
        self.db()
            .create_account(&account, Timestamp::now())
            .await
            .unwrap();
    }

    /// Makes `username` an admin of the affiliate `slug`, as a site admin would.
    pub async fn make_admin(&self, slug: &str, username: &str) {
        let a = self.db().affiliate(slug).await.unwrap().unwrap();
        let mut admins: Vec<String> = a
            .people_in(sangam_core::account::AffiliateRole::Admin)
            .map(|u| u.to_string())
            .collect();
        admins.push(username.to_string());
        let draft = sangam_core::affiliate::AffiliateDraft {
            admins: Some(admins),
            ..Default::default()
        };
        let new = sangam_core::affiliate::apply(
            Some(a.clone()),
            draft.validate(false).unwrap(),
            Timestamp::now(),
        )
        .unwrap();
        self.db()
            .update_affiliate(&a, &new, None, Timestamp::now())
            .await
            .unwrap();
        self.state.cache().refresh(self.db()).await.unwrap();
    }
}

pub fn form_encode(pairs: &[(String, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// A new conference of the demo's regional hub, in person over the whole days `days` in
/// `zone`; returns its id.
pub async fn hub_conference(
    db: &Db,
    title: &str,
    zone: &str,
    days: (&str, &str),
    now: Timestamp,
) -> sangam_core::id::EventId {
    let hub = db.affiliate(sangam_app::demo::HUB).await.unwrap().unwrap();
    let details = sangam_core::event::EventDraft {
        title: title.into(),
        kind: "conference".into(),
        mode: "in-person".into(),
        time_zone: zone.into(),
        all_day: true,
        start_date: days.0.into(),
        end_date: days.1.into(),
        languages: vec!["en".into()],
        venue: "Hall".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    db.create_event(
        &details,
        &[hub.id],
        sangam_core::event::RegistrationWindow::default(),
        None,
        now,
    )
    .await
    .unwrap()
}
