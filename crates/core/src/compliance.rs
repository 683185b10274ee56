//! Required reports and the recognition lifecycle, as the affiliations committee applies
//! them, as pure functions of the date: what an affiliate owes, when it is due, where the
//! affiliate stands, and which notices today calls for. The rules are data ([`Policy`]) with
//! the committee's defaults; nothing here reads a clock.
//!
//! - A user group is recognized for one-year agreement periods; each period needs an annual
//!   activity report covering it, due at the period's end, with a month's grace.
//! - Chapters and thematic organizations owe an activity report and a financial report for
//!   each fiscal year, due four months after it ends.
//! - A deferment (natural disaster, pandemic, war, government restriction) moves a report's
//!   due date by a year; a deferred report is not past due.
//! - Lifecycle: active → report due → past due (grace over) → notice with a deadline (30
//!   days) → expired (deadline passed) → formerly active. Filing the missing report brings a
//!   past-due or noticed affiliate back to active; an expired one needs an admin's decision.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::affiliate::{AffiliateKind, AffiliateStatus};

/// The committee's rules, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// A user group's grace after its period ends, in months.
    pub user_group_grace_months: i32,
    /// When a chapter's or thematic organization's reports are due after its fiscal year,
    /// in months.
    pub organization_due_months: i32,
    /// The deadline a notice gives, in days.
    pub notice_days: i32,
    /// Reminders before a due date, in days.
    pub reminder_days: Vec<i32>,
    /// How long a deferment moves a due date, in months.
    pub deferment_months: i32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            user_group_grace_months: 1,
            organization_due_months: 4,
            notice_days: 30,
            reminder_days: vec![30, 7],
            deferment_months: 12,
        }
    }
}

/// Why a report may be deferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DefermentReason {
    NaturalDisaster,
    Pandemic,
    War,
    GovernmentRestriction,
}

impl DefermentReason {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "natural_disaster" => Some(Self::NaturalDisaster),
            "pandemic" => Some(Self::Pandemic),
            "war" => Some(Self::War),
            "government_restriction" => Some(Self::GovernmentRestriction),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Activity,
    Financial,
}

/// A report an affiliate owes for a period (first and last day inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub kind: ReportKind,
    pub period: (Date, Date),
    /// The day it is due.
    pub due: Date,
    /// The last day of grace: past due from the day after.
    pub grace_until: Date,
}

/// What has happened to a required report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportRecord {
    pub filed: Option<Date>,
    pub accepted: Option<Date>,
    /// Deferred (the due date and grace move by the policy's deferment).
    pub deferred: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Not due for more than the first reminder's days.
    Upcoming,
    /// Within the reminder window, or in grace.
    Due,
    PastDue,
    Filed,
    Deferred,
    Accepted,
}

impl ReportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Upcoming => "upcoming",
            ReportStatus::Due => "due",
            ReportStatus::PastDue => "past_due",
            ReportStatus::Filed => "filed",
            ReportStatus::Deferred => "deferred",
            ReportStatus::Accepted => "accepted",
        }
    }
}

fn add_months(d: Date, months: i32) -> Date {
    d.checked_add(months.months()).unwrap_or(d)
}

fn add_days(d: Date, days: i32) -> Date {
    d.checked_add(days.days()).unwrap_or(d)
}

/// The reports owed for one period: a user group's agreement period (one activity report),
/// or an organization's fiscal year (activity and financial reports).
pub fn requirements(
    kind: AffiliateKind,
    period: (Date, Date),
    policy: &Policy,
) -> Vec<Requirement> {
    match kind {
        AffiliateKind::UserGroup => vec![Requirement {
            kind: ReportKind::Activity,
            period,
            due: period.1,
            grace_until: add_months(period.1, policy.user_group_grace_months),
        }],
        AffiliateKind::Chapter | AffiliateKind::ThematicOrganization => {
            let due = add_months(period.1, policy.organization_due_months);
            [ReportKind::Activity, ReportKind::Financial]
                .into_iter()
                .map(|k| Requirement {
                    kind: k,
                    period,
                    due,
                    grace_until: due,
                })
                .collect()
        }
        // Hubs report through their member affiliates.
        AffiliateKind::Hub => Vec::new(),
    }
}

