//! Membership in the API: member lists, joining and leaving, applications and decisions,
//! roles, eligibility rules, importing signature lists, and the CSV and wikitext exports.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sangam_core::account::{AffiliateId, AffiliateRole};
use sangam_core::error::{Error, FieldErrors};
use sangam_core::membership::{ApplicationDraft, Rules, RulesDraft};
use sangam_db::membership::{MemberOrder, MemberRow};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::errors::ErrorBody;
use crate::ctx::{Ctx, query_param};
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::state::AppState;
use sangam_app::affiliates::{affiliate, organized};
use sangam_app::membership::{self as app, PAGE_SIZE};
use sangam_core::id::MembershipId;

#[derive(Serialize, ToSchema)]
pub struct MemberJson {
    id: i64,
    /// The Wikimedia username.
    username: String,
    /// `individual` or `institution`.
    kind: String,
    institution: Option<String>,
    /// `pending`, `active`, `declined` or `left`.
    status: String,
    /// RFC 3339; absent for imported entries whose signature had no date.
    signed_up_at: Option<String>,
    /// Came from a wiki signature list.
    imported: bool,
    user_page: String,
    talk_page: String,
}

fn member_json(m: &MemberRow) -> MemberJson {
    let title = sangam_core::affiliate::percent_encode_path(&m.username.wiki_title());
    MemberJson {
        id: m.id.get(),
        username: m.username.to_string(),
        kind: m.kind.as_str().into(),
        institution: m.institution.clone(),
        status: m.status.as_str().into(),
        signed_up_at: m.signed_up_at.map(|t| t.to_rfc3339()),
        imported: m.imported,
        user_page: format!("https://meta.wikimedia.org/wiki/User:{title}"),
        talk_page: format!("https://meta.wikimedia.org/wiki/User_talk:{title}"),
    }
}

#[derive(Serialize, ToSchema)]
pub struct MemberPage {
    total: usize,
    page: usize,
    pages: usize,
    members: Vec<MemberJson>,
}

/// A membership's private answers.
#[derive(Serialize, ToSchema)]
pub struct AnswersJson {
    age: Option<u32>,
    country: Option<String>,
    institution_country: Option<String>,
    /// As stated by the applicant; not verified.
    edit_count: Option<u32>,
    /// As stated by the applicant; not verified.
    account_created: Option<String>,
    answers: Vec<AnswerJson>,
}

#[derive(Serialize, ToSchema)]
pub struct AnswerJson {
    question: i64,
    answer: String,
}

