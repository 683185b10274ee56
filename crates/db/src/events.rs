//! Events, the affiliates that organize them, and registrations with a waitlist.
//!
//! A registration decides its seat inside the write transaction, after taking the event's
//! row (a no-op UPDATE: SQLite's writer lock, PostgreSQL's row lock), so concurrent
//! registrations neither overbook nor lose a promotion.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use sangam_core::account::{AffiliateId, UserId, Username};
use sangam_core::event::{
    EventDetails, EventKind, Figures, Mode, RegistrationWindow, Schedule, Seat, When, promotions,
    seat_for_newcomer,
};
use sangam_core::text::LangTag;
use sangam_core::{Error, Timestamp};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Db, Tx, bump_generation, commit};

pub use sangam_core::id::EventId;

/// An event as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: EventId,
    pub details: EventDetails,
    pub affiliates: Vec<AffiliateId>,
    pub cancelled: bool,
    pub registration: RegistrationWindow,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// One person's registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationRow {
    pub id: i64,
    pub event_id: EventId,
    pub user_id: UserId,
    pub username: Username,
    pub seat: Seat,
    pub private: bool,
    pub registered_at: Timestamp,
    pub promoted_at: Option<Timestamp>,
}

/// What a registration got: a seat, or a place on the waitlist (1 is next).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    Seat,
    Waitlist { position: u32 },
}

const EVENT_COLUMNS: &str = "id, title, kind, mode, time_zone, all_day, starts_at, ends_at, first_day, last_day, \
    venue, address, latitude_e6, longitude_e6, meeting_url, description, capacity, wikis, hashtags, cancelled, \
    registration_open, registration_opens_at, registration_closes_at, created_at, updated_at, questions, languages";

