//! Required reports and the daily lifecycle pass in storage, on both databases: the clock
//! moved day by day, each notice recorded once even when passes run twice or race.

use jiff::civil::{Date, date};
use sangam_core::Timestamp;
use sangam_core::account::AffiliateId;
use sangam_core::affiliate::{AffiliateDraft, AffiliateStatus, apply};
use sangam_core::compliance::{DefermentReason, Policy};
use sangam_core::report::Filing;
use sangam_db::Db;

use crate::both_backends;

const NOW: Timestamp = Timestamp(1_800_000_000);

/// An active user group named `name` with one agreement period and these contact persons.
async fn user_group(
    db: &Db,
    (slug, name): (&str, &str),
    agreement: (&str, &str),
    contacts: &[&str],
    now: Timestamp,
) -> AffiliateId {
    let d = AffiliateDraft {
        slug: Some(slug.into()),
        kind: Some("user_group".into()),
        status: Some("active".into()),
        lang: Some("en".into()),
        name: Some(name.into()),
        agreement_start: Some(agreement.0.into()),
        agreement_end: Some(agreement.1.into()),
        contacts: (!contacts.is_empty()).then(|| contacts.iter().map(|c| c.to_string()).collect()),
        ..Default::default()
    };
    db.create_affiliate(
        &apply(None, d.validate(true).unwrap(), now).unwrap(),
        None,
        now,
    )
    .await
    .unwrap()
    .id
}

/// A user group with one agreement period, 1 July 2022 to 30 June 2023.
async fn group(db: &Db, slug: &str) -> AffiliateId {
    let name = format!("Group {slug}");
    user_group(db, (slug, &name), ("2022-07-01", "2023-06-30"), &[], NOW).await
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
pub(crate) struct Sink {
    child: std::process::Child,
    dir: std::path::PathBuf,
}

/// Sends the mail due at `now` from `db` to a fresh sink on loopback; what was sent, and
/// the sink with what it received (with its folder, kept while it is needed).
pub(crate) async fn deliver_due(
    db: &sangam_db::Db,
    now: sangam_core::Timestamp,
    tag: &str,
) -> (sangam_app::mail::Sent, Sink, crate::support::TempDir) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = crate::support::TempDir::new(tag);
    let sink = Sink::start(port, &dir.0).expect("the SMTP sink starts");
    let mailer = sangam_app::mail::Mailer::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        "Sangam <sangam@example.org>",
    )
    .unwrap();
    let sent = sangam_app::mail::send_due(db, &mailer, "https://sangam.example.org", now)
        .await
        .unwrap();
    (sent, sink, dir)
}

