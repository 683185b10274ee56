//! Membership pages: the public member list as the wiki shows it (name, talk link, sign-up
//! date), joining and leaving, and the organizers' tools: applications, roles, eligibility
//! rules, importing a wiki sign-up list (with a preview), and CSV and wikitext exports.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sangam_core::account::AffiliateRole;
use sangam_core::affiliate::Affiliate;
use sangam_core::error::Error;
use sangam_core::membership::{
    AnswerDraft, Application, ApplicationDraft, MemberKind, MembershipStatus, QuestionDraft, Rules,
    RulesDraft,
};
use sangam_db::membership::{MemberOrder, MemberRow};
use sangam_i18n::{Lang, format, message, names};

use super::affiliate::text_view;
use super::directory::display_name;
use super::frame::{Choice, Fact, Frame, Tr, cached, html, page_param, render, see_other};
use crate::ctx::{Ctx, query_param};
use crate::error::{WebError, field_message};
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::html::{escape, user_link};
use crate::paths;
use crate::state::AppState;
use sangam_app::affiliates::{affiliate, organized};
use sangam_app::membership::{self as app, ImportPreview, PAGE_SIZE, ROLES};
use sangam_core::id::MembershipId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::MEMBERS, get(list))
        .route(paths::MEMBERS_WIKI, get(wikitext))
        .route(paths::MEMBERS_CSV, get(csv))
        .route(paths::JOIN, get(join_form).post(join))
        .route(paths::LEAVE, post(leave))
        .route(paths::MEMBER_DECISION, post(decide))
        .route(paths::MEMBER_ROLES, post(set_roles))
        .route(paths::MEMBERS_IMPORT, get(import_form).post(import))
        .route(paths::MEMBERS_RULES, get(rules_form).post(save_rules))
}

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
    pub answers: Option<Vec<Fact>>,
}

#[derive(Template)]
#[template(path = "members/members.html")]
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
pub fn answers_view(lang: Lang, rules: &Rules, app: &Application) -> Vec<Fact> {
    let mut out: Vec<(String, String)> = Vec::new();
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
    out.into_iter()
        .map(|(label, value)| Fact { label, value })
        .collect()
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> Result<(String, &'static str), WebError> {
    let lang = ctx.lang;
    let a = affiliate(state.app(), slug).await?;
    let by_date = query_param(query(ctx), "sort").as_deref() != Some("name");
    let order = if by_date {
        MemberOrder::Date
    } else {
        MemberOrder::Name(lang.code().to_string())
    };
    let page = page_param(ctx);
    let (rows, total) = app::page(state.app(), &a, &order, page).await?;
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let organizer = ctx.viewer.administers(a.id);
    let link = |p: usize| {
        let sort = if by_date { "" } else { "sort=name&" };
        format!("{}?{sort}page={p}", paths::members(slug))
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
                id: m.id.get(),
                html: member_html(lang, m),
                date,
                iso,
                roles,
            }
        })
        .collect();
    let own = app::own_status(state.app(), ctx.actor(), &a).await?;
    let join_state = match (ctx.viewer.account(), own) {
        (None, _) => "anonymous",
        (Some(_), Some(MembershipStatus::Active)) => "active",
        (Some(_), Some(MembershipStatus::Pending)) => "pending",
        (Some(_), _) => "none",
    };
    let rules = app::rules(state.app(), &a).await?;
    let mut pending = Vec::new();
    if let Ok(org) = sangam_app::affiliates::as_organizer(ctx.actor(), a.clone()) {
        for m in app::applications(state.app(), &org, 500).await? {
            let answers = app::answers(state.app(), ctx.actor(), a.id, &m)
                .await?
                .map(|app| answers_view(lang, &rules, &app));
            let (date, _) = signed_up(lang, &m);
            pending.push(Pending {
                id: m.id.get(),
                html: member_html(lang, &m),
                date,
                answers,
            });
        }
    }
    let (name, _) = display_name(lang, &a);
    let (frame, heading) = Frame::named(ctx, "members-title", &name);
    let view = MembersPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
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

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached(&state, &ctx, || list_page(&state, &ctx, &slug)).await
}

async fn wikitext(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Response {
    cached(&state, &ctx, || async {
        let a = affiliate(state.app(), &slug).await?;
        Ok((
            app::wikitext(state.app(), &a).await?,
            "text/plain; charset=utf-8",
        ))
    })
    .await
}

async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let body = app::csv(state.app(), ctx.actor(), &a).await?;
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

#[derive(Template)]
#[template(path = "members/join.html")]
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
    let (frame, heading) = Frame::named(ctx, "join-title", &name);
    JoinPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
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
    let a = affiliate(state.app(), &slug).await?;
    let rules = app::rules(state.app(), &a).await?;
    Ok(html(
        &ctx,
        StatusCode::OK,
        render(&join_page(&ctx, &a, &rules, &FormData::default(), None))?,
    ))
}

