//! A conference's programme: the call for proposals, proposals and their people,
//! interested attendees, reviewers and their reviews, decisions mailed to the presenters,
//! rooms, time slots, placing sessions, and the programme's exports.

use sangam_core::Timestamp;
use sangam_core::account::{UserId, Username, Viewer};
use sangam_core::conference::{
    Cfp, CfpDraft, Presenter, ProposalDraft, ProposalStatus, Review, TEXT_MAX, agreement,
};
use sangam_core::error::{Error, FieldErrors, Invalid};
use sangam_core::event::{EventStatus, When};
use sangam_core::id::ProposalId;
use sangam_core::{frab, ical, text};
use sangam_db::conference::{InterestRow, Panel, ProposalRow, ReviewRow, SessionRow};
use sangam_db::events::{EventId, EventRow};

use crate::events::organizes;
use crate::{Actor, App, Organizer, found};

/// A conference (an event).
pub async fn conference(app: &App, id: EventId) -> Result<EventRow, Error> {
    crate::events::event(app, id).await
}

/// A conference its organizers act on.
pub async fn organized(
    app: &App,
    actor: Actor<'_>,
    id: EventId,
) -> Result<Organizer<EventRow>, Error> {
    crate::events::organized(app, actor, id).await
}

/// A proposal and its conference.
pub async fn proposal(app: &App, id: ProposalId) -> Result<(EventRow, ProposalRow), Error> {
    let p = found(app.db().proposal(id).await?)?;
    let e = conference(app, p.event_id).await?;
    Ok((e, p))
}

/// A proposal whose conference the actor organizes.
pub async fn organized_proposal(
    app: &App,
    actor: Actor<'_>,
    id: ProposalId,
) -> Result<Organizer<(EventRow, ProposalRow)>, Error> {
    actor.user()?;
    let found = proposal(app, id).await?;
    Organizer::check(actor, found, |(e, _)| organizes(actor.viewer, e))
}

/// Whether the viewer sees a proposal's private fields: its people and the organizers.
pub fn sees_private(viewer: &Viewer, e: &EventRow, p: &ProposalRow) -> bool {
    organizes(viewer, e) || viewer.user_id().is_some_and(|u| p.is_own(u))
}

/// The conference's call for proposals, if it has one.
pub async fn cfp(app: &App, e: EventId) -> Result<Option<Cfp>, Error> {
    app.db().cfp(e).await
}

/// The call, or not found.
pub async fn the_cfp(app: &App, e: EventId) -> Result<Cfp, Error> {
    found(app.db().cfp(e).await?)
}

/// Sets or replaces the call for proposals.
pub async fn set_cfp(app: &App, e: &Organizer<EventRow>, draft: CfpDraft) -> Result<(), Error> {
    let cfp = draft.validate()?;
    app.db().set_cfp(e.id, &cfp).await
}

/// A conference's proposals in the order sent; withdrawn ones only for its organizers.
pub async fn proposals(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
) -> Result<Vec<ProposalRow>, Error> {
    let organizer = organizes(actor.viewer, e);
    Ok(app
        .db()
        .proposals_of(e.id)
        .await?
        .into_iter()
        .filter(|p| organizer || p.status != ProposalStatus::Withdrawn)
        .collect())
}

/// Sends a proposal while the call is open; the proposal as stored.
pub async fn submit(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
    draft: ProposalDraft,
) -> Result<ProposalRow, Error> {
    let me = actor.user()?;
    let cfp = the_cfp(app, e.id).await?;
    let p = draft.validate(&cfp)?;
    let id = app.db().submit_proposal(e.id, me, &p, actor.now).await?;
    found(app.db().proposal(id).await?)
}

/// The proposal, if it is the actor's (a presenter or the sender).
pub fn own(actor: Actor<'_>, p: &ProposalRow) -> Result<(), Error> {
    let me = actor.user()?;
    if p.is_own(me) {
        Ok(())
    } else {
        Err(Error::Forbidden("not_proposer"))
    }
}

