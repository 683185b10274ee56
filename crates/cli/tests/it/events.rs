//! Events in storage: registrations with a capacity and a waitlist, on both databases.

use sangam_core::Timestamp;
use sangam_core::event::{EventDraft, RegistrationWindow, Seat};
use sangam_db::Db;
use sangam_db::events::Registered;

use crate::both_backends;
use crate::membership::empty_group;

/// 2031-01-15, before the test events.
const NOW: Timestamp = Timestamp(1_926_000_000);

async fn people(db: &Db, prefix: &str, n: usize) -> Vec<i64> {
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
async fn photowalk(db: &Db, capacity: &str) -> i64 {
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
        for u in &users {
            let (db, u) = (db.clone(), *u);
            tasks.push(tokio::spawn(async move {
                db.register(event, u, false, "", NOW).await
            }));
        }
        let mut seats = 0;
        let mut positions = Vec::new();
        for t in tasks {
            match t.await.unwrap().unwrap() {
                Registered::Seat => seats += 1,
                Registered::Waitlist { position } => positions.push(position),
            }
        }
        positions.sort_unstable();
        assert_eq!(seats, 3);
        assert_eq!(positions, [1, 2, 3, 4, 5]);
        let regs = db.registrations(event).await.unwrap();
        let seated: Vec<i64> = regs
            .iter()
            .filter(|r| r.seat == Seat::Registered)
            .map(|r| r.user_id)
            .collect();
        let waiting: Vec<i64> = regs
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
