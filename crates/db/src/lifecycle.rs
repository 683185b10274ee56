//! The daily lifecycle pass: the reports each affiliate owes are created as their periods
//! begin, the core's assessment decides the notices and statuses, and everything a pass
//! changes is written in one transaction. Notices are unique per affiliate, report and
//! kind, so a pass that runs twice, or two instances racing on PostgreSQL, record each
//! notice once.

use std::collections::HashMap;

use jiff::civil::Date;
use sangam_core::account::AffiliateId;
use sangam_core::affiliate::{AffiliateKind, AffiliateStatus};
use sangam_core::compliance::{
    Notice, Policy, ReportRecord, Requirement, assess, next_period, requirements,
};
use sangam_core::id::ReportId;
use sangam_core::{Error, Timestamp};
use serde_json::json;
use sqlx::Row;

use crate::affiliates::add_history;
use crate::{Db, Tx, bump_generation, commit};

use crate::reports::{STANDING_COLUMNS, date, kind_str, opt_date, standing_row};

/// What the pass reads of an affiliate: id, kind, status, agreement start and end,
/// recognition date.
type AffiliateLine = (
    AffiliateId,
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
    /// The notices recorded for one affiliate: (report id or 0, kind, day sent).
    pub async fn notices(&self, affiliate: AffiliateId) -> Result<Vec<(i64, String, Date)>, Error> {
        sqlx::query(
            "SELECT report_id, kind, sent_on FROM notices WHERE affiliate_id = $1 ORDER BY id",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("report_id")?,
                r.try_get("kind")?,
                date(&r.try_get::<String, _>("sent_on")?)?,
            ))
        })
        .collect()
    }

    /// Records a notice sent before Sangam kept the affiliate (imported history): the
    /// notice and its line in the history on that day, and no mail.
    pub async fn record_notice(
        &self,
        affiliate: AffiliateId,
        report: ReportId,
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
        .await?;
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
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                r.try_get("kind")?,
                r.try_get("status")?,
                r.try_get("agreement_start")?,
                r.try_get("agreement_end")?,
                r.try_get("recognized")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()?;
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
        let mut reports: HashMap<AffiliateId, Vec<(ReportId, Requirement, ReportRecord)>> =
            HashMap::new();
        for r in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *tx)
            .await?
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
        let mut current_from: HashMap<AffiliateId, Date> = HashMap::new();
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
                    let created: Option<ReportId> = sqlx::query_scalar(
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
                    .await?;
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
        let mut sent: HashMap<AffiliateId, Vec<(ReportId, String, Date)>> = HashMap::new();
        for r in sqlx::query("SELECT affiliate_id, report_id, kind, sent_on FROM notices")
            .fetch_all(&mut *tx)
            .await?
            .iter()
        {
            sent.entry(r.try_get("affiliate_id")?).or_default().push((
                r.try_get("report_id")?,
                r.try_get("kind")?,
                date(&r.try_get::<String, _>("sent_on")?)?,
            ));
        }
        let mut moves: HashMap<(AffiliateStatus, AffiliateStatus), Vec<AffiliateId>> =
            HashMap::new();
        // (affiliate, report, kind) of the notices due today, recorded in batches below.
        let mut pending: Vec<(AffiliateId, ReportId, String)> = Vec::new();
        for (id, _, status, ..) in &affiliates {
            let Some(status) = AffiliateStatus::parse(status) else {
                continue;
            };
            let from = current_from.get(id).copied();
            let mine: Vec<(ReportId, Requirement, ReportRecord)> = reports
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
            let report_id = |i: usize| mine.get(i).map(|m| m.0);
            let to_notice = |report: ReportId, kind: &str| -> Option<Notice> {
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
                // Every notice is about one of the reports just assessed.
                if let Some(report) = report {
                    pending.push((*id, report, n.kind()));
                }
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
                let mut q = sqlx::query_scalar::<_, AffiliateId>(sqlx::AssertSqlSafe(sql))
                    .bind(to.as_str())
                    .bind(from.as_str());
                for id in chunk {
                    q = q.bind(*id);
                }
                let moved = q.fetch_all(&mut *tx).await?;
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
                q.execute(&mut *tx).await?;
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

/// Records the day's notices, a few hundred to a statement: each notice once (a pass that
/// raced this one may have recorded it), its mail queued for the affiliate's contact persons
/// (or its admins if it names none), and its line in the history.
async fn record_notices(
    tx: &mut Tx,
    pending: &[(AffiliateId, ReportId, String)],
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
        let mut inserted: Vec<(i64, AffiliateId, ReportId, String)> = q
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("affiliate_id")?,
                    r.try_get("report_id")?,
                    r.try_get("kind")?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()?;
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
        q.execute(&mut **tx).await?;
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
        q.execute(&mut **tx).await?;
        summary.notices.extend(
            inserted
                .into_iter()
                .map(|(_, affiliate, _, kind)| (affiliate, kind)),
        );
    }
    Ok(())
}
