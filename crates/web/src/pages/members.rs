//! Membership pages: the public member list as the wiki shows it (name, talk link, sign-up
//! date), joining and leaving, and the organizers' tools: applications, roles, eligibility
//! rules, importing a wiki sign-up list (with a preview), and CSV and wikitext exports.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sangam_core::account::{AffiliateId, AffiliateRole, Viewer};
use sangam_core::affiliate::{Affiliate, AffiliateDraft, apply, authorize};
use sangam_core::error::Error;
use sangam_core::membership::{
    AnswerDraft, Application, ApplicationDraft, MemberKind, MembershipStatus, QuestionDraft, Rules,
    RulesDraft, evaluate, may_see_answers,
};
use sangam_core::signature::{self, ParsedList};
use sangam_db::membership::{MemberOrder, MemberRow};
use sangam_i18n::{Lang, format, message, names};

use super::affiliate::text_view;
use super::directory::{Choice, display_name, not_found};
use super::{Frame, Tr, cached, html, page_param, render, see_other};
use crate::AppState;
use crate::ctx::{Ctx, query_param};
use crate::error::{WebError, field_message};
use crate::extract::{CsrfForm, Path};
use crate::forms::FormData;
use crate::html::{escape, user_link};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/affiliates/{slug}/members", get(list))
        .route("/affiliates/{slug}/members.wiki", get(wikitext))
        .route("/affiliates/{slug}/members.csv", get(csv))
        .route("/affiliates/{slug}/join", get(join_form).post(join))
        .route("/affiliates/{slug}/leave", post(leave))
        .route("/affiliates/{slug}/members/{id}/decision", post(decide))
        .route("/affiliates/{slug}/members/{id}/roles", post(set_roles))
        .route(
            "/affiliates/{slug}/members/import",
            get(import_form).post(import),
        )
        .route(
            "/affiliates/{slug}/members/rules",
            get(rules_form).post(save_rules),
        )
}

pub const PAGE_SIZE: usize = 50;

fn query(ctx: &Ctx) -> Option<&str> {
    ctx.uri.split_once('?').map(|(_, q)| q)
}

/// A member's name as the wiki shows it: linked to the user page, then the talk page.
pub fn member_html(lang: Lang, m: &MemberRow) -> String {
    let title = sangam_core::affiliate::percent_encode_path(&m.username.wiki_title());
    let person = format!(
        "{} (<a href=\"https://meta.wikimedia.org/wiki/User_talk:{title}\">{}</a>)",
        user_link(m.username.as_str()),
        escape(&message(lang, "members-talk", &[]))
    );
    match &m.institution {
        Some(inst) => format!("<bdi>{}</bdi> — {person}", escape(inst)),
        None => person,
    }
}

/// A sign-up time in the reader's locale, or a dash.
pub fn signed_up(lang: Lang, m: &MemberRow) -> (String, String) {
    match m.signed_up_at {
        Some(t) => (format::date(lang, t.date_utc()), t.to_rfc3339()),
        None => (message(lang, "members-no-date", &[]), String::new()),
    }
}

