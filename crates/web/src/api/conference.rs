//! A conference's programme in the API: the call for proposals, proposals (sent, changed
//! and withdrawn by their presenters until the deadline), and interested attendees (one
//! click, or imported from the wiki page's signatures).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::response::Response;
use sangam_core::account::Username;
use sangam_core::account::Viewer;
use sangam_core::conference::{
    CfpDraft, Criterion, Presenter, ProposalDraft, ProposalStatus, Review, SessionType, agreement,
};
use sangam_core::error::Error;
use sangam_core::event::Question;
use sangam_db::conference::{InterestRow, Panel, ProposalRow};
use sangam_db::events::EventRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ErrorBody;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use sangam_app::events::organizes;

#[derive(Serialize, ToSchema)]
pub struct CfpJson {
    /// RFC 3339: proposals may be sent from `opens` until `closes`.
    opens: String,
    closes: String,
    /// Whether proposals may be sent now.
    open: bool,
    session_types: Vec<SessionType>,
    tracks: Vec<String>,
    /// BCP 47 tags of the languages sessions may be held in.
    languages: Vec<String>,
    interpretation: bool,
    questions: Vec<Question>,
    /// What reviewers score, each from 0 to `score_max`, weighted.
    criteria: Vec<Criterion>,
    score_max: u32,
}

#[derive(Serialize, ToSchema)]
pub struct PresenterJson {
    /// The Sangam account, or none for a guest.
    username: Option<String>,
    /// A guest's name as given.
    guest: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct InterestJson {
    username: String,
    /// RFC 3339: when they signed or clicked.
    signed_at: String,
    /// Read from the wiki page.
    imported: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ProposalJson {
    id: i64,
    event: i64,
    submitted_by: String,
    presenters: Vec<PresenterJson>,
    /// Only for the organizers and the proposal's own people.
    contact_email: Option<String>,
    affiliation: String,
    title: String,
    lang: String,
    language_note: String,
    session_type: String,
    minutes: u32,
    track: Option<String>,
    plan: String,
    support: String,
    benefit: String,
    /// The answers to the organizers' questions: only for them and the proposal's people.
    answers: Option<Vec<String>>,
    /// submitted, withdrawn, accepted, waitlisted or rejected.
    status: String,
    submitted_at: String,
    updated_at: String,
    /// How many are interested; the list is in `interested` on one proposal.
    interest: i64,
    interested: Option<Vec<InterestJson>>,
    /// Whether the caller may change or withdraw it.
    own: bool,
}

/// Whether the viewer sees a proposal's private fields: its people and the organizers.
fn sees_private(viewer: &Viewer, e: &EventRow, p: &ProposalRow) -> bool {
    organizes(viewer, e) || viewer.user_id().is_some_and(|u| p.is_own(u))
}

pub(crate) fn proposal_json(
    ctx: &Ctx,
    e: &EventRow,
    p: &ProposalRow,
    interested: Option<&[InterestRow]>,
) -> ProposalJson {
    let private = sees_private(&ctx.viewer, e, p);
    let q = &p.proposal;
    ProposalJson {
        id: p.id,
        event: p.event_id,
        submitted_by: p.submitter.clone(),
        presenters: q
            .presenters
            .iter()
            .map(|x| match x {
                Presenter::Account(u) => PresenterJson {
                    username: Some(u.to_string()),
                    guest: None,
                },
                Presenter::Guest(g) => PresenterJson {
                    username: None,
                    guest: Some(g.clone()),
                },
            })
            .collect(),
        contact_email: if private {
            q.contact_email.as_ref().map(|m| m.as_str().to_string())
        } else {
            None
        },
        affiliation: q.affiliation.clone(),
        title: q.title.clone(),
        lang: q.lang.to_string(),
        language_note: q.language_note.clone(),
        session_type: q.session_type.clone(),
        minutes: q.minutes,
        track: q.track.clone(),
        plan: q.plan.clone(),
        support: q.support.clone(),
        benefit: q.benefit.clone(),
        answers: private.then(|| q.answers.clone()),
        status: p.status.as_str().into(),
        submitted_at: p.submitted_at.to_rfc3339(),
        updated_at: p.updated_at.to_rfc3339(),
        interest: p.interest,
        interested: interested.map(|list| {
            list.iter()
                .map(|i| InterestJson {
                    username: i.username.clone(),
                    signed_at: i.signed_at.to_rfc3339(),
                    imported: i.imported,
                })
                .collect()
        }),
        own: ctx.viewer.user_id().is_some_and(|u| p.is_own(u)),
    }
}

pub(crate) async fn load_event(state: &AppState, id: i64) -> Result<EventRow, WebError> {
    state.db().event(id).await?.ok_or_else(WebError::not_found)
}

/// A proposal and its conference.
pub(crate) async fn load_proposal(
    state: &AppState,
    id: i64,
) -> Result<(EventRow, ProposalRow), WebError> {
    let p = state
        .db()
        .proposal(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    let e = load_event(state, p.event_id).await?;
    Ok((e, p))
}

/// A conference's call for proposals.
#[utoipa::path(
    get,
    path = "/api/events/{id}/cfp",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The call", body = CfpJson),
        (status = 404, description = "No such event, or it has no call", body = ErrorBody),
    )
)]
pub async fn get_cfp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let cfp = state.db().cfp(id).await?.ok_or_else(WebError::not_found)?;
    Ok(Json(CfpJson {
        opens: cfp.opens.to_rfc3339(),
        closes: cfp.closes.to_rfc3339(),
        open: cfp.is_open(ctx.now),
        languages: cfp.languages.iter().map(|l| l.to_string()).collect(),
        session_types: cfp.session_types,
        tracks: cfp.tracks,
        interpretation: cfp.interpretation,
        questions: cfp.questions,
        criteria: cfp.criteria,
        score_max: cfp.score_max,
    }))
}

