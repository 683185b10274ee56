//! Checking a username and password, with failed attempts throttled per account and per
//! client address. Shared by the sign-in page and the API's token endpoint.

use std::net::IpAddr;

use sangam_core::account::{UserId, Username};
use sangam_core::error::{Error, ThrottleScope};
use sangam_core::throttle::{PER_ACCOUNT, PER_ADDRESS};
use sangam_core::{Timestamp, secret};

use crate::AppState;

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
    state: &AppState,
    username: &str,
    password: &str,
    client: Option<IpAddr>,
    now: Timestamp,
) -> Result<UserId, Error> {
    let db = state.db();
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
    let cost = state.config().hash_cost;
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

/// A `Set-Cookie` value with the flags every Sangam cookie shares.
pub fn cookie(state: &AppState, name: &str, value: &str, max_age: i64, http_only: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if state.config().secure_cookies() {
        c.push_str("; Secure");
    }
    c
}
