//! Signing in and out, the account page (interface language, private e-mail), and the
//! language switcher.

use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::get;
use sangam_core::account::Email;
use sangam_core::error::Error;
use sangam_core::secret;
use sangam_i18n::{Lang, message};

use super::frame::{Choice, Frame, Link, Tr, html, render, safe_return, see_other};
use crate::auth::cookie;
use crate::ctx::{CSRF_COOKIE, Ctx, LANG_COOKIE, SESSION_COOKIE, Session, query_param};
use crate::error::WebError;
use crate::extract::{CsrfForm, Form};
use crate::forms::read_form;
use crate::paths;
use crate::state::AppState;
use sangam_app::accounts;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SIGNIN, get(signin_form).post(signin))
        .route(paths::SIGNOUT, axum::routing::post(signout))
        .route(paths::ACCOUNT, get(account).post(save_account))
        .route(paths::ACCOUNT_FEED, axum::routing::post(new_feed))
}

#[derive(Template)]
#[template(path = "account/signin.html")]
struct SigninPage {
    frame: Frame,
    t: Tr,
    csrf: String,
    return_to: String,
    username: String,
    error: Option<String>,
}

fn with_cookie(mut res: Response, value: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// Renders the sign-in form; a visitor without a CSRF cookie gets one.
fn signin_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    username: &str,
    return_to: &str,
    error: Option<String>,
) -> Result<Response, WebError> {
    let (csrf, new_cookie) = match &ctx.csrf_cookie {
        Some(c) => (c.clone(), None),
        None => {
            let token = secret::new_token()?;
            (
                token.clone(),
                Some(cookie(state, CSRF_COOKIE, &token, 86_400, true)),
            )
        }
    };
    let page = SigninPage {
        frame: Frame::new(ctx, message(ctx.lang, "signin-title", &[])),
        t: Tr(ctx.lang),
        csrf,
        return_to: return_to.to_string(),
        username: username.to_string(),
        error,
    };
    let res = html(ctx, status, render(&page)?);
    Ok(match new_cookie {
        Some(c) => with_cookie(res, &c),
        None => res,
    })
}

async fn signin_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let return_to = safe_return(query_param(
        ctx.uri.split_once('?').map(|(_, q)| q),
        "return",
    ));
    signin_page(&state, &ctx, StatusCode::OK, "", &return_to, None)
}

async fn signin(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: Body,
) -> Result<impl IntoResponse, WebError> {
    let form = read_form(&headers, body).await?;
    // A signed-in person signing in again is checked against their session's token.
    ctx.check_csrf(form.get("csrf"))
        .or_else(|e| match (&e, &ctx.session) {
            (WebError::SessionExpired, _) => ctx_without_session(&ctx).check_csrf(form.get("csrf")),
            _ => Err(e),
        })?;
    let SignIn {
        username,
        password,
        return_to,
    } = form.parse()?;
    let username = username.as_str();
    let return_to = safe_return(return_to);
    match accounts::authenticate(state.app(), username, &password, ctx.client, ctx.now).await {
        Ok(user) => {
            let lifetime = state.config().session_lifetime.as_secs() as i64;
            let token =
                accounts::start_session(state.app(), user, "web", lifetime, ctx.now).await?;
            if let Session::Cookie { token: old, .. } = &ctx.session {
                accounts::end_session(state.app(), old).await?;
            }
            Ok(with_cookie(
                see_other(&return_to),
                &cookie(&state, SESSION_COOKIE, &token, lifetime, true),
            ))
        }
        Err(e @ (Error::BadCredentials | Error::Throttled { .. })) => {
            let e = WebError::Domain(e);
            let mut res = signin_page(
                &state,
                &ctx,
                e.status(),
                username,
                &return_to,
                Some(e.message(ctx.lang)),
            )?;
            if let Some(secs) = e.retry_after()
                && let Ok(v) = HeaderValue::from_str(&secs.to_string())
            {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(res)
        }
        Err(e) => Err(WebError::Domain(e)),
    }
}

/// The sign-in form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct SignIn {
    username: String,
    password: String,
    /// Where to go afterwards (kept only if it is on this site).
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// The same request seen as anonymous (a dead session cookie must not block signing in).
fn ctx_without_session(ctx: &Ctx) -> Ctx {
    Ctx::new(crate::ctx::Context {
        session: Session::None,
        ..crate::ctx::Context::clone(ctx)
    })
}

async fn signout(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: Body,
) -> Result<impl IntoResponse, WebError> {
    let form = read_form(&headers, body).await?;
    if let Session::Cookie { token, .. } = &ctx.session {
        ctx.check_csrf(form.get("csrf"))?;
        accounts::end_session(state.app(), token).await?;
    }
    Ok(with_cookie(
        see_other("/?done=signed_out"),
        &cookie(&state, SESSION_COOKIE, "", 0, true),
    ))
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    frame: Frame,
    t: Tr,
    csrf: String,
    username: String,
    email: String,
    email_error: Option<String>,
    languages: Vec<Choice>,
    site_admin: bool,
    admin_of: Vec<Link>,
    memberships: Vec<MyMembership>,
    events: Vec<MyEvent>,
    /// A private calendar address just made (shown once).
    feed_url: Option<String>,
}

/// One of one's memberships.
struct MyMembership {
    affiliate: Link,
    /// Where the leave form goes.
    leave: String,
    status: String,
    /// The institution it is held for (empty for one's own).
    institution: String,
    may_leave: bool,
}

/// An event one is registered for.
struct MyEvent {
    link: Link,
    when: String,
    /// Registered, or the place on the waiting list.
    seat: String,
}

async fn account_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    email: Option<String>,
    email_error: Option<String>,
) -> Result<Response, WebError> {
    account_page_with(state, ctx, status, email, email_error, None).await
}

