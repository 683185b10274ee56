//! API tokens: sign in with username and password for a bearer token, revoke it, and see
//! the account it belongs to.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use sangam_core::Timestamp;
use sangam_core::error::Error;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::errors::ErrorBody;
use crate::ctx::{Ctx, Session};
use crate::error::WebError;
use crate::extract::ApiJson;
use crate::state::AppState;
use sangam_app::accounts;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The Wikimedia username.
    username: String,
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    /// RFC 3339, UTC.
    expires_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct MeJson {
    username: String,
    /// Private: only the account itself sees it here.
    email: Option<String>,
    preferred_lang: Option<String>,
    is_site_admin: bool,
    /// Slugs of the affiliates this account administers.
    admin_of: Vec<String>,
}

/// Exchanges a username and password for an API token. Failed attempts are throttled per
/// account and per client address.
#[utoipa::path(
    post,
    path = "/api/auth/token",
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 201, description = "A new token", body = TokenResponse),
        (status = 401, description = "Wrong username or password", body = ErrorBody),
        (status = 429, description = "Too many failed attempts; see Retry-After", body = ErrorBody),
    )
)]
pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(req): ApiJson<TokenRequest>,
) -> Result<impl IntoResponse, WebError> {
    let user = accounts::authenticate(
        state.app(),
        &req.username,
        &req.password,
        ctx.client,
        ctx.now,
    )
    .await?;
    let lifetime = state.config().session_lifetime.as_secs() as i64;
    let token = accounts::start_session(state.app(), user, "api", lifetime, ctx.now).await?;
    Ok((
        StatusCode::CREATED,
        Json(TokenResponse {
            token,
            expires_at: Timestamp(ctx.now.0 + lifetime).to_rfc3339(),
        }),
    ))
}

/// Revokes the bearer token of this request.
#[utoipa::path(
    delete,
    path = "/api/auth/token",
    tag = "auth",
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "No bearer token", body = ErrorBody),
    )
)]
pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<impl IntoResponse, WebError> {
    match &ctx.session {
        Session::Bearer { token } => {
            accounts::end_session(state.app(), token).await?;
            Ok(StatusCode::NO_CONTENT)
        }
        _ => Err(WebError::Domain(Error::Unauthenticated)),
    }
}

/// The signed-in account.
#[utoipa::path(
    get,
    path = "/api/me",
    tag = "auth",
    responses(
        (status = 200, description = "The account", body = MeJson),
        (status = 401, description = "Not signed in", body = ErrorBody),
    )
)]
pub async fn me(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let me = accounts::me(state.app(), ctx.actor()).await?;
    Ok(Json(MeJson {
        username: me.account.username.to_string(),
        email: me.email,
        preferred_lang: me.account.preferred_lang.clone(),
        is_site_admin: me.account.is_site_admin,
        admin_of: me.admin_of.iter().map(|a| a.slug.to_string()).collect(),
    }))
}
