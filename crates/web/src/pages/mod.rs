//! HTML pages. Every page shares one frame (header, navigation, language switcher);
//! anonymous GET pages go through the page cache; errors render in the reader's language.

mod account;
mod affiliate;
mod conference;
pub(crate) mod directory;
mod edit;
pub(crate) mod elections;
mod event_form;
pub(crate) mod events;
pub(crate) mod frame;
pub(crate) mod members;
mod organize;
pub(crate) mod reports;
mod scholarships;

use axum::Router;
use axum::routing::get;

use crate::paths;
use crate::state::AppState;

pub use frame::error_page;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::HOME, get(directory::directory))
        .route(paths::STYLESHEET, get(frame::stylesheet))
        .route(paths::LANGUAGE, get(account::switch_language))
        .route(paths::HEALTH, get(frame::health))
        .merge(directory::routes())
        .merge(affiliate::routes())
        .merge(edit::routes())
        .merge(members::routes())
        .merge(events::routes())
        .merge(event_form::routes())
        .merge(reports::routes())
        .merge(elections::routes())
        .merge(conference::routes())
        .merge(scholarships::routes())
        .merge(organize::routes())
        .merge(account::routes())
}