/// Sets or replaces the call for proposals (the conference's organizers).
#[utoipa::path(
    put,
    path = "/api/events/{id}/cfp",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = CfpDraft,
    responses(
        (status = 200, description = "Saved", body = CfpJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 422, description = "Each refused field with its code", body = ErrorBody),
    )
)]
pub async fn put_cfp(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<CfpDraft>,
) -> Result<Response, WebError> {
    let e = load_event(&state, id).await?;
    if !organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    let cfp = draft.validate()?;
    state.db().set_cfp(id, &cfp).await?;
    Ok(get_cfp(State(state), ctx, Path(id)).await?.into_response())
}

/// A conference's proposals, in the order sent; withdrawn ones only for the organizers.
#[utoipa::path(
    get,
    path = "/api/events/{id}/proposals",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The proposals", body = [ProposalJson]),
    )
)]
pub async fn list_proposals(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let e = load_event(&state, id).await?;
    let organizer = organizes(&ctx.viewer, &e);
    let list: Vec<ProposalJson> = state
        .db()
        .proposals_of(id)
        .await?
        .iter()
        .filter(|p| organizer || p.status != ProposalStatus::Withdrawn)
        .map(|p| proposal_json(&ctx, &e, p, None))
        .collect();
    Ok(Json(list))
}

/// Sends a proposal while the call is open.
#[utoipa::path(
    post,
    path = "/api/events/{id}/proposals",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = ProposalDraft,
    responses(
        (status = 201, description = "Sent", body = ProposalJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "No such event, or it has no call", body = ErrorBody),
        (status = 409, description = "The call is not open (`cfp_not_open`, `cfp_closed`)", body = ErrorBody),
        (status = 422, description = "Each refused field with its code (`presenter_unknown` for a username without an account)", body = ErrorBody),
    )
)]
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<ProposalDraft>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = load_event(&state, id).await?;
    let cfp = state.db().cfp(id).await?.ok_or_else(WebError::not_found)?;
    let p = draft.validate(&cfp)?;
    let pid = state.db().submit_proposal(id, me, &p, ctx.now).await?;
    let row = state
        .db()
        .proposal(pid)
        .await?
        .ok_or_else(WebError::not_found)?;
    Ok((
        StatusCode::CREATED,
        Json(proposal_json(&ctx, &e, &row, Some(&[]))),
    ))
}

/// One proposal with its interested attendees.
#[utoipa::path(
    get,
    path = "/api/proposals/{id}",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    responses(
        (status = 200, description = "The proposal", body = ProposalJson),
        (status = 404, description = "No such proposal", body = ErrorBody),
    )
)]
pub async fn get_proposal(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let (e, p) = load_proposal(&state, id).await?;
    let interest = state.db().interest(id).await?;
    Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
}

