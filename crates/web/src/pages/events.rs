//! The activities calendar of an affiliate or a hub, one event's page, and their
//! iCalendar feeds and wikitext.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::get;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sangam_core::affiliate::{Affiliate, AffiliateKind};
use sangam_core::event::{EventStatus, Figures, OutcomesDraft, Seat, When};
use sangam_core::ical::{self, FeedEvent};
use sangam_core::time::PartialDate;
use sangam_core::{Error, Timestamp};
use sangam_db::events::EventRow;
use sangam_i18n::{Lang, format, message};

use super::directory::display_name;
use super::members::csv_field;
use super::{Frame, Tr, cached_until, render};
use crate::AppState;
use crate::ctx::{Ctx, query_param};
use crate::error::WebError;
use crate::extract::{CsrfForm, Path};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/affiliates/{slug}/events", get(calendar))
        .route("/affiliates/{slug}/events.ics", get(calendar_feed))
        .route("/affiliates/{slug}/events.wiki", get(calendar_wikitext))
        .route("/events/{id}", get(event))
        .route("/events/{id}/register", axum::routing::post(register))
        .route("/events/{id}/cancel", axum::routing::post(cancel))
        .route("/events/{id}/outcomes", axum::routing::post(save_outcomes))
        .route("/events/{id}/cancelled", axum::routing::post(set_cancelled))
        .route("/events/{id}/participants.csv", get(participants_csv))
        .route("/events/{id}/event.ics", get(event_feed))
        .route("/events/{id}/event.wiki", get(event_wikitext))
        .route("/feeds/{token}/events.ics", get(my_events_feed))
        .route("/campaigns", get(campaigns))
        .route("/campaigns/{slug}", get(campaign))
}

fn not_found() -> WebError {
    WebError::Domain(Error::NotFound)
}

/// Every instant we may be asked about: the calendar's range when no year is chosen.
pub const ALL_TIME: (Timestamp, Timestamp) =
    (Timestamp(-62_135_596_800), Timestamp(253_402_300_800));

/// The events of an affiliate, or of a hub and its members.
pub async fn events_for(
    state: &AppState,
    a: &Affiliate,
    (from, to): (Timestamp, Timestamp),
) -> Result<Vec<EventRow>, WebError> {
    Ok(if a.kind == AffiliateKind::Hub {
        state.db().events_of_hub(a.id, from, to).await?
    } else {
        state.db().events_of(a.id, from, to).await?
    })
}

/// The next instant at which any of `events` changes status by the clock.
pub fn next_change(events: &[EventRow], now: Timestamp) -> Option<Timestamp> {
    events
        .iter()
        .filter(|e| !e.cancelled)
        .filter_map(|e| {
            let (start, end) = e.details.schedule.span();
            if now < start {
                Some(start)
            } else if now < end {
                Some(end)
            } else {
                None
            }
        })
        .min()
}

