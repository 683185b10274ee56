//! People, accounts, sessions and sign-in throttle counters. A person may exist without an
//! account (named on a profile, imported from a signature list); giving them a password
//! makes the same row an account.

use sangam_core::account::{Account, AffiliateId, UserId, Username};
use sangam_core::throttle::ThrottleState;
use sangam_core::{Error, Timestamp, secret};
use sqlx::Row;

use crate::{Db, Tx, commit, is_unique_violation};

/// What sign-in needs to know about a person.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub id: UserId,
    pub username: Username,
    pub password_hash: Option<String>,
}

/// A new account, or a password for a person who so far had none.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub username: Username,
    pub email: Option<String>,
    pub password_hash: String,
    pub is_site_admin: bool,
    pub preferred_lang: Option<String>,
}

/// A session as looked up from its cookie.
#[derive(Debug, Clone)]
pub enum SessionLookup {
    Valid {
        account: Account,
        csrf_token: String,
        expires_at: Timestamp,
    },
    /// The token was once valid; the person should be told to sign in again.
    Expired,
    Unknown,
}

/// Finds the person named `username`, creating a person without an account if needed.
pub(crate) async fn ensure_person(
    tx: &mut Tx,
    username: &Username,
    now: Timestamp,
) -> Result<UserId, Error> {
    ensure_person_created(tx, username, now)
        .await
        .map(|(id, _)| id)
}

