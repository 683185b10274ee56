//! Text people write: cleaning and limits for submitted strings, language tags, and the one
//! mechanism for translatable fields (a source text in a source language plus translations).

use std::collections::BTreeMap;
use std::fmt;

use icu_normalizer::ComposingNormalizerBorrowed;
use serde::{Deserialize, Serialize};

use crate::codes;
use crate::error::Invalid;

/// Characters that change the direction of the text around them. In a name they could
/// reorder the sentence it is shown in, so names refuse all of them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Embeddings and overrides reorder everything up to their end; long texts refuse them
/// but keep the marks and isolates that right-to-left writers use.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}')
}

/// Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of every plane):
/// never text, and not allowed in XML, so a title with one would break every XML export.
fn is_noncharacter(c: char) -> bool {
    let u = c as u32;
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    // ASCII is always in NFC.
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    ComposingNormalizerBorrowed::new_nfc().normalize(s)
}

/// A single-line text (a name, a motto, a place): NFC, trimmed, inner white space folded,
/// no control or direction characters, at most `max` characters.
pub fn clean_line(input: &str, max: usize) -> Result<String, Invalid> {
    let s = nfc(input);
    // One pass: direction and control characters are refused, odd white space noted.
    let mut fold = false;
    let mut previous_space = true;
    for c in s.chars() {
        if is_bidi_control(c) {
            return Err(Invalid::new("bidi_control"));
        }
        if (c.is_control() && c != '\t') || is_noncharacter(c) {
            return Err(Invalid::new("control_character"));
        }
        let space = c.is_whitespace();
        if space && (previous_space || c != ' ') {
            fold = true;
        }
        previous_space = space;
    }
    let folded = if fold || previous_space {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.into_owned()
    };
    if folded.len() > max && folded.chars().count() > max {
        return Err(Invalid::with("too_long", "max", max));
    }
    Ok(folded)
}

/// A multi-line text (a mission, a goal): NFC, line ends unified, trimmed, no control
/// characters but line breaks and tabs, no bidi overrides, at most `max` characters.
pub fn clean_block(input: &str, max: usize) -> Result<String, Invalid> {
    let unified = input.replace("\r\n", "\n").replace('\r', "\n");
    let s = nfc(&unified);
    if s.chars().any(is_bidi_override) {
        return Err(Invalid::new("bidi_control"));
    }
    if s.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_noncharacter(c))
    {
        return Err(Invalid::new("control_character"));
    }
    let trimmed = s.trim();
    if trimmed.chars().count() > max {
        return Err(Invalid::with("too_long", "max", max));
    }
    Ok(trimmed.to_string())
}

/// A BCP 47 language tag whose language Sangam knows ("tg", "zh-Hans", "sd-Arab-PK"),
/// in canonical case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LangTag(String);

impl LangTag {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        let id: icu_locale_core::LanguageIdentifier =
            icu_locale_core::LanguageIdentifier::try_from_str(s)
                .map_err(|_| Invalid::with("invalid_language", "code", s))?;
        // Extensions and private use are syntax icu accepts but a profile has no use for.
        if s.contains("-u-") || s.contains("-x-") || s.contains("-t-") || id.language.is_unknown() {
            return Err(Invalid::with("invalid_language", "code", s));
        }
        if !codes::is_language(id.language.as_str()) {
            return Err(Invalid::with("unknown_language", "code", s));
        }
        if let Some(region) = id.region
            && region.as_str().len() == 2
            && !codes::is_country(region.as_str())
        {
            return Err(Invalid::with("unknown_language", "code", s));
        }
        Ok(LangTag(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone ("zh" for "zh-Hans").
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// For tags known to be valid (constants, data read back from the database).
    pub fn trusted(tag: &str) -> Self {
        LangTag(tag.to_string())
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for LangTag {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        LangTag::parse(&s).map_err(|e| format!("{}: {s}", e.code))
    }
}

impl From<LangTag> for String {
    fn from(t: LangTag) -> String {
        t.0
    }
}

/// One language's version of a translatable text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextVersion {
    pub body: String,
    /// The source revision this version was written from; the source itself carries the
    /// current revision. A translation made from an older revision is outdated.
    pub source_revision: i64,
}

/// A field people write in their own language: a source text in a source language plus
/// translations. Pages pick the reader's language along a fallback chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translatable {
    pub source_lang: LangTag,
    pub revision: i64,
    pub versions: BTreeMap<String, TextVersion>,
}

impl Translatable {
    pub fn new(lang: &LangTag, body: impl Into<String>) -> Self {
        let mut versions = BTreeMap::new();
        versions.insert(
            lang.0.clone(),
            TextVersion {
                body: body.into(),
                source_revision: 1,
            },
        );
        Translatable {
            source_lang: lang.clone(),
            revision: 1,
            versions,
        }
    }

