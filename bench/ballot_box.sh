#!/usr/bin/env bash
# What a vote costs on PostgreSQL for the secret ballot (issue 7): each vote writes the
# election's whole ballot box again in key order (crates/db/src/elections.rs, `cast`), so
# the cost grows with the ballots already cast. This times that one statement, as `cast`
# runs it, on boxes of 1,000, 10,000 and 100,000 ballots of 7 ranked candidates.
#
#   bash bench/ballot_box.sh          # PG_URL (postgres://postgres@127.0.0.1:5432/test)
set -euo pipefail
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
echo "# $(nproc) cores; $(date -u +%FT%TZ)"
for n in 1000 10000 100000; do
  psql -qX "$PG_URL" <<SQL | grep -E '^(ballots|Time)' | sed "s/^/$n /"
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_ballots;
CREATE TABLE bench_ballots (election_id BIGINT NOT NULL, receipt_hash TEXT NOT NULL,
  choice TEXT NOT NULL, PRIMARY KEY (election_id, receipt_hash));
INSERT INTO bench_ballots SELECT 1, md5(i::text), '{"method":"meek","choice":[3,1,4,7,5,2,6]}'
  FROM generate_series(1, $n) i;
INSERT INTO bench_ballots SELECT 2, md5(i::text), 'other election' FROM generate_series(1, 1000) i;
VACUUM ANALYZE bench_ballots;
\timing on
WITH box AS (DELETE FROM bench_ballots WHERE election_id = 1 RETURNING receipt_hash, choice)
  INSERT INTO bench_ballots (election_id, receipt_hash, choice)
  SELECT 1, receipt_hash, choice FROM box ORDER BY receipt_hash;
WITH box AS (DELETE FROM bench_ballots WHERE election_id = 1 RETURNING receipt_hash, choice)
  INSERT INTO bench_ballots (election_id, receipt_hash, choice)
  SELECT 1, receipt_hash, choice FROM box ORDER BY receipt_hash;
WITH box AS (DELETE FROM bench_ballots WHERE election_id = 1 RETURNING receipt_hash, choice)
  INSERT INTO bench_ballots (election_id, receipt_hash, choice)
  SELECT 1, receipt_hash, choice FROM box ORDER BY receipt_hash;
\timing off
DROP TABLE bench_ballots;
SQL
done
