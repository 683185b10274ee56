//! A conference's scholarship round: the round and its phases, applications (sent and
//! changed by their applicant until the deadline), eligibility flags, reviewers' scores,
//! decisions, and what each applicant sees once decisions are published.
//!
//! Who sees what (one rule, here, for the pages and the API): the organizers see
//! everything; the round's reviewers see the applications but not the applicants'
//! addresses, only their own scores, and never their own application as reviewers; an
//! applicant sees their own application, and once the round is published their decision,
//! their scores (without reviewers' names or comments) and the cut-off; nobody else sees
//! any application.

use sangam_core::conference::{Review, agreement, weighted};
use sangam_core::error::{Error, FieldErrors};
use sangam_core::id::ApplicationId;
pub use sangam_core::scholarship::Roles;
use sangam_core::scholarship::{ApplicationDraft, Decision, Flag, Phase, RoundDraft, cutoff};
use sangam_core::text;
use sangam_db::conference::{Panel, ReviewRow};
use sangam_db::events::{EventId, EventRow};
use sangam_db::scholarships::{ApplicationRow, RoundRow};

use crate::events::organizes;
use crate::{Actor, App, Organizer, found};

pub async fn roles(app: &App, actor: Actor<'_>, e: &EventRow) -> Result<Roles, Error> {
    let me = actor.viewer.user_id();
    let reviewer = crate::conference::is_reviewer(app, actor, e.id, Panel::Scholarships).await?;
    Ok(Roles {
        organizer: organizes(actor.viewer, e),
        reviewer,
        me,
    })
}

/// The conference's round.
pub async fn round(app: &App, event: EventId) -> Result<RoundRow, Error> {
    found(app.db().round(event).await?)
}

/// The round, if the conference has one.
pub async fn round_of(app: &App, event: EventId) -> Result<Option<RoundRow>, Error> {
    app.db().round(event).await
}

/// Sets or changes the round while applications are still taken.
pub async fn set_round(
    app: &App,
    e: &Organizer<EventRow>,
    draft: RoundDraft,
) -> Result<RoundRow, Error> {
    let r = draft.validate()?;
    app.db().set_round(e.id, &r).await?;
    round(app, e.id).await
}

/// Moves the round to its next phase; publishing mails every applicant their decision.
/// How many were mailed.
pub async fn advance(
    app: &App,
    actor: Actor<'_>,
    e: &Organizer<EventRow>,
    phase: &str,
) -> Result<(Phase, usize), Error> {
    let next = Phase::parse(phase.trim()).ok_or(Error::field("phase", "invalid_choice"))?;
    let mailed = app.db().advance_round(e.id, next, actor.now).await?;
    Ok((next, mailed))
}

/// One reviewer's scores of an application, as the reader may see them.
pub struct ScoreView {
    /// The reviewer; not shown to the applicant.
    pub reviewer: Option<String>,
    pub scores: Vec<u32>,
    pub weighted: f64,
    /// Not shown to the applicant.
    pub comment: Option<String>,
}

/// An application as its reader may see it: `row` without what they may not see (the
/// address, the flag, the decision), and the scores they may see.
pub struct ApplicationView {
    pub row: ApplicationRow,
    pub scores: Vec<ScoreView>,
    /// The mean weighted score (organizers; the applicant once published).
    pub score: Option<f64>,
    /// How far apart the reviewers are (organizers only).
    pub spread: Option<f64>,
    /// The lowest awarded score (the applicant once published).
    pub cutoff: Option<f64>,
    /// Whether the reader may change it now.
    pub editable: bool,
}

/// The mean weighted score of each scored application, by id.
fn means(r: &RoundRow, scores: &[ReviewRow]) -> Vec<(i64, f64, f64)> {
    let mut out: Vec<(i64, f64, f64)> = Vec::new();
    let mut ids: Vec<i64> = scores.iter().map(|s| s.subject).collect();
    ids.dedup();
    for id in ids {
        let w: Vec<f64> = scores
            .iter()
            .filter(|s| s.subject == id)
            .map(|s| weighted(&r.round.criteria, &s.review.scores))
            .collect();
        if let Some((mean, spread)) = agreement(&w) {
            out.push((id, mean, spread));
        }
    }
    out
}

/// The round's cut-off: the lowest mean score among the awarded applications.
fn round_cutoff(r: &RoundRow, apps: &[ApplicationRow], scores: &[ReviewRow]) -> Option<f64> {
    let means = means(r, scores);
    let decided: Vec<(f64, Decision)> = apps
        .iter()
        .filter_map(|a| {
            let (d, _) = a.decision.as_ref()?;
            let (_, mean, _) = means.iter().find(|m| m.0 == a.id.get())?;
            Some((*mean, *d))
        })
        .collect();
    cutoff(&decided)
}

