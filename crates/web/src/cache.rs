//! Anonymous pages are the same for every reader of a language, so they are rendered once
//! and served from memory until something they show changes. Every change increments a
//! generation in the database; an instance that sees a new generation (its own write, or
//! the poll for other instances' writes) drops its pages.
//!
//! The cache has a byte budget: when a new page would take it over, the pages read least
//! recently go first, down to three quarters of the budget, so a crawl of every filter
//! and every language never grows the server past it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use bytes::Bytes;
use sangam_core::Error;
use sangam_db::Db;
use sangam_i18n::Lang;

/// The budget unless one is set: enough for every page of the demo in every language.
pub const DEFAULT_BUDGET: usize = 32 * 1024 * 1024;

/// What one entry costs besides its body: its key, its tag, the map's own bookkeeping.
const ENTRY_OVERHEAD: usize = 256;

#[derive(Debug)]
pub struct CachedPage {
    pub body: Bytes,
    pub content_type: &'static str,
    pub etag: String,
    /// When the page stops being right by the clock alone (an event starts or ends).
    pub expires: Option<sangam_core::Timestamp>,
}

impl CachedPage {
    fn cost(&self, key: &str) -> usize {
        self.body.len() + self.etag.len() + key.len() + ENTRY_OVERHEAD
    }
}

struct Entry {
    page: Arc<CachedPage>,
    cost: usize,
    /// The tick of the last read: the smallest goes first.
    used: AtomicU64,
}

pub struct PageCache {
    generation: AtomicI64,
    entries: RwLock<HashMap<(Lang, String), Entry>>,
    /// What the entries cost, in bytes.
    bytes: AtomicUsize,
    budget: usize,
    tick: AtomicU64,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::with_budget(DEFAULT_BUDGET)
    }
}

/// What the cache holds now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    pub entries: usize,
    pub bytes: usize,
    pub budget: usize,
}

impl PageCache {
    /// A cache that holds at most `budget` bytes of pages.
    pub fn with_budget(budget: usize) -> PageCache {
        PageCache {
            generation: AtomicI64::new(0),
            entries: RwLock::new(HashMap::new()),
            bytes: AtomicUsize::new(0),
            budget,
            tick: AtomicU64::new(0),
        }
    }

    pub fn generation(&self) -> i64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn stats(&self) -> CacheStats {
        CacheStats {
            entries: self.entries.read().map(|e| e.len()).unwrap_or(0),
            bytes: self.bytes.load(Ordering::Relaxed),
            budget: self.budget,
        }
    }

    pub fn get(
        &self,
        lang: Lang,
        key: &str,
        now: sangam_core::Timestamp,
    ) -> Option<Arc<CachedPage>> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(&(lang, key.to_string()))?;
        if entry.page.expires.is_some_and(|t| now >= t) {
            return None;
        }
        entry
            .used
            .store(self.tick.fetch_add(1, Ordering::Relaxed), Ordering::Relaxed);
        Some(entry.page.clone())
    }

    /// Stores a page rendered while the generation was `generation`; a page rendered
    /// before a change that has since been seen is not stored, nor one larger than a
    /// quarter of the budget.
    pub fn put(&self, lang: Lang, key: &str, generation: i64, page: CachedPage) -> Arc<CachedPage> {
        let cost = page.cost(key);
        let page = Arc::new(page);
        if cost > self.budget / 4 {
            return page;
        }
        if let Ok(mut entries) = self.entries.write()
            && self.generation() == generation
        {
            if self.bytes.load(Ordering::Relaxed) + cost > self.budget {
                // Room for this page and a quarter of the budget more, so that a crawl does
                // not evict on every page.
                self.evict(&mut entries, (self.budget / 4 * 3).saturating_sub(cost));
            }
            let entry = Entry {
                page: page.clone(),
                cost,
                used: AtomicU64::new(self.tick.fetch_add(1, Ordering::Relaxed)),
            };
            if let Some(old) = entries.insert((lang, key.to_string()), entry) {
                self.bytes.fetch_sub(old.cost, Ordering::Relaxed);
            }
            self.bytes.fetch_add(cost, Ordering::Relaxed);
        }
        page
    }

    /// Drops the pages read least recently until the entries cost at most `target`.
    fn evict(&self, entries: &mut HashMap<(Lang, String), Entry>, target: usize) {
        let mut by_use: Vec<(u64, (Lang, String))> = entries
            .iter()
            .map(|(k, e)| (e.used.load(Ordering::Relaxed), k.clone()))
            .collect();
        by_use.sort_unstable_by_key(|(used, _)| *used);
        for (_, key) in by_use {
            if self.bytes.load(Ordering::Relaxed) <= target {
                break;
            }
            if let Some(old) = entries.remove(&key) {
                self.bytes.fetch_sub(old.cost, Ordering::Relaxed);
            }
        }
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
    }

    /// Reads the database's generation and drops every page if it moved.
    pub async fn refresh(&self, db: &Db) -> Result<(), Error> {
        self.observe(db.generation().await?);
        Ok(())
    }

    /// Drops every page if `generation` is newer than the pages'. The generation only grows,
    /// so a late poll never takes it back.
    pub fn observe(&self, generation: i64) {
        if self.generation() >= generation {
            return;
        }
        if let Ok(mut entries) = self.entries.write()
            && self.generation.fetch_max(generation, Ordering::AcqRel) < generation
        {
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bytes: usize) -> CachedPage {
        CachedPage {
            body: Bytes::from(vec![b'x'; bytes]),
            content_type: "text/html; charset=utf-8",
            etag: "\"e\"".into(),
            expires: None,
        }
    }

    #[test]
    fn a_crawl_never_takes_the_cache_past_its_budget() {
        let cache = PageCache::with_budget(1024 * 1024);
        let now = sangam_core::Timestamp(0);
        // The front page, read all along; then ten thousand distinct addresses.
        cache.put(Lang::EN, "/", 0, page(10_000));
        for i in 0..10_000 {
            cache.put(Lang::EN, &format!("/affiliates?x={i}"), 0, page(5_000));
            assert!(
                cache.get(Lang::EN, "/", now).is_some(),
                "kept while read ({i})"
            );
            let s = cache.stats();
            assert!(s.bytes <= s.budget, "{s:?} after {i}");
        }
        let s = cache.stats();
        assert!(
            s.entries > 100,
            "the budget is used, not thrown away: {s:?}"
        );
        // The pages read least recently went first.
        assert!(cache.get(Lang::EN, "/affiliates?x=0", now).is_none());
        assert!(cache.get(Lang::EN, "/affiliates?x=9999", now).is_some());
    }

    #[test]
    fn the_cost_is_counted_back_on_replace_and_on_clear() {
        let cache = PageCache::with_budget(1024 * 1024);
        cache.put(Lang::EN, "/hubs", 0, page(1_000));
        cache.put(Lang::EN, "/hubs", 0, page(2_000));
        assert_eq!(cache.stats().entries, 1);
        assert_eq!(cache.stats().bytes, page(2_000).cost("/hubs"));
        cache.observe(1);
        assert_eq!(
            cache.stats(),
            CacheStats {
                entries: 0,
                bytes: 0,
                budget: 1024 * 1024
            }
        );
        // A page rendered before the change seen is not kept; nor one over a quarter.
        cache.put(Lang::EN, "/hubs", 0, page(1_000));
        cache.put(Lang::EN, "/big", 1, page(300_000));
        assert_eq!(cache.stats().entries, 0);
    }
}
