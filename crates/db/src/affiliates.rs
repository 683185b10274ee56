//! Affiliate profiles, regional hub membership and each affiliate's history. Loading reads
//! one query per table, never one per affiliate.

use std::collections::HashMap;

use jiff::civil::Date;
use sangam_core::account::{AffiliateId, AffiliateRole, Email, UserId, Username};
use sangam_core::affiliate::{
    Affiliate, AffiliateKind, AffiliateStatus, CommonsFile, Contacts, Goal, Slug, WebUrl,
    changed_fields,
};
use sangam_core::codes::CountryCode;
use sangam_core::text::{LangTag, Translatable};
use sangam_core::time::PartialDate;
use sangam_core::{Error, Timestamp};
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Db, Tx, bump_generation, commit, is_unique_violation, texts, users};

/// One entry of an affiliate's history: who did what, when.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub at: Timestamp,
    pub actor: Option<Username>,
    /// `created`, `updated`, `status`, `notice`, `hub_members`.
    pub action: String,
    pub detail: serde_json::Value,
}

const COLUMNS: &str = "id, slug, kind, status, name_text, motto_text, mission_text, policy_text, logo, \
    location, country, founded, recognized, agreement_start, agreement_end, email, telegram, mailing_list, \
    website, created_at, updated_at, version";

/// The text ids of one affiliate row: name, motto, mission, membership policy.
struct Row0 {
    affiliate: Affiliate,
    name: i64,
    motto: Option<i64>,
    mission: Option<i64>,
    policy: Option<i64>,
}

fn opt_str(row: &AnyRow, i: &str) -> Result<Option<String>, Error> {
    row.try_get::<Option<String>, _>(i).map_err(Error::from)
}

fn parse_row(row: &AnyRow) -> Result<Row0, Error> {
    let text =
        |i: &str| -> Result<String, Error> { row.try_get::<String, _>(i).map_err(Error::from) };
    let date = |i: &str| -> Result<Option<Date>, Error> {
        Ok(opt_str(row, i)?.and_then(|s| s.parse::<Date>().ok()))
    };
    let partial = |i: &str| -> Result<Option<PartialDate>, Error> {
        Ok(opt_str(row, i)?.and_then(|s| PartialDate::parse(&s).ok()))
    };
    let kind = text("kind")?;
    let status = text("status")?;
    let agreement = match (date("agreement_start")?, date("agreement_end")?) {
        (Some(s), Some(e)) => Some((s, e)),
        _ => None,
    };
    let placeholder = Translatable::new(&LangTag::trusted("en"), "");
    Ok(Row0 {
        affiliate: Affiliate {
            id: row.try_get("id")?,
            slug: Slug::trusted(&text("slug")?),
            kind: AffiliateKind::parse(&kind)
                .ok_or_else(|| Error::Internal(format!("stored kind {kind}")))?,
            status: AffiliateStatus::parse(&status)
                .ok_or_else(|| Error::Internal(format!("stored status {status}")))?,
            name: placeholder,
            motto: None,
            mission: None,
            membership_policy: None,
            goals: Vec::new(),
            logo: opt_str(row, "logo")?.map(|s| CommonsFile::trusted(&s)),
            location: opt_str(row, "location")?,
            country: opt_str(row, "country")?.map(|s| CountryCode::trusted(&s)),
            regions: Vec::new(),
            languages: Vec::new(),
            founded: partial("founded")?,
            recognized: partial("recognized")?,
            agreement,
            contacts: Contacts {
                email: opt_str(row, "email")?.map(|s| Email::trusted(&s)),
                telegram: opt_str(row, "telegram")?.map(|s| WebUrl::trusted(&s)),
                mailing_list: opt_str(row, "mailing_list")?,
                website: opt_str(row, "website")?.map(|s| WebUrl::trusted(&s)),
            },
            people: Vec::new(),
            created_at: Timestamp(row.try_get("created_at")?),
            updated_at: Timestamp(row.try_get("updated_at")?),
            version: row.try_get("version")?,
        },
        name: row.try_get("name_text")?,
        motto: row.try_get("motto_text")?,
        mission: row.try_get("mission_text")?,
        policy: row.try_get("policy_text")?,
    })
}

impl Db {
    /// Every affiliate and hub, in id order.
    pub async fn affiliates(&self) -> Result<Vec<Affiliate>, Error> {
        self.load(None).await
    }

