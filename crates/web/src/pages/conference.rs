//! A conference's programme pages: the call for proposals with the proposals sent to it,
//! the proposal form (seed 002's fields), and each proposal's public page with its
//! interested attendees, as the wiki listed them.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use sangam_core::conference::{Cfp, Presenter, PresenterDraft, ProposalDraft, ProposalStatus};
use sangam_core::error::Error;
use sangam_db::conference::{Panel, ProposalRow};
use sangam_db::events::EventRow;
use sangam_i18n::{Lang, format, message, names};

use super::directory::not_found;
use super::frame::{Choice, Fact, Frame, Tr, id_of, refusal, render};
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::conference as app;
use sangam_app::events::organizes;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::PROPOSALS, get(programme))
        .route(paths::NEW_PROPOSAL, get(new_form).post(submit))
        .route(paths::PROPOSAL, get(show))
        .route(paths::PROPOSAL_EDIT, get(edit_form).post(update))
        .route(paths::PROPOSAL_WITHDRAW, post(withdraw))
        .route(paths::PROPOSAL_INTEREST, post(interest))
        .route(paths::PROPOSAL_REVIEW, post(review))
        .route(paths::PROPOSAL_DECISION, post(decide))
        .route(paths::PROPOSAL_PLACEMENT, post(place))
        .route(paths::PROGRAMME, get(programme_page))
        .route(paths::SESSION_ICS, get(session_ics))
}

fn status_label(lang: Lang, s: ProposalStatus) -> String {
    message(lang, &format!("conf-status-{}", s.as_str()), &[])
}

fn presenter_names(p: &ProposalRow) -> Vec<String> {
    p.proposal
        .presenters
        .iter()
        .map(|x| match x {
            Presenter::Account(u) => u.to_string(),
            Presenter::Guest(g) => g.clone(),
        })
        .collect()
}

fn type_name(cfp: Option<&Cfp>, key: &str) -> String {
    cfp.and_then(|c| c.session_type(key))
        .map_or_else(|| key.to_string(), |t| t.name.clone())
}

/// What the call says, in the reader's language.
fn cfp_lines(lang: Lang, cfp: &Cfp, now: sangam_core::Timestamp) -> Vec<String> {
    let day = |t: sangam_core::Timestamp| format::datetime_utc(lang, t);
    let mut lines = vec![if now < cfp.opens {
        message(
            lang,
            "conf-cfp-upcoming",
            &[("date", day(cfp.opens).into())],
        )
    } else if cfp.is_open(now) {
        message(lang, "conf-cfp-open", &[("date", day(cfp.closes).into())])
    } else {
        message(lang, "conf-cfp-closed", &[("date", day(cfp.closes).into())])
    }];
    let types: Vec<String> = cfp
        .session_types
        .iter()
        .map(|t| {
            let m = message(
                lang,
                "conf-minutes",
                &[("minutes", i64::from(t.minutes).into())],
            );
            format!("{} ({m})", t.name)
        })
        .collect();
    lines.push(format!(
        "{}: {}",
        message(lang, "conf-session-types", &[]),
        format::list(lang, &types)
    ));
    if !cfp.tracks.is_empty() {
        lines.push(format!(
            "{}: {}",
            message(lang, "conf-field-track", &[]),
            format::list(lang, &cfp.tracks)
        ));
    }
    if !cfp.languages.is_empty() {
        let names: Vec<String> = cfp
            .languages
            .iter()
            .map(|l| names::language(lang, l.as_str()))
            .collect();
        lines.push(format!(
            "{}: {}",
            message(lang, "conf-languages", &[]),
            format::list(lang, &names)
        ));
    }
    if cfp.interpretation {
        lines.push(message(lang, "conf-interpretation", &[]));
    }
    lines
}

pub struct ProposalLine {
    pub id: i64,
    pub title: String,
    pub presenters: String,
    pub kind: String,
    pub interest: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "conference/proposals.html")]
struct ProgrammePage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    cfp: Vec<String>,
    can_submit: bool,
    proposals: Vec<ProposalLine>,
    /// Links to the organizers' pages (the review table also for reviewers).
    organizer: bool,
    reviewer: bool,
}

