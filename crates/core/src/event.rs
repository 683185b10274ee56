//! Events and their calendar: what an event is, when it happens in its own time zone, what
//! its status is at a given instant, and who gets a seat when it has a capacity.
//!
//! An event's times are entered as wall-clock times in the event's IANA zone (Asia/Dhaka,
//! Asia/Kolkata…) and stored as instants, so every reader sees them in their own zone. An
//! all-day event or a date range ("01 February - 31 March") is its own form: it covers whole
//! days in the event's zone, from the first day's midnight to the midnight after the last.

use jiff::civil::{Date, DateTime};
use jiff::tz::{Disambiguation, TimeZone};

use crate::error::{Error, FieldErrors, Invalid};
use crate::text;
use crate::time::Timestamp;

/// The longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// The longest description, in characters: a long page, not a file.
pub const DESCRIPTION_MAX: usize = 20_000;
/// The largest capacity an event may set.
pub const CAPACITY_MAX: u32 = 100_000;

macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

choice!(
    /// What kind of activity an event is.
    EventKind {
        EditAThon = "edit-a-thon",
        Workshop = "workshop",
        Training = "training",
        Photowalk = "photowalk",
        UploadAThon = "upload-a-thon",
        Meetup = "meetup",
        Contest = "contest",
        Conference = "conference",
        Campaign = "campaign",
        Other = "other",
    }
);

choice!(
    /// Where an event happens.
    Mode {
        Online = "online",
        InPerson = "in-person",
        Hybrid = "hybrid",
    }
);

/// Where an event stands at an instant. Cancelled is set by hand; the others follow from
/// the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Planned,
    Ongoing,
    Done,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Planned => "planned",
            EventStatus::Ongoing => "ongoing",
            EventStatus::Done => "done",
            EventStatus::Cancelled => "cancelled",
        }
    }
}

/// When an event happens, as its organizers think of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// From one instant to another (the end is exclusive: an event that ends at 23:59 is
    /// over at 23:59).
    Timed { start: Timestamp, end: Timestamp },
    /// Whole days in the event's zone, first to last inclusive.
    Days { first: Date, last: Date },
    /// Proposed, with no date yet ("Proposed Activities" on a wiki page).
    Undated,
}

/// Where undated events sit on the time line: after everything.
pub const UNDATED: Timestamp = Timestamp(253_402_300_799);

/// An event's time: its zone and when it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The IANA name of the event's zone, as the time-zone database spells it.
    pub zone: String,
    pub when: When,
}

/// Looks a zone up by its IANA name; "UTC" is one too.
pub fn time_zone(name: &str) -> Result<TimeZone, Invalid> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Invalid::new("required"));
    }
    TimeZone::get(name).map_err(|_| Invalid::with("unknown_time_zone", "zone", name))
}

/// The instant a wall-clock time in `tz` names. A time the clocks skip (the hour lost when
/// summer time starts) names no instant and is refused; a time that happens twice (the hour
/// repeated in autumn) is taken at its first occurrence.
pub fn instant(tz: &TimeZone, local: DateTime) -> Result<Timestamp, Invalid> {
    let ambiguous = tz.to_ambiguous_timestamp(local);
    if matches!(ambiguous.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
        return Err(Invalid::with(
            "time_skipped",
            "time",
            local.strftime("%Y-%m-%d %H:%M"),
        ));
    }
    ambiguous
        .disambiguate(Disambiguation::Earlier)
        .map(|t| Timestamp(t.as_second()))
        .map_err(|_| Invalid::new("invalid_date"))
}

/// The status an event shows at `now`.
pub fn status(schedule: &Schedule, cancelled: bool, now: Timestamp) -> EventStatus {
    if cancelled {
        EventStatus::Cancelled
    } else {
        schedule.status(now)
    }
}

/// The next instant after `now` at which an event changes status by the clock alone.
pub fn next_change(schedule: &Schedule, cancelled: bool, now: Timestamp) -> Option<Timestamp> {
    if cancelled {
        return None;
    }
    let (start, end) = schedule.span();
    if now < start {
        Some(start)
    } else if now < end {
        Some(end)
    } else {
        None
    }
}

/// An event is organized by the admins of any of its affiliates.
pub fn organized_by(
    viewer: &crate::account::Viewer,
    affiliates: &[crate::account::AffiliateId],
) -> bool {
    affiliates.iter().any(|a| viewer.administers(*a))
}

