//! Election pages: an affiliate's elections, and an election's page where members stand,
//! vote by secret ballot and get a receipt, and after the close read the count round by
//! round and check that their ballot is in it. No JavaScript: a ranking is a list of
//! "first choice", "second choice"… menus.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use sangam_core::election::methods::{Method, Outcome, Stance, Vote};
use sangam_core::election::setup::Phase;
use sangam_core::error::Error;
use sangam_core::text::{LangTag, Translatable};
use sangam_db::elections::{CandidateRow, ElectionRow};
use sangam_i18n::{Lang, format, message};

use super::affiliate::{TextView, text_view};
use super::directory::{display_name, not_found};
use super::frame::{Choice, Frame, Tr, id_of, refusal, render};
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::elections as app;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AFFILIATE_ELECTIONS, get(list).post(create))
        .route(paths::ELECTION, get(show))
        .route(paths::ELECTION_NOMINATE, post(nominate))
        .route(paths::ELECTION_ANSWER, post(answer))
        .route(paths::ELECTION_STATEMENT, post(statement))
        .route(paths::ELECTION_BALLOT, post(cast))
        .route(paths::ELECTION_RECOUNT, post(recount))
}

fn phase_label(lang: Lang, p: Phase) -> String {
    let id = match p {
        Phase::Upcoming => "election-phase-upcoming",
        Phase::Nominating => "election-phase-nominating",
        Phase::Waiting => "election-phase-waiting",
        Phase::Voting => "election-phase-voting",
        Phase::Closed => "election-phase-closed",
    };
    message(lang, id, &[])
}

/// A number to `places` decimal places, in the reader's digits.
fn rounded(lang: Lang, x: f64, places: i32) -> String {
    let scale = 10f64.powi(places);
    format::decimal(lang, (x * scale).round() / scale)
}

fn when(lang: Lang, t: sangam_core::Timestamp) -> String {
    format::date(lang, t.date_utc())
}

pub struct ElectionLine {
    pub id: i64,
    pub title: String,
    pub phase: String,
    pub dates: String,
}

#[derive(Template)]
#[template(path = "elections/elections.html")]
struct ListPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    elections: Vec<ElectionLine>,
    /// The affiliate's organizers set up elections here: the form's fields as typed.
    form: Option<Vec<FormField>>,
    /// Value, label, selected.
    methods: Vec<Choice>,
    csrf: String,
    errors: Vec<String>,
}

/// A field of the set-up form.
pub struct FormField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub placeholder: &'static str,
}

/// The set-up form's fields, in order, with what was typed.
const FIELDS: [(&str, &str); 11] = [
    ("title", ""),
    ("seats", "7"),
    ("nominations_open", "2027-03-01"),
    ("nominations_close", "2027-03-15"),
    ("voting_open", "2027-03-20"),
    ("voting_close", "2027-04-01"),
    ("voters_joined_before", "2027-02-01"),
    ("voters_min_edits", ""),
    ("candidates_joined_before", ""),
    ("term_start", "2027-04-15"),
    ("term_end", "2028-04-14"),
];

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    typed: Option<&FormData>,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let a = sangam_app::affiliates::affiliate(state.app(), slug).await?;
    let (name, _) = display_name(lang, &a);
    let heading = message(lang, "elections-title", &[("name", name.as_str().into())]);
    let elections = app::listed(state.app(), &a)
        .await?
        .iter()
        .map(|e| ElectionLine {
            id: e.id.get(),
            title: e.spec.title.clone(),
            phase: phase_label(lang, e.spec.phase(ctx.now)),
            dates: message(
                lang,
                "election-voting-dates",
                &[
                    ("start", when(lang, e.spec.voting.0).into()),
                    ("end", when(lang, e.spec.voting.1).into()),
                ],
            ),
        })
        .collect();
    let form = ctx.viewer.administers(a.id).then(|| {
        FIELDS
            .iter()
            .map(|&(name, placeholder)| FormField {
                name,
                label: message(lang, &format!("election-field-{name}"), &[]),
                value: typed.and_then(|t| t.get(name)).unwrap_or("").to_string(),
                placeholder,
            })
            .collect()
    });
    let chosen = typed.and_then(|t| t.get("method")).unwrap_or("meek");
    let page = ListPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
        elections,
        form,
        methods: Method::ALL
            .iter()
            .map(|m| {
                let label = message(lang, &format!("election-method-name-{}", m.as_str()), &[]);
                Choice {
                    value: m.as_str().to_string(),
                    label,
                    selected: m.as_str() == chosen,
                }
            })
            .collect(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors,
    };
    Ok(super::frame::html(ctx, status, render(&page)?))
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    list_page(&state, &ctx, &slug, None, Vec::new(), StatusCode::OK).await
}

