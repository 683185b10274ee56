//! How affiliates, countries and languages are named for a reader: shared by the pages and
//! the API.

use sangam_core::affiliate::Affiliate;
use sangam_core::text::LangTag;
use sangam_i18n::{Lang, format, names};

/// An affiliate's name in the reader's language (or the nearest it has), and that
/// language's code.
pub fn display_name(lang: Lang, a: &Affiliate) -> (String, String) {
    let (name, in_lang) = a.name.pick(lang.info().content_fallbacks);
    (name.to_string(), in_lang.to_string())
}

/// Country names, joined as a list in the reader's language.
pub fn country_list(lang: Lang, codes: &[&str]) -> String {
    let mut names: Vec<String> = codes.iter().map(|c| names::country(lang, c)).collect();
    format::sort_by_name(lang, &mut names, |s| s.as_str());
    format::list(lang, &names)
}

/// Language names, joined as a list in the reader's language.
pub fn language_list(lang: Lang, tags: &[LangTag]) -> String {
    let names: Vec<String> = tags
        .iter()
        .map(|t| names::language(lang, t.as_str()))
        .collect();
    format::list(lang, &names)
}