fn words(s: &str) -> Vec<String> {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `events.all_day`: 0 for times, 1 for whole days, 2 for no date yet.
fn all_day_code(when: &When) -> i64 {
    match when {
        When::Timed { .. } => 0,
        When::Days { .. } => 1,
        When::Undated => 2,
    }
}

fn event_row(r: &AnyRow) -> Result<(EventId, EventRow), Error> {
    let get_text = |i: &str| r.try_get::<String, _>(i).map_err(Error::from);
    let get_opt_text = |i: &str| r.try_get::<Option<String>, _>(i).map_err(Error::from);
    let get_int = |i: &str| r.try_get::<i64, _>(i).map_err(Error::from);
    let get_opt_int = |i: &str| r.try_get::<Option<i64>, _>(i).map_err(Error::from);
    let id: EventId = r.try_get("id")?;
    let zone = get_text("time_zone")?;
    let when = if get_int("all_day")? == 2 {
        When::Undated
    } else if get_int("all_day")? != 0 {
        let day = |i: &str| -> Result<Date, Error> {
            get_opt_text(i)?
                .and_then(|d| d.parse().ok())
                .ok_or_else(|| Error::Internal(format!("event {id} has no dates")))
        };
        When::Days {
            first: day("first_day")?,
            last: day("last_day")?,
        }
    } else {
        When::Timed {
            start: Timestamp(get_int("starts_at")?),
            end: Timestamp(get_int("ends_at")?),
        }
    };
    let coordinates = match (get_opt_int("latitude_e6")?, get_opt_int("longitude_e6")?) {
        (Some(lat), Some(lon)) => Some((lat as f64 / 1e6, lon as f64 / 1e6)),
        _ => None,
    };
    let details = EventDetails {
        title: get_text("title")?,
        kind: EventKind::parse(&get_text("kind")?).unwrap_or(EventKind::Other),
        mode: Mode::parse(&get_text("mode")?).unwrap_or(Mode::Online),
        schedule: Schedule { zone, when },
        venue: get_opt_text("venue")?,
        address: get_opt_text("address")?,
        coordinates,
        meeting_url: get_opt_text("meeting_url")?,
        description: get_text("description")?,
        capacity: get_opt_int("capacity")?.map(|c| c as u32),
        wikis: words(&get_text("wikis")?),
        hashtags: words(&get_text("hashtags")?),
        questions: serde_json::from_str(&get_text("questions")?).unwrap_or_default(),
        languages: get_text("languages")?
            .split(' ')
            .filter(|l| !l.is_empty())
            .map(LangTag::trusted)
            .collect(),
        organizers: Vec::new(),
    };
    Ok((
        id,
        EventRow {
            id,
            details,
            affiliates: Vec::new(),
            cancelled: get_int("cancelled")? != 0,
            registration: RegistrationWindow {
                open: get_int("registration_open")? != 0,
                opens_at: get_opt_int("registration_opens_at")?.map(Timestamp),
                closes_at: get_opt_int("registration_closes_at")?.map(Timestamp),
            },
            created_at: Timestamp(get_int("created_at")?),
            updated_at: Timestamp(get_int("updated_at")?),
        },
    ))
}

/// The columns an event's details and registration window are written to, in the order
/// [`bind_written`] binds them.
const WRITTEN: [&str; 23] = [
    "title",
    "kind",
    "mode",
    "time_zone",
    "all_day",
    "starts_at",
    "ends_at",
    "first_day",
    "last_day",
    "venue",
    "address",
    "latitude_e6",
    "longitude_e6",
    "meeting_url",
    "description",
    "capacity",
    "wikis",
    "hashtags",
    "registration_open",
    "registration_opens_at",
    "registration_closes_at",
    "questions",
    "languages",
];

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds the [`WRITTEN`] columns' values.
fn bind_written<'q>(
    q: AnyQuery<'q>,
    d: &EventDetails,
    w: RegistrationWindow,
) -> Result<AnyQuery<'q>, Error> {
    let (starts_at, ends_at) = d.schedule.span();
    let (first_day, last_day) = match &d.schedule.when {
        When::Days { first, last } => (Some(first.to_string()), Some(last.to_string())),
        When::Timed { .. } | When::Undated => (None, None),
    };
    let micro = |deg: f64| (deg * 1e6).round() as i64;
    let languages: Vec<&str> = d.languages.iter().map(|l| l.as_str()).collect();
    Ok(q.bind(d.title.clone())
        .bind(d.kind.as_str())
        .bind(d.mode.as_str())
        .bind(d.schedule.zone.clone())
        .bind(all_day_code(&d.schedule.when))
        .bind(starts_at.0)
        .bind(ends_at.0)
        .bind(first_day)
        .bind(last_day)
        .bind(d.venue.clone())
        .bind(d.address.clone())
        .bind(d.coordinates.map(|c| micro(c.0)))
        .bind(d.coordinates.map(|c| micro(c.1)))
        .bind(d.meeting_url.clone())
        .bind(d.description.clone())
        .bind(d.capacity.map(i64::from))
        .bind(d.wikis.join(" "))
        .bind(d.hashtags.join(" "))
        .bind(i64::from(w.open))
        .bind(w.opens_at.map(|t| t.0))
        .bind(w.closes_at.map(|t| t.0))
        .bind(serde_json::to_string(&d.questions).map_err(|e| Error::Internal(e.to_string()))?)
        .bind(languages.join(" ")))
}

