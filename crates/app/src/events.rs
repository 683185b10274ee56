//! Events and campaigns: an affiliate's calendar, one event with what its reader may see,
//! creating and changing events, registration with a waitlist, outcomes, cancellation,
//! the exports (iCalendar, wikitext, the participants' CSV) and recurring campaigns.

use std::collections::HashMap;

use sangam_core::account::{AffiliateId, UserId, Viewer};
use sangam_core::affiliate::{Affiliate, AffiliateKind, Slug};
use sangam_core::error::{Error, FieldErrors, Invalid};
use sangam_core::event::{
    EventDraft, EventStatus, Figures, OutcomesDraft, RegistrationWindow, Seat, When, check_answers,
};
use sangam_core::ical::{self, FeedEvent};
use sangam_core::{Timestamp, text};
use sangam_db::campaigns::Campaign;
use sangam_db::events::{EventId, EventRow, Registered, RegistrationRow};

use crate::{Actor, App, Organizer, SiteAdmin, csv_field, found};

/// Every instant we may be asked about: the calendar's range when no year is chosen.
pub const ALL_TIME: (Timestamp, Timestamp) =
    (Timestamp(-62_135_596_800), Timestamp(253_402_300_800));

/// Does `viewer` organize this event (an admin of one of its affiliates)?
pub fn organizes(viewer: &Viewer, e: &EventRow) -> bool {
    sangam_core::event::organized_by(viewer, &e.affiliates)
}

/// The status an event shows now.
pub fn status_of(e: &EventRow, now: Timestamp) -> EventStatus {
    sangam_core::event::status(&e.details.schedule, e.cancelled, now)
}

/// The next instant at which any of `events` changes status by the clock.
pub fn next_change(events: &[EventRow], now: Timestamp) -> Option<Timestamp> {
    events
        .iter()
        .filter_map(|e| sangam_core::event::next_change(&e.details.schedule, e.cancelled, now))
        .min()
}

pub async fn event(app: &App, id: EventId) -> Result<EventRow, Error> {
    found(app.db().event(id).await?)
}

/// An event the actor organizes, or a refusal.
pub async fn organized(
    app: &App,
    actor: Actor<'_>,
    id: EventId,
) -> Result<Organizer<EventRow>, Error> {
    actor.user()?;
    let e = event(app, id).await?;
    Organizer::check(actor, e, |e| organizes(actor.viewer, e))
}

/// The affiliates that are to organize a new event, by their addresses as the API sends
/// them: each must exist (`unknown_affiliate`) and be administered by the actor.
pub async fn organizing(
    app: &App,
    actor: Actor<'_>,
    slugs: &[String],
) -> Result<Organizer<Vec<AffiliateId>>, Error> {
    actor.user()?;
    let mut ids = Vec::new();
    for slug in slugs {
        let a = app
            .db()
            .affiliate(slug)
            .await?
            .ok_or(Error::field("affiliates", "unknown_affiliate"))?;
        ids.push(a.id);
    }
    if ids.is_empty() {
        return Err(Error::field("affiliates", "required"));
    }
    Organizer::check(actor, ids, |ids| {
        ids.iter().all(|a| actor.viewer.administers(*a))
    })
}

/// The one affiliate at a page's address that is to organize a new event.
pub async fn organizing_one(
    app: &App,
    actor: Actor<'_>,
    slug: &str,
) -> Result<Organizer<Affiliate>, Error> {
    crate::affiliates::organized(app, actor, slug).await
}

/// An event as a form or a JSON body gives it. Each face reads its own time formats into
/// `window` and lists the fields it could not read in `unread`, so a refusal names every
/// field at once.
pub struct EventInput {
    pub draft: EventDraft,
    pub window: RegistrationWindow,
    /// The address of the campaign the event is an edition of.
    pub campaign: Option<String>,
    pub unread: FieldErrors,
    /// The field a registration window that closes before it opens is refused on, as the
    /// face names it.
    pub closes_field: &'static str,
}

struct Checked {
    details: sangam_core::event::EventDetails,
    window: RegistrationWindow,
    campaign: Option<i64>,
}