#[derive(Serialize, ToSchema)]
pub struct MembershipJson {
    affiliate: String,
    #[serde(flatten)]
    member: MemberJson,
    /// Only for the member and the affiliate's own admins.
    #[serde(skip_serializing_if = "Option::is_none")]
    private: Option<AnswersJson>,
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ListParams {
    /// `date` (default; oldest first) or `name` (in the collation of the caller's language).
    sort: Option<String>,
    /// 1-based page of 50.
    page: Option<usize>,
}

async fn with_answers(
    state: &AppState,
    ctx: &Ctx,
    (slug, affiliate): (&str, AffiliateId),
    m: &MemberRow,
) -> Result<MembershipJson, WebError> {
    let answers = app::answers(state.app(), ctx.actor(), affiliate, m).await?;
    let private = answers.map(|app| AnswersJson {
        age: app.age,
        country: app.country.map(|c| c.to_string()),
        institution_country: app.institution_country.map(|c| c.to_string()),
        edit_count: app.edit_count,
        account_created: app.account_created.map(|d| d.to_string()),
        answers: app
            .answers
            .into_iter()
            .map(|(question, answer)| AnswerJson { question, answer })
            .collect(),
    });
    Ok(MembershipJson {
        affiliate: slug.to_string(),
        member: member_json(m),
        private,
    })
}

/// The active members, 50 a page.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/members",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address"), ListParams),
    responses(
        (status = 200, description = "One page of members", body = MemberPage),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    let q = ctx.uri.split_once('?').map(|(_, q)| q);
    let order = match query_param(q, "sort").as_deref() {
        None | Some("date") => MemberOrder::Date,
        Some("name") => MemberOrder::Name(ctx.lang.code().to_string()),
        Some(_) => return Err(WebError::Domain(Error::field("sort", "invalid_choice"))),
    };
    let page = match query_param(q, "page") {
        None => 1,
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or(WebError::Domain(Error::field("page", "invalid_number")))?,
    };
    let (rows, total) = app::page(state.app(), &a, &order, page).await?;
    Ok(Json(MemberPage {
        total,
        page,
        pages: total.div_ceil(PAGE_SIZE).max(1),
        members: rows.iter().map(member_json).collect(),
    }))
}

/// Joins the affiliate, or applies where organizers review applications. The body carries
/// what the affiliate's rules ask; an empty object joins an affiliate without rules.
#[utoipa::path(
    post,
    path = "/api/affiliates/{slug}/members",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = ApplicationDraft,
    responses(
        (status = 201, description = "Joined (status active) or applied (status pending)", body = MembershipJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "`not_eligible`: the rules that failed are in `refusals`", body = ErrorBody),
        (status = 409, description = "Already a member or applicant", body = ErrorBody),
        (status = 422, description = "An answer is not valid (an impossible age, an unknown country)", body = ErrorBody),
    )
)]
pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(draft): ApiJson<ApplicationDraft>,
) -> Result<impl IntoResponse, WebError> {
    let (id, rules) = app::to_join(state.app(), &slug).await?;
    let m = app::join(state.app(), ctx.actor(), id, &rules, &draft).await?;
    Ok((
        StatusCode::CREATED,
        Json(with_answers(&state, &ctx, (&slug, id), &m).await?),
    ))
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct LeaveParams {
    /// Leave for this institution rather than as a person.
    institution: Option<String>,
}

/// Leaves the affiliate.
#[utoipa::path(
    delete,
    path = "/api/affiliates/{slug}/members/me",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address"), LeaveParams),
    responses(
        (status = 204, description = "Left"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 404, description = "Not a member", body = ErrorBody),
    )
)]
pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    let institution =
        query_param(ctx.uri.split_once('?').map(|(_, q)| q), "institution").unwrap_or_default();
    app::leave(state.app(), ctx.actor(), &a, &institution).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One membership. Active memberships are public; others are for the member and the
/// affiliate's organizers. The answers (`private`) are for the member and the affiliate's
/// own admins only.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/members/{id}",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address"), ("id" = i64, Path, description = "The membership")),
    responses(
        (status = 200, description = "The membership", body = MembershipJson),
        (status = 404, description = "No such membership visible to the caller", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, MembershipId)>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    let m = app::membership(state.app(), ctx.actor(), &a, id).await?;
    Ok(Json(
        with_answers(&state, &ctx, (a.slug.as_str(), a.id), &m).await?,
    ))
}

/// Applications waiting for a decision (the affiliate's organizers).
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/applications",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "Pending applications", body = [MembershipJson]),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
    )
)]
pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let rows = app::applications(state.app(), &a, 10_000).await?;
    let mut out = Vec::with_capacity(rows.len());
    for m in &rows {
        out.push(with_answers(&state, &ctx, (a.slug.as_str(), a.id), m).await?);
    }
    Ok(Json(out))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionInput {
    /// `approve` or `decline`.
    decision: String,
}

/// Approves or declines a pending application (the affiliate's organizers).
#[utoipa::path(
    post,
    path = "/api/affiliates/{slug}/members/{id}/decision",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address"), ("id" = i64, Path, description = "The membership")),
    request_body = DecisionInput,
    responses(
        (status = 200, description = "Decided", body = MembershipJson),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
        (status = 404, description = "No such pending application", body = ErrorBody),
    )
)]
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path((slug, id)): Path<(String, MembershipId)>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let approve = app::parse_decision(Some(&input.decision))?;
    let m = app::decide(state.app(), ctx.actor(), &a, id, approve).await?;
    Ok(Json(
        with_answers(&state, &ctx, (a.slug.as_str(), a.id), &m).await?,
    ))
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RolesInput {
    /// Any of `board`, `contact`, `founder`; the member gets exactly these.
    roles: Vec<String>,
}

