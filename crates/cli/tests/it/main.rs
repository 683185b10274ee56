//! Sangam's one integration-test binary (one link on two cores): storage on both
//! databases, HTTP through the router, the `sangam` binary, and real Chromium.
#![allow(clippy::unwrap_used)]

mod support;

mod architecture;
mod browser;
mod cli;
mod conference;
mod elections;
mod events;
mod http;
mod membership;
mod reports;
mod scholarships;
mod storage;
