//! Board elections: an affiliate's elections, setting one up, nominations and statements,
//! the secret ballot, the count after the close and the published ballots.

use sangam_core::account::{UserId, Username};
use sangam_core::affiliate::Affiliate;
use std::time::{Duration, Instant};

use sangam_core::Timestamp;
use sangam_core::election::meek::{Limits, OverBudget};
use sangam_core::election::methods::{self, Outcome, Vote};
use sangam_core::election::setup::{ElectionDraft, Phase};
use sangam_core::error::{Error, FieldErrors};
use sangam_core::id::ElectionId;
use sangam_core::text::{self, LangTag, Translatable};
use sangam_db::elections::{CandidateRow, CountInput, ElectionRow};

use crate::{Actor, App, Organizer, found};

/// How long and how much memory one election's count may take. A count is a pure
/// computation over the ballots; it runs on a blocking thread, never on the threads that
/// answer requests, and one that cannot finish within these is stopped and reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountBudget {
    pub time: Duration,
    /// For the rounds a Meek STV count keeps.
    pub bytes: usize,
}

impl Default for CountBudget {
    fn default() -> Self {
        CountBudget {
            time: Duration::from_secs(60),
            bytes: 256 * 1024 * 1024,
        }
    }
}

/// An election, counted first if it has closed and nobody has counted it yet (every read
/// of an election passes here). The count is made once and kept; a read never counts
/// again. While another reader (or instance) counts, the election reads as not counted.
pub async fn election(app: &App, actor: Actor<'_>, id: ElectionId) -> Result<ElectionRow, Error> {
    let e = found(app.db().election(id).await?)?;
    if e.counted.is_none() && e.count_problem.is_none() && e.spec.phase(actor.now) == Phase::Closed
    {
        count_loaded(app, &e, actor.now).await?;
        return found(app.db().election(id).await?);
    }
    Ok(e)
}

/// Counts a closed election once and keeps the count; the count, or none when it was
/// counted already, is being counted elsewhere, or could not finish within the budget (then
/// the problem is recorded for the page and the organizers).
pub async fn count(app: &App, id: ElectionId, now: Timestamp) -> Result<Option<Outcome>, Error> {
    let e = found(app.db().election(id).await?)?;
    count_loaded(app, &e, now).await
}

/// [`count`] of an election already read.
async fn count_loaded(
    app: &App,
    e: &ElectionRow,
    now: Timestamp,
) -> Result<Option<Outcome>, Error> {
    let id = e.id;
    if e.spec.phase(now) != Phase::Closed {
        return Err(Error::Conflict("voting_not_closed"));
    }
    if e.counted.is_some() || e.count_problem.is_some() {
        return Ok(None);
    }
    let budget = app.count_budget();
    // A count taken longer ago than twice its time died with its instance: take it over.
    let stale = Timestamp(now.0 - 2 * budget.time.as_secs() as i64 - 60);
    if !app.db().claim_count(id, now, stale).await? {
        return Ok(None);
    }
    let input = app.db().count_input(e).await?;
    let (counted, input) = run_count(e, input, budget).await?;
    match counted {
        Ok(outcome) => Ok(app
            .db()
            .store_count(e, &input, &outcome, now)
            .await?
            .then_some(outcome)),
        Err(over) => {
            let problem = match over {
                OverBudget::Time => "over_time",
                OverBudget::Memory => "over_memory",
            };
            tracing::warn!(
                election = id.get(),
                problem,
                "the count did not finish within its budget"
            );
            app.db().store_count_problem(e, problem, now).await?;
            Ok(None)
        }
    }
}

