//! The activities calendar of an affiliate or a hub, one event's page, and their
//! iCalendar feeds and wikitext.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sangam_app::events::{self as app, ICS, next_change, status_of};
use sangam_core::event::{EventStatus, Figures, OutcomesDraft, Seat, When};
use sangam_core::time::PartialDate;
use sangam_core::{Error, Timestamp};
use sangam_db::events::EventRow;
use sangam_i18n::{Lang, format, message};

use super::frame::{Fact, Frame, Link, Tr, cached_until, render};
use crate::ctx::{Ctx, query_param};
use crate::error::WebError;
use crate::extract::{CsrfForm, Form, Path};
use crate::names::display_name;
use crate::paths;
use crate::state::AppState;
use sangam_core::id::EventId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AFFILIATE_EVENTS, get(calendar))
        .route(paths::AFFILIATE_EVENTS_ICS, get(calendar_feed))
        .route(paths::AFFILIATE_EVENTS_WIKI, get(calendar_wikitext))
        .route(paths::EVENT, get(event))
        .route(paths::REGISTER, axum::routing::post(register))
        .route(paths::CANCEL_REGISTRATION, axum::routing::post(cancel))
        .route(paths::OUTCOMES, axum::routing::post(save_outcomes))
        .route(paths::EVENT_CANCELLED, axum::routing::post(set_cancelled))
        .route(paths::PARTICIPANTS_CSV, get(participants_csv))
        .route(paths::EVENT_ICS, get(event_feed))
        .route(paths::EVENT_WIKI, get(event_wikitext))
        .route(paths::FEED, get(my_events_feed))
        .route(paths::CAMPAIGNS, get(campaigns))
        .route(paths::CAMPAIGN, get(campaign))
}

fn zone_of(e: &EventRow) -> TimeZone {
    TimeZone::get(&e.details.schedule.zone).unwrap_or(TimeZone::UTC)
}

/// The zone the reader asked to see times in (`?tz=Asia/Karachi`), if any.
pub fn reader_zone(ctx: &Ctx) -> Result<Option<(String, TimeZone)>, WebError> {
    match query_param(ctx.uri.split_once('?').map(|(_, q)| q), "tz") {
        None => Ok(None),
        Some(z) if z.trim().is_empty() => Ok(None),
        Some(z) => sangam_core::event::time_zone(&z)
            .map(|tz| Some((z.trim().to_string(), tz)))
            .map_err(|e| {
                let mut f = sangam_core::error::FieldErrors::new();
                f.add_with("tz", e.code, e.args);
                WebError::Domain(Error::Validation(f))
            }),
    }
}

/// A timed event's times in the reader's zone, when they chose one other than the event's.
pub fn in_reader_zone(
    lang: Lang,
    e: &EventRow,
    reader: Option<&(String, TimeZone)>,
) -> Option<String> {
    let (name, tz) = reader?;
    match &e.details.schedule.when {
        When::Timed { start, end } if *name != e.details.schedule.zone => Some(message(
            lang,
            "event-time-range-zone",
            &[
                ("start", format::datetime_in(lang, *start, tz).into()),
                ("end", format::datetime_in(lang, *end, tz).into()),
                ("zone", name.as_str().into()),
            ],
        )),
        _ => None,
    }
}

/// When an event happens, in the reader's language: whole days as dates; times in the
/// event's zone with the zone's name, and in UTC.
pub fn when_text(lang: Lang, e: &EventRow) -> (String, Option<String>) {
    match &e.details.schedule.when {
        When::Undated => (message(lang, "event-undated", &[]), None),
        When::Days { first, last } if first == last => (format::date(lang, *first), None),
        When::Days { first, last } => (
            message(
                lang,
                "date-range",
                &[
                    ("start", format::date(lang, *first).into()),
                    ("end", format::date(lang, *last).into()),
                ],
            ),
            None,
        ),
        When::Timed { start, end } => {
            let tz = zone_of(e);
            let local = message(
                lang,
                "event-time-range-zone",
                &[
                    ("start", format::datetime_in(lang, *start, &tz).into()),
                    ("end", format::datetime_in(lang, *end, &tz).into()),
                    ("zone", e.details.schedule.zone.as_str().into()),
                ],
            );
            let utc = message(
                lang,
                "event-time-range-utc",
                &[
                    ("start", format::datetime_utc(lang, *start).into()),
                    ("end", format::datetime_utc(lang, *end).into()),
                ],
            );
            (local, Some(utc))
        }
    }
}

