//! A conference's scholarship pages: the round with the applicant's own form and, once the
//! decisions are published, their decision, scores and the cut-off; the reviewers' and
//! organizers' table; and each application with the forms its phase allows (flag, score,
//! decide). Who sees what is decided once, in `api::scholarships`.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use sangam_core::Timestamp;
use sangam_core::error::Error;
use sangam_core::scholarship::{Decision, Phase};
use sangam_db::conference::Panel;
use sangam_db::events::EventRow;
use sangam_db::scholarships::{ApplicationRow, RoundRow};
use sangam_i18n::{Lang, format, message};

use super::frame::{Choice, Fact, Frame, Tr, id_of, refusal, render};
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::scholarships::{self as app, ApplicationView, Roles};
use sangam_core::id::{ApplicationId, EventId};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SCHOLARSHIP, get(round_page).post(apply))
        .route(paths::SCHOLARSHIP_REVIEW, get(table_page))
        .route(paths::SCHOLARSHIP_PHASE, post(advance))
        .route(paths::SCHOLARSHIP_REVIEWERS, post(set_reviewers))
        .route(paths::APPLICATION, get(application_page))
        .route(paths::APPLICATION_FLAG, post(flag))
        .route(paths::APPLICATION_SCORE, post(score))
        .route(paths::APPLICATION_DECISION, post(decide))
}

fn label(lang: Lang, prefix: &str, key: &str) -> String {
    message(lang, &format!("{prefix}-{key}"), &[])
}

/// A score as people read it: two decimals at most, in the reader's digits.
fn score_text(lang: Lang, s: f64) -> String {
    format::decimal(lang, (s * 100.0).round() / 100.0)
}

/// What the round says, in the reader's language.
fn round_lines(lang: Lang, r: &RoundRow, now: Timestamp) -> Vec<String> {
    let day = |t: Timestamp| format::datetime_utc(lang, t);
    let dates = if r.phase == Phase::Open && now < r.round.opens {
        message(lang, "sch-upcoming", &[("date", day(r.round.opens).into())])
    } else if r.round.takes_applications(r.phase, now) {
        message(lang, "sch-open", &[("date", day(r.round.closes).into())])
    } else {
        message(lang, "sch-closed", &[("date", day(r.round.closes).into())])
    };
    let criteria: Vec<String> = r.round.criteria.iter().map(|c| c.name.clone()).collect();
    vec![
        dates,
        format!(
            "{}: {}",
            message(lang, "sch-phase", &[]),
            label(lang, "sch-phase", r.phase.as_str())
        ),
        message(
            lang,
            "sch-criteria",
            &[
                ("criteria", format::list(lang, &criteria).into()),
                ("max", i64::from(r.round.score_max).into()),
            ],
        ),
    ]
}

/// The application form's fields: (name, long text).
const FIELDS: [(&str, bool); 4] = [
    ("region", false),
    ("history", true),
    ("contributions", true),
    ("motivation", true),
];

pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub block: bool,
}

/// One reviewer's line in a scores table: who (when shown), each criterion, the weighted
/// mean, the comment (when shown).
pub struct ScoreLine {
    pub reviewer: String,
    pub scores: Vec<String>,
    pub weighted: String,
    pub comment: String,
}

/// An application as the page shows it, from what the caller may see.
pub struct Shown {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub facts: Vec<Fact>,
    pub flag: String,
    pub decision: String,
    pub decision_note: String,
    pub scores: Vec<ScoreLine>,
    pub score: String,
    pub spread: String,
    pub cutoff: String,
    pub sent: String,
}

