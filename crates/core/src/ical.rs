//! iCalendar (RFC 5545) feeds of events. Timed events are written in UTC, which every
//! client understands without a VTIMEZONE; whole-day events as dates (`VALUE=DATE`, the end
//! exclusive), which clients show as whole days. Text is escaped and lines are folded at 75
//! octets without splitting a character.

use crate::event::{EventStatus, When};
use crate::time::Timestamp;

/// One event as a feed shows it.
#[derive(Debug, Clone)]
pub struct FeedEvent<'a> {
    /// Stable and unique across feeds, e.g. `event-12@sangam.example.org`.
    pub uid: String,
    pub title: &'a str,
    pub when: &'a When,
    /// The event's IANA zone, given to clients as a hint for whole-day events.
    pub zone: &'a str,
    pub description: &'a str,
    pub location: Option<String>,
    pub url: Option<String>,
    pub cancelled: bool,
    pub status: EventStatus,
    /// When the event was last changed.
    pub updated: Timestamp,
}

/// A whole calendar: `name` is shown by clients as the calendar's title.
pub fn calendar(name: &str, events: &[FeedEvent<'_>], now: Timestamp) -> String {
    let mut out = String::with_capacity(512 + events.len() * 400);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Sangam//Events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    // An activity without a date has no place in a calendar app.
    for e in events.iter().filter(|e| !matches!(e.when, When::Undated)) {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{}", utc(now)));
        line(&mut out, &format!("LAST-MODIFIED:{}", utc(e.updated)));
        match e.when {
            When::Timed { start, end } => {
                line(&mut out, &format!("DTSTART:{}", utc(*start)));
                line(&mut out, &format!("DTEND:{}", utc(*end)));
            }
            When::Days { first, last } => {
                let after = last.tomorrow().unwrap_or(*last);
                line(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")),
                );
                line(
                    &mut out,
                    &format!("DTEND;VALUE=DATE:{}", after.strftime("%Y%m%d")),
                );
            }
            When::Undated => {}
        }
        line(&mut out, &format!("SUMMARY:{}", escape(e.title)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", escape(e.description)));
        }
        if let Some(l) = &e.location {
            line(&mut out, &format!("LOCATION:{}", escape(l)));
        }
        if let Some(u) = &e.url {
            line(&mut out, &format!("URL:{}", u));
        }
        line(&mut out, &format!("X-SANGAM-TIME-ZONE:{}", escape(e.zone)));
        let status = if e.cancelled || e.status == EventStatus::Cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        line(&mut out, &format!("STATUS:{status}"));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn utc(t: Timestamp) -> String {
    jiff::Timestamp::from_second(t.0)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets (a continuation starts with a space), never
/// inside a UTF-8 character, ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn a_calendar_has_timed_and_whole_day_events_with_folded_lines() {
        let timed = When::Timed {
            start: Timestamp(1_684_756_800),
            end: Timestamp(1_684_778_340),
        };
        let days = When::Days {
            first: "2023-02-01".parse().unwrap(),
            last: "2023-03-31".parse().unwrap(),
        };
        let long = "উইকি লাভস ফোকলোর বাংলাদেশ ২০২৩: ছবি, গল্প; এবং আরও অনেক কিছু — ".repeat(3);
        let events = [
            FeedEvent {
                uid: "event-1@example.org".into(),
                title: "Preliminary meeting, WAP",
                when: &timed,
                zone: "Asia/Dhaka",
                description: "Line one\nLine two; with, punctuation\\",
                location: None,
                url: Some("https://example.org/events/1".into()),
                cancelled: false,
                status: EventStatus::Done,
                updated: Timestamp(1_684_000_000),
            },
            FeedEvent {
                uid: "event-2@example.org".into(),
                title: &long,
                when: &days,
                zone: "Asia/Dhaka",
                description: "",
                location: Some("Dhaka".into()),
                url: None,
                cancelled: true,
                status: EventStatus::Cancelled,
                updated: Timestamp(1_684_000_000),
            },
        ];
        let ics = calendar("WAP", &events, Timestamp(1_700_000_000));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l:?} is {} octets", l.len());
        }
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let text = unfold(&ics);
        assert!(text.contains("DTSTART:20230522T120000Z\r\nDTEND:20230522T175900Z"));
        assert!(text.contains("DTSTART;VALUE=DATE:20230201\r\nDTEND;VALUE=DATE:20230401"));
        assert!(text.contains("DESCRIPTION:Line one\\nLine two\\; with\\, punctuation\\\\"));
        assert!(text.contains(&format!("SUMMARY:{}", escape(&long))));
        assert!(text.contains("STATUS:CANCELLED"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    }
}
