//! The organizers' form for a new event of their affiliate. A refused form comes back with
//! everything as typed and each problem at its field; nothing is saved in part.

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sangam_core::Timestamp;
use sangam_core::affiliate::Affiliate;
use sangam_core::error::{Error, FieldErrors};
use sangam_core::event::{EventDraft, EventKind, Mode, Question, RegistrationWindow, When};
use sangam_db::events::EventRow;
use sangam_i18n::message;

use super::directory::display_name;
use super::edit::Field;
use super::frame::{Choice, Frame, Tr, html, render, see_other};
use crate::ctx::Ctx;
use crate::error::{WebError, field_message};
use crate::extract::{CsrfForm, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::events::{self as app, EventInput};
use sangam_core::id::EventId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::NEW_EVENT, get(new_form).post(create))
        .route(paths::EVENT_EDIT, get(edit_form).post(save))
}

#[derive(Template)]
#[template(path = "events/event_form.html")]
struct EventFormPage {
    frame: Frame,
    t: Tr,
    heading: String,
    action: String,
    csrf: String,
    has_errors: bool,
    /// The form's fieldsets, each with its fields by name.
    what: Vec<Field>,
    when: Vec<Field>,
    place: Vec<Field>,
    registration: Vec<Field>,
    more: Vec<Field>,
    all_day: bool,
    proposed: bool,
    registration_open: bool,
    zones: Vec<String>,
    cancel: String,
    save: String,
}

const TEXT_FIELDS: &[(&str, &str, &str)] = &[
    ("title", "event-form-title", "text"),
    ("start_date", "event-form-start-date", "date"),
    ("start_time", "event-form-start-time", "time"),
    ("end_date", "event-form-end-date", "date"),
    ("end_time", "event-form-end-time", "time"),
    ("time_zone", "event-form-time-zone", "text"),
    ("venue", "event-field-venue", "text"),
    ("address", "event-form-address", "text"),
    ("latitude", "event-form-latitude", "text"),
    ("longitude", "event-form-longitude", "text"),
    ("meeting_url", "event-meeting", "url"),
    ("capacity", "event-form-capacity", "text"),
    ("wikis", "event-field-wikis", "text"),
    ("hashtags", "event-field-hashtags", "text"),
    ("languages", "event-field-languages", "text"),
    ("organizers", "event-field-people", "textarea"),
    ("questions", "event-form-questions", "textarea"),
    ("description", "event-form-description", "textarea"),
    ("closes_date", "event-form-closes-date", "date"),
    ("closes_time", "event-form-closes-time", "time"),
    ("opens_date", "event-form-opens-date", "date"),
    ("opens_time", "event-form-closes-time", "time"),
];

/// Where a form goes: its heading, its address, the way back, its button.
struct Target {
    heading: String,
    action: String,
    cancel: String,
    save: String,
}

fn new_target(lang: sangam_i18n::Lang, a: &Affiliate) -> Target {
    let (name, _) = display_name(lang, a);
    Target {
        heading: message(
            lang,
            "event-form-heading",
            &[("name", name.as_str().into())],
        ),
        action: paths::new_event(&a.slug),
        cancel: paths::affiliate_events(&a.slug),
        save: message(lang, "event-form-save", &[]),
    }
}

fn edit_target(lang: sangam_i18n::Lang, e: &EventRow) -> Target {
    Target {
        heading: message(
            lang,
            "event-form-edit-heading",
            &[("title", e.details.title.as_str().into())],
        ),
        action: paths::event_edit(e.id),
        cancel: paths::event(e.id),
        save: message(lang, "edit-save", &[]),
    }
}