fn shown(lang: Lang, v: &ApplicationView) -> Shown {
    let opt = |v: Option<f64>| v.map(|s| score_text(lang, s)).unwrap_or_default();
    let a = &v.row;
    let app = &a.application;
    let mut facts = vec![
        Fact {
            label: message(lang, "sch-field-region", &[]),
            value: app.region.clone(),
        },
        Fact {
            label: message(lang, "sch-field-need", &[]),
            value: label(lang, "sch-need", app.need.as_str()),
        },
    ];
    for (name, _) in &FIELDS[1..] {
        facts.push(Fact {
            label: message(lang, &format!("sch-field-{name}"), &[]),
            value: match *name {
                "history" => app.history.clone(),
                "contributions" => app.contributions.clone(),
                _ => app.motivation.clone(),
            },
        });
    }
    let sent = message(
        lang,
        "sch-sent",
        &[("date", format::datetime_utc(lang, a.submitted_at).into())],
    );
    Shown {
        id: a.id.get(),
        username: a.username.clone(),
        email: a.email.clone().unwrap_or_default(),
        facts,
        flag: match &a.flag {
            Some((f, n)) if !n.is_empty() => {
                format!("{} ({n})", label(lang, "sch-flag", f.as_str()))
            }
            Some((f, _)) => label(lang, "sch-flag", f.as_str()),
            None => String::new(),
        },
        decision: a
            .decision
            .as_ref()
            .map(|(d, _)| label(lang, "sch-decision", d.as_str()))
            .unwrap_or_default(),
        decision_note: a
            .decision
            .as_ref()
            .map(|(_, n)| n.clone())
            .unwrap_or_default(),
        scores: v
            .scores
            .iter()
            .enumerate()
            .map(|(i, s)| ScoreLine {
                reviewer: s.reviewer.clone().unwrap_or_else(|| {
                    message(lang, "sch-reviewer-n", &[("n", (i as i64 + 1).into())])
                }),
                scores: s
                    .scores
                    .iter()
                    .map(|x| format::number(lang, i64::from(*x)))
                    .collect(),
                weighted: score_text(lang, s.weighted),
                comment: s.comment.clone().unwrap_or_default(),
            })
            .collect(),
        score: opt(v.score),
        spread: opt(v.spread),
        cutoff: opt(v.cutoff),
        sent,
    }
}

#[derive(Template)]
#[template(path = "scholarships/scholarship.html")]
struct RoundPage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    lines: Vec<String>,
    signed_in: bool,
    /// The form, when the round takes applications.
    form: Option<Vec<Field>>,
    need: String,
    csrf: String,
    errors: Vec<String>,
    mine: Option<Shown>,
    criteria: Vec<String>,
    reviews: bool,
}

fn form_fields(lang: Lang, values: &FormData) -> Vec<Field> {
    FIELDS
        .iter()
        .map(|&(name, block)| Field {
            name,
            label: message(lang, &format!("sch-field-{name}"), &[]),
            value: values.get(name).unwrap_or("").to_string(),
            block,
        })
        .collect()
}

