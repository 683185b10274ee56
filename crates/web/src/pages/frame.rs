//! What every page shares: the frame around its content (header, navigation, language
//! switcher), rendering, the error page in the reader's language, redirects and the
//! stylesheet.

use std::sync::LazyLock;

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sangam_core::error::Error;
use sangam_i18n::{Lang, message};

use crate::ctx::{Ctx, Session, query_param};
use crate::error::{WebError, field_message};
use crate::html::{HtmlArg, t_html};
use crate::paths;
pub use crate::serve::{cached, cached_until, html};
use crate::state::AppState;

/// Looks up a message in a template: `{{ t.t("nav-directory") }}`.
#[derive(Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn t(&self, id: &str) -> String {
        message(self.0, id, &[])
    }
}

/// A link: where it goes and what it says (a name in any script, shown isolated).
pub struct Link {
    pub href: String,
    pub text: String,
}

/// A choice of a select or a set of radio buttons.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A labelled value: a fact on a page, an answer to a question.
pub struct Fact {
    pub label: String,
    pub value: String,
}

pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct LangLink {
    pub code: &'static str,
    pub autonym: &'static str,
    pub href: String,
    pub current: bool,
}

pub struct UserBox {
    pub signed_in_as: String,
    pub csrf: String,
}

/// What every page shows around its content.
pub struct Frame {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub site_name: String,
    pub tagline: String,
    pub skip: String,
    pub nav: Vec<NavLink>,
    pub user: Option<UserBox>,
    pub signin_href: String,
    pub signin_label: String,
    pub account_label: String,
    pub signout_label: String,
    pub switcher_label: String,
    pub languages: Vec<LangLink>,
    pub about: String,
    pub api: String,
    pub css_version: &'static str,
    /// A one-line notice at the top (saved, signed out).
    pub notice: Option<String>,
}

/// Part of the stylesheet's address, so browsers may keep it for a year.
static CSS: &str = include_str!("../../static/sangam.css");
static CSS_VERSION: LazyLock<String> = LazyLock::new(|| {
    let hash = CSS.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash as u32)
});

pub fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

impl Frame {
    /// The frame of a page about something named (an affiliate): its title as text, and
    /// the page's heading as HTML with the name isolated, both from message `id`.
    pub fn named(ctx: &Ctx, id: &str, name: &str) -> (Frame, String) {
        let lang = ctx.lang;
        let title = message(lang, id, &[("name", name.into())]);
        let heading = t_html(lang, id, &[("name", HtmlArg::Name(name))]);
        (Frame::new(ctx, title), heading)
    }

    pub fn new(ctx: &Ctx, title: String) -> Frame {
        let lang = ctx.lang;
        let t = |id: &str| message(lang, id, &[]);
        let section = |href: &str| match href {
            paths::AFFILIATES => ctx.path == paths::HOME || ctx.path == paths::AFFILIATES,
            other => ctx.path.starts_with(other),
        };
        let nav = [
            (paths::AFFILIATES, "nav-directory"),
            (paths::HUBS, "nav-hubs"),
            (paths::FORMER_AFFILIATES, "nav-former"),
            (paths::CAMPAIGNS, "nav-campaigns"),
        ]
        .into_iter()
        .map(|(href, id)| NavLink {
            href,
            label: t(id),
            current: section(href),
        })
        .collect();
        let user = match (&ctx.session, ctx.viewer.account()) {
            (Session::Cookie { csrf, .. }, Some(account)) => Some(UserBox {
                signed_in_as: t_html(
                    lang,
                    "nav-signed-in-as",
                    &[("username", HtmlArg::Name(account.username.as_str()))],
                ),
                csrf: csrf.clone(),
            }),
            _ => None,
        };
        // The switcher returns to this page without its uselang, which would override the choice.
        let here = strip_param(&ctx.uri, "uselang");
        let languages = Lang::all()
            .map(|l| LangLink {
                code: l.code(),
                autonym: l.info().autonym,
                href: format!(
                    "{}?set={}&return={}",
                    paths::language(),
                    l.code(),
                    encode(&here)
                ),
                current: l == lang,
            })
            .collect();
        Frame {
            lang: lang.code(),
            dir: lang.direction().as_str(),
            title,
            site_name: t("site-name"),
            tagline: t("site-tagline"),
            skip: t("skip-to-content"),
            nav,
            user,
            signin_href: format!("{}?return={}", paths::signin(), encode(&here)),
            signin_label: t("nav-sign-in"),
            account_label: t("nav-account"),
            signout_label: t("nav-sign-out"),
            switcher_label: t("lang-switcher-label"),
            languages,
            about: t("footer-about"),
            api: t("footer-api"),
            css_version: CSS_VERSION.as_str(),
            notice: done_notice(ctx),
        }
    }
}

/// The confirmation a redirect after a form asks for (`?done=saved`).
fn done_notice(ctx: &Ctx) -> Option<String> {
    let done = query_param(ctx.uri.split_once('?').map(|(_, q)| q), "done")?;
    let id = match done.as_str() {
        "saved" => "edit-saved",
        "created" => "edit-created",
        "signed_out" => "signout-done",
        "prefs" => "account-saved",
        "joined" => "members-joined",
        "applied" => "members-applied",
        "left" => "members-left",
        "imported" => "members-imported",
        _ => return None,
    };
    Some(message(ctx.lang, id, &[]))
}

