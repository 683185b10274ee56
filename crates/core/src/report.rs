//! Filing and reviewing required reports, and the annual report builder: what organizers
//! send (a link to the report's Meta-Wiki page, or a report written here), what site
//! admins decide, deferments and extra reporting periods, all checked before anything is
//! stored; and the facts of a period gathered for a draft, with their totals.

use jiff::civil::Date;

use crate::compliance::{DefermentReason, ReportKind};
use crate::error::{Error, FieldErrors, Invalid};
use crate::event::Figures;
use crate::text::clean_block;

/// The longest report written in Sangam, in bytes.
pub const BODY_MAX: usize = 200_000;
/// The longest note of a review or a deferment.
pub const NOTE_MAX: usize = 4_000;

/// A report as filed: a link to its page (Meta-Wiki, usually), or the report itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filing {
    Link(String),
    Written(String),
}

/// A filing as submitted by a form or the API.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct FilingDraft {
    /// The report's page, an http(s) address such as
    /// `https://meta.wikimedia.org/wiki/…/Reports/2023`.
    pub link: String,
    /// Or the report written in Sangam: paragraphs, `* ` lists and `== headings ==`.
    pub body: String,
}

impl FilingDraft {
    /// One of the two, not both: a link that is an http(s) address, or a text.
    pub fn validate(&self) -> Result<Filing, Error> {
        let mut e = FieldErrors::new();
        let link = self.link.trim();
        let body = self.body.trim();
        let filing = match (link.is_empty(), body.is_empty()) {
            (true, true) => {
                e.add("link", "report_missing");
                None
            }
            (false, false) => {
                e.add("link", "report_link_or_text");
                None
            }
            (false, true) => e
                .check("link", crate::affiliate::WebUrl::parse(link))
                .map(|u| Filing::Link(u.as_str().to_string())),
            (true, false) => e
                .check("body", clean_block(body, BODY_MAX))
                .map(Filing::Written),
        };
        match filing {
            Some(f) if e.is_empty() => Ok(f),
            _ => Err(Error::Validation(e)),
        }
    }
}

/// A site admin's decision on a filed report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    Accept,
    /// Changes asked for, with what to change.
    Changes(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ReviewDraft {
    /// `accept` or `changes`.
    pub decision: String,
    /// What to change (required when asking for changes).
    pub note: String,
}

impl ReviewDraft {
    pub fn validate(&self) -> Result<Review, Error> {
        let mut e = FieldErrors::new();
        let note = e.check("note", clean_block(self.note.trim(), NOTE_MAX));
        let review = match (self.decision.trim(), note) {
            ("accept", Some(_)) => Some(Review::Accept),
            ("changes", Some(n)) if n.is_empty() => {
                e.add("note", "review_note_required");
                None
            }
            ("changes", Some(n)) => Some(Review::Changes(n)),
            (_, Some(_)) => {
                e.add("decision", "invalid_choice");
                None
            }
            (_, None) => None,
        };
        match review {
            Some(r) if e.is_empty() => Ok(r),
            _ => Err(Error::Validation(e)),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct DefermentDraft {
    /// `natural_disaster`, `pandemic`, `war` or `government_restriction`.
    pub reason: String,
    /// What happened, for the record.
    pub note: String,
}

impl DefermentDraft {
    /// A deferment needs one of the committee's reasons.
    pub fn validate(&self) -> Result<(DefermentReason, String), Error> {
        let mut e = FieldErrors::new();
        let reason = match self.reason.trim() {
            "" => {
                e.add("reason", "deferment_reason_required");
                None
            }
            r => {
                let parsed = DefermentReason::parse(r);
                if parsed.is_none() {
                    e.add("reason", "invalid_choice");
                }
                parsed
            }
        };
        let note = e.check("note", clean_block(self.note.trim(), NOTE_MAX));
        match (reason, note) {
            (Some(r), Some(n)) if e.is_empty() => Ok((r, n)),
            _ => Err(Error::Validation(e)),
        }
    }
}

/// A reporting period a site admin adds by hand (an agreement signed outside the usual
/// rhythm, a report asked for specially).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PeriodDraft {
    /// `activity` or `financial`.
    pub kind: String,
    /// First and last day, YYYY-MM-DD.
    pub start: String,
    pub end: String,
    /// The day it is due (the period's last day if empty).
    pub due: String,
}

/// A checked extra period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub kind: ReportKind,
    pub period: (Date, Date),
    pub due: Date,
}

fn day(input: &str) -> Result<Date, Invalid> {
    input
        .trim()
        .parse::<Date>()
        .map_err(|_| Invalid::new("date_needs_day"))
}

impl PeriodDraft {
    /// Checks the period on its own and against the periods the affiliate already
    /// reports on (`existing`: kind and period): two periods of one kind never overlap.
    pub fn validate(&self, existing: &[(ReportKind, (Date, Date))]) -> Result<Period, Error> {
        let mut e = FieldErrors::new();
        let kind = match self.kind.trim() {
            "activity" => Some(ReportKind::Activity),
            "financial" => Some(ReportKind::Financial),
            _ => {
                e.add("kind", "invalid_choice");
                None
            }
        };
        let start = e.check("start", day(&self.start));
        let end = e.check("end", day(&self.end));
        let due = if self.due.trim().is_empty() {
            end
        } else {
            e.check("due", day(&self.due))
        };
        if let (Some(s), Some(t)) = (start, end) {
            if t < s {
                e.add("end", "range_reversed");
            } else if (t - s).get_days() > 2 * 366 {
                e.add("end", "period_too_long");
            }
        }
        if let (Some(t), Some(d)) = (end, due)
            && d < t
        {
            e.add("due", "due_before_end");
        }
        if let (Some(k), Some(s), Some(t)) = (kind, start, end)
            && let Some((_, (os, oe))) = existing
                .iter()
                .find(|(ok, (os, oe))| *ok == k && s <= *oe && *os <= t)
        {
            e.add_with(
                "start",
                "period_overlaps",
                vec![("start", os.to_string()), ("end", oe.to_string())],
            );
        }
        match (kind, start, end, due) {
            (Some(kind), Some(s), Some(t), Some(due)) if e.is_empty() => Ok(Period {
                kind,
                period: (s, t),
                due,
            }),
            _ => Err(Error::Validation(e)),
        }
    }
}

/// An event held in the period, as the builder lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFacts {
    pub id: crate::id::EventId,
    pub title: String,
    /// The event's kind (`edit-a-thon`, `workshop`, …).
    pub kind: String,
    pub first_day: Date,
    pub last_day: Date,
    pub figures: Option<Figures>,
}

/// What an affiliate did in a period, from its own data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportFacts {
    pub events: Vec<EventFacts>,
    /// People who joined in the period, and members at its end.
    pub members_joined: usize,
    pub members_at_end: usize,
    /// Days in the period the board's list changed.
    pub board_changes: Vec<Date>,
    /// The board at the time of the draft.
    pub board: Vec<String>,
}

