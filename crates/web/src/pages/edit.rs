//! Editing an affiliate (its admins and site admins), creating one (site admins), and
//! choosing a hub's member affiliates (site admins). Texts are edited in one language at
//! a time: the source language, or a translation with the source shown beside each field.
//! A refused form comes back with everything as typed and each problem at its field.

use std::collections::{BTreeSet, HashMap};

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use sangam_core::account::{AffiliateId, AffiliateRole};
use sangam_core::affiliate::{
    Affiliate, AffiliateDraft, AffiliateKind, AffiliateStatus, GoalDraft,
};
use sangam_core::codes::{self, split_list};
use sangam_core::error::Error;
use sangam_core::text::Translatable;
use sangam_i18n::{Lang, format, message, names};

use super::directory::display_name;
use super::frame::{Choice, Frame, Tr, html, render, see_other};
use crate::ctx::{Ctx, query_param};
use crate::error::{WebError, field_message};
use crate::extract::{CsrfForm, Form, Path};
use crate::forms::FormData;
use crate::paths;
use crate::state::AppState;
use sangam_app::affiliates as app;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::NEW_AFFILIATE, get(new_form).post(create))
        .route(paths::AFFILIATE_EDIT, get(edit_form).post(save))
        .route(paths::HUB_MEMBERS, post(save_members))
}

/// Goal slots shown beyond the existing goals, for adding new ones.
const EMPTY_GOALS: usize = 2;

/// Beside a field edited in another language than its source: the source text.
pub struct Source {
    /// "Source (English):"
    pub label: String,
    pub lang: String,
    pub text: String,
}

pub struct Field {
    pub name: String,
    pub label: String,
    /// `text`, `textarea`, `select`, `email`, `url`.
    pub kind: &'static str,
    pub value: String,
    pub choices: Vec<Choice>,
    pub help: Option<String>,
    /// The source text beside a translation: its label, language and text.
    pub source: Option<Source>,
    pub error: Option<String>,
    pub disabled: bool,
    pub required: bool,
}

pub struct Section {
    pub title: String,
    pub fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "affiliates/edit.html")]
struct EditPage {
    frame: Frame,
    t: Tr,
    heading: String,
    action: String,
    lang_action: String,
    creating: bool,
    csrf: String,
    version: i64,
    lang: String,
    lang_choices: Vec<Choice>,
    has_errors: bool,
    general_error: Option<String>,
    sections: Vec<Section>,
    members: Option<Vec<Choice>>,
    members_action: String,
    cancel: String,
}

/// The values a form shows: from the stored profile, or as submitted.
#[derive(Default)]
struct Values(HashMap<String, String>);

impl Values {
    fn get(&self, name: &str) -> String {
        self.0.get(name).cloned().unwrap_or_default()
    }

    fn from_form(form: &FormData) -> Self {
        Values(form.0.iter().cloned().collect())
    }

