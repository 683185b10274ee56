//! Sangam's interface languages: which ones exist and how a request picks one, the Fluent
//! messages, and ICU4X formatting of numbers, dates and lists and sorting of names.

pub mod format;
pub mod locale;
pub mod messages;
pub mod names;

pub use locale::{Direction, Lang, LanguageHints, direction_of, negotiate};
pub use messages::{Arg, message};