/// The sums of the figures known; `reported` counts the events that had outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Totals {
    pub events: u32,
    pub reported: u32,
    pub participants: u32,
    pub new_editors: u32,
    pub articles_created: u32,
    pub articles_improved: u32,
    pub uploads: u32,
}

impl ReportFacts {
    /// Totals over the events whose outcomes are known (unknown figures count as nothing,
    /// never as zero: `reported` tells how many events the sums cover).
    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            events: self.events.len() as u32,
            ..Totals::default()
        };
        for f in self.events.iter().filter_map(|e| e.figures) {
            t.reported += 1;
            let add = |sum: &mut u32, v: Option<u32>| *sum = sum.saturating_add(v.unwrap_or(0));
            add(&mut t.participants, f.participants);
            add(&mut t.new_editors, f.new_editors);
            add(&mut t.articles_created, f.articles_created);
            add(&mut t.articles_improved, f.articles_improved);
            add(&mut t.uploads, f.uploads);
        }
        t
    }
}

/// A report written in Sangam, as wikitext for Meta-Wiki: `== headings ==` and `* ` lists
/// are already wikitext; a line break inside a paragraph becomes `<br />`, as the page
/// shows it.
pub fn wikitext(body: &str) -> String {
    let mut out = Vec::new();
    for block in body.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let structural = |l: &&str| l.starts_with("* ") || is_heading(l).is_some();
        if lines.iter().all(structural) {
            out.push(lines.join("\n"));
        } else {
            out.push(lines.join("<br />\n"));
        }
    }
    let mut s = out.join("\n\n");
    s.push('\n');
    s
}

