//! A conference's scholarship round over HTTP, on both databases: the demo's published
//! round; a whole round from the call to published decisions with every refusal; who sees
//! what, role by role (anonymous, applicant, reviewer, organizer, site admin); the decision
//! mail delivered to a real SMTP server; and the pages an applicant and organizers use.

use axum::http::{Method, StatusCode};
use sangam_core::Timestamp;
use serde_json::{Value, json};

use crate::conference::wikimeet;
use crate::support::{Browser, TestApp, TestDb};

fn at(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

const PASS: &str = "a long enough password";

/// Runs `body` on an app over SQLite and, when there is one, over PostgreSQL.
macro_rules! on_both {
    ($name:ident, $now:expr, $body:ident) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                $body(TestApp::at_on(TestDb::sqlite().await, at($now)).await).await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(tdb) = TestDb::postgres(concat!(stringify!($name), "::postgres")).await
                else {
                    return;
                };
                $body(TestApp::at_on(tdb, at($now)).await).await;
            }
        }
    };
}

async fn the_demo_round(app: TestApp) {
    let event = wikimeet(&app).await;
    let round = app
        .get(&format!("/api/events/{event}/scholarship"))
        .await
        .json();
    assert_eq!(
        (round["phase"].as_str(), round["open"].as_bool()),
        (Some("published"), Some(false))
    );
    // The demo applicant signs in and sees their decision, both reviewers' scores without
    // names, and the cut-off: the lowest mean among the awarded (DemoApplicantB's).
    let (name, pass) = sangam_app::demo::APPLICANT;
    let me = app.api_client(name, pass).await;
    let mine = app
        .get_as(&format!("/api/events/{event}/scholarship/application"), &me)
        .await
        .json();
    assert_eq!(mine["decision"], "full");
    assert_eq!(
        mine["history"],
        "I applied in 2019 and 2020 without a scholarship."
    );
    let scores = mine["scores"].as_array().unwrap();
    assert_eq!(scores.len(), 2);
    assert!(scores.iter().all(|s| s["reviewer"].is_null()));
    // B: (3·2+4)/3 and (4·2+3)/3, mean 3.5.
    assert!(
        (mine["cutoff"].as_f64().unwrap() - 3.5).abs() < 1e-9,
        "{mine}"
    );
    assert!(
        (mine["score"].as_f64().unwrap() - 4.5).abs() < 1e-9,
        "{mine}"
    );
    assert_eq!(mine["email"], Value::Null, "only organizers see addresses");
}

on_both!(
    the_demo_has_a_published_scholarship_round,
    "2026-12-03T09:00:00Z",
    the_demo_round
);

fn application(history: &str) -> Value {
    json!({
        "region": "Kyrgyzstan",
        "history": history,
        "contributions": "Articles on the Kyrgyz Wikipedia.",
        "motivation": "To meet the communities I work with online.",
        "need": "full",
    })
}

/// Sends `body` and returns (status, error code).
async fn put(app: &TestApp, path: &str, who: &Browser, body: Value) -> (StatusCode, String) {
    let res = app.send_json(Method::PUT, path, who, &body).await;
    let code = if res.status.is_success() {
        String::new()
    } else {
        res.error_code()
    };
    (res.status, code)
}