    fn from_affiliate(a: &Affiliate, lang: &str) -> Self {
        let mut v = HashMap::new();
        let text =
            |t: Option<&Translatable>| t.and_then(|t| t.exact(lang)).unwrap_or("").to_string();
        v.insert("slug".into(), a.slug.to_string());
        v.insert("kind".into(), a.kind.as_str().into());
        v.insert("status".into(), a.status.as_str().into());
        v.insert("name".into(), text(Some(&a.name)));
        v.insert("motto".into(), text(a.motto.as_ref()));
        v.insert("mission".into(), text(a.mission.as_ref()));
        v.insert(
            "membership_policy".into(),
            text(a.membership_policy.as_ref()),
        );
        for (i, g) in a.goals.iter().enumerate() {
            v.insert(format!("goals.{i}.heading"), text(Some(&g.heading)));
            v.insert(format!("goals.{i}.body"), text(Some(&g.body)));
        }
        v.insert(
            "logo".into(),
            a.logo
                .as_ref()
                .map(|l| l.name().to_string())
                .unwrap_or_default(),
        );
        v.insert("location".into(), a.location.clone().unwrap_or_default());
        v.insert(
            "country".into(),
            a.country
                .as_ref()
                .map(|c| c.as_str().to_string())
                .unwrap_or_default(),
        );
        v.insert(
            "regions".into(),
            a.regions
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        v.insert(
            "languages".into(),
            a.languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        v.insert(
            "founded".into(),
            a.founded.map(|d| d.to_string()).unwrap_or_default(),
        );
        v.insert(
            "recognized".into(),
            a.recognized.map(|d| d.to_string()).unwrap_or_default(),
        );
        v.insert(
            "agreement_start".into(),
            a.agreement.map(|(s, _)| s.to_string()).unwrap_or_default(),
        );
        v.insert(
            "agreement_end".into(),
            a.agreement.map(|(_, e)| e.to_string()).unwrap_or_default(),
        );
        v.insert(
            "email".into(),
            a.contacts
                .email
                .as_ref()
                .map(|e| e.as_str().to_string())
                .unwrap_or_default(),
        );
        v.insert(
            "telegram".into(),
            a.contacts
                .telegram
                .as_ref()
                .map(|u| u.as_str().to_string())
                .unwrap_or_default(),
        );
        v.insert(
            "mailing_list".into(),
            a.contacts.mailing_list.clone().unwrap_or_default(),
        );
        v.insert(
            "website".into(),
            a.contacts
                .website
                .as_ref()
                .map(|u| u.as_str().to_string())
                .unwrap_or_default(),
        );
        for (role, field) in PEOPLE_FIELDS {
            let names: Vec<&str> = a.people_in(role).map(|u| u.as_str()).collect();
            v.insert(field.into(), names.join("\n"));
        }
        Values(v)
    }
}

const PEOPLE_FIELDS: [(AffiliateRole, &str); 4] = [
    (AffiliateRole::Founder, "founders"),
    (AffiliateRole::Board, "board"),
    (AffiliateRole::Contact, "contacts"),
    (AffiliateRole::Admin, "admins"),
];

/// The profile form; goal N as `goals.N.heading` and `goals.N.body`; people one username
/// per line. A field the form did not send stays unchanged.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ProfileForm {
    /// The version the form was filled from.
    version: Option<String>,
    slug: Option<String>,
    kind: Option<String>,
    status: Option<String>,
    lang: Option<String>,
    name: Option<String>,
    motto: Option<String>,
    mission: Option<String>,
    membership_policy: Option<String>,
    logo: Option<String>,
    location: Option<String>,
    country: Option<String>,
    regions: Option<String>,
    languages: Option<String>,
    founded: Option<String>,
    recognized: Option<String>,
    agreement_start: Option<String>,
    agreement_end: Option<String>,
    email: Option<String>,
    telegram: Option<String>,
    mailing_list: Option<String>,
    website: Option<String>,
    founders: Option<String>,
    board: Option<String>,
    contacts: Option<String>,
    admins: Option<String>,
    #[serde(flatten)]
    goals: HashMap<String, String>,
}

/// What the form submitted, as a draft (fields a form did not send stay unchanged), and
/// the version it was filled from (a missing one is as stale as an old one).
fn draft_from_form(form: &FormData) -> Result<(AffiliateDraft, i64), WebError> {
    let mut f: ProfileForm = form.parse()?;
    let lines = |value: Option<String>| {
        value.map(|v| {
            v.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        })
    };
    let sent_goals = f.goals.contains_key("goals.0.heading");
    let mut goals = Vec::new();
    while let (Some(heading), Some(body)) = (
        f.goals.remove(&format!("goals.{}.heading", goals.len())),
        f.goals.remove(&format!("goals.{}.body", goals.len())),
    ) {
        goals.push(GoalDraft { heading, body });
    }
    let based_on = f.version.and_then(|v| v.parse::<i64>().ok()).unwrap_or(-1);
    let draft = AffiliateDraft {
        slug: f.slug,
        kind: f.kind,
        status: f.status,
        lang: f.lang,
        name: f.name,
        motto: f.motto,
        mission: f.mission,
        membership_policy: f.membership_policy,
        goals: sent_goals.then_some(goals),
        logo: f.logo,
        location: f.location,
        country: f.country,
        regions: f.regions.as_deref().map(split_list),
        languages: f.languages.as_deref().map(split_list),
        founded: f.founded,
        recognized: f.recognized,
        agreement_start: f.agreement_start,
        agreement_end: f.agreement_end,
        email: f.email,
        telegram: f.telegram,
        mailing_list: f.mailing_list,
        website: f.website,
        founders: lines(f.founders),
        board: lines(f.board),
        contacts: lines(f.contacts),
        admins: lines(f.admins),
    };
    Ok((draft, based_on))
}

struct FormSpec<'a> {
    current: Option<&'a Affiliate>,
    lang: String,
    values: Values,
    error: Option<&'a WebError>,
}

fn label(lang: Lang, id: &str) -> String {
    message(lang, id, &[])
}