async fn check(app: &App, input: EventInput) -> Result<Checked, Error> {
    let mut errors = FieldErrors::new();
    let campaign = match input
        .campaign
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        None => None,
        Some(c) => match app.db().campaign(c).await? {
            Some(c) => Some(c.id),
            None => {
                errors.add("campaign", "unknown_campaign");
                None
            }
        },
    };
    for f in input.unread.iter() {
        errors.add_with(f.field.clone(), f.code, f.args.clone());
    }
    if let (Some(o), Some(c)) = (input.window.opens_at, input.window.closes_at)
        && c <= o
    {
        errors.add(input.closes_field, "end_before_start");
    }
    match input.draft.validate() {
        Ok(details) if errors.is_empty() => Ok(Checked {
            details,
            window: input.window,
            campaign,
        }),
        Ok(_) => Err(Error::Validation(errors)),
        Err(Error::Validation(more)) => {
            for f in more.iter() {
                errors.add_with(f.field.clone(), f.code, f.args.clone());
            }
            Err(Error::Validation(errors))
        }
        Err(other) => Err(other),
    }
}

/// Creates an event organized by the proven affiliates, the actor its first organizer.
pub async fn create(
    app: &App,
    actor: Actor<'_>,
    affiliates: &Organizer<Vec<AffiliateId>>,
    input: EventInput,
) -> Result<EventId, Error> {
    let c = check(app, input).await?;
    let id = app
        .db()
        .create_event(
            &c.details,
            affiliates,
            c.window,
            Some(affiliates.user()),
            actor.now,
        )
        .await?;
    if c.campaign.is_some() {
        app.db().set_edition(id, c.campaign).await?;
    }
    Ok(id)
}

/// Changes an event; everything is given again. People keep their seats.
pub async fn update(
    app: &App,
    actor: Actor<'_>,
    e: &Organizer<EventRow>,
    input: EventInput,
) -> Result<(), Error> {
    let c = check(app, input).await?;
    app.db()
        .update_event(e.id, &c.details, c.window, actor.now)
        .await?;
    app.db().set_edition(e.id, c.campaign).await?;
    Ok(())
}

/// The events of an affiliate, or of a hub and its members, within `range`.
pub async fn events_for(
    app: &App,
    a: &Affiliate,
    (from, to): (Timestamp, Timestamp),
) -> Result<Vec<EventRow>, Error> {
    if a.kind == AffiliateKind::Hub {
        app.db().events_of_hub(a.id, from, to).await
    } else {
        app.db().events_of(a.id, from, to).await
    }
}

/// An affiliate (by address) and all its events, as its calendar, feeds and wikitext show.
pub async fn calendar_of(app: &App, slug: &str) -> Result<(Affiliate, Vec<EventRow>), Error> {
    let a = found(app.db().affiliate(slug).await?)?;
    let events = events_for(app, &a, ALL_TIME).await?;
    Ok((a, events))
}

/// One event as its reader may see it, read once for the page and the API alike.
pub struct EventDetail {
    pub event: EventRow,
    /// The organizing affiliates.
    pub affiliates: Vec<Affiliate>,
    /// Does the reader organize it?
    pub organizer: bool,
    /// Every registration, cancelled ones too: faces show only what the reader may see
    /// (see [`EventDetail::visible`]).
    pub registrations: Vec<RegistrationRow>,
    /// Each registration's answers, for organizers only (empty for anyone else).
    pub answers: Vec<(i64, Vec<String>)>,
}

/// What an event's page links to besides the event: a conference's call for proposals
/// and scholarship round, and the campaign it is an edition of. Read only where shown.
pub struct EventLinks {
    pub has_cfp: bool,
    pub has_round: bool,
    pub edition: Option<Campaign>,
}

pub async fn links(app: &App, e: &EventRow) -> Result<EventLinks, Error> {
    Ok(EventLinks {
        has_cfp: app.db().cfp(e.id).await?.is_some(),
        has_round: app.db().round(e.id).await?.is_some(),
        edition: app.db().edition_of(e.id).await?,
    })
}

impl EventDetail {
    pub fn count(&self, seat: Seat) -> u32 {
        self.registrations.iter().filter(|r| r.seat == seat).count() as u32
    }

    /// The reader's own registration, if any (not a cancelled one).
    pub fn mine(&self, viewer: &Viewer) -> Option<&RegistrationRow> {
        let u = viewer.user_id()?;
        self.registrations
            .iter()
            .find(|r| r.user_id == u && r.seat != Seat::Cancelled)
    }

    /// The reader's place on the waitlist (1 is next), when waiting.
    pub fn waitlist_position(&self, r: &RegistrationRow) -> u32 {
        self.registrations
            .iter()
            .filter(|w| w.seat == Seat::Waitlisted && w.id < r.id)
            .count() as u32
            + 1
    }