/// The round's page for `ctx`: `typed` is what they typed into a refused form.
async fn round_view(
    state: &AppState,
    ctx: &Ctx,
    e: &EventRow,
    typed: Option<FormData>,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let r = app::round(state.app(), e.id).await?;
    let roles = app::roles(state.app(), ctx.actor(), e).await?;
    let mine = match ctx.viewer.user_id() {
        Some(_) => match app::mine(state.app(), ctx.actor(), e).await? {
            Some(a) => Some(app::application_view(state.app(), ctx.actor(), &r, &a, &roles).await?),
            None => None,
        },
        None => None,
    };
    let values = typed.unwrap_or_else(|| {
        FormData(match &mine {
            Some(v) => {
                let a = &v.row.application;
                vec![
                    ("region".into(), a.region.clone()),
                    ("history".into(), a.history.clone()),
                    ("contributions".into(), a.contributions.clone()),
                    ("motivation".into(), a.motivation.clone()),
                    ("need".into(), a.need.as_str().to_string()),
                ]
            }
            None => Vec::new(),
        })
    });
    let open = ctx.viewer.user_id().is_some() && r.round.takes_applications(r.phase, ctx.now);
    let heading = message(
        lang,
        "sch-title",
        &[("title", e.details.title.as_str().into())],
    );
    let page = RoundPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        id: e.id.get(),
        heading,
        lines: round_lines(lang, &r, ctx.now),
        signed_in: ctx.viewer.user_id().is_some(),
        form: open.then(|| form_fields(lang, &values)),
        need: values.get("need").unwrap_or("").to_string(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
        mine: mine.as_ref().map(|a| shown(lang, a)),
        criteria: r.round.criteria.iter().map(|c| c.name.clone()).collect(),
        reviews: roles.organizer || roles.reviewer,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn round_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let e = sangam_app::conference::conference(state.app(), id_of(&id)?).await?;
    round_view(&state, &ctx, &e, None, Vec::new(), StatusCode::OK).await
}

async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = sangam_app::conference::conference(state.app(), id_of(&id)?).await?;
    let outcome = app::apply(state.app(), ctx.actor(), &e, form.parse()?)
        .await
        .map(|_| ());
    match outcome {
        Ok(()) => Ok(super::frame::see_other(&paths::scholarship(e.id))),
        Err(err) => {
            let errors = refusal(ctx.lang, err)?;
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            round_view(&state, &ctx, &e, Some(form), errors, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "scholarships/scholarship_review.html")]
struct TablePage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    lines: Vec<String>,
    organizer: bool,
    rows: Vec<Shown>,
    /// The next phase (its key, and the button's label), for the organizers.
    next: Option<Choice>,
    reviewers: String,
    csrf: String,
    errors: Vec<String>,
}

async fn table_view(
    state: &AppState,
    ctx: &Ctx,
    id: EventId,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let e = sangam_app::conference::conference(state.app(), id).await?;
    let (r, roles, table) = app::table(state.app(), ctx.actor(), &e).await?;
    let rows: Vec<Shown> = table.iter().map(|a| shown(lang, a)).collect();
    let next = Phase::ALL
        .into_iter()
        .find(|p| r.phase.advance_to(*p).is_ok())
        .filter(|_| roles.organizer)
        .map(|p| Choice {
            value: p.as_str().to_string(),
            label: label(lang, "sch-advance", p.as_str()),
            selected: false,
        });
    let reviewers =
        sangam_app::conference::reviewer_names(state.app(), id, Panel::Scholarships).await?;
    let heading = message(
        lang,
        "sch-review-title",
        &[("title", e.details.title.as_str().into())],
    );
    let page = TablePage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        id: id.get(),
        heading,
        lines: round_lines(lang, &r, ctx.now),
        organizer: roles.organizer,
        rows,
        next,
        reviewers: reviewers.join("\n"),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn table_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Response, WebError> {
    table_view(&state, &ctx, id, Vec::new(), StatusCode::OK).await
}

/// An organizers' form on the table: done goes back to the table, a refusal shows it there.
async fn after_table_form(
    state: &AppState,
    ctx: &Ctx,
    id: EventId,
    outcome: Result<(), Error>,
) -> Result<Response, WebError> {
    let done = paths::scholarship_review(id);
    super::frame::after_form(ctx, outcome, &done, |errors| {
        table_view(state, ctx, id, errors, StatusCode::CONFLICT)
    })
    .await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Advance {
    phase: String,
}

async fn advance(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Advance>,
) -> Result<impl IntoResponse, WebError> {
    let e = super::organize::organized(&state, &ctx, &id).await?;
    let id = e.id;
    let outcome = app::advance(state.app(), ctx.actor(), &e, &form.phase)
        .await
        .map(|_| ());
    after_table_form(&state, &ctx, id, outcome).await
}

async fn set_reviewers(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<super::organize::Reviewers>,
) -> Result<impl IntoResponse, WebError> {
    let e = super::organize::organized(&state, &ctx, &id).await?;
    let id = e.id;
    let typed = sangam_app::conference::lines(&form.reviewers);
    let outcome =
        sangam_app::conference::set_reviewers(state.app(), &e, Panel::Scholarships, &typed)
            .await
            .map(|_| ());
    after_table_form(&state, &ctx, id, outcome).await
}

#[derive(Template)]
#[template(path = "scholarships/scholarship_application.html")]
struct ApplicationPage {
    frame: Frame,
    t: Tr,
    event_id: i64,
    event_title: String,
    heading: String,
    a: Shown,
    criteria: Vec<String>,
    score_max: u32,
    /// What the caller may do now.
    can_flag: bool,
    can_score: bool,
    can_decide: bool,
    /// The caller's own scores and comment, for the score form.
    my_scores: Vec<String>,
    my_comment: String,
    flags: Vec<Choice>,
    decisions: Vec<Choice>,
    csrf: String,
    errors: Vec<String>,
}

async fn application_view_page(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let (e, r, a, roles) = app::application(state.app(), ctx.actor(), id).await?;
    let view = app::application_view(state.app(), ctx.actor(), &r, &a, &roles).await?;
    let reviews = roles.reviews(a.user_id);
    let my_row = if reviews {
        app::my_score(state.app(), ctx.actor(), &a).await?
    } else {
        None
    };
    let heading = message(
        lang,
        "sch-application-of",
        &[("name", a.username.as_str().into())],
    );
    let page = ApplicationPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        event_id: e.id.get(),
        event_title: e.details.title.clone(),
        heading,
        a: shown(lang, &view),
        criteria: r.round.criteria.iter().map(|c| c.name.clone()).collect(),
        score_max: r.round.score_max,
        can_flag: roles.may_flag(a.user_id).is_ok()
            && matches!(r.phase, Phase::Eligibility | Phase::Scoring),
        can_score: reviews && r.phase == Phase::Scoring && a.flag.is_none(),
        can_decide: roles.organizer && r.phase == Phase::Decision,
        my_scores: match &my_row {
            Some(s) => s.review.scores.iter().map(|x| x.to_string()).collect(),
            None => vec![String::new(); r.round.criteria.len()],
        },
        my_comment: my_row.map(|s| s.review.comment).unwrap_or_default(),
        flags: ["spam", "ineligible"]
            .into_iter()
            .map(|f| Choice {
                value: f.to_string(),
                label: label(lang, "sch-flag", f),
                selected: false,
            })
            .collect(),
        decisions: Decision::ALL
            .into_iter()
            .map(|d| Choice {
                value: d.as_str().to_string(),
                label: label(lang, "sch-decision", d.as_str()),
                selected: false,
            })
            .collect(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn application_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    application_view_page(&state, &ctx, id_of(&id)?, Vec::new(), StatusCode::OK).await
}

/// A form on an application's page: done goes back to it, a refusal shows it there.
async fn after_application_form(
    state: &AppState,
    ctx: &Ctx,
    id: ApplicationId,
    outcome: Result<(), Error>,
) -> Result<Response, WebError> {
    let done = paths::application(id);
    super::frame::after_form(ctx, outcome, &done, |errors| {
        application_view_page(state, ctx, id, errors, StatusCode::UNPROCESSABLE_ENTITY)
    })
    .await
}

/// The form of someone who may see the application.
async fn application_form(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<(ApplicationRow, Roles), WebError> {
    let (_, _, a, roles) = app::application(state.app(), ctx.actor(), id_of(id)?).await?;
    Ok((a, roles))
}

/// A reviewer's flag on an application and why.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Flag {
    flag: String,
    note: String,
}

async fn flag(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Flag>,
) -> Result<Response, WebError> {
    let (a, roles) = application_form(&state, &ctx, &id).await?;
    roles.may_flag(a.user_id)?;
    let typed = (form.flag.as_str(), form.note.as_str());
    let outcome = app::flag(state.app(), ctx.actor(), a.id, typed)
        .await
        .map(|_| ());
    after_application_form(&state, &ctx, a.id, outcome).await
}

async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<super::conference::Scores>,
) -> Result<Response, WebError> {
    let (a, _) = application_form(&state, &ctx, &id).await?;
    let r = app::round(state.app(), a.event_id).await?;
    let outcome = match super::conference::scores_of(&form, &r.round.criteria, r.round.score_max) {
        Ok(review) => app::score(state.app(), ctx.actor(), a.id, review)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    after_application_form(&state, &ctx, a.id, outcome).await
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<super::conference::Decision>,
) -> Result<Response, WebError> {
    let (a, roles) = application_form(&state, &ctx, &id).await?;
    if !roles.organizer {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    let typed = (form.decision.as_str(), form.message.as_str());
    let outcome = app::decide(state.app(), ctx.actor(), a.id, typed)
        .await
        .map(|_| ());
    after_application_form(&state, &ctx, a.id, outcome).await
}
