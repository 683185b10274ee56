//! The edge of every request: who is asking (read once, kept in the request for every
//! handler), the one place an error becomes the error page or the API's JSON body in the
//! reader's language, and the page cache told of what a request changed.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::ctx::{Ctx, Session};
use crate::error::{Failure, WebError};
use crate::state::AppState;

/// Whether a path answers in JSON (errors included).
fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// An error in the form the address speaks: JSON under `/api/`, a page elsewhere.
fn present(ctx: &Ctx, err: &WebError, status: StatusCode) -> Response {
    let mut res = if is_api(&ctx.path) {
        crate::api::error_response(ctx.lang, err)
    } else {
        crate::pages::error_page(ctx, err)
    };
    *res.status_mut() = status;
    res
}

/// Reads the request's context, runs the handler, and presents its error if it failed.
/// After every request the cache drops pages older than the database's latest commit made
/// here, so no handler has to remember to.
pub async fn context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let ctx = match Ctx::resolve(&parts, &state).await {
        Ok(ctx) => ctx,
        Err(e) => {
            let ctx = Ctx::anonymous(&parts, &state);
            return present(&ctx, &e, e.status());
        }
    };
    parts.extensions.insert(ctx.clone());
    let mut res = next.run(Request::from_parts(parts, body)).await;
    state.changed().await;
    if let Some(Failure(err)) = res.extensions_mut().remove::<Failure>() {
        // Someone whose session ran out is told so, rather than that they are not signed in.
        if matches!(*err, WebError::Domain(sangam_core::Error::Unauthenticated))
            && ctx.session == Session::Expired
        {
            let expired = WebError::SessionExpired;
            return present(&ctx, &expired, expired.status());
        }
        let status = res.status();
        return present(&ctx, &err, status);
    }
    res
}

pub async fn not_found() -> WebError {
    WebError::not_found()
}

pub async fn method_not_allowed() -> Response {
    let mut res = WebError::BadRequest.into_response();
    *res.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    res
}
