//! The API's errors as JSON: a stable code, a message in the caller's language, and the
//! refused fields or membership rules.

use axum::Json;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sangam_core::error::Error;
use sangam_i18n::Lang;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{WebError, field_message};

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