async fn programme(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let lang = ctx.lang;
    let e = app::conference(state.app(), id_of(&id)?).await?;
    let cfp = app::the_cfp(state.app(), e.id).await?;
    let organizer = organizes(&ctx.viewer, &e);
    let mut proposals = Vec::new();
    for p in app::proposals(state.app(), ctx.actor(), &e).await? {
        proposals.push(ProposalLine {
            id: p.id.get(),
            title: p.proposal.title.clone(),
            presenters: format::list(lang, &presenter_names(&p)),
            kind: format!(
                "{}, {}",
                type_name(Some(&cfp), &p.proposal.session_type),
                message(
                    lang,
                    "conf-minutes",
                    &[("minutes", i64::from(p.proposal.minutes).into())]
                )
            ),
            interest: message(
                lang,
                "conf-interested-count",
                &[("count", p.interest.into())],
            ),
            status: status_label(lang, p.status),
        });
    }
    let heading = message(
        lang,
        "conf-proposals-title",
        &[("title", e.details.title.as_str().into())],
    );
    let page = ProgrammePage {
        frame: Frame::new(&ctx, heading.clone()),
        t: Tr(lang),
        id: e.id.get(),
        heading,
        cfp: cfp_lines(lang, &cfp, ctx.now),
        can_submit: cfp.is_open(ctx.now),
        proposals,
        organizer,
        reviewer: app::is_reviewer(state.app(), ctx.actor(), e.id, Panel::Programme).await?,
    };
    Ok(super::frame::html(&ctx, StatusCode::OK, render(&page)?))
}

/// A field of the proposal form: its name, label, value as typed, and whether it is long.
pub struct Field {
    pub name: String,
    pub label: String,
    pub value: String,
    pub block: bool,
}

#[derive(Template)]
#[template(path = "conference/proposal_form.html")]
struct FormPage {
    frame: Frame,
    t: Tr,
    heading: String,
    action: String,
    csrf: String,
    errors: Vec<String>,
    fields: Vec<Field>,
    /// Value, label, selected.
    types: Vec<Choice>,
    languages: Vec<Choice>,
    tracks: Vec<Choice>,
    submit_label: String,
}

/// The form's text fields in order: (name, is a long text).
const TEXT_FIELDS: [(&str, bool); 9] = [
    ("presenters", true),
    ("guests", true),
    ("contact_email", false),
    ("affiliation", false),
    ("title", false),
    ("language_note", false),
    ("minutes", false),
    ("plan", true),
    ("support", true),
];

/// The proposal form: presenters' usernames and guests one per line, the answers to the
/// call's questions as `answer.0`, `answer.1`, …
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ProposalForm {
    presenters: String,
    guests: String,
    contact_email: String,
    affiliation: String,
    title: String,
    lang: String,
    language_note: String,
    session_type: String,
    minutes: String,
    track: String,
    plan: String,
    support: String,
    benefit: String,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

fn draft_of(form: &FormData, cfp: &Cfp) -> Result<ProposalDraft, WebError> {
    let mut f: ProposalForm = form.parse()?;
    let lines = |text: &str| -> Vec<String> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    };
    let mut presenters: Vec<PresenterDraft> = lines(&f.presenters)
        .into_iter()
        .map(|u| PresenterDraft {
            username: u,
            guest: String::new(),
        })
        .collect();
    presenters.extend(lines(&f.guests).into_iter().map(|g| PresenterDraft {
        username: String::new(),
        guest: g,
    }));
    let answers = (0..cfp.questions.len())
        .map(|i| f.rest.remove(&format!("answer.{i}")).unwrap_or_default())
        .collect();
    Ok(ProposalDraft {
        presenters,
        contact_email: f.contact_email,
        affiliation: f.affiliation,
        title: f.title,
        lang: f.lang,
        language_note: f.language_note,
        session_type: f.session_type,
        minutes: f.minutes,
        track: f.track,
        plan: f.plan,
        support: f.support,
        benefit: f.benefit,
        answers,
    })
}

