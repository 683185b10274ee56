//! Sangam's service layer. Each operation is written once here and called by both faces
//! of the server, the HTML pages and the JSON API: it loads what it needs, asks the core
//! whether the caller may act and what follows, stores the result, and returns core or
//! storage types (never a page or a JSON body). Nothing here knows HTTP.
//!
//! A write that only some people may make takes a proof that the check was made: an
//! [`Organizer`] or a [`SiteAdmin`] value, which only this crate hands out, so a handler
//! cannot reach the write without the check.

pub mod accounts;
pub mod affiliates;
pub mod conference;
pub mod demo;
pub mod elections;
pub mod events;
pub mod jobs;
pub mod mail;
pub mod membership;
pub mod reports;
pub mod scholarships;

use std::ops::Deref;

use sangam_core::account::{UserId, Viewer};
use sangam_core::secret::HashCost;
use sangam_core::{Error, Timestamp};
use sangam_db::Db;

/// What every operation works with: the database, and what checking a password costs.
/// The instant an operation happens at comes with its [`Actor`].
#[derive(Clone)]
pub struct App {
    db: Db,
    hash_cost: HashCost,
    count_budget: elections::CountBudget,
}

impl App {
    pub fn new(db: Db, hash_cost: HashCost) -> App {
        App {
            db,
            hash_cost,
            count_budget: elections::CountBudget::default(),
        }
    }

    /// The same, with elections counted within `budget`.
    pub fn with_count_budget(self, budget: elections::CountBudget) -> App {
        App {
            count_budget: budget,
            ..self
        }
    }

    /// How long and how much memory an election's count may take.
    pub fn count_budget(&self) -> elections::CountBudget {
        self.count_budget
    }

    /// Whether the database answers.
    pub async fn healthy(&self) -> Result<(), Error> {
        self.db.generation().await.map(|_| ())
    }

    /// What checking a password costs.
    pub fn hash_cost(&self) -> HashCost {
        self.hash_cost
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

/// Who acts, and when: the signed-in person (or nobody) at the request's instant.
#[derive(Clone, Copy)]
pub struct Actor<'a> {
    pub viewer: &'a Viewer,
    pub now: Timestamp,
}

impl<'a> Actor<'a> {
    pub fn new(viewer: &'a Viewer, now: Timestamp) -> Actor<'a> {
        Actor { viewer, now }
    }

    /// The signed-in person, or `unauthenticated`.
    pub fn user(&self) -> Result<UserId, Error> {
        self.viewer.user_id().ok_or(Error::Unauthenticated)
    }

    /// A proof that the actor is a site admin (the affiliations committee).
    pub fn site_admin(&self) -> Result<SiteAdmin, Error> {
        self.user()?;
        if self.viewer.is_site_admin() {
            Ok(SiteAdmin(()))
        } else {
            Err(Error::Forbidden("site_admin_only"))
        }
    }
}

/// Proof that the actor organizes `T` (an event, a conference, an affiliate): only this
/// crate makes one, after the check; writes that only organizers may make take it.
pub struct Organizer<T> {
    item: T,
    user: UserId,
}

impl<T> Organizer<T> {
    /// Checks `organizes` for a signed-in actor: `not_affiliate_admin` when it fails.
    fn check(actor: Actor<'_>, item: T, organizes: impl FnOnce(&T) -> bool) -> Result<Self, Error> {
        let user = actor.user()?;
        if organizes(&item) {
            Ok(Organizer { item, user })
        } else {
            Err(Error::Forbidden("not_affiliate_admin"))
        }
    }

    /// The organizer who acts.
    pub fn user(&self) -> UserId {
        self.user
    }

    pub fn into_inner(self) -> T {
        self.item
    }
}

impl<T> Deref for Organizer<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.item
    }
}

/// An affiliate's organizer organizes the events it is to organize alone.
impl From<&Organizer<sangam_core::affiliate::Affiliate>>
    for Organizer<Vec<sangam_core::account::AffiliateId>>
{
    fn from(a: &Organizer<sangam_core::affiliate::Affiliate>) -> Self {
        Organizer {
            item: vec![a.id],
            user: a.user,
        }
    }
}

/// Proof that the actor is a site admin; see [`Actor::site_admin`].
pub struct SiteAdmin(());

/// `Ok(row)` if found, else `not_found`.
pub(crate) fn found<T>(row: Option<T>) -> Result<T, Error> {
    row.ok_or(Error::NotFound)
}

/// A CSV field, quoted, and defused so a spreadsheet does not run it as a formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}
