//! The scheduled jobs inside the server: the daily reporting lifecycle pass (after
//! midnight UTC) and sending the mail it leaves (every minute). Each is claimed in the
//! database before it runs, so instances sharing a database never run one twice at once;
//! a failed run is tried again with backoff.

use std::time::Duration;

use sangam_core::compliance::Policy;
use sangam_core::{Error, Timestamp};
use sangam_db::Db;

use crate::mail::{self, Mailer};

pub const LIFECYCLE: &str = "lifecycle";
pub const MAIL: &str = "mail";

/// How long a claim holds if its instance dies mid-run.
const LEASE: i64 = 600;

/// The next midnight UTC after `now`.
fn next_midnight(now: Timestamp) -> Timestamp {
    Timestamp((now.0.div_euclid(86_400) + 1) * 86_400)
}

/// Runs the jobs due at `now` that this instance can claim; returns which ran.
pub async fn run_due(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    instance: &str,
    now: Timestamp,
) -> Result<Vec<&'static str>, Error> {
    let mut ran = Vec::new();
    if db.claim_job(LIFECYCLE, instance, now, LEASE).await? {
        let result = db
            .lifecycle_pass(now.date_utc(), &Policy::default(), now)
            .await;
        match result {
            Ok(_) => {
                db.finish_job(LIFECYCLE, instance, now, next_midnight(now), None)
                    .await?
            }
            Err(e) => {
                let wait = mail::backoff(0);
                db.finish_job(
                    LIFECYCLE,
                    instance,
                    now,
                    now.plus(wait),
                    Some(&e.to_string()),
                )
                .await?
            }
        }
        ran.push(LIFECYCLE);
    }
    if db.claim_job(MAIL, instance, now, LEASE).await? {
        let result = mail::send_due(db, mailer, public_url, now).await;
        let error = result.err().map(|e| e.to_string());
        db.finish_job(MAIL, instance, now, now.plus(60), error.as_deref())
            .await?;
        ran.push(MAIL);
    }
    Ok(ran)
}

/// Runs due jobs every `tick` until the process ends.
pub async fn run(
    db: Db,
    mailer: Mailer,
    public_url: String,
    instance: String,
    clock: sangam_core::Clock,
    tick: Duration,
) {
    let mut interval = tokio::time::interval(tick);
    loop {
        interval.tick().await;
        if let Err(e) = run_due(&db, &mailer, &public_url, &instance, clock.now()).await {
            tracing::warn!(error = %e, "scheduled jobs could not run; trying again next tick");
        }
    }
}