impl Schedule {
    /// The instants the event covers: `[start, end)`.
    pub fn span(&self) -> (Timestamp, Timestamp) {
        match &self.when {
            When::Timed { start, end } => (*start, *end),
            When::Days { first, last } => {
                let tz = TimeZone::get(&self.zone).unwrap_or(TimeZone::UTC);
                let midnight = |d: Date| {
                    // Midnight can itself be skipped (zones that change at 00:00); the day
                    // then starts at the first instant after it.
                    tz.to_ambiguous_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
                        .disambiguate(Disambiguation::Later)
                        .map(|t| Timestamp(t.as_second()))
                        .unwrap_or(Timestamp(0))
                };
                let after = last.tomorrow().unwrap_or(*last);
                (midnight(*first), midnight(after))
            }
            When::Undated => (UNDATED, UNDATED),
        }
    }

    /// The status at `now` of an event that is not cancelled.
    pub fn status(&self, now: Timestamp) -> EventStatus {
        let (start, end) = self.span();
        if now < start {
            EventStatus::Planned
        } else if now < end {
            EventStatus::Ongoing
        } else {
            EventStatus::Done
        }
    }

    /// The event's local start date, for filing it under a month of the calendar.
    /// The first and last day in the event's own time zone; none for an undated event.
    pub fn days(&self) -> Option<(Date, Date)> {
        let tz = TimeZone::get(&self.zone).unwrap_or(TimeZone::UTC);
        let local = |t: Timestamp| {
            jiff::Timestamp::from_second(t.0)
                .map(|t| t.to_zoned(tz.clone()).date())
                .unwrap_or_default()
        };
        match &self.when {
            When::Days { first, last } => Some((*first, *last)),
            When::Undated => None,
            // An event ending at midnight ends the day before.
            When::Timed { start, end } => {
                Some((local(*start), local(end.plus(-1)).max(local(*start))))
            }
        }
    }

    pub fn first_day(&self) -> Date {
        match &self.when {
            When::Days { first, .. } => *first,
            When::Undated => jiff::civil::date(9999, 12, 31),
            When::Timed { start, .. } => {
                let tz = TimeZone::get(&self.zone).unwrap_or(TimeZone::UTC);
                jiff::Timestamp::from_second(start.0)
                    .map(|t| t.to_zoned(tz).date())
                    .unwrap_or_default()
            }
        }
    }
}

/// An event as an organizer submits it: text fields, checked by [`EventDraft::validate`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct EventDraft {
    pub title: String,
    /// One of edit-a-thon, workshop, training, photowalk, upload-a-thon, meetup, contest,
    /// conference, campaign, other.
    pub kind: String,
    /// online, in-person or hybrid.
    pub mode: String,
    /// The IANA zone the times are in, e.g. Asia/Dhaka.
    pub time_zone: String,
    /// Whole days (dates only) rather than times.
    pub all_day: bool,
    /// Proposed, without a date yet: no dates or times are asked.
    pub proposed: bool,
    /// YYYY-MM-DD.
    pub start_date: String,
    /// HH:MM, for a timed event.
    pub start_time: String,
    /// YYYY-MM-DD; the start date when empty.
    pub end_date: String,
    /// HH:MM, for a timed event.
    pub end_time: String,
    pub venue: String,
    pub address: String,
    /// Decimal degrees, both or neither.
    pub latitude: String,
    pub longitude: String,
    /// For online and hybrid events; shown to registered participants only.
    pub meeting_url: String,
    pub description: String,
    /// Seats; empty for no limit.
    pub capacity: String,
    /// Wikis the event works on, e.g. bn.wikipedia.org.
    pub wikis: Vec<String>,
    /// Hashtags, with or without the #.
    pub hashtags: Vec<String>,
    /// What the organizers ask people who register; the answers are theirs only.
    pub questions: Vec<Question>,
    /// Languages the event works in (BCP 47, e.g. bn, tg).
    pub languages: Vec<String>,
    /// The people organizing it (Wikimedia usernames).
    pub organizers: Vec<String>,
}

/// A question put to people who register.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Question {
    pub text: String,
    pub required: bool,
}

/// The longest answer, in characters.
pub const ANSWER_MAX: usize = 2_000;
/// The most questions an event may ask.
pub const QUESTIONS_MAX: usize = 20;

/// Checks a registration's answers against the event's questions: one per question, in
/// order, required ones given. Returns them cleaned.
pub fn check_answers(questions: &[Question], answers: &[String]) -> Result<Vec<String>, Error> {
    let mut e = FieldErrors::new();
    if answers.len() > questions.len() {
        e.add("answers", "unknown_question");
    }
    let mut out = Vec::with_capacity(questions.len());
    for (i, q) in questions.iter().enumerate() {
        let field = format!("answers.{i}");
        let given = answers.get(i).map(|a| a.trim()).unwrap_or_default();
        if given.is_empty() {
            if q.required {
                e.add(field, "required");
            }
            out.push(String::new());
            continue;
        }
        if let Some(a) = e.check(&field, text::clean_block(given, ANSWER_MAX)) {
            out.push(a);
        }
    }
    e.finish(|| out)
}

