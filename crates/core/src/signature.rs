//! Wiki signature lists: reading the sign-up lists communities keep today ("Aishik Rehman
//! (talk) 18:55, 7 May 2023 (UTC)"), as rendered page text or as wikitext, in several
//! scripts and wiki languages; and writing members back as a list ready for Meta-Wiki.
//!
//! A line the reader cannot understand is reported with its number, never guessed at.

use jiff::civil::Date;

use crate::account::Username;
use crate::time::Timestamp;

/// One member read from a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 1-based line number in the input.
    pub line: usize,
    pub name: Username,
    /// The signature's time, when the line has one.
    pub at: Option<Timestamp>,
}

/// A list line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    /// The line as written (trimmed).
    pub text: String,
    /// `no_name`, `bad_name`, `unreadable_date`, `impossible_date`, `time_without_zone`.
    pub code: &'static str,
}

/// What reading a list gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedList {
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
    /// Lines that are not list entries (headings, prose, replies).
    pub skipped: usize,
}

/// How a line of a list is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// "12. " in rendered text, "#" in wikitext.
    Numbered,
    /// "* " or "• ".
    Bullet,
    None,
}

/// The marker of a line and the text after it. Replies in wikitext ("#:", "#*") are not
/// entries and come back as `None` with no text.
fn list_item(line: &str) -> (Marker, &str) {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('#') {
        let rest = rest.trim_start_matches('#');
        if rest.starts_with([':', '*']) {
            return (Marker::None, "");
        }
        return (Marker::Numbered, rest.trim());
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 7 {
        let rest = &t[digits..];
        if let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
            && (after.is_empty() || after.starts_with(char::is_whitespace))
        {
            return (Marker::Numbered, after.trim());
        }
    }
    for bullet in ["* ", "• ", "*", "•"] {
        if let Some(rest) = t.strip_prefix(bullet) {
            if rest.starts_with([':', '*']) {
                return (Marker::None, "");
            }
            return (Marker::Bullet, rest.trim());
        }
    }
    (Marker::None, t.trim())
}

/// Reads a whole list. When the text has numbered items, those are the entries (a page's
/// prose and bulleted calendars around them are skipped); otherwise bulleted items; and
/// otherwise every non-empty line.
pub fn parse_list(input: &str) -> ParsedList {
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    // First pass: which kind of list item holds the entries.
    let (mut numbered, mut bulleted) = (false, false);
    for l in input.lines() {
        match list_item(l).0 {
            Marker::Numbered => {
                numbered = true;
                break;
            }
            Marker::Bullet => bulleted = true,
            Marker::None => {}
        }
    }
    let wanted = if numbered {
        Marker::Numbered
    } else if bulleted {
        Marker::Bullet
    } else {
        Marker::None
    };
    let mut out = ParsedList::default();
    for (i, raw) in input.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let (marker, text) = list_item(raw);
        if marker != wanted || text.is_empty() {
            out.skipped += 1;
            continue;
        }
        let line = i + 1;
        match parse_line(text) {
            Ok((name, at)) => out.entries.push(Entry { line, name, at }),
            Err(code) => out.problems.push(Problem {
                line,
                text: text.to_string(),
                code,
            }),
        }
    }
    out
}

/// Reads one signature: the name and, if given, the time.
pub fn parse_line(text: &str) -> Result<(Username, Option<Timestamp>), &'static str> {
    let text = strip_reply(text);
    // Wikitext: the user link names the user better than any display text.
    let (linked_user, plain) = if text.contains("[[") {
        unlink(text)
    } else {
        (None, text.to_string())
    };
    let (name_part, at) = split_timestamp(&plain)?;
    let name = match &linked_user {
        Some(u) => u.as_str(),
        None => clean_name(name_part),
    };
    if name.is_empty() {
        return Err("no_name");
    }
    let name = Username::parse(name).map_err(|_| "bad_name")?;
    Ok((name, at))
}