    /// The people the reader may see: everyone for organizers; for anyone else, those
    /// registered with a seat who did not register privately.
    pub fn visible(&self) -> impl Iterator<Item = &RegistrationRow> {
        self.registrations
            .iter()
            .filter(|r| self.organizer || (r.seat == Seat::Registered && !r.private))
    }

    /// A registration's answers (organizers only).
    pub fn answers_of(&self, r: &RegistrationRow) -> Option<&[String]> {
        self.answers
            .iter()
            .find(|(id, _)| *id == r.id)
            .map(|(_, a)| a.as_slice())
    }

    /// The meeting link goes to organizers and to people with a seat.
    pub fn meeting_url(&self, viewer: &Viewer) -> Option<&str> {
        let seated = self
            .mine(viewer)
            .is_some_and(|r| r.seat == Seat::Registered);
        (self.organizer || seated)
            .then_some(self.event.details.meeting_url.as_deref())
            .flatten()
    }
}

pub async fn detail(app: &App, actor: Actor<'_>, e: EventRow) -> Result<EventDetail, Error> {
    let mut affiliates = Vec::new();
    for a in &e.affiliates {
        if let Some(a) = app.db().affiliate_by_id(*a).await? {
            affiliates.push(a);
        }
    }
    let organizer = organizes(actor.viewer, &e);
    let registrations = app.db().registrations(e.id).await?;
    let answers = if organizer {
        app.db().registration_answers(e.id).await?
    } else {
        Vec::new()
    };
    Ok(EventDetail {
        event: e,
        affiliates,
        organizer,
        registrations,
        answers,
    })
}

/// Outcomes totalled per year of the events' start, each event once (a co-organized event
/// is in the list once), years in order.
pub async fn totals_by_year(app: &App, events: &[EventRow]) -> Result<Vec<(i16, Figures)>, Error> {
    let ids: Vec<EventId> = events.iter().map(|e| e.id).collect();
    let outcomes = app.db().outcomes(&ids).await?;
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

/// Registers the actor after checking the answers against the event's questions: a seat
/// while there is one, else the waitlist.
pub async fn register(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
    private: bool,
    answers: &[String],
) -> Result<Registered, Error> {
    let user = actor.user()?;
    let answers = check_answers(&e.details.questions, answers)?;
    let answers = serde_json::to_string(&answers).map_err(Error::internal)?;
    app.db()
        .register(e.id, user, private, &answers, actor.now)
        .await
}

/// Cancels the actor's registration; the head of the waitlist moves up (returned).
pub async fn cancel_registration(
    app: &App,
    actor: Actor<'_>,
    id: EventId,
) -> Result<Vec<UserId>, Error> {
    let user = actor.user()?;
    app.db().cancel_registration(id, user, actor.now).await
}

/// What an event achieved, if its organizers recorded it.
pub async fn outcomes(app: &App, id: EventId) -> Result<Option<(Figures, String)>, Error> {
    Ok(app.db().outcomes(&[id]).await?.remove(&id))
}

/// Records what an event achieved, once it has taken place.
pub async fn record_outcomes(
    app: &App,
    actor: Actor<'_>,
    e: &Organizer<EventRow>,
    draft: OutcomesDraft,
) -> Result<(Figures, String), Error> {
    let (figures, notes) = draft.validate(status_of(e, actor.now))?;
    app.db()
        .save_outcomes(e.id, &figures, &notes, actor.now)
        .await?;
    Ok((figures, notes))
}

/// Cancels an event, or takes the cancellation back.
pub async fn set_cancelled(
    app: &App,
    actor: Actor<'_>,
    e: &Organizer<EventRow>,
    cancelled: bool,
) -> Result<(), Error> {
    app.db().set_cancelled(e.id, cancelled, actor.now).await
}

/// The events a person is registered for (or waiting for), by start.
pub async fn my_events(app: &App, actor: Actor<'_>) -> Result<Vec<(EventRow, Registered)>, Error> {
    let user = actor.user()?;
    let mut out = Vec::new();
    for (e, _) in app.db().events_of_user(user).await? {
        if let Some(place) = app.db().registration_of(e.id, user).await? {
            out.push((e, place));
        }
    }
    Ok(out)
}

/// The events at a person's private calendar address.
pub async fn feed_of(app: &App, token: &str) -> Result<Vec<EventRow>, Error> {
    let user = found(app.db().feed_owner(token).await?)?;
    let events = app.db().events_of_user(user).await?;
    Ok(events.into_iter().map(|(e, _)| e).collect())
}

/// One event in a feed, with links on the site at `public_url`.
pub fn feed_event<'a>(public_url: &str, e: &'a EventRow, now: Timestamp) -> FeedEvent<'a> {
    let base = public_url.trim_end_matches('/');
    let host = base.split("://").nth(1).unwrap_or(base);
    FeedEvent {
        uid: format!("event-{}@{host}", e.id),
        title: &e.details.title,
        when: &e.details.schedule.when,
        zone: &e.details.schedule.zone,
        description: &e.details.description,
        location: place(&e.details.venue, &e.details.address),
        url: Some(format!("{base}/events/{}", e.id)),
        cancelled: e.cancelled,
        status: status_of(e, now),
        updated: e.updated_at,
    }
}

