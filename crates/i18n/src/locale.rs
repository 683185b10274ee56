//! The interface languages Sangam ships, their direction and fallbacks, and how a request's
//! language is chosen: `?uselang=`, then the language cookie or the account's preference,
//! then Accept-Language, then English.

/// Text direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One interface language.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, as used in `?uselang=`, cookies and `lang` attributes.
    pub code: &'static str,
    /// The language's name in itself, for the language switcher.
    pub autonym: &'static str,
    pub direction: Direction,
    /// Content languages to try, in order, before a text's source language.
    pub content_fallbacks: &'static [&'static str],
}

pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        code: "en",
        autonym: "English",
        direction: Direction::Ltr,
        content_fallbacks: &["en"],
    },
    LocaleInfo {
        code: "bn",
        autonym: "বাংলা",
        direction: Direction::Ltr,
        content_fallbacks: &["bn", "en"],
    },
    LocaleInfo {
        code: "hi",
        autonym: "हिन्दी",
        direction: Direction::Ltr,
        content_fallbacks: &["hi", "en"],
    },
    LocaleInfo {
        code: "ur",
        autonym: "اردو",
        direction: Direction::Rtl,
        content_fallbacks: &["ur", "en"],
    },
    LocaleInfo {
        code: "sd",
        autonym: "سنڌي",
        direction: Direction::Rtl,
        content_fallbacks: &["sd", "ur", "en"],
    },
    LocaleInfo {
        code: "tg",
        autonym: "тоҷикӣ",
        direction: Direction::Ltr,
        content_fallbacks: &["tg", "ru", "en"],
    },
    LocaleInfo {
        code: "ru",
        autonym: "русский",
        direction: Direction::Ltr,
        content_fallbacks: &["ru", "en"],
    },
    LocaleInfo {
        code: "kk",
        autonym: "қазақ тілі",
        direction: Direction::Ltr,
        content_fallbacks: &["kk", "ru", "en"],
    },
    LocaleInfo {
        code: "uz",
        autonym: "oʻzbekcha",
        direction: Direction::Ltr,
        content_fallbacks: &["uz", "ru", "en"],
    },
    LocaleInfo {
        code: "ja",
        autonym: "日本語",
        direction: Direction::Ltr,
        content_fallbacks: &["ja", "en"],
    },
    LocaleInfo {
        code: "zh-Hans",
        autonym: "中文（简体）",
        direction: Direction::Ltr,
        content_fallbacks: &["zh-Hans", "zh", "en"],
    },
    LocaleInfo {
        code: "es",
        autonym: "español",
        direction: Direction::Ltr,
        content_fallbacks: &["es", "en"],
    },
    LocaleInfo {
        code: "id",
        autonym: "Bahasa Indonesia",
        direction: Direction::Ltr,
        content_fallbacks: &["id", "en"],
    },
];

/// An interface language: an index into [`LOCALES`], cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(pub(crate) u8);

impl Lang {
    pub const EN: Lang = Lang(0);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len() as u8).map(Lang)
    }

    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[self.0 as usize]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    pub fn direction(self) -> Direction {
        self.info().direction
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// An interface language by its exact tag (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        LOCALES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(code.trim()))
            .map(|i| Lang(i as u8))
    }

    /// The interface language that serves a requested BCP 47 tag: an exact match, else the
    /// same language ("ur-PK" → ur, "zh-CN" → zh-Hans); Traditional Chinese is not served.
    pub fn best_match(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if let Some(l) = Lang::from_code(tag) {
            return Some(l);
        }
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match primary {
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then(|| Lang::from_code("zh-Hans")).flatten()
            }
            "in" => Lang::from_code("id"),
            p => Lang::from_code(p),
        }
    }
}

