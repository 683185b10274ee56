//! An affiliate's public page: the infobox the wiki pages have, mission and goals in the
//! reader's language (or marked as shown in another), the map of countries served, a hub's
//! member affiliates, and the history of changes.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use sangam_core::account::AffiliateRole;
use sangam_core::affiliate::{Affiliate, AffiliateKind};
use sangam_core::text::Translatable;
use sangam_db::affiliates::HistoryEntry;
use sangam_i18n::{Lang, direction_of, format, message, names};

use super::directory::{
    AffiliateLink, affiliate_link, country_list, display_name, language_list, not_found,
};
use super::frame::{Frame, Tr, cached, render};
use crate::ctx::Ctx;
use crate::error::WebError;
use crate::extract::Path;
use crate::html::{HtmlArg, bdi, escape, paragraphs, t_html, user_link};
use crate::map;
use crate::paths;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AFFILIATE, get(profile))
        .route(paths::AFFILIATE_HISTORY, get(history))
        .route(paths::AFFILIATE_MAP, get(map_svg))
}

/// A translatable text as shown to one reader.
pub struct TextView {
    pub html: String,
    pub lang: String,
    pub dir: &'static str,
    /// Set when the text is not in the reader's language.
    pub note: Option<String>,
}

pub fn text_view(lang: Lang, t: &Translatable, block: bool) -> TextView {
    let (body, in_lang) = t.pick(lang.info().content_fallbacks);
    let same = in_lang == lang.code() || in_lang.split('-').next() == lang.code().split('-').next();
    TextView {
        html: if block {
            paragraphs(body)
        } else {
            escape(body)
        },
        lang: in_lang.to_string(),
        dir: direction_of(in_lang).as_str(),
        note: (!same).then(|| {
            message(
                lang,
                "profile-untranslated",
                &[("language", names::language(lang, in_lang).into())],
            )
        }),
    }
}

pub struct Fact {
    pub label: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "affiliates/profile.html")]
struct ProfilePage {
    frame: Frame,
    t: Tr,
    slug: String,
    name: TextView,
    logo: Option<Logo>,
    facts: Vec<Fact>,
    mission: Option<TextView>,
    goals: Vec<Goal>,
    policy: Option<TextView>,
    map_alt: Option<String>,
    hubs: Vec<AffiliateLink>,
    members: Vec<AffiliateLink>,
    is_hub: bool,
    history: Vec<String>,
    updated: String,
    can_edit: bool,
    /// "12 members", linking to the member list.
    member_count: String,
    /// The next report: what and when due; for its admins, how soon ("due in 7 days").
    next_report: Option<NextReport>,
    board: Option<BoardView>,
}

/// The logo: its thumbnail, its file page on Commons (the licence), its alternative text.
struct Logo {
    src: String,
    source: String,
    alt: String,
}

struct Goal {
    heading: TextView,
    body: TextView,
}

struct NextReport {
    /// The report, its period and the day it is due.
    what: String,
    /// How soon, for its admins.
    when: Option<String>,
}

/// The board from its recorded terms and structure.
struct BoardView {
    /// Who sits today, linked (HTML).
    now: Option<String>,
    /// The structure, a line a phase.
    phases: Vec<String>,
    /// Earlier boards, a line a term (HTML).
    before: Vec<String>,
}

/// The board of `a` on `today`, if anything about it is recorded.
fn board_view(lang: Lang, board: Option<&sangam_app::affiliates::Board>) -> Option<BoardView> {
    let sangam_app::affiliates::Board {
        now,
        before,
        phases,
    } = board?;
    let names = |terms: &[&sangam_db::elections::TermRow]| {
        let links: Vec<String> = terms.iter().map(|t| user_link(&t.username)).collect();
        format::list(lang, &links)
    };
    let now_line = now.iter().map(|t| t.ends_on).min().map(|end| {
        let sitting: Vec<&sangam_db::elections::TermRow> = now.iter().collect();
        t_html(
            lang,
            "board-now",
            &[
                ("names", HtmlArg::Html(names(&sitting))),
                ("end", HtmlArg::Text(&format::date(lang, end))),
            ],
        )
    });
    // Earlier terms, one line for each span of days.
    let mut spans: Vec<(jiff::civil::Date, jiff::civil::Date)> = Vec::new();
    for t in before {
        if !spans.contains(&(t.starts_on, t.ends_on)) {
            spans.push((t.starts_on, t.ends_on));
        }
    }
    let before_lines = spans
        .iter()
        .map(|&(start, end)| {
            let sat: Vec<&sangam_db::elections::TermRow> = before
                .iter()
                .filter(|t| (t.starts_on, t.ends_on) == (start, end))
                .collect();
            t_html(
                lang,
                "board-before",
                &[
                    ("names", HtmlArg::Html(names(&sat))),
                    ("start", HtmlArg::Text(&format::date(lang, start))),
                    ("end", HtmlArg::Text(&format::date(lang, end))),
                ],
            )
        })
        .collect();
    let phases = phases
        .iter()
        .map(|p| {
            let how = message(lang, &format!("board-chosen-{}", p.chosen_by.as_str()), &[]);
            message(
                lang,
                "board-phase",
                &[
                    ("year", i64::from(p.from_year).into()),
                    ("seats", i64::from(p.seats).into()),
                    ("months", i64::from(p.term_months).into()),
                    ("how", how.into()),
                ],
            )
        })
        .collect();
    Some(BoardView {
        now: now_line,
        phases,
        before: before_lines,
    })
}

