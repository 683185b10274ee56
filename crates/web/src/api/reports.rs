//! Required reports in the API: an affiliate's reports and where each stands, filing,
//! drafts and the annual report builder (the affiliate's admins), review, deferment, extra
//! periods and the decision on an expired affiliate (site admins), and the compliance
//! overview.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use sangam_core::affiliate::Affiliate;
use sangam_core::report::{DefermentDraft, FilingDraft, PeriodDraft, ReviewDraft, Totals};
use sangam_db::reports::ReportRow;
use sangam_i18n::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::names::display_name;
use crate::state::AppState;
use sangam_app::affiliates::affiliate;
use sangam_app::reports::{self as app, administered, draft, report, standing};
use sangam_core::id::ReportId;

#[derive(Serialize, ToSchema)]
pub struct ReportJson {
    id: i64,
    /// The affiliate's address.
    affiliate: String,
    /// `activity` or `financial`.
    kind: String,
    /// First and last day of the period, YYYY-MM-DD.
    period_start: String,
    period_end: String,
    /// The due date and last day of grace, after any deferment.
    due: String,
    grace_until: String,
    /// upcoming, due, past_due, filed, deferred or accepted, today.
    status: String,
    /// Days until the due date (negative once passed).
    days_left: i64,
    days_overdue: Option<i64>,
    /// False for a report of an earlier agreement, settled when the affiliate was
    /// recognized again.
    current: bool,
    filed_on: Option<String>,
    filed_by: Option<String>,
    accepted_on: Option<String>,
    link: Option<String>,
    /// The report written in Sangam: public once filed; a draft only for its admins.
    body: Option<String>,
    /// What a site admin asked to change (the affiliate's admins and site admins).
    review_note: Option<String>,
    deferment_reason: Option<String>,
}

fn report_json(ctx: &Ctx, a: &Affiliate, r: &ReportRow) -> ReportJson {
    let s = standing(a, r, ctx.now.date_utc());
    let admin = ctx.viewer.administers(a.id);
    let filed_written = r.record.filed.is_some() && r.link.is_none();
    ReportJson {
        id: r.id.get(),
        affiliate: a.slug.to_string(),
        kind: match r.requirement.kind {
            sangam_core::compliance::ReportKind::Activity => "activity".into(),
            sangam_core::compliance::ReportKind::Financial => "financial".into(),
        },
        period_start: r.requirement.period.0.to_string(),
        period_end: r.requirement.period.1.to_string(),
        due: s.due.to_string(),
        grace_until: s.grace_until.to_string(),
        status: s.status.as_str().into(),
        days_left: s.days_left,
        days_overdue: s.days_overdue,
        current: s.current,
        filed_on: r.record.filed.map(|d| d.to_string()),
        filed_by: r.filed_by.clone(),
        accepted_on: r.record.accepted.map(|d| d.to_string()),
        link: r.link.clone(),
        body: r.body.clone().filter(|_| filed_written || admin),
        review_note: r.review_note.clone().filter(|_| admin),
        deferment_reason: r.deferment.as_ref().map(|d| d.0.clone()),
    }
}

/// An affiliate's required reports, oldest period first, with where each stands today.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/reports",
    tag = "reports",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "The reports", body = [ReportJson]),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    let reports = app::reports(state.app(), &a).await?;
    Ok(Json(
        reports
            .iter()
            .map(|r| report_json(&ctx, &a, r))
            .collect::<Vec<_>>(),
    ))
}

/// Adds a reporting period by hand (site admins). Two periods of one kind never overlap.
#[utoipa::path(
    post,
    path = "/api/affiliates/{slug}/reports",
    tag = "reports",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = PeriodDraft,
    responses(
        (status = 201, description = "Added", body = ReportJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 422, description = "A date is wrong, or the period overlaps another (`period_overlaps`)", body = ErrorBody),
    )
)]
pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(draft): ApiJson<PeriodDraft>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let a = affiliate(state.app(), &slug).await?;
    let id = app::add_period(state.app(), ctx.actor(), &admin, &a, &draft).await?;
    let (_, r) = report(state.app(), id).await?;
    Ok((StatusCode::CREATED, Json(report_json(&ctx, &a, &r))))
}

