//! A conference's programme in storage: the call for proposals, proposals with their
//! presenters (accounts or named guests), and the people interested in each session.

use crate::events::EventId;
use sangam_core::account::{Email, UserId, Username};
use sangam_core::conference::{
    Cfp, Placed, Presenter, Proposal, ProposalStatus, Review, check_placement,
};
use sangam_core::id::{ApplicationId, ProposalId};
use sangam_core::signature::Entry;
use sangam_core::text::LangTag;
use sangam_core::{Error, Timestamp};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Db, Tx, bump_generation, commit};

/// A proposal as stored, with who sent it and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalRow {
    pub id: ProposalId,
    pub event_id: EventId,
    pub submitted_by: UserId,
    pub submitter: String,
    pub proposal: Proposal,
    /// The presenters' accounts, in the proposal's order (`None` for guests).
    pub presenter_ids: Vec<Option<UserId>>,
    pub status: ProposalStatus,
    pub submitted_at: Timestamp,
    pub updated_at: Timestamp,
    /// How many people are interested.
    pub interest: i64,
}

impl ProposalRow {
    /// Whether `user` sent it or presents it: they may change and withdraw it.
    pub fn is_own(&self, user: UserId) -> bool {
        self.submitted_by == user || self.presenter_ids.contains(&Some(user))
    }
}

/// A reviewer's review of a proposal (or of a scholarship application).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// The proposal or application reviewed.
    pub subject: i64,
    pub reviewer_id: UserId,
    pub reviewer: String,
    pub review: Review,
    pub updated_at: Timestamp,
}

/// A session in the programme with its room's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub proposal: ProposalRow,
    pub room_id: i64,
    pub room: String,
    pub start: Timestamp,
    pub end: Timestamp,
}

/// One interested attendee, as the wiki lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRow {
    pub username: String,
    pub user_id: Option<UserId>,
    pub signed_at: Timestamp,
    /// Read from the wiki page rather than clicked here.
    pub imported: bool,
}

/// A conference's two review panels: the programme's (proposals) and the scholarship
/// round's (applications).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Programme,
    Scholarships,
}

impl Panel {
    fn table(self) -> &'static str {
        match self {
            Panel::Programme => "conference_reviewers",
            Panel::Scholarships => "scholarship_reviewers",
        }
    }
}

pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String, Error> {
    serde_json::to_string(v).map_err(Error::internal)
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, Error> {
    serde_json::from_str(s).map_err(Error::internal)
}

const PROPOSAL_COLUMNS: &str = "p.id, p.event_id, p.submitted_by, u.username, p.contact_email, p.affiliation, \
     p.title, p.lang, p.language_note, p.session_type, p.minutes, p.track, p.plan, p.support, p.benefit, \
     p.answers, p.status, p.submitted_at, p.updated_at, \
     (SELECT COUNT(*) FROM proposal_interest i WHERE i.proposal_id = p.id) AS interest";

fn proposal_row(r: &AnyRow) -> Result<ProposalRow, Error> {
    let g = Error::from;
    let email: Option<String> = r.try_get("contact_email").map_err(g)?;
    let answers: String = r.try_get("answers").map_err(g)?;
    let status: String = r.try_get("status").map_err(g)?;
    let minutes: i64 = r.try_get("minutes").map_err(g)?;
    Ok(ProposalRow {
        id: r.try_get("id").map_err(g)?,
        event_id: r.try_get("event_id").map_err(g)?,
        submitted_by: r.try_get("submitted_by").map_err(g)?,
        submitter: r.try_get("username").map_err(g)?,
        proposal: Proposal {
            presenters: Vec::new(),
            contact_email: email.as_deref().map(Email::trusted),
            affiliation: r.try_get("affiliation").map_err(g)?,
            title: r.try_get("title").map_err(g)?,
            lang: LangTag::trusted(&r.try_get::<String, _>("lang").map_err(g)?),
            language_note: r.try_get("language_note").map_err(g)?,
            session_type: r.try_get("session_type").map_err(g)?,
            minutes: u32::try_from(minutes).unwrap_or(0),
            track: r.try_get("track").map_err(g)?,
            plan: r.try_get("plan").map_err(g)?,
            support: r.try_get("support").map_err(g)?,
            benefit: r.try_get("benefit").map_err(g)?,
            answers: from_json(&answers)?,
        },
        presenter_ids: Vec::new(),
        status: ProposalStatus::parse(&status).ok_or_else(|| Error::internal(status.clone()))?,
        submitted_at: Timestamp(r.try_get("submitted_at").map_err(g)?),
        updated_at: Timestamp(r.try_get("updated_at").map_err(g)?),
        interest: r.try_get("interest").map_err(g)?,
    })
}

/// What a review is of: a proposal, or a scholarship application.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Reviewed {
    Proposal(ProposalId),
    Application(ApplicationId),
}

