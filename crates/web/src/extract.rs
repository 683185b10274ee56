//! Extractors that reject with the project's own error, so a malformed id, query or body
//! gets the error page or the API's JSON error with a stable code, never a plain-text
//! rejection.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::ctx::{Ctx, Session};
use crate::error::WebError;
use crate::forms::{FormData, read_form, read_json};
use crate::state::AppState;

/// Path parameters; a segment that does not parse (an id that is not a number, or out of
/// range) names nothing here: not found.
pub struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| Path(p.0))
            .map_err(|_| WebError::not_found())
    }
}

/// Query parameters; ones that do not parse are a bad request.
pub struct Query<T>(pub T);

impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Query(q.0))
            .map_err(|_| WebError::BadRequest)
    }
}

/// A page's form, its CSRF token checked against the session (or the visitor's cookie).
pub struct CsrfForm(pub FormData);

impl FromRequest<AppState> for CsrfForm {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state).await?;
        let form = read_form(&parts.headers, body).await?;
        ctx.check_csrf(form.get("csrf"))?;
        Ok(CsrfForm(form))
    }
}

/// A page's form read into `T` (the same draft the API takes as JSON), its CSRF token
/// checked first. A form that cannot be read into `T` is a bad request.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Form<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let CsrfForm(form) = CsrfForm::from_request(req, state).await?;
        form.parse().map(Form)
    }
}

/// An API write's caller: a bearer token, or a session cookie whose CSRF token is repeated
/// in `X-CSRF-Token`. Taken before the body is read.
pub struct ApiWrite;

impl FromRequestParts<AppState> for ApiWrite {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        match &ctx.session {
            Session::Bearer { .. } => Ok(ApiWrite),
            Session::Cookie { .. } => {
                let sent = parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok());
                ctx.check_csrf(sent).map(|()| ApiWrite)
            }
            Session::Expired => Err(WebError::SessionExpired),
            Session::None => Err(WebError::Domain(sangam_core::Error::Unauthenticated)),
        }
    }
}

/// An API request's JSON body (`application/json` or `+json`, within the size limit).
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request(req: Request, _: &S) -> Result<Self, WebError> {
        let (parts, body) = req.into_parts();
        read_json(&parts.headers, body).await.map(ApiJson)
    }
}