pub struct RoleBox {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct MemberView {
    pub id: i64,
    pub html: String,
    pub date: String,
    pub iso: String,
    pub roles: Vec<RoleBox>,
}

pub struct Pending {
    pub id: i64,
    pub html: String,
    pub date: String,
    /// The answers, when the viewer may see them.
    pub answers: Option<Vec<(String, String)>>,
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    count: String,
    by_date: bool,
    start: usize,
    members: Vec<MemberView>,
    pages: String,
    previous: Option<String>,
    next: Option<String>,
    /// `anonymous`, `none`, `active` or `pending`: what the join control shows.
    state: &'static str,
    one_click: bool,
    csrf: String,
    organizer: bool,
    pending: Vec<Pending>,
    review: bool,
}

const ROLES: [AffiliateRole; 3] = [
    AffiliateRole::Board,
    AffiliateRole::Contact,
    AffiliateRole::Founder,
];

fn role_label(lang: Lang, role: AffiliateRole) -> String {
    let id = match role {
        AffiliateRole::Board => "role-board",
        AffiliateRole::Contact => "role-contact",
        AffiliateRole::Founder => "role-founder",
        AffiliateRole::Admin => "field-admins",
    };
    message(lang, id, &[])
}

/// The answers of an application, labelled, for those who may see them.
pub fn answers_view(lang: Lang, rules: &Rules, app: &Application) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let t = |id: &str| message(lang, id, &[]);
    if app.kind() == MemberKind::Institution {
        out.push((t("join-kind"), t("join-kind-institution")));
    }
    if let Some(a) = app.age {
        out.push((t("join-age"), format::number(lang, i64::from(a))));
    }
    if let Some(c) = &app.country {
        out.push((t("join-country"), names::country(lang, c.as_str())));
    }
    if let Some(i) = &app.institution {
        out.push((t("join-institution"), i.clone()));
    }
    if let Some(c) = &app.institution_country {
        out.push((
            t("join-institution-country"),
            names::country(lang, c.as_str()),
        ));
    }
    if let Some(n) = app.edit_count {
        out.push((
            t("join-edit-count"),
            format!(
                "{} ({})",
                format::number(lang, i64::from(n)),
                t("join-unverified")
            ),
        ));
    }
    if let Some(d) = app.account_created {
        out.push((
            t("join-account-created"),
            format!("{} ({})", format::date(lang, d), t("join-unverified")),
        ));
    }
    for (qid, answer) in &app.answers {
        let question = rules
            .questions
            .iter()
            .find(|q| q.id == *qid)
            .map(|q| q.text.pick(lang.info().content_fallbacks).0.to_string())
            .unwrap_or_else(|| format!("#{qid}"));
        out.push((question, answer.clone()));
    }
    out
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let a = state.db().affiliate(slug).await?.ok_or_else(not_found)?;
    let by_date = query_param(query(ctx), "sort").as_deref() != Some("name");
    let order = if by_date {
        MemberOrder::Date
    } else {
        MemberOrder::Name(lang.code().to_string())
    };
    let page = page_param(ctx);
    let (rows, total) = state
        .db()
        .members(
            a.id,
            MembershipStatus::Active,
            &order,
            (page - 1) * PAGE_SIZE,
            PAGE_SIZE,
        )
        .await?;
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let organizer = ctx.viewer.administers(a.id);
    let link = |p: usize| {
        let sort = if by_date { "" } else { "sort=name&" };
        format!("/affiliates/{slug}/members?{sort}page={p}")
    };
    let members = rows
        .iter()
        .map(|m| {
            let (date, iso) = signed_up(lang, m);
            let roles = if organizer {
                ROLES
                    .iter()
                    .map(|r| RoleBox {
                        value: r.as_str(),
                        label: role_label(lang, *r),
                        checked: a
                            .people
                            .iter()
                            .any(|(role, u)| role == r && *u == m.username),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            MemberView {
                id: m.id,
                html: member_html(lang, m),
                date,
                iso,
                roles,
            }
        })
        .collect();
    let own = match ctx.viewer.account() {
        Some(acc) => state
            .db()
            .memberships_of(acc.id)
            .await?
            .into_iter()
            .find(|m| m.affiliate_id == a.id && m.kind == MemberKind::Individual)
            .map(|m| m.status),
        None => None,
    };
    let join_state = match (ctx.viewer.account(), own) {
        (None, _) => "anonymous",
        (Some(_), Some(MembershipStatus::Active)) => "active",
        (Some(_), Some(MembershipStatus::Pending)) => "pending",
        (Some(_), _) => "none",
    };
    let rules = state.db().membership_rules(a.id).await?;
    let mut pending = Vec::new();
    if organizer {
        let (rows, _) = state
            .db()
            .members(a.id, MembershipStatus::Pending, &MemberOrder::Date, 0, 500)
            .await?;
        for m in rows {
            let answers = if may_see_answers(&ctx.viewer, a.id, m.user_id) {
                state
                    .db()
                    .answers(m.id)
                    .await?
                    .map(|app| answers_view(lang, &rules, &app))
            } else {
                None
            };
            let (date, _) = signed_up(lang, &m);
            pending.push(Pending {
                id: m.id,
                html: member_html(lang, &m),
                date,
                answers,
            });
        }
    }
    let (name, _) = display_name(lang, &a);
    let view = MembersPage {
        frame: Frame::new(
            ctx,
            message(lang, "members-title", &[("name", name.as_str().into())]),
        ),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading: crate::html::t_html(
            lang,
            "members-title",
            &[("name", crate::html::HtmlArg::Name(&name))],
        ),
        count: message(lang, "members-count", &[("count", total.into())]),
        by_date,
        start: (page - 1) * PAGE_SIZE + 1,
        members,
        pages: message(
            lang,
            "pagination-page",
            &[("page", page.into()), ("pages", pages.into())],
        ),
        previous: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        state: join_state,
        one_click: !rules.asks_anything(),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        organizer,
        pending,
        review: rules.review,
    };
    Ok((render(&view)?, "text/html; charset=utf-8"))
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached(&state, &ctx, &headers, || list_page(&state, &ctx, &slug)).await
}

/// The active members as a numbered wikitext list, oldest first, ready for Meta-Wiki.
pub async fn wikitext_of(state: &AppState, a: &Affiliate) -> Result<String, WebError> {
    let (rows, _) = state
        .db()
        .members(
            a.id,
            MembershipStatus::Active,
            &MemberOrder::Date,
            0,
            usize::MAX >> 1,
        )
        .await?;
    let mut out = String::with_capacity(rows.len() * 100);
    for m in rows.iter().filter(|m| m.kind == MemberKind::Individual) {
        out.push_str(&signature::wikitext_line(&m.username, m.signed_up_at));
        out.push('\n');
    }
    Ok(out)
}

async fn wikitext(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    cached(&state, &ctx, &headers, || async {
        let a = state.db().affiliate(&slug).await?.ok_or_else(not_found)?;
        Ok((wikitext_of(&state, &a).await?, "text/plain; charset=utf-8"))
    })
    .await
}

/// A CSV field, quoted, and defused so a spreadsheet does not run it as a formula.
pub(crate) fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Every membership of an affiliate as CSV, for its organizers. Answers are included only
/// for those allowed to see them.
pub async fn csv_of(state: &AppState, viewer: &Viewer, a: &Affiliate) -> Result<String, WebError> {
    let mut out = String::from(
        "username,kind,institution,status,signed_up_at,imported,has_account,roles,age,country,institution_country,edit_count,account_created,answers\n",
    );
    for status in [
        MembershipStatus::Active,
        MembershipStatus::Pending,
        MembershipStatus::Declined,
        MembershipStatus::Left,
    ] {
        let (rows, _) = state
            .db()
            .members(a.id, status, &MemberOrder::Date, 0, usize::MAX >> 1)
            .await?;
        for m in rows {
            let roles: Vec<&str> = a
                .people
                .iter()
                .filter(|(_, u)| *u == m.username)
                .map(|(r, _)| r.as_str())
                .collect();
            let app = if may_see_answers(viewer, a.id, m.user_id) {
                state.db().answers(m.id).await?
            } else {
                None
            };
            let app = app.unwrap_or_default();
            let fields = [
                m.username.to_string(),
                m.kind.as_str().to_string(),
                m.institution.clone().unwrap_or_default(),
                m.status.as_str().to_string(),
                m.signed_up_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                (m.imported as u8).to_string(),
                (m.has_account as u8).to_string(),
                roles.join(" "),
                app.age.map(|a| a.to_string()).unwrap_or_default(),
                app.country.map(|c| c.to_string()).unwrap_or_default(),
                app.institution_country
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                app.edit_count.map(|n| n.to_string()).unwrap_or_default(),
                app.account_created
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                app.answers
                    .iter()
                    .map(|(q, a)| format!("{q}: {a}"))
                    .collect::<Vec<_>>()
                    .join(" | "),
            ];
            out.push_str(
                &fields
                    .iter()
                    .map(|f| csv_field(f))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push('\n');
        }
    }
    Ok(out)
}

async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    let body = csv_of(&state, &ctx.viewer, &a).await?;
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}-members.csv\"", a.slug))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

/// The affiliate, if the viewer organizes it (or is a site admin).
async fn organizer_of(state: &AppState, ctx: &Ctx, slug: &str) -> Result<Affiliate, WebError> {
    ctx.require_signed_in()?;
    let a = state.db().affiliate(slug).await?.ok_or_else(not_found)?;
    if !ctx.viewer.administers(a.id) {
        return Err(WebError::Domain(Error::Forbidden("not_affiliate_admin")));
    }
    Ok(a)
}

#[derive(Template)]
#[template(path = "join.html")]
struct JoinPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    csrf: String,
    terms: Vec<String>,
    policy: Option<super::affiliate::TextView>,
    refusals: Vec<String>,
    has_errors: bool,
    ask_kind: bool,
    institution: bool,
    fields: Vec<super::edit::Field>,
    review: bool,
}