fn form_page(
    ctx: &Ctx,
    target: Target,
    form: &FormData,
    errors: &FieldErrors,
    campaigns: &[(String, String)],
) -> EventFormPage {
    let lang = ctx.lang;
    let by_field: HashMap<String, String> = errors
        .iter()
        .map(|e| {
            // answers.0 / questions.2 belong to their list's field
            let field = e.field.split('.').next().unwrap_or(&e.field).to_string();
            (field, field_message(lang, e))
        })
        .collect();
    let value = |n: &str| form.get(n).unwrap_or("").to_string();
    let field = |name: &str, label: &str, kind: &'static str| Field {
        name: name.to_string(),
        label: message(lang, label, &[]),
        kind,
        value: value(name),
        choices: Vec::new(),
        help: None,
        source: None,
        error: by_field.get(name).cloned(),
        disabled: false,
        required: name == "title" || name == "start_date",
    };
    let select = |name: &str, label: &str, choices: Vec<(String, String)>| {
        let current = value(name);
        Field {
            choices: choices
                .into_iter()
                .map(|(v, l)| Choice {
                    selected: v == current,
                    value: v,
                    label: l,
                })
                .collect(),
            ..field(name, label, "select")
        }
    };
    let mut fields = vec![
        field("title", "event-form-title", "text"),
        select(
            "kind",
            "event-field-kind",
            EventKind::ALL
                .iter()
                .map(|k| {
                    (
                        k.as_str().to_string(),
                        message(lang, &format!("event-kind-{}", k.as_str()), &[]),
                    )
                })
                .collect(),
        ),
        select(
            "mode",
            "event-field-mode",
            Mode::ALL
                .iter()
                .map(|m| {
                    (
                        m.as_str().to_string(),
                        message(lang, &format!("event-mode-{}", m.as_str()), &[]),
                    )
                })
                .collect(),
        ),
        select("campaign", "event-field-campaign", campaigns.to_vec()),
    ];
    for (name, label, kind) in TEXT_FIELDS.iter().skip(1) {
        let mut f = field(name, label, kind);
        f.help = match *name {
            "time_zone" => Some(message(lang, "event-form-time-zone-help", &[])),
            "questions" => Some(message(lang, "event-form-questions-help", &[])),
            "organizers" => Some(message(lang, "event-form-organizers-help", &[])),
            "end_date" => Some(message(lang, "event-form-end-date-help", &[])),
            _ => None,
        };
        fields.push(f);
    }
    let mut fields: HashMap<String, Field> =
        fields.into_iter().map(|f| (f.name.clone(), f)).collect();
    let mut group =
        |names: &[&str]| -> Vec<Field> { names.iter().filter_map(|n| fields.remove(*n)).collect() };
    EventFormPage {
        what: group(&["title", "kind", "mode", "campaign"]),
        when: group(&[
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
        ]),
        place: group(&["venue", "address", "latitude", "longitude", "meeting_url"]),
        registration: group(&[
            "capacity",
            "questions",
            "opens_date",
            "opens_time",
            "closes_date",
            "closes_time",
        ]),
        more: group(&[
            "wikis",
            "hashtags",
            "languages",
            "organizers",
            "description",
        ]),
        frame: Frame::new(ctx, target.heading.clone()),
        t: Tr(lang),
        heading: target.heading,
        action: target.action,
        save: target.save,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        has_errors: !errors.is_empty(),
        all_day: form.get("all_day").is_some(),
        proposed: form.get("proposed").is_some(),
        registration_open: form.get("registration_open").is_some(),
        zones: jiff::tz::db().available().map(|z| z.to_string()).collect(),
        cancel: target.cancel,
    }
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = app::organizing_one(state.app(), ctx.actor(), &slug).await?;
    // A new event starts in the affiliate's usual zone if it has one we know.
    let mut defaults = vec![("registration_open".to_string(), "on".to_string())];
    if let Some(zone) = a.country.as_ref().and_then(|c| default_zone(c.as_str())) {
        defaults.push(("time_zone".into(), zone.into()));
    }
    let page = form_page(
        &ctx,
        new_target(ctx.lang, &a),
        &FormData(defaults),
        &FieldErrors::new(),
        &app::campaign_choices(state.app()).await?,
    );
    Ok(html(&ctx, StatusCode::OK, render(&page)?))
}

/// The zone most of a country's people live in, for the countries of the seeds and their
/// neighbours; others start empty.
fn default_zone(country: &str) -> Option<&'static str> {
    Some(match country {
        "BD" => "Asia/Dhaka",
        "PK" => "Asia/Karachi",
        "TJ" => "Asia/Dushanbe",
        "IN" => "Asia/Kolkata",
        "NP" => "Asia/Kathmandu",
        "LK" => "Asia/Colombo",
        "AF" => "Asia/Kabul",
        "UZ" => "Asia/Tashkent",
        "KZ" => "Asia/Almaty",
        "ID" => "Asia/Jakarta",
        "JP" => "Asia/Tokyo",
        "CN" => "Asia/Shanghai",
        _ => return None,
    })
}