/// Gives a member roles (the affiliate's organizers). Board members are shown as the
/// profile's key people, contact persons as its contacts.
#[utoipa::path(
    put,
    path = "/api/affiliates/{slug}/members/{id}/roles",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address"), ("id" = i64, Path, description = "The membership")),
    request_body = RolesInput,
    responses(
        (status = 200, description = "The member's roles now", body = RolesInput),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
        (status = 404, description = "No such membership", body = ErrorBody),
        (status = 422, description = "An unknown role", body = ErrorBody),
    )
)]
pub async fn set_roles(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path((slug, id)): Path<(String, MembershipId)>,
    ApiJson(input): ApiJson<RolesInput>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let mut roles = Vec::new();
    let mut errors = FieldErrors::new();
    for (i, r) in input.roles.iter().enumerate() {
        match AffiliateRole::parse(r).filter(|r| app::ROLES.contains(r)) {
            Some(role) => roles.push(role),
            None => errors.add(format!("roles.{i}"), "invalid_choice"),
        }
    }
    errors.finish(|| ())?;
    let now = app::assign_roles(state.app(), ctx.actor(), &a, id, &roles).await?;
    Ok(Json(RolesInput {
        roles: now.iter().map(|r| r.as_str().to_string()).collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct RulesJson {
    review: bool,
    min_age: Option<u32>,
    countries: Vec<String>,
    allow_institutions: bool,
    institution_countries: Vec<String>,
    min_edits: Option<u32>,
    min_account_days: Option<u32>,
    questions: Vec<QuestionJson>,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionJson {
    id: i64,
    /// In the caller's language, or the nearest there is.
    text: String,
    required: bool,
}

fn rules_json(ctx: &Ctx, r: &Rules) -> RulesJson {
    RulesJson {
        review: r.review,
        min_age: r.min_age,
        countries: r.countries.iter().map(|c| c.to_string()).collect(),
        allow_institutions: r.allow_institutions,
        institution_countries: r
            .institution_countries
            .iter()
            .map(|c| c.to_string())
            .collect(),
        min_edits: r.min_edits,
        min_account_days: r.min_account_days,
        questions: r
            .questions
            .iter()
            .map(|q| QuestionJson {
                id: q.id,
                text: q.text.pick(ctx.lang.info().content_fallbacks).0.to_string(),
                required: q.required,
            })
            .collect(),
    }
}

/// The affiliate's terms of membership.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/membership-rules",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses((status = 200, description = "The rules", body = RulesJson), (status = 404, description = "No such affiliate", body = ErrorBody))
)]
pub async fn get_rules(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    Ok(Json(rules_json(&ctx, &app::rules(state.app(), &a).await?)))
}

/// Replaces the affiliate's terms of membership (its organizers).
#[utoipa::path(
    put,
    path = "/api/affiliates/{slug}/membership-rules",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = RulesDraft,
    responses(
        (status = 200, description = "The rules now", body = RulesJson),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
        (status = 422, description = "A rule is not valid", body = ErrorBody),
    )
)]
pub async fn put_rules(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(draft): ApiJson<RulesDraft>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let rules = app::save_rules(state.app(), ctx.actor(), &a, draft).await?;
    Ok(Json(rules_json(&ctx, &rules)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportInput {
    /// The list: a Meta-Wiki page's text or its wikitext.
    text: String,
    /// `false` (default): only read the list and report. `true`: add the members, all or
    /// nothing; refused while any line cannot be read.
    #[serde(default)]
    apply: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ImportJson {
    entries: Vec<ImportEntryJson>,
    problems: Vec<ImportProblemJson>,
    /// Lines that are not list entries.
    skipped: usize,
    applied: bool,
    added: usize,
    already_members: usize,
}

#[derive(Serialize, ToSchema)]
pub struct ImportEntryJson {
    line: usize,
    username: String,
    signed_up_at: Option<String>,
    already_member: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ImportProblemJson {
    line: usize,
    text: String,
    /// `no_name`, `bad_name`, `unreadable_date`, `impossible_date`, `time_without_zone`.
    code: String,
    message: String,
}

/// Reads a wiki sign-up list and, with `apply`, adds its members (the affiliate's
/// organizers). Each person keeps the date of their signature.
#[utoipa::path(
    post,
    path = "/api/affiliates/{slug}/members/import",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    request_body = ImportInput,
    responses(
        (status = 200, description = "What the list holds, and what was added", body = ImportJson),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
        (status = 422, description = "The text is empty, binary or too large, or `apply` with unreadable lines", body = ErrorBody),
    )
)]
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<ImportInput>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let text = app::import_text(input.text.as_bytes())?;
    let preview = app::preview_import(state.app(), &a, &text).await?;
    let parsed = &preview.list;
    let mut out = ImportJson {
        entries: parsed
            .entries
            .iter()
            .zip(&preview.already)
            .map(|(e, already)| ImportEntryJson {
                line: e.line,
                username: e.name.to_string(),
                signed_up_at: e.at.map(|t| t.to_rfc3339()),
                already_member: *already,
            })
            .collect(),
        problems: parsed
            .problems
            .iter()
            .map(|p| ImportProblemJson {
                line: p.line,
                text: p.text.clone(),
                code: p.code.to_string(),
                message: sangam_i18n::message(ctx.lang, &format!("import-problem-{}", p.code), &[]),
            })
            .collect(),
        skipped: parsed.skipped,
        applied: false,
        added: 0,
        already_members: 0,
    };
    if input.apply {
        let outcome = app::apply_import(state.app(), ctx.actor(), &a, parsed).await?;
        out.applied = true;
        out.added = outcome.added;
        out.already_members = outcome.already_members;
    }
    Ok(Json(out))
}

fn text_response(body: String, content_type: &'static str, filename: Option<String>) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(f) = filename
        && let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{f}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    res
}

/// The active members as a numbered wikitext list with signature-like entries, oldest first,
/// ready to paste on Meta-Wiki.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/members/wikitext",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses((status = 200, description = "Wikitext", body = String, content_type = "text/plain"), (status = 404, description = "No such affiliate", body = ErrorBody))
)]
pub async fn wikitext(
    State(state): State<AppState>,
    _ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = affiliate(state.app(), &slug).await?;
    Ok(text_response(
        app::wikitext(state.app(), &a).await?,
        "text/plain; charset=utf-8",
        None,
    ))
}

/// Every membership as CSV (the affiliate's organizers). Answers are filled in only for
/// the affiliate's own admins.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/members/csv",
    tag = "membership",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "CSV", body = String, content_type = "text/csv"),
        (status = 403, description = "Not an organizer of this affiliate", body = ErrorBody),
    )
)]
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let body = app::csv(state.app(), ctx.actor(), &a).await?;
    Ok(text_response(
        body,
        "text/csv; charset=utf-8",
        Some(format!("{}-members.csv", a.slug)),
    ))
}

/// The caller's memberships, with their own answers.
#[utoipa::path(
    get,
    path = "/api/me/memberships",
    tag = "membership",
    responses((status = 200, description = "Memberships", body = [MembershipJson]), (status = 401, description = "Not signed in", body = ErrorBody))
)]
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    let mut out = Vec::new();
    for (a, m) in app::mine(state.app(), ctx.actor()).await? {
        out.push(with_answers(&state, &ctx, (a.slug.as_str(), a.id), &m).await?);
    }
    Ok(Json(out))
}
