//! The organizers' pages of a conference: the call for proposals and the scholarship round
//! as forms, the review table with the reviewers' names, and the rooms and time slots of the
//! programme. Each form checks with the same core and API functions as the API, and keeps
//! what was typed when it refuses.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use sangam_core::Timestamp;
use sangam_core::conference::{CfpDraft, Criterion, SessionType};
use sangam_core::error::Error;
use sangam_core::event::Question;
use sangam_core::scholarship::RoundDraft;
use sangam_db::conference::Panel;
use sangam_db::events::EventRow;
use sangam_i18n::{Lang, format, message};

use super::frame::{Frame, Tr, id_of, refusal, render};
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::Organizer;
use sangam_app::conference as app;
use sangam_app::events::organizes;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::CFP_EDIT, get(cfp_form).post(save_cfp))
        .route(paths::SCHOLARSHIP_EDIT, get(round_form).post(save_round))
        .route(paths::REVIEWS, get(reviews_page))
        .route(paths::REVIEWERS, post(set_reviewers))
        .route(paths::SCHEDULE_EDIT, get(schedule_page))
        .route(paths::ROOMS, post(add_room))
        .route(paths::SLOTS, post(set_slots))
}

/// The conference, for its organizers only.
pub(crate) async fn organized(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<Organizer<EventRow>, WebError> {
    Ok(app::organized(state.app(), ctx.actor(), id_of(id)?).await?)
}

/// An organizers' form after its CSRF check, with its conference.
/// A panel's reviewers, one username per line.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct Reviewers {
    pub reviewers: String,
}

/// The call for proposals' settings form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct CfpForm {
    opens: String,
    closes: String,
    session_types: String,
    tracks: String,
    languages: String,
    #[serde(deserialize_with = "crate::forms::checkbox")]
    interpretation: bool,
    questions: String,
    criteria: String,
    score_max: String,
}

/// The scholarship round's settings form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct RoundForm {
    opens: String,
    closes: String,
    criteria: String,
    score_max: String,
}

/// A field of a settings form.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    /// line, block, number or check.
    pub kind: &'static str,
}

#[derive(Template)]
#[template(path = "conference/settings_form.html")]
struct SettingsPage {
    frame: Frame,
    t: Tr,
    back: String,
    heading: String,
    action: String,
    csrf: String,
    errors: Vec<String>,
    fields: Vec<Field>,
    submit: String,
}

/// The lines of a text area, trimmed, without empty ones.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The parts of "a | b | c", trimmed.
fn parts(line: &str) -> Vec<&str> {
    line.split('|').map(str::trim).collect()
}

/// "Name | weight" lines; a weight that is not a number is 0, which the check refuses.
fn criteria_of(text: &str) -> Vec<Criterion> {
    lines(text)
        .into_iter()
        .map(|l| {
            let p = parts(l);
            Criterion {
                name: p[0].to_string(),
                weight: p.get(1).map_or(1.0, |w| w.parse().unwrap_or(0.0)),
            }
        })
        .collect()
}

fn criteria_text(criteria: &[Criterion]) -> String {
    criteria
        .iter()
        .map(|c| format!("{} | {}", c.name, c.weight))
        .collect::<Vec<_>>()
        .join("\n")
}

fn instant_text(t: Timestamp) -> String {
    t.to_rfc3339()
}

