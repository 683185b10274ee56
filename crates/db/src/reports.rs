//! Required reports and the daily lifecycle pass: the reports each affiliate owes are
//! created as their periods begin, the core's assessment decides the notices and statuses,
//! and everything a pass changes is written in one transaction. Notices are unique per
//! affiliate, report and kind, so a pass that runs twice, or two instances racing on
//! PostgreSQL, record each notice once.

use std::collections::HashMap;

use jiff::civil::Date;
use sangam_core::account::AffiliateId;
use sangam_core::account::UserId;
use sangam_core::affiliate::{AffiliateKind, AffiliateStatus};
use sangam_core::compliance::{
    DefermentReason, Notice, Policy, ReportKind, ReportRecord, ReportStatus, Requirement, assess,
    next_period, report_status, requirements,
};
use sangam_core::report::{EventFacts, Filing, Period, ReportFacts, Review};
use sangam_core::{Error, Timestamp};
use serde_json::json;
use sqlx::Row;

use crate::affiliates::add_history;
use crate::{Db, Tx, bump_generation, commit, db_err};

/// A report as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub id: i64,
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

/// What the pass reads of an affiliate: id, kind, status, agreement start and end,
/// recognition date.
type AffiliateLine = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassSummary {
    pub affiliates: usize,
    pub reports_created: usize,
    /// (affiliate, notice kind) of the notices recorded by this pass.
    pub notices: Vec<(AffiliateId, String)>,
    /// (affiliate, new status).
    pub status_changes: Vec<(AffiliateId, AffiliateStatus)>,
}

const REPORT_COLUMNS: &str = "r.id, r.affiliate_id, r.kind, r.period_start, r.period_end, r.due, r.grace_until, \
    r.deferred, r.filed_on, r.accepted_on, r.link, r.body, r.review_note, r.deferment_reason, r.deferment_note, \
    fu.username";

/// The tables [`REPORT_COLUMNS`] reads.
const REPORT_FROM: &str = "reports r LEFT JOIN users fu ON fu.id = r.filed_by";

/// The first ten of [`REPORT_COLUMNS`], all the lifecycle needs.
const STANDING_COLUMNS: &str = "r.id, r.affiliate_id, r.kind, r.period_start, r.period_end, r.due, \
    r.grace_until, r.deferred, r.filed_on, r.accepted_on";

/// A report's id, affiliate, requirement and record, from [`STANDING_COLUMNS`].
fn standing_row(r: &sqlx::any::AnyRow) -> Result<(i64, i64, Requirement, ReportRecord), Error> {
    let text = |i: usize| r.try_get::<String, _>(i).map_err(db_err);
    Ok((
        r.try_get(0).map_err(db_err)?,
        r.try_get(1).map_err(db_err)?,
        Requirement {
            kind: parse_kind(&text(2)?),
            period: (date(&text(3)?)?, date(&text(4)?)?),
            due: date(&text(5)?)?,
            grace_until: date(&text(6)?)?,
        },
        ReportRecord {
            deferred: r.try_get::<i64, _>(7).map_err(db_err)? != 0,
            filed: opt_date(r.try_get(8).map_err(db_err)?)?,
            accepted: opt_date(r.try_get(9).map_err(db_err)?)?,
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
        link: r.try_get(10).map_err(db_err)?,
        body: r.try_get(11).map_err(db_err)?,
        review_note: r.try_get(12).map_err(db_err)?,
        deferment: r
            .try_get::<Option<String>, _>(13)
            .map_err(db_err)?
            .map(|reason| Ok::<_, Error>((reason, r.try_get(14).map_err(db_err)?)))
            .transpose()?,
        filed_by: r.try_get(15).map_err(db_err)?,
    })
}

fn kind_str(k: ReportKind) -> &'static str {
    match k {
        ReportKind::Activity => "activity",
        ReportKind::Financial => "financial",
    }
}

fn parse_kind(s: &str) -> ReportKind {
    match s {
        "financial" => ReportKind::Financial,
        _ => ReportKind::Activity,
    }
}

fn date(s: &str) -> Result<Date, Error> {
    s.parse()
        .map_err(|_| Error::Internal(format!("a stored date is not a date: {s}")))
}

