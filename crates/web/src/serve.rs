//! Responses of pages and documents: the headers they share, and serving anonymous GETs
//! from the page cache, rendering on a miss.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

use crate::cache::CachedPage;
use crate::ctx::{Ctx, SESSION_COOKIE, Session};
use crate::error::WebError;
use crate::state::AppState;

/// A finished HTML response with the headers pages share.
pub fn html(ctx: &Ctx, status: StatusCode, body: String) -> Response {
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(ctx.lang.code()) {
        h.insert(header::CONTENT_LANGUAGE, v);
    }
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    if ctx.session == Session::Expired {
        // Drop the dead cookie so the next request is plainly anonymous.
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
        )) {
            h.append(header::SET_COOKIE, v);
        }
    }
    res
}

fn cached_response(ctx: &Ctx, page: &CachedPage) -> Response {
    let not_modified = ctx
        .if_none_match
        .as_deref()
        .is_some_and(|v| v.split(',').any(|t| t.trim() == page.etag));
    let mut res = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (StatusCode::OK, page.body.clone()).into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(page.content_type),
    );
    if let Ok(v) = HeaderValue::from_str(ctx.lang.code()) {
        h.insert(header::CONTENT_LANGUAGE, v);
    }
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(v) = HeaderValue::from_str(&page.etag) {
        h.insert(header::ETAG, v);
    }
    res
}

/// Serves an anonymous GET page from the cache, rendering it on a miss. Signed-in readers
/// always get a fresh page. `render` returns the body and its content type.
pub async fn cached<F, Fut>(state: &AppState, ctx: &Ctx, render: F) -> Response
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(String, &'static str), WebError>>,
{
    cached_until(state, ctx, || async {
        render().await.map(|(body, ty)| (body, ty, None))
    })
    .await
}

/// [`cached`] for a page that changes with the clock as well (an event's status): `render`
/// also returns the instant the page stops being right, if any.
pub async fn cached_until<F, Fut>(state: &AppState, ctx: &Ctx, render: F) -> Response
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<
            Output = Result<(String, &'static str, Option<sangam_core::Timestamp>), WebError>,
        >,
{
    if !ctx.is_anonymous() {
        return match render().await {
            Ok((body, content_type, _)) => {
                let mut res = html(ctx, StatusCode::OK, body);
                if let Ok(v) = HeaderValue::from_str(content_type) {
                    res.headers_mut().insert(header::CONTENT_TYPE, v);
                }
                res
            }
            Err(e) => e.into_response(),
        };
    }
    let key = ctx.uri.as_str();
    if let Some(page) = state.cache().get(ctx.lang, key, ctx.now) {
        return cached_response(ctx, &page);
    }
    let generation = state.cache().generation();
    match render().await {
        Ok((body, content_type, expires)) => {
            // One address serves every language, so the tag names the language too, and
            // the instant a page that follows the clock expires.
            let etag = match expires {
                None => format!("\"g{generation}-{}-{:x}\"", ctx.lang.code(), body.len()),
                Some(t) => format!(
                    "\"g{generation}-{}-{:x}-{:x}\"",
                    ctx.lang.code(),
                    body.len(),
                    t.0
                ),
            };
            let page = CachedPage {
                body: Bytes::from(body),
                content_type,
                etag,
                expires,
            };
            let page = state.cache().put(ctx.lang, key, generation, page);
            cached_response(ctx, &page)
        }
        Err(e) => e.into_response(),
    }
}
