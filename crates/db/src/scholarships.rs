//! A conference's scholarship round in storage: the round and its phase, one application
//! per person, the reviewers' scores, the organizers' flags and decisions, and the mail
//! that tells each applicant once the decisions are published.
//!
//! Every step checks the round's phase in the transaction that writes (on PostgreSQL with
//! the round's row locked), so an application cannot slip in after the round moved on.

use crate::conference::{ReviewRow, Reviewed, from_json, json, review_row, write_review};
use crate::events::EventId;
use sangam_core::account::UserId;
use sangam_core::conference::Review;
use sangam_core::id::ApplicationId;
use sangam_core::scholarship::{Application, Decision, Flag, Need, Phase, Round};
use sangam_core::{Error, Timestamp};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Db, Tx, bump_generation, commit};

/// A round with where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundRow {
    pub event_id: EventId,
    pub round: Round,
    pub phase: Phase,
    pub published_at: Option<Timestamp>,
}

/// An application as stored, with its applicant and what the organizers made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRow {
    pub id: ApplicationId,
    pub event_id: EventId,
    pub user_id: UserId,
    pub username: String,
    /// The applicant's account address: for the organizers only.
    pub email: Option<String>,
    pub application: Application,
    pub submitted_at: Timestamp,
    pub updated_at: Timestamp,
    pub flag: Option<(Flag, String)>,
    pub decision: Option<(Decision, String)>,
}

const APPLICATION_COLUMNS: &str = "a.id, a.event_id, a.user_id, u.username, u.email, a.region, a.history, \
     a.contributions, a.motivation, a.need, a.submitted_at, a.updated_at, a.flag, a.flag_note, \
     a.decision, a.decision_note";

fn application_row(r: &AnyRow) -> Result<ApplicationRow, Error> {
    let g = Error::from;
    let need: String = r.try_get("need").map_err(g)?;
    let flag: Option<String> = r.try_get("flag").map_err(g)?;
    let decision: Option<String> = r.try_get("decision").map_err(g)?;
    let flag = match flag {
        Some(f) => Some((
            Flag::parse(&f).ok_or_else(|| Error::internal(f.clone()))?,
            r.try_get::<Option<String>, _>("flag_note")
                .map_err(g)?
                .unwrap_or_default(),
        )),
        None => None,
    };
    let decision = match decision {
        Some(d) => Some((
            Decision::parse(&d).ok_or_else(|| Error::internal(d.clone()))?,
            r.try_get::<Option<String>, _>("decision_note")
                .map_err(g)?
                .unwrap_or_default(),
        )),
        None => None,
    };
    Ok(ApplicationRow {
        id: r.try_get("id").map_err(g)?,
        event_id: r.try_get("event_id").map_err(g)?,
        user_id: r.try_get("user_id").map_err(g)?,
        username: r.try_get("username").map_err(g)?,
        email: r.try_get("email").map_err(g)?,
        application: Application {
            region: r.try_get("region").map_err(g)?,
            history: r.try_get("history").map_err(g)?,
            contributions: r.try_get("contributions").map_err(g)?,
            motivation: r.try_get("motivation").map_err(g)?,
            need: Need::parse(&need).ok_or_else(|| Error::internal(need.clone()))?,
        },
        submitted_at: Timestamp(r.try_get("submitted_at").map_err(g)?),
        updated_at: Timestamp(r.try_get("updated_at").map_err(g)?),
        flag,
        decision,
    })
}

fn round_row(r: &AnyRow) -> Result<RoundRow, Error> {
    let g = Error::from;
    let criteria: String = r.try_get("criteria").map_err(g)?;
    let score_max: i64 = r.try_get("score_max").map_err(g)?;
    let phase: String = r.try_get("phase").map_err(g)?;
    Ok(RoundRow {
        event_id: r.try_get("event_id").map_err(g)?,
        round: Round {
            opens: Timestamp(r.try_get("opens_at").map_err(g)?),
            closes: Timestamp(r.try_get("closes_at").map_err(g)?),
            criteria: from_json(&criteria)?,
            score_max: u32::try_from(score_max).unwrap_or(0),
        },
        phase: Phase::parse(&phase).ok_or_else(|| Error::internal(phase.clone()))?,
        published_at: r
            .try_get::<Option<i64>, _>("published_at")
            .map_err(g)?
            .map(Timestamp),
    })
}

