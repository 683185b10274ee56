//! The affiliate directory's domain: profiles of user groups, chapters, thematic
//! organizations and regional hubs; how an edit is checked, who may make it, and what it
//! changes. A form and the API both submit an [`AffiliateDraft`]; [`AffiliateDraft::validate`]
//! turns it into [`AffiliateChanges`], [`authorize`] checks the editor, and [`apply`] gives
//! the new profile.

use std::fmt;

use jiff::civil::Date;
use md5::{Digest, Md5};
use serde::{Deserialize, Serialize};

use crate::account::{AffiliateId, AffiliateRole, Email, UserId, Username, Viewer};
use crate::codes::CountryCode;
use crate::error::{Error, FieldErrors, Invalid};
use crate::text::{self, LangTag, Translatable};
use crate::time::{PartialDate, Timestamp, parse_date};

pub const NAME_MAX: usize = 200;
pub const MOTTO_MAX: usize = 300;
pub const MISSION_MAX: usize = 20_000;
pub const POLICY_MAX: usize = 5_000;
pub const GOAL_HEADING_MAX: usize = 200;
pub const GOAL_BODY_MAX: usize = 10_000;
pub const GOALS_MAX: usize = 20;
pub const LOCATION_MAX: usize = 200;
pub const URL_MAX: usize = 2_000;
pub const LIST_MAX: usize = 250;
pub const PEOPLE_MAX: usize = 50;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s.trim() { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// What kind of affiliate this is.
    AffiliateKind {
        UserGroup = "user_group",
        Chapter = "chapter",
        ThematicOrganization = "thematic_organization",
        Hub = "hub",
    }
);

string_enum!(
    /// Where an affiliate stands with its recognition. The reporting lifecycle moves
    /// affiliates between these; a formerly active affiliate leaves the active directory
    /// but keeps its page and history.
    AffiliateStatus {
        Recognized = "recognized",
        Active = "active",
        PastDue = "past_due",
        Suspended = "suspended",
        Expired = "expired",
        FormerlyActive = "formerly_active",
    }
);

impl AffiliateStatus {
    /// Listed among the active affiliates of the directory. An expired affiliate is not:
    /// it is listed with the formerly active ones until an admin re-recognizes it.
    pub fn is_current(self) -> bool {
        !matches!(
            self,
            AffiliateStatus::Expired | AffiliateStatus::FormerlyActive
        )
    }
}

/// The address part of an affiliate's pages: lower-case letters, digits and hyphens.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slug(String);

const RESERVED_SLUGS: &[&str] = &["new", "edit", "api", "static"];

impl Slug {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        let valid = (2..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if !valid {
            return Err(Invalid::new("invalid_slug"));
        }
        if RESERVED_SLUGS.contains(&s) {
            return Err(Invalid::new("reserved_slug"));
        }
        Ok(Slug(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn trusted(s: &str) -> Self {
        Slug(s.to_string())
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A file on Wikimedia Commons, by name ("Wikimedia Community Logo.svg"); shown from
/// upload.wikimedia.org.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CommonsFile(String);

const IMAGE_EXTENSIONS: &[&str] = &["svg", "png", "jpg", "jpeg", "gif", "webp", "tif", "tiff"];

impl CommonsFile {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let mut s = input.trim();
        for prefix in ["File:", "file:", "Image:", "image:"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest;
            }
        }
        let name = text::clean_line(&s.replace('_', " "), 240)?;
        if name.chars().any(|c| "#<>[]|{}/\\".contains(c)) {
            return Err(Invalid::new("invalid_file_name"));
        }
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if !ext.is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.as_str())) {
            return Err(Invalid::new("invalid_file_name"));
        }
        // MediaWiki upper-cases the first letter of file names.
        let mut chars = name.chars();
        let first: String = chars
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default();
        Ok(CommonsFile(first + chars.as_str()))
    }

    pub fn name(&self) -> &str {
        &self.0
    }

    pub fn trusted(s: &str) -> Self {
        CommonsFile(s.to_string())
    }

    fn encoded(&self) -> String {
        percent_encode_path(&self.0.replace(' ', "_"))
    }

    fn hash_dirs(&self) -> String {
        let digest = Md5::digest(self.0.replace(' ', "_").as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("{}/{}", &hex[..1], &hex[..2])
    }

    /// A thumbnail `width` pixels wide (SVGs are rendered to PNG by Commons).
    pub fn thumb_url(&self, width: u32) -> String {
        let enc = self.encoded();
        let png = if self.0.to_ascii_lowercase().ends_with(".svg") {
            ".png"
        } else {
            ""
        };
        format!(
            "https://upload.wikimedia.org/wikipedia/commons/thumb/{}/{enc}/{width}px-{enc}{png}",
            self.hash_dirs()
        )
    }

    /// The file's description page, where its author and licence are.
    pub fn page_url(&self) -> String {
        format!("https://commons.wikimedia.org/wiki/File:{}", self.encoded())
    }
}

/// Percent-encodes a page or file name the way MediaWiki's URLs do.
pub fn percent_encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~!*'(),:;@$".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An http(s) address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        if s.len() > URL_MAX {
            return Err(Invalid::with("too_long", "max", URL_MAX));
        }
        match url::Url::parse(s) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {
                Ok(WebUrl(u.to_string()))
            }
            _ => Err(Invalid::new("invalid_url")),
        }
    }

    /// A Telegram group as people write it: a t.me link or an `@handle`.
    pub fn parse_telegram(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        match s.strip_prefix('@') {
            Some(handle)
                if (3..=64).contains(&handle.len())
                    && handle
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                Ok(WebUrl(format!("https://t.me/{handle}")))
            }
            Some(_) => Err(Invalid::new("invalid_url")),
            None => WebUrl::parse(s),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn trusted(s: &str) -> Self {
        WebUrl(s.to_string())
    }
}

