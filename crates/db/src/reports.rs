//! Required reports: each affiliate's reports and where they stand, filing, drafts, review,
//! deferments, periods added by hand, the decision on an expired affiliate, the compliance
//! overview and the facts the report builder drafts from. The daily pass that creates and
//! assesses them is in `lifecycle`.

use std::collections::HashMap;

use jiff::civil::Date;
use sangam_core::account::AffiliateId;
use sangam_core::account::UserId;
use sangam_core::affiliate::AffiliateStatus;
use sangam_core::compliance::{
    DefermentReason, Policy, ReportKind, ReportRecord, ReportStatus, Requirement, report_status,
};
use sangam_core::id::ReportId;
use sangam_core::report::{EventFacts, Filing, Period, ReportFacts, Review};
use sangam_core::{Error, Timestamp};
use serde_json::json;
use sqlx::Row;

use crate::affiliates::add_history;
use crate::{Db, bump_generation, commit};

/// A report as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub id: ReportId,
    pub affiliate_id: AffiliateId,
    pub requirement: Requirement,
    pub record: ReportRecord,
    pub link: Option<String>,
    /// The report written in Sangam (filed, or a draft while `filed` is empty).
    pub body: Option<String>,
    /// What a site admin asked to change, until the report is filed again.
    pub review_note: Option<String>,
    /// Why it was deferred, and what happened.
    pub deferment: Option<(String, Option<String>)>,
    pub filed_by: Option<String>,
}

const REPORT_COLUMNS: &str = "r.id, r.affiliate_id, r.kind, r.period_start, r.period_end, r.due, r.grace_until, \
    r.deferred, r.filed_on, r.accepted_on, r.link, r.body, r.review_note, r.deferment_reason, r.deferment_note, \
    fu.username";

/// The tables [`REPORT_COLUMNS`] reads.
const REPORT_FROM: &str = "reports r LEFT JOIN users fu ON fu.id = r.filed_by";

/// The first ten of [`REPORT_COLUMNS`], all the lifecycle needs.
pub(crate) const STANDING_COLUMNS: &str = "r.id, r.affiliate_id, r.kind, r.period_start, r.period_end, r.due, \
    r.grace_until, r.deferred, r.filed_on, r.accepted_on";

/// A report's id, affiliate, requirement and record, from [`STANDING_COLUMNS`].
pub(crate) fn standing_row(
    r: &sqlx::any::AnyRow,
) -> Result<(ReportId, AffiliateId, Requirement, ReportRecord), Error> {
    let text = |i: &str| r.try_get::<String, _>(i).map_err(Error::from);
    Ok((
        r.try_get("id")?,
        r.try_get("affiliate_id")?,
        Requirement {
            kind: parse_kind(&text("kind")?),
            period: (date(&text("period_start")?)?, date(&text("period_end")?)?),
            due: date(&text("due")?)?,
            grace_until: date(&text("grace_until")?)?,
        },
        ReportRecord {
            deferred: r.try_get::<i64, _>("deferred")? != 0,
            filed: opt_date(r.try_get("filed_on")?)?,
            accepted: opt_date(r.try_get("accepted_on")?)?,
        },
    ))
}

fn report_row(r: &sqlx::any::AnyRow) -> Result<ReportRow, Error> {
    let (id, affiliate_id, requirement, record) = standing_row(r)?;
    Ok(ReportRow {
        id,
        affiliate_id,
        requirement,
        record,
        link: r.try_get("link")?,
        body: r.try_get("body")?,
        review_note: r.try_get("review_note")?,
        deferment: r
            .try_get::<Option<String>, _>("deferment_reason")?
            .map(|reason| Ok::<_, Error>((reason, r.try_get("deferment_note")?)))
            .transpose()?,
        filed_by: r.try_get("username")?,
    })
}

pub(crate) fn kind_str(k: ReportKind) -> &'static str {
    match k {
        ReportKind::Activity => "activity",
        ReportKind::Financial => "financial",
    }
}

pub(crate) fn parse_kind(s: &str) -> ReportKind {
    match s {
        "financial" => ReportKind::Financial,
        _ => ReportKind::Activity,
    }
}

pub(crate) fn date(s: &str) -> Result<Date, Error> {
    s.parse()
        .map_err(|_| Error::Internal(format!("a stored date is not a date: {s}")))
}

pub(crate) fn opt_date(s: Option<String>) -> Result<Option<Date>, Error> {
    s.as_deref().map(date).transpose()
}

