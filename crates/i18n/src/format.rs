//! Locale-aware formatting with ICU4X: numbers in the locale's own digits, calendar dates,
//! lists, and name sorting by the locale's collation. Formatters are built once per locale.

use std::cmp::Ordering;
use std::sync::{LazyLock, OnceLock};

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{Y, YM, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::ListFormatterOptions;
use icu_locale_core::Locale;
use sangam_core::time::{PartialDate, Timestamp};

use crate::locale::{LOCALES, Lang};

struct Formatters {
    decimal: Option<DecimalFormatter>,
    ymd: Option<DateTimeFormatter<YMD>>,
    ym: Option<DateTimeFormatter<YM>>,
    y: Option<DateTimeFormatter<Y>>,
    ymdt: Option<DateTimeFormatter<YMDT>>,
    list: Option<ListFormatter>,
    collator: Option<CollatorBorrowed<'static>>,
}

fn locale(lang: Lang) -> Locale {
    Locale::try_from_str(lang.code()).unwrap_or(Locale::UNKNOWN)
}

impl Formatters {
    fn new(lang: Lang) -> Self {
        let loc = locale(lang);
        Formatters {
            decimal: DecimalFormatter::try_new(loc.clone().into(), Default::default()).ok(),
            ymd: DateTimeFormatter::try_new(loc.clone().into(), YMD::long()).ok(),
            ym: DateTimeFormatter::try_new(loc.clone().into(), YM::long()).ok(),
            y: DateTimeFormatter::try_new(loc.clone().into(), Y::long()).ok(),
            ymdt: DateTimeFormatter::try_new(
                loc.clone().into(),
                YMDT::medium().with_time_precision(icu_datetime::options::TimePrecision::Minute),
            )
            .ok(),
            list: ListFormatter::try_new_and(loc.clone().into(), ListFormatterOptions::default())
                .ok(),
            collator: Collator::try_new(loc.into(), CollatorOptions::default()).ok(),
        }
    }
}

static FORMATTERS: LazyLock<Vec<OnceLock<Formatters>>> =
    LazyLock::new(|| LOCALES.iter().map(|_| OnceLock::new()).collect());

fn formatters(lang: Lang) -> Option<&'static Formatters> {
    FORMATTERS
        .get(lang.index())
        .map(|cell| cell.get_or_init(|| Formatters::new(lang)))
}

/// A number with the locale's digits and grouping ("১২,৩৪,৫৬৭" in Bengali).
pub fn decimal(lang: Lang, n: f64) -> String {
    let plain = if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    };
    match (
        formatters(lang).and_then(|f| f.decimal.as_ref()),
        Decimal::try_from_str(&plain),
    ) {
        (Some(f), Ok(d)) => f.format(&d).to_string(),
        _ => plain,
    }
}

pub fn number(lang: Lang, n: i64) -> String {
    decimal(lang, n as f64)
}

fn icu_date(d: jiff::civil::Date) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()
}

/// A calendar date in the locale's long form ("7 May 2023", "৭ মে, ২০২৩").
pub fn date(lang: Lang, d: jiff::civil::Date) -> String {
    match (formatters(lang).and_then(|f| f.ymd.as_ref()), icu_date(d)) {
        (Some(f), Some(date)) => f.format(&date).to_string(),
        _ => d.to_string(),
    }
}

/// A date known to the year, month or day, in the matching form ("2022", "May 2023").
pub fn partial_date(lang: Lang, p: PartialDate) -> String {
    let Some(f) = formatters(lang) else {
        return p.to_string();
    };
    let date = Date::try_new_iso(
        i32::from(p.year),
        p.month.unwrap_or(1) as u8,
        p.day.unwrap_or(1) as u8,
    );
    let Ok(date) = date else { return p.to_string() };
    let out = match (p.month, p.day) {
        (Some(_), Some(_)) => f.ymd.as_ref().map(|f| f.format(&date).to_string()),
        (Some(_), None) => f.ym.as_ref().map(|f| f.format(&date).to_string()),
        _ => f.y.as_ref().map(|f| f.format(&date).to_string()),
    };
    out.unwrap_or_else(|| p.to_string())
}

/// An instant as a UTC date and time to the minute, without the zone name (messages add
/// "UTC" in the locale's words).
pub fn datetime_utc(lang: Lang, t: Timestamp) -> String {
    datetime_in(lang, t, &jiff::tz::TimeZone::UTC)
}