/// How to reach an affiliate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contacts {
    pub email: Option<Email>,
    pub telegram: Option<WebUrl>,
    /// A list's address or its web page.
    pub mailing_list: Option<String>,
    pub website: Option<WebUrl>,
}

/// A section of the "Approaches and Goals" kind: a heading and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub heading: Translatable,
    pub body: Translatable,
}

/// A person named on a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: UserId,
    pub username: Username,
}

/// An affiliate's profile as stored and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliate {
    /// 0 until stored.
    pub id: AffiliateId,
    pub slug: Slug,
    pub kind: AffiliateKind,
    pub status: AffiliateStatus,
    pub name: Translatable,
    pub motto: Option<Translatable>,
    pub mission: Option<Translatable>,
    pub membership_policy: Option<Translatable>,
    pub goals: Vec<Goal>,
    pub logo: Option<CommonsFile>,
    pub location: Option<String>,
    pub country: Option<CountryCode>,
    pub regions: Vec<CountryCode>,
    pub languages: Vec<LangTag>,
    pub founded: Option<PartialDate>,
    pub recognized: Option<PartialDate>,
    pub agreement: Option<(Date, Date)>,
    pub contacts: Contacts,
    /// Founders, key people, contact persons and admins, each list in its stored order.
    pub people: Vec<(AffiliateRole, Username)>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Grows with every stored edit; an edit based on an older version is refused.
    pub version: i64,
}

impl Affiliate {
    pub fn people_in(&self, role: AffiliateRole) -> impl Iterator<Item = &Username> {
        self.people
            .iter()
            .filter(move |(r, _)| *r == role)
            .map(|(_, u)| u)
    }
}

/// One goal as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct GoalDraft {
    pub heading: String,
    pub body: String,
}

/// An edit as submitted by a form or the API: text as typed, nothing checked yet. A field
/// left out stays as it is; an empty string clears it. Texts are in the language `lang`
/// (by default the language the field was first written in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AffiliateDraft {
    /// The address: 2–64 lower-case Latin letters, digits and hyphens (site admins).
    pub slug: Option<String>,
    /// `user_group`, `chapter`, `thematic_organization` or `hub` (site admins).
    pub kind: Option<String>,
    /// `recognized`, `active`, `past_due`, `suspended`, `expired` or `formerly_active`
    /// (site admins).
    pub status: Option<String>,
    /// BCP 47 tag of the language the texts of this edit are in.
    pub lang: Option<String>,
    pub name: Option<String>,
    pub motto: Option<String>,
    /// Paragraphs separated by blank lines; lines starting with `* ` form a list.
    pub mission: Option<String>,
    pub membership_policy: Option<String>,
    /// The goal sections, replacing the existing ones position by position.
    pub goals: Option<Vec<GoalDraft>>,
    /// A file name on Wikimedia Commons.
    pub logo: Option<String>,
    pub location: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 codes of the countries served.
    pub regions: Option<Vec<String>>,
    /// BCP 47 tags of the official languages.
    pub languages: Option<Vec<String>>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub founded: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub recognized: Option<String>,
    /// `YYYY-MM-DD`; given together with `agreement_end`.
    pub agreement_start: Option<String>,
    /// `YYYY-MM-DD`, not before `agreement_start`.
    pub agreement_end: Option<String>,
    pub email: Option<String>,
    /// A t.me link or an `@handle`.
    pub telegram: Option<String>,
    /// A list's address or web page.
    pub mailing_list: Option<String>,
    pub website: Option<String>,
    /// Wikimedia usernames.
    pub founders: Option<Vec<String>>,
    /// Wikimedia usernames of the board members, shown as the key people.
    pub board: Option<Vec<String>>,
    /// Wikimedia usernames of the contact persons.
    pub contacts: Option<Vec<String>>,
    /// Wikimedia usernames of those who may edit the profile (site admins).
    pub admins: Option<Vec<String>>,
}

/// A checked edit. `None`: leave as is; `Some(None)`: clear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AffiliateChanges {
    pub slug: Option<Slug>,
    pub kind: Option<AffiliateKind>,
    pub status: Option<AffiliateStatus>,
    pub lang: Option<LangTag>,
    pub name: Option<String>,
    pub motto: Option<Option<String>>,
    pub mission: Option<Option<String>>,
    pub membership_policy: Option<Option<String>>,
    pub goals: Option<Vec<(String, String)>>,
    pub logo: Option<Option<CommonsFile>>,
    pub location: Option<Option<String>>,
    pub country: Option<Option<CountryCode>>,
    pub regions: Option<Vec<CountryCode>>,
    pub languages: Option<Vec<LangTag>>,
    pub founded: Option<Option<PartialDate>>,
    pub recognized: Option<Option<PartialDate>>,
    pub agreement: Option<Option<(Date, Date)>>,
    pub email: Option<Option<Email>>,
    pub telegram: Option<Option<WebUrl>>,
    pub mailing_list: Option<Option<String>>,
    pub website: Option<Option<WebUrl>>,
    pub people: Vec<(AffiliateRole, Vec<Username>)>,
}