/// The text of a `== heading ==` line.
pub fn is_heading(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("==")?.strip_suffix("==")?;
    let inner = inner.trim_matches('=').trim();
    (!inner.is_empty()).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::EventId;
    use jiff::civil::date;

    fn codes(e: Error) -> Vec<(String, &'static str)> {
        match e {
            Error::Validation(f) => f.iter().map(|x| (x.field.clone(), x.code)).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_filing_is_a_web_address_or_a_text_never_neither_nor_both() {
        let f = |link: &str, body: &str| {
            FilingDraft {
                link: link.into(),
                body: body.into(),
            }
            .validate()
        };
        assert_eq!(
            f("https://meta.wikimedia.org/wiki/X/Reports/2023", "").ok(),
            Some(Filing::Link(
                "https://meta.wikimedia.org/wiki/X/Reports/2023".into()
            ))
        );
        assert_eq!(
            f("", "== Events ==\n* one").ok(),
            Some(Filing::Written("== Events ==\n* one".into()))
        );
        assert_eq!(
            codes(f("meta page", "").unwrap_err()),
            [("link".to_string(), "invalid_url")]
        );
        assert_eq!(
            codes(f("javascript:alert(1)", "").unwrap_err()),
            [("link".to_string(), "invalid_url")]
        );
        assert_eq!(
            codes(f(" ", "\n").unwrap_err()),
            [("link".to_string(), "report_missing")]
        );
        assert_eq!(
            codes(f("https://x.org", "text").unwrap_err()),
            [("link".to_string(), "report_link_or_text")]
        );
    }

    #[test]
    fn asking_for_changes_or_deferring_needs_a_reason() {
        let r = |d: &str, n: &str| {
            ReviewDraft {
                decision: d.into(),
                note: n.into(),
            }
            .validate()
        };
        assert_eq!(r("accept", "").ok(), Some(Review::Accept));
        assert_eq!(
            r("changes", "Add the financial part").ok(),
            Some(Review::Changes("Add the financial part".into()))
        );
        assert_eq!(
            codes(r("changes", "  ").unwrap_err()),
            [("note".to_string(), "review_note_required")]
        );
        assert_eq!(
            codes(r("maybe", "").unwrap_err()),
            [("decision".to_string(), "invalid_choice")]
        );
        let d = |reason: &str| {
            DefermentDraft {
                reason: reason.into(),
                note: String::new(),
            }
            .validate()
        };
        assert_eq!(
            d("pandemic").ok().map(|x| x.0),
            Some(DefermentReason::Pandemic)
        );
        assert_eq!(
            codes(d("").unwrap_err()),
            [("reason".to_string(), "deferment_reason_required")]
        );
        assert_eq!(
            codes(d("busy").unwrap_err()),
            [("reason".to_string(), "invalid_choice")]
        );
    }

    #[test]
    fn a_period_may_not_overlap_another_of_its_kind() {
        let existing = [(ReportKind::Activity, (date(2023, 1, 1), date(2023, 12, 31)))];
        let p = |kind: &str, s: &str, e: &str| {
            PeriodDraft {
                kind: kind.into(),
                start: s.into(),
                end: e.into(),
                due: String::new(),
            }
            .validate(&existing)
        };
        assert_eq!(
            p("activity", "2024-01-01", "2024-12-31").ok(),
            Some(Period {
                kind: ReportKind::Activity,
                period: (date(2024, 1, 1), date(2024, 12, 31)),
                due: date(2024, 12, 31)
            })
        );
        assert_eq!(
            codes(p("activity", "2023-12-31", "2024-06-30").unwrap_err()),
            [("start".to_string(), "period_overlaps")]
        );
        assert!(p("financial", "2023-06-01", "2024-05-31").is_ok());
        assert_eq!(
            codes(p("activity", "2025-06-01", "2025-01-01").unwrap_err()),
            [("end".to_string(), "range_reversed")]
        );
        assert_eq!(
            codes(p("report", "2025", "x").unwrap_err()),
            [
                ("kind".to_string(), "invalid_choice"),
                ("start".to_string(), "date_needs_day"),
                ("end".to_string(), "date_needs_day")
            ]
        );
    }

    #[test]
    fn totals_add_what_is_known_and_say_how_many_events_they_cover() {
        let ev = |id, figures| EventFacts {
            id,
            title: format!("e{id}"),
            kind: "workshop".into(),
            first_day: date(2023, 3, 1),
            last_day: date(2023, 3, 1),
            figures,
        };
        let facts = ReportFacts {
            events: vec![
                ev(
                    EventId(1),
                    Some(Figures {
                        participants: Some(20),
                        articles_created: Some(5),
                        ..Figures::default()
                    }),
                ),
                ev(
                    EventId(2),
                    Some(Figures {
                        participants: Some(7),
                        uploads: Some(40),
                        ..Figures::default()
                    }),
                ),
                ev(EventId(3), None),
            ],
            ..ReportFacts::default()
        };
        let t = facts.totals();
        assert_eq!(
            (
                t.events,
                t.reported,
                t.participants,
                t.articles_created,
                t.uploads
            ),
            (3, 2, 27, 5, 40)
        );
    }

    #[test]
    fn a_written_report_becomes_wikitext() {
        assert_eq!(
            wikitext("== Events ==\n\n* one\n* two\n\nFirst line\nsecond line"),
            "== Events ==\n\n* one\n* two\n\nFirst line<br />\nsecond line\n"
        );
        assert_eq!(is_heading("== Events =="), Some("Events"));
        assert_eq!(is_heading("=== Sub ==="), Some("Sub"));
        assert_eq!(is_heading("==  =="), None);
    }
}
