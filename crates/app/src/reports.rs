//! Required reports and the recognition lifecycle: where each report stands, filing (a
//! link or a written report), drafts and the annual report builder, the site admins'
//! review, deferments, extra periods, the decision on an expired affiliate, and the
//! compliance overview.

use jiff::civil::Date;
use sangam_core::affiliate::{Affiliate, AffiliateKind, AffiliateStatus};
use sangam_core::compliance::{Policy, ReportKind, ReportStatus};
use sangam_core::error::{Error, FieldErrors};
use sangam_core::id::ReportId;
use sangam_core::report::{
    BODY_MAX, DefermentDraft, FilingDraft, PeriodDraft, ReportFacts, ReviewDraft,
};
use sangam_core::text;
use sangam_db::reports::ReportRow;
use sangam_i18n::{Lang, format, message};

use crate::{Actor, App, Organizer, SiteAdmin, found};

/// The rules applied: the committee's defaults.
pub fn policy() -> Policy {
    Policy::default()
}

pub use sangam_core::compliance::Standing;

/// Where an affiliate's report stands on `today`, by the committee's rules.
pub fn standing(a: &Affiliate, r: &ReportRow, today: Date) -> Standing {
    sangam_core::compliance::standing(
        (a.kind, a.agreement),
        &r.requirement,
        &r.record,
        today,
        &policy(),
    )
}

/// The report that needs attention first: past due, then the nearest due date.
pub fn next_report<'a>(
    a: &Affiliate,
    reports: &'a [ReportRow],
    today: Date,
) -> Option<(&'a ReportRow, Standing)> {
    reports
        .iter()
        .map(|r| (r, standing(a, r, today)))
        .filter(|(_, s)| {
            s.current
                && matches!(
                    s.status,
                    ReportStatus::Upcoming | ReportStatus::Due | ReportStatus::PastDue
                )
        })
        .min_by_key(|(_, s)| s.due)
}

/// An affiliate's reports, oldest period first.
pub async fn reports(app: &App, a: &Affiliate) -> Result<Vec<ReportRow>, Error> {
    app.db().reports(a.id).await
}

/// A report and its affiliate.
pub async fn report(app: &App, id: ReportId) -> Result<(Affiliate, ReportRow), Error> {
    let r = found(app.db().report(id).await?)?;
    let a = found(app.db().affiliate_by_id(r.affiliate_id).await?)?;
    Ok((a, r))
}

/// A report of the affiliate at `slug` (not found when it is another's).
pub async fn report_of(
    app: &App,
    slug: &str,
    id: ReportId,
) -> Result<(Affiliate, ReportRow), Error> {
    let (a, r) = report(app, id).await?;
    if a.slug.as_str() == slug {
        Ok((a, r))
    } else {
        Err(Error::NotFound)
    }
}

/// A report whose affiliate the actor organizes (its admins, and site admins), who may
/// file it, draft it and build it.
pub fn administered(
    actor: Actor<'_>,
    (a, r): (Affiliate, ReportRow),
) -> Result<Organizer<(Affiliate, ReportRow)>, Error> {
    Organizer::check(actor, (a, r), |(a, _)| actor.viewer.administers(a.id))
}

/// Files a report: a link to its Meta-Wiki page, or the written report.
pub async fn file(
    app: &App,
    actor: Actor<'_>,
    report: &Organizer<(Affiliate, ReportRow)>,
    draft: &FilingDraft,
) -> Result<(), Error> {
    let filing = draft.validate()?;
    app.db()
        .file_report(
            report.1.id,
            &filing,
            Some(report.user()),
            actor.now.date_utc(),
            &policy(),
            actor.now,
        )
        .await
}

/// Saves the written report as a draft, not filed.
pub async fn save_draft(
    app: &App,
    report: &Organizer<(Affiliate, ReportRow)>,
    body: &str,
) -> Result<(), Error> {
    let mut e = FieldErrors::new();
    let body = e.check("body", text::clean_block(body, BODY_MAX));
    let body = e.finish(|| body.unwrap_or_default())?;
    app.db().save_report_draft(report.1.id, &body).await
}

/// What the affiliate did in the report's period, from its own data.
pub async fn facts(
    app: &App,
    report: &Organizer<(Affiliate, ReportRow)>,
) -> Result<ReportFacts, Error> {
    let (a, r) = &**report;
    app.db().report_facts(a.id, r.requirement.period).await
}

/// Accepts a filed report or asks for changes (site admins).
pub async fn review(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    report: ReportId,
    draft: &ReviewDraft,
) -> Result<(), Error> {
    let review = draft.validate()?;
    app.db()
        .review_report(
            report,
            &review,
            actor.viewer.user_id(),
            actor.now.date_utc(),
            actor.now,
        )
        .await
}