/// An instant as a date and time to the minute in a zone, without the zone's name.
pub fn datetime_in(lang: Lang, t: Timestamp, tz: &jiff::tz::TimeZone) -> String {
    let Ok(ts) = jiff::Timestamp::from_second(t.0) else {
        return t.0.to_string();
    };
    let dt = ts.to_zoned(tz.clone()).datetime();
    let (Some(date), Ok(time)) = (
        icu_date(dt.date()),
        Time::try_new(dt.hour() as u8, dt.minute() as u8, 0, 0),
    ) else {
        return ts.to_string();
    };
    match formatters(lang).and_then(|f| f.ymdt.as_ref()) {
        Some(f) => f.format(&DateTime { date, time }).to_string(),
        None => ts.to_string(),
    }
}

/// "A, B and C" in the locale's words.
pub fn list(lang: Lang, items: &[String]) -> String {
    match formatters(lang).and_then(|f| f.list.as_ref()) {
        Some(f) => f.format(items.iter().map(String::as_str)).to_string(),
        None => items.join(", "),
    }
}

/// Compares two names by the locale's collation.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    match formatters(lang).and_then(|f| f.collator.as_ref()) {
        Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

/// A key whose byte order is the locale's collation order of `s` (the name itself breaks
/// ties), so a database can sort names the way [`compare`] does.
pub fn sort_key(lang: Lang, s: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(s.len() * 2 + 8);
    if let Some(c) = formatters(lang).and_then(|f| f.collator.as_ref()) {
        let _ = c.write_sort_key_to(s, &mut key);
    }
    key.push(0);
    key.extend_from_slice(s.as_bytes());
    key
}

/// Sorts items by a name, in the locale's collation.
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], name: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(lang, name(a), name(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap()
    }

    #[test]
    fn bengali_and_sindhi_pages_show_their_own_digits() {
        assert_eq!(number(lang("bn"), 1_234_567), "১২,৩৪,৫৬৭");
        assert_eq!(number(lang("sd"), 2023), "٢٬٠٢٣");
        assert_eq!(number(lang("en"), 1_234_567), "1,234,567");
        assert_eq!(number(lang("hi"), 1_234_567), "12,34,567");
    }

    #[test]
    fn dates_follow_the_locale() {
        let d = jiff::civil::date(2023, 5, 7);
        assert_eq!(date(lang("en"), d), "May 7, 2023");
        assert_eq!(date(lang("bn"), d), "৭ মে, ২০২৩");
        assert_eq!(date(lang("ru"), d), "7 мая 2023\u{202f}г.");
        assert_eq!(
            partial_date(lang("en"), PartialDate::parse("2022").unwrap()),
            "2022"
        );
        assert_eq!(
            partial_date(lang("en"), PartialDate::parse("2023-05").unwrap()),
            "May 2023"
        );
    }

    #[test]
    fn times_are_shown_to_the_minute() {
        // Aishik Rehman's signature: 18:55, 7 May 2023 (UTC).
        let s = datetime_utc(lang("en"), Timestamp(1_683_485_700));
        assert!(s.contains("2023") && s.contains("6:55"), "{s}");
    }

    #[test]
    fn names_sort_by_the_readers_collation() {
        let mut names = vec!["Zblace", "ঐশিক", "Aishik", "অমিত", "Искандар"];
        sort_by_name(lang("bn"), &mut names, |s| s);
        assert_eq!(names, ["অমিত", "ঐশিক", "Aishik", "Zblace", "Искандар"]);
        let mut names = vec!["Zblace", "ঐশিক", "Aishik", "Искандар"];
        sort_by_name(lang("en"), &mut names, |s| s);
        assert_eq!(names, ["Aishik", "Zblace", "Искандар", "ঐশিক"]);
        // Case and accents are secondary differences, not first-letter ones.
        let mut names = vec!["erokhin", "Érdi", "Ezra"];
        sort_by_name(lang("es"), &mut names, |s| s);
        assert_eq!(names, ["Érdi", "erokhin", "Ezra"]);
    }

    #[test]
    fn sort_keys_order_names_as_the_collator_does() {
        let names = [
            "Zblace",
            "ঐশিক",
            "Aishik",
            "অমিত",
            "Искандар",
            "érdi",
            "Erokhin",
            "aishik",
        ];
        for code in ["en", "bn", "ru", "ja"] {
            let l = lang(code);
            let mut by_compare = names.to_vec();
            sort_by_name(l, &mut by_compare, |s| s);
            let mut by_key = names.to_vec();
            by_key.sort_by_key(|n| sort_key(l, n));
            assert_eq!(by_key, by_compare, "{code}");
        }
    }

    #[test]
    fn lists_use_the_locales_conjunction() {
        let items = vec!["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!(list(lang("en"), &items), "A, B, and C");
        assert_eq!(list(lang("es"), &items), "A, B y C");
    }
}
