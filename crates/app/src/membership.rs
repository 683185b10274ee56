//! Membership: joining under an affiliate's rules, leaving, the member list and its
//! exports, applications and their review, roles, the rules themselves, and imports of
//! wiki sign-up lists.

use sangam_core::account::{AffiliateId, AffiliateRole};
use sangam_core::affiliate::{Affiliate, AffiliateDraft, apply, authorize};
use sangam_core::error::Error;
use sangam_core::id::MembershipId;
use sangam_core::membership::{
    Application, ApplicationDraft, MemberKind, MembershipStatus, Rules, RulesDraft, evaluate,
    may_see_answers,
};
use sangam_core::signature::{self, ParsedList};
use sangam_db::membership::{ImportOutcome, MemberOrder, MemberRow, Rows};

use crate::{Actor, App, Organizer, csv_field, found};

/// Members a page (the list and the API).
pub const PAGE_SIZE: usize = 50;

/// Sign-up lists larger than this are refused.
pub const IMPORT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// An affiliate's active members, one page (1-based) in `order`, and how many there are.
pub async fn page(
    app: &App,
    a: &Affiliate,
    order: &MemberOrder,
    page: usize,
) -> Result<(Vec<MemberRow>, usize), Error> {
    let offset = page.saturating_sub(1).saturating_mul(PAGE_SIZE);
    app.db()
        .members(
            a.id,
            MembershipStatus::Active,
            order,
            Rows::page(offset, PAGE_SIZE),
        )
        .await
}

/// How many active members an affiliate has.
pub async fn count(app: &App, a: &Affiliate) -> Result<usize, Error> {
    let (_, total) = app
        .db()
        .members(
            a.id,
            MembershipStatus::Active,
            &MemberOrder::Date,
            Rows::page(0, 0),
        )
        .await?;
    Ok(total)
}

/// The affiliate's rules for joining.
pub async fn rules(app: &App, a: &Affiliate) -> Result<Rules, Error> {
    app.db().membership_rules(a.id).await
}

/// The actor's own membership of `a` as a person, if any.
pub async fn own_status(
    app: &App,
    actor: Actor<'_>,
    a: &Affiliate,
) -> Result<Option<MembershipStatus>, Error> {
    let Some(user) = actor.viewer.user_id() else {
        return Ok(None);
    };
    Ok(app
        .db()
        .memberships_of(user)
        .await?
        .into_iter()
        .find(|m| m.affiliate_id == a.id && m.kind == MemberKind::Individual)
        .map(|m| m.status))
}

/// Joins the affiliate, or applies where its organizers review applications; refused with
/// every rule the application does not meet.
pub async fn join(
    app: &App,
    actor: Actor<'_>,
    affiliate: AffiliateId,
    rules: &Rules,
    draft: &ApplicationDraft,
) -> Result<MemberRow, Error> {
    let user = actor.user()?;
    let today = actor.now.date_utc();
    let application = draft.validate(rules, today)?;
    let refusals = evaluate(rules, &application, today);
    if !refusals.is_empty() {
        return Err(Error::NotEligible(refusals));
    }
    app.db()
        .join(affiliate, user, &application, rules.review, actor.now)
        .await
}

/// The affiliate at an address and its rules, for joining it.
pub async fn to_join(app: &App, slug: &str) -> Result<(AffiliateId, Rules), Error> {
    found(app.db().membership_rules_of(slug).await?)
}

/// Leaves the affiliate (for an institution when one is named).
pub async fn leave(
    app: &App,
    actor: Actor<'_>,
    a: &Affiliate,
    institution: &str,
) -> Result<(), Error> {
    let user = actor.user()?;
    app.db().leave(a.id, user, institution, actor.now).await
}

