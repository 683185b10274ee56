//! Sangam's storage. One API over SQLite (the embedded default, a file under the data
//! directory) and PostgreSQL (for several instances sharing one database): the same SQL
//! text runs on both (`$n` placeholders, `RETURNING`, integers for instants and flags), and
//! only the migrations differ where the dialects do. Every multi-row change runs in one
//! transaction. No other crate sees SQL.

pub mod affiliates;
pub mod campaigns;
pub mod conference;
pub mod elections;
pub mod events;
pub mod export;
mod group;
pub mod jobs;
pub mod lifecycle;
pub mod membership;
mod migrate;
pub mod outbox;
pub mod reports;
pub mod scholarships;
pub mod texts;
pub mod users;

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use sangam_core::Error;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyConnection, AnyPool, Executor, Transaction};

pub use migrate::MIGRATIONS;

/// Which database is behind a [`Db`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// The connections changes are made on: on SQLite a pool of one, on PostgreSQL `pool`.
    writer: AnyPool,
    /// The highest generation a change committed through this handle reached.
    committed: Arc<AtomicI64>,
    /// Joins waiting to be committed together.
    joins: Arc<membership::JoinQueue>,
    /// Event registrations waiting to be committed together.
    registrations: Arc<events::RegisterQueue>,
}

/// A change in progress, committed with `commit` or rolled back when dropped.
pub struct Tx {
    inner: Transaction<'static, Any>,
    /// The generation this change moves the database to, if it changes what pages show.
    generation: Option<i64>,
    committed: Arc<AtomicI64>,
}

impl Deref for Tx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

impl Db {
    /// Opens (and on SQLite creates) the database at `url`: `sqlite://PATH` or
    /// `postgres://…`. Migrations are not run; call [`Db::migrate`].
    pub async fn connect(url: &str) -> Result<Db, Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(Error::Internal(format!(
                "unsupported database URL scheme: {url}"
            )));
        };
        let mut url = url.to_string();
        if backend == Backend::Sqlite {
            if !url.contains("mode=") {
                url.push_str(if url.contains('?') {
                    "&mode=rwc"
                } else {
                    "?mode=rwc"
                });
            }
            let path = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or_default();
            if let Some(parent) = Path::new(path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                std::fs::create_dir_all(parent).map_err(|e| {
                    Error::Internal(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
        }
        let options = AnyConnectOptions::from_str(&url)?;
        let pool_of = |size: u32| {
            AnyPoolOptions::new()
                .max_connections(size)
                .after_connect(move |conn, _| {
                    Box::pin(async move {
                        if backend == Backend::Sqlite {
                            // WAL lets readers work while one writer commits; FULL sync means an
                            // acknowledged write survives even a power cut; foreign keys are off
                            // by default in SQLite.
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                            )
                            .await?;
                        }
                        Ok(())
                    })
                })
        };
        let (pool, writer) = match backend {
            // SQLite has one writer at a time: changes queue for their own connection
            // instead of for one of the readers', or in SQLite's sleeping busy handler.
            Backend::Sqlite => {
                let pool = pool_of(4).connect_with(options.clone()).await?;
                let writer = pool_of(1).connect_with(options).await?;
                (pool, writer)
            }
            Backend::Postgres => {
                let pool = pool_of(8).connect_with(options).await?;
                (pool.clone(), pool)
            }
        };
        Ok(Db {
            pool,
            writer,
            backend,
            committed: Arc::new(AtomicI64::new(0)),
            joins: Arc::default(),
            registrations: Arc::default(),
        })
    }

    /// The SQLite database under a data directory.
    pub async fn open_data_dir(dir: &Path) -> Result<Db, Error> {
        let file = dir.join("sangam.db");
        Db::connect(&format!("sqlite://{}", file.display())).await
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Applies every migration not yet applied, then derives what is missing (the name
    /// sort keys of people created before they existed, or imported).
    pub async fn migrate(&self) -> Result<Vec<&'static str>, Error> {
        let applied = migrate::run(self).await?;
        self.fill_sort_keys().await?;
        membership::fill_member_order(&self.pool, None).await?;
        Ok(applied)
    }

    /// Writes the sort keys of every person who lacks some.
    pub async fn fill_sort_keys(&self) -> Result<usize, Error> {
        let langs = sangam_i18n::Lang::all().count() as i64;
        let missing: Vec<(sangam_core::account::UserId, String)> = sqlx::query(
            "SELECT u.id, u.username FROM users u LEFT JOIN name_sort_keys k ON k.user_id = u.id \
             GROUP BY u.id, u.username HAVING COUNT(k.lang) < $1",
        )
        .bind(langs)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                sqlx::Row::try_get(r, "id")?,
                sqlx::Row::try_get(r, "username")?,
            ))
        })
        .collect::<Result<_, Error>>()?;
        if missing.is_empty() {
            return Ok(0);
        }
        let mut tx = self.write().await?;
        for (id, name) in &missing {
            users::write_sort_keys(&mut tx, *id, &sangam_core::account::Username::trusted(name))
                .await?;
        }
        commit(tx).await?;
        Ok(missing.len())
    }

    /// A transaction for a change. On SQLite it takes the write lock at once, so two writers
    /// queue instead of failing when one upgrades from reading to writing.
    pub async fn write(&self) -> Result<Tx, Error> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        let inner = self.writer.begin_with(begin).await?;
        Ok(Tx {
            inner,
            generation: None,
            committed: self.committed.clone(),
        })
    }

    /// The generation of what anonymous pages show; it grows with every such change.
    pub async fn generation(&self) -> Result<i64, Error> {
        sqlx::query_scalar("SELECT generation FROM site_state WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// The generation reached by the latest change committed through this handle (0 before
    /// any): lets this process see its own writes without asking the database.
    pub fn committed_generation(&self) -> i64 {
        self.committed.load(Ordering::Acquire)
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }
}

/// A row that a writing transaction holds until it commits, so that writers of the same
/// thing go one at a time (a ballot box, a conference's rooms, a scholarship round).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Locked {
    Event(sangam_core::id::EventId),
    Election(sangam_core::id::ElectionId),
    ScholarshipRound(sangam_core::id::EventId),
}

