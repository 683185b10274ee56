//! Affiliates in the API: list with the directory's filters, read one with every
//! translation, create (site admins), edit (the affiliate's admins and site admins), and
//! read the history.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sangam_core::account::AffiliateRole;
use sangam_core::affiliate::{Affiliate, AffiliateDraft};
use sangam_core::error::Error;
use sangam_core::text::Translatable;
use sangam_db::affiliates::HistoryEntry;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::names::display_name;
use crate::state::AppState;
use sangam_app::affiliates as app;

/// A translatable text with all its versions.
#[derive(Serialize, ToSchema)]
pub struct TextJson {
    /// The language the text was written in.
    source_lang: String,
    /// The text in the caller's language, or the nearest there is.
    value: String,
    /// The language of `value`.
    value_lang: String,
    /// Every version by BCP 47 language tag, the source included.
    versions: BTreeMap<String, String>,
    /// Translations made from an older source text.
    outdated: Vec<String>,
}

pub(crate) fn text_json(ctx: &Ctx, t: &Translatable) -> TextJson {
    let (value, value_lang) = t.pick(ctx.lang.info().content_fallbacks);
    TextJson {
        source_lang: t.source_lang.to_string(),
        value: value.to_string(),
        value_lang: value_lang.to_string(),
        versions: t
            .versions
            .iter()
            .map(|(l, v)| (l.clone(), v.body.clone()))
            .collect(),
        outdated: t
            .versions
            .keys()
            .filter(|l| t.is_outdated(l))
            .cloned()
            .collect(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct GoalJson {
    heading: TextJson,
    body: TextJson,
}

#[derive(Serialize, ToSchema)]
pub struct LogoJson {
    /// The file's name on Wikimedia Commons.
    file: String,
    thumbnail_url: String,
    /// The file's page, with its author and licence.
    page_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct PeriodJson {
    start: String,
    end: String,
}

#[derive(Serialize, ToSchema)]
pub struct ContactsJson {
    /// Shown as the wiki does ("name(_AT_)example.org") except to the affiliate's admins.
    email: Option<String>,
    telegram: Option<String>,
    mailing_list: Option<String>,
    website: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PeopleJson {
    founders: Vec<String>,
    /// Board members, shown as the key people.
    board: Vec<String>,
    contacts: Vec<String>,
    admins: Vec<String>,
}

/// A full profile.
#[derive(Serialize, ToSchema)]
pub struct AffiliateJson {
    slug: String,
    kind: String,
    status: String,
    name: TextJson,
    motto: Option<TextJson>,
    mission: Option<TextJson>,
    membership_policy: Option<TextJson>,
    goals: Vec<GoalJson>,
    logo: Option<LogoJson>,
    location: Option<String>,
    /// ISO 3166-1 alpha-2.
    country: Option<String>,
    /// ISO 3166-1 alpha-2 codes of the countries served.
    regions: Vec<String>,
    /// BCP 47 tags.
    languages: Vec<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    founded: Option<String>,
    recognized: Option<String>,
    agreement: Option<PeriodJson>,
    contacts: ContactsJson,
    people: PeopleJson,
    /// Slugs of the hubs this affiliate belongs to.
    hubs: Vec<String>,
    /// For a hub: the slugs of its member affiliates.
    members: Vec<String>,
    /// Grows with every edit; send it back in `If-Match` to refuse edits made meanwhile.
    version: i64,
    created_at: String,
    updated_at: String,
}

/// One row of the directory.
#[derive(Serialize, ToSchema)]
pub struct AffiliateSummary {
    slug: String,
    kind: String,
    status: String,
    /// In the caller's language, or the nearest there is.
    name: String,
    name_lang: String,
    country: Option<String>,
    regions: Vec<String>,
    languages: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct HistoryJson {
    /// RFC 3339, UTC.
    at: String,
    /// The username of who made the change; none for changes made by Sangam itself.
    actor: Option<String>,
    /// `created`, `updated`, `status`, `notice`, `hub_members`.
    action: String,
    detail: serde_json::Value,
}

fn affiliate_json(
    ctx: &Ctx,
    a: &Affiliate,
    hubs: Vec<String>,
    members: Vec<String>,
) -> AffiliateJson {
    let names = |role| a.people_in(role).map(|u| u.to_string()).collect();
    let admin = ctx.viewer.administers(a.id);
    AffiliateJson {
        slug: a.slug.to_string(),
        kind: a.kind.to_string(),
        status: a.status.to_string(),
        name: text_json(ctx, &a.name),
        motto: a.motto.as_ref().map(|t| text_json(ctx, t)),
        mission: a.mission.as_ref().map(|t| text_json(ctx, t)),
        membership_policy: a.membership_policy.as_ref().map(|t| text_json(ctx, t)),
        goals: a
            .goals
            .iter()
            .map(|g| GoalJson {
                heading: text_json(ctx, &g.heading),
                body: text_json(ctx, &g.body),
            })
            .collect(),
        logo: a.logo.as_ref().map(|f| LogoJson {
            file: f.name().to_string(),
            thumbnail_url: f.thumb_url(240),
            page_url: f.page_url(),
        }),
        location: a.location.clone(),
        country: a.country.as_ref().map(|c| c.to_string()),
        regions: a.regions.iter().map(|c| c.to_string()).collect(),
        languages: a.languages.iter().map(|l| l.to_string()).collect(),
        founded: a.founded.map(|d| d.to_string()),
        recognized: a.recognized.map(|d| d.to_string()),
        agreement: a.agreement.map(|(s, e)| PeriodJson {
            start: s.to_string(),
            end: e.to_string(),
        }),
        contacts: ContactsJson {
            email: a.contacts.email.as_ref().map(|e| {
                if admin {
                    e.as_str().to_string()
                } else {
                    e.obfuscated()
                }
            }),
            telegram: a.contacts.telegram.as_ref().map(|u| u.as_str().to_string()),
            mailing_list: a.contacts.mailing_list.clone(),
            website: a.contacts.website.as_ref().map(|u| u.as_str().to_string()),
        },
        people: PeopleJson {
            founders: names(AffiliateRole::Founder),
            board: names(AffiliateRole::Board),
            contacts: names(AffiliateRole::Contact),
            admins: names(AffiliateRole::Admin),
        },
        hubs,
        members,
        version: a.version,
        created_at: a.created_at.to_rfc3339(),
        updated_at: a.updated_at.to_rfc3339(),
    }
}

/// The affiliate's JSON with its hubs and members, and its version as the ETag.
async fn full(
    state: &AppState,
    ctx: &Ctx,
    a: &Affiliate,
    status: StatusCode,
) -> Result<Response, WebError> {
    let links = app::hub_links(state.app(), a).await?;
    let slugs = |list: &[Affiliate]| list.iter().map(|x| x.slug.to_string()).collect();
    let json = affiliate_json(ctx, a, slugs(&links.hubs), slugs(&links.members));
    let mut res = (status, Json(json)).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("\"v{}\"", a.version)) {
        res.headers_mut().insert(header::ETAG, v);
    }
    Ok(res)
}

/// The directory's filters.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ListParams {
    /// A UN M49 subregion code, such as 143 (Central Asia): affiliates based in or serving a
    /// country there.
    region: Option<String>,
    /// An ISO 3166-1 alpha-2 code: affiliates based in or serving that country.
    country: Option<String>,
    /// A BCP 47 tag: affiliates with this official language.
    language: Option<String>,
    /// One of recognized, active, past_due, suspended, expired, formerly_active.
    status: Option<String>,
    /// One of user_group, chapter, thematic_organization, hub.
    kind: Option<String>,
    /// `1` to include formerly active affiliates.
    former: Option<String>,
}

/// The directory: affiliates matching the filters, sorted by name in the caller's language.
#[utoipa::path(
    get,
    path = "/api/affiliates",
    tag = "affiliates",
    params(ListParams),
    responses(
        (status = 200, description = "The matching affiliates", body = [AffiliateSummary]),
        (status = 422, description = "A filter value is not valid", body = ErrorBody),
    )
)]
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    let filter = crate::query::directory_filter(&ctx)?;
    let listing = app::directory(state.app(), &filter, ctx.lang).await?;
    let out: Vec<AffiliateSummary> = listing
        .shown()
        .map(|a| {
            let (name, name_lang) = display_name(ctx.lang, a);
            AffiliateSummary {
                slug: a.slug.to_string(),
                kind: a.kind.to_string(),
                status: a.status.to_string(),
                name,
                name_lang,
                country: a.country.as_ref().map(|c| c.to_string()),
                regions: a.regions.iter().map(|c| c.to_string()).collect(),
                languages: a.languages.iter().map(|l| l.to_string()).collect(),
            }
        })
        .collect();
    Ok(Json(out))
}

/// Creates an affiliate (site admins). Requires `slug`, `kind`, `name` and `lang`.
#[utoipa::path(
    post,
    path = "/api/affiliates",
    tag = "affiliates",
    request_body = AffiliateDraft,
    responses(
        (status = 201, description = "Created", body = AffiliateJson),
        (status = 400, description = "The body is not JSON, or has unknown fields", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a site admin, or no CSRF token", body = ErrorBody),
        (status = 415, description = "The body is not application/json", body = ErrorBody),
        (status = 422, description = "Fields refused; nothing was saved", body = ErrorBody),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    ApiJson(draft): ApiJson<AffiliateDraft>,
) -> Result<impl IntoResponse, WebError> {
    let created = app::create(state.app(), ctx.actor(), draft).await?;
    full(&state, &ctx, &created, StatusCode::CREATED).await
}

/// One affiliate with every translation of its texts. The ETag is its version.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}",
    tag = "affiliates",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "The profile", body = AffiliateJson),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn get_one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = app::affiliate(state.app(), &slug).await?;
    full(&state, &ctx, &a, StatusCode::OK).await
}

