//! Elections in the API: an affiliate's elections (its organizers set them up), nominations,
//! the secret ballot and its receipt, and after the close the count, the published ballots
//! (a BLT file anyone can recount) and the board the winners sit on.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use sangam_core::election::methods::{Outcome, Vote};
use sangam_core::election::setup::{ElectionDraft, Phase};
use sangam_core::error::Error;
use sangam_core::text::{LangTag, Translatable};
use sangam_db::elections::ElectionRow;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::affiliates::{TextJson, text_json};
use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::state::AppState;
use sangam_app::elections as app;
use sangam_core::id::ElectionId;

#[derive(Serialize, ToSchema)]
pub struct CandidateJson {
    /// The id ballots name the candidate by.
    id: i64,
    username: String,
    nominated_by: Option<String>,
    /// The statement in the caller's language, or the nearest there is ("" if none).
    statement: String,
    /// The language of `statement`.
    statement_lang: String,
    /// The statement with every translation.
    statement_text: Option<TextJson>,
    accepted: bool,
    withdrawn: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    round: u32,
    quota: f64,
    /// Votes not exhausted.
    total: f64,
    surplus: f64,
    /// Each candidate's votes and keep factor, by username.
    votes: serde_json::Map<String, serde_json::Value>,
    keep_factors: serde_json::Map<String, serde_json::Value>,
    elected: Vec<String>,
    eliminated: Vec<String>,
    /// Several tied for last: who, and what decided (`earlier_round` or `draw`).
    tie: Option<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
pub struct LineJson {
    username: String,
    /// Approvals, votes, or supports.
    support: u64,
    neutral: u64,
    oppose: u64,
    /// support ÷ (support + oppose), for support/neutral/oppose.
    ratio: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultJson {
    /// The winners in order of election.
    elected: Vec<String>,
    /// Meek STV: every round.
    rounds: Vec<RoundJson>,
    /// The other methods: every candidate, best first.
    lines: Vec<LineJson>,
    /// BLAKE2b-256 (hex) of the published ballots, which seeds any draw.
    tie_seed: String,
}

#[derive(Serialize, ToSchema)]
pub struct ElectionJson {
    id: i64,
    affiliate: String,
    title: String,
    seats: u32,
    /// `meek`, `approval`, `plurality` or `support_oppose`.
    method: String,
    /// `upcoming`, `nominating`, `waiting`, `voting` or `closed`.
    phase: String,
    nominations_open: String,
    nominations_close: String,
    voting_open: String,
    voting_close: String,
    voters_joined_before: String,
    voters_min_edits: Option<u32>,
    candidates_joined_before: String,
    term_start: String,
    term_end: String,
    candidates: Vec<CandidateJson>,
    /// How many have voted.
    turnout: i64,
    /// For the signed-in reader: may they vote, and have they.
    may_vote: Option<bool>,
    has_voted: Option<bool>,
    /// Once counted.
    result: Option<ResultJson>,
    /// Closed but not counted: why the count could not finish within the server's limits
    /// (`over_time` or `over_memory`); none while it is being counted.
    count_problem: Option<String>,
}

fn phase_name(p: Phase) -> &'static str {
    match p {
        Phase::Upcoming => "upcoming",
        Phase::Nominating => "nominating",
        Phase::Waiting => "waiting",
        Phase::Voting => "voting",
        Phase::Closed => "closed",
    }
}

/// The result of a counted election.
async fn result_of(state: &AppState, e: &ElectionRow) -> Result<Option<ResultJson>, WebError> {
    let Some((outcome, names, seed)) = app::outcome(state.app(), e).await? else {
        return Ok(None);
    };
    let name = |i: usize| names.get(i).cloned().unwrap_or_default();
    let per = |values: &[sangam_core::election::Fixed]| {
        let mut m = serde_json::Map::new();
        for (n, v) in names.iter().zip(values) {
            m.insert(n.clone(), serde_json::json!(v.to_f64()));
        }
        m
    };
    let (rounds, lines) = match &outcome {
        Outcome::Meek(count) => (
            count
                .rounds
                .iter()
                .map(|r| RoundJson {
                    round: r.number,
                    quota: r.quota.to_f64(),
                    total: r.total.to_f64(),
                    surplus: r.surplus.to_f64(),
                    votes: per(&r.votes),
                    keep_factors: per(&r.keep),
                    elected: r.elected.iter().map(|&i| name(i)).collect(),
                    eliminated: r.eliminated.iter().map(|&i| name(i)).collect(),
                    tie: r.tie.as_ref().map(|(among, how)| {
                        serde_json::json!({
                            "among": among.iter().map(|&i| name(i)).collect::<Vec<_>>(),
                            "decided": how,
                        })
                    }),
                })
                .collect(),
            Vec::new(),
        ),
        Outcome::Ranked { lines, .. } => (
            Vec::new(),
            lines
                .iter()
                .map(|l| LineJson {
                    username: name(l.candidate),
                    support: l.support,
                    neutral: l.neutral,
                    oppose: l.oppose,
                    ratio: l.ratio.map(|r| r.to_f64()),
                })
                .collect(),
        ),
    };
    Ok(Some(ResultJson {
        elected: outcome.elected().iter().map(|&i| name(i)).collect(),
        rounds,
        lines,
        tie_seed: sangam_core::election::hex(&seed),
    }))
}

async fn election_json(
    state: &AppState,
    ctx: &Ctx,
    e: &ElectionRow,
) -> Result<ElectionJson, WebError> {
    let slug = sangam_app::affiliates::by_id(state.app(), e.affiliate_id)
        .await?
        .map(|a| a.slug.to_string())
        .unwrap_or_default();
    let candidates = app::candidates(state.app(), e).await?;
    let (may_vote, has_voted) = match ctx.viewer.user_id() {
        Some(_) => {
            let (may, has) = app::voter(state.app(), ctx.actor(), e).await?;
            (Some(may), Some(has))
        }
        None => (None, None),
    };
    let s = &e.spec;
    Ok(ElectionJson {
        id: e.id.get(),
        affiliate: slug,
        title: s.title.clone(),
        seats: s.seats,
        method: s.method.as_str().into(),
        phase: phase_name(s.phase(ctx.now)).into(),
        nominations_open: s.nominations.0.to_rfc3339(),
        nominations_close: s.nominations.1.to_rfc3339(),
        voting_open: s.voting.0.to_rfc3339(),
        voting_close: s.voting.1.to_rfc3339(),
        voters_joined_before: s.voters_joined_before.to_rfc3339(),
        voters_min_edits: s.voters_min_edits,
        candidates_joined_before: s.candidates_joined_before.to_rfc3339(),
        term_start: s.term.0.to_string(),
        term_end: s.term.1.to_string(),
        candidates: candidates
            .into_iter()
            .map(|c| {
                let (statement, statement_lang) = c.statement.as_ref().map_or_else(
                    || (String::new(), String::new()),
                    |t| {
                        let (body, lang) = t.pick(ctx.lang.info().content_fallbacks);
                        (body.to_string(), lang.to_string())
                    },
                );
                CandidateJson {
                    id: c.id,
                    username: c.username,
                    nominated_by: c.nominated_by,
                    statement,
                    statement_lang,
                    statement_text: c.statement.as_ref().map(|t| text_json(ctx, t)),
                    accepted: c.accepted,
                    withdrawn: c.withdrawn,
                }
            })
            .collect(),
        turnout: app::turnout(state.app(), e).await?,
        may_vote,
        has_voted,
        result: result_of(state, e).await?,
        count_problem: e.count_problem.clone(),
    })
}

/// An affiliate's elections, the latest first.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/elections",
    tag = "elections",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "The elections", body = [ElectionJson]),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = sangam_app::affiliates::affiliate(state.app(), &slug).await?;
    let mut out = Vec::new();
    for e in app::of_affiliate(state.app(), ctx.actor(), &a).await? {
        out.push(election_json(&state, &ctx, &e).await?);
    }
    Ok(Json(out))
}