/// Like [`ensure_person`], and says whether the person is new.
pub(crate) async fn ensure_person_created(
    tx: &mut Tx,
    username: &Username,
    now: Timestamp,
) -> Result<(UserId, bool), Error> {
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(username.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(id) = existing {
        return Ok((UserId(id), false));
    }
    let id: i64 =
        sqlx::query_scalar("INSERT INTO users (username, created_at) VALUES ($1, $2) RETURNING id")
            .bind(username.as_str())
            .bind(now.0)
            .fetch_one(&mut **tx)
            .await?;
    write_sort_keys(tx, UserId(id), username).await?;
    Ok((UserId(id), true))
}

/// Stores the collation sort keys of a person's name, one per interface language, so
/// member lists sort by the reader's collation in the database.
pub(crate) async fn write_sort_keys(
    tx: &mut Tx,
    user: UserId,
    name: &Username,
) -> Result<(), Error> {
    for lang in sangam_i18n::Lang::all() {
        sqlx::query(
            "INSERT INTO name_sort_keys (user_id, lang, sort_key) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, lang) DO NOTHING",
        )
        .bind(user)
        .bind(lang.code())
        .bind(sangam_i18n::format::sort_key(lang, name.as_str()))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

impl Db {
    /// The people named, each with an account made for them if they have none yet (people
    /// first, accounts later: a person named on the wiki gets their account on sign-in).
    pub async fn ensure_people(
        &self,
        names: &[Username],
        now: Timestamp,
    ) -> Result<Vec<UserId>, Error> {
        let mut tx = self.write().await?;
        let mut ids = Vec::with_capacity(names.len());
        for name in names {
            ids.push(ensure_person(&mut tx, name, now).await?);
        }
        commit(tx).await?;
        Ok(ids)
    }

    /// One person named, as [`Db::ensure_people`] makes them.
    pub async fn ensure_person(&self, name: &Username, now: Timestamp) -> Result<UserId, Error> {
        let ids = self.ensure_people(std::slice::from_ref(name), now).await?;
        ids.first()
            .copied()
            .ok_or_else(|| Error::Internal("no person made".into()))
    }
}

impl Db {
    /// Creates an account; a person already known without a password gets it. An existing
    /// account is a conflict.
    pub async fn create_account(&self, new: &NewAccount, now: Timestamp) -> Result<UserId, Error> {
        let mut tx = self.write().await?;
        let existing: Option<(i64, Option<String>)> =
            sqlx::query("SELECT id, password_hash FROM users WHERE username = $1")
                .bind(new.username.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| Ok::<_, sqlx::Error>((r.try_get("id")?, r.try_get("password_hash")?)))
                .transpose()?;
        let id = match existing {
            Some((_, Some(_))) => return Err(Error::Conflict("account_exists")),
            Some((id, None)) => {
                sqlx::query(
                    "UPDATE users SET password_hash = $1, email = $2, is_site_admin = $3, preferred_lang = $4 \
                     WHERE id = $5",
                )
                .bind(new.password_hash.as_str())
                .bind(new.email.as_deref())
                .bind(i64::from(new.is_site_admin))
                .bind(new.preferred_lang.as_deref())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => sqlx::query_scalar(
                "INSERT INTO users (username, email, password_hash, is_site_admin, preferred_lang, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(new.username.as_str())
            .bind(new.email.as_deref())
            .bind(new.password_hash.as_str())
            .bind(i64::from(new.is_site_admin))
            .bind(new.preferred_lang.as_deref())
            .bind(now.0)
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| if is_unique_violation(&e) { Error::Conflict("account_exists") } else { Error::from(e) })?,
        };
        write_sort_keys(&mut tx, UserId(id), &new.username).await?;
        commit(tx).await?;
        Ok(UserId(id))
    }

    pub async fn credentials(&self, username: &Username) -> Result<Option<Credentials>, Error> {
        let row = sqlx::query("SELECT id, username, password_hash FROM users WHERE username = $1")
            .bind(username.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Credentials {
                id: r.try_get("id")?,
                username: Username::trusted(&r.try_get::<String, _>("username")?),
                password_hash: r.try_get("password_hash")?,
            })
        })
        .transpose()
    }

    /// The account with its administered affiliates.
    pub async fn account(&self, id: UserId) -> Result<Option<Account>, Error> {
        let rows = sqlx::query(
            "SELECT u.id, u.username, u.is_site_admin, u.preferred_lang, p.affiliate_id FROM users u \
             LEFT JOIN affiliate_people p ON p.user_id = u.id AND p.role = 'admin' WHERE u.id = $1 \
             ORDER BY p.affiliate_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.first()
            .map(|row| account_from_rows(row, &rows))
            .transpose()
    }
}

/// An account from rows that repeat its columns (`id`, `username`, `is_site_admin`,
/// `preferred_lang`) once per affiliate it administers, whose id is in `affiliate_id` (NULL
/// in a single row when there is none).
fn account_from_rows(
    row: &sqlx::any::AnyRow,
    rows: &[sqlx::any::AnyRow],
) -> Result<Account, Error> {
    let id: UserId = row.try_get("id")?;
    let admin_of = rows
        .iter()
        .map(|r| r.try_get::<Option<AffiliateId>, _>("affiliate_id"))
        .filter_map(Result::transpose)
        .collect::<Result<Vec<AffiliateId>, _>>()?;
    Ok(Account {
        id,
        username: Username::trusted(&row.try_get::<String, _>("username")?),
        is_site_admin: row.try_get::<i64, _>("is_site_admin")? != 0,
        preferred_lang: row.try_get("preferred_lang")?,
        admin_of,
    })
}

impl Db {
    pub async fn email(&self, id: UserId) -> Result<Option<String>, Error> {
        sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map(Option::flatten)
            .map_err(Error::from)
    }

    pub async fn set_preferences(
        &self,
        id: UserId,
        preferred_lang: Option<&str>,
        email: Option<&str>,
    ) -> Result<(), Error> {
        sqlx::query("UPDATE users SET preferred_lang = $1, email = $2 WHERE id = $3")
            .bind(preferred_lang)
            .bind(email)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Starts a session and returns its secret token and CSRF token. Only the token's hash
    /// is stored. Expired sessions are cleared on the way.
    pub async fn create_session(
        &self,
        user: UserId,
        kind: &str,
        lifetime_secs: i64,
        now: Timestamp,
    ) -> Result<(String, String), Error> {
        let token = secret::new_token()?;
        let csrf = secret::new_token()?;
        let mut tx = self.write().await?;
        // Keep expired rows for a day so a late visitor is told "expired" rather than nothing.
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now.0 - 86_400)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, kind, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(secret::token_hash(&token))
        .bind(user)
        .bind(csrf.as_str())
        .bind(kind)
        .bind(now.0)
        .bind(now.0 + lifetime_secs)
        .execute(&mut *tx)
        .await?;
        commit(tx).await?;
        Ok((token, csrf))
    }

    pub async fn session(
        &self,
        token: &str,
        kind: &str,
        now: Timestamp,
    ) -> Result<SessionLookup, Error> {
        // One query: the session, its account, and the affiliates it administers (a row each).
        let rows = sqlx::query(
            "SELECT u.id, u.username, u.is_site_admin, u.preferred_lang, s.csrf_token, s.expires_at, p.affiliate_id \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN affiliate_people p ON p.user_id = u.id AND p.role = 'admin' \
             WHERE s.token_hash = $1 AND s.kind = $2 ORDER BY p.affiliate_id",
        )
        .bind(secret::token_hash(token))
        .bind(kind)
        .fetch_all(&self.pool)
        .await?;
        let Some(row) = rows.first() else {
            return Ok(SessionLookup::Unknown);
        };
        let expires_at = Timestamp(row.try_get("expires_at")?);
        if expires_at <= now {
            return Ok(SessionLookup::Expired);
        }
        let csrf_token: String = row.try_get("csrf_token")?;
        let account = account_from_rows(row, &rows)?;
        Ok(SessionLookup::Valid {
            account,
            csrf_token,
            expires_at,
        })
    }

    pub async fn end_session(&self, token: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(secret::token_hash(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn throttle_state(&self, subject: &str) -> Result<Option<ThrottleState>, Error> {
        let row = sqlx::query(
            "SELECT failures, last_failure, locked_until FROM signin_throttle WHERE subject = $1",
        )
        .bind(subject)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(ThrottleState {
                failures: r.try_get("failures")?,
                last_failure: Timestamp(r.try_get("last_failure")?),
                locked_until: Timestamp(r.try_get("locked_until")?),
            })
        })
        .transpose()
    }

    /// Records one more failure for `subject` under `policy`, atomically, and returns the
    /// new state.
    pub async fn record_failure(
        &self,
        subject: &str,
        policy: &sangam_core::throttle::ThrottlePolicy,
        now: Timestamp,
    ) -> Result<ThrottleState, Error> {
        let mut tx = self.write().await?;
        let row = sqlx::query(
            "SELECT failures, last_failure, locked_until FROM signin_throttle WHERE subject = $1",
        )
        .bind(subject)
        .fetch_optional(&mut *tx)
        .await?;
        let old = row
            .map(|r| {
                Ok::<_, sqlx::Error>(ThrottleState {
                    failures: r.try_get("failures")?,
                    last_failure: Timestamp(r.try_get("last_failure")?),
                    locked_until: Timestamp(r.try_get("locked_until")?),
                })
            })
            .transpose()?;
        let new = policy.record_failure(old, now);
        sqlx::query(
            "INSERT INTO signin_throttle (subject, failures, last_failure, locked_until) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, \
             last_failure = excluded.last_failure, locked_until = excluded.locked_until",
        )
        .bind(subject)
        .bind(new.failures)
        .bind(new.last_failure.0)
        .bind(new.locked_until.0)
        .execute(&mut *tx)
        .await?;
        commit(tx).await?;
        Ok(new)
    }

    pub async fn clear_throttle(&self, subject: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM signin_throttle WHERE subject = $1")
            .bind(subject)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every person with an account or a name on a profile, by username.
    pub async fn usernames(&self) -> Result<Vec<String>, Error> {
        sqlx::query_scalar("SELECT username FROM users ORDER BY username")
            .fetch_all(&self.pool)
            .await
            .map_err(Error::from)
    }
}