/// A checked event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetails {
    pub title: String,
    pub kind: EventKind,
    pub mode: Mode,
    pub schedule: Schedule,
    pub venue: Option<String>,
    pub address: Option<String>,
    pub coordinates: Option<(f64, f64)>,
    pub meeting_url: Option<String>,
    pub description: String,
    pub capacity: Option<u32>,
    pub wikis: Vec<String>,
    pub hashtags: Vec<String>,
    pub questions: Vec<Question>,
    pub languages: Vec<crate::text::LangTag>,
    pub organizers: Vec<crate::account::Username>,
}

fn given(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

fn parse_date(s: &str) -> Result<Date, Invalid> {
    s.trim()
        .parse::<Date>()
        .map_err(|_| Invalid::new("invalid_date"))
}

fn parse_time(s: &str) -> Result<jiff::civil::Time, Invalid> {
    let s = s.trim();
    let ok = s.len() == 5 && s.as_bytes()[2] == b':';
    if !ok {
        return Err(Invalid::new("invalid_time"));
    }
    s.parse::<jiff::civil::Time>()
        .map_err(|_| Invalid::new("invalid_time"))
}

impl EventDraft {
    /// Checks every field and reports every problem at once.
    pub fn validate(&self) -> Result<EventDetails, Error> {
        let mut e = FieldErrors::new();
        let title = e.check(
            "title",
            text::clean_line(&self.title, TITLE_MAX).and_then(|t| {
                if t.is_empty() {
                    Err(Invalid::new("required"))
                } else {
                    Ok(t)
                }
            }),
        );
        let kind = match given(&self.kind) {
            None => e.check("kind", Err(Invalid::new("required"))),
            Some(k) => e.check(
                "kind",
                EventKind::parse(k).ok_or_else(|| Invalid::new("invalid_choice")),
            ),
        };
        let mode = match given(&self.mode) {
            None => e.check("mode", Err(Invalid::new("required"))),
            Some(m) => e.check(
                "mode",
                Mode::parse(m).ok_or_else(|| Invalid::new("invalid_choice")),
            ),
        };
        let tz = if self.proposed && self.time_zone.trim().is_empty() {
            Some(TimeZone::UTC)
        } else {
            e.check("time_zone", time_zone(&self.time_zone))
        };
        let zone = match self.time_zone.trim() {
            "" if self.proposed => "UTC".to_string(),
            z => z.to_string(),
        };
        let start_date = match given(&self.start_date) {
            None if self.proposed => None,
            None => e.check("start_date", Err(Invalid::new("required"))),
            Some(d) => e.check("start_date", parse_date(d)),
        };
        let end_date = match given(&self.end_date) {
            None => start_date,
            Some(d) => e.check("end_date", parse_date(d)),
        };
        let when = if self.proposed {
            Some(When::Undated)
        } else if self.all_day {
            match (start_date, end_date) {
                (Some(first), Some(last)) if last < first => {
                    e.add("end_date", "end_before_start");
                    None
                }
                (Some(first), Some(last)) => Some(When::Days { first, last }),
                _ => None,
            }
        } else {
            let start_time = e.check("start_time", parse_time(&self.start_time));
            let end_time = e.check("end_time", parse_time(&self.end_time));
            match (&tz, start_date, start_time, end_date, end_time) {
                (Some(tz), Some(sd), Some(st), Some(ed), Some(et)) => {
                    let start = e.check("start_time", instant(tz, sd.to_datetime(st)));
                    let end = e.check("end_time", instant(tz, ed.to_datetime(et)));
                    match (start, end) {
                        (Some(start), Some(end)) if end <= start => {
                            e.add("end_time", "end_before_start");
                            None
                        }
                        (Some(start), Some(end)) => Some(When::Timed { start, end }),
                        _ => None,
                    }
                }
                _ => None,
            }
        };
        let line = |e: &mut FieldErrors, field: &str, v: &str, max: usize| {
            given(v).and_then(|v| e.check(field, text::clean_line(v, max)))
        };
        let venue = line(&mut e, "venue", &self.venue, 200);
        let address = line(&mut e, "address", &self.address, 400);
        let coordinates = match (given(&self.latitude), given(&self.longitude)) {
            (None, None) => None,
            (lat, lon) => {
                let degrees = |v: Option<&str>, max: f64| {
                    v.and_then(|v| v.parse::<f64>().ok())
                        .filter(|d| d.is_finite() && d.abs() <= max)
                        .ok_or_else(|| Invalid::new("invalid_coordinates"))
                };
                let lat = e.check("latitude", degrees(lat, 90.0));
                let lon = e.check("longitude", degrees(lon, 180.0));
                lat.zip(lon)
            }
        };
        let meeting_url = given(&self.meeting_url).and_then(|u| {
            e.check(
                "meeting_url",
                if (u.starts_with("https://") || u.starts_with("http://"))
                    && u.len() <= 2000
                    && !u.contains(char::is_whitespace)
                {
                    Ok(u.to_string())
                } else {
                    Err(Invalid::new("invalid_url"))
                },
            )
        });
        if let Some(m) = mode {
            if m != Mode::Online && venue.is_none() && address.is_none() {
                e.add("venue", "venue_required");
            }
            if m == Mode::Online && meeting_url.is_none() && coordinates.is_some() {
                e.add("latitude", "online_has_no_place");
            }
        }
        let description = if self.description.chars().nth(DESCRIPTION_MAX).is_some() {
            e.add_with(
                "description",
                "too_long",
                vec![("max", DESCRIPTION_MAX.to_string())],
            );
            None
        } else {
            e.check(
                "description",
                text::clean_block(&self.description, DESCRIPTION_MAX),
            )
        };
        let capacity = given(&self.capacity).and_then(|c| {
            e.check(
                "capacity",
                c.parse::<i64>()
                    .ok()
                    .filter(|n| *n >= 1 && *n <= CAPACITY_MAX as i64)
                    .map(|n| n as u32)
                    .ok_or_else(|| Invalid::with("capacity_not_positive", "max", CAPACITY_MAX)),
            )
        });
        let mut wikis = Vec::new();
        for w in self.wikis.iter().filter_map(|w| given(w)) {
            let ok = w.len() <= 100
                && w.contains('.')
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            match ok {
                true => wikis.push(w.to_ascii_lowercase()),
                false => e.add_with("wikis", "invalid_wiki", vec![("wiki", w.to_string())]),
            }
        }
        let mut hashtags = Vec::new();
        for h in self.hashtags.iter().filter_map(|h| given(h)) {
            let tag = h.trim_start_matches('#');
            if tag.is_empty()
                || tag.chars().count() > 100
                || !tag.chars().all(|c| c.is_alphanumeric() || c == '_')
            {
                e.add_with(
                    "hashtags",
                    "invalid_hashtag",
                    vec![("hashtag", h.to_string())],
                );
            } else {
                hashtags.push(tag.to_string());
            }
        }
        let mut questions = Vec::new();
        if self.questions.len() > QUESTIONS_MAX {
            e.add_with(
                "questions",
                "too_many",
                vec![("max", QUESTIONS_MAX.to_string())],
            );
        }
        for (i, q) in self.questions.iter().take(QUESTIONS_MAX).enumerate() {
            if q.text.trim().is_empty() {
                continue;
            }
            if let Some(text) = e.check(&format!("questions.{i}"), text::clean_line(&q.text, 300)) {
                questions.push(Question {
                    text,
                    required: q.required,
                });
            }
        }
        let mut languages: Vec<crate::text::LangTag> = Vec::new();
        for l in self.languages.iter().filter_map(|l| given(l)) {
            if let Some(tag) = e.check("languages", crate::text::LangTag::parse(l))
                && !languages.contains(&tag)
            {
                languages.push(tag);
            }
        }
        let mut organizers: Vec<crate::account::Username> = Vec::new();
        for o in self.organizers.iter().filter_map(|o| given(o)) {
            if let Some(name) = e.check("organizers", crate::account::Username::parse(o))
                && !organizers.contains(&name)
            {
                organizers.push(name);
            }
        }
        e.finish(|| ())?;
        // Every missing value above recorded its reason, so all are here.
        let (Some(title), Some(kind), Some(mode), Some(when)) = (title, kind, mode, when) else {
            return Err(Error::Internal(
                "an event field failed without a reason".into(),
            ));
        };
        Ok(EventDetails {
            title,
            kind,
            mode,
            schedule: Schedule { zone, when },
            venue,
            address,
            coordinates,
            meeting_url,
            description: description.unwrap_or_default(),
            capacity,
            wikis,
            hashtags,
            questions,
            languages,
            organizers,
        })
    }
}

/// Why a registration is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationRefusal {
    /// The organizers have not opened registration.
    Closed,
    /// Registration opens later.
    NotOpenYet,
    /// The closing date has passed.
    ClosedAlready,
    /// The event is over or cancelled.
    EventOver,
}

