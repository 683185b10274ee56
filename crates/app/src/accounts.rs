//! Accounts and sign-in: checking a username and password with failed attempts throttled
//! per account and per client address, sessions for the pages and tokens for the API, the
//! signed-in person's own account and preferences.

use std::net::IpAddr;

use sangam_core::account::{Account, UserId, Username};
use sangam_core::affiliate::Affiliate;
use sangam_core::error::{Error, ThrottleScope};
use sangam_core::throttle::{PER_ACCOUNT, PER_ADDRESS};
use sangam_core::{Timestamp, secret};

use crate::{Actor, App};

/// A hash of a password nobody has, checked when the account does not exist, so that a
/// wrong username takes as long as a wrong password.
fn decoy_hash(cost: secret::HashCost) -> String {
    format!(
        "$argon2id$v=19$m={},t={},p=1$c2FuZ2FtLWRlY295LXNhbHQ$ZGVjb3lkZWNveWRlY295ZGVjb3lkZWNveWRlY295MDE",
        cost.memory_kib, cost.passes
    )
}

async fn verify(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || secret::verify_password(&password, &hash))
        .await
        .unwrap_or(false)
}

/// The account's id if the password is right. Refuses while either the account or the
/// address is locked, and says which.
pub async fn authenticate(
    app: &App,
    username: &str,
    password: &str,
    client: Option<IpAddr>,
    now: Timestamp,
) -> Result<UserId, Error> {
    let db = app.db();
    let address = client.map(|ip| format!("ip:{ip}"));
    if let Some(subject) = &address
        && let Err(wait) = PER_ADDRESS.check(db.throttle_state(subject).await?.as_ref(), now)
    {
        return Err(Error::Throttled {
            scope: ThrottleScope::Address,
            retry_after_secs: wait,
        });
    }
    let username = Username::parse(username).ok();
    let account_subject = username.as_ref().map(|u| format!("user:{u}"));
    if let Some(subject) = &account_subject
        && let Err(wait) = PER_ACCOUNT.check(db.throttle_state(subject).await?.as_ref(), now)
    {
        return Err(Error::Throttled {
            scope: ThrottleScope::Account,
            retry_after_secs: wait,
        });
    }
    let credentials = match &username {
        Some(u) => db.credentials(u).await?,
        None => None,
    };
    let cost = app.hash_cost();
    let (id, hash) = match credentials.and_then(|c| c.password_hash.map(|h| (c.id, h))) {
        Some((id, hash)) => (Some(id), hash),
        None => (None, decoy_hash(cost)),
    };
    let ok = verify(password.to_string(), hash).await;
    match (ok, id) {
        (true, Some(id)) => {
            if let Some(subject) = &account_subject {
                db.clear_throttle(subject).await?;
            }
            Ok(id)
        }
        _ => {
            let mut locked = None;
            if let Some(subject) = &address {
                let s = db.record_failure(subject, &PER_ADDRESS, now).await?;
                if let Err(wait) = PER_ADDRESS.check(Some(&s), now) {
                    locked = Some((ThrottleScope::Address, wait));
                }
            }
            if let Some(subject) = &account_subject {
                let s = db.record_failure(subject, &PER_ACCOUNT, now).await?;
                if let Err(wait) = PER_ACCOUNT.check(Some(&s), now) {
                    locked = Some((ThrottleScope::Account, wait));
                }
            }
            match locked {
                Some((scope, wait)) => Err(Error::Throttled {
                    scope,
                    retry_after_secs: wait,
                }),
                None => Err(Error::BadCredentials),
            }
        }
    }
}

/// A new session (`kind`: "web" for a cookie, "api" for a bearer token) for `user`,
/// lasting `lifetime` seconds: its token.
pub async fn start_session(
    app: &App,
    user: UserId,
    kind: &str,
    lifetime: i64,
    now: Timestamp,
) -> Result<String, Error> {
    let (token, _) = app.db().create_session(user, kind, lifetime, now).await?;
    Ok(token)
}

/// Ends a session (signing out, revoking a token).
pub async fn end_session(app: &App, token: &str) -> Result<(), Error> {
    app.db().end_session(token).await
}

/// The signed-in person's account, their address and the affiliates they administer.
pub struct Me<'a> {
    pub account: &'a Account,
    pub email: Option<String>,
    pub admin_of: Vec<Affiliate>,
}

pub async fn me<'a>(app: &App, actor: Actor<'a>) -> Result<Me<'a>, Error> {
    let account = actor.viewer.account().ok_or(Error::Unauthenticated)?;
    let mut admin_of = Vec::new();
    for id in &account.admin_of {
        if let Some(a) = app.db().affiliate_by_id(*id).await? {
            admin_of.push(a);
        }
    }
    Ok(Me {
        account,
        email: app.db().email(account.id).await?,
        admin_of,
    })
}

/// Changes the signed-in person's interface language and address.
pub async fn set_preferences(
    app: &App,
    actor: Actor<'_>,
    lang: Option<&str>,
    email: Option<&str>,
) -> Result<(), Error> {
    let user = actor.user()?;
    app.db().set_preferences(user, lang, email).await
}

/// A new private address for the person's events calendar (the old one stops working).
pub async fn new_feed_token(app: &App, actor: Actor<'_>) -> Result<String, Error> {
    let user = actor.user()?;
    app.db().new_feed_token(user, actor.now).await
}

/// The session a token opens (`kind`: "web" or "api"): valid with its account, expired,
/// or unknown.
pub async fn session(
    app: &App,
    token: &str,
    kind: &str,
    now: Timestamp,
) -> Result<sangam_db::users::SessionLookup, Error> {
    app.db().session(token, kind, now).await
}