/// Checks an optional field: absent stays absent, blank clears, anything else must parse.
fn optional<T>(
    errors: &mut FieldErrors,
    field: &str,
    value: Option<String>,
    parse: impl FnOnce(&str) -> Result<T, Invalid>,
) -> Option<Option<T>> {
    let value = value?;
    if value.trim().is_empty() {
        return Some(None);
    }
    errors.check(field, parse(&value)).map(Some)
}

fn list<T>(
    errors: &mut FieldErrors,
    field: &str,
    values: Option<Vec<String>>,
    max: usize,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Option<Vec<T>>
where
    T: PartialEq,
{
    let values = values?;
    let values: Vec<String> = values
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect();
    if values.len() > max {
        errors.add_with(field, "too_many", vec![("max", max.to_string())]);
        return None;
    }
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for v in &values {
        match parse(v) {
            // Duplicates are dropped silently: "BD, BD" means BD.
            Ok(item) if !out.contains(&item) => out.push(item),
            Ok(_) => {}
            Err(Invalid { code, args }) => {
                errors.add_with(field, code, args);
                return None;
            }
        }
    }
    Some(out)
}

fn mailing_list(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    if s.contains('@') && !s.contains("://") {
        Email::parse(s).map(|e| e.as_str().to_string())
    } else {
        WebUrl::parse(s).map(|u| u.as_str().to_string())
    }
}

impl AffiliateDraft {
    /// Checks every field and reports every problem at once. `creating` requires the
    /// fields a new profile cannot do without.
    pub fn validate(self, creating: bool) -> Result<AffiliateChanges, Error> {
        let mut e = FieldErrors::new();
        if creating {
            for (field, present) in [
                ("slug", self.slug.as_ref()),
                ("kind", self.kind.as_ref()),
                ("name", self.name.as_ref()),
                ("lang", self.lang.as_ref()),
            ] {
                if present.is_none_or(|v| v.trim().is_empty()) {
                    e.add(field, "required");
                }
            }
        }
        let slug = self
            .slug
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| e.check("slug", Slug::parse(&s)));
        let kind = self.kind.filter(|s| !s.trim().is_empty()).and_then(|s| {
            e.check(
                "kind",
                AffiliateKind::parse(&s).ok_or_else(|| Invalid::new("invalid_choice")),
            )
        });
        let status = self.status.filter(|s| !s.trim().is_empty()).and_then(|s| {
            e.check(
                "status",
                AffiliateStatus::parse(&s).ok_or_else(|| Invalid::new("invalid_choice")),
            )
        });
        let lang = self
            .lang
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| e.check("lang", LangTag::parse(&s)));
        // An empty name is refused when creating; in an edit it may mean "no translation
        // in this language", which `apply` tells apart from clearing the source.
        let name = match self.name {
            Some(n) if n.trim().is_empty() && creating => None,
            Some(n) => e.check("name", text::clean_line(&n, NAME_MAX)),
            None => None,
        };
        let motto = optional(&mut e, "motto", self.motto, |s| {
            text::clean_line(s, MOTTO_MAX)
        });
        let mission = optional(&mut e, "mission", self.mission, |s| {
            text::clean_block(s, MISSION_MAX)
        });
        let membership_policy =
            optional(&mut e, "membership_policy", self.membership_policy, |s| {
                text::clean_block(s, POLICY_MAX)
            });
        let goals = self.goals.and_then(|goals| {
            if goals.len() > GOALS_MAX {
                e.add_with("goals", "too_many", vec![("max", GOALS_MAX.to_string())]);
                return None;
            }
            let mut out = Vec::new();
            let before = e.clone();
            for (i, g) in goals.into_iter().enumerate() {
                let heading = e.check(
                    &format!("goals.{i}.heading"),
                    text::clean_line(&g.heading, GOAL_HEADING_MAX),
                );
                let body = e.check(
                    &format!("goals.{i}.body"),
                    text::clean_block(&g.body, GOAL_BODY_MAX),
                );
                // Empty goals keep their place: it matters when the edit is a translation.
                if let (Some(h), Some(b)) = (heading, body) {
                    if h.is_empty() && !b.is_empty() {
                        e.add(format!("goals.{i}.heading"), "required");
                    } else {
                        out.push((h, b));
                    }
                }
            }
            (e == before).then_some(out)
        });
        let logo = optional(&mut e, "logo", self.logo, CommonsFile::parse);
        let location = optional(&mut e, "location", self.location, |s| {
            text::clean_line(s, LOCATION_MAX)
        });
        let country = optional(&mut e, "country", self.country, CountryCode::parse);
        let regions = list(
            &mut e,
            "regions",
            self.regions,
            LIST_MAX,
            CountryCode::parse,
        );
        let languages = list(&mut e, "languages", self.languages, 50, LangTag::parse);
        let founded = optional(&mut e, "founded", self.founded, PartialDate::parse);
        let recognized = optional(&mut e, "recognized", self.recognized, PartialDate::parse);
        let start = optional(&mut e, "agreement_start", self.agreement_start, parse_date);
        let end = optional(&mut e, "agreement_end", self.agreement_end, parse_date);
        let agreement = match (start, end) {
            (None, None) => None,
            (Some(None), Some(None)) => Some(None),
            (Some(Some(s)), Some(Some(t))) if s <= t => Some(Some((s, t))),
            (Some(Some(_)), Some(Some(_))) => {
                e.add("agreement_end", "range_reversed");
                None
            }
            (Some(Some(_)), _) => {
                e.add("agreement_end", "required");
                None
            }
            (_, Some(Some(_))) => {
                e.add("agreement_start", "required");
                None
            }
            _ => None,
        };
        let email = optional(&mut e, "email", self.email, Email::parse);
        let telegram = optional(&mut e, "telegram", self.telegram, WebUrl::parse_telegram);
        let mailing_list = optional(&mut e, "mailing_list", self.mailing_list, mailing_list);
        let website = optional(&mut e, "website", self.website, WebUrl::parse);
        let mut people = Vec::new();
        for (role, field, names) in [
            (AffiliateRole::Founder, "founders", self.founders),
            (AffiliateRole::Board, "board", self.board),
            (AffiliateRole::Contact, "contacts", self.contacts),
            (AffiliateRole::Admin, "admins", self.admins),
        ] {
            if let Some(list) = list(&mut e, field, names, PEOPLE_MAX, Username::parse) {
                people.push((role, list));
            }
        }
        e.finish(|| AffiliateChanges {
            slug,
            kind,
            status,
            lang,
            name,
            motto,
            mission,
            membership_policy,
            goals,
            logo,
            location,
            country,
            regions,
            languages,
            founded,
            recognized,
            agreement,
            email,
            telegram,
            mailing_list,
            website,
            people,
        })
    }
}

