//! Required reports and the daily lifecycle pass in storage, on both databases: the clock
//! moved day by day, each notice recorded once even when passes run twice or race.

use jiff::civil::{Date, date};
use sangam_core::Timestamp;
use sangam_core::affiliate::{AffiliateDraft, AffiliateStatus, apply};
use sangam_core::compliance::{DefermentReason, Policy};
use sangam_core::report::Filing;
use sangam_db::Db;

use crate::both_backends;

const NOW: Timestamp = Timestamp(1_800_000_000);

/// A user group with one agreement period, 1 July 2022 to 30 June 2023.
async fn group(db: &Db, slug: &str) -> i64 {
    let d = AffiliateDraft {
        slug: Some(slug.into()),
        kind: Some("user_group".into()),
        status: Some("active".into()),
        lang: Some("en".into()),
        name: Some(format!("Group {slug}")),
        agreement_start: Some("2022-07-01".into()),
        agreement_end: Some("2023-06-30".into()),
        ..Default::default()
    };
    db.create_affiliate(
        &apply(None, d.validate(true).unwrap(), NOW).unwrap(),
        None,
        NOW,
    )
    .await
    .unwrap()
    .id
}

async fn pass_days(db: &Db, from: Date, to: Date) -> Vec<(String, Date)> {
    let mut out = Vec::new();
    let mut day = from;
    while day <= to {
        let s = db
            .lifecycle_pass(day, &Policy::default(), NOW)
            .await
            .unwrap();
        for (_, kind) in s.notices {
            out.push((kind, day));
        }
        day = day.tomorrow().unwrap();
    }
    out
}

async fn status(db: &Db, slug: &str) -> AffiliateStatus {
    db.affiliate(slug).await.unwrap().unwrap().status
}

both_backends!(
    the_daily_pass_walks_a_group_from_reminders_to_expiry_once_each,
    async |db: Db| {
        let id = group(&db, "walk").await;
        let sent = pass_days(&db, date(2023, 5, 1), date(2023, 7, 30)).await;
        assert_eq!(
            sent,
            [
                ("reminder_30".to_string(), date(2023, 5, 31)),
                ("reminder_7".to_string(), date(2023, 6, 23))
            ]
        );
        assert_eq!(status(&db, "walk").await, AffiliateStatus::Active);
        let sent = pass_days(&db, date(2023, 7, 31), date(2023, 7, 31)).await;
        assert_eq!(sent, [("past_due".to_string(), date(2023, 7, 31))]);
        assert_eq!(status(&db, "walk").await, AffiliateStatus::PastDue);
        // The same day again: nothing new.
        assert!(
            pass_days(&db, date(2023, 7, 31), date(2023, 7, 31))
                .await
                .is_empty()
        );
        let sent = pass_days(&db, date(2023, 8, 1), date(2023, 9, 15)).await;
        assert_eq!(
            sent,
            [
                ("deadline".to_string(), date(2023, 8, 23)),
                ("expiry".to_string(), date(2023, 8, 31))
            ]
        );
        assert_eq!(status(&db, "walk").await, AffiliateStatus::Expired);
        assert_eq!(db.notices(id).await.unwrap().len(), 5);
        // The history shows each notice and the status changes.
        let history = db.history(id).await.unwrap();
        assert_eq!(
            history
                .iter()
                .filter(|h| h.action == "lifecycle_notice")
                .count(),
            5
        );
        assert_eq!(history.iter().filter(|h| h.action == "status").count(), 2);
    }
);