/// `uri` without the query parameter `name`.
pub fn strip_param(uri: &str, name: &str) -> String {
    let Some((path, query)) = uri.split_once('?') else {
        return uri.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| p.split('=').next() != Some(name))
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

pub fn render(t: &impl Template) -> Result<String, WebError> {
    t.render()
        .map_err(|e| WebError::Domain(sangam_core::Error::internal(e)))
}

#[derive(Template)]
#[template(path = "frame/error.html")]
struct ErrorPage {
    frame: Frame,
    heading: String,
    message: String,
    fields: Vec<String>,
    signin: bool,
    t: Tr,
}

/// An error as a page in the reader's language.
pub fn error_page(ctx: &Ctx, err: &WebError) -> Response {
    err.log();
    let lang = ctx.lang;
    let fields = err
        .field_errors()
        .map(|f| {
            f.iter()
                .map(|e| crate::error::field_message(lang, e))
                .collect()
        })
        .unwrap_or_default();
    let page = ErrorPage {
        frame: Frame::new(ctx, message(lang, "error-title", &[])),
        heading: message(lang, "error-title", &[]),
        message: err.message(lang),
        fields,
        signin: matches!(
            err,
            WebError::SessionExpired | WebError::Domain(sangam_core::Error::Unauthenticated)
        ),
        t: Tr(lang),
    };
    let body = page.render().unwrap_or_else(|_| err.message(lang));
    let mut res = html(ctx, err.status(), body);
    if let Some(secs) = err.retry_after()
        && let Ok(v) = HeaderValue::from_str(&secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// A form's refusal as the page lists it: each field's message, or the one reason of a
/// conflict or a refusal of rights; anything else is an error page.
pub fn refusal(lang: Lang, e: Error) -> Result<Vec<String>, WebError> {
    match e {
        Error::Validation(f) => Ok(f.iter().map(|x| field_message(lang, x)).collect()),
        e @ (Error::Conflict(_) | Error::Forbidden(_)) => {
            Ok(vec![WebError::Domain(e).message(lang)])
        }
        other => Err(WebError::Domain(other)),
    }
}

/// After a form: done, a redirect to `done`; refused (a field, a conflict, a right), the
/// form's page again with the reasons, as `again` renders it; anything else, the error page.
pub async fn after_form<Fut>(
    ctx: &Ctx,
    outcome: Result<(), Error>,
    done: &str,
    again: impl FnOnce(Vec<String>) -> Fut,
) -> Result<Response, WebError>
where
    Fut: std::future::Future<Output = Result<Response, WebError>>,
{
    match outcome {
        Ok(()) => Ok(see_other(done)),
        Err(err) => again(refusal(ctx.lang, err)?).await,
    }
}

/// A numeric id from a page's path; anything else is not found.
pub(crate) fn id_of<T: std::str::FromStr>(s: &str) -> Result<T, WebError> {
    s.parse().map_err(|_| WebError::not_found())
}

/// A redirect after a successful form (303, so the browser follows with a GET).
pub fn see_other(location: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// A local path to return to after a form; anything else goes home. The candidate is read
/// as a browser reads a link on this site (the URL standard: tabs and line breaks dropped,
/// a backslash a slash) and kept only if it stays on the site; what is returned is that
/// reading, so the browser follows exactly what was checked.
pub fn safe_return(candidate: Option<String>) -> String {
    const SITE: &str = "http://sangam.invalid/";
    let home = || "/".to_string();
    let Some(p) = candidate else {
        return home();
    };
    // Only a path: no scheme, no host, nothing a browser would quietly drop or turn around.
    if !p.starts_with('/')
        || p.starts_with("//")
        || p.chars()
            .any(|c| c == '\\' || c.is_whitespace() || c.is_control())
    {
        return home();
    }
    let Ok(site) = url::Url::parse(SITE) else {
        return home();
    };
    let Ok(joined) = site.join(&p) else {
        return home();
    };
    if joined.origin() != site.origin() || joined.path().starts_with("//") {
        return home();
    }
    let mut out = joined.path().to_string();
    if let Some(q) = joined.query() {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = joined.fragment() {
        out.push('#');
        out.push_str(f);
    }
    out
}

pub async fn stylesheet() -> Response {
    let mut res = CSS.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    res
}

/// For load balancers: answers once the database does. The page cache's figures ride
/// along in a header, for whoever watches the server's memory.
pub async fn health(State(state): State<AppState>) -> Response {
    match state.app().healthy().await {
        Ok(_) => {
            let c = state.cache().stats();
            let figures = format!(
                "entries={} bytes={} budget={}",
                c.entries, c.bytes, c.budget
            );
            let mut res = (StatusCode::OK, "ok").into_response();
            if let Ok(v) = HeaderValue::from_str(&figures) {
                res.headers_mut().insert("x-page-cache", v);
            }
            res
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}

/// A page number from the query (1-based).
pub fn page_param(ctx: &Ctx) -> usize {
    query_param(ctx.uri.split_once('?').map(|(_, q)| q), "page")
        .and_then(|p| p.parse::<usize>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}
