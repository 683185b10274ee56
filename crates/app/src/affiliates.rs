//! Affiliates: the directory, one affiliate and the proof that the actor organizes it,
//! creating and editing profiles, hubs and their members, and the history of changes.

use jiff::civil::Date;
use sangam_core::account::AffiliateId;
use sangam_core::affiliate::{
    Affiliate, AffiliateDraft, AffiliateKind, DirectoryFilter, apply, authorize,
};
use sangam_core::election::board::BoardPhase;
use sangam_core::error::Error;
use sangam_db::affiliates::HistoryEntry;
use sangam_db::elections::TermRow;
use sangam_i18n::{Lang, format};

use crate::{Actor, App, Organizer, SiteAdmin, found};

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
    as_organizer(actor, affiliate(app, slug).await?)
}

/// An affiliate already read, if the actor is one of its admins.
pub fn as_organizer(actor: Actor<'_>, a: Affiliate) -> Result<Organizer<Affiliate>, Error> {
    Organizer::check(actor, a, |a| actor.viewer.administers(a.id))
}

/// Every affiliate, and those a listing shows in order of their names as the reader's
/// language sorts them.
pub struct Listing {
    pub all: Vec<Affiliate>,
    /// Indexes into `all`.
    pub shown: Vec<usize>,
}

impl Listing {
    pub fn shown(&self) -> impl Iterator<Item = &Affiliate> {
        self.shown.iter().map(|i| &self.all[*i])
    }
}

/// The directory: affiliates that `filter` matches, by name in `lang`'s collation.
pub async fn directory(app: &App, filter: &DirectoryFilter, lang: Lang) -> Result<Listing, Error> {
    listing(app, lang, |a| filter.matches(a)).await
}

/// The formerly active affiliates, by name.
pub async fn former(app: &App, lang: Lang) -> Result<Listing, Error> {
    listing(app, lang, |a| !a.status.is_current()).await
}

async fn listing(
    app: &App,
    lang: Lang,
    keep: impl Fn(&Affiliate) -> bool,
) -> Result<Listing, Error> {
    let all = app.db().affiliates().await?;
    let mut named: Vec<(&str, usize)> = all
        .iter()
        .enumerate()
        .filter(|(_, a)| keep(a))
        .map(|(i, a)| (a.name.pick(lang.info().content_fallbacks).0, i))
        .collect();
    format::sort_by_name(lang, &mut named, |(n, _)| n);
    let shown = named.into_iter().map(|(_, i)| i).collect();
    Ok(Listing { all, shown })
}

/// The hubs an affiliate belongs to, and (for a hub) its member affiliates.
pub struct HubLinks {
    pub hubs: Vec<Affiliate>,
    pub members: Vec<Affiliate>,
}

pub async fn hub_links(app: &App, a: &Affiliate) -> Result<HubLinks, Error> {
    let all = app.db().affiliates().await?;
    let memberships = app.db().hub_memberships().await?;
    let pick = |ids: Vec<AffiliateId>| -> Vec<Affiliate> {
        all.iter()
            .filter(|x| ids.contains(&x.id))
            .cloned()
            .collect()
    };
    let hubs = memberships
        .iter()
        .filter(|(_, m)| *m == a.id)
        .map(|(h, _)| *h)
        .collect();
    let members = memberships
        .iter()
        .filter(|(h, _)| *h == a.id)
        .map(|(_, m)| *m)
        .collect();
    Ok(HubLinks {
        hubs: pick(hubs),
        members: pick(members),
    })
}

/// Creates an affiliate (site admins; `authorize` says who may).
pub async fn create(
    app: &App,
    actor: Actor<'_>,
    draft: AffiliateDraft,
) -> Result<Affiliate, Error> {
    let changes = draft.validate(true)?;
    authorize(actor.viewer, None, &changes)?;
    let new = apply(None, changes, actor.now)?;
    app.db()
        .create_affiliate(&new, actor.viewer.user_id(), actor.now)
        .await
}