fn people(a: &Affiliate, role: AffiliateRole, lang: Lang) -> Option<String> {
    let links: Vec<String> = a.people_in(role).map(|u| user_link(u.as_str())).collect();
    (!links.is_empty()).then(|| format::list(lang, &links))
}

fn facts(lang: Lang, a: &Affiliate) -> Vec<Fact> {
    let t = |id: &str| message(lang, id, &[]);
    let mut out = Vec::new();
    let mut add = |id: &str, html: Option<String>| {
        if let Some(html) = html.filter(|h| !h.is_empty()) {
            out.push(Fact {
                label: message(lang, id, &[]),
                html,
            });
        }
    };
    let (_, shown) = a.name.pick(lang.info().content_fallbacks);
    let others: Vec<String> = a
        .name
        .versions
        .iter()
        .filter(|(l, _)| l.as_str() != shown)
        .map(|(l, v)| {
            format!(
                "<bdi lang=\"{}\">{}</bdi> ({})",
                escape(l),
                escape(&v.body),
                escape(&names::language(lang, l))
            )
        })
        .collect();
    add(
        "field-other-names",
        (!others.is_empty()).then(|| others.join("; ")),
    );
    add("field-kind", Some(escape(&t(&format!("kind-{}", a.kind)))));
    add(
        "field-status",
        Some(format!(
            "<span class=\"st st-{}\">{}</span>",
            a.status,
            escape(&t(&format!("status-{}", a.status)))
        )),
    );
    add("field-founders", people(a, AffiliateRole::Founder, lang));
    add("field-key-people", people(a, AffiliateRole::Board, lang));
    if let Some(m) = &a.motto {
        let v = text_view(lang, m, false);
        add(
            "field-motto",
            Some(format!(
                "<q lang=\"{}\" dir=\"{}\">{}</q>",
                v.lang, v.dir, v.html
            )),
        );
    }
    let country = a.country.as_ref().map(|c| names::country(lang, c.as_str()));
    add(
        "field-location",
        a.location
            .as_deref()
            .map(escape)
            .or_else(|| country.as_deref().map(escape)),
    );
    add(
        "field-country-code",
        a.country.as_ref().map(|c| escape(c.as_str())),
    );
    let regions: Vec<&str> = a.regions.iter().map(|c| c.as_str()).collect();
    add(
        "field-regions",
        (!regions.is_empty()).then(|| escape(&country_list(lang, &regions))),
    );
    add(
        "field-languages",
        (!a.languages.is_empty()).then(|| escape(&language_list(lang, &a.languages))),
    );
    add(
        "field-founded",
        a.founded.map(|d| escape(&format::partial_date(lang, d))),
    );
    add(
        "field-recognized",
        a.recognized.map(|d| escape(&format::partial_date(lang, d))),
    );
    add(
        "field-agreement",
        a.agreement.map(|(s, e)| {
            escape(&message(
                lang,
                "date-range",
                &[
                    ("start", format::date(lang, s).into()),
                    ("end", format::date(lang, e).into()),
                ],
            ))
        }),
    );
    add(
        "field-contact-people",
        people(a, AffiliateRole::Contact, lang),
    );
    add(
        "field-email",
        a.contacts
            .email
            .as_ref()
            .map(|e| format!("<span dir=\"ltr\">{}</span>", escape(&e.obfuscated()))),
    );
    add(
        "field-telegram",
        a.contacts.telegram.as_ref().map(|u| {
            format!(
                "<a href=\"{}\">{}</a>",
                escape(u.as_str()),
                escape(&t("profile-telegram-link"))
            )
        }),
    );
    add(
        "field-mailing-list",
        a.contacts.mailing_list.as_ref().map(|m| {
            if m.contains("://") {
                format!("<a href=\"{0}\" dir=\"ltr\">{0}</a>", escape(m))
            } else {
                format!(
                    "<span dir=\"ltr\">{}</span>",
                    escape(&m.replacen('@', "(_AT_)", 1))
                )
            }
        }),
    );
    add(
        "field-website",
        a.contacts
            .website
            .as_ref()
            .map(|u| format!("<a href=\"{0}\" dir=\"ltr\">{0}</a>", escape(u.as_str()))),
    );
    out
}

