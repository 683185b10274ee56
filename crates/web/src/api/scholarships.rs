//! A conference's scholarship round in the API: the round and its phases, applications
//! (sent and changed by their applicant until the deadline), eligibility flags, reviewers'
//! scores, decisions, and what each applicant sees once decisions are published. Who sees
//! what is decided once, in `sangam_app::scholarships`.

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use sangam_core::conference::Review;
use sangam_core::scholarship::{ApplicationDraft, RoundDraft};
use sangam_db::conference::Panel;
use sangam_db::scholarships::RoundRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::conference::{ReviewersJson, put_panel};
use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::state::AppState;
use sangam_app::scholarships::{self as app, ApplicationView};
use sangam_core::id::ApplicationId;
use sangam_core::id::EventId;

#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    /// RFC 3339: applications are taken from `opens` until `closes`.
    pub(crate) opens: String,
    pub(crate) closes: String,
    /// Whether applications may be sent or changed now.
    pub(crate) open: bool,
    /// open, eligibility, scoring, decision or published.
    pub(crate) phase: String,
    /// What reviewers score, each from 0 to `score_max`, weighted.
    pub(crate) criteria: Vec<sangam_core::conference::Criterion>,
    pub(crate) score_max: u32,
    pub(crate) published_at: Option<String>,
}

pub(crate) fn round_json(r: &RoundRow, now: sangam_core::Timestamp) -> RoundJson {
    RoundJson {
        opens: r.round.opens.to_rfc3339(),
        closes: r.round.closes.to_rfc3339(),
        open: r.round.takes_applications(r.phase, now),
        phase: r.phase.as_str().into(),
        criteria: r.round.criteria.clone(),
        score_max: r.round.score_max,
        published_at: r.published_at.map(|t| t.to_rfc3339()),
    }
}

/// One reviewer's scores of an application.
#[derive(Serialize, ToSchema)]
pub struct ScoreJson {
    /// The reviewer; not shown to the applicant.
    pub(crate) reviewer: Option<String>,
    /// A score per criterion, in the round's order.
    pub(crate) scores: Vec<u32>,
    /// The scores' weighted mean.
    pub(crate) weighted: f64,
    /// Not shown to the applicant.
    pub(crate) comment: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationJson {
    pub(crate) id: i64,
    pub(crate) event: i64,
    pub(crate) username: String,
    /// The applicant's address: the organizers only.
    pub(crate) email: Option<String>,
    pub(crate) region: String,
    pub(crate) history: String,
    pub(crate) contributions: String,
    pub(crate) motivation: String,
    /// full or partial.
    pub(crate) need: String,
    pub(crate) submitted_at: String,
    pub(crate) updated_at: String,
    /// spam or ineligible: the organizers and reviewers.
    pub(crate) flag: Option<String>,
    pub(crate) flag_note: Option<String>,
    /// full, partial, waitlist or declined: the organizers, and everyone allowed to see the
    /// application once the round is published.
    pub(crate) decision: Option<String>,
    pub(crate) decision_note: Option<String>,
    /// The organizers: every review; a reviewer: their own; the applicant, once published:
    /// every review's scores without names or comments.
    pub(crate) scores: Vec<ScoreJson>,
    /// The mean of the reviewers' weighted scores (organizers; the applicant once published).
    pub(crate) score: Option<f64>,
    /// How far apart the reviewers are (organizers only).
    pub(crate) spread: Option<f64>,
    /// The lowest awarded score (the applicant once published).
    pub(crate) cutoff: Option<f64>,
    /// Whether the caller may change it now.
    pub(crate) editable: bool,
}

/// An application as the service lets the caller see it, in JSON.
fn application_json(v: ApplicationView) -> ApplicationJson {
    let a = v.row;
    let app = &a.application;
    ApplicationJson {
        id: a.id.get(),
        event: a.event_id.get(),
        username: a.username.clone(),
        email: a.email.clone(),
        region: app.region.clone(),
        history: app.history.clone(),
        contributions: app.contributions.clone(),
        motivation: app.motivation.clone(),
        need: app.need.as_str().into(),
        submitted_at: a.submitted_at.to_rfc3339(),
        updated_at: a.updated_at.to_rfc3339(),
        flag: a.flag.as_ref().map(|f| f.0.as_str().into()),
        flag_note: a.flag.as_ref().map(|f| f.1.clone()),
        decision: a.decision.as_ref().map(|d| d.0.as_str().into()),
        decision_note: a.decision.as_ref().map(|d| d.1.clone()),
        scores: v
            .scores
            .into_iter()
            .map(|s| ScoreJson {
                reviewer: s.reviewer,
                scores: s.scores,
                weighted: s.weighted,
                comment: s.comment,
            })
            .collect(),
        score: v.score,
        spread: v.spread,
        cutoff: v.cutoff,
        editable: v.editable,
    }
}

/// A conference's scholarship round.
#[utoipa::path(
    get,
    path = "/api/events/{id}/scholarship",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The round", body = RoundJson),
        (status = 404, description = "No such event, or it has no round", body = ErrorBody),
    )
)]
pub async fn get_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let r = app::round(state.app(), id).await?;
    Ok(Json(round_json(&r, ctx.now)))
}

