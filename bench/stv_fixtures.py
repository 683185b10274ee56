#!/usr/bin/env python3
"""Winners of every SecurePoll reference fixture (fixtures/stv) by SecurePoll (from the
fixture), by `sangam tally`, and by stv-rs (fixed9 arithmetic), side by side.

  stv_fixtures.py SANGAM STV_RS
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from gen_ballots import fixture_blt, stv_rs_blt  # noqa: E402

sangam, stv_rs = sys.argv[1], sys.argv[2]
rows = []
for path in sorted(glob.glob("fixtures/stv/*.json")):
    name = os.path.basename(path).removesuffix(".json").removesuffix(".blt")
    election, count = json.load(open(path))
    ids = sorted(election["candidates"], key=int)
    label = {cid: election["candidates"][cid].strip('"') for cid in ids}
    securepoll = sorted(label[str(c)] for c in (count["elected"].values() if isinstance(count["elected"], dict) else count["elected"]))
    with tempfile.TemporaryDirectory() as d:
        blt = os.path.join(d, "f.blt")
        open(blt, "w").write(fixture_blt(path))
        ours = json.loads(subprocess.run([sangam, "tally", blt, "--json"], capture_output=True, text=True, check=True).stdout)
        ours = sorted(ours["elected"])
        nick = os.path.join(d, "f.stvrs.blt")
        open(nick, "w").write(stv_rs_blt(blt))
        out = subprocess.run([stv_rs, "--arithmetic", "fixed9", "--input", nick, "meek", "--parallel=no"],
                             capture_output=True, text=True)
        text = out.stdout.split("Action: Count Complete")[-1]
        import re
        theirs = sorted(re.findall(r"^\s*Elected:\s+(.+?) \(", text, re.M)) if out.returncode == 0 else ["(failed)"]
    rows.append((name, len(ids), election["seats"], securepoll, ours, theirs))

same_sp = sum(1 for r in rows if r[3] == r[4])
same_rs = sum(1 for r in rows if r[4] == r[5])
rs_sp = sum(1 for r in rows if r[3] == r[5])
for name, n, seats, sp, ours, theirs in rows:
    flags = ("" if sp == ours else " sangam≠securepoll") + ("" if ours == theirs else " sangam≠stv-rs") + ("" if sp == theirs else " stv-rs≠securepoll")
    print(f"fixture {name} {n}c/{seats}s securepoll={sp} sangam={ours} stv-rs={theirs}{flags}")
print(f"fixtures {len(rows)}: sangam=securepoll {same_sp}, sangam=stv-rs {same_rs}, stv-rs=securepoll {rs_sp}")
