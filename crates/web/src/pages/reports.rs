//! Required reports in pages: an affiliate's reports with where each stands, one report
//! with its filing form and the annual report builder, site admins' review, deferment,
//! extra periods and the decision on an expired affiliate, and the compliance dashboard.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use jiff::civil::Date;
use sangam_core::affiliate::{Affiliate, AffiliateKind, AffiliateStatus};
use sangam_core::compliance::{ReportKind, ReportStatus};
use sangam_core::report::{DefermentDraft, FilingDraft, PeriodDraft, ReviewDraft, is_heading};
use sangam_core::{Error, Timestamp};
use sangam_db::reports::ReportRow;
use sangam_i18n::{Lang, format, message};

use super::directory::{display_name, not_found};
use super::frame::{Choice, Frame, Tr, cached_until, render};
use crate::ctx::{Ctx, query_param};
use crate::error::{WebError, field_message};
use crate::extract::{Form, Path};
use crate::html::{escape, paragraphs};
use crate::paths;
use crate::state::AppState;
use sangam_app::SiteAdmin;
use sangam_app::affiliates::affiliate;
use sangam_app::reports::{
    self as app, Standing, administered, days_text, draft, figures_text, period_text, report_of,
    standing,
};
use sangam_core::id::ReportId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::REPORTS, get(list).post(add_period))
        .route(paths::REPORT, get(show))
        .route(paths::REPORT_WIKI, get(wiki))
        .route(paths::REPORT_FILE, post(file))
        .route(paths::REPORT_REVIEW, post(review))
        .route(paths::REPORT_DEFER, post(defer))
        .route(paths::RECOGNITION, post(decide))
        .route(paths::COMPLIANCE, get(dashboard))
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
        id: r.id.get(),
        kind: kind_label(lang, r.requirement.kind),
        period: period_text(lang, r.requirement.period),
        due: format::date(lang, s.due),
        status: s.status.as_str(),
        status_label: status_label(lang, s.status),
        when: when_text(lang, &s).filter(|_| s.current),
        current: s.current,
    }
}

/// A date's end: the instant the page showing it should be rendered again.
pub(crate) fn next_midnight(now: Timestamp) -> Timestamp {
    Timestamp((now.0.div_euclid(86_400) + 1) * 86_400)
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
            value: r.to_string(),
            label: message(lang, &format!("deferment-reason-{r}"), &[]),
            selected: *r == selected,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "reports/reports.html")]
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
    let a = affiliate(state.app(), slug).await?;
    let today = ctx.now.date_utc();
    let reports = app::reports(state.app(), &a).await?;
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

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached_until(&state, &ctx, || {
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
#[template(path = "reports/report.html")]
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
            let report = administered(ctx.actor(), (a.clone(), r.clone()))?;
            let facts = app::facts(state.app(), &report).await?;
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
        id: r.id.get(),
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
    Path((slug, id)): Path<(String, ReportId)>,
) -> Result<impl IntoResponse, WebError> {
    let (a, r) = report_of(state.app(), &slug, id).await?;
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
    Ok(super::frame::html(&ctx, StatusCode::OK, body))
}

/// The report as wikitext for Meta-Wiki: a filed written report for everyone; for its
/// admins, the draft (saved, or built from the data in English).
async fn wiki(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, ReportId)>,
) -> Result<impl IntoResponse, WebError> {
    let (a, r) = report_of(state.app(), &slug, id).await?;
    let body = match (&r.body, r.record.filed.is_some() && r.link.is_none()) {
        (Some(b), true) => b.clone(),
        (saved, _) if ctx.viewer.administers(a.id) => match saved {
            Some(b) => b.clone(),
            None => {
                let report = administered(ctx.actor(), (a.clone(), r.clone()))?;
                let facts = app::facts(state.app(), &report).await?;
                let (name, _) = display_name(Lang::EN, &a);
                draft(Lang::EN, &name, r.requirement.period, &facts)
            }
        },
        _ => return Err(not_found()),
    };
    let mut res = super::frame::html(&ctx, StatusCode::OK, sangam_core::report::wikitext(&body));
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    Ok(res)
}

/// A report filed (or, with `action=draft`, its text kept for later).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Filing {
    #[serde(flatten)]
    draft: FilingDraft,
    action: String,
}