/// The rules in words, for the join form.
pub fn terms(lang: Lang, rules: &Rules) -> Vec<String> {
    let countries = |codes: &[sangam_core::codes::CountryCode]| {
        let mut names: Vec<String> = codes
            .iter()
            .map(|c| names::country(lang, c.as_str()))
            .collect();
        format::sort_by_name(lang, &mut names, |s| s.as_str());
        format::list(lang, &names)
    };
    let mut out = Vec::new();
    if let Some(min) = rules.min_age {
        out.push(message(
            lang,
            "rule-min_age",
            &[("min", i64::from(min).into())],
        ));
    }
    if !rules.countries.is_empty() {
        out.push(message(
            lang,
            "rule-countries",
            &[("countries", countries(&rules.countries).into())],
        ));
    }
    if rules.allow_institutions {
        if rules.institution_countries.is_empty() {
            out.push(message(lang, "rule-institutions", &[]));
        } else {
            out.push(message(
                lang,
                "rule-institution_countries",
                &[("countries", countries(&rules.institution_countries).into())],
            ));
        }
    }
    if let Some(min) = rules.min_edits {
        out.push(message(
            lang,
            "rule-min_edits",
            &[("min", i64::from(min).into())],
        ));
    }
    if let Some(days) = rules.min_account_days {
        out.push(message(
            lang,
            "rule-min_account_days",
            &[("days", i64::from(days).into())],
        ));
    }
    if rules.review {
        out.push(message(lang, "rule-review", &[]));
    }
    out
}