/// Sets or changes the round (the conference's organizers), while applications are still
/// taken.
#[utoipa::path(
    put,
    path = "/api/events/{id}/scholarship",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = RoundDraft,
    responses(
        (status = 200, description = "Saved", body = RoundJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "The round has moved past applications (`round_under_way`)", body = ErrorBody),
        (status = 422, description = "Each refused field with its code", body = ErrorBody),
    )
)]
pub async fn put_round(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(draft): ApiJson<RoundDraft>,
) -> Result<impl IntoResponse, WebError> {
    let e = sangam_app::conference::organized(state.app(), ctx.actor(), id).await?;
    let r = app::set_round(state.app(), &e, draft).await?;
    Ok(Json(round_json(&r, ctx.now)))
}

#[derive(Deserialize, ToSchema)]
pub struct PhaseJson {
    /// The next phase: eligibility, scoring, decision or published.
    phase: String,
}

#[derive(Serialize, ToSchema)]
pub struct PhasedJson {
    phase: String,
    /// How many applicants were mailed their decision (on publishing).
    mailed: usize,
}

/// Moves the round to its next phase (the organizers). Publishing mails every applicant
/// their decision.
#[utoipa::path(
    put,
    path = "/api/events/{id}/scholarship/phase",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = PhaseJson,
    responses(
        (status = 200, description = "Moved on", body = PhasedJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "Applications without a decision (`applications_undecided`)", body = ErrorBody),
        (status = 422, description = "Not the next phase (`phase_order`)", body = ErrorBody),
    )
)]
pub async fn put_phase(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(p): ApiJson<PhaseJson>,
) -> Result<impl IntoResponse, WebError> {
    let e = sangam_app::conference::organized(state.app(), ctx.actor(), id).await?;
    let (next, mailed) = app::advance(state.app(), ctx.actor(), &e, &p.phase).await?;
    Ok(Json(PhasedJson {
        phase: next.as_str().into(),
        mailed,
    }))
}

/// Sets who scores the round's applications (the organizers).
#[utoipa::path(
    put,
    path = "/api/events/{id}/scholarship/reviewers",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = ReviewersJson,
    responses(
        (status = 200, description = "The reviewers now", body = [String]),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 422, description = "A username without an account (`presenter_unknown`)", body = ErrorBody),
    )
)]
pub async fn put_reviewers(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(r): ApiJson<ReviewersJson>,
) -> Result<impl IntoResponse, WebError> {
    put_panel(&state, &ctx, id, r, Panel::Scholarships).await
}

/// The caller's own application to the round.
#[utoipa::path(
    get,
    path = "/api/events/{id}/scholarship/application",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The caller's application", body = ApplicationJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "No round, or no application from the caller", body = ErrorBody),
    )
)]
pub async fn get_mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = sangam_app::conference::conference(state.app(), id).await?;
    let v = app::my_view(state.app(), ctx.actor(), &e).await?;
    Ok(Json(application_json(v)))
}

/// Sends the caller's application, or changes it, while the round takes applications.
#[utoipa::path(
    put,
    path = "/api/events/{id}/scholarship/application",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = ApplicationDraft,
    responses(
        (status = 200, description = "Saved", body = ApplicationJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "No such event, or it has no round", body = ErrorBody),
        (status = 409, description = "Applications are not taken now (`scholarship_not_open`, `scholarship_closed`)", body = ErrorBody),
        (status = 422, description = "Each refused field with its code", body = ErrorBody),
    )
)]
pub async fn put_mine(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(draft): ApiJson<ApplicationDraft>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = sangam_app::conference::conference(state.app(), id).await?;
    let v = app::apply(state.app(), ctx.actor(), &e, draft).await?;
    Ok(Json(application_json(v)))
}

