//! The JSON API: the same core functions as the pages, described by an OpenAPI 3.1
//! document at /api/openapi.json. Reads are anonymous; writes need a bearer token
//! (POST /api/auth/token) or a session cookie with its CSRF token in `X-CSRF-Token`.
//! Errors are JSON with a stable code and a message in the caller's language.

mod affiliates;
mod auth;
pub(crate) mod conference;
pub(crate) mod elections;
mod errors;
mod events;
mod hubs;
mod members;
mod reports;
pub(crate) mod scholarships;

use axum::routing::get;
use axum::{Json, Router};
use sangam_i18n::Lang;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::paths;
use crate::state::AppState;
pub use errors::error_response;
use errors::{ErrorBody, ErrorDetail, FieldErrorJson, RefusalJson};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sangam API",
        description = "Affiliates, regional hubs and accounts of a Sangam community hub. Reads are \
            anonymous. Writes take `Authorization: Bearer <token>` (from POST /api/auth/token) or a \
            session cookie with the session's CSRF token in `X-CSRF-Token`. Errors carry a stable \
            `code` and a `message` in the language of `Accept-Language` or `?uselang=`.",
        license(name = "AGPL-3.0-or-later")
    ),
    tags(
        (name = "affiliates", description = "User groups, chapters, thematic organizations and hubs"),
        (name = "hubs", description = "Regional hubs and their member affiliates"),
        (name = "auth", description = "API tokens and the signed-in account"),
        (name = "membership", description = "Joining affiliates, eligibility rules, member lists and imports"),
        (name = "events", description = "Events and the activities calendar, registration with a waitlist"),
        (name = "reports", description = "Required reports, the annual report builder, review, deferments and the compliance overview"),
        (name = "elections", description = "Board elections: nominations, secret ballots with receipts, the count (Meek STV and others) and the published ballots"),
        (name = "conference", description = "A conference's programme: the call for proposals, proposals with their presenters, and interested attendees"),
        (name = "scholarships", description = "A conference's scholarship round: applications, eligibility flags, reviewers' scores, decisions, and each applicant's own scores and the cut-off once published")
    ),
    components(schemas(ErrorBody, ErrorDetail, FieldErrorJson, RefusalJson))
)]
struct ApiDoc;

/// The documented routes: each handler carries its own OpenAPI description.
fn documented() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(affiliates::list, affiliates::create))
        .routes(routes!(affiliates::get_one, affiliates::update))
        .routes(routes!(affiliates::history))
        .routes(routes!(hubs::list))
        .routes(routes!(hubs::set_members))
        .routes(routes!(auth::create_token, auth::revoke_token))
        .routes(routes!(auth::me))
        .routes(routes!(members::list, members::join))
        .routes(routes!(members::leave))
        .routes(routes!(members::get_one))
        .routes(routes!(members::applications))
        .routes(routes!(members::decide))
        .routes(routes!(members::set_roles))
        .routes(routes!(members::get_rules, members::put_rules))
        .routes(routes!(members::import))
        .routes(routes!(members::wikitext))
        .routes(routes!(members::csv))
        .routes(routes!(members::mine))
        .routes(routes!(events::list))
        .routes(routes!(events::get_one, events::update))
        .routes(routes!(events::create))
        .routes(routes!(events::register))
        .routes(routes!(events::cancel))
        .routes(routes!(events::participants))
        .routes(routes!(events::get_outcomes, events::put_outcomes))
        .routes(routes!(events::put_cancellation))
        .routes(routes!(events::participants_csv))
        .routes(routes!(events::campaigns, events::create_campaign))
        .routes(routes!(events::campaign))
        .routes(routes!(events::calendar_ical))
        .routes(routes!(events::calendar_wikitext))
        .routes(routes!(events::event_ical))
        .routes(routes!(events::event_wikitext))
        .routes(routes!(events::my_events))
        .routes(routes!(reports::list, reports::add))
        .routes(routes!(reports::get_one))
        .routes(routes!(reports::file))
        .routes(routes!(reports::put_draft))
        .routes(routes!(reports::builder))
        .routes(routes!(reports::review))
        .routes(routes!(reports::defer))
        .routes(routes!(reports::recognition))
        .routes(routes!(reports::compliance))
        .routes(routes!(elections::list, elections::create))
        .routes(routes!(elections::get_one))
        .routes(routes!(elections::nominate))
        .routes(routes!(elections::stand))
        .routes(routes!(elections::statement))
        .routes(routes!(elections::cast))
        .routes(routes!(elections::ballots))
        .routes(routes!(elections::blt))
        .routes(routes!(conference::get_cfp, conference::put_cfp))
        .routes(routes!(conference::list_proposals, conference::submit))
        .routes(routes!(conference::get_proposal, conference::update))
        .routes(routes!(conference::withdraw))
        .routes(routes!(conference::interest))
        .routes(routes!(conference::import_interest))
        .routes(routes!(conference::put_reviewers))
        .routes(routes!(conference::put_review))
        .routes(routes!(conference::review_table))
        .routes(routes!(conference::decide))
        .routes(routes!(conference::add_room))
        .routes(routes!(conference::put_slots))
        .routes(routes!(conference::place))
        .routes(routes!(conference::schedule_json))
        .routes(routes!(conference::schedule_xml))
        .routes(routes!(conference::schedule_ics))
        .routes(routes!(scholarships::get_round, scholarships::put_round))
        .routes(routes!(scholarships::put_phase))
        .routes(routes!(scholarships::put_reviewers))
        .routes(routes!(scholarships::get_mine, scholarships::put_mine))
        .routes(routes!(scholarships::list))
        .routes(routes!(scholarships::get_one))
        .routes(routes!(scholarships::put_flag))
        .routes(routes!(scholarships::put_score))
        .routes(routes!(scholarships::put_decision))
}

/// The API's routes and the OpenAPI document that describes exactly them.
pub fn routes() -> Router<AppState> {
    let (router, doc) = documented().split_for_parts();
    let doc = serde_json::to_value(&doc).unwrap_or_default();
    router.route(
        paths::OPENAPI,
        get(move || async move { Json(doc.clone()) }),
    )
}

/// The OpenAPI document, as served.
pub fn openapi_json() -> serde_json::Value {
    let (_, doc) = documented().split_for_parts();
    serde_json::to_value(&doc).unwrap_or_default()
}

/// An interface language by its code, for settings given outside a request.
pub fn interface_language(code: &str) -> Option<&'static str> {
    Lang::from_code(code).map(Lang::code)
}
