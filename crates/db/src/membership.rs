//! Memberships: joining and leaving, applications and decisions, eligibility rules and
//! questions, importing signature lists, and the member list in date or collation order.

use std::collections::HashMap;

use sangam_core::account::{AffiliateId, UserId, Username};
use sangam_core::codes::CountryCode;
use sangam_core::id::MembershipId;
use sangam_core::membership::{
    Application, MemberKind, MembershipStatus, Question, Rules, RulesChanges,
};
use sangam_core::signature::Entry;
use sangam_core::text::Translatable;
use sangam_core::{Error, Timestamp};
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::affiliates::add_history;
use crate::{Db, Tx, bump_generation, commit, texts, users};

/// One membership as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub id: MembershipId,
    pub affiliate_id: AffiliateId,
    pub user_id: UserId,
    pub username: Username,
    pub kind: MemberKind,
    /// The institution's name, for an institution.
    pub institution: Option<String>,
    pub status: MembershipStatus,
    /// When they signed up; `None` for imported entries without a date.
    pub signed_up_at: Option<Timestamp>,
    pub created_at: Timestamp,
    /// Came from a signature list.
    pub imported: bool,
    /// The person has an account (imported people may not, yet).
    pub has_account: bool,
}

/// Order of a member list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberOrder {
    /// Sign-up date, oldest first; entries without a date last.
    Date,
    /// Name, in the collation of this interface language.
    Name(String),
}

/// Which rows of a list to read: all of them, or a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    All,
    Page { offset: usize, limit: usize },
}

impl Rows {
    pub fn page(offset: usize, limit: usize) -> Rows {
        Rows::Page { offset, limit }
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    pub already_members: usize,
    /// People who had no record in Sangam before.
    pub new_people: usize,
}

/// An affiliate's rules (columns 1–7, NULL when it has none) and whether it asks questions.
const RULES_SELECT: &str = "SELECT a.id, r.review, r.min_age, r.countries, r.allow_institutions, \
    r.institution_countries, r.min_edits, r.min_account_days, CAST(CASE WHEN EXISTS \
    (SELECT 1 FROM membership_questions q WHERE q.affiliate_id = a.id) THEN 1 ELSE 0 END AS BIGINT) AS has_questions \
    FROM affiliates a LEFT JOIN membership_rules r ON r.affiliate_id = a.id";

const MEMBER_COLUMNS: &str = "m.id, m.affiliate_id, m.user_id, u.username, m.kind, m.institution, m.status, \
    m.signed_up_at, m.created_at, m.imported, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_account";

fn member_row(r: &AnyRow) -> Result<MemberRow, Error> {
    let kind: String = r.try_get("kind")?;
    let institution: String = r.try_get("institution")?;
    let status: String = r.try_get("status")?;
    Ok(MemberRow {
        id: r.try_get("id")?,
        affiliate_id: r.try_get("affiliate_id")?,
        user_id: r.try_get("user_id")?,
        username: Username::trusted(&r.try_get::<String, _>("username")?),
        kind: MemberKind::parse(&kind)
            .ok_or_else(|| Error::Internal(format!("stored kind {kind}")))?,
        institution: (!institution.is_empty()).then_some(institution),
        status: MembershipStatus::parse(&status)
            .ok_or_else(|| Error::Internal(format!("stored status {status}")))?,
        signed_up_at: r.try_get::<Option<i64>, _>("signed_up_at")?.map(Timestamp),
        created_at: Timestamp(r.try_get("created_at")?),
        imported: r.try_get::<i64, _>("imported")? != 0,
        has_account: r.try_get::<i64, _>("has_account")? != 0,
    })
}

fn codes_text(codes: &[CountryCode]) -> String {
    codes
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn codes_from(text: &str) -> Vec<CountryCode> {
    text.split_whitespace().map(CountryCode::trusted).collect()
}

impl Db {
    /// An affiliate's eligibility rules and questions (empty rules if none were set).
    pub async fn membership_rules(&self, affiliate: AffiliateId) -> Result<Rules, Error> {
        let sql = format!("{RULES_SELECT} WHERE a.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => self.rules_from(&row).await.map(|(_, rules)| rules),
            None => Ok(Rules::default()),
        }
    }

    /// An affiliate's id and membership rules, by its address, in one query when it asks
    /// no questions.
    pub async fn membership_rules_of(
        &self,
        slug: &str,
    ) -> Result<Option<(AffiliateId, Rules)>, Error> {
        let sql = format!("{RULES_SELECT} WHERE a.slug = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => self.rules_from(&row).await.map(Some),
            None => Ok(None),
        }
    }

    async fn rules_from(&self, r: &AnyRow) -> Result<(AffiliateId, Rules), Error> {
        let affiliate: AffiliateId = r.try_get("id")?;
        let text = |column: &str| -> Result<String, Error> {
            Ok(r.try_get::<Option<String>, _>(column)?.unwrap_or_default())
        };
        let number = |column: &str| -> Result<Option<u32>, Error> {
            Ok(r.try_get::<Option<i64>, _>(column)?.map(|n| n as u32))
        };
        let mut rules = Rules {
            review: number("review")?.unwrap_or(0) != 0,
            min_age: number("min_age")?,
            countries: codes_from(&text("countries")?),
            allow_institutions: number("allow_institutions")?.unwrap_or(0) != 0,
            institution_countries: codes_from(&text("institution_countries")?),
            min_edits: number("min_edits")?,
            min_account_days: number("min_account_days")?,
            questions: Vec::new(),
        };
        if r.try_get::<i64, _>("has_questions")? == 0 {
            return Ok((affiliate, rules));
        }
        let questions: Vec<(i64, i64, bool)> = sqlx::query(
            "SELECT id, text_id, required FROM membership_questions WHERE affiliate_id = $1 ORDER BY position",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("text_id")?, r.try_get::<i64, _>("required")? != 0)))
        .collect::<Result<_, Error>>()?;
        let ids: Vec<i64> = questions.iter().map(|q| q.1).collect();
        let loaded = texts::load(&self.pool, &ids).await?;
        rules.questions = questions
            .into_iter()
            .filter_map(|(id, text_id, required)| {
                loaded.get(&text_id).map(|t| Question {
                    id,
                    text: t.clone(),
                    required,
                })
            })
            .collect();
        Ok((affiliate, rules))
    }

