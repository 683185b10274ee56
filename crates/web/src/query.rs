//! Query parameters that the pages and the API read alike.

use sangam_app::reports::DashboardFilter;
use sangam_core::Error;

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
