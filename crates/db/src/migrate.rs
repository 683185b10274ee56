//! The migrations of both backends, embedded in the binary and applied in order, each in
//! its own transaction. The two lists must name the same steps; a test checks it.

use sangam_core::{Error, Timestamp};
use sqlx::Executor;

use crate::{Backend, Db};

/// `(version, name, SQLite SQL, PostgreSQL SQL)`.
pub const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/sqlite/0001_foundation.sql"),
        include_str!("../migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "membership",
        include_str!("../migrations/sqlite/0002_membership.sql"),
        include_str!("../migrations/postgres/0002_membership.sql"),
    ),
    (
        3,
        "member_order",
        include_str!("../migrations/sqlite/0003_member_order.sql"),
        include_str!("../migrations/postgres/0003_member_order.sql"),
    ),
    (
        4,
        "events",
        include_str!("../migrations/sqlite/0004_events.sql"),
        include_str!("../migrations/postgres/0004_events.sql"),
    ),
    (
        5,
        "reports",
        include_str!("../migrations/sqlite/0005_reports.sql"),
        include_str!("../migrations/postgres/0005_reports.sql"),
    ),
    (
        6,
        "report_review",
        include_str!("../migrations/sqlite/0006_report_review.sql"),
        include_str!("../migrations/postgres/0006_report_review.sql"),
    ),
    (
        7,
        "elections",
        include_str!("../migrations/sqlite/0007_elections.sql"),
        include_str!("../migrations/postgres/0007_elections.sql"),
    ),
    (
        8,
        "statement_texts",
        include_str!("../migrations/sqlite/0008_statement_texts.sql"),
        include_str!("../migrations/postgres/0008_statement_texts.sql"),
    ),
    (
        9,
        "conference",
        include_str!("../migrations/sqlite/0009_conference.sql"),
        include_str!("../migrations/postgres/0009_conference.sql"),
    ),
    (
        10,
        "scholarships",
        include_str!("../migrations/sqlite/0010_scholarships.sql"),
        include_str!("../migrations/postgres/0010_scholarships.sql"),
    ),
    (
        11,
        "election_counts",
        include_str!("../migrations/sqlite/0011_election_counts.sql"),
        include_str!("../migrations/postgres/0011_election_counts.sql"),
    ),
    (
        12,
        "ballot_owner",
        include_str!("../migrations/sqlite/0012_ballot_owner.sql"),
        include_str!("../migrations/postgres/0012_ballot_owner.sql"),
    ),
];

/// An arbitrary constant that names Sangam's migration lock in PostgreSQL, so instances
/// starting together do not migrate twice.
const PG_LOCK_KEY: i64 = 0x5361_6e67_616d;

pub(crate) async fn run(db: &Db) -> Result<Vec<&'static str>, Error> {
    let mut conn = db.pool.acquire().await?;
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (\
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .await?;
    if db.backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(PG_LOCK_KEY)
            .execute(&mut *conn)
            .await?;
    }
    let result = apply_pending(db, &mut conn).await;
    if db.backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(PG_LOCK_KEY)
            .execute(&mut *conn)
            .await?;
    }
    result
}

async fn apply_pending(
    db: &Db,
    conn: &mut sqlx::pool::PoolConnection<sqlx::Any>,
) -> Result<Vec<&'static str>, Error> {
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM schema_migrations ORDER BY version")
            .fetch_all(&mut **conn)
            .await?;
    let mut done = Vec::new();
    for (version, name, sqlite, postgres) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        let sql = match db.backend {
            Backend::Sqlite => sqlite,
            Backend::Postgres => postgres,
        };
        let mut tx = sqlx::Connection::begin(&mut **conn).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(*sql))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(*version)
        .bind(*name)
        .bind(Timestamp::now().0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        tracing::info!(version, name, "migration applied");
        done.push(*name);
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables and columns a migration creates, with the identity column spelled the same.
    fn shape(sql: &str) -> Vec<String> {
        sql.lines()
            .map(|l| l.split("--").next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            // PostgreSQL's bookkeeping after ids given by hand: its identities are sequences.
            .filter(|l| !l.starts_with("SELECT setval(pg_get_serial_sequence("))
            .map(|l| {
                // The dialects' names for the same thing: identity columns and byte strings;
                // and SQLite's storage option for tables keyed by their primary key.
                l.replace(") WITHOUT ROWID;", ");")
                    .replace(
                        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                        "INTEGER PRIMARY KEY",
                    )
                    .replace("BYTEA", "BLOB")
            })
            .collect()
    }

    #[test]
    fn both_backends_migrate_in_step() {
        for (version, name, sqlite, postgres) in MIGRATIONS {
            assert_eq!(
                shape(sqlite),
                shape(postgres),
                "migration {version} {name} differs"
            );
        }
        let versions: Vec<i64> = MIGRATIONS.iter().map(|m| m.0).collect();
        assert!(versions.windows(2).all(|w| w[0] < w[1]));
    }
}
