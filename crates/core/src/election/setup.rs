//! Setting up an election: the form as typed, checked into an [`ElectionSpec`].

use jiff::civil::Date;
use serde::Deserialize;

use super::methods::Method;
use crate::error::{Error, FieldErrors, Invalid};
use crate::time::{Timestamp, parse_date};

/// An election as an organizer types it. Instants are RFC 3339 (`2027-03-01T00:00:00Z`) or a
/// day (`2027-03-01`, the start of that day in UTC).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ElectionDraft {
    pub title: String,
    /// Seats to fill, 1 to 50.
    pub seats: String,
    /// `meek`, `approval`, `plurality` or `support_oppose`.
    pub method: String,
    pub nominations_open: String,
    pub nominations_close: String,
    pub voting_open: String,
    pub voting_close: String,
    /// Members who joined before this may vote.
    pub voters_joined_before: String,
    /// And have at least this many edits, as recorded when they joined (optional).
    pub voters_min_edits: String,
    /// Members who joined before this may stand (the voters' cut-off if empty).
    pub candidates_joined_before: String,
    /// The board term the winners serve, first and last day.
    pub term_start: String,
    pub term_end: String,
}

/// A checked election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionSpec {
    pub title: String,
    pub seats: u32,
    pub method: Method,
    pub nominations: (Timestamp, Timestamp),
    pub voting: (Timestamp, Timestamp),
    pub voters_joined_before: Timestamp,
    pub voters_min_edits: Option<u32>,
    pub candidates_joined_before: Timestamp,
    pub term: (Date, Date),
}

/// The longest title.
pub const TITLE_MAX: usize = 200;

pub(crate) fn instant(s: &str) -> Result<Timestamp, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid::new("required"));
    }
    if let Some(t) = Timestamp::parse_rfc3339(s) {
        return Ok(t);
    }
    parse_date(s)
        .map(Timestamp::start_of)
        .map_err(|_| Invalid::new("invalid_instant"))
}

impl ElectionDraft {
    pub fn validate(&self) -> Result<ElectionSpec, Error> {
        let mut e = FieldErrors::new();
        let title = e.check(
            "title",
            crate::text::clean_line(&self.title, TITLE_MAX).and_then(|t| {
                if t.is_empty() {
                    Err(Invalid::new("required"))
                } else {
                    Ok(t)
                }
            }),
        );
        let seats = e.check(
            "seats",
            match self.seats.trim().parse::<u32>() {
                Ok(n) if (1..=50).contains(&n) => Ok(n),
                Ok(_) => Err(Invalid::with("seats_range", "max", 50)),
                Err(_) => Err(Invalid::new("invalid_number")),
            },
        );
        let method = e.check(
            "method",
            Method::parse(&self.method).ok_or(Invalid::new("invalid_choice")),
        );
        let n_open = e.check("nominations_open", instant(&self.nominations_open));
        let n_close = e.check("nominations_close", instant(&self.nominations_close));
        let v_open = e.check("voting_open", instant(&self.voting_open));
        let v_close = e.check("voting_close", instant(&self.voting_close));
        let voters = e.check("voters_joined_before", instant(&self.voters_joined_before));
        let min_edits = e.check(
            "voters_min_edits",
            match self.voters_min_edits.trim() {
                "" => Ok(None),
                s => s
                    .parse::<u32>()
                    .map(Some)
                    .map_err(|_| Invalid::new("invalid_number")),
            },
        );
        let candidates = match self.candidates_joined_before.trim() {
            "" => voters,
            s => e.check("candidates_joined_before", instant(s)),
        };
        let term_start = e.check("term_start", parse_date(&self.term_start));
        let term_end = e.check("term_end", parse_date(&self.term_end));
        // The periods in order: nominations, then voting; each closing after it opens.
        if let (Some(a), Some(b)) = (n_open, n_close)
            && b <= a
        {
            e.add("nominations_close", "range_reversed");
        }
        if let (Some(a), Some(b)) = (v_open, v_close)
            && b <= a
        {
            e.add("voting_close", "range_reversed");
        }
        if let (Some(n), Some(v)) = (n_close, v_open)
            && v < n
        {
            e.add("voting_open", "voting_before_nominations_close");
        }
        if let (Some(a), Some(b)) = (term_start, term_end)
            && b <= a
        {
            e.add("term_end", "range_reversed");
        }
        e.finish(|| ElectionSpec {
            title: title.unwrap_or_default(),
            seats: seats.unwrap_or(1),
            method: method.unwrap_or(Method::Meek),
            nominations: (
                n_open.unwrap_or(Timestamp(0)),
                n_close.unwrap_or(Timestamp(0)),
            ),
            voting: (
                v_open.unwrap_or(Timestamp(0)),
                v_close.unwrap_or(Timestamp(0)),
            ),
            voters_joined_before: voters.unwrap_or(Timestamp(0)),
            voters_min_edits: min_edits.flatten(),
            candidates_joined_before: candidates.unwrap_or(Timestamp(0)),
            term: (
                term_start.unwrap_or(Date::ZERO),
                term_end.unwrap_or(Date::ZERO),
            ),
        })
    }
}

