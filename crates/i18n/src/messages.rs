//! Interface strings: one Fluent file per locale (`locales/<code>/sangam.ftl`), compiled
//! into the binary. A message missing in a locale falls back to English. Numbers inside
//! messages are formatted by ICU4X, so Bengali and Sindhi pages show their own digits.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;

use crate::format;
use crate::locale::{LOCALES, Lang};

/// The Fluent source of every locale, in [`LOCALES`] order.
pub const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/sangam.ftl")),
    ("bn", include_str!("../locales/bn/sangam.ftl")),
    ("hi", include_str!("../locales/hi/sangam.ftl")),
    ("ur", include_str!("../locales/ur/sangam.ftl")),
    ("sd", include_str!("../locales/sd/sangam.ftl")),
    ("tg", include_str!("../locales/tg/sangam.ftl")),
    ("ru", include_str!("../locales/ru/sangam.ftl")),
    ("kk", include_str!("../locales/kk/sangam.ftl")),
    ("uz", include_str!("../locales/uz/sangam.ftl")),
    ("ja", include_str!("../locales/ja/sangam.ftl")),
    ("zh-Hans", include_str!("../locales/zh-Hans/sangam.ftl")),
    ("es", include_str!("../locales/es/sangam.ftl")),
    ("id", include_str!("../locales/id/sangam.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// Lets the Fluent formatter find which Sangam locale a bundle is for.
struct LocaleSlot(Lang);

impl Memoizable for LocaleSlot {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::best_match(&lang.to_string())
            .map(LocaleSlot)
            .ok_or(())
    }
}

fn format_value(
    value: &FluentValue<'_>,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => memo
            .with_try_get::<LocaleSlot, _, _>((), |slot| format::decimal(slot.0, n.value))
            .ok(),
        _ => None,
    }
}

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(code, source)| {
            let langid: unic_langid::LanguageIdentifier = code
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Names are isolated with <bdi> by the HTML layer; Fluent's own isolation
            // marks would only add invisible characters to every value.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_value));
            // A resource with errors still holds every message that parsed; the tests
            // require every file to parse cleanly.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        })
        .collect()
});

/// A message argument.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.as_ref())),
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(out.into_owned())
}

/// The message `id` in `lang`, falling back to English, then to the id itself.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    BUNDLES
        .get(lang.index())
        .and_then(|b| format_in(b, id, args))
        .or_else(|| BUNDLES.first().and_then(|b| format_in(b, id, args)))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang` has its own translation of `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    BUNDLES.get(lang.index()).is_some_and(|b| b.has_message(id))
}

/// The number of interface locales; also checked against [`LOCALES`] by the tests.
pub fn source_count() -> usize {
    SOURCES.len().min(LOCALES.len())
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_bundle::FluentResource;
    use fluent_syntax::ast;

    use super::*;

    /// Message ids and, for each, the variables it uses.
    fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("parse errors: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    collect(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "duplicate id {}",
                    m.id.name
                );
            }
        }
        out
    }

    fn collect(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, vars);
            }
        }
    }

    fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, vars),
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    collect(&v.value, vars);
                }
            }
        }
    }

    fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, vars),
            _ => {}
        }
    }

    /// Messages that are the same word in some languages (names, codes).
    const MAY_EQUAL_ENGLISH: &[&str] = &[
        "site-name",
        "members-utc",
        "history-actor-system",
        "field-telegram",
        "date-range",
        "footer-api",
        "history-time",
        "event-time-range-zone",
        "event-time-range-utc",
        "event-field-wikis",
        "mail-subject",
        // A loanword in Spanish, Indonesian and Uzbek.
        "sch-flag-spam",
    ];

    #[test]
    fn every_locale_has_every_message_with_the_same_variables() {
        assert_eq!(SOURCES.len(), LOCALES.len());
        let english = catalogue(SOURCES[0].1);
        for ((code, source), info) in SOURCES.iter().zip(LOCALES) {
            assert_eq!(*code, info.code);
            let cat = catalogue(source);
            let missing: Vec<_> = english.keys().filter(|k| !cat.contains_key(*k)).collect();
            let extra: Vec<_> = cat.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}: missing {missing:?}, extra {extra:?}"
            );
            for (id, vars) in &english {
                assert_eq!(&cat[id], vars, "{code}: {id} uses other variables");
            }
        }
    }

    #[test]
    fn translations_are_translations_not_english_copies() {
        let english: BTreeMap<String, String> = SOURCES[0]
            .1
            .lines()
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for (code, source) in &SOURCES[1..] {
            let same: Vec<&str> = source
                .lines()
                .filter_map(|l| l.split_once(" = "))
                .filter(|(k, v)| {
                    english.get(*k) == Some(&v.to_string())
                        && !v.trim().is_empty()
                        && !v.starts_with('{')
                })
                .map(|(k, _)| k)
                .filter(|k| !MAY_EQUAL_ENGLISH.contains(k))
                .collect();
            assert!(same.is_empty(), "{code} has English copies: {same:?}");
        }
    }

    #[test]
    fn numbers_in_messages_use_the_locales_digits() {
        let bn = Lang::from_code("bn").unwrap();
        assert!(message(bn, "directory-count", &[("count", Arg::from(12i64))]).contains("১২"));
        let sd = Lang::from_code("sd").unwrap();
        assert!(
            message(
                sd,
                "pagination-page",
                &[("page", Arg::from(2i64)), ("pages", Arg::from(3i64))]
            )
            .contains('٢')
        );
    }

    #[test]
    fn plurals_follow_the_locales_rules() {
        let ru = Lang::from_code("ru").unwrap();
        let count = |n: i64| message(ru, "directory-count", &[("count", Arg::from(n))]);
        assert_ne!(count(1), count(2));
        assert_ne!(count(2), count(5));
        assert_eq!(
            message(Lang::EN, "directory-count", &[("count", Arg::from(1i64))]),
            "1 affiliate"
        );
        assert_eq!(
            message(
                Lang::EN,
                "directory-count",
                &[("count", Arg::from(1234i64))]
            ),
            "1,234 affiliates"
        );
    }
}
