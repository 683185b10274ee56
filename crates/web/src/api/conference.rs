//! A conference's programme in the API: the call for proposals, proposals (sent, changed
//! and withdrawn by their presenters until the deadline), and interested attendees (one
//! click, or imported from the wiki page's signatures).

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use sangam_core::account::Username;
use sangam_core::account::Viewer;
use sangam_core::conference::{
    CfpDraft, Criterion, Presenter, ProposalDraft, ProposalStatus, Review, SessionType, agreement,
};
use sangam_core::error::Error;
use sangam_core::event::Question;
use sangam_db::conference::{InterestRow, ProposalRow};
use sangam_db::events::EventRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::organizes;
use super::{ErrorBody, reply, write_guard};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::forms::read_json;
use crate::pages::directory::not_found;

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
    state.db().event(id).await?.ok_or_else(not_found)
}

/// A proposal and its conference.
pub(crate) async fn load_proposal(
    state: &AppState,
    id: i64,
) -> Result<(EventRow, ProposalRow), WebError> {
    let p = state.db().proposal(id).await?.ok_or_else(not_found)?;
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
pub async fn get_cfp(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Response {
    let result = async {
        let cfp = state.db().cfp(id).await?.ok_or_else(not_found)?;
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
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let e = load_event(&state, id).await?;
        if !organizes(&ctx.viewer, &e) {
            return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
        }
        let draft: CfpDraft = read_json(&headers, body).await?;
        let cfp = draft.validate()?;
        state.db().set_cfp(id, &cfp).await?;
        state.changed().await;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => get_cfp(State(state), ctx, Path(id)).await,
        Err(e) => reply::<()>(&ctx, Err(e)),
    }
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
) -> Response {
    let result = async {
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
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
        let e = load_event(&state, id).await?;
        let cfp = state.db().cfp(id).await?.ok_or_else(not_found)?;
        let draft: ProposalDraft = read_json(&headers, body).await?;
        let p = draft.validate(&cfp)?;
        let pid = state.db().submit_proposal(id, me, &p, ctx.now).await?;
        state.changed().await;
        let row = state.db().proposal(pid).await?.ok_or_else(not_found)?;
        Ok((
            StatusCode::CREATED,
            Json(proposal_json(&ctx, &e, &row, Some(&[]))),
        ))
    }
    .await;
    reply(&ctx, result)
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
) -> Response {
    let result = async {
        let (e, p) = load_proposal(&state, id).await?;
        let interest = state.db().interest(id).await?;
        Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
    }
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
        let (e, p) = load_proposal(&state, id).await?;
        if !p.is_own(me) {
            return Err(WebError::Domain(Error::Forbidden("not_proposer")));
        }
        let cfp = state.db().cfp(e.id).await?.ok_or_else(not_found)?;
        let draft: ProposalDraft = read_json(&headers, body).await?;
        let checked = draft.validate(&cfp)?;
        state.db().update_proposal(id, &checked, ctx.now).await?;
        state.changed().await;
        let (e, p) = load_proposal(&state, id).await?;
        let interest = state.db().interest(id).await?;
        Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
    }
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
        let (_, p) = load_proposal(&state, id).await?;
        if !p.is_own(me) {
            return Err(WebError::Domain(Error::Forbidden("not_proposer")));
        }
        state.db().withdraw_proposal(id, ctx.now).await?;
        state.changed().await;
        let (e, p) = load_proposal(&state, id).await?;
        Ok(Json(proposal_json(&ctx, &e, &p, None)))
    }
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
        let name = ctx
            .viewer
            .account()
            .map(|a| a.username.clone())
            .ok_or(Error::Unauthenticated)?;
        let choice: InterestChoice = read_json(&headers, body).await?;
        state
            .db()
            .set_interest(id, me, &name, choice.interested, ctx.now)
            .await?;
        state.changed().await;
        let (e, p) = load_proposal(&state, id).await?;
        let interest = state.db().interest(id).await?;
        Ok(Json(proposal_json(&ctx, &e, &p, Some(&interest))))
    }
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let (e, _) = load_proposal(&state, id).await?;
        if !organizes(&ctx.viewer, &e) {
            return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
        }
        let input: ImportJson = read_json(&headers, body).await?;
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
        state.changed().await;
        Ok(Json(ImportedJson {
            added,
            read: parsed.entries.len(),
        }))
    }
    .await;
    reply(&ctx, result)
}