/// Changes a proposal (its presenters and whoever sent it) while the call is open.
#[utoipa::path(
    put,
    path = "/api/proposals/{id}",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = ProposalDraft,
    responses(
        (status = 200, description = "Changed", body = ProposalJson),
        (status = 403, description = "Not the proposal's (`not_proposer`)", body = ErrorBody),
        (status = 409, description = "The call has closed (`cfp_closed`) or the proposal was decided or withdrawn (`proposal_not_editable`)", body = ErrorBody),
        (status = 422, description = "Each refused field with its code", body = ErrorBody),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(draft): ApiJson<ProposalDraft>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let (e, p) = load_proposal(&state, id).await?;
    if !p.is_own(me) {
        return Err(WebError::Domain(Error::Forbidden("not_proposer")));
    }
    let cfp = state
        .db()
        .cfp(e.id)
        .await?
        .ok_or_else(WebError::not_found)?;
    let checked = draft.validate(&cfp)?;
    state.db().update_proposal(id, &checked, ctx.now).await?;
    let (e, p) = load_proposal(&state, id).await?;
    let interest = state.db().interest(id).await?;
    Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
}

/// Withdraws a proposal.
#[utoipa::path(
    post,
    path = "/api/proposals/{id}/withdrawal",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    responses(
        (status = 200, description = "Withdrawn", body = ProposalJson),
        (status = 403, description = "Not the proposal's (`not_proposer`)", body = ErrorBody),
        (status = 409, description = "Withdrawn or rejected already (`proposal_not_editable`)", body = ErrorBody),
    )
)]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let (_, p) = load_proposal(&state, id).await?;
    if !p.is_own(me) {
        return Err(WebError::Domain(Error::Forbidden("not_proposer")));
    }
    state.db().withdraw_proposal(id, ctx.now).await?;
    let (e, p) = load_proposal(&state, id).await?;
    Ok(Json(proposal_json(&ctx, &e, &p, None)))
}

#[derive(Deserialize, ToSchema)]
pub struct InterestChoice {
    /// True to mark interest, false to remove it.
    interested: bool,
}

/// Marks or removes the signed-in person's interest in a session.
#[utoipa::path(
    put,
    path = "/api/proposals/{id}/interest",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = InterestChoice,
    responses(
        (status = 200, description = "Done", body = ProposalJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 409, description = "The proposal was withdrawn (`proposal_withdrawn`)", body = ErrorBody),
    )
)]
pub async fn interest(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(choice): ApiJson<InterestChoice>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let name = ctx
        .viewer
        .account()
        .map(|a| a.username.clone())
        .ok_or(Error::Unauthenticated)?;
    state
        .db()
        .set_interest(id, me, &name, choice.interested, ctx.now)
        .await?;
    let (e, p) = load_proposal(&state, id).await?;
    let interest = state.db().interest(id).await?;
    Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
}