/// The venue and the address, as one line.
pub fn place(venue: &Option<String>, address: &Option<String>) -> Option<String> {
    match (venue, address) {
        (Some(v), Some(a)) => Some(format!("{v}, {a}")),
        (v, a) => v.clone().or_else(|| a.clone()),
    }
}

pub const ICS: &str = "text/calendar; charset=utf-8";

/// Events as an iCalendar document titled `name`.
pub fn ics_of(public_url: &str, name: &str, events: &[EventRow], now: Timestamp) -> String {
    let feed: Vec<FeedEvent<'_>> = events
        .iter()
        .map(|e| feed_event(public_url, e, now))
        .collect();
    ical::calendar(name, &feed, now)
}

fn zone_of(e: &EventRow) -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(&e.details.schedule.zone).unwrap_or(jiff::tz::TimeZone::UTC)
}

/// An instant in the event's zone, formatted with `format`.
fn local(e: &EventRow, t: Timestamp, format: &str) -> String {
    let tz = zone_of(e);
    jiff::Timestamp::from_second(t.0)
        .map(|t| t.to_zoned(tz).strftime(format).to_string())
        .unwrap_or_default()
}

/// The calendar as the seed page writes it: a bullet per month, the items under it with
/// their days, `{{Done}}` before those that are over.
pub fn wikitext_of(events: &[EventRow], now: Timestamp) -> String {
    let mut out = String::from("== Ongoing and Planned Activities ==\n");
    let mut current = None;
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
        let days = match &e.details.schedule.when {
            When::Undated => {
                out.push_str(&format!("** {}\n", e.details.title));
                continue;
            }
            When::Days { first, last } if first == last => first.strftime("%d %B").to_string(),
            When::Days { first, last } => {
                format!("{} - {}", first.strftime("%d %B"), last.strftime("%d %B"))
            }
            When::Timed { start, end } => format!(
                "{} - {} ({})",
                local(e, *start, "%d %B %H:%M"),
                local(e, *end, "%d %B %H:%M"),
                e.details.schedule.zone
            ),
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

/// One event as a Meta-Wiki page: the facts, the description, and the people registered
/// openly as a numbered list of signatures with their registration times. `name` gives an
/// affiliate's name as the wiki knows it.
pub async fn event_wikitext_of(
    app: &App,
    e: &EventRow,
    name: impl Fn(&Affiliate) -> String,
) -> Result<String, Error> {
    let d = &e.details;
    let mut out = format!("== {} ==\n", d.title);
    let when = match &d.schedule.when {
        When::Undated => "to be decided".to_string(),
        When::Days { first, last } if first == last => first.strftime("%d %B %Y").to_string(),
        When::Days { first, last } => format!(
            "{} - {}",
            first.strftime("%d %B %Y"),
            last.strftime("%d %B %Y")
        ),
        When::Timed { start, end } => format!(
            "{} - {} ({})",
            local(e, *start, "%d %B %Y %H:%M"),
            local(e, *end, "%d %B %Y %H:%M"),
            d.schedule.zone
        ),
    };
    out.push_str(&format!("* '''When:''' {when}\n"));
    out.push_str(&format!("* '''Kind:''' {}\n", d.kind.as_str()));
    let place = place(&d.venue, &d.address)
        .map(|p| format!(", {p}"))
        .unwrap_or_default();
    out.push_str(&format!("* '''Where:''' {}{place}\n", d.mode.as_str()));
    let mut names = Vec::new();
    for a in &e.affiliates {
        if let Some(a) = app.db().affiliate_by_id(*a).await? {
            names.push(format!("[[{}]]", name(&a)));
        }
    }
    out.push_str(&format!("* '''Organized by:''' {}\n", names.join(", ")));
    if let Some(c) = app.db().edition_of(e.id).await? {
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
    let regs = app.db().registrations(e.id).await?;
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

/// Every registration with its answers, for the event's organizers.
pub async fn participants_csv(app: &App, e: &Organizer<EventRow>) -> Result<String, Error> {
    let regs = app.db().registrations(e.id).await?;
    let answers: HashMap<i64, Vec<String>> = app
        .db()
        .registration_answers(e.id)
        .await?
        .into_iter()
        .collect();
    let mut header = vec![
        "username".to_string(),
        "seat".to_string(),
        "private".to_string(),
        "registered_at".to_string(),
    ];
    header.extend(e.details.questions.iter().map(|q| q.text.clone()));
    let line = |fields: &[String]| {
        let mut l = fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",");
        l.push_str("\r\n");
        l
    };
    let mut out = line(&header);
    for r in &regs {
        let mut row = vec![
            r.username.to_string(),
            r.seat.as_str().to_string(),
            if r.private { "yes" } else { "no" }.to_string(),
            r.registered_at.to_rfc3339(),
        ];
        if let Some(a) = answers.get(&r.id) {
            row.extend(a.iter().cloned());
        }
        out.push_str(&line(&row));
    }
    Ok(out)
}

/// A campaign with its editions and the affiliates taking part (the editions' organizers
/// among them).
pub struct CampaignDetail {
    pub campaign: Campaign,
    pub editions: Vec<EventRow>,
    pub taking_part: Vec<Affiliate>,
}

pub async fn campaigns(app: &App) -> Result<Vec<(Campaign, usize)>, Error> {
    let mut out = Vec::new();
    for c in app.db().campaigns().await? {
        let n = app.db().editions(c.id).await?.len();
        out.push((c, n));
    }
    Ok(out)
}

pub async fn campaign(app: &App, slug: &str) -> Result<CampaignDetail, Error> {
    let c = found(app.db().campaign(slug).await?)?;
    let mut editions = Vec::new();
    for id in app.db().editions(c.id).await? {
        if let Some(e) = app.db().event(id).await? {
            editions.push(e);
        }
    }
    let mut ids = app.db().participants_of(c.id).await?;
    for e in &editions {
        ids.extend(e.affiliates.iter().copied());
    }
    ids.sort_unstable();
    ids.dedup();
    let mut taking_part = Vec::new();
    for id in ids {
        if let Some(a) = app.db().affiliate_by_id(id).await? {
            taking_part.push(a);
        }
    }
    Ok(CampaignDetail {
        campaign: c,
        editions,
        taking_part,
    })
}

/// The address of the campaign an event is an edition of.
pub async fn event_campaign(app: &App, e: &EventRow) -> Result<Option<String>, Error> {
    Ok(app.db().edition_of(e.id).await?.map(|c| c.slug))
}

/// The campaigns an affiliate takes part in.
pub async fn campaigns_of(app: &App, a: &Affiliate) -> Result<Vec<Campaign>, Error> {
    app.db().campaigns_of(a.id).await
}

/// The campaigns an organizer may make an event an edition of.
pub async fn campaign_choices(app: &App) -> Result<Vec<(String, String)>, Error> {
    Ok(app
        .db()
        .campaigns()
        .await?
        .into_iter()
        .map(|c| (c.slug, c.name))
        .collect())
}

/// Creates a campaign (site admins).
pub async fn create_campaign(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    slug: &str,
    name: &str,
) -> Result<CampaignDetail, Error> {
    let mut e = FieldErrors::new();
    let slug = e.check("slug", Slug::parse(slug));
    let name = e.check(
        "name",
        text::clean_line(name, 200).and_then(|n| {
            if n.is_empty() {
                Err(Invalid::new("required"))
            } else {
                Ok(n)
            }
        }),
    );
    let (slug, name) = e.finish(|| (slug, name))?;
    let (Some(slug), Some(name)) = (slug, name) else {
        return Err(Error::Internal("campaign fields".into()));
    };
    app.db().create_campaign(&slug, &name, actor.now).await?;
    campaign(app, slug.as_str()).await
}