/// Whether `viewer` may make `changes` to `current` (`None`: create a new affiliate).
/// Site admins (the affiliations committee) may do anything; an affiliate's admins may edit
/// its profile but not what the committee decides: its recognition status, kind, address,
/// admin list, recognition date and agreement period (the dates the compliance process
/// runs on). Sending one of those unchanged is no change.
pub fn authorize(
    viewer: &Viewer,
    current: Option<&Affiliate>,
    changes: &AffiliateChanges,
) -> Result<(), Error> {
    if viewer.account().is_none() {
        return Err(Error::Unauthenticated);
    }
    if viewer.is_site_admin() {
        return Ok(());
    }
    let Some(current) = current else {
        return Err(Error::Forbidden("site_admin_only"));
    };
    if !viewer.administers(current.id) {
        return Err(Error::Forbidden("not_affiliate_admin"));
    }
    let admins_change = changes.people.iter().any(|(role, names)| {
        *role == AffiliateRole::Admin && !names.iter().eq(current.people_in(AffiliateRole::Admin))
    });
    if changes.status.is_some_and(|s| s != current.status)
        || changes.kind.is_some_and(|k| k != current.kind)
        || changes.slug.as_ref().is_some_and(|s| *s != current.slug)
        || changes.recognized.is_some_and(|r| r != current.recognized)
        || changes.agreement.is_some_and(|a| a != current.agreement)
        || admins_change
    {
        return Err(Error::Forbidden("site_admin_only"));
    }
    Ok(())
}

