//! Events in the API: an affiliate's events, one event, creating events, and registering
//! with a capacity and a waitlist.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use sangam_app::events::{self as app, EventDetail, EventInput, ICS};
use sangam_core::Timestamp;
use sangam_core::error::FieldErrors;
use sangam_core::event::{EventDraft, RegistrationWindow, Seat, When};
use sangam_db::events::{EventRow, Registered};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::names::display_name;
use crate::state::AppState;
use sangam_core::id::EventId;

#[derive(Serialize, ToSchema)]
pub struct EventJson {
    id: i64,
    title: String,
    /// edit-a-thon, workshop, training, photowalk, upload-a-thon, meetup, contest,
    /// conference, campaign or other.
    kind: String,
    /// online, in-person or hybrid.
    mode: String,
    /// The event's IANA time zone.
    time_zone: String,
    /// Whole days: `first_day` and `last_day` are the dates; otherwise `start` and `end`.
    all_day: bool,
    first_day: Option<String>,
    last_day: Option<String>,
    /// Proposed, with no date yet: no days, no start, no end.
    undated: bool,
    /// RFC 3339 in UTC: the instants the event covers, [start, end).
    start: Option<String>,
    end: Option<String>,
    /// planned, ongoing, done or cancelled, now.
    status: String,
    venue: Option<String>,
    address: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    /// Only for people registered with a seat, and organizers.
    meeting_url: Option<String>,
    description: String,
    capacity: Option<u32>,
    wikis: Vec<String>,
    hashtags: Vec<String>,
    /// BCP 47 tags of the languages it works in.
    languages: Vec<String>,
    /// The people organizing it (Wikimedia usernames).
    organizers: Vec<String>,
    questions: Vec<QuestionJson>,
    /// The organizing affiliates' addresses.
    affiliates: Vec<String>,
    registration_open: bool,
    registration_opens_at: Option<String>,
    registration_closes_at: Option<String>,
    /// Seats taken and people waiting (private registrations included).
    registered: u32,
    waitlisted: u32,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionJson {
    text: String,
    required: bool,
}

fn event_json(ctx: &Ctx, detail: &EventDetail) -> EventJson {
    let e = &detail.event;
    let d = &e.details;
    let (start, end) = d.schedule.span();
    let (first_day, last_day) = match &d.schedule.when {
        When::Days { first, last } => (Some(first.to_string()), Some(last.to_string())),
        When::Timed { .. } | When::Undated => (None, None),
    };
    let undated = d.schedule.when == When::Undated;
    EventJson {
        id: e.id.get(),
        title: d.title.clone(),
        kind: d.kind.as_str().into(),
        mode: d.mode.as_str().into(),
        time_zone: d.schedule.zone.clone(),
        all_day: first_day.is_some(),
        first_day,
        last_day,
        undated,
        start: (!undated).then(|| start.to_rfc3339()),
        end: (!undated).then(|| end.to_rfc3339()),
        status: app::status_of(e, ctx.now).as_str().into(),
        venue: d.venue.clone(),
        address: d.address.clone(),
        latitude: d.coordinates.map(|c| c.0),
        longitude: d.coordinates.map(|c| c.1),
        meeting_url: detail.meeting_url(&ctx.viewer).map(str::to_string),
        description: d.description.clone(),
        capacity: d.capacity,
        wikis: d.wikis.clone(),
        hashtags: d.hashtags.clone(),
        languages: d.languages.iter().map(|l| l.to_string()).collect(),
        organizers: d.organizers.iter().map(|u| u.to_string()).collect(),
        questions: d
            .questions
            .iter()
            .map(|q| QuestionJson {
                text: q.text.clone(),
                required: q.required,
            })
            .collect(),
        affiliates: detail
            .affiliates
            .iter()
            .map(|a| a.slug.to_string())
            .collect(),
        registration_open: e.registration.open,
        registration_opens_at: e.registration.opens_at.map(|t| t.to_rfc3339()),
        registration_closes_at: e.registration.closes_at.map(|t| t.to_rfc3339()),
        registered: detail.count(Seat::Registered),
        waitlisted: detail.count(Seat::Waitlisted),
    }
}

/// An event as the caller may see it.
async fn event_out(state: &AppState, ctx: &Ctx, e: EventRow) -> Result<EventJson, WebError> {
    let detail = app::detail(state.app(), ctx.actor(), e).await?;
    Ok(event_json(ctx, &detail))
}

/// An affiliate's events (a hub's: its members' too), in order of start.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/events",
    tag = "events",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "The events", body = Vec<EventJson>),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<Vec<EventJson>>, WebError> {
    let (_, events) = app::calendar_of(state.app(), &slug).await?;
    let mut out = Vec::new();
    for e in events {
        out.push(event_out(&state, &ctx, e).await?);
    }
    Ok(Json(out))
}

