//! Sangam's web layer: server-rendered HTML pages that need no JavaScript, the JSON API
//! with its OpenAPI document, and the in-memory cache of anonymous pages. Only this crate
//! knows HTTP exists. The pages and the API are two faces of the service layer
//! (`sangam_app`): a handler parses what came in, calls one service operation, and
//! presents its result; neither face imports the other. What they share is below both:
//! the request's context (`ctx`), the extractors (`extract`), errors and their one
//! presentation (`error`, `edge`), the page cache (`cache`) and how things are named
//! (`names`, `query`).

pub mod api;
mod auth;
mod cache;
mod ctx;
mod edge;
mod error;
mod extract;
mod forms;
mod html;
mod map;
mod names;
pub(crate) mod pages;
pub(crate) mod paths;
mod query;
mod serve;
mod state;

use axum::Router;

pub use cache::PageCache;
pub use ctx::{Ctx, LANG_COOKIE, SESSION_COOKIE};
pub use error::WebError;
pub use state::{AppState, WebConfig};

/// Every route of the server: pages, static files and the API.
pub fn router(state: AppState) -> Router {
    pages::routes()
        .merge(api::routes())
        .fallback(edge::not_found)
        .method_not_allowed_fallback(edge::method_not_allowed)
        .layer(edge::EdgeLayer(state.clone()))
        .layer(axum::middleware::map_response(html::security_headers))
        .with_state(state)
}