fn list(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The event form: the event's fields, its registration window in the event's zone, and
/// its campaign.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct EventForm {
    title: String,
    kind: String,
    mode: String,
    time_zone: String,
    start_date: String,
    start_time: String,
    end_date: String,
    end_time: String,
    venue: String,
    address: String,
    latitude: String,
    longitude: String,
    meeting_url: String,
    description: String,
    capacity: String,
    wikis: String,
    hashtags: String,
    languages: String,
    organizers: String,
    questions: String,
    opens_date: String,
    opens_time: String,
    closes_date: String,
    closes_time: String,
    #[serde(deserialize_with = "crate::forms::checkbox")]
    all_day: bool,
    #[serde(deserialize_with = "crate::forms::checkbox")]
    proposed: bool,
    #[serde(deserialize_with = "crate::forms::checkbox")]
    registration_open: bool,
    campaign: Option<String>,
}

fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn draft_of(f: EventForm) -> EventDraft {
    EventDraft {
        wikis: list(&f.wikis),
        hashtags: list(&f.hashtags),
        languages: list(&f.languages),
        organizers: lines(&f.organizers).map(str::to_string).collect(),
        questions: lines(&f.questions)
            .map(|l| match l.strip_prefix('*') {
                Some(q) => Question {
                    text: q.trim().to_string(),
                    required: true,
                },
                None => Question {
                    text: l.to_string(),
                    required: false,
                },
            })
            .collect(),
        title: f.title,
        kind: f.kind,
        mode: f.mode,
        time_zone: f.time_zone,
        all_day: f.all_day,
        proposed: f.proposed,
        start_date: f.start_date,
        start_time: f.start_time,
        end_date: f.end_date,
        end_time: f.end_time,
        venue: f.venue,
        address: f.address,
        latitude: f.latitude,
        longitude: f.longitude,
        meeting_url: f.meeting_url,
        description: f.description,
        capacity: f.capacity,
    }
}