/// Changes one's proposal until the call closes.
pub async fn update(
    app: &App,
    actor: Actor<'_>,
    (e, p): (&EventRow, &ProposalRow),
    draft: ProposalDraft,
) -> Result<(), Error> {
    own(actor, p)?;
    let cfp = the_cfp(app, e.id).await?;
    let checked = draft.validate(&cfp)?;
    app.db().update_proposal(p.id, &checked, actor.now).await
}

/// Withdraws one's proposal.
pub async fn withdraw(app: &App, actor: Actor<'_>, p: &ProposalRow) -> Result<(), Error> {
    own(actor, p)?;
    app.db().withdraw_proposal(p.id, actor.now).await
}

/// Who is interested in a proposal, with the dates they signed.
pub async fn interest(app: &App, p: ProposalId) -> Result<Vec<InterestRow>, Error> {
    app.db().interest(p).await
}

/// Marks or removes the actor's interest in a session.
pub async fn set_interest(
    app: &App,
    actor: Actor<'_>,
    p: ProposalId,
    interested: bool,
) -> Result<(), Error> {
    let account = actor.viewer.account().ok_or(Error::Unauthenticated)?;
    app.db()
        .set_interest(p, account.id, &account.username, interested, actor.now)
        .await
}

/// Imports the interested attendees' signatures of a wiki proposal page; a line that
/// cannot be read refuses the whole import. How many were added, and read.
pub async fn import_interest(
    app: &App,
    p: &Organizer<(EventRow, ProposalRow)>,
    text: &str,
) -> Result<(usize, usize), Error> {
    let parsed = sangam_core::signature::parse_list(text);
    if !parsed.problems.is_empty() {
        return Err(Error::field("text", "import_unreadable_lines"));
    }
    if parsed.entries.is_empty() {
        return Err(Error::field("text", "import_empty"));
    }
    let added = app.db().import_interest(p.1.id, &parsed.entries).await?;
    Ok((added, parsed.entries.len()))
}

/// Reviewers' usernames as typed, each checked (`reviewers.N` names a bad one).
pub fn usernames(typed: &[String]) -> Result<Vec<Username>, Error> {
    let mut errors = FieldErrors::new();
    let names: Vec<Username> = typed
        .iter()
        .enumerate()
        .filter_map(|(i, u)| errors.check(&format!("reviewers.{i}"), Username::parse(u)))
        .collect();
    errors.finish(|| names)
}

/// The usernames of a form's text area, one a line.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Sets one of the conference's review panels (programme or scholarships); the panel's
/// names now.
pub async fn set_reviewers(
    app: &App,
    e: &Organizer<EventRow>,
    panel: Panel,
    typed: &[String],
) -> Result<Vec<String>, Error> {
    let names = usernames(typed)?;
    app.db().set_reviewers(e.id, panel, &names).await?;
    app.db().reviewer_names(e.id, panel).await
}

/// A panel's reviewers by name.
pub async fn reviewer_names(app: &App, e: EventId, panel: Panel) -> Result<Vec<String>, Error> {
    app.db().reviewer_names(e, panel).await
}

/// A reviewer scores a proposal on the call's criteria and comments (again to change
/// it); never their own. The review as saved, and the call it was scored on.
pub async fn review(
    app: &App,
    actor: Actor<'_>,
    (e, p): (&EventRow, &ProposalRow),
    review: Review,
) -> Result<(ReviewRow, Cfp), Error> {
    let me = actor.user()?;
    let cfp = the_cfp(app, e.id).await?;
    let review = review.validate(&cfp)?;
    app.db().save_review(p.id, me, &review, actor.now).await?;
    let saved = my_review(app, actor, (e, p))
        .await?
        .ok_or(Error::NotFound)?;
    Ok((saved, cfp))
}

