//! The web layer's errors and their one mapping to HTTP: status, stable code and localized
//! message. Pages show them in the page frame; the API sends them as JSON.

use axum::http::StatusCode;
use sangam_core::error::{Error, FieldError, ThrottleScope};
use sangam_i18n::{Arg, Lang, message};

#[derive(Debug)]
pub enum WebError {
    Domain(Error),
    /// A form without the right token: expired, or not sent by this site.
    Csrf,
    /// A signed-in action with a session that has expired.
    SessionExpired,
    BadJson(String),
    UnsupportedMediaType,
    PayloadTooLarge,
    /// `If-Match` names a version that is no longer current.
    PreconditionFailed,
    BadRequest,
}

/// A handler's error travels in its response to [`crate::edge`], which alone turns it into
/// the error page or the API's JSON body, in the reader's language.
#[derive(Clone)]
pub(crate) struct Failure(pub std::sync::Arc<WebError>);

impl axum::response::IntoResponse for WebError {
    fn into_response(self) -> axum::response::Response {
        let mut res = self.status().into_response();
        res.extensions_mut()
            .insert(Failure(std::sync::Arc::new(self)));
        res
    }
}

impl From<Error> for WebError {
    fn from(e: Error) -> Self {
        WebError::Domain(e)
    }
}

impl WebError {
    /// Nothing at this address (also: a path whose id is not one).
    pub fn not_found() -> WebError {
        WebError::Domain(Error::NotFound)
    }

    pub fn status(&self) -> StatusCode {
        match self {
            WebError::Domain(e) => match e {
                Error::NotFound => StatusCode::NOT_FOUND,
                Error::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
                Error::Conflict(_) => StatusCode::CONFLICT,
                Error::Forbidden(_) => StatusCode::FORBIDDEN,
                Error::Unauthenticated | Error::BadCredentials => StatusCode::UNAUTHORIZED,
                Error::Throttled { .. } => StatusCode::TOO_MANY_REQUESTS,
                Error::NotEligible(_) => StatusCode::FORBIDDEN,
                Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            },
            WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::SessionExpired => StatusCode::UNAUTHORIZED,
            WebError::BadJson(_) | WebError::BadRequest => StatusCode::BAD_REQUEST,
            WebError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
        }
    }

    /// The stable code; the API sends it, and `error-<code>` is its message.
    pub fn code(&self) -> &'static str {
        match self {
            WebError::Domain(e) => e.code(),
            WebError::Csrf => "csrf_failed",
            WebError::SessionExpired => "session_expired",
            WebError::BadJson(_) => "invalid_json",
            WebError::UnsupportedMediaType => "unsupported_media_type",
            WebError::PayloadTooLarge => "payload_too_large",
            WebError::PreconditionFailed => "edited_meanwhile",
            WebError::BadRequest => "bad_request",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            WebError::Domain(Error::Throttled {
                scope,
                retry_after_secs,
            }) => {
                let minutes = Arg::from((retry_after_secs + 59) / 60);
                let id = match scope {
                    ThrottleScope::Account => "signin-throttled-account",
                    ThrottleScope::Address => "signin-throttled-address",
                };
                message(lang, id, &[("minutes", minutes)])
            }
            WebError::BadJson(detail) => message(
                lang,
                "error-invalid_json",
                &[("detail", detail.as_str().into())],
            ),
            WebError::Domain(Error::Conflict("edited_meanwhile"))
            | WebError::PreconditionFailed => message(lang, "error-edited_meanwhile", &[]),
            _ => {
                let id = format!("error-{}", self.code());
                if sangam_i18n::messages::has_message(Lang::EN, &id) {
                    message(lang, &id, &[])
                } else {
                    match self {
                        WebError::Domain(Error::Forbidden(_)) => {
                            message(lang, "error-forbidden", &[])
                        }
                        WebError::Domain(Error::Conflict(_)) => {
                            message(lang, "error-bad_request", &[])
                        }
                        _ => message(lang, "error-internal", &[]),
                    }
                }
            }
        }
    }

    pub fn field_errors(&self) -> Option<&sangam_core::FieldErrors> {
        match self {
            WebError::Domain(Error::Validation(e)) => Some(e),
            _ => None,
        }
    }

    pub fn retry_after(&self) -> Option<i64> {
        match self {
            WebError::Domain(Error::Throttled {
                retry_after_secs, ..
            }) => Some(*retry_after_secs),
            _ => None,
        }
    }

    pub fn log(&self) {
        if let WebError::Domain(Error::Internal(detail)) = self {
            tracing::error!(%detail, "internal error");
        }
    }
}

/// A field error in the reader's language.
pub fn field_message(lang: Lang, e: &FieldError) -> String {
    let args: Vec<(&str, Arg<'_>)> = e
        .args
        .iter()
        .map(|(name, value)| match value.parse::<i64>() {
            Ok(n) if *name != "code" && *name != "character" => (*name, Arg::from(n)),
            _ => (*name, Arg::from(value.as_str())),
        })
        .collect();
    message(lang, &format!("field-error-{}", e.code), &args)
}

/// A failed membership rule in the reader's language ("You must be at least 18 years old").
pub fn refusal_message(lang: Lang, r: &sangam_core::membership::Refusal) -> String {
    let args: Vec<(&str, Arg<'_>)> = r
        .args
        .iter()
        .map(|(name, value)| match *name {
            "countries" => {
                let mut names: Vec<String> = value
                    .split_whitespace()
                    .map(|c| sangam_i18n::names::country(lang, c))
                    .collect();
                sangam_i18n::format::sort_by_name(lang, &mut names, |s| s.as_str());
                (*name, Arg::from(sangam_i18n::format::list(lang, &names)))
            }
            _ => match value.parse::<i64>() {
                Ok(n) => (*name, Arg::from(n)),
                Err(_) => (*name, Arg::from(value.as_str())),
            },
        })
        .collect();
    message(lang, &format!("refusal-{}", r.rule), &args)
}

impl WebError {
    /// The failed rules of a refused application, in the reader's language.
    pub fn refusals(&self, lang: Lang) -> Vec<String> {
        match self {
            WebError::Domain(Error::NotEligible(r)) => {
                r.iter().map(|r| refusal_message(lang, r)).collect()
            }
            _ => Vec::new(),
        }
    }
}
