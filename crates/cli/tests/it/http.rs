//! The web layer through HTTP: every page and API route, every write route as every role,
//! bad input, languages, caching, sessions and throttling.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use sangam_app::demo::{AFFILIATE_ADMIN, SITE_ADMIN};
use sangam_core::Timestamp;
use sangam_i18n::{Lang, message};
use serde_json::json;

use crate::support::{Browser, TestApp, TestDb};

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap()
}

/// Text escaped the way pages show it (askama's numeric entities).
fn esc(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('\'', "&#39;")
        .replace('"', "&#34;")
}

/// The message as the catalogue has it, escaped the way pages show text.
fn shown(code: &str, id: &str) -> String {
    esc(&message(lang(code), id, &[]))
}

const TAJIK: &str = "/affiliates/tajik-wikimedians";

#[tokio::test]
async fn every_public_page_answers_in_html_with_the_frame() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/affiliates",
        "/affiliates?country=TJ&language=tg&status=active&kind=user_group&region=143&former=1",
        "/affiliates/former",
        "/hubs",
        "/affiliates/wap",
        "/affiliates/wikimedia-pakistan",
        TAJIK,
        "/affiliates/asia-pacific-hub",
        "/affiliates/wap/history",
        "/signin",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.body);
        assert_eq!(
            res.header("content-type"),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        assert!(
            res.body
                .starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"),
            "{path}"
        );
        for l in Lang::all() {
            assert!(
                res.body.contains(&format!("/language?set={}&", l.code())),
                "{path} lacks the switcher entry {}",
                l.code()
            );
        }
        assert!(
            res.header("content-security-policy")
                .unwrap()
                .contains("default-src 'none'")
        );
        assert!(!res.body.contains("<script"), "{path} needs no JavaScript");
    }
    let css = app.get("/static/sangam.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(
        css.body.contains("margin-inline-start"),
        "logical properties serve both directions"
    );
    assert!(
        !css.body.contains("margin-left")
            && !css.body.contains("padding-right")
            && !css.body.contains("text-align:left")
    );
    let health = app.get("/health").await;
    assert_eq!(health.body, "ok");
    // The page cache's figures: the pages just read are in it, within its budget.
    let figures = health
        .header("x-page-cache")
        .unwrap_or_default()
        .to_string();
    let figure = |name: &str| -> usize {
        figures
            .split(' ')
            .find_map(|f| f.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {figures:?}"))
    };
    assert!(
        figure("entries") > 0 && figure("bytes") <= figure("budget"),
        "{figures}"
    );
}

#[tokio::test]
async fn unknown_pages_and_methods_are_answered_in_the_readers_language() {
    let app = TestApp::new().await;
    let res = app.get_lang("/affiliates/no-such-group", "ru").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains(&shown("ru", "error-not_found")));
    assert_eq!(app.get("/nowhere").await.status, StatusCode::NOT_FOUND);
    let res = app
        .send(Request::delete("/affiliates").body(Body::empty()).unwrap())
        .await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    let api = app.get("/api/affiliates/no-such-group").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.error_code(), "not_found");
}

/// The names in the directory table, in order.
fn directory_names(body: &str) -> Vec<String> {
    body.split("<tbody>")
        .nth(1)
        .unwrap_or("")
        .split("<bdi lang=\"")
        .skip(1)
        .filter_map(|s| {
            s.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</bdi>"))
                .map(|(n, _)| n.to_string())
        })
        .collect()
}

#[tokio::test]
async fn the_directory_sorts_by_the_readers_collation_and_filters() {
    let app = TestApp::new().await;
    let res = app.get("/affiliates").await;
    assert_eq!(
        directory_names(&res.body),
        [
            "Asia Pacific Regional Hub",
            "Tajik Wikimedians User Group",
            "Wikimedians of the Asia Pacific User Group"
        ],
        "the expired Pakistan group is no longer among the active affiliates"
    );
    assert_eq!(
        directory_names(&app.get("/affiliates/former").await.body),
        ["Wikimedia Community User Group Pakistan"],
        "it is listed with the formerly active ones"
    );
    let names = |q: &'static str| {
        let app = &app;
        async move { directory_names(&app.get(&format!("/affiliates?{q}")).await.body) }
    };
    assert_eq!(
        names("country=TJ").await,
        [
            "Tajik Wikimedians User Group",
            "Wikimedians of the Asia Pacific User Group"
        ]
    );
    assert_eq!(
        names("region=034&former=1").await,
        [
            "Wikimedia Community User Group Pakistan",
            "Wikimedians of the Asia Pacific User Group"
        ]
    );
    assert_eq!(
        names("language=ur&former=1").await,
        ["Wikimedia Community User Group Pakistan"]
    );
    assert_eq!(
        names("status=expired").await,
        ["Wikimedia Community User Group Pakistan"]
    );
    assert_eq!(names("kind=hub").await, ["Asia Pacific Regional Hub"]);
    // In Tajik, the Tajik group has its Tajik name, and Cyrillic sorts after Latin.
    let tg = app.get("/affiliates?uselang=tg").await;
    let tg_names = directory_names(&tg.body);
    assert_eq!(
        tg_names.last().map(String::as_str),
        Some("Гурӯҳи корбарони Викимедиаи тоҷик")
    );
}

#[tokio::test]
async fn a_bad_filter_is_reported_not_ignored() {
    let app = TestApp::new().await;
    let res = app.get("/affiliates?country=XX&status=sleeping").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("&#34;XX&#34; is not an ISO 3166-1 country code."),
        "{}",
        res.body
    );
    let api = app.get("/api/affiliates?region=999").await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(api.json()["error"]["fields"][0]["field"], "region");
}

