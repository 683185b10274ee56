#!/usr/bin/env bash
# Membership under load (issue 3): signature-list parse speed, 1,000 concurrent joins on
# SQLite, and the member list of an affiliate with 10,000 members.
#
#   bash bench/membership.sh            # about 2 minutes after the release build
#
# 1. Parse: bench/gen_signatures.py writes 10 MB of signatures mixing every supported form and
#    script; `sangam import signatures --dry-run` reads it five times on one core (taskset -c 0)
#    and reports its own parse rate (reading the file and the database are not timed).
# 2. Joins: JOINS accounts (1,000) are created with `sangam user add`, signed in through the
#    API, then bench/join_storm.py opens one connection per account and sends every
#    POST /api/affiliates/wap/members at once. Afterwards the memberships are counted in the
#    database file itself (sqlite3): one active row per account, none twice.
# 3. List: MEMBERS (10,000) signatures are imported into the Tajik group; wrk -c1 measures
#    /affiliates/tajik-wikimedians/members (first page and a deep page, by date and by name)
#    rendered fresh for a signed-in reader (bearer token: no page cache), and the JSON API.
# Knobs: JOINS (1000), MEMBERS (10000), DURATION (10s), PORT (8182).
set -euo pipefail
cd "$(dirname "$0")/.."
JOINS=${JOINS:-1000}
MEMBERS=${MEMBERS:-10000}
DURATION=${DURATION:-10s}
PORT=${PORT:-8182}
OUT=bench/out/membership
BASE="http://127.0.0.1:$PORT"
log() { echo "# $*" >&2; }

for tool in wrk curl python3 taskset; do
  command -v "$tool" >/dev/null || { log "installing $tool"; apt-get install -y -qq wrk curl util-linux >/dev/null; }
done

log "building the release binary"
cargo build --release -q --bin sangam
BIN=$PWD/target/release/sangam
rm -rf "$OUT" && mkdir -p "$OUT/data"
export SANGAM_LOG=warn SANGAM_DATA_DIR="$OUT/data"
# A cheap password hash: the benchmark measures joining, not signing in.
export SANGAM_PASSWORD_HASH_MEMORY_KIB=256
SANGAM_PID=""
cleanup() { [ -n "$SANGAM_PID" ] && kill "$SANGAM_PID" 2>/dev/null || true; }
trap cleanup EXIT
$BIN demo >/dev/null
echo "# $(nproc) cores; $(date -u +%FT%TZ)"

# 1. Parse speed.
python3 bench/gen_signatures.py "$OUT/sigs.txt" 10000000 >&2
rates=()
for _ in 1 2 3 4 5; do
  line=$(taskset -c 0 $BIN import signatures --affiliate wap --dry-run "$OUT/sigs.txt")
  rates+=("$(echo "$line" | sed -E 's/.*\(([0-9]+) MB\/s\)$/\1/')")
done
echo "parse $line"
median=$(printf '%s\n' "${rates[@]}" | sort -n | sed -n 3p)
echo "parse runs_mb_s=$(IFS=,; echo "${rates[*]}") median_mb_s=$median"

# 2. Concurrent joins.
log "creating $JOINS accounts"
users=()
for i in $(seq 1 "$JOINS"); do users+=("Joiner $i"); done
printf '%s\n' "${users[@]}" | xargs -P 4 -I {} $BIN user add {} --password "bench-password-$JOINS" >/dev/null
log "importing $MEMBERS signatures into the Tajik group"
python3 bench/gen_signatures.py "$OUT/members.txt" --entries "$MEMBERS" >&2
$BIN import signatures --affiliate tajik-wikimedians "$OUT/members.txt" | sed 's/^/import /'