fn country_choices(lang: Lang, selected: &str) -> Vec<Choice> {
    let mut items: Vec<Choice> = sangam_core::codes::countries()
        .iter()
        .map(|c| Choice {
            value: c.to_string(),
            label: names::country(lang, c),
            selected: *c == selected,
        })
        .collect();
    format::sort_by_name(lang, &mut items, |c| c.label.as_str());
    items
}

fn join_page(
    ctx: &Ctx,
    a: &Affiliate,
    rules: &Rules,
    form: &FormData,
    error: Option<&WebError>,
) -> JoinPage {
    let lang = ctx.lang;
    let errors = error.and_then(|e| e.field_errors());
    let err = |field: &str| {
        errors
            .and_then(|e| e.for_field(field))
            .map(|e| field_message(lang, e))
    };
    let value = |name: &str| form.get(name).unwrap_or("").to_string();
    let field = |name: &str, id: &str, kind: &'static str| super::edit::Field {
        name: name.to_string(),
        label: message(lang, id, &[]),
        kind,
        value: value(name),
        choices: Vec::new(),
        help: None,
        source: None,
        error: err(name),
        disabled: false,
        required: false,
    };
    let mut fields = Vec::new();
    if rules.min_age.is_some() {
        fields.push(field("age", "join-age", "number"));
    }
    if !rules.countries.is_empty() {
        fields.push(super::edit::Field {
            choices: country_choices(lang, &value("country")),
            ..field("country", "join-country", "select")
        });
    }
    if rules.allow_institutions {
        fields.push(super::edit::Field {
            help: Some(message(lang, "join-institution-help", &[])),
            ..field("institution", "join-institution", "text")
        });
        fields.push(super::edit::Field {
            choices: country_choices(lang, &value("institution_country")),
            ..field("institution_country", "join-institution-country", "select")
        });
    }
    if rules.min_edits.is_some() {
        fields.push(super::edit::Field {
            help: Some(message(lang, "join-unverified-help", &[])),
            ..field("edit_count", "join-edit-count", "number")
        });
    }
    if rules.min_account_days.is_some() {
        fields.push(super::edit::Field {
            help: Some(message(lang, "edit-day-help", &[])),
            ..field("account_created", "join-account-created", "text")
        });
    }
    for q in &rules.questions {
        let name = format!("answers.{}", q.id);
        fields.push(super::edit::Field {
            label: q.text.pick(lang.info().content_fallbacks).0.to_string(),
            required: q.required,
            ..field(&name, "join-answer", "textarea")
        });
    }
    let (name, _) = display_name(lang, a);
    JoinPage {
        frame: Frame::new(
            ctx,
            message(lang, "join-title", &[("name", name.as_str().into())]),
        ),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading: crate::html::t_html(
            lang,
            "join-title",
            &[("name", crate::html::HtmlArg::Name(&name))],
        ),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        terms: terms(lang, rules),
        policy: a
            .membership_policy
            .as_ref()
            .map(|p| text_view(lang, p, true)),
        refusals: error.map(|e| e.refusals(lang)).unwrap_or_default(),
        has_errors: errors.is_some(),
        ask_kind: rules.allow_institutions,
        institution: form.get("kind") == Some("institution"),
        fields,
        review: rules.review,
    }
}

