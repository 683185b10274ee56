//! Recurring campaigns (Wiki Loves Folklore, Wikipedia Asian Month, #1Lib1Ref…): their
//! editions are events, and affiliates take part in them.

use sangam_core::account::AffiliateId;
use sangam_core::affiliate::Slug;
use sangam_core::{Error, Timestamp};
use sqlx::Row;

use crate::events::EventId;
use crate::{Db, bump_generation, commit, is_unique_violation};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

impl Db {
    /// Creates a campaign; its address must be new.
    pub async fn create_campaign(
        &self,
        slug: &Slug,
        name: &str,
        now: Timestamp,
    ) -> Result<i64, Error> {
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO campaigns (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug.as_str())
        .bind(name)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                Error::Conflict("campaign_slug_taken")
            } else {
                Error::from(e)
            }
        })?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    pub async fn campaigns(&self) -> Result<Vec<Campaign>, Error> {
        self.campaigns_where("TRUE", None, None).await
    }

    pub async fn campaign(&self, slug: &str) -> Result<Option<Campaign>, Error> {
        Ok(self
            .campaigns_where("slug = $1", Some(slug), None)
            .await?
            .pop())
    }

    /// Campaigns matching `condition`, whose `$1` is `text` or `number` (whichever is given), by name.
    async fn campaigns_where(
        &self,
        condition: &str,
        text: Option<&str>,
        number: Option<i64>,
    ) -> Result<Vec<Campaign>, Error> {
        let sql =
            format!("SELECT id, slug, name FROM campaigns WHERE {condition} ORDER BY name, id");
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(t) = text {
            q = q.bind(t.to_string());
        }
        if let Some(n) = number {
            q = q.bind(n);
        }
        q.fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Campaign {
                    id: r.try_get("id")?,
                    slug: r.try_get("slug")?,
                    name: r.try_get("name")?,
                })
            })
            .collect()
    }

    /// Makes an event an edition of a campaign (or of none).
    pub async fn set_edition(&self, event: EventId, campaign: Option<i64>) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE events SET campaign_id = $1 WHERE id = $2")
            .bind(campaign)
            .bind(event)
            .execute(&mut *tx)
            .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// The campaign an event is an edition of.
    pub async fn edition_of(&self, event: EventId) -> Result<Option<Campaign>, Error> {
        Ok(self
            .campaigns_where(
                "id = (SELECT campaign_id FROM events WHERE id = $1)",
                None,
                Some(event.get()),
            )
            .await?
            .pop())
    }

    /// A campaign's editions, by start.
    pub async fn editions(&self, campaign: i64) -> Result<Vec<EventId>, Error> {
        sqlx::query_scalar("SELECT id FROM events WHERE campaign_id = $1 ORDER BY starts_at, id")
            .bind(campaign)
            .fetch_all(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// Records that an affiliate takes part in a campaign.
    pub async fn take_part(&self, campaign: i64, affiliate: AffiliateId) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO campaign_affiliates (campaign_id, affiliate_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(campaign)
        .bind(affiliate)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// The campaigns an affiliate takes part in or has organized editions of.
    pub async fn campaigns_of(&self, affiliate: AffiliateId) -> Result<Vec<Campaign>, Error> {
        self.campaigns_where(
            "id IN (SELECT campaign_id FROM campaign_affiliates WHERE affiliate_id = $1 UNION \
             SELECT e.campaign_id FROM events e JOIN event_affiliates ea ON ea.event_id = e.id \
             WHERE ea.affiliate_id = $1 AND e.campaign_id IS NOT NULL)",
            None,
            Some(affiliate.get()),
        )
        .await
    }

    /// The affiliates that take part in a campaign without an edition listed.
    pub async fn participants_of(&self, campaign: i64) -> Result<Vec<AffiliateId>, Error> {
        sqlx::query_scalar(
            "SELECT affiliate_id FROM campaign_affiliates WHERE campaign_id = $1 ORDER BY affiliate_id",
        )
        .bind(campaign)
        .fetch_all(&self.pool)
        .await
        .map_err(Error::from)
    }
}