/// One report.
#[utoipa::path(
    get,
    path = "/api/reports/{id}",
    tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    responses(
        (status = 200, description = "The report", body = ReportJson),
        (status = 404, description = "No such report", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ReportId>,
) -> Result<impl IntoResponse, WebError> {
    let (a, r) = report(state.app(), id).await?;
    Ok(Json(report_json(&ctx, &a, &r)))
}

/// Files a report (the affiliate's admins): a link to its page, or the report written
/// here, not both. A past-due affiliate with nothing else past due is active again.
#[utoipa::path(
    put,
    path = "/api/reports/{id}/filing",
    tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = FilingDraft,
    responses(
        (status = 200, description = "Filed", body = ReportJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an admin of the report's affiliate (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "Already accepted (`report_accepted`)", body = ErrorBody),
        (status = 422, description = "The link is not a web address, or neither or both were given", body = ErrorBody),
    )
)]
pub async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ReportId>,
    ApiJson(draft): ApiJson<FilingDraft>,
) -> Result<impl IntoResponse, WebError> {
    let r = administered(ctx.actor(), report(state.app(), id).await?)?;
    app::file(state.app(), ctx.actor(), &r, &draft).await?;
    let (a, r) = report(state.app(), id).await?;
    Ok(Json(report_json(&ctx, &a, &r)))
}

#[derive(Deserialize, ToSchema)]
pub struct DraftJson {
    /// The report's text: paragraphs, `* ` lists and `== headings ==`.
    body: String,
}

/// Keeps a draft of the report written here, without filing it (the affiliate's admins).
#[utoipa::path(
    put,
    path = "/api/reports/{id}/draft",
    tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = DraftJson,
    responses(
        (status = 204, description = "Saved"),
        (status = 403, description = "Not an admin of the report's affiliate", body = ErrorBody),
        (status = 409, description = "Already filed (`report_filed`)", body = ErrorBody),
        (status = 422, description = "Too long, or control characters", body = ErrorBody),
    )
)]
pub async fn put_draft(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ReportId>,
    ApiJson(d): ApiJson<DraftJson>,
) -> Result<impl IntoResponse, WebError> {
    let r = administered(ctx.actor(), report(state.app(), id).await?)?;
    app::save_draft(state.app(), &r, &d.body).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct BuilderEventJson {
    id: i64,
    title: String,
    kind: String,
    first_day: String,
    last_day: String,
    /// The outcomes recorded, if any.
    outcomes: Option<sangam_core::event::Figures>,
}

#[derive(Serialize, ToSchema)]
pub struct BuilderJson {
    /// The events held in the period, with their outcomes.
    events: Vec<BuilderEventJson>,
    totals: Totals,
    members_joined: usize,
    members_at_end: usize,
    /// Days the board's list changed in the period.
    board_changes: Vec<String>,
    board: Vec<String>,
    /// The draft built from these facts, in the requested language.
    body: String,
    /// The same as wikitext for Meta-Wiki.
    wikitext: String,
}

#[derive(Deserialize, IntoParams)]
pub struct BuilderQuery {
    /// The draft's language (English by default: Meta-Wiki's reports are in English).
    lang: Option<String>,
}

/// The annual report builder: the affiliate's own data for the report's period, and a
/// draft made of it (the affiliate's admins).
#[utoipa::path(
    get,
    path = "/api/reports/{id}/builder",
    tag = "reports",
    params(("id" = i64, Path, description = "The report"), BuilderQuery),
    responses(
        (status = 200, description = "The facts and the draft", body = BuilderJson),
        (status = 403, description = "Not an admin of the report's affiliate", body = ErrorBody),
    )
)]
pub async fn builder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ReportId>,
    crate::extract::Query(q): crate::extract::Query<BuilderQuery>,
) -> Result<impl IntoResponse, WebError> {
    let report = administered(ctx.actor(), report(state.app(), id).await?)?;
    let (a, r) = &*report;
    let lang = q
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::EN);
    let facts = app::facts(state.app(), &report).await?;
    let (name, _) = display_name(lang, a);
    let body = draft(lang, &name, r.requirement.period, &facts);
    Ok(Json(BuilderJson {
        events: facts
            .events
            .iter()
            .map(|e| BuilderEventJson {
                id: e.id.get(),
                title: e.title.clone(),
                kind: e.kind.clone(),
                first_day: e.first_day.to_string(),
                last_day: e.last_day.to_string(),
                outcomes: e.figures,
            })
            .collect(),
        totals: facts.totals(),
        members_joined: facts.members_joined,
        members_at_end: facts.members_at_end,
        board_changes: facts.board_changes.iter().map(|d| d.to_string()).collect(),
        board: facts.board.clone(),
        wikitext: sangam_core::report::wikitext(&body),
        body,
    }))
}

/// A site admin's decision on a filed report: accept it, or ask for changes with a note.
#[utoipa::path(
    put,
    path = "/api/reports/{id}/review",
    tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = ReviewDraft,
    responses(
        (status = 200, description = "Decided", body = ReportJson),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 409, description = "Not filed, or already accepted (`report_not_filed`)", body = ErrorBody),
        (status = 422, description = "No such decision, or changes asked without a note", body = ErrorBody),
    )
)]
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ReportId>,
    ApiJson(draft): ApiJson<ReviewDraft>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    report(state.app(), id).await?;
    app::review(state.app(), ctx.actor(), &admin, id, &draft).await?;
    let (a, r) = report(state.app(), id).await?;
    Ok(Json(report_json(&ctx, &a, &r)))
}

