//! Time in the domain: instants are UTC seconds, calendar dates may be partial ("2022",
//! "2022-12"), and the current time is always passed in so tests can move the clock.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::error::Invalid;

/// An instant, as whole seconds since the Unix epoch (UTC). Stored as an integer so both
/// databases compare it the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn now() -> Self {
        Timestamp(jiff::Timestamp::now().as_second())
    }

    pub fn seconds(self) -> i64 {
        self.0
    }

    pub fn plus(self, seconds: i64) -> Self {
        Timestamp(self.0.saturating_add(seconds))
    }

    /// Midnight UTC at the start of a day.
    pub fn start_of(day: Date) -> Self {
        day.to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| Timestamp(z.timestamp().as_second()))
            .unwrap_or(Timestamp(0))
    }

    /// The calendar date in UTC.
    pub fn date_utc(self) -> Date {
        jiff::Timestamp::from_second(self.0)
            .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
            .unwrap_or(Date::ZERO)
    }

    /// RFC 3339 in UTC, for exports and the API.
    pub fn to_rfc3339(self) -> String {
        jiff::Timestamp::from_second(self.0)
            .map(|t| t.to_string())
            .unwrap_or_default()
    }

    /// Reads an RFC 3339 instant (`2024-07-15T00:00:00Z`), to the second.
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        s.trim()
            .parse::<jiff::Timestamp>()
            .ok()
            .map(|t| Timestamp(t.as_second()))
    }
}

/// Where the current time comes from: the system's clock, or a clock that started at a
/// chosen instant and runs from there (`sangam serve --now`, tests), so every part of the
/// server reads one clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    /// Seconds added to the system's time.
    offset: i64,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock { offset: 0 }
    }

    /// A clock that reads `start` now and runs on from it.
    pub fn starting_at(start: Timestamp) -> Clock {
        Clock {
            offset: start.0.saturating_sub(Timestamp::now().0),
        }
    }

    pub fn now(self) -> Timestamp {
        Timestamp::now().plus(self.offset)
    }
}

/// A calendar date known to the year, the month or the day, as wiki infoboxes give them
/// ("Founding date 2022").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i16,
    pub month: Option<i8>,
    pub day: Option<i8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; refuses dates that do not exist.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        let mut parts = s.split('-');
        let number = |p: Option<&str>, len: usize| -> Result<Option<i64>, Invalid> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => p
                    .parse()
                    .map(Some)
                    .map_err(|_| Invalid::new("invalid_date")),
                Some(_) => Err(Invalid::new("invalid_date")),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(|| Invalid::new("invalid_date"))?;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() || !(1000..=9999).contains(&year) {
            return Err(Invalid::new("invalid_date"));
        }
        let year = year as i16;
        match (month, day) {
            (None, _) => Ok(PartialDate {
                year,
                month: None,
                day: None,
            }),
            (Some(m), None) if (1..=12).contains(&m) => Ok(PartialDate {
                year,
                month: Some(m as i8),
                day: None,
            }),
            (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
                Date::new(year, m as i8, d as i8).map_err(|_| Invalid::new("impossible_date"))?;
                Ok(PartialDate {
                    year,
                    month: Some(m as i8),
                    day: Some(d as i8),
                })
            }
            _ => Err(Invalid::new("impossible_date")),
        }
    }

    /// The full date, when the day is known.
    pub fn as_date(&self) -> Option<Date> {
        Date::new(self.year, self.month?, self.day?).ok()
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> Self {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Parses a full `YYYY-MM-DD` date.
pub fn parse_date(input: &str) -> Result<Date, Invalid> {
    let p = PartialDate::parse(input)?;
    p.as_date().ok_or_else(|| Invalid::new("date_needs_day"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_keep_their_precision() {
        assert_eq!(PartialDate::parse("2022").unwrap().to_string(), "2022");
        assert_eq!(
            PartialDate::parse("2023-05").unwrap().to_string(),
            "2023-05"
        );
        assert_eq!(
            PartialDate::parse(" 2022-12-08 ").unwrap().to_string(),
            "2022-12-08"
        );
    }

    #[test]
    fn impossible_dates_are_refused_by_name() {
        assert_eq!(
            PartialDate::parse("2023-02-30").unwrap_err().code,
            "impossible_date"
        );
        assert_eq!(
            PartialDate::parse("2023-13").unwrap_err().code,
            "impossible_date"
        );
        assert_eq!(PartialDate::parse("2024-02-29").unwrap().day, Some(29));
        assert_eq!(
            PartialDate::parse("2023-02-29").unwrap_err().code,
            "impossible_date"
        );
    }

    #[test]
    fn malformed_dates_are_refused() {
        for bad in [
            "",
            "22",
            "2022/01/01",
            "2022-1-1",
            "2022-01-01-01",
            "0999",
            "abcd",
        ] {
            assert_eq!(
                PartialDate::parse(bad).unwrap_err().code,
                "invalid_date",
                "{bad}"
            );
        }
    }

    #[test]
    fn a_timestamp_knows_its_utc_date() {
        // 2023-05-07T18:55:00Z, Aishik Rehman's signature in seed 000.
        assert_eq!(
            Timestamp(1_683_485_700).date_utc().to_string(),
            "2023-05-07"
        );
        assert_eq!(
            Timestamp(1_683_485_700).to_rfc3339(),
            "2023-05-07T18:55:00Z"
        );
    }
}
