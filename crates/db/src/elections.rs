//! Elections in storage: nominations, the voter roll, secret ballots and the count, and
//! the board terms the winners then serve.
//!
//! The secret ballot: `election_voters` says who has voted and nothing else (no time, no
//! ballot); `ballots` holds each ballot under the hash of a receipt code that only the voter
//! is given, with no voter and no time. Neither table has a column, a timestamp or an order
//! that joins them: SQLite keeps both in the order of their keys (`WITHOUT ROWID`). On
//! PostgreSQL, where each row carries the transaction that wrote it (`xmin`) and lies where
//! it was written (`ctid`), every vote writes the election's whole ballot box again in key
//! order, so all ballots carry the latest vote's mark and no place tells when one came;
//! the count then rewrites both tables in key order (`CLUSTER`). What stays beyond reach
//! of these tables is the engines' own history in their files (SQLite's write-ahead log,
//! PostgreSQL's old row versions until vacuum and its WAL): someone copying the raw files
//! while voting is open could compare versions. To change a vote, the voter gives their receipt code: the old
//! ballot is found by its hash and replaced, the roll already says they voted.

use jiff::civil::Date;
use sangam_core::account::{AffiliateId, UserId};
use sangam_core::election::board::{BoardPhase, ChosenBy};
use sangam_core::election::methods::{self, Method, Vote};
use sangam_core::election::setup::{ElectionSpec, Phase};
use sangam_core::election::{blt, methods::Outcome};
use sangam_core::id::ElectionId;
use sangam_core::secret::{receipt_canonical, receipt_code, token_hash};
use sangam_core::text::{LangTag, Translatable};
use sangam_core::{Error, Timestamp};
use sqlx::Row;

use crate::{Backend, Db, bump_generation, commit, texts};

/// An election and, once counted, its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionRow {
    pub id: ElectionId,
    pub affiliate_id: AffiliateId,
    pub spec: ElectionSpec,
    pub counted: Option<Counted>,
    /// Why the count could not finish (`over_time`, `over_memory`), if it could not.
    pub count_problem: Option<String>,
}

/// What a count needs: the contest (candidates in ballot order, seats, who withdrew, the
/// ranked ballots), the ballots as cast, and the candidates on the ballot.
#[derive(Debug, Clone)]
pub struct CountInput {
    pub contest: sangam_core::election::Contest,
    pub ballots: Vec<Vote>,
    pub standing: Vec<CandidateRow>,
}

/// What the count left: when, the ballots as a BLT file, and the winners in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub at: Timestamp,
    pub blt: String,
    pub elected: Vec<UserId>,
}

/// A nominee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateRow {
    pub id: i64,
    pub user_id: UserId,
    pub username: String,
    pub nominated_by: Option<String>,
    /// Why members should elect them, in the language written and its translations.
    pub statement: Option<Translatable>,
    /// The nominee agreed to stand.
    pub accepted: bool,
    pub withdrawn: bool,
}

/// A seat held on a board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermRow {
    pub user_id: UserId,
    pub username: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub election_id: Option<ElectionId>,
}

const ELECTION_COLUMNS: &str = "id, affiliate_id, title, seats, method, nominations_open, nominations_close, \
    voting_open, voting_close, voters_joined_before, voters_min_edits, candidates_joined_before, term_start, \
    term_end, counted_at, blt, elected, count_problem";

fn date(s: &str) -> Result<Date, Error> {
    s.parse()
        .map_err(|_| Error::Internal(format!("a stored date is not a date: {s}")))
}