/// Writes (or replaces) a reviewer's scores and comment of a proposal or an application.
pub(crate) async fn write_review(
    tx: &mut Tx,
    of: Reviewed,
    reviewer: UserId,
    review: &Review,
    now: Timestamp,
) -> Result<(), Error> {
    let (table, column, id) = match of {
        Reviewed::Proposal(id) => ("reviews", "proposal_id", id.get()),
        Reviewed::Application(id) => ("scholarship_scores", "application_id", id.get()),
    };
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({column}, reviewer_id, scores, comment, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT ({column}, reviewer_id) DO UPDATE \
         SET scores = excluded.scores, comment = excluded.comment, updated_at = excluded.updated_at"
    )))
    .bind(id)
    .bind(reviewer)
    .bind(json(&review.scores)?)
    .bind(review.comment.as_str())
    .bind(now.0)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A review from a query that selects `subject` (the proposal or application), `reviewer_id`,
/// `username`, `scores`, `comment` and `updated_at`.
pub(crate) fn review_row(r: &AnyRow) -> Result<ReviewRow, Error> {
    let scores: String = r.try_get("scores")?;
    Ok(ReviewRow {
        subject: r.try_get("subject")?,
        reviewer_id: r.try_get("reviewer_id")?,
        reviewer: r.try_get("username")?,
        review: Review {
            scores: from_json(&scores)?,
            comment: r.try_get("comment")?,
        },
        updated_at: Timestamp(r.try_get("updated_at")?),
    })
}

/// The accounts of the proposal's presenters, in order; a username without an account is
/// refused by its position.
async fn presenter_accounts(tx: &mut Tx, p: &Proposal) -> Result<Vec<Option<UserId>>, Error> {
    let mut ids = Vec::with_capacity(p.presenters.len());
    let mut unknown = sangam_core::FieldErrors::new();
    for (i, presenter) in p.presenters.iter().enumerate() {
        match presenter {
            Presenter::Account(name) => {
                let id: Option<UserId> =
                    sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
                        .bind(name.as_str())
                        .fetch_optional(&mut **tx)
                        .await?;
                if id.is_none() {
                    unknown.add(format!("presenters.{i}"), "presenter_unknown");
                }
                ids.push(id);
            }
            Presenter::Guest(_) => ids.push(None),
        }
    }
    unknown.finish(|| ids)
}