/// Counts on a blocking thread within `budget`; the input comes back with the count (it is
/// moved to the thread, not copied).
async fn run_count(
    e: &ElectionRow,
    input: CountInput,
    budget: CountBudget,
) -> Result<(Result<Outcome, OverBudget>, CountInput), Error> {
    let method = e.spec.method;
    tokio::task::spawn_blocking(move || {
        let deadline = Instant::now() + budget.time;
        let go_on = || Instant::now() < deadline;
        let limits = Limits {
            go_on: &go_on,
            bytes: budget.bytes,
        };
        let counted = methods::count_within(method, &input.contest, &input.ballots, &limits);
        (counted, input)
    })
    .await
    .map_err(Error::internal)
}

/// An election, as organized by the actor (an admin of its affiliate).
pub async fn organized(
    app: &App,
    actor: Actor<'_>,
    id: ElectionId,
) -> Result<Organizer<ElectionRow>, Error> {
    let e = election(app, actor, id).await?;
    Organizer::check(actor, e, |e| actor.viewer.administers(e.affiliate_id))
}

/// The organizers clear a count that could not finish, so that the next reader counts again
/// (within the budget the server has now).
pub async fn recount(app: &App, e: &Organizer<ElectionRow>) -> Result<(), Error> {
    if e.count_problem.is_none() {
        return Err(Error::Conflict("nothing_to_recount"));
    }
    app.db().clear_count_problem(e.id).await
}

/// An affiliate's elections, each as [`election`] reads it.
pub async fn of_affiliate(
    app: &App,
    actor: Actor<'_>,
    a: &Affiliate,
) -> Result<Vec<ElectionRow>, Error> {
    let mut out = Vec::new();
    for e in app.db().elections_of(a.id).await? {
        out.push(election(app, actor, e.id).await?);
    }
    Ok(out)
}

/// Sets up an election of the affiliate; its id.
pub async fn create(
    app: &App,
    actor: Actor<'_>,
    a: &Organizer<Affiliate>,
    draft: ElectionDraft,
) -> Result<ElectionId, Error> {
    let spec = draft.validate()?;
    app.db()
        .create_election(a.id, &spec, Some(a.user()), actor.now)
        .await
}

pub async fn candidates(app: &App, e: &ElectionRow) -> Result<Vec<CandidateRow>, Error> {
    app.db().candidates(e.id).await
}

/// Whether the actor is on the voter roll, and has voted.
pub async fn voter(app: &App, actor: Actor<'_>, e: &ElectionRow) -> Result<(bool, bool), Error> {
    match actor.viewer.user_id() {
        Some(u) => Ok((
            app.db().may_vote(e, u).await?,
            app.db().has_voted(e.id, u).await?,
        )),
        None => Ok((false, false)),
    }
}

pub async fn turnout(app: &App, e: &ElectionRow) -> Result<i64, Error> {
    app.db().turnout(e.id).await
}

/// The account of a member named as a nominee, if there is one.
async fn nominee(app: &App, name: &str) -> Result<Option<UserId>, Error> {
    let Ok(name) = Username::parse(name.trim()) else {
        return Ok(None);
    };
    Ok(app.db().credentials(&name).await?.map(|c| c.id))
}

/// Nominates the member named (`None`: the actor themselves) while nominations are open,
/// with a statement if one is given.
pub async fn nominate(
    app: &App,
    actor: Actor<'_>,
    e: &ElectionRow,
    named: Option<&str>,
    statement: Option<&Translatable>,
) -> Result<(), Error> {
    let me = actor.user()?;
    let who = match named.map(str::trim).filter(|n| !n.is_empty()) {
        None => me,
        Some(name) => nominee(app, name)
            .await?
            .ok_or(Error::field("nominee", "not_eligible_candidate"))?,
    };
    app.db()
        .nominate(e.id, who, me, statement, actor.now)
        .await
        .map(|_| ())
}

/// The actor accepts their nomination (`stand`) or withdraws.
pub async fn answer(
    app: &App,
    actor: Actor<'_>,
    e: &ElectionRow,
    stand: bool,
) -> Result<(), Error> {
    let me = actor.user()?;
    app.db().answer_nomination(e.id, me, stand, actor.now).await
}