/// Field names as the history lists them.
fn field_label(lang: Lang, field: &str) -> String {
    let id = match field {
        "membership_policy" => "field-membership-policy",
        "board" => "field-key-people",
        "contacts_people" => "field-contact-people",
        "agreement" => "field-agreement",
        other => return message(lang, &format!("field-{other}").replace('_', "-"), &[]),
    };
    message(lang, id, &[])
}

/// One history entry as HTML.
pub fn history_html(lang: Lang, e: &HistoryEntry) -> String {
    let actor = match &e.actor {
        Some(u) => HtmlArg::Html(user_link(u.as_str())),
        None => HtmlArg::Html(bdi(&message(lang, "history-actor-system", &[]))),
    };
    let text = match e.action.as_str() {
        "created" => t_html(lang, "history-created", &[("actor", actor)]),
        "status" => {
            let status = |k: &str| {
                message(
                    lang,
                    &format!("status-{}", e.detail[k].as_str().unwrap_or("")),
                    &[],
                )
            };
            let (from, to) = (status("from"), status("to"));
            t_html(
                lang,
                "history-status",
                &[
                    ("actor", actor),
                    ("from", HtmlArg::Text(&from)),
                    ("to", HtmlArg::Text(&to)),
                ],
            )
        }
        "notice" => {
            let text = e.detail["text"].as_str().unwrap_or("");
            t_html(
                lang,
                "history-notice",
                &[
                    ("actor", actor),
                    ("text", HtmlArg::Html(format!("<q>{}</q>", escape(text)))),
                ],
            )
        }
        "hub_members" => t_html(lang, "history-hub-members", &[("actor", actor)]),
        "count_failed" => {
            let title = e.detail["title"].as_str().unwrap_or("");
            t_html(
                lang,
                "history-count-failed",
                &[("title", HtmlArg::Text(title))],
            )
        }
        "members_imported" => {
            let added = e.detail["added"].as_i64().unwrap_or(0);
            let text = message(lang, "history-members-imported", &[("count", added.into())]);
            t_html(
                lang,
                "history-by",
                &[("actor", actor), ("what", HtmlArg::Text(&text))],
            )
        }
        "member_approved" | "member_declined" => {
            let member = e.detail["member"].as_str().unwrap_or("");
            let id = if e.action == "member_approved" {
                "history-member-approved"
            } else {
                "history-member-declined"
            };
            t_html(
                lang,
                id,
                &[
                    ("actor", actor),
                    ("member", HtmlArg::Html(user_link(member))),
                ],
            )
        }
        "membership_rules" => t_html(lang, "history-membership-rules", &[("actor", actor)]),
        "lifecycle_notice" => {
            let kind = e.detail["notice"].as_str().unwrap_or("");
            let what = message(lang, &format!("notice-{kind}"), &[]);
            t_html(
                lang,
                "history-by",
                &[("actor", actor), ("what", HtmlArg::Text(&what))],
            )
        }
        "report_filed" | "report_deferred" | "report_reviewed" | "report_period" => {
            let what = message(
                lang,
                &format!("history-{}", e.action.replace('_', "-")),
                &[],
            );
            t_html(
                lang,
                "history-by",
                &[("actor", actor), ("what", HtmlArg::Text(&what))],
            )
        }
        _ => {
            let fields: Vec<String> = e.detail["fields"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .filter_map(|v| v.as_str())
                        .map(|f| field_label(lang, f))
                        .collect()
                })
                .unwrap_or_default();
            let list = format::list(lang, &fields);
            t_html(
                lang,
                "history-updated",
                &[("actor", actor), ("fields", HtmlArg::Text(&list))],
            )
        }
    };
    let time = message(
        lang,
        "history-time",
        &[("time", format::datetime_utc(lang, e.at).into())],
    );
    format!(
        "<time datetime=\"{}\">{}</time> {}",
        e.at.to_rfc3339(),
        escape(&time),
        text
    )
}