/// The profile after `changes`: a new one when `current` is `None`. Texts are edited in
/// `changes.lang`, or in each field's own source language when no language is given.
pub fn apply(
    current: Option<Affiliate>,
    changes: AffiliateChanges,
    now: Timestamp,
) -> Result<Affiliate, Error> {
    let mut a = match current {
        Some(a) => a,
        None => {
            let (Some(slug), Some(kind), Some(name), Some(lang)) = (
                changes.slug.clone(),
                changes.kind,
                changes.name.clone(),
                changes.lang.clone(),
            ) else {
                return Err(Error::Internal(
                    "apply: a new affiliate needs slug, kind, name and lang".into(),
                ));
            };
            Affiliate {
                id: AffiliateId(0),
                slug,
                kind,
                status: AffiliateStatus::Active,
                name: Translatable::new(&lang, name),
                motto: None,
                mission: None,
                membership_policy: None,
                goals: Vec::new(),
                logo: None,
                location: None,
                country: None,
                regions: Vec::new(),
                languages: Vec::new(),
                founded: None,
                recognized: None,
                agreement: None,
                contacts: Contacts::default(),
                people: Vec::new(),
                created_at: now,
                updated_at: now,
                version: 0,
            }
        }
    };
    let lang_for = |t: Option<&Translatable>| -> LangTag {
        changes
            .lang
            .clone()
            .or_else(|| t.map(|t| t.source_lang.clone()))
            .unwrap_or_else(|| a_name_lang(&a.name))
    };
    fn a_name_lang(t: &Translatable) -> LangTag {
        t.source_lang.clone()
    }
    if let Some(slug) = changes.slug {
        a.slug = slug;
    }
    if let Some(kind) = changes.kind {
        a.kind = kind;
    }
    if let Some(status) = changes.status {
        a.status = status;
    }
    if let Some(name) = changes.name {
        let lang = lang_for(Some(&a.name));
        match Translatable::edit(Some(a.name.clone()), &lang, Some(name)) {
            Some(t) => a.name = t,
            // Clearing the source name would leave the affiliate nameless.
            None => return Err(Error::field("name", "required")),
        }
    }
    for (field, value) in [
        (&mut a.motto, changes.motto),
        (&mut a.mission, changes.mission),
        (&mut a.membership_policy, changes.membership_policy),
    ] {
        if let Some(value) = value {
            let lang = changes
                .lang
                .clone()
                .or_else(|| field.as_ref().map(|t| t.source_lang.clone()));
            let lang = lang.unwrap_or_else(|| a.name.source_lang.clone());
            *field = Translatable::edit(field.take(), &lang, value);
        }
    }
    if let Some(goals) = changes.goals {
        let mut old = std::mem::take(&mut a.goals).into_iter();
        for (heading, body) in goals {
            let previous = old.next();
            let lang = changes
                .lang
                .clone()
                .or_else(|| previous.as_ref().map(|g| g.heading.source_lang.clone()))
                .unwrap_or_else(|| a.name.source_lang.clone());
            let (h, b) = match previous {
                Some(g) => (
                    Translatable::edit(Some(g.heading), &lang, Some(heading)),
                    Translatable::edit(Some(g.body), &lang, Some(body)),
                ),
                None => (
                    Translatable::edit(None, &lang, Some(heading)),
                    Translatable::edit(None, &lang, Some(body)),
                ),
            };
            if let (Some(heading), Some(body)) = (h, b) {
                a.goals.push(Goal { heading, body });
            }
        }
    }
    if let Some(v) = changes.logo {
        a.logo = v;
    }
    if let Some(v) = changes.location {
        a.location = v;
    }
    if let Some(v) = changes.country {
        a.country = v;
    }
    if let Some(v) = changes.regions {
        a.regions = v;
    }
    if let Some(v) = changes.languages {
        a.languages = v;
    }
    if let Some(v) = changes.founded {
        a.founded = v;
    }
    if let Some(v) = changes.recognized {
        a.recognized = v;
    }
    if let Some(v) = changes.agreement {
        a.agreement = v;
    }
    if let Some(v) = changes.email {
        a.contacts.email = v;
    }
    if let Some(v) = changes.telegram {
        a.contacts.telegram = v;
    }
    if let Some(v) = changes.mailing_list {
        a.contacts.mailing_list = v;
    }
    if let Some(v) = changes.website {
        a.contacts.website = v;
    }
    for (role, names) in changes.people {
        let mut kept: Vec<(AffiliateRole, Username)> =
            a.people.drain(..).filter(|(r, _)| *r != role).collect();
        kept.extend(names.into_iter().map(|n| (role, n)));
        kept.sort_by_key(|(r, _)| AffiliateRole::ALL.iter().position(|x| x == r));
        a.people = kept;
    }
    a.updated_at = now;
    Ok(a)
}

/// The names of the fields that differ, for the affiliate's history.
pub fn changed_fields(old: &Affiliate, new: &Affiliate) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, differs: bool| {
        if differs {
            out.push(name);
        }
    };
    check("slug", old.slug != new.slug);
    check("kind", old.kind != new.kind);
    check("status", old.status != new.status);
    check("name", old.name != new.name);
    check("motto", old.motto != new.motto);
    check("mission", old.mission != new.mission);
    check(
        "membership_policy",
        old.membership_policy != new.membership_policy,
    );
    check("goals", old.goals != new.goals);
    check("logo", old.logo != new.logo);
    check("location", old.location != new.location);
    check("country", old.country != new.country);
    check("regions", old.regions != new.regions);
    check("languages", old.languages != new.languages);
    check("founded", old.founded != new.founded);
    check("recognized", old.recognized != new.recognized);
    check("agreement", old.agreement != new.agreement);
    check("contacts", old.contacts != new.contacts);
    for role in AffiliateRole::ALL {
        let field = match role {
            AffiliateRole::Founder => "founders",
            AffiliateRole::Board => "board",
            AffiliateRole::Contact => "contacts_people",
            AffiliateRole::Admin => "admins",
        };
        check(field, !old.people_in(role).eq(new.people_in(role)));
    }
    out
}

/// Filters of the directory page and API. Empty filters match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    /// A UN M49 subregion ("143"): affiliates based in or serving a country there.
    pub region: Option<String>,
    /// An ISO country code: affiliates based in or serving that country.
    pub country: Option<String>,
    pub language: Option<String>,
    pub status: Option<AffiliateStatus>,
    pub kind: Option<AffiliateKind>,
    /// Include formerly active affiliates (hidden unless asked for, or filtered by status).
    pub include_former: bool,
}

