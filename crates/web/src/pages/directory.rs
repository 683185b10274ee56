//! The affiliate directory with its filters, the list of formerly active affiliates, and
//! the list of regional hubs. Names sort by the reader's collation.

use std::collections::BTreeSet;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use sangam_core::affiliate::{Affiliate, AffiliateKind, AffiliateStatus, DirectoryFilter};
use sangam_core::codes;
use sangam_core::error::Error;
use sangam_i18n::{Lang, format, message, names};

use super::frame::{Choice, Frame, Tr, cached, page_param, render};
use crate::ctx::Ctx;
use crate::error::WebError;
pub use crate::names::{country_list, display_name, language_list};
use crate::paths;
use crate::state::AppState;
use sangam_app::affiliates as app;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AFFILIATES, get(directory))
        .route(paths::FORMER_AFFILIATES, get(former))
        .route(paths::HUBS, get(hubs))
}

const PAGE_SIZE: usize = 50;

/// What "Serves" says in a row: the countries when few, else how many.
fn serves(lang: Lang, a: &Affiliate) -> String {
    let codes: Vec<&str> = a.regions.iter().map(|c| c.as_str()).collect();
    if codes.len() <= 3 {
        country_list(lang, &codes)
    } else {
        message(
            lang,
            "directory-serves-count",
            &[("count", codes.len().into())],
        )
    }
}

pub struct Row {
    pub slug: String,
    pub name: String,
    pub name_lang: String,
    pub kind: String,
    pub country: String,
    pub serves: String,
    pub languages: String,
    pub status: String,
    pub status_code: &'static str,
}

pub fn row(lang: Lang, a: &Affiliate) -> Row {
    let (name, name_lang) = display_name(lang, a);
    Row {
        slug: a.slug.to_string(),
        name,
        name_lang,
        kind: message(lang, &format!("kind-{}", a.kind), &[]),
        country: a
            .country
            .as_ref()
            .map(|c| names::country(lang, c.as_str()))
            .unwrap_or_default(),
        serves: serves(lang, a),
        languages: language_list(lang, &a.languages),
        status: message(lang, &format!("status-{}", a.status), &[]),
        status_code: a.status.as_str(),
    }
}

pub struct Filter {
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "affiliates/directory.html")]
struct DirectoryPage {
    frame: Frame,
    t: Tr,
    heading: String,
    intro: String,
    action: &'static str,
    filters: Vec<Filter>,
    include_former: bool,
    show_filters: bool,
    count: String,
    rows: Vec<Row>,
    pages: String,
    previous: Option<String>,
    next: Option<String>,
    can_create: bool,
}

fn choices(lang: Lang, selected: Option<&str>, mut items: Vec<(String, String)>) -> Vec<Choice> {
    format::sort_by_name(lang, &mut items, |(_, label)| label.as_str());
    items
        .into_iter()
        .map(|(value, label)| Choice {
            selected: selected == Some(value.as_str()),
            value,
            label,
        })
        .collect()
}

fn filters(lang: Lang, all: &[Affiliate], f: &DirectoryFilter) -> Vec<Filter> {
    let mut countries = BTreeSet::new();
    let mut languages = BTreeSet::new();
    for a in all {
        countries.extend(
            a.regions
                .iter()
                .chain(a.country.as_ref())
                .map(|c| c.as_str().to_string()),
        );
        languages.extend(a.languages.iter().map(|l| l.as_str().to_string()));
    }
    let regions: BTreeSet<&str> = countries
        .iter()
        .filter_map(|c| codes::subregion(c))
        .collect();
    let t = |id: &str| message(lang, id, &[]);
    vec![
        Filter {
            name: "region",
            label: t("filter-region"),
            choices: choices(
                lang,
                f.region.as_deref(),
                regions
                    .into_iter()
                    .map(|r| (r.to_string(), names::region(lang, r)))
                    .collect(),
            ),
        },
        Filter {
            name: "country",
            label: t("filter-country"),
            choices: choices(
                lang,
                f.country.as_deref(),
                countries
                    .iter()
                    .map(|c| (c.clone(), names::country(lang, c)))
                    .collect(),
            ),
        },
        Filter {
            name: "language",
            label: t("filter-language"),
            choices: choices(
                lang,
                f.language.as_deref(),
                languages
                    .iter()
                    .map(|l| (l.clone(), names::language(lang, l)))
                    .collect(),
            ),
        },
        Filter {
            name: "status",
            label: t("filter-status"),
            choices: AffiliateStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().into(),
                    label: t(&format!("status-{s}")),
                    selected: f.status == Some(*s),
                })
                .collect(),
        },
        Filter {
            name: "kind",
            label: t("filter-kind"),
            choices: AffiliateKind::ALL
                .iter()
                .map(|k| Choice {
                    value: k.as_str().into(),
                    label: t(&format!("kind-{k}")),
                    selected: f.kind == Some(*k),
                })
                .collect(),
        },
    ]
}

