//! The edge of every request: who is asking (read once, kept in the request for every
//! handler), the one place an error becomes the error page or the API's JSON body in the
//! reader's language, and the page cache told of what a request changed.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower::{Layer, Service};

use crate::ctx::{Ctx, Head, Session};
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

/// The edge as a tower layer around the router: reads the request's context, runs the
/// handler, and presents its error if it failed. After every request the cache drops pages
/// older than the database's latest commit made here, so no handler has to remember to.
#[derive(Clone)]
pub struct EdgeLayer(pub AppState);

impl<S> Layer<S> for EdgeLayer {
    type Service = Edge<S>;

    fn layer(&self, inner: S) -> Edge<S> {
        Edge {
            inner,
            state: self.0.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Edge<S> {
    inner: S,
    state: AppState,
}

impl<S> Service<Request> for Edge<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> Self::Future {
        let state = self.state.clone();
        // Most requests carry no session: their context is read here and now, and the
        // handler is called without waiting.
        if let Some(ctx) = Ctx::without_session(Head::of(&req), &state) {
            req.extensions_mut().insert(ctx.clone());
            let handled = self.inner.call(req);
            return Box::pin(async move {
                let res = handled.await?;
                Ok(finish(&state, &ctx, res))
            });
        }
        let ready = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, ready);
        Box::pin(async move {
            let ctx = match Ctx::resolve(Head::of(&req), &state).await {
                Ok(ctx) => ctx,
                Err(e) => {
                    let ctx = Ctx::anonymous(Head::of(&req), &state);
                    return Ok(present(&ctx, &e, e.status()));
                }
            };
            req.extensions_mut().insert(ctx.clone());
            let res = inner.call(req).await?;
            Ok(finish(&state, &ctx, res))
        })
    }
}

/// After the handler: the cache told of this instance's commits, and a failure presented.
fn finish(state: &AppState, ctx: &Ctx, mut res: Response) -> Response {
    state.changed();
    if let Some(Failure(err)) = res.extensions_mut().remove::<Failure>() {
        // Someone whose session ran out is told so, rather than that they are not signed in.
        if matches!(*err, WebError::Domain(sangam_core::Error::Unauthenticated))
            && ctx.session == Session::Expired
        {
            let expired = WebError::SessionExpired;
            return present(ctx, &expired, expired.status());
        }
        let status = res.status();
        return present(ctx, &err, status);
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
