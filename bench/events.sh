#!/usr/bin/env bash
# Events under load (issue 4): registrations for one event from 64 clients at once, and a
# hub's activities calendar with 2,000 events beside nginx serving the same bytes.
#
#   bash bench/events.sh            # a few minutes after the release build
#
# 1. Registrations: PEOPLE (5,000) accounts are created with `sangam user add` and signed in
#    through the API; the Tajik group's organizer creates an event with CAPACITY (500) seats
#    through the API; bench/register_storm.py sends every registration over CLIENTS (64)
#    keep-alive connections at once. Afterwards the registrations are counted in the SQLite
#    file itself and through the API: exactly CAPACITY seats, the rest waiting, nobody twice.
# 2. Calendar: EVENTS (2,000) events are created through the API over the hub's members;
#    the hub's calendar page is saved as served to an anonymous reader and served by nginx
#    too; `wrk -t2 -c32 -d15s --latency` measures both, interleaved.
# Knobs: PEOPLE, CAPACITY, CLIENTS, EVENTS, DURATION (15s), CONNS (32), PORT (8184),
# NGINX_PORT (8185).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${PEOPLE:-5000}
CAPACITY=${CAPACITY:-500}
CLIENTS=${CLIENTS:-64}
EVENTS=${EVENTS:-2000}
DURATION=${DURATION:-15s}
CONNS=${CONNS:-32}
PORT=${PORT:-8184}
NGINX_PORT=${NGINX_PORT:-8185}
OUT=bench/out/events
BASE="http://127.0.0.1:$PORT"
log() { echo "# $*" >&2; }

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { log "installing $tool"; apt-get install -y -qq wrk nginx-light curl >/dev/null; }
done

log "building the release binary"
cargo build --release -q --bin sangam
BIN=$PWD/target/release/sangam
rm -rf "$OUT" && mkdir -p "$OUT/data" "$OUT/static" "$OUT/tmp"
export SANGAM_LOG=warn SANGAM_DATA_DIR="$OUT/data"
# A cheap password hash: the benchmark measures registering, not signing in.
export SANGAM_PASSWORD_HASH_MEMORY_KIB=256
SANGAM_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$SANGAM_PID" ] && kill "$SANGAM_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT
$BIN demo >/dev/null
echo "# $(nproc) cores; $(date -u +%FT%TZ)"

log "creating $PEOPLE accounts"
users=()
for i in $(seq 1 "$PEOPLE"); do users+=("Participant $i"); done
printf '%s\n' "${users[@]}" | xargs -d '\n' -n 500 $BIN user add --password "bench-password-$PEOPLE" >/dev/null

