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