impl RegistrationRefusal {
    pub fn code(self) -> &'static str {
        match self {
            RegistrationRefusal::Closed => "registration_closed",
            RegistrationRefusal::NotOpenYet => "registration_not_open_yet",
            RegistrationRefusal::ClosedAlready => "registration_ended",
            RegistrationRefusal::EventOver => "event_over",
        }
    }
}

/// When people may register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegistrationWindow {
    pub open: bool,
    pub opens_at: Option<Timestamp>,
    pub closes_at: Option<Timestamp>,
}

impl RegistrationWindow {
    /// May someone register at `now` for an event with this schedule and state?
    pub fn check(
        &self,
        schedule: &Schedule,
        cancelled: bool,
        now: Timestamp,
    ) -> Result<(), RegistrationRefusal> {
        if cancelled || schedule.status(now) == EventStatus::Done {
            return Err(RegistrationRefusal::EventOver);
        }
        if !self.open {
            return Err(RegistrationRefusal::Closed);
        }
        if self.opens_at.is_some_and(|t| now < t) {
            return Err(RegistrationRefusal::NotOpenYet);
        }
        if self.closes_at.is_some_and(|t| now >= t) {
            return Err(RegistrationRefusal::ClosedAlready);
        }
        Ok(())
    }
}

/// A registration's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    Registered,
    Waitlisted,
    Cancelled,
}