both_backends!(
    filing_brings_a_past_due_group_back_and_a_deferment_quiets_it,
    async |db: Db| {
        group(&db, "late").await;
        group(&db, "deferred").await;
        pass_days(&db, date(2023, 7, 31), date(2023, 8, 5)).await;
        assert_eq!(status(&db, "late").await, AffiliateStatus::PastDue);
        let late = db.affiliate("late").await.unwrap().unwrap().id;
        let report = db.reports(late).await.unwrap()[0].id;
        db.file_report(
            report,
            &Filing::Link("https://meta.wikimedia.org/wiki/Report".into()),
            None,
            date(2023, 8, 6),
            &Policy::default(),
            NOW,
        )
        .await
        .unwrap();
        pass_days(&db, date(2023, 8, 6), date(2023, 8, 6)).await;
        assert_eq!(status(&db, "late").await, AffiliateStatus::Active);
        // The deferred group was noticed before its deferment; after it, nothing more.
        let deferred = db.affiliate("deferred").await.unwrap().unwrap().id;
        let report = db.reports(deferred).await.unwrap()[0].id;
        db.defer_report(
            report,
            (DefermentReason::NaturalDisaster, ""),
            None,
            date(2023, 8, 6),
            &Policy::default(),
            NOW,
        )
        .await
        .unwrap();
        let sent = pass_days(&db, date(2023, 8, 6), date(2024, 5, 30)).await;
        assert!(sent.is_empty(), "{sent:?}");
        assert_eq!(status(&db, "deferred").await, AffiliateStatus::Active);
        // Its next period's report exists once the period began.
        assert_eq!(db.reports(deferred).await.unwrap().len(), 2);
    }
);

both_backends!(two_passes_racing_record_each_notice_once, async |db: Db| {
    let id = group(&db, "race").await;
    let day = date(2023, 7, 31);
    let policy = Policy::default();
    let (a, b) = tokio::join!(
        db.lifecycle_pass(day, &policy, NOW),
        db.lifecycle_pass(day, &policy, NOW)
    );
    let total = a.unwrap().notices.len() + b.unwrap().notices.len();
    assert_eq!(total, 1, "one of the two recorded the notice");
    assert_eq!(db.notices(id).await.unwrap().len(), 1);
});

/// The SMTP sink of `smtp_sink.py` on a port, stopped when dropped.
struct Sink {
    child: std::process::Child,
    dir: std::path::PathBuf,
}

impl Sink {
    fn start(port: u16, dir: &std::path::Path) -> Option<Sink> {
        use std::io::BufRead;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/smtp_sink.py");
        let mut child = std::process::Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take()?)
            .read_line(&mut line)
            .ok()?;
        (line.trim() == "ready").then(|| Sink {
            child,
            dir: dir.to_path_buf(),
        })
    }

    fn received(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// Notices go to the contact person by real SMTP, in their language, once; a mail server
/// that is down leaves the mail unsent, and it goes out when the server is back.
#[tokio::test]
async fn notices_are_mailed_to_contacts_in_their_language_once_and_retried_when_the_server_is_down()
{
    let sink_ok = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !sink_ok {
        crate::support::skip(
            "notices_are_mailed_to_contacts_in_their_language_once_and_retried_when_the_server_is_down",
            "no python3 with aiosmtpd (pip install aiosmtpd)",
        );
        return;
    }
    let tdb = crate::support::TestDb::sqlite().await;
    let db = tdb.db.clone();
    db.create_account(
        &sangam_db::users::NewAccount {
            username: sangam_core::account::Username::parse("Kanhai").unwrap(),
            email: Some("kanhai@example.org".into()),
            password_hash: "x".into(),
            is_site_admin: false,
            preferred_lang: Some("bn".into()),
        },
        NOW,
    )
    .await
    .unwrap();
    let d = AffiliateDraft {
        slug: Some("mailed".into()),
        kind: Some("user_group".into()),
        status: Some("active".into()),
        lang: Some("en".into()),
        name: Some("Mailed group".into()),
        agreement_start: Some("2022-07-01".into()),
        agreement_end: Some("2023-06-30".into()),
        contacts: Some(vec!["Kanhai".into()]),
        ..Default::default()
    };
    db.create_affiliate(
        &apply(None, d.validate(true).unwrap(), NOW).unwrap(),
        None,
        NOW,
    )
    .await
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = crate::support::TempDir::new("smtp");
    let mailer = sangam_web::mail::Mailer::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        "Sangam <sangam@example.org>",
    )
    .unwrap();
    let url = "https://sangam.example.org";
    let policy = Policy::default();
    let sink = Sink::start(port, &dir.0).expect("the SMTP sink starts");
    db.lifecycle_pass(date(2023, 5, 31), &policy, NOW)
        .await
        .unwrap();
    let sent = sangam_web::mail::send_due(&db, &mailer, url, NOW)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (1, 0));
    // Running everything again sends nothing more.
    db.lifecycle_pass(date(2023, 5, 31), &policy, NOW)
        .await
        .unwrap();
    assert_eq!(
        sangam_web::mail::send_due(&db, &mailer, url, NOW)
            .await
            .unwrap()
            .sent,
        0
    );
    let got = sink.received();
    assert_eq!(got.len(), 1);
    let bn = sangam_i18n::Lang::from_code("bn").unwrap();
    let what = sangam_i18n::message(bn, "notice-reminder_30", &[]);
    assert_eq!(got[0]["to"], serde_json::json!(["kanhai@example.org"]));
    assert_eq!(got[0]["subject"], format!("mailed: {what}"));
    let text = got[0]["text"].as_str().unwrap();
    assert!(text.contains("নমস্কার Kanhai"), "{text}");
    assert!(
        text.contains(&sangam_i18n::format::date(bn, date(2023, 6, 30))),
        "the due date in Bengali: {text}"
    );
    assert!(text.contains("https://sangam.example.org/affiliates/mailed"));
    // The server goes away: the next notice is kept, not marked sent, and tried later.
    drop(sink);
    db.lifecycle_pass(date(2023, 6, 23), &policy, NOW)
        .await
        .unwrap();
    let sent = sangam_web::mail::send_due(&db, &mailer, url, NOW)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (0, 1));
    let unsent = db.unsent_mail().await.unwrap();
    assert_eq!(unsent.len(), 1);
    assert_eq!(unsent[0].1, 1, "one attempt");
    assert!(unsent[0].2.is_some(), "the failure is kept");
    assert_eq!(
        sangam_web::mail::send_due(&db, &mailer, url, NOW)
            .await
            .unwrap(),
        sangam_web::mail::Sent::default(),
        "not before its retry time"
    );
    let sink = Sink::start(port, &dir.0).expect("the SMTP sink starts again");
    let sent = sangam_web::mail::send_due(&db, &mailer, url, NOW.plus(301))
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (1, 0));
    assert!(db.unsent_mail().await.unwrap().is_empty());
    assert_eq!(sink.received().len(), 2);
    tdb.finish().await;
}