/// One event.
#[utoipa::path(
    get,
    path = "/api/events/{id}",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "The event", body = EventJson),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Json<EventJson>, WebError> {
    let e = app::event(state.app(), id).await?;
    Ok(Json(event_out(&state, &ctx, e).await?))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RegistrationWindowJson {
    open: bool,
    /// RFC 3339.
    opens_at: Option<String>,
    closes_at: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewEvent {
    /// The organizing affiliates' addresses; the caller must administer each.
    affiliates: Vec<String>,
    #[serde(flatten)]
    event: EventDraft,
    #[serde(default)]
    registration: RegistrationWindowJson,
    /// The address of the campaign this event is an edition of.
    #[serde(default)]
    campaign: Option<String>,
}

fn instant(field: &str, s: &Option<String>, unread: &mut FieldErrors) -> Option<Timestamp> {
    let s = s.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
    let t = Timestamp::parse_rfc3339(s);
    if t.is_none() {
        unread.add(field, "invalid_date");
    }
    t
}

/// An event as the API sends it, for the service to check.
fn input(
    event: EventDraft,
    window: RegistrationWindowJson,
    campaign: Option<String>,
) -> EventInput {
    let mut unread = FieldErrors::new();
    let window = RegistrationWindow {
        open: window.open,
        opens_at: instant("registration.opens_at", &window.opens_at, &mut unread),
        closes_at: instant("registration.closes_at", &window.closes_at, &mut unread),
    };
    EventInput {
        draft: event,
        window,
        campaign,
        unread,
        closes_field: "registration.closes_at",
    }
}

/// Creates an event organized by one or more affiliates.
#[utoipa::path(
    post,
    path = "/api/events",
    tag = "events",
    request_body = NewEvent,
    responses(
        (status = 201, description = "Created", body = EventJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an admin of every organizing affiliate", body = ErrorBody),
        (status = 422, description = "Invalid fields, each with its code", body = ErrorBody),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    ApiJson(req): ApiJson<NewEvent>,
) -> Result<impl IntoResponse, WebError> {
    let organizers = app::organizing(state.app(), ctx.actor(), &req.affiliates).await?;
    let input = input(req.event, req.registration, req.campaign);
    let id = app::create(state.app(), ctx.actor(), &organizers, input).await?;
    let e = app::event(state.app(), id).await?;
    Ok((StatusCode::CREATED, Json(event_out(&state, &ctx, e).await?)))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RegistrationRequest {
    /// Hidden from the public list of participants (still counted).
    private: bool,
    /// One answer per question of the event, in order.
    answers: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationJson {
    /// registered or waitlisted.
    seat: String,
    /// The place on the waitlist (1 is next), when waiting.
    position: Option<u32>,
}

fn registration_json(r: Registered) -> RegistrationJson {
    match r {
        Registered::Seat => RegistrationJson {
            seat: "registered".into(),
            position: None,
        },
        Registered::Waitlist { position } => RegistrationJson {
            seat: "waitlisted".into(),
            position: Some(position),
        },
    }
}

/// Registers the caller: a seat while there is one, else the waitlist.
#[utoipa::path(
    post,
    path = "/api/events/{id}/registrations",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    request_body = RegistrationRequest,
    responses(
        (status = 201, description = "Registered or waitlisted", body = RegistrationJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "`already_registered`, `registration_closed`, `registration_not_open_yet`, `registration_ended` or `event_over`", body = ErrorBody),
        (status = 422, description = "A required answer is missing", body = ErrorBody),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(req): ApiJson<RegistrationRequest>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = app::event(state.app(), id).await?;
    let got = app::register(state.app(), ctx.actor(), &e, req.private, &req.answers).await?;
    Ok((StatusCode::CREATED, Json(registration_json(got))))
}

/// Cancels the caller's registration; the head of the waitlist moves up.
#[utoipa::path(
    delete,
    path = "/api/events/{id}/registrations/me",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "Not registered", body = ErrorBody),
    )
)]
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
) -> Result<StatusCode, WebError> {
    app::cancel_registration(state.app(), ctx.actor(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantJson {
    username: String,
    /// registered, waitlisted or cancelled (organizers see all three).
    seat: String,
    /// Organizers only.
    private: Option<bool>,
    /// Organizers only: one answer per question.
    answers: Option<Vec<String>>,
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantsJson {
    registered: u32,
    waitlisted: u32,
    /// The public sees registered people who did not register privately; organizers see
    /// everyone, with their answers.
    participants: Vec<ParticipantJson>,
}

/// Who is coming.
#[utoipa::path(
    get,
    path = "/api/events/{id}/registrations",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "Counts and participants", body = ParticipantsJson),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Json<ParticipantsJson>, WebError> {
    let e = app::event(state.app(), id).await?;
    let d = app::detail(state.app(), ctx.actor(), e).await?;
    let organizer = d.organizer;
    Ok(Json(ParticipantsJson {
        registered: d.count(Seat::Registered),
        waitlisted: d.count(Seat::Waitlisted),
        participants: d
            .visible()
            .map(|r| ParticipantJson {
                username: r.username.to_string(),
                seat: r.seat.as_str().into(),
                private: organizer.then_some(r.private),
                answers: organizer.then(|| d.answers_of(r).unwrap_or_default().to_vec()),
            })
            .collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct OutcomesJson {
    participants: Option<u32>,
    new_editors: Option<u32>,
    articles_created: Option<u32>,
    articles_improved: Option<u32>,
    uploads: Option<u32>,
    notes: String,
}

fn outcomes_json(f: &sangam_core::event::Figures, notes: &str) -> OutcomesJson {
    OutcomesJson {
        participants: f.participants,
        new_editors: f.new_editors,
        articles_created: f.articles_created,
        articles_improved: f.articles_improved,
        uploads: f.uploads,
        notes: notes.to_string(),
    }
}

/// What an event achieved (404 until its organizers record it).
#[utoipa::path(
    get,
    path = "/api/events/{id}/outcomes",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "The outcomes", body = OutcomesJson),
        (status = 404, description = "No such event, or nothing recorded", body = ErrorBody),
    )
)]
pub async fn get_outcomes(
    State(state): State<AppState>,
    Path(id): Path<EventId>,
) -> Result<Json<OutcomesJson>, WebError> {
    let (f, notes) = app::outcomes(state.app(), id)
        .await?
        .ok_or(WebError::not_found())?;
    Ok(Json(outcomes_json(&f, &notes)))
}

/// Records what an event achieved, once it has taken place (its organizers).
#[utoipa::path(
    put,
    path = "/api/events/{id}/outcomes",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    request_body = sangam_core::event::OutcomesDraft,
    responses(
        (status = 200, description = "Saved", body = OutcomesJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an organizer of this event", body = ErrorBody),
        (status = 422, description = "A figure is not a whole number, or the event has not taken place", body = ErrorBody),
    )
)]
pub async fn put_outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(draft): ApiJson<sangam_core::event::OutcomesDraft>,
) -> Result<Json<OutcomesJson>, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let (figures, notes) = app::record_outcomes(state.app(), ctx.actor(), &e, draft).await?;
    Ok(Json(outcomes_json(&figures, &notes)))
}