fn sorted_choices(lang: Lang, selected: &str, mut items: Vec<(String, String)>) -> Vec<Choice> {
    format::sort_by_name(lang, &mut items, |(_, l)| l.as_str());
    items
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == selected,
            value,
            label,
        })
        .collect()
}

fn build_page(
    ctx: &Ctx,
    spec: FormSpec<'_>,
    all: &[Affiliate],
    members: &[AffiliateId],
) -> EditPage {
    let lang = ctx.lang;
    let site_admin = ctx.viewer.is_site_admin();
    let creating = spec.current.is_none();
    let field_errors: HashMap<String, String> = spec
        .error
        .and_then(|e| e.field_errors())
        .map(|f| {
            f.iter()
                .map(|e| (e.field.clone(), field_message(lang, e)))
                .collect()
        })
        .unwrap_or_default();
    let general_error = spec
        .error
        .filter(|e| e.field_errors().is_none())
        .map(|e| e.message(lang));
    let v = &spec.values;
    // Beside a field edited in another language than its source: the source text.
    let source_of = |t: Option<&Translatable>| -> Option<Source> {
        let t = t?;
        let source = t.source_lang.as_str();
        (source != spec.lang).then(|| {
            let label = message(
                lang,
                "edit-source",
                &[("language", names::language(lang, source).into())],
            );
            Source {
                label,
                lang: source.to_string(),
                text: t.source().to_string(),
            }
        })
    };
    let cur = spec.current;
    let field = |name: &str, id: &str, kind: &'static str| Field {
        name: name.to_string(),
        label: label(lang, id),
        kind,
        value: v.get(name),
        choices: Vec::new(),
        help: None,
        source: None,
        error: field_errors.get(name).cloned(),
        disabled: false,
        required: false,
    };
    let with_help = |mut f: Field, id: &str| {
        f.help = Some(label(lang, id));
        f
    };
    let admin_only = |mut f: Field| {
        if !site_admin {
            f.disabled = true;
            f.help = Some(label(lang, "edit-site-admin-only"));
        }
        f
    };

    let mut identity = vec![Field {
        required: true,
        source: source_of(cur.map(|a| &a.name)),
        ..field("name", "field-name", "text")
    }];
    identity.push(admin_only(Field {
        required: creating,
        ..with_help(
            field("slug", "field-slug", "text"),
            "field-error-invalid_slug",
        )
    }));
    let kind_value = v.get("kind");
    identity.push(admin_only(Field {
        choices: sorted_choices(
            lang,
            &kind_value,
            AffiliateKind::ALL
                .iter()
                .map(|k| (k.as_str().to_string(), label(lang, &format!("kind-{k}"))))
                .collect(),
        ),
        ..field("kind", "field-kind", "select")
    }));
    if !creating {
        let status_value = v.get("status");
        identity.push(admin_only(Field {
            choices: AffiliateStatus::ALL
                .iter()
                .map(|s| Choice {
                    value: s.as_str().into(),
                    label: label(lang, &format!("status-{s}")),
                    selected: s.as_str() == status_value,
                })
                .collect(),
            ..field("status", "field-status", "select")
        }));
    }
    identity.push(with_help(
        field("logo", "field-logo", "text"),
        "edit-logo-help",
    ));

    let mut texts = vec![
        Field {
            source: source_of(cur.and_then(|a| a.motto.as_ref())),
            ..field("motto", "field-motto", "text")
        },
        Field {
            source: source_of(cur.and_then(|a| a.mission.as_ref())),
            ..field("mission", "field-mission", "textarea")
        },
        Field {
            source: source_of(cur.and_then(|a| a.membership_policy.as_ref())),
            ..field("membership_policy", "field-membership-policy", "textarea")
        },
    ];
    let existing_goals = cur.map(|a| a.goals.len()).unwrap_or(0);
    let submitted_goals = (0..)
        .take_while(|i| v.0.contains_key(&format!("goals.{i}.heading")))
        .count();
    for i in 0..existing_goals.max(submitted_goals) + EMPTY_GOALS {
        let goal = cur.and_then(|a| a.goals.get(i));
        let n = message(lang, "edit-goal", &[("n", (i + 1).into())]);
        texts.push(Field {
            label: format!("{n}: {}", label(lang, "edit-goal-heading")),
            source: source_of(goal.map(|g| &g.heading)),
            ..field(&format!("goals.{i}.heading"), "edit-goal-heading", "text")
        });
        texts.push(Field {
            label: format!("{n}: {}", label(lang, "edit-goal-body")),
            source: source_of(goal.map(|g| &g.body)),
            ..field(&format!("goals.{i}.body"), "edit-goal-body", "textarea")
        });
    }
    if let Some(last) = texts.last_mut() {
        last.help = Some(label(lang, "edit-goals-help"));
    }

    let mut people: Vec<Field> = PEOPLE_FIELDS
        .iter()
        .map(|(_, name)| {
            let id = match *name {
                "founders" => "field-founders",
                "board" => "field-key-people",
                "contacts" => "field-contact-people",
                _ => "field-admins",
            };
            with_help(field(name, id, "textarea"), "edit-people-help")
        })
        .collect();
    if let Some(admins) = people.last_mut() {
        let f = std::mem::replace(admins, field("admins", "field-admins", "textarea"));
        *admins = admin_only(f);
    }

    let country_value = v.get("country");
    let place = vec![
        field("location", "field-location", "text"),
        Field {
            choices: sorted_choices(
                lang,
                &country_value,
                codes::countries()
                    .iter()
                    .map(|c| (c.to_string(), names::country(lang, c)))
                    .collect(),
            ),
            ..field("country", "field-country", "select")
        },
        with_help(field("regions", "field-regions", "text"), "edit-codes-help"),
        with_help(
            field("languages", "field-languages", "text"),
            "edit-languages-help",
        ),
    ];
    let dates = vec![
        with_help(field("founded", "field-founded", "text"), "edit-date-help"),
        // The committee's dates: the compliance process runs on them.
        admin_only(with_help(
            field("recognized", "field-recognized", "text"),
            "edit-date-help",
        )),
        admin_only(with_help(
            Field {
                label: format!("{} (1)", label(lang, "field-agreement")),
                ..field("agreement_start", "field-agreement", "text")
            },
            "edit-day-help",
        )),
        admin_only(with_help(
            Field {
                label: format!("{} (2)", label(lang, "field-agreement")),
                ..field("agreement_end", "field-agreement", "text")
            },
            "edit-day-help",
        )),
    ];
    let contacts = vec![
        field("email", "field-email", "email"),
        with_help(
            field("telegram", "field-telegram", "text"),
            "edit-telegram-help",
        ),
        field("mailing_list", "field-mailing-list", "text"),
        field("website", "field-website", "url"),
    ];
    let sections = vec![
        Section {
            title: label(lang, "section-identity"),
            fields: identity,
        },
        Section {
            title: label(lang, "section-texts"),
            fields: texts,
        },
        Section {
            title: label(lang, "section-people"),
            fields: people,
        },
        Section {
            title: label(lang, "section-place"),
            fields: place,
        },
        Section {
            title: label(lang, "section-dates"),
            fields: dates,
        },
        Section {
            title: label(lang, "section-contacts"),
            fields: contacts,
        },
    ];

    // Languages to write in: the interface languages, the affiliate's own, and those it
    // already has translations in.
    let mut langs: BTreeSet<String> = sangam_i18n::Lang::all()
        .map(|l| l.code().to_string())
        .collect();
    if let Some(a) = cur {
        langs.extend(a.languages.iter().map(|l| l.as_str().to_string()));
        langs.extend(a.name.versions.keys().cloned());
    }
    langs.insert(spec.lang.clone());
    let lang_choices = sorted_choices(
        lang,
        &spec.lang,
        langs
            .into_iter()
            .map(|l| {
                let name = names::language(lang, &l);
                let label = format!("{name} ({l})");
                (l, label)
            })
            .collect(),
    );

    let members = cur
        .filter(|a| a.kind == AffiliateKind::Hub && site_admin)
        .map(|hub| {
            let mut choices: Vec<Choice> = all
                .iter()
                .filter(|a| a.id != hub.id && a.kind != AffiliateKind::Hub)
                .map(|a| Choice {
                    value: a.id.to_string(),
                    label: display_name(lang, a).0,
                    selected: members.contains(&a.id),
                })
                .collect();
            format::sort_by_name(lang, &mut choices, |c| c.label.as_str());
            choices
        });

    let (heading, action, cancel) = match cur {
        Some(a) => {
            let (name, _) = display_name(lang, a);
            (
                message(lang, "edit-title", &[("name", name.into())]),
                paths::affiliate_edit(&a.slug),
                paths::affiliate(&a.slug),
            )
        }
        None => (
            label(lang, "new-title"),
            paths::new_affiliate(),
            paths::affiliates(),
        ),
    };
    EditPage {
        frame: Frame::new(ctx, heading.clone()),
        t: Tr(lang),
        heading,
        lang_action: action.clone(),
        members_action: cur.map(|a| paths::hub_members(&a.slug)).unwrap_or_default(),
        action,
        creating,
        csrf: ctx.csrf_token().unwrap_or_default().to_string(),
        version: cur.map(|a| a.version).unwrap_or(0),
        lang: spec.lang,
        lang_choices,
        has_errors: !field_errors.is_empty(),
        general_error,
        sections,
        members,
        cancel,
    }
}