/// When registration opens or closes (`which`: "opens" or "closes"), typed as a date and a
/// time in the event's zone, or none. Closing without a time means the end of that day.
fn moment(
    (date, time): (&str, &str),
    which: &str,
    zone: &str,
    e: &mut FieldErrors,
) -> Option<Timestamp> {
    let date_field = format!("{which}_date");
    let time_field = format!("{which}_time");
    let date = Some(date.trim()).filter(|d| !d.is_empty())?;
    let time = Some(time.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or(if which == "closes" { "23:59" } else { "00:00" });
    let tz = sangam_core::event::time_zone(zone).ok()?;
    let Ok(d) = date.parse::<jiff::civil::Date>() else {
        e.add(date_field, "invalid_date");
        return None;
    };
    let Ok(t) = time.parse::<jiff::civil::Time>() else {
        e.add(time_field, "invalid_time");
        return None;
    };
    e.check(
        &time_field,
        sangam_core::event::instant(&tz, d.to_datetime(t)),
    )
}

/// What a submitted form asks for, for the service to check: the event, its registration
/// window read in the event's zone, and its campaign.
fn input_of(form: &FormData) -> Result<EventInput, WebError> {
    let f: EventForm = form.parse()?;
    let mut unread = FieldErrors::new();
    let closes = (f.closes_date.as_str(), f.closes_time.as_str());
    let closes_at = moment(closes, "closes", &f.time_zone, &mut unread);
    let opens = (f.opens_date.as_str(), f.opens_time.as_str());
    let opens_at = moment(opens, "opens", &f.time_zone, &mut unread);
    let open = f.registration_open;
    let campaign = f.campaign.clone();
    Ok(EventInput {
        draft: draft_of(f),
        window: RegistrationWindow {
            open,
            opens_at,
            closes_at,
        },
        campaign,
        unread,
        closes_field: "closes_date",
    })
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, WebError> {
    let a = app::organizing_one(state.app(), ctx.actor(), &slug).await?;
    match app::create(state.app(), ctx.actor(), &(&a).into(), input_of(&form)?).await {
        Ok(id) => Ok(see_other(&paths::event(id))),
        Err(Error::Validation(errors)) => {
            let campaigns = app::campaign_choices(state.app()).await?;
            let page = form_page(&ctx, new_target(ctx.lang, &a), &form, &errors, &campaigns);
            Ok(html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, render(&page)?))
        }
        Err(e) => Err(e.into()),
    }
}

/// The form's values for an existing event, in its own zone.
fn values_of(e: &EventRow, campaign: Option<String>) -> FormData {
    let d = &e.details;
    let tz = jiff::tz::TimeZone::get(&d.schedule.zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = |t: Timestamp| {
        jiff::Timestamp::from_second(t.0)
            .map(|t| t.to_zoned(tz.clone()).datetime())
            .unwrap_or_default()
    };
    let mut v: Vec<(String, String)> = vec![
        ("title".into(), d.title.clone()),
        ("kind".into(), d.kind.as_str().into()),
        ("mode".into(), d.mode.as_str().into()),
        ("time_zone".into(), d.schedule.zone.clone()),
        ("venue".into(), d.venue.clone().unwrap_or_default()),
        ("address".into(), d.address.clone().unwrap_or_default()),
        (
            "meeting_url".into(),
            d.meeting_url.clone().unwrap_or_default(),
        ),
        ("description".into(), d.description.clone()),
        (
            "capacity".into(),
            d.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ),
        ("wikis".into(), d.wikis.join(" ")),
        (
            "hashtags".into(),
            d.hashtags
                .iter()
                .map(|h| format!("#{h}"))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "languages".into(),
            d.languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "organizers".into(),
            d.organizers
                .iter()
                .map(|u| u.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (
            "questions".into(),
            d.questions
                .iter()
                .map(|q| {
                    if q.required {
                        format!("* {}", q.text)
                    } else {
                        q.text.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("campaign".into(), campaign.unwrap_or_default()),
    ];
    if let Some((lat, lon)) = d.coordinates {
        v.push(("latitude".into(), lat.to_string()));
        v.push(("longitude".into(), lon.to_string()));
    }
    match &d.schedule.when {
        When::Undated => v.push(("proposed".into(), "on".into())),
        When::Days { first, last } => {
            v.push(("all_day".into(), "on".into()));
            v.push(("start_date".into(), first.to_string()));
            v.push(("end_date".into(), last.to_string()));
        }
        When::Timed { start, end } => {
            let (s, e) = (local(*start), local(*end));
            v.push(("start_date".into(), s.date().to_string()));
            v.push(("start_time".into(), s.strftime("%H:%M").to_string()));
            v.push(("end_date".into(), e.date().to_string()));
            v.push(("end_time".into(), e.strftime("%H:%M").to_string()));
        }
    }
    if e.registration.open {
        v.push(("registration_open".into(), "on".into()));
    }
    if let Some(c) = e.registration.closes_at {
        let c = local(c);
        v.push(("closes_date".into(), c.date().to_string()));
        v.push(("closes_time".into(), c.strftime("%H:%M").to_string()));
    }
    if let Some(o) = e.registration.opens_at {
        let o = local(o);
        v.push(("opens_date".into(), o.date().to_string()));
        v.push(("opens_time".into(), o.strftime("%H:%M").to_string()));
    }
    FormData(v)
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let campaign = app::event_campaign(state.app(), &e).await?;
    let page = form_page(
        &ctx,
        edit_target(ctx.lang, &e),
        &values_of(&e, campaign),
        &FieldErrors::new(),
        &app::campaign_choices(state.app()).await?,
    );
    Ok(html(&ctx, StatusCode::OK, render(&page)?))
}

async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
    CsrfForm(form): CsrfForm,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    match app::update(state.app(), ctx.actor(), &e, input_of(&form)?).await {
        Ok(()) => Ok(see_other(&paths::event(id))),
        Err(Error::Validation(errors)) => {
            let campaigns = app::campaign_choices(state.app()).await?;
            let page = form_page(&ctx, edit_target(ctx.lang, &e), &form, &errors, &campaigns);
            Ok(html(&ctx, StatusCode::UNPROCESSABLE_ENTITY, render(&page)?))
        }
        Err(e) => Err(e.into()),
    }
}