/// Grants a one-year deferment for one of the four reasons (site admins).
pub async fn defer(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    report: ReportId,
    draft: &DefermentDraft,
) -> Result<(), Error> {
    let (reason, note) = draft.validate()?;
    app.db()
        .defer_report(
            report,
            (reason, &note),
            actor.viewer.user_id(),
            actor.now.date_utc(),
            &policy(),
            actor.now,
        )
        .await
}

/// Adds a reporting period by hand, never overlapping another of its kind (site admins).
pub async fn add_period(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    a: &Affiliate,
    draft: &PeriodDraft,
) -> Result<ReportId, Error> {
    let existing: Vec<_> = app
        .db()
        .reports(a.id)
        .await?
        .iter()
        .map(|r| (r.requirement.kind, r.requirement.period))
        .collect();
    let period = draft.validate(&existing)?;
    app.db()
        .add_report_period(a.id, &period, &policy(), actor.viewer.user_id(), actor.now)
        .await
}

/// A site admin's decision on an expired affiliate: `recognize` for a new agreement from
/// `start` to `end`, or `former`.
pub fn read_decision(
    decision: &str,
    start: &str,
    end: &str,
) -> Result<Option<(Date, Date)>, Error> {
    let mut e = FieldErrors::new();
    match decision {
        "former" => Ok(None),
        "recognize" => {
            let day = |field: &str, v: &str, e: &mut FieldErrors| match v.trim().parse::<Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    e.add(field, "date_needs_day");
                    None
                }
            };
            let s = day("start", start, &mut e);
            let t = day("end", end, &mut e);
            if let (Some(s), Some(t)) = (s, t)
                && t <= s
            {
                e.add("end", "range_reversed");
            }
            match (s, t) {
                (Some(s), Some(t)) if e.is_empty() => Ok(Some((s, t))),
                _ => Err(Error::Validation(e)),
            }
        }
        _ => {
            e.add("decision", "invalid_choice");
            Err(Error::Validation(e))
        }
    }
}

/// Decides on an expired affiliate: recognized again for a new agreement, or moved to the
/// formerly active affiliates (site admins).
pub async fn decide_expired(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    a: &Affiliate,
    (decision, start, end): (&str, &str, &str),
) -> Result<(), Error> {
    let agreement = read_decision(decision, start, end)?;
    app.db()
        .decide_expired(a.id, agreement, actor.viewer.user_id(), actor.now)
        .await
}

/// The compliance overview's filters.
#[derive(Debug, Clone, Default)]
pub struct DashboardFilter {
    pub status: Option<AffiliateStatus>,
    pub kind: Option<AffiliateKind>,
    pub overdue: bool,
    pub mail: bool,
}

impl DashboardFilter {
    /// The filters as a query gives them (`status`, `kind`; `overdue` and `mail` when
    /// present).
    pub fn parse(
        status: Option<&str>,
        kind: Option<&str>,
        overdue: bool,
        mail: bool,
    ) -> Result<DashboardFilter, Error> {
        let mut e = FieldErrors::new();
        let mut f = DashboardFilter {
            overdue,
            mail,
            ..DashboardFilter::default()
        };
        if let Some(s) = status {
            f.status = AffiliateStatus::parse(s);
            if f.status.is_none() {
                e.add("status", "invalid_choice");
            }
        }
        if let Some(k) = kind {
            f.kind = AffiliateKind::parse(k);
            if f.kind.is_none() {
                e.add("kind", "invalid_choice");
            }
        }
        e.finish(|| f)
    }
}

/// One affiliate on the compliance overview.
pub struct ComplianceRow {
    pub affiliate: Affiliate,
    /// Its name in the reader's language, and that language.
    pub name: (String, String),
    /// The report that needs attention first, and where it stands.
    pub next: Option<(ReportKind, Standing)>,
    pub last_notice: Option<(String, Date)>,
    /// Mail the server refused or could not take: how many, and one error.
    pub failed_mail: Option<(i64, Option<String>)>,
}

impl ComplianceRow {
    pub fn days_overdue(&self) -> Option<i64> {
        self.next.as_ref().and_then(|(_, s)| s.days_overdue)
    }
}

