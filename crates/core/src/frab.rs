//! The frab/Pentabarf schedule XML, the format conference apps (Giggity, ConfClerk,
//! EventFahrplan) and the c3voc tools read: a conference, then its days, each with its
//! rooms, each with its sessions, in the conference's time zone.

use jiff::tz::TimeZone;

use crate::time::Timestamp;

/// The conference as the schedule names it.
#[derive(Debug, Clone)]
pub struct Conference<'a> {
    pub title: &'a str,
    /// A short name without spaces ("wikimeet-india-2021").
    pub acronym: String,
    /// The IANA zone the programme is in.
    pub zone: &'a str,
    /// Bumped when the programme changes.
    pub version: String,
}

/// One session of the programme.
#[derive(Debug, Clone)]
pub struct Session<'a> {
    pub id: i64,
    /// Stable and unique across conferences.
    pub guid: String,
    pub title: &'a str,
    pub room: &'a str,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The session type's name ("Workshop").
    pub kind: &'a str,
    pub language: &'a str,
    pub track: &'a str,
    pub abstract_text: &'a str,
    /// Presenters: (account id, if any; name).
    pub persons: Vec<(Option<crate::account::UserId>, String)>,
    pub url: String,
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 allows tab, newline and carriage return among the controls.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn zoned(t: Timestamp, tz: &TimeZone) -> jiff::Zoned {
    jiff::Timestamp::from_second(t.0)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(tz.clone())
}