/// An application as `roles` may see it. `cut` is the round's cut-off, shown to the
/// applicant once the round is published.
fn view(
    roles: &Roles,
    r: &RoundRow,
    a: &ApplicationRow,
    scores: &[ReviewRow],
    cut: Option<f64>,
    now: sangam_core::Timestamp,
) -> ApplicationView {
    let own = roles.me == Some(a.user_id);
    let published = r.phase == Phase::Published;
    let as_reviewer = roles.reviews(a.user_id);
    let mine: Vec<&ReviewRow> = scores.iter().filter(|s| s.subject == a.id.get()).collect();
    let stats = agreement(
        &mine
            .iter()
            .map(|s| weighted(&r.round.criteria, &s.review.scores))
            .collect::<Vec<_>>(),
    );
    let score_view = |s: &ReviewRow, named: bool| ScoreView {
        reviewer: named.then(|| s.reviewer.clone()),
        weighted: weighted(&r.round.criteria, &s.review.scores),
        scores: s.review.scores.clone(),
        comment: named.then(|| s.review.comment.clone()),
    };
    let shown_scores: Vec<ScoreView> = if roles.organizer {
        mine.iter().map(|s| score_view(s, true)).collect()
    } else if as_reviewer {
        mine.iter()
            .filter(|s| Some(s.reviewer_id) == roles.me)
            .map(|s| score_view(s, true))
            .collect()
    } else if own && published {
        mine.iter().map(|s| score_view(s, false)).collect()
    } else {
        Vec::new()
    };
    let sees_flags = roles.organizer || as_reviewer;
    let sees_decision = roles.organizer || published;
    let mut row = a.clone();
    if !roles.organizer {
        row.email = None;
    }
    if !sees_flags {
        row.flag = None;
    }
    if !sees_decision {
        row.decision = None;
    }
    ApplicationView {
        row,
        scores: shown_scores,
        score: stats
            .filter(|_| roles.organizer || (own && published))
            .map(|s| s.0),
        spread: stats.filter(|_| roles.organizer).map(|s| s.1),
        cutoff: cut.filter(|_| published && (own || roles.organizer)),
        editable: own && r.round.takes_applications(r.phase, now),
    }
}

/// An application with its round and conference, for someone allowed to see it
/// (`application_private` otherwise).
pub async fn application(
    app: &App,
    actor: Actor<'_>,
    id: ApplicationId,
) -> Result<(EventRow, RoundRow, ApplicationRow, Roles), Error> {
    let a = found(app.db().application(id).await?)?;
    let e = crate::events::event(app, a.event_id).await?;
    let r = round(app, a.event_id).await?;
    let roles = roles(app, actor, &e).await?;
    actor.user()?;
    if !roles.sees(a.user_id) {
        return Err(Error::Forbidden("application_private"));
    }
    Ok((e, r, a, roles))
}

/// One application as the actor may see it, with the round's cut-off when published.
pub async fn application_view(
    app: &App,
    actor: Actor<'_>,
    r: &RoundRow,
    a: &ApplicationRow,
    roles: &Roles,
) -> Result<ApplicationView, Error> {
    // Who may see the cut-off is decided in `view` alone.
    let all = app.db().application_scores(r.event_id, None).await?;
    let apps = app.db().applications(r.event_id).await?;
    let cut = round_cutoff(r, &apps, &all);
    let scores = app.db().application_scores(r.event_id, Some(a.id)).await?;
    Ok(view(roles, r, a, &scores, cut, actor.now))
}

/// The same application read again after a change, as the actor may see it.
async fn view_again(
    app: &App,
    actor: Actor<'_>,
    r: &RoundRow,
    id: ApplicationId,
    roles: &Roles,
) -> Result<ApplicationView, Error> {
    let a = found(app.db().application(id).await?)?;
    application_view(app, actor, r, &a, roles).await
}

/// The actor's own application to the round, if they sent one.
pub async fn mine(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
) -> Result<Option<ApplicationRow>, Error> {
    let me = actor.user()?;
    app.db().application_of(e.id, me).await
}

/// The actor's own application, as they see it.
pub async fn my_view(app: &App, actor: Actor<'_>, e: &EventRow) -> Result<ApplicationView, Error> {
    let r = round(app, e.id).await?;
    let a = mine(app, actor, e).await?.ok_or(Error::NotFound)?;
    let roles = roles(app, actor, e).await?;
    application_view(app, actor, &r, &a, &roles).await
}