/// Defers a report by a year, for a natural disaster, a pandemic, war or a government
/// restriction (site admins). A deferred report is not past due.
#[utoipa::path(
    put,
    path = "/api/reports/{id}/deferment",
    tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = DefermentDraft,
    responses(
        (status = 200, description = "Deferred", body = ReportJson),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 409, description = "Already filed (`report_filed`) or deferred (`report_deferred`)", body = ErrorBody),
        (status = 422, description = "No reason, or not one of the four", body = ErrorBody),
    )
)]
pub async fn defer(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ReportId>,
    ApiJson(draft): ApiJson<DefermentDraft>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    report(state.app(), id).await?;
    app::defer(state.app(), ctx.actor(), &admin, id, &draft).await?;
    let (a, r) = report(state.app(), id).await?;
    Ok(Json(report_json(&ctx, &a, &r)))
}

#[derive(Deserialize, ToSchema)]
pub struct RecognitionJson {
    /// `recognize` (a new agreement from `start` to `end`) or `former`.
    decision: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
}

/// A site admin's decision on an expired affiliate: recognized again for a new agreement,
/// or moved to the formerly active affiliates.
#[utoipa::path(
    put,
    path = "/api/affiliates/{slug}/recognition",
    tag = "reports",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = RecognitionJson,
    responses(
        (status = 204, description = "Decided"),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 409, description = "The affiliate has not expired (`not_expired`)", body = ErrorBody),
        (status = 422, description = "No such decision, or the agreement's dates are wrong", body = ErrorBody),
    )
)]
pub async fn recognition(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(d): ApiJson<RecognitionJson>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let a = affiliate(state.app(), &slug).await?;
    let decision = (d.decision.as_str(), d.start.as_str(), d.end.as_str());
    app::decide_expired(state.app(), ctx.actor(), &admin, &a, decision).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ComplianceJson {
    affiliate: String,
    name: String,
    status: String,
    /// The report needing attention first: `activity` or `financial` and its due date.
    next_report: Option<String>,
    next_due: Option<String>,
    days_overdue: Option<i64>,
    /// The latest notice's kind (reminder_30, reminder_7, past_due, deadline, expiry) and day.
    last_notice: Option<String>,
    last_notice_on: Option<String>,
    /// Notice mail not sent after an error, and the last error.
    failed_mail: i64,
    mail_error: Option<String>,
}

/// Documents the query; the handler reads it with the dashboard page's own reader.
#[derive(Deserialize, IntoParams)]
#[expect(
    dead_code,
    reason = "read by read_dashboard_filter, described here for OpenAPI"
)]
pub struct ComplianceQuery {
    /// Only affiliates with this status.
    status: Option<String>,
    /// Only this kind: user_group, chapter, thematic_organization.
    kind: Option<String>,
    /// Only affiliates with a report past due.
    overdue: Option<String>,
    /// Only affiliates with mail that could not be sent.
    mail: Option<String>,
}

/// The compliance overview (site admins): every affiliate with its status, next due
/// report, days overdue, last notice and mail failures, most overdue first.
#[utoipa::path(
    get,
    path = "/api/compliance",
    tag = "reports",
    params(ComplianceQuery),
    responses(
        (status = 200, description = "The overview", body = [ComplianceJson]),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 422, description = "An unknown status or kind", body = ErrorBody),
    )
)]
pub async fn compliance(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let filter = crate::query::dashboard_filter(&ctx)?;
    let rows = app::compliance(state.app(), &admin, &filter, ctx.now.date_utc(), ctx.lang).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| ComplianceJson {
                days_overdue: r.days_overdue(),
                affiliate: r.affiliate.slug.to_string(),
                name: r.name.0,
                status: r.affiliate.status.as_str().into(),
                next_report: r.next.as_ref().map(|(k, _)| match k {
                    sangam_core::compliance::ReportKind::Activity => "activity".to_string(),
                    sangam_core::compliance::ReportKind::Financial => "financial".to_string(),
                }),
                next_due: r.next.as_ref().map(|n| n.1.due.to_string()),
                last_notice: r.last_notice.as_ref().map(|n| n.0.clone()),
                last_notice_on: r.last_notice.as_ref().map(|n| n.1.to_string()),
                failed_mail: r.failed_mail.as_ref().map(|f| f.0).unwrap_or(0),
                mail_error: r.failed_mail.and_then(|f| f.1),
            })
            .collect::<Vec<_>>(),
    ))
}
