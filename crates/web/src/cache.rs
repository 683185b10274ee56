//! Anonymous pages are the same for every reader of a language, so they are rendered once
//! and served from memory until something they show changes. Every change increments a
//! generation in the database; an instance that sees a new generation (its own write, or
//! the poll for other instances' writes) drops its pages.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};

use bytes::Bytes;
use sangam_core::Error;
use sangam_db::Db;
use sangam_i18n::Lang;

/// More entries than this (many filter combinations) and the cache starts over.
const MAX_ENTRIES: usize = 4096;

#[derive(Debug)]
pub struct CachedPage {
    pub body: Bytes,
    pub content_type: &'static str,
    pub etag: String,
    /// When the page stops being right by the clock alone (an event starts or ends).
    pub expires: Option<sangam_core::Timestamp>,
}

#[derive(Default)]
pub struct PageCache {
    generation: AtomicI64,
    entries: RwLock<HashMap<(Lang, String), Arc<CachedPage>>>,
}

impl PageCache {
    pub fn generation(&self) -> i64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn get(
        &self,
        lang: Lang,
        key: &str,
        now: sangam_core::Timestamp,
    ) -> Option<Arc<CachedPage>> {
        let entries = self.entries.read().ok()?;
        entries
            .get(&(lang, key.to_string()))
            .filter(|p| p.expires.is_none_or(|t| now < t))
            .cloned()
    }

    /// Stores a page rendered while the generation was `generation`; a page rendered
    /// before a change that has since been seen is not stored.
    pub fn put(&self, lang: Lang, key: &str, generation: i64, page: CachedPage) -> Arc<CachedPage> {
        let page = Arc::new(page);
        if let Ok(mut entries) = self.entries.write()
            && self.generation() == generation
        {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert((lang, key.to_string()), page.clone());
        }
        page
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
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
        }
    }
}