/// "01:30" for an hour and a half.
fn duration(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The schedule XML of `sessions` (in any order).
pub fn schedule_xml(conf: &Conference<'_>, sessions: &[Session<'_>]) -> String {
    let tz = TimeZone::get(conf.zone).unwrap_or(TimeZone::UTC);
    let mut sorted: Vec<&Session<'_>> = sessions.iter().collect();
    sorted.sort_by_key(|s| (s.start, s.room, s.id));
    let mut days: Vec<jiff::civil::Date> =
        sorted.iter().map(|s| zoned(s.start, &tz).date()).collect();
    days.dedup();
    let mut out = String::with_capacity(1024 + sessions.len() * 1024);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    out.push_str(&format!("  <version>{}</version>\n", xml(&conf.version)));
    out.push_str("  <conference>\n");
    out.push_str(&format!("    <title>{}</title>\n", xml(conf.title)));
    out.push_str(&format!("    <acronym>{}</acronym>\n", xml(&conf.acronym)));
    if let (Some(first), Some(last)) = (days.first(), days.last()) {
        out.push_str(&format!(
            "    <start>{first}</start>\n    <end>{last}</end>\n"
        ));
        out.push_str(&format!("    <days>{}</days>\n", days.len()));
    }
    out.push_str("    <timeslot_duration>00:15</timeslot_duration>\n");
    out.push_str(&format!(
        "    <time_zone_name>{}</time_zone_name>\n",
        xml(conf.zone)
    ));
    out.push_str("  </conference>\n");
    for (i, day) in days.iter().enumerate() {
        let today: Vec<&&Session<'_>> = sorted
            .iter()
            .filter(|s| zoned(s.start, &tz).date() == *day)
            .collect();
        let start = today.iter().map(|s| s.start).min().unwrap_or(Timestamp(0));
        let end = today.iter().map(|s| s.end).max().unwrap_or(Timestamp(0));
        out.push_str(&format!(
            "  <day index=\"{}\" date=\"{day}\" start=\"{}\" end=\"{}\">\n",
            i + 1,
            zoned(start, &tz).strftime("%Y-%m-%dT%H:%M:%S%:z"),
            zoned(end, &tz).strftime("%Y-%m-%dT%H:%M:%S%:z"),
        ));
        let mut rooms: Vec<&str> = today.iter().map(|s| s.room).collect();
        rooms.sort_unstable();
        rooms.dedup();
        for room in rooms {
            out.push_str(&format!("    <room name=\"{}\">\n", xml(room)));
            for s in today.iter().filter(|s| s.room == room) {
                let at = zoned(s.start, &tz);
                out.push_str(&format!(
                    "      <event id=\"{}\" guid=\"{}\">\n",
                    s.id,
                    xml(&s.guid)
                ));
                out.push_str(&format!(
                    "        <date>{}</date>\n",
                    at.strftime("%Y-%m-%dT%H:%M:%S%:z")
                ));
                out.push_str(&format!(
                    "        <start>{}</start>\n",
                    at.strftime("%H:%M")
                ));
                out.push_str(&format!(
                    "        <duration>{}</duration>\n",
                    duration(s.end.0 - s.start.0)
                ));
                out.push_str(&format!("        <room>{}</room>\n", xml(s.room)));
                out.push_str(&format!(
                    "        <slug>{}-{}</slug>\n",
                    xml(&conf.acronym),
                    s.id
                ));
                out.push_str(&format!("        <url>{}</url>\n", xml(&s.url)));
                out.push_str(&format!("        <title>{}</title>\n", xml(s.title)));
                out.push_str("        <subtitle></subtitle>\n");
                out.push_str(&format!("        <track>{}</track>\n", xml(s.track)));
                out.push_str(&format!("        <type>{}</type>\n", xml(s.kind)));
                out.push_str(&format!(
                    "        <language>{}</language>\n",
                    xml(s.language)
                ));
                out.push_str(&format!(
                    "        <abstract>{}</abstract>\n",
                    xml(s.abstract_text)
                ));
                out.push_str("        <description></description>\n");
                out.push_str("        <persons>\n");
                for (id, name) in &s.persons {
                    match id {
                        Some(id) => out.push_str(&format!(
                            "          <person id=\"{id}\">{}</person>\n",
                            xml(name)
                        )),
                        None => {
                            out.push_str(&format!("          <person>{}</person>\n", xml(name)))
                        }
                    }
                }
                out.push_str("        </persons>\n");
                out.push_str("        <links></links>\n");
                out.push_str("      </event>\n");
            }
            out.push_str("    </room>\n");
        }
        out.push_str("  </day>\n");
    }
    out.push_str("</schedule>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_rooms_follow_the_conference_zone_and_text_is_escaped() {
        // 19 February 2021, 23:00 and 23:30 in Kolkata: 17:30 and 18:00 UTC.
        let at = |s: &str| Timestamp::parse_rfc3339(s).unwrap();
        let session = |id, start: &str, end: &str, title| Session {
            id,
            guid: format!("g{id}"),
            title,
            room: "Hall <A>",
            start: at(start),
            end: at(end),
            kind: "Workshop",
            language: "en",
            track: "",
            abstract_text: "Plans & people",
            persons: vec![
                (Some(crate::account::UserId(7)), "THasan (WMF)".into()),
                (None, "A guest".into()),
            ],
            url: format!("https://example.org/proposals/{id}"),
        };
        let xml = schedule_xml(
            &Conference {
                title: "Wikimeet India 2021",
                acronym: "wikimeet-india-2021".into(),
                zone: "Asia/Kolkata",
                version: "1".into(),
            },
            &[
                session(2, "2021-02-19T18:30:00Z", "2021-02-19T19:00:00Z", "Late"),
                session(1, "2021-02-19T17:30:00Z", "2021-02-19T18:30:00Z", "Evening"),
            ],
        );
        assert!(
            xml.contains("<day index=\"1\" date=\"2021-02-19\""),
            "{xml}"
        );
        assert!(
            xml.contains("<day index=\"2\" date=\"2021-02-20\""),
            "past midnight in Kolkata: {xml}"
        );
        assert!(xml.contains("<date>2021-02-19T23:00:00+05:30</date>"));
        assert!(xml.contains("<duration>01:00</duration>"));
        assert!(xml.contains("<room name=\"Hall &lt;A&gt;\">"));
        assert!(xml.contains("<abstract>Plans &amp; people</abstract>"));
        assert!(xml.contains("<person id=\"7\">THasan (WMF)</person>"));
        assert!(xml.find("Evening") < xml.find("Late"));
    }
}