fn field_code(res: &crate::support::Res) -> String {
    res.json()["error"]["fields"][0]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn a_whole_round(mut app: TestApp) {
    let now = at("2026-12-03T09:00:00Z");
    let event = crate::support::hub_conference(
        app.db(),
        "Wikimania 2027",
        "Asia/Kolkata",
        ("2027-08-01", "2027-08-04"),
        now,
    )
    .await;
    for name in [
        "Batyrbek",
        "Bosogo",
        "Spammer",
        "Asha",
        "Priya",
        "Other",
        "HubOrganizer",
    ] {
        app.add_account(name, PASS, false).await;
    }
    app.add_account("Admin", PASS, true).await;
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let c = |n: &'static str| {
        let app = &app;
        async move { app.api_client(n, PASS).await }
    };
    let (batyrbek, bosogo, spammer, asha, priya, other, organizer, admin) = (
        c("Batyrbek").await,
        c("Bosogo").await,
        c("Spammer").await,
        c("Asha").await,
        c("Priya").await,
        c("Other").await,
        c("HubOrganizer").await,
        c("Admin").await,
    );
    let anonymous = Browser::default();
    let round = format!("/api/events/{event}/scholarship");
    let phase = format!("{round}/phase");
    let mine = format!("{round}/application");
    let table = format!("{round}/applications");

    // The round: organizers only; bad fields named.
    let call = json!({
        "opens": "2026-12-01T00:00:00Z",
        "closes": "2026-12-10T00:00:00Z",
        "criteria": [{"name": "Contributions", "weight": 2}, {"name": "Need", "weight": 1}],
        "score_max": 5,
    });
    assert_eq!(
        put(&app, &round, &other, call.clone()).await,
        (StatusCode::FORBIDDEN, "not_affiliate_admin".into())
    );
    let res = app
        .send_json(
            Method::PUT,
            &round,
            &organizer,
            &json!({"opens": "2026-12-10", "closes": "2026-12-01", "score_max": 101}),
        )
        .await;
    let codes: Vec<String> = res.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes, ["range_reversed", "too_large"]);
    assert_eq!(
        app.get(&round).await.status,
        StatusCode::NOT_FOUND,
        "nothing saved"
    );
    assert_eq!(
        put(&app, &round, &organizer, call.clone()).await.0,
        StatusCode::OK
    );
    let public = app.get(&round).await.json();
    assert_eq!(
        (public["phase"].as_str(), public["open"].as_bool()),
        (Some("open"), Some(true))
    );

    // Applications: signed in; every bad field named and nothing saved; one per person,
    // changed until the deadline.
    assert_eq!(
        put(&app, &mine, &anonymous, application("")).await.0,
        StatusCode::UNAUTHORIZED
    );
    let res = app
        .send_json(
            Method::PUT,
            &mine,
            &batyrbek,
            &json!({"region": "Kyrgyzstan", "need": "lots"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<(String, String)> = res.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().into(),
                f["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("contributions".to_string(), "required".to_string()),
            ("motivation".into(), "required".into()),
            ("need".into(), "invalid_choice".into()),
        ]
    );
    assert_eq!(
        app.get_as(&mine, &batyrbek).await.status,
        StatusCode::NOT_FOUND
    );
    // Seed 003: "I previously applied to Wikimania in 2019 and 2023".
    let res = app
        .send_json(
            Method::PUT,
            &mine,
            &batyrbek,
            &application("I applied in 2019."),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let theirs = res.json()["id"].as_i64().unwrap();
    let seed_003 = "I previously applied to Wikimania in 2019 and 2023.";
    let res = app
        .send_json(Method::PUT, &mine, &batyrbek, &application(seed_003))
        .await;
    assert_eq!(
        res.json()["id"].as_i64(),
        Some(theirs),
        "one application a person"
    );
    assert_eq!(res.json()["history"], seed_003);
    assert_eq!(res.json()["editable"], true);
    let mut ids = vec![theirs];
    for who in [&bosogo, &spammer, &priya] {
        let res = app
            .send_json(Method::PUT, &mine, who, &application(""))
            .await;
        ids.push(res.json()["id"].as_i64().unwrap());
    }
    let (bosogo_app, spam_app, priya_app) = (ids[1], ids[2], ids[3]);
    let one = |id: i64| format!("/api/scholarship-applications/{id}");

    // After the deadline: refused, the application as it was.
    app.set_clock(at("2026-12-10T00:00:01Z")).await;
    assert_eq!(
        put(&app, &mine, &batyrbek, application("Changed late.")).await,
        (StatusCode::CONFLICT, "scholarship_closed".into())
    );
    assert_eq!(
        app.get_as(&mine, &batyrbek).await.json()["history"],
        seed_003
    );
    assert_eq!(
        put(&app, &mine, &other, application("Late.")).await,
        (StatusCode::CONFLICT, "scholarship_closed".into())
    );
    assert_eq!(
        put(&app, &round, &organizer, call.clone()).await.0,
        StatusCode::OK,
        "still open: the organizers may move the dates"
    );

    // Privacy while nobody reviews yet: the applicant and the organizers only.
    assert_eq!(app.get(&one(theirs)).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(&table).await.status, StatusCode::UNAUTHORIZED);
    let res = app.get_as(&one(theirs), &bosogo).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "application_private".into())
    );
    assert_eq!(app.get_as(&table, &asha).await.error_code(), "not_reviewer");
    assert_eq!(
        app.get_as(&one(theirs), &organizer).await.json()["email"],
        "batyrbek@example.org"
    );
    assert_eq!(
        app.get_as(&one(theirs), &admin).await.json()["email"],
        "batyrbek@example.org",
        "the site admin organizes every conference"
    );
    assert_eq!(
        app.get_as(&one(theirs), &batyrbek).await.json()["email"],
        Value::Null
    );

    // Reviewers, and the phases one step at a time.
    let res = app
        .send_json(
            Method::PUT,
            &format!("{round}/reviewers"),
            &organizer,
            &json!({"usernames": ["Asha", "Priya"]}),
        )
        .await;
    assert_eq!(res.json(), json!(["Asha", "Priya"]));
    let res = app
        .send_json(
            Method::PUT,
            &phase,
            &organizer,
            &json!({"phase": "scoring"}),
        )
        .await;
    assert_eq!(field_code(&res), "phase_order");
    assert_eq!(
        put(&app, &phase, &asha, json!({"phase": "eligibility"}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        put(&app, &phase, &organizer, json!({"phase": "eligibility"}))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        put(&app, &round, &organizer, call.clone()).await,
        (StatusCode::CONFLICT, "round_under_way".into())
    );

    // Eligibility: reviewers flag, never their own; nobody scores yet.
    let flag = |id: i64| format!("{}/flag", one(id));
    let score = |id: i64| format!("{}/score", one(id));
    assert_eq!(
        put(&app, &flag(priya_app), &priya, json!({"flag": "spam"})).await,
        (StatusCode::FORBIDDEN, "own_application".into())
    );
    assert_eq!(
        put(&app, &flag(spam_app), &bosogo, json!({"flag": "spam"}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let res = app
        .send_json(
            Method::PUT,
            &flag(spam_app),
            &asha,
            &json!({"flag": "junk"}),
        )
        .await;
    assert_eq!(field_code(&res), "invalid_choice");
    let res = app
        .send_json(
            Method::PUT,
            &flag(spam_app),
            &asha,
            &json!({"flag": "spam", "note": "Copied text"}),
        )
        .await;
    assert_eq!(
        (
            res.json()["flag"].as_str(),
            res.json()["flag_note"].as_str()
        ),
        (Some("spam"), Some("Copied text"))
    );
    assert_eq!(
        put(&app, &score(theirs), &asha, json!({"scores": [5, 4]})).await,
        (StatusCode::CONFLICT, "wrong_phase".into())
    );
    assert_eq!(
        app.get_as(&one(spam_app), &spammer).await.json()["flag"],
        Value::Null,
        "flags are the reviewers'"
    );

    // Scoring: on the scale, one score per criterion; not one's own, not flagged ones.
    assert_eq!(
        put(&app, &phase, &organizer, json!({"phase": "scoring"}))
            .await
            .0,
        StatusCode::OK
    );
    let res = app
        .send_json(
            Method::PUT,
            &score(theirs),
            &asha,
            &json!({"scores": [6, 1]}),
        )
        .await;
    assert_eq!(field_code(&res), "score_out_of_scale");
    let res = app
        .send_json(Method::PUT, &score(theirs), &asha, &json!({"scores": [5]}))
        .await;
    assert_eq!(field_code(&res), "score_count");
    assert_eq!(
        put(&app, &score(spam_app), &asha, json!({"scores": [1, 1]})).await,
        (StatusCode::CONFLICT, "application_flagged".into())
    );
    assert_eq!(
        put(&app, &score(priya_app), &priya, json!({"scores": [5, 5]})).await,
        (StatusCode::FORBIDDEN, "own_application".into())
    );
    assert_eq!(
        put(&app, &score(theirs), &other, json!({"scores": [5, 5]})).await,
        (StatusCode::FORBIDDEN, "not_reviewer".into())
    );
    for (who, id, s) in [
        (&asha, theirs, [5, 4]),
        (&asha, bosogo_app, [3, 3]),
        (&asha, priya_app, [4, 4]),
        (&priya, theirs, [4, 5]),
        (&priya, bosogo_app, [2, 4]),
    ] {
        let body = json!({"scores": s, "comment": "Reviewer's note"});
        assert_eq!(put(&app, &score(id), who, body).await.0, StatusCode::OK);
    }
    // A reviewer sees the others' applications with only their own scores, no addresses,
    // no means; never their own application.
    let priya_sees = app.get_as(&table, &priya).await.json();
    let seen: Vec<i64> = priya_sees
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert!(
        !seen.contains(&priya_app) && seen.contains(&theirs),
        "{seen:?}"
    );
    for a in priya_sees.as_array().unwrap() {
        assert_eq!(a["email"], Value::Null);
        assert_eq!(a["score"], Value::Null);
        assert!(
            a["scores"]
                .as_array()
                .unwrap()
                .iter()
                .all(|s| s["reviewer"] == "Priya")
        );
    }
    // The organizers' table: the best first, with every score and the spread.
    let full = app.get_as(&table, &organizer).await.json();
    let order: Vec<i64> = full
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(&order[..3], [theirs, priya_app, bosogo_app]);
    assert!((full[0]["score"].as_f64().unwrap() - 4.5).abs() < 1e-9);
    assert!(full[0]["spread"].as_f64().unwrap() > 0.0);
    assert_eq!(full[0]["scores"].as_array().unwrap().len(), 2);
    // The applicant sees no scores before the decisions are published.
    let own = app.get_as(&mine, &batyrbek).await.json();
    assert_eq!(
        (own["scores"].as_array().unwrap().len(), &own["decision"]),
        (0, &Value::Null)
    );

    // Decisions: organizers only, at the decision; a flagged one only declined; all decided
    // before publishing.
    let decide = |id: i64| format!("{}/decision", one(id));
    assert_eq!(
        put(
            &app,
            &decide(theirs),
            &organizer,
            json!({"decision": "full"})
        )
        .await,
        (StatusCode::CONFLICT, "wrong_phase".into())
    );
    assert_eq!(
        put(&app, &phase, &organizer, json!({"phase": "decision"}))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        put(&app, &decide(theirs), &asha, json!({"decision": "full"}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let res = app
        .send_json(
            Method::PUT,
            &decide(theirs),
            &organizer,
            &json!({"decision": "maybe"}),
        )
        .await;
    assert_eq!(field_code(&res), "invalid_choice");
    assert_eq!(
        put(
            &app,
            &decide(spam_app),
            &organizer,
            json!({"decision": "full"})
        )
        .await,
        (StatusCode::CONFLICT, "application_flagged".into())
    );
    assert_eq!(
        put(
            &app,
            &decide(theirs),
            &organizer,
            json!({"decision": "full", "message": "Third time's a charm."})
        )
        .await
        .0,
        StatusCode::OK
    );
    assert_eq!(
        put(&app, &phase, &organizer, json!({"phase": "published"})).await,
        (StatusCode::CONFLICT, "applications_undecided".into())
    );
    for (id, d) in [(bosogo_app, "partial"), (priya_app, "waitlist")] {
        let body = json!({"decision": d});
        assert_eq!(
            put(&app, &decide(id), &organizer, body).await.0,
            StatusCode::OK
        );
    }
    let before = app.get_as(&mine, &batyrbek).await.json();
    assert_eq!(
        (&before["decision"], &before["cutoff"], &before["score"]),
        (&Value::Null, &Value::Null, &Value::Null),
        "not before publishing"
    );
    let res = app
        .send_json(
            Method::PUT,
            &phase,
            &organizer,
            &json!({"phase": "published"}),
        )
        .await;
    assert_eq!(
        res.json(),
        json!({"phase": "published", "mailed": 3}),
        "not the spammer"
    );

    // Published: each applicant sees their own decision, anonymous scores and the cut-off
    // (the lowest awarded mean: Bosogo's (3·2+3)/3 and (2·2+4)/3).
    let own = app.get_as(&mine, &batyrbek).await.json();
    assert_eq!(
        (own["decision"].as_str(), own["decision_note"].as_str()),
        (Some("full"), Some("Third time's a charm."))
    );
    assert_eq!(own["scores"].as_array().unwrap().len(), 2);
    assert!(
        own["scores"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["reviewer"].is_null() && s["comment"].is_null())
    );
    assert!((own["score"].as_f64().unwrap() - 4.5).abs() < 1e-9);
    let cut = (3.0 + 8.0 / 3.0) / 2.0;
    assert!(
        (own["cutoff"].as_f64().unwrap() - cut).abs() < 1e-9,
        "{own}"
    );
    assert_eq!(
        (own["spread"].clone(), own["flag"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(
        app.get_as(&one(spam_app), &spammer).await.json()["decision"],
        "declined"
    );
    assert_eq!(
        app.get_as(&one(theirs), &bosogo).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&one(theirs), &other).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        put(&app, &phase, &organizer, json!({"phase": "open"}))
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY,
        "published is final"
    );

    // The decision mail, to a real SMTP server on loopback.
    if !crate::reports::Sink::available("the scholarship mail") {
        return;
    }
    let (sent, sink, _dir) =
        crate::reports::deliver_due(app.db(), at("2026-12-11T00:00:00Z"), "smtp-scholarship").await;
    assert_eq!((sent.sent, sent.failed), (3, 0));
    let received = sink.received();
    let to_batyrbek = received
        .iter()
        .find(|m| m["to"][0] == "batyrbek@example.org")
        .expect("Batyrbek's mail");
    assert_eq!(
        to_batyrbek["subject"],
        "Wikimania 2027: scholarship — Full scholarship"
    );
    let text = to_batyrbek["text"].as_str().unwrap();
    assert!(
        text.contains("Third time's a charm.")
            && text.contains(&format!(
                "https://sangam.example.org/events/{event}/scholarship"
            )),
        "{text}"
    );
    let mut to: Vec<&str> = received
        .iter()
        .map(|m| m["to"][0].as_str().unwrap())
        .collect();
    to.sort();
    assert_eq!(
        to,
        [
            "batyrbek@example.org",
            "bosogo@example.org",
            "priya@example.org"
        ]
    );
}

on_both!(
    a_scholarship_round_from_the_call_to_published_decisions,
    "2026-12-03T09:00:00Z",
    a_whole_round
);

/// The pages: an applicant applies through the form (a refusal in their language keeps
/// what they typed; the page is right-to-left in Urdu), a reviewer scores and an organizer
/// decides on the application's page, the organizers' table shows addresses and the
/// reviewer's does not, and once published the applicant's page shows the cut-off.
#[tokio::test]
async fn the_pages_take_an_application_through_the_round() {
    let app = TestApp::at(at("2026-12-03T09:00:00Z")).await;
    let event = crate::support::hub_conference(
        app.db(),
        "Wikimania 2027",
        "Asia/Kolkata",
        ("2027-08-01", "2027-08-04"),
        at("2026-12-03T09:00:00Z"),
    )
    .await;
    for name in ["Batyrbek", "Asha", "HubOrganizer"] {
        app.add_account(name, PASS, false).await;
    }
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let organizer = app.api_client("HubOrganizer", PASS).await;
    let round = format!("/api/events/{event}/scholarship");
    let call = json!({
        "opens": "2026-12-01T00:00:00Z",
        "closes": "2026-12-10T00:00:00Z",
        "criteria": [{"name": "Contributions", "weight": 2}, {"name": "Need", "weight": 1}],
    });
    assert_eq!(put(&app, &round, &organizer, call).await.0, StatusCode::OK);
    let event_page = app.get(&format!("/events/{event}")).await.body;
    assert!(event_page.contains(&format!("href=\"/events/{event}/scholarship\"")));

    let page = format!("/events/{event}/scholarship");
    let anonymous = app.get(&page).await.body;
    assert!(anonymous.contains("Sign in to apply."), "{anonymous}");
    assert!(!anonymous.contains("id=\"scholarship-form\""));
    let batyrbek = app.sign_in("Batyrbek", PASS).await;
    let form = app
        .get_as(&format!("{page}?uselang=ur"), &batyrbek)
        .await
        .body;
    assert!(
        form.contains("dir=\"rtl\"") && form.contains("میری درخواست بھیجیں"),
        "{form}"
    );
    let typed = "I previously applied to Wikimania in 2019 and 2023.";
    let refused = app
        .post_form(
            &format!("{page}?uselang=ru"),
            &batyrbek,
            &[
                ("region", "Кыргызстан"),
                ("history", typed),
                ("need", "full"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(typed), "what was typed stays");
    assert!(refused.body.contains("lang=\"ru\""), "{}", refused.body);
    let mine = format!("{round}/application");
    assert_eq!(
        app.get_as(&mine, &batyrbek).await.status,
        StatusCode::NOT_FOUND
    );
    let sent = app
        .post_form(
            &page,
            &batyrbek,
            &[
                ("region", "Кыргызстан"),
                ("history", typed),
                ("contributions", "Articles on the Kyrgyz Wikipedia."),
                ("motivation", "To meet the communities."),
                ("need", "full"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id = app.get_as(&mine, &batyrbek).await.json()["id"]
        .as_i64()
        .unwrap();
    let own = app.get_as(&page, &batyrbek).await.body;
    assert!(own.contains("id=\"my-application\"") && own.contains("Кыргызстан"));

    // The organizers' table and pages: names the reviewers, moves the round on.
    let hub = app.sign_in("HubOrganizer", PASS).await;
    let review = format!("{page}/review");
    let table = app.get_as(&review, &hub).await.body;
    assert!(table.contains("batyrbek@example.org"), "{table}");
    let done = app
        .post_form(
            &format!("{page}/reviewers"),
            &hub,
            &[("reviewers", "Asha\n")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let skipped = app
        .post_form(&format!("{page}/phase"), &hub, &[("phase", "scoring")])
        .await;
    assert!(
        skipped
            .body
            .contains("The round moves one stage forward at a time."),
        "{}",
        skipped.body
    );
    for next in ["eligibility", "scoring"] {
        let res = app
            .post_form(&format!("{page}/phase"), &hub, &[("phase", next)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let closed = app.get_as(&page, &batyrbek).await.body;
    assert!(closed.contains("id=\"my-application\""), "{closed}");
    assert!(
        !closed.contains("id=\"scholarship-form\""),
        "no more changes"
    );

    // The reviewer: no addresses; scores on the application's page, on the scale.
    let asha = app.sign_in("Asha", PASS).await;
    let theirs = app.get_as(&review, &asha).await.body;
    assert!(
        theirs.contains(&format!("id=\"application-{id}\"")),
        "the reviewer's table lists it: {theirs}"
    );
    assert!(!theirs.contains("batyrbek@example.org"), "{theirs}");
    let app_page = format!("/scholarship-applications/{id}");
    let view = app.get_as(&app_page, &asha).await.body;
    assert!(view.contains("id=\"score-form\"") && !view.contains("applicant-email"));
    let res = app
        .post_form(
            &format!("{app_page}/score"),
            &asha,
            &[("score.0", "9"), ("score.1", "3")],
        )
        .await;
    assert!(res.body.contains("Scores run from 0 to 5."), "{}", res.body);
    let res = app
        .post_form(
            &format!("{app_page}/score"),
            &asha,
            &[("score.0", "4"), ("score.1", "3"), ("comment", "Strong.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let stranger = app.get_as(&app_page, &batyrbek).await.body;
    assert!(
        stranger.contains("Кыргызстан"),
        "the applicant sees their application"
    );
    assert!(
        !stranger.contains("Strong."),
        "no comments for the applicant"
    );

    // The organizer decides on the page and publishes; the applicant sees the cut-off.
    let res = app
        .post_form(&format!("{page}/phase"), &hub, &[("phase", "decision")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = app
        .post_form(
            &format!("{app_page}/decision"),
            &hub,
            &[("decision", "full"), ("message", "Welcome to Wikimania.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .post_form(&format!("{page}/phase"), &hub, &[("phase", "published")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let published = app.get_as(&page, &batyrbek).await.body;
    assert!(published.contains("id=\"my-decision\"") && published.contains("Full scholarship"));
    // (4·2+3)/3 = 3.67, the only award: the cut-off.
    assert!(
        published.contains("<span id=\"cutoff\">3.67</span>"),
        "{published}"
    );
    assert!(published.contains("Reviewer 1") && !published.contains("Asha"));
}