async fn join_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let a = state.db().affiliate(&slug).await?.ok_or_else(not_found)?;
    let rules = state.db().membership_rules(a.id).await?;
    Ok(html(
        &ctx,
        StatusCode::OK,
        render(&join_page(&ctx, &a, &rules, &FormData::default(), None))?,
    ))
}

fn application_draft(form: &FormData) -> ApplicationDraft {
    let answers = form
        .0
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("answers.")
                .and_then(|id| id.parse().ok())
                .map(|question| AnswerDraft {
                    question,
                    answer: v.clone(),
                })
        })
        .collect();
    ApplicationDraft {
        kind: form.string("kind"),
        age: form.string("age"),
        country: form.string("country"),
        institution: form.string("institution"),
        institution_country: form.string("institution_country"),
        edit_count: form.string("edit_count"),
        account_created: form.string("account_created"),
        answers,
    }
}

/// Checks an application against the affiliate's rules and stores it.
pub async fn apply_to_join(
    state: &AppState,
    ctx: &Ctx,
    affiliate: AffiliateId,
    rules: &Rules,
    draft: &ApplicationDraft,
) -> Result<MemberRow, WebError> {
    let Some(account) = ctx.viewer.account() else {
        return Err(WebError::Domain(Error::Unauthenticated));
    };
    let today = ctx.now.date_utc();
    let app = draft.validate(rules, today)?;
    let refusals = evaluate(rules, &app, today);
    if !refusals.is_empty() {
        return Err(WebError::Domain(Error::NotEligible(refusals)));
    }
    Ok(state
        .db()
        .join(affiliate, account.id, &app, rules.review, ctx.now)
        .await?)
}

async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let a = state.db().affiliate(&slug).await?.ok_or_else(not_found)?;
    let rules = state.db().membership_rules(a.id).await?;
    match apply_to_join(&state, &ctx, a.id, &rules, &application_draft(&form)).await {
        Ok(m) => {
            let done = if m.status == MembershipStatus::Pending {
                "applied"
            } else {
                "joined"
            };
            Ok(see_other(&format!(
                "/affiliates/{slug}/members?done={done}"
            )))
        }
        Err(e @ WebError::Domain(Error::Validation(_) | Error::NotEligible(_))) => Ok(html(
            &ctx,
            e.status(),
            render(&join_page(&ctx, &a, &rules, &form, Some(&e)))?,
        )),
        Err(e) => Err(e),
    }
}

