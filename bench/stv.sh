#!/usr/bin/env bash
# Meek STV counts (issue 7): `sangam tally` beside the stv-rs command-line tool on the same
# BLT files, in one run.
#
#   bash bench/stv.sh
#
# Files: the largest SecurePoll reference fixture (fixtures/stv, 5,200 ballots, 20
# candidates, 2 seats) and one of 100,000 ranked ballots over 30 candidates for 7 seats
# (bench/gen_ballots.py, seeded: the same file every run), each also written in the dialect
# stv-rs reads (candidates by nickname, bench/gen_ballots.py stv-rs). stv-rs is installed from crates.io
# into bench/out/stv-rs (not part of Sangam) and counts with its fixed9 arithmetic, the one
# closest to ours (fixed point, 9 places; ours has 10). Each count is timed by hyperfine
# (whole process: reading the file, counting, printing), and the winners compared.
# Knobs: STV_RS_VERSION (0.5.0), RUNS (10).
set -euo pipefail
cd "$(dirname "$0")/.."
STV_RS_VERSION=${STV_RS_VERSION:-0.5.0}
RUNS=${RUNS:-10}
OUT=bench/out/stv
mkdir -p "$OUT"
log() { echo "# $*" >&2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

log "building the release binary"
cargo build --release -q --bin sangam
SANGAM=$PWD/target/release/sangam
STV_RS=$PWD/bench/out/stv-rs/bin/stv-rs
if [ ! -x "$STV_RS" ]; then
  log "installing stv-rs $STV_RS_VERSION from crates.io (once)"
  cargo install -q --locked --version "$STV_RS_VERSION" --root bench/out/stv-rs stv-rs
fi
echo "# $(nproc) cores; $(date -u +%FT%TZ); stv-rs $("$STV_RS" --version 2>/dev/null || echo "$STV_RS_VERSION")"

python3 bench/gen_ballots.py fixture fixtures/stv/20_2_5200_1308507669.blt.json > "$OUT/reference.blt"
python3 bench/gen_ballots.py random 100000 30 7 2026 > "$OUT/100k.blt"
# stv-rs reads its own dialect of BLT (candidates by nickname); the same ballots.
for f in reference 100k; do python3 bench/gen_ballots.py stv-rs "$OUT/$f.blt" > "$OUT/$f.stvrs.blt"; done

# The winners each tool reports, as sorted names.
sangam_winners() { "$SANGAM" tally "$1" --json | python3 -c 'import json,sys; print(sorted(json.load(sys.stdin)["elected"]))'; }
stv_rs_winners() {
  "$STV_RS" --arithmetic fixed9 --input "$1" meek --parallel=no 2>/dev/null \
    | python3 -c '
import re, sys
text = sys.stdin.read().split("Action: Count Complete")[-1]
print(sorted(re.findall(r"^\s*Elected:\s+(.+?) \(", text, re.M)))'
}

for f in reference 100k; do
  blt=$OUT/$f.blt
  log "$f: $(head -1 "$blt") (candidates seats), $(($(wc -l < "$blt") - $(head -1 "$blt" | cut -d" " -f1) - 3)) ballot lines"
  "$SANGAM" tally "$blt" > "$OUT/$f.sangam.txt"
  "$STV_RS" --arithmetic fixed9 --input "$OUT/$f.stvrs.blt" meek --parallel=no > "$OUT/$f.stv-rs.txt" 2>&1
  ours=$(sangam_winners "$blt")
  theirs=$(stv_rs_winners "$OUT/$f.stvrs.blt")
  echo "winners $f sangam=$ours"
  echo "winners $f stv-rs=$theirs"
  [ "$ours" = "$theirs" ] && echo "winners $f SAME" || echo "winners $f DIFFER"
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/$f.json" \
    -n "sangam tally $f" "$SANGAM tally $blt" \
    -n "stv-rs $f" "$STV_RS --arithmetic fixed9 --input $OUT/$f.stvrs.blt meek --parallel=no" >&2
  python3 - "$OUT/$f.json" "$f" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
f = sys.argv[2]
ours, theirs = r[f"sangam tally {f}"]["mean"], r[f"stv-rs {f}"]["mean"]
print(f"time {f} sangam={ours:.3f}s stv-rs={theirs:.3f}s ratio={ours / theirs:.2f}")
if f == "100k":
    print(f"bar meek-100k sangam={ours:.3f}s {'MET' if ours < 1 else 'NOT MET'} (< 1 s)")
print(f"bar as-fast-as-stv-rs {f} {'MET' if ours <= theirs else 'NOT MET'}")
PY
done

# Every reference fixture: SecurePoll's winners (from the fixture), ours, stv-rs's.
python3 bench/stv_fixtures.py "$SANGAM" "$STV_RS"
