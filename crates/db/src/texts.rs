//! Translatable texts: a `texts` row (source language, revision) and one `text_versions`
//! row per language, the source included.

use std::collections::{BTreeMap, HashMap};

use sangam_core::Error;
use sangam_core::text::{LangTag, TextVersion, Translatable};
use sqlx::Row;

use crate::Tx;

/// Loads the texts with the given ids.
pub(crate) async fn load<'e, E>(exec: E, ids: &[i64]) -> Result<HashMap<i64, Translatable>, Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let mut out: HashMap<i64, Translatable> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT t.id, t.source_lang, t.revision, v.lang, v.body, v.source_revision \
         FROM texts t JOIN text_versions v ON v.text_id = t.id WHERE t.id IN ({}) \
         ORDER BY t.id, v.lang",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(*id);
    }
    for row in query.fetch_all(exec).await? {
        let id: i64 = row.try_get("id")?;
        let entry = match out.entry(id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(Translatable {
                source_lang: LangTag::trusted(&row.try_get::<String, _>("source_lang")?),
                revision: row.try_get("revision")?,
                versions: BTreeMap::new(),
            }),
        };
        entry.versions.insert(
            row.try_get("lang")?,
            TextVersion {
                body: row.try_get("body")?,
                source_revision: row.try_get("source_revision")?,
            },
        );
    }
    Ok(out)
}

/// Stores `text` under `existing` (or a new id) and returns the id; `None` deletes the
/// existing text and returns `None`. Deleting must come after the last reference is gone,
/// so callers pass the old id to [`delete`] once the owning row is updated.
pub(crate) async fn save(
    tx: &mut Tx,
    existing: Option<i64>,
    text: &Translatable,
) -> Result<i64, Error> {
    let id = match existing {
        Some(id) => {
            sqlx::query("UPDATE texts SET source_lang = $1, revision = $2 WHERE id = $3")
                .bind(text.source_lang.as_str())
                .bind(text.revision)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            sqlx::query("DELETE FROM text_versions WHERE text_id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO texts (source_lang, revision) VALUES ($1, $2) RETURNING id",
            )
            .bind(text.source_lang.as_str())
            .bind(text.revision)
            .fetch_one(&mut **tx)
            .await?
        }
    };
    for (lang, version) in &text.versions {
        sqlx::query("INSERT INTO text_versions (text_id, lang, body, source_revision) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(lang.as_str())
            .bind(version.body.as_str())
            .bind(version.source_revision)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

/// Stores an optional text; returns its id, or `None` when there is no text (the caller
/// then deletes the old one with [`delete`]).
pub(crate) async fn save_optional(
    tx: &mut Tx,
    existing: Option<i64>,
    text: Option<&Translatable>,
) -> Result<Option<i64>, Error> {
    match text {
        Some(t) => save(tx, existing, t).await.map(Some),
        None => Ok(None),
    }
}

pub(crate) async fn delete(tx: &mut Tx, id: i64) -> Result<(), Error> {
    sqlx::query("DELETE FROM texts WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