/// The status an event shows now.
pub fn status_of(e: &EventRow, now: Timestamp) -> EventStatus {
    if e.cancelled {
        EventStatus::Cancelled
    } else {
        e.details.schedule.status(now)
    }
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
#[template(path = "calendar.html")]
struct CalendarPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    months: Vec<MonthView>,
    years: Vec<(String, String, bool)>,
    all_href: String,
    all_current: bool,
    /// The outcome columns' labels, and a row per year: the year and its totals.
    outcome_labels: Vec<String>,
    totals: Vec<(String, Vec<String>)>,
    /// (slug, name) of the campaigns the affiliate takes part in.
    campaigns: Vec<(String, String)>,
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
                href: format!("/events/{}", e.id),
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

/// Outcomes totalled per year of the events' start, each event once (a co-organized event
/// is in the list once), years in order.
pub async fn totals_by_year(
    state: &AppState,
    events: &[EventRow],
) -> Result<Vec<(i16, Figures)>, WebError> {
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let outcomes = state.db().outcomes(&ids).await?;
    let mut out: Vec<(i16, Figures)> = Vec::new();
    for e in events {
        if let Some((f, _)) = outcomes.get(&e.id) {
            let year = e.details.schedule.first_day().year();
            match out.iter_mut().find(|(y, _)| *y == year) {
                Some((_, total)) => total.add(f),
                None => out.push((year, *f)),
            }
        }
    }
    out.sort_by_key(|(y, _)| *y);
    Ok(out)
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
            href: format!("/events/{}", e.id),
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
    let a = state.db().affiliate(slug).await?.ok_or_else(not_found)?;
    let year = year_param(ctx)?;
    let reader = reader_zone(ctx)?;
    let want_grid =
        query_param(ctx.uri.split_once('?').map(|(_, q)| q), "view").as_deref() == Some("grid");
    let month = if want_grid {
        Some(month_param(ctx)?)
    } else {
        None
    };
    let all = events_for(state, &a, ALL_TIME).await?;
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
    let page = CalendarPage {
        frame: Frame::new(
            ctx,
            message(lang, "calendar-title", &[("name", name.as_str().into())]),
        ),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading: crate::html::t_html(
            lang,
            "calendar-title",
            &[("name", crate::html::HtmlArg::Name(&name))],
        ),
        months: months(lang, &shown, ctx.now, reader.as_ref()),
        tz: reader.as_ref().map(|r| r.0.clone()).unwrap_or_default(),
        years: years
            .iter()
            .map(|y| {
                (
                    format::partial_date(
                        lang,
                        PartialDate {
                            year: *y,
                            month: None,
                            day: None,
                        },
                    ),
                    format!("/affiliates/{}/events?year={y}", a.slug),
                    year == Some(*y),
                )
            })
            .collect(),
        all_href: format!("/affiliates/{}/events", a.slug),
        all_current: year.is_none(),
        can_create: ctx.viewer.administers(a.id),
        grid: month.map(|m| {
            grid(
                lang,
                &all_for_grid,
                m,
                ctx.now,
                &format!("/affiliates/{}/events", a.slug),
            )
        }),
        list_href: format!("/affiliates/{}/events", a.slug),
        grid_href: format!("/affiliates/{}/events?view=grid", a.slug),
        campaigns: state
            .db()
            .campaigns_of(a.id)
            .await?
            .into_iter()
            .map(|c| (c.slug, c.name))
            .collect(),
        outcome_labels: outcome_labels(lang),
        totals: totals_by_year(state, &shown)
            .await?
            .iter()
            .map(|(y, f)| {
                (
                    format::partial_date(
                        lang,
                        PartialDate {
                            year: *y,
                            month: None,
                            day: None,
                        },
                    ),
                    figure_cells(lang, f),
                )
            })
            .collect(),
    };
    Ok((
        render(&page)?,
        "text/html; charset=utf-8",
        next_change(&shown, ctx.now),
    ))
}

async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || {
        calendar_page(&state, &ctx, &slug)
    })
    .await
}

pub fn feed_event<'a>(state: &AppState, e: &'a EventRow, now: Timestamp) -> FeedEvent<'a> {
    let base = state.config().public_url.trim_end_matches('/');
    let host = base.split("://").nth(1).unwrap_or(base);
    FeedEvent {
        uid: format!("event-{}@{host}", e.id),
        title: &e.details.title,
        when: &e.details.schedule.when,
        zone: &e.details.schedule.zone,
        description: &e.details.description,
        location: match (&e.details.venue, &e.details.address) {
            (Some(v), Some(a)) => Some(format!("{v}, {a}")),
            (Some(v), None) => Some(v.clone()),
            (None, Some(a)) => Some(a.clone()),
            (None, None) => None,
        },
        url: Some(format!("{base}/events/{}", e.id)),
        cancelled: e.cancelled,
        status: status_of(e, now),
        updated: e.updated_at,
    }
}