/// Where an election stands at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Nominating,
    /// Between nominations and voting.
    Waiting,
    Voting,
    Closed,
}

impl ElectionSpec {
    pub fn phase(&self, now: Timestamp) -> Phase {
        if now < self.nominations.0 {
            Phase::Upcoming
        } else if now < self.nominations.1 {
            Phase::Nominating
        } else if now < self.voting.0 {
            Phase::Waiting
        } else if now < self.voting.1 {
            Phase::Voting
        } else {
            Phase::Closed
        }
    }
}

/// Whether `me` writes `nominee`'s statement as a translator (an admin of the affiliate)
/// or as the nominee; anyone else is refused.
pub fn writes_statement_as_translator(
    viewer: &crate::account::Viewer,
    affiliate: crate::account::AffiliateId,
    me: crate::account::UserId,
    nominee: crate::account::UserId,
) -> Result<bool, Error> {
    if me == nominee {
        Ok(false)
    } else if viewer.administers(affiliate) {
        Ok(true)
    } else {
        Err(Error::Forbidden("not_affiliate_admin"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ElectionDraft {
        ElectionDraft {
            title: "WAP board 2025".into(),
            seats: "7".into(),
            method: "meek".into(),
            nominations_open: "2025-04-01".into(),
            nominations_close: "2025-04-15".into(),
            voting_open: "2025-04-20T00:00:00Z".into(),
            voting_close: "2025-05-01".into(),
            voters_joined_before: "2025-03-01".into(),
            voters_min_edits: "".into(),
            candidates_joined_before: "".into(),
            term_start: "2025-05-23".into(),
            term_end: "2026-05-22".into(),
        }
    }

    fn codes(e: Error) -> Vec<(String, &'static str)> {
        match e {
            Error::Validation(f) => f.iter().map(|x| (x.field.clone(), x.code)).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_election_reads_and_its_phases_follow_the_clock() {
        let s = draft().validate().expect("valid");
        assert_eq!((s.seats, s.method), (7, Method::Meek));
        assert_eq!(s.candidates_joined_before, s.voters_joined_before);
        let at = |t: &str| Timestamp::parse_rfc3339(t).expect("instant");
        assert_eq!(s.phase(at("2025-03-31T23:59:59Z")), Phase::Upcoming);
        assert_eq!(s.phase(at("2025-04-01T00:00:00Z")), Phase::Nominating);
        assert_eq!(s.phase(at("2025-04-16T00:00:00Z")), Phase::Waiting);
        assert_eq!(s.phase(at("2025-04-30T12:00:00Z")), Phase::Voting);
        assert_eq!(s.phase(at("2025-05-01T00:00:00Z")), Phase::Closed);
    }

    #[test]
    fn bad_elections_name_every_field() {
        let bad = ElectionDraft {
            title: " ".into(),
            seats: "0".into(),
            method: "borda".into(),
            voting_open: "2025-04-10".into(),
            voting_close: "2025-04-09".into(),
            voters_min_edits: "many".into(),
            term_end: "2025-01-01".into(),
            ..draft()
        };
        assert_eq!(
            codes(bad.validate().expect_err("invalid")),
            [
                ("title".to_string(), "required"),
                ("seats".to_string(), "seats_range"),
                ("method".to_string(), "invalid_choice"),
                ("voters_min_edits".to_string(), "invalid_number"),
                ("voting_close".to_string(), "range_reversed"),
                ("voting_open".to_string(), "voting_before_nominations_close"),
                ("term_end".to_string(), "range_reversed"),
            ]
        );
    }
}