enum Listing {
    Directory,
    Former,
}

async fn listing(
    state: &AppState,
    ctx: &Ctx,
    which: Listing,
) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let (filter, listing) = match which {
        Listing::Directory => {
            let filter = crate::query::directory_filter(ctx)?;
            let listing = app::directory(state.app(), &filter, lang).await?;
            (filter, listing)
        }
        Listing::Former => (
            DirectoryFilter::default(),
            app::former(state.app(), lang).await?,
        ),
    };
    let all = &listing.all;
    let rows: Vec<Row> = listing.shown().map(|a| row(lang, a)).collect();
    let total = rows.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page_param(ctx).min(pages);
    let link = |p: usize| {
        let base = super::frame::strip_param(&ctx.uri, "page");
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}page={p}")
    };
    let rows: Vec<Row> = rows
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    let (heading, intro, action) = match which {
        Listing::Directory => (
            message(lang, "directory-title", &[]),
            message(lang, "directory-intro", &[]),
            paths::AFFILIATES,
        ),
        Listing::Former => (
            message(lang, "former-title", &[]),
            message(lang, "former-intro", &[]),
            paths::FORMER_AFFILIATES,
        ),
    };
    let page_view = DirectoryPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        heading,
        intro,
        action,
        filters: filters(lang, all, &filter),
        include_former: filter.include_former,
        show_filters: matches!(which, Listing::Directory),
        count: message(lang, "directory-count", &[("count", total.into())]),
        rows,
        pages: message(
            lang,
            "pagination-page",
            &[("page", page.into()), ("pages", pages.into())],
        ),
        previous: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        can_create: ctx.viewer.is_site_admin(),
    };
    Ok((render(&page_view)?, "text/html; charset=utf-8"))
}

pub async fn directory(State(state): State<AppState>, ctx: Ctx) -> Response {
    cached(&state, &ctx, || listing(&state, &ctx, Listing::Directory)).await
}

async fn former(State(state): State<AppState>, ctx: Ctx) -> Response {
    cached(&state, &ctx, || listing(&state, &ctx, Listing::Former)).await
}

/// A link to an affiliate: its address and its name in the reader's language (or the
/// one it is written in, named by `lang`).
pub struct AffiliateLink {
    pub slug: String,
    pub name: String,
    pub lang: String,
}

pub fn affiliate_link(lang: Lang, a: &Affiliate) -> AffiliateLink {
    let (name, l) = display_name(lang, a);
    AffiliateLink {
        slug: a.slug.to_string(),
        name,
        lang: l,
    }
}

pub struct HubRow {
    pub slug: String,
    pub name: String,
    pub name_lang: String,
    pub members: String,
    pub member_names: Vec<AffiliateLink>,
}

#[derive(Template)]
#[template(path = "affiliates/hubs.html")]
struct HubsPage {
    frame: Frame,
    t: Tr,
    hubs: Vec<HubRow>,
}

async fn hubs_page(state: &AppState, ctx: &Ctx) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let mut hubs: Vec<HubRow> = app::hubs(state.app())
        .await?
        .iter()
        .filter(|(hub, _)| hub.status.is_current())
        .map(|(hub, members)| {
            let (name, name_lang) = display_name(lang, hub);
            let mut member_names: Vec<AffiliateLink> =
                members.iter().map(|m| affiliate_link(lang, m)).collect();
            format::sort_by_name(lang, &mut member_names, |m| m.name.as_str());
            HubRow {
                slug: hub.slug.to_string(),
                name,
                name_lang,
                members: message(
                    lang,
                    "hub-affiliate-count",
                    &[("count", member_names.len().into())],
                ),
                member_names,
            }
        })
        .collect();
    format::sort_by_name(lang, &mut hubs, |h| h.name.as_str());
    let page = HubsPage {
        frame: Frame::new(ctx, message(lang, "hubs-title", &[])),
        t: Tr(lang),
        hubs,
    };
    Ok((render(&page)?, "text/html; charset=utf-8"))
}

async fn hubs(State(state): State<AppState>, ctx: Ctx) -> Response {
    cached(&state, &ctx, || hubs_page(&state, &ctx)).await
}

/// The error of a missing affiliate, for handlers that look one up by slug.
pub fn not_found() -> WebError {
    WebError::Domain(Error::NotFound)
}
