#!/usr/bin/env bash
# The conference programme beside Pretalx (issue 6), in one run on this machine.
#
#   bash bench/conference.sh        # about 15 minutes: the release build, then Pretalx's install
#
# Sangam: a fresh demo; bench/gen_programme.py makes, through the API, a conference with an
# open call and TALKS (100) accepted sessions placed in 4 rooms over 3 days. wrk measures
# the public programme page and the JSON schedule with the peer script's settings
# (`wrk -t2 -c16 -d15s --latency --timeout 10s`, a browser's Accept header). Then
# bench/proposal_storm.py: 16 proposers, signed in beforehand, each run FLOWS (200) times the
# whole form flow (GET the form, take its CSRF token, POST) at once.
# Pretalx: ../shared/peers/pretalx/run.sh (SQLite, gunicorn with 2 workers, 100 scheduled
# talks) with its CfP submission run at 16 concurrent flows; its lines are kept as printed.
# Knobs: TALKS, FLOWS, PORT (8187), SKIP_PRETALX=1, PEER_ROOT (/tmp/peer-pretalx).
set -euo pipefail
cd "$(dirname "$0")/.."
TALKS=${TALKS:-100}
FLOWS=${FLOWS:-200}
PORT=${PORT:-8187}
OUT=bench/out/conference
BASE="http://127.0.0.1:$PORT"
ACCEPT='text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
log() { echo "# $*" >&2; }

log "building the release binary"
cargo build --release -q --bin sangam
BIN=$PWD/target/release/sangam
rm -rf "$OUT" && mkdir -p "$OUT/data"
export SANGAM_LOG=warn SANGAM_DATA_DIR="$OUT/data" SANGAM_PASSWORD_HASH_MEMORY_KIB=256
SANGAM_PID=""
cleanup() { [ -n "$SANGAM_PID" ] && kill "$SANGAM_PID" 2>/dev/null || true; }
trap cleanup EXIT
echo "# $(nproc) cores; $(date -u +%FT%TZ)"
$BIN demo >/dev/null
people=()
for i in $(seq 1 16); do people+=("Proposer $i"); done
printf '%s\n' "${people[@]}" | xargs -d '\n' $BIN user add --password bench-password >/dev/null
$BIN --listen "127.0.0.1:$PORT" serve > "$OUT/server.log" 2>&1 &
SANGAM_PID=$!
for _ in $(seq 1 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
log "making a programme of $TALKS sessions"
event=$(python3 bench/gen_programme.py "$BASE" "$TALKS" SiteAdmin sangam-site-admin)
for path in "/events/$event/programme" "/api/events/$event/schedule.json"; do
  bytes=$(curl -s -H "Accept: $ACCEPT" "$BASE$path" | wc -c)
  sessions=$(curl -s -H "Accept: $ACCEPT" "$BASE$path" | grep -o 'Talk number' | wc -l)
  wrk -t2 -c16 -d3s --timeout 10s -H "Accept: $ACCEPT" "$BASE$path" >/dev/null
  out=$(wrk -t2 -c16 -d15s --latency --timeout 10s -H "Accept: $ACCEPT" "$BASE$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "sangam $path rps=$rps p50=$p50 p99=$p99 bytes=$bytes sessions_listed=$sessions"
done
log "16 proposers at once"
python3 bench/proposal_storm.py "$BASE" "$event" 16 "$FLOWS" bench-password "${people[@]}" | sed 's/^/sangam /'
count=$(curl -sf "$BASE/api/events/$event/proposals" | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
echo "sangam proposals_in_db=$count (the $TALKS of the programme plus the flows)"
kill "$SANGAM_PID"; SANGAM_PID=""

if [ "${SKIP_PRETALX:-0}" != 1 ]; then
  log "Pretalx (installs into ${PEER_ROOT:-/tmp/peer-pretalx}; several minutes)"
  ROOT=${PEER_ROOT:-/tmp/peer-pretalx} NGINX_BASELINE=0 SERIAL_DURATION=0 POST_RUNS="16:160" \
    bash ../shared/peers/pretalx/run.sh 2>"$OUT/pretalx.log" | grep -E ' (talk_list_nojs|talk_list_json|submit_flow) ' || true
fi
