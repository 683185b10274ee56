//! Who is asking and in which language: the request context every handler gets. An
//! anonymous request costs no database query; a session cookie or bearer token is looked
//! up once.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, Uri, header};
use sangam_core::account::Viewer;
use sangam_core::{Timestamp, secret};
use sangam_db::users::SessionLookup;
use sangam_i18n::{Lang, LanguageHints, negotiate};

use crate::error::WebError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "sangam_session";
pub const LANG_COOKIE: &str = "sangam_lang";
/// The CSRF token of a visitor who is not signed in (the sign-in form).
pub const CSRF_COOKIE: &str = "sangam_csrf";

/// The state of the request's session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Session {
    None,
    /// Signed in with a cookie: its token and the CSRF token forms must carry.
    Cookie {
        token: String,
        csrf: String,
    },
    /// Signed in with an API bearer token (no CSRF: the browser cannot send one by itself).
    Bearer {
        token: String,
    },
    /// A session cookie that has expired.
    Expired,
}

/// The request's context, read once at the edge and shared by every extractor of the
/// request: cloning it is a reference count.
#[derive(Debug, Clone)]
pub struct Ctx(Arc<Context>);

impl std::ops::Deref for Ctx {
    type Target = Context;

    fn deref(&self) -> &Context {
        &self.0
    }
}

impl Ctx {
    pub fn new(context: Context) -> Ctx {
        Ctx(Arc::new(context))
    }
}

#[derive(Debug, Clone)]
pub struct Context {
    pub lang: Lang,
    pub viewer: Viewer,
    pub session: Session,
    /// The anonymous visitor's CSRF cookie, if any.
    pub csrf_cookie: Option<String>,
    /// Path and query, for "return to" links and the page cache.
    pub uri: String,
    pub path: String,
    pub client: Option<IpAddr>,
    pub now: Timestamp,
    /// The entity tags a cached copy in the reader's browser has (`If-None-Match`).
    pub if_none_match: Option<String>,
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// The value of one query parameter.
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// What the context is read from: a request's address, headers and extensions, as the edge
/// and the extractors both have them.
#[derive(Clone, Copy)]
pub(crate) struct Head<'a> {
    pub uri: &'a Uri,
    pub headers: &'a HeaderMap,
    pub extensions: &'a Extensions,
}

