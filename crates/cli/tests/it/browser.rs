//! Sangam in real headless Chromium, driven through chromedriver: the directory switched
//! to Urdu reads right to left and translated, and the Tajik group's organizer signs in,
//! writes the motto in Tajik Cyrillic and sees it on the profile. Screenshots go to
//! target/browser/.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use sangam_app::demo::AFFILIATE_ADMIN;
use sangam_i18n::{Lang, message};
use serde_json::json;

use crate::support::{TEST_HASH, TestDb, skip, test_config};

fn find_binary(env: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env) {
        return Some(PathBuf::from(p)).filter(|p| p.exists());
    }
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start_driver(path: &Path) -> Driver {
    let port = free_port();
    let child = Command::new(path)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let driver = Driver { child, port };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return driver;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}

/// The text of the element `css`; tried again while a navigation replaces the page (the
/// element found can go stale before its text is read).
async fn text_of(c: &Client, css: &str) -> String {
    let mut last = None;
    for _ in 0..50 {
        match c.find(Locator::Css(css)).await {
            Ok(e) => match e.text().await {
                Ok(t) => return t,
                Err(err) => last = Some(err),
            },
            Err(err) => last = Some(err),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no text at {css}: {last:?}");
}

/// The password of the people [`person`] makes.
const PASSWORD: &str = "a long enough password";

/// An account with [`PASSWORD`] and no email, made at `at`.
async fn person(
    db: &sangam_db::Db,
    name: &str,
    at: sangam_core::Timestamp,
) -> sangam_core::account::UserId {
    let account = sangam_db::users::NewAccount {
        username: sangam_core::account::Username::parse(name).unwrap(),
        email: None,
        password_hash: sangam_core::secret::hash_password(PASSWORD, TEST_HASH).unwrap(),
        is_site_admin: false,
        preferred_lang: None,
    };
    db.create_account(&account, at).await.unwrap()
}

async fn screenshot(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), c.screenshot().await.unwrap()).unwrap();
}

/// Waits until the page's `<h1>` reads `expected` (navigations finish asynchronously).
async fn wait_for_heading(c: &Client, expected: &str) {
    for _ in 0..50 {
        if let Ok(h) = c.find(Locator::Css("h1")).await
            && h.text().await.is_ok_and(|t| t == expected)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the page never showed the heading {expected:?}; it shows {:?}",
        text_of(c, "h1").await
    );
}

/// A server on a real socket and a Chromium session driven through chromedriver.
struct Harness {
    c: Client,
    base: String,
    _driver: Driver,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    tdb: TestDb,
}

impl Harness {
    /// `None` (after a SKIPPED line) when Chromium or chromedriver is missing.
    async fn start(test: &str) -> Option<Harness> {
        Self::start_with(test, sangam_core::Timestamp::now(), test_config()).await
    }

