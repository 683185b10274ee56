//! What every request shares: the service layer, the deployment's settings and the page
//! cache.

use std::sync::Arc;
use std::time::Duration;

use sangam_app::App;
use sangam_core::secret::HashCost;
use sangam_db::Db;

use crate::cache::PageCache;

/// What the web layer needs to know about its deployment.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people reach this server at; `https://` turns on secure cookies.
    pub public_url: String,
    /// How long a sign-in lasts.
    pub session_lifetime: Duration,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
    pub hash_cost: HashCost,
    /// How often to look for changes made by other instances sharing the database.
    pub cache_poll: Duration,
    /// The clock every request and job reads.
    pub clock: sangam_core::Clock,
    /// How long and how much memory an election's count may take.
    pub count_budget: sangam_app::elections::CountBudget,
    /// How many bytes of anonymous pages to keep in memory.
    pub page_cache_bytes: usize,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            public_url: "http://127.0.0.1:8080".into(),
            session_lifetime: Duration::from_secs(14 * 24 * 3600),
            trust_proxy: false,
            hash_cost: HashCost::default(),
            cache_poll: Duration::from_secs(1),
            clock: sangam_core::Clock::system(),
            count_budget: sangam_app::elections::CountBudget::default(),
            page_cache_bytes: crate::cache::DEFAULT_BUDGET,
        }
    }
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

struct Inner {
    app: App,
    config: WebConfig,
    cache: PageCache,
}

/// Shared by every request; holds no state of its own beyond the page cache, so several
/// instances can serve one PostgreSQL database.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> Self {
        AppState(Arc::new(Inner {
            app: App::new(db, config.hash_cost).with_count_budget(config.count_budget),
            cache: PageCache::with_budget(config.page_cache_bytes),
            config,
        }))
    }

    pub fn db(&self) -> &Db {
        self.0.app.db()
    }

    /// The service layer every page and API operation calls.
    pub fn app(&self) -> &App {
        &self.0.app
    }

    pub fn config(&self) -> &WebConfig {
        &self.0.config
    }

    pub fn cache(&self) -> &PageCache {
        &self.0.cache
    }

    /// Follows changes made through other instances: polls the database's generation and
    /// drops cached pages when it moves. Runs until the process ends.
    pub async fn poll_cache(self) {
        let mut tick = tokio::time::interval(self.0.config.cache_poll);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = self.0.cache.refresh(self.0.app.db()).await {
                tracing::warn!(error = %e, "could not read the cache generation");
            }
        }
    }

    /// After a request: forget cached pages older than the latest change committed here
    /// (the commit recorded its generation; nothing is asked of the database).
    pub(crate) fn changed(&self) {
        self.0.cache.observe(self.0.app.db().committed_generation());
    }
}
