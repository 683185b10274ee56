//! Anonymous pages are the same for every reader of a language, so they are rendered once
//! and served from memory until something they show changes. Every change increments a
//! generation in the database; an instance that sees a new generation (its own write, or
//! the poll for other instances' writes) drops its pages.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use sangam_core::Error;
use sangam_db::Db;
use sangam_i18n::Lang;

use crate::AppState;
use crate::ctx::{Ctx, SESSION_COOKIE, Session};
use crate::error::WebError;

/// More entries than this (many filter combinations) and the cache starts over.
const MAX_ENTRIES: usize = 4096;

#[derive(Debug)]
pub struct CachedPage {
    pub body: Bytes,
    pub content_type: &'static str,
    pub etag: String,
    /// When the page stops being right by the clock alone (an event starts or ends).
    pub expires: Option<sangam_core::Timestamp>,
}

#[derive(Default)]
pub struct PageCache {
    generation: AtomicI64,
    entries: RwLock<HashMap<(Lang, String), Arc<CachedPage>>>,
}

impl PageCache {
    pub fn generation(&self) -> i64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn get(
        &self,
        lang: Lang,
        key: &str,
        now: sangam_core::Timestamp,
    ) -> Option<Arc<CachedPage>> {
        let entries = self.entries.read().ok()?;
        entries
            .get(&(lang, key.to_string()))
            .filter(|p| p.expires.is_none_or(|t| now < t))
            .cloned()
    }

    /// Stores a page rendered while the generation was `generation`; a page rendered
    /// before a change that has since been seen is not stored.
    pub fn put(&self, lang: Lang, key: &str, generation: i64, page: CachedPage) -> Arc<CachedPage> {
        let page = Arc::new(page);
        if let Ok(mut entries) = self.entries.write()
            && self.generation() == generation
        {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert((lang, key.to_string()), page.clone());
        }
        page
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }

    /// Reads the database's generation and drops every page if it moved.
    pub async fn refresh(&self, db: &Db) -> Result<(), Error> {
        self.observe(db.generation().await?);
        Ok(())
    }

    /// Drops every page if `generation` is newer than the pages'. The generation only grows,
    /// so a late poll never takes it back.
    pub fn observe(&self, generation: i64) {
        if self.generation() >= generation {
            return;
        }
        if let Ok(mut entries) = self.entries.write()
            && self.generation.fetch_max(generation, Ordering::AcqRel) < generation
        {
            entries.clear();
        }
    }
}

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

fn cached_response(ctx: &Ctx, page: &CachedPage, headers: &HeaderMap) -> Response {
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
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
pub async fn cached<F, Fut>(state: &AppState, ctx: &Ctx, headers: &HeaderMap, render: F) -> Response
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(String, &'static str), WebError>>,
{
    cached_until(state, ctx, headers, || async {
        render().await.map(|(body, ty)| (body, ty, None))
    })
    .await
}

/// [`cached`] for a page that changes with the clock as well (an event's status): `render`
/// also returns the instant the page stops being right, if any.
pub async fn cached_until<F, Fut>(
    state: &AppState,
    ctx: &Ctx,
    headers: &HeaderMap,
    render: F,
) -> Response
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
        return cached_response(ctx, &page, headers);
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
            cached_response(ctx, &page, headers)
        }
        Err(e) => e.into_response(),
    }
}