impl Seat {
    pub fn as_str(self) -> &'static str {
        match self {
            Seat::Registered => "registered",
            Seat::Waitlisted => "waitlisted",
            Seat::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Seat> {
        match s {
            "registered" => Some(Seat::Registered),
            "waitlisted" => Some(Seat::Waitlisted),
            "cancelled" => Some(Seat::Cancelled),
            _ => None,
        }
    }
}

/// The seat a new registration gets when `taken` seats of `capacity` are taken and
/// `waiting` people wait: nobody jumps the queue.
pub fn seat_for_newcomer(capacity: Option<u32>, taken: u32, waiting: u32) -> Seat {
    match capacity {
        Some(c) if taken >= c || waiting > 0 => Seat::Waitlisted,
        _ => Seat::Registered,
    }
}

/// How many people at the head of the waitlist move up when `taken` seats of `capacity`
/// are taken (after a cancellation, or a larger capacity).
pub fn promotions(capacity: Option<u32>, taken: u32, waiting: u32) -> u32 {
    match capacity {
        None => waiting,
        Some(c) => c.saturating_sub(taken).min(waiting),
    }
}

/// What an event achieved, as its organizers enter it afterwards. Every figure is
/// optional: unknown is not zero.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct OutcomesDraft {
    pub participants: String,
    pub new_editors: String,
    pub articles_created: String,
    pub articles_improved: String,
    pub uploads: String,
    pub notes: String,
}

/// Checked outcomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    pub participants: Option<u32>,
    pub new_editors: Option<u32>,
    pub articles_created: Option<u32>,
    pub articles_improved: Option<u32>,
    pub uploads: Option<u32>,
}

impl Figures {
    pub const NAMES: [&'static str; 5] = [
        "participants",
        "new_editors",
        "articles_created",
        "articles_improved",
        "uploads",
    ];

    pub fn values(&self) -> [Option<u32>; 5] {
        [
            self.participants,
            self.new_editors,
            self.articles_created,
            self.articles_improved,
            self.uploads,
        ]
    }

    pub fn from_values(v: [Option<u32>; 5]) -> Figures {
        Figures {
            participants: v[0],
            new_editors: v[1],
            articles_created: v[2],
            articles_improved: v[3],
            uploads: v[4],
        }
    }

    /// Adds another event's figures; unknown figures add nothing.
    pub fn add(&mut self, other: &Figures) {
        let mut v = self.values();
        for (mine, theirs) in v.iter_mut().zip(other.values()) {
            if let Some(t) = theirs {
                *mine = Some(mine.unwrap_or(0).saturating_add(t));
            }
        }
        *self = Figures::from_values(v);
    }
}

/// The largest figure accepted: more than any event has.
pub const FIGURE_MAX: u32 = 10_000_000;

