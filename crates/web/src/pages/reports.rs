//! Required reports in pages: an affiliate's reports with where each stands, one report
//! with its filing form and the annual report builder, site admins' review, deferment,
//! extra periods and the decision on an expired affiliate, and the compliance dashboard.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use jiff::civil::Date;
use sangam_core::affiliate::{Affiliate, AffiliateKind, AffiliateStatus};
use sangam_core::compliance::{Policy, ReportKind, ReportStatus, effective, report_status};
use sangam_core::report::{
    DefermentDraft, FilingDraft, PeriodDraft, ReportFacts, ReviewDraft, is_heading,
};
use sangam_core::{Error, FieldErrors, Timestamp};
use sangam_db::reports::ReportRow;
use sangam_i18n::{Lang, format, message};

use super::directory::{display_name, not_found};
use super::{Frame, Tr, cached_until, render};
use crate::AppState;
use crate::ctx::{Ctx, query_param};
use crate::error::{WebError, field_message};
use crate::extract::{CsrfForm, Path};
use crate::html::{escape, paragraphs};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/affiliates/{slug}/reports", get(list).post(add_period))
        .route("/affiliates/{slug}/reports/{id}", get(show))
        .route("/affiliates/{slug}/reports/{id}/report.wiki", get(wiki))
        .route("/affiliates/{slug}/reports/{id}/file", post(file))
        .route("/affiliates/{slug}/reports/{id}/review", post(review))
        .route("/affiliates/{slug}/reports/{id}/defer", post(defer))
        .route("/affiliates/{slug}/recognition", post(decide))
        .route("/admin/compliance", get(dashboard))
}

