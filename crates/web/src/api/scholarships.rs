//! A conference's scholarship round in the API: the round and its phases, applications
//! (sent and changed by their applicant until the deadline), eligibility flags, reviewers'
//! scores, decisions, and what each applicant sees once decisions are published.
//!
//! Who sees what (one rule here, used by the pages too): the organizers see everything;
//! the round's reviewers see the applications but not the applicants' addresses, only
//! their own scores, and never their own application as reviewers; an applicant sees their
//! own application, and once the round is published their decision, their scores (without
//! reviewers' names or comments) and the cut-off; nobody else sees any application.

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use sangam_core::account::UserId;
use sangam_core::conference::{Review, agreement, weighted};
use sangam_core::error::Error;
use sangam_core::scholarship::{ApplicationDraft, Decision, Flag, Phase, RoundDraft, cutoff};
use sangam_db::conference::{Panel, ReviewRow};
use sangam_db::events::EventRow;
use sangam_db::scholarships::{ApplicationRow, RoundRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ErrorBody;
use super::conference::{ReviewersJson, load_event, organized_event, put_panel};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use sangam_app::events::organizes;

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

/// What the caller is to a round.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Roles {
    pub organizer: bool,
    pub reviewer: bool,
    pub me: Option<UserId>,
}

pub(crate) async fn roles(state: &AppState, ctx: &Ctx, e: &EventRow) -> Result<Roles, WebError> {
    let me = ctx.viewer.user_id();
    let reviewer = match me {
        Some(u) => state
            .db()
            .reviewers(e.id, Panel::Scholarships)
            .await?
            .iter()
            .any(|(r, _)| *r == u),
        None => false,
    };
    Ok(Roles {
        organizer: organizes(&ctx.viewer, e),
        reviewer,
        me,
    })
}

impl Roles {
    /// Whether they may see the application at all.
    pub(crate) fn sees(&self, a: &ApplicationRow) -> bool {
        self.organizer || self.reviewer || self.me == Some(a.user_id)
    }

    /// Whether they see it as a reviewer (never their own).
    pub(crate) fn reviews(&self, a: &ApplicationRow) -> bool {
        self.reviewer && self.me != Some(a.user_id)
    }

    /// Whether they may flag it: the organizers and its reviewers. The refusal says why not.
    pub(crate) fn may_flag(&self, a: &ApplicationRow) -> Result<(), Error> {
        if self.organizer || self.reviews(a) {
            Ok(())
        } else if self.reviewer {
            Err(Error::Forbidden("own_application"))
        } else {
            Err(Error::Forbidden("not_reviewer"))
        }
    }
}

/// The mean weighted score of each scored application, by id.
fn means(r: &RoundRow, scores: &[ReviewRow]) -> Vec<(i64, f64, f64)> {
    let mut out: Vec<(i64, f64, f64)> = Vec::new();
    let mut ids: Vec<i64> = scores.iter().map(|s| s.subject).collect();
    ids.dedup();
    for id in ids {
        let w: Vec<f64> = scores
            .iter()
            .filter(|s| s.subject == id)
            .map(|s| weighted(&r.round.criteria, &s.review.scores))
            .collect();
        if let Some((mean, spread)) = agreement(&w) {
            out.push((id, mean, spread));
        }
    }
    out
}

/// The round's cut-off: the lowest mean score among the awarded applications.
pub(crate) fn round_cutoff(
    r: &RoundRow,
    apps: &[ApplicationRow],
    scores: &[ReviewRow],
) -> Option<f64> {
    let means = means(r, scores);
    let decided: Vec<(f64, Decision)> = apps
        .iter()
        .filter_map(|a| {
            let (d, _) = a.decision.as_ref()?;
            let (_, mean, _) = means.iter().find(|m| m.0 == a.id)?;
            Some((*mean, *d))
        })
        .collect();
    cutoff(&decided)
}