#[derive(Deserialize, ToSchema)]
pub struct CancellationJson {
    cancelled: bool,
}

/// Cancels an event, or takes the cancellation back (its organizers).
#[utoipa::path(
    put,
    path = "/api/events/{id}/cancellation",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    request_body = CancellationJson,
    responses(
        (status = 204, description = "Done"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an organizer of this event", body = ErrorBody),
    )
)]
pub async fn put_cancellation(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(req): ApiJson<CancellationJson>,
) -> Result<StatusCode, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    app::set_cancelled(state.app(), ctx.actor(), &e, req.cancelled).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every registration with its answers as CSV (its organizers).
#[utoipa::path(
    get,
    path = "/api/events/{id}/participants.csv",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "CSV: username, seat, private, registered_at, one column per question", content_type = "text/csv"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an organizer of this event", body = ErrorBody),
    )
)]
pub async fn participants_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let body = app::participants_csv(state.app(), &e).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        body,
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CampaignJson {
    slug: String,
    name: String,
    /// The editions (events), by start.
    editions: Vec<i64>,
    /// The addresses of the affiliates taking part (editions' organizers included).
    affiliates: Vec<String>,
}

fn campaign_json(c: app::CampaignDetail) -> CampaignJson {
    CampaignJson {
        slug: c.campaign.slug,
        name: c.campaign.name,
        editions: c.editions.iter().map(|e| e.id.get()).collect(),
        affiliates: c.taking_part.iter().map(|a| a.slug.to_string()).collect(),
    }
}