/// The next one-year period after one that ends on `last_day`.
pub fn next_period(last_day: Date) -> (Date, Date) {
    let start = add_days(last_day, 1);
    (start, add_days(add_months(start, 12), -1))
}

/// Where a report stands on `today`.
pub fn report_status(
    r: &Requirement,
    rec: &ReportRecord,
    today: Date,
    policy: &Policy,
) -> ReportStatus {
    if rec.accepted.is_some() {
        return ReportStatus::Accepted;
    }
    if rec.filed.is_some() {
        return ReportStatus::Filed;
    }
    let (due, grace) = effective(r, rec, policy);
    let first_reminder = policy.reminder_days.iter().copied().max().unwrap_or(0);
    if today > grace {
        ReportStatus::PastDue
    } else if rec.deferred && today < add_days(due, -first_reminder) {
        ReportStatus::Deferred
    } else if today < add_days(due, -first_reminder) {
        ReportStatus::Upcoming
    } else {
        ReportStatus::Due
    }
}

/// The due date and last day of grace, after any deferment.
pub fn effective(r: &Requirement, rec: &ReportRecord, policy: &Policy) -> (Date, Date) {
    if rec.deferred {
        (
            add_months(r.due, policy.deferment_months),
            add_months(r.grace_until, policy.deferment_months),
        )
    } else {
        (r.due, r.grace_until)
    }
}

/// Where an affiliate stands in the lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Nothing past due.
    Active,
    /// A report is past due and a notice went out; the report must arrive by `deadline`.
    Noticed { deadline: Date },
    /// The deadline passed: the affiliate is no longer recognized until an admin decides.
    Expired,
}

/// A notice the daily pass sends (and records) at most once: its key is the report's index
/// among the affiliate's reports and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Notice {
    /// `days` before the due date.
    Reminder { report: usize, days: i32 },
    /// The grace is over; the deadline is `notice_days` away.
    PastDue { report: usize },
    /// A week before the deadline.
    DeadlineNear { report: usize },
    /// The deadline passed (for the report that stayed missing).
    Expiry { report: usize },
}

impl Notice {
    /// A stable name for the notice, unique per affiliate (with the report's own id).
    pub fn kind(&self) -> String {
        match self {
            Notice::Reminder { days, .. } => format!("reminder_{days}"),
            Notice::PastDue { .. } => "past_due".into(),
            Notice::DeadlineNear { .. } => "deadline".into(),
            Notice::Expiry { .. } => "expiry".into(),
        }
    }
}

/// What the daily pass finds for one affiliate: its stage, the notices today calls for
/// that were not sent before, and the status it should have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub stage: Stage,
    pub notices: Vec<Notice>,
    pub status: AffiliateStatus,
}