/// An application as `roles` may see it. `cut` is the round's cut-off, shown to the
/// applicant once the round is published.
pub(crate) fn application_json(
    roles: &Roles,
    r: &RoundRow,
    a: &ApplicationRow,
    scores: &[ReviewRow],
    cut: Option<f64>,
    now: sangam_core::Timestamp,
) -> ApplicationJson {
    let own = roles.me == Some(a.user_id);
    let published = r.phase == Phase::Published;
    let as_reviewer = roles.reviews(a);
    let mine: Vec<&ReviewRow> = scores.iter().filter(|s| s.subject == a.id).collect();
    let stats = agreement(
        &mine
            .iter()
            .map(|s| weighted(&r.round.criteria, &s.review.scores))
            .collect::<Vec<_>>(),
    );
    let score_json = |s: &ReviewRow, named: bool| ScoreJson {
        reviewer: named.then(|| s.reviewer.clone()),
        weighted: weighted(&r.round.criteria, &s.review.scores),
        scores: s.review.scores.clone(),
        comment: named.then(|| s.review.comment.clone()),
    };
    let shown_scores: Vec<ScoreJson> = if roles.organizer {
        mine.iter().map(|s| score_json(s, true)).collect()
    } else if as_reviewer {
        mine.iter()
            .filter(|s| Some(s.reviewer_id) == roles.me)
            .map(|s| score_json(s, true))
            .collect()
    } else if own && published {
        mine.iter().map(|s| score_json(s, false)).collect()
    } else {
        Vec::new()
    };
    let sees_flags = roles.organizer || as_reviewer;
    let sees_decision = roles.organizer || published;
    let app = &a.application;
    ApplicationJson {
        id: a.id,
        event: a.event_id,
        username: a.username.clone(),
        email: if roles.organizer {
            a.email.clone()
        } else {
            None
        },
        region: app.region.clone(),
        history: app.history.clone(),
        contributions: app.contributions.clone(),
        motivation: app.motivation.clone(),
        need: app.need.as_str().into(),
        submitted_at: a.submitted_at.to_rfc3339(),
        updated_at: a.updated_at.to_rfc3339(),
        flag: a
            .flag
            .as_ref()
            .filter(|_| sees_flags)
            .map(|f| f.0.as_str().into()),
        flag_note: a.flag.as_ref().filter(|_| sees_flags).map(|f| f.1.clone()),
        decision: a
            .decision
            .as_ref()
            .filter(|_| sees_decision)
            .map(|d| d.0.as_str().into()),
        decision_note: a
            .decision
            .as_ref()
            .filter(|_| sees_decision)
            .map(|d| d.1.clone()),
        scores: shown_scores,
        score: stats
            .filter(|_| roles.organizer || (own && published))
            .map(|s| s.0),
        spread: stats.filter(|_| roles.organizer).map(|s| s.1),
        cutoff: cut.filter(|_| published && (own || roles.organizer)),
        editable: own && r.round.takes_applications(r.phase, now),
    }
}

async fn load_round(state: &AppState, event: i64) -> Result<RoundRow, WebError> {
    state
        .db()
        .round(event)
        .await?
        .ok_or_else(WebError::not_found)
}

