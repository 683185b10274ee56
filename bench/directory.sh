#!/usr/bin/env bash
# The directory and a profile page of Sangam under load, beside nginx serving the same bytes.
#
#   bash bench/directory.sh            # about 2 minutes after the release build
#
# Loads 200 affiliates (bench/gen_affiliates.py, through the API) into a fresh SQLite data
# directory, saves both pages as Sangam serves them to an anonymous reader, serves those files
# with nginx (2 workers, sendfile, no access log), and runs `wrk -t2 -c32 -d15s --latency`
# against all four, interleaved. Prints one line per measurement and the bar's verdict.
# Knobs: DURATION (15s), CONNS (32), AFFILIATES (200), PORT (8180), NGINX_PORT (8181).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNS=${CONNS:-32}
AFFILIATES=${AFFILIATES:-200}
PORT=${PORT:-8180}
NGINX_PORT=${NGINX_PORT:-8181}
OUT=bench/out/directory
log() { echo "# $*" >&2; }

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { log "installing $tool"; apt-get install -y -qq wrk nginx-light curl >/dev/null; }
done

log "building the release binary"
cargo build --release -q --bin sangam
BIN=target/release/sangam

rm -rf "$OUT" && mkdir -p "$OUT/data" "$OUT/static"
SANGAM_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$SANGAM_PID" ] && kill "$SANGAM_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

SANGAM_LOG=warn $BIN --data "$OUT/data" demo >/dev/null
SANGAM_LOG=warn $BIN --data "$OUT/data" --listen "127.0.0.1:$PORT" serve > "$OUT/server.log" 2>&1 &
SANGAM_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
log "loading $AFFILIATES affiliates through the API"
python3 bench/gen_affiliates.py "http://127.0.0.1:$PORT" "$AFFILIATES" SiteAdmin sangam-site-admin >&2

DIR_PATH=/affiliates
PROFILE_PATH=/affiliates/wap
curl -sf "http://127.0.0.1:$PORT$DIR_PATH" -o "$OUT/static/directory.html"
curl -sf "http://127.0.0.1:$PORT$PROFILE_PATH" -o "$OUT/static/profile.html"
curl -sf "http://127.0.0.1:$PORT/static/sangam.css" -o "$OUT/static/sangam.css"
css=$(stat -c %s "$OUT/static/sangam.css")
for page in directory profile; do
  html=$(stat -c %s "$OUT/static/$page.html")
  grep -q "<script" "$OUT/static/$page.html" && { echo "FAIL: $page has a script"; exit 1; }
  echo "weight $page html_bytes=$html css_bytes=$css total_bytes=$((html + css)) under_30kb=$([ $((html + css)) -lt 30720 ] && echo yes || echo NO)"
done

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
  types { text/html html; text/css css; }
  client_body_temp_path $PWD/$OUT/tmp; proxy_temp_path $PWD/$OUT/tmp; fastcgi_temp_path $PWD/$OUT/tmp;
  uwsgi_temp_path $PWD/$OUT/tmp; scgi_temp_path $PWD/$OUT/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $PWD/$OUT/static; }
}
CONF
mkdir -p "$OUT/tmp"
nginx -c "$PWD/$OUT/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$NGINX_PORT/directory.html" >/dev/null && break; sleep 0.2; done

ms() {  # wrk latency value (us/ms/s) to milliseconds
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
  eval "RPS_$name=$rps; P99_$name=$p99"
}

echo "# wrk -t2 -c$CONNS -d$DURATION --latency; $(nproc) cores; $(date -u +%FT%TZ)"
measure sangam_directory "http://127.0.0.1:$PORT$DIR_PATH"
measure nginx_directory "http://127.0.0.1:$NGINX_PORT/directory.html"
measure sangam_profile "http://127.0.0.1:$PORT$PROFILE_PATH"
measure nginx_profile "http://127.0.0.1:$NGINX_PORT/profile.html"
rss=$(awk '/VmRSS/ { print $2 }' /proc/$SANGAM_PID/status)
hwm=$(awk '/VmHWM/ { print $2 }' /proc/$SANGAM_PID/status)
echo "sangam_memory rss_mib=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }') peak_rss_mib=$(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }')"

verdict() {
  awk -v s="$1" -v n="$2" -v p="$3" -v name="$4" 'BEGIN {
    r = s / n; ok = (r >= 0.5 && p < 10);
    printf "bar %s ratio_to_nginx=%.2f p99_ms=%s %s\n", name, r, p, ok ? "MET" : "NOT MET" }'
}
verdict "$RPS_sangam_directory" "$RPS_nginx_directory" "$P99_sangam_directory" directory
verdict "$RPS_sangam_profile" "$RPS_nginx_profile" "$P99_sangam_profile" profile
awk -v h="$hwm" 'BEGIN { printf "bar memory peak_rss_mib=%.1f %s\n", h / 1024, (h / 1024 < 60) ? "MET" : "NOT MET" }'