pub const ICS: &str = "text/calendar; charset=utf-8";

/// An affiliate (by address) and all its events, as its calendar, feeds and wikitext show.
pub async fn calendar_of(
    state: &AppState,
    slug: &str,
) -> Result<(Affiliate, Vec<EventRow>), WebError> {
    let a = state.db().affiliate(slug).await?.ok_or_else(not_found)?;
    let events = events_for(state, &a, ALL_TIME).await?;
    Ok((a, events))
}

/// Events as an iCalendar document titled `name`.
pub fn ics_of(state: &AppState, name: &str, events: &[EventRow], now: Timestamp) -> String {
    let feed: Vec<FeedEvent<'_>> = events.iter().map(|e| feed_event(state, e, now)).collect();
    ical::calendar(name, &feed, now)
}

async fn calendar_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || async {
        let (a, events) = calendar_of(&state, &slug).await?;
        let (name, _) = display_name(ctx.lang, &a);
        Ok((
            ics_of(&state, &name, &events, ctx.now),
            ICS,
            next_change(&events, ctx.now),
        ))
    })
    .await
}

/// The calendar as the seed page writes it: a bullet per month, the items under it with
/// their days, `{{Done}}` before those that are over.
pub fn wikitext_of(events: &[EventRow], now: Timestamp) -> String {
    let mut out = String::from("== Ongoing and Planned Activities ==\n");
    let mut current: Option<Date> = None;
    for e in events {
        let first = e.details.schedule.first_day();
        let month = first.first_of_month();
        if current != Some(month) {
            match e.details.schedule.when {
                When::Undated => out.push_str("* Proposed Activities\n"),
                _ => out.push_str(&format!("* {}\n", month.strftime("%B %Y"))),
            }
            current = Some(month);
        }
        if e.details.schedule.when == When::Undated {
            out.push_str(&format!("** {}\n", e.details.title));
            continue;
        }
        let days = match &e.details.schedule.when {
            When::Undated => String::new(),
            When::Days { first, last } if first == last => first.strftime("%d %B").to_string(),
            When::Days { first, last } => {
                format!("{} - {}", first.strftime("%d %B"), last.strftime("%d %B"))
            }
            When::Timed { start, end } => {
                let tz = zone_of(e);
                let at = |t: Timestamp| {
                    jiff::Timestamp::from_second(t.0)
                        .map(|t| t.to_zoned(tz.clone()).strftime("%d %B %H:%M").to_string())
                        .unwrap_or_default()
                };
                format!(
                    "{} - {} ({})",
                    at(*start),
                    at(*end),
                    e.details.schedule.zone
                )
            }
        };
        let done = match status_of(e, now) {
            EventStatus::Done => "{{Done}} ",
            EventStatus::Cancelled => "{{Not done}} ",
            _ => "",
        };
        out.push_str(&format!("** {done}{days} : {}\n", e.details.title));
    }
    out
}