/// Two instances on one database: each job runs once per due time, whoever claims it.
async fn two_instances_claim_each_job_once(tdb: crate::support::TestDb) {
    let a = tdb.db.clone();
    let b = tdb.second_handle().await;
    let now = NOW;
    let (x, y) = tokio::join!(
        a.claim_job("lifecycle", "instance-a", now, 600),
        b.claim_job("lifecycle", "instance-b", now, 600)
    );
    assert!(
        x.unwrap() ^ y.unwrap(),
        "exactly one instance holds the job"
    );
    // Held: nobody else gets it; released with a next time: not before then.
    assert!(
        !a.claim_job("lifecycle", "instance-c", now.plus(10), 600)
            .await
            .unwrap()
    );
    let holder = a.jobs().await.unwrap()[0].claimed_by.clone().unwrap();
    a.finish_job("lifecycle", &holder, now.plus(20), now.plus(86_400), None)
        .await
        .unwrap();
    assert!(
        !b.claim_job("lifecycle", "instance-b", now.plus(30), 600)
            .await
            .unwrap()
    );
    assert!(
        b.claim_job("lifecycle", "instance-b", now.plus(86_400), 600)
            .await
            .unwrap()
    );
    // A holder that died: its lease runs out and another instance takes over.
    assert!(
        a.claim_job("lifecycle", "instance-a", now.plus(86_400 + 601), 600)
            .await
            .unwrap()
    );
    // The server's runner: the lifecycle pass and the mail both run, then neither until due.
    let mailer = sangam_web::mail::Mailer::Log;
    let later = now.plus(3 * 86_400);
    let ran = sangam_web::jobs::run_due(&a, &mailer, "http://x", "runner", later)
        .await
        .unwrap();
    assert_eq!(ran, ["lifecycle", "mail"]);
    let again = sangam_web::jobs::run_due(&b, &mailer, "http://x", "other", later.plus(30))
        .await
        .unwrap();
    assert!(again.is_empty());
    let ran = sangam_web::jobs::run_due(&b, &mailer, "http://x", "other", later.plus(61))
        .await
        .unwrap();
    assert_eq!(ran, ["mail"]);
    tdb.finish().await;
}