/// An application with its round and conference, for someone allowed to see it
/// (`application_private` otherwise).
pub(crate) async fn load_application(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<(EventRow, RoundRow, ApplicationRow, Roles), WebError> {
    let a = state
        .db()
        .application(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    let e = load_event(state, a.event_id).await?;
    let r = load_round(state, a.event_id).await?;
    let roles = roles(state, ctx, &e).await?;
    if ctx.viewer.user_id().is_none() {
        return Err(WebError::Domain(Error::Unauthenticated));
    }
    if !roles.sees(&a) {
        return Err(WebError::Domain(Error::Forbidden("application_private")));
    }
    Ok((e, r, a, roles))
}

/// One application as the caller may see it, with the round's cut-off when published.
pub(crate) async fn application_view(
    state: &AppState,
    ctx: &Ctx,
    r: &RoundRow,
    a: &ApplicationRow,
    roles: &Roles,
) -> Result<ApplicationJson, WebError> {
    // Who may see the cut-off is decided in `application_json` alone.
    let all = state.db().application_scores(r.event_id, None).await?;
    let apps = state.db().applications(r.event_id).await?;
    let cut = round_cutoff(r, &apps, &all);
    let scores = state
        .db()
        .application_scores(r.event_id, Some(a.id))
        .await?;
    Ok(application_json(roles, r, a, &scores, cut, ctx.now))
}

fn organizers_only(roles: &Roles) -> Result<(), WebError> {
    if roles.organizer {
        Ok(())
    } else {
        Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")))
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
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let r = load_round(&state, id).await?;
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
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<RoundDraft>,
) -> Result<impl IntoResponse, WebError> {
    organized_event(&state, &ctx, id).await?;
    let round = draft.validate()?;
    state.db().set_round(id, &round).await?;
    Ok(Json(round_json(&load_round(&state, id).await?, ctx.now)))
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
    Path(id): Path<i64>,
    ApiJson(p): ApiJson<PhaseJson>,
) -> Result<impl IntoResponse, WebError> {
    organized_event(&state, &ctx, id).await?;
    let next = Phase::parse(p.phase.trim()).ok_or(Error::field("phase", "invalid_choice"))?;
    let mailed = state.db().advance_round(id, next, ctx.now).await?;
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
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = load_event(&state, id).await?;
    let r = load_round(&state, id).await?;
    let a = state
        .db()
        .application_of(id, me)
        .await?
        .ok_or_else(WebError::not_found)?;
    let roles = roles(&state, &ctx, &e).await?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
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
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<ApplicationDraft>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = load_event(&state, id).await?;
    load_round(&state, id).await?;
    let application = draft.validate()?;
    let aid = state
        .db()
        .save_application(id, me, &application, ctx.now)
        .await?;
    let a = state
        .db()
        .application(aid)
        .await?
        .ok_or_else(WebError::not_found)?;
    let r = load_round(&state, id).await?;
    let roles = roles(&state, &ctx, &e).await?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
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
    Path(id): Path<i64>,
) -> Result<Json<Vec<ApplicationJson>>, WebError> {
    Ok(Json(applications_table(&state, &ctx, id).await?))
}

/// The applications `ctx` may review or decide on, the best scored first (then the first
/// sent).
pub(crate) async fn applications_table(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<Vec<ApplicationJson>, WebError> {
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = load_event(state, id).await?;
    let r = load_round(state, id).await?;
    let roles = roles(state, ctx, &e).await?;
    if !roles.organizer && !roles.reviewer {
        return Err(WebError::Domain(Error::Forbidden("not_reviewer")));
    }
    let apps = state.db().applications(id).await?;
    let scores = state.db().application_scores(id, None).await?;
    let cut = round_cutoff(&r, &apps, &scores);
    let mut table: Vec<ApplicationJson> = apps
        .iter()
        .filter(|a| roles.organizer || roles.reviews(a))
        .map(|a| application_json(&roles, &r, a, &scores, cut, ctx.now))
        .collect();
    table.sort_by(|a, b| {
        b.score
            .unwrap_or(-1.0)
            .total_cmp(&a.score.unwrap_or(-1.0))
            .then(a.id.cmp(&b.id))
    });
    Ok(table)
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
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let (_, r, a, roles) = load_application(&state, &ctx, id).await?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
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
    Path(id): Path<i64>,
    ApiJson(f): ApiJson<FlagJson>,
) -> Result<impl IntoResponse, WebError> {
    let (_, r, a, roles) = load_application(&state, &ctx, id).await?;
    roles.may_flag(&a)?;
    let flag = parse_flag(&f.flag, &f.note)?;
    state
        .db()
        .flag_application(id, flag.as_ref().map(|(f, n)| (*f, n.as_str())))
        .await?;
    let a = state
        .db()
        .application(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
}

/// A flag and its note as typed ("" clears the flag).
pub(crate) fn parse_flag(flag: &str, note: &str) -> Result<Option<(Flag, String)>, Error> {
    let mut errors = sangam_core::FieldErrors::new();
    let flag = match flag.trim() {
        "" => None,
        f => {
            let parsed = Flag::parse(f);
            if parsed.is_none() {
                errors.add("flag", "invalid_choice");
            }
            parsed
        }
    };
    let note = errors.check("note", sangam_core::text::clean_line(note, 500));
    errors.finish(|| flag.map(|f| (f, note.unwrap_or_default())))
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
    Path(id): Path<i64>,
    ApiJson(review): ApiJson<Review>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let a = state
        .db()
        .application(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    let r = load_round(&state, a.event_id).await?;
    let review = review.validate_on(&r.round.criteria, r.round.score_max)?;
    state
        .db()
        .score_application(id, me, &review, ctx.now)
        .await?;
    let e = load_event(&state, a.event_id).await?;
    let roles = roles(&state, &ctx, &e).await?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
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
    Path(id): Path<i64>,
    ApiJson(d): ApiJson<AwardJson>,
) -> Result<impl IntoResponse, WebError> {
    let (_, r, _, roles) = load_application(&state, &ctx, id).await?;
    organizers_only(&roles)?;
    let (decision, note) = parse_decision(&d.decision, &d.message)?;
    state
        .db()
        .decide_application(id, decision, &note, ctx.now)
        .await?;
    let a = state
        .db()
        .application(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    Ok(Json(application_view(&state, &ctx, &r, &a, &roles).await?))
}

/// A decision and its message as typed.
pub(crate) fn parse_decision(decision: &str, message: &str) -> Result<(Decision, String), Error> {
    super::conference::decision_and_message(decision, message, Decision::parse)
}