/// Assesses an affiliate on `today`. `reports` are its required reports with what happened
/// to them; `sent` the notices already sent (with when); `status` its current status.
pub fn assess(
    reports: &[(Requirement, ReportRecord)],
    sent: &[(Notice, Date)],
    status: AffiliateStatus,
    today: Date,
    policy: &Policy,
) -> Assessment {
    let was_sent = |n: &Notice| sent.iter().any(|(s, _)| s == n);
    let mut notices = Vec::new();
    // Expired and formerly active affiliates wait for an admin; nothing more is sent.
    if matches!(
        status,
        AffiliateStatus::Expired | AffiliateStatus::FormerlyActive
    ) {
        return Assessment {
            stage: Stage::Expired,
            notices,
            status,
        };
    }
    for (i, (r, rec)) in reports.iter().enumerate() {
        if rec.filed.is_some() || rec.accepted.is_some() {
            continue;
        }
        let (due, _) = effective(r, rec, policy);
        // The reminder whose day has come most recently (on its day, or late if a pass
        // missed it), unless it or a later one went out already.
        let current = policy
            .reminder_days
            .iter()
            .copied()
            .filter(|days| today >= add_days(due, -days) && today <= due)
            .min();
        if let Some(days) = current {
            let later_sent = sent.iter().any(|(n, _)| {
                matches!(n, Notice::Reminder { report, days: d } if *report == i && *d <= days)
            });
            if !later_sent {
                notices.push(Notice::Reminder { report: i, days });
            }
        }
    }
    // The earliest past-due report decides the lifecycle.
    let overdue = reports
        .iter()
        .enumerate()
        .filter(|(_, (r, rec))| report_status(r, rec, today, policy) == ReportStatus::PastDue)
        .min_by_key(|(_, (r, rec))| effective(r, rec, policy).1);
    let Some((i, _)) = overdue else {
        return Assessment {
            stage: Stage::Active,
            notices,
            status: AffiliateStatus::Active,
        };
    };
    let past_due = Notice::PastDue { report: i };
    let noticed = sent.iter().find(|(n, _)| *n == past_due).map(|(_, d)| *d);
    let Some(notice_day) = noticed else {
        notices.push(past_due);
        let deadline = add_days(today, policy.notice_days);
        return Assessment {
            stage: Stage::Noticed { deadline },
            notices,
            status: AffiliateStatus::PastDue,
        };
    };
    let deadline = add_days(notice_day, policy.notice_days);
    if today > deadline {
        let expiry = Notice::Expiry { report: i };
        if !was_sent(&expiry) {
            notices.push(expiry);
        }
        return Assessment {
            stage: Stage::Expired,
            notices,
            status: AffiliateStatus::Expired,
        };
    }
    let near = Notice::DeadlineNear { report: i };
    if today >= add_days(deadline, -7) && !was_sent(&near) {
        notices.push(near);
    }
    Assessment {
        stage: Stage::Noticed { deadline },
        notices,
        status: AffiliateStatus::PastDue,
    }
}

/// Where a report stands on `today`, with its effective dates.
#[derive(Debug, Clone)]
pub struct Standing {
    pub status: ReportStatus,
    pub due: Date,
    pub grace_until: Date,
    /// Days until the due date (negative once passed).
    pub days_left: i64,
    /// Days since the grace ended, when past due.
    pub days_overdue: Option<i64>,
    /// Of the affiliate's current agreement (not an earlier one, settled when it was
    /// recognized again).
    pub current: bool,
}

fn days_between(a: Date, b: Date) -> i64 {
    (b - a).get_days() as i64
}