/// One membership as the actor may see it: active ones are public, others only for the
/// member and the affiliate's organizers.
pub async fn membership(
    app: &App,
    actor: Actor<'_>,
    a: &Affiliate,
    id: MembershipId,
) -> Result<MemberRow, Error> {
    let m = app
        .db()
        .membership(id)
        .await?
        .filter(|m| m.affiliate_id == a.id)
        .ok_or(Error::NotFound)?;
    let visible = m.status == MembershipStatus::Active
        || actor.viewer.user_id() == Some(m.user_id)
        || actor.viewer.administers(a.id);
    if visible { Ok(m) } else { Err(Error::NotFound) }
}

/// A member's answers to the eligibility questions, for the member and the affiliate's own
/// admins only (`None` for anyone else).
pub async fn answers(
    app: &App,
    actor: Actor<'_>,
    affiliate: AffiliateId,
    m: &MemberRow,
) -> Result<Option<Application>, Error> {
    if may_see_answers(actor.viewer, affiliate, m.user_id) {
        app.db().answers(m.id).await
    } else {
        Ok(None)
    }
}

/// Applications waiting for a decision, oldest first.
pub async fn applications(
    app: &App,
    a: &Organizer<Affiliate>,
    limit: usize,
) -> Result<Vec<MemberRow>, Error> {
    let (rows, _) = app
        .db()
        .members(
            a.id,
            MembershipStatus::Pending,
            &MemberOrder::Date,
            Rows::page(0, limit),
        )
        .await?;
    Ok(rows)
}

/// `approve` or `decline`, as both faces send it.
pub fn parse_decision(s: Option<&str>) -> Result<bool, Error> {
    match s {
        Some("approve") => Ok(true),
        Some("decline") => Ok(false),
        _ => Err(Error::field("decision", "invalid_choice")),
    }
}

/// Approves or declines a pending application.
pub async fn decide(
    app: &App,
    actor: Actor<'_>,
    a: &Organizer<Affiliate>,
    membership: MembershipId,
    approve: bool,
) -> Result<MemberRow, Error> {
    app.db()
        .decide(a.id, membership, approve, a.user(), actor.now)
        .await
}

/// The roles a member can be given (an admin is made by the site admins).
pub const ROLES: [AffiliateRole; 3] = [
    AffiliateRole::Board,
    AffiliateRole::Contact,
    AffiliateRole::Founder,
];

/// Gives a member exactly `roles`; the profile's key people follow. Returns the member's
/// roles now.
pub async fn assign_roles(
    app: &App,
    actor: Actor<'_>,
    a: &Organizer<Affiliate>,
    membership: MembershipId,
    roles: &[AffiliateRole],
) -> Result<Vec<AffiliateRole>, Error> {
    if roles.iter().any(|r| !ROLES.contains(r)) {
        return Err(Error::field("roles", "invalid_choice"));
    }
    let m = app
        .db()
        .membership(membership)
        .await?
        .filter(|m| m.affiliate_id == a.id)
        .ok_or(Error::NotFound)?;
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
    let current: &Affiliate = a;
    authorize(actor.viewer, Some(current), &changes)?;
    let new = apply(Some(current.clone()), changes, actor.now)?;
    let saved = app
        .db()
        .update_affiliate(a, &new, Some(a.user()), actor.now)
        .await?;
    Ok(saved
        .people
        .iter()
        .filter(|(_, u)| *u == m.username)
        .map(|(r, _)| *r)
        .collect())
}

/// Changes the affiliate's rules for joining; the rules now.
pub async fn save_rules(
    app: &App,
    actor: Actor<'_>,
    a: &Organizer<Affiliate>,
    draft: RulesDraft,
) -> Result<Rules, Error> {
    let changes = draft.validate(&a.name.source_lang)?;
    app.db()
        .save_membership_rules(a.id, &changes, Some(a.user()), actor.now)
        .await?;
    app.db().membership_rules(a.id).await
}

/// An uploaded or pasted sign-up list as text: refused when empty, too large, UTF-16 or
/// binary.
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