impl DirectoryFilter {
    pub fn matches(&self, a: &Affiliate) -> bool {
        let status_ok = match self.status {
            Some(s) => a.status == s,
            None => self.include_former || a.status.is_current(),
        };
        status_ok
            && self.kind.is_none_or(|k| a.kind == k)
            && self.country.as_deref().is_none_or(|c| {
                a.country.as_ref().is_some_and(|x| x.as_str() == c)
                    || a.regions.iter().any(|r| r.as_str() == c)
            })
            && self.region.as_deref().is_none_or(|m49| {
                a.regions
                    .iter()
                    .chain(a.country.as_ref())
                    .any(|r| crate::codes::subregion(r.as_str()) == Some(m49))
            })
            && self.language.as_deref().is_none_or(|l| {
                a.languages
                    .iter()
                    .any(|x| x.as_str() == l || x.primary() == l)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Account;

    fn draft() -> AffiliateDraft {
        AffiliateDraft {
            slug: Some("tajik-wikimedians".into()),
            kind: Some("user_group".into()),
            lang: Some("en".into()),
            name: Some("Tajik Wikimedians User Group".into()),
            ..Default::default()
        }
    }

    fn tajik() -> Affiliate {
        let mut a = apply(None, draft().validate(true).unwrap(), Timestamp(1)).unwrap();
        a.id = AffiliateId(3);
        a
    }

    fn viewer(site_admin: bool, admin_of: Vec<i64>) -> Viewer {
        Viewer::Signed(Account {
            id: UserId(7),
            username: Username::trusted("Someone"),
            is_site_admin: site_admin,
            preferred_lang: None,
            admin_of: admin_of.into_iter().map(AffiliateId).collect(),
        })
    }

    #[test]
    fn a_new_affiliate_needs_slug_kind_name_and_language() {
        let Err(Error::Validation(errors)) = AffiliateDraft::default().validate(true) else {
            panic!("expected a validation error");
        };
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            fields,
            [
                ("slug", "required"),
                ("kind", "required"),
                ("name", "required"),
                ("lang", "required")
            ]
        );
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = AffiliateDraft {
            country: Some("XX".into()),
            regions: Some(vec!["TJ".into(), "ZZ".into()]),
            languages: Some(vec!["tg".into(), "klingon".into()]),
            founded: Some("2022-02-30".into()),
            email: Some("not-an-email".into()),
            website: Some("javascript:alert(1)".into()),
            motto: Some("m".repeat(MOTTO_MAX + 1)),
            name: Some("Evil\u{202E}Name".into()),
            ..draft()
        };
        let Err(Error::Validation(errors)) = bad.validate(false) else {
            panic!()
        };
        let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                ("name", "bidi_control"),
                ("motto", "too_long"),
                ("country", "unknown_country"),
                ("regions", "unknown_country"),
                ("languages", "invalid_language"),
                ("founded", "impossible_date"),
                ("email", "invalid_email"),
                ("website", "invalid_url"),
            ]
        );
    }

    #[test]
    fn a_reversed_agreement_period_is_refused() {
        let d = AffiliateDraft {
            agreement_start: Some("2024-01-01".into()),
            agreement_end: Some("2023-12-31".into()),
            ..Default::default()
        };
        let Err(Error::Validation(errors)) = d.validate(false) else {
            panic!()
        };
        assert_eq!(
            errors.for_field("agreement_end").unwrap().code,
            "range_reversed"
        );
    }

    #[test]
    fn blank_clears_and_absent_keeps() {
        let a = tajik();
        let set = AffiliateDraft {
            motto: Some("Knowledge for all".into()),
            ..Default::default()
        };
        let a = apply(Some(a), set.validate(false).unwrap(), Timestamp(2)).unwrap();
        assert_eq!(a.motto.as_ref().unwrap().source(), "Knowledge for all");
        let keep = AffiliateDraft {
            location: Some("Dushanbe".into()),
            ..Default::default()
        };
        let a = apply(Some(a), keep.validate(false).unwrap(), Timestamp(3)).unwrap();
        assert!(a.motto.is_some());
        let clear = AffiliateDraft {
            motto: Some("  ".into()),
            ..Default::default()
        };
        let a = apply(Some(a), clear.validate(false).unwrap(), Timestamp(4)).unwrap();
        assert!(a.motto.is_none());
    }

    #[test]
    fn a_motto_written_in_tajik_is_a_tajik_text() {
        let a = tajik();
        let edit = AffiliateDraft {
            lang: Some("tg".into()),
            motto: Some("Дониш барои ҳама".into()),
            ..Default::default()
        };
        let a = apply(Some(a), edit.validate(false).unwrap(), Timestamp(2)).unwrap();
        let motto = a.motto.unwrap();
        assert_eq!(motto.source_lang.as_str(), "tg");
        assert_eq!(motto.pick(&["ru", "en"]), ("Дониш барои ҳама", "tg"));
    }

