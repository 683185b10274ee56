//! Scheduled jobs' claims: an instance claims a job until its lease ends, so instances
//! sharing a database never run one twice at once; a finished job says when it is next due.

use sangam_core::{Error, Timestamp};
use sqlx::Row;

use crate::Db;

impl Db {
    /// Claims the job `name` for `instance` until `now + lease` if it is due and nobody holds
    /// it; true when this instance got it. A job seen for the first time is due at once.
    pub async fn claim_job(
        &self,
        name: &str,
        instance: &str,
        now: Timestamp,
        lease: i64,
    ) -> Result<bool, Error> {
        sqlx::query(
            "INSERT INTO jobs (name, run_after) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(now.0)
        .execute(&self.writer)
        .await?;
        let n = sqlx::query(
            "UPDATE jobs SET claimed_by = $1, claimed_until = $2 WHERE name = $3 AND run_after <= $4 \
             AND (claimed_until IS NULL OR claimed_until < $4)",
        )
        .bind(instance)
        .bind(now.0 + lease)
        .bind(name)
        .bind(now.0)
        .execute(&self.writer)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Releases a job this instance ran: next due at `next`, with the error if it failed.
    pub async fn finish_job(
        &self,
        name: &str,
        instance: &str,
        now: Timestamp,
        next: Timestamp,
        error: Option<&str>,
    ) -> Result<(), Error> {
        sqlx::query(
            "UPDATE jobs SET claimed_by = NULL, claimed_until = NULL, run_after = $1, last_run_at = $2, \
             last_error = $3, attempts = CASE WHEN $3 IS NULL THEN 0 ELSE attempts + 1 END \
             WHERE name = $4 AND claimed_by = $5",
        )
        .bind(next.0)
        .bind(now.0)
        .bind(error)
        .bind(name)
        .bind(instance)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Each job's next run, holder and last error (for the dashboard and tests).
    pub async fn jobs(&self) -> Result<Vec<JobRow>, Error> {
        sqlx::query(
            "SELECT name, run_after, claimed_by, attempts, last_error FROM jobs ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(JobRow {
                name: r.try_get("name")?,
                run_after: Timestamp(r.try_get("run_after")?),
                claimed_by: r.try_get("claimed_by")?,
                attempts: r.try_get("attempts")?,
                last_error: r.try_get("last_error")?,
            })
        })
        .collect()
    }
}

/// A scheduled job as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRow {
    pub name: String,
    pub run_after: Timestamp,
    pub claimed_by: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
}