/// The rules applied: the committee's defaults.
pub fn policy() -> Policy {
    Policy::default()
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

pub fn standing(a: &Affiliate, r: &ReportRow, today: Date) -> Standing {
    let p = policy();
    let (due, grace_until) = effective(&r.requirement, &r.record, &p);
    let status = report_status(&r.requirement, &r.record, today, &p);
    let current = a.kind != AffiliateKind::UserGroup
        || a.agreement
            .is_none_or(|(start, _)| r.requirement.period.0 >= start);
    Standing {
        status,
        due,
        grace_until,
        days_left: days_between(today, due),
        days_overdue: (status == ReportStatus::PastDue).then(|| days_between(grace_until, today)),
        current,
    }
}

pub fn kind_label(lang: Lang, k: ReportKind) -> String {
    let id = match k {
        ReportKind::Activity => "report-kind-activity",
        ReportKind::Financial => "report-kind-financial",
    };
    message(lang, id, &[])
}

pub fn status_label(lang: Lang, s: ReportStatus) -> String {
    message(lang, &format!("report-status-{}", s.as_str()), &[])
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

/// "due in 7 days", "due today", "12 days overdue": for the reports not filed.
pub fn when_text(lang: Lang, s: &Standing) -> Option<String> {
    match s.status {
        ReportStatus::PastDue => Some(message(
            lang,
            "report-overdue-by",
            &[("days", s.days_overdue.unwrap_or(0).into())],
        )),
        ReportStatus::Due | ReportStatus::Upcoming if s.days_left >= 0 => Some(message(
            lang,
            "report-due-in",
            &[("days", s.days_left.into())],
        )),
        ReportStatus::Due => Some(message(
            lang,
            "report-in-grace",
            &[("date", format::date(lang, s.grace_until).into())],
        )),
        _ => None,
    }
}

/// A report as a page lists it.
pub struct ReportLine {
    pub id: i64,
    pub kind: String,
    pub period: String,
    pub due: String,
    pub status: &'static str,
    pub status_label: String,
    pub when: Option<String>,
    pub current: bool,
}

fn line(lang: Lang, a: &Affiliate, r: &ReportRow, today: Date) -> ReportLine {
    let s = standing(a, r, today);
    ReportLine {
        id: r.id,
        kind: kind_label(lang, r.requirement.kind),
        period: period_text(lang, r.requirement.period),
        due: format::date(lang, s.due),
        status: s.status.as_str(),
        status_label: status_label(lang, s.status),
        when: when_text(lang, &s).filter(|_| s.current),
        current: s.current,
    }
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

/// A date's end: the instant the page showing it should be rendered again.
pub(crate) fn next_midnight(now: Timestamp) -> Timestamp {
    Timestamp((now.0.div_euclid(86_400) + 1) * 86_400)
}

async fn affiliate(state: &AppState, slug: &str) -> Result<Affiliate, WebError> {
    state.db().affiliate(slug).await?.ok_or_else(not_found)
}

async fn report_of(state: &AppState, a: &Affiliate, id: &str) -> Result<ReportRow, WebError> {
    let id: i64 = id.parse().map_err(|_| not_found())?;
    match state.db().report(id).await? {
        Some(r) if r.affiliate_id == a.id => Ok(r),
        _ => Err(not_found()),
    }
}

/// Organizers (the affiliate's admins) and site admins file; others are refused.
fn require_admin_of(ctx: &Ctx, a: &Affiliate) -> Result<(), WebError> {
    ctx.require_signed_in()?;
    if ctx.viewer.administers(a.id) {
        Ok(())
    } else {
        Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")))
    }
}

pub fn require_site_admin(ctx: &Ctx) -> Result<(), WebError> {
    ctx.require_signed_in()?;
    if ctx.viewer.is_site_admin() {
        Ok(())
    } else {
        Err(WebError::Domain(Error::Forbidden("site_admin_only")))
    }
}

fn errors_of(lang: Lang, e: &Error) -> Vec<String> {
    match e {
        Error::Validation(f) => f.iter().map(|x| field_message(lang, x)).collect(),
        _ => Vec::new(),
    }
}

/// A form's refusal: the field errors of a validation, or the message of a conflict.
fn refusal(lang: Lang, e: Error) -> Result<Vec<String>, WebError> {
    match e {
        Error::Validation(_) => Ok(errors_of(lang, &e)),
        Error::Conflict(_) => Ok(vec![WebError::Domain(e).message(lang)]),
        other => Err(WebError::Domain(other)),
    }
}

pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

pub const DEFERMENT_REASONS: [&str; 4] = [
    "natural_disaster",
    "pandemic",
    "war",
    "government_restriction",
];

fn reason_choices(lang: Lang, selected: &str) -> Vec<Choice> {
    DEFERMENT_REASONS
        .iter()
        .map(|r| Choice {
            value: r,
            label: message(lang, &format!("deferment-reason-{r}"), &[]),
            selected: *r == selected,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    reports: Vec<ReportLine>,
    /// The affiliate's status, when it is not simply active.
    standing: Option<String>,
    is_site_admin: bool,
    expired: bool,
    csrf: String,
    errors: Vec<String>,
    /// The add-period form's values: kind, start, end, due.
    period: [String; 4],
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    errors: Vec<String>,
    period: [String; 4],
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let lang = ctx.lang;
    let a = affiliate(state, slug).await?;
    let today = ctx.now.date_utc();
    let reports = state.db().reports(a.id).await?;
    let (name, _) = display_name(lang, &a);
    let heading = message(lang, "reports-title", &[("name", name.as_str().into())]);
    let mut lines: Vec<ReportLine> = reports.iter().map(|r| line(lang, &a, r, today)).collect();
    lines.reverse();
    let page = ReportsPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
        reports: lines,
        standing: (a.status != AffiliateStatus::Active).then(|| {
            message(
                lang,
                "reports-standing",
                &[(
                    "status",
                    message(lang, &format!("status-{}", a.status.as_str()), &[]).into(),
                )],
            )
        }),
        is_site_admin: ctx.viewer.is_site_admin(),
        expired: !a.status.is_current(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
        period,
    };
    Ok((
        render(&page)?,
        "text/html; charset=utf-8",
        Some(next_midnight(ctx.now)),
    ))
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || {
        list_page(&state, &ctx, &slug, Vec::new(), Default::default())
    })
    .await
}

/// A fact of the builder's summary: a label and a figure.
pub struct FactLine {
    pub title: String,
    pub dates: String,
    pub figures: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    frame: Frame,
    t: Tr,
    slug: String,
    affiliate: String,
    id: i64,
    heading: String,
    status: &'static str,
    status_label: String,
    when: Option<String>,
    due: String,
    filed: Option<String>,
    link: Option<String>,
    /// The report written here, rendered (filed; or the draft, for its admins).
    body_html: Option<String>,
    review_note: Option<String>,
    deferment: Option<String>,
    can_file: bool,
    csrf: String,
    errors: Vec<String>,
    /// The filing form's values.
    form_link: String,
    form_body: String,
    /// The builder's facts, when the draft was just built.
    built: Option<Vec<FactLine>>,
    totals: Option<String>,
    can_review: bool,
    can_defer: bool,
    reasons: Vec<Choice>,
}

/// Formats the figures of an event's outcomes that are known.
fn figures_text(lang: Lang, f: &sangam_core::event::Figures) -> String {
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

fn days_text(lang: Lang, first: Date, last: Date) -> String {
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

/// A written report as HTML: the text format of long fields, `== headings ==` as headings.
pub fn report_html(body: &str) -> String {
    body.split("\n\n")
        .map(|block| match is_heading(block.trim()) {
            Some(h) if !block.trim().contains('\n') => format!("<h3>{}</h3>", escape(h)),
            _ => paragraphs(block),
        })
        .collect()
}

struct Shown {
    errors: Vec<String>,
    link: String,
    body: Option<String>,
    /// The language to build the draft in (`?build=en`).
    build: Option<Lang>,
}

async fn report_page(
    state: &AppState,
    ctx: &Ctx,
    a: &Affiliate,
    r: &ReportRow,
    shown: Shown,
) -> Result<String, WebError> {
    let lang = ctx.lang;
    let today = ctx.now.date_utc();
    let s = standing(a, r, today);
    let (name, _) = display_name(lang, a);
    let can_file = ctx.viewer.administers(a.id);
    let heading = message(
        lang,
        "report-heading",
        &[
            ("report", kind_label(lang, r.requirement.kind).into()),
            ("period", period_text(lang, r.requirement.period).into()),
        ],
    );
    let filed = r.record.filed.map(|d| {
        let mut s = message(
            lang,
            "report-filed-on",
            &[("date", format::date(lang, d).into())],
        );
        if let Some(by) = &r.filed_by {
            s.push(' ');
            s.push_str(&message(
                lang,
                "report-filed-by",
                &[("username", by.as_str().into())],
            ));
        }
        if let Some(acc) = r.record.accepted {
            s.push(' ');
            s.push_str(&message(
                lang,
                "report-accepted-on",
                &[("date", format::date(lang, acc).into())],
            ));
        }
        s
    });
    let (built, totals, built_body) = match shown.build {
        Some(in_lang) if can_file => {
            let facts = state.db().report_facts(a.id, r.requirement.period).await?;
            let lines = facts
                .events
                .iter()
                .map(|e| FactLine {
                    title: e.title.clone(),
                    dates: days_text(lang, e.first_day, e.last_day),
                    figures: e
                        .figures
                        .as_ref()
                        .map(|f| figures_text(lang, f))
                        .unwrap_or_default(),
                })
                .collect();
            let t = facts.totals();
            let totals = message(
                lang,
                "report-builder-totals",
                &[
                    ("events", i64::from(t.events).into()),
                    ("participants", i64::from(t.participants).into()),
                    ("joined", (facts.members_joined as i64).into()),
                ],
            );
            let (in_name, _) = display_name(in_lang, a);
            let body = draft(in_lang, &in_name, r.requirement.period, &facts);
            (Some(lines), Some(totals), Some(body))
        }
        _ => (None, None, None),
    };
    // The written report: filed ones for everyone, drafts for its admins only.
    let visible_body = r
        .body
        .as_ref()
        .filter(|_| r.record.filed.is_some() && r.link.is_none() || can_file);
    let form_body = shown
        .body
        .or(built_body)
        .or_else(|| r.body.clone())
        .unwrap_or_default();
    let page = ReportPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        slug: a.slug.to_string(),
        affiliate: name,
        id: r.id,
        heading,
        status: s.status.as_str(),
        status_label: status_label(lang, s.status),
        when: when_text(lang, &s).filter(|_| s.current),
        due: message(
            lang,
            "report-due-on",
            &[("date", format::date(lang, s.due).into())],
        ),
        filed,
        link: r.link.clone(),
        body_html: visible_body
            .filter(|_| r.record.filed.is_some())
            .map(|b| report_html(b)),
        review_note: r
            .review_note
            .clone()
            .filter(|_| can_file || ctx.viewer.is_site_admin()),
        deferment: r.deferment.as_ref().map(|(reason, _)| {
            message(
                lang,
                "report-deferred-because",
                &[(
                    "reason",
                    message(lang, &format!("deferment-reason-{reason}"), &[]).into(),
                )],
            )
        }),
        can_file: can_file && r.record.accepted.is_none(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors: shown.errors,
        form_link: shown.link,
        form_body,
        built,
        totals,
        can_review: ctx.viewer.is_site_admin()
            && r.record.filed.is_some()
            && r.record.accepted.is_none(),
        can_defer: ctx.viewer.is_site_admin() && r.record.filed.is_none() && !r.record.deferred,
        reasons: reason_choices(lang, ""),
    };
    render(&page)
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(&state, &slug).await?;
    let r = report_of(&state, &a, &id).await?;
    let q = ctx.uri.split_once('?').map(|(_, q)| q);
    let build = query_param(q, "build").map(|l| Lang::from_code(&l).unwrap_or(Lang::EN));
    let body = report_page(
        &state,
        &ctx,
        &a,
        &r,
        Shown {
            errors: Vec::new(),
            link: r.link.clone().unwrap_or_default(),
            body: None,
            build,
        },
    )
    .await?;
    Ok(super::html(&ctx, StatusCode::OK, body))
}

/// The report as wikitext for Meta-Wiki: a filed written report for everyone; for its
/// admins, the draft (saved, or built from the data in English).
async fn wiki(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(&state, &slug).await?;
    let r = report_of(&state, &a, &id).await?;
    let body = match (&r.body, r.record.filed.is_some() && r.link.is_none()) {
        (Some(b), true) => b.clone(),
        (saved, _) if ctx.viewer.administers(a.id) => match saved {
            Some(b) => b.clone(),
            None => {
                let facts = state.db().report_facts(a.id, r.requirement.period).await?;
                let (name, _) = display_name(Lang::EN, &a);
                draft(Lang::EN, &name, r.requirement.period, &facts)
            }
        },
        _ => return Err(not_found()),
    };
    let mut res = super::html(&ctx, StatusCode::OK, sangam_core::report::wikitext(&body));
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    Ok(res)
}

async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(&state, &slug).await?;
    require_admin_of(&ctx, &a)?;
    let r = report_of(&state, &a, &id).await?;
    let draft = FilingDraft {
        link: form.get("link").unwrap_or("").to_string(),
        body: form.get("body").unwrap_or("").to_string(),
    };
    let outcome = if form.get("action") == Some("draft") {
        match sangam_core::text::clean_block(&draft.body, sangam_core::report::BODY_MAX) {
            Ok(b) => state.db().save_report_draft(r.id, &b).await,
            Err(e) => {
                let mut f = FieldErrors::new();
                f.add_with("body", e.code, e.args);
                Err(Error::Validation(f))
            }
        }
    } else {
        match draft.validate() {
            Ok(filing) => {
                state
                    .db()
                    .file_report(
                        r.id,
                        &filing,
                        ctx.viewer.user_id(),
                        ctx.now.date_utc(),
                        &policy(),
                        ctx.now,
                    )
                    .await
            }
            Err(e) => Err(e),
        }
    };
    match outcome {
        Ok(()) => Ok(super::see_other(&format!(
            "/affiliates/{}/reports/{}?done=saved",
            a.slug, r.id
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let page = report_page(
                &state,
                &ctx,
                &a,
                &r,
                Shown {
                    errors,
                    link: draft.link.clone(),
                    body: Some(draft.body.clone()),
                    build: None,
                },
            )
            .await?;
            Ok(super::html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

/// Shared by the site admins' forms on one report: on success back to the report, on
/// refusal the report page with the messages.
async fn admin_action(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    id: &str,
    act: impl AsyncFnOnce(&ReportRow) -> Result<(), Error>,
) -> Result<Response, WebError> {
    require_site_admin(ctx)?;
    let a = affiliate(state, slug).await?;
    let r = report_of(state, &a, id).await?;
    match act(&r).await {
        Ok(()) => Ok(super::see_other(&format!(
            "/affiliates/{}/reports/{}?done=saved",
            a.slug, r.id
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let page = report_page(
                state,
                ctx,
                &a,
                &r,
                Shown {
                    errors,
                    link: r.link.clone().unwrap_or_default(),
                    body: None,
                    build: None,
                },
            )
            .await?;
            Ok(super::html(ctx, StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let draft = ReviewDraft {
        decision: form.get("decision").unwrap_or("").to_string(),
        note: form.get("note").unwrap_or("").to_string(),
    };
    admin_action(&state, &ctx, &slug, &id, async |r: &ReportRow| {
        let review = draft.validate()?;
        state
            .db()
            .review_report(
                r.id,
                &review,
                ctx.viewer.user_id(),
                ctx.now.date_utc(),
                ctx.now,
            )
            .await
    })
    .await
}

async fn defer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let draft = DefermentDraft {
        reason: form.get("reason").unwrap_or("").to_string(),
        note: form.get("note").unwrap_or("").to_string(),
    };
    admin_action(&state, &ctx, &slug, &id, async |r: &ReportRow| {
        let (reason, note) = draft.validate()?;
        state
            .db()
            .defer_report(
                r.id,
                (reason, &note),
                ctx.viewer.user_id(),
                ctx.now.date_utc(),
                &policy(),
                ctx.now,
            )
            .await
    })
    .await
}

/// Checks a new period against the affiliate's reports and adds it.
pub async fn add_period_of(
    state: &AppState,
    ctx: &Ctx,
    a: &Affiliate,
    draft: &PeriodDraft,
) -> Result<i64, Error> {
    let existing: Vec<_> = state
        .db()
        .reports(a.id)
        .await?
        .iter()
        .map(|r| (r.requirement.kind, r.requirement.period))
        .collect();
    let period = draft.validate(&existing)?;
    state
        .db()
        .add_report_period(a.id, &period, &policy(), ctx.viewer.user_id(), ctx.now)
        .await
}

async fn add_period(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    require_site_admin(&ctx)?;
    let a = affiliate(&state, &slug).await?;
    let field = |n: &str| form.get(n).unwrap_or("").to_string();
    let draft = PeriodDraft {
        kind: field("kind"),
        start: field("start"),
        end: field("end"),
        due: field("due"),
    };
    match add_period_of(&state, &ctx, &a, &draft).await {
        Ok(_) => Ok(super::see_other(&format!(
            "/affiliates/{}/reports?done=saved",
            a.slug
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let (page, _, _) = list_page(
                &state,
                &ctx,
                &slug,
                errors,
                [draft.kind, draft.start, draft.end, draft.due],
            )
            .await?;
            Ok(super::html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
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

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    require_site_admin(&ctx)?;
    let a = affiliate(&state, &slug).await?;
    let field = |n: &str| form.get(n).unwrap_or("").to_string();
    let outcome = match read_decision(&field("decision"), &field("start"), &field("end")) {
        Ok(agreement) => {
            state
                .db()
                .decide_expired(a.id, agreement, ctx.viewer.user_id(), ctx.now)
                .await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => Ok(super::see_other(&format!(
            "/affiliates/{}/reports?done=saved",
            a.slug
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let (page, _, _) = list_page(&state, &ctx, &slug, errors, Default::default()).await?;
            Ok(super::html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

/// One affiliate on the compliance dashboard.
pub struct DashboardRow {
    pub slug: String,
    pub name: String,
    pub name_lang: String,
    pub status: AffiliateStatus,
    pub status_label: String,
    /// The next report: what, when due.
    pub next: Option<(String, Date)>,
    /// `activity` or `financial`.
    pub next_kind: Option<&'static str>,
    pub next_text: String,
    pub days_overdue: Option<i64>,
    pub last_notice: Option<(String, Date)>,
    pub notice_text: String,
    pub failed_mail: Option<(i64, Option<String>)>,
    pub mail_text: String,
}

/// The dashboard's filters, from the query.
#[derive(Debug, Clone, Default)]
pub struct DashboardFilter {
    pub status: Option<AffiliateStatus>,
    pub kind: Option<AffiliateKind>,
    pub overdue: bool,
    pub mail: bool,
}

pub fn read_dashboard_filter(query: Option<&str>) -> Result<DashboardFilter, Error> {
    let get = |n: &str| query_param(query, n).filter(|v| !v.is_empty());
    let mut e = FieldErrors::new();
    let mut f = DashboardFilter {
        overdue: get("overdue").is_some(),
        mail: get("mail").is_some(),
        ..DashboardFilter::default()
    };
    if let Some(s) = get("status") {
        f.status = AffiliateStatus::parse(&s);
        if f.status.is_none() {
            e.add("status", "invalid_choice");
        }
    }
    if let Some(k) = get("kind") {
        f.kind = AffiliateKind::parse(&k);
        if f.kind.is_none() {
            e.add("kind", "invalid_choice");
        }
    }
    e.finish(|| f)
}

/// Every affiliate with its standing, most overdue first, then by the next due date.
pub async fn dashboard_rows(
    state: &AppState,
    lang: Lang,
    today: Date,
    filter: &DashboardFilter,
) -> Result<Vec<DashboardRow>, WebError> {
    let all = state.db().affiliates().await?;
    let data = state.db().compliance().await?;
    let mut rows = Vec::new();
    for a in all.iter().filter(|a| a.kind != AffiliateKind::Hub) {
        if filter.status.is_some_and(|s| s != a.status) || filter.kind.is_some_and(|k| k != a.kind)
        {
            continue;
        }
        let reports = data.reports.get(&a.id).map(Vec::as_slice).unwrap_or(&[]);
        let next = next_report(a, reports, today);
        let days_overdue = next.as_ref().and_then(|(_, s)| s.days_overdue);
        let failed_mail = data.failed_mail.get(&a.id).cloned();
        if (filter.overdue && days_overdue.is_none()) || (filter.mail && failed_mail.is_none()) {
            continue;
        }
        let (name, name_lang) = display_name(lang, a);
        let last_notice = data.last_notice.get(&a.id).cloned();
        rows.push(DashboardRow {
            slug: a.slug.to_string(),
            name,
            name_lang,
            status: a.status,
            status_label: message(lang, &format!("status-{}", a.status.as_str()), &[]),
            next_text: next
                .as_ref()
                .map(|(r, s)| {
                    format!(
                        "{} · {}",
                        kind_label(lang, r.requirement.kind),
                        format::date(lang, s.due)
                    )
                })
                .unwrap_or_default(),
            next_kind: next.as_ref().map(|(r, _)| match r.requirement.kind {
                ReportKind::Activity => "activity",
                ReportKind::Financial => "financial",
            }),
            next: next.map(|(r, s)| (kind_label(lang, r.requirement.kind), s.due)),
            days_overdue,
            notice_text: last_notice
                .as_ref()
                .map(|(k, d)| {
                    format!(
                        "{} · {}",
                        message(lang, &format!("notice-{k}"), &[]),
                        format::date(lang, *d)
                    )
                })
                .unwrap_or_default(),
            last_notice,
            mail_text: failed_mail
                .as_ref()
                .map(|(n, err)| {
                    message(
                        lang,
                        "compliance-mail-failed",
                        &[
                            ("count", (*n).into()),
                            ("error", err.clone().unwrap_or_default().into()),
                        ],
                    )
                })
                .unwrap_or_default(),
            failed_mail,
        });
    }
    rows.sort_by(|a, b| {
        b.days_overdue
            .unwrap_or(-1)
            .cmp(&a.days_overdue.unwrap_or(-1))
            .then(
                a.next
                    .as_ref()
                    .map(|n| n.1)
                    .unwrap_or(Date::MAX)
                    .cmp(&b.next.as_ref().map(|n| n.1).unwrap_or(Date::MAX)),
            )
            .then(format::compare(lang, &a.name, &b.name))
    });
    Ok(rows)
}

#[derive(Template)]
#[template(path = "compliance.html")]
struct DashboardPage {
    frame: Frame,
    t: Tr,
    rows: Vec<DashboardRow>,
    statuses: Vec<(String, String, bool)>,
    kinds: Vec<(String, String, bool)>,
    overdue: bool,
    mail: bool,
    count: String,
}

async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    require_site_admin(&ctx)?;
    let lang = ctx.lang;
    let filter = read_dashboard_filter(ctx.uri.split_once('?').map(|(_, q)| q))?;
    let rows = dashboard_rows(&state, lang, ctx.now.date_utc(), &filter).await?;
    let heading = message(lang, "compliance-title", &[]);
    let page = DashboardPage {
        frame: Frame::new(&ctx, heading),
        t: Tr(lang),
        count: message(lang, "directory-count", &[("count", rows.len().into())]),
        rows,
        statuses: AffiliateStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_string(),
                    message(lang, &format!("status-{}", s.as_str()), &[]),
                    filter.status == Some(*s),
                )
            })
            .collect(),
        kinds: AffiliateKind::ALL
            .iter()
            .filter(|k| **k != AffiliateKind::Hub)
            .map(|k| {
                (
                    k.as_str().to_string(),
                    message(lang, &format!("kind-{}", k.as_str()), &[]),
                    filter.kind == Some(*k),
                )
            })
            .collect(),
        overdue: filter.overdue,
        mail: filter.mail,
    };
    Ok(super::html(&ctx, StatusCode::OK, render(&page)?))
}