impl<'a> Head<'a> {
    pub fn of_parts(parts: &'a Parts) -> Head<'a> {
        Head {
            uri: &parts.uri,
            headers: &parts.headers,
            extensions: &parts.extensions,
        }
    }

    pub fn of<B>(req: &'a axum::http::Request<B>) -> Head<'a> {
        Head {
            uri: req.uri(),
            headers: req.headers(),
            extensions: req.extensions(),
        }
    }

    /// Whether the request carries a session cookie or a bearer token to look up.
    fn has_session(&self) -> bool {
        self.headers.contains_key(header::AUTHORIZATION)
            || cookie(self.headers, SESSION_COOKIE).is_some()
    }
}

fn client_address(parts: Head<'_>, trust_proxy: bool) -> Option<IpAddr> {
    if trust_proxy {
        let forwarded = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok());
        if forwarded.is_some() {
            return forwarded;
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

impl Ctx {
    /// Who is asking and in which language: read once per request by [`crate::edge`],
    /// which keeps the result in the request for every handler's `Ctx` extractor.
    pub(crate) async fn resolve(parts: Head<'_>, state: &AppState) -> Result<Ctx, WebError> {
        if let Some(ctx) = Ctx::without_session(parts, state) {
            return Ok(ctx);
        }
        let now = state.config().clock.now();
        let headers = parts.headers;
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let (session, viewer) = if let Some(token) = bearer {
            match sangam_app::accounts::session(state.app(), token, "api", now).await? {
                SessionLookup::Valid { account, .. } => (
                    Session::Bearer {
                        token: token.to_string(),
                    },
                    Viewer::Signed(account),
                ),
                _ => (Session::Expired, Viewer::Anonymous),
            }
        } else if let Some(token) = cookie(headers, SESSION_COOKIE) {
            match sangam_app::accounts::session(state.app(), token, "web", now).await? {
                SessionLookup::Valid {
                    account,
                    csrf_token,
                    ..
                } => (
                    Session::Cookie {
                        token: token.to_string(),
                        csrf: csrf_token,
                    },
                    Viewer::Signed(account),
                ),
                SessionLookup::Expired => (Session::Expired, Viewer::Anonymous),
                SessionLookup::Unknown => (Session::None, Viewer::Anonymous),
            }
        } else {
            (Session::None, Viewer::Anonymous)
        };
        Ok(Ctx::new(Context::with_viewer(
            parts, state, session, viewer, now,
        )))
    }

    /// The context of a request that carries no session to look up (read without waiting
    /// for the database); `None` when it carries one.
    pub(crate) fn without_session(parts: Head<'_>, state: &AppState) -> Option<Ctx> {
        (!parts.has_session()).then(|| Ctx::anonymous(parts, state))
    }

    /// An anonymous reader's context, for answering when the session cannot be read.
    pub(crate) fn anonymous(parts: Head<'_>, state: &AppState) -> Ctx {
        let now = state.config().clock.now();
        Ctx::new(Context::with_viewer(
            parts,
            state,
            Session::None,
            Viewer::Anonymous,
            now,
        ))
    }
}

impl Context {
    fn with_viewer(
        parts: Head<'_>,
        state: &AppState,
        session: Session,
        viewer: Viewer,
        now: Timestamp,
    ) -> Context {
        let headers = parts.headers;
        let query = parts.uri.query();
        let uselang = query_param(query, "uselang");
        let lang = negotiate(LanguageHints {
            uselang: uselang.as_deref(),
            cookie: cookie(headers, LANG_COOKIE),
            account: viewer.account().and_then(|a| a.preferred_lang.as_deref()),
            accept_language: headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        });
        Context {
            lang,
            viewer,
            session,
            csrf_cookie: cookie(headers, CSRF_COOKIE).map(str::to_string),
            uri: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            path: parts.uri.path().to_string(),
            client: client_address(parts, state.config().trust_proxy),
            now,
            if_none_match: headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        }
    }
}

/// The request's context, as [`crate::edge`] read it.
impl FromRequestParts<AppState> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Ctx>() {
            Some(ctx) => Ok(ctx.clone()),
            None => Ctx::resolve(Head::of_parts(parts), state).await,
        }
    }
}

impl Context {
    /// The one who acts in this request, for the service layer.
    pub fn actor(&self) -> sangam_app::Actor<'_> {
        sangam_app::Actor::new(&self.viewer, self.now)
    }

    /// Whether pages for this request may come from (and go into) the shared cache.
    pub fn is_anonymous(&self) -> bool {
        matches!(self.session, Session::None)
    }

    /// The token a form rendered for this request must carry.
    pub fn csrf_token(&self) -> Option<&str> {
        match &self.session {
            Session::Cookie { csrf, .. } => Some(csrf),
            _ => self.csrf_cookie.as_deref(),
        }
    }

    /// Checks a submitted form's token: against the session when signed in, against the
    /// visitor's CSRF cookie otherwise.
    pub fn check_csrf(&self, submitted: Option<&str>) -> Result<(), WebError> {
        let expected = match &self.session {
            Session::Expired => return Err(WebError::SessionExpired),
            Session::Bearer { .. } => return Ok(()),
            Session::Cookie { csrf, .. } => Some(csrf.as_str()),
            Session::None => self.csrf_cookie.as_deref(),
        };
        match (expected, submitted) {
            (Some(e), Some(s)) if secret::constant_time_eq(e.as_bytes(), s.as_bytes()) => Ok(()),
            _ => Err(WebError::Csrf),
        }
    }

    /// For writes: the viewer must be signed in (an expired session says so).
    pub fn require_signed_in(&self) -> Result<(), WebError> {
        match (&self.session, self.viewer.account()) {
            (Session::Expired, _) => Err(WebError::SessionExpired),
            (_, None) => Err(WebError::Domain(sangam_core::Error::Unauthenticated)),
            _ => Ok(()),
        }
    }
}
