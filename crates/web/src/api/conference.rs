//! A conference's programme in the API: the call for proposals, proposals (sent, changed
//! and withdrawn by their presenters until the deadline), and interested attendees (one
//! click, or imported from the wiki page's signatures).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use sangam_core::conference::{CfpDraft, Criterion, Presenter, ProposalDraft, Review, SessionType};
use sangam_core::error::Error;
use sangam_core::event::Question;
use sangam_db::conference::{InterestRow, Panel, ProposalRow};
use sangam_db::events::EventRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::state::AppState;
use sangam_app::conference as app;
use sangam_core::id::EventId;
use sangam_core::id::ProposalId;

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

pub(crate) fn proposal_json(
    ctx: &Ctx,
    e: &EventRow,
    p: &ProposalRow,
    interested: Option<&[InterestRow]>,
) -> ProposalJson {
    let private = app::sees_private(&ctx.viewer, e, p);
    let q = &p.proposal;
    ProposalJson {
        id: p.id.get(),
        event: p.event_id.get(),
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
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let cfp = app::the_cfp(state.app(), id).await?;
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
    Path(id): Path<EventId>,
    ApiJson(draft): ApiJson<CfpDraft>,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    app::set_cfp(state.app(), &e, draft).await?;
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
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::conference(state.app(), id).await?;
    let list: Vec<ProposalJson> = app::proposals(state.app(), ctx.actor(), &e)
        .await?
        .iter()
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
    Path(id): Path<EventId>,
    ApiJson(draft): ApiJson<ProposalDraft>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = app::conference(state.app(), id).await?;
    let row = app::submit(state.app(), ctx.actor(), &e, draft).await?;
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
    Path(id): Path<ProposalId>,
) -> Result<impl IntoResponse, WebError> {
    let (e, p) = app::proposal(state.app(), id).await?;
    let interest = app::interest(state.app(), id).await?;
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
    Path(id): Path<ProposalId>,
    ApiJson(draft): ApiJson<ProposalDraft>,
) -> Result<impl IntoResponse, WebError> {
    let (e, p) = app::proposal(state.app(), id).await?;
    app::update(state.app(), ctx.actor(), (&e, &p), draft).await?;
    let (e, p) = app::proposal(state.app(), id).await?;
    let interest = app::interest(state.app(), id).await?;
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
    Path(id): Path<ProposalId>,
) -> Result<impl IntoResponse, WebError> {
    let (_, p) = app::proposal(state.app(), id).await?;
    app::withdraw(state.app(), ctx.actor(), &p).await?;
    let (e, p) = app::proposal(state.app(), id).await?;
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
    Path(id): Path<ProposalId>,
    ApiJson(choice): ApiJson<InterestChoice>,
) -> Result<impl IntoResponse, WebError> {
    app::set_interest(state.app(), ctx.actor(), id, choice.interested).await?;
    let (e, p) = app::proposal(state.app(), id).await?;
    let interest = app::interest(state.app(), id).await?;
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
    Path(id): Path<ProposalId>,
    ApiJson(input): ApiJson<ImportJson>,
) -> Result<impl IntoResponse, WebError> {
    let p = app::organized_proposal(state.app(), ctx.actor(), id).await?;
    let (added, read) = app::import_interest(state.app(), &p, &input.text).await?;
    Ok(Json(ImportedJson { added, read }))
}

#[derive(Deserialize, ToSchema)]
pub struct ReviewersJson {
    /// The reviewers' usernames; each needs an account.
    pub(crate) usernames: Vec<String>,
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
    let e = app::organized(state.app(), ctx.actor(), EventId(id)).await?;
    Ok(Json(
        app::set_reviewers(state.app(), &e, panel, &r.usernames).await?,
    ))
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
    Path(id): Path<ProposalId>,
    ApiJson(review): ApiJson<Review>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let (e, p) = app::proposal(state.app(), id).await?;
    let (saved, cfp) = app::review(state.app(), ctx.actor(), (&e, &p), review).await?;
    Ok(Json(review_json(
        &saved,
        cfp.weighted(&saved.review.scores),
    )))
}

fn review_json(r: &sangam_db::conference::ReviewRow, weighted: f64) -> ReviewJson {
    ReviewJson {
        reviewer: r.reviewer.clone(),
        weighted,
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
    Path(id): Path<EventId>,
) -> Result<Json<Vec<ReviewLineJson>>, WebError> {
    let e = app::conference(state.app(), id).await?;
    let lines = app::review_lines(state.app(), ctx.actor(), &e).await?;
    Ok(Json(
        lines
            .iter()
            .map(|l| ReviewLineJson {
                id: l.id.get(),
                title: l.title.clone(),
                status: l.status.as_str().into(),
                interest: l.interest,
                score: l.score,
                spread: l.spread,
                reviews: l.reviews.iter().map(|(r, w)| review_json(r, *w)).collect(),
            })
            .collect(),
    ))
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
    Path(id): Path<ProposalId>,
    ApiJson(d): ApiJson<DecisionJson>,
) -> Result<impl IntoResponse, WebError> {
    let p = app::organized_proposal(state.app(), ctx.actor(), id).await?;
    let typed = (d.decision.as_str(), d.message.as_str());
    let (decision, mailed) = app::decide(state.app(), ctx.actor(), &p, typed).await?;
    Ok(Json(DecidedJson {
        status: decision.as_str().into(),
        mailed,
    }))
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
    Path(id): Path<EventId>,
    ApiJson(r): ApiJson<RoomJson>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let rooms: Vec<RoomRowJson> = app::add_room(state.app(), &e, &r.name)
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
    Path(id): Path<EventId>,
    ApiJson(input): ApiJson<SlotsJson>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let typed: Vec<(&str, &str)> = input
        .slots
        .iter()
        .map(|s| (s.start.as_str(), s.end.as_str()))
        .collect();
    app::set_slots(state.app(), &e, &typed).await?;
    Ok(StatusCode::OK)
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
    Path(id): Path<ProposalId>,
    ApiJson(p): ApiJson<PlacementJson>,
) -> Result<impl IntoResponse, WebError> {
    let proposal = app::organized_proposal(state.app(), ctx.actor(), id).await?;
    let session = app::place(state.app(), &proposal, p.room, &p.start).await?;
    let (e, _) = &*proposal;
    let cfp = app::cfp(state.app(), e.id).await?;
    Ok(Json(session_json(e, cfp.as_ref(), &session)))
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
        id: s.proposal.id.get(),
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
    Path(id): Path<EventId>,
) -> Response {
    let s = state.clone();
    crate::serve::cached(&state, &ctx, || async move {
        let e = app::conference(s.app(), id).await?;
        let cfp = app::cfp(s.app(), id).await?;
        let sessions = app::programme(s.app(), id).await?;
        let body = ScheduleJson {
            conference: e.details.title.clone(),
            time_zone: e.details.schedule.zone.clone(),
            rooms: app::rooms(s.app(), id)
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
    Path(id): Path<EventId>,
) -> Response {
    let s = state.clone();
    crate::serve::cached(&state, &ctx, || async move {
        let e = app::conference(s.app(), id).await?;
        let body = app::schedule_xml(s.app(), &e, &s.config().public_url).await?;
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
    Path(id): Path<EventId>,
) -> Response {
    let s = state.clone();
    let base = state.config().public_url.trim_end_matches('/').to_string();
    let now = ctx.now;
    crate::serve::cached(&state, &ctx, || async move {
        let e = app::conference(s.app(), id).await?;
        let rows = app::programme(s.app(), id).await?;
        Ok((
            app::sessions_ics(&e, &rows, &base, now),
            "text/calendar; charset=utf-8",
        ))
    })
    .await
}