async fn write_presenters(
    tx: &mut Tx,
    proposal: ProposalId,
    p: &Proposal,
    ids: &[Option<UserId>],
) -> Result<(), Error> {
    sqlx::query("DELETE FROM proposal_presenters WHERE proposal_id = $1")
        .bind(proposal)
        .execute(&mut **tx)
        .await?;
    for (i, (presenter, id)) in p.presenters.iter().zip(ids).enumerate() {
        let guest = match presenter {
            Presenter::Guest(name) => Some(name.as_str()),
            Presenter::Account(_) => None,
        };
        sqlx::query(
            "INSERT INTO proposal_presenters (proposal_id, position, user_id, guest_name) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(proposal)
        .bind(i as i64)
        .bind(*id)
        .bind(guest)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

impl Db {
    /// Sets (or replaces) a conference's call for proposals.
    pub async fn set_cfp(&self, event: EventId, cfp: &Cfp) -> Result<(), Error> {
        let languages: Vec<&str> = cfp.languages.iter().map(LangTag::as_str).collect();
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO cfps (event_id, opens_at, closes_at, session_types, tracks, languages, interpretation, questions, criteria, score_max) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (event_id) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, \
             session_types = excluded.session_types, tracks = excluded.tracks, languages = excluded.languages, \
             interpretation = excluded.interpretation, questions = excluded.questions, \
             criteria = excluded.criteria, score_max = excluded.score_max",
        )
        .bind(event)
        .bind(cfp.opens.0)
        .bind(cfp.closes.0)
        .bind(json(&cfp.session_types)?)
        .bind(json(&cfp.tracks)?)
        .bind(languages.join(" "))
        .bind(i64::from(cfp.interpretation))
        .bind(json(&cfp.questions)?)
        .bind(json(&cfp.criteria)?)
        .bind(i64::from(cfp.score_max))
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// A conference's call for proposals, if it has one.
    pub async fn cfp(&self, event: EventId) -> Result<Option<Cfp>, Error> {
        let row = sqlx::query(
            "SELECT opens_at, closes_at, session_types, tracks, languages, interpretation, questions, \
             criteria, score_max FROM cfps WHERE event_id = $1",
        )
        .bind(event)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let text = |column: &str| r.try_get::<String, _>(column).map_err(Error::from);
        Ok(Some(Cfp {
            opens: Timestamp(r.try_get("opens_at")?),
            closes: Timestamp(r.try_get("closes_at")?),
            session_types: from_json(&text("session_types")?)?,
            tracks: from_json(&text("tracks")?)?,
            languages: text("languages")?
                .split_whitespace()
                .map(LangTag::trusted)
                .collect(),
            interpretation: r.try_get::<i64, _>("interpretation")? != 0,
            questions: from_json(&text("questions")?)?,
            criteria: from_json(&text("criteria")?)?,
            score_max: u32::try_from(r.try_get::<i64, _>("score_max")?).unwrap_or(5),
        }))
    }

    async fn open_cfp(&self, event: EventId, now: Timestamp) -> Result<Cfp, Error> {
        let cfp = self.cfp(event).await?.ok_or(Error::NotFound)?;
        if now < cfp.opens {
            return Err(Error::Conflict("cfp_not_open"));
        }
        if now >= cfp.closes {
            return Err(Error::Conflict("cfp_closed"));
        }
        Ok(cfp)
    }

    /// Sends a proposal while the call is open; presenters named by username must have an
    /// account. Nothing is saved when anything is refused.
    pub async fn submit_proposal(
        &self,
        event: EventId,
        by: UserId,
        p: &Proposal,
        now: Timestamp,
    ) -> Result<ProposalId, Error> {
        self.open_cfp(event, now).await?;
        let mut tx = self.write().await?;
        let ids = presenter_accounts(&mut tx, p).await?;
        let id: ProposalId = sqlx::query_scalar(
            "INSERT INTO proposals (event_id, submitted_by, contact_email, affiliation, title, lang, language_note, \
             session_type, minutes, track, plan, support, benefit, answers, status, submitted_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'submitted', $15, $15) RETURNING id",
        )
        .bind(event)
        .bind(by)
        .bind(p.contact_email.as_ref().map(Email::as_str))
        .bind(p.affiliation.as_str())
        .bind(p.title.as_str())
        .bind(p.lang.as_str())
        .bind(p.language_note.as_str())
        .bind(p.session_type.as_str())
        .bind(i64::from(p.minutes))
        .bind(p.track.as_deref())
        .bind(p.plan.as_str())
        .bind(p.support.as_str())
        .bind(p.benefit.as_str())
        .bind(json(&p.answers)?)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await?;
        write_presenters(&mut tx, id, p, &ids).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    /// Changes a proposal while the call is open and it awaits review.
    pub async fn update_proposal(
        &self,
        id: ProposalId,
        p: &Proposal,
        now: Timestamp,
    ) -> Result<(), Error> {
        let current = self.proposal(id).await?.ok_or(Error::NotFound)?;
        self.open_cfp(current.event_id, now).await?;
        if current.status != ProposalStatus::Submitted {
            return Err(Error::Conflict("proposal_not_editable"));
        }
        let mut tx = self.write().await?;
        let ids = presenter_accounts(&mut tx, p).await?;
        let changed = sqlx::query(
            "UPDATE proposals SET contact_email = $1, affiliation = $2, title = $3, lang = $4, language_note = $5, \
             session_type = $6, minutes = $7, track = $8, plan = $9, support = $10, benefit = $11, answers = $12, \
             updated_at = $13 WHERE id = $14 AND status = 'submitted'",
        )
        .bind(p.contact_email.as_ref().map(Email::as_str))
        .bind(p.affiliation.as_str())
        .bind(p.title.as_str())
        .bind(p.lang.as_str())
        .bind(p.language_note.as_str())
        .bind(p.session_type.as_str())
        .bind(i64::from(p.minutes))
        .bind(p.track.as_deref())
        .bind(p.plan.as_str())
        .bind(p.support.as_str())
        .bind(p.benefit.as_str())
        .bind(json(&p.answers)?)
        .bind(now.0)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(Error::Conflict("proposal_not_editable"));
        }
        write_presenters(&mut tx, id, p, &ids).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Withdraws a proposal (before or after a decision; a rejected one stays rejected).
    pub async fn withdraw_proposal(&self, id: ProposalId, now: Timestamp) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let changed = sqlx::query(
            "UPDATE proposals SET status = 'withdrawn', updated_at = $1 \
             WHERE id = $2 AND status IN ('submitted', 'accepted', 'waitlisted')",
        )
        .bind(now.0)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(Error::Conflict("proposal_not_editable"));
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    async fn with_presenters(&self, mut rows: Vec<ProposalRow>) -> Result<Vec<ProposalRow>, Error> {
        if rows.is_empty() {
            return Ok(rows);
        }
        let placeholders: Vec<String> = (1..=rows.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT pp.proposal_id, pp.user_id, u.username, pp.guest_name FROM proposal_presenters pp \
             LEFT JOIN users u ON u.id = pp.user_id WHERE pp.proposal_id IN ({}) \
             ORDER BY pp.proposal_id, pp.position",
            placeholders.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for r in &rows {
            q = q.bind(r.id);
        }
        let found = q.fetch_all(&self.pool).await?;
        for f in &found {
            let pid: ProposalId = f.try_get("proposal_id")?;
            let user: Option<UserId> = f.try_get("user_id")?;
            let name: Option<String> = f.try_get("username")?;
            let guest: Option<String> = f.try_get("guest_name")?;
            if let Some(row) = rows.iter_mut().find(|r| r.id == pid) {
                row.presenter_ids.push(user);
                row.proposal.presenters.push(match (name, guest) {
                    (Some(n), _) => Presenter::Account(Username::trusted(&n)),
                    (None, g) => Presenter::Guest(g.unwrap_or_default()),
                });
            }
        }
        Ok(rows)
    }

    pub async fn proposal(&self, id: ProposalId) -> Result<Option<ProposalRow>, Error> {
        let sql = format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals p JOIN users u ON u.id = p.submitted_by WHERE p.id = $1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            None => Ok(None),
            Some(r) => Ok(self.with_presenters(vec![proposal_row(&r)?]).await?.pop()),
        }
    }

    /// A conference's proposals in the order sent.
    pub async fn proposals_of(&self, event: EventId) -> Result<Vec<ProposalRow>, Error> {
        let sql = format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals p JOIN users u ON u.id = p.submitted_by \
             WHERE p.event_id = $1 ORDER BY p.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(event)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(proposal_row)
            .collect::<Result<Vec<_>, Error>>()?;
        self.with_presenters(rows).await
    }

    /// The interested attendees in the order they signed.
    pub async fn interest(&self, proposal: ProposalId) -> Result<Vec<InterestRow>, Error> {
        sqlx::query(
            "SELECT username, user_id, signed_at, imported FROM proposal_interest \
             WHERE proposal_id = $1 ORDER BY signed_at, username",
        )
        .bind(proposal)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(InterestRow {
                username: r.try_get("username")?,
                user_id: r.try_get("user_id")?,
                signed_at: Timestamp(r.try_get("signed_at")?),
                imported: r.try_get::<i64, _>("imported")? != 0,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Error::from)
    }

    /// Marks (`true`) or removes a signed-in person's interest; once each.
    pub async fn set_interest(
        &self,
        proposal: ProposalId,
        user: UserId,
        username: &Username,
        interested: bool,
        now: Timestamp,
    ) -> Result<(), Error> {
        let p = self.proposal(proposal).await?.ok_or(Error::NotFound)?;
        if p.status == ProposalStatus::Withdrawn {
            return Err(Error::Conflict("proposal_withdrawn"));
        }
        let mut tx = self.write().await?;
        if interested {
            sqlx::query(
                "INSERT INTO proposal_interest (proposal_id, username, user_id, signed_at, imported) \
                 VALUES ($1, $2, $3, $4, 0) ON CONFLICT (proposal_id, username) DO NOTHING",
            )
            .bind(proposal)
            .bind(username.as_str())
            .bind(user)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM proposal_interest WHERE proposal_id = $1 AND (user_id = $2 OR username = $3)")
                .bind(proposal)
                .bind(user)
                .bind(username.as_str())
                .execute(&mut *tx)
                .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Adds the signatures read from a wiki proposal page, each with the time signed, and
    /// linked to its account when there is one. Returns how many were new.
    pub async fn import_interest(
        &self,
        proposal: ProposalId,
        entries: &[Entry],
    ) -> Result<usize, Error> {
        self.proposal(proposal).await?.ok_or(Error::NotFound)?;
        let mut tx = self.write().await?;
        let mut added = 0;
        for entry in entries {
            let Some(at) = entry.at else {
                return Err(Error::field("text", "signature_without_date"));
            };
            let user: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
                .bind(entry.name.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            added += sqlx::query(
                "INSERT INTO proposal_interest (proposal_id, username, user_id, signed_at, imported) \
                 VALUES ($1, $2, $3, $4, 1) ON CONFLICT (proposal_id, username) DO NOTHING",
            )
            .bind(proposal)
            .bind(entry.name.as_str())
            .bind(user)
            .bind(at.0)
            .execute(&mut *tx)
            .await?
            .rows_affected() as usize;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(added)
    }

    /// Sets the people on one of a conference's review panels (usernames with accounts); the
    /// scholarship panel needs the round first.
    pub async fn set_reviewers(
        &self,
        event: EventId,
        panel: Panel,
        reviewers: &[Username],
    ) -> Result<(), Error> {
        if panel == Panel::Scholarships && self.round(event).await?.is_none() {
            return Err(Error::NotFound);
        }
        let mut tx = self.write().await?;
        let mut ids = Vec::new();
        let mut unknown = sangam_core::FieldErrors::new();
        for (i, name) in reviewers.iter().enumerate() {
            let id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
                .bind(name.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            match id {
                Some(id) => ids.push(id),
                None => unknown.add(format!("reviewers.{i}"), "presenter_unknown"),
            }
        }
        unknown.finish(|| ())?;
        let table = panel.table();
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE event_id = $1"
        )))
        .bind(event)
        .execute(&mut *tx)
        .await?;
        for id in ids {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO {table} (event_id, user_id) VALUES ($1, $2) \
                 ON CONFLICT (event_id, user_id) DO NOTHING"
            )))
            .bind(event)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        commit(tx).await
    }

    /// The people on one of a conference's review panels, by username.
    pub async fn reviewers(
        &self,
        event: EventId,
        panel: Panel,
    ) -> Result<Vec<(UserId, String)>, Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT u.id, u.username FROM {} r JOIN users u ON u.id = r.user_id \
             WHERE r.event_id = $1 ORDER BY u.username",
            panel.table()
        )))
        .bind(event)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("username")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Error::from)
    }

    /// The usernames on one of a conference's review panels.
    pub async fn reviewer_names(&self, event: EventId, panel: Panel) -> Result<Vec<String>, Error> {
        Ok(self
            .reviewers(event, panel)
            .await?
            .into_iter()
            .map(|(_, n)| n)
            .collect())
    }

    /// Saves (or replaces) a reviewer's review. Only the conference's reviewers review, and
    /// never a proposal they sent or present.
    pub async fn save_review(
        &self,
        proposal: ProposalId,
        reviewer: UserId,
        review: &Review,
        now: Timestamp,
    ) -> Result<(), Error> {
        let p = self.proposal(proposal).await?.ok_or(Error::NotFound)?;
        if !self
            .reviewers(p.event_id, Panel::Programme)
            .await?
            .iter()
            .any(|(id, _)| *id == reviewer)
        {
            return Err(Error::Forbidden("not_reviewer"));
        }
        if p.is_own(reviewer) {
            return Err(Error::Forbidden("own_proposal"));
        }
        if p.status == ProposalStatus::Withdrawn {
            return Err(Error::Conflict("proposal_withdrawn"));
        }
        let mut tx = self.write().await?;
        write_review(&mut tx, Reviewed::Proposal(proposal), reviewer, review, now).await?;
        commit(tx).await
    }

    /// The reviews of a conference's proposals (or of one proposal), by proposal.
    pub async fn reviews(
        &self,
        event: EventId,
        proposal: Option<i64>,
    ) -> Result<Vec<ReviewRow>, Error> {
        sqlx::query(
            "SELECT v.proposal_id AS subject, v.reviewer_id, u.username, v.scores, v.comment, v.updated_at \
             FROM reviews v JOIN proposals p ON p.id = v.proposal_id JOIN users u ON u.id = v.reviewer_id \
             WHERE p.event_id = $1 AND ($2 IS NULL OR v.proposal_id = $2) ORDER BY v.proposal_id, u.username",
        )
        .bind(event)
        .bind(proposal)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(review_row)
        .collect()
    }

    /// Records the organizers' decision (accepted, waitlisted or rejected) with its message,
    /// and queues a mail about it to each presenter with an account and to whoever sent it,
    /// in the same transaction.
    pub async fn decide_proposal(
        &self,
        proposal: ProposalId,
        decision: ProposalStatus,
        note: &str,
        now: Timestamp,
    ) -> Result<usize, Error> {
        self.decide_proposal_mailing(proposal, decision, note, now, true)
            .await
    }

    /// [`Db::decide_proposal`], with the mail only when `mail` (the demo decides the seed's
    /// proposal of 2021 without mailing its people).
    pub async fn decide_proposal_mailing(
        &self,
        proposal: ProposalId,
        decision: ProposalStatus,
        note: &str,
        now: Timestamp,
        mail: bool,
    ) -> Result<usize, Error> {
        if !matches!(
            decision,
            ProposalStatus::Accepted | ProposalStatus::Waitlisted | ProposalStatus::Rejected
        ) {
            return Err(Error::field("decision", "invalid_choice"));
        }
        let p = self.proposal(proposal).await?.ok_or(Error::NotFound)?;
        let mut tx = self.write().await?;
        let changed = sqlx::query(
            "UPDATE proposals SET status = $1, decision_note = $2, decided_at = $3, updated_at = $3 \
             WHERE id = $4 AND status <> 'withdrawn'",
        )
        .bind(decision.as_str())
        .bind(note)
        .bind(now.0)
        .bind(proposal)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(Error::Conflict("proposal_withdrawn"));
        }
        let mut people: Vec<UserId> = p.presenter_ids.iter().flatten().copied().collect();
        people.push(p.submitted_by);
        if !mail {
            people.clear();
        }
        people.sort_unstable();
        people.dedup();
        for user in &people {
            sqlx::query(
                "INSERT INTO outbox (proposal_id, to_user, created_at, next_attempt_at) VALUES ($1, $2, $3, $3)",
            )
            .bind(proposal)
            .bind(*user)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(people.len())
    }

    /// Adds a room to a conference (or finds it by name); returns its id.
    pub async fn add_room(&self, event: EventId, name: &str) -> Result<i64, Error> {
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO rooms (event_id, name) VALUES ($1, $2) ON CONFLICT (event_id, name) DO NOTHING")
            .bind(event)
            .bind(name)
            .execute(&mut *tx)
            .await?;
        let id: i64 = sqlx::query_scalar("SELECT id FROM rooms WHERE event_id = $1 AND name = $2")
            .bind(event)
            .bind(name)
            .fetch_one(&mut *tx)
            .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    /// A conference's rooms in the order added.
    pub async fn rooms(&self, event: EventId) -> Result<Vec<(i64, String)>, Error> {
        sqlx::query("SELECT id, name FROM rooms WHERE event_id = $1 ORDER BY id")
            .bind(event)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Error::from)
    }

    /// Replaces a conference's time slots.
    pub async fn set_slots(
        &self,
        event: EventId,
        slots: &[(Timestamp, Timestamp)],
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM time_slots WHERE event_id = $1")
            .bind(event)
            .execute(&mut *tx)
            .await?;
        for (s, e) in slots {
            sqlx::query(
                "INSERT INTO time_slots (event_id, starts_at, ends_at) VALUES ($1, $2, $3)",
            )
            .bind(event)
            .bind(s.0)
            .bind(e.0)
            .execute(&mut *tx)
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    pub async fn slots(&self, event: EventId) -> Result<Vec<(Timestamp, Timestamp)>, Error> {
        sqlx::query(
            "SELECT starts_at, ends_at FROM time_slots WHERE event_id = $1 ORDER BY starts_at",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                Timestamp(r.try_get("starts_at")?),
                Timestamp(r.try_get("ends_at")?),
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Error::from)
    }

    /// Places an accepted session in a room at a time, for the minutes it asked for. The
    /// check and the write happen in one transaction, so two organizers placing at once
    /// cannot double-book a room or a presenter.
    pub async fn place(
        &self,
        proposal: ProposalId,
        room: i64,
        start: Timestamp,
    ) -> Result<(), Error> {
        let p = self.proposal(proposal).await?.ok_or(Error::NotFound)?;
        if p.status != ProposalStatus::Accepted {
            return Err(Error::Conflict("proposal_not_accepted"));
        }
        if !self
            .rooms(p.event_id)
            .await?
            .iter()
            .any(|(id, _)| *id == room)
        {
            return Err(Error::field("room", "invalid_choice"));
        }
        let slots = self.slots(p.event_id).await?;
        let new = Placed {
            proposal,
            room,
            start,
            end: Timestamp(start.0 + i64::from(p.proposal.minutes) * 60),
            presenters: p.presenter_ids.iter().flatten().copied().collect(),
        };
        let mut tx = self.write().await?;
        self.lock(&mut tx, crate::Locked::Event(p.event_id)).await?;
        let rows = sqlx::query(
            "SELECT pl.proposal_id, pl.room_id, pl.starts_at, pl.ends_at, pp.user_id \
             FROM placements pl JOIN proposals p ON p.id = pl.proposal_id \
             LEFT JOIN proposal_presenters pp ON pp.proposal_id = pl.proposal_id \
             WHERE p.event_id = $1 AND p.status = 'accepted' ORDER BY pl.proposal_id",
        )
        .bind(p.event_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut placed: Vec<Placed> = Vec::new();
        for r in &rows {
            let id: ProposalId = r.try_get("proposal_id")?;
            let user: Option<UserId> = r.try_get("user_id")?;
            if placed.last().is_none_or(|x| x.proposal != id) {
                placed.push(Placed {
                    proposal: id,
                    room: r.try_get("room_id")?,
                    start: Timestamp(r.try_get("starts_at")?),
                    end: Timestamp(r.try_get("ends_at")?),
                    presenters: Vec::new(),
                });
            }
            if let (Some(u), Some(last)) = (user, placed.last_mut()) {
                last.presenters.push(u);
            }
        }
        check_placement(&placed, &new, &slots)?;
        sqlx::query(
            "INSERT INTO placements (proposal_id, room_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (proposal_id) DO UPDATE SET room_id = excluded.room_id, \
             starts_at = excluded.starts_at, ends_at = excluded.ends_at",
        )
        .bind(proposal)
        .bind(room)
        .bind(new.start.0)
        .bind(new.end.0)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// One proposal's place in the programme, if it is placed and still accepted.
    pub async fn placed_session(&self, proposal: ProposalId) -> Result<Option<SessionRow>, Error> {
        let place = sqlx::query(
            "SELECT pl.room_id, r.name, pl.starts_at, pl.ends_at FROM placements pl \
             JOIN rooms r ON r.id = pl.room_id JOIN proposals p ON p.id = pl.proposal_id \
             WHERE pl.proposal_id = $1 AND p.status = 'accepted'",
        )
        .bind(proposal)
        .fetch_optional(&self.pool)
        .await?;
        let (Some(r), Some(p)) = (place, self.proposal(proposal).await?) else {
            return Ok(None);
        };
        Ok(Some(SessionRow {
            proposal: p,
            room_id: r.try_get("room_id")?,
            room: r.try_get("name")?,
            start: Timestamp(r.try_get("starts_at")?),
            end: Timestamp(r.try_get("ends_at")?),
        }))
    }

    /// The programme: every placed session that is still accepted, by time and room.
    pub async fn programme(&self, event: EventId) -> Result<Vec<SessionRow>, Error> {
        let places = sqlx::query(
            "SELECT pl.proposal_id, pl.room_id, r.name, pl.starts_at, pl.ends_at FROM placements pl \
             JOIN rooms r ON r.id = pl.room_id JOIN proposals p ON p.id = pl.proposal_id \
             WHERE p.event_id = $1 AND p.status = 'accepted' ORDER BY pl.starts_at, r.id",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?;
        let proposals = self.proposals_of(event).await?;
        let mut out = Vec::with_capacity(places.len());
        for r in &places {
            let id: ProposalId = r.try_get("proposal_id")?;
            if let Some(p) = proposals.iter().find(|p| p.id == id) {
                out.push(SessionRow {
                    proposal: p.clone(),
                    room_id: r.try_get("room_id")?,
                    room: r.try_get("name")?,
                    start: Timestamp(r.try_get("starts_at")?),
                    end: Timestamp(r.try_get("ends_at")?),
                });
            }
        }
        Ok(out)
    }
}