/// Removes the "Reply" links that talk pages append to signatures, and stray dots.
fn strip_reply(text: &str) -> &str {
    let mut t = text.trim();
    loop {
        let before = t;
        for suffix in [
            "[reply]",
            "[Reply]",
            "Reply",
            "reply",
            "[ответить]",
            "ответить",
            "[উত্তর দিন]",
            "[जवाब दें]",
        ] {
            if let Some(rest) = t.strip_suffix(suffix) {
                t = rest.trim_end();
            }
        }
        t = t.trim_end_matches('.').trim_end();
        if t == before {
            return t;
        }
    }
}

/// Namespaces of user pages, talk pages and contributions in the wikis these communities
/// write in, compared in lower case.
const USER_NAMESPACES: &[&str] = &[
    "user",
    "u",
    "ব্যবহারকারী",
    "सदस्य",
    "участник",
    "участница",
    "корбар",
    "қатысушы",
    "foydalanuvchi",
    "کاربر",
    "صارف",
    "واپرائيندڙ",
    "利用者",
    "用户",
    "usuario",
    "usuaria",
    "pengguna",
];
const USER_TALK_NAMESPACES: &[&str] = &[
    "user talk",
    "ব্যবহারকারী আলাপ",
    "सदस्य वार्ता",
    "обсуждение участника",
    "обсуждение участницы",
    "гуфтугӯи корбар",
    "қатысушы талқылауы",
    "foydalanuvchi munozarasi",
    "بحث کاربر",
    "تبادلۂ خیال صارف",
    "واپرائيندڙ بحث",
    "利用者‐会話",
    "用户讨论",
    "usuario discusión",
    "usuaria discusión",
    "pembicaraan pengguna",
];
const CONTRIBUTIONS: &[&str] = &[
    "special:contributions",
    "বিশেষ:অবদান",
    "विशेष:योगदान",
    "служебная:вклад",
    "ویژه:مشارکت‌ها",
    "خاص:شراکتیں",
];

/// Takes the wiki links out of a line: the user they point to, and the text as shown.
fn unlink(text: &str) -> (Option<String>, String) {
    let mut shown = String::with_capacity(text.len());
    let (mut user, mut talk, mut contribs) = (None, None, None);
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        shown.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("]]") else {
            shown.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let inner = &after[..end];
        let (target, label) = match inner.split_once('|') {
            Some((t, l)) => (t, l),
            None => (inner, inner),
        };
        let target = target.trim().trim_start_matches(':');
        let lower = target.to_lowercase().replace('_', " ");
        for prefix in CONTRIBUTIONS {
            if let Some(who) = lower.strip_prefix(prefix).and_then(|w| w.strip_prefix('/')) {
                let offset = target.len() - who.len();
                contribs.get_or_insert_with(|| target[offset..].to_string());
            }
        }
        if let Some((ns, page)) = target.split_once(':') {
            let ns_lower = ns.trim().to_lowercase().replace('_', " ");
            let page = page
                .split(['/', '#'])
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            if USER_NAMESPACES.contains(&ns_lower.as_str()) {
                user.get_or_insert(page);
            } else if USER_TALK_NAMESPACES.contains(&ns_lower.as_str()) {
                talk.get_or_insert(page);
            }
        }
        shown.push_str(label);
        rest = &after[end + 2..];
    }
    shown.push_str(rest);
    (user.or(talk).or(contribs), shown)
}

/// Zone markers that end a signature's time.
const ZONES: &[&str] = &["(UTC)", "(ইউটিসি)", "(यूटीसी)", "(یو ٹی سی)"];

/// Where the last zone marker starts. Markers open with a bracket, so only brackets are
/// examined (searching for each marker string separately costs more than the rest of a line).
fn last_zone(text: &str) -> Option<usize> {
    text.rmatch_indices('(')
        .map(|(i, _)| i)
        .find(|&i| ZONES.iter().any(|z| text[i..].starts_with(z)))
}