/// The join form: the application's fields, and the answer to question N as `answers.N`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct JoinForm {
    kind: Option<String>,
    age: Option<String>,
    country: Option<String>,
    institution: Option<String>,
    institution_country: Option<String>,
    edit_count: Option<String>,
    account_created: Option<String>,
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

fn application_draft(form: &FormData) -> Result<ApplicationDraft, WebError> {
    let f: JoinForm = form.parse()?;
    let answers = f
        .rest
        .into_iter()
        .filter_map(|(k, answer)| {
            k.strip_prefix("answers.")
                .and_then(|id| id.parse().ok())
                .map(|question| AnswerDraft { question, answer })
        })
        .collect();
    Ok(ApplicationDraft {
        kind: f.kind,
        age: f.age,
        country: f.country,
        institution: f.institution,
        institution_country: f.institution_country,
        edit_count: f.edit_count,
        account_created: f.account_created,
        answers,
    })
}

async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let a = affiliate(state.app(), &slug).await?;
    let rules = app::rules(state.app(), &a).await?;
    match app::join(
        state.app(),
        ctx.actor(),
        a.id,
        &rules,
        &application_draft(&form)?,
    )
    .await
    {
        Ok(m) => {
            let done = if m.status == MembershipStatus::Pending {
                "applied"
            } else {
                "joined"
            };
            Ok(see_other(&format!("{}?done={done}", paths::members(slug))))
        }
        Err(e @ (Error::Validation(_) | Error::NotEligible(_))) => {
            let e = WebError::Domain(e);
            Ok(html(
                &ctx,
                e.status(),
                render(&join_page(&ctx, &a, &rules, &form, Some(&e)))?,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// Leaving: the institution a membership is held for (empty for one's own), and the page
/// the form was on.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Leave {
    institution: String,
    from: String,
}

async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<Leave>,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let a = affiliate(state.app(), &slug).await?;
    app::leave(state.app(), ctx.actor(), &a, &form.institution).await?;
    let back = if form.from == "account" {
        format!("{}?done=left", paths::ACCOUNT)
    } else {
        format!("{}?done=left", paths::members(slug))
    };
    Ok(see_other(&back))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Decide {
    decision: Option<String>,
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, MembershipId)>,
    Form(form): Form<Decide>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let approve = app::parse_decision(form.decision.as_deref())?;
    app::decide(state.app(), ctx.actor(), &a, id, approve).await?;
    Ok(see_other(&format!("{}?done=saved", paths::members(slug))))
}

/// The roles checked.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Roles {
    #[serde(deserialize_with = "crate::forms::many")]
    role: Vec<String>,
}

async fn set_roles(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, MembershipId)>,
    Form(form): Form<Roles>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let mut roles = Vec::new();
    for r in &form.role {
        match AffiliateRole::parse(r).filter(|r| ROLES.contains(r)) {
            Some(role) => roles.push(role),
            None => return Err(WebError::Domain(Error::field("role", "invalid_choice"))),
        }
    }
    app::assign_roles(state.app(), ctx.actor(), &a, id, &roles).await?;
    Ok(see_other(&format!("{}?done=saved", paths::members(slug))))
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
#[template(path = "members/members_import.html")]
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
    ctx: &Ctx,
    a: &Affiliate,
    text: &str,
    parsed: Option<&ImportPreview>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let lang = ctx.lang;
    let preview = match parsed {
        Some(ImportPreview { list, already }) => {
            let rows: Vec<PreviewRow> = list
                .entries
                .iter()
                .zip(already)
                .map(|(e, already)| PreviewRow {
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
                    already: *already,
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
    let (frame, heading) = Frame::named(ctx, "import-title", &name);
    let page = ImportPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        text: text.to_string(),
        error,
        can_apply: parsed.is_some_and(|p| p.list.problems.is_empty() && !p.list.entries.is_empty()),
        preview,
    };
    Ok(html(ctx, status, render(&page)?))
}

async fn import_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    import_page(&ctx, &a, "", None, None, StatusCode::OK).await
}

/// A signature list pasted in, and whether to preview it or apply it (`action=apply`).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Import {
    text: String,
    action: String,
}

async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<Import>,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let raw = form.text.as_str();
    let text = match app::import_text(raw.as_bytes()) {
        Ok(t) => t,
        Err(e) => {
            let msg = WebError::Domain(e);
            let text = msg
                .field_errors()
                .and_then(|f| f.iter().next())
                .map(|f| field_message(ctx.lang, f));
            return import_page(&ctx, &a, raw, None, text, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let preview = app::preview_import(state.app(), &a, &text).await?;
    if form.action == "apply" {
        return match app::apply_import(state.app(), ctx.actor(), &a, &preview.list).await {
            Ok(outcome) => Ok(see_other(&format!(
                "{}?done=imported&added={}",
                paths::members(slug),
                outcome.added
            ))),
            Err(Error::Validation(_)) => {
                let msg = message(ctx.lang, "import-fix-first", &[]);
                import_page(
                    &ctx,
                    &a,
                    &text,
                    Some(&preview),
                    Some(msg),
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
            Err(e) => Err(e.into()),
        };
    }
    import_page(&ctx, &a, &text, Some(&preview), None, StatusCode::OK).await
}

#[derive(Template)]
#[template(path = "members/members_rules.html")]
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
    questions: Vec<QuestionField>,
}

/// A question of the membership form as the rules form shows it: its stored id (empty
/// for a new one), its text, whether it must be answered, and what was wrong with it.
#[derive(Default)]
struct QuestionField {
    id: String,
    text: String,
    required: bool,
    error: Option<String>,
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
    let mut questions: Vec<QuestionField> = match form {
        Some(f) => (0..QUESTION_SLOTS_MAX)
            .filter_map(|i| {
                f.get(&format!("question.{i}.text"))
                    .map(|text| QuestionField {
                        id: f.get(&format!("question.{i}.id")).unwrap_or("").to_string(),
                        text: text.to_string(),
                        required: f.get(&format!("question.{i}.required")).is_some(),
                        error: err(&format!("questions.{i}.text")),
                    })
            })
            .collect(),
        None => rules
            .questions
            .iter()
            .map(|q| QuestionField {
                id: q.id.to_string(),
                text: q.text.pick(lang.info().content_fallbacks).0.to_string(),
                required: q.required,
                error: None,
            })
            .collect(),
    };
    // Two empty slots for new questions.
    for _ in 0..2 {
        questions.push(QuestionField::default());
    }
    let (name, _) = display_name(lang, a);
    let (frame, heading) = Frame::named(ctx, "rules-title", &name);
    RulesPage {
        frame,
        t: Tr(lang),
        slug: a.slug.to_string(),
        heading,
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
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    let rules = app::rules(state.app(), &a).await?;
    Ok(html(
        &ctx,
        StatusCode::OK,
        render(&rules_page(&ctx, &a, &rules, None, None))?,
    ))
}

/// The rules form; question N as `question.N.text`, `question.N.id` (a stored question)
/// and `question.N.required`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct RulesForm {
    #[serde(deserialize_with = "crate::forms::checkbox")]
    review: bool,
    min_age: Option<String>,
    countries: Option<String>,
    #[serde(deserialize_with = "crate::forms::checkbox")]
    allow_institutions: bool,
    institution_countries: Option<String>,
    min_edits: Option<String>,
    min_account_days: Option<String>,
    lang: Option<String>,
    #[serde(flatten)]
    questions: BTreeMap<String, String>,
}

fn rules_draft(form: &FormData) -> Result<RulesDraft, WebError> {
    let f: RulesForm = form.parse()?;
    let field = |i: usize, name: &str| f.questions.get(&format!("question.{i}.{name}"));
    let questions = (0..QUESTION_SLOTS_MAX)
        .filter_map(|i| {
            field(i, "text").map(|text| QuestionDraft {
                id: field(i, "id").and_then(|id| id.parse().ok()),
                text: text.clone(),
                required: field(i, "required").is_some(),
            })
        })
        .collect();
    Ok(RulesDraft {
        review: f.review,
        min_age: f.min_age,
        countries: f.countries.into_iter().collect(),
        allow_institutions: f.allow_institutions,
        institution_countries: f.institution_countries.into_iter().collect(),
        min_edits: f.min_edits,
        min_account_days: f.min_account_days,
        questions,
        lang: f.lang,
    })
}

async fn save_rules(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let a = organized(state.app(), ctx.actor(), &slug).await?;
    match app::save_rules(state.app(), ctx.actor(), &a, rules_draft(&form)?).await {
        Ok(_) => Ok(see_other(&format!("{}?done=saved", paths::members(slug)))),
        Err(e @ Error::Validation(_)) => {
            let e = WebError::Domain(e);
            let rules = app::rules(state.app(), &a).await?;
            Ok(html(
                &ctx,
                e.status(),
                render(&rules_page(&ctx, &a, &rules, Some(&form), Some(&e)))?,
            ))
        }
        Err(e) => Err(e.into()),
    }
}
