//! People and accounts: Wikimedia usernames, e-mail addresses, passwords, and who may do
//! what. A person exists (say, imported from a signature list) before they have an account.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Invalid;
use crate::text;

pub use crate::id::{AffiliateId, UserId};

/// A Wikimedia username, normalized the way MediaWiki does it: underscores are spaces,
/// white space is folded, and the first letter is upper case. It is unique and is the name
/// shown everywhere.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

/// MediaWiki's limit is 255 bytes; its sign-up form allows 85 characters.
pub const USERNAME_MAX: usize = 85;

impl Username {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let line = if input.contains('_') {
            text::clean_line(&input.replace('_', " "), USERNAME_MAX)?
        } else {
            text::clean_line(input, USERNAME_MAX)?
        };
        if line.is_empty() {
            return Err(Invalid::new("required"));
        }
        if let Some(c) = line.chars().find(|c| {
            matches!(
                c,
                '#' | '<' | '>' | '[' | ']' | '|' | '{' | '}' | '/' | '@' | ':'
            )
        }) {
            return Err(Invalid::with("username_character", "character", c));
        }
        let mut chars = line.chars();
        let normalized = match chars.next() {
            // Most names already start with a capital or a letter without case.
            Some(first) if first.to_uppercase().eq(std::iter::once(first)) => line,
            Some(first) => {
                let mut upper = first.to_uppercase();
                match (upper.next(), upper.next()) {
                    (Some(u), None) => {
                        let mut s = String::with_capacity(line.len() + 2);
                        s.push(u);
                        s.push_str(chars.as_str());
                        s
                    }
                    // Some letters upper-case to two characters; MediaWiki keeps those as typed.
                    _ => line,
                }
            }
            None => String::new(),
        };
        Ok(Username(normalized))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For names read back from the database, which were validated when stored.
    pub fn trusted(name: &str) -> Self {
        Username(name.to_string())
    }

    /// The page name part of a Meta-Wiki link ("User:Aishik_Rehman").
    pub fn wiki_title(&self) -> String {
        self.0.replace(' ', "_")
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Username {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Username::parse(&s).map_err(|e| format!("{}: {s}", e.code))
    }
}

impl From<Username> for String {
    fn from(u: Username) -> String {
        u.0
    }
}

/// An e-mail address: one `@`, a domain with a dot, no spaces, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        let valid = s.len() <= 254
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c))
            && match s.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(Email(s.to_string()))
        } else {
            Err(Invalid::new("invalid_email"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address as wiki pages show it to keep harvesters off ("Darafsh(_AT_)hotmail.com").
    pub fn obfuscated(&self) -> String {
        self.0.replacen('@', "(_AT_)", 1)
    }

    pub fn trusted(s: &str) -> Self {
        Email(s.to_string())
    }
}

impl TryFrom<String> for Email {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Email::parse(&s).map_err(|e| format!("{}: {s}", e.code))
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

pub const PASSWORD_MIN: usize = 10;
/// Hashing cost grows with the input; a bound keeps one request from tying up a core.
pub const PASSWORD_MAX_BYTES: usize = 1024;

pub fn check_password(password: &str) -> Result<(), Invalid> {
    if password.chars().count() < PASSWORD_MIN {
        return Err(Invalid::with("password_too_short", "min", PASSWORD_MIN));
    }
    if password.len() > PASSWORD_MAX_BYTES {
        return Err(Invalid::with("too_long", "max", PASSWORD_MAX_BYTES));
    }
    Ok(())
}

/// A person's part in an affiliate besides membership. `Admin` may edit the affiliate; the
/// others are shown on its profile (the board as its key people).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AffiliateRole {
    Admin,
    Founder,
    Board,
    Contact,
}

impl AffiliateRole {
    pub const ALL: [AffiliateRole; 4] = [
        AffiliateRole::Founder,
        AffiliateRole::Board,
        AffiliateRole::Contact,
        AffiliateRole::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AffiliateRole::Admin => "admin",
            AffiliateRole::Founder => "founder",
            AffiliateRole::Board => "board",
            AffiliateRole::Contact => "contact",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// The signed-in person making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: UserId,
    pub username: Username,
    pub is_site_admin: bool,
    pub preferred_lang: Option<String>,
    /// Affiliates this person administers.
    pub admin_of: Vec<AffiliateId>,
}

/// Who is asking: the four roles of the foundation are anonymous, member (any signed-in
/// person), affiliate admin (per affiliate) and site admin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    Signed(Account),
}

impl Viewer {
    pub fn account(&self) -> Option<&Account> {
        match self {
            Viewer::Anonymous => None,
            Viewer::Signed(a) => Some(a),
        }
    }

    pub fn user_id(&self) -> Option<UserId> {
        self.account().map(|a| a.id)
    }

    pub fn is_site_admin(&self) -> bool {
        self.account().is_some_and(|a| a.is_site_admin)
    }

    pub fn administers(&self, affiliate: AffiliateId) -> bool {
        self.account()
            .is_some_and(|a| a.is_site_admin || a.admin_of.contains(&affiliate))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalized_like_mediawiki() {
        assert_eq!(
            Username::parse("aishik_Rehman").unwrap().as_str(),
            "Aishik Rehman"
        );
        assert_eq!(
            Username::parse("  MS   Sakib ").unwrap().as_str(),
            "MS Sakib"
        );
        assert_eq!(
            Username::parse("искандар Ориф").unwrap().as_str(),
            "Искандар Ориф"
        );
        assert_eq!(
            Username::parse("कन्हाई प्रसाद चौरसिया").unwrap().as_str(),
            "कन्हाई प्रसाद चौरसिया"
        );
        assert_eq!(
            Username::parse("MPourzaki (WMF)").unwrap().wiki_title(),
            "MPourzaki_(WMF)"
        );
    }

    #[test]
    fn usernames_refuse_what_mediawiki_refuses() {
        assert_eq!(
            Username::parse("a/b").unwrap_err().code,
            "username_character"
        );
        assert_eq!(
            Username::parse("x@y").unwrap_err().code,
            "username_character"
        );
        assert_eq!(Username::parse("   ").unwrap_err().code, "required");
        assert_eq!(
            Username::parse("abc\u{202E}def").unwrap_err().code,
            "bidi_control"
        );
        assert_eq!(
            Username::parse(&"x".repeat(86)).unwrap_err().code,
            "too_long"
        );
    }

    #[test]
    fn emails_are_shown_obfuscated() {
        let e = Email::parse("Darafsh@hotmail.com").unwrap();
        assert_eq!(e.obfuscated(), "Darafsh(_AT_)hotmail.com");
        for bad in ["no-at", "a@b", "a@@b.c", "a b@c.d", "a@.c", "<a@b.c>"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_affiliate_admin_administers_only_their_affiliate() {
        let admin = Viewer::Signed(Account {
            id: UserId(1),
            username: Username::trusted("TajikOrganizer"),
            is_site_admin: false,
            preferred_lang: None,
            admin_of: vec![AffiliateId(3)],
        });
        assert!(admin.administers(AffiliateId(3)));
        assert!(!admin.administers(AffiliateId(1)));
        assert!(!Viewer::Anonymous.administers(AffiliateId(3)));
    }
}
