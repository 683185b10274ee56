//! The cookies of sign-in and of the language choice (checking passwords is the service
//! layer's: `sangam_app::accounts`).

use crate::state::AppState;

/// A `Set-Cookie` value with the flags every Sangam cookie shares.
pub fn cookie(state: &AppState, name: &str, value: &str, max_age: i64, http_only: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if state.config().secure_cookies() {
        c.push_str("; Secure");
    }
    c
}