/// An organizer sets up an election with the form.
async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = sangam_app::affiliates::organized(state.app(), ctx.actor(), &slug).await?;
    match app::create(state.app(), ctx.actor(), &a, form.parse()?).await {
        Ok(id) => Ok(super::frame::see_other(&paths::election(id))),
        Err(err) => {
            let errors = refusal(ctx.lang, err)?;
            list_page(
                &state,
                &ctx,
                &slug,
                Some(&form),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// A candidate's votes in a round, and their keep factor where it is not 1 or 0.
#[derive(Default)]
pub struct VoteCell {
    pub votes: String,
    pub keep: Option<String>,
}

/// A row of the rounds table: the round, its quota, each candidate's votes, what happened.
pub struct RoundRow {
    pub number: String,
    pub quota: String,
    /// Each candidate's votes, and their keep factor where it is not 1 (elected) or 0.
    pub votes: Vec<VoteCell>,
    pub surplus: String,
    pub decided: String,
}

#[derive(Template)]
#[template(path = "elections/election.html")]
struct ElectionPage {
    frame: Frame,
    t: Tr,
    id: i64,
    heading: String,
    phase: String,
    phase_key: &'static str,
    periods: Vec<String>,
    candidates: Vec<CandidateRow>,
    /// The candidates as listed, with their statements.
    listed: Vec<Listed>,
    /// The reader's language: the statement form's default.
    reader_lang: &'static str,
    /// Nominees who have not accepted yet.
    awaiting: Vec<String>,
    method: &'static str,
    can_stand: bool,
    /// The viewer was nominated: may accept (Some(true)) or withdraw (Some(false)).
    answer: Option<bool>,
    can_vote: bool,
    has_voted: bool,
    ranks: Vec<String>,
    csrf: String,
    errors: Vec<String>,
    receipt: Option<String>,
    receipt_check: Option<String>,
    elected: Option<String>,
    names: Vec<String>,
    rounds: Vec<RoundRow>,
    turnout: String,
    note: String,
    /// Closed but not counted: being counted, or the count could not finish.
    count_state: Option<String>,
    /// The count could not finish and the viewer organizes the election: may count again.
    can_recount: bool,
}

/// A candidate in the list: the statement in the reader's language (or the nearest), and
/// whether the viewer may write it (the nominee) or translate it (the affiliate's admins).
pub struct Listed {
    pub username: String,
    pub withdrawn: bool,
    pub statement: Option<TextView>,
    /// Translated from an earlier version of the statement.
    pub outdated: bool,
    pub can_edit: bool,
}

/// What a page shows besides the election: refusals, a new receipt, a receipt checked.
#[derive(Default)]
struct Extra {
    errors: Vec<String>,
    receipt: Option<String>,
    check: Option<String>,
    status: Option<StatusCode>,
}

async fn load(state: &AppState, ctx: &Ctx, id: &str) -> Result<ElectionRow, WebError> {
    let id: sangam_core::id::ElectionId = id.parse().map_err(|_| not_found())?;
    Ok(app::election(state.app(), ctx.actor(), id).await?)
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    e: &ElectionRow,
    extra: Extra,
) -> Result<(StatusCode, String), WebError> {
    let lang = ctx.lang;
    let phase = e.spec.phase(ctx.now);
    let candidates = app::candidates(state.app(), e).await?;
    let me = ctx.viewer.user_id();
    let (may_vote, has_voted) = app::voter(state.app(), ctx.actor(), e).await?;
    let standing: Vec<CandidateRow> = candidates.iter().filter(|c| c.accepted).cloned().collect();
    let admin = ctx.viewer.administers(e.affiliate_id);
    let listed = standing
        .iter()
        .map(|c| {
            let statement = c.statement.as_ref().map(|t| text_view(lang, t, true));
            Listed {
                username: c.username.clone(),
                withdrawn: c.withdrawn,
                outdated: c
                    .statement
                    .as_ref()
                    .zip(statement.as_ref())
                    .is_some_and(|(t, v)| t.is_outdated(&v.lang)),
                statement,
                can_edit: phase != Phase::Closed && (admin || me == Some(c.user_id)),
            }
        })
        .collect();
    let mine = me.and_then(|u| candidates.iter().find(|c| c.user_id == u));
    let answer = match mine {
        Some(c) if !c.accepted && matches!(phase, Phase::Nominating | Phase::Waiting) => Some(true),
        Some(c) if c.accepted && !c.withdrawn && phase != Phase::Closed => Some(false),
        _ => None,
    };
    let awaiting: Vec<String> = candidates
        .iter()
        .filter(|c| !c.accepted)
        .map(|c| c.username.clone())
        .collect();
    let (elected, names, rounds) = match app::outcome(state.app(), e).await? {
        None => (None, Vec::new(), Vec::new()),
        Some((outcome, names, _)) => {
            let name = |i: usize| names.get(i).cloned().unwrap_or_default();
            let winners: Vec<String> = outcome.elected().iter().map(|&i| name(i)).collect();
            let n = |f: sangam_core::election::Fixed| rounded(lang, f.to_f64(), 4);
            let rounds = match &outcome {
                Outcome::Meek(count) => count
                    .rounds
                    .iter()
                    .map(|r| {
                        let mut decided = Vec::new();
                        if !r.elected.is_empty() {
                            let who: Vec<String> = r.elected.iter().map(|&i| name(i)).collect();
                            decided.push(message(
                                lang,
                                "election-round-elected",
                                &[("names", format::list(lang, &who).into())],
                            ));
                        }
                        if !r.eliminated.is_empty() {
                            let who: Vec<String> = r.eliminated.iter().map(|&i| name(i)).collect();
                            decided.push(message(
                                lang,
                                "election-round-eliminated",
                                &[("names", format::list(lang, &who).into())],
                            ));
                        }
                        RoundRow {
                            number: format::number(lang, i64::from(r.number)),
                            quota: n(r.quota),
                            votes: r
                                .votes
                                .iter()
                                .zip(&r.keep)
                                .map(|(v, k)| {
                                    let partial = *k != sangam_core::election::Fixed::ONE
                                        && *k != sangam_core::election::Fixed::ZERO;
                                    VoteCell {
                                        votes: n(*v),
                                        keep: partial.then(|| rounded(lang, k.to_f64(), 6)),
                                    }
                                })
                                .collect(),
                            surplus: n(r.surplus),
                            decided: decided.join(" "),
                        }
                    })
                    .collect(),
                Outcome::Ranked { lines, .. } => {
                    let mut votes: Vec<VoteCell> =
                        names.iter().map(|_| VoteCell::default()).collect();
                    for l in lines {
                        votes[l.candidate].votes = match l.ratio {
                            Some(r) => format!(
                                "{} / {} / {} ({})",
                                format::number(lang, l.support as i64),
                                format::number(lang, l.neutral as i64),
                                format::number(lang, l.oppose as i64),
                                rounded(lang, r.to_f64(), 3)
                            ),
                            None => format::number(lang, l.support as i64),
                        };
                    }
                    vec![RoundRow {
                        number: String::new(),
                        quota: String::new(),
                        votes,
                        surplus: String::new(),
                        decided: String::new(),
                    }]
                }
            };
            (Some(format::list(lang, &winners)), names, rounds)
        }
    };
    let method = e.spec.method;
    let uncounted = phase == Phase::Closed && e.counted.is_none();
    let organizer = ctx.viewer.administers(e.affiliate_id);
    let count_state = uncounted.then(|| match &e.count_problem {
        None => message(lang, "election-counting", &[]),
        Some(_) if organizer => format!(
            "{} {}",
            message(lang, "election-count-failed", &[]),
            message(lang, "election-count-failed-organizer", &[])
        ),
        Some(_) => message(lang, "election-count-failed", &[]),
    });
    let can_recount = uncounted && organizer && e.count_problem.is_some();
    let page = ElectionPage {
        count_state,
        can_recount,
        frame: Frame::new(ctx, e.spec.title.clone()),
        t: Tr(lang),
        id: e.id.get(),
        heading: e.spec.title.clone(),
        phase: phase_label(lang, phase),
        phase_key: match phase {
            Phase::Upcoming => "upcoming",
            Phase::Nominating => "nominating",
            Phase::Waiting => "waiting",
            Phase::Voting => "voting",
            Phase::Closed => "closed",
        },
        periods: vec![
            message(
                lang,
                "election-nomination-dates",
                &[
                    ("start", when(lang, e.spec.nominations.0).into()),
                    ("end", when(lang, e.spec.nominations.1).into()),
                ],
            ),
            message(
                lang,
                "election-voting-dates",
                &[
                    ("start", when(lang, e.spec.voting.0).into()),
                    ("end", when(lang, e.spec.voting.1).into()),
                ],
            ),
            message(
                lang,
                "election-seats",
                &[("seats", i64::from(e.spec.seats).into())],
            ),
        ],
        ranks: (1..=standing.len())
            .map(|k| message(lang, "election-choice", &[("rank", (k as i64).into())]))
            .collect(),
        candidates: standing,
        listed,
        reader_lang: lang.code(),
        awaiting,
        method: method.as_str(),
        can_stand: phase == Phase::Nominating && me.is_some(),
        answer,
        can_vote: phase == Phase::Voting && may_vote,
        has_voted,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        errors: extra.errors,
        receipt: extra.receipt,
        receipt_check: extra.check,
        elected,
        names,
        rounds,
        turnout: message(
            lang,
            "election-turnout",
            &[("count", app::turnout(state.app(), e).await?.into())],
        ),
        note: message(lang, &format!("election-method-{}", method.as_str()), &[]),
    };
    Ok((extra.status.unwrap_or(StatusCode::OK), render(&page)?))
}

/// The page as a response.
async fn respond_page(
    state: &AppState,
    ctx: &Ctx,
    e: &ElectionRow,
    extra: Extra,
) -> Result<Response, WebError> {
    let (status, body) = page(state, ctx, e, extra).await?;
    Ok(super::frame::html(ctx, status, body))
}

/// The next instant the election's page changes by the clock alone: a period opening or
/// closing.
fn next_change(e: &ElectionRow, now: sangam_core::Timestamp) -> Option<sangam_core::Timestamp> {
    let s = &e.spec;
    [s.nominations.0, s.nominations.1, s.voting.0, s.voting.1]
        .into_iter()
        .filter(|t| *t > now)
        .min()
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Response {
    // Readers who are not signed in share the page until something changes (the count,
    // made once and kept, changes it) or a period turns.
    super::frame::cached_until(&state, &ctx, || async {
        let e = load(&state, &ctx, &id).await?;
        let query = ctx.uri.split_once('?').map(|(_, q)| q).unwrap_or("");
        let typed = form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "receipt")
            .map(|(_, v)| v.into_owned())
            .filter(|v| !v.trim().is_empty());
        let mut extra = Extra::default();
        if let Some(code) = typed
            && e.counted.is_some()
        {
            let counted = app::receipt_counted(state.app(), &e, &code).await?;
            extra.check = Some(message(
                ctx.lang,
                if counted {
                    "election-receipt-found"
                } else {
                    "election-receipt-missing"
                },
                &[],
            ));
        }
        let (_, body) = page(&state, &ctx, &e, extra).await?;
        Ok((body, "text/html; charset=utf-8", next_change(&e, ctx.now)))
    })
    .await
}

/// A nomination (oneself, or the member `nominee` names) or a statement, in `lang`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Statement {
    nominee: Option<String>,
    lang: String,
    statement: String,
}

async fn nominate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Statement>,
) -> Result<Response, WebError> {
    ctx.actor().user()?;
    let e = load(&state, &ctx, &id).await?;
    let outcome = match sangam_core::text::clean_block(&form.statement, 5_000) {
        Ok(statement) => {
            let statement = (!statement.is_empty())
                .then(|| Translatable::new(&LangTag::trusted(ctx.lang.code()), statement));
            // Oneself, or the member named.
            let named = form.nominee.as_deref();
            app::nominate(state.app(), ctx.actor(), &e, named, statement.as_ref()).await
        }
        Err(err) => Err(Error::field("statement", err.code)),
    };
    after_form(&state, &ctx, &e, outcome, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// After a form: done, the election's page again (and caches told); refused, the page
/// with the reasons and `status`.
async fn after_form(
    state: &AppState,
    ctx: &Ctx,
    e: &ElectionRow,
    outcome: Result<(), Error>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let done = paths::election(e.id);
    super::frame::after_form(ctx, outcome, &done, |errors| {
        let extra = Extra {
            errors,
            status: Some(status),
            ..Extra::default()
        };
        respond_page(state, ctx, e, extra)
    })
    .await
}

/// The nominee writes their statement in a language, or an admin of the affiliate
/// translates it.
async fn statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Statement>,
) -> Result<Response, WebError> {
    let me = ctx.viewer.account().ok_or(Error::Unauthenticated)?;
    let e = load(&state, &ctx, &id).await?;
    // The nominee named, or the signed-in person writing their own.
    let named = match form
        .nominee
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(n) => n,
        None => me.username.as_str(),
    };
    let edit = (form.lang.as_str(), form.statement.as_str());
    let outcome = app::edit_statement(state.app(), ctx.actor(), &e, named, edit).await;
    after_form(&state, &ctx, &e, outcome, StatusCode::UNPROCESSABLE_ENTITY).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Stand {
    stand: String,
}

/// The organizers start again a count that could not finish.
async fn recount(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm,
) -> Result<Response, WebError> {
    let e = app::organized(state.app(), ctx.actor(), id_of(&id)?).await?;
    let outcome = app::recount(state.app(), &e).await;
    after_form(&state, &ctx, &e, outcome, StatusCode::CONFLICT).await
}

/// A nominee accepts (`stand=yes`) or withdraws.
async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Stand>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = load(&state, &ctx, &id).await?;
    let stand = form.stand == "yes";
    let outcome = app::answer(state.app(), ctx.actor(), &e, stand).await;
    after_form(&state, &ctx, &e, outcome, StatusCode::CONFLICT).await
}

/// The ballot form: the receipt of a ballot being replaced, and the marks, which depend on
/// the method: `rank1`, `rank2`, … (Meek STV), `approve` (repeated), `choice`, or
/// `stance<candidate id>`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Ballot {
    receipt: String,
    #[serde(deserialize_with = "crate::forms::many")]
    approve: Vec<String>,
    choice: String,
    #[serde(flatten)]
    marks: BTreeMap<String, String>,
}