impl Db {
    /// The reports of one affiliate, oldest period first.
    pub async fn reports(&self, affiliate: AffiliateId) -> Result<Vec<ReportRow>, Error> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM {REPORT_FROM} WHERE r.affiliate_id = $1 ORDER BY r.period_start, r.kind"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(report_row)
            .collect()
    }

    /// One report.
    pub async fn report(&self, id: ReportId) -> Result<Option<ReportRow>, Error> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM {REPORT_FROM} WHERE r.id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(report_row)
            .transpose()
    }

    /// Files a report on `today`: a link to its page, or the report written here. A
    /// change asked for is cleared; an accepted report cannot be filed again. If the
    /// affiliate was past due and nothing else of it is, it is active again at once.
    pub async fn file_report(
        &self,
        report: ReportId,
        filing: &Filing,
        by: Option<UserId>,
        today: Date,
        policy: &Policy,
        now: Timestamp,
    ) -> Result<(), Error> {
        let (link, body) = match filing {
            Filing::Link(l) => (Some(l.as_str()), None),
            Filing::Written(b) => (None, Some(b.as_str())),
        };
        let mut tx = self.write().await?;
        let affiliate: Option<AffiliateId> = sqlx::query_scalar(
            "UPDATE reports SET filed_on = $1, filed_by = $2, link = $3, body = COALESCE($4, body), \
             review_note = NULL WHERE id = $5 AND accepted_on IS NULL RETURNING affiliate_id",
        )
        .bind(today.to_string())
        .bind(by)
        .bind(link)
        .bind(body)
        .bind(report)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(affiliate) = affiliate else {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM reports WHERE id = $1")
                .bind(report)
                .fetch_optional(&mut *tx)
                .await?;
            return Err(match exists {
                Some(_) => Error::Conflict("report_accepted"),
                None => Error::NotFound,
            });
        };
        add_history(
            &mut tx,
            affiliate,
            by,
            "report_filed",
            json!({ "report": report, "link": link, "written": body.is_some() }),
            now,
        )
        .await?;
        settle(&mut tx, affiliate, by, today, policy, now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Keeps a draft of a report written here, without filing it.
    pub async fn save_report_draft(&self, report: ReportId, body: &str) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let n = sqlx::query("UPDATE reports SET body = $1 WHERE id = $2 AND filed_on IS NULL")
            .bind(body)
            .bind(report)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(Error::Conflict("report_filed"));
        }
        commit(tx).await
    }

    /// A site admin's decision on a filed report.
    pub async fn review_report(
        &self,
        report: ReportId,
        review: &Review,
        by: Option<UserId>,
        today: Date,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let (accepted, note) = match review {
            Review::Accept => (Some(today.to_string()), None),
            Review::Changes(n) => (None, Some(n.as_str())),
        };
        let affiliate: Option<AffiliateId> = sqlx::query_scalar(
            "UPDATE reports SET accepted_on = $1, review_note = $2, reviewed_by = $3 \
             WHERE id = $4 AND filed_on IS NOT NULL AND accepted_on IS NULL RETURNING affiliate_id",
        )
        .bind(accepted)
        .bind(note)
        .bind(by)
        .bind(report)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(affiliate) = affiliate else {
            return Err(match self.report(report).await? {
                Some(_) => Error::Conflict("report_not_filed"),
                None => Error::NotFound,
            });
        };
        let decision = match review {
            Review::Accept => "accept",
            Review::Changes(_) => "changes",
        };
        add_history(
            &mut tx,
            affiliate,
            by,
            "report_reviewed",
            json!({ "report": report, "decision": decision, "note": note }),
            now,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Defers a report by the policy's year, for one of the committee's reasons. A report
    /// already filed is not deferred.
    pub async fn defer_report(
        &self,
        report: ReportId,
        (reason, note): (DefermentReason, &str),
        by: Option<UserId>,
        today: Date,
        policy: &Policy,
        now: Timestamp,
    ) -> Result<(), Error> {
        let reason = serde_json::to_value(reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut tx = self.write().await?;
        let affiliate: Option<AffiliateId> = sqlx::query_scalar(
            "UPDATE reports SET deferred = 1, deferment_reason = $1, deferment_note = $2 \
             WHERE id = $3 AND filed_on IS NULL AND deferred = 0 RETURNING affiliate_id",
        )
        .bind(&reason)
        .bind((!note.is_empty()).then_some(note))
        .bind(report)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(affiliate) = affiliate else {
            return Err(match self.report(report).await? {
                Some(r) if r.record.deferred => Error::Conflict("report_deferred"),
                Some(_) => Error::Conflict("report_filed"),
                None => Error::NotFound,
            });
        };
        add_history(
            &mut tx,
            affiliate,
            by,
            "report_deferred",
            json!({ "report": report, "reason": reason }),
            now,
        )
        .await?;
        settle(&mut tx, affiliate, by, today, policy, now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Adds a reporting period by hand (checked against the others by the caller).
    pub async fn add_report_period(
        &self,
        affiliate: AffiliateId,
        period: &Period,
        policy: &Policy,
        by: Option<UserId>,
        now: Timestamp,
    ) -> Result<ReportId, Error> {
        let grace = match period.kind {
            ReportKind::Activity => period
                .due
                .checked_add(jiff::Span::new().months(policy.user_group_grace_months))
                .unwrap_or(period.due),
            ReportKind::Financial => period.due,
        };
        let mut tx = self.write().await?;
        let id: Option<ReportId> = sqlx::query_scalar(
            "INSERT INTO reports (affiliate_id, kind, period_start, period_end, due, grace_until, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (affiliate_id, kind, period_start) DO NOTHING RETURNING id",
        )
        .bind(affiliate)
        .bind(kind_str(period.kind))
        .bind(period.period.0.to_string())
        .bind(period.period.1.to_string())
        .bind(period.due.to_string())
        .bind(grace.to_string())
        .bind(now.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Err(Error::Conflict("period_overlaps"));
        };
        add_history(
            &mut tx,
            affiliate,
            by,
            "report_period",
            json!({ "report": id, "start": period.period.0.to_string(), "end": period.period.1.to_string() }),
            now,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    /// A site admin's decision on an expired affiliate: recognized again for a new
    /// agreement (`Some(period)`), or moved to the formerly active affiliates (`None`).
    pub async fn decide_expired(
        &self,
        affiliate: AffiliateId,
        agreement: Option<(Date, Date)>,
        by: Option<UserId>,
        now: Timestamp,
    ) -> Result<(), Error> {
        let (to, start, end) = match agreement {
            Some((s, e)) => (
                AffiliateStatus::Active,
                Some(s.to_string()),
                Some(e.to_string()),
            ),
            None => (AffiliateStatus::FormerlyActive, None, None),
        };
        let mut tx = self.write().await?;
        let from: Option<String> =
            sqlx::query_scalar("SELECT status FROM affiliates WHERE id = $1")
                .bind(affiliate)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(from) = from else {
            return Err(Error::NotFound);
        };
        if AffiliateStatus::parse(&from).is_some_and(|s| s.is_current()) {
            return Err(Error::Conflict("not_expired"));
        }
        sqlx::query(
            "UPDATE affiliates SET status = $1, agreement_start = COALESCE($2, agreement_start), \
             agreement_end = COALESCE($3, agreement_end), version = version + 1, updated_at = $4 WHERE id = $5",
        )
        .bind(to.as_str())
        .bind(start)
        .bind(end)
        .bind(now.0)
        .bind(affiliate)
        .execute(&mut *tx)
        .await?;
        if from != to.as_str() {
            add_history(
                &mut tx,
                affiliate,
                by,
                "status",
                json!({ "from": from, "to": to.as_str() }),
                now,
            )
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }
}

/// What the compliance dashboard reads, per affiliate id.
#[derive(Debug, Clone, Default)]
pub struct Compliance {
    pub reports: HashMap<AffiliateId, Vec<ReportRow>>,
    /// The latest notice: its kind and day.
    pub last_notice: HashMap<AffiliateId, (String, Date)>,
    /// Mail the server refused or could not take: how many, and one error.
    pub failed_mail: HashMap<AffiliateId, (i64, Option<String>)>,
}

impl Db {
    /// Every affiliate's reports, latest notice and failed mail, in three queries.
    pub async fn compliance(&self) -> Result<Compliance, Error> {
        let mut out = Compliance::default();
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM {REPORT_FROM} ORDER BY r.affiliate_id, r.period_start, r.kind"
        );
        for r in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?
            .iter()
        {
            let r = report_row(r)?;
            out.reports.entry(r.affiliate_id).or_default().push(r);
        }
        for r in sqlx::query("SELECT affiliate_id, kind, sent_on FROM notices ORDER BY sent_on, id")
            .fetch_all(&self.pool)
            .await?
            .iter()
        {
            out.last_notice.insert(
                r.try_get("affiliate_id")?,
                (
                    r.try_get("kind")?,
                    date(&r.try_get::<String, _>("sent_on")?)?,
                ),
            );
        }
        for r in sqlx::query(
            "SELECT n.affiliate_id, COUNT(*) AS failed, MAX(o.last_error) AS last_error FROM outbox o JOIN notices n ON n.id = o.notice_id \
             WHERE o.sent_at IS NULL AND o.last_error IS NOT NULL GROUP BY n.affiliate_id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        {
            out.failed_mail.insert(
                r.try_get("affiliate_id")?,
                (r.try_get("failed")?, r.try_get("last_error")?),
            );
        }
        Ok(out)
    }
}

impl Db {
    /// What an affiliate did in a period, from its own data: the events it held (and
    /// their outcomes), who joined, when its board changed.
    pub async fn report_facts(
        &self,
        affiliate: AffiliateId,
        period: (Date, Date),
    ) -> Result<ReportFacts, Error> {
        let from = Timestamp::start_of(period.0);
        let to = Timestamp::start_of(period.1.tomorrow().unwrap_or(period.1));
        let rows = self.events_of(affiliate, from, to).await?;
        let ids: Vec<_> = rows.iter().map(|e| e.id).collect();
        let outcomes = self.outcomes(&ids).await?;
        let mut events = Vec::new();
        for e in &rows {
            let Some((first_day, last_day)) = e.details.schedule.days() else {
                continue;
            };
            if e.cancelled || first_day < period.0 || first_day > period.1 {
                continue;
            }
            events.push(EventFacts {
                id: e.id,
                title: e.details.title.clone(),
                kind: e.details.kind.as_str().to_string(),
                first_day,
                last_day,
                figures: outcomes.get(&e.id).map(|o| o.0),
            });
        }
        events.sort_by_key(|e| (e.first_day, e.id));
        let joined = "COALESCE(signed_up_at, decided_at, created_at)";
        let sql = format!(
            "SELECT COUNT(*) FROM memberships WHERE affiliate_id = $1 AND status IN ('active', 'left') \
             AND {joined} >= $2 AND {joined} < $3"
        );
        let members_joined: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .bind(from.0)
            .bind(to.0)
            .fetch_one(&self.pool)
            .await?;
        let sql = format!(
            "SELECT COUNT(*) FROM memberships WHERE affiliate_id = $1 AND status = 'active' AND {joined} < $2"
        );
        let members_at_end: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .bind(to.0)
            .fetch_one(&self.pool)
            .await?;
        let board_changes = self
            .history(affiliate)
            .await?
            .iter()
            .filter(|h| h.at >= from && h.at < to)
            .filter(|h| {
                h.action == "updated"
                    && h.detail["fields"]
                        .as_array()
                        .is_some_and(|f| f.iter().any(|x| x == "board"))
            })
            .map(|h| h.at.date_utc())
            .collect();
        let board = self
            .affiliate_by_id(affiliate)
            .await?
            .map(|a| {
                a.people_in(sangam_core::account::AffiliateRole::Board)
                    .map(|u| u.as_str().to_string())
                    .collect()
            })
            .unwrap_or_default();
        Ok(ReportFacts {
            events,
            members_joined: members_joined as usize,
            members_at_end: members_at_end as usize,
            board_changes,
            board,
        })
    }
}

/// After a report is filed or deferred: a past-due affiliate none of whose current reports
/// is past due any more is active again, at once rather than at the next pass.
async fn settle(
    tx: &mut crate::Tx,
    affiliate: AffiliateId,
    by: Option<UserId>,
    today: Date,
    policy: &Policy,
    now: Timestamp,
) -> Result<(), Error> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT status, agreement_start FROM affiliates WHERE id = $1")
            .bind(affiliate)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((status, start)) = row else {
        return Ok(());
    };
    if AffiliateStatus::parse(&status) != Some(AffiliateStatus::PastDue) {
        return Ok(());
    }
    let from = opt_date(start)?;
    let sql = format!("SELECT {REPORT_COLUMNS} FROM {REPORT_FROM} WHERE r.affiliate_id = $1");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(affiliate)
        .fetch_all(&mut **tx)
        .await?;
    for r in &rows {
        let r = report_row(r)?;
        let current = from.is_none_or(|f| r.requirement.period.0 >= f);
        if current
            && report_status(&r.requirement, &r.record, today, policy) == ReportStatus::PastDue
        {
            return Ok(());
        }
    }
    sqlx::query("UPDATE affiliates SET status = $1 WHERE id = $2")
        .bind(AffiliateStatus::Active.as_str())
        .bind(affiliate)
        .execute(&mut **tx)
        .await?;
    add_history(
        tx,
        affiliate,
        by,
        "status",
        json!({ "from": status, "to": AffiliateStatus::Active.as_str() }),
        now,
    )
    .await
}