impl Db {
    /// Locks `row` for the rest of `tx`. On PostgreSQL a `SELECT … FOR UPDATE`; SQLite's one
    /// writer already holds the whole database, so there it costs nothing.
    pub(crate) async fn lock(&self, tx: &mut Tx, row: Locked) -> Result<(), Error> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        let (sql, key) = match row {
            Locked::Event(id) => ("SELECT id FROM events WHERE id = $1 FOR UPDATE", id.get()),
            Locked::Election(id) => (
                "SELECT id FROM elections WHERE id = $1 FOR UPDATE",
                id.get(),
            ),
            Locked::ScholarshipRound(event) => (
                "SELECT event_id FROM scholarship_rounds WHERE event_id = $1 FOR UPDATE",
                event.get(),
            ),
        };
        sqlx::query(sql).bind(key).execute(&mut **tx).await?;
        Ok(())
    }
}

/// Marks everything anonymous pages show as changed; call inside the changing transaction.
pub(crate) async fn bump_generation(tx: &mut Tx) -> Result<(), Error> {
    let generation: i64 = sqlx::query_scalar(
        "UPDATE site_state SET generation = generation + 1 WHERE id = 1 RETURNING generation",
    )
    .fetch_one(&mut **tx)
    .await?;
    tx.generation = Some(generation);
    Ok(())
}

pub(crate) async fn commit(tx: Tx) -> Result<(), Error> {
    let Tx {
        inner,
        generation,
        committed,
    } = tx;
    inner.commit().await?;
    if let Some(g) = generation {
        committed.fetch_max(g, Ordering::AcqRel);
    }
    Ok(())
}