/// Every recurring campaign.
#[utoipa::path(
    get,
    path = "/api/campaigns",
    tag = "events",
    responses((status = 200, description = "The campaigns", body = Vec<CampaignJson>))
)]
pub async fn campaigns(State(state): State<AppState>) -> Result<Json<Vec<CampaignJson>>, WebError> {
    let mut out = Vec::new();
    for (c, _) in app::campaigns(state.app()).await? {
        out.push(campaign_json(app::campaign(state.app(), &c.slug).await?));
    }
    Ok(Json(out))
}

/// One campaign, with its editions.
#[utoipa::path(
    get,
    path = "/api/campaigns/{slug}",
    tag = "events",
    params(("slug" = String, Path, description = "The campaign's address")),
    responses(
        (status = 200, description = "The campaign", body = CampaignJson),
        (status = 404, description = "No such campaign", body = ErrorBody),
    )
)]
pub async fn campaign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<CampaignJson>, WebError> {
    Ok(Json(campaign_json(
        app::campaign(state.app(), &slug).await?,
    )))
}

#[derive(Deserialize, ToSchema)]
pub struct NewCampaign {
    /// Lowercase letters, digits and hyphens.
    slug: String,
    name: String,
}

/// Creates a campaign (site admins).
#[utoipa::path(
    post,
    path = "/api/campaigns",
    tag = "events",
    request_body = NewCampaign,
    responses(
        (status = 201, description = "Created", body = CampaignJson),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 409, description = "The address is taken", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    )
)]
pub async fn create_campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    ApiJson(req): ApiJson<NewCampaign>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let c = app::create_campaign(state.app(), ctx.actor(), &admin, &req.slug, &req.name).await?;
    Ok((StatusCode::CREATED, Json(campaign_json(c))))
}

