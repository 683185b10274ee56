#!/usr/bin/env python3
"""Writes BLT ballot files for bench/stv.sh.

  gen_ballots.py random BALLOTS CANDIDATES SEATS SEED > file.blt
      BALLOTS ranked ballots over CANDIDATES candidates (uneven popularity, 1 to 12
      preferences each), drawn from a seeded generator: the same file every time.
  gen_ballots.py fixture FILE.json > file.blt
      a SecurePoll reference fixture (fixtures/stv) as a BLT file, one line per ballot kind.
  gen_ballots.py stv-rs FILE.blt > file.stvrs.blt
      the same ballots in the dialect stv-rs reads: a `[nick a b c ...]` line after the
      header and ballots that name candidates by those nicknames.
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


def nick(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(ord("a") + r) + s
    return s


def stv_rs_blt(path):
    lines = open(path).read().splitlines()
    n, seats = map(int, lines[0].split())
    out = [lines[0], "[nick " + " ".join(nick(i) for i in range(n)) + "]"]
    rest = iter(lines[1:])
    for line in rest:
        if line == "0":
            out.append("0")
            break
        weight, *prefs = line.split()
        out.append(weight + " " + " ".join(nick(int(p) - 1) for p in prefs[:-1]) + " 0")
    out += list(rest)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[1] == "random":
        b, c, s, seed = map(int, sys.argv[2:6])
        sys.stdout.write(random_blt(b, c, s, seed))
    elif sys.argv[1] == "stv-rs":
        sys.stdout.write(stv_rs_blt(sys.argv[2]))
    else:
        sys.stdout.write(fixture_blt(sys.argv[2]))