pub struct ItemView {
    pub href: String,
    pub title: String,
    pub when: String,
    pub status: &'static str,
    pub status_label: String,
}

pub struct MonthView {
    pub label: String,
    pub items: Vec<ItemView>,
}

#[derive(Template)]
#[template(path = "events/calendar.html")]
struct CalendarPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    months: Vec<MonthView>,
    years: Vec<YearLink>,
    all_href: String,
    all_current: bool,
    /// The outcome columns' labels, and a row per year: the year and its totals.
    outcome_labels: Vec<String>,
    totals: Vec<YearTotals>,
    /// The campaigns the affiliate takes part in.
    campaigns: Vec<Link>,
    /// The reader organizes this affiliate's events.
    can_create: bool,
    /// The month grid, when asked for (`?view=grid`).
    grid: Option<GridView>,
    list_href: String,
    grid_href: String,
    /// The zone the reader chose to see times in.
    tz: String,
}

pub struct GridDay {
    /// The day of the month in the reader's digits; empty for padding cells.
    pub label: String,
    pub items: Vec<ItemView>,
}

pub struct GridView {
    pub title: String,
    pub weekdays: Vec<String>,
    pub weeks: Vec<Vec<GridDay>>,
    pub previous: String,
    pub next: String,
}

/// The local dates an event covers, in its own zone.
fn days_of(e: &EventRow) -> (Date, Date) {
    match &e.details.schedule.when {
        When::Undated => (
            e.details.schedule.first_day(),
            e.details.schedule.first_day(),
        ),
        When::Days { first, last } => (*first, *last),
        When::Timed { start, end } => {
            let tz = zone_of(e);
            let day = |t: i64| {
                jiff::Timestamp::from_second(t)
                    .map(|t| t.to_zoned(tz.clone()).date())
                    .unwrap_or_default()
            };
            (day(start.0), day((end.0 - 1).max(start.0)))
        }
    }
}

/// A month as a grid of weeks (Monday first), each day with the events on it.
fn grid(lang: Lang, events: &[EventRow], month: Date, now: Timestamp, base: &str) -> GridView {
    let first = month.first_of_month();
    let last = month.last_of_month();
    let lead = first.weekday().to_monday_zero_offset() as usize;
    let mut cells: Vec<GridDay> = (0..lead)
        .map(|_| GridDay {
            label: String::new(),
            items: Vec::new(),
        })
        .collect();
    let mut day = first;
    while day <= last {
        let items = events
            .iter()
            .filter(|e| {
                let (a, b) = days_of(e);
                a <= day && day <= b
            })
            .map(|e| ItemView {
                href: paths::event(e.id),
                title: e.details.title.clone(),
                when: String::new(),
                status: status_of(e, now).as_str(),
                status_label: message(
                    lang,
                    &format!("event-status-{}", status_of(e, now).as_str()),
                    &[],
                ),
            })
            .collect();
        cells.push(GridDay {
            label: format::number(lang, i64::from(day.day())),
            items,
        });
        match day.tomorrow() {
            Ok(d) => day = d,
            Err(_) => break,
        }
    }
    while !cells.len().is_multiple_of(7) {
        cells.push(GridDay {
            label: String::new(),
            items: Vec::new(),
        });
    }
    let mut weeks = Vec::new();
    let mut it = cells.into_iter().peekable();
    while it.peek().is_some() {
        weeks.push(it.by_ref().take(7).collect());
    }
    let link = |d: Date| format!("{base}?view=grid&month={}", d.strftime("%Y-%m"));
    GridView {
        title: format::partial_date(
            lang,
            PartialDate {
                year: first.year(),
                month: Some(first.month()),
                day: None,
            },
        ),
        weekdays: (1..=7)
            .map(|d| message(lang, &format!("weekday-{d}"), &[]))
            .collect(),
        weeks,
        previous: link(first.yesterday().unwrap_or(first)),
        next: link(last.tomorrow().unwrap_or(last)),
    }
}