async fn calendar_wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || async {
        let (_, events) = calendar_of(&state, &slug).await?;
        let expires = next_change(&events, ctx.now);
        Ok((
            wikitext_of(&events, ctx.now),
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
    pub answers: Vec<(String, String)>,
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
#[template(path = "event.html")]
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
    outcomes: Option<(Vec<String>, String)>,
    /// For organizers once the event has taken place: the form's current values.
    outcome_form: Option<Vec<(&'static str, String, String)>>,
    outcome_notes: String,
    /// The conference has a call for proposals: a link to it and its programme.
    has_cfp: bool,
    /// The conference has a scholarship round: a link to it.
    has_round: bool,
    /// A conference: its organizers get links to set the call and the scholarship round.
    conference: bool,
    cancelled: bool,
    /// (slug, name) of the campaign this event is an edition of.
    edition: Option<(String, String)>,
}

fn parse_id(id: &str) -> Result<i64, WebError> {
    id.parse().map_err(|_| not_found())
}

async fn event_page(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let e = state
        .db()
        .event(parse_id(id)?)
        .await?
        .ok_or_else(not_found)?;
    let page = event_view(state, ctx, &e, &[], &[]).await?;
    let expires = next_change(std::slice::from_ref(&e), ctx.now);
    Ok((render(&page)?, "text/html; charset=utf-8", expires))
}

/// The event page for this reader; `answers` and `errors` refill a refused form.
async fn event_view(
    state: &AppState,
    ctx: &Ctx,
    e: &EventRow,
    answers: &[String],
    errors: &[String],
) -> Result<EventPage, WebError> {
    let lang = ctx.lang;
    let mut organizers = Vec::new();
    for a in &e.affiliates {
        if let Some(a) = state.db().affiliate_by_id(*a).await? {
            organizers.push(OrganizerView {
                href: format!("/affiliates/{}/events", a.slug),
                name: display_name(lang, &a).0,
            });
        }
    }
    let (when, when_utc) = when_text(lang, e);
    let reader = reader_zone(ctx)?;
    let when_mine = in_reader_zone(lang, e, reader.as_ref());
    let status = status_of(e, ctx.now);
    let d = &e.details;
    let regs = state.db().registrations(e.id).await?;
    let count = |s: Seat| regs.iter().filter(|r| r.seat == s).count() as i64;
    let (taken, waiting) = (count(Seat::Registered), count(Seat::Waitlisted));
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
    let organizer = crate::api::events_organizes(&ctx.viewer, e);
    let mine = match ctx.viewer.user_id() {
        Some(u) => regs
            .iter()
            .find(|r| r.user_id == u && r.seat != Seat::Cancelled),
        None => None,
    };
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
            let position = regs
                .iter()
                .filter(|w| w.seat == Seat::Waitlisted && w.id < r.id)
                .count() as i64
                + 1;
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
    let answers_of = if organizer {
        state.db().registration_answers(e.id).await?
    } else {
        Vec::new()
    };
    let participants = regs
        .iter()
        .filter(|r| organizer || (r.seat == Seat::Registered && !r.private))
        .map(|r| ParticipantView {
            name: r.username.to_string(),
            seat: message(lang, &format!("event-seat-{}", r.seat.as_str()), &[]),
            private: organizer && r.private,
            answers: answers_of
                .iter()
                .find(|(id, _)| *id == r.id)
                .map(|(_, a)| {
                    d.questions
                        .iter()
                        .zip(a)
                        .filter(|(_, a)| !a.is_empty())
                        .map(|(q, a)| (q.text.clone(), a.clone()))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let recorded = state.db().outcomes(&[e.id]).await?.remove(&e.id);
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
            .map(|((name, label), v)| (*name, label, v.map(|n| n.to_string()).unwrap_or_default()))
            .collect()
    });
    Ok(EventPage {
        outcome_labels: outcome_labels(lang),
        outcomes: recorded
            .as_ref()
            .map(|(f, notes)| (figure_cells(lang, f), notes.clone())),
        outcome_form,
        outcome_notes: recorded.map(|(_, n)| n).unwrap_or_default(),
        has_cfp: state.db().cfp(e.id).await?.is_some(),
        has_round: state.db().round(e.id).await?.is_some(),
        conference: d.kind == sangam_core::event::EventKind::Conference,
        cancelled: e.cancelled,
        edition: state.db().edition_of(e.id).await?.map(|c| (c.slug, c.name)),
        frame: Frame::new(ctx, d.title.clone()),
        t: Tr(lang),
        id: e.id,
        title: d.title.clone(),
        kind: message(lang, &format!("event-kind-{}", d.kind.as_str()), &[]),
        mode: message(lang, &format!("event-mode-{}", d.mode.as_str()), &[]),
        when,
        when_utc,
        when_mine,
        tz: reader.map(|r| r.0).unwrap_or_default(),
        status: status.as_str(),
        status_label: message(lang, &format!("event-status-{}", status.as_str()), &[]),
        venue: match (&d.venue, &d.address) {
            (Some(v), Some(a)) => Some(format!("{v}, {a}")),
            (v, a) => v.clone().or_else(|| a.clone()),
        },
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
        meeting_url: if organizer || reg_state == "registered" {
            d.meeting_url.clone()
        } else {
            None
        },
    })
}

async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let user = ctx
        .viewer
        .user_id()
        .ok_or(WebError::Domain(Error::Unauthenticated))?;
    let e = state
        .db()
        .event(parse_id(&id)?)
        .await?
        .ok_or_else(not_found)?;
    let answers: Vec<String> = (0..e.details.questions.len())
        .map(|i| form.get(&format!("answer.{i}")).unwrap_or("").to_string())
        .collect();
    let private = form.get("private").is_some();
    match crate::api::events_register_as(&state, &ctx, e.id, user, private, &answers).await {
        Ok(_) => Ok(super::see_other(&format!("/events/{}", e.id))),
        Err(WebError::Domain(Error::Validation(fields))) => {
            let errors: Vec<String> = fields
                .iter()
                .map(|f| crate::error::field_message(ctx.lang, f))
                .collect();
            let page = event_view(&state, &ctx, &e, &answers, &errors).await?;
            Ok(super::html(
                &ctx,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                render(&page)?,
            ))
        }
        Err(other) => Err(other),
    }
}

async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let user = ctx
        .viewer
        .user_id()
        .ok_or(WebError::Domain(Error::Unauthenticated))?;
    let id = parse_id(&id)?;
    state.db().cancel_registration(id, user, ctx.now).await?;
    Ok(super::see_other(&format!("/events/{id}")))
}

async fn event(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || event_page(&state, &ctx, &id)).await
}

async fn event_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || async {
        let e = state
            .db()
            .event(parse_id(&id)?)
            .await?
            .ok_or_else(not_found)?;
        let one = std::slice::from_ref(&e);
        Ok((
            ics_of(&state, &e.details.title, one, ctx.now),
            ICS,
            next_change(one, ctx.now),
        ))
    })
    .await
}

