#!/usr/bin/env bash
# The daily reporting lifecycle pass (issue 5) over 5,000 affiliates with ten years of
# report history, on SQLite and on PostgreSQL.
#
#   bash bench/lifecycle.sh            # a few minutes after the release build
#
# For each database: AFFILIATES (5,000) affiliates that owe reports are created through the
# API (bench/gen_reporting.py: user groups with agreements from July 2014, chapters
# recognized in 2014); `sangam jobs run-due --now 2024-07-15T00:00:00Z` creates the ten
# years of reports (not timed for the bar); the reports of the first nine years are marked
# filed, as a decade of history is; then the daily pass runs for three days in a row and
# reports its own time. PostgreSQL uses a database `sangam_bench` on PG_URL's server,
# dropped and created afresh.
# Knobs: AFFILIATES (5000), PORT (8186), PG_ADMIN_URL (postgres://postgres@127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."
AFFILIATES=${AFFILIATES:-5000}
PORT=${PORT:-8186}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/test}
PG_BENCH_URL=${PG_ADMIN_URL%/*}/sangam_bench
OUT=bench/out/lifecycle
log() { echo "# $*" >&2; }

log "building the release binary"
cargo build --release -q --bin sangam
BIN=$PWD/target/release/sangam
rm -rf "$OUT" && mkdir -p "$OUT"
export SANGAM_LOG=warn SANGAM_PASSWORD_HASH_MEMORY_KIB=256
SANGAM_PID=""
cleanup() { [ -n "$SANGAM_PID" ] && kill "$SANGAM_PID" 2>/dev/null || true; }
trap cleanup EXIT
echo "# $(nproc) cores; $(date -u +%FT%TZ)"

# mark_history BACKEND: the reports of periods ended before July 2023 are filed.
mark_history() {
  local sql="UPDATE reports SET filed_on = due WHERE period_end < '2023-07-01'"
  if [ "$1" = sqlite ]; then
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()" "$OUT/sqlite/sangam.db" "$sql"
  else
    psql -q "$PG_BENCH_URL" -c "$sql"
  fi
}

run_backend() {  # run_backend NAME (env chooses the database)
  local name=$1
  $BIN demo >/dev/null
  $BIN --listen "127.0.0.1:$PORT" serve > "$OUT/server-$name.log" 2>&1 &
  SANGAM_PID=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
  log "$name: creating $AFFILIATES affiliates"
  python3 bench/gen_reporting.py "http://127.0.0.1:$PORT" "$AFFILIATES" SiteAdmin sangam-site-admin
  kill "$SANGAM_PID"; wait "$SANGAM_PID" 2>/dev/null || true; SANGAM_PID=""
  out=$($BIN jobs run-due --now 2024-07-15T00:00:00Z)
  echo "$name first $(echo "$out" | grep '^lifecycle pass')"
  mark_history "$name"
  for day in 16 17 18; do
    out=$($BIN jobs run-due --now "2024-07-${day}T00:00:00Z")
    echo "$name daily $(echo "$out" | grep '^lifecycle pass')"
  done
}

log "SQLite"
SANGAM_DATA_DIR="$OUT/sqlite" run_backend sqlite | tee "$OUT/sqlite.txt"
log "PostgreSQL"
psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS sangam_bench" -c "CREATE DATABASE sangam_bench"
SANGAM_DATABASE_URL=$PG_BENCH_URL SANGAM_DATA_DIR="$OUT/pg" run_backend postgres | tee "$OUT/postgres.txt"

for name in sqlite postgres; do
  worst=$(grep " daily " "$OUT/$name.txt" | sed -E 's/.* in ([0-9.]+) s$/\1/' | sort -n | tail -1)
  reports=$(grep " first " "$OUT/$name.txt" | sed -E 's/.*, ([0-9]+) reports created.*/\1/')
  awk -v w="$worst" -v n="$name" -v r="$reports" 'BEGIN { printf "bar lifecycle %s reports=%s worst_daily_s=%s %s\n", n, r, w, (w < 1) ? "MET" : "NOT MET" }'
done