    #[test]
    fn an_affiliate_admin_edits_the_profile_but_not_the_status() {
        let a = tajik();
        let admin = viewer(false, vec![3]);
        let motto = AffiliateDraft {
            motto: Some("x".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert!(authorize(&admin, Some(&a), &motto).is_ok());
        let status = AffiliateDraft {
            status: Some("expired".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert!(matches!(
            authorize(&admin, Some(&a), &status),
            Err(Error::Forbidden("site_admin_only"))
        ));
        let same_status = AffiliateDraft {
            status: Some("active".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert!(
            authorize(&admin, Some(&a), &same_status).is_ok(),
            "an unchanged status is no change"
        );
        assert!(authorize(&viewer(true, vec![]), Some(&a), &status).is_ok());
    }

    #[test]
    fn only_the_affiliates_own_admins_and_site_admins_may_edit() {
        let a = tajik();
        let changes = AffiliateDraft {
            motto: Some("x".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert!(matches!(
            authorize(&Viewer::Anonymous, Some(&a), &changes),
            Err(Error::Unauthenticated)
        ));
        assert!(matches!(
            authorize(&viewer(false, vec![]), Some(&a), &changes),
            Err(Error::Forbidden("not_affiliate_admin"))
        ));
        assert!(matches!(
            authorize(&viewer(false, vec![1]), Some(&a), &changes),
            Err(Error::Forbidden("not_affiliate_admin"))
        ));
        assert!(matches!(
            authorize(&viewer(false, vec![3]), None, &changes),
            Err(Error::Forbidden("site_admin_only"))
        ));
    }

    /// Every field of a profile edit, changed on its own, by every role: the field's owner
    /// decides. Fields the committee owns are refused to the affiliate's own admins (an
    /// admin moving their agreement dates would take a past-due group out of the
    /// compliance process); everything else is theirs; strangers and visitors get nothing.
    #[test]
    fn every_profile_field_by_every_role() {
        const COMMITTEE: &[&str] = &[
            "slug",
            "kind",
            "status",
            "recognized",
            "agreement",
            "admins",
        ];
        let edits: Vec<(&str, AffiliateDraft)> = vec![
            (
                "slug",
                AffiliateDraft {
                    slug: Some("tajik-wm".into()),
                    ..Default::default()
                },
            ),
            (
                "kind",
                AffiliateDraft {
                    kind: Some("chapter".into()),
                    ..Default::default()
                },
            ),
            (
                "status",
                AffiliateDraft {
                    status: Some("suspended".into()),
                    ..Default::default()
                },
            ),
            (
                "name",
                AffiliateDraft {
                    name: Some("Другое имя".into()),
                    ..Default::default()
                },
            ),
            (
                "motto",
                AffiliateDraft {
                    motto: Some("x".into()),
                    ..Default::default()
                },
            ),
            (
                "mission",
                AffiliateDraft {
                    mission: Some("x".into()),
                    ..Default::default()
                },
            ),
            (
                "membership_policy",
                AffiliateDraft {
                    membership_policy: Some("x".into()),
                    ..Default::default()
                },
            ),
            (
                "goals",
                AffiliateDraft {
                    goals: Some(vec![GoalDraft {
                        heading: "h".into(),
                        body: "b".into(),
                    }]),
                    ..Default::default()
                },
            ),
            (
                "logo",
                AffiliateDraft {
                    logo: Some("File:Logo.svg".into()),
                    ..Default::default()
                },
            ),
            (
                "location",
                AffiliateDraft {
                    location: Some("Khujand".into()),
                    ..Default::default()
                },
            ),
            (
                "country",
                AffiliateDraft {
                    country: Some("UZ".into()),
                    ..Default::default()
                },
            ),
            (
                "regions",
                AffiliateDraft {
                    regions: Some(vec!["UZ".into()]),
                    ..Default::default()
                },
            ),
            (
                "languages",
                AffiliateDraft {
                    languages: Some(vec!["uz".into()]),
                    ..Default::default()
                },
            ),
            (
                "founded",
                AffiliateDraft {
                    founded: Some("2014".into()),
                    ..Default::default()
                },
            ),
            (
                "recognized",
                AffiliateDraft {
                    recognized: Some("2021-01-01".into()),
                    ..Default::default()
                },
            ),
            (
                "agreement",
                AffiliateDraft {
                    agreement_start: Some("2026-01-01".into()),
                    agreement_end: Some("2027-12-31".into()),
                    ..Default::default()
                },
            ),
            (
                "email",
                AffiliateDraft {
                    email: Some("tg@example.org".into()),
                    ..Default::default()
                },
            ),
            (
                "telegram",
                AffiliateDraft {
                    telegram: Some("https://t.me/wikitg".into()),
                    ..Default::default()
                },
            ),
            (
                "mailing_list",
                AffiliateDraft {
                    mailing_list: Some("https://lists.wikimedia.org/tg".into()),
                    ..Default::default()
                },
            ),
            (
                "website",
                AffiliateDraft {
                    website: Some("https://tg.example.org".into()),
                    ..Default::default()
                },
            ),
            (
                "founders",
                AffiliateDraft {
                    founders: Some(vec!["Someone".into()]),
                    ..Default::default()
                },
            ),
            (
                "board",
                AffiliateDraft {
                    board: Some(vec!["Someone".into()]),
                    ..Default::default()
                },
            ),
            (
                "contacts",
                AffiliateDraft {
                    contacts: Some(vec!["Someone".into()]),
                    ..Default::default()
                },
            ),
            (
                "admins",
                AffiliateDraft {
                    admins: Some(vec!["Someone".into()]),
                    ..Default::default()
                },
            ),
        ];
        let a = tajik();
        let mut failures = Vec::new();
        for (field, draft) in edits {
            let changes = match draft.validate(false) {
                Ok(c) => c,
                Err(e) => panic!("{field}: {e:?}"),
            };
            let roles: [(&str, Viewer, bool); 5] = [
                ("visitor", Viewer::Anonymous, false),
                ("stranger", viewer(false, vec![]), false),
                ("admin elsewhere", viewer(false, vec![1]), false),
                ("admin", viewer(false, vec![3]), !COMMITTEE.contains(&field)),
                ("site admin", viewer(true, vec![]), true),
            ];
            for (role, v, allowed) in roles {
                if authorize(&v, Some(&a), &changes).is_ok() != allowed {
                    failures.push(format!(
                        "{role} changing {field}: expected allowed={allowed}"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
        // The same values sent back unchanged (as the edit form does) are no change.
        let same = AffiliateDraft {
            agreement_start: a.agreement.map(|p| p.0.to_string()),
            agreement_end: a.agreement.map(|p| p.1.to_string()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert!(authorize(&viewer(false, vec![3]), Some(&a), &same).is_ok());
    }

    #[test]
    fn an_untranslated_goal_survives_a_translation_edit() {
        let goals = |h: &str, b: &str| {
            Some(vec![GoalDraft {
                heading: h.into(),
                body: b.into(),
            }])
        };
        let edit = |lang: &str, h: &str, b: &str| AffiliateDraft {
            lang: Some(lang.into()),
            goals: goals(h, b),
            ..Default::default()
        };
        let a = tajik();
        let a = apply(
            Some(a),
            edit("en", "Objectives", "Outreach")
                .validate(false)
                .unwrap(),
            Timestamp(2),
        )
        .unwrap();
        let a = apply(
            Some(a),
            edit("tg", "", "").validate(false).unwrap(),
            Timestamp(3),
        )
        .unwrap();
        assert_eq!(
            a.goals.len(),
            1,
            "an empty translation is no translation, not a deletion"
        );
        let a = apply(
            Some(a),
            edit("tg", "Мақсадҳо", "Тарғибот").validate(false).unwrap(),
            Timestamp(4),
        )
        .unwrap();
        assert_eq!(a.goals[0].heading.pick(&["tg"]), ("Мақсадҳо", "tg"));
        let a = apply(
            Some(a),
            edit("en", "", "").validate(false).unwrap(),
            Timestamp(5),
        )
        .unwrap();
        assert!(
            a.goals.is_empty(),
            "emptied in its source language, the goal goes"
        );
    }

    #[test]
    fn the_source_name_cannot_be_cleared_but_a_translation_can() {
        let a = tajik();
        let clear = AffiliateDraft {
            name: Some(String::new()),
            ..Default::default()
        };
        let err = apply(
            Some(a.clone()),
            clear.validate(false).unwrap(),
            Timestamp(2),
        )
        .unwrap_err();
        assert!(
            matches!(err, Error::Validation(e) if e.for_field("name").unwrap().code == "required")
        );
        let tg = AffiliateDraft {
            lang: Some("tg".into()),
            name: Some(String::new()),
            ..Default::default()
        };
        let b = apply(Some(a.clone()), tg.validate(false).unwrap(), Timestamp(2)).unwrap();
        assert_eq!(b.name, a.name);
    }

    #[test]
    fn the_directory_filters_by_un_subregion_and_by_country_served() {
        let mut a = tajik();
        a.regions = vec![CountryCode::trusted("TJ")];
        let region = |r: &str| DirectoryFilter {
            region: Some(r.into()),
            ..Default::default()
        };
        assert!(region("143").matches(&a), "Tajikistan is in Central Asia");
        assert!(!region("034").matches(&a));
        let country = |c: &str| DirectoryFilter {
            country: Some(c.into()),
            ..Default::default()
        };
        assert!(country("TJ").matches(&a));
        assert!(!country("PK").matches(&a));
    }

    #[test]
    fn history_names_the_fields_that_changed() {
        let a = tajik();
        let edit = AffiliateDraft {
            regions: Some(vec!["TJ".into()]),
            founders: Some(vec!["Darafsh".into()]),
            ..Default::default()
        };
        let b = apply(Some(a.clone()), edit.validate(false).unwrap(), Timestamp(2)).unwrap();
        assert_eq!(changed_fields(&a, &b), ["regions", "founders"]);
    }

    #[test]
    fn commons_thumbnails_use_the_md5_directories() {
        // Known: File:Wikimedia_Community_Logo.svg lives under /7/75/ on Commons.
        let f = CommonsFile::parse("File:Wikimedia_Community_Logo.svg").unwrap();
        assert_eq!(f.name(), "Wikimedia Community Logo.svg");
        assert_eq!(
            f.thumb_url(120),
            "https://upload.wikimedia.org/wikipedia/commons/thumb/7/75/Wikimedia_Community_Logo.svg/120px-Wikimedia_Community_Logo.svg.png"
        );
        assert_eq!(
            CommonsFile::parse("logo").unwrap_err().code,
            "invalid_file_name"
        );
        assert_eq!(
            CommonsFile::parse("a/b.png").unwrap_err().code,
            "invalid_file_name"
        );
    }

    #[test]
    fn telegram_handles_become_links() {
        assert_eq!(
            WebUrl::parse_telegram("@tajikwiki").unwrap().as_str(),
            "https://t.me/tajikwiki"
        );
        assert!(WebUrl::parse_telegram("@x y").is_err());
    }

    #[test]
    fn the_directory_hides_formerly_active_affiliates_unless_asked() {
        let mut a = tajik();
        a.status = AffiliateStatus::FormerlyActive;
        assert!(!DirectoryFilter::default().matches(&a));
        assert!(
            DirectoryFilter {
                include_former: true,
                ..Default::default()
            }
            .matches(&a)
        );
        assert!(
            DirectoryFilter {
                status: Some(AffiliateStatus::FormerlyActive),
                ..Default::default()
            }
            .matches(&a)
        );
    }
}