/// `?month=YYYY-MM`, or the current month (UTC).
fn month_param(ctx: &Ctx) -> Result<Date, WebError> {
    match query_param(ctx.uri.split_once('?').map(|(_, q)| q), "month") {
        None => Ok(jiff::Timestamp::from_second(ctx.now.0)
            .map(|t| t.to_zoned(TimeZone::UTC).date().first_of_month())
            .unwrap_or_default()),
        Some(m) => format!("{m}-01")
            .parse::<Date>()
            .ok()
            .filter(|d| (1900..=2200).contains(&d.year()))
            .ok_or(WebError::Domain(Error::field("month", "invalid_date"))),
    }
}

/// The outcome figures' labels, in [`Figures::NAMES`] order.
fn outcome_labels(lang: Lang) -> Vec<String> {
    Figures::NAMES
        .iter()
        .map(|n| message(lang, &format!("outcome-{n}"), &[]))
        .collect()
}

fn figure_cells(lang: Lang, f: &Figures) -> Vec<String> {
    f.values()
        .iter()
        .map(|v| {
            v.map(|n| format::number(lang, i64::from(n)))
                .unwrap_or_default()
        })
        .collect()
}

/// The year a `?year=` asks for, if any, as the instants it covers in UTC±14.
fn year_param(ctx: &Ctx) -> Result<Option<i16>, WebError> {
    match query_param(ctx.uri.split_once('?').map(|(_, q)| q), "year") {
        None => Ok(None),
        Some(y) => y
            .parse::<i16>()
            .ok()
            .filter(|y| (1900..=2200).contains(y))
            .map(Some)
            .ok_or(WebError::Domain(Error::field("year", "invalid_number"))),
    }
}

fn months(
    lang: Lang,
    events: &[EventRow],
    now: Timestamp,
    reader: Option<&(String, TimeZone)>,
) -> Vec<MonthView> {
    let mut out: Vec<(Date, MonthView)> = Vec::new();
    for e in events {
        let first = e.details.schedule.first_day();
        let month = first.first_of_month();
        let item = ItemView {
            href: paths::event(e.id),
            title: e.details.title.clone(),
            when: match in_reader_zone(lang, e, reader) {
                Some(mine) => format!("{} · {mine}", when_text(lang, e).0),
                None => when_text(lang, e).0,
            },
            status: status_of(e, now).as_str(),
            status_label: message(
                lang,
                &format!("event-status-{}", status_of(e, now).as_str()),
                &[],
            ),
        };
        match out.iter_mut().find(|(m, _)| *m == month) {
            Some((_, view)) => view.items.push(item),
            None => out.push((
                month,
                MonthView {
                    label: if e.details.schedule.when == When::Undated {
                        message(lang, "calendar-proposed", &[])
                    } else {
                        format::partial_date(
                            lang,
                            PartialDate {
                                year: month.year(),
                                month: Some(month.month()),
                                day: None,
                            },
                        )
                    },
                    items: vec![item],
                },
            )),
        }
    }
    out.sort_by_key(|(m, _)| *m);
    out.into_iter().map(|(_, v)| v).collect()
}

async fn calendar_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let lang = ctx.lang;
    let year = year_param(ctx)?;
    let reader = reader_zone(ctx)?;
    let want_grid =
        query_param(ctx.uri.split_once('?').map(|(_, q)| q), "view").as_deref() == Some("grid");
    let month = if want_grid {
        Some(month_param(ctx)?)
    } else {
        None
    };
    let (a, all) = app::calendar_of(state.app(), slug).await?;
    let mut years: Vec<i16> = all
        .iter()
        .filter(|e| e.details.schedule.when != When::Undated)
        .map(|e| e.details.schedule.first_day().year())
        .collect();
    years.dedup();
    let all_for_grid: Vec<EventRow> = if want_grid { all.clone() } else { Vec::new() };
    let shown: Vec<EventRow> = all
        .into_iter()
        .filter(|e| year.is_none_or(|y| e.details.schedule.first_day().year() == y))
        .collect();
    let (name, _) = display_name(lang, &a);
    let (frame, heading) = Frame::named(ctx, "calendar-title", &name);
    let here = paths::affiliate_events(&a.slug);
    let page = CalendarPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
        months: months(lang, &shown, ctx.now, reader.as_ref()),
        tz: reader.as_ref().map(|r| r.0.clone()).unwrap_or_default(),
        years: years
            .iter()
            .map(|y| YearLink {
                year: year_label(lang, *y),
                href: format!("{here}?year={y}"),
                current: year == Some(*y),
            })
            .collect(),
        all_href: here.clone(),
        all_current: year.is_none(),
        can_create: ctx.viewer.administers(a.id),
        grid: month.map(|m| grid(lang, &all_for_grid, m, ctx.now, &here)),
        grid_href: format!("{here}?view=grid"),
        list_href: here.clone(),
        campaigns: app::campaigns_of(state.app(), &a)
            .await?
            .into_iter()
            .map(|c| Link {
                href: paths::campaign(&c.slug),
                text: c.name,
            })
            .collect(),
        outcome_labels: outcome_labels(lang),
        totals: app::totals_by_year(state.app(), &shown)
            .await?
            .iter()
            .map(|(y, f)| YearTotals {
                year: year_label(lang, *y),
                cells: figure_cells(lang, f),
            })
            .collect(),
    };
    Ok((
        render(&page)?,
        "text/html; charset=utf-8",
        next_change(&shown, ctx.now),
    ))
}