#[derive(Deserialize, ToSchema)]
pub struct EventUpdate {
    #[serde(flatten)]
    event: EventDraft,
    #[serde(default)]
    registration: RegistrationWindowJson,
    /// The address of the campaign this event is an edition of; empty for none.
    #[serde(default)]
    campaign: Option<String>,
}

/// Changes an event (its organizers). Everything is given again, as when creating it; the
/// organizing affiliates stay. People keep their seats; more seats move the waitlist up.
#[utoipa::path(
    put,
    path = "/api/events/{id}",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    request_body = EventUpdate,
    responses(
        (status = 200, description = "Changed", body = EventJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an organizer of this event", body = ErrorBody),
        (status = 422, description = "Invalid fields, each with its code", body = ErrorBody),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<EventId>,
    ApiJson(req): ApiJson<EventUpdate>,
) -> Result<Json<EventJson>, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let input = input(req.event, req.registration, req.campaign);
    app::update(state.app(), ctx.actor(), &e, input).await?;
    let e = app::event(state.app(), id).await?;
    Ok(Json(event_out(&state, &ctx, e).await?))
}

/// An affiliate's (or a hub's) events as an iCalendar feed (RFC 5545; times in UTC).
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/events/ical",
    tag = "events",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "iCalendar", content_type = "text/calendar"),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn calendar_ical(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let (a, events) = app::calendar_of(state.app(), &slug).await?;
    let name = display_name(ctx.lang, &a).0;
    let url = &state.config().public_url;
    Ok((
        [(axum::http::header::CONTENT_TYPE, ICS)],
        app::ics_of(url, &name, &events, ctx.now),
    ))
}

/// An affiliate's (or a hub's) activities calendar as wikitext for Meta-Wiki.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/events/wikitext",
    tag = "events",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "Wikitext", content_type = "text/plain"),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn calendar_wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let (_, events) = app::calendar_of(state.app(), &slug).await?;
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )],
        app::wikitext_of(&events, ctx.now),
    ))
}

/// One event as an iCalendar file.
#[utoipa::path(
    get,
    path = "/api/events/{id}/ical",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "iCalendar", content_type = "text/calendar"),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
pub async fn event_ical(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::event(state.app(), id).await?;
    let url = &state.config().public_url;
    Ok((
        [(axum::http::header::CONTENT_TYPE, ICS)],
        app::ics_of(url, &e.details.title, std::slice::from_ref(&e), ctx.now),
    ))
}

/// One event as wikitext for Meta-Wiki (openly registered people as signatures).
#[utoipa::path(
    get,
    path = "/api/events/{id}/wikitext",
    tag = "events",
    params(("id" = i64, Path, description = "The event")),
    responses(
        (status = 200, description = "Wikitext", content_type = "text/plain"),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
pub async fn event_wikitext(
    State(state): State<AppState>,
    Path(id): Path<EventId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::event(state.app(), id).await?;
    let name = |a: &_| display_name(sangam_i18n::Lang::EN, a).0;
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )],
        app::event_wikitext_of(state.app(), &e, name).await?,
    ))
}

#[derive(Serialize, ToSchema)]
pub struct MyEventJson {
    event: EventJson,
    /// registered or waitlisted.
    seat: String,
    /// The place on the waitlist (1 is next), when waiting.
    position: Option<u32>,
}

/// The events the caller is registered for, by start.
#[utoipa::path(
    get,
    path = "/api/me/events",
    tag = "events",
    responses(
        (status = 200, description = "The caller's events", body = Vec<MyEventJson>),
        (status = 401, description = "Not signed in", body = ErrorBody),
    )
)]
pub async fn my_events(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<MyEventJson>>, WebError> {
    let mut out = Vec::new();
    for (e, place) in app::my_events(state.app(), ctx.actor()).await? {
        let r = registration_json(place);
        out.push(MyEventJson {
            event: event_out(&state, &ctx, e).await?,
            seat: r.seat,
            position: r.position,
        });
    }
    Ok(Json(out))
}