/// Splits a signature into the part before its time and the time. A zone marker with a
/// date that cannot be read is an error, and so is a time without a zone.
fn split_timestamp(text: &str) -> Result<(&str, Option<Timestamp>), &'static str> {
    let marker = last_zone(text);
    let Some(marker) = marker else {
        if looks_like_time(text) {
            return Err("time_without_zone");
        }
        return Ok((text, None));
    };
    let before = text[..marker].trim_end();
    // From the right: year, month, day, and the time ("18:55,").
    let mut tokens = before.rsplitn(4, char::is_whitespace);
    let (Some(year), Some(month), Some(day), Some(rest)) =
        (tokens.next(), tokens.next(), tokens.next(), tokens.next())
    else {
        return Err("unreadable_date");
    };
    let rest = rest.trim_end();
    let time_start = rest
        .rfind(|c: char| c.is_whitespace())
        .map(|i| i + 1)
        .unwrap_or(0);
    let time_token = &rest[time_start..];
    // The time may be glued to what precedes it ("(--12:08,").
    let glued = time_token
        .find(|c: char| to_ascii_digit(c).is_some())
        .unwrap_or(time_token.len());
    let time = time_token[glued..].trim_end_matches(',');
    let name_end = time_start + glued;
    let (Some(year), Some(day), Some(month), Some((hour, minute))) = (
        number(year),
        number(day.trim_end_matches(',')),
        month_number(month),
        clock(time),
    ) else {
        return Err("unreadable_date");
    };
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || !(1990..=2200).contains(&year) {
        return Err("impossible_date");
    }
    // Validates the day of the month (no 31 February); the instant is plain arithmetic in UTC.
    Date::new(year as i16, month, day as i8).map_err(|_| "impossible_date")?;
    let seconds = days_from_civil(year as i64, month as i64, day as i64) * 86_400
        + hour as i64 * 3600
        + minute as i64 * 60;
    Ok((&rest[..name_end], Some(Timestamp(seconds))))
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// ASCII value of a digit in Latin, Bengali, Devanagari or Arabic script.
fn to_ascii_digit(c: char) -> Option<u32> {
    let base = match c {
        '0'..='9' => '0',
        '০'..='৯' => '০',
        '०'..='९' => '०',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        _ => return None,
    };
    Some(c as u32 - base as u32)
}

fn number(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 16 {
        return None;
    }
    if s.is_ascii() {
        if s.len() > 4 {
            return None;
        }
        return s.bytes().try_fold(0i32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + i32::from(b - b'0'))
        });
    }
    if s.chars().count() > 4 {
        return None;
    }
    s.chars()
        .try_fold(0i32, |n, c| to_ascii_digit(c).map(|d| n * 10 + d as i32))
}

/// "18:55" in any of the digit scripts.
fn clock(s: &str) -> Option<(i32, i32)> {
    let (h, m) = s.split_once(':')?;
    if m.chars().count() != 2 {
        return None;
    }
    Some((number(h)?, number(m)?))
}

fn looks_like_time(text: &str) -> bool {
    text.split_whitespace()
        .any(|t| clock(t.trim_end_matches(',')).is_some())
        && text
            .split_whitespace()
            .any(|t| t.chars().count() == 4 && number(t).is_some())
}