async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let Some(account) = ctx.viewer.account() else {
        return Err(WebError::Domain(Error::Unauthenticated));
    };
    let a = state.db().affiliate(&slug).await?.ok_or_else(not_found)?;
    state
        .db()
        .leave(
            a.id,
            account.id,
            form.get("institution").unwrap_or(""),
            ctx.now,
        )
        .await?;
    let back = if form.get("from") == Some("account") {
        "/account?done=left".to_string()
    } else {
        format!("/affiliates/{slug}/members?done=left")
    };
    Ok(see_other(&back))
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    let approve = match form.get("decision") {
        Some("approve") => true,
        Some("decline") => false,
        _ => return Err(WebError::Domain(Error::field("decision", "invalid_choice"))),
    };
    let actor = ctx
        .viewer
        .user_id()
        .ok_or(WebError::Domain(Error::Unauthenticated))?;
    state.db().decide(a.id, id, approve, actor, ctx.now).await?;
    Ok(see_other(&format!("/affiliates/{slug}/members?done=saved")))
}

/// Gives a member exactly the roles in `roles` (of board, contact person, founder).
pub async fn assign_roles(
    state: &AppState,
    ctx: &Ctx,
    a: &Affiliate,
    membership: i64,
    roles: &[AffiliateRole],
) -> Result<Affiliate, WebError> {
    let m = state
        .db()
        .membership(membership)
        .await?
        .filter(|m| m.affiliate_id == a.id)
        .ok_or_else(not_found)?;
    let names = |role: AffiliateRole| -> Option<Vec<String>> {
        let mut list: Vec<String> = a
            .people_in(role)
            .filter(|u| **u != m.username)
            .map(|u| u.to_string())
            .collect();
        if roles.contains(&role) {
            list.push(m.username.to_string());
        }
        Some(list)
    };
    let draft = AffiliateDraft {
        founders: names(AffiliateRole::Founder),
        board: names(AffiliateRole::Board),
        contacts: names(AffiliateRole::Contact),
        ..Default::default()
    };
    let changes = draft.validate(false)?;
    authorize(&ctx.viewer, Some(a), &changes)?;
    let new = apply(Some(a.clone()), changes, ctx.now)?;
    let saved = state
        .db()
        .update_affiliate(a, &new, ctx.viewer.user_id(), ctx.now)
        .await?;
    Ok(saved)
}

async fn set_roles(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    let mut roles = Vec::new();
    for r in form.all("role") {
        match AffiliateRole::parse(r).filter(|r| ROLES.contains(r)) {
            Some(role) => roles.push(role),
            None => return Err(WebError::Domain(Error::field("role", "invalid_choice"))),
        }
    }
    assign_roles(&state, &ctx, &a, id, &roles).await?;
    Ok(see_other(&format!("/affiliates/{slug}/members?done=saved")))
}

/// The largest signature list the import takes (pasted or from a file).
pub const IMPORT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// Reads uploaded bytes as the text of a signature list, or says clearly why not.
pub fn import_text(bytes: &[u8]) -> Result<String, Error> {
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(Error::field("text", "import_too_large"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::field("text", "import_empty"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::field("text", "import_utf16"));
    }
    if bytes.contains(&0) {
        return Err(Error::field("text", "import_binary"));
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| Error::field("text", "import_not_utf8"))
}

/// What an import would do: a summary, the entries, and the lines that cannot be read.
pub struct Preview {
    pub summary: String,
    pub rows: Vec<PreviewRow>,
    pub problems: Vec<ProblemRow>,
}

pub struct ProblemRow {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

pub struct PreviewRow {
    pub line: usize,
    pub name: String,
    pub date: String,
    pub already: bool,
}

#[derive(Template)]
#[template(path = "members_import.html")]
struct ImportPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    csrf: String,
    text: String,
    error: Option<String>,
    preview: Option<Preview>,
    can_apply: bool,
}

async fn import_page(
    state: &AppState,
    ctx: &Ctx,
    a: &Affiliate,
    text: &str,
    parsed: Option<&ParsedList>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let preview = match parsed {
        Some(list) => {
            let (existing, _) = state
                .db()
                .members(
                    a.id,
                    MembershipStatus::Active,
                    &MemberOrder::Date,
                    0,
                    usize::MAX >> 1,
                )
                .await?;
            let rows: Vec<PreviewRow> = list
                .entries
                .iter()
                .map(|e| PreviewRow {
                    line: e.line,
                    name: e.name.to_string(),
                    date: e
                        .at
                        .map(|t| {
                            format!(
                                "{} {}",
                                format::datetime_utc(lang, t),
                                message(lang, "members-utc", &[])
                            )
                        })
                        .unwrap_or_else(|| message(lang, "members-no-date", &[])),
                    already: existing.iter().any(|m| m.username == e.name),
                })
                .collect();
            let new = rows.iter().filter(|r| !r.already).count();
            let summary = message(
                lang,
                "import-summary",
                &[
                    ("entries", rows.len().into()),
                    ("new", new.into()),
                    ("problems", list.problems.len().into()),
                    ("skipped", list.skipped.into()),
                ],
            );
            let problems = list
                .problems
                .iter()
                .map(|p| ProblemRow {
                    line: p.line,
                    text: p.text.clone(),
                    reason: message(lang, &format!("import-problem-{}", p.code), &[]),
                })
                .collect();
            Some(Preview {
                summary,
                rows,
                problems,
            })
        }
        None => None,
    };
    let (name, _) = display_name(lang, a);
    let page = ImportPage {
        frame: Frame::new(
            ctx,
            message(lang, "import-title", &[("name", name.as_str().into())]),
        ),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading: crate::html::t_html(
            lang,
            "import-title",
            &[("name", crate::html::HtmlArg::Name(&name))],
        ),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        text: text.to_string(),
        error,
        can_apply: parsed.is_some_and(|p| p.problems.is_empty() && !p.entries.is_empty()),
        preview,
    };
    Ok(html(ctx, status, render(&page)?))
}

async fn import_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    import_page(&state, &ctx, &a, "", None, None, StatusCode::OK).await
}

