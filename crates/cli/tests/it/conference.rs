//! A conference's programme over HTTP, on both databases: the demo's Wikimeet India 2021
//! with seed 002's proposal, the proposal lifecycle with every refusal, private fields role
//! by role, and interested attendees (clicked, and imported from the wiki page).

use axum::http::{Method, StatusCode};
use sangam_core::Timestamp;
use sangam_core::id::{EventId, ProposalId};
use serde_json::{Value, json};

use crate::support::{TestApp, TestDb};

fn at(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

/// The demo conference's event id.
pub(crate) async fn wikimeet(app: &TestApp) -> EventId {
    let hub = app
        .db()
        .affiliate(sangam_app::demo::HUB)
        .await
        .unwrap()
        .unwrap();
    app.db()
        .events_of(hub.id, Timestamp(i64::MIN / 2), Timestamp(i64::MAX / 2))
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.details.title == sangam_app::demo::WIKIMEET)
        .unwrap()
        .id
}

/// How many proposals the demo conference has: seed 002's and the made-up sessions.
const DEMO_PROPOSALS: usize = 1 + sangam_app::demo::DEMO_SESSIONS.len();

/// Withdraws the demo's made-up sessions, so that a test's programme and review table hold
/// seed 002's proposal and the test's own. Returns the seed's id.
async fn only_the_seed(app: &TestApp, event: EventId) -> ProposalId {
    let all = app.db().proposals_of(event).await.unwrap();
    for p in &all[1..] {
        app.db()
            .withdraw_proposal(p.id, Timestamp::now())
            .await
            .unwrap();
    }
    all[0].id
}

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

async fn seed_002_is_in_the_demo(app: TestApp) {
    let event = wikimeet(&app).await;
    let cfp = app.get(&format!("/api/events/{event}/cfp")).await.json();
    assert_eq!(cfp["open"], false, "the call of 2021 is long closed");
    assert_eq!(cfp["session_types"][0]["name"], "Workshop");
    let list = app
        .get(&format!("/api/events/{event}/proposals"))
        .await
        .json();
    assert_eq!(list.as_array().unwrap().len(), DEMO_PROPOSALS);
    let id = ProposalId(list[0]["id"].as_i64().unwrap());
    let p = app.get(&format!("/api/proposals/{id}")).await.json();
    assert_eq!(
        p["title"],
        "How can Movement Strategy best serve South Asia Wikimedia communities?"
    );
    assert_eq!(p["submitted_by"], "MPourzaki (WMF)");
    assert_eq!(p["submitted_at"], "2021-01-23T10:29:00Z");
    assert_eq!(
        p["language_note"],
        "Primarily in English with simultaneous interpretation in local languages"
    );
    assert_eq!(
        (p["session_type"].as_str(), p["minutes"].as_u64()),
        (Some("workshop"), Some(90))
    );
    assert_eq!(p["affiliation"], "The Wikimedia Foundation");
    let presenters: Vec<String> = p["presenters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            x["username"]
                .as_str()
                .or(x["guest"].as_str())
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        presenters,
        [
            "Community members, organizers from West Bengal Wikimedia and CIS A2K",
            "Anna Torres (WMAR)",
            "Hillun Vilayl Napis (WMID)",
            "Kayusyussuf",
            "THasan (WMF)",
            "MPourzaki (WMF)",
            "RMerkley (WMF)",
        ]
    );
    assert_eq!(
        p["interested"],
        json!([{"username": "Zblace", "signed_at": "2021-02-15T08:06:00Z", "imported": true}])
    );
}

on_both!(
    the_demo_has_wikimeet_india_2021_with_seed_002,
    "2026-12-03T09:00:00Z",
    seed_002_is_in_the_demo
);

fn proposal(presenters: Value) -> Value {
    json!({
        "presenters": presenters,
        "contact_email": "ravi@example.org",
        "affiliation": "Odia Wikimedians User Group",
        "title": "Wikisource in Odia: proofreading together",
        "lang": "or",
        "session_type": "workshop",
        "plan": "We proofread one book together, page by page.",
        "support": "",
        "benefit": "More proofread books in Odia.",
    })
}