    /// Replaces an affiliate's rules. Questions keep their ids (and translations) when
    /// edited; questions left out are removed.
    pub async fn save_membership_rules(
        &self,
        affiliate: AffiliateId,
        changes: &RulesChanges,
        actor: Option<UserId>,
        now: Timestamp,
    ) -> Result<(), Error> {
        let current = self.membership_rules(affiliate).await?;
        let mut tx = self.write().await?;
        let r = &changes.rules;
        sqlx::query(
            "INSERT INTO membership_rules (affiliate_id, review, min_age, countries, allow_institutions, \
             institution_countries, min_edits, min_account_days, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (affiliate_id) DO UPDATE SET review = excluded.review, min_age = excluded.min_age, \
             countries = excluded.countries, allow_institutions = excluded.allow_institutions, \
             institution_countries = excluded.institution_countries, min_edits = excluded.min_edits, \
             min_account_days = excluded.min_account_days, updated_at = excluded.updated_at",
        )
        .bind(affiliate)
        .bind(i64::from(r.review))
        .bind(r.min_age.map(i64::from))
        .bind(codes_text(&r.countries))
        .bind(i64::from(r.allow_institutions))
        .bind(codes_text(&r.institution_countries))
        .bind(r.min_edits.map(i64::from))
        .bind(r.min_account_days.map(i64::from))
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        let text_ids: HashMap<i64, i64> =
            sqlx::query("SELECT id, text_id FROM membership_questions WHERE affiliate_id = $1")
                .bind(affiliate)
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("id")?, r.try_get("text_id")?)))
                .collect::<Result<_, Error>>()?;
        let mut kept = Vec::new();
        for (position, (id, text, required)) in changes.questions.iter().enumerate() {
            let existing = id.and_then(|id| current.questions.iter().find(|q| q.id == id));
            match existing {
                Some(q) => {
                    let edited =
                        Translatable::edit(Some(q.text.clone()), &changes.lang, Some(text.clone()))
                            .unwrap_or_else(|| q.text.clone());
                    texts::save(&mut tx, text_ids.get(&q.id).copied(), &edited).await?;
                    sqlx::query("UPDATE membership_questions SET position = $1, required = $2 WHERE id = $3")
                        .bind(position as i64)
                        .bind(i64::from(*required))
                        .bind(q.id)
                        .execute(&mut *tx)
                        .await?;
                    kept.push(q.id);
                }
                None => {
                    let text_id = texts::save(
                        &mut tx,
                        None,
                        &Translatable::new(&changes.lang, text.clone()),
                    )
                    .await?;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO membership_questions (affiliate_id, position, text_id, required) VALUES ($1, $2, $3, $4) RETURNING id",
                    )
                    .bind(affiliate)
                    .bind(position as i64)
                    .bind(text_id)
                    .bind(i64::from(*required))
                    .fetch_one(&mut *tx)
                    .await?;
                    kept.push(id);
                }
            }
        }
        for (id, text_id) in &text_ids {
            if !kept.contains(id) {
                sqlx::query("DELETE FROM membership_questions WHERE id = $1")
                    .bind(*id)
                    .execute(&mut *tx)
                    .await?;
                texts::delete(&mut tx, *text_id).await?;
            }
        }
        add_history(
            &mut tx,
            affiliate,
            actor,
            "membership_rules",
            json!({}),
            now,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Joins (or applies to) an affiliate. A member who left or was declined may apply
    /// again; an active or pending member may not apply twice.
    ///
    /// Joins arriving together are committed together: each caller queues its request,
    /// and whoever gets the write turn applies everything queued in one transaction of a
    /// few statements (group commit), so a crowd joining at once is not a queue of
    /// transactions.
    pub async fn join(
        &self,
        affiliate: AffiliateId,
        user: UserId,
        app: &Application,
        review: bool,
        now: Timestamp,
    ) -> Result<MemberRow, Error> {
        let request = JoinRequest {
            affiliate,
            user,
            app: app.clone(),
            review,
            now,
        };
        let id = self
            .joins
            .submit(self, request, JOIN_BATCH, |db, batch| {
                Box::pin(db.join_batch(batch))
            })
            .await?;
        self.membership(id).await?.ok_or(Error::NotFound)
    }

    /// Applies queued joins in one transaction; each gets its membership id or its own
    /// refusal (already a member), and a database error fails them all.
    async fn join_batch(
        &self,
        requests: &[JoinRequest],
    ) -> Result<Vec<Result<MembershipId, Error>>, Error> {
        let institution_of = |r: &JoinRequest| match r.app.kind() {
            MemberKind::Institution => r.app.institution.clone().unwrap_or_default(),
            MemberKind::Individual => String::new(),
        };
        let status_of = |r: &JoinRequest| {
            if r.review {
                MembershipStatus::Pending
            } else {
                MembershipStatus::Active
            }
        };
        let mut tx = self.write().await?;
        // First joins, all in one statement; a conflict means a membership exists.
        let mut sql = String::from(
            "INSERT INTO memberships (affiliate_id, user_id, kind, institution, status, signed_up_at, created_at, imported) VALUES ",
        );
        for i in 0..requests.len() {
            let p = i * 6;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, 0)",
                p + 1,
                p + 2,
                p + 3,
                p + 4,
                p + 5,
                p + 6,
                p + 6
            ));
        }
        sql.push_str(" ON CONFLICT (affiliate_id, user_id, institution) DO NOTHING RETURNING id, affiliate_id, user_id, institution");
        let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for r in requests {
            insert = insert
                .bind(r.affiliate)
                .bind(r.user)
                .bind(r.app.kind().as_str())
                .bind(institution_of(r))
                .bind(status_of(r).as_str())
                .bind(r.now.0);
        }
        let mut fresh: HashMap<(AffiliateId, UserId, String), MembershipId> = HashMap::new();
        for row in insert.fetch_all(&mut *tx).await? {
            let key = (
                row.try_get("affiliate_id")?,
                row.try_get("user_id")?,
                row.try_get("institution")?,
            );
            fresh.insert(key, row.try_get("id")?);
        }
        let mut results = Vec::with_capacity(requests.len());
        let mut new_ids = Vec::new();
        for r in requests {
            let key = (r.affiliate, r.user, institution_of(r));
            // The same person twice in one batch: the first one's row is theirs.
            let result = match fresh.remove(&key) {
                Some(id) => {
                    save_answers(&mut tx, id, &r.app).await?;
                    new_ids.push(id);
                    Ok(id)
                }
                None => rejoin(&mut tx, r, &key.2, status_of(r)).await?,
            };
            results.push(result);
        }
        add_to_order(&mut tx, &new_ids).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(results)
    }

    /// Leaves an affiliate (as a person, or for an institution).
    pub async fn leave(
        &self,
        affiliate: AffiliateId,
        user: UserId,
        institution: &str,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let id: Option<MembershipId> = sqlx::query_scalar(
            "UPDATE memberships SET status = 'left', decided_at = $1 WHERE affiliate_id = $2 AND user_id = $3 \
             AND institution = $4 AND status IN ('active', 'pending') RETURNING id",
        )
        .bind(now.0)
        .bind(affiliate)
        .bind(user)
        .bind(institution)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Err(Error::NotFound);
        };
        reorder(&mut tx, id).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Approves or declines a pending application.
    pub async fn decide(
        &self,
        affiliate: AffiliateId,
        membership: MembershipId,
        approve: bool,
        actor: UserId,
        now: Timestamp,
    ) -> Result<MemberRow, Error> {
        let status = if approve { "active" } else { "declined" };
        let mut tx = self.write().await?;
        let n = sqlx::query(
            "UPDATE memberships SET status = $1, decided_at = $2, decided_by = $3 \
             WHERE id = $4 AND affiliate_id = $5 AND status = 'pending'",
        )
        .bind(status)
        .bind(now.0)
        .bind(actor)
        .bind(membership)
        .bind(affiliate)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(Error::NotFound);
        }
        reorder(&mut tx, membership).await?;
        let username: String = sqlx::query_scalar(
            "SELECT u.username FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = $1",
        )
        .bind(membership)
        .fetch_one(&mut *tx)
        .await?;
        let action = if approve {
            "member_approved"
        } else {
            "member_declined"
        };
        add_history(
            &mut tx,
            affiliate,
            Some(actor),
            action,
            json!({ "member": username }),
            now,
        )
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        self.membership(membership).await?.ok_or(Error::NotFound)
    }

    pub async fn membership(&self, id: MembershipId) -> Result<Option<MemberRow>, Error> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = $1"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(member_row)
            .transpose()
    }

    /// A person's memberships in every affiliate, newest first.
    pub async fn memberships_of(&self, user: UserId) -> Result<Vec<MemberRow>, Error> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1 \
             ORDER BY m.created_at DESC, m.id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(user)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(member_row)
            .collect()
    }

    /// One page of an affiliate's members with a given status, and how many there are.
    /// The members of `affiliate` with `status`, in `order`: the rows asked for, and how
    /// many there are in all.
    pub async fn members(
        &self,
        affiliate: AffiliateId,
        status: MembershipStatus,
        order: &MemberOrder,
        rows: Rows,
    ) -> Result<(Vec<MemberRow>, usize), Error> {
        let (offset, limit) = match rows {
            Rows::All => (0, i64::MAX),
            Rows::Page { offset, limit } => (
                i64::try_from(offset).unwrap_or(i64::MAX),
                i64::try_from(limit).unwrap_or(i64::MAX),
            ),
        };
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM memberships WHERE affiliate_id = $1 AND status = $2",
        )
        .bind(affiliate)
        .bind(status.as_str())
        .fetch_one(&self.pool)
        .await?;
        let rows = match order {
            MemberOrder::Date => {
                // The page's ids come from the index alone; only those rows are read.
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS} FROM (SELECT id FROM memberships \
                     WHERE affiliate_id = $1 AND status = $2 \
                     ORDER BY (signed_up_at IS NULL), signed_up_at, id LIMIT $3 OFFSET $4) p \
                     JOIN memberships m ON m.id = p.id JOIN users u ON u.id = m.user_id \
                     ORDER BY (m.signed_up_at IS NULL), m.signed_up_at, m.id"
                );
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(affiliate)
                    .bind(status.as_str())
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await
            }
            MemberOrder::Name(lang) if status == MembershipStatus::Active => {
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS} FROM (SELECT membership_id, sort_key FROM member_order \
                     WHERE affiliate_id = $1 AND lang = $2 ORDER BY sort_key, membership_id LIMIT $3 OFFSET $4) p \
                     JOIN memberships m ON m.id = p.membership_id JOIN users u ON u.id = m.user_id \
                     ORDER BY p.sort_key, p.membership_id"
                );
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(affiliate)
                    .bind(lang.as_str())
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await
            }
            MemberOrder::Name(lang) => {
                let sql = format!(
                    "SELECT {MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id \
                     LEFT JOIN name_sort_keys k ON k.user_id = m.user_id AND k.lang = $5 \
                     WHERE m.affiliate_id = $1 AND m.status = $2 \
                     ORDER BY k.sort_key, u.username, m.id LIMIT $3 OFFSET $4"
                );
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(affiliate)
                    .bind(status.as_str())
                    .bind(limit)
                    .bind(offset)
                    .bind(lang.as_str())
                    .fetch_all(&self.pool)
                    .await
            }
        }?;
        Ok((
            rows.iter().map(member_row).collect::<Result<_, _>>()?,
            total as usize,
        ))
    }

    /// What an applicant answered (private: see `sangam_core::membership::may_see_answers`).
    pub async fn answers(&self, membership: MembershipId) -> Result<Option<Application>, Error> {
        let row = sqlx::query(
            "SELECT m.kind, m.institution, a.age, a.country, a.institution_country, a.edit_count, a.account_created, a.answers \
             FROM memberships m LEFT JOIN membership_answers a ON a.membership_id = m.id WHERE m.id = $1",
        )
        .bind(membership)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let kind: String = r.try_get("kind")?;
        let institution: String = r.try_get("institution")?;
        let answers: Option<String> = r.try_get("answers")?;
        let answers: Vec<(i64, String)> = answers
            .and_then(|a| serde_json::from_str(&a).ok())
            .unwrap_or_default();
        Ok(Some(Application {
            kind: MemberKind::parse(&kind),
            age: r.try_get::<Option<i64>, _>("age")?.map(|n| n as u32),
            country: r
                .try_get::<Option<String>, _>("country")?
                .map(|c| CountryCode::trusted(&c)),
            institution: (!institution.is_empty()).then_some(institution),
            institution_country: r
                .try_get::<Option<String>, _>("institution_country")?
                .map(|c| CountryCode::trusted(&c)),
            edit_count: r.try_get::<Option<i64>, _>("edit_count")?.map(|n| n as u32),
            account_created: r
                .try_get::<Option<String>, _>("account_created")?
                .and_then(|d| d.parse().ok()),
            answers,
        }))
    }

    /// Adds the members of a signature list, all or nothing. People already members are
    /// counted, not added again; people new to Sangam exist from now on, without an account,
    /// until they sign in.
    pub async fn import_members(
        &self,
        affiliate: AffiliateId,
        entries: &[Entry],
        actor: Option<UserId>,
        now: Timestamp,
    ) -> Result<ImportOutcome, Error> {
        let mut out = ImportOutcome::default();
        let mut tx = self.write().await?;
        for entry in entries {
            let (user, created) = users::ensure_person_created(&mut tx, &entry.name, now).await?;
            if created {
                out.new_people += 1;
            }
            let added = sqlx::query(
                "INSERT INTO memberships (affiliate_id, user_id, kind, institution, status, signed_up_at, created_at, imported) \
                 VALUES ($1, $2, 'individual', '', 'active', $3, $4, 1) ON CONFLICT (affiliate_id, user_id, institution) DO NOTHING",
            )
            .bind(affiliate)
            .bind(user)
            .bind(entry.at.map(|t| t.0))
            .bind(now.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if added == 1 {
                out.added += 1;
            } else {
                out.already_members += 1;
            }
        }
        if out.added > 0 {
            fill_member_order(&mut *tx, Some(affiliate)).await?;
            let detail = json!({ "added": out.added, "already_members": out.already_members });
            add_history(&mut tx, affiliate, actor, "members_imported", detail, now).await?;
            bump_generation(&mut tx).await?;
        }
        commit(tx).await?;
        Ok(out)
    }
}

