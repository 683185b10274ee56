//! Affiliates: finding one by its address, and the proof that the actor organizes it.

use sangam_core::affiliate::Affiliate;
use sangam_core::error::Error;

use crate::{Actor, App, Organizer, found};

/// The affiliate at an address.
pub async fn affiliate(app: &App, slug: &str) -> Result<Affiliate, Error> {
    found(app.db().affiliate(slug).await?)
}

/// The affiliate at an address, if the actor is one of its admins.
pub async fn organized(
    app: &App,
    actor: Actor<'_>,
    slug: &str,
) -> Result<Organizer<Affiliate>, Error> {
    actor.user()?;
    let a = affiliate(app, slug).await?;
    Organizer::check(actor, a, |a| actor.viewer.administers(a.id))
}