/// The countries a page's map shows: the affiliate's own, and for a hub its members'.
fn map_countries(a: &Affiliate, members: &[Affiliate]) -> Vec<String> {
    let mut codes: Vec<String> = a
        .regions
        .iter()
        .chain(members.iter().flat_map(|m| m.regions.iter()))
        .map(|c| c.as_str().to_string())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

async fn profile_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let today = ctx.now.date_utc();
    let profile = sangam_app::affiliates::profile(state.app(), slug, today).await?;
    let a = &profile.affiliate;
    let history = &profile.history;
    let next_report = {
        sangam_app::reports::next_report(a, &profile.reports, today).map(|(r, s)| {
            let what = message(
                lang,
                "report-heading",
                &[
                    (
                        "report",
                        super::reports::kind_label(lang, r.requirement.kind).into(),
                    ),
                    (
                        "period",
                        sangam_app::reports::period_text(lang, r.requirement.period).into(),
                    ),
                ],
            );
            let due = message(
                lang,
                "report-due-on",
                &[("date", format::date(lang, s.due).into())],
            );
            let when = ctx
                .viewer
                .administers(a.id)
                .then(|| super::reports::when_text(lang, &s))
                .flatten();
            NextReport {
                what: format!("{what} · {due}"),
                when,
            }
        })
    };
    let name = text_view(lang, &a.name, false);
    let (plain_name, _) = display_name(lang, a);
    let countries = map_countries(a, &profile.links.members);
    let codes: Vec<&str> = countries.iter().map(String::as_str).collect();
    let map_alt = (!codes.is_empty()).then(|| {
        message(
            lang,
            "profile-map-alt",
            &[("countries", country_list(lang, &codes).into())],
        )
    });
    let mut hubs: Vec<AffiliateLink> = profile
        .links
        .hubs
        .iter()
        .map(|h| affiliate_link(lang, h))
        .collect();
    format::sort_by_name(lang, &mut hubs, |l| l.name.as_str());
    let mut members: Vec<AffiliateLink> = profile
        .links
        .members
        .iter()
        .map(|m| affiliate_link(lang, m))
        .collect();
    format::sort_by_name(lang, &mut members, |l| l.name.as_str());
    let page = ProfilePage {
        frame: Frame::new(ctx, plain_name.clone()),
        t: Tr(lang),
        slug: a.slug.to_string(),
        logo: a.logo.as_ref().map(|f| Logo {
            src: f.thumb_url(120),
            source: f.page_url(),
            alt: message(
                lang,
                "profile-logo-alt",
                &[("name", plain_name.as_str().into())],
            ),
        }),
        facts: facts(lang, a),
        mission: a.mission.as_ref().map(|m| text_view(lang, m, true)),
        goals: a
            .goals
            .iter()
            .map(|g| Goal {
                heading: text_view(lang, &g.heading, false),
                body: text_view(lang, &g.body, true),
            })
            .collect(),
        policy: a
            .membership_policy
            .as_ref()
            .map(|p| text_view(lang, p, true)),
        map_alt,
        hubs,
        members,
        is_hub: a.kind == AffiliateKind::Hub,
        history: history
            .iter()
            .take(5)
            .map(|e| history_html(lang, e))
            .collect(),
        updated: message(
            lang,
            "profile-updated",
            &[("date", format::date(lang, a.updated_at.date_utc()).into())],
        ),
        can_edit: ctx.viewer.administers(a.id),
        next_report,
        board: board_view(lang, profile.board.as_ref()),
        member_count: message(lang, "members-count", &[("count", profile.members.into())]),
        name,
    };
    Ok((render(&page)?, "text/html; charset=utf-8"))
}

async fn profile(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    // Who sits on the board and where reports stand change with the day.
    let until = super::reports::next_midnight(ctx.now);
    super::frame::cached_until(&state, &ctx, || async {
        profile_page(&state, &ctx, &slug)
            .await
            .map(|(body, ty)| (body, ty, Some(until)))
    })
    .await
}

#[derive(Template)]
#[template(path = "affiliates/history.html")]
struct HistoryPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    entries: Vec<String>,
}

async fn history_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let a = sangam_app::affiliates::affiliate(state.app(), slug).await?;
    let (name, _) = display_name(lang, &a);
    let entries = sangam_app::affiliates::history(state.app(), &a)
        .await?
        .iter()
        .map(|e| history_html(lang, e))
        .collect();
    let (frame, heading) = Frame::named(ctx, "history-title", &name);
    let page = HistoryPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
        entries,
    };
    Ok((render(&page)?, "text/html; charset=utf-8"))
}

async fn history(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached(&state, &ctx, || history_page(&state, &ctx, &slug)).await
}

async fn map_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str), WebError> {
    let a = sangam_app::affiliates::affiliate(state.app(), slug).await?;
    let links = sangam_app::affiliates::hub_links(state.app(), &a).await?;
    let countries = map_countries(&a, &links.members);
    let codes: Vec<&str> = countries.iter().map(String::as_str).collect();
    let title = message(
        ctx.lang,
        "profile-map-alt",
        &[("countries", country_list(ctx.lang, &codes).into())],
    );
    let svg = map::render(&codes, &title).ok_or_else(not_found)?;
    Ok((svg, "image/svg+xml; charset=utf-8"))
}

async fn map_svg(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached(&state, &ctx, || map_page(&state, &ctx, &slug)).await
}