fn election_row(r: &sqlx::any::AnyRow) -> Result<ElectionRow, Error> {
    let int = |i: &str| r.try_get::<i64, _>(i).map_err(Error::from);
    let text = |i: &str| r.try_get::<String, _>(i).map_err(Error::from);
    let method = text("method")?;
    let counted = match (
        r.try_get::<Option<i64>, _>("counted_at")?,
        r.try_get::<Option<String>, _>("blt")?,
        r.try_get::<Option<String>, _>("elected")?,
    ) {
        (Some(at), Some(blt), Some(elected)) => Some(Counted {
            at: Timestamp(at),
            blt,
            elected: serde_json::from_str(&elected).map_err(Error::internal)?,
        }),
        _ => None,
    };
    Ok(ElectionRow {
        id: r.try_get("id")?,
        affiliate_id: AffiliateId(int("affiliate_id")?),
        spec: ElectionSpec {
            title: text("title")?,
            seats: int("seats")? as u32,
            method: Method::parse(&method)
                .ok_or_else(|| Error::Internal(format!("unknown method {method}")))?,
            nominations: (
                Timestamp(int("nominations_open")?),
                Timestamp(int("nominations_close")?),
            ),
            voting: (
                Timestamp(int("voting_open")?),
                Timestamp(int("voting_close")?),
            ),
            voters_joined_before: Timestamp(int("voters_joined_before")?),
            voters_min_edits: r
                .try_get::<Option<i64>, _>("voters_min_edits")?
                .map(|n| n as u32),
            candidates_joined_before: Timestamp(int("candidates_joined_before")?),
            term: (date(&text("term_start")?)?, date(&text("term_end")?)?),
        },
        counted,
        count_problem: r.try_get("count_problem")?,
    })
}

/// The tag that ties a ballot to the voter it was cast by, for that voter alone: a hash of
/// the receipt (known only to the voter) and the voter.
fn owner_tag(receipt: &str, voter: UserId) -> String {
    token_hash(&format!(
        "ballot-owner\n{}\n{voter}",
        receipt_canonical(receipt)
    ))
}

/// A member of `affiliate` in good standing who joined before `before` (and, if set, had at
/// least `min_edits` edits when they joined).
const ELIGIBLE: &str = "SELECT 1 FROM memberships m LEFT JOIN membership_answers a ON a.membership_id = m.id \
    WHERE m.affiliate_id = $1 AND m.user_id = $2 AND m.status = 'active' \
    AND COALESCE(m.signed_up_at, m.created_at) < $3 AND ($4 IS NULL OR COALESCE(a.edit_count, 0) >= $4)";

