//! Events in storage: registrations with a capacity and a waitlist, on both databases.

use sangam_core::Timestamp;
use sangam_core::account::UserId;
use sangam_core::event::{EventDraft, RegistrationWindow, Seat};
use sangam_core::id::EventId;
use sangam_db::Db;
use sangam_db::events::Registered;

use axum::http::StatusCode;
use sangam_i18n::{Lang, message};

use crate::both_backends;
use crate::membership::empty_group;
use crate::support::TestApp;

/// 2031-01-15, before the test events.
const NOW: Timestamp = Timestamp(1_926_000_000);

async fn people(db: &Db, prefix: &str, n: usize) -> Vec<UserId> {
    let mut out = Vec::new();
    for i in 0..n {
        out.push(
            db.create_account(
                &sangam_db::users::NewAccount {
                    username: sangam_core::account::Username::parse(&format!("{prefix} {i}"))
                        .unwrap(),
                    email: None,
                    password_hash: "x".into(),
                    is_site_admin: false,
                    preferred_lang: None,
                },
                NOW,
            )
            .await
            .unwrap(),
        );
    }
    out
}

/// A photowalk in Dushanbe with `capacity` seats, registration open until the day before.
async fn photowalk(db: &Db, capacity: &str) -> EventId {
    let group = empty_group(db, "tajik-events").await;
    let details = EventDraft {
        title: "Photowalk in Dushanbe".into(),
        kind: "photowalk".into(),
        mode: "in-person".into(),
        time_zone: "Asia/Dushanbe".into(),
        start_date: "2031-03-01".into(),
        start_time: "10:00".into(),
        end_time: "16:00".into(),
        venue: "Rudaki Park".into(),
        capacity: capacity.into(),
        ..EventDraft::default()
    }
    .validate()
    .unwrap();
    let window = RegistrationWindow {
        open: true,
        opens_at: None,
        closes_at: Some(Timestamp(details.schedule.span().0.0 - 86_400)),
    };
    db.create_event(&details, &[group], window, None, NOW)
        .await
        .unwrap()
}

both_backends!(
    concurrent_registrations_never_overbook_and_a_cancellation_promotes_the_next,
    async |db: Db| {
        let event = photowalk(&db, "3").await;
        let users = people(&db, "Walker", 8).await;
        let mut tasks = Vec::new();
        // Everyone at once, and the first person twice (a double click).
        for u in users.iter().chain(&users[..1]) {
            let (db, u) = (db.clone(), *u);
            tasks.push(tokio::spawn(async move {
                db.register(event, u, false, "", NOW).await
            }));
        }
        let mut seats = 0;
        let mut positions = Vec::new();
        let mut twice = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(Registered::Seat) => seats += 1,
                Ok(Registered::Waitlist { position }) => positions.push(position),
                Err(sangam_core::Error::Conflict("already_registered")) => twice += 1,
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(twice, 1);
        positions.sort_unstable();
        assert_eq!(seats, 3);
        assert_eq!(positions, [1, 2, 3, 4, 5]);
        let regs = db.registrations(event).await.unwrap();
        let seated: Vec<UserId> = regs
            .iter()
            .filter(|r| r.seat == Seat::Registered)
            .map(|r| r.user_id)
            .collect();
        let waiting: Vec<UserId> = regs
            .iter()
            .filter(|r| r.seat == Seat::Waitlisted)
            .map(|r| r.user_id)
            .collect();
        assert_eq!((seated.len(), waiting.len()), (3, 5));

        // Two seated people cancel at once: the two first in the queue move up, in order.
        let (a, b) = (seated[0], seated[1]);
        let (ra, rb) = tokio::join!(
            db.cancel_registration(event, a, NOW.plus(60)),
            db.cancel_registration(event, b, NOW.plus(60))
        );
        let mut promoted = [ra.unwrap(), rb.unwrap()].concat();
        promoted.sort_unstable();
        let mut first_two = waiting[..2].to_vec();
        first_two.sort_unstable();
        assert_eq!(promoted, first_two);
        let regs = db.registrations(event).await.unwrap();
        let count = |s: Seat| regs.iter().filter(|r| r.seat == s).count();
        assert_eq!(
            (
                count(Seat::Registered),
                count(Seat::Waitlisted),
                count(Seat::Cancelled)
            ),
            (3, 3, 2)
        );
        assert!(
            regs.iter()
                .filter(|r| r.seat == Seat::Registered)
                .all(|r| r.user_id != a && r.user_id != b)
        );

        // Cancelling twice finds nothing; registering twice is refused; a person who
        // cancelled may come back, behind the people already waiting.
        assert!(matches!(
            db.cancel_registration(event, a, NOW.plus(90)).await,
            Err(sangam_core::Error::NotFound)
        ));
        assert!(matches!(
            db.register(event, seated[2], false, "", NOW.plus(90)).await,
            Err(sangam_core::Error::Conflict("already_registered"))
        ));
        assert_eq!(
            db.register(event, a, false, "", NOW.plus(120))
                .await
                .unwrap(),
            Registered::Waitlist { position: 4 }
        );
    }
);

both_backends!(
    registration_follows_its_window_and_the_event_reads_back,
    async |db: Db| {
        let event = photowalk(&db, "").await;
        let users = people(&db, "Late", 1).await;
        let e = db.event(event).await.unwrap().unwrap();
        assert_eq!(e.details.title, "Photowalk in Dushanbe");
        assert_eq!(e.details.schedule.zone, "Asia/Dushanbe");
        assert_eq!(e.details.capacity, None);
        assert_eq!(e.affiliates.len(), 1);
        let (start, _) = e.details.schedule.span();
        // Asia/Dushanbe is UTC+5: 10:00 there is 05:00 UTC.
        assert_eq!(start.0 % 86_400, 5 * 3600);
        let listed = db
            .events_of(e.affiliates[0], NOW, Timestamp(start.0 + 1))
            .await
            .unwrap();
        assert_eq!(listed.len(), 1);
        assert!(matches!(
            db.register(event, users[0], false, "", Timestamp(start.0 - 3600))
                .await,
            Err(sangam_core::Error::Conflict("registration_ended"))
        ));
        assert_eq!(
            db.register(event, users[0], true, "", NOW).await.unwrap(),
            Registered::Seat
        );
        assert!(db.registrations(event).await.unwrap()[0].private);
    }
);