async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, ReportId)>,
    Form(Filing { draft, action }): Form<Filing>,
) -> Result<impl IntoResponse, WebError> {
    let report = administered(ctx.actor(), report_of(state.app(), &slug, id).await?)?;
    let (a, r) = &*report;
    let outcome = if action == "draft" {
        app::save_draft(state.app(), &report, &draft.body).await
    } else {
        app::file(state.app(), ctx.actor(), &report, &draft).await
    };
    match outcome {
        Ok(()) => Ok(super::frame::see_other(&format!(
            "{}?done=saved",
            paths::report(&a.slug, r.id)
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let page = report_page(
                &state,
                &ctx,
                a,
                r,
                Shown {
                    errors,
                    link: draft.link.clone(),
                    body: Some(draft.body.clone()),
                    build: None,
                },
            )
            .await?;
            Ok(super::frame::html(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            ))
        }
    }
}

/// Shared by the site admins' forms on one report: on success back to the report, on
/// refusal the report page with the messages.
async fn admin_action(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    id: ReportId,
    act: impl AsyncFnOnce(&SiteAdmin, &ReportRow) -> Result<(), Error>,
) -> Result<Response, WebError> {
    let admin = ctx.actor().site_admin()?;
    let (a, r) = report_of(state.app(), slug, id).await?;
    match act(&admin, &r).await {
        Ok(()) => Ok(super::frame::see_other(&format!(
            "{}?done=saved",
            paths::report(&a.slug, r.id)
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
            Ok(super::frame::html(
                ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            ))
        }
    }
}

async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, ReportId)>,
    Form(draft): Form<ReviewDraft>,
) -> Result<impl IntoResponse, WebError> {
    admin_action(&state, &ctx, &slug, id, async |admin, r: &ReportRow| {
        app::review(state.app(), ctx.actor(), admin, r.id, &draft).await
    })
    .await
}

async fn defer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, ReportId)>,
    Form(draft): Form<DefermentDraft>,
) -> Result<impl IntoResponse, WebError> {
    admin_action(&state, &ctx, &slug, id, async |admin, r: &ReportRow| {
        app::defer(state.app(), ctx.actor(), admin, r.id, &draft).await
    })
    .await
}

async fn add_period(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(draft): Form<PeriodDraft>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let a = affiliate(state.app(), &slug).await?;
    match app::add_period(state.app(), ctx.actor(), &admin, &a, &draft).await {
        Ok(_) => Ok(super::frame::see_other(&format!(
            "{}?done=saved",
            paths::reports(&a.slug)
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
            Ok(super::frame::html(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            ))
        }
    }
}

/// A site admin's decision on an expired agreement, and the new agreement's dates.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ExpiryDecision {
    decision: String,
    start: String,
    end: String,
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<ExpiryDecision>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let a = affiliate(state.app(), &slug).await?;
    let decision = (
        form.decision.as_str(),
        form.start.as_str(),
        form.end.as_str(),
    );
    match app::decide_expired(state.app(), ctx.actor(), &admin, &a, decision).await {
        Ok(()) => Ok(super::frame::see_other(&format!(
            "{}?done=saved",
            paths::reports(&a.slug)
        ))),
        Err(e) => {
            let errors = refusal(ctx.lang, e)?;
            let (page, _, _) = list_page(&state, &ctx, &slug, errors, Default::default()).await?;
            Ok(super::frame::html(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            ))
        }
    }
}

/// One affiliate on the compliance dashboard.
pub struct DashboardRow {
    pub slug: String,
    pub name: String,
    pub name_lang: String,
    pub status_label: String,
    pub next_text: String,
    pub days_overdue: Option<i64>,
    pub notice_text: String,
    pub mail_text: String,
}

/// Every affiliate with its standing, most overdue first, then by the next due date.
fn dashboard_row(lang: Lang, row: app::ComplianceRow) -> DashboardRow {
    let a = &row.affiliate;
    let days_overdue = row.days_overdue();
    DashboardRow {
        slug: a.slug.to_string(),
        status_label: message(lang, &format!("status-{}", a.status.as_str()), &[]),
        next_text: row
            .next
            .as_ref()
            .map(|(k, s)| format!("{} · {}", kind_label(lang, *k), format::date(lang, s.due)))
            .unwrap_or_default(),
        days_overdue,
        notice_text: row
            .last_notice
            .as_ref()
            .map(|(k, d)| {
                format!(
                    "{} · {}",
                    message(lang, &format!("notice-{k}"), &[]),
                    format::date(lang, *d)
                )
            })
            .unwrap_or_default(),
        mail_text: row
            .failed_mail
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
        name: row.name.0,
        name_lang: row.name.1,
    }
}

#[derive(Template)]
#[template(path = "reports/compliance.html")]
struct DashboardPage {
    frame: Frame,
    t: Tr,
    rows: Vec<DashboardRow>,
    statuses: Vec<Choice>,
    kinds: Vec<Choice>,
    overdue: bool,
    mail: bool,
    count: String,
}

async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let lang = ctx.lang;
    let filter = crate::query::dashboard_filter(&ctx)?;
    let rows: Vec<DashboardRow> =
        app::compliance(state.app(), &admin, &filter, ctx.now.date_utc(), lang)
            .await?
            .into_iter()
            .map(|r| dashboard_row(lang, r))
            .collect();
    let heading = message(lang, "compliance-title", &[]);
    let page = DashboardPage {
        frame: Frame::new(&ctx, heading),
        t: Tr(lang),
        count: message(lang, "directory-count", &[("count", rows.len().into())]),
        rows,
        statuses: AffiliateStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().to_string(),
                label: message(lang, &format!("status-{}", s.as_str()), &[]),
                selected: filter.status == Some(*s),
            })
            .collect(),
        kinds: AffiliateKind::ALL
            .iter()
            .filter(|k| **k != AffiliateKind::Hub)
            .map(|k| Choice {
                value: k.as_str().to_string(),
                label: message(lang, &format!("kind-{}", k.as_str()), &[]),
                selected: filter.kind == Some(*k),
            })
            .collect(),
        overdue: filter.overdue,
        mail: filter.mail,
    };
    Ok(super::frame::html(&ctx, StatusCode::OK, render(&page)?))
}
