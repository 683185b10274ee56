//! Regional hubs in the API: the list with their members, and setting a hub's members.

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use sangam_app::affiliates as app;
use sangam_core::error::{Error, FieldErrors};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::errors::ErrorBody;
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::{ApiJson, ApiWrite, Path};
use crate::names::display_name;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct HubJson {
    slug: String,
    /// In the caller's language, or the nearest there is.
    name: String,
    status: String,
    /// Slugs of the member affiliates.
    members: Vec<String>,
    /// ISO 3166-1 codes served by the hub or any member.
    regions: Vec<String>,
}

/// The affiliates a hub brings together, by slug.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembersInput {
    members: Vec<String>,
}

/// Every regional hub with its member affiliates.
#[utoipa::path(
    get,
    path = "/api/hubs",
    tag = "hubs",
    responses((status = 200, description = "The hubs", body = [HubJson]))
)]
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    let hubs: Vec<HubJson> = app::hubs(state.app())
        .await?
        .iter()
        .map(|(hub, members)| {
            let mut regions: Vec<String> = hub
                .regions
                .iter()
                .chain(members.iter().flat_map(|m| m.regions.iter()))
                .map(|c| c.to_string())
                .collect();
            regions.sort();
            regions.dedup();
            HubJson {
                slug: hub.slug.to_string(),
                name: display_name(ctx.lang, hub).0,
                status: hub.status.to_string(),
                members: members.iter().map(|m| m.slug.to_string()).collect(),
                regions,
            }
        })
        .collect();
    Ok(Json(hubs))
}

/// Replaces a hub's member affiliates (site admins).
#[utoipa::path(
    put,
    path = "/api/hubs/{slug}/members",
    tag = "hubs",
    params(("slug" = String, Path, description = "The hub's address")),
    request_body = MembersInput,
    responses(
        (status = 204, description = "Saved"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a site admin", body = ErrorBody),
        (status = 404, description = "No such hub", body = ErrorBody),
        (status = 422, description = "An unknown affiliate, or not a hub", body = ErrorBody),
    )
)]
pub async fn set_members(
    State(state): State<AppState>,
    ctx: Ctx,
    _: ApiWrite,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<MembersInput>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let hub = app::affiliate(state.app(), &slug).await?;
    let mut ids = Vec::new();
    let mut errors = FieldErrors::new();
    for (i, member) in input.members.iter().enumerate() {
        match app::affiliate(state.app(), member).await {
            Ok(a) => ids.push(a.id),
            Err(Error::NotFound) => errors.add(format!("members.{i}"), "unknown_affiliate"),
            Err(e) => return Err(e.into()),
        }
    }
    errors.finish(|| ())?;
    app::set_hub_members(state.app(), ctx.actor(), &admin, &hub, &ids).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