/// Loads an event the reader organizes, or refuses.
async fn organized(state: &AppState, ctx: &Ctx, id: &str) -> Result<EventRow, WebError> {
    ctx.require_signed_in()?;
    let e = state
        .db()
        .event(parse_id(id)?)
        .await?
        .ok_or_else(not_found)?;
    if !crate::api::events_organizes(&ctx.viewer, &e) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    Ok(e)
}

async fn save_outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let field = |n: &str| form.get(n).unwrap_or("").to_string();
    let draft = OutcomesDraft {
        participants: field("participants"),
        new_editors: field("new_editors"),
        articles_created: field("articles_created"),
        articles_improved: field("articles_improved"),
        uploads: field("uploads"),
        notes: field("notes"),
    };
    match draft.validate(status_of(&e, ctx.now)) {
        Ok((figures, notes)) => {
            state
                .db()
                .save_outcomes(e.id, &figures, &notes, ctx.now)
                .await?;
            Ok(super::see_other(&format!("/events/{}", e.id)))
        }
        Err(Error::Validation(fields)) => {
            let errors: Vec<String> = fields
                .iter()
                .map(|f| crate::error::field_message(ctx.lang, f))
                .collect();
            let page = event_view(&state, &ctx, &e, &[], &errors).await?;
            Ok(super::html(
                &ctx,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                render(&page)?,
            ))
        }
        Err(other) => Err(WebError::Domain(other)),
    }
}

async fn set_cancelled(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let cancelled = form.get("cancelled") == Some("yes");
    state.db().set_cancelled(e.id, cancelled, ctx.now).await?;
    Ok(super::see_other(&format!("/events/{}", e.id)))
}