/// Month names as signatures write them, per wiki language.
const MONTHS: &[&[&str]] = &[
    &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ],
    &[
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    &[
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ],
    &[
        "जनवरी",
        "फरवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितम्बर",
        "अक्तूबर",
        "नवम्बर",
        "दिसम्बर",
    ],
    &[
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    &[
        "январи",
        "феврали",
        "марти",
        "апрели",
        "майи",
        "июни",
        "июли",
        "августи",
        "сентябри",
        "октябри",
        "ноябри",
        "декабри",
    ],
    &[
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ],
];

fn month_number(token: &str) -> Option<i8> {
    let find = |t: &str| {
        MONTHS.iter().find_map(|names| {
            names
                .iter()
                .position(|m| m.eq_ignore_ascii_case(t) || *m == t)
                .map(|i| i as i8 + 1)
        })
    };
    find(token).or_else(|| {
        // Capitalized Cyrillic, and the nukta Hindi wikis write both composed and decomposed.
        let lower = token.to_lowercase().replace('\u{095E}', "\u{092B}\u{093C}");
        find(&lower)
    })
}

/// Words a talk-page link shows, in the wikis' languages, lower case and without spaces or
/// dots ("talk · contribs" → "talkcontribs").
const TALK_WORDS: &[&str] = &[
    "talk",
    "talkcontribs",
    "talkcontributions",
    "t",
    "tc",
    "contribs",
    "talkpage",
    "আলাপ",
    "আলাপঅবদান",
    "বার্তা",
    "वार्ता",
    "वार्तायोगदान",
    "обс",
    "обсуждение",
    "обсвклад",
    "баҳс",
    "талқылау",
    "munozara",
    "بحث",
    "گفتگو",
    "تبادلۂخیال",
    "تبادلہخیال",
    "ڳالهه",
    "会話",
    "讨论",
    "discusión",
    "disc",
    "bicara",
];

fn talk_word(inner: &str) -> bool {
    // Talk words are short; anything longer is a name. The key is built once, on the stack.
    const MAX: usize = 48;
    if inner.len() > MAX {
        return false;
    }
    let mut buf = [0u8; MAX * 2];
    let mut len = 0;
    for c in inner.chars() {
        if c.is_whitespace() || matches!(c, '.' | '·' | '•' | '|' | '/' | ',' | '-') {
            continue;
        }
        for l in c.to_lowercase() {
            if len + l.len_utf8() > buf.len() {
                return false;
            }
            len += l.encode_utf8(&mut buf[len..]).len();
        }
    }
    let key = &buf[..len];
    len > 0 && TALK_WORDS.iter().any(|w| w.as_bytes() == key)
}

/// The name in what precedes the time: without signature dashes, talk links, and the
/// bracket a time was wrapped in.
fn clean_name(part: &str) -> &str {
    let mut s = part.trim();
    loop {
        let before = s;
        s = s
            .trim_end_matches(['-', '~', '—', '–', ' ', '\u{a0}'])
            .trim_end();
        if let Some(rest) = s.strip_suffix('(') {
            s = rest.trim_end();
        }
        for (open, close) in [('(', ')'), ('«', '»'), ('[', ']'), ('<', '>')] {
            if s.ends_with(close)
                && let Some(start) = s.rfind(open)
                && talk_word(&s[start + open.len_utf8()..s.len() - close.len_utf8()])
            {
                s = s[..start].trim_end();
            }
        }
        // A bare talk word after the name ("-J. Ansari Talk"); talk words are short.
        if let Some(space) = s.rfind(char::is_whitespace)
            && s.len() - space <= 24
            && s[space..].trim_start().starts_with(char::is_alphabetic)
            && talk_word(&s[space..])
        {
            s = s[..space].trim_end();
        }
        if s == before {
            break;
        }
    }
    s.trim_start_matches(['-', '~', '—', '–', ' ', '\u{a0}'])
        .trim()
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A signature time as English wikis write it: "18:55, 7 May 2023 (UTC)".
pub fn wiki_time(t: Timestamp) -> String {
    let Ok(ts) = jiff::Timestamp::from_second(t.0) else {
        return String::new();
    };
    let dt = ts.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    format!(
        "{:02}:{:02}, {} {} {} (UTC)",
        dt.hour(),
        dt.minute(),
        dt.day(),
        EN_MONTHS[(dt.month() - 1) as usize],
        dt.year()
    )
}

/// One member as a wikitext list item, signature-like.
pub fn wikitext_line(name: &Username, at: Option<Timestamp>) -> String {
    let n = name.as_str();
    let mut line = format!("# [[User:{n}|{n}]] ([[User talk:{n}|talk]])");
    if let Some(t) = at {
        line.push(' ');
        line.push_str(&wiki_time(t));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        let dt: jiff::civil::DateTime = s.parse().unwrap();
        Timestamp(
            dt.to_zoned(jiff::tz::TimeZone::UTC)
                .unwrap()
                .timestamp()
                .as_second(),
        )
    }

    fn one(line: &str) -> (String, Option<Timestamp>) {
        let (n, t) = parse_line(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        (n.to_string(), t)
    }

    #[test]
    fn rendered_signatures_of_every_kind_in_the_seeds() {
        let cases = [
            (
                "Aishik Rehman (talk) 18:55, 7 May 2023 (UTC)[reply]",
                "Aishik Rehman",
                Some("2023-05-07T18:55"),
            ),
            (
                "Yahya (talkcontribs.) 13:59, 8 May 2023 (UTC)[reply]",
                "Yahya",
                Some("2023-05-08T13:59"),
            ),
            (
                "Farhan  «Talk» 14:41, 20 May 2023 (UTC)[reply]",
                "Farhan",
                Some("2023-05-20T14:41"),
            ),
            (
                "-J. Ansari Talk 16:06, 20 May 2023 (UTC)[reply]",
                "J. Ansari",
                Some("2023-05-20T16:06"),
            ),
            (
                "-- कन्हाई प्रसाद चौरसिया (talk) 04:13, 21 May 2023 (UTC)[reply]",
                "कन्हाई प्रसाद चौरसिया",
                Some("2023-05-21T04:13"),
            ),
            (
                "MS Sakib  «TalK» 16:00, 22 May 2023 (UTC)[reply]",
                "MS Sakib",
                Some("2023-05-22T16:00"),
            ),
            (
                "~~ DeloarAkram (talk) 12:53, 7 December 2023 (UTC)[reply]",
                "DeloarAkram",
                Some("2023-12-07T12:53"),
            ),
            ("Darafsh Kaviyani (Talk)", "Darafsh Kaviyani", None),
            (
                "--Нурмуҳаммад Шамс (talk) 04:16, 9 December 2022 (UTC)Reply[reply]",
                "Нурмуҳаммад Шамс",
                Some("2022-12-09T04:16"),
            ),
            (
                "Jaloliddin Madaminov (talk) 04:27, 9 December 2022 (UTC).Reply[reply]",
                "Jaloliddin Madaminov",
                Some("2022-12-09T04:27"),
            ),
            (
                "Omid Jeyhani (-- 12:08, 9 December 2022 (UTC))Reply[reply]",
                "Omid Jeyhani",
                Some("2022-12-09T12:08"),
            ),
            (
                "MPourzaki (WMF) (talk) 10:29, 23 January 2021 (UTC)[reply]",
                "MPourzaki (WMF)",
                Some("2021-01-23T10:29"),
            ),
            (
                "Anna Torres (WMAR) (talk · contribs)",
                "Anna Torres (WMAR)",
                None,
            ),
        ];
        for (line, name, time) in cases {
            assert_eq!(one(line), (name.to_string(), time.map(at)), "{line}");
        }
    }

    #[test]
    fn wikitext_signatures_name_the_linked_user() {
        assert_eq!(
            one(
                "[[User:Aishik Rehman|Aishik]] ([[User talk:Aishik Rehman|talk]]) 18:55, 7 May 2023 (UTC)"
            ),
            ("Aishik Rehman".into(), Some(at("2023-05-07T18:55")))
        );
        assert_eq!(
            one("--[[User:MdsShakil|<span style=\"color:red\">Shakil</span>]]"),
            ("MdsShakil".into(), None)
        );
        assert_eq!(
            one("[[Special:Contributions/Yahya|Yahya]] 13:59, 8 May 2023 (UTC)").0,
            "Yahya"
        );
        assert_eq!(
            one(
                "[[Участник:Искандар Ориф|Искандар]] ([[Обсуждение участника:Искандар Ориф|обс.]])"
            )
            .0,
            "Искандар Ориф"
        );
    }

    #[test]
    fn localized_signatures_in_bengali_and_hindi() {
        assert_eq!(
            one(
                "[[ব্যবহারকারী:আফতাবুজ্জামান|আফতাব]] ([[ব্যবহারকারী আলাপ:আফতাবুজ্জামান|আলাপ]]) ১৮:৫৫, ৭ মে ২০২৩ (ইউটিসি)"
            ),
            ("আফতাবুজ্জামান".into(), Some(at("2023-05-07T18:55")))
        );
        assert_eq!(
            one("নাহিদ (আলাপ) ০৯:০৫, ১৫ ফেব্রুয়ারি ২০২১ (ইউটিসি)"),
            ("নাহিদ".into(), Some(at("2021-02-15T09:05")))
        );
        assert_eq!(
            one("कन्हाई (वार्ता) 04:13, 21 मई 2023 (UTC)"),
            ("कन्हाई".into(), Some(at("2023-05-21T04:13")))
        );
        assert_eq!(
            one("अनुराग (वार्ता) 10:00, 3 सितंबर 2022 (UTC)").1,
            Some(at("2022-09-03T10:00"))
        );
        assert_eq!(
            one("अनुराग (वार्ता) 10:00, 3 फ़रवरी 2022 (UTC)").1,
            Some(at("2022-02-03T10:00"))
        );
        assert_eq!(
            one("Искандар (обс.) 05:00, 9 декабря 2022 (UTC)").1,
            Some(at("2022-12-09T05:00"))
        );
        assert_eq!(one("علی (بحث) 05:00, 9 دسمبر 2022 (UTC)").0, "علی");
    }

    #[test]
    fn broken_dates_are_reported_not_guessed() {
        assert_eq!(
            parse_line("Someone (talk) 10:00, 31 February 2023 (UTC)"),
            Err("impossible_date")
        );
        assert_eq!(
            parse_line("Someone (talk) 10:00, 9 J Kouly 2018 (UTC)"),
            Err("unreadable_date")
        );
        assert_eq!(
            parse_line("Someone (talk) 25:00, 9 May 2018 (UTC)"),
            Err("impossible_date")
        );
        assert_eq!(
            parse_line("Someone (talk) 10:00, 9 May 2018"),
            Err("time_without_zone")
        );
        assert_eq!(parse_line("(talk) 10:00, 9 May 2018 (UTC)"), Err("no_name"));
        assert_eq!(parse_line("a/b (talk)"), Err("bad_name"));
    }

    #[test]
    fn seed_000_gives_nine_members() {
        let list = parse_list(include_str!(
            "../../../fixtures/seeds/000_7902ad6a5687aa4b.txt"
        ));
        assert!(list.problems.is_empty(), "{:?}", list.problems);
        let got: Vec<(String, Option<Timestamp>)> = list
            .entries
            .iter()
            .map(|e| (e.name.to_string(), e.at))
            .collect();
        let want: Vec<(String, Option<Timestamp>)> = [
            ("Aishik Rehman", "2023-05-07T18:55"),
            ("Yahya", "2023-05-08T13:59"),
            ("Farhan", "2023-05-20T14:41"),
            ("J. Ansari", "2023-05-20T16:06"),
            ("MdsShakil", "2023-05-20T16:38"),
            ("कन्हाई प्रसाद चौरसिया", "2023-05-21T04:13"),
            ("MS Sakib", "2023-05-22T16:00"),
            ("SHEIKH", "2023-05-22T16:04"),
            ("DeloarAkram", "2023-12-07T12:53"),
        ]
        .iter()
        .map(|(n, t)| (n.to_string(), Some(at(t))))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn seed_004_gives_thirteen_members_two_without_a_date() {
        let list = parse_list(include_str!(
            "../../../fixtures/seeds/004_dc7f574e16aa7ca4.txt"
        ));
        assert!(list.problems.is_empty(), "{:?}", list.problems);
        let got: Vec<(String, Option<Timestamp>)> = list
            .entries
            .iter()
            .map(|e| (e.name.to_string(), e.at))
            .collect();
        let want: Vec<(String, Option<Timestamp>)> = [
            ("Darafsh Kaviyani", None),
            ("Mardetanha", Some("2022-12-08T20:24")),
            ("VASHGIRD", None),
            ("Нурмуҳаммад Шамс", Some("2022-12-09T04:16")),
            ("Jaloliddin Madaminov", Some("2022-12-09T04:27")),
            ("Искандар Ориф", Some("2022-12-09T05:00")),
            ("Yoonoos.tj", Some("2022-12-09T09:12")),
            ("Farorud", Some("2022-12-09T11:13")),
            ("Omid Jeyhani", Some("2022-12-09T12:08")),
            ("TITANTJ", Some("2022-12-10T07:23")),
            ("Kagansky", Some("2023-02-17T15:54")),
            ("Erokhin", Some("2023-04-02T12:28")),
            ("Daniel Mietchen", Some("2023-04-26T20:02")),
        ]
        .iter()
        .map(|(n, t)| (n.to_string(), t.map(at)))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn seed_002_gives_its_one_interested_attendee() {
        let list = parse_list(include_str!(
            "../../../fixtures/seeds/002_7411c311873a19dd.txt"
        ));
        assert!(list.problems.is_empty(), "{:?}", list.problems);
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.entries[0].name.as_str(), "Zblace");
        assert_eq!(list.entries[0].at, Some(at("2021-02-15T08:06")));
    }

    #[test]
    fn unreadable_lines_keep_their_line_numbers() {
        let list = parse_list(
            "# Good (talk) 10:00, 9 May 2018 (UTC)\n#: a reply, not an entry\n# Bad (talk) 10:00, 31 February 2023 (UTC)\n# \n",
        );
        assert_eq!(list.entries.len(), 1);
        assert_eq!(
            list.problems,
            vec![Problem {
                line: 3,
                text: "Bad (talk) 10:00, 31 February 2023 (UTC)".into(),
                code: "impossible_date"
            }]
        );
        assert_eq!(list.skipped, 2);
    }

    #[test]
    fn a_plain_list_without_markers_is_read_line_by_line() {
        let list = parse_list("Zblace (talk) 08:06, 15 February 2021 (UTC)\n\nErokhin (talk)\n");
        assert_eq!(
            list.entries
                .iter()
                .map(|e| e.name.as_str())
                .collect::<Vec<_>>(),
            ["Zblace", "Erokhin"]
        );
        assert_eq!(list.entries[1].line, 3);
    }

    #[test]
    fn exported_wikitext_reads_back() {
        let name = Username::parse("Нурмуҳаммад Шамс").unwrap();
        let t = at("2022-12-09T04:16");
        let line = wikitext_line(&name, Some(t));
        assert_eq!(
            line,
            "# [[User:Нурмуҳаммад Шамс|Нурмуҳаммад Шамс]] ([[User talk:Нурмуҳаммад Шамс|talk]]) 04:16, 9 December 2022 (UTC)"
        );
        let list = parse_list(&line);
        assert_eq!(
            (list.entries[0].name.clone(), list.entries[0].at),
            (name, Some(t))
        );
    }

    mod roundtrip {
        use proptest::prelude::*;

        use super::super::*;

        /// Letters of the scripts the communities sign in.
        const SCRIPTS: &[&[char]] = &[
            &[
                'a', 'b', 'd', 'e', 'h', 'i', 'k', 'm', 'n', 'o', 'r', 's', 'u', 'y', 'A', 'K',
                'S', 'T',
            ],
            &[
                'а', 'б', 'в', 'д', 'и', 'к', 'м', 'н', 'о', 'р', 'с', 'ф', 'ҳ', 'ӯ', 'ҷ', 'қ',
                'ғ', 'ӣ', 'Ш', 'И',
            ],
            &[
                'অ', 'আ', 'ক', 'খ', 'গ', 'ন', 'ম', 'র', 'ল', 'স', 'হ', 'ি', 'া', 'ু',
            ],
            &['क', 'ख', 'न', 'म', 'र', 'स', 'ह', 'प', 'ि', 'ा', 'ी'],
            &['ع', 'ل', 'ی', 'م', 'ر', 'ن', 'س', 'ب', 'ک', 'ہ'],
        ];

        fn name() -> impl Strategy<Value = Username> {
            (
                0..SCRIPTS.len(),
                proptest::collection::vec(proptest::collection::vec(0usize..100, 2..8), 1..4),
            )
                .prop_filter_map(
                    "a valid username that is not a talk word",
                    |(script, words)| {
                        let letters = SCRIPTS[script];
                        let words: Vec<String> = words
                            .iter()
                            .map(|w| w.iter().map(|i| letters[i % letters.len()]).collect())
                            .collect();
                        // Combining marks cannot start a word.
                        if words.iter().any(|w| {
                            w.chars()
                                .next()
                                .is_some_and(|c| matches!(c, 'ি' | 'া' | 'ু' | 'ী'))
                        }) {
                            return None;
                        }
                        if words.iter().any(|w| super::super::talk_word(w)) {
                            return None;
                        }
                        Username::parse(&words.join(" ")).ok()
                    },
                )
        }

        fn time() -> impl Strategy<Value = Option<Timestamp>> {
            // 2001-01-01 to 2030-12-31, to the minute.
            proptest::option::of(
                (978_307_200i64..1_924_905_600).prop_map(|s| Timestamp(s - s % 60)),
            )
        }

        fn digits(s: &str, zero: char) -> String {
            s.chars()
                .map(|c| {
                    c.to_digit(10)
                        .and_then(|d| char::from_u32(zero as u32 + d))
                        .unwrap_or(c)
                })
                .collect()
        }

        /// The time as an English, Bengali or Hindi wiki signs it.
        fn render_time(t: Timestamp, style: usize) -> String {
            let english = wiki_time(t);
            let dt = jiff::Timestamp::from_second(t.0)
                .unwrap()
                .to_zoned(jiff::tz::TimeZone::UTC)
                .datetime();
            let month = (dt.month() - 1) as usize;
            let plain = format!("{:02}:{:02}, {} ", dt.hour(), dt.minute(), dt.day());
            match style {
                1 => format!(
                    "{}{} {} (ইউটিসি)",
                    digits(&plain, '০'),
                    MONTHS[2][month],
                    digits(&dt.year().to_string(), '০')
                ),
                2 => format!("{plain}{} {} (UTC)", MONTHS[3][month], dt.year()),
                _ => english,
            }
        }

        fn render(name: &Username, at: Option<Timestamp>, form: usize, style: usize) -> String {
            let n = name.as_str();
            let t = at.map(|t| render_time(t, style)).unwrap_or_default();
            let sig = match form {
                0 => format!("{n} (talk) {t}"),
                1 => format!("{n} (talk · contribs) {t}"),
                2 => format!("{n}  «Talk» {t}"),
                3 => format!("--{n} (talk) {t}"),
                4 => format!("~~ {n} (talk) {t}[reply]"),
                5 if at.is_some() => format!("{n} (-- {t})Reply[reply]"),
                6 => format!("[[User:{n}|{n}]] ([[User talk:{n}|talk]]) {t}"),
                _ => format!("{n} (talkcontribs.) {t}"),
            };
            format!("  {}. {}", form + 1, sig.trim_end())
        }

        proptest! {
            #[test]
            fn any_signature_reads_back(name in name(), at in time(), form in 0usize..8, style in 0usize..3) {
                let line = render(&name, at, form, style);
                let list = parse_list(&line);
                prop_assert!(list.problems.is_empty(), "{line}: {:?}", list.problems);
                prop_assert_eq!(list.entries.len(), 1);
                prop_assert_eq!(&list.entries[0].name, &name, "{}", line);
                prop_assert_eq!(list.entries[0].at, at, "{}", line);
            }

            #[test]
            fn the_wikitext_export_reads_back(members in proptest::collection::vec((name(), time()), 1..20)) {
                let text: Vec<String> = members.iter().map(|(n, t)| wikitext_line(n, *t)).collect();
                let list = parse_list(&text.join("\n"));
                prop_assert!(list.problems.is_empty());
                let got: Vec<(Username, Option<Timestamp>)> = list.entries.into_iter().map(|e| (e.name, e.at)).collect();
                prop_assert_eq!(got, members);
            }
        }
    }
}