async fn the_lifecycle(mut app: TestApp) {
    let event = wikimeet(&app).await;
    let pass = "a long enough password";
    for name in ["Ravi", "Priya", "Other", "HubOrganizer"] {
        app.add_account(name, pass, false).await;
    }
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let (admin, admin_pass) = sangam_app::demo::SITE_ADMIN;
    let proposals = format!("/api/events/{event}/proposals");
    let count = async |app: &TestApp| app.db().proposals_of(event).await.unwrap().len();

    // Anonymous: refused. A presenter without an account, or too long a session: refused,
    // every field named, nothing saved.
    let anonymous = app.visitor().await;
    let good =
        proposal(json!([{"username": "Ravi"}, {"username": "Priya"}, {"guest": "A. Guest"}]));
    let res = app
        .send_json(Method::POST, &proposals, &anonymous, &good)
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let ravi = app.api_client("Ravi", pass).await;
    let mut bad = proposal(json!([{"username": "Ravi"}, {"username": "Nobody Here"}]));
    let res = app.send_json(Method::POST, &proposals, &ravi, &bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        res.json()["error"]["fields"],
        json!([{"field": "presenters.1", "code": "presenter_unknown", "message": "No account has this username; name them as a guest instead."}])
    );
    bad["minutes"] = json!("600");
    bad["lang"] = json!("fr");
    let res = app.send_json(Method::POST, &proposals, &ravi, &bad).await;
    let body = res.json();
    let codes: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["language_not_offered", "session_minutes_range"]);
    assert_eq!(count(&app).await, DEMO_PROPOSALS, "nothing saved");

    let res = app.send_json(Method::POST, &proposals, &ravi, &good).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let mine = res.json();
    let id = ProposalId(mine["id"].as_i64().unwrap());
    assert_eq!(
        (mine["minutes"].as_u64(), mine["own"].as_bool()),
        (Some(90), Some(true))
    );
    assert_eq!(mine["contact_email"], "ravi@example.org");

    // The contact email and the answers, role by role.
    let priya = app.api_client("Priya", pass).await;
    let other = app.api_client("Other", pass).await;
    let organizer = app.api_client("HubOrganizer", pass).await;
    let site_admin = app.api_client(admin, admin_pass).await;
    let path = format!("/api/proposals/{id}");
    for (who, client, sees) in [
        ("anonymous", &anonymous, false),
        ("another member", &other, false),
        ("the proposer", &ravi, true),
        ("a presenter", &priya, true),
        ("an organizer", &organizer, true),
        ("a site admin", &site_admin, true),
    ] {
        let p = app
            .send_json(Method::GET, &path, client, &json!({}))
            .await
            .json();
        assert_eq!(
            p["title"], "Wikisource in Odia: proofreading together",
            "{who}"
        );
        assert_eq!(p["contact_email"].is_string(), sees, "{who}: {p}");
        assert_eq!(p["answers"].is_array(), sees, "{who}");
        let listed = app
            .send_json(Method::GET, &proposals, client, &json!({}))
            .await
            .json();
        let in_list = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id.get())
            .unwrap()
            .clone();
        assert_eq!(
            in_list["contact_email"].is_string(),
            sees,
            "{who} in the list"
        );
    }

    // Changes: a presenter may, another member may not.
    let mut changed = good.clone();
    changed["title"] = json!("Wikisource in Odia: proofreading a book together");
    let res = app.send_json(Method::PUT, &path, &other, &changed).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "not_proposer".into())
    );
    let res = app.send_json(Method::PUT, &path, &priya, &changed).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        res.json()["title"],
        "Wikisource in Odia: proofreading a book together"
    );

    // Interest: one click, once; and removed.
    let interest = format!("{path}/interest");
    for _ in 0..2 {
        let res = app
            .send_json(Method::PUT, &interest, &other, &json!({"interested": true}))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let p = app.get(&path).await.json();
    assert_eq!(
        (
            p["interest"].as_i64(),
            p["interested"][0]["username"].as_str()
        ),
        (Some(1), Some("Other"))
    );
    assert_eq!(p["interested"][0]["imported"], false);
    let res = app
        .send_json(
            Method::PUT,
            &interest,
            &other,
            &json!({"interested": false}),
        )
        .await;
    assert_eq!(res.json()["interest"], 0);

    // The wiki page's signatures: organizers only; a line that cannot be read refuses all.
    let import = format!("{path}/interest/import");
    let signatures = "# [[User:Zblace|Zblace]] ([[User talk:Zblace|talk]]) 08:06, 15 February 2021 (UTC)\n# Kayusyussuf (talk) 09:10, 16 February 2021 (UTC)";
    let res = app
        .send_json(Method::POST, &import, &other, &json!({"text": signatures}))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let unreadable = format!("{signatures}\n# Somebody (talk) 31 February 2021");
    let res = app
        .send_json(
            Method::POST,
            &import,
            &organizer,
            &json!({"text": unreadable}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        app.db().interest(id).await.unwrap().len(),
        0,
        "nothing imported"
    );
    let res = app
        .send_json(
            Method::POST,
            &import,
            &organizer,
            &json!({"text": signatures}),
        )
        .await;
    assert_eq!(res.json(), json!({"added": 2, "read": 2}));
    let listed: Vec<(String, String)> = app.get(&path).await.json()["interested"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["username"].as_str().unwrap().to_string(),
                i["signed_at"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("Zblace".to_string(), "2021-02-15T08:06:00Z".to_string()),
            ("Kayusyussuf".into(), "2021-02-16T09:10:00Z".into()),
        ]
    );

    // The call: organizers set it, with every refusal named.
    let cfp = format!("/api/events/{event}/cfp");
    let reversed = json!({"opens": "2021-02-01", "closes": "2021-01-01", "session_types": [{"key": "talk", "name": "Talk", "minutes": 30}]});
    let res = app.send_json(Method::PUT, &cfp, &other, &reversed).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .send_json(Method::PUT, &cfp, &organizer, &reversed)
        .await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "range_reversed");

    // After the deadline: no new proposal, no change; withdrawing still works, and the
    // withdrawn proposal leaves the public list but not the organizers'.
    app.set_clock(at("2021-02-01T00:00:00Z")).await;
    let ravi = app.api_client("Ravi", pass).await;
    let organizer = app.api_client("HubOrganizer", pass).await;
    let res = app.send_json(Method::POST, &proposals, &ravi, &good).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "cfp_closed".into())
    );
    assert_eq!(
        res.json()["error"]["message"],
        "The call for proposals has closed."
    );
    let res = app.send_json(Method::PUT, &path, &ravi, &good).await;
    assert_eq!(res.error_code(), "cfp_closed");
    assert_eq!(count(&app).await, DEMO_PROPOSALS + 1);
    let res = app
        .send_json(
            Method::POST,
            &format!("{path}/withdrawal"),
            &ravi,
            &json!({}),
        )
        .await;
    assert_eq!(res.json()["status"], "withdrawn", "{}", res.body);
    let res = app
        .send_json(
            Method::POST,
            &format!("{path}/withdrawal"),
            &ravi,
            &json!({}),
        )
        .await;
    assert_eq!(res.error_code(), "proposal_not_editable");
    let public = app.get(&proposals).await.json();
    assert_eq!(public.as_array().unwrap().len(), DEMO_PROPOSALS);
    let theirs = app
        .send_json(Method::GET, &proposals, &organizer, &json!({}))
        .await
        .json();
    assert_eq!(theirs.as_array().unwrap().len(), DEMO_PROPOSALS + 1);
    let res = app
        .send_json(Method::PUT, &interest, &ravi, &json!({"interested": true}))
        .await;
    assert_eq!(res.error_code(), "proposal_withdrawn");
}