/// The seed's calendar items of 2023 as the calendar shows them: every one is over by now.
#[tokio::test]
async fn the_wap_calendar_reads_like_the_seed_by_month_with_states_from_the_clock() {
    let app = TestApp::new().await;
    let page = app.get("/affiliates/wap/events").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    for (_, _, _, title) in sangam_app::demo::WAP_CALENDAR {
        let shown = title.replace('&', "&#38;").replace('"', "&#34;");
        assert!(body.contains(&shown), "{title} missing");
    }
    // Months in order, as in the seed, with whole-day ranges in the reader's locale.
    let order: Vec<usize> = [
        "February 2023",
        "May 2023",
        "July 2023",
        "August 2023",
        "September 2023",
        "November 2023",
    ]
    .iter()
    .map(|m| {
        body.find(&format!("<h2>{m}</h2>"))
            .unwrap_or_else(|| panic!("{m}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    let date = |d: &str| sangam_i18n::format::date(Lang::EN, d.parse().unwrap());
    assert!(body.contains(&format!(
        "<time>{} – {}</time>",
        date("2023-02-01"),
        date("2023-03-31")
    )));
    assert!(body.contains(&format!("<time>{}</time>", date("2023-05-22"))));
    assert_eq!(
        body.matches("class=\"event done\"").count(),
        sangam_app::demo::WAP_CALENDAR.len()
    );
    // In Bengali: Bengali digits and month names.
    let bn = app.get("/affiliates/wap/events?uselang=bn").await.body;
    let february = sangam_i18n::format::partial_date(
        Lang::from_code("bn").unwrap(),
        sangam_core::time::PartialDate {
            year: 2023,
            month: Some(2),
            day: None,
        },
    );
    assert!(february.contains("২০২৩"), "Bengali digits: {february}");
    assert!(bn.contains(&format!("<h2>{february}</h2>")), "{bn}");
    assert!(bn.contains(&message(
        Lang::from_code("bn").unwrap(),
        "event-status-done",
        &[]
    )));
    // The hub shows its members' events, each once, and its own (seed 002's conference).
    let hub = app.get("/affiliates/asia-pacific-hub/events").await.body;
    assert_eq!(
        hub.matches("class=\"event done\"").count(),
        sangam_app::demo::WAP_CALENDAR.len() + 1
    );
    assert!(hub.contains(sangam_app::demo::WIKIMEET));
    // The wikitext is the seed's list again, done items marked.
    let wiki = app.get("/affiliates/wap/events.wiki").await.body;
    assert!(wiki.contains("* February 2023\n** {{Done}} 01 February - 31 March : Wiki Loves Folklore in Bangladesh 2023\n"), "{wiki}");
    assert!(wiki.contains("** {{Done}} 22 May : Hold a preliminary meeting on WAP"));
    let year = app.get("/affiliates/wap/events?year=2022").await.body;
    assert!(year.contains(&message(Lang::EN, "calendar-empty", &[])));
    assert_eq!(
        app.get("/affiliates/wap/events?year=soon").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// A timed event under way now, one to come, and their statuses and times on the page.
#[tokio::test]
async fn an_event_page_shows_its_zone_and_utc_and_its_status_follows_the_clock() {
    let app = TestApp::new().await;
    let db = app.db();
    let wap = db.affiliate("wap").await.unwrap().unwrap().id;
    let now = Timestamp::now();
    let window = RegistrationWindow::default();
    let mut now_running = photowalk_details("2031-03-01");
    now_running.schedule = sangam_core::event::Schedule {
        zone: "Asia/Dhaka".into(),
        when: sangam_core::event::When::Timed {
            start: now.plus(-3600),
            end: now.plus(3600),
        },
    };
    let running = db
        .create_event(&now_running, &[wap], window, None, now)
        .await
        .unwrap();
    let later = db
        .create_event(&photowalk_details("2031-03-01"), &[wap], window, None, now)
        .await
        .unwrap();
    let page = app.get(&format!("/events/{running}")).await.body;
    assert!(page.contains("class=\"event ongoing\""), "{page}");
    assert!(page.contains("(Asia/Dhaka)") && page.contains("(UTC)"));
    let page = app.get(&format!("/events/{later}")).await.body;
    assert!(page.contains("class=\"event planned\""));
    // 10:00 to 16:00 in Dushanbe (UTC+5) is 05:00 to 11:00 UTC; shown in both.
    let at = |t: &str, zone: &str| {
        let dt: jiff::civil::DateTime = t.parse().unwrap();
        let tz = jiff::tz::TimeZone::get(zone).unwrap();
        let instant = Timestamp(dt.to_zoned(tz.clone()).unwrap().timestamp().as_second());
        sangam_i18n::format::datetime_in(Lang::EN, instant, &tz)
    };
    let local = format!(
        "{} – {} (Asia/Dushanbe)",
        at("2031-03-01T10:00", "Asia/Dushanbe"),
        at("2031-03-01T16:00", "Asia/Dushanbe")
    );
    let utc = format!(
        "{} – {} (UTC)",
        at("2031-03-01T05:00", "UTC"),
        at("2031-03-01T11:00", "UTC")
    );
    assert!(
        page.contains(&format!("<dd>{local}<br>{utc}</dd>")),
        "{page}"
    );
    assert!(local.contains("10:00") && utc.contains("5:00") && utc.contains("11:00"));
    assert_eq!(
        app.get("/events/999999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/events/nope").await.status, StatusCode::NOT_FOUND);
}

fn photowalk_details(day: &str) -> sangam_core::event::EventDetails {
    EventDraft {
        title: "Photowalk in Dushanbe".into(),
        kind: "photowalk".into(),
        mode: "in-person".into(),
        time_zone: "Asia/Dushanbe".into(),
        start_date: day.into(),
        start_time: "10:00".into(),
        end_time: "16:00".into(),
        venue: "Rudaki Park".into(),
        description: "Bring a camera; we upload to Commons, together.".into(),
        ..EventDraft::default()
    }
    .validate()
    .unwrap()
}

/// The feeds, read by Python's icalendar package: the same events at the same instants.
#[tokio::test]
async fn the_icalendar_feeds_parse_with_an_independent_parser() {
    let parser = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .output();
    if !parser.is_ok_and(|o| o.status.success()) {
        crate::support::skip(
            "the_icalendar_feeds_parse_with_an_independent_parser",
            "no python3 with the icalendar package (pip install icalendar)",
        );
        return;
    }
    let app = TestApp::new().await;
    let db = app.db();
    let wap = db.affiliate("wap").await.unwrap().unwrap().id;
    let timed = db
        .create_event(
            &photowalk_details("2031-03-01"),
            &[wap],
            RegistrationWindow::default(),
            None,
            NOW,
        )
        .await
        .unwrap();
    let feed = app.get("/affiliates/wap/events.ics").await;
    assert_eq!(
        feed.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let script = r#"
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(sys.stdin.read())
out = []
for e in cal.walk("VEVENT"):
    s, t = e.decoded("DTSTART"), e.decoded("DTEND")
    out.append([str(e.get("SUMMARY")), s.isoformat(), t.isoformat(), str(e.get("DESCRIPTION", "")), str(e.get("UID"))])
print(json.dumps(out))
"#;
    let parsed = run_python(script, &feed.body);
    let events: Vec<Vec<String>> = serde_json::from_str(&parsed).unwrap();
    assert_eq!(events.len(), sangam_app::demo::WAP_CALENDAR.len() + 1);
    let wlf = events
        .iter()
        .find(|e| e[0] == "Wiki Loves Folklore in Bangladesh 2023")
        .unwrap();
    assert_eq!(
        (wlf[1].as_str(), wlf[2].as_str()),
        ("2023-02-01", "2023-04-01")
    );
    let quoted = events
        .iter()
        .find(|e| e[0] == "\"WikiSync Asia-Pacific\"")
        .unwrap();
    assert_eq!(quoted[1], "2023-09-07");
    let walk = events
        .iter()
        .find(|e| e[0] == "Photowalk in Dushanbe")
        .unwrap();
    assert_eq!(walk[1], "2031-03-01T05:00:00+00:00");
    assert_eq!(walk[2], "2031-03-01T11:00:00+00:00");
    assert_eq!(walk[3], "Bring a camera; we upload to Commons, together.");
    assert!(walk[4].starts_with(&format!("event-{timed}@")));
    // The same through the API.
    let api = app.get("/api/affiliates/wap/events/ical").await;
    assert_eq!(
        api.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let again: Vec<Vec<String>> = serde_json::from_str(&run_python(script, &api.body)).unwrap();
    assert_eq!(again, events);
    assert_eq!(
        app.get("/api/affiliates/wap/events/wikitext").await.body,
        app.get("/affiliates/wap/events.wiki").await.body
    );
    assert_eq!(
        app.get(&format!("/api/events/{timed}/wikitext")).await.body,
        app.get(&format!("/events/{timed}/event.wiki")).await.body
    );
    let one_api: Vec<Vec<String>> = serde_json::from_str(&run_python(
        script,
        &app.get(&format!("/api/events/{timed}/ical")).await.body,
    ))
    .unwrap();
    assert_eq!(one_api.len(), 1);
    assert_eq!(
        app.get("/api/events/999999/ical").await.error_code(),
        "not_found"
    );
    // One event's own feed.
    let one = app.get(&format!("/events/{timed}/event.ics")).await;
    let events: Vec<Vec<String>> = serde_json::from_str(&run_python(script, &one.body)).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0][1], "2031-03-01T05:00:00+00:00");
}

fn run_python(script: &str, input: &str) -> String {
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
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The whole registration story through the API, and who sees what, role by role.
#[tokio::test]
async fn organizers_create_events_and_people_register_wait_and_move_up() {
    use axum::http::Method;
    use serde_json::json;
    let app = TestApp::new().await;
    let (org_name, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.api_client(org_name, org_pass).await;
    let site = app
        .api_client(
            sangam_app::demo::SITE_ADMIN.0,
            sangam_app::demo::SITE_ADMIN.1,
        )
        .await;
    for name in ["Alice Walker", "Bahrom", "Чеҳра", "Wap Admin"] {
        app.add_account(name, "a long enough password", false).await;
    }
    app.make_admin("wap", "Wap Admin").await;
    let client = async |n: &str| app.api_client(n, "a long enough password").await;
    let (a, b, c, other_admin) = (
        client("Alice Walker").await,
        client("Bahrom").await,
        client("Чеҳра").await,
        client("Wap Admin").await,
    );
    let anonymous = crate::support::Browser::default();
    let mut event = json!({
        "affiliates": ["tajik-wikimedians"],
        "title": "Wikipedia workshop in Khujand",
        "kind": "workshop",
        "mode": "hybrid",
        "time_zone": "Asia/Dushanbe",
        "start_date": "2031-04-10",
        "start_time": "14:00",
        "end_time": "17:00",
        "venue": "Khujand State University",
        "meeting_url": "https://meet.example.org/khujand",
        "capacity": "1",
        "hashtags": ["#1Lib1Ref"],
        "questions": [{"text": "Your city", "required": true}],
        "registration": {"open": true}
    });
    let count_events = async || {
        app.db()
            .events_of(
                app.db()
                    .affiliate("tajik-wikimedians")
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
                Timestamp(0),
                Timestamp(i64::MAX / 2),
            )
            .await
            .unwrap()
            .len()
    };
    let before = count_events().await;
    // Bad input: each field named with its code, nothing saved.
    for (field, value, code) in [
        ("end_time", json!("13:00"), "end_before_start"),
        ("time_zone", json!("Asia/Atlantis"), "unknown_time_zone"),
        ("capacity", json!("0"), "capacity_not_positive"),
        ("capacity", json!("-3"), "capacity_not_positive"),
        ("description", json!("x".repeat(20_001)), "too_long"),
    ] {
        let mut bad = event.clone();
        bad[field] = value;
        let res = app
            .send_json(Method::POST, "/api/events", &organizer, &bad)
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            res.body
        );
        assert_eq!(
            res.json()["error"]["fields"][0]["code"],
            code,
            "{}",
            res.body
        );
        assert_eq!(
            res.json()["error"]["fields"][0]["field"],
            field.split('.').next().unwrap()
        );
    }
    // A registration window that closes before it opens is refused as on the form, on the
    // API's own field.
    let mut backwards = event.clone();
    backwards["registration"] = json!({
        "open": true,
        "opens_at": "2027-05-02T00:00:00Z",
        "closes_at": "2027-05-01T00:00:00Z",
    });
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &backwards)
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        (
            res.json()["error"]["fields"][0]["field"].as_str(),
            res.json()["error"]["fields"][0]["code"].as_str()
        ),
        (Some("registration.closes_at"), Some("end_before_start"))
    );
    // A 10 MB description is refused before it is read in full.
    let mut huge = event.clone();
    huge["description"] = json!("x".repeat(10 * 1024 * 1024));
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &huge)
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large".to_string()
        )
    );
    assert_eq!(count_events().await, before, "nothing saved");
    // Only the organizing affiliates' admins create their events.
    let mut theirs = event.clone();
    theirs["affiliates"] = json!(["wap"]);
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &theirs)
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.send_json(Method::POST, "/api/events", &anonymous, &event)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &event)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let created = res.json();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["start"], "2031-04-10T09:00:00Z");
    assert_eq!(created["status"], "planned");
    assert_eq!(
        created["meeting_url"], "https://meet.example.org/khujand",
        "organizers see it"
    );
    event["title"] = json!("unused");
    let path = format!("/api/events/{id}/registrations");
    // A required answer is required.
    let res = app
        .send_json(Method::POST, &path, &a, &json!({"private": true}))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["error"]["fields"][0]["field"], "answers.0");
    let res = app
        .send_json(
            Method::POST,
            &path,
            &a,
            &json!({"private": true, "answers": ["Khujand"]}),
        )
        .await;
    assert_eq!(
        (res.status, res.json()["seat"].clone()),
        (StatusCode::CREATED, json!("registered"))
    );
    let res = app
        .send_json(Method::POST, &path, &b, &json!({"answers": ["Dushanbe"]}))
        .await;
    assert_eq!(res.json()["position"], 1);
    let res = app
        .send_json(Method::POST, &path, &b, &json!({"answers": ["Dushanbe"]}))
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "already_registered".to_string())
    );
    let res = app
        .send_json(Method::POST, &path, &c, &json!({"answers": ["Истаравшан"]}))
        .await;
    assert_eq!(res.json()["position"], 2);
    // Who sees what: the private registration and the answers are the organizers'.
    for (who, sees_all) in [
        (&anonymous, false),
        (&b, false),
        (&other_admin, false),
        (&organizer, true),
        (&site, true),
    ] {
        let res = app.send_json(Method::GET, &path, who, &json!({})).await;
        let body = res.json();
        assert_eq!(
            (body["registered"].clone(), body["waitlisted"].clone()),
            (json!(1), json!(2))
        );
        let names: Vec<&str> = body["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["username"].as_str().unwrap())
            .collect();
        if sees_all {
            assert_eq!(names, ["Alice Walker", "Bahrom", "Чеҳра"]);
            assert_eq!(body["participants"][0]["private"], true);
            assert_eq!(body["participants"][0]["answers"], json!(["Khujand"]));
        } else {
            assert!(names.is_empty(), "{names:?}");
            assert!(!res.body.contains("Khujand\""));
        }
        let page = app.get_as(&format!("/events/{id}"), who).await.body;
        assert_eq!(page.contains("Alice Walker"), sees_all);
        assert_eq!(page.contains("Истаравшан"), sees_all);
        let one = app
            .send_json(Method::GET, &format!("/api/events/{id}"), who, &json!({}))
            .await
            .json();
        assert_eq!(one["meeting_url"].is_string(), sees_all);
    }
    let seated = app
        .send_json(Method::GET, &format!("/api/events/{id}"), &a, &json!({}))
        .await
        .json();
    assert_eq!(seated["meeting_url"], "https://meet.example.org/khujand");
    // Alice cancels: Bahrom moves up and is told on the event page; Чеҳра is next.
    let res = app
        .send_json(Method::DELETE, &format!("{path}/me"), &a, &json!({}))
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let page = app.get_as(&format!("/events/{id}"), &b).await.body;
    assert!(
        page.contains(&message(Lang::EN, "event-promoted", &[])),
        "{page}"
    );
    let page = app.get_as(&format!("/events/{id}"), &c).await.body;
    assert!(page.contains(&message(
        Lang::EN,
        "event-waitlisted",
        &[("position", 1i64.into())]
    )));
    let public = app
        .send_json(Method::GET, &path, &anonymous, &json!({}))
        .await
        .json();
    assert_eq!(public["participants"][0]["username"], "Bahrom");
    assert_eq!(
        app.send_json(Method::DELETE, &format!("{path}/me"), &a, &json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// Outcomes after the event, totalled per year on each organizer's calendar and once on
/// the hub's; a cancellation by hand; the participants' CSV for organizers only.
#[tokio::test]
async fn outcomes_total_per_year_without_double_counting_and_organizers_cancel_and_export() {
    use axum::http::Method;
    use serde_json::json;
    let app = TestApp::new().await;
    let db = app.db();
    let (org_name, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    app.add_account("Wap Organizer", "a long enough password", false)
        .await;
    app.make_admin("wap", "Wap Organizer").await;
    let tajik_org = app.api_client(org_name, org_pass).await;
    let wap_org = app
        .api_client("Wap Organizer", "a long enough password")
        .await;
    let anonymous = crate::support::Browser::default();
    let wap = db.affiliate("wap").await.unwrap().unwrap().id;
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    // A 2023 edit-a-thon organized by both groups, and WAP's own Wiki Loves Folklore.
    let mut joint = photowalk_details("2023-06-10");
    joint.title = "Joint edit-a-thon".into();
    let joint = db
        .create_event(
            &joint,
            &[wap, tajik],
            RegistrationWindow::default(),
            None,
            NOW,
        )
        .await
        .unwrap();
    let wlf = db
        .events_of(wap, Timestamp(0), Timestamp(i64::MAX / 2))
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.details.title == "Wiki Loves Folklore in Bangladesh 2023")
        .unwrap()
        .id;
    let put = async |who, id: EventId, body: serde_json::Value| {
        app.send_json(
            Method::PUT,
            &format!("/api/events/{id}/outcomes"),
            who,
            &body,
        )
        .await
    };
    let res = put(
        &wap_org,
        joint,
        json!({"participants": "20", "articles_created": "12", "notes": "Both groups"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = put(
        &wap_org,
        wlf,
        json!({"participants": "30", "uploads": "1500"}),
    )
    .await;
    assert_eq!(res.status, StatusCode::OK);
    // Not theirs, not whole numbers, not yet held.
    assert_eq!(
        put(&tajik_org, wlf, json!({"participants": "1"}))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let res = put(&wap_org, wlf, json!({"uploads": "-4"})).await;
    assert_eq!(
        (res.status, res.json()["error"]["fields"][0]["code"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("invalid_number"))
    );
    let future = db
        .create_event(
            &photowalk_details("2031-03-01"),
            &[wap],
            RegistrationWindow::default(),
            None,
            NOW,
        )
        .await
        .unwrap();
    let res = put(&wap_org, future, json!({"participants": "3"})).await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "event_not_held");
    let outcomes = app
        .send_json(
            Method::GET,
            &format!("/api/events/{wlf}/outcomes"),
            &anonymous,
            &json!({}),
        )
        .await
        .json();
    assert_eq!(
        (
            outcomes["participants"].clone(),
            outcomes["uploads"].clone(),
            outcomes["new_editors"].clone()
        ),
        (json!(30), json!(1500), json!(null))
    );
    // Yearly totals: WAP 50 participants (both events), Tajik 20, the hub 50 (the joint
    // event once).
    let n = |v: i64| sangam_i18n::format::number(Lang::EN, v);
    let row = |page: &str| -> String {
        let start = page
            .find("<table class=\"totals\">")
            .expect("a totals table");
        page[start..].split("</tr>").nth(1).unwrap().to_string()
    };
    let wap_page = app.get("/affiliates/wap/events").await.body;
    assert!(
        row(&wap_page).contains(&format!(
            "<td>{}</td><td></td><td>{}</td><td></td><td>{}</td>",
            n(50),
            n(12),
            n(1500)
        )),
        "{}",
        row(&wap_page)
    );
    let tajik_page = app.get("/affiliates/tajik-wikimedians/events").await.body;
    assert!(row(&tajik_page).contains(&format!(
        "<td>{}</td><td></td><td>{}</td><td></td><td></td>",
        n(20),
        n(12)
    )));
    let hub_page = app.get("/affiliates/asia-pacific-hub/events").await.body;
    assert!(
        row(&hub_page).contains(&format!("<td>{}</td>", n(50))),
        "{}",
        row(&hub_page)
    );
    // Cancelled by hand: the calendar and the feed say so.
    let cancel = app
        .send_json(
            Method::PUT,
            &format!("/api/events/{future}/cancellation"),
            &wap_org,
            &json!({"cancelled": true}),
        )
        .await;
    assert_eq!(cancel.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.send_json(
            Method::PUT,
            &format!("/api/events/{future}/cancellation"),
            &tajik_org,
            &json!({"cancelled": true})
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert!(
        app.get("/affiliates/wap/events")
            .await
            .body
            .contains("class=\"event cancelled\"")
    );
    let ics = app.get(&format!("/events/{future}/event.ics")).await.body;
    assert!(ics.contains("STATUS:CANCELLED"));
    // Registration for it is refused now.
    let person = app
        .api_client("Wap Organizer", "a long enough password")
        .await;
    let res = app
        .send_json(
            Method::POST,
            &format!("/api/events/{future}/registrations"),
            &person,
            &json!({}),
        )
        .await;
    assert_eq!(res.error_code(), "event_over");
    // The CSV, with answers, for organizers only.
    let csv_path = format!("/api/events/{joint}/participants.csv");
    assert_eq!(
        app.send_json(Method::GET, &csv_path, &anonymous, &json!({}))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let csv = app
        .send_json(Method::GET, &csv_path, &tajik_org, &json!({}))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body
            .starts_with("\"username\",\"seat\",\"private\",\"registered_at\"")
    );
}

/// "My events": the account page lists them, and a private calendar address serves them
/// to calendar apps until a new address replaces it.
#[tokio::test]
async fn my_events_are_on_the_account_page_and_at_a_private_calendar_address() {
    let app = TestApp::new().await;
    let db = app.db();
    app.add_account("Farhan", "a long enough password", false)
        .await;
    app.add_account("First Comer", "a long enough password", false)
        .await;
    let farhan = db
        .credentials(&sangam_core::account::Username::parse("Farhan").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let first = db
        .credentials(&sangam_core::account::Username::parse("First Comer").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let wap = db.affiliate("wap").await.unwrap().unwrap().id;
    let open = RegistrationWindow {
        open: true,
        opens_at: None,
        closes_at: None,
    };
    let mut full = photowalk_details("2031-03-01");
    full.capacity = Some(1);
    full.title = "Photowalk with one seat".into();
    let full = db
        .create_event(&full, &[wap], open, None, NOW)
        .await
        .unwrap();
    let roomy = db
        .create_event(&photowalk_details("2031-04-01"), &[wap], open, None, NOW)
        .await
        .unwrap();
    db.register(full, first, false, "[]", Timestamp::now())
        .await
        .unwrap();
    db.register(full, farhan, false, "[]", Timestamp::now())
        .await
        .unwrap();
    db.register(roomy, farhan, false, "[]", Timestamp::now())
        .await
        .unwrap();
    let me = app.sign_in("Farhan", "a long enough password").await;
    let page = app.get_as("/account", &me).await.body;
    assert!(page.contains("Photowalk with one seat") && page.contains("Photowalk in Dushanbe"));
    assert!(page.contains(&message(
        Lang::EN,
        "event-waitlisted",
        &[("position", 1i64.into())]
    )));
    let made = app.post_form("/account/feed", &me, &[]).await;
    assert_eq!(made.status, StatusCode::OK);
    let url = made
        .body
        .split("<code class=\"feed\" dir=\"ltr\">")
        .nth(1)
        .unwrap()
        .split("</code>")
        .next()
        .unwrap()
        .to_string();
    let path = url.split_once("://").unwrap().1.split_once('/').unwrap().1;
    let feed = app.get(&format!("/{path}")).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(
        feed.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), 2);
    assert!(feed.body.contains("SUMMARY:Photowalk with one seat"));
    // The API lists them with the seat or the place in the queue.
    let api = app.api_client("Farhan", "a long enough password").await;
    let mine = app
        .send_json(
            axum::http::Method::GET,
            "/api/me/events",
            &api,
            &serde_json::json!({}),
        )
        .await
        .json();
    let seats: Vec<(String, serde_json::Value)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["seat"].as_str().unwrap().to_string(),
                m["position"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seats,
        [
            ("waitlisted".to_string(), serde_json::json!(1)),
            ("registered".to_string(), serde_json::Value::Null)
        ]
    );
    // Someone else's address does not exist; a new address ends the old one.
    assert_eq!(
        app.get("/feeds/not-a-token/events.ics").await.status,
        StatusCode::NOT_FOUND
    );
    app.post_form("/account/feed", &me, &[]).await;
    assert_eq!(
        app.get(&format!("/{path}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Anonymous people cannot make one.
    let visitor = app.visitor().await;
    assert_ne!(
        app.post_form("/account/feed", &visitor, &[]).await.status,
        StatusCode::OK
    );
}

/// Campaigns and their editions: the seed's WAP items are editions, the Tajik group takes
/// part in #1Lib1Ref and Wikipedia Asian Month (seed 004), and organizers file new events
/// under a campaign.
#[tokio::test]
async fn campaigns_have_editions_across_affiliates_and_years() {
    use axum::http::Method;
    use serde_json::json;
    let app = TestApp::new().await;
    let anonymous = crate::support::Browser::default();
    let list = app
        .send_json(Method::GET, "/api/campaigns", &anonymous, &json!({}))
        .await
        .json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Wiki Loves Folklore") && names.contains(&"#1Lib1Ref"));
    let wam = app
        .send_json(
            Method::GET,
            "/api/campaigns/wikipedia-asian-month",
            &anonymous,
            &json!({}),
        )
        .await
        .json();
    assert_eq!(
        wam["editions"].as_array().unwrap().len(),
        2,
        "WAP's of 2023, Tajik's proposed"
    );
    assert_eq!(wam["affiliates"], json!(["wap", "tajik-wikimedians"]));
    let lib = app
        .send_json(
            Method::GET,
            "/api/campaigns/1lib1ref",
            &anonymous,
            &json!({}),
        )
        .await
        .json();
    assert_eq!(lib["affiliates"], json!(["tajik-wikimedians"]));
    // The Tajik group files its own edition of Wikipedia Asian Month.
    let (org_name, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.api_client(org_name, org_pass).await;
    let mut event = json!({
        "affiliates": ["tajik-wikimedians"],
        "title": "Wikipedia Asian Month 2031 in Tajik",
        "kind": "contest", "mode": "online", "time_zone": "Asia/Dushanbe", "all_day": true,
        "start_date": "2031-11-01", "end_date": "2031-11-30",
        "campaign": "wikipedia-asian-month"
    });
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &event)
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = res.json()["id"].as_i64().unwrap();
    event["campaign"] = json!("no-such-campaign");
    let res = app
        .send_json(Method::POST, "/api/events", &organizer, &event)
        .await;
    assert_eq!(res.json()["error"]["fields"][0]["code"], "unknown_campaign");
    let page = app.get("/campaigns/wikipedia-asian-month").await.body;
    assert!(
        page.contains("Wikipedia Asian Month 2023 on bnwiki")
            && page.contains("Wikipedia Asian Month 2031 in Tajik")
    );
    assert!(
        page.find("2023 on bnwiki").unwrap() < page.find("2031 in Tajik").unwrap(),
        "editions by date"
    );
    assert!(
        app.get(&format!("/events/{id}"))
            .await
            .body
            .contains("href=\"/campaigns/wikipedia-asian-month\"")
    );
    let tajik = app.get("/affiliates/tajik-wikimedians/events").await.body;
    assert!(tajik.contains("href=\"/campaigns/1lib1ref\""));
    assert!(
        app.get("/campaigns")
            .await
            .body
            .contains("Feminism and Folklore")
    );
    // Only site admins make campaigns; addresses are unique.
    let new = json!({"slug": "wiki-loves-earth", "name": "Wiki Loves Earth"});
    assert_eq!(
        app.send_json(Method::POST, "/api/campaigns", &organizer, &new)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let site = app
        .api_client(
            sangam_app::demo::SITE_ADMIN.0,
            sangam_app::demo::SITE_ADMIN.1,
        )
        .await;
    assert_eq!(
        app.send_json(Method::POST, "/api/campaigns", &site, &new)
            .await
            .status,
        StatusCode::CREATED
    );
    let taken = app
        .send_json(Method::POST, "/api/campaigns", &site, &new)
        .await;
    assert_eq!(
        (taken.status, taken.error_code()),
        (StatusCode::CONFLICT, "campaign_slug_taken".to_string())
    );
    let bad = app
        .send_json(
            Method::POST,
            "/api/campaigns",
            &site,
            &json!({"slug": "Not A Slug", "name": " "}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["fields"].as_array().unwrap().len(), 2);
}

/// The organizers' form: refused input comes back as typed with each problem at its field,
/// nothing saved; good input makes the event.
#[tokio::test]
async fn organizers_create_an_event_with_the_form() {
    let app = TestApp::new().await;
    let (org_name, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let org = app.sign_in(org_name, org_pass).await;
    let form = app
        .get_as("/affiliates/tajik-wikimedians/events/new", &org)
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("value=\"Asia/Dushanbe\""),
        "the group's zone is the default"
    );
    assert!(
        form.body.contains("<option value=\"Asia/Kolkata\">"),
        "zones to choose from"
    );
    assert!(
        app.get_as("/affiliates/tajik-wikimedians/events", &org)
            .await
            .body
            .contains("id=\"new-event\"")
    );
    let tajik = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap()
        .id;
    let count = async || {
        app.db()
            .events_of(tajik, Timestamp(0), Timestamp(i64::MAX / 2))
            .await
            .unwrap()
            .len()
    };
    let before = count().await;
    let mut fields = vec![
        ("title", "Photowalk in Khujand"),
        ("kind", "photowalk"),
        ("mode", "in-person"),
        ("time_zone", "Asia/Dushanbe"),
        ("start_date", "2031-06-05"),
        ("start_time", "09:00"),
        ("end_time", "08:00"),
        ("venue", ""),
        ("capacity", "0"),
        ("questions", "* Your camera\nDietary needs"),
        ("organizers", "Darafsh\nVASHGIRD"),
        ("languages", "tg ru"),
        ("hashtags", "#WLM"),
        ("registration_open", "on"),
        ("closes_date", "2031-06-04"),
        ("opens_date", "2031-06-01"),
    ];
    let res = app
        .post_form("/affiliates/tajik-wikimedians/events/new", &org, &fields)
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let msg = |code: &str, args: &[(&str, sangam_i18n::Arg)]| {
        message(Lang::EN, &format!("field-error-{code}"), args)
    };
    assert!(res.body.contains(&msg("end_before_start", &[])));
    assert!(res.body.contains(&msg("venue_required", &[])));
    assert!(
        res.body
            .contains(&msg("capacity_not_positive", &[("max", 100_000i64.into())]))
    );
    assert!(
        res.body.contains("value=\"Photowalk in Khujand\""),
        "kept as typed"
    );
    assert!(res.body.contains("* Your camera"));
    assert_eq!(count().await, before, "nothing saved");
    fields.retain(|(k, _)| !matches!(*k, "end_time" | "venue" | "capacity"));
    fields.extend([
        ("end_time", "13:00"),
        ("venue", "Khujand fortress"),
        ("capacity", "12"),
    ]);
    let res = app
        .post_form("/affiliates/tajik-wikimedians/events/new", &org, &fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: EventId = res
        .header("location")
        .unwrap()
        .trim_start_matches("/events/")
        .parse()
        .unwrap();
    let e = app.db().event(id).await.unwrap().unwrap();
    assert_eq!(e.details.capacity, Some(12));
    assert_eq!(e.details.questions.len(), 2);
    assert!(e.details.questions[0].required && !e.details.questions[1].required);
    assert_eq!(
        e.details
            .languages
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>(),
        ["tg", "ru"]
    );
    let mut people: Vec<String> = e.details.organizers.iter().map(|u| u.to_string()).collect();
    people.sort();
    assert_eq!(people, ["Darafsh", "TajikOrganizer", "VASHGIRD"]);
    // Registration closes at the end of the day before, in Dushanbe (UTC+5).
    let closes = e.registration.closes_at.unwrap();
    assert_eq!(closes.to_rfc3339(), "2031-06-04T18:59:00Z");
    // It opens at the start of 1 June there.
    assert_eq!(
        e.registration.opens_at.unwrap().to_rfc3339(),
        "2031-05-31T19:00:00Z"
    );
    let edit = app.get_as(&format!("/events/{id}/edit"), &org).await.body;
    assert!(edit.contains("value=\"2031-06-01\"") && edit.contains("value=\"2031-06-04\""));
    let page = app.get(&format!("/events/{id}")).await.body;
    assert!(
        page.contains("Tajik") && page.contains("Russian"),
        "languages by name"
    );
    // Someone else's group: no form.
    let wap = app.get_as("/affiliates/wap/events/new", &org).await;
    assert_eq!(wap.status, StatusCode::FORBIDDEN);
}

/// The month grid, without JavaScript: each event on every day it covers, weeks from
/// Monday, days in the reader's digits.
#[tokio::test]
async fn the_month_grid_puts_each_event_on_its_days() {
    let app = TestApp::new().await;
    let may = app
        .get("/affiliates/wap/events?view=grid&month=2023-05")
        .await;
    assert_eq!(may.status, StatusCode::OK);
    let grid = may
        .body
        .split("<table class=\"month\">")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    assert_eq!(
        grid.matches("<a class=\"event done\"").count(),
        3,
        "22, 23 and 24 May"
    );
    // 1 May 2023 was a Monday: the first cell is day 1.
    assert!(
        grid.split("<td>")
            .nth(1)
            .unwrap()
            .starts_with("<span class=\"day\">1</span>")
    );
    let july = app
        .get("/affiliates/wap/events?view=grid&month=2023-07")
        .await
        .body;
    assert_eq!(july.matches("<bdi>Organize Wiki Loves Women").count(), 31);
    assert!(
        july.contains("href=\"/affiliates/wap/events?view=grid&#38;month=2023-08\" rel=\"next\""),
        "a link to the next month"
    );
    let bn = app
        .get("/affiliates/wap/events?view=grid&month=2023-05&uselang=bn")
        .await
        .body;
    assert!(bn.contains("<span class=\"day\">২২</span>"));
    assert!(bn.contains(&message(Lang::from_code("bn").unwrap(), "weekday-1", &[])));
    assert_eq!(
        app.get("/affiliates/wap/events?view=grid&month=2023-13")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// A reader chooses the zone they want times in: Dushanbe's 10:00 is 10:30 in Kolkata.
#[tokio::test]
async fn readers_see_times_in_a_zone_they_choose() {
    let app = TestApp::new().await;
    let wap = app.db().affiliate("wap").await.unwrap().unwrap().id;
    let id = app
        .db()
        .create_event(
            &photowalk_details("2031-03-01"),
            &[wap],
            RegistrationWindow::default(),
            None,
            NOW,
        )
        .await
        .unwrap();
    let tz = jiff::tz::TimeZone::get("Asia/Kolkata").unwrap();
    let start: jiff::civil::DateTime = "2031-03-01T10:30".parse().unwrap();
    let start = Timestamp(start.to_zoned(tz.clone()).unwrap().timestamp().as_second());
    let expected = sangam_i18n::format::datetime_in(Lang::EN, start, &tz);
    let page = app.get(&format!("/events/{id}?tz=Asia/Kolkata")).await.body;
    assert!(
        page.contains(&format!("<strong class=\"mine\">{expected} – ")),
        "{page}"
    );
    assert!(page.contains("(Asia/Kolkata)</strong>"));
    let list = app.get("/affiliates/wap/events?tz=Asia/Kolkata").await.body;
    assert!(list.contains(&expected));
    assert!(
        !app.get(&format!("/events/{id}"))
            .await
            .body
            .contains("class=\"mine\"")
    );
    assert_eq!(
        app.get(&format!("/events/{id}?tz=Nowhere/City"))
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// An event as a Meta-Wiki page: the openly registered as signatures that read back.
#[tokio::test]
async fn an_event_exports_as_wikitext_with_its_open_participants_as_signatures() {
    let app = TestApp::new().await;
    let db = app.db();
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    let open = RegistrationWindow {
        open: true,
        opens_at: None,
        closes_at: None,
    };
    let id = db
        .create_event(&photowalk_details("2031-03-01"), &[tajik], open, None, NOW)
        .await
        .unwrap();
    let mut who = Vec::new();
    for (name, private) in [
        ("Нурмуҳаммад Шамс", false),
        ("Hidden Person", true),
        ("Farrukh", false),
    ] {
        app.add_account(name, "a long enough password", false).await;
        let user = db
            .credentials(&sangam_core::account::Username::parse(name).unwrap())
            .await
            .unwrap()
            .unwrap()
            .id;
        db.register(id, user, private, "[]", NOW).await.unwrap();
        who.push(name);
    }
    let wiki = app.get(&format!("/events/{id}/event.wiki")).await.body;
    assert!(wiki.starts_with("== Photowalk in Dushanbe ==\n"));
    assert!(
        wiki.contains("* '''When:''' 01 March 2031 10:00 - 01 March 2031 16:00 (Asia/Dushanbe)\n")
    );
    assert!(wiki.contains("* '''Organized by:''' [[Tajik Wikimedians User Group]]\n"));
    assert!(!wiki.contains("Hidden Person"));
    let back =
        sangam_core::signature::parse_list(wiki.split("=== Participants ===\n").nth(1).unwrap());
    assert!(back.problems.is_empty());
    let names: Vec<String> = back.entries.iter().map(|e| e.name.to_string()).collect();
    assert_eq!(names, ["Нурмуҳаммад Шамс", "Farrukh"]);
    // Signatures keep the minute.
    assert!(
        back.entries
            .iter()
            .all(|e| e.at == Some(Timestamp(NOW.0 - NOW.0 % 60)))
    );
}

/// Organizers change an event: through the API (more seats move the waitlist up; bad
/// input changes nothing) and through the form, which starts from the event as it is.
#[tokio::test]
async fn organizers_change_an_event_and_more_seats_move_the_waitlist_up() {
    use axum::http::Method;
    use serde_json::json;
    let app = TestApp::new().await;
    let db = app.db();
    let (org_name, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let api = app.api_client(org_name, org_pass).await;
    let tajik = db.affiliate("tajik-wikimedians").await.unwrap().unwrap().id;
    let mut one_seat = photowalk_details("2031-03-01");
    one_seat.capacity = Some(1);
    let open = RegistrationWindow {
        open: true,
        opens_at: None,
        closes_at: None,
    };
    let id = db
        .create_event(&one_seat, &[tajik], open, None, NOW)
        .await
        .unwrap();
    let mut people = Vec::new();
    for name in ["Seated", "Waiting"] {
        app.add_account(name, "a long enough password", false).await;
        let u = db
            .credentials(&sangam_core::account::Username::parse(name).unwrap())
            .await
            .unwrap()
            .unwrap()
            .id;
        db.register(id, u, false, "[]", NOW).await.unwrap();
        people.push(u);
    }
    let mut body = json!({
        "title": "Photowalk in Dushanbe, two groups",
        "kind": "photowalk", "mode": "in-person", "time_zone": "Asia/Dushanbe",
        "start_date": "2031-03-01", "start_time": "10:00", "end_time": "17:00",
        "venue": "Rudaki Park", "capacity": "2", "registration": {"open": true}
    });
    let path = format!("/api/events/{id}");
    let mut bad = body.clone();
    bad["end_time"] = json!("09:00");
    assert_eq!(
        app.send_json(Method::PUT, &path, &api, &bad).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        db.event(id).await.unwrap().unwrap().details.capacity,
        Some(1),
        "nothing changed"
    );
    let res = app.send_json(Method::PUT, &path, &api, &body).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(res.json()["end"], "2031-03-01T12:00:00Z");
    assert_eq!(
        db.registration_of(id, people[1]).await.unwrap(),
        Some(sangam_db::events::Registered::Seat)
    );
    app.add_account("Wap Only", "a long enough password", false)
        .await;
    app.make_admin("wap", "Wap Only").await;
    let other = app.api_client("Wap Only", "a long enough password").await;
    body["title"] = json!("Hijacked");
    assert_eq!(
        app.send_json(Method::PUT, &path, &other, &body)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // The form shows the event as it is, in its own zone, and saves a change.
    let org = app.sign_in(org_name, org_pass).await;
    let form = app.get_as(&format!("/events/{id}/edit"), &org).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("value=\"Photowalk in Dushanbe, two groups\"")
    );
    assert!(form.body.contains("value=\"17:00\"") && form.body.contains("value=\"10:00\""));
    let fields = [
        ("title", "Photowalk in Dushanbe, spring"),
        ("kind", "photowalk"),
        ("mode", "in-person"),
        ("time_zone", "Asia/Dushanbe"),
        ("start_date", "2031-03-01"),
        ("start_time", "10:00"),
        ("end_time", "17:00"),
        ("venue", "Rudaki Park"),
        ("capacity", "2"),
        ("registration_open", "on"),
    ];
    let res = app
        .post_form(&format!("/events/{id}/edit"), &org, &fields)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        db.event(id).await.unwrap().unwrap().details.title,
        "Photowalk in Dushanbe, spring"
    );
    assert_eq!(
        app.get_as(&format!("/events/{id}/edit"), &app.visitor().await)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

/// Seed 004's "Proposed Activities": on the Tajik calendar as written, without dates, and
/// nowhere a calendar app would put them on a day.
#[tokio::test]
async fn the_tajik_proposed_activities_are_on_its_calendar_without_dates() {
    use axum::http::Method;
    use serde_json::json;
    let app = TestApp::new().await;
    let page = app.get("/affiliates/tajik-wikimedians/events").await.body;
    let proposed = page
        .split(&format!(
            "<h2>{}</h2>",
            message(Lang::EN, "calendar-proposed", &[])
        ))
        .nth(1)
        .expect("a proposed section");
    for (title, ..) in sangam_app::demo::TAJIK_PROPOSED {
        assert!(proposed.contains(&title.replace('&', "&#38;")), "{title}");
    }
    assert_eq!(proposed.matches("class=\"event planned\"").count(), 5);
    assert!(proposed.contains(&message(Lang::EN, "event-undated", &[])));
    let wiki = app
        .get("/affiliates/tajik-wikimedians/events.wiki")
        .await
        .body;
    assert!(
        wiki.contains("* Proposed Activities\n** Organising Thematic Wikimedia Projects"),
        "{wiki}"
    );
    let ics = app
        .get("/affiliates/tajik-wikimedians/events.ics")
        .await
        .body;
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 0);
    let api = app
        .send_json(
            Method::GET,
            "/api/affiliates/tajik-wikimedians/events",
            &crate::support::Browser::default(),
            &json!({}),
        )
        .await
        .json();
    let first = &api.as_array().unwrap()[0];
    assert_eq!(
        (
            first["undated"].clone(),
            first["start"].clone(),
            first["status"].clone()
        ),
        (json!(true), json!(null), json!("planned"))
    );
}

/// The outcomes form on an event's page reads into the same draft the API takes: a figure
/// that is not a number is refused on the page, with nothing saved; then the figures are
/// recorded.
#[tokio::test]
async fn organizers_record_outcomes_through_the_event_page() {
    let app = TestApp::new().await;
    let (org, pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let tajik = app
        .db()
        .affiliate("tajik-wikimedians")
        .await
        .unwrap()
        .unwrap()
        .id;
    let id = app
        .db()
        .create_event(
            &photowalk_details("2025-03-01"),
            &[tajik],
            RegistrationWindow::default(),
            None,
            Timestamp::now(),
        )
        .await
        .unwrap();
    let organizer = app.sign_in(org, pass).await;
    let path = format!("/events/{id}/outcomes");
    let res = app
        .post_form(
            &path,
            &organizer,
            &[("participants", "many"), ("uploads", "40")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        app.get(&format!("/api/events/{id}/outcomes")).await.status,
        StatusCode::NOT_FOUND,
        "nothing saved"
    );
    let stranger = app.visitor().await;
    let res = app
        .post_form(&path, &stranger, &[("participants", "25")])
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.body);
    let res = app
        .post_form(
            &path,
            &organizer,
            &[
                ("participants", "25"),
                ("uploads", "40"),
                ("notes", "Sunny"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let saved = app.get(&format!("/api/events/{id}/outcomes")).await.json();
    assert_eq!(
        (
            saved["participants"].as_u64(),
            saved["uploads"].as_u64(),
            saved["notes"].as_str()
        ),
        (Some(25), Some(40), Some("Sunny"))
    );
}