fn opt_date(s: Option<String>) -> Result<Option<Date>, Error> {
    s.as_deref().map(date).transpose()
}

/// The periods an affiliate owes reports for up to `today`: a user group's one-year
/// agreement periods from its agreement's start; an organization's calendar (fiscal)
/// years from its recognition, the last one ended.
fn periods(
    kind: AffiliateKind,
    agreement: Option<(Date, Date)>,
    recognized_year: Option<i16>,
    today: Date,
) -> Vec<(Date, Date)> {
    let mut out = Vec::new();
    match kind {
        AffiliateKind::UserGroup => {
            let Some(first) = agreement else { return out };
            let mut p = first;
            // Periods that have begun; at most a century of them.
            while p.0 <= today && out.len() < 100 {
                out.push(p);
                p = next_period(p.1);
            }
        }
        AffiliateKind::Chapter | AffiliateKind::ThematicOrganization => {
            let Some(start) = recognized_year.or(agreement.map(|a| a.0.year())) else {
                return out;
            };
            let mut y = start;
            while y < today.year() && out.len() < 100 {
                out.push((jiff::civil::date(y, 1, 1), jiff::civil::date(y, 12, 31)));
                y += 1;
            }
        }
        AffiliateKind::Hub => {}
    }
    out
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
            .await
            .map_err(db_err)?
            .iter()
            .map(report_row)
            .collect()
    }

    /// The notices recorded for one affiliate: (report id or 0, kind, day sent).
    pub async fn notices(&self, affiliate: AffiliateId) -> Result<Vec<(i64, String, Date)>, Error> {
        sqlx::query(
            "SELECT report_id, kind, sent_on FROM notices WHERE affiliate_id = $1 ORDER BY id",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?
        .iter()
        .map(|r| {
            Ok((
                r.try_get(0).map_err(db_err)?,
                r.try_get(1).map_err(db_err)?,
                date(&r.try_get::<String, _>(2).map_err(db_err)?)?,
            ))
        })
        .collect()
    }

    /// One report.
    pub async fn report(&self, id: i64) -> Result<Option<ReportRow>, Error> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM {REPORT_FROM} WHERE r.id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?
            .as_ref()
            .map(report_row)
            .transpose()
    }

    /// Files a report on `today`: a link to its page, or the report written here. A
    /// change asked for is cleared; an accepted report cannot be filed again. If the
    /// affiliate was past due and nothing else of it is, it is active again at once.
    pub async fn file_report(
        &self,
        report: i64,
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
        let affiliate: Option<i64> = sqlx::query_scalar(
            "UPDATE reports SET filed_on = $1, filed_by = $2, link = $3, body = COALESCE($4, body), \
             review_note = NULL WHERE id = $5 AND accepted_on IS NULL RETURNING affiliate_id",
        )
        .bind(today.to_string())
        .bind(by)
        .bind(link)
        .bind(body)
        .bind(report)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let Some(affiliate) = affiliate else {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM reports WHERE id = $1")
                .bind(report)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
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
    pub async fn save_report_draft(&self, report: i64, body: &str) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let n = sqlx::query("UPDATE reports SET body = $1 WHERE id = $2 AND filed_on IS NULL")
            .bind(body)
            .bind(report)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?
            .rows_affected();
        if n == 0 {
            return Err(Error::Conflict("report_filed"));
        }
        commit(tx).await
    }

    /// A site admin's decision on a filed report.
    pub async fn review_report(
        &self,
        report: i64,
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
        let affiliate: Option<i64> = sqlx::query_scalar(
            "UPDATE reports SET accepted_on = $1, review_note = $2, reviewed_by = $3 \
             WHERE id = $4 AND filed_on IS NOT NULL AND accepted_on IS NULL RETURNING affiliate_id",
        )
        .bind(accepted)
        .bind(note)
        .bind(by)
        .bind(report)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
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
        report: i64,
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
        let affiliate: Option<i64> = sqlx::query_scalar(
            "UPDATE reports SET deferred = 1, deferment_reason = $1, deferment_note = $2 \
             WHERE id = $3 AND filed_on IS NULL AND deferred = 0 RETURNING affiliate_id",
        )
        .bind(&reason)
        .bind((!note.is_empty()).then_some(note))
        .bind(report)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
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
    ) -> Result<i64, Error> {
        let grace = match period.kind {
            ReportKind::Activity => period
                .due
                .checked_add(jiff::Span::new().months(policy.user_group_grace_months))
                .unwrap_or(period.due),
            ReportKind::Financial => period.due,
        };
        let mut tx = self.write().await?;
        let id: Option<i64> = sqlx::query_scalar(
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
        .await
        .map_err(db_err)?;
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
                .await
                .map_err(db_err)?;
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
        .await
        .map_err(db_err)?;
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

    /// Records a notice sent before Sangam kept the affiliate (imported history): the
    /// notice and its line in the history on that day, and no mail.
    pub async fn record_notice(
        &self,
        affiliate: AffiliateId,
        report: i64,
        kind: &str,
        on: Date,
    ) -> Result<(), Error> {
        let at = Timestamp::start_of(on);
        let mut tx = self.write().await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO notices (affiliate_id, report_id, kind, sent_on, created_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (affiliate_id, report_id, kind) DO NOTHING RETURNING id",
        )
        .bind(affiliate)
        .bind(report)
        .bind(kind)
        .bind(on.to_string())
        .bind(at.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        if inserted.is_some() {
            add_history(
                &mut tx,
                affiliate,
                None,
                "lifecycle_notice",
                json!({ "notice": kind, "report": report }),
                at,
            )
            .await?;
            bump_generation(&mut tx).await?;
        }
        commit(tx).await
    }

    /// The daily lifecycle pass for `today`: creates the reports whose periods have begun,
    /// assesses every affiliate, and records the notices and status changes, all in one
    /// transaction. Safe to run twice: notices already recorded are not recorded again.
    pub async fn lifecycle_pass(
        &self,
        today: Date,
        policy: &Policy,
        now: Timestamp,
    ) -> Result<PassSummary, Error> {
        let affiliates: Vec<AffiliateLine> = sqlx::query(
            "SELECT id, kind, status, agreement_start, agreement_end, recognized FROM affiliates ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?
        .iter()
        .map(|r| {
            Ok((
                r.try_get(0)?,
                r.try_get(1)?,
                r.try_get(2)?,
                r.try_get(3)?,
                r.try_get(4)?,
                r.try_get(5)?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(db_err)?;
        let mut summary = PassSummary {
            affiliates: affiliates.len(),
            ..PassSummary::default()
        };
        let mut tx = self.write().await?;
        // 1. Reports for periods that have begun.
        // The reports as they are, read once, inside the transaction.
        let sql = format!(
            "SELECT {STANDING_COLUMNS} FROM reports r ORDER BY r.affiliate_id, r.period_start, r.kind"
        );
        let mut reports: HashMap<i64, Vec<(i64, Requirement, ReportRecord)>> = HashMap::new();
        for r in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?
            .iter()
        {
            let (id, affiliate, requirement, record) = standing_row(r)?;
            reports
                .entry(affiliate)
                .or_default()
                .push((id, requirement, record));
        }
        // Where each user group's current agreement starts: reports of earlier agreements
        // are history, settled when the group was re-recognized.
        let mut current_from: HashMap<i64, Date> = HashMap::new();
        for (id, kind, status, start, end, recognized) in &affiliates {
            let Some(kind) = AffiliateKind::parse(kind) else {
                continue;
            };
            if kind == AffiliateKind::UserGroup
                && let Some(s) = opt_date(start.clone())?
            {
                current_from.insert(*id, s);
            }
            // An expired or formerly active affiliate owes nothing new.
            if AffiliateStatus::parse(status).is_some_and(|s| !s.is_current()) {
                continue;
            }
            let agreement = match (opt_date(start.clone())?, opt_date(end.clone())?) {
                (Some(s), Some(e)) => Some((s, e)),
                _ => None,
            };
            let recognized_year = recognized
                .as_deref()
                .and_then(|r| r.get(..4))
                .and_then(|y| y.parse::<i16>().ok());
            for period in periods(kind, agreement, recognized_year, today) {
                for r in requirements(kind, period, policy) {
                    let known = reports.get(id).is_some_and(|rows| {
                        rows.iter()
                            .any(|x| x.1.kind == r.kind && x.1.period.0 == r.period.0)
                    });
                    if known {
                        continue;
                    }
                    let created: Option<i64> = sqlx::query_scalar(
                        "INSERT INTO reports (affiliate_id, kind, period_start, period_end, due, grace_until, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (affiliate_id, kind, period_start) DO NOTHING \
                         RETURNING id",
                    )
                    .bind(*id)
                    .bind(kind_str(r.kind))
                    .bind(r.period.0.to_string())
                    .bind(r.period.1.to_string())
                    .bind(r.due.to_string())
                    .bind(r.grace_until.to_string())
                    .bind(now.0)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    if let Some(report) = created {
                        reports
                            .entry(*id)
                            .or_default()
                            .push((report, r, ReportRecord::default()));
                        summary.reports_created += 1;
                    }
                }
            }
        }
        // 2. Assess everyone with the reports as they now are.
        let mut sent: HashMap<i64, Vec<(i64, String, Date)>> = HashMap::new();
        for r in sqlx::query("SELECT affiliate_id, report_id, kind, sent_on FROM notices")
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?
            .iter()
        {
            sent.entry(r.try_get(0).map_err(db_err)?)
                .or_default()
                .push((
                    r.try_get(1).map_err(db_err)?,
                    r.try_get(2).map_err(db_err)?,
                    date(&r.try_get::<String, _>(3).map_err(db_err)?)?,
                ));
        }
        let mut moves: HashMap<(AffiliateStatus, AffiliateStatus), Vec<i64>> = HashMap::new();
        // (affiliate, report, kind) of the notices due today, recorded in batches below.
        let mut pending: Vec<(i64, i64, String)> = Vec::new();
        for (id, _, status, ..) in &affiliates {
            let Some(status) = AffiliateStatus::parse(status) else {
                continue;
            };
            let from = current_from.get(id).copied();
            let mine: Vec<(i64, Requirement, ReportRecord)> = reports
                .remove(id)
                .unwrap_or_default()
                .into_iter()
                .filter(|(_, r, _)| from.is_none_or(|f| r.period.0 >= f))
                .collect();
            if mine.is_empty() {
                continue;
            }
            let pairs: Vec<(Requirement, ReportRecord)> =
                mine.iter().map(|(_, r, rec)| (*r, *rec)).collect();
            let report_id = |i: usize| mine.get(i).map(|m| m.0).unwrap_or(0);
            let to_notice = |report: i64, kind: &str| -> Option<Notice> {
                let idx = mine.iter().position(|m| m.0 == report);
                match (kind, idx) {
                    ("expiry", Some(i)) => Some(Notice::Expiry { report: i }),
                    ("past_due", Some(i)) => Some(Notice::PastDue { report: i }),
                    ("deadline", Some(i)) => Some(Notice::DeadlineNear { report: i }),
                    (k, Some(i)) => k
                        .strip_prefix("reminder_")
                        .and_then(|d| d.parse().ok())
                        .map(|days| Notice::Reminder { report: i, days }),
                    _ => None,
                }
            };
            let before: Vec<(Notice, Date)> = sent
                .get(id)
                .map(|v| {
                    v.iter()
                        .filter_map(|(r, k, d)| to_notice(*r, k).map(|n| (n, *d)))
                        .collect()
                })
                .unwrap_or_default();
            let a = assess(&pairs, &before, status, today, policy);
            for n in &a.notices {
                let report = match n {
                    Notice::Reminder { report, .. }
                    | Notice::PastDue { report }
                    | Notice::DeadlineNear { report }
                    | Notice::Expiry { report } => report_id(*report),
                };
                pending.push((*id, report, n.kind()));
            }
            // A newly recognized or suspended affiliate with nothing overdue keeps its status.
            let keep = a.status == AffiliateStatus::Active
                && matches!(
                    status,
                    AffiliateStatus::Recognized | AffiliateStatus::Suspended
                );
            if a.status != status && !keep {
                moves.entry((status, a.status)).or_default().push(*id);
            }
        }
        record_notices(&mut tx, &pending, today, now, &mut summary).await?;
        // Status moves, a statement per kind of move and batch. Only the pass that moves a
        // status records it (another may have raced it): the history follows what the
        // update returned.
        for ((from, to), ids) in moves {
            for chunk in ids.chunks(500) {
                let marks: Vec<String> = (0..chunk.len()).map(|k| format!("${}", k + 3)).collect();
                let sql = format!(
                    "UPDATE affiliates SET status = $1 WHERE status = $2 AND id IN ({}) RETURNING id",
                    marks.join(", ")
                );
                let mut q = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql))
                    .bind(to.as_str())
                    .bind(from.as_str());
                for id in chunk {
                    q = q.bind(*id);
                }
                let moved = q.fetch_all(&mut *tx).await.map_err(db_err)?;
                if moved.is_empty() {
                    continue;
                }
                let detail = json!({ "from": from.as_str(), "to": to.as_str() }).to_string();
                let rows: Vec<String> = (0..moved.len())
                    .map(|k| format!("(${}, $1, NULL, 'status', $2)", k + 3))
                    .collect();
                let sql = format!(
                    "INSERT INTO history (affiliate_id, at, actor_id, action, detail) VALUES {}",
                    rows.join(", ")
                );
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(now.0)
                    .bind(detail.as_str());
                for id in &moved {
                    q = q.bind(*id);
                }
                q.execute(&mut *tx).await.map_err(db_err)?;
                summary
                    .status_changes
                    .extend(moved.into_iter().map(|id| (id, to)));
            }
        }
        if !summary.notices.is_empty()
            || !summary.status_changes.is_empty()
            || summary.reports_created > 0
        {
            bump_generation(&mut tx).await?;
        }
        commit(tx).await?;
        Ok(summary)
    }
}

/// What the compliance dashboard reads, per affiliate id.
#[derive(Debug, Clone, Default)]
pub struct Compliance {
    pub reports: HashMap<i64, Vec<ReportRow>>,
    /// The latest notice: its kind and day.
    pub last_notice: HashMap<i64, (String, Date)>,
    /// Mail the server refused or could not take: how many, and one error.
    pub failed_mail: HashMap<i64, (i64, Option<String>)>,
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
            .await
            .map_err(db_err)?
            .iter()
        {
            let r = report_row(r)?;
            out.reports.entry(r.affiliate_id).or_default().push(r);
        }
        for r in sqlx::query("SELECT affiliate_id, kind, sent_on FROM notices ORDER BY sent_on, id")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?
            .iter()
        {
            out.last_notice.insert(
                r.try_get(0).map_err(db_err)?,
                (
                    r.try_get(1).map_err(db_err)?,
                    date(&r.try_get::<String, _>(2).map_err(db_err)?)?,
                ),
            );
        }
        for r in sqlx::query(
            "SELECT n.affiliate_id, COUNT(*), MAX(o.last_error) FROM outbox o JOIN notices n ON n.id = o.notice_id \
             WHERE o.sent_at IS NULL AND o.last_error IS NOT NULL GROUP BY n.affiliate_id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?
        .iter()
        {
            out.failed_mail.insert(
                r.try_get(0).map_err(db_err)?,
                (r.try_get(1).map_err(db_err)?, r.try_get(2).map_err(db_err)?),
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
            .await
            .map_err(db_err)?;
        let sql = format!(
            "SELECT COUNT(*) FROM memberships WHERE affiliate_id = $1 AND status = 'active' AND {joined} < $2"
        );
        let members_at_end: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .bind(to.0)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
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

/// A mail job from an outbox row that starts with the mail's id, the address, the name and
/// the language, and has the attempts so far at `attempts`.
fn mail_job(r: &sqlx::any::AnyRow, about: MailAbout, attempts: usize) -> Result<MailJob, Error> {
    Ok(MailJob {
        id: r.try_get(0).map_err(db_err)?,
        to_email: r.try_get(1).map_err(db_err)?,
        to_name: r.try_get(2).map_err(db_err)?,
        lang: r.try_get(3).map_err(db_err)?,
        about,
        attempts: r.try_get(attempts).map_err(db_err)?,
    })
}

impl Db {
    /// Mail due to be sent at `now` (not sent, next attempt reached), oldest first.
    pub async fn due_mail(&self, now: Timestamp, limit: i64) -> Result<Vec<MailJob>, Error> {
        let mut jobs = sqlx::query(
            "SELECT o.id, u.email, u.username, u.preferred_lang, a.slug, a.id, n.kind, n.sent_on, \
             r.period_start, r.period_end, r.due, o.attempts \
             FROM outbox o JOIN notices n ON n.id = o.notice_id JOIN users u ON u.id = o.to_user \
             JOIN affiliates a ON a.id = n.affiliate_id LEFT JOIN reports r ON r.id = n.report_id \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2",
        )
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?
        .iter()
        .map(|r| {
            let report = match (
                opt_date(r.try_get(8).map_err(db_err)?)?,
                opt_date(r.try_get(9).map_err(db_err)?)?,
                opt_date(r.try_get(10).map_err(db_err)?)?,
            ) {
                (Some(s), Some(e), Some(d)) => Some(((s, e), d)),
                _ => None,
            };
            Ok(MailJob {
                id: r.try_get(0).map_err(db_err)?,
                to_email: r.try_get(1).map_err(db_err)?,
                to_name: r.try_get(2).map_err(db_err)?,
                lang: r.try_get(3).map_err(db_err)?,
                about: MailAbout::Notice {
                    affiliate_slug: r.try_get(4).map_err(db_err)?,
                    affiliate_id: r.try_get(5).map_err(db_err)?,
                    kind: r.try_get(6).map_err(db_err)?,
                    sent_on: date(&r.try_get::<String, _>(7).map_err(db_err)?)?,
                    report,
                },
                attempts: r.try_get(11).map_err(db_err)?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
        // Decisions go to the presenters' accounts; to whoever sent the proposal, at the
        // contact address the proposal gives, if any.
        let decisions = sqlx::query(
            "SELECT o.id, CASE WHEN o.to_user = p.submitted_by AND p.contact_email IS NOT NULL \
             THEN p.contact_email ELSE u.email END, u.username, u.preferred_lang, p.id, p.event_id, \
             p.title, p.status, COALESCE(p.decision_note, ''), o.attempts \
             FROM outbox o JOIN proposals p ON p.id = o.proposal_id JOIN users u ON u.id = o.to_user \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2",
        )
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        for r in &decisions {
            let about = MailAbout::Decision {
                proposal_id: r.try_get(4).map_err(db_err)?,
                event_id: r.try_get(5).map_err(db_err)?,
                title: r.try_get(6).map_err(db_err)?,
                status: r.try_get(7).map_err(db_err)?,
                note: r.try_get(8).map_err(db_err)?,
            };
            jobs.push(mail_job(r, about, 9)?);
        }
        let scholarships = sqlx::query(
            "SELECT o.id, u.email, u.username, u.preferred_lang, e.id, e.title, a.decision, \
             COALESCE(a.decision_note, ''), o.attempts \
             FROM outbox o JOIN scholarship_applications a ON a.id = o.application_id \
             JOIN users u ON u.id = o.to_user JOIN events e ON e.id = a.event_id \
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2",
        )
        .bind(now.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        for r in &scholarships {
            let about = MailAbout::Scholarship {
                event_id: r.try_get(4).map_err(db_err)?,
                conference: r.try_get(5).map_err(db_err)?,
                decision: r
                    .try_get::<Option<String>, _>(6)
                    .map_err(db_err)?
                    .unwrap_or_default(),
                note: r.try_get(7).map_err(db_err)?,
            };
            jobs.push(mail_job(r, about, 8)?);
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
            .await
            .map_err(db_err)?;
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
        .await
        .map_err(db_err)?;
        Ok(())
    }

    /// Mail not sent yet, with its attempts and last error (for the dashboard and tests).
    pub async fn unsent_mail(&self) -> Result<Vec<(i64, i64, Option<String>)>, Error> {
        sqlx::query("SELECT id, attempts, last_error FROM outbox WHERE sent_at IS NULL ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get(0).map_err(db_err)?,
                    r.try_get(1).map_err(db_err)?,
                    r.try_get(2).map_err(db_err)?,
                ))
            })
            .collect()
    }
}

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
        .await
        .map_err(db_err)?;
        let n = sqlx::query(
            "UPDATE jobs SET claimed_by = $1, claimed_until = $2 WHERE name = $3 AND run_after <= $4 \
             AND (claimed_until IS NULL OR claimed_until < $4)",
        )
        .bind(instance)
        .bind(now.0 + lease)
        .bind(name)
        .bind(now.0)
        .execute(&self.writer)
        .await
        .map_err(db_err)?
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
        .await
        .map_err(db_err)?;
        Ok(())
    }

    /// Each job's next run, holder and last error (for the dashboard and tests).
    pub async fn jobs(&self) -> Result<Vec<JobRow>, Error> {
        sqlx::query(
            "SELECT name, run_after, claimed_by, attempts, last_error FROM jobs ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?
        .iter()
        .map(|r| {
            Ok(JobRow {
                name: r.try_get(0).map_err(db_err)?,
                run_after: Timestamp(r.try_get(1).map_err(db_err)?),
                claimed_by: r.try_get(2).map_err(db_err)?,
                attempts: r.try_get(3).map_err(db_err)?,
                last_error: r.try_get(4).map_err(db_err)?,
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

/// After a report is filed or deferred: a past-due affiliate none of whose current reports
/// is past due any more is active again, at once rather than at the next pass.
async fn settle(
    tx: &mut crate::Tx,
    affiliate: i64,
    by: Option<UserId>,
    today: Date,
    policy: &Policy,
    now: Timestamp,
) -> Result<(), Error> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT status, agreement_start FROM affiliates WHERE id = $1")
            .bind(affiliate)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_err)?;
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
        .await
        .map_err(db_err)?;
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
        .await
        .map_err(db_err)?;
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

/// Records the day's notices, a few hundred to a statement: each notice once (a pass that
/// raced this one may have recorded it), its mail queued for the affiliate's contact persons
/// (or its admins if it names none), and its line in the history.
async fn record_notices(
    tx: &mut Tx,
    pending: &[(i64, i64, String)],
    today: Date,
    now: Timestamp,
    summary: &mut PassSummary,
) -> Result<(), Error> {
    for chunk in pending.chunks(400) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|k| format!("(${}, ${}, ${}, $1, $2)", 3 * k + 3, 3 * k + 4, 3 * k + 5))
            .collect();
        let sql = format!(
            "INSERT INTO notices (affiliate_id, report_id, kind, sent_on, created_at) VALUES {} \
             ON CONFLICT (affiliate_id, report_id, kind) DO NOTHING RETURNING id, affiliate_id, report_id, kind",
            rows.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(today.to_string())
            .bind(now.0);
        for (affiliate, report, kind) in chunk {
            q = q.bind(*affiliate).bind(*report).bind(kind.as_str());
        }
        let mut inserted: Vec<(i64, i64, i64, String)> = q
            .fetch_all(&mut **tx)
            .await
            .map_err(db_err)?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(db_err)?;
        if inserted.is_empty() {
            continue;
        }
        inserted.sort_unstable();
        let ids: Vec<String> = (0..inserted.len()).map(|k| format!("${}", k + 2)).collect();
        let sql = format!(
            "INSERT INTO outbox (notice_id, to_user, created_at, next_attempt_at) \
             SELECT n.id, p.user_id, $1, $1 FROM notices n JOIN affiliate_people p ON p.affiliate_id = n.affiliate_id \
             WHERE n.id IN ({}) AND (p.role = 'contact' OR (p.role = 'admin' AND NOT EXISTS \
             (SELECT 1 FROM affiliate_people c WHERE c.affiliate_id = n.affiliate_id AND c.role = 'contact'))) \
             ON CONFLICT (notice_id, to_user) DO NOTHING",
            ids.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now.0);
        for n in &inserted {
            q = q.bind(n.0);
        }
        q.execute(&mut **tx).await.map_err(db_err)?;
        let rows: Vec<String> = (0..inserted.len())
            .map(|k| {
                format!(
                    "(${}, $1, NULL, 'lifecycle_notice', ${})",
                    2 * k + 2,
                    2 * k + 3
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO history (affiliate_id, at, actor_id, action, detail) VALUES {}",
            rows.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now.0);
        for (_, affiliate, report, kind) in &inserted {
            q = q
                .bind(*affiliate)
                .bind(json!({ "notice": kind, "report": report }).to_string());
        }
        q.execute(&mut **tx).await.map_err(db_err)?;
        summary.notices.extend(
            inserted
                .into_iter()
                .map(|(_, affiliate, _, kind)| (affiliate, kind)),
        );
    }
    Ok(())
}