/// What a sign-up list holds, before anything is added: each entry and whether the person
/// is a member already.
pub struct ImportPreview {
    pub list: ParsedList,
    pub already: Vec<bool>,
}

pub async fn preview_import(
    app: &App,
    a: &Organizer<Affiliate>,
    text: &str,
) -> Result<ImportPreview, Error> {
    let list = signature::parse_list(text);
    let (existing, _) = app
        .db()
        .members(
            a.id,
            MembershipStatus::Active,
            &MemberOrder::Date,
            Rows::All,
        )
        .await?;
    let already = list
        .entries
        .iter()
        .map(|e| existing.iter().any(|m| m.username == e.name))
        .collect();
    Ok(ImportPreview { list, already })
}

/// Adds a list's members, all or nothing, each with the date of their signature; refused
/// while any line cannot be read.
pub async fn apply_import(
    app: &App,
    actor: Actor<'_>,
    a: &Organizer<Affiliate>,
    list: &ParsedList,
) -> Result<ImportOutcome, Error> {
    if !list.problems.is_empty() {
        return Err(Error::field("text", "import_unreadable_lines"));
    }
    if list.entries.is_empty() {
        return Err(Error::field("text", "import_empty"));
    }
    app.db()
        .import_members(a.id, &list.entries, Some(a.user()), actor.now)
        .await
}

/// The active members as a numbered wikitext list with signature-like entries, oldest
/// first, ready to paste on Meta-Wiki.
pub async fn wikitext(app: &App, a: &Affiliate) -> Result<String, Error> {
    let (rows, _) = app
        .db()
        .members(
            a.id,
            MembershipStatus::Active,
            &MemberOrder::Date,
            Rows::All,
        )
        .await?;
    let mut out = String::with_capacity(rows.len() * 100);
    for m in rows.iter().filter(|m| m.kind == MemberKind::Individual) {
        out.push_str(&signature::wikitext_line(&m.username, m.signed_up_at));
        out.push('\n');
    }
    Ok(out)
}

/// Every membership as CSV, for the affiliate's organizers; answers only for those
/// allowed to see them.
pub async fn csv(app: &App, actor: Actor<'_>, a: &Organizer<Affiliate>) -> Result<String, Error> {
    let mut out = String::from(
        "username,kind,institution,status,signed_up_at,imported,has_account,roles,age,country,institution_country,edit_count,account_created,answers\n",
    );
    for status in [
        MembershipStatus::Active,
        MembershipStatus::Pending,
        MembershipStatus::Declined,
        MembershipStatus::Left,
    ] {
        let (rows, _) = app
            .db()
            .members(a.id, status, &MemberOrder::Date, Rows::All)
            .await?;
        for m in rows {
            let roles: Vec<&str> = a
                .people
                .iter()
                .filter(|(_, u)| *u == m.username)
                .map(|(r, _)| r.as_str())
                .collect();
            let answers = answers(app, actor, a.id, &m).await?.unwrap_or_default();
            let fields = [
                m.username.to_string(),
                m.kind.as_str().to_string(),
                m.institution.clone().unwrap_or_default(),
                m.status.as_str().to_string(),
                m.signed_up_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                (m.imported as u8).to_string(),
                (m.has_account as u8).to_string(),
                roles.join(" "),
                answers.age.map(|a| a.to_string()).unwrap_or_default(),
                answers.country.map(|c| c.to_string()).unwrap_or_default(),
                answers
                    .institution_country
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                answers
                    .edit_count
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                answers
                    .account_created
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                answers
                    .answers
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

/// The actor's memberships, each with its affiliate.
pub async fn mine(app: &App, actor: Actor<'_>) -> Result<Vec<(Affiliate, MemberRow)>, Error> {
    let user = actor.user()?;
    let mut out = Vec::new();
    for m in app.db().memberships_of(user).await? {
        if let Some(a) = app.db().affiliate_by_id(m.affiliate_id).await? {
            out.push((a, m));
        }
    }
    Ok(out)
}