    pub fn source(&self) -> &str {
        self.versions
            .get(self.source_lang.as_str())
            .map(|v| v.body.as_str())
            .unwrap_or("")
    }

    /// The text in `lang` only, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.versions.get(lang).map(|v| v.body.as_str())
    }

    /// The best text for a reader whose languages are `chain`, most wanted first, with the
    /// language it is in. Falls back to the source.
    pub fn pick<'a>(&'a self, chain: &[&str]) -> (&'a str, &'a str) {
        for lang in chain {
            if let Some((l, v)) = self.versions.get_key_value(*lang) {
                return (v.body.as_str(), l.as_str());
            }
        }
        (self.source(), self.source_lang.as_str())
    }

    pub fn is_outdated(&self, lang: &str) -> bool {
        self.versions
            .get(lang)
            .is_some_and(|v| v.source_revision < self.revision)
    }

    /// Applies an edit made in `lang`: in the source language it replaces the source (and
    /// makes existing translations outdated); in another language it sets that
    /// translation. An empty text clears the field (source) or removes the translation.
    /// A field with no text yet takes `lang` as its source language.
    pub fn edit(
        current: Option<Translatable>,
        lang: &LangTag,
        body: Option<String>,
    ) -> Option<Self> {
        let body = body.filter(|b| !b.is_empty());
        match (current, body) {
            (None, None) => None,
            (None, Some(b)) => Some(Translatable::new(lang, b)),
            (Some(t), None) if t.source_lang == *lang => None,
            (Some(mut t), None) => {
                t.versions.remove(lang.as_str());
                Some(t)
            }
            (Some(mut t), Some(b)) => {
                if t.source_lang == *lang {
                    if t.source() != b {
                        t.revision += 1;
                        let revision = t.revision;
                        t.versions.insert(
                            lang.0.clone(),
                            TextVersion {
                                body: b,
                                source_revision: revision,
                            },
                        );
                    }
                } else {
                    let revision = t.revision;
                    let same = t.exact(lang.as_str()) == Some(b.as_str());
                    if !same {
                        t.versions.insert(
                            lang.0.clone(),
                            TextVersion {
                                body: b,
                                source_revision: revision,
                            },
                        );
                    }
                }
                Some(t)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_refuse_direction_controls() {
        assert_eq!(
            clean_line("Evil\u{202E}txt.exe", 100).unwrap_err().code,
            "bidi_control"
        );
        assert_eq!(
            clean_line("a\u{2067}b", 100).unwrap_err().code,
            "bidi_control"
        );
        assert_eq!(
            clean_line("  Искандар   Ориф ", 100).unwrap(),
            "Искандар Ориф"
        );
        assert_eq!(
            clean_line("ab\u{0007}", 100).unwrap_err().code,
            "control_character"
        );
    }

    #[test]
    fn length_limits_count_characters_not_bytes() {
        let bengali = "কন্হাই".repeat(10);
        assert!(clean_line(&bengali, bengali.chars().count()).is_ok());
        let err = clean_line(&bengali, 5).unwrap_err();
        assert_eq!((err.code, err.args[0].1.as_str()), ("too_long", "5"));
    }

    #[test]
    fn long_text_keeps_lines_and_right_to_left_marks() {
        let text = "پہلی سطر\u{200F}\r\n\r\nدوسری";
        assert_eq!(clean_block(text, 100).unwrap(), "پہلی سطر\u{200F}\n\nدوسری");
        assert_eq!(
            clean_block("x\u{202D}y", 100).unwrap_err().code,
            "bidi_control"
        );
    }

    #[test]
    fn text_is_normalized_to_nfc() {
        // "é" as e + combining acute becomes one code point.
        assert_eq!(clean_line("Cafe\u{301}", 10).unwrap(), "Caf\u{e9}");
    }

    #[test]
    fn language_tags_are_canonical_and_known() {
        assert_eq!(LangTag::parse("ZH-hans").unwrap().as_str(), "zh-Hans");
        assert_eq!(LangTag::parse("tg").unwrap().primary(), "tg");
        assert_eq!(LangTag::parse("qq").unwrap_err().code, "unknown_language");
        assert_eq!(
            LangTag::parse("en-ZZ").unwrap_err().code,
            "unknown_language"
        );
        assert_eq!(
            LangTag::parse("not a tag").unwrap_err().code,
            "invalid_language"
        );
    }

    #[test]
    fn a_reader_gets_their_language_then_the_fallbacks_then_the_source() {
        let en = LangTag::trusted("en");
        let t = Translatable::edit(None, &en, Some("Bridging cultures".into())).unwrap();
        let t = Translatable::edit(Some(t), &LangTag::trusted("bn"), Some("সংস্কৃতির সেতু".into()))
            .unwrap();
        assert_eq!(t.pick(&["bn", "en"]), ("সংস্কৃতির সেতু", "bn"));
        assert_eq!(t.pick(&["hi"]), ("Bridging cultures", "en"));
        assert!(!t.is_outdated("bn"));
        let t = Translatable::edit(
            Some(t),
            &en,
            Some("Bridging cultures, sharing knowledge".into()),
        )
        .unwrap();
        assert!(
            t.is_outdated("bn"),
            "a source change makes translations outdated"
        );
        assert_eq!(t.revision, 2);
    }

    #[test]
    fn an_empty_field_takes_the_language_it_is_first_written_in() {
        let tg = LangTag::trusted("tg");
        let t = Translatable::edit(None, &tg, Some("Дониш барои ҳама".into())).unwrap();
        assert_eq!(t.source_lang.as_str(), "tg");
        assert_eq!(Translatable::edit(Some(t), &tg, Some(String::new())), None);
    }

    /// XML 1.0's Char production: what every XML export (the frab schedule, iCalendar's
    /// neighbours) can carry.
    fn xml_char(c: char) -> bool {
        matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
    }

    #[test]
    fn noncharacters_are_refused_as_text() {
        for bad in ["Title\u{FFFF}", "\u{FFFE}x", "a\u{FDD0}b", "z\u{1FFFF}"] {
            assert_eq!(
                clean_line(bad, 100).unwrap_err().code,
                "control_character",
                "{bad:?}"
            );
            assert_eq!(
                clean_block(bad, 100).unwrap_err().code,
                "control_character",
                "{bad:?}"
            );
        }
        assert!(
            clean_line("Ψ \u{FFFD} 日本", 100).is_ok(),
            "the replacement character is text"
        );
    }

    proptest::proptest! {
        /// Whatever is typed, what a text field keeps can be written into XML.
        #[test]
        fn kept_text_is_always_valid_xml(
            s in "\\PC*|[\u{0}-\u{2FFFF}]{0,40}|[a\u{0}-\u{1F}\u{FDD0}-\u{FDEF}\u{FFFE}\u{FFFF}\u{1FFFE}\u{202E}]{0,12}"
        ) {
            if let Ok(line) = clean_line(&s, 1_000) {
                proptest::prop_assert!(line.chars().all(xml_char), "{line:?}");
            }
            if let Ok(block) = clean_block(&s, 1_000) {
                proptest::prop_assert!(block.chars().all(xml_char), "{block:?}");
            }
        }
    }
}