$BIN --listen "127.0.0.1:$PORT" serve > "$OUT/server.log" 2>&1 &
SANGAM_PID=$!
for _ in $(seq 1 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done

# 1. Registrations.
token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
    "$BASE/api/auth/token" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])"
}
org=$(token TajikOrganizer sangam-organizer)
event=$(curl -sf -H "Authorization: Bearer $org" -H 'Content-Type: application/json' -d "{
  \"affiliates\": [\"tajik-wikimedians\"], \"title\": \"Wikipedia Asian Month opening, Dushanbe\",
  \"kind\": \"conference\", \"mode\": \"in-person\", \"time_zone\": \"Asia/Dushanbe\",
  \"start_date\": \"2030-11-01\", \"start_time\": \"10:00\", \"end_time\": \"18:00\",
  \"venue\": \"National Library of Tajikistan\", \"capacity\": \"$CAPACITY\",
  \"registration\": {\"open\": true}}" "$BASE/api/events" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
storm_ok=yes
python3 bench/register_storm.py "$BASE" "$event" "$CLIENTS" "bench-password-$PEOPLE" "${users[@]}" |
  tee "$OUT/registrations.txt" || storm_ok=no
rate=$(sed -E 's/.*per_s=([0-9]+).*/\1/' "$OUT/registrations.txt")
read -r seated waiting distinct total < <(python3 - "$OUT/data/sangam.db" "$event" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = """SELECT sum(seat = 'registered'), sum(seat = 'waitlisted'), count(DISTINCT user_id), count(*)
       FROM registrations WHERE event_id = ?"""
print(*db.execute(q, (int(sys.argv[2]),)).fetchone())
PY
)
echo "registrations_check seated=$seated waitlisted=$waiting distinct_people=$distinct rows=$total"
api=$(curl -sf "$BASE/api/events/$event/registrations" |
  python3 -c "import json,sys; d=json.load(sys.stdin); print(d['registered'], d['waitlisted'])")
echo "registrations_check api_registered_waitlisted=$api"

# 2. The hub calendar with EVENTS events.
CAL=/affiliates/asia-pacific-hub/events
before=$(curl -sf "$BASE$CAL" | grep -o 'class="event ' | wc -l)
site=SiteAdmin
python3 bench/gen_events.py "$BASE" "$EVENTS" "$site" sangam-site-admin wap wikimedia-pakistan tajik-wikimedians
curl -sf "$BASE$CAL" -o "$OUT/static/calendar.html"
count=$(grep -o 'class="event ' "$OUT/static/calendar.html" | wc -l)
echo "calendar events_on_page=$count demo_events=$before html_bytes=$(stat -c %s "$OUT/static/calendar.html")"
cat > "$OUT/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  client_body_temp_path $PWD/$OUT/tmp; proxy_temp_path $PWD/$OUT/tmp; fastcgi_temp_path $PWD/$OUT/tmp;
  uwsgi_temp_path $PWD/$OUT/tmp; scgi_temp_path $PWD/$OUT/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $PWD/$OUT/static; }
}
CONF
nginx -c "$PWD/$OUT/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$NGINX_PORT/calendar.html" >/dev/null && break; sleep 0.2; done
ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}
measure() {  # measure NAME URL
  local name=$1 url=$2 raw
  wrk -t2 -c"$CONNS" -d3s "$url" >/dev/null 2>&1 || true
  raw=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$url")
  echo "$raw" > "$OUT/wrk-$name.txt"
  local rps p50 p99 non2xx
  rps=$(echo "$raw" | awk '/Requests\/sec/ { print $2 }')
  p50=$(ms "$(echo "$raw" | awk '$1 == "50%" { print $2 }')")
  p99=$(ms "$(echo "$raw" | awk '$1 == "99%" { print $2 }')")
  non2xx=$(echo "$raw" | awk '/Non-2xx/ { print $4 }')
  echo "$name rps=$rps p50_ms=$p50 p99_ms=$p99 non2xx=${non2xx:-0}"
  eval "RPS_$name=$rps"
}
echo "# wrk -t2 -c$CONNS -d$DURATION --latency"
measure sangam_calendar "$BASE$CAL"
measure nginx_calendar "http://127.0.0.1:$NGINX_PORT/calendar.html"
measure sangam_calendar_again "$BASE$CAL"
# Not a bar: the same page rendered fresh each time (a signed-in reader, no page cache),
# which is what the first anonymous reader after a change waits for.
raw=$(wrk -t1 -c1 -d5s --latency -H "Authorization: Bearer $org" "$BASE$CAL")
echo "sangam_calendar_uncached rps=$(echo "$raw" | awk '/Requests\/sec/ { print $2 }') p50_ms=$(ms "$(echo "$raw" | awk '$1 == "50%" { print $2 }')")"
rss=$(awk '/VmHWM/ { print $2 }' /proc/$SANGAM_PID/status)
echo "sangam_memory peak_rss_mib=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"

ok=$([ "$storm_ok" = yes ] && [ "$seated" -eq "$CAPACITY" ] && [ "$waiting" -eq $((PEOPLE - CAPACITY)) ] \
  && [ "$distinct" -eq "$PEOPLE" ] && [ "$total" -eq "$PEOPLE" ] && [ "$api" = "$CAPACITY $((PEOPLE - CAPACITY))" ] \
  && echo yes || echo no)
awk -v r="$rate" -v ok="$ok" 'BEGIN { printf "bar registrations per_s=%s exact_and_no_error=%s %s\n", r, ok, (ok == "yes" && r >= 2000) ? "MET" : "NOT MET" }'
awk -v s="$RPS_sangam_calendar" -v n="$RPS_nginx_calendar" -v c="$count" -v e="$((EVENTS + before))" 'BEGIN {
  r = s / n; printf "bar calendar ratio_to_nginx=%.2f all_events_shown=%s %s\n", r, (c == e) ? "yes" : "no", (r >= 0.5 && c == e) ? "MET" : "NOT MET" }'