/// Every registration with its answers, for the event's organizers.
pub async fn participants_csv_of(state: &AppState, e: &EventRow) -> Result<String, WebError> {
    let regs = state.db().registrations(e.id).await?;
    let answers = state.db().registration_answers(e.id).await?;
    let mut header = vec![
        "username".to_string(),
        "seat".to_string(),
        "private".to_string(),
        "registered_at".to_string(),
    ];
    header.extend(e.details.questions.iter().map(|q| q.text.clone()));
    let mut out = header
        .iter()
        .map(|h| csv_field(h))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for r in &regs {
        let mut row = vec![
            r.username.to_string(),
            r.seat.as_str().to_string(),
            if r.private { "yes" } else { "no" }.to_string(),
            r.registered_at.to_rfc3339(),
        ];
        if let Some((_, a)) = answers.iter().find(|(id, _)| *id == r.id) {
            row.extend(a.iter().cloned());
        }
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    Ok(out)
}

async fn participants_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let e = organized(&state, &ctx, &id).await?;
    let body = participants_csv_of(&state, &e).await?;
    let mut res = super::html(&ctx, axum::http::StatusCode::OK, body);
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = axum::http::HeaderValue::from_str(&format!(
        "attachment; filename=\"event-{}-participants.csv\"",
        e.id
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
) -> Result<impl IntoResponse, WebError> {
    let user = state.db().feed_owner(&token).await?.ok_or_else(not_found)?;
    let events = state.db().events_of_user(user).await?;
    let rows: Vec<EventRow> = events.into_iter().map(|(e, _)| e).collect();
    let feed: Vec<FeedEvent<'_>> = rows
        .iter()
        .map(|e| feed_event(&state, e, ctx.now))
        .collect();
    let body = ical::calendar(&message(ctx.lang, "account-events", &[]), &feed, ctx.now);
    let mut res = super::html(&ctx, axum::http::StatusCode::OK, body);
    res.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static(ICS),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "campaigns.html")]
struct CampaignsPage {
    frame: Frame,
    t: Tr,
    /// (slug, name, how many editions)
    campaigns: Vec<(String, String, String)>,
}

async fn campaigns_page(state: &AppState, ctx: &Ctx) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let mut rows = Vec::new();
    let mut list = state.db().campaigns().await?;
    format::sort_by_name(lang, &mut list, |c| c.name.as_str());
    for c in list {
        let n = state.db().editions(c.id).await?.len() as i64;
        rows.push((
            c.slug,
            c.name,
            message(lang, "campaign-edition-count", &[("count", n.into())]),
        ));
    }
    let page = CampaignsPage {
        frame: Frame::new(ctx, message(lang, "campaigns-title", &[])),
        t: Tr(lang),
        campaigns: rows,
    };
    Ok((render(&page)?, "text/html; charset=utf-8"))
}

async fn campaigns(State(state): State<AppState>, ctx: Ctx, headers: HeaderMap) -> Response {
    super::cached(&state, &ctx, &headers, || campaigns_page(&state, &ctx)).await
}

#[derive(Template)]
#[template(path = "campaign.html")]
struct CampaignPage {
    frame: Frame,
    t: Tr,
    name: String,
    editions: Vec<ItemView>,
    /// (slug, name) of the affiliates taking part.
    taking_part: Vec<(String, String)>,
}