/// One proposal in the review table.
pub struct ReviewLine {
    pub id: ProposalId,
    pub title: String,
    pub status: ProposalStatus,
    pub interest: i64,
    /// The mean of the reviewers' weighted scores (organizers only).
    pub score: Option<f64>,
    /// The standard deviation of the weighted scores (organizers only).
    pub spread: Option<f64>,
    /// Each visible review with its weighted score.
    pub reviews: Vec<(ReviewRow, f64)>,
}

/// The review table as the actor may see it: every proposal for the organizers, with
/// every review, the mean and the spread; a reviewer's own reviews of the proposals they
/// do not present. The best scored first, then the most interest.
pub async fn review_lines(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
) -> Result<Vec<ReviewLine>, Error> {
    let organizer = organizes(actor.viewer, e);
    let me = actor.viewer.user_id();
    let reviewer = is_reviewer(app, actor, e.id, Panel::Programme).await?;
    if !organizer && !reviewer {
        return Err(Error::Forbidden("not_reviewer"));
    }
    let cfp = the_cfp(app, e.id).await?;
    let reviews = app.db().reviews(e.id, None).await?;
    let mut lines: Vec<ReviewLine> = app
        .db()
        .proposals_of(e.id)
        .await?
        .iter()
        .filter(|p| p.status != ProposalStatus::Withdrawn)
        .filter(|p| organizer || me.is_none_or(|u| !p.is_own(u)))
        .map(|p| {
            let mine: Vec<&ReviewRow> =
                reviews.iter().filter(|r| r.subject == p.id.get()).collect();
            let weighted: Vec<f64> = mine
                .iter()
                .map(|r| cfp.weighted(&r.review.scores))
                .collect();
            let stats = agreement(&weighted);
            ReviewLine {
                id: p.id,
                title: p.proposal.title.clone(),
                status: p.status,
                interest: p.interest,
                score: if organizer { stats.map(|s| s.0) } else { None },
                spread: if organizer { stats.map(|s| s.1) } else { None },
                reviews: mine
                    .into_iter()
                    .filter(|r| organizer || Some(r.reviewer_id) == me)
                    .map(|r| (r.clone(), cfp.weighted(&r.review.scores)))
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
    Ok(lines)
}

/// A decision as typed, read by `parse` (`invalid_choice` when it reads none), and the
/// message that goes with it; both fields checked at once.
pub fn decision_and_message<T>(
    decision: &str,
    message: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(T, String), Error> {
    let mut errors = FieldErrors::new();
    let decision = parse(decision.trim());
    if decision.is_none() {
        errors.add("decision", "invalid_choice");
    }
    let note = errors.check("message", text::clean_block(message, TEXT_MAX));
    let note = errors.finish(|| note.unwrap_or_default())?;
    let decision = decision.ok_or(Error::field("decision", "invalid_choice"))?;
    Ok((decision, note))
}

/// A decision on a proposal (accepted, waitlisted, rejected) and its message, as typed.
pub fn parse_decision(decision: &str, message: &str) -> Result<(ProposalStatus, String), Error> {
    decision_and_message(decision, message, |d| {
        ProposalStatus::parse(d).filter(|s| {
            matches!(
                s,
                ProposalStatus::Accepted | ProposalStatus::Waitlisted | ProposalStatus::Rejected
            )
        })
    })
}

/// Records the organizers' decision and mails it to the presenters; how many mails were
/// queued.
pub async fn decide(
    app: &App,
    actor: Actor<'_>,
    p: &Organizer<(EventRow, ProposalRow)>,
    (decision, message): (&str, &str),
) -> Result<(ProposalStatus, usize), Error> {
    let (decision, note) = parse_decision(decision, message)?;
    let mailed = app
        .db()
        .decide_proposal(p.1.id, decision, &note, actor.now)
        .await?;
    Ok((decision, mailed))
}

/// An instant as typed: RFC 3339, or a local date and time ("2021-02-19T10:00") in the
/// conference's zone.
pub fn local_instant(s: &str, zone: &str) -> Result<Timestamp, Invalid> {
    let s = s.trim();
    if let Some(t) = Timestamp::parse_rfc3339(s) {
        return Ok(t);
    }
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    s.parse::<jiff::civil::DateTime>()
        .ok()
        .and_then(|dt| dt.to_zoned(tz).ok())
        .map(|z| Timestamp(z.timestamp().as_second()))
        .ok_or_else(|| Invalid::new("invalid_instant"))
}

/// A room's name as typed.
pub fn room_name(typed: &str) -> Result<String, Error> {
    let name = text::clean_line(typed, 80).map_err(|e| Error::field("name", e.code))?;
    if name.is_empty() {
        return Err(Error::field("name", "required"));
    }
    Ok(name)
}

/// Adds a room; every room now.
pub async fn add_room(
    app: &App,
    e: &Organizer<EventRow>,
    typed: &str,
) -> Result<Vec<(i64, String)>, Error> {
    let name = room_name(typed)?;
    app.db().add_room(e.id, &name).await?;
    app.db().rooms(e.id).await
}

/// The conference's time slots, in order.
pub async fn slots(app: &App, e: EventId) -> Result<Vec<(Timestamp, Timestamp)>, Error> {
    app.db().slots(e).await
}

pub async fn rooms(app: &App, e: EventId) -> Result<Vec<(i64, String)>, Error> {
    app.db().rooms(e).await
}

/// Time slots as typed (start, end), in the conference's zone: each a real range, none
/// overlapping another; sorted.
pub fn parse_slots(
    typed: &[(&str, &str)],
    zone: &str,
) -> Result<Vec<(Timestamp, Timestamp)>, Error> {
    let mut errors = FieldErrors::new();
    let mut slots = Vec::new();
    for (i, (start, end)) in typed.iter().enumerate() {
        let start = errors.check(&format!("slots.{i}.start"), local_instant(start, zone));
        let end = errors.check(&format!("slots.{i}.end"), local_instant(end, zone));
        if let (Some(a), Some(b)) = (start, end) {
            if b <= a {
                errors.add(format!("slots.{i}.end"), "range_reversed");
            } else if slots.iter().any(|(x, y)| a < *y && *x < b) {
                errors.add(format!("slots.{i}.start"), "period_overlaps");
            } else {
                slots.push((a, b));
            }
        }
    }
    errors.finish(|| ())?;
    slots.sort();
    Ok(slots)
}

/// Replaces the conference's time slots.
pub async fn set_slots(
    app: &App,
    e: &Organizer<EventRow>,
    typed: &[(&str, &str)],
) -> Result<(), Error> {
    let slots = parse_slots(typed, &e.details.schedule.zone)?;
    app.db().set_slots(e.id, &slots).await
}

/// Places an accepted session in a room at a time (typed in the conference's zone);
/// refused when the room is taken, a presenter is elsewhere then, or the session does not
/// fit a slot. The session as placed.
pub async fn place(
    app: &App,
    p: &Organizer<(EventRow, ProposalRow)>,
    room: i64,
    start: &str,
) -> Result<SessionRow, Error> {
    let (e, proposal) = &**p;
    let start = local_instant(start, &e.details.schedule.zone)
        .map_err(|x| Error::field("start", x.code))?;
    app.db().place(proposal.id, room, start).await?;
    found(app.db().placed_session(proposal.id).await?)
}

/// Where and when a proposal's session is, once placed.
pub async fn placed_session(app: &App, p: ProposalId) -> Result<Option<SessionRow>, Error> {
    app.db().placed_session(p).await
}

/// Every placed session, by time and room.
pub async fn programme(app: &App, e: EventId) -> Result<Vec<SessionRow>, Error> {
    app.db().programme(e).await
}

/// A session's identity in every export (the XML's guid, the iCalendar's UID): the same
/// string for the same session, unique across servers.
fn session_uid(base: &str, proposal: ProposalId) -> String {
    let host = base.split("://").nth(1).unwrap_or("sangam");
    format!("proposal-{proposal}@{host}")
}

/// The iCalendar of some sessions, with links on the site at `base`.
pub fn sessions_ics(e: &EventRow, rows: &[SessionRow], base: &str, now: Timestamp) -> String {
    let base = base.trim_end_matches('/');
    let whens: Vec<When> = rows
        .iter()
        .map(|r| When::Timed {
            start: r.start,
            end: r.end,
        })
        .collect();
    let feed: Vec<ical::FeedEvent<'_>> = rows
        .iter()
        .zip(&whens)
        .map(|(r, when)| ical::FeedEvent {
            uid: session_uid(base, r.proposal.id),
            title: &r.proposal.proposal.title,
            when,
            zone: &e.details.schedule.zone,
            description: &r.proposal.proposal.plan,
            location: Some(r.room.clone()),
            url: Some(format!("{base}/proposals/{}", r.proposal.id)),
            cancelled: false,
            status: EventStatus::Planned,
            updated: r.proposal.updated_at,
        })
        .collect();
    ical::calendar(&e.details.title, &feed, now)
}

fn acronym(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A session's type name, presenters (account id, name) and language, owned for the export.
type SessionNames = (String, Vec<(Option<UserId>, String)>, String);

/// The programme as frab/Pentabarf schedule XML, with links on the site at `base`.
pub async fn schedule_xml(app: &App, e: &EventRow, base: &str) -> Result<String, Error> {
    let base = base.trim_end_matches('/');
    let cfp = cfp(app, e.id).await?;
    let rows = programme(app, e.id).await?;
    let names: Vec<SessionNames> = rows
        .iter()
        .map(|r| {
            let q = &r.proposal.proposal;
            let persons = q
                .presenters
                .iter()
                .zip(&r.proposal.presenter_ids)
                .map(|(p, id)| match p {
                    Presenter::Account(u) => (*id, u.to_string()),
                    Presenter::Guest(g) => (None, g.clone()),
                })
                .collect();
            let kind = cfp
                .as_ref()
                .and_then(|c| c.session_type(&q.session_type))
                .map_or_else(|| q.session_type.clone(), |t| t.name.clone());
            (kind, persons, q.lang.to_string())
        })
        .collect();
    let sessions: Vec<frab::Session<'_>> = rows
        .iter()
        .zip(&names)
        .map(|(r, (kind, persons, lang))| frab::Session {
            id: r.proposal.id.get(),
            guid: session_uid(base, r.proposal.id),
            title: &r.proposal.proposal.title,
            room: &r.room,
            start: r.start,
            end: r.end,
            kind,
            language: lang,
            track: r.proposal.proposal.track.as_deref().unwrap_or(""),
            abstract_text: &r.proposal.proposal.plan,
            persons: persons.clone(),
            url: format!("{base}/proposals/{}", r.proposal.id),
        })
        .collect();
    let version = rows
        .iter()
        .map(|r| r.proposal.updated_at.0)
        .max()
        .unwrap_or(0)
        .to_string();
    Ok(frab::schedule_xml(
        &frab::Conference {
            title: &e.details.title,
            acronym: acronym(&e.details.title),
            zone: &e.details.schedule.zone,
            version,
        },
        &sessions,
    ))
}

/// Whether the actor reviews the conference's proposals (or scholarship applications).
pub async fn is_reviewer(
    app: &App,
    actor: Actor<'_>,
    e: EventId,
    panel: Panel,
) -> Result<bool, Error> {
    match actor.viewer.user_id() {
        Some(u) => Ok(app
            .db()
            .reviewers(e, panel)
            .await?
            .iter()
            .any(|(r, _)| *r == u)),
        None => Ok(false),
    }
}

/// The actor's own review of a proposal, if they wrote one.
pub async fn my_review(
    app: &App,
    actor: Actor<'_>,
    (e, p): (&EventRow, &ProposalRow),
) -> Result<Option<ReviewRow>, Error> {
    let Some(me) = actor.viewer.user_id() else {
        return Ok(None);
    };
    Ok(app
        .db()
        .reviews(e.id, Some(p.id.get()))
        .await?
        .into_iter()
        .find(|r| r.reviewer_id == me))
}
