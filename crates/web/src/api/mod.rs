//! The JSON API: the same core functions as the pages, described by an OpenAPI 3.1
//! document at /api/openapi.json. Reads are anonymous; writes need a bearer token
//! (POST /api/auth/token) or a session cookie with its CSRF token in `X-CSRF-Token`.
//! Errors are JSON with a stable code and a message in the caller's language.

mod affiliates;
mod auth;
pub(crate) mod conference;
pub(crate) mod elections;
mod events;
mod hubs;
mod members;
mod reports;
pub(crate) mod scholarships;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use sangam_core::error::Error;
use sangam_i18n::Lang;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{WebError, field_message};

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
        "/api/openapi.json",
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

/// Every error the API sends.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, snake_case: `not_found`, `validation_failed`, `unauthenticated`, `forbidden`,
    /// `site_admin_only`, `not_affiliate_admin`, `csrf_failed`, `session_expired`,
    /// `invalid_json`, `unsupported_media_type`, `payload_too_large`, `edited_meanwhile`,
    /// `bad_credentials`, `too_many_attempts`, `internal`.
    code: String,
    /// For people, in the caller's language.
    message: String,
    /// For `validation_failed`: each refused field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldErrorJson>,
    /// For `not_eligible`: each membership rule the application does not meet.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    refusals: Vec<RefusalJson>,
}

#[derive(Serialize, ToSchema)]
pub struct RefusalJson {
    /// `min_age`, `age_missing`, `country`, `institutions_not_admitted`,
    /// `institution_country`, `min_edits`, `min_account_age`.
    rule: String,
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct FieldErrorJson {
    /// The field's name as sent (`goals.0.heading` for a list item).
    field: String,
    code: String,
    message: String,
}

pub fn error_response(lang: Lang, err: &WebError) -> Response {
    err.log();
    let fields = err
        .field_errors()
        .map(|f| {
            f.iter()
                .map(|e| FieldErrorJson {
                    field: e.field.clone(),
                    code: e.code.to_string(),
                    message: field_message(lang, e),
                })
                .collect()
        })
        .unwrap_or_default();
    let refusals = match err {
        WebError::Domain(Error::NotEligible(r)) => r
            .iter()
            .map(|r| RefusalJson {
                rule: r.rule.to_string(),
                message: crate::error::refusal_message(lang, r),
            })
            .collect(),
        _ => Vec::new(),
    };
    let body = ErrorBody {
        error: ErrorDetail {
            code: err.code().to_string(),
            message: err.message(lang),
            fields,
            refusals,
        },
    };
    let mut res = (err.status(), Json(body)).into_response();
    if let Some(secs) = err.retry_after()
        && let Ok(v) = HeaderValue::from_str(&secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    if let Ok(v) = HeaderValue::from_str(lang.code()) {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    res
}