impl Sink {
    /// Whether the sink can run here (python3 with aiosmtpd); says SKIPPED for `test` if not.
    pub(crate) fn available(test: &str) -> bool {
        let ok = std::process::Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            crate::support::skip(test, "no python3 with aiosmtpd (pip install aiosmtpd)");
        }
        ok
    }

    pub(crate) fn start(port: u16, dir: &std::path::Path) -> Option<Sink> {
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

    pub(crate) fn received(&self) -> Vec<serde_json::Value> {
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
    if !Sink::available(
        "notices_are_mailed_to_contacts_in_their_language_once_and_retried_when_the_server_is_down",
    ) {
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
    user_group(
        &db,
        ("mailed", "Mailed group"),
        ("2022-07-01", "2023-06-30"),
        &["Kanhai"],
        NOW,
    )
    .await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = crate::support::TempDir::new("smtp");
    let mailer = sangam_app::mail::Mailer::from_url(
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
    let sent = sangam_app::mail::send_due(&db, &mailer, url, NOW)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (1, 0));
    // Running everything again sends nothing more.
    db.lifecycle_pass(date(2023, 5, 31), &policy, NOW)
        .await
        .unwrap();
    assert_eq!(
        sangam_app::mail::send_due(&db, &mailer, url, NOW)
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
    let sent = sangam_app::mail::send_due(&db, &mailer, url, NOW)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (0, 1));
    let unsent = db.unsent_mail().await.unwrap();
    assert_eq!(unsent.len(), 1);
    assert_eq!(unsent[0].1, 1, "one attempt");
    assert!(unsent[0].2.is_some(), "the failure is kept");
    assert_eq!(
        sangam_app::mail::send_due(&db, &mailer, url, NOW)
            .await
            .unwrap(),
        sangam_app::mail::Sent::default(),
        "not before its retry time"
    );
    let sink = Sink::start(port, &dir.0).expect("the SMTP sink starts again");
    let sent = sangam_app::mail::send_due(&db, &mailer, url, NOW.plus(301))
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
    let mailer = sangam_app::mail::Mailer::Log;
    let later = now.plus(3 * 86_400);
    let ran = sangam_app::jobs::run_due(&a, &mailer, "http://x", "runner", later)
        .await
        .unwrap();
    assert_eq!(ran, ["lifecycle", "mail"]);
    let again = sangam_app::jobs::run_due(&b, &mailer, "http://x", "other", later.plus(30))
        .await
        .unwrap();
    assert!(again.is_empty());
    let ran = sangam_app::jobs::run_due(&b, &mailer, "http://x", "other", later.plus(61))
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
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
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
    // The same through the page's form, read in Russian.
    let org_page = app.sign_in(org, org_pass).await;
    let res = app
        .post_form(
            &format!("/affiliates/tajik-wikimedians/reports/{id}/file?uselang=ru"),
            &org_page,
            &[("action", "file"), ("link", "meta:Reports"), ("body", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ru = sangam_i18n::Lang::from_code("ru").unwrap();
    let said = sangam_i18n::message(ru, "field-error-invalid_url", &[]);
    assert!(res.body.contains(&said), "{}", res.body);
    assert!(
        res.body.contains("value=\"meta:Reports\""),
        "the form keeps what was typed"
    );
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

#[tokio::test]
async fn the_builder_drafts_the_report_from_events_outcomes_and_the_seed_members() {
    use axum::http::{Method, StatusCode};
    use sangam_i18n::{Lang, message};
    use serde_json::json;
    let app = crate::support::TestApp::at(december_2026()).await;
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
    app.add_account("Wap Organizer", "a long enough password", false)
        .await;
    app.make_admin("wap", "Wap Organizer").await;
    let wap_org = app
        .api_client("Wap Organizer", "a long enough password")
        .await;
    let site = app.api_client(site, site_pass).await;
    let anonymous = crate::support::Browser::default();
    // The first half of 2023, when WAP was founded.
    let res = app
        .send_json(
            Method::POST,
            "/api/affiliates/wap/reports",
            &site,
            &json!({"kind": "activity", "start": "2023-01-01", "end": "2023-06-30", "due": "2023-07-31"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = res.json()["id"].as_i64().unwrap();
    let wap = app.db().affiliate("wap").await.unwrap().unwrap().id;
    let events = app
        .db()
        .events_of(wap, Timestamp(0), Timestamp(i64::MAX / 2))
        .await
        .unwrap();
    let event = |title: &str| events.iter().find(|e| e.details.title == title).unwrap().id;
    let folklore = event("Wiki Loves Folklore in Bangladesh 2023");
    let feminism = event("Feminism and Folklore edit-a-thon 2023 in Bengali Wikipedia");
    for (event, outcomes) in [
        (folklore, json!({"participants": "30", "uploads": "1500"})),
        (
            feminism,
            json!({"participants": "20", "articles_created": "45"}),
        ),
    ] {
        let res = app
            .send_json(
                Method::PUT,
                &format!("/api/events/{event}/outcomes"),
                &wap_org,
                &outcomes,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let builder = format!("/api/reports/{id}/builder");
    let res = app
        .send_json(Method::GET, &builder, &anonymous, &json!({}))
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let res = app
        .send_json(Method::GET, &builder, &site, &json!({}))
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let built = app
        .send_json(Method::GET, &builder, &wap_org, &json!({}))
        .await
        .json();
    // The seed calendar's five events of January to June 2023, in order; the eight people
    // of the seed's list who signed in May 2023 (the ninth signed in December).
    let titles: Vec<&str> = built["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 5, "{titles:?}");
    assert_eq!(titles[0], "Wiki Loves Folklore in Bangladesh 2023");
    assert_eq!(
        titles[4],
        "Submit an application for official recognition to Affcom."
    );
    assert_eq!(
        (
            built["totals"]["participants"].as_u64(),
            built["totals"]["uploads"].as_u64(),
            built["totals"]["articles_created"].as_u64(),
            built["totals"]["reported"].as_u64()
        ),
        (Some(50), Some(1500), Some(45), Some(2))
    );
    assert_eq!(
        (
            built["members_joined"].as_u64(),
            built["members_at_end"].as_u64()
        ),
        (Some(8), Some(8))
    );
    let body = built["body"].as_str().unwrap();
    let wikitext = built["wikitext"].as_str().unwrap();
    let events_heading = message(Lang::EN, "report-draft-events-heading", &[]);
    assert!(
        wikitext.contains(&format!("== {events_heading} ==")),
        "{wikitext}"
    );
    assert!(
        wikitext.contains("Wiki Loves Folklore in Bangladesh 2023") && wikitext.contains("1,500"),
        "{wikitext}"
    );
    assert!(
        !wikitext.contains(['\u{2068}', '\u{2069}']),
        "no invisible isolation marks in wikitext: {wikitext:?}"
    );
    // In Bengali, for the group's own readers.
    let bn = app
        .send_json(
            Method::GET,
            &format!("{builder}?lang=bn"),
            &wap_org,
            &json!({}),
        )
        .await
        .json();
    let bn_heading = message(
        Lang::from_code("bn").unwrap(),
        "report-draft-events-heading",
        &[],
    );
    assert!(bn["body"].as_str().unwrap().contains(&bn_heading));
    // The page: the organizer builds the draft into the form; nobody else sees a draft.
    let org_page = app.sign_in("Wap Organizer", "a long enough password").await;
    let page = app
        .get_as(&format!("/affiliates/wap/reports/{id}?build=en"), &org_page)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"builder-totals\""));
    assert!(
        page.body
            .contains("Submit an application for official recognition to Affcom.")
    );
    let wiki = format!("/affiliates/wap/reports/{id}/report.wiki");
    assert_eq!(
        app.get(&wiki).await.status,
        StatusCode::NOT_FOUND,
        "no draft for readers"
    );
    let draft = app.get_as(&wiki, &org_page).await;
    assert_eq!(
        draft.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(draft.body, wikitext);
    // Filed as written here: the wikitext is public, and the filed text is what it shows.
    let res = app
        .send_json(
            Method::PUT,
            &format!("/api/reports/{id}/filing"),
            &wap_org,
            &json!({"link": "", "body": body}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(app.get(&wiki).await.body, wikitext);
    let public = app.get(&format!("/api/reports/{id}")).await.json();
    assert_eq!(public["body"].as_str(), Some(body));
}

#[tokio::test]
async fn the_dashboard_is_for_site_admins_and_shows_mail_that_could_not_be_sent() {
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let now = december_2026();
    let app = crate::support::TestApp::at(now).await;
    let db = app.db();
    // A group whose report is due in a week, with a contact person who has an address.
    app.add_account("Nilufar", "a long enough password", false)
        .await;
    user_group(
        db,
        ("week-left", "Week Left User Group"),
        ("2025-12-11", "2026-12-10"),
        &["Nilufar"],
        now,
    )
    .await;
    let pass = db
        .lifecycle_pass(now.date_utc(), &Policy::default(), now)
        .await
        .unwrap();
    assert!(
        pass.notices.iter().any(|(_, kind)| kind == "reminder_7"),
        "{:?}",
        pass.notices
    );
    // No mail server listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mailer = sangam_app::mail::Mailer::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        "Sangam <sangam@example.org>",
    )
    .unwrap();
    let sent = sangam_app::mail::send_due(db, &mailer, "https://sangam.example.org", now)
        .await
        .unwrap();
    assert_eq!((sent.sent, sent.failed), (0, 1));
    app.state.cache().refresh(db).await.unwrap();

    // Role by role: nobody, an affiliate's organizer, a site admin.
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
    let anonymous = crate::support::Browser::default();
    let organizer = app.api_client(org, org_pass).await;
    let admin = app.api_client(site, site_pass).await;
    let get = async |who, path: &str| app.send_json(Method::GET, path, who, &json!({})).await;
    assert_eq!(
        get(&anonymous, "/api/compliance").await.status,
        StatusCode::UNAUTHORIZED
    );
    let res = get(&organizer, "/api/compliance").await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::FORBIDDEN, "site_admin_only".into())
    );
    let all = get(&admin, "/api/compliance").await;
    assert_eq!(all.status, StatusCode::OK);
    let row = |rows: &serde_json::Value, slug: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["affiliate"] == slug)
            .cloned()
    };
    let week = row(&all.json(), "week-left").expect("the new group");
    assert_eq!(
        (
            week["next_due"].as_str(),
            week["last_notice"].as_str(),
            week["failed_mail"].as_i64()
        ),
        (Some("2026-12-10"), Some("reminder_7"), Some(1))
    );
    assert!(week["mail_error"].as_str().is_some_and(|e| !e.is_empty()));
    let pakistan = row(&all.json(), "wikimedia-pakistan").unwrap();
    assert_eq!(
        (
            pakistan["status"].as_str(),
            pakistan["last_notice"].as_str()
        ),
        (Some("expired"), Some("expiry"))
    );
    // Filters: only mail problems; only expired; a status that does not exist.
    let failing = get(&admin, "/api/compliance?mail=1").await.json();
    assert_eq!(failing.as_array().unwrap().len(), 1);
    let expired = get(&admin, "/api/compliance?status=expired").await.json();
    let slugs: Vec<&str> = expired
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["affiliate"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["wikimedia-pakistan"]);
    let res = get(&admin, "/api/compliance?status=sleeping").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The page, the same way round.
    let page = app.get("/admin/compliance").await;
    assert_ne!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Week Left User Group"));
    let org_page = app.sign_in(org, org_pass).await;
    assert_eq!(
        app.get_as("/admin/compliance", &org_page).await.status,
        StatusCode::FORBIDDEN
    );
    let site_page = app.sign_in(site, site_pass).await;
    let page = app.get_as("/admin/compliance?mail=1", &site_page).await;
    assert_eq!(page.status, StatusCode::OK);
    let mail_cell = page
        .body
        .split("id=\"c-week-left\"")
        .nth(1)
        .and_then(|rest| rest.split("class=\"mail\">").nth(1))
        .and_then(|cell| cell.split("</td>").next())
        .unwrap_or_default()
        .to_string();
    assert!(mail_cell.starts_with("1 not sent: "), "{mail_cell:?}");
    assert!(!page.body.contains("id=\"c-wap\""), "filtered out");
}

#[tokio::test]
async fn an_expired_group_comes_back_only_by_a_site_admins_decision() {
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let now = december_2026();
    let app = crate::support::TestApp::at(now).await;
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
    let organizer = app.api_client(org, org_pass).await;
    let admin = app.api_client(site, site_pass).await;
    let path = "/api/affiliates/wikimedia-pakistan/recognition";
    let again = json!({"decision": "recognize", "start": "2026-12-01", "end": "2027-11-30"});
    let res = app.send_json(Method::PUT, path, &organizer, &again).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    for bad in [
        json!({"decision": "recognize", "start": "2027-11-30", "end": "2026-12-01"}),
        json!({"decision": "recognize", "start": "", "end": ""}),
        json!({"decision": "forgive"}),
    ] {
        let res = app.send_json(Method::PUT, path, &admin, &bad).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    assert_eq!(
        app.db()
            .affiliate("wikimedia-pakistan")
            .await
            .unwrap()
            .unwrap()
            .status,
        AffiliateStatus::Expired,
        "refusals change nothing"
    );
    let res = app.send_json(Method::PUT, path, &admin, &again).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.body);
    let pk = app
        .db()
        .affiliate("wikimedia-pakistan")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pk.status, AffiliateStatus::Active);
    // Back among the active affiliates; the old report settled by the decision; the new
    // period's report comes with the next daily pass.
    let directory = app.get("/affiliates").await.body;
    assert!(directory.contains("/affiliates/wikimedia-pakistan\""));
    app.db()
        .lifecycle_pass(now.date_utc(), &Policy::default(), now)
        .await
        .unwrap();
    let reports = app
        .get("/api/affiliates/wikimedia-pakistan/reports")
        .await
        .json();
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(
        (
            reports[0]["current"].as_bool(),
            reports[1]["period_start"].as_str()
        ),
        (Some(false), Some("2026-12-01"))
    );
    assert_eq!(reports[1]["due"], "2027-11-30");
    let res = app.send_json(Method::PUT, path, &admin, &again).await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::CONFLICT, "not_expired".into())
    );
}

both_backends!(
    filing_after_expiry_does_not_bring_a_group_back,
    async |db: Db| {
        group(&db, "expired").await;
        pass_days(&db, date(2023, 7, 31), date(2023, 9, 1)).await;
        assert_eq!(status(&db, "expired").await, AffiliateStatus::Expired);
        let id = db.affiliate("expired").await.unwrap().unwrap().id;
        let report = db.reports(id).await.unwrap()[0].id;
        db.file_report(
            report,
            &Filing::Link("https://meta.wikimedia.org/wiki/Late".into()),
            None,
            date(2023, 9, 2),
            &Policy::default(),
            NOW,
        )
        .await
        .unwrap();
        pass_days(&db, date(2023, 9, 2), date(2023, 9, 3)).await;
        assert_eq!(status(&db, "expired").await, AffiliateStatus::Expired);
        assert!(
            pass_days(&db, date(2023, 9, 4), date(2024, 9, 4))
                .await
                .is_empty(),
            "no reports, no notices while expired"
        );
        db.decide_expired(id, None, None, NOW).await.unwrap();
        assert_eq!(
            status(&db, "expired").await,
            AffiliateStatus::FormerlyActive
        );
    }
);

both_backends!(
    filing_in_time_means_no_notice_after_the_reminders,
    async |db: Db| {
        group(&db, "on-time").await;
        let sent = pass_days(&db, date(2023, 5, 30), date(2023, 6, 25)).await;
        assert_eq!(sent.len(), 2, "the two reminders: {sent:?}");
        let id = db.affiliate("on-time").await.unwrap().unwrap().id;
        let report = db.reports(id).await.unwrap()[0].id;
        db.file_report(
            report,
            &Filing::Written("== Summary ==\n\nA year of edit-a-thons.".into()),
            None,
            date(2023, 6, 26),
            &Policy::default(),
            NOW,
        )
        .await
        .unwrap();
        let after = pass_days(&db, date(2023, 6, 26), date(2023, 12, 31)).await;
        assert!(
            after.is_empty(),
            "no past-due, deadline or expiry: {after:?}"
        );
        assert_eq!(status(&db, "on-time").await, AffiliateStatus::Active);
    }
);

#[tokio::test]
async fn site_admins_review_defer_and_add_periods_through_the_pages_forms() {
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let app = crate::support::TestApp::at(december_2026()).await;
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
    let tajik_org = app.api_client(org, org_pass).await;
    let admin = app.sign_in(site, site_pass).await;
    let organizer = app.sign_in(org, org_pass).await;
    let base = "/affiliates/tajik-wikimedians/reports";
    let id = first_report(&app, "tajik-wikimedians").await["id"]
        .as_i64()
        .unwrap();
    let link = json!({"link": "https://meta.wikimedia.org/wiki/Tajik_Wikimedians/Reports/2027", "body": ""});
    let res = app
        .send_json(
            Method::PUT,
            &format!("/api/reports/{id}/filing"),
            &tajik_org,
            &link,
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Review: asking for changes needs a note (the page says so and nothing changes);
    // the organizer's form is refused; then accepted.
    let review = format!("{base}/{id}/review");
    let res = app
        .post_form(&review, &admin, &[("decision", "changes"), ("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    let said = sangam_i18n::message(
        sangam_i18n::Lang::EN,
        "field-error-review_note_required",
        &[],
    );
    assert!(res.body.contains(&said), "{}", res.body);
    let res = app
        .post_form(&review, &organizer, &[("decision", "accept"), ("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(first_report(&app, "tajik-wikimedians").await["accepted_on"].is_null());
    let res = app
        .post_form(&review, &admin, &[("decision", "accept"), ("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        first_report(&app, "tajik-wikimedians").await["accepted_on"],
        "2026-12-03"
    );
    // A period by hand: an overlapping one is refused with the form kept, a later one added.
    let period = |start: &'static str, end: &'static str| {
        [
            ("kind", "activity"),
            ("start", start),
            ("end", end),
            ("due", ""),
        ]
    };
    let res = app
        .post_form(base, &admin, &period("2027-01-01", "2027-12-31"))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert_eq!(
        app.get(&format!("/api{base}"))
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let res = app
        .post_form(base, &admin, &period("2027-08-01", "2028-07-31"))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let reports = app.get(&format!("/api{base}")).await.json();
    assert_eq!(reports.as_array().unwrap().len(), 2);
    let next = reports[1]["id"].as_i64().unwrap();
    // Deferment: a reason not of the four is refused; one of them defers a year.
    let defer = format!("{base}/{next}/defer");
    let res = app
        .post_form(&defer, &admin, &[("reason", "holiday"), ("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    let res = app
        .post_form(
            &defer,
            &admin,
            &[
                ("reason", "government_restriction"),
                ("note", "Internet shut down"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let deferred = app.get(&format!("/api/reports/{next}")).await.json();
    assert_eq!(
        (deferred["status"].as_str(), deferred["due"].as_str()),
        (Some("deferred"), Some("2029-07-31"))
    );
}

/// An affiliate's own organizers may not move its recognition date or agreement period:
/// the daily pass runs on them, and a group past due could take itself out of the process.
/// The API and the edit form refuse it (the form shows the fields disabled); site admins may.
#[tokio::test]
async fn only_site_admins_change_the_dates_compliance_runs_on() {
    use crate::support::TestApp;
    use axum::http::{Method, StatusCode};
    use serde_json::json;
    let app = TestApp::new().await;
    let slug = "tajik-wikimedians";
    let path = format!("/api/affiliates/{slug}");
    let before = app.db().affiliate(slug).await.unwrap().unwrap();
    let (org, org_pass) = sangam_app::demo::AFFILIATE_ADMIN;
    let organizer = app.api_client(org, org_pass).await;
    for body in [
        json!({"agreement_start": "2026-01-01", "agreement_end": "2030-12-31"}),
        json!({"recognized": "2030-01-01"}),
    ] {
        let res = app.send_json(Method::PATCH, &path, &organizer, &body).await;
        assert_eq!(
            (res.status, res.error_code()),
            (StatusCode::FORBIDDEN, "site_admin_only".into()),
            "{body}"
        );
    }
    // Their other fields are theirs.
    let res = app
        .send_json(
            Method::PATCH,
            &path,
            &organizer,
            &json!({"motto": "Дониш барои ҳама"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);

    // The form: the committee's dates are disabled for organizers; sent anyway, refused.
    let browser = app.sign_in(org, org_pass).await;
    let form = app
        .get_as(&format!("/affiliates/{slug}/edit"), &browser)
        .await;
    let input = |name: &str| {
        form.body
            .split(&format!("name=\"{name}\""))
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .map(str::to_string)
            .unwrap_or_default()
    };
    for name in ["recognized", "agreement_start", "agreement_end"] {
        assert!(input(name).contains("disabled"), "{name}: {}", input(name));
    }
    assert!(!input("motto").contains("disabled"));
    let version = app
        .db()
        .affiliate(slug)
        .await
        .unwrap()
        .unwrap()
        .version
        .to_string();
    let res = app
        .post_form(
            &format!("/affiliates/{slug}/edit"),
            &browser,
            &[
                ("version", &version),
                ("agreement_start", "2026-01-01"),
                ("agreement_end", "2030-12-31"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let after = app.db().affiliate(slug).await.unwrap().unwrap();
    assert_eq!(
        (after.agreement, after.recognized),
        (before.agreement, before.recognized),
        "nothing moved"
    );

    // The committee may.
    let (site, site_pass) = sangam_app::demo::SITE_ADMIN;
    let admin = app.api_client(site, site_pass).await;
    let res = app
        .send_json(
            Method::PATCH,
            &path,
            &admin,
            &json!({"agreement_start": "2026-01-01", "agreement_end": "2027-12-31"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let moved = app.db().affiliate(slug).await.unwrap().unwrap();
    assert_eq!(
        moved.agreement.map(|(s, e)| (s.to_string(), e.to_string())),
        Some(("2026-01-01".into(), "2027-12-31".into()))
    );
}