impl OutcomesDraft {
    /// Checks the figures (whole numbers, none negative) and the notes. Outcomes come after
    /// an event has started.
    pub fn validate(&self, status: EventStatus) -> Result<(Figures, String), Error> {
        let mut e = FieldErrors::new();
        if status == EventStatus::Planned || status == EventStatus::Cancelled {
            e.add("participants", "event_not_held");
        }
        let fields = [
            &self.participants,
            &self.new_editors,
            &self.articles_created,
            &self.articles_improved,
            &self.uploads,
        ];
        let mut values = [None; 5];
        for (i, (name, v)) in Figures::NAMES.iter().zip(fields).enumerate() {
            values[i] = given(v).and_then(|v| {
                e.check(
                    name,
                    v.parse::<i64>()
                        .ok()
                        .filter(|n| (0..=i64::from(FIGURE_MAX)).contains(n))
                        .map(|n| n as u32)
                        .ok_or_else(|| Invalid::new("invalid_number")),
                )
            });
        }
        let notes = e.check("notes", text::clean_block(&self.notes, 5_000));
        e.finish(|| (Figures::from_values(values), notes.unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> Timestamp {
        let dt: DateTime = s.parse().unwrap();
        Timestamp(dt.to_zoned(TimeZone::UTC).unwrap().timestamp().as_second())
    }

    fn timed(zone: &str, start: &str, end: &str) -> Schedule {
        let tz = time_zone(zone).unwrap();
        Schedule {
            zone: zone.into(),
            when: When::Timed {
                start: instant(&tz, start.parse().unwrap()).unwrap(),
                end: instant(&tz, end.parse().unwrap()).unwrap(),
            },
        }
    }

    fn draft() -> EventDraft {
        EventDraft {
            title: "Wiki Loves Folklore in Bangladesh 2023".into(),
            kind: "contest".into(),
            mode: "online".into(),
            time_zone: "Asia/Dhaka".into(),
            all_day: true,
            start_date: "2023-02-01".into(),
            end_date: "2023-03-31".into(),
            ..EventDraft::default()
        }
    }

    fn codes(d: &EventDraft) -> Vec<(String, &'static str)> {
        match d.validate() {
            Err(Error::Validation(f)) => f.iter().map(|e| (e.field.clone(), e.code)).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn an_event_ending_at_23_59_in_dhaka_is_ongoing_at_17_58_utc() {
        let s = timed("Asia/Dhaka", "2023-05-22T18:00", "2023-05-22T23:59");
        assert_eq!(s.span(), (utc("2023-05-22T12:00"), utc("2023-05-22T17:59")));
        assert_eq!(s.status(utc("2023-05-22T11:59")), EventStatus::Planned);
        assert_eq!(s.status(utc("2023-05-22T17:58")), EventStatus::Ongoing);
        assert_eq!(s.status(utc("2023-05-22T17:59")), EventStatus::Done);
    }

    #[test]
    fn a_date_range_in_kolkata_covers_whole_local_days_at_the_half_hour() {
        let s = Schedule {
            zone: "Asia/Kolkata".into(),
            when: When::Days {
                first: "2023-02-01".parse().unwrap(),
                last: "2023-03-31".parse().unwrap(),
            },
        };
        // Midnight in India is 18:30 UTC the day before.
        assert_eq!(s.span(), (utc("2023-01-31T18:30"), utc("2023-03-31T18:30")));
        assert_eq!(s.status(utc("2023-01-31T18:29")), EventStatus::Planned);
        assert_eq!(s.status(utc("2023-01-31T18:30")), EventStatus::Ongoing);
        assert_eq!(s.status(utc("2023-03-31T18:29")), EventStatus::Ongoing);
        assert_eq!(s.status(utc("2023-03-31T18:30")), EventStatus::Done);
        assert_eq!(s.first_day(), "2023-02-01".parse::<Date>().unwrap());
    }

    #[test]
    fn across_a_summer_time_change_the_real_duration_counts() {
        // Clocks in Berlin went from 02:00 to 03:00 on 26 March 2023.
        let s = timed("Europe/Berlin", "2023-03-26T01:00", "2023-03-26T04:00");
        let (start, end) = s.span();
        assert_eq!(
            end.0 - start.0,
            2 * 3600,
            "three wall-clock hours, two real ones"
        );
        assert_eq!(start, utc("2023-03-26T00:00"));
        // A time the clocks skip is refused, not guessed.
        let tz = time_zone("Europe/Berlin").unwrap();
        let skipped = instant(&tz, "2023-03-26T02:30".parse().unwrap());
        assert_eq!(skipped.unwrap_err().code, "time_skipped");
        // The repeated hour in October is taken at its first occurrence (summer time).
        let twice = instant(&tz, "2023-10-29T02:30".parse().unwrap()).unwrap();
        assert_eq!(twice, utc("2023-10-29T00:30"));
        // A whole day on the change is 23 hours long.
        let day = Schedule {
            zone: "Europe/Berlin".into(),
            when: When::Days {
                first: "2023-03-26".parse().unwrap(),
                last: "2023-03-26".parse().unwrap(),
            },
        };
        let (a, b) = day.span();
        assert_eq!(b.0 - a.0, 23 * 3600);
    }

    #[test]
    fn a_seed_calendar_item_validates_as_a_date_range() {
        let e = draft().validate().unwrap();
        assert_eq!(e.kind, EventKind::Contest);
        assert_eq!(
            e.schedule.when,
            When::Days {
                first: "2023-02-01".parse().unwrap(),
                last: "2023-03-31".parse().unwrap()
            }
        );
        assert_eq!(e.capacity, None);
    }

    #[test]
    fn a_timed_event_is_stored_as_instants_of_its_zone() {
        let d = EventDraft {
            all_day: false,
            start_date: "2023-05-22".into(),
            start_time: "18:00".into(),
            end_date: String::new(),
            end_time: "21:30".into(),
            time_zone: "Asia/Karachi".into(),
            ..draft()
        };
        let e = d.validate().unwrap();
        assert_eq!(
            e.schedule.when,
            When::Timed {
                start: utc("2023-05-22T13:00"),
                end: utc("2023-05-22T16:30")
            }
        );
    }

    #[test]
    fn bad_input_is_reported_field_by_field() {
        let mut d = EventDraft {
            all_day: false,
            start_date: "2023-05-22".into(),
            start_time: "18:00".into(),
            end_time: "17:00".into(),
            ..draft()
        };
        d.end_date = "2023-05-22".into();
        assert_eq!(codes(&d), [("end_time".to_string(), "end_before_start")]);
        let d = EventDraft {
            end_date: "2023-01-31".into(),
            ..draft()
        };
        assert_eq!(codes(&d), [("end_date".to_string(), "end_before_start")]);
        let d = EventDraft {
            time_zone: "Asia/Atlantis".into(),
            ..draft()
        };
        assert_eq!(codes(&d), [("time_zone".to_string(), "unknown_time_zone")]);
        for bad in ["0", "-5", "many", "100001"] {
            let d = EventDraft {
                capacity: bad.into(),
                ..draft()
            };
            assert_eq!(
                codes(&d),
                [("capacity".to_string(), "capacity_not_positive")],
                "{bad}"
            );
        }
        let d = EventDraft {
            description: "x".repeat(10 * 1024 * 1024),
            ..draft()
        };
        assert_eq!(codes(&d), [("description".to_string(), "too_long")]);
        let d = EventDraft {
            start_date: "2023-02-30".into(),
            kind: "party".into(),
            mode: "in-person".into(),
            ..draft()
        };
        assert_eq!(
            codes(&d),
            [
                ("kind".to_string(), "invalid_choice"),
                ("start_date".to_string(), "invalid_date"),
                ("venue".to_string(), "venue_required"),
            ]
        );
        let d = EventDraft {
            title: " ".into(),
            latitude: "95".into(),
            longitude: "90".into(),
            mode: "hybrid".into(),
            venue: "Dushanbe".into(),
            hashtags: vec!["#1Lib1Ref".into(), "two words".into()],
            ..draft()
        };
        assert_eq!(
            codes(&d),
            [
                ("title".to_string(), "required"),
                ("latitude".to_string(), "invalid_coordinates"),
                ("hashtags".to_string(), "invalid_hashtag"),
            ]
        );
    }

    #[test]
    fn registration_opens_and_closes_by_the_clock() {
        let s = timed("Asia/Dushanbe", "2023-06-10T10:00", "2023-06-10T17:00");
        let w = RegistrationWindow {
            open: true,
            opens_at: Some(utc("2023-06-01T00:00")),
            closes_at: Some(utc("2023-06-09T00:00")),
        };
        assert_eq!(
            w.check(&s, false, utc("2023-05-31T23:59")),
            Err(RegistrationRefusal::NotOpenYet)
        );
        assert_eq!(w.check(&s, false, utc("2023-06-05T12:00")), Ok(()));
        assert_eq!(
            w.check(&s, false, utc("2023-06-09T00:00")),
            Err(RegistrationRefusal::ClosedAlready)
        );
        assert_eq!(
            w.check(&s, true, utc("2023-06-05T12:00")),
            Err(RegistrationRefusal::EventOver)
        );
        let closed = RegistrationWindow { open: false, ..w };
        assert_eq!(
            closed.check(&s, false, utc("2023-06-05T12:00")),
            Err(RegistrationRefusal::Closed)
        );
        let no_dates = RegistrationWindow {
            open: true,
            opens_at: None,
            closes_at: None,
        };
        assert_eq!(no_dates.check(&s, false, utc("2023-06-10T07:00")), Ok(()));
        assert_eq!(
            no_dates.check(&s, false, utc("2023-06-10T07:00").plus(6 * 3600)),
            Err(RegistrationRefusal::EventOver)
        );
    }

    #[test]
    fn a_proposed_activity_has_no_date_and_stays_planned() {
        let d = EventDraft {
            title: "Celebrating the 20th birthday of Wikipedia in Dushanbe, Tajikistan".into(),
            kind: "meetup".into(),
            mode: "in-person".into(),
            address: "Dushanbe, Tajikistan".into(),
            proposed: true,
            ..EventDraft::default()
        };
        let e = d.validate().unwrap();
        assert_eq!(e.schedule.when, When::Undated);
        assert_eq!(e.schedule.zone, "UTC");
        assert_eq!(
            e.schedule.status(utc("2999-01-01T00:00")),
            EventStatus::Planned
        );
        assert!(e.schedule.span().0 > utc("9000-01-01T00:00"));
    }

    #[test]
    fn answers_follow_the_questions() {
        let qs = [
            Question {
                text: "Your Wikimedia username".into(),
                required: true,
            },
            Question {
                text: "Dietary needs".into(),
                required: false,
            },
        ];
        assert_eq!(
            check_answers(&qs, &[" Aishik ".into()]).unwrap(),
            ["Aishik".to_string(), String::new()]
        );
        let field_codes = |r: Result<Vec<String>, Error>| match r {
            Err(Error::Validation(f)) => f
                .iter()
                .map(|e| (e.field.clone(), e.code))
                .collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            field_codes(check_answers(&qs, &[])),
            [("answers.0".to_string(), "required")]
        );
        assert_eq!(
            field_codes(check_answers(&qs, &["a".into(), "b".into(), "c".into()])),
            [("answers".to_string(), "unknown_question")]
        );
        assert_eq!(
            field_codes(check_answers(
                &qs,
                &["a".into(), "x".repeat(ANSWER_MAX + 1)]
            )),
            [("answers.1".to_string(), "too_long")]
        );
    }

    #[test]
    fn outcomes_are_whole_numbers_after_the_event() {
        let d = OutcomesDraft {
            participants: "25".into(),
            articles_created: "0".into(),
            notes: "Photos of Dushanbe's monuments".into(),
            ..OutcomesDraft::default()
        };
        let (f, notes) = d.validate(EventStatus::Done).unwrap();
        assert_eq!(
            (f.participants, f.articles_created, f.uploads),
            (Some(25), Some(0), None)
        );
        assert_eq!(notes, "Photos of Dushanbe's monuments");
        assert!(d.validate(EventStatus::Planned).is_err());
        for bad in ["-1", "2.5", "lots", "10000001"] {
            let d = OutcomesDraft {
                uploads: bad.into(),
                ..OutcomesDraft::default()
            };
            match d.validate(EventStatus::Ongoing) {
                Err(Error::Validation(f)) => {
                    assert_eq!(
                        f.for_field("uploads").map(|e| e.code),
                        Some("invalid_number")
                    )
                }
                other => panic!("{bad}: {other:?}"),
            }
        }
        let mut total = f;
        total.add(&Figures {
            participants: Some(5),
            uploads: Some(40),
            ..Figures::default()
        });
        assert_eq!(
            (total.participants, total.uploads, total.new_editors),
            (Some(30), Some(40), None)
        );
    }

    #[test]
    fn seats_go_in_order_and_the_waitlist_moves_up() {
        assert_eq!(seat_for_newcomer(None, 500, 0), Seat::Registered);
        assert_eq!(seat_for_newcomer(Some(2), 1, 0), Seat::Registered);
        assert_eq!(seat_for_newcomer(Some(2), 2, 0), Seat::Waitlisted);
        // A seat freed while people wait is theirs, not a newcomer's.
        assert_eq!(seat_for_newcomer(Some(2), 1, 1), Seat::Waitlisted);
        assert_eq!(promotions(Some(2), 1, 3), 1);
        assert_eq!(promotions(Some(5), 1, 3), 3);
        assert_eq!(promotions(Some(2), 2, 3), 0);
        assert_eq!(promotions(None, 10, 3), 3);
    }
}