async fn calendar(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached_until(&state, &ctx, || calendar_page(&state, &ctx, &slug)).await
}

async fn calendar_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, || async {
        let (a, events) = app::calendar_of(state.app(), &slug).await?;
        let (name, _) = display_name(ctx.lang, &a);
        let url = &state.config().public_url;
        Ok((
            app::ics_of(url, &name, &events, ctx.now),
            ICS,
            next_change(&events, ctx.now),
        ))
    })
    .await
}

async fn calendar_wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, || async {
        let (_, events) = app::calendar_of(state.app(), &slug).await?;
        let expires = next_change(&events, ctx.now);
        Ok((
            app::wikitext_of(&events, ctx.now),
            "text/plain; charset=utf-8",
            expires,
        ))
    })
    .await
}

pub struct ParticipantView {
    pub name: String,
    pub seat: String,
    pub private: bool,
    pub answers: Vec<Fact>,
}

pub struct QuestionView {
    pub index: usize,
    pub text: String,
    pub required: bool,
    pub value: String,
}

pub struct OrganizerView {
    pub href: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "events/event.html")]
struct EventPage {
    frame: Frame,
    t: Tr,
    id: i64,
    title: String,
    kind: String,
    mode: String,
    when: String,
    when_utc: Option<String>,
    when_mine: Option<String>,
    tz: String,
    status: &'static str,
    status_label: String,
    venue: Option<String>,
    description: String,
    hashtags: Vec<String>,
    wikis: Vec<String>,
    organizers: Vec<OrganizerView>,
    /// The languages' names in the reader's language.
    languages: String,
    people: Vec<String>,
    seats: String,
    /// anonymous, form, registered, waitlisted or closed.
    state: &'static str,
    state_text: Option<String>,
    questions: Vec<QuestionView>,
    errors: Vec<String>,
    csrf: String,
    organizer: bool,
    participants: Vec<ParticipantView>,
    meeting_url: Option<String>,
    outcome_labels: Vec<String>,
    /// The recorded figures, as shown, and the notes.
    outcomes: Option<OutcomesView>,
    /// For organizers once the event has taken place: the form's current values.
    outcome_form: Option<Vec<OutcomeField>>,
    outcome_notes: String,
    /// The conference has a call for proposals: a link to it and its programme.
    has_cfp: bool,
    /// The conference has a scholarship round: a link to it.
    has_round: bool,
    /// A conference: its organizers get links to set the call and the scholarship round.
    conference: bool,
    cancelled: bool,
    /// The campaign this event is an edition of.
    edition: Option<Link>,
}

async fn event_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let e = app::event(state.app(), EventId(id)).await?;
    let expires = next_change(std::slice::from_ref(&e), ctx.now);
    let page = event_view(state, ctx, e, &[], &[]).await?;
    Ok((render(&page)?, "text/html; charset=utf-8", expires))
}