#[derive(Deserialize, ToSchema)]
pub struct ReviewersJson {
    /// The reviewers' usernames; each needs an account.
    usernames: Vec<String>,
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let e = load_event(&state, id).await?;
        if !organizes(&ctx.viewer, &e) {
            return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
        }
        let r: ReviewersJson = read_json(&headers, body).await?;
        let mut errors = sangam_core::FieldErrors::new();
        let names: Vec<Username> = r
            .usernames
            .iter()
            .enumerate()
            .filter_map(|(i, u)| errors.check(&format!("reviewers.{i}"), Username::parse(u)))
            .collect();
        errors.finish(|| ())?;
        state.db().set_reviewers(id, &names).await?;
        let now: Vec<String> = state
            .db()
            .reviewers(id)
            .await?
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        Ok(Json(now))
    }
    .await;
    reply(&ctx, result)
}

#[derive(Serialize, ToSchema)]
pub struct ReviewJson {
    reviewer: String,
    /// A score per criterion, in the call's order.
    scores: Vec<u32>,
    /// The scores' weighted mean.
    weighted: f64,
    comment: String,
    updated_at: String,
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let me = ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
        let (e, _) = load_proposal(&state, id).await?;
        let cfp = state.db().cfp(e.id).await?.ok_or_else(not_found)?;
        let review: Review = read_json(&headers, body).await?;
        let review = review.validate(&cfp)?;
        state.db().save_review(id, me, &review, ctx.now).await?;
        let saved = state
            .db()
            .reviews(e.id, Some(id))
            .await?
            .into_iter()
            .find(|r| r.reviewer_id == me)
            .ok_or_else(not_found)?;
        Ok(Json(review_json(&cfp, &saved)))
    }
    .await;
    reply(&ctx, result)
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
    id: i64,
    title: String,
    status: String,
    interest: i64,
    /// The mean of the reviewers' weighted scores; none before the first review.
    score: Option<f64>,
    /// How far apart the reviewers are (standard deviation of their weighted scores; 0 when
    /// they agree).
    spread: Option<f64>,
    reviews: Vec<ReviewJson>,
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
) -> Response {
    let result = async {
        let e = load_event(&state, id).await?;
        let organizer = organizes(&ctx.viewer, &e);
        let me = ctx.viewer.user_id();
        let reviewer = match me {
            Some(u) => state.db().reviewers(id).await?.iter().any(|(r, _)| *r == u),
            None => false,
        };
        if !organizer && !reviewer {
            return Err(WebError::Domain(Error::Forbidden("not_reviewer")));
        }
        let cfp = state.db().cfp(id).await?.ok_or_else(not_found)?;
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
                    reviews.iter().filter(|r| r.proposal_id == p.id).collect();
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
        Ok(Json(lines))
    }
    .await;
    reply(&ctx, result)
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
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let result = async {
        write_guard(&ctx, &headers)?;
        let (e, _) = load_proposal(&state, id).await?;
        if !organizes(&ctx.viewer, &e) {
            return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
        }
        let d: DecisionJson = read_json(&headers, body).await?;
        let mut errors = sangam_core::FieldErrors::new();
        let decision = ProposalStatus::parse(d.decision.trim()).filter(|s| {
            matches!(
                s,
                ProposalStatus::Accepted | ProposalStatus::Waitlisted | ProposalStatus::Rejected
            )
        });
        if decision.is_none() {
            errors.add("decision", "invalid_choice");
        }
        let note = errors.check(
            "message",
            sangam_core::text::clean_block(&d.message, sangam_core::conference::TEXT_MAX),
        );
        let (decision, note) = errors.finish(|| (decision, note.unwrap_or_default()))?;
        let decision = decision.ok_or(Error::field("decision", "invalid_choice"))?;
        let mailed = state
            .db()
            .decide_proposal(id, decision, &note, ctx.now)
            .await?;
        state.changed().await;
        Ok(Json(DecidedJson {
            status: decision.as_str().into(),
            mailed,
        }))
    }
    .await;
    reply(&ctx, result)
}