async fn form_response(
    state: &AppState,
    ctx: &Ctx,
    spec: FormSpec<'_>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let all = app::all(state.app()).await?;
    let members: Vec<AffiliateId> = match spec.current {
        Some(a) => app::hub_links(state.app(), a)
            .await?
            .members
            .iter()
            .map(|m| m.id)
            .collect(),
        None => Vec::new(),
    };
    let page = build_page(ctx, spec, &all, &members);
    Ok(html(ctx, status, render(&page)?))
}

/// The language the form edits texts in: `?lang=`, else the name's source language.
fn form_lang(ctx: &Ctx, current: Option<&Affiliate>) -> String {
    let asked = query_param(ctx.uri.split_once('?').map(|(_, q)| q), "lang")
        .and_then(|l| sangam_core::text::LangTag::parse(&l).ok())
        .map(|l| l.to_string());
    asked
        .or_else(|| current.map(|a| a.name.source_lang.to_string()))
        .unwrap_or_else(|| ctx.lang.code().to_string())
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, WebError> {
    let a = app::organized(state.app(), ctx.actor(), &slug)
        .await?
        .into_inner();
    let lang = form_lang(&ctx, Some(&a));
    let values = Values::from_affiliate(&a, &lang);
    form_response(
        &state,
        &ctx,
        FormSpec {
            current: Some(&a),
            lang,
            values,
            error: None,
        },
        StatusCode::OK,
    )
    .await
}

async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    let current = app::organized(state.app(), ctx.actor(), &slug)
        .await?
        .into_inner();
    let lang = form
        .string("lang")
        .unwrap_or_else(|| current.name.source_lang.to_string());
    let (draft, based_on) = draft_from_form(&form)?;
    match app::update(state.app(), ctx.actor(), &current, Some(based_on), draft).await {
        Ok(saved) => Ok(see_other(&format!(
            "{}?done=saved",
            paths::affiliate(&saved.slug)
        ))),
        Err(e @ (Error::Validation(_) | Error::Conflict(_))) => {
            let e = WebError::Domain(e);
            let status = e.status();
            let spec = FormSpec {
                current: Some(&current),
                lang,
                values: Values::from_form(&form),
                error: Some(&e),
            };
            form_response(&state, &ctx, spec, status).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<impl IntoResponse, WebError> {
    ctx.actor().site_admin()?;
    let lang = form_lang(&ctx, None);
    let mut values = Values::default();
    values.0.insert("kind".into(), "user_group".into());
    form_response(
        &state,
        &ctx,
        FormSpec {
            current: None,
            lang,
            values,
            error: None,
        },
        StatusCode::OK,
    )
    .await
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm,
) -> Result<impl IntoResponse, WebError> {
    ctx.require_signed_in()?;
    let lang = form
        .string("lang")
        .unwrap_or_else(|| ctx.lang.code().to_string());
    match app::create(state.app(), ctx.actor(), draft_from_form(&form)?.0).await {
        Ok(created) => Ok(see_other(&format!(
            "{}?done=created",
            paths::affiliate(&created.slug)
        ))),
        Err(e @ Error::Validation(_)) => {
            let e = WebError::Domain(e);
            let spec = FormSpec {
                current: None,
                lang,
                values: Values::from_form(&form),
                error: Some(&e),
            };
            form_response(&state, &ctx, spec, e.status()).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The affiliates a hub gathers, by id (the boxes checked).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct HubMembers {
    #[serde(deserialize_with = "crate::forms::many")]
    member: Vec<String>,
}

async fn save_members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<HubMembers>,
) -> Result<impl IntoResponse, WebError> {
    let admin = ctx.actor().site_admin()?;
    let hub = app::affiliate(state.app(), &slug).await?;
    let mut ids = Vec::new();
    for v in &form.member {
        ids.push(
            v.parse::<AffiliateId>()
                .map_err(|_| WebError::Domain(Error::field("members", "unknown_affiliate")))?,
        );
    }
    app::set_hub_members(state.app(), ctx.actor(), &admin, &hub, &ids).await?;
    Ok(see_other(&format!(
        "{}?done=saved",
        paths::affiliate(&hub.slug)
    )))
}
