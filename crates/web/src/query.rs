//! Query parameters that the pages and the API read alike.

use sangam_app::reports::DashboardFilter;
use sangam_core::Error;
use sangam_core::affiliate::{AffiliateKind, AffiliateStatus, DirectoryFilter};
use sangam_core::codes;
use sangam_core::error::FieldErrors;
use sangam_core::text::LangTag;

use crate::ctx::{Ctx, query_param};

/// A query parameter, if given and not empty.
pub fn param(ctx: &Ctx, name: &str) -> Option<String> {
    query_param(ctx.uri.split_once('?').map(|(_, q)| q), name).filter(|v| !v.is_empty())
}

/// The compliance overview's filters (`status`, `kind`, `overdue`, `mail`).
pub fn dashboard_filter(ctx: &Ctx) -> Result<DashboardFilter, Error> {
    DashboardFilter::parse(
        param(ctx, "status").as_deref(),
        param(ctx, "kind").as_deref(),
        param(ctx, "overdue").is_some(),
        param(ctx, "mail").is_some(),
    )
}

/// The directory's filters; unknown values are reported, not ignored.
pub fn directory_filter(ctx: &Ctx) -> Result<DirectoryFilter, Error> {
    let get = |name: &str| param(ctx, name);
    let mut errors = FieldErrors::new();
    let mut filter = DirectoryFilter {
        include_former: get("former").is_some(),
        ..Default::default()
    };
    if let Some(r) = get("region") {
        if codes::is_subregion(&r) {
            filter.region = Some(r);
        } else {
            errors.add("region", "invalid_choice");
        }
    }
    if let Some(c) = get("country") {
        match codes::CountryCode::parse(&c) {
            Ok(c) => filter.country = Some(c.as_str().to_string()),
            Err(e) => errors.add_with("country", e.code, e.args),
        }
    }
    if let Some(l) = get("language") {
        match LangTag::parse(&l) {
            Ok(l) => filter.language = Some(l.as_str().to_string()),
            Err(e) => errors.add_with("language", e.code, e.args),
        }
    }
    if let Some(s) = get("status") {
        match AffiliateStatus::parse(&s) {
            Some(s) => filter.status = Some(s),
            None => errors.add("status", "invalid_choice"),
        }
    }
    if let Some(k) = get("kind") {
        match AffiliateKind::parse(&k) {
            Some(k) => filter.kind = Some(k),
            None => errors.add("kind", "invalid_choice"),
        }
    }
    errors.finish(|| filter)
}
