//! The outbox: mail waiting to go out (notices, decisions), taken by the sender, marked sent
//! or failed with backoff, and what could not be sent for the compliance overview.

use jiff::civil::Date;
use sangam_core::account::AffiliateId;
use sangam_core::{Error, Timestamp};
use sqlx::Row;

use crate::Db;
use crate::reports::{date, opt_date};

/// A mail waiting to go out: who, in which language, about what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailJob {
    pub id: i64,
    pub to_email: Option<String>,
    pub to_name: String,
    pub lang: Option<String>,
    pub about: MailAbout,
    pub attempts: i64,
}

/// What a mail is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailAbout {
    /// A lifecycle notice to an affiliate's contact person.
    Notice {
        affiliate_slug: String,
        affiliate_id: AffiliateId,
        /// reminder_30, reminder_7, past_due, deadline, expiry.
        kind: String,
        sent_on: Date,
        /// The report's period and due date, when the notice is about one.
        report: Option<((Date, Date), Date)>,
    },
    /// The organizers' decision on a conference proposal, to its people.
    Decision {
        proposal_id: i64,
        event_id: i64,
        title: String,
        /// accepted, waitlisted or rejected.
        status: String,
        note: String,
    },
    /// A published scholarship decision, to its applicant.
    Scholarship {
        event_id: i64,
        /// The conference's title.
        conference: String,
        /// full, partial, waitlist or declined.
        decision: String,
        note: String,
    },
}

/// The columns every outbox query selects first: the mail's id, the address, the name, the
/// language and the attempts so far; each query adds what its mail is about.
const MAIL_COLUMNS: &str = "o.id AS mail_id, u.username AS to_name, u.preferred_lang AS lang, \
    o.attempts AS attempts";

/// A mail job from an outbox row with [`MAIL_COLUMNS`] and `to_email`.
fn mail_job(r: &sqlx::any::AnyRow, about: MailAbout) -> Result<MailJob, Error> {
    Ok(MailJob {
        id: r.try_get("mail_id")?,
        to_email: r.try_get("to_email")?,
        to_name: r.try_get("to_name")?,
        lang: r.try_get("lang")?,
        about,
        attempts: r.try_get("attempts")?,
    })
}

impl Db {
    /// Mail due to be sent at `now` (not sent, next attempt reached), oldest first.
    pub async fn due_mail(&self, now: Timestamp, limit: i64) -> Result<Vec<MailJob>, Error> {
        let mut jobs = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MAIL_COLUMNS}, u.email AS to_email, a.slug, a.id AS affiliate_id, n.kind, \
             n.sent_on, r.period_start, r.period_end, r.due \
             FROM outbox o JOIN notices n ON n.id = o.notice_id JOIN users u ON u.id = o.to_user \
             JOIN affiliates a ON a.id = n.affiliate_id LEFT JOIN reports r ON r.id = n.report_id \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2"
        )))
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let report = match (
                opt_date(r.try_get("period_start")?)?,
                opt_date(r.try_get("period_end")?)?,
                opt_date(r.try_get("due")?)?,
            ) {
                (Some(s), Some(e), Some(d)) => Some(((s, e), d)),
                _ => None,
            };
            let about = MailAbout::Notice {
                affiliate_slug: r.try_get("slug")?,
                affiliate_id: r.try_get("affiliate_id")?,
                kind: r.try_get("kind")?,
                sent_on: date(&r.try_get::<String, _>("sent_on")?)?,
                report,
            };
            mail_job(r, about)
        })
        .collect::<Result<Vec<_>, Error>>()?;
        // Decisions go to the presenters' accounts; to whoever sent the proposal, at the
        // contact address the proposal gives, if any.
        let decisions = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MAIL_COLUMNS}, CASE WHEN o.to_user = p.submitted_by AND p.contact_email IS NOT NULL \
             THEN p.contact_email ELSE u.email END AS to_email, p.id AS proposal_id, p.event_id, \
             p.title, p.status, COALESCE(p.decision_note, '') AS note \
             FROM outbox o JOIN proposals p ON p.id = o.proposal_id JOIN users u ON u.id = o.to_user \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2"
        )))
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        for r in &decisions {
            let about = MailAbout::Decision {
                proposal_id: r.try_get("proposal_id")?,
                event_id: r.try_get("event_id")?,
                title: r.try_get("title")?,
                status: r.try_get("status")?,
                note: r.try_get("note")?,
            };
            jobs.push(mail_job(r, about)?);
        }
        let scholarships = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MAIL_COLUMNS}, u.email AS to_email, e.id AS event_id, e.title, a.decision, \
             COALESCE(a.decision_note, '') AS note \
             FROM outbox o JOIN scholarship_applications a ON a.id = o.application_id \
             JOIN users u ON u.id = o.to_user JOIN events e ON e.id = a.event_id \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2"
        )))
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        for r in &scholarships {
            let about = MailAbout::Scholarship {
                event_id: r.try_get("event_id")?,
                conference: r.try_get("title")?,
                decision: r
                    .try_get::<Option<String>, _>("decision")?
                    .unwrap_or_default(),
                note: r.try_get("note")?,
            };
            jobs.push(mail_job(r, about)?);
        }
        jobs.sort_by_key(|j| j.id);
        jobs.truncate(usize::try_from(limit).unwrap_or(0));
        Ok(jobs)
    }

    /// Marks a mail as accepted by the mail server.
    pub async fn mail_sent(&self, id: i64, now: Timestamp) -> Result<(), Error> {
        sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2")
            .bind(now.0)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Records a failed attempt; the mail is tried again from `retry_at`.
    pub async fn mail_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Timestamp,
    ) -> Result<(), Error> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3",
        )
        .bind(error)
        .bind(retry_at.0)
        .bind(id)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    /// Mail not sent yet, with its attempts and last error (for the dashboard and tests).
    pub async fn unsent_mail(&self) -> Result<Vec<(i64, i64, Option<String>)>, Error> {
        sqlx::query("SELECT id, attempts, last_error FROM outbox WHERE sent_at IS NULL ORDER BY id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("attempts")?,
                    r.try_get("last_error")?,
                ))
            })
            .collect()
    }
}