/// The event page for this reader; `answers` and `errors` refill a refused form.
async fn event_view(
    state: &AppState,
    ctx: &Ctx,
    e: EventRow,
    answers: &[String],
    errors: &[String],
) -> Result<EventPage, WebError> {
    let lang = ctx.lang;
    let links = app::links(state.app(), &e).await?;
    let detail = app::detail(state.app(), ctx.actor(), e).await?;
    let e = &detail.event;
    let organizers = detail
        .affiliates
        .iter()
        .map(|a| OrganizerView {
            href: paths::affiliate_events(&a.slug),
            name: display_name(lang, a).0,
        })
        .collect();
    let (when, when_utc) = when_text(lang, e);
    let reader = reader_zone(ctx)?;
    let when_mine = in_reader_zone(lang, e, reader.as_ref());
    let status = status_of(e, ctx.now);
    let d = &e.details;
    let (taken, waiting) = (
        i64::from(detail.count(Seat::Registered)),
        i64::from(detail.count(Seat::Waitlisted)),
    );
    let mut seats = match d.capacity {
        Some(c) => message(
            lang,
            "event-seats",
            &[("taken", taken.into()), ("capacity", i64::from(c).into())],
        ),
        None => message(lang, "event-seats-unlimited", &[("taken", taken.into())]),
    };
    if waiting > 0 {
        seats = format!(
            "{seats} {}",
            message(lang, "event-waiting", &[("count", waiting.into())])
        );
    }
    let organizer = detail.organizer;
    let mine = detail.mine(&ctx.viewer);
    let window = e.registration.check(&d.schedule, e.cancelled, ctx.now);
    let (reg_state, state_text) = match (ctx.viewer.user_id(), mine) {
        (_, Some(r)) if r.seat == Seat::Registered => (
            "registered",
            Some(match r.promoted_at {
                Some(_) => message(lang, "event-promoted", &[]),
                None => message(lang, "event-registered", &[]),
            }),
        ),
        (_, Some(r)) => {
            let position = i64::from(detail.waitlist_position(r));
            (
                "waitlisted",
                Some(message(
                    lang,
                    "event-waitlisted",
                    &[("position", position.into())],
                )),
            )
        }
        (_, None) if window.is_err() => (
            "closed",
            window
                .err()
                .map(|r| message(lang, &format!("error-{}", r.code()), &[])),
        ),
        (None, None) => (
            "anonymous",
            Some(message(lang, "event-sign-in-to-register", &[])),
        ),
        (Some(_), None) => ("form", None),
    };
    let participants = detail
        .visible()
        .map(|r| ParticipantView {
            name: r.username.to_string(),
            seat: message(lang, &format!("event-seat-{}", r.seat.as_str()), &[]),
            private: organizer && r.private,
            answers: detail
                .answers_of(r)
                .map(|a| {
                    d.questions
                        .iter()
                        .zip(a)
                        .filter(|(_, a)| !a.is_empty())
                        .map(|(q, a)| Fact {
                            label: q.text.clone(),
                            value: a.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let recorded = app::outcomes(state.app(), e.id).await?;
    let held = matches!(status, EventStatus::Ongoing | EventStatus::Done);
    let outcome_form = (organizer && held).then(|| {
        let values = recorded
            .as_ref()
            .map(|(f, _)| f.values())
            .unwrap_or_default();
        Figures::NAMES
            .iter()
            .zip(outcome_labels(lang))
            .zip(values)
            .map(|((name, label), v)| OutcomeField {
                name,
                label,
                value: v.map(|n| n.to_string()).unwrap_or_default(),
            })
            .collect()
    });
    Ok(EventPage {
        outcome_labels: outcome_labels(lang),
        outcomes: recorded.as_ref().map(|(f, notes)| OutcomesView {
            figures: figure_cells(lang, f),
            notes: notes.clone(),
        }),
        outcome_form,
        outcome_notes: recorded.map(|(_, n)| n).unwrap_or_default(),
        has_cfp: links.has_cfp,
        has_round: links.has_round,
        conference: d.kind == sangam_core::event::EventKind::Conference,
        cancelled: e.cancelled,
        edition: links.edition.as_ref().map(|c| Link {
            href: paths::campaign(&c.slug),
            text: c.name.clone(),
        }),
        frame: Frame::new(ctx, d.title.clone()),
        t: Tr(lang),
        id: e.id.get(),
        title: d.title.clone(),
        kind: message(lang, &format!("event-kind-{}", d.kind.as_str()), &[]),
        mode: message(lang, &format!("event-mode-{}", d.mode.as_str()), &[]),
        when,
        when_utc,
        when_mine,
        tz: reader.map(|r| r.0).unwrap_or_default(),
        status: status.as_str(),
        status_label: message(lang, &format!("event-status-{}", status.as_str()), &[]),
        venue: app::place(&d.venue, &d.address),
        description: d.description.clone(),
        hashtags: d.hashtags.iter().map(|h| format!("#{h}")).collect(),
        wikis: d.wikis.clone(),
        organizers,
        languages: format::list(
            lang,
            &d.languages
                .iter()
                .map(|l| sangam_i18n::names::language(lang, l.as_str()))
                .collect::<Vec<_>>(),
        ),
        people: d.organizers.iter().map(|u| u.to_string()).collect(),
        seats,
        state: reg_state,
        state_text,
        questions: d
            .questions
            .iter()
            .enumerate()
            .map(|(index, q)| QuestionView {
                index,
                text: q.text.clone(),
                required: q.required,
                value: answers.get(index).cloned().unwrap_or_default(),
            })
            .collect(),
        errors: errors.to_vec(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        organizer,
        participants,
        meeting_url: detail.meeting_url(&ctx.viewer).map(str::to_string),
    })
}

/// Signing up: whether to be listed privately, and the answer to question N as `answer.N`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Registration {
    #[serde(deserialize_with = "crate::forms::checkbox")]
    private: bool,
    #[serde(flatten)]
    answers: BTreeMap<String, String>,
}

async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
    Form(mut form): Form<Registration>,
) -> Result<Response, WebError> {
    ctx.require_signed_in()?;
    let e = app::event(state.app(), id).await?;
    let answers: Vec<String> = (0..e.details.questions.len())
        .map(|i| {
            form.answers
                .remove(&format!("answer.{i}"))
                .unwrap_or_default()
        })
        .collect();
    let private = form.private;
    match app::register(state.app(), ctx.actor(), &e, private, &answers).await {
        Ok(_) => Ok(super::frame::see_other(&paths::event(id))),
        Err(Error::Validation(fields)) => {
            let errors: Vec<String> = fields
                .iter()
                .map(|f| crate::error::field_message(ctx.lang, f))
                .collect();
            let page = event_view(&state, &ctx, e, &answers, &errors).await?;
            Ok(super::frame::html(
                &ctx,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                render(&page)?,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
    CsrfForm(_form): CsrfForm,
) -> Result<Response, WebError> {
    ctx.require_signed_in()?;
    app::cancel_registration(state.app(), ctx.actor(), id).await?;
    Ok(super::frame::see_other(&paths::event(id)))
}

async fn event(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Response {
    cached_until(&state, &ctx, || event_page(&state, &ctx, id)).await
}

async fn event_feed(State(state): State<AppState>, ctx: Ctx, Path(id): Path<EventId>) -> Response {
    cached_until(&state, &ctx, || async {
        let e = app::event(state.app(), id).await?;
        let one = std::slice::from_ref(&e);
        let url = &state.config().public_url;
        Ok((
            app::ics_of(url, &e.details.title, one, ctx.now),
            ICS,
            next_change(one, ctx.now),
        ))
    })
    .await
}

async fn save_outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
    Form(draft): Form<OutcomesDraft>,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    match app::record_outcomes(state.app(), ctx.actor(), &e, draft).await {
        Ok(_) => Ok(super::frame::see_other(&paths::event(id))),
        Err(Error::Validation(fields)) => {
            let errors: Vec<String> = fields
                .iter()
                .map(|f| crate::error::field_message(ctx.lang, f))
                .collect();
            let page = event_view(&state, &ctx, e.into_inner(), &[], &errors).await?;
            Ok(super::frame::html(
                &ctx,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                render(&page)?,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// `cancelled=yes` cancels an event, anything else takes the cancellation back.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Cancel {
    cancelled: String,
}

async fn set_cancelled(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
    Form(form): Form<Cancel>,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let cancelled = form.cancelled == "yes";
    app::set_cancelled(state.app(), ctx.actor(), &e, cancelled).await?;
    Ok(super::frame::see_other(&paths::event(id)))
}

async fn participants_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id).await?;
    let body = app::participants_csv(state.app(), &e).await?;
    let mut res = super::frame::html(&ctx, axum::http::StatusCode::OK, body);
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = axum::http::HeaderValue::from_str(&format!(
        "attachment; filename=\"event-{id}-participants.csv\""
    )) {
        res.headers_mut()
            .insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// A person's events, at their private calendar address (no cookie: calendar apps fetch
/// it on their own). Waitlisted events are included, marked tentative by their summary.
async fn my_events_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let rows = app::feed_of(state.app(), &token).await?;
    let url = &state.config().public_url;
    let body = app::ics_of(
        url,
        &message(ctx.lang, "account-events", &[]),
        &rows,
        ctx.now,
    );
    let mut res = super::frame::html(&ctx, axum::http::StatusCode::OK, body);
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static(ICS),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "events/campaigns.html")]
struct CampaignsPage {
    frame: Frame,
    t: Tr,
    campaigns: Vec<CampaignLine>,
}

async fn campaigns_page(state: &AppState, ctx: &Ctx) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let mut list = app::campaigns(state.app()).await?;
    format::sort_by_name(lang, &mut list, |(c, _)| c.name.as_str());
    let rows = list
        .into_iter()
        .map(|(c, n)| {
            let n = n as i64;
            CampaignLine {
                link: Link {
                    href: paths::campaign(&c.slug),
                    text: c.name,
                },
                editions: message(lang, "campaign-edition-count", &[("count", n.into())]),
            }
        })
        .collect();
    let page = CampaignsPage {
        frame: Frame::new(ctx, message(lang, "campaigns-title", &[])),
        t: Tr(lang),
        campaigns: rows,
    };
    Ok((render(&page)?, "text/html; charset=utf-8"))
}

async fn campaigns(State(state): State<AppState>, ctx: Ctx) -> Response {
    super::frame::cached(&state, &ctx, || campaigns_page(&state, &ctx)).await
}

#[derive(Template)]
#[template(path = "events/campaign.html")]
struct CampaignPage {
    frame: Frame,
    t: Tr,
    name: String,
    editions: Vec<ItemView>,
    /// The affiliates taking part, linked to their calendars.
    taking_part: Vec<Link>,
}

/// A year as the calendar names it ("2024").
fn year_label(lang: Lang, year: i16) -> String {
    format::partial_date(
        lang,
        PartialDate {
            year,
            month: None,
            day: None,
        },
    )
}

/// A campaign in the list, and how many editions it has.
struct CampaignLine {
    link: Link,
    editions: String,
}

/// A year in the calendar's year navigation.
struct YearLink {
    year: String,
    href: String,
    current: bool,
}

/// A row of the outcome totals: the year and a cell a figure.
struct YearTotals {
    year: String,
    cells: Vec<String>,
}

/// Recorded outcomes: a cell a figure (empty where not recorded), and the notes.
struct OutcomesView {
    figures: Vec<String>,
    notes: String,
}

/// A figure of the outcomes form: its field, its label, what is recorded.
struct OutcomeField {
    name: &'static str,
    label: String,
    value: String,
}

async fn campaign_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let lang = ctx.lang;
    let app::CampaignDetail {
        campaign: c,
        editions: events,
        taking_part,
    } = app::campaign(state.app(), slug).await?;
    let mut taking_part: Vec<Link> = taking_part
        .iter()
        .map(|a| Link {
            href: paths::affiliate_events(&a.slug),
            text: display_name(lang, a).0,
        })
        .collect();
    format::sort_by_name(lang, &mut taking_part, |t| t.text.as_str());
    let editions = events
        .iter()
        .map(|e| ItemView {
            href: paths::event(e.id),
            title: e.details.title.clone(),
            when: when_text(lang, e).0,
            status: status_of(e, ctx.now).as_str(),
            status_label: message(
                lang,
                &format!("event-status-{}", status_of(e, ctx.now).as_str()),
                &[],
            ),
        })
        .collect();
    let page = CampaignPage {
        frame: Frame::new(ctx, c.name.clone()),
        t: Tr(lang),
        name: c.name.clone(),
        editions,
        taking_part,
    };
    Ok((
        render(&page)?,
        "text/html; charset=utf-8",
        next_change(&events, ctx.now),
    ))
}

async fn campaign(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached_until(&state, &ctx, || campaign_page(&state, &ctx, &slug)).await
}

async fn event_wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<EventId>,
) -> Response {
    cached_until(&state, &ctx, || async {
        let e = app::event(state.app(), id).await?;
        let name = |a: &_| display_name(Lang::EN, a).0;
        Ok((
            app::event_wikitext_of(state.app(), &e, name).await?,
            "text/plain; charset=utf-8",
            None,
        ))
    })
    .await
}