/// Sets up an election (the affiliate's organizers).
#[utoipa::path(
    post,
    path = "/api/affiliates/{slug}/elections",
    tag = "elections",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = ElectionDraft,
    responses(
        (status = 201, description = "Set up", body = ElectionJson),
        (status = 403, description = "Not an organizer of the affiliate", body = ErrorBody),
        (status = 422, description = "A field is wrong", body = ErrorBody),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(draft): ApiJson<ElectionDraft>,
) -> Result<impl IntoResponse, WebError> {
    let a = sangam_app::affiliates::organized(state.app(), ctx.actor(), &slug).await?;
    let id = app::create(state.app(), ctx.actor(), &a, draft).await?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok((
        StatusCode::CREATED,
        Json(election_json(&state, &ctx, &e).await?),
    ))
}

/// One election, with its candidates, turnout and, once closed, its count.
#[utoipa::path(
    get,
    path = "/api/elections/{id}",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    responses(
        (status = 200, description = "The election", body = ElectionJson),
        (status = 404, description = "No such election", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ElectionId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok(Json(election_json(&state, &ctx, &e).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct NominationJson {
    /// Who stands: the signed-in member themselves, or another member.
    nominee: String,
    /// Why them, in their words or the nominator's.
    #[serde(default)]
    statement: String,
    /// The statement's language (BCP 47; English if empty).
    #[serde(default)]
    lang: String,
}

/// Nominates a member while nominations are open: oneself (standing at once), or another
/// member (standing once they accept).
#[utoipa::path(
    post,
    path = "/api/elections/{id}/nominations",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    request_body = NominationJson,
    responses(
        (status = 201, description = "Nominated", body = ElectionJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 409, description = "Nominations closed (`nominations_closed`) or nominated already (`already_nominated`)", body = ErrorBody),
        (status = 422, description = "The nominee may not stand (`not_eligible_candidate`) or the statement is too long", body = ErrorBody),
    )
)]
pub async fn nominate(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ElectionId>,
    ApiJson(n): ApiJson<NominationJson>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let mut e = sangam_core::FieldErrors::new();
    let statement = e.check(
        "statement",
        sangam_core::text::clean_block(&n.statement, 5_000),
    );
    let lang = match n.lang.trim() {
        "" => Some(LangTag::trusted("en")),
        l => e.check("lang", LangTag::parse(l)),
    };
    let statement = e.finish(|| {
        statement
            .filter(|s| !s.is_empty())
            .zip(lang)
            .map(|(s, l)| Translatable::new(&l, s))
    })?;
    if n.nominee.trim().is_empty() {
        return Err(Error::field("nominee", "not_eligible_candidate").into());
    }
    let election = app::election(state.app(), ctx.actor(), id).await?;
    app::nominate(
        state.app(),
        ctx.actor(),
        &election,
        Some(&n.nominee),
        statement.as_ref(),
    )
    .await?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok((
        StatusCode::CREATED,
        Json(election_json(&state, &ctx, &e).await?),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct StandJson {
    /// True to accept a nomination, false to withdraw.
    stand: bool,
}

/// The signed-in nominee accepts their nomination (until voting opens) or withdraws (until
/// it closes).
#[utoipa::path(
    put,
    path = "/api/elections/{id}/nominations/mine",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    request_body = StandJson,
    responses(
        (status = 200, description = "Done", body = ElectionJson),
        (status = 404, description = "Not nominated", body = ErrorBody),
        (status = 409, description = "Too late (`nominations_closed`, `voting_closed`)", body = ErrorBody),
    )
)]
pub async fn stand(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ElectionId>,
    ApiJson(s): ApiJson<StandJson>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    app::answer(state.app(), ctx.actor(), &e, s.stand).await?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok(Json(election_json(&state, &ctx, &e).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct StatementJson {
    /// The language written in (BCP 47).
    lang: String,
    /// The statement in that language; empty removes that translation (or, in the
    /// language it was written in, the statement).
    #[serde(default)]
    statement: String,
}

/// Writes a nominee's statement in one language, until voting closes: the nominee writes
/// it in any language (a new text in the language it was written in makes translations
/// outdated); the affiliate's admins translate it into other languages.
#[utoipa::path(
    put,
    path = "/api/elections/{id}/candidates/{username}/statement",
    tag = "elections",
    params(
        ("id" = i64, Path, description = "The election"),
        ("username" = String, Path, description = "The nominee"),
    ),
    request_body = StatementJson,
    responses(
        (status = 200, description = "Written", body = ElectionJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Neither the nominee nor an admin of the affiliate (`not_affiliate_admin`), or an admin rewriting the nominee's own words (`statement_source_nominee_only`)", body = ErrorBody),
        (status = 404, description = "No such election or nominee", body = ErrorBody),
        (status = 409, description = "Voting has closed (`voting_closed`)", body = ErrorBody),
        (status = 422, description = "A language that is not one, or a statement too long", body = ErrorBody),
    )
)]
pub async fn statement(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path((id, username)): Path<(ElectionId, String)>,
    ApiJson(s): ApiJson<StatementJson>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    let edit = (s.lang.as_str(), s.statement.as_str());
    app::edit_statement(state.app(), ctx.actor(), &e, &username, edit).await?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok(Json(election_json(&state, &ctx, &e).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct BallotJson {
    /// `{"method": "meek", "choice": [candidate ids, most preferred first]}`, or
    /// `approval` with the approved ids, `plurality` with one id, `support_oppose` with one
    /// of `support`, `neutral`, `oppose` per candidate in the election's candidate order.
    #[schema(value_type = Object)]
    vote: Vote,
    /// To change a vote: the receipt code of the ballot it replaces.
    #[serde(default)]
    receipt: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReceiptJson {
    /// Keep it: it finds your ballot in the published list, and changes your vote.
    receipt: String,
}

/// Casts (or, with the previous receipt, replaces) the signed-in member's secret ballot.
#[utoipa::path(
    put,
    path = "/api/elections/{id}/ballot",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    request_body = BallotJson,
    responses(
        (status = 200, description = "Counted in; the receipt", body = ReceiptJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not on the voter roll (`not_eligible_voter`)", body = ErrorBody),
        (status = 409, description = "Voting not open (`voting_not_open`) or closed (`voting_closed`)", body = ErrorBody),
        (status = 422, description = "A bad ballot (`ballot_repeated_candidate`, `ballot_unknown_candidate`, `ballot_empty`, `ballot_method`, `ballot_stances`), or a second vote without its receipt (`receipt_required`, `receipt_unknown`)", body = ErrorBody),
    )
)]
pub async fn cast(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(id): Path<ElectionId>,
    ApiJson(b): ApiJson<BallotJson>,
) -> Result<impl IntoResponse, WebError> {
    ctx.actor().user()?;
    let e = app::election(state.app(), ctx.actor(), id).await?;
    let receipt = app::cast(state.app(), ctx.actor(), &e, &b.vote, b.receipt.as_deref()).await?;
    Ok(Json(ReceiptJson { receipt }))
}

#[derive(Serialize, ToSchema)]
pub struct PublishedBallotJson {
    /// BLAKE2b-256 of the receipt code, hex: find your own by hashing your receipt.
    receipt_hash: String,
    #[schema(value_type = Object)]
    vote: Vote,
}

/// The ballots, once the election is counted: no voter, no time, in the order of their
/// receipts' hashes.
#[utoipa::path(
    get,
    path = "/api/elections/{id}/ballots",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    responses(
        (status = 200, description = "The ballots", body = [PublishedBallotJson]),
        (status = 409, description = "Not counted yet (`voting_not_closed`)", body = ErrorBody),
    )
)]
pub async fn ballots(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ElectionId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::election(state.app(), ctx.actor(), id).await?;
    Ok(Json(
        app::ballots(state.app(), &e)
            .await?
            .into_iter()
            .map(|(receipt_hash, vote)| PublishedBallotJson { receipt_hash, vote })
            .collect::<Vec<_>>(),
    ))
}

/// The counted ballots as a BLT file, for OpenSTV, stv-rs or `sangam tally`.
#[utoipa::path(
    get,
    path = "/api/elections/{id}/ballots.blt",
    tag = "elections",
    params(("id" = i64, Path, description = "The election")),
    responses(
        (status = 200, description = "The BLT file", content_type = "text/plain"),
        (status = 409, description = "Not counted yet (`voting_not_closed`)", body = ErrorBody),
    )
)]
pub async fn blt(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<ElectionId>,
) -> Result<impl IntoResponse, WebError> {
    let e = app::election(state.app(), ctx.actor(), id).await?;
    let mut res = app::blt(&e)?.to_string().into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    Ok(res)
}