async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    let raw = form.get("text").unwrap_or("");
    let text = match import_text(raw.as_bytes()) {
        Ok(t) => t,
        Err(e) => {
            let msg = WebError::Domain(e);
            let text = msg
                .field_errors()
                .and_then(|f| f.iter().next())
                .map(|f| field_message(ctx.lang, f));
            return import_page(
                &state,
                &ctx,
                &a,
                raw,
                None,
                text,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let parsed = signature::parse_list(&text);
    if form.get("action") == Some("apply") {
        if !parsed.problems.is_empty() || parsed.entries.is_empty() {
            let msg = message(ctx.lang, "import-fix-first", &[]);
            return import_page(
                &state,
                &ctx,
                &a,
                &text,
                Some(&parsed),
                Some(msg),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        let outcome = state
            .db()
            .import_members(a.id, &parsed.entries, ctx.viewer.user_id(), ctx.now)
            .await?;
        return Ok(see_other(&format!(
            "/affiliates/{slug}/members?done=imported&added={}",
            outcome.added
        )));
    }
    import_page(&state, &ctx, &a, &text, Some(&parsed), None, StatusCode::OK).await
}

#[derive(Template)]
#[template(path = "members_rules.html")]
struct RulesPage {
    frame: Frame,
    t: Tr,
    slug: String,
    heading: String,
    csrf: String,
    lang: String,
    review: bool,
    allow_institutions: bool,
    has_errors: bool,
    fields: Vec<super::edit::Field>,
    questions: Vec<(String, String, bool, Option<String>)>,
}

fn rules_page(
    ctx: &Ctx,
    a: &Affiliate,
    rules: &Rules,
    form: Option<&FormData>,
    error: Option<&WebError>,
) -> RulesPage {
    let lang = ctx.lang;
    let errors = error.and_then(|e| e.field_errors());
    let err = |field: &str| {
        errors
            .and_then(|e| e.for_field(field))
            .map(|e| field_message(lang, e))
    };
    let codes = |list: &[sangam_core::codes::CountryCode]| {
        list.iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let stored = |name: &str| -> String {
        match name {
            "min_age" => rules.min_age.map(|n| n.to_string()).unwrap_or_default(),
            "countries" => codes(&rules.countries),
            "institution_countries" => codes(&rules.institution_countries),
            "min_edits" => rules.min_edits.map(|n| n.to_string()).unwrap_or_default(),
            "min_account_days" => rules
                .min_account_days
                .map(|n| n.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    let value = |name: &str| match form {
        Some(f) => f.get(name).unwrap_or("").to_string(),
        None => stored(name),
    };
    let field = |name: &str, id: &str, kind: &'static str, help: Option<&str>| super::edit::Field {
        name: name.to_string(),
        label: message(lang, id, &[]),
        kind,
        value: value(name),
        choices: Vec::new(),
        help: help.map(|h| message(lang, h, &[])),
        source: None,
        error: err(name),
        disabled: false,
        required: false,
    };
    let fields = vec![
        field("min_age", "rules-min-age", "number", None),
        field(
            "countries",
            "rules-countries",
            "text",
            Some("edit-codes-help"),
        ),
        field(
            "institution_countries",
            "rules-institution-countries",
            "text",
            Some("rules-institution-countries-help"),
        ),
        field("min_edits", "rules-min-edits", "number", None),
        field("min_account_days", "rules-min-account-days", "number", None),
    ];
    let mut questions: Vec<(String, String, bool, Option<String>)> = match form {
        Some(f) => (0..QUESTION_SLOTS_MAX)
            .filter_map(|i| {
                f.get(&format!("question.{i}.text")).map(|text| {
                    (
                        f.get(&format!("question.{i}.id")).unwrap_or("").to_string(),
                        text.to_string(),
                        f.get(&format!("question.{i}.required")).is_some(),
                        err(&format!("questions.{i}.text")),
                    )
                })
            })
            .collect(),
        None => rules
            .questions
            .iter()
            .map(|q| {
                (
                    q.id.to_string(),
                    q.text.pick(lang.info().content_fallbacks).0.to_string(),
                    q.required,
                    None,
                )
            })
            .collect(),
    };
    for _ in 0..2 {
        questions.push((String::new(), String::new(), false, None));
    }
    let (name, _) = display_name(lang, a);
    RulesPage {
        frame: Frame::new(
            ctx,
            message(lang, "rules-title", &[("name", name.as_str().into())]),
        ),
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading: crate::html::t_html(
            lang,
            "rules-title",
            &[("name", crate::html::HtmlArg::Name(&name))],
        ),
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        lang: lang.code().to_string(),
        review: form
            .map(|f| f.get("review").is_some())
            .unwrap_or(rules.review),
        allow_institutions: form
            .map(|f| f.get("allow_institutions").is_some())
            .unwrap_or(rules.allow_institutions),
        has_errors: errors.is_some(),
        fields,
        questions,
    }
}

const QUESTION_SLOTS_MAX: usize = 40;

async fn rules_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    let rules = state.db().membership_rules(a.id).await?;
    Ok(html(
        &ctx,
        StatusCode::OK,
        render(&rules_page(&ctx, &a, &rules, None, None))?,
    ))
}

fn rules_draft(form: &FormData) -> RulesDraft {
    let questions = (0..QUESTION_SLOTS_MAX)
        .filter_map(|i| {
            form.get(&format!("question.{i}.text"))
                .map(|text| QuestionDraft {
                    id: form
                        .get(&format!("question.{i}.id"))
                        .and_then(|id| id.parse().ok()),
                    text: text.to_string(),
                    required: form.get(&format!("question.{i}.required")).is_some(),
                })
        })
        .collect();
    RulesDraft {
        review: form.get("review").is_some(),
        min_age: form.string("min_age"),
        countries: form.string("countries").into_iter().collect(),
        allow_institutions: form.get("allow_institutions").is_some(),
        institution_countries: form.string("institution_countries").into_iter().collect(),
        min_edits: form.string("min_edits"),
        min_account_days: form.string("min_account_days"),
        questions,
        lang: form.string("lang"),
    }
}

async fn save_rules(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = organizer_of(&state, &ctx, &slug).await?;
    match rules_draft(&form).validate(&a.name.source_lang) {
        Ok(changes) => {
            state
                .db()
                .save_membership_rules(a.id, &changes, ctx.viewer.user_id(), ctx.now)
                .await?;
            Ok(see_other(&format!("/affiliates/{slug}/members?done=saved")))
        }
        Err(e) => {
            let e = WebError::Domain(e);
            let rules = state.db().membership_rules(a.id).await?;
            Ok(html(
                &ctx,
                e.status(),
                render(&rules_page(&ctx, &a, &rules, Some(&form), Some(&e)))?,
            ))
        }
    }
}
