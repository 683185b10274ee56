//! Required reports and the daily lifecycle pass in storage, on both databases: the clock
//! moved day by day, each notice recorded once even when passes run twice or race.

use jiff::civil::{Date, date};
use sangam_core::Timestamp;
use sangam_core::affiliate::{AffiliateDraft, AffiliateStatus, apply};
use sangam_core::compliance::Policy;
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
            "https://meta.wikimedia.org/wiki/Report",
            None,
            date(2023, 8, 6),
            NOW,
        )
        .await
        .unwrap();
        pass_days(&db, date(2023, 8, 6), date(2023, 8, 6)).await;
        assert_eq!(status(&db, "late").await, AffiliateStatus::Active);
        // The deferred group was noticed before its deferment; after it, nothing more.
        let deferred = db.affiliate("deferred").await.unwrap().unwrap().id;
        let report = db.reports(deferred).await.unwrap()[0].id;
        db.defer_report(report, "natural_disaster", NOW)
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