/// The ballot as the form sends it, candidates by id.
fn vote_of(form: &Ballot, method: Method, candidates: &[CandidateRow]) -> Vote {
    let id = |s: &str| s.trim().parse::<usize>().ok();
    let mark = |name: String| form.marks.get(&name).map(String::as_str);
    match method {
        Method::Meek => Vote::Meek(
            (1..=candidates.len())
                .filter_map(|k| mark(format!("rank{k}")).and_then(id))
                .collect(),
        ),
        Method::Approval => Vote::Approval(form.approve.iter().filter_map(|s| id(s)).collect()),
        Method::Plurality => Vote::Plurality(id(&form.choice).unwrap_or(0)),
        Method::SupportOppose => Vote::SupportOppose(
            candidates
                .iter()
                .map(|c| match mark(format!("stance{}", c.id)) {
                    Some("support") => Stance::Support,
                    Some("oppose") => Stance::Oppose,
                    _ => Stance::Neutral,
                })
                .collect(),
        ),
    }
}

async fn cast(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<Ballot>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = load(&state, &ctx, &id).await?;
    let standing: Vec<CandidateRow> = app::candidates(state.app(), &e)
        .await?
        .into_iter()
        .filter(|c| c.accepted)
        .collect();
    let vote = vote_of(&form, e.spec.method, &standing);
    let previous = Some(form.receipt.as_str()).filter(|r| !r.trim().is_empty());
    match app::cast(state.app(), ctx.actor(), &e, &vote, previous).await {
        Ok(receipt) => {
            let extra = Extra {
                receipt: Some(receipt),
                ..Extra::default()
            };
            respond_page(&state, &ctx, &e, extra).await
        }
        Err(err) => {
            let extra = Extra {
                errors: refusal(ctx.lang, err)?,
                status: Some(StatusCode::UNPROCESSABLE_ENTITY),
                ..Extra::default()
            };
            respond_page(&state, &ctx, &e, extra).await
        }
    }
}