on_both!(
    a_proposal_is_sent_changed_and_withdrawn_and_its_email_stays_private,
    "2021-01-20T00:00:00Z",
    the_lifecycle
);

/// The pages: the call and its proposals, the form's refusals in the reader's language with
/// nothing saved, the private email on the page only for the proposal's people, and the
/// one-click interest.
#[tokio::test]
async fn the_proposal_form_refuses_in_the_readers_language_and_the_page_keeps_the_email_private() {
    let app = TestApp::at(at("2021-01-20T00:00:00Z")).await;
    let event = wikimeet(&app).await;
    let pass = "a long enough password";
    app.add_account("Ravi", pass, false).await;
    app.add_account("Other", pass, false).await;
    // The demo's programme: the seed's session on the first morning, by day and room, in
    // the conference's zone or the reader's.
    let by_day = app.get(&format!("/events/{event}/programme")).await.body;
    let ist = jiff::tz::TimeZone::get("Asia/Kolkata").unwrap();
    let ten = at("2021-02-19T04:30:00Z");
    let en = sangam_i18n::Lang::EN;
    assert!(
        by_day.contains(&sangam_i18n::format::datetime_in(en, ten, &ist)),
        "{by_day}"
    );
    assert!(by_day.contains("<bdi>Main hall</bdi>"));
    let in_utc = app
        .get(&format!("/events/{event}/programme?tz=UTC"))
        .await
        .body;
    assert!(in_utc.contains(&sangam_i18n::format::datetime_in(
        en,
        ten,
        &jiff::tz::TimeZone::UTC
    )));
    let bn = sangam_i18n::Lang::from_code("bn").unwrap();
    let in_bengali = app
        .get(&format!("/events/{event}/programme?uselang=bn"))
        .await
        .body;
    let when = sangam_i18n::format::datetime_in(bn, ten, &ist);
    assert!(when.contains('১'), "Bengali digits: {when}");
    assert!(in_bengali.contains(&when));
    let seed = app.db().proposals_of(event).await.unwrap()[0].id;
    let seed_page = app.get(&format!("/proposals/{seed}")).await.body;
    assert!(seed_page.contains("id=\"placed\""), "{seed_page}");
    let ics = app.get(&format!("/proposals/{seed}/session.ics")).await;
    assert!(
        ics.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    assert!(
        ics.body.contains("DTSTART:20210219T043000Z"),
        "{}",
        ics.body
    );
    let programme = app.get(&format!("/events/{event}/proposals")).await;
    assert_eq!(programme.status, StatusCode::OK);
    assert!(
        programme
            .body
            .contains("How can Movement Strategy best serve South Asia Wikimedia communities?")
    );
    assert!(
        programme.body.contains("Workshop (90 minutes)"),
        "{}",
        programme.body
    );
    let ravi = app.sign_in("Ravi", pass).await;
    let form = app
        .get_as(&format!("/events/{event}/proposals/new"), &ravi)
        .await;
    assert!(form.body.contains("name=\"plan\""));
    let new = format!("/events/{event}/proposals/new?uselang=ru");
    let mut fields = vec![
        ("presenters", "Ravi\nNobody Here"),
        ("title", "Wikisource in Odia"),
        ("lang", "or"),
        ("session_type", "workshop"),
        ("plan", "We proofread together."),
        ("benefit", "More books."),
        ("contact_email", "ravi@example.org"),
    ];
    let refused = app.post_form(&new, &ravi, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Учётной записи с таким именем нет; укажите человека как гостя."),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("Wikisource in Odia"),
        "what was typed stays"
    );
    assert_eq!(
        app.db().proposals_of(event).await.unwrap().len(),
        DEMO_PROPOSALS
    );
    fields[0] = ("presenters", "Ravi");
    let sent = app
        .post_form(&format!("/events/{event}/proposals/new"), &ravi, &fields)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = sent.header("location").unwrap().to_string();
    assert!(
        app.get_as(&page, &ravi)
            .await
            .body
            .contains("ravi@example.org")
    );
    let public = app.get(&page).await.body;
    assert!(public.contains("Wikisource in Odia"), "{public}");
    assert!(!public.contains("ravi@example.org"));
    let other = app.sign_in("Other", pass).await;
    assert!(
        !app.get_as(&page, &other)
            .await
            .body
            .contains("ravi@example.org")
    );
    let res = app
        .post_form(
            &format!("{page}/interest"),
            &other,
            &[("interested", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let shown = app.get(&page).await.body;
    assert!(
        shown.contains("<ol class=\"interested\"><li><bdi>Other</bdi>"),
        "{shown}"
    );
    let res = app
        .post_form(&format!("{page}/edit"), &other, &fields)
        .await;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "only the proposal's people"
    );
}

async fn the_review(app: TestApp) {
    let event = wikimeet(&app).await;
    let pass = "a long enough password";
    for name in ["Ravi", "Priya", "Asha", "Other", "HubOrganizer"] {
        app.add_account(name, pass, false).await;
    }
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let seed = only_the_seed(&app, event).await;
    let ravi = app.api_client("Ravi", pass).await;
    let res = app
        .send_json(
            Method::POST,
            &format!("/api/events/{event}/proposals"),
            &ravi,
            &proposal(json!([{"username": "Ravi"}, {"username": "Priya"}])),
        )
        .await;
    let mine = ProposalId(res.json()["id"].as_i64().unwrap());
    let organizer = app.api_client("HubOrganizer", pass).await;
    let priya = app.api_client("Priya", pass).await;
    let asha = app.api_client("Asha", pass).await;
    let other = app.api_client("Other", pass).await;

    // Reviewers: the organizers name them; Priya presents Ravi's proposal.
    let reviewers = format!("/api/events/{event}/reviewers");
    let res = app
        .send_json(
            Method::PUT,
            &reviewers,
            &other,
            &json!({"usernames": ["Other"]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .send_json(
            Method::PUT,
            &reviewers,
            &organizer,
            &json!({"usernames": ["Priya", "Asha", "Nobody Here"]}),
        )
        .await;
    assert_eq!(
        res.json()["error"]["fields"][0]["code"],
        "presenter_unknown"
    );
    let res = app
        .send_json(
            Method::PUT,
            &reviewers,
            &organizer,
            &json!({"usernames": ["Priya", "Asha"]}),
        )
        .await;
    assert_eq!(res.json(), json!(["Asha", "Priya"]));

    // Reviews: on the scale, one score per criterion; never one's own proposal.
    let review = |p: ProposalId| format!("/api/proposals/{p}/review");
    let res = app
        .send_json(
            Method::PUT,
            &review(seed),
            &other,
            &json!({"scores": [3, 3]}),
        )
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "not_reviewer".into())
    );
    let res = app
        .send_json(
            Method::PUT,
            &review(mine),
            &priya,
            &json!({"scores": [5, 5]}),
        )
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "own_proposal".into())
    );
    let res = app
        .send_json(
            Method::PUT,
            &review(seed),
            &asha,
            &json!({"scores": [9, 2]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.json()["error"]["fields"][0],
        json!({"field": "scores.0", "code": "score_out_of_scale", "message": "Scores run from 0 to 5."})
    );
    assert!(
        app.db().reviews(event, None).await.unwrap().is_empty(),
        "nothing saved"
    );
    for (who, p, scores) in [
        (&asha, seed, json!([5, 2])),
        (&priya, seed, json!([2, 2])),
        (&asha, mine, json!([3, 3])),
    ] {
        let res = app
            .send_json(
                Method::PUT,
                &review(p),
                who,
                &json!({"scores": scores, "comment": "Read."}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    // The seed: Asha (2·5 + 2) / 3 = 4, Priya 2: mean 3, spread 1. Ravi's: 3, spread 0; the
    // seed has more interest (Zblace), so it comes first.
    let table = format!("/api/events/{event}/reviews");
    let t = app
        .send_json(Method::GET, &table, &organizer, &json!({}))
        .await
        .json();
    let rows: Vec<(i64, f64, f64, usize)> = t
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_i64().unwrap(),
                r["score"].as_f64().unwrap(),
                r["spread"].as_f64().unwrap(),
                r["reviews"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(rows, [(seed.get(), 3.0, 1.0, 2), (mine.get(), 3.0, 0.0, 1)]);
    // The site admin organizes every conference: the same table.
    app.add_account("Admin", pass, true).await;
    let admin = app.api_client("Admin", pass).await;
    let as_admin = app.send_json(Method::GET, &table, &admin, &json!({})).await;
    assert_eq!(
        as_admin.json(),
        t,
        "the site admin sees what the organizers see"
    );
    // Scores, role by role: a reviewer sees only their own reviews and no totals, and not
    // the proposal they present; the proposer, others and the anonymous see none.
    let t = app
        .send_json(Method::GET, &table, &priya, &json!({}))
        .await
        .json();
    let lines = t.as_array().unwrap();
    assert_eq!(lines.len(), 1, "not Ravi's, which Priya presents");
    assert_eq!(lines[0]["reviews"].as_array().unwrap().len(), 1);
    assert_eq!(lines[0]["reviews"][0]["reviewer"], "Priya");
    assert!(lines[0]["score"].is_null());
    for (who, client) in [("the proposer", &ravi), ("another member", &other)] {
        let res = app.send_json(Method::GET, &table, client, &json!({})).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}");
    }
    let anonymous = app.get(&table).await;
    assert!(
        anonymous.status == StatusCode::FORBIDDEN,
        "{}",
        anonymous.status
    );
    let p = app.get(&format!("/api/proposals/{mine}")).await.body;
    assert!(p.contains("Wikisource in Odia"), "{p}");
    assert!(!p.contains("Read."), "no review on the public proposal");

    // The decision, mailed to the presenters by real SMTP.
    let decision = format!("/api/proposals/{mine}/decision");
    let res = app
        .send_json(
            Method::PUT,
            &decision,
            &priya,
            &json!({"decision": "accepted"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .send_json(
            Method::PUT,
            &decision,
            &organizer,
            &json!({"decision": "maybe"}),
        )
        .await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "invalid_choice");
    let res = app
        .send_json(
            Method::PUT,
            &decision,
            &organizer,
            &json!({"decision": "accepted", "message": "See you in the Wikisource room."}),
        )
        .await;
    assert_eq!(res.json(), json!({"status": "accepted", "mailed": 2}));
    assert_eq!(
        app.get(&format!("/api/proposals/{mine}")).await.json()["status"],
        "accepted"
    );
    if !crate::reports::Sink::available("the decision mail") {
        return;
    }
    let (sent, sink, _dir) =
        crate::reports::deliver_due(app.db(), at("2021-01-20T01:00:00Z"), "smtp-decision").await;
    assert_eq!((sent.sent, sent.failed), (2, 0));
    let mut to: Vec<String> = sink
        .received()
        .iter()
        .map(|m| m["to"][0].as_str().unwrap().to_string())
        .collect();
    to.sort();
    // Ravi sent it: to the contact address the proposal gives; Priya at her account's.
    assert_eq!(to, ["priya@example.org", "ravi@example.org"]);
    let mail = &sink.received()[0];
    assert_eq!(
        mail["subject"],
        "Wikisource in Odia: proofreading together: Accepted"
    );
    let text = mail["text"].as_str().unwrap();
    assert!(
        text.contains("See you in the Wikisource room.")
            && text.contains(&format!("https://sangam.example.org/proposals/{mine}")),
        "{text}"
    );
}

on_both!(
    reviewers_score_others_proposals_and_the_decision_is_mailed,
    "2021-01-20T00:00:00Z",
    the_review
);

/// Runs a Python script on `input` and returns what it printed as JSON.
fn python(script: &str, input: &str) -> Value {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python failed on:\n{input}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The rules of the c3voc schedule.xml schema (validator/xsd/schedule.xml.xsd), checked
/// with Python's own XML parser: required elements, their formats, unique ids.
const FRAB_CHECK: &str = r#"
import json, re, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.read().encode())
problems = []
assert root.tag == "schedule"
conf = root.find("conference")
for tag in ["title", "acronym"]:
    if conf.find(tag) is None: problems.append("conference/" + tag)
events, ids, guids, slugs = [], set(), set(), set()
for day in root.findall("day"):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.get("date", "")): problems.append("day@date")
    for room in day.findall("room"):
        for ev in room.findall("event"):
            if not ev.get("id", "").isdigit() or int(ev.get("id")) < 1: problems.append("event@id")
            for tag in ["room", "title", "type", "date", "start", "duration", "abstract", "slug", "subtitle", "track"]:
                if ev.find(tag) is None: problems.append("event/" + tag)
            if not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", ev.findtext("start", "")): problems.append("start")
            if not re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", ev.findtext("duration", "")): problems.append("duration")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}", ev.findtext("date", "")): problems.append("date")
            for seen, value in [(ids, ev.get("id")), (guids, ev.get("guid")), (slugs, ev.findtext("slug"))]:
                if value in seen: problems.append("unique")
                seen.add(value)
            events.append({"day": day.get("date"), "room": room.get("name"), "title": ev.findtext("title"),
                           "date": ev.findtext("date"), "duration": ev.findtext("duration"),
                           "persons": [p.text for p in ev.find("persons")]})
print(json.dumps({"problems": problems, "events": events}))
"#;

const ICS_CHECK: &str = r#"
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(sys.stdin.read())
print(json.dumps([{"summary": str(e.get("summary")), "start": e.decoded("dtstart").isoformat(),
                   "end": e.decoded("dtend").isoformat(), "location": str(e.get("location"))}
                  for e in cal.walk("VEVENT")]))
"#;

async fn the_schedule(app: TestApp) {
    let event = wikimeet(&app).await;
    let pass = "a long enough password";
    for name in ["Ravi", "Priya", "HubOrganizer"] {
        app.add_account(name, pass, false).await;
    }
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let seed = only_the_seed(&app, event).await;
    let ravi = app.api_client("Ravi", pass).await;
    let priya = app.api_client("Priya", pass).await;
    let organizer = app.api_client("HubOrganizer", pass).await;
    let proposals = format!("/api/events/{event}/proposals");
    let send =
        async |who: &crate::support::Browser, presenters: Value, title: &str, minutes: &str| {
            let mut body = proposal(presenters);
            body["title"] = json!(title);
            body["minutes"] = json!(minutes);
            let res = app.send_json(Method::POST, &proposals, who, &body).await;
            assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
            ProposalId(res.json()["id"].as_i64().unwrap())
        };
    let odia = send(
        &ravi,
        json!([{"username": "Ravi"}, {"username": "Priya"}]),
        "Odia Wikisource",
        "60",
    )
    .await;
    let solo = send(
        &priya,
        json!([{"username": "Priya"}]),
        "Priya's lightning talk",
        "10",
    )
    .await;
    let long = send(&priya, json!([{"guest": "A guest"}]), "A long walk", "240").await;
    let pending = send(
        &priya,
        json!([{"guest": "Another guest"}]),
        "Not decided",
        "30",
    )
    .await;
    for id in [seed, odia, solo, long] {
        let res = app
            .send_json(
                Method::PUT,
                &format!("/api/proposals/{id}/decision"),
                &organizer,
                &json!({"decision": "accepted"}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    // Rooms and slots in Kolkata time.
    let room = |name: &'static str| {
        let app = &app;
        let organizer = &organizer;
        async move {
            let res = app
                .send_json(
                    Method::POST,
                    &format!("/api/events/{event}/rooms"),
                    organizer,
                    &json!({"name": name}),
                )
                .await;
            res.json()
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["name"] == name)
                .unwrap()["id"]
                .as_i64()
                .unwrap()
        }
    };
    let hall = room("Hall A").await;
    let studio = room("Studio").await;
    let slots = format!("/api/events/{event}/slots");
    let res = app
        .send_json(
            Method::PUT,
            &slots,
            &organizer,
            &json!({"slots": [{"start": "2021-02-19T10:00", "end": "2021-02-19T09:00"}]}),
        )
        .await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "range_reversed");
    let res = app
        .send_json(
            Method::PUT,
            &slots,
            &organizer,
            &json!({"slots": [
                {"start": "2021-02-19T10:00", "end": "2021-02-19T12:00"},
                {"start": "2021-02-20T14:00", "end": "2021-02-20T15:30"},
            ]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    let place = async |id: ProposalId, room: i64, start: &str| {
        app.send_json(
            Method::PUT,
            &format!("/api/proposals/{id}/placement"),
            &organizer,
            &json!({"room": room, "start": start}),
        )
        .await
    };
    let res = place(seed, hall, "2021-02-19T10:00").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.json()["start"], "2021-02-19T10:00:00+05:30");
    assert_eq!(res.json()["end"], "2021-02-19T11:30:00+05:30");
    // The same room at 11:00: taken. Ravi's session in the studio at 10:00: fine.
    let res = place(odia, hall, "2021-02-19T11:00").await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "room_taken".into())
    );
    assert_eq!(
        res.json()["error"]["message"],
        "Another session is in this room at that time."
    );
    let res = place(odia, studio, "2021-02-19T10:00").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Priya presents Ravi's session from 10:00 to 11:00: not in the hall at 10:30.
    let res = place(solo, hall, "2021-02-19T11:30").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = place(solo, hall, "2021-02-19T10:30").await;
    assert_eq!(res.error_code(), "room_taken");
    let res = place(solo, hall, "2021-02-19T11:30").await;
    assert_eq!(res.status, StatusCode::OK, "moving to its own place");
    let res = place(long, studio, "2021-02-20T14:00").await;
    assert_eq!(
        (
            res.status,
            res.json()["error"]["fields"][0]["code"]
                .as_str()
                .map(String::from)
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("session_longer_than_slots".into())
        )
    );
    let res = place(pending, studio, "2021-02-20T14:00").await;
    assert_eq!(res.error_code(), "proposal_not_accepted");
    let res = app
        .send_json(
            Method::PUT,
            &format!("/api/proposals/{odia}/placement"),
            &priya,
            &json!({"room": hall, "start": "2021-02-20T14:00"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Priya's own talk in the studio while she presents in it? Move Ravi's session so
    // that it overlaps her talk in another room: refused.
    let res = place(odia, studio, "2021-02-19T11:00").await;
    assert_eq!(res.error_code(), "presenter_busy");

    // The exports, read by independent parsers.
    let json = app
        .get(&format!("/api/events/{event}/schedule.json"))
        .await
        .json();
    let titles: Vec<&str> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "How can Movement Strategy best serve South Asia Wikimedia communities?",
            "Odia Wikisource",
            "Priya's lightning talk"
        ]
    );
    assert_eq!(json["time_zone"], "Asia/Kolkata");
    let xml = app.get(&format!("/api/events/{event}/schedule.xml")).await;
    assert!(
        xml.header("content-type")
            .unwrap()
            .starts_with("application/xml")
    );
    let checked = python(FRAB_CHECK, &xml.body);
    assert_eq!(checked["problems"], json!([]), "{}", xml.body);
    let events = checked["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["day"], "2021-02-19");
    assert_eq!(events[0]["room"], "Hall A");
    assert_eq!(events[0]["date"], "2021-02-19T10:00:00+05:30");
    assert_eq!(events[0]["duration"], "01:30");
    assert_eq!(
        events[0]["persons"][0],
        "Community members, organizers from West Bengal Wikimedia and CIS A2K"
    );
    let ics = app
        .get(&format!("/api/events/{event}/schedule.ics"))
        .await
        .body;
    let parsed = python(ICS_CHECK, &ics);
    assert_eq!(parsed.as_array().unwrap().len(), 3);
    assert_eq!(parsed[0]["start"], "2021-02-19T04:30:00+00:00");
    assert_eq!(parsed[0]["end"], "2021-02-19T06:00:00+00:00");
    assert_eq!(parsed[0]["location"], "Hall A");
}

on_both!(
    sessions_are_scheduled_without_clashes_and_the_exports_parse,
    "2021-01-20T00:00:00Z",
    the_schedule
);

/// The organizers' pages, end to end on a new conference: the call set through its form
/// (a refusal keeps what was typed), reviewers named on the review table, a reviewer's
/// scores on the proposal's page (out of the scale refused), the decision, rooms and time
/// slots (overlapping slots refused), and the session placed (outside the slots refused); the
/// scholarship round set through its form.
#[tokio::test]
async fn organizers_run_the_programme_from_their_pages() {
    let app = TestApp::at(at("2026-12-03T09:00:00Z")).await;
    let pass = "a long enough password";
    for name in ["HubOrganizer", "Ravi", "Asha"] {
        app.add_account(name, pass, false).await;
    }
    app.make_admin(sangam_app::demo::HUB, "HubOrganizer").await;
    let event = crate::support::hub_conference(
        app.db(),
        "Wikimeet India 2027",
        "Asia/Kolkata",
        ("2027-02-19", "2027-02-21"),
        at("2026-12-03T09:00:00Z"),
    )
    .await;
    let organizer = app.sign_in("HubOrganizer", pass).await;
    let ravi = app.sign_in("Ravi", pass).await;
    let event_page = app
        .get_as(&format!("/events/{event}"), &organizer)
        .await
        .body;
    assert!(event_page.contains("id=\"edit-call\"") && event_page.contains("id=\"edit-round\""));
    assert_eq!(
        app.get_as(&format!("/events/{event}/cfp/edit"), &ravi)
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // The call, through its form.
    let call = format!("/events/{event}/cfp/edit");
    let form = app.get_as(&call, &organizer).await;
    assert!(
        form.body.contains("workshop | Workshop | 90"),
        "defaults offered"
    );
    let mut fields = vec![
        ("opens", "2026-12-10"),
        ("closes", "2026-12-01"),
        (
            "session_types",
            "workshop | Workshop | 90\ntalk | Talk | 20",
        ),
        ("tracks", "Wikisource\nWikidata"),
        ("languages", "en hi or"),
        ("interpretation", "on"),
        ("questions", "Have you run this before? *"),
        ("criteria", "Relevance | 2\nClarity | 1"),
        ("score_max", "5"),
    ];
    let refused = app.post_form(&call, &organizer, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Have you run this before? *"), "kept");
    assert!(
        app.db().cfp(event).await.unwrap().is_none(),
        "nothing saved"
    );
    fields[0] = ("opens", "2026-12-01");
    fields[1] = ("closes", "2026-12-31");
    let saved = app.post_form(&call, &organizer, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let cfp = app.db().cfp(event).await.unwrap().unwrap();
    assert_eq!(
        (
            cfp.session_types.len(),
            cfp.tracks.len(),
            cfp.languages.len(),
            cfp.interpretation,
            cfp.questions[0].required,
            cfp.criteria[0].weight,
        ),
        (2, 2, 3, true, true, 2.0)
    );

    // A proposal, then the review table: the organizers name the reviewers there.
    let mut body = proposal(json!([{"username": "Ravi"}]));
    body["answers"] = json!(["Twice."]);
    let ravi_api = app.api_client("Ravi", pass).await;
    let res = app
        .send_json(
            Method::POST,
            &format!("/api/events/{event}/proposals"),
            &ravi_api,
            &body,
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = ProposalId(res.json()["id"].as_i64().unwrap());
    let listing = app
        .get_as(&format!("/events/{event}/proposals"), &organizer)
        .await
        .body;
    assert!(listing.contains("id=\"review-link\"") && listing.contains("id=\"schedule-link\""));
    let reviewers = format!("/events/{event}/reviewers");
    let refused = app
        .post_form(
            &reviewers,
            &organizer,
            &[("reviewers", "Asha\nNobody Here")],
        )
        .await;
    assert!(
        refused
            .body
            .contains("No account has this username; name them as a guest instead."),
        "{}",
        refused.body
    );
    let done = app
        .post_form(&reviewers, &organizer, &[("reviewers", "Asha")])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    // The reviewer scores on the proposal's page.
    let asha = app.sign_in("Asha", pass).await;
    let page = format!("/proposals/{id}");
    assert!(
        app.get_as(&page, &asha)
            .await
            .body
            .contains("id=\"review-form\"")
    );
    assert!(
        !app.get_as(&page, &ravi)
            .await
            .body
            .contains("id=\"review-form\"")
    );
    let res = app
        .post_form(
            &format!("{page}/review"),
            &asha,
            &[("score.0", "7"), ("score.1", "4")],
        )
        .await;
    assert!(res.body.contains("Scores run from 0 to 5."), "{}", res.body);
    let res = app
        .post_form(
            &format!("{page}/review"),
            &asha,
            &[
                ("score.0", "5"),
                ("score.1", "4"),
                ("comment", "Clear plan."),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let table = app
        .get_as(&format!("/events/{event}/reviews"), &organizer)
        .await
        .body;
    // (5·2+4)/3 = 4.67.
    assert!(
        table.contains("Asha</bdi>: 4.67") && table.contains("Clear plan."),
        "{table}"
    );

    // The decision, then rooms and slots, then the placement.
    let res = app
        .post_form(
            &format!("{page}/decision"),
            &organizer,
            &[("decision", "accepted"), ("message", "Welcome.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        app.db().proposal(id).await.unwrap().unwrap().status,
        sangam_core::conference::ProposalStatus::Accepted
    );
    let schedule = format!("/events/{event}/schedule/edit");
    for room in ["Hall A", "Hall B"] {
        let res = app
            .post_form(
                &format!("/events/{event}/rooms"),
                &organizer,
                &[("name", room)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }
    let overlapping = "2027-02-19T10:00 – 2027-02-19T13:00\n2027-02-19T12:00 – 2027-02-19T14:00";
    let res = app
        .post_form(
            &format!("/events/{event}/slots"),
            &organizer,
            &[("slots", overlapping)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("2027-02-19T12:00 – 2027-02-19T14:00"),
        "kept"
    );
    let res = app
        .post_form(
            &format!("/events/{event}/slots"),
            &organizer,
            &[("slots", "2027-02-19T10:00 – 2027-02-19T13:00")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let edit = app.get_as(&schedule, &organizer).await.body;
    assert!(
        edit.contains("Hall B") && edit.contains("not in the programme yet"),
        "{edit}"
    );
    let rooms = app.db().rooms(event).await.unwrap();
    let hall_a = rooms[0].0.to_string();
    let res = app
        .post_form(
            &format!("{page}/placement"),
            &organizer,
            &[("room", hall_a.as_str()), ("start", "2027-02-19T12:00")],
        )
        .await;
    assert!(
        res.body
            .contains("Place the session inside one of the conference&#39;s time slots."),
        "90 minutes from 12:00 leave the slot: {}",
        res.body
    );
    let res = app
        .post_form(
            &format!("{page}/placement"),
            &organizer,
            &[("room", hall_a.as_str()), ("start", "2027-02-19T10:30")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let programme = app.get(&format!("/events/{event}/programme")).await.body;
    assert!(programme.contains("Wikisource in Odia: proofreading together"));

    // The scholarship round, through its form.
    let round = format!("/events/{event}/scholarship/edit");
    let refused = app
        .post_form(
            &round,
            &organizer,
            &[
                ("opens", "2026-12-01"),
                ("closes", "2026-12-31"),
                ("criteria", "Contributions | heavy"),
                ("score_max", "5"),
            ],
        )
        .await;
    assert!(
        refused
            .body
            .contains("A weight is a number above 0, at most 100."),
        "{}",
        refused.body
    );
    let saved = app
        .post_form(
            &round,
            &organizer,
            &[
                ("opens", "2026-12-01"),
                ("closes", "2026-12-31"),
                ("criteria", "Contributions | 2\nNeed | 1"),
                ("score_max", "10"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let r = app.db().round(event).await.unwrap().unwrap();
    assert_eq!((r.round.criteria.len(), r.round.score_max), (2, 10));
}
