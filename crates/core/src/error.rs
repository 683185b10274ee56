//! The one error type of the domain. Every layer returns it; the web layer maps it to HTTP
//! in exactly one place. Codes are stable snake_case strings: the API sends them and the
//! interface translates them (Fluent message `error-<code>`).

use std::fmt;

/// A problem with one submitted field. `code` names the Fluent message `field-error-<code>`;
/// `args` are its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// All field problems of one submission, in the order the fields were checked.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, code: &'static str) {
        self.0.push(FieldError {
            field: field.into(),
            code,
            args: Vec::new(),
        });
    }

    pub fn add_with(
        &mut self,
        field: impl Into<String>,
        code: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        self.0.push(FieldError {
            field: field.into(),
            code,
            args,
        });
    }

    /// Records the error of a field check, if any, and returns its value.
    pub fn check<T>(&mut self, field: &str, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Invalid { code, args }) => {
                self.add_with(field, code, args);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// `Ok(value)` when nothing was recorded, else the validation error.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Error> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(Error::Validation(self))
        }
    }
}

/// Why a single value was refused: a field-error code and its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Invalid {
    pub fn new(code: &'static str) -> Self {
        Self {
            code,
            args: Vec::new(),
        }
    }

    pub fn with(code: &'static str, name: &'static str, value: impl ToString) -> Self {
        Self {
            code,
            args: vec![(name, value.to_string())],
        }
    }
}

/// Which counter refused a sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThrottleScope {
    Account,
    Address,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    #[error("validation failed")]
    Validation(FieldErrors),
    /// The request conflicts with the current state (code names the conflict).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Signed in, but not allowed (code names the missing permission).
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// Not signed in, or the session has expired.
    #[error("sign-in required")]
    Unauthenticated,
    #[error("wrong username or password")]
    BadCredentials,
    #[error("too many failed sign-ins")]
    Throttled {
        scope: ThrottleScope,
        retry_after_secs: i64,
    },
    /// An applicant does not meet an affiliate's rules; every failed rule is named.
    #[error("not eligible")]
    NotEligible(Vec<crate::membership::Refusal>),
    /// Something broke that the user cannot fix; the text is for the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// The stable code the API sends and the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound => "not_found",
            Error::Validation(_) => "validation_failed",
            Error::Conflict(code) | Error::Forbidden(code) => code,
            Error::Unauthenticated => "unauthenticated",
            Error::BadCredentials => "bad_credentials",
            Error::Throttled { .. } => "too_many_attempts",
            Error::NotEligible(_) => "not_eligible",
            Error::Internal(_) => "internal",
        }
    }

    pub fn internal(err: impl fmt::Display) -> Self {
        Error::Internal(err.to_string())
    }

    /// A validation error for a single field.
    pub fn field(field: &str, code: &'static str) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, code);
        Error::Validation(errors)
    }
}

/// A database error is internal: the database's own text goes to the log (the web layer logs
/// every internal error it presents), never to a user.
#[cfg(feature = "sqlx")]
impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        Error::Internal(format!("database: {err}"))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