    /// The demo loaded as of `demo_at`, served with `config` (its clock, say).
    async fn start_with(
        test: &str,
        demo_at: sangam_core::Timestamp,
        config: sangam_web::WebConfig,
    ) -> Option<Harness> {
        let Some(chromium) = find_binary(
            "SANGAM_CHROMIUM",
            &[
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
            ],
        ) else {
            skip(
                test,
                "no Chromium (apt-get install chromium chromium-driver)",
            );
            return None;
        };
        let Some(chromedriver) = find_binary(
            "SANGAM_CHROMEDRIVER",
            &["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"],
        ) else {
            skip(test, "no chromedriver (apt-get install chromium-driver)");
            return None;
        };
        let tdb = TestDb::sqlite().await;
        sangam_app::demo::load(&tdb.db, TEST_HASH, demo_at)
            .await
            .unwrap();
        let state = sangam_web::AppState::new(tdb.db.clone(), config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = sangam_web::router(state).into_make_service_with_connect_info::<SocketAddr>();
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let driver = start_driver(&chromedriver).await;
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update", "--no-first-run",
                         "--disable-sync", "--window-size=1280,1100"]
            }),
        );
        // Chromium sometimes fails to start while the other tests load both cores ("session
        // not created"); a new session is asked for again, a few times, before giving up.
        let mut tries = 0;
        let c = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{}", driver.port))
                .await
            {
                Ok(c) => break c,
                Err(e) if tries < 3 => {
                    tries += 1;
                    eprintln!("{test}: no WebDriver session yet ({e}); asking again");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                Err(e) => panic!("{test}: no WebDriver session: {e}"),
            }
        };
        Some(Harness {
            c,
            base,
            _driver: driver,
            server,
            tdb,
        })
    }

    async fn goto(&self, path: &str) {
        self.c.goto(&format!("{}{path}", self.base)).await.unwrap();
    }

    async fn sign_in(&self, username: &str, password: &str) {
        self.goto("/signin").await;
        self.c
            .find(Locator::Id("f-username"))
            .await
            .unwrap()
            .send_keys(username)
            .await
            .unwrap();
        self.c
            .find(Locator::Id("f-password"))
            .await
            .unwrap()
            .send_keys(password)
            .await
            .unwrap();
        self.c
            .find(Locator::Css("form.edit button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        for _ in 0..50 {
            if text_of(&self.c, ".who").await.contains(username) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{username} could not sign in");
    }

    /// A new server on the same database with `config` (another clock, say); the browser
    /// goes on with the same session cookies.
    async fn restart_at(&mut self, config: sangam_web::WebConfig) {
        self.server.abort();
        let state = sangam_web::AppState::new(self.tdb.db.clone(), config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        self.base = format!("http://{}", listener.local_addr().unwrap());
        let app = sangam_web::router(state).into_make_service_with_connect_info::<SocketAddr>();
        self.server = tokio::spawn(async move { axum::serve(listener, app).await });
    }

    async fn finish(self) {
        self.c.close().await.unwrap();
        self.server.abort();
        self.tdb.finish().await;
    }
}

/// Waits until the element `css` reads `expected`, through navigations and reloads.
async fn wait_for_text(c: &Client, css: &str, expected: &str) {
    let mut seen = String::new();
    for _ in 0..50 {
        if let Ok(e) = c.find(Locator::Css(css)).await
            && let Ok(t) = e.text().await
        {
            if t == expected {
                return;
            }
            seen = t;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} never read {expected:?}; it reads {seen:?}");
}

/// Waits until the current address satisfies `ok`.
async fn wait_for_url(c: &Client, ok: impl Fn(&str) -> bool) -> String {
    for _ in 0..50 {
        let url = c.current_url().await.unwrap().to_string();
        if ok(&url) {
            return url;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    c.current_url().await.unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_urdu_reads_right_to_left_and_the_organizer_writes_a_tajik_motto() {
    let Some(h) = Harness::start(
        "in_chromium_urdu_reads_right_to_left_and_the_organizer_writes_a_tajik_motto",
    )
    .await
    else {
        return;
    };
    let (c, base) = (&h.c, h.base.clone());
    // The directory, in English, then switched to Urdu with the language switcher.
    c.goto(&format!("{base}/affiliates")).await.unwrap();
    wait_for_heading(c, &message(Lang::EN, "directory-title", &[])).await;
    c.find(Locator::Css("a[hreflang=\"ur\"]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let urdu = Lang::from_code("ur").unwrap();
    wait_for_heading(c, &message(urdu, "directory-title", &[])).await;
    let dir = c.execute("return [document.documentElement.dir, document.documentElement.lang, getComputedStyle(document.body).direction]", vec![]).await.unwrap();
    assert_eq!(
        dir,
        json!(["rtl", "ur", "rtl"]),
        "the page is right to left"
    );
    // Right to left: the brand sits at the right edge, the table's first column on the right.
    let layout = c
        .execute(
            "const b = document.querySelector('.brand').getBoundingClientRect(); \
             const th = document.querySelector('th').getBoundingClientRect(); \
             return [b.left > window.innerWidth / 2, th.right > window.innerWidth / 2]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(layout, json!([true, true]), "laid out from the right");
    assert_eq!(
        text_of(c, ".main-nav a").await,
        message(urdu, "nav-directory", &[])
    );
    screenshot(c, "directory-urdu.png").await;

    // Sign in as the Tajik group's organizer (the form is in Urdu now; fields by id).
    c.find(Locator::Css(".who a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_heading(c, &message(urdu, "signin-title", &[])).await;
    c.find(Locator::Id("f-username"))
        .await
        .unwrap()
        .send_keys(AFFILIATE_ADMIN.0)
        .await
        .unwrap();
    c.find(Locator::Id("f-password"))
        .await
        .unwrap()
        .send_keys(AFFILIATE_ADMIN.1)
        .await
        .unwrap();
    c.find(Locator::Css("form.edit button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_heading(c, &message(urdu, "directory-title", &[])).await;
    assert!(
        text_of(c, ".who").await.contains(AFFILIATE_ADMIN.0),
        "signed in"
    );

    // Edit the profile in Tajik: choose the language, write the motto, save.
    c.goto(&format!("{base}/affiliates/tajik-wikimedians/edit"))
        .await
        .unwrap();
    c.find(Locator::Css("form.lang-choice select"))
        .await
        .unwrap()
        .select_by_value("tg")
        .await
        .unwrap();
    c.find(Locator::Css("form.lang-choice button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for _ in 0..50 {
        if c.current_url().await.unwrap().as_str().ends_with("lang=tg") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let motto = c.find(Locator::Id("f-motto")).await.unwrap();
    motto.clear().await.unwrap();
    motto.send_keys("Дониш барои ҳама").await.unwrap();
    c.find(Locator::Css("form.edit button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for _ in 0..50 {
        if c.current_url()
            .await
            .unwrap()
            .as_str()
            .contains("done=saved")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        c.current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("/affiliates/tajik-wikimedians?done=saved")
    );
    assert_eq!(
        text_of(c, ".notice").await,
        message(urdu, "edit-saved", &[])
    );
    let infobox = text_of(c, ".infobox").await;
    assert!(
        infobox.contains("Дониш барои ҳама"),
        "the motto is on the profile: {infobox}"
    );
    let q = c
        .execute(
            "const q = document.querySelector('.infobox q'); return [q.lang, q.dir]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        q,
        json!(["tg", "ltr"]),
        "the Tajik motto keeps its language and direction on the Urdu page"
    );
    screenshot(c, "tajik-motto.png").await;

    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_a_member_under_18_is_refused_by_the_pakistan_group_then_joins() {
    let Some(h) =
        Harness::start("in_chromium_a_member_under_18_is_refused_by_the_pakistan_group_then_joins")
            .await
    else {
        return;
    };
    let account = sangam_db::users::NewAccount {
        username: sangam_core::account::Username::parse("Zainab").unwrap(),
        email: Some("zainab@example.org".into()),
        password_hash: sangam_core::secret::hash_password("zainab's password", TEST_HASH).unwrap(),
        is_site_admin: false,
        preferred_lang: None,
    };
    h.tdb
        .db
        .create_account(&account, sangam_core::Timestamp::now())
        .await
        .unwrap();
    h.sign_in("Zainab", "zainab's password").await;
    let c = &h.c;
    h.goto("/affiliates/wikimedia-pakistan/members").await;
    c.find(Locator::Css("a.button[href$=\"/join\"]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let join = message(
        Lang::EN,
        "join-title",
        &[("name", "Wikimedia Community User Group Pakistan".into())],
    );
    wait_for_heading(c, &join).await;
    let age = c.find(Locator::Id("f-age")).await.unwrap();
    age.send_keys("17").await.unwrap();
    c.find(Locator::Id("f-country"))
        .await
        .unwrap()
        .select_by_value("PK")
        .await
        .unwrap();
    c.find(Locator::Css("form.edit button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let refusal = message(Lang::EN, "refusal-min_age", &[("min", 18i64.into())]);
    for _ in 0..50 {
        if c.find(Locator::Css(".error-message")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        text_of(c, ".error-message").await.contains(&refusal),
        "the failed rule is named"
    );
    screenshot(c, "join-refused.png").await;
    let age = c.find(Locator::Id("f-age")).await.unwrap();
    assert_eq!(
        age.prop("value").await.unwrap().as_deref(),
        Some("17"),
        "what was typed is kept"
    );
    age.clear().await.unwrap();
    age.send_keys("19").await.unwrap();
    c.find(Locator::Css("form.edit button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = wait_for_url(c, |u| u.contains("done=joined")).await;
    assert!(
        url.ends_with("/affiliates/wikimedia-pakistan/members?done=joined"),
        "{url}"
    );
    assert_eq!(
        text_of(c, ".notice").await,
        message(Lang::EN, "members-joined", &[])
    );
    assert!(
        text_of(c, "ol.members").await.contains("Zainab"),
        "listed as a member"
    );
    screenshot(c, "joined.png").await;
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_a_person_waits_for_a_seat_moves_up_then_cancels_for_the_next() {
    let Some(h) =
        Harness::start("in_chromium_a_person_waits_for_a_seat_moves_up_then_cancels_for_the_next")
            .await
    else {
        return;
    };
    let db = &h.tdb.db;
    let now = sangam_core::Timestamp::now();
    let mut people = Vec::new();
    for name in ["Gulnora", "Seat Holder", "Next In Line"] {
        people.push(person(db, name, now).await);
    }
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    let details = sangam_core::event::EventDraft {
        title: "Upload-a-thon in Dushanbe".into(),
        kind: "upload-a-thon".into(),
        mode: "in-person".into(),
        time_zone: "Asia/Dushanbe".into(),
        start_date: "2031-05-01".into(),
        start_time: "10:00".into(),
        end_time: "13:00".into(),
        venue: "National Library".into(),
        capacity: "1".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let window = sangam_core::event::RegistrationWindow {
        open: true,
        opens_at: None,
        closes_at: None,
    };
    let event = db
        .create_event(&details, &[tajik], window, None, now)
        .await
        .unwrap();
    db.register(event, people[1], false, "[]", now)
        .await
        .unwrap();

    h.sign_in("Gulnora", "a long enough password").await;
    let c = &h.c;
    h.goto(&format!("/events/{event}")).await;
    wait_for_heading(c, "Upload-a-thon in Dushanbe").await;
    c.find(Locator::Id("register"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let waiting = message(Lang::EN, "event-waitlisted", &[("position", 1i64.into())]);
    wait_for_text(c, ".my-registration", &waiting).await;
    screenshot(c, "event-waitlisted.png").await;
    // Someone else joins the queue behind her; the seat holder cancels: she moves up.
    db.register(event, people[2], false, "[]", now)
        .await
        .unwrap();
    let promoted = db.cancel_registration(event, people[1], now).await.unwrap();
    assert_eq!(promoted, [people[0]]);
    c.refresh().await.unwrap();
    wait_for_text(
        c,
        ".my-registration",
        &message(Lang::EN, "event-promoted", &[]),
    )
    .await;
    // She cancels in turn, and the next in line gets the seat.
    c.find(Locator::Id("cancel"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for _ in 0..50 {
        if c.find(Locator::Id("register")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        c.find(Locator::Id("register")).await.is_ok(),
        "the form is back"
    );
    assert_eq!(
        db.registration_of(event, people[2]).await.unwrap(),
        Some(sangam_db::events::Registered::Seat)
    );
    let seats = text_of(c, ".seats").await;
    assert_eq!(
        seats,
        message(
            Lang::EN,
            "event-seats",
            &[("taken", 1i64.into()), ("capacity", 1i64.into())]
        )
    );
    screenshot(c, "event-after-cancel.png").await;
    h.finish().await;
}

/// The Tajik organizer, a week before the group's annual report is due, sees it on the
/// profile, builds the report from the group's events, files it, and sees it filed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_an_organizer_builds_the_annual_report_from_events_and_files_it() {
    use sangam_core::Timestamp;
    // The demo as of 3 December 2026 (the group's agreement runs from 1 August 2026 to
    // 31 July 2027); the server's clock a week before the end.
    let demo_at = Timestamp::parse_rfc3339("2026-12-03T00:00:00Z").unwrap();
    let now = Timestamp::parse_rfc3339("2027-07-24T09:00:00Z").unwrap();
    let config = sangam_web::WebConfig {
        clock: sangam_core::Clock::starting_at(now),
        ..test_config()
    };
    let Some(h) = Harness::start_with(
        "in_chromium_an_organizer_builds_the_annual_report_from_events_and_files_it",
        demo_at,
        config,
    )
    .await
    else {
        return;
    };
    let db = &h.tdb.db;
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    let details = sangam_core::event::EventDraft {
        title: "Wiki Loves Earth in Tajikistan".into(),
        kind: "photowalk".into(),
        mode: "in-person".into(),
        time_zone: "Asia/Dushanbe".into(),
        start_date: "2027-05-08".into(),
        start_time: "09:00".into(),
        end_time: "17:00".into(),
        venue: "Varzob".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let event = db
        .create_event(
            &details,
            &[tajik],
            sangam_core::event::RegistrationWindow::default(),
            None,
            demo_at,
        )
        .await
        .unwrap();
    let figures = sangam_core::event::Figures {
        participants: Some(14),
        uploads: Some(320),
        ..Default::default()
    };
    db.save_outcomes(event, &figures, "", now).await.unwrap();

    let (org, pass) = AFFILIATE_ADMIN;
    h.sign_in(org, pass).await;
    let c = &h.c;
    h.goto("/affiliates/tajik-wikimedians").await;
    let due = message(Lang::EN, "report-due-in", &[("days", 7i64.into())]);
    let next = text_of(c, "#next-report").await;
    assert!(
        next.contains(&message(Lang::EN, "report-kind-activity", &[])) && next.ends_with(&due),
        "{next:?}"
    );
    screenshot(c, "report-due.png").await;
    c.find(Locator::Css(
        "a[href='/affiliates/tajik-wikimedians/reports']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_for_url(c, |u| u.ends_with("/reports")).await;
    c.find(Locator::Css(
        "table a[href^='/affiliates/tajik-wikimedians/reports/']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_for_text(c, "#report-when", &due).await;
    c.find(Locator::Id("build"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_url(c, |u| u.contains("build=en")).await;
    let draft = c
        .find(Locator::Id("f-body"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        draft.contains("Wiki Loves Earth in Tajikistan") && draft.contains("320"),
        "the draft is built from the event and its outcomes: {draft}"
    );
    screenshot(c, "report-built.png").await;
    c.find(Locator::Id("file"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(
        c,
        "#report-status",
        &message(Lang::EN, "report-status-filed", &[]),
    )
    .await;
    screenshot(c, "report-filed.png").await;
    let reports = db.reports(tajik).await.unwrap();
    assert_eq!(reports[0].record.filed, Some(now.date_utc()));
    assert!(
        reports[0]
            .body
            .as_deref()
            .is_some_and(|b| b.contains("Wiki Loves Earth"))
    );
    h.finish().await;
}

/// A member stands for the Tajik group's board, votes by ranking, changes the vote with the
/// receipt, and after the close reads the result and finds the ballot in the count.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_a_member_stands_votes_changes_the_vote_and_reads_the_result() {
    use sangam_core::Timestamp;
    let at = |s: &str| Timestamp::parse_rfc3339(s).unwrap();
    let demo_at = at("2026-12-03T00:00:00Z");
    let nominating = at("2026-12-05T09:00:00Z");
    let config = |now| sangam_web::WebConfig {
        clock: sangam_core::Clock::starting_at(now),
        ..test_config()
    };
    let test = "in_chromium_a_member_stands_votes_changes_the_vote_and_reads_the_result";
    let Some(mut h) = Harness::start_with(test, demo_at, config(nominating)).await else {
        return;
    };
    let db = h.tdb.db.clone();
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    let mut people = Vec::new();
    for name in ["Gulnora", "Firuz", "Manizha"] {
        let id = person(&db, name, demo_at).await;
        db.join(
            tajik,
            id,
            &sangam_core::membership::Application::default(),
            false,
            at("2025-06-01T00:00:00Z"),
        )
        .await
        .unwrap();
        people.push(id);
    }
    let spec = sangam_core::election::setup::ElectionDraft {
        title: "Board 2027".into(),
        seats: "1".into(),
        method: "meek".into(),
        nominations_open: "2026-12-01".into(),
        nominations_close: "2026-12-10".into(),
        voting_open: "2026-12-12".into(),
        voting_close: "2026-12-20".into(),
        voters_joined_before: "2026-01-01".into(),
        term_start: "2027-01-01".into(),
        term_end: "2027-12-31".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let election = db
        .create_election(tajik, &spec, None, demo_at)
        .await
        .unwrap();
    // Firuz and Manizha stand already.
    for &who in &people[1..] {
        db.nominate(election, who, who, None, nominating)
            .await
            .unwrap();
    }

    // Gulnora stands, from the group's profile.
    h.sign_in("Gulnora", "a long enough password").await;
    h.goto("/affiliates/tajik-wikimedians").await;
    h.c.find(Locator::Css(
        "a[href='/affiliates/tajik-wikimedians/elections']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_for_url(&h.c, |u| u.ends_with("/elections")).await;
    h.c.find(Locator::LinkText("Board 2027"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_heading(&h.c, "Board 2027").await;
    h.c.find(Locator::Id("e-statement"))
        .await
        .unwrap()
        .send_keys("Ман барои Википедияи тоҷикӣ кор мекунам.")
        .await
        .unwrap();
    h.c.find(Locator::Id("stand"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&h.c, "ul.candidates li:last-child bdi", "Gulnora").await;
    screenshot(&h.c, "election-nominated.png").await;
    // Candidate ids in the order [Gulnora, Firuz, Manizha].
    let all = db.candidates(election).await.unwrap();
    let id_of = |name: &str| all.iter().find(|c| c.username == name).unwrap().id;
    let ids = [id_of("Gulnora"), id_of("Firuz"), id_of("Manizha")];

    // Voting: the server's clock moves on; the same browser (a new session).
    h.restart_at(config(at("2026-12-15T09:00:00Z"))).await;
    h.sign_in("Gulnora", "a long enough password").await;
    h.goto(&format!("/elections/{election}")).await;
    wait_for_text(
        &h.c,
        "#election-phase",
        &message(Lang::EN, "election-phase-voting", &[]),
    )
    .await;
    let choose = async |select: &str, candidate: i64| {
        h.c.find(Locator::Css(&format!(
            "#{select} option[value='{candidate}']"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    };
    choose("rank1", ids[2]).await;
    choose("rank2", ids[0]).await;
    h.c.find(Locator::Id("vote"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let first = text_of(&h.c, "#receipt").await;
    assert_eq!(first.len(), 29, "a receipt code: {first}");
    screenshot(&h.c, "election-receipt.png").await;
    // She changes her mind: Gulnora first, with her receipt.
    h.goto(&format!("/elections/{election}")).await;
    choose("rank1", ids[0]).await;
    h.c.find(Locator::Id("e-receipt"))
        .await
        .unwrap()
        .send_keys(&first)
        .await
        .unwrap();
    h.c.find(Locator::Id("vote"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let second = text_of(&h.c, "#receipt").await;
    assert_ne!(second, first);
    assert_eq!(db.turnout(election).await.unwrap(), 1);
    // Firuz votes for Firuz, Manizha for Gulnora.
    db.cast(
        election,
        people[1],
        &sangam_core::election::methods::Vote::Meek(vec![ids[1] as usize]),
        None,
        at("2026-12-15T10:00:00Z"),
    )
    .await
    .unwrap();
    db.cast(
        election,
        people[2],
        &sangam_core::election::methods::Vote::Meek(vec![ids[0] as usize]),
        None,
        at("2026-12-15T10:00:00Z"),
    )
    .await
    .unwrap();

    // Closed: the result, and her receipt found in the count.
    h.restart_at(config(at("2026-12-21T09:00:00Z"))).await;
    h.goto(&format!("/elections/{election}")).await;
    wait_for_text(&h.c, "#elected", "Gulnora").await;
    h.c.find(Locator::Id("check"))
        .await
        .unwrap()
        .send_keys(&second)
        .await
        .unwrap();
    h.c.find(Locator::Css("form[method='get'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(
        &h.c,
        "#receipt-check",
        &message(Lang::EN, "election-receipt-found", &[]),
    )
    .await;
    screenshot(&h.c, "election-result.png").await;
    h.finish().await;
}

/// MPourzaki (WMF) sends seed 002's proposal to Wikimeet India 2021 through the form, and
/// Zblace marks interest with one click, as they signed the wiki page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_the_seed_002_proposal_is_sent_and_an_attendee_marks_interest() {
    use sangam_core::Timestamp;
    let at = |s: &str| Timestamp::parse_rfc3339(s).unwrap();
    let sent = at("2021-01-23T10:29:00Z");
    let config = sangam_web::WebConfig {
        clock: sangam_core::Clock::starting_at(sent),
        ..test_config()
    };
    let test = "in_chromium_the_seed_002_proposal_is_sent_and_an_attendee_marks_interest";
    let Some(h) = Harness::start_with(test, sent, config).await else {
        return;
    };
    let db = h.tdb.db.clone();
    let pass = PASSWORD;
    for name in ["MPourzaki (WMF)", "Zblace"] {
        person(&db, name, sent).await;
    }
    let hub = db.affiliate(sangam_app::demo::HUB).await.unwrap().unwrap();
    let event = db
        .events_of(hub.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.details.title == sangam_app::demo::WIKIMEET)
        .unwrap()
        .id;
    let before = db.proposals_of(event).await.unwrap().len();

    // From the conference's page to the call and its form.
    h.sign_in("MPourzaki (WMF)", pass).await;
    h.goto(&format!("/events/{event}")).await;
    h.c.find(Locator::Id("proposals-link"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    h.c.find(Locator::Id("new-proposal"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_url(&h.c, |u| u.ends_with("/proposals/new")).await;
    let seed = sangam_app::demo::seed_002_proposal();
    let accounts: Vec<&str> = seed
        .presenters
        .iter()
        .filter(|p| !p.username.is_empty())
        .map(|p| p.username.as_str())
        .collect();
    let fill = async |id: &str, text: &str| {
        let field = h.c.find(Locator::Id(id)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    };
    fill("p-presenters", &accounts.join("\n")).await;
    fill("p-guests", &seed.presenters[0].guest).await;
    fill("p-affiliation", &seed.affiliation).await;
    fill("p-title", &seed.title).await;
    fill("p-language_note", &seed.language_note).await;
    fill("p-minutes", &seed.minutes).await;
    fill("p-plan", &seed.plan).await;
    fill("p-support", &seed.support).await;
    fill("p-benefit", &seed.benefit).await;
    for css in [
        "#p-session_type option[value='workshop']",
        "#p-lang option[value='en']",
    ] {
        h.c.find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    h.c.find(Locator::Id("send-proposal"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&h.c, "h1", &seed.title).await;
    screenshot(&h.c, "proposal-sent.png").await;
    let all = db.proposals_of(event).await.unwrap();
    assert_eq!(all.len(), before + 1);
    let mine = all.last().unwrap();
    let presenters: Vec<String> = mine
        .proposal
        .presenters
        .iter()
        .map(|p| match p {
            sangam_core::conference::Presenter::Account(u) => u.to_string(),
            sangam_core::conference::Presenter::Guest(g) => g.clone(),
        })
        .collect();
    assert_eq!(presenters.len(), 7);
    assert!(presenters.contains(&"Kayusyussuf".to_string()));
    assert_eq!(mine.proposal.plan, seed.plan, "the plan's paragraphs kept");
    // The server's clock started at the seed's minute and runs on.
    assert!((sent.0..sent.0 + 120).contains(&mine.submitted_at.0));
    let page = format!("/proposals/{}", mine.id);

    // Zblace marks interest, and is listed with the date.
    h.c.delete_all_cookies().await.unwrap();
    h.sign_in("Zblace", pass).await;
    h.goto(&page).await;
    h.c.find(Locator::Id("interest"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&h.c, "ol.interested li bdi", "Zblace").await;
    wait_for_text(
        &h.c,
        "#interest",
        &message(Lang::EN, "conf-interest-remove", &[]),
    )
    .await;
    screenshot(&h.c, "proposal-interest.png").await;
    let interest = db.interest(mine.id).await.unwrap();
    assert_eq!(
        (
            interest.len(),
            interest[0].username.as_str(),
            interest[0].imported
        ),
        (1, "Zblace", false)
    );
    h.finish().await;
}

/// Seed 003's Wikimedian applies for a scholarship in Chromium: from the conference's page
/// to the round, the form in their own words ("I previously applied to Wikimania in 2019
/// and 2023"), sent, then shown back as their application.
#[tokio::test]
async fn in_chromium_a_wikimedian_applies_for_a_scholarship() {
    use sangam_core::Timestamp;
    let now = Timestamp::parse_rfc3339("2026-12-03T09:00:00Z").unwrap();
    let config = sangam_web::WebConfig {
        clock: sangam_core::Clock::starting_at(now),
        ..test_config()
    };
    let test = "in_chromium_a_wikimedian_applies_for_a_scholarship";
    let Some(h) = Harness::start_with(test, now, config).await else {
        return;
    };
    let db = h.tdb.db.clone();
    person(&db, "Batyrbek", now).await;
    let event = crate::support::hub_conference(
        &db,
        "Wikimania 2027",
        "Asia/Almaty",
        ("2027-08-01", "2027-08-04"),
        now,
    )
    .await;
    let round = sangam_core::scholarship::RoundDraft {
        opens: "2026-12-01".into(),
        closes: "2026-12-31".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    db.set_round(event, &round).await.unwrap();

    h.sign_in("Batyrbek", PASSWORD).await;
    h.goto(&format!("/events/{event}")).await;
    h.c.find(Locator::Id("scholarship-link"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_url(&h.c, |u| u.ends_with("/scholarship")).await;
    let history = "I previously applied to Wikimania in 2019 and 2023, but didn’t get a chance to receive a scholarship.";
    for (id, text) in [
        ("s-region", "Кыргызстан"),
        ("s-history", history),
        ("s-contributions", "Articles on the Kyrgyz Wikipedia."),
        ("s-motivation", "Third time’s a charm."),
    ] {
        let field = h.c.find(Locator::Id(id)).await.unwrap();
        field.send_keys(text).await.unwrap();
    }
    h.c.find(Locator::Css("input[name='need'][value='full']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    h.c.find(Locator::Id("send-application"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(
        &h.c,
        "#my-application h2",
        &message(Lang::EN, "sch-yours", &[]),
    )
    .await;
    screenshot(&h.c, "scholarship-applied.png").await;
    let apps = db.applications(event).await.unwrap();
    assert_eq!(apps.len(), 1);
    let a = &apps[0];
    assert_eq!(
        (
            a.username.as_str(),
            a.application.region.as_str(),
            a.application.history.as_str(),
            a.application.need
        ),
        (
            "Batyrbek",
            "Кыргызстан",
            history,
            sangam_core::scholarship::Need::Full
        )
    );
    h.finish().await;
}