#[derive(Deserialize, ToSchema)]
pub struct ImportJson {
    /// The "Interested attendees" section of the wiki page, as text or wikitext.
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct ImportedJson {
    /// Signatures added (those already there are kept as they are).
    added: usize,
    /// Signatures read.
    read: usize,
}

/// Imports the interested attendees' signatures of an existing wiki proposal page, each with
/// the date signed (the organizers). A line that cannot be read refuses the whole import.
#[utoipa::path(
    post,
    path = "/api/proposals/{id}/interest/import",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = ImportJson,
    responses(
        (status = 200, description = "Imported", body = ImportedJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 422, description = "Lines that could not be read (`import_unreadable_lines`), none read (`import_empty`), or a signature without a date (`signature_without_date`)", body = ErrorBody),
    )
)]
pub async fn import_interest(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ImportJson>,
) -> Result<impl IntoResponse, WebError> {
    let (e, _) = load_proposal(&state, id).await?;
    if !organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    let parsed = sangam_core::signature::parse_list(&input.text);
    if !parsed.problems.is_empty() {
        return Err(WebError::Domain(Error::field(
            "text",
            "import_unreadable_lines",
        )));
    }
    if parsed.entries.is_empty() {
        return Err(WebError::Domain(Error::field("text", "import_empty")));
    }
    let added = state.db().import_interest(id, &parsed.entries).await?;
    Ok(Json(ImportedJson {
        added,
        read: parsed.entries.len(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ReviewersJson {
    /// The reviewers' usernames; each needs an account.
    usernames: Vec<String>,
}

/// Usernames as typed, each checked.
impl ReviewersJson {
    /// The usernames of a form's text area, one a line.
    pub(crate) fn from_lines(text: &str) -> ReviewersJson {
        ReviewersJson {
            usernames: text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    pub(crate) fn usernames(&self) -> Result<Vec<Username>, Error> {
        let mut errors = sangam_core::FieldErrors::new();
        let names: Vec<Username> = self
            .usernames
            .iter()
            .enumerate()
            .filter_map(|(i, u)| errors.check(&format!("reviewers.{i}"), Username::parse(u)))
            .collect();
        errors.finish(|| names)
    }
}

/// Sets who reviews a conference's proposals (the organizers).
#[utoipa::path(
    put,
    path = "/api/events/{id}/reviewers",
    tag = "conference",
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
    put_panel(&state, &ctx, id, r, Panel::Programme).await
}

/// Sets one of the conference's review panels (the organizers); the panel's names now.
pub(crate) async fn put_panel(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    r: ReviewersJson,
    panel: Panel,
) -> Result<Json<Vec<String>>, WebError> {
    organized_event(state, ctx, id).await?;
    let names = r.usernames()?;
    state.db().set_reviewers(id, panel, &names).await?;
    Ok(Json(state.db().reviewer_names(id, panel).await?))
}

#[derive(Serialize, ToSchema)]
pub struct ReviewJson {
    pub(crate) reviewer: String,
    /// A score per criterion, in the call's order.
    pub(crate) scores: Vec<u32>,
    /// The scores' weighted mean.
    pub(crate) weighted: f64,
    pub(crate) comment: String,
    pub(crate) updated_at: String,
}

/// A reviewer scores a proposal on the call's criteria and comments (again to change it).
/// Never their own proposal.
#[utoipa::path(
    put,
    path = "/api/proposals/{id}/review",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = Review,
    responses(
        (status = 200, description = "Saved", body = ReviewJson),
        (status = 403, description = "Not a reviewer of this conference (`not_reviewer`), or the reviewer's own proposal (`own_proposal`)", body = ErrorBody),
        (status = 422, description = "A score outside the scale (`score_out_of_scale`) or not one per criterion (`score_count`)", body = ErrorBody),
    )
)]
pub async fn put_review(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(review): ApiJson<Review>,
) -> Result<impl IntoResponse, WebError> {
    let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let (e, _) = load_proposal(&state, id).await?;
    let cfp = state
        .db()
        .cfp(e.id)
        .await?
        .ok_or_else(WebError::not_found)?;
    let review = review.validate(&cfp)?;
    state.db().save_review(id, me, &review, ctx.now).await?;
    let saved = state
        .db()
        .reviews(e.id, Some(id))
        .await?
        .into_iter()
        .find(|r| r.reviewer_id == me)
        .ok_or_else(WebError::not_found)?;
    Ok(Json(review_json(&cfp, &saved)))
}

fn review_json(
    cfp: &sangam_core::conference::Cfp,
    r: &sangam_db::conference::ReviewRow,
) -> ReviewJson {
    ReviewJson {
        reviewer: r.reviewer.clone(),
        weighted: cfp.weighted(&r.review.scores),
        scores: r.review.scores.clone(),
        comment: r.review.comment.clone(),
        updated_at: r.updated_at.to_rfc3339(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReviewLineJson {
    pub(crate) id: i64,
    pub(crate) title: String,
    pub(crate) status: String,
    pub(crate) interest: i64,
    /// The mean of the reviewers' weighted scores; none before the first review.
    pub(crate) score: Option<f64>,
    /// How far apart the reviewers are (standard deviation of their weighted scores; 0 when
    /// they agree).
    pub(crate) spread: Option<f64>,
    pub(crate) reviews: Vec<ReviewJson>,
}

/// The organizers' review table: every proposal with its reviews, the best scored first,
/// then the most interest. Reviewers see only their own reviews; nobody else sees any.
#[utoipa::path(
    get,
    path = "/api/events/{id}/reviews",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses(
        (status = 200, description = "The table", body = [ReviewLineJson]),
        (status = 403, description = "Neither an organizer nor a reviewer (`not_reviewer`)", body = ErrorBody),
    )
)]
pub async fn review_table(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ReviewLineJson>>, WebError> {
    Ok(Json(review_lines(&state, &ctx, id).await?))
}

/// The review table as `ctx` may see it: every proposal for the organizers, with every
/// review, the mean and the spread; a reviewer's own reviews of the proposals they do not
/// present. The best scored first, then the most interest.
pub(crate) async fn review_lines(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<Vec<ReviewLineJson>, WebError> {
    let e = load_event(state, id).await?;
    let organizer = organizes(&ctx.viewer, &e);
    let me = ctx.viewer.user_id();
    let reviewer = match me {
        Some(u) => state
            .db()
            .reviewers(id, Panel::Programme)
            .await?
            .iter()
            .any(|(r, _)| *r == u),
        None => false,
    };
    if !organizer && !reviewer {
        return Err(WebError::Domain(Error::Forbidden("not_reviewer")));
    }
    let cfp = state.db().cfp(id).await?.ok_or_else(WebError::not_found)?;
    let reviews = state.db().reviews(id, None).await?;
    let mut lines: Vec<ReviewLineJson> = state
        .db()
        .proposals_of(id)
        .await?
        .iter()
        .filter(|p| p.status != ProposalStatus::Withdrawn)
        .filter(|p| organizer || me.is_none_or(|u| !p.is_own(u)))
        .map(|p| {
            let mine: Vec<&sangam_db::conference::ReviewRow> =
                reviews.iter().filter(|r| r.subject == p.id).collect();
            let weighted: Vec<f64> = mine
                .iter()
                .map(|r| cfp.weighted(&r.review.scores))
                .collect();
            let stats = agreement(&weighted);
            ReviewLineJson {
                id: p.id,
                title: p.proposal.title.clone(),
                status: p.status.as_str().into(),
                interest: p.interest,
                score: if organizer { stats.map(|s| s.0) } else { None },
                spread: if organizer { stats.map(|s| s.1) } else { None },
                reviews: mine
                    .iter()
                    .filter(|r| organizer || Some(r.reviewer_id) == me)
                    .map(|r| review_json(&cfp, r))
                    .collect(),
            }
        })
        .collect();
    lines.sort_by(|a, b| {
        b.score
            .unwrap_or(-1.0)
            .total_cmp(&a.score.unwrap_or(-1.0))
            .then(b.interest.cmp(&a.interest))
            .then(a.id.cmp(&b.id))
    });
    Ok(lines)
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionJson {
    /// accepted, waitlisted or rejected.
    decision: String,
    /// The message mailed to the presenters with the decision.
    #[serde(default)]
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct DecidedJson {
    status: String,
    /// How many mails were queued (each presenter with an account, and the sender).
    mailed: usize,
}

/// Records the organizers' decision and mails it to the presenters.
#[utoipa::path(
    put,
    path = "/api/proposals/{id}/decision",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = DecisionJson,
    responses(
        (status = 200, description = "Decided; mail queued", body = DecidedJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "The proposal was withdrawn (`proposal_withdrawn`)", body = ErrorBody),
        (status = 422, description = "Not a decision (`invalid_choice`) or the message too long", body = ErrorBody),
    )
)]
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(d): ApiJson<DecisionJson>,
) -> Result<impl IntoResponse, WebError> {
    let (e, _) = load_proposal(&state, id).await?;
    if !organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    let (decision, note) = parse_decision(&d.decision, &d.message)?;
    let mailed = state
        .db()
        .decide_proposal(id, decision, &note, ctx.now)
        .await?;
    Ok(Json(DecidedJson {
        status: decision.as_str().into(),
        mailed,
    }))
}

/// A decision on a proposal (accepted, waitlisted, rejected) and its message, as typed.
pub(crate) fn parse_decision(
    decision: &str,
    message: &str,
) -> Result<(ProposalStatus, String), Error> {
    decision_and_message(decision, message, |d| {
        ProposalStatus::parse(d).filter(|s| {
            matches!(
                s,
                ProposalStatus::Accepted | ProposalStatus::Waitlisted | ProposalStatus::Rejected
            )
        })
    })
}

/// A decision as typed, read by `parse` (`invalid_choice` when it reads none), and the
/// message that goes with it; both fields checked at once.
pub(crate) fn decision_and_message<T>(
    decision: &str,
    message: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(T, String), Error> {
    let mut errors = sangam_core::FieldErrors::new();
    let decision = parse(decision.trim());
    if decision.is_none() {
        errors.add("decision", "invalid_choice");
    }
    let note = errors.check(
        "message",
        sangam_core::text::clean_block(message, sangam_core::conference::TEXT_MAX),
    );
    let note = errors.finish(|| note.unwrap_or_default())?;
    let decision = decision.ok_or(Error::field("decision", "invalid_choice"))?;
    Ok((decision, note))
}

/// An instant as typed: RFC 3339, or a local date and time ("2021-02-19T10:00") in the
/// conference's zone.
pub(crate) fn local_instant(
    s: &str,
    zone: &str,
) -> Result<sangam_core::Timestamp, sangam_core::error::Invalid> {
    let s = s.trim();
    if let Some(t) = sangam_core::Timestamp::parse_rfc3339(s) {
        return Ok(t);
    }
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    s.parse::<jiff::civil::DateTime>()
        .ok()
        .and_then(|dt| dt.to_zoned(tz).ok())
        .map(|z| sangam_core::Timestamp(z.timestamp().as_second()))
        .ok_or_else(|| sangam_core::error::Invalid::new("invalid_instant"))
}

/// The organizers only.
pub(crate) async fn organized_event(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<EventRow, WebError> {
    let e = load_event(state, id).await?;
    if !organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    Ok(e)
}

#[derive(Deserialize, ToSchema)]
pub struct RoomJson {
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct RoomRowJson {
    id: i64,
    name: String,
}

/// Adds a room to the conference (the organizers); returns every room.
#[utoipa::path(
    post,
    path = "/api/events/{id}/rooms",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = RoomJson,
    responses(
        (status = 200, description = "The rooms", body = [RoomRowJson]),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 422, description = "No name, or too long", body = ErrorBody),
    )
)]
pub async fn add_room(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(r): ApiJson<RoomJson>,
) -> Result<impl IntoResponse, WebError> {
    organized_event(&state, &ctx, id).await?;
    let name = room_name(&r.name)?;
    state.db().add_room(id, &name).await?;
    let rooms: Vec<RoomRowJson> = state
        .db()
        .rooms(id)
        .await?
        .into_iter()
        .map(|(id, name)| RoomRowJson { id, name })
        .collect();
    Ok(Json(rooms))
}

#[derive(Deserialize, ToSchema)]
pub struct SlotJson {
    /// RFC 3339, or a local date and time in the conference's zone ("2021-02-19T10:00").
    start: String,
    end: String,
}

#[derive(Deserialize, ToSchema)]
pub struct SlotsJson {
    slots: Vec<SlotJson>,
}

/// Replaces the conference's time slots (the organizers). Slots may not overlap.
#[utoipa::path(
    put,
    path = "/api/events/{id}/slots",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    request_body = SlotsJson,
    responses(
        (status = 200, description = "Saved"),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 422, description = "A time that is not one (`invalid_instant`), an end before its start (`range_reversed`) or slots that overlap (`period_overlaps`)", body = ErrorBody),
    )
)]
pub async fn put_slots(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<SlotsJson>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized_event(&state, &ctx, id).await?;
    let zone = e.details.schedule.zone.clone();
    let typed: Vec<(&str, &str)> = input
        .slots
        .iter()
        .map(|s| (s.start.as_str(), s.end.as_str()))
        .collect();
    let slots = parse_slots(&typed, &zone)?;
    state.db().set_slots(id, &slots).await?;
    Ok(StatusCode::OK)
}

/// Time slots as typed (start, end), in the conference's zone: each a real range, none
/// overlapping another; sorted.
pub(crate) fn parse_slots(
    typed: &[(&str, &str)],
    zone: &str,
) -> Result<Vec<(sangam_core::Timestamp, sangam_core::Timestamp)>, Error> {
    let mut errors = sangam_core::FieldErrors::new();
    let mut slots = Vec::new();
    for (i, (start, end)) in typed.iter().enumerate() {
        let start = errors.check(&format!("slots.{i}.start"), local_instant(start, zone));
        let end = errors.check(&format!("slots.{i}.end"), local_instant(end, zone));
        if let (Some(a), Some(b)) = (start, end) {
            if b <= a {
                errors.add(format!("slots.{i}.end"), "range_reversed");
            } else if slots.iter().any(|(x, y)| a < *y && *x < b) {
                errors.add(format!("slots.{i}.start"), "period_overlaps");
            } else {
                slots.push((a, b));
            }
        }
    }
    errors.finish(|| ())?;
    slots.sort();
    Ok(slots)
}

/// A room's name as typed.
pub(crate) fn room_name(typed: &str) -> Result<String, Error> {
    let name =
        sangam_core::text::clean_line(typed, 80).map_err(|e| Error::field("name", e.code))?;
    if name.is_empty() {
        return Err(Error::field("name", "required"));
    }
    Ok(name)
}

#[derive(Deserialize, ToSchema)]
pub struct PlacementJson {
    /// The room's id.
    room: i64,
    /// RFC 3339, or a local date and time in the conference's zone.
    start: String,
}

/// Places an accepted session in a room at a time (the organizers). Refused when the room
/// is taken, a presenter is elsewhere then, or the session does not fit a time slot.
#[utoipa::path(
    put,
    path = "/api/proposals/{id}/placement",
    tag = "conference",
    params(("id" = i64, Path, description = "The proposal")),
    request_body = PlacementJson,
    responses(
        (status = 200, description = "Placed", body = SessionJson),
        (status = 403, description = "Not an organizer (`not_affiliate_admin`)", body = ErrorBody),
        (status = 409, description = "Not accepted (`proposal_not_accepted`), the room is taken (`room_taken`), or a presenter is in another session then (`presenter_busy`)", body = ErrorBody),
        (status = 422, description = "Longer than any time slot (`session_longer_than_slots`), outside the slots (`outside_slots`), or not a room (`invalid_choice`)", body = ErrorBody),
    )
)]
pub async fn place(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<i64>,
    ApiJson(p): ApiJson<PlacementJson>,
) -> Result<impl IntoResponse, WebError> {
    let (e, _) = load_proposal(&state, id).await?;
    if !organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    let start = local_instant(&p.start, &e.details.schedule.zone)
        .map_err(|x| Error::field("start", x.code))?;
    state.db().place(id, p.room, start).await?;
    let cfp = state.db().cfp(e.id).await?;
    let session = state
        .db()
        .placed_session(id)
        .await?
        .ok_or_else(WebError::not_found)?;
    Ok(Json(session_json(&e, cfp.as_ref(), &session)))
}

#[derive(Serialize, ToSchema)]
pub struct SessionJson {
    /// The proposal's id.
    id: i64,
    title: String,
    room: String,
    /// RFC 3339 in the conference's zone.
    start: String,
    end: String,
    /// "01:30".
    duration: String,
    session_type: String,
    language: String,
    track: Option<String>,
    persons: Vec<String>,
    abstract_text: String,
}

fn session_json(
    e: &EventRow,
    cfp: Option<&sangam_core::conference::Cfp>,
    s: &sangam_db::conference::SessionRow,
) -> SessionJson {
    let tz = jiff::tz::TimeZone::get(&e.details.schedule.zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = |t: sangam_core::Timestamp| {
        jiff::Timestamp::from_second(t.0)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    };
    let q = &s.proposal.proposal;
    let minutes = (s.end.0 - s.start.0) / 60;
    SessionJson {
        id: s.proposal.id,
        title: q.title.clone(),
        room: s.room.clone(),
        start: local(s.start),
        end: local(s.end),
        duration: format!("{:02}:{:02}", minutes / 60, minutes % 60),
        session_type: cfp
            .and_then(|c| c.session_type(&q.session_type))
            .map_or_else(|| q.session_type.clone(), |t| t.name.clone()),
        language: q.lang.to_string(),
        track: q.track.clone(),
        persons: q
            .presenters
            .iter()
            .map(|p| match p {
                Presenter::Account(u) => u.to_string(),
                Presenter::Guest(g) => g.clone(),
            })
            .collect(),
        abstract_text: q.plan.clone(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ScheduleJson {
    conference: String,
    time_zone: String,
    rooms: Vec<String>,
    sessions: Vec<SessionJson>,
}

/// The programme as JSON: every placed session, by time and room.
#[utoipa::path(
    get,
    path = "/api/events/{id}/schedule.json",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses((status = 200, description = "The programme", body = ScheduleJson))
)]
pub async fn schedule_json(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    let s = state.clone();
    crate::cache::cached(&state, &ctx, &headers, || async move {
        let e = load_event(&s, id).await?;
        let cfp = s.db().cfp(id).await?;
        let sessions = s.db().programme(id).await?;
        let body = ScheduleJson {
            conference: e.details.title.clone(),
            time_zone: e.details.schedule.zone.clone(),
            rooms: s
                .db()
                .rooms(id)
                .await?
                .into_iter()
                .map(|(_, n)| n)
                .collect(),
            sessions: sessions
                .iter()
                .map(|x| session_json(&e, cfp.as_ref(), x))
                .collect(),
        };
        let json = serde_json::to_string(&body).map_err(Error::internal)?;
        Ok((json, "application/json"))
    })
    .await
}

/// A session's type name, presenters (account id, name) and language, owned for the export.
type SessionNames = (String, Vec<(Option<i64>, String)>, String);

fn acronym(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The programme as frab/Pentabarf schedule XML (Giggity, ConfClerk, EventFahrplan).
#[utoipa::path(
    get,
    path = "/api/events/{id}/schedule.xml",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses((status = 200, description = "The schedule XML", content_type = "application/xml"))
)]
pub async fn schedule_xml(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    let s = state.clone();
    let base = state.config().public_url.trim_end_matches('/').to_string();
    crate::cache::cached(&state, &ctx, &headers, || async move {
        let e = load_event(&s, id).await?;
        let cfp = s.db().cfp(id).await?;
        let rows = s.db().programme(id).await?;
        let names: Vec<SessionNames> = rows
            .iter()
            .map(|r| {
                let q = &r.proposal.proposal;
                let persons = q
                    .presenters
                    .iter()
                    .zip(&r.proposal.presenter_ids)
                    .map(|(p, id)| match p {
                        Presenter::Account(u) => (*id, u.to_string()),
                        Presenter::Guest(g) => (None, g.clone()),
                    })
                    .collect();
                let kind = cfp
                    .as_ref()
                    .and_then(|c| c.session_type(&q.session_type))
                    .map_or_else(|| q.session_type.clone(), |t| t.name.clone());
                (kind, persons, q.lang.to_string())
            })
            .collect();
        let sessions: Vec<sangam_core::frab::Session<'_>> = rows
            .iter()
            .zip(&names)
            .map(|(r, (kind, persons, lang))| sangam_core::frab::Session {
                id: r.proposal.id,
                guid: session_uid(&base, r.proposal.id),
                title: &r.proposal.proposal.title,
                room: &r.room,
                start: r.start,
                end: r.end,
                kind,
                language: lang,
                track: r.proposal.proposal.track.as_deref().unwrap_or(""),
                abstract_text: &r.proposal.proposal.plan,
                persons: persons.clone(),
                url: format!("{base}/proposals/{}", r.proposal.id),
            })
            .collect();
        let version = rows
            .iter()
            .map(|r| r.proposal.updated_at.0)
            .max()
            .unwrap_or(0)
            .to_string();
        let body = sangam_core::frab::schedule_xml(
            &sangam_core::frab::Conference {
                title: &e.details.title,
                acronym: acronym(&e.details.title),
                zone: &e.details.schedule.zone,
                version,
            },
            &sessions,
        );
        Ok((body, "application/xml; charset=utf-8"))
    })
    .await
}

/// The programme as iCalendar: one event per session, in UTC.
#[utoipa::path(
    get,
    path = "/api/events/{id}/schedule.ics",
    tag = "conference",
    params(("id" = i64, Path, description = "The conference (an event)")),
    responses((status = 200, description = "iCalendar", content_type = "text/calendar"))
)]
pub async fn schedule_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    let s = state.clone();
    let base = state.config().public_url.trim_end_matches('/').to_string();
    let now = ctx.now;
    crate::cache::cached(&state, &ctx, &headers, || async move {
        let e = load_event(&s, id).await?;
        let rows = s.db().programme(id).await?;
        Ok((
            sessions_ics(&e, &rows, &base, now),
            "text/calendar; charset=utf-8",
        ))
    })
    .await
}