impl Db {
    /// Stores a new event organized by `affiliates` (at least one), with `organizer` as its
    /// first organizer.
    pub async fn create_event(
        &self,
        details: &EventDetails,
        affiliates: &[AffiliateId],
        registration: RegistrationWindow,
        organizer: Option<UserId>,
        now: Timestamp,
    ) -> Result<EventId, Error> {
        if affiliates.is_empty() {
            return Err(Error::field("affiliates", "required"));
        }
        let n = WRITTEN.len();
        let sql = format!(
            "INSERT INTO events ({}, created_by, created_at, updated_at) VALUES ({}, ${}, ${}, ${}) RETURNING id",
            WRITTEN.join(", "),
            (1..=n)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", "),
            n + 1,
            n + 2,
            n + 2
        );
        let mut tx = self.write().await?;
        let id: EventId =
            bind_written(sqlx::query(sqlx::AssertSqlSafe(sql)), details, registration)?
                .bind(organizer)
                .bind(now.0)
                .fetch_one(&mut *tx)
                .await
                .and_then(|r| r.try_get("id"))?;
        for a in affiliates {
            sqlx::query(
                "INSERT INTO event_affiliates (event_id, affiliate_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(*a)
            .execute(&mut *tx)
            .await?;
        }
        write_organizers(&mut tx, id, organizer, &details.organizers, now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    pub async fn event(&self, id: EventId) -> Result<Option<EventRow>, Error> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let mut events = vec![event_row(&row)?.1];
        self.fill_affiliates(&mut events).await?;
        Ok(events.pop())
    }

    /// The events an affiliate organizes or co-organizes that overlap `[from, to)`, by
    /// start.
    pub async fn events_of(
        &self,
        affiliate: AffiliateId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<EventRow>, Error> {
        let cols: Vec<String> = EVENT_COLUMNS
            .split(", ")
            .map(|c| format!("e.{c}"))
            .collect();
        let sql = format!(
            "SELECT {} FROM events e JOIN event_affiliates ea ON ea.event_id = e.id \
             WHERE ea.affiliate_id = $1 AND e.ends_at > $2 AND e.starts_at < $3 ORDER BY e.starts_at, e.id",
            cols.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .bind(from.0)
            .bind(to.0)
            .fetch_all(&self.pool)
            .await?;
        let mut out: Vec<EventRow> = rows
            .iter()
            .map(|r| event_row(r).map(|(_, e)| e))
            .collect::<Result<_, _>>()?;
        self.fill_affiliates(&mut out).await?;
        Ok(out)
    }

    /// The events of a hub's member affiliates (and the hub's own) overlapping `[from, to)`,
    /// each once however many of them organize it, by start.
    pub async fn events_of_hub(
        &self,
        hub: AffiliateId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<EventRow>, Error> {
        let cols: Vec<String> = EVENT_COLUMNS
            .split(", ")
            .map(|c| format!("e.{c}"))
            .collect();
        let sql = format!(
            "SELECT {} FROM events e WHERE e.ends_at > $2 AND e.starts_at < $3 AND EXISTS \
             (SELECT 1 FROM event_affiliates ea WHERE ea.event_id = e.id AND (ea.affiliate_id = $1 OR \
             ea.affiliate_id IN (SELECT affiliate_id FROM hub_members WHERE hub_id = $1))) \
             ORDER BY e.starts_at, e.id",
            cols.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(hub)
            .bind(from.0)
            .bind(to.0)
            .fetch_all(&self.pool)
            .await?;
        let mut out: Vec<EventRow> = rows
            .iter()
            .map(|r| event_row(r).map(|(_, e)| e))
            .collect::<Result<_, _>>()?;
        self.fill_affiliates(&mut out).await?;
        Ok(out)
    }

    /// Reads which affiliates organize each of `events`, in one query.
    async fn fill_affiliates(&self, events: &mut [EventRow]) -> Result<(), Error> {
        if events.is_empty() {
            return Ok(());
        }
        let marks: Vec<String> = (1..=events.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT event_id, affiliate_id FROM event_affiliates WHERE event_id IN ({}) ORDER BY event_id, affiliate_id",
            marks.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for e in events.iter() {
            q = q.bind(e.id);
        }
        let pairs: Vec<(EventId, AffiliateId)> = q
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("event_id")?, r.try_get("affiliate_id")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        for e in events.iter_mut() {
            e.affiliates = pairs.iter().filter(|p| p.0 == e.id).map(|p| p.1).collect();
        }
        // And who organizes them.
        let sql = format!(
            "SELECT o.event_id, u.username FROM event_organizers o JOIN users u ON u.id = o.user_id \
             WHERE o.event_id IN ({}) ORDER BY o.event_id, u.username",
            marks.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for e in events.iter() {
            q = q.bind(e.id);
        }
        let people: Vec<(EventId, String)> = q
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("event_id")?, r.try_get("username")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        for e in events.iter_mut() {
            e.details.organizers = people
                .iter()
                .filter(|p| p.0 == e.id)
                .map(|p| Username::trusted(&p.1))
                .collect();
        }
        Ok(())
    }

    /// Registers a person: a seat while there is one and nobody waits, else the waitlist.
    /// Someone who cancelled may register again (at the back of the queue). Registrations
    /// arriving together are committed together (see `group`).
    pub async fn register(
        &self,
        event: EventId,
        user: UserId,
        private: bool,
        answers: &str,
        now: Timestamp,
    ) -> Result<Registered, Error> {
        let request = RegisterRequest {
            event,
            user,
            private,
            answers: answers.to_string(),
            now,
        };
        self.registrations
            .submit(self, request, REGISTER_BATCH, |db, batch| {
                Box::pin(db.register_batch(batch))
            })
            .await
    }

    /// Applies queued registrations in one transaction: per event, its row is taken once,
    /// seats are given in the order the requests came, and the new rows go in with one
    /// statement.
    async fn register_batch(
        &self,
        requests: &[RegisterRequest],
    ) -> Result<Vec<Result<Registered, Error>>, Error> {
        let mut results: Vec<Option<Result<Registered, Error>>> =
            (0..requests.len()).map(|_| None).collect();
        let mut events: Vec<EventId> = Vec::new();
        for r in requests {
            if !events.contains(&r.event) {
                events.push(r.event);
            }
        }
        let mut tx = self.write().await?;
        for event in events {
            let mine: Vec<usize> = (0..requests.len())
                .filter(|i| requests[*i].event == event)
                .collect();
            let e = match lock_event(&mut tx, event).await {
                Ok(e) => e,
                Err(Error::NotFound) => {
                    for i in mine {
                        results[i] = Some(Err(Error::NotFound));
                    }
                    continue;
                }
                Err(other) => return Err(other),
            };
            let marks: Vec<String> = (0..mine.len()).map(|k| format!("${}", k + 2)).collect();
            let sql = format!(
                "SELECT user_id, seat FROM registrations WHERE event_id = $1 AND user_id IN ({})",
                marks.join(", ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(event);
            for i in &mine {
                q = q.bind(requests[*i].user);
            }
            let existing: HashMap<UserId, String> = q
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("user_id")?, r.try_get("seat")?)))
                .collect::<Result<_, sqlx::Error>>()?;
            let (mut taken, mut waiting) = counts(&mut tx, event).await?;
            let mut seen = HashSet::new();
            let mut rows: Vec<(usize, Seat)> = Vec::new();
            for i in mine {
                let r = &requests[i];
                if let Err(refusal) = e
                    .registration
                    .check(&e.details.schedule, e.cancelled, r.now)
                {
                    results[i] = Some(Err(Error::Conflict(refusal.code())));
                    continue;
                }
                let active = existing.get(&r.user).is_some_and(|s| s != "cancelled");
                if active || !seen.insert(r.user) {
                    results[i] = Some(Err(Error::Conflict("already_registered")));
                    continue;
                }
                if existing.contains_key(&r.user) {
                    // Back after cancelling: a new row, at the back of the queue.
                    sqlx::query("DELETE FROM registrations WHERE event_id = $1 AND user_id = $2")
                        .bind(event)
                        .bind(r.user)
                        .execute(&mut *tx)
                        .await?;
                }
                let seat = seat_for_newcomer(e.details.capacity, taken, waiting);
                results[i] = Some(Ok(match seat {
                    Seat::Waitlisted => {
                        waiting += 1;
                        Registered::Waitlist { position: waiting }
                    }
                    _ => {
                        taken += 1;
                        Registered::Seat
                    }
                }));
                rows.push((i, seat));
            }
            if rows.is_empty() {
                continue;
            }
            let mut sql = String::from(
                "INSERT INTO registrations (event_id, user_id, seat, private, answers, registered_at) VALUES ",
            );
            for k in 0..rows.len() {
                let p = k * 5;
                if k > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!(
                    "($1, ${}, ${}, ${}, ${}, ${})",
                    p + 2,
                    p + 3,
                    p + 4,
                    p + 5,
                    p + 6
                ));
            }
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(event);
            for (i, seat) in &rows {
                let r = &requests[*i];
                insert = insert
                    .bind(r.user)
                    .bind(seat.as_str())
                    .bind(i64::from(r.private))
                    .bind(r.answers.as_str())
                    .bind(r.now.0);
            }
            insert.execute(&mut *tx).await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(results
            .into_iter()
            .map(|r| {
                r.unwrap_or(Err(Error::Internal(
                    "a registration was not decided".into(),
                )))
            })
            .collect())
    }

    /// Cancels a person's registration; if that frees a seat, the head of the waitlist
    /// gets it. Returns who was promoted, so they can be told.
    pub async fn cancel_registration(
        &self,
        event: EventId,
        user: UserId,
        now: Timestamp,
    ) -> Result<Vec<UserId>, Error> {
        let mut tx = self.write().await?;
        let e = lock_event(&mut tx, event).await?;
        let n = sqlx::query(
            "UPDATE registrations SET seat = 'cancelled', cancelled_at = $1 \
             WHERE event_id = $2 AND user_id = $3 AND seat <> 'cancelled'",
        )
        .bind(now.0)
        .bind(event)
        .bind(user)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(Error::NotFound);
        }
        let promoted = promote(&mut tx, event, e.details.capacity, now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(promoted)
    }

    /// Every registration of an event, seated first, then the waitlist in order, then the
    /// cancelled. Private ones included: callers decide who sees them.
    pub async fn registrations(&self, event: EventId) -> Result<Vec<RegistrationRow>, Error> {
        sqlx::query(
            "SELECT r.id, r.event_id, r.user_id, u.username, r.seat, r.private, r.registered_at, r.promoted_at \
             FROM registrations r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 \
             ORDER BY CASE r.seat WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.id",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(RegistrationRow {
                id: r.try_get("id")?,
                event_id: r.try_get("event_id")?,
                user_id: r.try_get("user_id")?,
                username: Username::trusted(&r.try_get::<String, _>("username")?),
                seat: Seat::parse(&r.try_get::<String, _>("seat")?)
                    .unwrap_or(Seat::Cancelled),
                private: r.try_get::<i64, _>("private")? != 0,
                registered_at: Timestamp(r.try_get("registered_at")?),
                promoted_at: r.try_get::<Option<i64>, _>("promoted_at")?.map(Timestamp),
            })
        })
        .collect()
    }
}

impl Db {
    /// A person's registration for an event: their seat, and their place if waiting.
    pub async fn registration_of(
        &self,
        event: EventId,
        user: UserId,
    ) -> Result<Option<Registered>, Error> {
        let row = sqlx::query(
            "SELECT r.seat, CAST((SELECT COUNT(*) FROM registrations w WHERE w.event_id = r.event_id \
             AND w.seat = 'waitlisted' AND w.id < r.id) AS BIGINT) AS ahead FROM registrations r \
             WHERE r.event_id = $1 AND r.user_id = $2",
        )
        .bind(event)
        .bind(user)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let seat: String = row.try_get("seat")?;
        let ahead: i64 = row.try_get("ahead")?;
        Ok(match seat.as_str() {
            "registered" => Some(Registered::Seat),
            "waitlisted" => Some(Registered::Waitlist {
                position: ahead as u32 + 1,
            }),
            _ => None,
        })
    }

    /// What each registration answered (JSON lists, one answer per question), by id.
    pub async fn registration_answers(
        &self,
        event: EventId,
    ) -> Result<Vec<(i64, Vec<String>)>, Error> {
        sqlx::query("SELECT id, answers FROM registrations WHERE event_id = $1 ORDER BY id")
            .bind(event)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                let id: i64 = r.try_get("id")?;
                let answers: String = r.try_get("answers")?;
                Ok((id, serde_json::from_str(&answers).unwrap_or_default()))
            })
            .collect()
    }
}

impl Db {
    /// Records (or replaces) what an event achieved.
    pub async fn save_outcomes(
        &self,
        event: EventId,
        figures: &Figures,
        notes: &str,
        now: Timestamp,
    ) -> Result<(), Error> {
        let v = figures.values().map(|f| f.map(i64::from));
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO event_outcomes (event_id, participants, new_editors, articles_created, articles_improved, \
             uploads, notes, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO UPDATE SET \
             participants = excluded.participants, new_editors = excluded.new_editors, \
             articles_created = excluded.articles_created, articles_improved = excluded.articles_improved, \
             uploads = excluded.uploads, notes = excluded.notes, updated_at = excluded.updated_at",
        )
        .bind(event)
        .bind(v[0])
        .bind(v[1])
        .bind(v[2])
        .bind(v[3])
        .bind(v[4])
        .bind(notes)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// The outcomes of these events that have any, by event.
    pub async fn outcomes(
        &self,
        events: &[EventId],
    ) -> Result<HashMap<EventId, (Figures, String)>, Error> {
        if events.is_empty() {
            return Ok(HashMap::new());
        }
        let marks: Vec<String> = (1..=events.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT event_id, participants, new_editors, articles_created, articles_improved, uploads, notes \
             FROM event_outcomes WHERE event_id IN ({})",
            marks.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for e in events {
            q = q.bind(*e);
        }
        q.fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                let mut v = [None; 5];
                for (i, slot) in v.iter_mut().enumerate() {
                    *slot = r.try_get::<Option<i64>, _>(i + 1)?.map(|n| n as u32);
                }
                Ok((
                    r.try_get("event_id")?,
                    (Figures::from_values(v), r.try_get("notes")?),
                ))
            })
            .collect()
    }

    /// Cancels an event (by hand) or takes the cancellation back.
    pub async fn set_cancelled(
        &self,
        event: EventId,
        cancelled: bool,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let n = sqlx::query("UPDATE events SET cancelled = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(cancelled))
            .bind(now.0)
            .bind(event)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(Error::NotFound);
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }
}

impl Db {
    /// The events a person is registered for (with a seat or waiting), by start.
    pub async fn events_of_user(&self, user: UserId) -> Result<Vec<(EventRow, Seat)>, Error> {
        let cols: Vec<String> = EVENT_COLUMNS
            .split(", ")
            .map(|c| format!("e.{c}"))
            .collect();
        let sql = format!(
            "SELECT {}, r.seat FROM events e JOIN registrations r ON r.event_id = e.id \
             WHERE r.user_id = $1 AND r.seat <> 'cancelled' ORDER BY e.starts_at, e.id",
            cols.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(user)
            .fetch_all(&self.pool)
            .await?;
        let mut events = Vec::with_capacity(rows.len());
        let mut seats = Vec::with_capacity(rows.len());
        for r in &rows {
            events.push(event_row(r)?.1);
            let seat: String = r.try_get("seat")?;
            seats.push(Seat::parse(&seat).unwrap_or(Seat::Registered));
        }
        self.fill_affiliates(&mut events).await?;
        Ok(events.into_iter().zip(seats).collect())
    }

    /// Makes a new private calendar address for a person (the old one stops working) and
    /// returns its secret.
    pub async fn new_feed_token(&self, user: UserId, now: Timestamp) -> Result<String, Error> {
        let token = sangam_core::secret::new_token()?;
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
        )
        .bind(user)
        .bind(sangam_core::secret::token_hash(&token))
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        commit(tx).await?;
        Ok(token)
    }

    /// Whose private calendar address this is.
    pub async fn feed_owner(&self, token: &str) -> Result<Option<UserId>, Error> {
        sqlx::query_scalar("SELECT user_id FROM feed_tokens WHERE token_hash = $1")
            .bind(sangam_core::secret::token_hash(token))
            .fetch_optional(&self.pool)
            .await
            .map_err(Error::from)
    }
}

/// Takes the event's row for the rest of the transaction and reads it.
async fn lock_event(tx: &mut Tx, event: EventId) -> Result<EventRow, Error> {
    let n = sqlx::query("UPDATE events SET updated_at = updated_at WHERE id = $1")
        .bind(event)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    if n == 0 {
        return Err(Error::NotFound);
    }
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(event)
        .fetch_one(&mut **tx)
        .await?;
    Ok(event_row(&row)?.1)
}

/// At most this many registrations go into one transaction (each binds 5 parameters).
const REGISTER_BATCH: usize = 256;

pub(crate) struct RegisterRequest {
    event: EventId,
    user: UserId,
    private: bool,
    answers: String,
    now: Timestamp,
}

/// Registrations waiting to be committed together.
pub(crate) type RegisterQueue = crate::group::GroupCommit<RegisterRequest, Registered>;

/// Seats taken and people waiting.
async fn counts(tx: &mut Tx, event: EventId) -> Result<(u32, u32), Error> {
    let r = sqlx::query(
        "SELECT CAST(COALESCE(SUM(CASE WHEN seat = 'registered' THEN 1 ELSE 0 END), 0) AS BIGINT) AS taken, \
         CAST(COALESCE(SUM(CASE WHEN seat = 'waitlisted' THEN 1 ELSE 0 END), 0) AS BIGINT) AS waiting \
         FROM registrations WHERE event_id = $1",
    )
    .bind(event)
    .fetch_one(&mut **tx)
    .await?;
    let taken: i64 = r.try_get("taken")?;
    let waiting: i64 = r.try_get("waiting")?;
    Ok((taken as u32, waiting as u32))
}

impl Db {
    /// Changes an event's details and registration window. People keep their seats; if
    /// the capacity grows, the head of the waitlist moves up (returned, to be told).
    pub async fn update_event(
        &self,
        event: EventId,
        details: &EventDetails,
        registration: RegistrationWindow,
        now: Timestamp,
    ) -> Result<Vec<UserId>, Error> {
        let n = WRITTEN.len();
        let sets: Vec<String> = WRITTEN
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ${}", i + 1))
            .collect();
        let sql = format!(
            "UPDATE events SET {}, updated_at = ${} WHERE id = ${}",
            sets.join(", "),
            n + 1,
            n + 2
        );
        let mut tx = self.write().await?;
        lock_event(&mut tx, event).await?;
        bind_written(sqlx::query(sqlx::AssertSqlSafe(sql)), details, registration)?
            .bind(now.0)
            .bind(event)
            .execute(&mut *tx)
            .await?;
        // The organizing people named now; whoever created the event stays.
        let creator: Option<UserId> =
            sqlx::query_scalar("SELECT created_by FROM events WHERE id = $1")
                .bind(event)
                .fetch_one(&mut *tx)
                .await?;
        write_organizers(&mut tx, event, creator, &details.organizers, now).await?;
        let promoted = promote(&mut tx, event, details.capacity, now).await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(promoted)
    }
}

/// Makes an event's organizers `first` (its creator) and the people named, who become
/// known to Sangam if they were not.
async fn write_organizers(
    tx: &mut Tx,
    event: EventId,
    first: Option<UserId>,
    names: &[Username],
    now: Timestamp,
) -> Result<(), Error> {
    sqlx::query("DELETE FROM event_organizers WHERE event_id = $1")
        .bind(event)
        .execute(&mut **tx)
        .await?;
    let mut people: Vec<UserId> = first.into_iter().collect();
    for name in names {
        people.push(crate::users::ensure_person(tx, name, now).await?);
    }
    for user in people {
        sqlx::query(
            "INSERT INTO event_organizers (event_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(event)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Moves the head of the waitlist into free seats; returns who moved.
async fn promote(
    tx: &mut Tx,
    event: EventId,
    capacity: Option<u32>,
    now: Timestamp,
) -> Result<Vec<UserId>, Error> {
    let (taken, waiting) = counts(tx, event).await?;
    let moving = promotions(capacity, taken, waiting);
    if moving == 0 {
        return Ok(Vec::new());
    }
    let promoted: Vec<(i64, UserId)> = sqlx::query(
        "SELECT id, user_id FROM registrations WHERE event_id = $1 AND seat = 'waitlisted' ORDER BY id LIMIT $2",
    )
    .bind(event)
    .bind(i64::from(moving))
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("id")?, r.try_get("user_id")?)))
    .collect::<Result<_, sqlx::Error>>()?;
    for (id, _) in &promoted {
        sqlx::query("UPDATE registrations SET seat = 'registered', promoted_at = $1 WHERE id = $2")
            .bind(now.0)
            .bind(*id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(promoted.into_iter().map(|(_, u)| u).collect())
}