/// A statement edit as typed: the language, and the text (`None` when empty).
pub fn statement_edit(lang: &str, text: &str) -> Result<(LangTag, Option<String>), Error> {
    let mut e = FieldErrors::new();
    let lang = e.check("lang", LangTag::parse(lang));
    let text = e.check("statement", text::clean_block(text, 5_000));
    e.finish(|| (lang, text)).map(|(l, t)| {
        (
            l.unwrap_or_else(|| LangTag::trusted("en")),
            t.filter(|t| !t.is_empty()),
        )
    })
}

/// Writes the statement of the nominee named, in one language: the nominee writes it,
/// the affiliate's admins translate it; anyone else is refused.
pub async fn edit_statement(
    app: &App,
    actor: Actor<'_>,
    e: &ElectionRow,
    named: &str,
    (lang, text): (&str, &str),
) -> Result<(), Error> {
    let me = actor.user()?;
    let nominee = nominee(app, named).await?.ok_or(Error::NotFound)?;
    let (lang, text) = statement_edit(lang, text)?;
    let translator = sangam_core::election::setup::writes_statement_as_translator(
        actor.viewer,
        e.affiliate_id,
        me,
        nominee,
    )?;
    app.db()
        .edit_statement(e.id, nominee, translator, (&lang, text), actor.now)
        .await
}

/// Casts the actor's secret ballot; with the receipt of their earlier ballot, replaces it.
/// The receipt of this one.
pub async fn cast(
    app: &App,
    actor: Actor<'_>,
    e: &ElectionRow,
    vote: &Vote,
    previous: Option<&str>,
) -> Result<String, Error> {
    let me = actor.user()?;
    app.db().cast(e.id, me, vote, previous, actor.now).await
}

/// The ballots once counted, in the order of their receipts' hashes.
pub async fn ballots(app: &App, e: &ElectionRow) -> Result<Vec<(String, Vote)>, Error> {
    if e.counted.is_none() {
        return Err(Error::Conflict("voting_not_closed"));
    }
    app.db().ballots(e.id).await
}

/// The counted ballots as a BLT file.
pub fn blt(e: &ElectionRow) -> Result<&str, Error> {
    e.counted
        .as_ref()
        .map(|c| c.blt.as_str())
        .ok_or(Error::Conflict("voting_not_closed"))
}

/// Whether a receipt's ballot is among those counted.
pub async fn receipt_counted(app: &App, e: &ElectionRow, receipt: &str) -> Result<bool, Error> {
    app.db().receipt_counted(e.id, receipt).await
}

/// The count, round by round, with the candidates' names in ballot order and the draw's
/// seed; none before the count.
pub async fn outcome(
    app: &App,
    e: &ElectionRow,
) -> Result<Option<(Outcome, Vec<String>, [u8; 32])>, Error> {
    let Some(counted) = &e.counted else {
        return Ok(None);
    };
    let names = app
        .db()
        .on_the_ballot(e.id)
        .await?
        .into_iter()
        .map(|c| c.username)
        .collect();
    let seed = sangam_core::election::seed_of(&counted.blt);
    let outcome = match app.db().stored_outcome(e).await? {
        Some(outcome) => outcome,
        // Counted before counts were kept: counted once more (the same ballots, the same
        // count) and kept.
        None => {
            let input = app.db().count_input(e).await?;
            match run_count(e, input, app.count_budget()).await?.0 {
                Ok(outcome) => {
                    app.db().keep_outcome(e.id, &outcome).await?;
                    outcome
                }
                Err(_) => return Ok(None),
            }
        }
    };
    Ok(Some((outcome, names, seed)))
}

/// An affiliate's elections as they stand, for a list (none is counted here).
pub async fn listed(app: &App, a: &Affiliate) -> Result<Vec<ElectionRow>, Error> {
    app.db().elections_of(a.id).await
}