/// The call as typed in the form.
fn cfp_draft(form: &CfpForm) -> CfpDraft {
    CfpDraft {
        opens: form.opens.clone(),
        closes: form.closes.clone(),
        session_types: lines(&form.session_types)
            .into_iter()
            .map(|l| {
                let p = parts(l);
                SessionType {
                    key: p[0].to_string(),
                    name: p.get(1).unwrap_or(&"").to_string(),
                    minutes: p.get(2).and_then(|m| m.parse().ok()).unwrap_or(0),
                }
            })
            .collect(),
        tracks: lines(&form.tracks).into_iter().map(String::from).collect(),
        languages: form
            .languages
            .split([' ', ',', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        interpretation: form.interpretation,
        questions: lines(&form.questions)
            .into_iter()
            .map(|q| match q.strip_suffix('*') {
                Some(text) => Question {
                    text: text.trim().into(),
                    required: true,
                },
                None => Question {
                    text: q.into(),
                    required: false,
                },
            })
            .collect(),
        criteria: criteria_of(&form.criteria),
        score_max: form.score_max.trim().parse().unwrap_or(0),
    }
}

fn cfp_fields(lang: Lang, values: &FormData) -> Vec<Field> {
    let field = |name: &'static str, kind: &'static str| Field {
        name,
        label: message(lang, &format!("conf-field-{name}"), &[]),
        value: values.get(name).unwrap_or("").to_string(),
        kind,
    };
    let mut interpretation = field("interpretation", "check");
    interpretation.label = message(lang, "conf-interpretation", &[]);
    vec![
        field("opens", "line"),
        field("closes", "line"),
        field("session_types", "block"),
        field("tracks", "block"),
        field("languages", "line"),
        interpretation,
        field("questions", "block"),
        field("criteria", "block"),
        field("score_max", "number"),
    ]
}

/// The stored call as the form's values.
fn cfp_values(cfp: &sangam_core::conference::Cfp) -> FormData {
    let mut v = vec![
        ("opens".to_string(), instant_text(cfp.opens)),
        ("closes".into(), instant_text(cfp.closes)),
        (
            "session_types".into(),
            cfp.session_types
                .iter()
                .map(|t| format!("{} | {} | {}", t.key, t.name, t.minutes))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("tracks".into(), cfp.tracks.join("\n")),
        (
            "languages".into(),
            cfp.languages
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "questions".into(),
            cfp.questions
                .iter()
                .map(|q| {
                    if q.required {
                        format!("{} *", q.text)
                    } else {
                        q.text.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("criteria".into(), criteria_text(&cfp.criteria)),
        ("score_max".into(), cfp.score_max.to_string()),
    ];
    if cfp.interpretation {
        v.push(("interpretation".into(), "on".into()));
    }
    FormData(v)
}

fn settings_page(
    ctx: &Ctx,
    e: &EventRow,
    what: &str,
    fields: Vec<Field>,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let (heading, action, submit) = match what {
        "cfp" => ("conf-call-title", paths::cfp_edit(e.id), "conf-save-call"),
        _ => (
            "sch-edit-title",
            paths::scholarship_edit(e.id),
            "sch-save-round",
        ),
    };
    let heading = message(lang, heading, &[("title", e.details.title.as_str().into())]);
    let page = SettingsPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        back: paths::event(e.id),
        heading,
        action,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
        fields,
        submit: message(lang, submit, &[]),
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

/// After a settings form: saved, on to `done`; refused, the form again with what was typed.
async fn after_settings_form(
    _state: &AppState,
    ctx: &Ctx,
    e: &EventRow,
    what: &str,
    outcome: Result<(), Error>,
    done: &str,
    typed: impl FnOnce() -> Vec<Field>,
) -> Result<Response, WebError> {
    match outcome {
        Ok(()) => Ok(super::frame::see_other(done)),
        Err(err) => {
            let errors = refusal(ctx.lang, err)?;
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            settings_page(ctx, e, what, typed(), errors, status)
        }
    }
}

async fn cfp_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let values = match app::cfp(state.app(), e.id).await? {
        Some(c) => cfp_values(&c),
        None => FormData(vec![
            ("session_types".into(), "workshop | Workshop | 90\npresentation | Presentation | 30\nlightning | Lightning talk | 10".into()),
            ("languages".into(), e.details.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" ")),
            ("criteria".into(), "Overall | 1".into()),
            ("score_max".into(), "5".into()),
        ]),
    };
    settings_page(
        &ctx,
        &e,
        "cfp",
        cfp_fields(ctx.lang, &values),
        Vec::new(),
        StatusCode::OK,
    )
}

async fn save_cfp(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let outcome = app::set_cfp(state.app(), &e, cfp_draft(&form.parse()?)).await;
    let done = paths::proposals(e.id);
    let typed = || cfp_fields(ctx.lang, &form);
    after_settings_form(&state, &ctx, &e, "cfp", outcome, &done, typed).await
}

fn round_fields(lang: Lang, values: &FormData) -> Vec<Field> {
    let field = |name: &'static str, kind: &'static str| Field {
        name,
        label: message(lang, &format!("conf-field-{name}"), &[]),
        value: values.get(name).unwrap_or("").to_string(),
        kind,
    };
    vec![
        field("opens", "line"),
        field("closes", "line"),
        field("criteria", "block"),
        field("score_max", "number"),
    ]
}

async fn round_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let values = match sangam_app::scholarships::round_of(state.app(), e.id).await? {
        Some(r) => FormData(vec![
            ("opens".into(), instant_text(r.round.opens)),
            ("closes".into(), instant_text(r.round.closes)),
            ("criteria".into(), criteria_text(&r.round.criteria)),
            ("score_max".into(), r.round.score_max.to_string()),
        ]),
        None => FormData(vec![
            ("criteria".into(), "Contributions | 2\nNeed | 1".into()),
            ("score_max".into(), "5".into()),
        ]),
    };
    let fields = round_fields(ctx.lang, &values);
    settings_page(&ctx, &e, "round", fields, Vec::new(), StatusCode::OK)
}

async fn save_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let f: RoundForm = form.parse()?;
    let draft = RoundDraft {
        opens: f.opens,
        closes: f.closes,
        criteria: criteria_of(&f.criteria),
        score_max: f.score_max.trim().parse().unwrap_or(0),
    };
    let outcome = sangam_app::scholarships::set_round(state.app(), &e, draft)
        .await
        .map(|_| ());
    let done = paths::scholarship(e.id);
    let typed = || round_fields(ctx.lang, &form);
    after_settings_form(&state, &ctx, &e, "round", outcome, &done, typed).await
}

/// A review as the table shows it: who, their weighted score, their comment.
pub struct ReviewShown {
    pub reviewer: String,
    pub score: String,
    pub comment: String,
}

/// An accepted session: where and when it is placed (empty when not placed yet).
struct SessionPlace {
    id: i64,
    title: String,
    placed: String,
}

/// A proposal's line in the review table, as shown.
pub struct ReviewLine {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub interest: String,
    pub score: String,
    pub spread: String,
    /// Each review shown: reviewer, weighted score, comment.
    pub reviews: Vec<ReviewShown>,
}

#[derive(Template)]
#[template(path = "conference/reviews.html")]
struct ReviewsPage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    organizer: bool,
    lines: Vec<ReviewLine>,
    reviewers: String,
    csrf: String,
    errors: Vec<String>,
}

fn score_text(lang: Lang, s: Option<f64>) -> String {
    s.map(|x| format::decimal(lang, (x * 100.0).round() / 100.0))
        .unwrap_or_default()
}

async fn reviews_view(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = app::conference(state.app(), id_of(id)?).await?;
    let lines = app::review_lines(state.app(), ctx.actor(), &e)
        .await?
        .into_iter()
        .map(|l| ReviewLine {
            id: l.id.get(),
            title: l.title,
            status: message(lang, &format!("conf-status-{}", l.status.as_str()), &[]),
            interest: format::number(lang, l.interest),
            score: score_text(lang, l.score),
            spread: score_text(lang, l.spread),
            reviews: l
                .reviews
                .into_iter()
                .map(|(r, w)| ReviewShown {
                    reviewer: r.reviewer,
                    score: score_text(lang, Some(w)),
                    comment: r.review.comment,
                })
                .collect(),
        })
        .collect();
    let organizer = organizes(&ctx.viewer, &e);
    let reviewers = app::reviewer_names(state.app(), e.id, Panel::Programme).await?;
    let heading = message(
        lang,
        "conf-reviews-title",
        &[("title", e.details.title.as_str().into())],
    );
    let page = ReviewsPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        id: e.id.get(),
        heading,
        organizer,
        lines,
        reviewers: reviewers.join("\n"),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn reviews_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    reviews_view(&state, &ctx, &id, Vec::new(), StatusCode::OK).await
}

async fn set_reviewers(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Reviewers>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let typed = app::lines(&form.reviewers);
    let outcome = app::set_reviewers(state.app(), &e, Panel::Programme, &typed)
        .await
        .map(|_| ());
    match outcome {
        Ok(()) => Ok(super::frame::see_other(&paths::reviews(e.id))),
        Err(err) => {
            let errors = refusal(ctx.lang, err)?;
            reviews_view(&state, &ctx, &id, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

#[derive(Template)]
#[template(path = "conference/schedule_edit.html")]
struct SchedulePage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    zone: String,
    rooms: Vec<String>,
    slots: String,
    sessions: Vec<SessionPlace>,
    csrf: String,
    errors: Vec<String>,
}

/// A time in the conference's zone as the slots field takes it ("2021-02-19T10:00").
pub(crate) fn local_text(t: Timestamp, tz: &jiff::tz::TimeZone) -> String {
    jiff::Timestamp::from_second(t.0)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(tz.clone())
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

async fn schedule_view(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    typed_slots: Option<String>,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let e = organized(state, ctx, id).await?;
    let zone = e.details.schedule.zone.clone();
    let tz = jiff::tz::TimeZone::get(&zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let slots = match typed_slots {
        Some(s) => s,
        None => app::slots(state.app(), e.id)
            .await?
            .into_iter()
            .map(|(a, b)| format!("{} – {}", local_text(a, &tz), local_text(b, &tz)))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let programme = app::programme(state.app(), e.id).await?;
    let sessions = app::proposals(state.app(), ctx.actor(), &e)
        .await?
        .into_iter()
        .filter(|p| p.status == sangam_core::conference::ProposalStatus::Accepted)
        .map(|p| {
            let placed = programme
                .iter()
                .find(|s| s.proposal.id == p.id)
                .map(|s| format!("{} · {}", format::datetime_in(lang, s.start, &tz), s.room))
                .unwrap_or_default();
            SessionPlace {
                id: p.id.get(),
                title: p.proposal.title,
                placed,
            }
        })
        .collect();
    let heading = message(
        lang,
        "conf-schedule-title",
        &[("title", e.details.title.as_str().into())],
    );
    let page = SchedulePage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        id: e.id.get(),
        heading,
        zone,
        rooms: app::rooms(state.app(), e.id)
            .await?
            .into_iter()
            .map(|(_, n)| n)
            .collect(),
        slots,
        sessions,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn schedule_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    schedule_view(&state, &ctx, &id, None, Vec::new(), StatusCode::OK).await
}

/// After a form on the schedule page: done, the page again; refused, the page with the
/// reasons and the slots as typed.
async fn after_schedule_form(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    outcome: Result<(), Error>,
    typed_slots: Option<String>,
) -> Result<Response, WebError> {
    let done = paths::schedule_edit(id_of::<i64>(id)?);
    super::frame::after_form(ctx, outcome, &done, |errors| {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        schedule_view(state, ctx, id, typed_slots, errors, status)
    })
    .await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Room {
    name: String,
}

async fn add_room(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Room>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let outcome = app::add_room(state.app(), &e, &form.name).await.map(|_| ());
    after_schedule_form(&state, &ctx, &id, outcome, None).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Slots {
    slots: String,
}

/// Slots as lines "start – end" (or "start - end") in the conference's zone.
async fn set_slots(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Slots>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let text = form.slots;
    let typed: Vec<(&str, &str)> = lines(&text)
        .into_iter()
        .map(|l| {
            l.split_once('–')
                .or_else(|| l.split_once(" - "))
                .map_or((l, ""), |(a, b)| (a.trim(), b.trim()))
        })
        .collect();
    let outcome = app::set_slots(state.app(), &e, &typed).await;
    after_schedule_form(&state, &ctx, &id, outcome, Some(text)).await
}
