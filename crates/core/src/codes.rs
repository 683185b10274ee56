//! ISO 3166-1 country codes and ISO 639 language subtags, from CLDR via
//! tools/gen_cldr_names.py.

use serde::{Deserialize, Serialize};

use crate::codes_data::{COUNTRIES, LANGUAGES, SUBREGIONS};
use crate::error::Invalid;

pub fn is_country(code: &str) -> bool {
    COUNTRIES.binary_search(&code).is_ok()
}

pub fn is_language(code: &str) -> bool {
    LANGUAGES.binary_search(&code).is_ok()
}

pub fn countries() -> &'static [&'static str] {
    COUNTRIES
}

/// The UN M49 subregion of a country ("143", Central Asia, for TJ).
pub fn subregion(country: &str) -> Option<&'static str> {
    SUBREGIONS
        .binary_search_by(|(c, _)| (*c).cmp(country))
        .ok()
        .map(|i| SUBREGIONS[i].1)
}

/// Whether `code` is a UN M49 subregion some country belongs to.
pub fn is_subregion(code: &str) -> bool {
    SUBREGIONS.iter().any(|(_, r)| *r == code)
}

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let code = input.trim().to_ascii_uppercase();
        if is_country(&code) {
            Ok(CountryCode(code))
        } else {
            Err(Invalid::with("unknown_country", "code", input.trim()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn trusted(code: &str) -> Self {
        CountryCode(code.to_string())
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        CountryCode::parse(&s).map_err(|e| format!("{}: {s}", e.code))
    }
}

impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.0
    }
}

/// Splits a list typed by a person ("BD, IN  PK", one per line) into its items.
pub fn split_list(input: &str) -> Vec<String> {
    input
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace() || c == '،')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_checked_against_iso_3166() {
        assert_eq!(CountryCode::parse("tj").unwrap().as_str(), "TJ");
        assert_eq!(
            CountryCode::parse("XX").unwrap_err().code,
            "unknown_country"
        );
        assert_eq!(
            CountryCode::parse("TJK").unwrap_err().code,
            "unknown_country"
        );
    }

    #[test]
    fn countries_belong_to_un_subregions() {
        assert_eq!(subregion("TJ"), Some("143"));
        assert_eq!(subregion("PK"), Some("034"));
        assert_eq!(subregion("AQ"), None);
        assert!(is_subregion("035") && !is_subregion("999"));
    }

    #[test]
    fn lists_split_on_commas_spaces_and_arabic_commas() {
        assert_eq!(split_list("BD, IN\nPK،NP"), ["BD", "IN", "PK", "NP"]);
    }
}
