//! Sangam's domain: the types, validation and rules every capability shares. Nothing here
//! touches a database, the network or the clock; callers pass the current time in.

pub mod account;
pub mod affiliate;
pub mod codes;
mod codes_data;
pub mod compliance;
pub mod conference;
pub mod election;
pub mod error;
pub mod event;
pub mod frab;
pub mod ical;
pub mod id;
pub mod membership;
pub mod report;
pub mod scholarship;
pub mod secret;
pub mod signature;
pub mod text;
pub mod throttle;
pub mod time;

pub use error::{Error, FieldError, FieldErrors, Invalid, Result};
pub use time::{Clock, Timestamp};