impl Db {
    pub async fn create_election(
        &self,
        affiliate: AffiliateId,
        spec: &ElectionSpec,
        by: Option<UserId>,
        now: Timestamp,
    ) -> Result<ElectionId, Error> {
        let mut tx = self.write().await?;
        let id: ElectionId = sqlx::query_scalar(
            "INSERT INTO elections (affiliate_id, title, seats, method, nominations_open, nominations_close, \
             voting_open, voting_close, voters_joined_before, voters_min_edits, candidates_joined_before, \
             term_start, term_end, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        )
        .bind(affiliate)
        .bind(&spec.title)
        .bind(i64::from(spec.seats))
        .bind(spec.method.as_str())
        .bind(spec.nominations.0.0)
        .bind(spec.nominations.1.0)
        .bind(spec.voting.0.0)
        .bind(spec.voting.1.0)
        .bind(spec.voters_joined_before.0)
        .bind(spec.voters_min_edits.map(i64::from))
        .bind(spec.candidates_joined_before.0)
        .bind(spec.term.0.to_string())
        .bind(spec.term.1.to_string())
        .bind(by)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    pub async fn election(&self, id: ElectionId) -> Result<Option<ElectionRow>, Error> {
        let sql = format!("SELECT {ELECTION_COLUMNS} FROM elections WHERE id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(election_row)
            .transpose()
    }

    /// An affiliate's elections, the latest first.
    pub async fn elections_of(&self, affiliate: AffiliateId) -> Result<Vec<ElectionRow>, Error> {
        let sql = format!(
            "SELECT {ELECTION_COLUMNS} FROM elections WHERE affiliate_id = $1 ORDER BY voting_close DESC, id DESC"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(affiliate)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(election_row)
            .collect()
    }

    async fn require(&self, election: ElectionId) -> Result<ElectionRow, Error> {
        self.election(election).await?.ok_or(Error::NotFound)
    }

    /// Whether `user` may vote in `election`.
    pub async fn may_vote(&self, election: &ElectionRow, user: UserId) -> Result<bool, Error> {
        let found: Option<i64> = sqlx::query_scalar(ELIGIBLE)
            .bind(election.affiliate_id)
            .bind(user)
            .bind(election.spec.voters_joined_before.0)
            .bind(election.spec.voters_min_edits.map(i64::from))
            .fetch_optional(&self.pool)
            .await?;
        Ok(found.is_some())
    }

    /// Nominates `nominee` (themselves, or by another member) while nominations are open.
    /// A self-nomination stands at once; anyone else's waits for the nominee to accept.
    pub async fn nominate(
        &self,
        election: ElectionId,
        nominee: UserId,
        by: UserId,
        statement: Option<&Translatable>,
        now: Timestamp,
    ) -> Result<i64, Error> {
        let e = self.require(election).await?;
        if e.spec.phase(now) != Phase::Nominating {
            return Err(Error::Conflict("nominations_closed"));
        }
        let eligible: Option<i64> = sqlx::query_scalar(ELIGIBLE)
            .bind(e.affiliate_id)
            .bind(nominee)
            .bind(e.spec.candidates_joined_before.0)
            .bind(None::<i64>)
            .fetch_optional(&self.pool)
            .await?;
        if eligible.is_none() {
            return Err(Error::field("nominee", "not_eligible_candidate"));
        }
        let mut tx = self.write().await?;
        let text = match statement {
            Some(t) => Some(texts::save(&mut tx, None, t).await?),
            None => None,
        };
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO candidates (election_id, user_id, nominated_by, statement_text, accepted, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (election_id, user_id) DO NOTHING RETURNING id",
        )
        .bind(election)
        .bind(nominee)
        .bind(by)
        .bind(text)
        .bind(i64::from(nominee == by))
        .bind(now.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Err(Error::Conflict("already_nominated"));
        };
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        Ok(id)
    }

    /// The nominee agrees to stand (until voting opens), or withdraws (until it closes).
    pub async fn answer_nomination(
        &self,
        election: ElectionId,
        nominee: UserId,
        stand: bool,
        now: Timestamp,
    ) -> Result<(), Error> {
        let e = self.require(election).await?;
        let phase = e.spec.phase(now);
        let sql = if stand {
            if !matches!(phase, Phase::Nominating | Phase::Waiting) {
                return Err(Error::Conflict("nominations_closed"));
            }
            "UPDATE candidates SET accepted = 1, withdrawn = 0 WHERE election_id = $1 AND user_id = $2"
        } else {
            if phase == Phase::Closed {
                return Err(Error::Conflict("voting_closed"));
            }
            "UPDATE candidates SET withdrawn = 1 WHERE election_id = $1 AND user_id = $2"
        };
        let mut tx = self.write().await?;
        let changed = sqlx::query(sql)
            .bind(election)
            .bind(nominee)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            return Err(Error::NotFound);
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Everyone nominated, in the order nominated.
    pub async fn candidates(&self, election: ElectionId) -> Result<Vec<CandidateRow>, Error> {
        let rows = sqlx::query(
            "SELECT c.id, c.user_id, u.username, n.username AS nominated_by, c.statement_text, c.accepted, c.withdrawn \
             FROM candidates c JOIN users u ON u.id = c.user_id LEFT JOIN users n ON n.id = c.nominated_by \
             WHERE c.election_id = $1 ORDER BY c.id",
        )
        .bind(election)
        .fetch_all(&self.pool)
        .await?;
        let text_ids: Vec<i64> = rows
            .iter()
            .filter_map(|r| r.try_get::<Option<i64>, _>("statement_text").ok().flatten())
            .collect();
        let mut statements = texts::load(&self.pool, &text_ids).await?;
        rows.iter()
            .map(|r| {
                let text: Option<i64> = r.try_get("statement_text")?;
                Ok(CandidateRow {
                    id: r.try_get("id")?,
                    user_id: r.try_get("user_id")?,
                    username: r.try_get("username")?,
                    nominated_by: r.try_get("nominated_by")?,
                    statement: text.and_then(|t| statements.remove(&t)),
                    accepted: r.try_get::<i64, _>("accepted")? != 0,
                    withdrawn: r.try_get::<i64, _>("withdrawn")? != 0,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Error::from)
    }

    /// Writes a nominee's statement in `lang`, until voting closes: in the language it was
    /// written in, only by the nominee (translations then show as outdated); in any other,
    /// by the nominee or the affiliate's admins (`translator`), as a translation. An empty
    /// text removes that translation, or in the source language the statement.
    pub async fn edit_statement(
        &self,
        election: ElectionId,
        nominee: UserId,
        translator: bool,
        (lang, body): (&LangTag, Option<String>),
        now: Timestamp,
    ) -> Result<(), Error> {
        let e = self.require(election).await?;
        if e.spec.phase(now) == Phase::Closed {
            return Err(Error::Conflict("voting_closed"));
        }
        let mut tx = self.write().await?;
        let text: Option<Option<i64>> = sqlx::query_scalar(
            "SELECT statement_text FROM candidates WHERE election_id = $1 AND user_id = $2",
        )
        .bind(election)
        .bind(nominee)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(text) = text else {
            return Err(Error::NotFound);
        };
        let current = match text {
            Some(id) => texts::load(&mut *tx, &[id]).await?.remove(&id),
            None => None,
        };
        let writes_source = current.as_ref().is_none_or(|t| t.source_lang == *lang);
        if translator && writes_source {
            return Err(Error::Forbidden("statement_source_nominee_only"));
        }
        let edited = Translatable::edit(current, lang, body);
        let kept = texts::save_optional(&mut tx, text, edited.as_ref()).await?;
        sqlx::query(
            "UPDATE candidates SET statement_text = $1 WHERE election_id = $2 AND user_id = $3",
        )
        .bind(kept)
        .bind(election)
        .bind(nominee)
        .execute(&mut *tx)
        .await?;
        if let (Some(old), None) = (text, kept) {
            texts::delete(&mut tx, old).await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Those standing: nominees who accepted, in the order nominated (withdrawn ones too,
    /// marked, as ballots may already name them).
    pub async fn on_the_ballot(&self, election: ElectionId) -> Result<Vec<CandidateRow>, Error> {
        Ok(self
            .candidates(election)
            .await?
            .into_iter()
            .filter(|c| c.accepted)
            .collect())
    }

    pub async fn has_voted(&self, election: ElectionId, user: UserId) -> Result<bool, Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM election_voters WHERE election_id = $1 AND user_id = $2",
        )
        .bind(election)
        .bind(user)
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    /// Casts `user`'s ballot, naming candidates by their candidate ids, and returns the
    /// receipt code for it. A voter who has voted already gives the receipt of their ballot,
    /// which is replaced: one ballot a voter, the last one counts.
    pub async fn cast(
        &self,
        election: ElectionId,
        user: UserId,
        vote: &Vote,
        previous_receipt: Option<&str>,
        now: Timestamp,
    ) -> Result<String, Error> {
        let e = self.require(election).await?;
        match e.spec.phase(now) {
            Phase::Voting => {}
            Phase::Closed => return Err(Error::Conflict("voting_closed")),
            _ => return Err(Error::Conflict("voting_not_open")),
        }
        if !self.may_vote(&e, user).await? {
            return Err(Error::Forbidden("not_eligible_voter"));
        }
        let standing = self.on_the_ballot(election).await?;
        let ids: Vec<i64> = standing.iter().map(|c| c.id).collect();
        let vote = by_index(vote, &ids)?;
        vote.validate(e.spec.method, ids.len())?;
        let choice = serde_json::to_string(&by_id(&vote, &ids)).map_err(Error::internal)?;
        let receipt = receipt_code()?;
        let mut tx = self.write().await?;
        // One ballot box writer at a time, so each rewrite below sees every ballot.
        self.lock(&mut tx, crate::Locked::Election(election))
            .await?;
        let first: Option<i64> = sqlx::query_scalar(
            "INSERT INTO election_voters (election_id, user_id) VALUES ($1, $2) \
             ON CONFLICT (election_id, user_id) DO NOTHING RETURNING 1",
        )
        .bind(election)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?;
        if first.is_none() {
            let Some(old) = previous_receipt.map(str::trim).filter(|r| !r.is_empty()) else {
                return Err(Error::field("receipt", "receipt_required"));
            };
            // The receipt, and the voter it was given to: someone else's receipt replaces
            // nothing (ballots cast before tags were kept have none and need the receipt only).
            let removed = sqlx::query(
                "DELETE FROM ballots WHERE election_id = $1 AND receipt_hash = $2 \
                 AND (owner_tag = $3 OR owner_tag IS NULL)",
            )
            .bind(election)
            .bind(token_hash(&receipt_canonical(old)))
            .bind(owner_tag(old, user))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if removed != 1 {
                return Err(Error::field("receipt", "receipt_unknown"));
            }
        }
        sqlx::query(
            "INSERT INTO ballots (election_id, receipt_hash, choice, owner_tag) VALUES ($1, $2, $3, $4)",
        )
        .bind(election)
        .bind(token_hash(&receipt_canonical(&receipt)))
        .bind(choice)
        .bind(owner_tag(&receipt, user))
        .execute(&mut *tx)
        .await?;
        if self.backend == Backend::Postgres {
            // PostgreSQL marks each row with the transaction that wrote it and keeps rows in
            // the order written: the same mark on this ballot and on the voter's roll entry
            // would join them. Writing the whole box again, in key order, gives every ballot
            // this transaction's mark and the key's place, so nothing tells the new one.
            sqlx::query(
                "WITH box AS (DELETE FROM ballots WHERE election_id = $1 \
                 RETURNING receipt_hash, choice, owner_tag) \
                 INSERT INTO ballots (election_id, receipt_hash, choice, owner_tag) \
                 SELECT $1, receipt_hash, choice, owner_tag FROM box ORDER BY receipt_hash",
            )
            .bind(election)
            .execute(&mut *tx)
            .await?;
        }
        commit(tx).await?;
        Ok(receipt)
    }

    /// The ballots as published: each under its receipt's hash, in that hash's order, with
    /// candidates by candidate id.
    pub async fn ballots(&self, election: ElectionId) -> Result<Vec<(String, Vote)>, Error> {
        sqlx::query(
            "SELECT receipt_hash, choice FROM ballots WHERE election_id = $1 ORDER BY receipt_hash",
        )
        .bind(election)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let choice: String = r.try_get("choice")?;
            Ok((
                r.try_get("receipt_hash")?,
                serde_json::from_str(&choice).map_err(Error::internal)?,
            ))
        })
        .collect()
    }

    /// Whether a receipt code's ballot is among the ballots.
    pub async fn receipt_counted(
        &self,
        election: ElectionId,
        receipt: &str,
    ) -> Result<bool, Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM ballots WHERE election_id = $1 AND receipt_hash = $2",
        )
        .bind(election)
        .bind(token_hash(&receipt_canonical(receipt)))
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    /// How many have voted.
    pub async fn turnout(&self, election: ElectionId) -> Result<i64, Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM election_voters WHERE election_id = $1")
            .bind(election)
            .fetch_one(&self.pool)
            .await
            .map_err(Error::from)
    }

    /// Takes the count of a closed election for this instance: nobody has counted it, no
    /// problem is recorded, and nobody else has taken it since `stale_before` (a count
    /// taken earlier than that is taken to have died with its instance).
    pub async fn claim_count(
        &self,
        election: ElectionId,
        now: Timestamp,
        stale_before: Timestamp,
    ) -> Result<bool, Error> {
        let mut tx = self.write().await?;
        let claimed = sqlx::query(
            "UPDATE elections SET count_started_at = $1 WHERE id = $2 AND counted_at IS NULL \
             AND count_problem IS NULL AND (count_started_at IS NULL OR count_started_at < $3)",
        )
        .bind(now.0)
        .bind(election)
        .bind(stale_before.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        commit(tx).await?;
        Ok(claimed == 1)
    }

    /// What the count of `e` needs, read from its ballots as they stand.
    pub async fn count_input(&self, e: &ElectionRow) -> Result<CountInput, Error> {
        let standing = self.on_the_ballot(e.id).await?;
        let ids: Vec<i64> = standing.iter().map(|c| c.id).collect();
        let names: Vec<String> = standing.iter().map(|c| c.username.clone()).collect();
        let withdrawn: Vec<usize> = (0..standing.len())
            .filter(|&i| standing[i].withdrawn)
            .collect();
        let ballots: Vec<Vote> = self
            .ballots(e.id)
            .await?
            .iter()
            .map(|(_, v)| {
                // Checked when cast; checked again, as the count indexes by them.
                let v = by_index(v, &ids)?;
                v.validate(e.spec.method, ids.len())?;
                Ok(v)
            })
            .collect::<Result<_, Error>>()?;
        let mut contest =
            methods::as_contest(&e.spec.title, &names, e.spec.seats as usize, &ballots);
        contest.withdrawn = withdrawn;
        Ok(CountInput {
            contest,
            ballots,
            standing,
        })
    }

    /// Keeps the count of `e`: the ballots as a BLT file, the winners (who take their seats
    /// on the board for the term) and the count round by round. False when it was already
    /// kept.
    pub async fn store_count(
        &self,
        e: &ElectionRow,
        input: &CountInput,
        outcome: &Outcome,
        now: Timestamp,
    ) -> Result<bool, Error> {
        let elected: Vec<UserId> = outcome
            .elected()
            .iter()
            .filter_map(|&i| input.standing.get(i).map(|c| c.user_id))
            .collect();
        let mut tx = self.write().await?;
        let claimed = sqlx::query(
            "UPDATE elections SET counted_at = $1, blt = $2, elected = $3, outcome = $4 \
             WHERE id = $5 AND counted_at IS NULL",
        )
        .bind(now.0)
        .bind(blt::write(&input.contest))
        .bind(serde_json::to_string(&elected).map_err(Error::internal)?)
        .bind(serde_json::to_string(outcome).map_err(Error::internal)?)
        .bind(e.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(false);
        }
        for user in &elected {
            sqlx::query(
                "INSERT INTO board_terms (affiliate_id, user_id, starts_on, ends_on, election_id, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(e.affiliate_id)
            .bind(*user)
            .bind(e.spec.term.0.to_string())
            .bind(e.spec.term.1.to_string())
            .bind(e.id)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await?;
        if self.backend == Backend::Postgres {
            for table in ["ballots", "election_voters"] {
                let sql = format!("CLUSTER {table} USING {table}_pkey");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(true)
    }

    /// Records that the count of `e` could not finish within the server's limits
    /// (`problem`), in the election and in the affiliate's history, so that the page says
    /// so and nothing counts it again until the organizers ask.
    pub async fn store_count_problem(
        &self,
        e: &ElectionRow,
        problem: &str,
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let changed = sqlx::query(
            "UPDATE elections SET count_problem = $1, count_started_at = NULL \
             WHERE id = $2 AND counted_at IS NULL",
        )
        .bind(problem)
        .bind(e.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 1 {
            crate::affiliates::add_history(
                &mut tx,
                e.affiliate_id,
                None,
                "count_failed",
                serde_json::json!({ "election": e.id, "title": e.spec.title, "problem": problem }),
                now,
            )
            .await?;
            bump_generation(&mut tx).await?;
        }
        commit(tx).await
    }

    /// Clears a recorded count problem, so that the next reader counts again (with the
    /// server's limits as they are now).
    pub async fn clear_count_problem(&self, election: ElectionId) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE elections SET count_problem = NULL, count_started_at = NULL \
             WHERE id = $1 AND counted_at IS NULL",
        )
        .bind(election)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// The count of a counted election as it was kept (none before the count, or for one
    /// counted before counts were kept).
    pub async fn stored_outcome(&self, e: &ElectionRow) -> Result<Option<Outcome>, Error> {
        if e.counted.is_none() {
            return Ok(None);
        }
        let json: Option<String> =
            sqlx::query_scalar("SELECT outcome FROM elections WHERE id = $1")
                .bind(e.id)
                .fetch_optional(&self.pool)
                .await?
                .flatten();
        json.map(|j| serde_json::from_str(&j).map_err(Error::internal))
            .transpose()
    }

    /// Keeps the count of an election counted before counts were kept.
    pub async fn keep_outcome(&self, election: ElectionId, outcome: &Outcome) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE elections SET outcome = $1 WHERE id = $2 AND outcome IS NULL")
            .bind(serde_json::to_string(outcome).map_err(Error::internal)?)
            .bind(election)
            .execute(&mut *tx)
            .await?;
        commit(tx).await
    }

    /// How the affiliate's board is made up over the years, earliest phase first.
    pub async fn board_phases(&self, affiliate: AffiliateId) -> Result<Vec<BoardPhase>, Error> {
        sqlx::query(
            "SELECT from_year, seats, term_months, chosen_by FROM board_phases WHERE affiliate_id = $1 ORDER BY from_year",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let chosen: String = r.try_get("chosen_by")?;
            Ok(BoardPhase {
                from_year: r.try_get::<i64, _>("from_year")? as u32,
                seats: r.try_get::<i64, _>("seats")? as u32,
                term_months: r.try_get::<i64, _>("term_months")? as u32,
                chosen_by: ChosenBy::parse(&chosen)
                    .ok_or_else(|| Error::Internal(format!("unknown board choice {chosen}")))?,
            })
        })
        .collect()
    }

    /// Replaces the affiliate's board structure.
    pub async fn set_board_phases(
        &self,
        affiliate: AffiliateId,
        phases: &[BoardPhase],
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM board_phases WHERE affiliate_id = $1")
            .bind(affiliate)
            .execute(&mut *tx)
            .await?;
        for p in phases {
            sqlx::query(
                "INSERT INTO board_phases (affiliate_id, from_year, seats, term_months, chosen_by) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(affiliate)
            .bind(i64::from(p.from_year))
            .bind(i64::from(p.seats))
            .bind(i64::from(p.term_months))
            .bind(p.chosen_by.as_str())
            .execute(&mut *tx)
            .await?;
        }
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// A seat held from one day to another that no election filled (a founding board).
    pub async fn add_board_term(
        &self,
        affiliate: AffiliateId,
        user: UserId,
        (starts_on, ends_on): (Date, Date),
        now: Timestamp,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO board_terms (affiliate_id, user_id, starts_on, ends_on, election_id, created_at) \
             VALUES ($1, $2, $3, $4, NULL, $5)",
        )
        .bind(affiliate)
        .bind(user)
        .bind(starts_on.to_string())
        .bind(ends_on.to_string())
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        bump_generation(&mut tx).await?;
        commit(tx).await
    }

    /// Who sits on the board on `today`, and who sat before (latest first).
    pub async fn board(
        &self,
        affiliate: AffiliateId,
        today: Date,
    ) -> Result<(Vec<TermRow>, Vec<TermRow>), Error> {
        let rows: Vec<TermRow> = sqlx::query(
            "SELECT t.user_id, u.username, t.starts_on, t.ends_on, t.election_id FROM board_terms t \
             JOIN users u ON u.id = t.user_id WHERE t.affiliate_id = $1 ORDER BY t.ends_on DESC, t.id",
        )
        .bind(affiliate)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let text = |column: &str| r.try_get::<String, _>(column).map_err(Error::from);
            Ok(TermRow {
                user_id: r.try_get("user_id")?,
                username: text("username")?,
                starts_on: date(&text("starts_on")?)?,
                ends_on: date(&text("ends_on")?)?,
                election_id: r.try_get("election_id")?,
            })
        })
        .collect::<Result<_, Error>>()?;
        Ok(rows
            .into_iter()
            .partition(|t| t.starts_on <= today && today <= t.ends_on))
    }
}

/// A vote naming candidate ids, as one naming their places on the ballot; an id not on the
/// ballot is refused.
fn by_index(vote: &Vote, ids: &[i64]) -> Result<Vote, Error> {
    let place = |id: usize| {
        ids.iter()
            .position(|&c| c == id as i64)
            .ok_or_else(|| Error::field("ballot", "ballot_unknown_candidate"))
    };
    let list = |l: &[usize]| l.iter().map(|&c| place(c)).collect::<Result<Vec<_>, _>>();
    Ok(match vote {
        Vote::Meek(l) => Vote::Meek(list(l)?),
        Vote::Approval(l) => Vote::Approval(list(l)?),
        Vote::Plurality(c) => Vote::Plurality(place(*c)?),
        // Stances are in ballot order already.
        Vote::SupportOppose(s) => Vote::SupportOppose(s.clone()),
    })
}

/// The inverse of [`by_index`]: places on the ballot back to candidate ids.
fn by_id(vote: &Vote, ids: &[i64]) -> Vote {
    let id = |i: usize| ids.get(i).copied().unwrap_or(0) as usize;
    match vote {
        Vote::Meek(l) => Vote::Meek(l.iter().map(|&i| id(i)).collect()),
        Vote::Approval(l) => Vote::Approval(l.iter().map(|&i| id(i)).collect()),
        Vote::Plurality(i) => Vote::Plurality(id(*i)),
        Vote::SupportOppose(s) => Vote::SupportOppose(s.clone()),
    }
}