#[tokio::test]
async fn formerly_active_affiliates_leave_the_directory_but_keep_their_page() {
    let app = TestApp::new().await;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let res = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/wikimedia-pakistan",
            &admin,
            &json!({"status": "formerly_active"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let directory = directory_names(&app.get("/affiliates").await.body);
    assert!(!directory.contains(&"Wikimedia Community User Group Pakistan".to_string()));
    let former = directory_names(&app.get("/affiliates/former").await.body);
    assert_eq!(former, ["Wikimedia Community User Group Pakistan"]);
    let page = app.get("/affiliates/wikimedia-pakistan").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("changed the status from Expired to Formerly active"),
        "the history says so"
    );
}

#[tokio::test]
async fn urdu_and_sindhi_pages_are_right_to_left_and_translated() {
    let app = TestApp::new().await;
    for code in ["ur", "sd"] {
        let res = app.get(&format!("/affiliates?uselang={code}")).await;
        assert!(
            res.body
                .contains(&format!("<html lang=\"{code}\" dir=\"rtl\">")),
            "{code}"
        );
        let title = shown(code, "directory-title");
        assert_ne!(
            title,
            shown("en", "directory-title"),
            "{code} is translated"
        );
        assert!(res.body.contains(&format!("<h1>{title}</h1>")));
        assert_eq!(res.header("content-language"), Some(code));
    }
    let bn = app.get("/affiliates?uselang=bn").await;
    assert!(
        bn.body.contains("৪"),
        "Bengali digits in the count: {}",
        bn.body
            .split("class=\"count\"")
            .nth(1)
            .unwrap_or("")
            .get(..80)
            .unwrap_or("")
    );
    let sd = app.get("/affiliates?uselang=sd").await;
    assert!(sd.body.contains("٤"), "Sindhi digits in the count");
}

#[tokio::test]
async fn the_language_comes_from_uselang_then_cookie_then_account_then_the_browser() {
    let app = TestApp::new().await;
    let html_lang = |body: &str| {
        body.split("<html lang=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        html_lang(&app.get_lang("/hubs", "kk, ru;q=0.5").await.body),
        "kk"
    );
    let cookie = Browser {
        cookies: vec![("sangam_lang".into(), "ja".into())],
        ..Default::default()
    };
    assert_eq!(html_lang(&app.get_as("/hubs", &cookie).await.body), "ja");
    assert_eq!(
        html_lang(&app.get_as("/hubs?uselang=es", &cookie).await.body),
        "es"
    );
    let switch = app.get("/language?set=zh-Hans&return=/hubs").await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert_eq!(switch.header("location"), Some("/hubs"));
    assert_eq!(switch.cookie("sangam_lang").as_deref(), Some("zh-Hans"));
    assert_eq!(
        app.get("/language?set=xx&return=/hubs").await.status,
        StatusCode::BAD_REQUEST
    );
    // Never off the site, however the address is dressed: browsers drop tabs and line
    // breaks and read a backslash as a slash, so each of these would lead elsewhere.
    for offsite in [
        "//evil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0a/evil.example",
        "/\\evil.example",
        "/%5Cevil.example",
        "https://evil.example/",
        "/%20/evil.example",
        "%2F%2Fevil.example",
    ] {
        let res = app.get(&format!("/language?set=ru&return={offsite}")).await;
        assert_eq!(
            res.header("location"),
            Some("/"),
            "never redirects off the site: {offsite}"
        );
    }
    // A path with a query stays as it is.
    let here = app
        .get("/language?set=ru&return=%2Fhubs%3Fuselang%3Des")
        .await;
    assert_eq!(here.header("location"), Some("/hubs?uselang=es"));
    // A signed-in person's preference counts when there is no cookie.
    let mut organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let res = app
        .post_form(
            "/account",
            &organizer,
            &[("preferred_lang", "tg"), ("email", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    organizer.cookies.retain(|(k, _)| k != "sangam_lang");
    assert_eq!(html_lang(&app.get_as("/hubs", &organizer).await.body), "tg");
}

#[tokio::test]
async fn a_profile_shows_what_the_seed_page_shows() {
    let app = TestApp::new().await;
    let wap = app.get("/affiliates/wap").await.body;
    for text in [
        "Wikimedians of the Asia Pacific User Group",
        "Bridging cultures, sharing knowledge",
        "https://meta.wikimedia.org/wiki/User:Aishik_Rehman\"><bdi>Aishik Rehman</bdi>",
        "<bdi>Muhammad Yahya</bdi>",
        "<bdi>Shakil Hosen</bdi>",
        "Promoting Asian Languages and Cultures through Wikimedia Projects",
        "Enhancing Technical Support for Asian Languages",
        "May 2023",
        "উইকিমিডিয়ানস অব দ্য এশিয়া প্যাসিফিক ব্যবহারকারী দল",
        "src=\"/affiliates/wap/map.svg\"",
        "https://upload.wikimedia.org/wikipedia/commons/thumb/7/75/Wikimedia_Community_Logo.svg/120px-Wikimedia_Community_Logo.svg.png",
    ] {
        assert!(wap.contains(text), "WAP page lacks {text}");
    }
    let tajik = app.get(TAJIK).await.body;
    assert!(
        tajik.contains("Darafsh(_AT_)hotmail.com"),
        "the e-mail is shown obfuscated"
    );
    assert!(!tajik.contains("Darafsh@hotmail.com"));
    assert!(
        tajik.contains("<dd>2022</dd>"),
        "founding year as the seed gives it"
    );
    assert!(tajik.contains("<dd>TJ</dd>"));
    let pakistan = app.get("/affiliates/wikimedia-pakistan").await.body;
    assert!(pakistan.contains("Membership is open to Pakistani citizens (aged 18 years and above) and Institutions registered in Pakistan."));
    assert!(
        pakistan.contains("<bdi>JAnstee (WMF)</bdi>"),
        "the expiry notice is in the history"
    );
    assert!(pakistan.contains("Formerly Active Affiliates page rather."));
    let hub = app.get("/affiliates/asia-pacific-hub").await.body;
    for member in [
        "/affiliates/wap\"",
        "/affiliates/wikimedia-pakistan\"",
        "/affiliates/tajik-wikimedians\"",
    ] {
        assert!(hub.contains(member), "the hub lists {member}");
    }
}

#[tokio::test]
async fn a_reader_sees_which_texts_are_not_in_their_language() {
    let app = TestApp::new().await;
    let ru = app.get("/affiliates/wap?uselang=ru").await.body;
    assert!(
        ru.contains("lang=\"en\" dir=\"ltr\""),
        "English text keeps its language and direction on a Russian page"
    );
    let note = message(
        lang("ru"),
        "profile-untranslated",
        &[(
            "language",
            sangam_i18n::names::language(lang("ru"), "en").into(),
        )],
    );
    assert!(ru.contains(&note), "the reader is told: {note}");
    let ur = app.get("/affiliates/wap?uselang=ur").await.body;
    assert!(
        ur.contains("<html lang=\"ur\" dir=\"rtl\">") && ur.contains("lang=\"en\" dir=\"ltr\"")
    );
}

#[tokio::test]
async fn maps_are_svg_drawn_on_the_server() {
    let app = TestApp::new().await;
    let map = app.get("/affiliates/tajik-wikimedians/map.svg").await;
    assert_eq!(map.status, StatusCode::OK);
    assert_eq!(
        map.header("content-type"),
        Some("image/svg+xml; charset=utf-8")
    );
    assert!(map.body.starts_with("<svg"));
    assert!(map.body.contains("Map of the countries served: Tajikistan"));
    let hub = app.get("/affiliates/asia-pacific-hub/map.svg").await.body;
    assert!(
        hub.contains("<title>TJ</title>") && hub.contains("<title>PK</title>"),
        "the hub's map shows its members' countries"
    );
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    app.send_json(
        Method::PATCH,
        "/api/affiliates/tajik-wikimedians",
        &admin,
        &json!({"regions": []}),
    )
    .await;
    assert_eq!(
        app.get("/affiliates/tajik-wikimedians/map.svg")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(
        app.get(TAJIK)
            .await
            .body
            .contains(&shown("en", "profile-map-none"))
    );
}

#[tokio::test]
async fn anonymous_pages_are_cached_until_something_changes() {
    let app = TestApp::new().await;
    let first = app.get(TAJIK).await;
    let etag = first.header("etag").unwrap().to_string();
    let second = app.get(TAJIK).await;
    assert_eq!(first.body, second.body);
    assert_eq!(second.header("etag"), Some(etag.as_str()));
    let revalidated = app
        .send(
            Request::get(TAJIK)
                .header(header::IF_NONE_MATCH, &etag)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED);
    // An edit through the form shows at once.
    let organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let form = app
        .get_as("/affiliates/tajik-wikimedians/edit", &organizer)
        .await;
    let version = form.hidden("version").unwrap();
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &organizer,
            &[
                ("version", &version),
                ("lang", "en"),
                ("location", "Dushanbe"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let after = app.get(TAJIK).await;
    assert!(after.body.contains("<dd>Dushanbe</dd>"));
    assert_ne!(after.header("etag"), Some(etag.as_str()));
    // Signed-in readers get fresh pages with their name on them.
    assert!(
        app.get_as(TAJIK, &organizer)
            .await
            .body
            .contains("<bdi>TajikOrganizer</bdi>")
    );
    assert!(
        !app.get(TAJIK)
            .await
            .body
            .contains("TajikOrganizer</bdi></span>")
    );
}

async fn second_instance_sees_changes(tdb: TestDb) {
    let app = TestApp::with_db(tdb).await;
    let other_db = app.tdb.second_handle().await;
    let config = sangam_web::WebConfig {
        cache_poll: std::time::Duration::from_millis(50),
        ..crate::support::test_config()
    };
    let other = sangam_web::AppState::new(other_db, config);
    other.cache().refresh(other.db()).await.unwrap();
    let poller = tokio::spawn(other.clone().poll_cache());
    let other_router = sangam_web::router(other);
    let fetch = |router: axum::Router| async move {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let res = router
            .oneshot(Request::get(TAJIK).body(Body::empty()).unwrap())
            .await
            .unwrap();
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
    };
    assert!(
        !fetch(other_router.clone()).await.contains("Khujand"),
        "cached by the second instance"
    );
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let res = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            &admin,
            &json!({"location": "Khujand"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let mut seen = false;
    for _ in 0..100 {
        if fetch(other_router.clone()).await.contains("Khujand") {
            seen = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    poller.abort();
    assert!(seen, "the second instance dropped its cached page");
    app.tdb.finish().await;
}

#[tokio::test]
async fn a_second_instance_on_the_same_sqlite_file_sees_changes() {
    second_instance_sees_changes(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn a_second_instance_on_the_same_postgresql_database_sees_changes() {
    if let Some(tdb) =
        TestDb::postgres("a_second_instance_on_the_same_postgresql_database_sees_changes").await
    {
        second_instance_sees_changes(tdb).await;
    }
}

#[tokio::test]
async fn signing_in_sets_a_safe_cookie_and_signing_out_ends_the_session() {
    let app = TestApp::new().await;
    let visitor = app.visitor().await;
    let res = app
        .post_form(
            "/signin",
            &visitor,
            &[
                ("username", "tajikOrganizer"),
                ("password", AFFILIATE_ADMIN.1),
                ("return", "/hubs"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.header("location"), Some("/hubs"));
    let cookie = res
        .cookies()
        .into_iter()
        .find(|c| c.starts_with("sangam_session="))
        .unwrap();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(cookie.contains(flag), "{cookie} lacks {flag}");
    }
    assert!(!cookie.contains("Secure"), "plain http on loopback");
    let mut b = visitor.clone();
    b.absorb(&res);
    let account = app.get_as("/account", &b).await;
    assert!(
        account.body.contains("tajikorganizer@example.org"),
        "the account page shows the private e-mail to its owner"
    );
    b.csrf = account.hidden("csrf");
    let out = app.post_form("/signout", &b, &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.cookie("sangam_session").as_deref(), Some(""));
    let again = app.get_as("/account", &b).await;
    assert_eq!(
        again.status,
        StatusCode::UNAUTHORIZED,
        "the old cookie no longer works"
    );
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let tdb = TestDb::sqlite().await;
    sangam_app::demo::load(&tdb.db, crate::support::TEST_HASH, Timestamp::now())
        .await
        .unwrap();
    let config = sangam_web::WebConfig {
        public_url: "https://sangam.example.org".into(),
        ..crate::support::test_config()
    };
    let state = sangam_web::AppState::new(tdb.db.clone(), config);
    let app = TestApp {
        router: sangam_web::router(state.clone()),
        state,
        tdb,
    };
    let res = app.get("/signin").await;
    assert!(
        res.cookies()
            .iter()
            .any(|c| c.starts_with("sangam_csrf=") && c.contains("; Secure"))
    );
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_the_readers_language() {
    let app = TestApp::new().await;
    let visitor = app.visitor().await;
    let req = Request::post("/signin?uselang=es")
        .header(header::COOKIE, visitor.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(crate::support::form_encode(&[
            ("csrf".into(), visitor.csrf.clone().unwrap()),
            ("username".into(), AFFILIATE_ADMIN.0.into()),
            ("password".into(), "wrong password".into()),
        ])))
        .unwrap();
    let res = app.send(req).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert!(res.body.contains(&shown("es", "error-bad_credentials")));
    assert!(res.cookie("sangam_session").is_none());
}

#[tokio::test]
async fn repeated_failures_lock_the_account_and_say_so() {
    let app = TestApp::new().await;
    let visitor = app.visitor().await;
    for _ in 0..5 {
        let res = app
            .post_form(
                "/signin",
                &visitor,
                &[("username", AFFILIATE_ADMIN.0), ("password", "guess guess")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let locked = app
        .post_form(
            "/signin",
            &visitor,
            &[("username", AFFILIATE_ADMIN.0), ("password", "guess guess")],
        )
        .await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        locked
            .body
            .contains("Too many failed sign-ins for this account. Try again in 1 minute."),
        "{}",
        locked.body
    );
    assert_eq!(locked.header("retry-after"), Some("60"));
    let right = app
        .post_form(
            "/signin",
            &visitor,
            &[
                ("username", AFFILIATE_ADMIN.0),
                ("password", AFFILIATE_ADMIN.1),
            ],
        )
        .await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    // Another account from another address is not affected.
    let api = app
        .send_from(
            Request::post("/api/auth/token")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({"username": SITE_ADMIN.0, "password": SITE_ADMIN.1}).to_string(),
                ))
                .unwrap(),
            [10, 0, 0, 2],
        )
        .await;
    assert_eq!(api.status, StatusCode::CREATED);
}

#[tokio::test]
async fn many_failures_from_one_address_lock_the_address() {
    let app = TestApp::new().await;
    let attempt = |user: String| {
        Request::post("/api/auth/token")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT_LANGUAGE, "ru")
            .body(Body::from(
                json!({"username": user, "password": "nope nope nope"}).to_string(),
            ))
            .unwrap()
    };
    for i in 0..20 {
        let res = app
            .send_from(attempt(format!("Guess{i}")), [192, 0, 2, 7])
            .await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "attempt {i}");
        assert_eq!(res.error_code(), "bad_credentials");
    }
    let res = app
        .send_from(attempt("Guess99".into()), [192, 0, 2, 7])
        .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.error_code(), "too_many_attempts");
    let expected = message(
        lang("ru"),
        "signin-throttled-address",
        &[("minutes", 1i64.into())],
    );
    assert_eq!(res.json()["error"]["message"], expected);
    let elsewhere = app
        .send_from(attempt("Guess99".into()), [192, 0, 2, 8])
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::UNAUTHORIZED,
        "other addresses are not locked"
    );
}

#[tokio::test]
async fn forms_without_the_right_token_are_refused_and_change_nothing() {
    let app = TestApp::new().await;
    let before = app.db().export().await.unwrap();
    // No CSRF cookie at all.
    let res = app
        .post_form(
            "/signin",
            &Browser::default(),
            &[("username", "x"), ("password", "y")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains(&shown("en", "error-csrf_failed")));
    let organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let form = app
        .get_as("/affiliates/tajik-wikimedians/edit", &organizer)
        .await;
    let version = form.hidden("version").unwrap();
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &organizer,
            &[
                ("csrf", "forged"),
                ("version", &version),
                ("motto", "hijacked"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let mut no_token = organizer.clone();
    no_token.csrf = None;
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &no_token,
            &[("version", &version), ("motto", "hijacked")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Cookie-authenticated API writes need the token in a header.
    let res = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            &organizer,
            &json!({"motto": "hijacked"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "csrf_failed");
    let tables = |doc: &serde_json::Value| doc["tables"]["affiliates"].clone();
    assert_eq!(
        tables(&app.db().export().await.unwrap()),
        tables(&before),
        "no profile changed"
    );
    // With the header, the same API call works.
    let req = TestApp::request(
        Method::PATCH,
        "/api/affiliates/tajik-wikimedians",
        &organizer,
    )
    .header(header::CONTENT_TYPE, "application/json")
    .header("x-csrf-token", organizer.csrf.clone().unwrap())
    .body(Body::from(json!({"location": "Dushanbe"}).to_string()))
    .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_expired_session_is_told_to_sign_in_again() {
    let app = TestApp::new().await;
    let user = app
        .db()
        .credentials(&sangam_core::account::Username::parse(AFFILIATE_ADMIN.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let (token, csrf) = app
        .db()
        .create_session(user.id, "web", -60, Timestamp::now())
        .await
        .unwrap();
    let b = Browser {
        cookies: vec![("sangam_session".into(), token)],
        csrf: Some(csrf),
        bearer: None,
    };
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &b,
            &[("motto", "late")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert!(res.body.contains(&shown("en", "error-session_expired")));
    let page = app.get_as(TAJIK, &b).await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "reading still works, anonymously"
    );
    assert!(
        page.cookies()
            .iter()
            .any(|c| c.starts_with("sangam_session=;") && c.contains("Max-Age=0")),
        "the dead cookie is removed"
    );
    let api = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            &b,
            &json!({"motto": "late"}),
        )
        .await;
    assert_eq!(api.error_code(), "session_expired");
}

/// Everyone the role tests try, in order: anonymous, member, admin of another affiliate,
/// admin of this affiliate (Tajik Wikimedians), site admin.
async fn roles(app: &TestApp) -> Vec<(&'static str, Browser)> {
    app.add_account("Plain Member", "member password", false)
        .await;
    app.add_account("WapOrganizer", "wap organizer password", false)
        .await;
    app.make_admin("wap", "WapOrganizer").await;
    vec![
        ("anonymous", app.visitor().await),
        (
            "member",
            app.sign_in("Plain Member", "member password").await,
        ),
        (
            "other admin",
            app.sign_in("WapOrganizer", "wap organizer password").await,
        ),
        (
            "this admin",
            app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await,
        ),
        ("site admin", app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await),
    ]
}

#[tokio::test]
async fn page_write_routes_allow_exactly_the_right_roles() {
    let app = TestApp::new().await;
    let roles = roles(&app).await;
    let mut n = 0;
    let mut expect = async |path: &str, fields: Vec<(String, String)>, statuses: [u16; 5]| {
        for ((role, who), expected) in roles.iter().zip(statuses) {
            n += 1;
            let mut fields = fields.clone();
            if path.ends_with("/edit") {
                let a = app
                    .db()
                    .affiliate("tajik-wikimedians")
                    .await
                    .unwrap()
                    .unwrap();
                fields.push(("version".into(), a.version.to_string()));
                fields.push(("motto".into(), format!("motto {n}")));
            }
            if path == "/affiliates/new" {
                fields.push(("slug".into(), format!("new-group-{n}")));
            }
            let borrowed: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let res = app.post_form(path, who, &borrowed).await;
            assert_eq!(
                res.status.as_u16(),
                expected,
                "{role} POST {path}: {}",
                res.body.get(..300).unwrap_or(&res.body)
            );
        }
    };
    let s = |v: &[(&str, &str)]| {
        v.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
    };
    expect(
        "/affiliates/tajik-wikimedians/edit",
        s(&[("lang", "en")]),
        [401, 403, 403, 303, 303],
    )
    .await;
    expect(
        "/affiliates/new",
        s(&[
            ("lang", "en"),
            ("kind", "user_group"),
            ("name", "A new group"),
        ]),
        [401, 403, 403, 403, 303],
    )
    .await;
    let wap_id = app
        .db()
        .affiliate("wap")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    expect(
        "/affiliates/asia-pacific-hub/hub-members",
        s(&[("member", &wap_id)]),
        [401, 403, 403, 403, 303],
    )
    .await;
    expect(
        "/account",
        s(&[("preferred_lang", "bn"), ("email", "")]),
        [401, 303, 303, 303, 303],
    )
    .await;
    // The affiliate's own admin may not change its status; a site admin may.
    let status = |who: &Browser| {
        let who = who.clone();
        let app = &app;
        async move {
            let a = app
                .db()
                .affiliate("tajik-wikimedians")
                .await
                .unwrap()
                .unwrap();
            let version = a.version.to_string();
            app.post_form(
                "/affiliates/tajik-wikimedians/edit",
                &who,
                &[
                    ("version", &version),
                    ("lang", "en"),
                    ("status", "suspended"),
                ],
            )
            .await
            .status
        }
    };
    assert_eq!(status(&roles[3].1).await, StatusCode::FORBIDDEN);
    assert_eq!(status(&roles[4].1).await, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db()
            .affiliate("tajik-wikimedians")
            .await
            .unwrap()
            .unwrap()
            .status
            .as_str(),
        "suspended"
    );
}

#[tokio::test]
async fn api_write_routes_allow_exactly_the_right_roles() {
    let app = TestApp::new().await;
    app.add_account("Plain Member", "member password", false)
        .await;
    app.add_account("WapOrganizer", "wap organizer password", false)
        .await;
    app.make_admin("wap", "WapOrganizer").await;
    let clients = [
        ("anonymous", Browser::default()),
        (
            "member",
            app.api_client("Plain Member", "member password").await,
        ),
        (
            "other admin",
            app.api_client("WapOrganizer", "wap organizer password")
                .await,
        ),
        (
            "this admin",
            app.api_client(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await,
        ),
        (
            "site admin",
            app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await,
        ),
    ];
    let cases: Vec<(Method, &str, serde_json::Value, [u16; 5])> = vec![
        (
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            json!({"motto": "Дониш"}),
            [401, 403, 403, 200, 200],
        ),
        (
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            json!({"status": "suspended"}),
            [401, 403, 403, 403, 200],
        ),
        (
            Method::POST,
            "/api/affiliates",
            json!({"slug": "x", "kind": "chapter", "name": "X", "lang": "en"}),
            [401, 403, 403, 403, 201],
        ),
        (
            Method::PUT,
            "/api/hubs/asia-pacific-hub/members",
            json!({"members": ["wap"]}),
            [401, 403, 403, 403, 204],
        ),
        (
            Method::GET,
            "/api/me",
            json!(null),
            [401, 200, 200, 200, 200],
        ),
    ];
    for (method, path, body, statuses) in cases {
        for ((role, who), expected) in clients.iter().zip(statuses) {
            let mut body = body.clone();
            if path == "/api/affiliates" {
                body["slug"] = json!(format!("new-{}", role.replace(' ', "-")));
            }
            let res = app.send_json(method.clone(), path, who, &body).await;
            assert_eq!(
                res.status.as_u16(),
                expected,
                "{role} {method} {path}: {}",
                res.body
            );
            if expected >= 400 {
                let code = res.error_code();
                assert!(
                    [
                        "unauthenticated",
                        "forbidden",
                        "site_admin_only",
                        "not_affiliate_admin"
                    ]
                    .contains(&code.as_str()),
                    "{code}"
                );
            }
        }
    }
    let revoke = app
        .send(
            TestApp::request(Method::DELETE, "/api/auth/token", &clients[1].1)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(revoke.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.send_json(Method::GET, "/api/me", &clients[1].1, &json!(null))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_affiliate_admin_edits_the_motto_in_tajik() {
    let app = TestApp::new().await;
    let organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let form = app
        .get_as("/affiliates/tajik-wikimedians/edit?lang=tg", &organizer)
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("<input type=\"hidden\" name=\"lang\" value=\"tg\">")
    );
    assert!(
        form.body
            .contains("value=\"Гурӯҳи корбарони Викимедиаи тоҷик\""),
        "the form shows the Tajik name"
    );
    assert!(
        form.body.contains("Tajik Wikimedians User Group"),
        "the English source is shown beside the Tajik fields"
    );
    let version = form.hidden("version").unwrap();
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &organizer,
            &[
                ("version", &version),
                ("lang", "tg"),
                ("name", "Гурӯҳи корбарони Викимедиаи тоҷик"),
                ("motto", "Дониш барои ҳама"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.header("location"),
        Some("/affiliates/tajik-wikimedians?done=saved")
    );
    let page = app
        .get_as("/affiliates/tajik-wikimedians?done=saved", &organizer)
        .await;
    assert!(page.body.contains(&shown("en", "edit-saved")));
    for l in ["tg", "en", "ur"] {
        assert!(
            app.get(&format!("{TAJIK}?uselang={l}"))
                .await
                .body
                .contains("Дониш барои ҳама"),
            "{l}"
        );
    }
    let history = app
        .get("/api/affiliates/tajik-wikimedians/history")
        .await
        .json();
    assert_eq!(history[0]["actor"], "TajikOrganizer");
    assert_eq!(history[0]["detail"]["fields"], json!(["motto"]));
    let api = app.get("/api/affiliates/tajik-wikimedians").await.json();
    assert_eq!(api["motto"]["source_lang"], "tg");
    assert_eq!(
        api["name"]["versions"]["tg"],
        "Гурӯҳи корбарони Викимедиаи тоҷик"
    );
    assert_eq!(
        api["name"]["source_lang"], "en",
        "the English name stays the source"
    );
}

#[tokio::test]
async fn bad_input_on_the_edit_form_is_reported_field_by_field_and_saves_nothing() {
    let app = TestApp::new().await;
    let admin = app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let before = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap();
    let version = before.version.to_string();
    let long = "ж".repeat(301);
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit?uselang=ru",
            &admin,
            &[
                ("version", &version),
                ("lang", "en"),
                ("name", "Evil\u{202E}Group"),
                ("motto", &long),
                ("country", "XX"),
                ("regions", "TJ, ZZ"),
                ("languages", "tg klingon"),
                ("founded", "2022-02-30"),
                ("agreement_start", "2024-01-01"),
                ("agreement_end", "2023-01-01"),
                ("email", "not an email"),
                ("website", "javascript:alert(1)"),
                ("mission", "<script>alert('x')</script>"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, code) in [
        ("name", "bidi_control"),
        ("motto", "too_long"),
        ("country", "unknown_country"),
        ("regions", "unknown_country"),
        ("languages", "invalid_language"),
        ("founded", "impossible_date"),
        ("agreement_end", "range_reversed"),
        ("email", "invalid_email"),
        ("website", "invalid_url"),
    ] {
        assert!(
            res.body.contains(&format!("id=\"e-{field}\"")),
            "{field} is marked"
        );
        let _ = code;
    }
    assert!(
        res.body
            .contains(&shown("ru", "field-error-impossible_date")),
        "messages in the reader's language"
    );
    assert!(res.body.contains(&shown("ru", "form-errors")));
    assert!(
        res.body.contains(&esc("<script>alert('x')</script>")),
        "what was typed comes back, as text"
    );
    assert!(!res.body.contains("<script>alert"));
    let after = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after, before, "nothing was saved");
}

#[tokio::test]
async fn markup_and_direction_marks_in_text_are_shown_as_text() {
    let app = TestApp::new().await;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let res = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            &admin,
            &json!({
                "mission": "<img src=x onerror=alert(1)> & <b>bold</b>",
                "board": ["علی رضا", "Искандар Ориф"],
                "location": "<script>document.cookie</script>"
            }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let page = app.get(TAJIK).await.body;
    assert!(page.contains(&esc("<img src=x onerror=alert(1)> & <b>bold</b>")));
    assert!(page.contains(&esc("<script>document.cookie</script>")));
    assert!(!page.contains("<img src=x"));
    assert!(
        page.contains("<bdi>علی رضا</bdi>"),
        "an Urdu name in an English list is isolated"
    );
    let bidi = app
        .send_json(
            Method::PATCH,
            "/api/affiliates/tajik-wikimedians",
            &admin,
            &json!({"board": ["Admin\u{202E}nimdA"]}),
        )
        .await;
    assert_eq!(bidi.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bidi.json()["error"]["fields"][0]["code"], "bidi_control");
}

#[tokio::test]
async fn a_stale_form_is_refused_with_the_typed_values_kept() {
    let app = TestApp::new().await;
    let organizer = app.sign_in(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let form = app
        .get_as("/affiliates/tajik-wikimedians/edit", &organizer)
        .await;
    let version = form.hidden("version").unwrap();
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    app.send_json(
        Method::PATCH,
        "/api/affiliates/tajik-wikimedians",
        &admin,
        &json!({"location": "Khujand"}),
    )
    .await;
    let res = app
        .post_form(
            "/affiliates/tajik-wikimedians/edit",
            &organizer,
            &[
                ("version", &version),
                ("lang", "en"),
                ("location", "Dushanbe"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains(&shown("en", "error-edited_meanwhile")));
    assert!(res.body.contains("value=\"Dushanbe\""));
    assert_eq!(
        app.db()
            .affiliate("tajik-wikimedians")
            .await
            .unwrap()
            .unwrap()
            .location
            .as_deref(),
        Some("Khujand")
    );
}

#[tokio::test]
async fn a_site_admin_creates_an_affiliate_and_duplicate_slugs_are_refused() {
    let app = TestApp::new().await;
    let admin = app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await;
    assert_eq!(
        app.get_as("/affiliates/new", &admin).await.status,
        StatusCode::OK
    );
    let fields = [
        ("lang", "bn"),
        ("slug", "bengali-wikimedians"),
        ("kind", "user_group"),
        ("name", "বাংলা উইকিমিডিয়ান"),
        ("country", "BD"),
    ];
    let res = app.post_form("/affiliates/new", &admin, &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app
        .get("/affiliates/bengali-wikimedians?uselang=bn")
        .await
        .body;
    assert!(page.contains("বাংলা উইকিমিডিয়ান"));
    let again = app.post_form("/affiliates/new", &admin, &fields).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains(&shown("en", "field-error-slug_taken")));
    let api = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let dup = app
        .send_json(
            Method::POST,
            "/api/affiliates",
            &api,
            &json!({"slug": "wap", "kind": "chapter", "name": "Copy", "lang": "en"}),
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(dup.json()["error"]["fields"][0]["code"], "slug_taken");
}

#[tokio::test]
async fn the_api_reads_affiliates_with_every_translation() {
    let app = TestApp::new().await;
    let list = app.get_lang("/api/affiliates?country=TJ", "tg").await;
    assert_eq!(list.status, StatusCode::OK);
    let names: Vec<String> = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "Wikimedians of the Asia Pacific User Group",
            "Гурӯҳи корбарони Викимедиаи тоҷик"
        ]
    );
    let wap = app.get("/api/affiliates/wap").await;
    let etag = wap.header("etag").unwrap().to_string();
    let wap = wap.json();
    assert_eq!(etag, format!("\"v{}\"", wap["version"]));
    assert_eq!(wap["name"]["source_lang"], "en");
    assert_eq!(
        wap["name"]["versions"]["bn"],
        "উইকিমিডিয়ানস অব দ্য এশিয়া প্যাসিফিক ব্যবহারকারী দল"
    );
    assert_eq!(
        wap["people"]["board"],
        json!(["Aishik Rehman", "Muhammad Yahya", "Shakil Hosen"])
    );
    assert_eq!(wap["goals"].as_array().unwrap().len(), 5);
    assert_eq!(wap["founded"], "2023-05");
    assert_eq!(wap["hubs"], json!(["asia-pacific-hub"]));
    let hubs = app.get("/api/hubs").await.json();
    assert_eq!(
        hubs[0]["members"],
        json!(["wap", "wikimedia-pakistan", "tajik-wikimedians"])
    );
    // The contact e-mail: obfuscated for readers, plain for the affiliate's admins.
    assert_eq!(
        app.get("/api/affiliates/tajik-wikimedians").await.json()["contacts"]["email"],
        "Darafsh(_AT_)hotmail.com"
    );
    let organizer = app.api_client(AFFILIATE_ADMIN.0, AFFILIATE_ADMIN.1).await;
    let own = app
        .get_as("/api/affiliates/tajik-wikimedians", &organizer)
        .await
        .json();
    assert_eq!(own["contacts"]["email"], "Darafsh@hotmail.com");
}

#[tokio::test]
async fn account_emails_are_private_to_their_owner_whatever_the_role() {
    let app = TestApp::new().await;
    let roles = roles(&app).await;
    let emails = [
        "plain.member@example.org",
        "waporganizer@example.org",
        "tajikorganizer@example.org",
        "siteadmin@example.org",
    ];
    for (i, (role, who)) in roles.iter().enumerate() {
        let own = (i > 0).then(|| emails[i - 1]);
        if let Some(own) = own {
            assert!(
                app.get_as("/account", who).await.body.contains(own),
                "{role} sees their own e-mail"
            );
        }
        let mut api = who.clone();
        if i > 0 {
            let name = [
                "Plain Member",
                "WapOrganizer",
                AFFILIATE_ADMIN.0,
                SITE_ADMIN.0,
            ][i - 1];
            let password = [
                "member password",
                "wap organizer password",
                AFFILIATE_ADMIN.1,
                SITE_ADMIN.1,
            ][i - 1];
            api = app.api_client(name, password).await;
            assert_eq!(
                app.get_as("/api/me", &api).await.json()["email"],
                own.unwrap()
            );
        }
        for path in [
            "/api/affiliates/tajik-wikimedians",
            "/api/affiliates/wap",
            "/api/affiliates",
            "/api/hubs",
            TAJIK,
            "/affiliates/wap",
            "/affiliates/tajik-wikimedians/history",
            "/affiliates",
        ] {
            for client in [who, &api] {
                let body = app.get_as(path, client).await.body;
                for email in emails.iter().filter(|e| Some(**e) != own) {
                    assert!(!body.contains(email), "{role} sees {email} on {path}");
                }
            }
        }
    }
}

#[tokio::test]
async fn api_edits_can_be_made_conditional_on_the_version() {
    let app = TestApp::new().await;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let patch = |tag: &str| {
        TestApp::request(Method::PATCH, "/api/affiliates/wap", &admin)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::IF_MATCH, tag)
            .body(Body::from(json!({"location": "Dhaka"}).to_string()))
            .unwrap()
    };
    let current = app.get("/api/affiliates/wap").await;
    let tag = current.header("etag").unwrap().to_string();
    let version = current.json()["version"].as_i64().unwrap();
    assert_eq!(tag, format!("\"v{version}\""));
    let res = app.send(patch(&tag)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.header("etag"),
        Some(format!("\"v{}\"", version + 1).as_str())
    );
    let stale = app.send(patch(&tag)).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale.error_code(), "edited_meanwhile");
}

#[tokio::test]
async fn malformed_api_requests_get_json_errors_with_stable_codes() {
    let app = TestApp::new().await;
    let before = app.db().affiliate("wap").await.unwrap().unwrap().version;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let send = |body: Body, content_type: &str, accept_language: &str| {
        TestApp::request(Method::PATCH, "/api/affiliates/wap", &admin)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ACCEPT_LANGUAGE, accept_language)
            .body(body)
            .unwrap()
    };
    let res = app
        .send(send(Body::from("{\"motto\": "), "application/json", "en"))
        .await;
    assert_eq!(
        (res.status, res.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let res = app
        .send(send(
            Body::from("{\"colour\": \"blue\"}"),
            "application/json",
            "en",
        ))
        .await;
    assert_eq!(
        (res.status, res.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    assert!(
        res.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown field `colour`")
    );
    let res = app
        .send(send(
            Body::from("motto=x"),
            "application/x-www-form-urlencoded",
            "ja",
        ))
        .await;
    assert_eq!(
        (res.status, res.error_code().as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
    );
    assert_eq!(
        res.json()["error"]["message"],
        message(lang("ja"), "error-unsupported_media_type", &[])
    );
    let huge = json!({"mission": "x".repeat(600 * 1024)}).to_string();
    let res = app
        .send(send(Body::from(huge), "application/json", "en"))
        .await;
    assert_eq!(
        (res.status, res.error_code().as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
    );
    let res = app
        .send(send(
            Body::from(json!({"founded": "2023-13-01", "country": "PAK"}).to_string()),
            "application/json",
            "hi",
        ))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = res.json()["error"]["fields"].clone();
    assert_eq!(fields[0]["field"], "country");
    assert_eq!(fields[0]["code"], "unknown_country");
    assert_eq!(fields[1]["code"], "impossible_date");
    assert_eq!(
        res.json()["error"]["message"],
        message(lang("hi"), "error-validation_failed", &[])
    );
    assert_eq!(
        app.db().affiliate("wap").await.unwrap().unwrap().version,
        before,
        "nothing was saved"
    );
    let form = app
        .post_form("/affiliates/wap/edit", &Browser::default(), &[])
        .await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    let wrong_type = app
        .send(
            Request::post("/signin")
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("x"))
                .unwrap(),
        )
        .await;
    assert_eq!(wrong_type.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn the_openapi_document_describes_every_api_route() {
    let app = TestApp::new().await;
    let res = app.get("/api/openapi.json").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert_eq!(
        paths,
        [
            "/api/affiliates",
            "/api/affiliates/{slug}",
            "/api/affiliates/{slug}/applications",
            "/api/affiliates/{slug}/elections",
            "/api/affiliates/{slug}/events",
            "/api/affiliates/{slug}/events/ical",
            "/api/affiliates/{slug}/events/wikitext",
            "/api/affiliates/{slug}/history",
            "/api/affiliates/{slug}/members",
            "/api/affiliates/{slug}/members/csv",
            "/api/affiliates/{slug}/members/import",
            "/api/affiliates/{slug}/members/me",
            "/api/affiliates/{slug}/members/wikitext",
            "/api/affiliates/{slug}/members/{id}",
            "/api/affiliates/{slug}/members/{id}/decision",
            "/api/affiliates/{slug}/members/{id}/roles",
            "/api/affiliates/{slug}/membership-rules",
            "/api/affiliates/{slug}/recognition",
            "/api/affiliates/{slug}/reports",
            "/api/auth/token",
            "/api/campaigns",
            "/api/campaigns/{slug}",
            "/api/compliance",
            "/api/elections/{id}",
            "/api/elections/{id}/ballot",
            "/api/elections/{id}/ballots",
            "/api/elections/{id}/ballots.blt",
            "/api/elections/{id}/candidates/{username}/statement",
            "/api/elections/{id}/nominations",
            "/api/elections/{id}/nominations/mine",
            "/api/events",
            "/api/events/{id}",
            "/api/events/{id}/cancellation",
            "/api/events/{id}/cfp",
            "/api/events/{id}/ical",
            "/api/events/{id}/outcomes",
            "/api/events/{id}/participants.csv",
            "/api/events/{id}/proposals",
            "/api/events/{id}/registrations",
            "/api/events/{id}/registrations/me",
            "/api/events/{id}/reviewers",
            "/api/events/{id}/reviews",
            "/api/events/{id}/rooms",
            "/api/events/{id}/schedule.ics",
            "/api/events/{id}/schedule.json",
            "/api/events/{id}/schedule.xml",
            "/api/events/{id}/scholarship",
            "/api/events/{id}/scholarship/application",
            "/api/events/{id}/scholarship/applications",
            "/api/events/{id}/scholarship/phase",
            "/api/events/{id}/scholarship/reviewers",
            "/api/events/{id}/slots",
            "/api/events/{id}/wikitext",
            "/api/hubs",
            "/api/hubs/{slug}/members",
            "/api/me",
            "/api/me/events",
            "/api/me/memberships",
            "/api/proposals/{id}",
            "/api/proposals/{id}/decision",
            "/api/proposals/{id}/interest",
            "/api/proposals/{id}/interest/import",
            "/api/proposals/{id}/placement",
            "/api/proposals/{id}/review",
            "/api/proposals/{id}/withdrawal",
            "/api/reports/{id}",
            "/api/reports/{id}/builder",
            "/api/reports/{id}/deferment",
            "/api/reports/{id}/draft",
            "/api/reports/{id}/filing",
            "/api/reports/{id}/review",
            "/api/scholarship-applications/{id}",
            "/api/scholarship-applications/{id}/decision",
            "/api/scholarship-applications/{id}/flag",
            "/api/scholarship-applications/{id}/score"
        ]
    );
    assert_eq!(doc, sangam_web::api::openapi_json());
    insta::assert_json_snapshot!("openapi", doc);
}