/// Where a report stands on `today` for an affiliate of `kind` whose agreement (a user
/// group's) is `agreement`.
pub fn standing(
    (kind, agreement): (AffiliateKind, Option<(Date, Date)>),
    requirement: &Requirement,
    record: &ReportRecord,
    today: Date,
    policy: &Policy,
) -> Standing {
    let (due, grace_until) = effective(requirement, record, policy);
    let status = report_status(requirement, record, today, policy);
    let current = kind != AffiliateKind::UserGroup
        || agreement.is_none_or(|(start, _)| requirement.period.0 >= start);
    Standing {
        status,
        due,
        grace_until,
        days_left: days_between(today, due),
        days_overdue: (status == ReportStatus::PastDue).then(|| days_between(grace_until, today)),
        current,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ug_period() -> (Date, Date) {
        (date(2022, 7, 1), date(2023, 6, 30))
    }

    type Sent = Vec<(Notice, Date)>;
    type Changes = Vec<(Date, AffiliateStatus)>;

    /// Walks the daily pass from `from` to `to` like the job would, recording what it sends;
    /// `file_on` files the report on that day.
    fn walk(
        reports: &mut [(Requirement, ReportRecord)],
        from: Date,
        to: Date,
        file_on: Option<Date>,
    ) -> (Sent, Changes) {
        let policy = Policy::default();
        let mut sent = Vec::new();
        let mut status = AffiliateStatus::Active;
        let mut changes = Vec::new();
        let mut day = from;
        while day <= to {
            if Some(day) == file_on {
                reports[0].1.filed = Some(day);
            }
            let a = assess(reports, &sent, status, day, &policy);
            for n in a.notices {
                sent.push((n, day));
            }
            if a.status != status {
                changes.push((day, a.status));
                status = a.status;
            }
            day = day.tomorrow().unwrap();
        }
        (sent, changes)
    }

    #[test]
    fn a_user_group_owes_one_activity_report_per_period_with_a_month_of_grace() {
        let r = requirements(AffiliateKind::UserGroup, ug_period(), &Policy::default());
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].due, r[0].grace_until),
            (date(2023, 6, 30), date(2023, 7, 30))
        );
        let c = requirements(
            AffiliateKind::Chapter,
            (date(2023, 1, 1), date(2023, 12, 31)),
            &Policy::default(),
        );
        assert_eq!(
            c.iter().map(|r| r.kind).collect::<Vec<_>>(),
            [ReportKind::Activity, ReportKind::Financial]
        );
        assert!(c.iter().all(|r| r.due == date(2024, 4, 30)));
        assert!(requirements(AffiliateKind::Hub, ug_period(), &Policy::default()).is_empty());
        assert_eq!(
            next_period(date(2023, 6, 30)),
            (date(2023, 7, 1), date(2024, 6, 30))
        );
    }

    #[test]
    fn a_report_is_upcoming_then_due_then_past_due_unless_filed_or_deferred() {
        let p = Policy::default();
        let r = requirements(AffiliateKind::UserGroup, ug_period(), &p)[0];
        let none = ReportRecord::default();
        let at = |d: Date, rec: &ReportRecord| report_status(&r, rec, d, &p);
        assert_eq!(at(date(2023, 5, 30), &none), ReportStatus::Upcoming);
        assert_eq!(
            at(date(2023, 5, 31), &none),
            ReportStatus::Due,
            "30 days before"
        );
        assert_eq!(
            at(date(2023, 7, 30), &none),
            ReportStatus::Due,
            "last day of grace"
        );
        assert_eq!(at(date(2023, 7, 31), &none), ReportStatus::PastDue);
        let filed = ReportRecord {
            filed: Some(date(2023, 8, 10)),
            ..none
        };
        assert_eq!(at(date(2023, 9, 1), &filed), ReportStatus::Filed);
        let accepted = ReportRecord {
            accepted: Some(date(2023, 9, 2)),
            ..filed
        };
        assert_eq!(at(date(2023, 9, 3), &accepted), ReportStatus::Accepted);
        let deferred = ReportRecord {
            deferred: true,
            ..none
        };
        assert_eq!(
            at(date(2023, 8, 15), &deferred),
            ReportStatus::Deferred,
            "not past due"
        );
        assert_eq!(at(date(2024, 6, 1), &deferred), ReportStatus::Due);
        assert_eq!(at(date(2024, 7, 31), &deferred), ReportStatus::PastDue);
    }

    #[test]
    fn the_lifecycle_walked_day_by_day_sends_each_notice_once_and_expires() {
        let p = Policy::default();
        let mut reports = vec![(
            requirements(AffiliateKind::UserGroup, ug_period(), &p)[0],
            ReportRecord::default(),
        )];
        let (sent, changes) = walk(&mut reports, date(2023, 5, 1), date(2023, 10, 31), None);
        assert_eq!(
            sent,
            [
                (
                    Notice::Reminder {
                        report: 0,
                        days: 30
                    },
                    date(2023, 5, 31)
                ),
                (Notice::Reminder { report: 0, days: 7 }, date(2023, 6, 23)),
                (Notice::PastDue { report: 0 }, date(2023, 7, 31)),
                (Notice::DeadlineNear { report: 0 }, date(2023, 8, 23)),
                (Notice::Expiry { report: 0 }, date(2023, 8, 31)),
            ]
        );
        assert_eq!(
            changes,
            [
                (date(2023, 7, 31), AffiliateStatus::PastDue),
                (date(2023, 8, 31), AffiliateStatus::Expired)
            ]
        );
        // Expired stays expired even if the report comes now: an admin decides.
        reports[0].1.filed = Some(date(2023, 9, 5));
        let a = assess(
            &reports,
            &sent,
            AffiliateStatus::Expired,
            date(2023, 9, 6),
            &p,
        );
        assert_eq!(
            (a.stage, a.status, a.notices.len()),
            (Stage::Expired, AffiliateStatus::Expired, 0)
        );
    }

    #[test]
    fn filing_in_time_or_late_but_before_the_deadline_keeps_the_group_active() {
        let p = Policy::default();
        let fresh = || {
            vec![(
                requirements(AffiliateKind::UserGroup, ug_period(), &p)[0],
                ReportRecord::default(),
            )]
        };
        let mut reports = fresh();
        let (sent, changes) = walk(
            &mut reports,
            date(2023, 5, 1),
            date(2023, 12, 31),
            Some(date(2023, 6, 10)),
        );
        assert_eq!(
            sent,
            [(
                Notice::Reminder {
                    report: 0,
                    days: 30
                },
                date(2023, 5, 31)
            )]
        );
        assert!(changes.is_empty(), "never left active");
        let mut reports = fresh();
        let (sent, changes) = walk(
            &mut reports,
            date(2023, 5, 1),
            date(2023, 12, 31),
            Some(date(2023, 8, 20)),
        );
        assert_eq!(
            sent.last(),
            Some(&(Notice::PastDue { report: 0 }, date(2023, 7, 31)))
        );
        assert_eq!(
            changes,
            [
                (date(2023, 7, 31), AffiliateStatus::PastDue),
                (date(2023, 8, 20), AffiliateStatus::Active)
            ]
        );
    }

    #[test]
    fn a_deferred_report_sends_nothing_until_its_new_due_date_nears() {
        let p = Policy::default();
        let mut reports = vec![(
            requirements(AffiliateKind::UserGroup, ug_period(), &p)[0],
            ReportRecord {
                deferred: true,
                ..ReportRecord::default()
            },
        )];
        let (sent, changes) = walk(&mut reports, date(2023, 5, 1), date(2024, 5, 1), None);
        assert!(sent.is_empty() && changes.is_empty());
        let (sent, _) = walk(&mut reports, date(2024, 5, 2), date(2024, 6, 30), None);
        assert_eq!(
            sent.first(),
            Some(&(
                Notice::Reminder {
                    report: 0,
                    days: 30
                },
                date(2024, 5, 31)
            ))
        );
    }

    #[test]
    fn running_the_pass_twice_the_same_day_sends_nothing_twice() {
        let p = Policy::default();
        let reports = vec![(
            requirements(AffiliateKind::UserGroup, ug_period(), &p)[0],
            ReportRecord::default(),
        )];
        let day = date(2023, 7, 31);
        let first = assess(&reports, &[], AffiliateStatus::Active, day, &p);
        assert_eq!(first.notices, [Notice::PastDue { report: 0 }]);
        let sent: Vec<(Notice, Date)> = first.notices.iter().map(|n| (*n, day)).collect();
        let again = assess(&reports, &sent, first.status, day, &p);
        assert!(again.notices.is_empty());
        // A pass that missed the reminder days sends only the nearest reminder, and the
        // earlier one never after it.
        let late = assess(
            &reports,
            &[],
            AffiliateStatus::Active,
            date(2023, 6, 28),
            &p,
        );
        assert_eq!(late.notices, [Notice::Reminder { report: 0, days: 7 }]);
        let sent = [(Notice::Reminder { report: 0, days: 7 }, date(2023, 6, 28))];
        let next = assess(
            &reports,
            &sent,
            AffiliateStatus::Active,
            date(2023, 6, 29),
            &p,
        );
        assert!(next.notices.is_empty());
    }
}