#[tokio::test]
async fn two_instances_claim_each_job_once_on_sqlite() {
    two_instances_claim_each_job_once(crate::support::TestDb::sqlite().await).await;
}

#[tokio::test]
async fn two_instances_claim_each_job_once_on_postgresql() {
    let Some(tdb) =
        crate::support::TestDb::postgres("two_instances_claim_each_job_once_on_postgresql").await
    else {
        return;
    };
    two_instances_claim_each_job_once(tdb).await;
}

/// 3 December 2026, the clock of the web tests below.
fn december_2026() -> Timestamp {
    Timestamp::parse_rfc3339("2026-12-03T00:00:00Z").unwrap()
}

/// The first report of an affiliate as the API lists it.
async fn first_report(app: &crate::support::TestApp, slug: &str) -> serde_json::Value {
    let list = app.get(&format!("/api/affiliates/{slug}/reports")).await;
    assert_eq!(list.status, axum::http::StatusCode::OK, "{}", list.body);
    list.json()[0].clone()
}

#[tokio::test]
async fn the_demo_shows_pakistan_expired_with_its_notices_and_tajik_upcoming() {
    use axum::http::StatusCode;
    use sangam_i18n::{Lang, message};
    let app = crate::support::TestApp::at(december_2026()).await;
    let pakistan = first_report(&app, "wikimedia-pakistan").await;
    assert_eq!(
        (
            pakistan["kind"].as_str(),
            pakistan["period_start"].as_str(),
            pakistan["period_end"].as_str(),
            pakistan["status"].as_str(),
            pakistan["filed_on"].is_null()
        ),
        (
            Some("activity"),
            Some("2015-06-15"),
            Some("2016-06-14"),
            Some("past_due"),
            true
        )
    );
    let page = app.get("/affiliates/wikimedia-pakistan/reports").await;
    assert_eq!(page.status, StatusCode::OK);
    let expired = message(Lang::EN, "status-expired", &[]);
    assert!(page.body.contains(&expired), "{}", page.body);
    // The seed's notice and the expiry after it, on the profile's history.
    let profile = app.get("/affiliates/wikimedia-pakistan").await.body;
    assert!(profile.contains("<bdi>JAnstee (WMF)</bdi>"));
    let history = app.get("/affiliates/wikimedia-pakistan/history").await.body;
    let expiry = message(Lang::EN, "notice-expiry", &[]);
    assert!(history.contains(&expiry), "the expiry notice: {history}");
    // Tajik: recognized from 1 August 2026 for a year, its annual report upcoming.
    let tajik = first_report(&app, "tajik-wikimedians").await;
    assert_eq!(
        (
            tajik["period_start"].as_str(),
            tajik["due"].as_str(),
            tajik["status"].as_str(),
            tajik["days_left"].as_i64()
        ),
        (
            Some("2026-08-01"),
            Some("2027-07-31"),
            Some("upcoming"),
            Some(240)
        )
    );
    let profile = app.get("/affiliates/tajik-wikimedians").await.body;
    let kind = message(Lang::EN, "report-kind-activity", &[]);
    assert!(
        profile.contains("id=\"next-report\">") && profile.contains(&kind),
        "the profile names the next report"
    );
}