/// The round's applications: for the organizers with every score, the mean and the
/// reviewers' spread, the best first; for reviewers the applications they review with
/// their own scores.
#[utoipa::path(
    get,
    path = "/api/events/{id}/scholarship/applications",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The applications", body = [ApplicationJson]),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Neither an organizer nor a reviewer (`not_reviewer`)", body = ErrorBody),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Json<Vec<ApplicationJson>>, WebError> {
    ctx.actor().user()?;
    let e = sangam_app::conference::conference(state.app(), id).await?;
    let (_, _, table) = app::table(state.app(), ctx.actor(), &e).await?;
    Ok(Json(table.into_iter().map(application_json).collect()))
}

/// One application, as the caller may see it.
#[utoipa::path(
    get,
    path = "/api/scholarship-applications/{id}",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The application")),
    responses(
        (status = 200, description = "The application", body = ApplicationJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Someone else's application (`application_private`)", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ApplicationId>,
) -> Result<impl IntoResponse, WebError> {
    let (_, r, a, roles) = app::application(state.app(), ctx.actor(), id).await?;
    let v = app::application_view(state.app(), ctx.actor(), &r, &a, &roles).await?;
    Ok(Json(application_json(v)))
}

#[derive(Deserialize, ToSchema)]
pub struct FlagJson {
    /// spam or ineligible; empty to clear the flag.
    #[serde(default)]
    flag: String,
    /// Why (for the organizers and reviewers).
    #[serde(default)]
    note: String,
}

/// Flags an application as spam or ineligible, or clears it (the organizers and the
/// round's reviewers, while eligibility is checked or applications are scored).
#[utoipa::path(
    put,
    path = "/api/scholarship-applications/{id}/flag",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The application")),
    request_body = FlagJson,
    responses(
        (status = 200, description = "Saved", body = ApplicationJson),
        (status = 403, description = "Neither an organizer nor a reviewer (`not_reviewer`), or the reviewer's own (`own_application`)", body = ErrorBody),
        (status = 409, description = "Not while the round is at this phase (`wrong_phase`)", body = ErrorBody),
        (status = 422, description = "Not a flag (`invalid_choice`)", body = ErrorBody),
    )
)]
pub async fn put_flag(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ApplicationId>,
    ApiJson(f): ApiJson<FlagJson>,
) -> Result<impl IntoResponse, WebError> {
    let v = app::flag(state.app(), ctx.actor(), id, (&f.flag, &f.note)).await?;
    Ok(Json(application_json(v)))
}

/// A reviewer scores an application on the round's criteria and comments (again to change
/// it), while the round is being scored.
#[utoipa::path(
    put,
    path = "/api/scholarship-applications/{id}/score",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The application")),
    request_body = Review,
    responses(
        (status = 200, description = "Saved", body = ApplicationJson),
        (status = 403, description = "Not a reviewer of this round (`not_reviewer`), or the reviewer's own application (`own_application`)", body = ErrorBody),
        (status = 409, description = "Not being scored now (`wrong_phase`), or flagged (`application_flagged`)", body = ErrorBody),
        (status = 422, description = "A score outside the scale (`score_out_of_scale`) or not one per criterion (`score_count`)", body = ErrorBody),
    )
)]
pub async fn put_score(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ApplicationId>,
    ApiJson(review): ApiJson<Review>,
) -> Result<impl IntoResponse, WebError> {
    let v = app::score(state.app(), ctx.actor(), id, review).await?;
    Ok(Json(application_json(v)))
}

#[derive(Deserialize, ToSchema)]
pub struct AwardJson {
    /// full, partial, waitlist or declined.
    decision: String,
    /// The message the applicant gets with the decision.
    #[serde(default)]
    message: String,
}

/// Records the organizers' decision on an application, while the round is at the
/// decision. The applicant is mailed when the round is published.
#[utoipa::path(
    put,
    path = "/api/scholarship-applications/{id}/decision",
    tag = "scholarships",
    params(("id" = i64, Path, description = "The application")),
    request_body = AwardJson,
    responses(
        (status = 200, description = "Saved", body = ApplicationJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "Not at the decision (`wrong_phase`), or a flagged application not declined (`application_flagged`)", body = ErrorBody),
        (status = 422, description = "Not a decision (`invalid_choice`) or the message too long", body = ErrorBody),
    )
)]
pub async fn put_decision(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ApplicationId>,
    ApiJson(d): ApiJson<AwardJson>,
) -> Result<impl IntoResponse, WebError> {
    let v = app::decide(state.app(), ctx.actor(), id, (&d.decision, &d.message)).await?;
    Ok(Json(application_json(v)))
}