/// Edits an affiliate: fields left out stay as they are, an empty string clears a field,
/// texts are in `lang`. Status, kind, slug and admins are for site admins. With
/// `If-Match: "v<version>"` the edit is refused if someone saved in between.
#[utoipa::path(
    patch,
    path = "/api/affiliates/{slug}",
    tag = "affiliates",
    params(
        ("slug" = String, Path, description = "The affiliate's address"),
        ("If-Match" = Option<String>, Header, description = "The version the edit is based on, as `\"v3\"`"),
    ),
    request_body = AffiliateDraft,
    responses(
        (status = 200, description = "Saved", body = AffiliateJson),
        (status = 400, description = "The body is not JSON, or has unknown fields", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not allowed, or no CSRF token", body = ErrorBody),
        (status = 404, description = "No such affiliate", body = ErrorBody),
        (status = 412, description = "Edited by someone else since the given version", body = ErrorBody),
        (status = 415, description = "The body is not application/json", body = ErrorBody),
        (status = 422, description = "Fields refused; nothing was saved", body = ErrorBody),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    headers: HeaderMap,
    Path(slug): Path<String>,
    ApiJson(draft): ApiJson<AffiliateDraft>,
) -> Result<impl IntoResponse, WebError> {
    let current = app::affiliate(state.app(), &slug).await?;
    // `If-Match: "v3"` names the version the edit is based on; `*` or none, any.
    let based_on = match headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) {
        None => None,
        Some(tag) if tag.trim() == "*" => None,
        Some(tag) => Some(
            tag.trim()
                .strip_prefix("\"v")
                .and_then(|v| v.strip_suffix('"'))
                .and_then(|v| v.parse::<i64>().ok())
                .ok_or(WebError::PreconditionFailed)?,
        ),
    };
    let saved = app::update(state.app(), ctx.actor(), &current, based_on, draft)
        .await
        .map_err(|e| match e {
            Error::Conflict("edited_meanwhile") => WebError::PreconditionFailed,
            e => e.into(),
        })?;
    full(&state, &ctx, &saved, StatusCode::OK).await
}

/// An affiliate's history, newest first.
#[utoipa::path(
    get,
    path = "/api/affiliates/{slug}/history",
    tag = "affiliates",
    params(("slug" = String, Path, description = "The affiliate's address")),
    responses(
        (status = 200, description = "The history", body = [HistoryJson]),
        (status = 404, description = "No such affiliate", body = ErrorBody),
    )
)]
pub async fn history(
    State(state): State<AppState>,
    _ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = app::affiliate(state.app(), &slug).await?;
    let entries: Vec<HistoryJson> = app::history(state.app(), &a)
        .await?
        .into_iter()
        .map(|e: HistoryEntry| HistoryJson {
            at: e.at.to_rfc3339(),
            actor: e.actor.map(|u| u.to_string()),
            action: e.action,
            detail: e.detail,
        })
        .collect();
    Ok(Json(entries))
}