/// Brings one membership's rows of `member_order` in step with it: one per reader language
/// while it is active, none otherwise.
async fn reorder(tx: &mut Tx, membership: MembershipId) -> Result<(), Error> {
    sqlx::query("DELETE FROM member_order WHERE membership_id = $1")
        .bind(membership)
        .execute(&mut **tx)
        .await?;
    add_to_order(tx, &[membership]).await
}

/// Adds memberships new to `member_order`, those of them that are active.
async fn add_to_order(tx: &mut Tx, memberships: &[MembershipId]) -> Result<(), Error> {
    if memberships.is_empty() {
        return Ok(());
    }
    let marks: Vec<String> = (1..=memberships.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO member_order (affiliate_id, lang, sort_key, membership_id) \
         SELECT m.affiliate_id, k.lang, k.sort_key, m.id FROM memberships m \
         JOIN name_sort_keys k ON k.user_id = m.user_id WHERE m.id IN ({}) AND m.status = 'active'",
        marks.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for id in memberships {
        query = query.bind(*id);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// A join by someone who already has a membership row: refused while it is active or
/// pending, otherwise a new application replacing the old one.
async fn rejoin(
    tx: &mut Tx,
    r: &JoinRequest,
    institution: &str,
    status: MembershipStatus,
) -> Result<Result<MembershipId, Error>, Error> {
    let (id, was): (MembershipId, String) = sqlx::query(
        "SELECT id, status FROM memberships WHERE affiliate_id = $1 AND user_id = $2 AND institution = $3",
    )
    .bind(r.affiliate)
    .bind(r.user)
    .bind(institution)
    .fetch_one(&mut **tx)
    .await
    .and_then(|row| Ok((row.try_get("id")?, row.try_get("status")?)))?;
    if was == "active" || was == "pending" {
        return Ok(Err(Error::Conflict("already_member")));
    }
    sqlx::query(
        "UPDATE memberships SET kind = $1, status = $2, signed_up_at = $3, created_at = $3, decided_at = NULL, \
         decided_by = NULL, imported = 0 WHERE id = $4",
    )
    .bind(r.app.kind().as_str())
    .bind(status.as_str())
    .bind(r.now.0)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM membership_answers WHERE membership_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    save_answers(tx, id, &r.app).await?;
    reorder(tx, id).await?;
    Ok(Ok(id))
}

/// At most this many joins go into one transaction (each binds 6 parameters).
const JOIN_BATCH: usize = 256;

pub(crate) struct JoinRequest {
    affiliate: AffiliateId,
    user: UserId,
    app: Application,
    review: bool,
    now: Timestamp,
}

/// Joins waiting to be committed together (see [`Db::join`]).
pub(crate) type JoinQueue = crate::group::GroupCommit<JoinRequest, MembershipId>;

/// Adds the `member_order` rows missing for active memberships (of one affiliate, or all):
/// after a bulk import, a restore, or sort keys for a new language.
pub(crate) async fn fill_member_order<'c, E>(
    conn: E,
    affiliate: Option<AffiliateId>,
) -> Result<u64, Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "INSERT INTO member_order (affiliate_id, lang, sort_key, membership_id) \
         SELECT m.affiliate_id, k.lang, k.sort_key, m.id FROM memberships m \
         JOIN name_sort_keys k ON k.user_id = m.user_id \
         WHERE m.status = 'active' AND ($1 IS NULL OR m.affiliate_id = $1) AND NOT EXISTS \
         (SELECT 1 FROM member_order o WHERE o.membership_id = m.id AND o.lang = k.lang)",
    )
    .bind(affiliate)
    .execute(conn)
    .await?
    .rows_affected())
}

/// Stores an application's answers for a membership that has none stored.
async fn save_answers(
    tx: &mut Tx,
    membership: MembershipId,
    app: &Application,
) -> Result<(), Error> {
    let empty = app.age.is_none()
        && app.country.is_none()
        && app.institution_country.is_none()
        && app.edit_count.is_none()
        && app.account_created.is_none()
        && app.answers.is_empty();
    if empty {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO membership_answers (membership_id, age, country, institution_country, edit_count, account_created, answers) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(membership)
    .bind(app.age.map(i64::from))
    .bind(app.country.as_ref().map(|c| c.as_str().to_string()))
    .bind(app.institution_country.as_ref().map(|c| c.as_str().to_string()))
    .bind(app.edit_count.map(i64::from))
    .bind(app.account_created.map(|d| d.to_string()))
    .bind(serde_json::to_string(&app.answers).unwrap_or_else(|_| "[]".into()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