#[tokio::test]
async fn organizers_file_their_own_reports_and_site_admins_review_and_defer() {
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let app = crate::support::TestApp::at(december_2026()).await;
    let (org, org_pass) = sangam_db::demo::AFFILIATE_ADMIN;
    let (site, site_pass) = sangam_db::demo::SITE_ADMIN;
    app.add_account("Wap Organizer", "a long enough password", false)
        .await;
    app.make_admin("wap", "Wap Organizer").await;
    let tajik_org = app.api_client(org, org_pass).await;
    let wap_org = app
        .api_client("Wap Organizer", "a long enough password")
        .await;
    let site = app.api_client(site, site_pass).await;
    let anonymous = crate::support::Browser::default();
    let id = first_report(&app, "tajik-wikimedians").await["id"]
        .as_i64()
        .unwrap();
    let filing = format!("/api/reports/{id}/filing");
    let link = json!({"link": "https://meta.wikimedia.org/wiki/Tajik_Wikimedians/Reports/2027", "body": ""});
    // Someone else's report, or no one's.
    let res = app.send_json(Method::PUT, &filing, &wap_org, &link).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "not_affiliate_admin".into())
    );
    let res = app.send_json(Method::PUT, &filing, &anonymous, &link).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    // Not a web address; both a link and a text; neither.
    for (body, code) in [
        (json!({"link": "meta:Reports", "body": ""}), "invalid_url"),
        (
            json!({"link": "https://meta.wikimedia.org/wiki/R", "body": "Text"}),
            "report_link_or_text",
        ),
        (json!({"link": "", "body": "  "}), "report_missing"),
    ] {
        let res = app.send_json(Method::PUT, &filing, &tajik_org, &body).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(res.json()["error"]["fields"][0]["code"], code, "{body}");
    }
    assert!(
        first_report(&app, "tajik-wikimedians").await["filed_on"].is_null(),
        "nothing was filed"
    );
    let res = app.send_json(Method::PUT, &filing, &tajik_org, &link).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        (
            res.json()["status"].as_str(),
            res.json()["filed_on"].as_str(),
            res.json()["filed_by"].as_str()
        ),
        (Some("filed"), Some("2026-12-03"), Some(org))
    );
    // Review: the organizer cannot; changes need a note; then accepted.
    let review = format!("/api/reports/{id}/review");
    let res = app
        .send_json(
            Method::PUT,
            &review,
            &tajik_org,
            &json!({"decision": "accept", "note": ""}),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .send_json(
            Method::PUT,
            &review,
            &site,
            &json!({"decision": "changes", "note": ""}),
        )
        .await;
    assert_eq!(
        res.json()["error"]["fields"][0]["code"],
        "review_note_required"
    );
    let res = app
        .send_json(
            Method::PUT,
            &review,
            &site,
            &json!({"decision": "changes", "note": "Please add the photowalk's uploads."}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let seen_by_org = app
        .send_json(
            Method::GET,
            &format!("/api/reports/{id}"),
            &tajik_org,
            &json!({}),
        )
        .await
        .json();
    assert_eq!(
        seen_by_org["review_note"],
        "Please add the photowalk's uploads."
    );
    assert!(
        app.get(&format!("/api/reports/{id}")).await.json()["review_note"].is_null(),
        "the note is for the group's admins"
    );
    let res = app
        .send_json(
            Method::PUT,
            &review,
            &site,
            &json!({"decision": "accept", "note": ""}),
        )
        .await;
    assert_eq!(
        (
            res.json()["status"].as_str(),
            res.json()["accepted_on"].as_str()
        ),
        (Some("accepted"), Some("2026-12-03"))
    );
    let res = app.send_json(Method::PUT, &filing, &tajik_org, &link).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "report_accepted".into())
    );
    // Periods: an overlapping one is refused, a later one added.
    let periods = "/api/affiliates/tajik-wikimedians/reports";
    let overlapping =
        json!({"kind": "activity", "start": "2027-01-01", "end": "2027-12-31", "due": ""});
    let res = app
        .send_json(Method::POST, periods, &tajik_org, &overlapping)
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "site admins only");
    let res = app
        .send_json(Method::POST, periods, &site, &overlapping)
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json()["error"]["fields"][0]["code"], "period_overlaps");
    let later = json!({"kind": "activity", "start": "2027-08-01", "end": "2028-07-31", "due": ""});
    let res = app.send_json(Method::POST, periods, &site, &later).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let next = res.json()["id"].as_i64().unwrap();
    assert_eq!(
        app.get(periods).await.json().as_array().unwrap().len(),
        2,
        "nothing partial from the refusal"
    );
    // Deferment: needs one of the four reasons; then a year later, and not past due.
    let deferment = format!("/api/reports/{next}/deferment");
    for reason in ["", "holiday"] {
        let res = app
            .send_json(
                Method::PUT,
                &deferment,
                &site,
                &json!({"reason": reason, "note": ""}),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{reason:?}");
    }
    let res = app
        .send_json(
            Method::PUT,
            &deferment,
            &site,
            &json!({"reason": "government_restriction", "note": "Internet shut down"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        (
            res.json()["status"].as_str(),
            res.json()["due"].as_str(),
            res.json()["deferment_reason"].as_str()
        ),
        (
            Some("deferred"),
            Some("2029-07-31"),
            Some("government_restriction")
        )
    );
}