/// Every affiliate with its standing, most overdue first, then by the next due date, then
/// by name in the reader's collation (site admins).
pub async fn compliance(
    app: &App,
    _: &SiteAdmin,
    filter: &DashboardFilter,
    today: Date,
    lang: Lang,
) -> Result<Vec<ComplianceRow>, Error> {
    let all = app.db().affiliates().await?;
    let mut data = app.db().compliance().await?;
    let mut rows = Vec::new();
    for a in all.into_iter().filter(|a| a.kind != AffiliateKind::Hub) {
        if filter.status.is_some_and(|s| s != a.status) || filter.kind.is_some_and(|k| k != a.kind)
        {
            continue;
        }
        let reports = data.reports.get(&a.id).map(Vec::as_slice).unwrap_or(&[]);
        let next = next_report(&a, reports, today).map(|(r, s)| (r.requirement.kind, s));
        let failed_mail = data.failed_mail.remove(&a.id);
        let overdue = next.as_ref().and_then(|(_, s)| s.days_overdue);
        if (filter.overdue && overdue.is_none()) || (filter.mail && failed_mail.is_none()) {
            continue;
        }
        let (name, in_lang) = a.name.pick(lang.info().content_fallbacks);
        rows.push(ComplianceRow {
            name: (name.to_string(), in_lang.to_string()),
            last_notice: data.last_notice.remove(&a.id),
            affiliate: a,
            next,
            failed_mail,
        });
    }
    rows.sort_by(|a, b| {
        let due = |r: &ComplianceRow| r.next.as_ref().map(|n| n.1.due).unwrap_or(Date::MAX);
        b.days_overdue()
            .unwrap_or(-1)
            .cmp(&a.days_overdue().unwrap_or(-1))
            .then(due(a).cmp(&due(b)))
            .then(format::compare(lang, &a.name.0, &b.name.0))
    });
    Ok(rows)
}

pub fn period_text(lang: Lang, p: (Date, Date)) -> String {
    message(
        lang,
        "report-period",
        &[
            ("start", format::date(lang, p.0).into()),
            ("end", format::date(lang, p.1).into()),
        ],
    )
}

/// Formats the figures of an event's outcomes that are known.
pub fn figures_text(lang: Lang, f: &sangam_core::event::Figures) -> String {
    let parts: Vec<String> = sangam_core::event::Figures::NAMES
        .iter()
        .zip(f.values())
        .filter_map(|(name, v)| {
            v.map(|v| {
                format!(
                    "{}: {}",
                    message(lang, &format!("outcome-{name}"), &[]),
                    format::number(lang, i64::from(v))
                )
            })
        })
        .collect();
    format::list(lang, &parts)
}

pub fn days_text(lang: Lang, first: Date, last: Date) -> String {
    if first == last {
        format::date(lang, first)
    } else {
        period_text(lang, (first, last))
    }
}

/// The draft of an annual report, in `lang`, from the affiliate's own data: the text
/// format of long fields, with `== headings ==`.
pub fn draft(lang: Lang, name: &str, period: (Date, Date), facts: &ReportFacts) -> String {
    let t = facts.totals();
    let n = |v: u32| format::number(lang, i64::from(v));
    let mut out = Vec::new();
    let heading = |id: &str| format!("== {} ==", message(lang, id, &[]));
    out.push(heading("report-draft-summary-heading"));
    out.push(message(
        lang,
        "report-draft-summary",
        &[
            ("name", name.into()),
            ("events", i64::from(t.events).into()),
            ("start", format::date(lang, period.0).into()),
            ("end", format::date(lang, period.1).into()),
        ],
    ));
    if t.reported > 0 {
        out.push(message(
            lang,
            "report-draft-totals",
            &[
                ("reported", i64::from(t.reported).into()),
                ("participants", n(t.participants).into()),
                ("new_editors", n(t.new_editors).into()),
                ("articles_created", n(t.articles_created).into()),
                ("articles_improved", n(t.articles_improved).into()),
                ("uploads", n(t.uploads).into()),
            ],
        ));
    }
    out.push(heading("report-draft-events-heading"));
    if facts.events.is_empty() {
        out.push(message(lang, "report-draft-no-events", &[]));
    } else {
        let items: Vec<String> = facts
            .events
            .iter()
            .map(|e| {
                let mut s = format!(
                    "* {}: {} ({})",
                    days_text(lang, e.first_day, e.last_day),
                    e.title,
                    message(lang, &format!("event-kind-{}", e.kind), &[])
                );
                if let Some(f) = &e.figures {
                    let figures = figures_text(lang, f);
                    if !figures.is_empty() {
                        s.push_str(" — ");
                        s.push_str(&figures);
                    }
                }
                s
            })
            .collect();
        out.push(items.join("\n"));
    }
    out.push(heading("report-draft-members-heading"));
    out.push(message(
        lang,
        "report-draft-members",
        &[
            ("joined", (facts.members_joined as i64).into()),
            ("total", (facts.members_at_end as i64).into()),
        ],
    ));
    if !facts.board.is_empty() || !facts.board_changes.is_empty() {
        out.push(heading("report-draft-board-heading"));
        let mut lines = Vec::new();
        if !facts.board.is_empty() {
            lines.push(message(
                lang,
                "report-draft-board",
                &[("names", format::list(lang, &facts.board).into())],
            ));
        }
        if !facts.board_changes.is_empty() {
            let dates: Vec<String> = facts
                .board_changes
                .iter()
                .map(|d| format::date(lang, *d))
                .collect();
            lines.push(message(
                lang,
                "report-draft-board-changes",
                &[("dates", format::list(lang, &dates).into())],
            ));
        }
        out.push(lines.join("\n"));
    }
    out.push(heading("report-draft-plans-heading"));
    out.push(message(lang, "report-draft-plans", &[]));
    out.join("\n\n")
}