async fn account_page_with(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    email: Option<String>,
    email_error: Option<String>,
    feed_url: Option<String>,
) -> Result<Response, WebError> {
    ctx.require_signed_in()?;
    let me = accounts::me(state.app(), ctx.actor()).await?;
    let account = me.account;
    let email = match email {
        Some(e) => e,
        None => me.email.unwrap_or_default(),
    };
    let preferred = account.preferred_lang.clone().unwrap_or_default();
    let mut languages = vec![Choice {
        value: String::new(),
        label: message(ctx.lang, "account-lang-browser", &[]),
        selected: preferred.is_empty(),
    }];
    languages.extend(Lang::all().map(|l| Choice {
        value: l.code().into(),
        label: l.info().autonym.into(),
        selected: l.code() == preferred,
    }));
    let admin_of = me
        .admin_of
        .iter()
        .map(|a| Link {
            href: paths::affiliate(&a.slug),
            text: super::directory::display_name(ctx.lang, a).0,
        })
        .collect();
    let mut memberships = Vec::new();
    for (a, m) in sangam_app::membership::mine(state.app(), ctx.actor()).await? {
        {
            let status = message(
                ctx.lang,
                &format!("membership-status-{}", m.status.as_str()),
                &[],
            );
            let open = matches!(
                m.status,
                sangam_core::membership::MembershipStatus::Active
                    | sangam_core::membership::MembershipStatus::Pending
            );
            memberships.push(MyMembership {
                affiliate: Link {
                    href: paths::affiliate(&a.slug),
                    text: super::directory::display_name(ctx.lang, &a).0,
                },
                leave: paths::leave(&a.slug),
                status,
                institution: m.institution.clone().unwrap_or_default(),
                may_leave: open,
            });
        }
    }
    let mut events = Vec::new();
    for (e, place) in sangam_app::events::my_events(state.app(), ctx.actor()).await? {
        let seat = match place {
            sangam_db::events::Registered::Waitlist { position } => message(
                ctx.lang,
                "event-waitlisted",
                &[("position", i64::from(position).into())],
            ),
            sangam_db::events::Registered::Seat => message(ctx.lang, "event-registered", &[]),
        };
        events.push(MyEvent {
            link: Link {
                href: paths::event(e.id),
                text: e.details.title.clone(),
            },
            when: super::events::when_text(ctx.lang, &e).0,
            seat,
        });
    }
    let page = AccountPage {
        events,
        feed_url,
        frame: Frame::new(ctx, message(ctx.lang, "account-title", &[])),
        t: Tr(ctx.lang),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        username: account.username.to_string(),
        email,
        email_error,
        languages,
        site_admin: account.is_site_admin,
        admin_of,
        memberships,
    };
    Ok(html(ctx, status, render(&page)?))
}

async fn account(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    account_page(&state, &ctx, StatusCode::OK, None, None).await
}

/// The account form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Preferences {
    preferred_lang: String,
    email: String,
}

async fn save_account(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<Preferences>,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let lang = match form.preferred_lang.as_str() {
        "" => None,
        code => Some(Lang::from_code(code).ok_or(WebError::Domain(Error::field(
            "preferred_lang",
            "invalid_choice",
        )))?),
    };
    let email_input = form.email.trim().to_string();
    let email = if email_input.is_empty() {
        None
    } else {
        match Email::parse(&email_input) {
            Ok(e) => Some(e),
            Err(e) => {
                let msg = message(ctx.lang, &format!("field-error-{}", e.code), &[]);
                return account_page(
                    &state,
                    &ctx,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some(email_input),
                    Some(msg),
                )
                .await;
            }
        }
    };
    accounts::set_preferences(
        state.app(),
        ctx.actor(),
        lang.map(|l| l.code()),
        email.as_ref().map(|e| e.as_str()),
    )
    .await?;
    let mut res = see_other(&format!("{}?done=prefs", paths::ACCOUNT));
    if let Some(l) = lang {
        res = with_cookie(
            res,
            &cookie(&state, LANG_COOKIE, l.code(), 365 * 86_400, false),
        );
    }
    Ok(res)
}

/// `/language?set=ur&return=/affiliates`: remembers the choice in a cookie and goes back.
pub async fn switch_language(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, WebError> {
    let query = ctx.uri.split_once('?').map(|(_, q)| q);
    match query_param(query, "set")
        .as_deref()
        .and_then(Lang::from_code)
    {
        Some(lang) => {
            let back = safe_return(query_param(query, "return"));
            Ok(with_cookie(
                see_other(&back),
                &cookie(&state, LANG_COOKIE, lang.code(), 365 * 86_400, false),
            ))
        }
        None => Err(WebError::BadRequest),
    }
}

/// Makes a new private "my events" calendar address and shows it once.
async fn new_feed(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let token = accounts::new_feed_token(state.app(), ctx.actor()).await?;
    let url = format!(
        "{}/feeds/{token}/events.ics",
        state.config().public_url.trim_end_matches('/')
    );
    account_page_with(&state, &ctx, StatusCode::OK, None, None, Some(url)).await
}