/// The form's values from a stored proposal.
fn values_of(p: &ProposalRow) -> Vec<(String, String)> {
    let q = &p.proposal;
    let (mut accounts, mut guests) = (Vec::new(), Vec::new());
    for x in &q.presenters {
        match x {
            Presenter::Account(u) => accounts.push(u.to_string()),
            Presenter::Guest(g) => guests.push(g.clone()),
        }
    }
    let mut v = vec![
        ("presenters".to_string(), accounts.join("\n")),
        ("guests".into(), guests.join("\n")),
        (
            "contact_email".into(),
            q.contact_email
                .as_ref()
                .map(|m| m.as_str().to_string())
                .unwrap_or_default(),
        ),
        ("affiliation".into(), q.affiliation.clone()),
        ("title".into(), q.title.clone()),
        ("lang".into(), q.lang.to_string()),
        ("language_note".into(), q.language_note.clone()),
        ("session_type".into(), q.session_type.clone()),
        ("minutes".into(), q.minutes.to_string()),
        ("track".into(), q.track.clone().unwrap_or_default()),
        ("plan".into(), q.plan.clone()),
        ("support".into(), q.support.clone()),
        ("benefit".into(), q.benefit.clone()),
    ];
    for (i, a) in q.answers.iter().enumerate() {
        v.push((format!("answer.{i}"), a.clone()));
    }
    v
}

struct FormSpec<'a> {
    cfp: &'a Cfp,
    heading: String,
    action: String,
    submit_label: String,
    values: Vec<(String, String)>,
    errors: Vec<String>,
}

fn form_page(ctx: &Ctx, spec: FormSpec<'_>, status: StatusCode) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let value = |k: &str| {
        spec.values
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut fields: Vec<Field> = TEXT_FIELDS
        .iter()
        .map(|&(name, block)| Field {
            name: name.to_string(),
            label: message(lang, &format!("conf-field-{name}"), &[]),
            value: value(name),
            block,
        })
        .collect();
    fields.push(Field {
        name: "benefit".into(),
        label: message(lang, "conf-field-benefit", &[]),
        value: value("benefit"),
        block: true,
    });
    for (i, q) in spec.cfp.questions.iter().enumerate() {
        let name = format!("answer.{i}");
        fields.push(Field {
            label: if q.required {
                format!("{} *", q.text)
            } else {
                q.text.clone()
            },
            value: value(&name),
            name,
            block: true,
        });
    }
    let chosen_type = value("session_type");
    let chosen_lang = value("lang");
    let chosen_track = value("track");
    let page = FormPage {
        frame: Frame::new(ctx, spec.heading.clone()),
        t: Tr(lang),
        heading: spec.heading,
        action: spec.action,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors: spec.errors,
        fields,
        types: spec
            .cfp
            .session_types
            .iter()
            .map(|t| {
                let m = message(
                    lang,
                    "conf-minutes",
                    &[("minutes", i64::from(t.minutes).into())],
                );
                Choice {
                    value: t.key.clone(),
                    label: format!("{} ({m})", t.name),
                    selected: t.key == chosen_type,
                }
            })
            .collect(),
        languages: spec
            .cfp
            .languages
            .iter()
            .map(|l| Choice {
                value: l.to_string(),
                label: names::language(lang, l.as_str()),
                selected: l.as_str() == chosen_lang,
            })
            .collect(),
        tracks: spec
            .cfp
            .tracks
            .iter()
            .map(|t| Choice {
                value: t.clone(),
                label: t.clone(),
                selected: *t == chosen_track,
            })
            .collect(),
        submit_label: spec.submit_label,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = app::conference(state.app(), id_of(&id)?).await?;
    let cfp = app::the_cfp(state.app(), e.id).await?;
    let me = ctx
        .viewer
        .account()
        .map(|a| a.username.to_string())
        .unwrap_or_default();
    let values = vec![
        ("presenters".to_string(), me),
        ("lang".into(), ctx.lang.code().into()),
    ];
    let spec = new_spec(&ctx, &e, &cfp, values, Vec::new());
    form_page(&ctx, spec, StatusCode::OK)
}

fn new_spec<'a>(
    ctx: &Ctx,
    e: &EventRow,
    cfp: &'a Cfp,
    values: Vec<(String, String)>,
    errors: Vec<String>,
) -> FormSpec<'a> {
    FormSpec {
        cfp,
        heading: message(
            ctx.lang,
            "conf-new-title",
            &[("title", e.details.title.as_str().into())],
        ),
        action: paths::new_proposal(e.id),
        submit_label: message(ctx.lang, "conf-submit", &[]),
        values,
        errors,
    }
}