    pub async fn affiliate(&self, slug: &str) -> Result<Option<Affiliate>, Error> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM affiliates WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?;
        match id {
            Some(id) => Ok(self.load(Some(AffiliateId(id))).await?.pop()),
            None => Ok(None),
        }
    }

    pub async fn affiliate_by_id(&self, id: AffiliateId) -> Result<Option<Affiliate>, Error> {
        if id <= AffiliateId(0) {
            return Ok(None);
        }
        Ok(self.load(Some(id)).await?.pop())
    }

    /// Loads one affiliate (`only`) or all of them (`None`).
    async fn load(&self, only: Option<AffiliateId>) -> Result<Vec<Affiliate>, Error> {
        let pool = &self.pool;
        let sql =
            format!("SELECT {COLUMNS} FROM affiliates WHERE ($1 IS NULL OR id = $1) ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(only)
            .fetch_all(pool)
            .await?;
        let mut parsed: Vec<Row0> = rows.iter().map(parse_row).collect::<Result<_, _>>()?;
        let index: HashMap<AffiliateId, usize> = parsed
            .iter()
            .enumerate()
            .map(|(i, r)| (r.affiliate.id, i))
            .collect();

        for (id, code) in id_and_text(pool, "affiliate_regions", "country", only).await? {
            if let Some(&i) = index.get(&id) {
                parsed[i]
                    .affiliate
                    .regions
                    .push(CountryCode::trusted(&code));
            }
        }
        for (id, tag) in id_and_text(pool, "affiliate_languages", "lang", only).await? {
            if let Some(&i) = index.get(&id) {
                parsed[i].affiliate.languages.push(LangTag::trusted(&tag));
            }
        }
        for row in sqlx::query(
            "SELECT p.affiliate_id, p.role, u.username FROM affiliate_people p JOIN users u ON u.id = p.user_id \
             WHERE ($1 IS NULL OR p.affiliate_id = $1) ORDER BY p.affiliate_id, p.role, p.position",
        )
        .bind(only)
        .fetch_all(pool)
        .await?
        {
            if let Some(&i) = index.get(&row.try_get::<AffiliateId, _>("affiliate_id")?) {
                let role: String = row.try_get("role")?;
                if let Some(role) = AffiliateRole::parse(&role) {
                    let name = Username::trusted(&row.try_get::<String, _>("username")?);
                    parsed[i].affiliate.people.push((role, name));
                }
            }
        }
        for r in &mut parsed {
            r.affiliate
                .people
                .sort_by_key(|(role, _)| AffiliateRole::ALL.iter().position(|x| x == role));
        }
        let goal_rows: Vec<(AffiliateId, i64, i64)> = sqlx::query(
            "SELECT affiliate_id, heading_text, body_text FROM affiliate_goals \
             WHERE ($1 IS NULL OR affiliate_id = $1) ORDER BY affiliate_id, position",
        )
        .bind(only)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("affiliate_id")?,
                r.try_get("heading_text")?,
                r.try_get("body_text")?,
            ))
        })
        .collect::<Result<_, Error>>()?;

        let mut text_ids: Vec<i64> = Vec::new();
        for r in &parsed {
            text_ids.push(r.name);
            text_ids.extend([r.motto, r.mission, r.policy].into_iter().flatten());
        }
        for (_, h, b) in &goal_rows {
            text_ids.extend([*h, *b]);
        }
        let mut all_texts = HashMap::new();
        // Bounded batches keep under both databases' limits on bound parameters.
        for chunk in text_ids.chunks(500) {
            all_texts.extend(texts::load(pool, chunk).await?);
        }
        let take = |id: Option<i64>| id.and_then(|id| all_texts.get(&id).cloned());
        for r in &mut parsed {
            if let Some(name) = take(Some(r.name)) {
                r.affiliate.name = name;
            }
            r.affiliate.motto = take(r.motto);
            r.affiliate.mission = take(r.mission);
            r.affiliate.membership_policy = take(r.policy);
        }
        for (affiliate, h, b) in goal_rows {
            if let (Some(&i), Some(heading), Some(body)) =
                (index.get(&affiliate), take(Some(h)), take(Some(b)))
            {
                parsed[i].affiliate.goals.push(Goal { heading, body });
            }
        }
        Ok(parsed.into_iter().map(|r| r.affiliate).collect())
    }

    /// Stores a new affiliate (from [`sangam_core::affiliate::apply`]) and records its
    /// creation. A taken slug is a validation error on `slug`.
    pub async fn create_affiliate(
        &self,
        a: &Affiliate,
        actor: Option<UserId>,
        now: Timestamp,
    ) -> Result<Affiliate, Error> {
        let mut tx = self.write().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM affiliates WHERE slug = $1")
            .bind(a.slug.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(Error::field("slug", "slug_taken"));
        }
        let name = texts::save(&mut tx, None, &a.name).await?;
        let motto = texts::save_optional(&mut tx, None, a.motto.as_ref()).await?;
        let mission = texts::save_optional(&mut tx, None, a.mission.as_ref()).await?;
        let policy = texts::save_optional(&mut tx, None, a.membership_policy.as_ref()).await?;
        let id: AffiliateId = bind_row(
            sqlx::query(
                "INSERT INTO affiliates (slug, kind, status, name_text, motto_text, mission_text, policy_text, logo, \
                 location, country, founded, recognized, agreement_start, agreement_end, email, telegram, \
                 mailing_list, website, created_at, updated_at, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1) \
                 RETURNING id",
            ),
            a,
            (name, motto, mission, policy),
        )
        .bind(now.0)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| if is_unique_violation(&e) { Error::field("slug", "slug_taken") } else { Error::from(e) })?
        .try_get("id")?;
        write_children(&mut tx, id, a, now).await?;
        add_history(&mut tx, id, actor, "created", json!({}), now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        self.affiliate_by_id(id).await?.ok_or(Error::NotFound)
    }

    /// Stores an edited profile. `old` is what the edit was made from; if someone else
    /// saved in between, the edit is refused as a conflict rather than silently undone.
    pub async fn update_affiliate(
        &self,
        old: &Affiliate,
        new: &Affiliate,
        actor: Option<UserId>,
        now: Timestamp,
    ) -> Result<Affiliate, Error> {
        let fields = changed_fields(old, new);
        if fields.is_empty() {
            return Ok(old.clone());
        }
        let mut tx = self.write().await?;
        if new.slug != old.slug {
            let taken: Option<i64> =
                sqlx::query_scalar("SELECT id FROM affiliates WHERE slug = $1 AND id <> $2")
                    .bind(new.slug.as_str())
                    .bind(old.id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if taken.is_some() {
                return Err(Error::field("slug", "slug_taken"));
            }
        }
        let ids: Option<TextIds> = sqlx::query(
            "SELECT name_text, motto_text, mission_text, policy_text FROM affiliates WHERE id = $1 AND version = $2",
        )
        .bind(old.id)
        .bind(old.version)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| Ok::<_, sqlx::Error>((r.try_get("name_text")?, r.try_get("motto_text")?, r.try_get("mission_text")?, r.try_get("policy_text")?)))
        .transpose()?;
        let Some((name_id, motto_id, mission_id, policy_id)) = ids else {
            return Err(Error::Conflict("edited_meanwhile"));
        };
        let name = texts::save(&mut tx, Some(name_id), &new.name).await?;
        let motto = texts::save_optional(&mut tx, motto_id, new.motto.as_ref()).await?;
        let mission = texts::save_optional(&mut tx, mission_id, new.mission.as_ref()).await?;
        let policy =
            texts::save_optional(&mut tx, policy_id, new.membership_policy.as_ref()).await?;
        let updated = bind_row(
            sqlx::query(
                "UPDATE affiliates SET slug = $1, kind = $2, status = $3, name_text = $4, motto_text = $5, \
                 mission_text = $6, policy_text = $7, logo = $8, location = $9, country = $10, founded = $11, \
                 recognized = $12, agreement_start = $13, agreement_end = $14, email = $15, telegram = $16, \
                 mailing_list = $17, website = $18, updated_at = $19, version = version + 1 \
                 WHERE id = $20 AND version = $21",
            ),
            new,
            (name, motto, mission, policy),
        )
        .bind(now.0)
        .bind(old.id)
        .bind(old.version)
        .execute(&mut *tx)
        .await
        .map_err(|e| if is_unique_violation(&e) { Error::field("slug", "slug_taken") } else { Error::from(e) })?;
        // The version read above may have moved since (PostgreSQL reads committed rows, and
        // another edit can commit between that read and this write): the write itself
        // carries the version, and the second of two edits based on the same one changes
        // nothing and is refused; the transaction, texts and all, is rolled back.
        if updated.rows_affected() != 1 {
            return Err(Error::Conflict("edited_meanwhile"));
        }
        for (old_id, new_id) in [
            (motto_id, motto),
            (mission_id, mission),
            (policy_id, policy),
        ] {
            if let (Some(old_id), None) = (old_id, new_id) {
                texts::delete(&mut tx, old_id).await?;
            }
        }
        write_children(&mut tx, old.id, new, now).await?;
        if old.status != new.status {
            let detail = json!({"from": old.status.as_str(), "to": new.status.as_str()});
            add_history(&mut tx, old.id, actor, "status", detail, now).await?;
        }
        let other: Vec<&str> = fields.into_iter().filter(|f| *f != "status").collect();
        if !other.is_empty() {
            add_history(
                &mut tx,
                old.id,
                actor,
                "updated",
                json!({ "fields": other }),
                now,
            )
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        self.affiliate_by_id(old.id).await?.ok_or(Error::NotFound)
    }

    /// The affiliates a hub brings together, by id.
    pub async fn hub_memberships(&self) -> Result<Vec<(AffiliateId, AffiliateId)>, Error> {
        sqlx::query("SELECT hub_id, affiliate_id FROM hub_members ORDER BY hub_id, affiliate_id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("hub_id")?, r.try_get("affiliate_id")?)))
            .collect()
    }

    /// Replaces a hub's member affiliates.
    pub async fn set_hub_members(
        &self,
        hub: &Affiliate,
        members: &[AffiliateId],
        actor: Option<UserId>,
        now: Timestamp,
    ) -> Result<(), Error> {
        if hub.kind != AffiliateKind::Hub {
            return Err(Error::field("members", "not_a_hub"));
        }
        let mut tx = self.write().await?;
        let before: Vec<AffiliateId> = sqlx::query_scalar(
            "SELECT affiliate_id FROM hub_members WHERE hub_id = $1 ORDER BY affiliate_id",
        )
        .bind(hub.id)
        .fetch_all(&mut *tx)
        .await?;
        let mut after: Vec<AffiliateId> =
            members.iter().copied().filter(|m| *m != hub.id).collect();
        after.sort_unstable();
        after.dedup();
        if before == after {
            return Ok(());
        }
        sqlx::query("DELETE FROM hub_members WHERE hub_id = $1")
            .bind(hub.id)
            .execute(&mut *tx)
            .await?;
        for member in &after {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM affiliates WHERE id = $1")
                .bind(*member)
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_none() {
                return Err(Error::field("members", "unknown_affiliate"));
            }
            sqlx::query("INSERT INTO hub_members (hub_id, affiliate_id) VALUES ($1, $2)")
                .bind(hub.id)
                .bind(*member)
                .execute(&mut *tx)
                .await?;
        }
        add_history(
            &mut tx,
            hub.id,
            actor,
            "hub_members",
            json!({"before": before, "after": after}),
            now,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Records a notice (such as a reporting notice) in an affiliate's history.
    pub async fn add_notice(
        &self,
        affiliate: AffiliateId,
        actor: Option<UserId>,
        text: &str,
        at: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        add_history(
            &mut tx,
            affiliate,
            actor,
            "notice",
            json!({ "text": text }),
            at,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// An affiliate's history, newest first.
    pub async fn history(&self, affiliate: AffiliateId) -> Result<Vec<HistoryEntry>, Error> {
        sqlx::query(
            "SELECT h.at, u.username, h.action, h.detail FROM history h LEFT JOIN users u ON u.id = h.actor_id \
             WHERE h.affiliate_id = $1 ORDER BY h.at DESC, h.id DESC",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let detail: String = r.try_get("detail")?;
            Ok(HistoryEntry {
                at: Timestamp(r.try_get("at")?),
                actor: opt_str(r, "username")?.map(|s| Username::trusted(&s)),
                action: r.try_get("action")?,
                detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
            })
        })
        .collect()
    }
}

/// `(affiliate_id, column)` of a per-affiliate list table, in list order.
async fn id_and_text(
    pool: &sqlx::AnyPool,
    table: &str,
    column: &str,
    only: Option<AffiliateId>,
) -> Result<Vec<(AffiliateId, String)>, Error> {
    let sql = format!(
        "SELECT affiliate_id, {column} AS item FROM {table} WHERE ($1 IS NULL OR affiliate_id = $1) ORDER BY affiliate_id, position"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(only)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("affiliate_id")?, r.try_get("item")?)))
        .collect()
}

type TextIds = (i64, Option<i64>, Option<i64>, Option<i64>);

/// Binds the 18 profile columns shared by INSERT and UPDATE, in their order there.
fn bind_row<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    a: &Affiliate,
    (name, motto, mission, policy): TextIds,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    q.bind(a.slug.as_str().to_string())
        .bind(a.kind.as_str())
        .bind(a.status.as_str())
        .bind(name)
        .bind(motto)
        .bind(mission)
        .bind(policy)
        .bind(a.logo.as_ref().map(|l| l.name().to_string()))
        .bind(a.location.clone())
        .bind(a.country.as_ref().map(|c| c.as_str().to_string()))
        .bind(a.founded.map(|d| d.to_string()))
        .bind(a.recognized.map(|d| d.to_string()))
        .bind(a.agreement.map(|(s, _)| s.to_string()))
        .bind(a.agreement.map(|(_, e)| e.to_string()))
        .bind(a.contacts.email.as_ref().map(|e| e.as_str().to_string()))
        .bind(a.contacts.telegram.as_ref().map(|t| t.as_str().to_string()))
        .bind(a.contacts.mailing_list.clone())
        .bind(a.contacts.website.as_ref().map(|w| w.as_str().to_string()))
}

/// Rewrites the list rows of a profile: regions, languages, people and goals. Goal texts
/// keep their ids position by position, so translations stay attached.
async fn write_children(
    tx: &mut Tx,
    id: AffiliateId,
    a: &Affiliate,
    now: Timestamp,
) -> Result<(), Error> {
    for table in [
        "affiliate_regions",
        "affiliate_languages",
        "affiliate_people",
    ] {
        let sql = format!("DELETE FROM {table} WHERE affiliate_id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for (i, c) in a.regions.iter().enumerate() {
        sqlx::query(
            "INSERT INTO affiliate_regions (affiliate_id, position, country) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(i as i64)
        .bind(c.as_str())
        .execute(&mut **tx)
        .await?;
    }
    for (i, l) in a.languages.iter().enumerate() {
        sqlx::query(
            "INSERT INTO affiliate_languages (affiliate_id, position, lang) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(i as i64)
        .bind(l.as_str())
        .execute(&mut **tx)
        .await?;
    }
    let mut positions: HashMap<AffiliateRole, i64> = HashMap::new();
    for (role, username) in &a.people {
        let user = users::ensure_person(tx, username, now).await?;
        let position = positions.entry(*role).or_insert(0);
        sqlx::query("INSERT INTO affiliate_people (affiliate_id, role, position, user_id) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(role.as_str())
            .bind(*position)
            .bind(user)
            .execute(&mut **tx)
            .await?;
        *position += 1;
    }
    let old: Vec<(i64, i64)> = sqlx::query("SELECT heading_text, body_text FROM affiliate_goals WHERE affiliate_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("heading_text")?, r.try_get("body_text")?)))
        .collect::<Result<_, Error>>()?;
    sqlx::query("DELETE FROM affiliate_goals WHERE affiliate_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (i, goal) in a.goals.iter().enumerate() {
        let previous = old.get(i);
        let heading = texts::save(tx, previous.map(|p| p.0), &goal.heading).await?;
        let body = texts::save(tx, previous.map(|p| p.1), &goal.body).await?;
        sqlx::query("INSERT INTO affiliate_goals (affiliate_id, position, heading_text, body_text) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(i as i64)
            .bind(heading)
            .bind(body)
            .execute(&mut **tx)
            .await?;
    }
    for (heading, body) in old.iter().skip(a.goals.len()) {
        texts::delete(tx, *heading).await?;
        texts::delete(tx, *body).await?;
    }
    Ok(())
}

pub(crate) async fn add_history(
    tx: &mut Tx,
    affiliate: AffiliateId,
    actor: Option<UserId>,
    action: &str,
    detail: serde_json::Value,
    at: Timestamp,
) -> Result<(), Error> {
    sqlx::query("INSERT INTO history (affiliate_id, at, actor_id, action, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(affiliate)
        .bind(at.0)
        .bind(actor)
        .bind(action)
        .bind(detail.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