async fn campaign_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str, Option<Timestamp>), WebError> {
    let lang = ctx.lang;
    let c = state.db().campaign(slug).await?.ok_or_else(not_found)?;
    let mut events = Vec::new();
    for id in state.db().editions(c.id).await? {
        if let Some(e) = state.db().event(id).await? {
            events.push(e);
        }
    }
    let mut taking_part = Vec::new();
    let mut ids = state.db().participants_of(c.id).await?;
    for e in &events {
        ids.extend(e.affiliates.iter().copied());
    }
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        if let Some(a) = state.db().affiliate_by_id(id).await? {
            taking_part.push((a.slug.to_string(), display_name(lang, &a).0));
        }
    }
    format::sort_by_name(lang, &mut taking_part, |t| t.1.as_str());
    let editions = events
        .iter()
        .map(|e| ItemView {
            href: format!("/events/{}", e.id),
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

async fn campaign(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || {
        campaign_page(&state, &ctx, &slug)
    })
    .await
}

/// One event as a Meta-Wiki page: the facts, the description, and the people registered
/// openly as a numbered list of signatures with their registration times.
pub async fn event_wikitext_of(state: &AppState, e: &EventRow) -> Result<String, WebError> {
    let d = &e.details;
    let mut out = format!("== {} ==\n", d.title);
    let when = match &d.schedule.when {
        When::Undated => "to be decided".to_string(),
        When::Days { first, last } if first == last => first.strftime("%d %B %Y").to_string(),
        When::Days { first, last } => {
            format!(
                "{} - {}",
                first.strftime("%d %B %Y"),
                last.strftime("%d %B %Y")
            )
        }
        When::Timed { start, end } => {
            let tz = zone_of(e);
            let at = |t: Timestamp| {
                jiff::Timestamp::from_second(t.0)
                    .map(|t| {
                        t.to_zoned(tz.clone())
                            .strftime("%d %B %Y %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default()
            };
            format!("{} - {} ({})", at(*start), at(*end), d.schedule.zone)
        }
    };
    out.push_str(&format!("* '''When:''' {when}\n"));
    out.push_str(&format!("* '''Kind:''' {}\n", d.kind.as_str()));
    let place = match (&d.venue, &d.address) {
        (Some(v), Some(a)) => format!("{v}, {a}"),
        (Some(v), None) => v.clone(),
        (None, Some(a)) => a.clone(),
        (None, None) => String::new(),
    };
    let place = if place.is_empty() {
        place
    } else {
        format!(", {place}")
    };
    out.push_str(&format!("* '''Where:''' {}{place}\n", d.mode.as_str()));
    let mut names = Vec::new();
    for a in &e.affiliates {
        if let Some(a) = state.db().affiliate_by_id(*a).await? {
            names.push(format!("[[{}]]", display_name(Lang::EN, &a).0));
        }
    }
    out.push_str(&format!("* '''Organized by:''' {}\n", names.join(", ")));
    if let Some(c) = state.db().edition_of(e.id).await? {
        out.push_str(&format!("* '''Campaign:''' {}\n", c.name));
    }
    if !d.hashtags.is_empty() {
        let tags: Vec<String> = d.hashtags.iter().map(|h| format!("#{h}")).collect();
        out.push_str(&format!("* '''Hashtags:''' {}\n", tags.join(" ")));
    }
    if !d.wikis.is_empty() {
        out.push_str(&format!("* '''Wikis:''' {}\n", d.wikis.join(", ")));
    }
    if !d.description.is_empty() {
        out.push_str(&format!("\n=== Description ===\n{}\n", d.description));
    }
    let regs = state.db().registrations(e.id).await?;
    let open: Vec<_> = regs
        .iter()
        .filter(|r| r.seat == Seat::Registered && !r.private)
        .collect();
    if !open.is_empty() {
        out.push_str("\n=== Participants ===\n");
        for r in open {
            out.push_str(&sangam_core::signature::wikitext_line(
                &r.username,
                Some(r.registered_at),
            ));
            out.push('\n');
        }
    }
    Ok(out)
}

async fn event_wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    cached_until(&state, &ctx, &headers, || async {
        let e = state
            .db()
            .event(parse_id(&id)?)
            .await?
            .ok_or_else(not_found)?;
        Ok((
            event_wikitext_of(&state, &e).await?,
            "text/plain; charset=utf-8",
            None,
        ))
    })
    .await
}