async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let e = app::conference(state.app(), id_of(&id)?).await?;
    let cfp = app::the_cfp(state.app(), e.id).await?;
    match app::submit(state.app(), ctx.actor(), &e, draft_of(&form, &cfp)?).await {
        Ok(p) => Ok(super::frame::see_other(&paths::proposal(p.id))),
        Err(err) => {
            let spec = new_spec(&ctx, &e, &cfp, form.0.clone(), refusal(ctx.lang, err)?);
            form_page(&ctx, spec, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

fn edit_spec<'a>(
    ctx: &Ctx,
    p: &ProposalRow,
    cfp: &'a Cfp,
    values: Vec<(String, String)>,
    errors: Vec<String>,
) -> FormSpec<'a> {
    FormSpec {
        cfp,
        heading: p.proposal.title.clone(),
        action: paths::proposal_edit(p.id),
        submit_label: message(ctx.lang, "conf-save", &[]),
        values,
        errors,
    }
}

/// The proposal's own people only.
async fn own_proposal(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<(EventRow, ProposalRow, Cfp), WebError> {
    let (e, p) = app::proposal(state.app(), id_of(id)?).await?;
    app::own(ctx.actor(), &p)?;
    let cfp = app::the_cfp(state.app(), e.id).await?;
    Ok((e, p, cfp))
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let (_, p, cfp) = own_proposal(&state, &ctx, &id).await?;
    let spec = edit_spec(&ctx, &p, &cfp, values_of(&p), Vec::new());
    form_page(&ctx, spec, StatusCode::OK)
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let (e, p, cfp) = own_proposal(&state, &ctx, &id).await?;
    let outcome = app::update(state.app(), ctx.actor(), (&e, &p), draft_of(&form, &cfp)?).await;
    match outcome {
        Ok(()) => Ok(super::frame::see_other(&paths::proposal(p.id))),
        Err(err) => {
            let spec = edit_spec(&ctx, &p, &cfp, form.0.clone(), refusal(ctx.lang, err)?);
            form_page(&ctx, spec, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// A label and its value on the proposal page, as HTML (long texts as paragraphs).
pub struct HtmlFact {
    pub label: String,
    pub html: String,
}

fn fact_html(value: &str, block: bool) -> String {
    if block {
        crate::html::paragraphs(value)
    } else {
        crate::html::escape(value)
    }
}

/// An interested attendee as the wiki lists them: the name and the date signed.
pub struct Signature {
    pub name: String,
    pub when: String,
}

/// A reviewer's form: each criterion with their score so far, their comment, the top of
/// the scale.
pub struct ReviewForm {
    /// Each criterion and the score given so far.
    pub criteria: Vec<Fact>,
    pub comment: String,
    pub max: u32,
}

/// The organizers' placement form: the rooms (id, name, chosen), the start so far in the
/// conference's zone, and the zone.
pub struct PlaceForm {
    pub rooms: Vec<Choice>,
    pub start: String,
    pub zone: String,
}

#[derive(Template)]
#[template(path = "conference/proposal.html")]
struct ProposalPage {
    frame: Frame,
    t: Tr,
    id: i64,
    event_id: i64,
    event_title: String,
    title: String,
    status: String,
    lang_attr: String,
    submitted: String,
    contact: Vec<HtmlFact>,
    topic: Vec<HtmlFact>,
    interested: Vec<Signature>,
    /// Some(true): may mark interest; Some(false): may remove it.
    interest_action: Option<bool>,
    own: bool,
    editable: bool,
    /// When and where, once in the programme (in the conference's zone).
    placed: Option<String>,
    review: Option<ReviewForm>,
    /// The organizers decide (not on a withdrawn proposal)…
    decide: bool,
    /// …and place an accepted session.
    place: Option<PlaceForm>,
    csrf: String,
    errors: Vec<String>,
}

async fn proposal_page(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let (e, p) = app::proposal(state.app(), id_of(id)?).await?;
    let cfp = app::cfp(state.app(), e.id).await?;
    let interest = app::interest(state.app(), p.id).await?;
    let me = ctx.viewer.user_id();
    let own = me.is_some_and(|u| p.is_own(u));
    let private = app::sees_private(&ctx.viewer, &e, &p);
    let q = &p.proposal;
    let fact = |id: &str, value: String, block: bool| HtmlFact {
        label: message(lang, id, &[]),
        html: fact_html(&value, block),
    };
    let mut contact = vec![fact(
        "conf-presenters",
        format::list(lang, &presenter_names(&p)),
        false,
    )];
    if private && let Some(m) = &q.contact_email {
        contact.push(fact(
            "conf-field-contact_email",
            m.as_str().to_string(),
            false,
        ));
    }
    if !q.affiliation.is_empty() {
        contact.push(fact("conf-field-affiliation", q.affiliation.clone(), false));
    }
    let mut language = names::language(lang, q.lang.as_str());
    if !q.language_note.is_empty() {
        language = format!("{language} — {}", q.language_note);
    }
    let mut topic = vec![
        fact("conf-field-lang", language, false),
        fact(
            "conf-field-session_type",
            type_name(cfp.as_ref(), &q.session_type),
            false,
        ),
        fact(
            "conf-time-needed",
            message(
                lang,
                "conf-minutes",
                &[("minutes", i64::from(q.minutes).into())],
            ),
            false,
        ),
    ];
    if let Some(t) = &q.track {
        topic.push(fact("conf-field-track", t.clone(), false));
    }
    topic.push(fact("conf-field-plan", q.plan.clone(), true));
    if !q.support.is_empty() {
        topic.push(fact("conf-field-support", q.support.clone(), true));
    }
    topic.push(fact("conf-field-benefit", q.benefit.clone(), true));
    if private && let Some(c) = &cfp {
        for (question, answer) in c.questions.iter().zip(&q.answers) {
            if !answer.is_empty() {
                topic.push(HtmlFact {
                    label: question.text.clone(),
                    html: fact_html(answer, true),
                });
            }
        }
    }
    let mine = ctx
        .viewer
        .account()
        .map(|a| a.username.to_string())
        .filter(|_| p.status != ProposalStatus::Withdrawn);
    let interest_action = mine.map(|name| {
        !interest
            .iter()
            .any(|i| i.username == name || i.user_id == me)
    });
    let tz = jiff::tz::TimeZone::get(&e.details.schedule.zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let placed_row = app::placed_session(state.app(), p.id).await?;
    let placed = placed_row.as_ref().map(|s| {
        format!(
            "{} – {} ({}) · {}",
            format::datetime_in(lang, s.start, &tz),
            format::datetime_in(lang, s.end, &tz),
            e.details.schedule.zone,
            s.room
        )
    });
    let organizer = organizes(&ctx.viewer, &e);
    let reviewer = !own
        && p.status != ProposalStatus::Withdrawn
        && app::is_reviewer(state.app(), ctx.actor(), e.id, Panel::Programme).await?;
    let review = match (&cfp, reviewer) {
        (Some(c), true) => {
            let mine = app::my_review(state.app(), ctx.actor(), (&e, &p)).await?;
            let scores = c
                .criteria
                .iter()
                .enumerate()
                .map(|(i, k)| {
                    let typed = mine
                        .as_ref()
                        .and_then(|r| r.review.scores.get(i))
                        .map(u32::to_string)
                        .unwrap_or_default();
                    Fact {
                        label: k.name.clone(),
                        value: typed,
                    }
                })
                .collect();
            let comment = mine.map(|r| r.review.comment).unwrap_or_default();
            Some(ReviewForm {
                criteria: scores,
                comment,
                max: c.score_max,
            })
        }
        _ => None,
    };
    let place = if organizer && p.status == ProposalStatus::Accepted {
        let rooms = app::rooms(state.app(), e.id).await?;
        let chosen = placed_row.as_ref().map(|s| s.room_id);
        let start = placed_row
            .as_ref()
            .map(|s| super::organize::local_text(s.start, &tz))
            .unwrap_or_default();
        Some(PlaceForm {
            rooms: rooms
                .into_iter()
                .map(|(id, name)| Choice {
                    value: id.to_string(),
                    label: name,
                    selected: Some(id) == chosen,
                })
                .collect(),
            start,
            zone: e.details.schedule.zone.clone(),
        })
    } else {
        None
    };
    let page = ProposalPage {
        placed,
        review,
        decide: organizer && p.status != ProposalStatus::Withdrawn,
        place,
        frame: Frame::new(ctx, q.title.clone()),
        t: Tr(lang),
        id: p.id.get(),
        event_id: e.id.get(),
        event_title: e.details.title.clone(),
        title: q.title.clone(),
        status: status_label(lang, p.status),
        lang_attr: q.lang.to_string(),
        submitted: message(
            lang,
            "conf-submitted-by",
            &[
                ("name", p.submitter.as_str().into()),
                ("date", format::datetime_utc(lang, p.submitted_at).into()),
            ],
        ),
        contact,
        topic,
        interested: interest
            .iter()
            .map(|i| Signature {
                name: i.username.clone(),
                when: format::datetime_utc(lang, i.signed_at),
            })
            .collect(),
        interest_action,
        own,
        editable: own
            && p.status == ProposalStatus::Submitted
            && cfp.as_ref().is_some_and(|c| c.is_open(ctx.now)),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

/// After a form on a proposal's page: done, the page again (and caches told); refused,
/// the page with the reasons.
async fn after_proposal_form(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    outcome: Result<(), Error>,
) -> Result<Response, WebError> {
    let done = paths::proposal(id_of::<i64>(id)?);
    super::frame::after_form(ctx, outcome, &done, |errors| {
        proposal_page(state, ctx, id, errors, StatusCode::CONFLICT)
    })
    .await
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    proposal_page(&state, &ctx, &id, Vec::new(), StatusCode::OK).await
}

async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let (_, p) = app::proposal(state.app(), id_of(&id)?).await?;
    let outcome = app::withdraw(state.app(), ctx.actor(), &p).await;
    after_proposal_form(&state, &ctx, &id, outcome).await
}

/// A reviewer's scores (`score.N`, one per criterion) and comment.
async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Scores>,
) -> Result<impl IntoResponse, WebError> {
    ctx.viewer.user_id().ok_or(Error::Unauthenticated)?;
    let (e, p) = app::proposal(state.app(), id_of(&id)?).await?;
    let cfp = app::the_cfp(state.app(), e.id).await?;
    let outcome = match scores_of(&form, &cfp.criteria, cfp.score_max) {
        Ok(review) => app::review(state.app(), ctx.actor(), (&e, &p), review)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    after_proposal_form(&state, &ctx, &id, outcome).await
}

/// A review form: the scores (`score.0`, `score.1`, … in the criteria's order) and a
/// comment (proposals and scholarship applications alike).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct Scores {
    comment: String,
    #[serde(flatten)]
    scores: BTreeMap<String, String>,
}

/// A review form's scores and comment, checked against the scale.
pub(crate) fn scores_of(
    form: &Scores,
    criteria: &[sangam_core::conference::Criterion],
    score_max: u32,
) -> Result<sangam_core::conference::Review, Error> {
    let mut errors = sangam_core::FieldErrors::new();
    let scores: Vec<u32> = (0..criteria.len())
        .filter_map(|i| {
            let typed = form
                .scores
                .get(&format!("score.{i}"))
                .map_or("", |s| s.trim());
            let parsed = typed.parse::<u32>().ok();
            if parsed.is_none() {
                errors.add_with(
                    format!("scores.{i}"),
                    "score_out_of_scale",
                    vec![("max", score_max.to_string())],
                );
            }
            parsed
        })
        .collect();
    errors.finish(|| ())?;
    sangam_core::conference::Review {
        scores,
        comment: form.comment.clone(),
    }
    .validate_on(criteria, score_max)
}

/// A decision (`accept`, `reject`, …) and the message that goes with it (proposals and
/// scholarship applications alike).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct Decision {
    pub decision: String,
    pub message: String,
}

/// The organizers' decision and its message, mailed to the presenters.
async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Decision>,
) -> Result<Response, WebError> {
    let p = app::organized_proposal(state.app(), ctx.actor(), id_of(&id)?).await?;
    let typed = (form.decision.as_str(), form.message.as_str());
    let outcome = app::decide(state.app(), ctx.actor(), &p, typed)
        .await
        .map(|_| ());
    after_proposal_form(&state, &ctx, &id, outcome).await
}

/// A room (its id) and a start in the conference's zone.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Placement {
    room: String,
    start: String,
}

/// The organizers place an accepted session: a room and a start in the conference's zone.
async fn place(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Placement>,
) -> Result<Response, WebError> {
    let p = app::organized_proposal(state.app(), ctx.actor(), id_of(&id)?).await?;
    let outcome = match form.room.parse::<i64>().ok() {
        Some(room) => app::place(state.app(), &p, room, &form.start)
            .await
            .map(|_| ()),
        None => Err(Error::field("room", "invalid_choice")),
    };
    after_proposal_form(&state, &ctx, &id, outcome).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Interest {
    interested: String,
}

/// One click: `interested=yes` marks interest, anything else removes it.
async fn interest(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Interest>,
) -> Result<Response, WebError> {
    ctx.viewer.account().ok_or(Error::Unauthenticated)?;
    let yes = form.interested == "yes";
    let outcome = app::set_interest(state.app(), ctx.actor(), id_of(&id)?, yes).await;
    after_proposal_form(&state, &ctx, &id, outcome).await
}

/// A day of the programme: its date and its sessions in order.
struct Day {
    heading: String,
    sessions: Vec<ProgrammeLine>,
}

/// A session as the programme lists it.
pub struct ProgrammeLine {
    pub id: i64,
    pub when: String,
    pub room: String,
    pub title: String,
    pub lang: String,
    pub presenters: String,
    pub language: String,
}

#[derive(Template)]
#[template(path = "conference/programme.html")]
struct ProgrammeByDay {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    zone: String,
    zone_note: String,
    /// A day's heading and its sessions.
    days: Vec<Day>,
}

/// The public programme by day and room, in the reader's language and in the time zone
/// they choose (`?tz=`; the conference's by default).
async fn programme_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Response {
    // Anonymous readers share the page until the programme changes.
    super::frame::cached(&state, &ctx, || async {
        let lang = ctx.lang;
        let e = app::conference(state.app(), id_of(&id)?).await?;
        let asked = crate::ctx::query_param(ctx.uri.split_once('?').map(|(_, q)| q), "tz");
        let zone = asked
            .filter(|z| jiff::tz::TimeZone::get(z).is_ok())
            .unwrap_or_else(|| e.details.schedule.zone.clone());
        let tz = jiff::tz::TimeZone::get(&zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let mut days: Vec<Day> = Vec::new();
        for s in app::programme(state.app(), e.id).await? {
            let day = jiff::Timestamp::from_second(s.start.0)
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
                .to_zoned(tz.clone())
                .date();
            let heading = format::date(lang, day);
            let q = &s.proposal.proposal;
            let line = ProgrammeLine {
                id: s.proposal.id.get(),
                when: format!(
                    "{} – {}",
                    format::datetime_in(lang, s.start, &tz),
                    format::datetime_in(lang, s.end, &tz)
                ),
                room: s.room.clone(),
                title: q.title.clone(),
                lang: q.lang.to_string(),
                presenters: format::list(lang, &presenter_names(&s.proposal)),
                language: names::language(lang, q.lang.as_str()),
            };
            match days.last_mut() {
                Some(d) if d.heading == heading => d.sessions.push(line),
                _ => days.push(Day {
                    heading,
                    sessions: vec![line],
                }),
            }
        }
        let heading = message(
            lang,
            "conf-programme-title",
            &[("title", e.details.title.as_str().into())],
        );
        let page = ProgrammeByDay {
            frame: Frame::new(&ctx, heading.clone()),
            t: Tr(lang),
            id: e.id.get(),
            heading,
            zone_note: message(
                lang,
                "conf-programme-zone",
                &[("zone", zone.as_str().into())],
            ),
            zone,
            days,
        };
        Ok((render(&page)?, "text/html; charset=utf-8"))
    })
    .await
}

/// One session as iCalendar, once it is in the programme.
async fn session_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let (e, p) = app::proposal(state.app(), id_of(&id)?).await?;
    let session = app::placed_session(state.app(), p.id)
        .await?
        .ok_or_else(not_found)?;
    let body = app::sessions_ics(&e, &[session], &state.config().public_url, ctx.now);
    Ok(axum::response::IntoResponse::into_response((
        [(
            axum::http::header::CONTENT_TYPE,
            "text/calendar; charset=utf-8",
        )],
        body,
    )))
}