/// Sends the actor's application, or changes it, while the round takes applications.
pub async fn apply(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
    draft: ApplicationDraft,
) -> Result<ApplicationView, Error> {
    let me = actor.user()?;
    round(app, e.id).await?;
    let application = draft.validate()?;
    let id = app
        .db()
        .save_application(e.id, me, &application, actor.now)
        .await?;
    let r = round(app, e.id).await?;
    let roles = roles(app, actor, e).await?;
    view_again(app, actor, &r, id, &roles).await
}

/// The applications the actor may review or decide on, the best scored first (then the
/// first sent).
pub async fn table(
    app: &App,
    actor: Actor<'_>,
    e: &EventRow,
) -> Result<(RoundRow, Roles, Vec<ApplicationView>), Error> {
    actor.user()?;
    let r = round(app, e.id).await?;
    let roles = roles(app, actor, e).await?;
    if !roles.organizer && !roles.reviewer {
        return Err(Error::Forbidden("not_reviewer"));
    }
    let apps = app.db().applications(e.id).await?;
    let scores = app.db().application_scores(e.id, None).await?;
    let cut = round_cutoff(&r, &apps, &scores);
    let mut table: Vec<ApplicationView> = apps
        .iter()
        .filter(|a| roles.organizer || roles.reviews(a.user_id))
        .map(|a| view(&roles, &r, a, &scores, cut, actor.now))
        .collect();
    table.sort_by(|a, b| {
        b.score
            .unwrap_or(-1.0)
            .total_cmp(&a.score.unwrap_or(-1.0))
            .then(a.row.id.cmp(&b.row.id))
    });
    Ok((r, roles, table))
}

/// A flag and its note as typed ("" clears the flag).
pub fn parse_flag(flag: &str, note: &str) -> Result<Option<(Flag, String)>, Error> {
    let mut errors = FieldErrors::new();
    let flag = match flag.trim() {
        "" => None,
        f => {
            let parsed = Flag::parse(f);
            if parsed.is_none() {
                errors.add("flag", "invalid_choice");
            }
            parsed
        }
    };
    let note = errors.check("note", text::clean_line(note, 500));
    errors.finish(|| flag.map(|f| (f, note.unwrap_or_default())))
}

/// Flags an application as spam or ineligible, or clears the flag (the organizers and
/// the round's reviewers).
pub async fn flag(
    app: &App,
    actor: Actor<'_>,
    id: ApplicationId,
    (flag, note): (&str, &str),
) -> Result<ApplicationView, Error> {
    let (_, r, a, roles) = application(app, actor, id).await?;
    roles.may_flag(a.user_id)?;
    let flag = parse_flag(flag, note)?;
    app.db()
        .flag_application(id, flag.as_ref().map(|(f, n)| (*f, n.as_str())))
        .await?;
    view_again(app, actor, &r, id, &roles).await
}

/// A reviewer scores an application on the round's criteria and comments (again to
/// change it), never their own.
pub async fn score(
    app: &App,
    actor: Actor<'_>,
    id: ApplicationId,
    review: Review,
) -> Result<ApplicationView, Error> {
    let me = actor.user()?;
    let a = found(app.db().application(id).await?)?;
    let r = round(app, a.event_id).await?;
    let review = review.validate_on(&r.round.criteria, r.round.score_max)?;
    app.db()
        .score_application(id, me, &review, actor.now)
        .await?;
    let e = crate::events::event(app, a.event_id).await?;
    let roles = roles(app, actor, &e).await?;
    application_view(app, actor, &r, &a, &roles).await
}

/// A decision and its message as typed.
pub fn parse_decision(decision: &str, message: &str) -> Result<(Decision, String), Error> {
    crate::conference::decision_and_message(decision, message, Decision::parse)
}

/// The organizers' decision on an application; the applicant is mailed when the round is
/// published.
pub async fn decide(
    app: &App,
    actor: Actor<'_>,
    id: ApplicationId,
    (decision, message): (&str, &str),
) -> Result<ApplicationView, Error> {
    let (_, r, _, roles) = application(app, actor, id).await?;
    roles.may_decide()?;
    let (decision, note) = parse_decision(decision, message)?;
    app.db()
        .decide_application(id, decision, &note, actor.now)
        .await?;
    view_again(app, actor, &r, id, &roles).await
}

/// The actor's own scores of an application, if they scored it.
pub async fn my_score(
    app: &App,
    actor: Actor<'_>,
    a: &ApplicationRow,
) -> Result<Option<ReviewRow>, Error> {
    let Some(me) = actor.viewer.user_id() else {
        return Ok(None);
    };
    Ok(app
        .db()
        .application_scores(a.event_id, Some(a.id))
        .await?
        .into_iter()
        .find(|s| s.reviewer_id == me))
}