/// A session's identity in every export (the XML's guid, the iCalendar's UID): the same
/// string for the same session, unique across servers.
fn session_uid(base: &str, proposal: i64) -> String {
    let host = base.split("://").nth(1).unwrap_or("sangam");
    format!("proposal-{proposal}@{host}")
}

/// The iCalendar of some sessions.
pub(crate) fn sessions_ics(
    e: &EventRow,
    rows: &[sangam_db::conference::SessionRow],
    base: &str,
    now: sangam_core::Timestamp,
) -> String {
    use sangam_core::event::{EventStatus, When};
    let whens: Vec<When> = rows
        .iter()
        .map(|r| When::Timed {
            start: r.start,
            end: r.end,
        })
        .collect();
    let feed: Vec<sangam_core::ical::FeedEvent<'_>> = rows
        .iter()
        .zip(&whens)
        .map(|(r, when)| sangam_core::ical::FeedEvent {
            uid: session_uid(base, r.proposal.id),
            title: &r.proposal.proposal.title,
            when,
            zone: &e.details.schedule.zone,
            description: &r.proposal.proposal.plan,
            location: Some(r.room.clone()),
            url: Some(format!("{base}/proposals/{}", r.proposal.id)),
            cancelled: false,
            status: EventStatus::Planned,
            updated: r.proposal.updated_at,
        })
        .collect();
    sangam_core::ical::calendar(&e.details.title, &feed, now)
}
