//! The web layer's shape, checked: every rejection of the API is its documented JSON error
//! with a stable code (no plain-text rejection anywhere), and the pages and the API are
//! siblings that never import each other, with no import cycle among the web layer's files.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use sangam_app::demo::SITE_ADMIN;

use crate::support::{Browser, Res, TestApp, skip};

/// The path with every `{param}` replaced by `value` (or, for the ones not in `ids`, by
/// a harmless word).
fn fill(path: &str, ids: &[String], value: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        let name = &rest[start + 1..end];
        out.push_str(if ids.iter().any(|i| i == name) {
            value
        } else {
            "no-such-thing"
        });
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// The API's JSON error with a non-empty stable code, whatever the status.
fn assert_json_error(res: &Res, what: &str) {
    assert!(
        res.status.is_client_error(),
        "{what}: expected a refusal, got {}: {}",
        res.status,
        res.body
    );
    let ty = res.header("content-type").unwrap_or_default();
    assert!(
        ty.starts_with("application/json"),
        "{what}: {} answered {ty:?}, not JSON: {}",
        res.status,
        res.body
    );
    let body: serde_json::Value = serde_json::from_str(&res.body)
        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}", res.body));
    let code = body["error"]["code"].as_str().unwrap_or_default();
    assert!(!code.is_empty(), "{what}: no error code: {}", res.body);
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{what}: no message: {}",
        res.body
    );
}

async fn send(app: &TestApp, method: &Method, path: &str, who: &Browser) -> Res {
    let req = TestApp::request(method.clone(), path, who)
        .header("content-type", "application/json")
        .body(Body::from("{}"))
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    app.send(req).await
}

#[tokio::test]
async fn every_api_path_answers_a_malformed_id_or_query_with_its_json_error() {
    let app = TestApp::new().await;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let doc = sangam_web::api::openapi_json();
    let paths = doc["paths"].as_object().unwrap();
    let mut tried = 0;
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let Ok(method) = method.to_uppercase().parse::<Method>() else {
                continue;
            };
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let in_path = |p: &serde_json::Value| p["in"] == "path";
            let ids: Vec<String> = params
                .iter()
                .filter(|p| in_path(p) && p["schema"]["type"] == "integer")
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            let names: Vec<String> = params
                .iter()
                .filter(|p| in_path(p))
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            // A path id that is not a number, or out of range, names nothing: 404 as JSON,
            // for anonymous callers and for a site admin alike.
            if !ids.is_empty() {
                for bad in ["abc", "99999999999999999999999", "-", "1.5"] {
                    let url = fill(path, &ids, bad);
                    for who in [&Browser::default(), &admin] {
                        let res = send(&app, &method, &url, who).await;
                        assert_json_error(&res, &format!("{method} {url}"));
                        if who.bearer.is_some() {
                            assert_eq!(res.status, StatusCode::NOT_FOUND, "{method} {url}");
                        }
                        tried += 1;
                    }
                }
            }
            // An unknown address (slug, username) is the same JSON 404 for a site admin.
            if names.len() > ids.len() {
                let url = fill(path, &[], "1");
                let res = send(&app, &method, &url, &admin).await;
                if !res.status.is_success() {
                    assert_json_error(&res, &format!("{method} {url}"));
                }
                tried += 1;
            }
            // Query parameters: unreadable values and encodings are refused with the JSON
            // error, never a plain-text rejection or a server error.
            let queries: Vec<String> = params
                .iter()
                .filter(|p| p["in"] == "query")
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            let base = fill(path, &ids, "1");
            for q in &queries {
                for bad in ["%FF%FE", "zzz-not-a-value", "", "%00", "1e999"] {
                    let url = format!("{base}?{q}={bad}");
                    let res = send(&app, &method, &url, &admin).await;
                    assert!(
                        !res.status.is_server_error(),
                        "{method} {url}: {}: {}",
                        res.status,
                        res.body
                    );
                    if !res.status.is_success() {
                        assert_json_error(&res, &format!("{method} {url}"));
                    }
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 200, "only {tried} requests were tried");
    // Outside the documented paths: an unknown path, and a method a path does not take.
    let res = app.get("/api/no-such-path/abc").await;
    assert_json_error(&res, "GET /api/no-such-path/abc");
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app
        .send(
            Request::builder()
                .method(Method::PATCH)
                .uri("/api/hubs")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_json_error(&res, "PATCH /api/hubs");
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
    // The pages keep answering a malformed id with the not-found page, in the frame.
    let res = app.get("/events/abc").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("<html"), "{}", res.body);
}

/// The exports under `/api/` (XML, iCalendar, BLT) answer an unknown id, or one too large
/// for any id, with the JSON error too, not an HTML page or a plain-text 400.
#[tokio::test]
async fn the_api_exports_answer_unknown_ids_with_the_json_error() {
    let app = TestApp::new().await;
    let anonymous = Browser::default();
    for path in [
        "/api/events/999999/schedule.xml",
        "/api/events/999999/schedule.ics",
        "/api/events/999999/schedule.json",
        "/api/events/99999999999999999999/schedule.xml",
        "/api/affiliates/no-such-group/events/ical",
        "/api/elections/999999/ballots.blt",
        "/api/elections/99999999999999999999/ballots",
    ] {
        let res = send(&app, &Method::GET, path, &anonymous).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}: {}", res.body);
        assert_json_error(&res, path);
    }
}

#[tokio::test]
async fn without_a_database_the_api_still_answers_its_json_error_and_pages_an_error_page() {
    let app = TestApp::new().await;
    let admin = app.api_client(SITE_ADMIN.0, SITE_ADMIN.1).await;
    let page_reader = app.sign_in(SITE_ADMIN.0, SITE_ADMIN.1).await;
    app.db().close().await;
    // Reading the session (at the edge) and reading data (in a handler) both fail.
    for (who, path) in [
        (&admin, "/api/me"),
        (&Browser::default(), "/api/affiliates"),
        (&admin, "/api/events/1"),
    ] {
        let res = app.get_as(path, who).await;
        assert_eq!(
            res.status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "{path}: {}",
            res.body
        );
        assert_json_error_any(&res, path);
        assert_eq!(res.error_code(), "internal", "{path}");
    }
    let res = app.get_as("/account", &page_reader).await;
    assert_eq!(
        res.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        res.body
    );
    assert!(res.body.contains("<html"), "{}", res.body);
}

/// The API's JSON error, a server's as well as a refusal.
fn assert_json_error_any(res: &Res, what: &str) {
    let ty = res.header("content-type").unwrap_or_default();
    assert!(
        ty.starts_with("application/json"),
        "{what}: {ty:?}: {}",
        res.body
    );
    assert!(!res.error_code().is_empty(), "{what}: {}", res.body);
}

#[test]
fn the_pages_and_the_api_never_import_each_other_and_no_file_of_the_web_layer_is_in_a_cycle() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tools/web_imports.py");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../web/src");
    let out = match std::process::Command::new("python3")
        .args([script, src])
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            skip("web_imports", &format!("no python3: {e}"));
            return;
        }
    };
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("pages <-> api imports: 0"), "{report}");
    assert!(report.contains("import cycles: 0"), "{report}");
    // The check reads the files: a layout it cannot read would pass by finding nothing.
    let files: usize = report
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(files > 30, "{report}");
}