/// Edits an affiliate: its admins the profile, site admins everything. With the version
/// the edit was based on, an edit made since is refused (`edited_meanwhile`).
pub async fn update(
    app: &App,
    actor: Actor<'_>,
    current: &Affiliate,
    based_on: Option<i64>,
    draft: AffiliateDraft,
) -> Result<Affiliate, Error> {
    if based_on.is_some_and(|v| v != current.version) {
        return Err(Error::Conflict("edited_meanwhile"));
    }
    let changes = draft.validate(false)?;
    authorize(actor.viewer, Some(current), &changes)?;
    let new = apply(Some(current.clone()), changes, actor.now)?;
    app.db()
        .update_affiliate(current, &new, actor.viewer.user_id(), actor.now)
        .await
}

/// An affiliate's history, newest first.
pub async fn history(app: &App, a: &Affiliate) -> Result<Vec<HistoryEntry>, Error> {
    app.db().history(a.id).await
}

/// Sets a hub's member affiliates (site admins).
pub async fn set_hub_members(
    app: &App,
    actor: Actor<'_>,
    _: &SiteAdmin,
    hub: &Affiliate,
    members: &[AffiliateId],
) -> Result<(), Error> {
    app.db()
        .set_hub_members(hub, members, actor.viewer.user_id(), actor.now)
        .await
}

/// Every regional hub with its member affiliates.
pub async fn hubs(app: &App) -> Result<Vec<(Affiliate, Vec<Affiliate>)>, Error> {
    let all = app.db().affiliates().await?;
    let memberships = app.db().hub_memberships().await?;
    Ok(all
        .iter()
        .filter(|a| a.kind == AffiliateKind::Hub)
        .map(|hub| {
            let members = memberships
                .iter()
                .filter(|(h, _)| *h == hub.id)
                .filter_map(|(_, m)| all.iter().find(|a| a.id == *m))
                .cloned()
                .collect();
            (hub.clone(), members)
        })
        .collect())
}

/// Every affiliate, for choosing a hub's members.
pub async fn all(app: &App) -> Result<Vec<Affiliate>, Error> {
    app.db().affiliates().await
}

/// An affiliate by its id, if it exists.
pub async fn by_id(app: &App, id: AffiliateId) -> Result<Option<Affiliate>, Error> {
    app.db().affiliate_by_id(id).await
}

/// An affiliate's board: who sits on `today`, who sat before, and how it is made up.
pub struct Board {
    pub now: Vec<TermRow>,
    pub before: Vec<TermRow>,
    pub phases: Vec<BoardPhase>,
}

/// The board of an affiliate (hubs have none).
pub async fn board(app: &App, a: &Affiliate, today: Date) -> Result<Option<Board>, Error> {
    if a.kind == AffiliateKind::Hub {
        return Ok(None);
    }
    let (now, before) = app.db().board(a.id, today).await?;
    let phases = app.db().board_phases(a.id).await?;
    if now.is_empty() && before.is_empty() && phases.is_empty() {
        return Ok(None);
    }
    Ok(Some(Board {
        now,
        before,
        phases,
    }))
}

/// An affiliate's profile: the affiliate, its hubs and members, its history, its reports
/// and its board.
pub struct Profile {
    pub affiliate: Affiliate,
    pub links: HubLinks,
    pub history: Vec<HistoryEntry>,
    pub reports: Vec<sangam_db::reports::ReportRow>,
    pub board: Option<Board>,
    pub members: usize,
}

pub async fn profile(app: &App, slug: &str, today: Date) -> Result<Profile, Error> {
    let a = affiliate(app, slug).await?;
    Ok(Profile {
        links: hub_links(app, &a).await?,
        history: history(app, &a).await?,
        reports: app.db().reports(a.id).await?,
        board: board(app, &a, today).await?,
        members: crate::membership::count(app, &a).await?,
        affiliate: a,
    })
}