const ROUND_COLUMNS: &str =
    "event_id, opens_at, closes_at, criteria, score_max, phase, published_at";

impl Db {
    /// The round's row in a writing transaction, locked on PostgreSQL until it commits.
    async fn lock_round(&self, tx: &mut Tx, event: EventId) -> Result<RoundRow, Error> {
        self.lock(tx, crate::Locked::ScholarshipRound(event))
            .await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM scholarship_rounds WHERE event_id = $1"
        )))
        .bind(event)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(Error::NotFound)?;
        round_row(&row)
    }

    /// Sets a conference's scholarship round, or changes it while applications are still
    /// taken (`round_under_way` afterwards: the criteria may already be scored).
    pub async fn set_round(&self, event: EventId, round: &Round) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let existing = match self.lock_round(&mut tx, event).await {
            Ok(r) => Some(r),
            Err(Error::NotFound) => None,
            Err(e) => return Err(e),
        };
        match existing {
            Some(r) if r.phase != Phase::Open => return Err(Error::Conflict("round_under_way")),
            Some(_) => {
                sqlx::query(
                    "UPDATE scholarship_rounds SET opens_at = $1, closes_at = $2, criteria = $3, \
                     score_max = $4 WHERE event_id = $5",
                )
                .bind(round.opens.0)
                .bind(round.closes.0)
                .bind(json(&round.criteria)?)
                .bind(i64::from(round.score_max))
                .bind(event)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query(
                    "INSERT INTO scholarship_rounds (event_id, opens_at, closes_at, criteria, \
                     score_max, phase) VALUES ($1, $2, $3, $4, $5, 'open')",
                )
                .bind(event)
                .bind(round.opens.0)
                .bind(round.closes.0)
                .bind(json(&round.criteria)?)
                .bind(i64::from(round.score_max))
                .execute(&mut *tx)
                .await?;
            }
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// A conference's scholarship round, if it has one.
    pub async fn round(&self, event: EventId) -> Result<Option<RoundRow>, Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ROUND_COLUMNS} FROM scholarship_rounds WHERE event_id = $1"
        )))
        .bind(event)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(round_row)
        .transpose()
    }

    /// Moves the round one phase on. Publishing needs a decision on every application that
    /// is not flagged; flagged ones without one are declined, and every applicant except
    /// those flagged as spam is mailed their decision in the same transaction. Returns how
    /// many mails were queued.
    pub async fn advance_round(
        &self,
        event: EventId,
        next: Phase,
        now: Timestamp,
    ) -> Result<usize, Error> {
        self.advance_round_mailing(event, next, now, true).await
    }

    /// [`Db::advance_round`], with the mail only when `mail` (the demo publishes its 2021
    /// round without mailing its made-up applicants).
    pub async fn advance_round_mailing(
        &self,
        event: EventId,
        next: Phase,
        now: Timestamp,
        mail: bool,
    ) -> Result<usize, Error> {
        let mut tx = self.write().await?;
        let r = self.lock_round(&mut tx, event).await?;
        r.phase
            .advance_to(next)
            .map_err(|i| Error::field("phase", i.code))?;
        let mut mailed = 0;
        if next == Phase::Published {
            let undecided: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM scholarship_applications \
                 WHERE event_id = $1 AND flag IS NULL AND decision IS NULL",
            )
            .bind(event)
            .fetch_one(&mut *tx)
            .await?;
            if undecided > 0 {
                return Err(Error::Conflict("applications_undecided"));
            }
            sqlx::query(
                "UPDATE scholarship_applications SET decision = 'declined', decision_note = '', \
                 decided_at = $1 WHERE event_id = $2 AND decision IS NULL",
            )
            .bind(now.0)
            .bind(event)
            .execute(&mut *tx)
            .await?;
            if mail {
                mailed = sqlx::query(
                    "INSERT INTO outbox (application_id, to_user, created_at, next_attempt_at) \
                     SELECT id, user_id, $1, $1 FROM scholarship_applications \
                     WHERE event_id = $2 AND (flag IS NULL OR flag <> 'spam')",
                )
                .bind(now.0)
                .bind(event)
                .execute(&mut *tx)
                .await?
                .rows_affected() as usize;
            }
        }
        sqlx::query(
            "UPDATE scholarship_rounds SET phase = $1, \
             published_at = CASE WHEN $1 = 'published' THEN $2 ELSE published_at END \
             WHERE event_id = $3",
        )
        .bind(next.as_str())
        .bind(now.0)
        .bind(event)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(mailed)
    }

    /// Sends or changes `user`'s application while the round takes them
    /// (`scholarship_not_open`, `scholarship_closed`). Returns its id.
    pub async fn save_application(
        &self,
        event: EventId,
        user: UserId,
        a: &Application,
        now: Timestamp,
    ) -> Result<ApplicationId, Error> {
        let mut tx = self.write().await?;
        let r = self.lock_round(&mut tx, event).await?;
        if let Some(refusal) = r.round.refuse_application(r.phase, now) {
            return Err(refusal);
        }
        let existing: Option<ApplicationId> = sqlx::query_scalar(
            "SELECT id FROM scholarship_applications WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE scholarship_applications SET region = $1, history = $2, \
                     contributions = $3, motivation = $4, need = $5, updated_at = $6 WHERE id = $7",
                )
                .bind(a.region.as_str())
                .bind(a.history.as_str())
                .bind(a.contributions.as_str())
                .bind(a.motivation.as_str())
                .bind(a.need.as_str())
                .bind(now.0)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO scholarship_applications (event_id, user_id, region, history, \
                 contributions, motivation, need, submitted_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(event)
                .bind(user)
                .bind(a.region.as_str())
                .bind(a.history.as_str())
                .bind(a.contributions.as_str())
                .bind(a.motivation.as_str())
                .bind(a.need.as_str())
                .bind(now.0)
                .fetch_one(&mut *tx)
                .await?
            }
        };
        commit(tx).await?;
        Ok(id)
    }

    /// One application.
    pub async fn application(&self, id: ApplicationId) -> Result<Option<ApplicationRow>, Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {APPLICATION_COLUMNS} FROM scholarship_applications a \
             JOIN users u ON u.id = a.user_id WHERE a.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(application_row)
        .transpose()
    }

    /// `user`'s application to a round, if they sent one.
    pub async fn application_of(
        &self,
        event: EventId,
        user: UserId,
    ) -> Result<Option<ApplicationRow>, Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {APPLICATION_COLUMNS} FROM scholarship_applications a \
             JOIN users u ON u.id = a.user_id WHERE a.event_id = $1 AND a.user_id = $2"
        )))
        .bind(event)
        .bind(user)
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(application_row)
        .transpose()
    }

    /// A round's applications in the order they were sent.
    pub async fn applications(&self, event: EventId) -> Result<Vec<ApplicationRow>, Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {APPLICATION_COLUMNS} FROM scholarship_applications a \
             JOIN users u ON u.id = a.user_id WHERE a.event_id = $1 ORDER BY a.id"
        )))
        .bind(event)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(application_row)
        .collect()
    }

    /// The application and its round's row, locked, in `tx`; refused unless the round is in
    /// one of `phases` (`wrong_phase`).
    async fn application_in_phase(
        &self,
        tx: &mut Tx,
        id: ApplicationId,
        phases: &[Phase],
    ) -> Result<ApplicationRow, Error> {
        let event: EventId =
            sqlx::query_scalar("SELECT event_id FROM scholarship_applications WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut **tx)
                .await?
                .ok_or(Error::NotFound)?;
        let r = self.lock_round(tx, event).await?;
        if !phases.contains(&r.phase) {
            return Err(Error::Conflict("wrong_phase"));
        }
        // Read again under the lock: a flag or decision may have changed meanwhile.
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {APPLICATION_COLUMNS} FROM scholarship_applications a \
             JOIN users u ON u.id = a.user_id WHERE a.id = $1"
        )))
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
        application_row(&row)
    }

    /// Flags an application as spam or ineligible with a note (or clears the flag) while
    /// eligibility is checked or applications are scored. A flagged application is not
    /// scored and can only be declined.
    pub async fn flag_application(
        &self,
        id: ApplicationId,
        flag: Option<(Flag, &str)>,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        self.application_in_phase(&mut tx, id, &[Phase::Eligibility, Phase::Scoring])
            .await?;
        sqlx::query("UPDATE scholarship_applications SET flag = $1, flag_note = $2 WHERE id = $3")
            .bind(flag.map(|f| f.0.as_str()))
            .bind(flag.map(|f| f.1))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        commit(tx).await
    }

    /// Saves (or replaces) a reviewer's scores of an application while the round is being
    /// scored. Only the round's reviewers score (`not_reviewer`), never their own
    /// application (`own_application`), and never a flagged one (`application_flagged`).
    pub async fn score_application(
        &self,
        id: ApplicationId,
        reviewer: UserId,
        review: &Review,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let a = self
            .application_in_phase(&mut tx, id, &[Phase::Scoring])
            .await?;
        let on_panel: Option<i64> = sqlx::query_scalar(
            "SELECT user_id FROM scholarship_reviewers WHERE event_id = $1 AND user_id = $2",
        )
        .bind(a.event_id)
        .bind(reviewer)
        .fetch_optional(&mut *tx)
        .await?;
        if on_panel.is_none() {
            return Err(Error::Forbidden("not_reviewer"));
        }
        if a.user_id == reviewer {
            return Err(Error::Forbidden("own_application"));
        }
        if a.flag.is_some() {
            return Err(Error::Conflict("application_flagged"));
        }
        write_review(&mut tx, Reviewed::Application(id), reviewer, review, now).await?;
        commit(tx).await
    }

    /// The reviewers' scores of a round's applications (or of one), by application.
    pub async fn application_scores(
        &self,
        event: EventId,
        application: Option<ApplicationId>,
    ) -> Result<Vec<ReviewRow>, Error> {
        sqlx::query(
            "SELECT s.application_id AS subject, s.reviewer_id, u.username, s.scores, s.comment, s.updated_at \
             FROM scholarship_scores s JOIN scholarship_applications a ON a.id = s.application_id \
             JOIN users u ON u.id = s.reviewer_id \
             WHERE a.event_id = $1 AND ($2 IS NULL OR s.application_id = $2) \
             ORDER BY s.application_id, u.username",
        )
        .bind(event)
        .bind(application)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(review_row)
        .collect()
    }

    /// Records the organizers' decision on an application with its message while the round
    /// is at the decision. A flagged application can only be declined
    /// (`application_flagged`). Applicants are told when the round is published.
    pub async fn decide_application(
        &self,
        id: ApplicationId,
        decision: Decision,
        note: &str,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let a = self
            .application_in_phase(&mut tx, id, &[Phase::Decision])
            .await?;
        if a.flag.is_some() && decision != Decision::Declined {
            return Err(Error::Conflict("application_flagged"));
        }
        sqlx::query(
            "UPDATE scholarship_applications SET decision = $1, decision_note = $2, decided_at = $3 \
             WHERE id = $4",
        )
        .bind(decision.as_str())
        .bind(note)
        .bind(now.0)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        commit(tx).await
    }
}
