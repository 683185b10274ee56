#!/usr/bin/env python3
"""Writes BLT ballot files for bench/stv.sh.

  gen_ballots.py random BALLOTS CANDIDATES SEATS SEED > file.blt
      BALLOTS ranked ballots over CANDIDATES candidates (uneven popularity, 1 to 12
      preferences each), drawn from a seeded generator: the same file every time.
  gen_ballots.py fixture FILE.json > file.blt
      a SecurePoll reference fixture (fixtures/stv) as a BLT file, one line per ballot kind.
"""
import json
import random
import sys


def random_blt(ballots, candidates, seats, seed):
    rng = random.Random(seed)
    # Uneven popularity: a few strong candidates, a long tail.
    weights = [1.0 / (i + 1) ** 0.7 for i in range(candidates)]
    out = [f"{candidates} {seats}"]
    for _ in range(ballots):
        length = min(candidates, rng.choice([1, 2, 3, 3, 4, 5, 6, 8, 10, 12]))
        pool = list(range(candidates))
        w = weights[:]
        ranking = []
        for _ in range(length):
            c = rng.choices(range(len(pool)), weights=w)[0]
            ranking.append(pool.pop(c) + 1)
            w.pop(c)
        out.append("1 " + " ".join(map(str, ranking)) + " 0")
    out.append("0")
    out += [f'"Candidate {i + 1}"' for i in range(candidates)]
    out.append(f'"Bench {ballots} ballots"')
    return "\n".join(out) + "\n"


def fixture_blt(path):
    election, _ = json.load(open(path))
    ids = sorted(election["candidates"], key=int)
    number = {cid: i + 1 for i, cid in enumerate(ids)}
    out = [f"{len(ids)} {election['seats']}"]
    for vote in election["rankedVotes"].values():
        ranks = sorted(vote["rank"].items(), key=lambda kv: int(kv[0]))
        prefs = " ".join(str(number[str(c)]) for _, c in ranks)
        out.append(f"{vote['count']} {prefs} 0")
    out.append("0")
    out += ['"' + election["candidates"][cid].strip('"') + '"' for cid in ids]
    out.append('"' + path.rsplit("/", 1)[-1] + '"')
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[1] == "random":
        b, c, s, seed = map(int, sys.argv[2:6])
        sys.stdout.write(random_blt(b, c, s, seed))
    else:
        sys.stdout.write(fixture_blt(sys.argv[2]))
