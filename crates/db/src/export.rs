//! All data as one JSON document, and back. The document lists every table of record in
//! dependency order with its rows in key order, so an export imported into an empty
//! database exports to the same document. Sessions and sign-in counters are not data of
//! record and are left out; so is the page-cache generation.

use sangam_core::Error;
use serde_json::{Map, Value, json};
use sqlx::Row;

use crate::{Backend, Db, bump_generation, commit};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Int,
    OptInt,
    Text,
    OptText,
}

struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Col)],
    order: &'static str,
    /// The identity column whose sequence PostgreSQL must move past imported ids.
    identity: Option<&'static str>,
}

use Col::*;

/// Every table of record, parents before children.
const TABLES: &[Table] = &[
    Table {
        name: "users",
        columns: &[
            ("id", Int),
            ("username", Text),
            ("email", OptText),
            ("password_hash", OptText),
            ("is_site_admin", Int),
            ("preferred_lang", OptText),
            ("created_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "texts",
        columns: &[("id", Int), ("source_lang", Text), ("revision", Int)],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "text_versions",
        columns: &[
            ("text_id", Int),
            ("lang", Text),
            ("body", Text),
            ("source_revision", Int),
        ],
        order: "text_id, lang",
        identity: None,
    },
    Table {
        name: "affiliates",
        columns: &[
            ("id", Int),
            ("slug", Text),
            ("kind", Text),
            ("status", Text),
            ("name_text", Int),
            ("motto_text", OptInt),
            ("mission_text", OptInt),
            ("policy_text", OptInt),
            ("logo", OptText),
            ("location", OptText),
            ("country", OptText),
            ("founded", OptText),
            ("recognized", OptText),
            ("agreement_start", OptText),
            ("agreement_end", OptText),
            ("email", OptText),
            ("telegram", OptText),
            ("mailing_list", OptText),
            ("website", OptText),
            ("created_at", Int),
            ("updated_at", Int),
            ("version", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "affiliate_regions",
        columns: &[("affiliate_id", Int), ("position", Int), ("country", Text)],
        order: "affiliate_id, position",
        identity: None,
    },
    Table {
        name: "affiliate_languages",
        columns: &[("affiliate_id", Int), ("position", Int), ("lang", Text)],
        order: "affiliate_id, position",
        identity: None,
    },
    Table {
        name: "affiliate_goals",
        columns: &[
            ("affiliate_id", Int),
            ("position", Int),
            ("heading_text", Int),
            ("body_text", Int),
        ],
        order: "affiliate_id, position",
        identity: None,
    },
    Table {
        name: "affiliate_people",
        columns: &[
            ("affiliate_id", Int),
            ("role", Text),
            ("position", Int),
            ("user_id", Int),
        ],
        order: "affiliate_id, role, position",
        identity: None,
    },
    Table {
        name: "hub_members",
        columns: &[("hub_id", Int), ("affiliate_id", Int)],
        order: "hub_id, affiliate_id",
        identity: None,
    },
    Table {
        name: "membership_rules",
        columns: &[
            ("affiliate_id", Int),
            ("review", Int),
            ("min_age", OptInt),
            ("countries", Text),
            ("allow_institutions", Int),
            ("institution_countries", Text),
            ("min_edits", OptInt),
            ("min_account_days", OptInt),
            ("updated_at", Int),
        ],
        order: "affiliate_id",
        identity: None,
    },
    Table {
        name: "membership_questions",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("position", Int),
            ("text_id", Int),
            ("required", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "memberships",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("user_id", Int),
            ("kind", Text),
            ("institution", Text),
            ("status", Text),
            ("signed_up_at", OptInt),
            ("created_at", Int),
            ("decided_at", OptInt),
            ("decided_by", OptInt),
            ("imported", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "membership_answers",
        columns: &[
            ("membership_id", Int),
            ("age", OptInt),
            ("country", OptText),
            ("institution_country", OptText),
            ("edit_count", OptInt),
            ("account_created", OptText),
            ("answers", Text),
        ],
        order: "membership_id",
        identity: None,
    },
    Table {
        name: "campaigns",
        columns: &[
            ("id", Int),
            ("slug", Text),
            ("name", Text),
            ("created_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "campaign_affiliates",
        columns: &[("campaign_id", Int), ("affiliate_id", Int)],
        order: "campaign_id, affiliate_id",
        identity: None,
    },
    Table {
        name: "events",
        columns: &[
            ("id", Int),
            ("title", Text),
            ("kind", Text),
            ("mode", Text),
            ("time_zone", Text),
            ("all_day", Int),
            ("starts_at", Int),
            ("ends_at", Int),
            ("first_day", OptText),
            ("last_day", OptText),
            ("venue", OptText),
            ("address", OptText),
            ("latitude_e6", OptInt),
            ("longitude_e6", OptInt),
            ("meeting_url", OptText),
            ("description", Text),
            ("capacity", OptInt),
            ("wikis", Text),
            ("hashtags", Text),
            ("questions", Text),
            ("languages", Text),
            ("campaign_id", OptInt),
            ("cancelled", Int),
            ("registration_open", Int),
            ("registration_opens_at", OptInt),
            ("registration_closes_at", OptInt),
            ("created_by", OptInt),
            ("created_at", Int),
            ("updated_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "event_affiliates",
        columns: &[("event_id", Int), ("affiliate_id", Int)],
        order: "event_id, affiliate_id",
        identity: None,
    },
    Table {
        name: "event_organizers",
        columns: &[("event_id", Int), ("user_id", Int)],
        order: "event_id, user_id",
        identity: None,
    },
    Table {
        name: "registrations",
        columns: &[
            ("id", Int),
            ("event_id", Int),
            ("user_id", Int),
            ("seat", Text),
            ("private", Int),
            ("answers", Text),
            ("registered_at", Int),
            ("promoted_at", OptInt),
            ("cancelled_at", OptInt),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "event_outcomes",
        columns: &[
            ("event_id", Int),
            ("participants", OptInt),
            ("new_editors", OptInt),
            ("articles_created", OptInt),
            ("articles_improved", OptInt),
            ("uploads", OptInt),
            ("notes", Text),
            ("updated_at", Int),
        ],
        order: "event_id",
        identity: None,
    },
    Table {
        name: "reports",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("kind", Text),
            ("period_start", Text),
            ("period_end", Text),
            ("due", Text),
            ("grace_until", Text),
            ("deferred", Int),
            ("deferment_reason", OptText),
            ("filed_on", OptText),
            ("filed_by", OptInt),
            ("link", OptText),
            ("body", OptText),
            ("accepted_on", OptText),
            ("created_at", Int),
            ("review_note", OptText),
            ("reviewed_by", OptInt),
            ("deferment_note", OptText),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "notices",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("report_id", Int),
            ("kind", Text),
            ("sent_on", Text),
            ("created_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "board_phases",
        columns: &[
            ("affiliate_id", Int),
            ("from_year", Int),
            ("seats", Int),
            ("term_months", Int),
            ("chosen_by", Text),
        ],
        order: "affiliate_id, from_year",
        identity: None,
    },
    Table {
        name: "elections",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("title", Text),
            ("seats", Int),
            ("method", Text),
            ("nominations_open", Int),
            ("nominations_close", Int),
            ("voting_open", Int),
            ("voting_close", Int),
            ("voters_joined_before", Int),
            ("voters_min_edits", OptInt),
            ("candidates_joined_before", Int),
            ("term_start", Text),
            ("term_end", Text),
            ("created_by", OptInt),
            ("created_at", Int),
            ("counted_at", OptInt),
            ("blt", OptText),
            ("elected", OptText),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "candidates",
        columns: &[
            ("id", Int),
            ("election_id", Int),
            ("user_id", Int),
            ("nominated_by", OptInt),
            ("statement_text", OptInt),
            ("accepted", Int),
            ("withdrawn", Int),
            ("created_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "election_voters",
        columns: &[("election_id", Int), ("user_id", Int)],
        order: "election_id, user_id",
        identity: None,
    },
    Table {
        name: "ballots",
        columns: &[
            ("election_id", Int),
            ("receipt_hash", Text),
            ("choice", Text),
        ],
        order: "election_id, receipt_hash",
        identity: None,
    },
    Table {
        name: "board_terms",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("user_id", Int),
            ("starts_on", Text),
            ("ends_on", Text),
            ("election_id", OptInt),
            ("created_at", Int),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "cfps",
        columns: &[
            ("event_id", Int),
            ("opens_at", Int),
            ("closes_at", Int),
            ("session_types", Text),
            ("tracks", Text),
            ("languages", Text),
            ("interpretation", Int),
            ("questions", Text),
            ("criteria", Text),
            ("score_max", Int),
        ],
        order: "event_id",
        identity: None,
    },
    Table {
        name: "proposals",
        columns: &[
            ("id", Int),
            ("event_id", Int),
            ("submitted_by", Int),
            ("contact_email", OptText),
            ("affiliation", Text),
            ("title", Text),
            ("lang", Text),
            ("language_note", Text),
            ("session_type", Text),
            ("minutes", Int),
            ("track", OptText),
            ("plan", Text),
            ("support", Text),
            ("benefit", Text),
            ("answers", Text),
            ("status", Text),
            ("submitted_at", Int),
            ("updated_at", Int),
            ("decided_at", OptInt),
            ("decision_note", OptText),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "proposal_presenters",
        columns: &[
            ("proposal_id", Int),
            ("position", Int),
            ("user_id", OptInt),
            ("guest_name", OptText),
        ],
        order: "proposal_id, position",
        identity: None,
    },
    Table {
        name: "proposal_interest",
        columns: &[
            ("proposal_id", Int),
            ("username", Text),
            ("user_id", OptInt),
            ("signed_at", Int),
            ("imported", Int),
        ],
        order: "proposal_id, username",
        identity: None,
    },
    Table {
        name: "rooms",
        columns: &[("id", Int), ("event_id", Int), ("name", Text)],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "time_slots",
        columns: &[("event_id", Int), ("starts_at", Int), ("ends_at", Int)],
        order: "event_id, starts_at",
        identity: None,
    },
    Table {
        name: "placements",
        columns: &[
            ("proposal_id", Int),
            ("room_id", Int),
            ("starts_at", Int),
            ("ends_at", Int),
        ],
        order: "proposal_id",
        identity: None,
    },
    Table {
        name: "conference_reviewers",
        columns: &[("event_id", Int), ("user_id", Int)],
        order: "event_id, user_id",
        identity: None,
    },
    Table {
        name: "reviews",
        columns: &[
            ("proposal_id", Int),
            ("reviewer_id", Int),
            ("scores", Text),
            ("comment", Text),
            ("updated_at", Int),
        ],
        order: "proposal_id, reviewer_id",
        identity: None,
    },
    Table {
        name: "scholarship_rounds",
        columns: &[
            ("event_id", Int),
            ("opens_at", Int),
            ("closes_at", Int),
            ("criteria", Text),
            ("score_max", Int),
            ("phase", Text),
            ("published_at", OptInt),
        ],
        order: "event_id",
        identity: None,
    },
    Table {
        name: "scholarship_applications",
        columns: &[
            ("id", Int),
            ("event_id", Int),
            ("user_id", Int),
            ("region", Text),
            ("history", Text),
            ("contributions", Text),
            ("motivation", Text),
            ("need", Text),
            ("submitted_at", Int),
            ("updated_at", Int),
            ("flag", OptText),
            ("flag_note", OptText),
            ("decision", OptText),
            ("decision_note", OptText),
            ("decided_at", OptInt),
        ],
        order: "id",
        identity: Some("id"),
    },
    Table {
        name: "scholarship_reviewers",
        columns: &[("event_id", Int), ("user_id", Int)],
        order: "event_id, user_id",
        identity: None,
    },
    Table {
        name: "scholarship_scores",
        columns: &[
            ("application_id", Int),
            ("reviewer_id", Int),
            ("scores", Text),
            ("comment", Text),
            ("updated_at", Int),
        ],
        order: "application_id, reviewer_id",
        identity: None,
    },
    Table {
        name: "history",
        columns: &[
            ("id", Int),
            ("affiliate_id", Int),
            ("at", Int),
            ("actor_id", OptInt),
            ("action", Text),
            ("detail", Text),
        ],
        order: "id",
        identity: Some("id"),
    },
];

/// Tables that are deliberately not exported: security state that must not travel, cache
/// state, and data derived again after an import (name sort keys).
pub const NOT_EXPORTED: &[&str] = &[
    "feed_tokens",
    "jobs",
    "member_order",
    "name_sort_keys",
    "outbox",
    "sessions",
    "signin_throttle",
    "site_state",
    "schema_migrations",
];

/// The names of the exported tables, in order.
pub fn exported_tables() -> Vec<&'static str> {
    TABLES.iter().map(|t| t.name).collect()
}

fn latest_schema() -> i64 {
    crate::MIGRATIONS.last().map(|m| m.0).unwrap_or(0)
}

impl Db {
    /// Every table of record as one JSON document.
    pub async fn export(&self) -> Result<Value, Error> {
        let mut tables = Map::new();
        for table in TABLES {
            let cols: Vec<&str> = table.columns.iter().map(|c| c.0).collect();
            let sql = format!(
                "SELECT {} FROM {} ORDER BY {}",
                cols.join(", "),
                table.name,
                table.order
            );
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                .fetch_all(&self.pool)
                .await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let mut obj = Map::new();
                for (i, (name, col)) in table.columns.iter().enumerate() {
                    let value = match col {
                        Int => json!(row.try_get::<i64, _>(i)?),
                        OptInt => json!(row.try_get::<Option<i64>, _>(i)?),
                        Text => json!(row.try_get::<String, _>(i)?),
                        OptText => json!(row.try_get::<Option<String>, _>(i)?),
                    };
                    obj.insert((*name).to_string(), value);
                }
                out.push(Value::Object(obj));
            }
            tables.insert(table.name.to_string(), Value::Array(out));
        }
        Ok(json!({ "format": "sangam", "schema_version": latest_schema(), "tables": tables }))
    }

    /// Loads a document made by [`Db::export`] into an empty database, all or nothing.
    pub async fn import(&self, doc: &Value) -> Result<ImportSummary, Error> {
        let bad = |msg: String| Error::Internal(format!("import: {msg}"));
        if doc.get("format").and_then(Value::as_str) != Some("sangam") {
            return Err(bad(
                "not a Sangam export (\"format\" is not \"sangam\")".into()
            ));
        }
        let version = doc.get("schema_version").and_then(Value::as_i64);
        if version != Some(latest_schema()) {
            return Err(bad(format!(
                "the export is of schema version {version:?}; this Sangam reads version {}",
                latest_schema()
            )));
        }
        let Some(tables) = doc.get("tables").and_then(Value::as_object) else {
            return Err(bad("\"tables\" is missing".into()));
        };
        if let Some(unknown) = tables
            .keys()
            .find(|k| !TABLES.iter().any(|t| t.name == k.as_str()))
        {
            return Err(bad(format!("unknown table {unknown}")));
        }
        let mut tx = self.write().await?;
        for table in TABLES {
            let sql = format!("SELECT COUNT(*) FROM {}", table.name);
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut *tx)
                .await?;
            if n > 0 {
                return Err(bad(format!(
                    "the database is not empty ({} has {n} rows)",
                    table.name
                )));
            }
        }
        let mut summary = ImportSummary::default();
        for table in TABLES {
            let rows = match tables.get(table.name) {
                None => continue,
                Some(Value::Array(rows)) => rows,
                Some(_) => return Err(bad(format!("{} is not a list of rows", table.name))),
            };
            let cols: Vec<&str> = table.columns.iter().map(|c| c.0).collect();
            let placeholders: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.name,
                cols.join(", "),
                placeholders.join(", ")
            );
            for (n, row) in rows.iter().enumerate() {
                let Some(obj) = row.as_object() else {
                    return Err(bad(format!("{} row {n} is not an object", table.name)));
                };
                if let Some(extra) = obj.keys().find(|k| !cols.contains(&k.as_str())) {
                    return Err(bad(format!(
                        "{} row {n} has an unknown column {extra}",
                        table.name
                    )));
                }
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                for (name, col) in table.columns {
                    let value = obj.get(*name).unwrap_or(&Value::Null);
                    let wrong = || {
                        bad(format!(
                            "{} row {n}: column {name} has the wrong type",
                            table.name
                        ))
                    };
                    query = match (col, value) {
                        (Int | OptInt, Value::Number(x)) => {
                            query.bind(x.as_i64().ok_or_else(wrong)?)
                        }
                        (OptInt, Value::Null) => query.bind(None::<i64>),
                        (Text | OptText, Value::String(s)) => query.bind(s.clone()),
                        (OptText, Value::Null) => query.bind(None::<String>),
                        _ => return Err(wrong()),
                    };
                }
                query
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| bad(format!("{} row {n}: {e}", table.name)))?;
            }
            summary.rows += rows.len();
            summary.tables += 1;
        }
        if self.backend == Backend::Postgres {
            for table in TABLES {
                if let Some(col) = table.identity {
                    let sql = format!(
                        "SELECT setval(pg_get_serial_sequence('{t}', '{col}'), \
                         (SELECT COALESCE(MAX({col}), 0) + 1 FROM {t}), false)",
                        t = table.name
                    );
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        self.fill_sort_keys().await?;
        crate::membership::fill_member_order(self.pool(), None).await?;
        Ok(summary)
    }

    /// The names of all tables in the database, for checking that the export covers them.
    pub async fn table_names(&self) -> Result<Vec<String>, Error> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            }
            Backend::Postgres => {
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
            }
        };
        sqlx::query_scalar(sql)
            .fetch_all(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// A table's columns in their order, for checking what it holds (the secret ballot's
    /// tables, say).
    pub async fn table_columns(&self, table: &str) -> Result<Vec<String>, Error> {
        let sql = match self.backend {
            Backend::Sqlite => "SELECT name FROM pragma_table_info($1) ORDER BY cid",
            Backend::Postgres => {
                "SELECT column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position"
            }
        };
        sqlx::query_scalar(sql)
            .bind(table)
            .fetch_all(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// One column of a table's rows in the order the database keeps them (no ORDER BY;
    /// PostgreSQL: physical order), as text, for audits of what that order reveals.
    pub async fn stored_order(&self, table: &str, column: &str) -> Result<Vec<String>, Error> {
        let known = self.table_columns(table).await?;
        if !known.iter().any(|c| c == column) {
            return Err(Error::NotFound);
        }
        let sql = match self.backend {
            Backend::Sqlite => format!("SELECT CAST({column} AS TEXT) FROM {table}"),
            Backend::Postgres => {
                format!("SELECT CAST({column} AS TEXT) FROM {table} ORDER BY ctid")
            }
        };
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// One column of a table's rows with the id of the transaction that wrote each row
    /// (PostgreSQL's `xmin`), for audits of what write order reveals; `None` on SQLite,
    /// whose rows carry no such mark.
    pub async fn write_stamps(
        &self,
        table: &str,
        column: &str,
    ) -> Result<Option<Vec<(String, String)>>, Error> {
        let known = self.table_columns(table).await?;
        if !known.iter().any(|c| c == column) {
            return Err(Error::NotFound);
        }
        if self.backend == Backend::Sqlite {
            return Ok(None);
        }
        let sql = format!(
            "SELECT CAST({column} AS TEXT) AS value, CAST(xmin AS TEXT) AS version FROM {table}"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("value")?, r.try_get("version")?)))
            .collect::<Result<Vec<_>, Error>>()
            .map(Some)
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub tables: usize,
    pub rows: usize,
}