$BIN --listen "127.0.0.1:$PORT" serve > "$OUT/server.log" 2>&1 &
SANGAM_PID=$!
for _ in $(seq 1 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
before=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM memberships m JOIN affiliates a ON a.id = m.affiliate_id WHERE a.slug = 'wap' AND m.status = 'active'\").fetchone()[0])" "$OUT/data/sangam.db")
storm_ok=yes
python3 bench/join_storm.py "$BASE" wap "bench-password-$JOINS" "${users[@]}" | tee "$OUT/joins.txt" || storm_ok=no
rate=$(sed -E 's/.*joins_per_s=([0-9]+).*/\1/' "$OUT/joins.txt")
read -r rows distinct joiners < <(python3 - "$OUT/data/sangam.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = """SELECT count(*), count(DISTINCT m.user_id), sum(u.username LIKE 'Joiner %')
       FROM memberships m JOIN affiliates a ON a.id = m.affiliate_id JOIN users u ON u.id = m.user_id
       WHERE a.slug = 'wap' AND m.status = 'active'"""
print(*db.execute(q).fetchone())
PY
)
echo "joins_check active_before=$before active_after=$rows distinct_people=$distinct joiners=$joiners"
api_total=$(curl -sf "$BASE/api/affiliates/wap/members" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
echo "joins_check api_total=$api_total"

# 3. The member list with 10,000 members.
token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"username\":\"TajikOrganizer\",\"password\":\"sangam-organizer\"}" "$BASE/api/auth/token" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
total=$(curl -sf "$BASE/api/affiliates/tajik-wikimedians/members" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
echo "list members=$total"
ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}
worst=0
measure() {  # measure NAME PATH [wrk header args...]
  local name=$1 path=$2 raw; shift 2
  wrk -t1 -c1 -d2s "$@" "$BASE$path" >/dev/null 2>&1 || true
  raw=$(wrk -t1 -c1 -d"$DURATION" --latency "$@" "$BASE$path")
  echo "$raw" > "$OUT/wrk-$name.txt"
  local rps p50 p99 non2xx
  rps=$(echo "$raw" | awk '/Requests\/sec/ { print $2 }')
  p50=$(ms "$(echo "$raw" | awk '$1 == "50%" { print $2 }')")
  p99=$(ms "$(echo "$raw" | awk '$1 == "99%" { print $2 }')")
  non2xx=$(echo "$raw" | awk '/Non-2xx/ { print $4 }')
  echo "list $name rps=$rps p50_ms=$p50 p99_ms=$p99 non2xx=${non2xx:-0}"
  [ -z "$non2xx" ] || worst=999
  worst=$(awk -v a="$worst" -v b="$p50" 'BEGIN { print (b > a) ? b : a }')
}
last=$(( (total + 49) / 50 ))
auth=(-H "Authorization: Bearer $token")
measure signed_in_date_first "/affiliates/tajik-wikimedians/members" "${auth[@]}"
measure signed_in_date_last "/affiliates/tajik-wikimedians/members?page=$last" "${auth[@]}"
measure signed_in_name_first "/affiliates/tajik-wikimedians/members?sort=name" "${auth[@]}"
measure signed_in_name_mid "/affiliates/tajik-wikimedians/members?sort=name&page=$((last / 2))" "${auth[@]}"
measure signed_in_name_last_bn "/affiliates/tajik-wikimedians/members?sort=name&page=$last&lang=bn" "${auth[@]}"
measure anonymous_date_first "/affiliates/tajik-wikimedians/members"
measure api_name_last "/api/affiliates/tajik-wikimedians/members?sort=name&page=$last"
bytes=$(curl -sf "${auth[@]}" "$BASE/affiliates/tajik-wikimedians/members?sort=name" | wc -c)
echo "list page_bytes=$bytes"

awk -v m="$median" 'BEGIN { printf "bar parse median_mb_s=%s %s\n", m, (m >= 50) ? "MET" : "NOT MET" }'
ok=$([ "$storm_ok" = yes ] && [ "$rows" -eq $((before + JOINS)) ] && [ "$distinct" -eq "$rows" ] \
  && [ "$joiners" -eq "$JOINS" ] && [ "$api_total" -eq "$rows" ] && echo yes || echo no)
awk -v r="$rate" -v ok="$ok" 'BEGIN { printf "bar joins joins_per_s=%s all_201_and_counted=%s %s\n", r, ok, (ok == "yes" && r >= 2000) ? "MET" : "NOT MET" }'
awk -v w="$worst" 'BEGIN { printf "bar list worst_p50_ms=%s %s\n", w, (w < 5) ? "MET" : "NOT MET" }'