/// The direction of text in any language: right-to-left for the languages and scripts that
/// write so (Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya scripts).
pub fn direction_of(tag: &str) -> Direction {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next().unwrap_or("").to_ascii_lowercase();
    let script = parts.find(|p| p.len() == 4).map(str::to_ascii_lowercase);
    match script.as_deref() {
        Some("arab" | "hebr" | "thaa" | "syrc" | "nkoo" | "adlm" | "rohg" | "mand" | "samr") => {
            Direction::Rtl
        }
        Some(_) => Direction::Ltr,
        None => match language.as_str() {
            "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "ks" | "mzn" | "pnb" | "ps" | "sd"
            | "skr" | "syr" | "ug" | "ur" | "yi" | "azb" | "bal" | "bqi" | "glk" | "lrc"
            | "prs" => Direction::Rtl,
            _ => Direction::Ltr,
        },
    }
}

/// What a request says about its reader's language.
#[derive(Debug, Default, Clone, Copy)]
pub struct LanguageHints<'a> {
    pub uselang: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub account: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

/// Chooses the interface language: `?uselang=`, then the cookie, then the account's
/// preference, then Accept-Language by quality, then English.
pub fn negotiate(hints: LanguageHints<'_>) -> Lang {
    [hints.uselang, hints.cookie, hints.account]
        .into_iter()
        .flatten()
        .find_map(Lang::best_match)
        .or_else(|| hints.accept_language.and_then(from_accept_language))
        .unwrap_or(Lang::EN)
}

/// The best interface language in an Accept-Language header.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, tag)| Lang::best_match(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(h: LanguageHints<'_>) -> &'static str {
        negotiate(h).code()
    }

    #[test]
    fn uselang_wins_then_cookie_then_account_then_accept_language() {
        let all = LanguageHints {
            uselang: Some("ur"),
            cookie: Some("bn"),
            account: Some("tg"),
            accept_language: Some("ru"),
        };
        assert_eq!(code(all), "ur");
        assert_eq!(
            code(LanguageHints {
                uselang: None,
                ..all
            }),
            "bn"
        );
        assert_eq!(
            code(LanguageHints {
                uselang: None,
                cookie: None,
                ..all
            }),
            "tg"
        );
        assert_eq!(
            code(LanguageHints {
                accept_language: Some("ru"),
                ..Default::default()
            }),
            "ru"
        );
        assert_eq!(code(LanguageHints::default()), "en");
    }

    #[test]
    fn an_unknown_uselang_falls_through() {
        let h = LanguageHints {
            uselang: Some("xx"),
            cookie: Some("kk"),
            ..Default::default()
        };
        assert_eq!(code(h), "kk");
    }

    #[test]
    fn accept_language_is_read_by_quality_and_by_language() {
        assert_eq!(
            from_accept_language("fr;q=0.9, ur-PK;q=0.8, en;q=0.5")
                .unwrap()
                .code(),
            "ur"
        );
        assert_eq!(
            from_accept_language("en;q=0.2, sd-Arab-PK").unwrap().code(),
            "sd"
        );
        assert_eq!(
            from_accept_language("zh-CN,zh;q=0.9").unwrap().code(),
            "zh-Hans"
        );
        assert_eq!(
            from_accept_language("zh-TW, ja;q=0.5").unwrap().code(),
            "ja"
        );
        assert_eq!(from_accept_language("uz-Latn-UZ").unwrap().code(), "uz");
        assert!(from_accept_language("fr, de;q=0.5").is_none());
        assert!(from_accept_language("bn;q=0").is_none());
    }

    #[test]
    fn content_direction_follows_language_and_script() {
        assert_eq!(direction_of("ur"), Direction::Rtl);
        assert_eq!(direction_of("pa-Arab"), Direction::Rtl);
        assert_eq!(direction_of("sd-Deva"), Direction::Ltr);
        assert_eq!(direction_of("tg"), Direction::Ltr);
    }

    #[test]
    fn urdu_and_sindhi_are_right_to_left() {
        let rtl: Vec<_> = Lang::all()
            .filter(|l| l.direction() == Direction::Rtl)
            .map(Lang::code)
            .collect();
        assert_eq!(rtl, ["ur", "sd"]);
    }
}
