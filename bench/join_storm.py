#!/usr/bin/env python3
"""Fire N join requests at one affiliate at the same moment, each from a different account.

usage: join_storm.py BASE_URL SLUG PASSWORD USERNAME...

Signs every account in first (POST /api/auth/token, one keep-alive connection), then opens
one connection per account, and only when all are open sends every
POST /api/affiliates/SLUG/members at once. Prints the status counts, the wall time from the
first request sent to the last response read, and joins per second. Standard library only.
"""
import asyncio
import http.client
import json
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

base, slug, password, users = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
host, port = urlsplit(base).hostname, urlsplit(base).port or 80


def tokens():
    conn = http.client.HTTPConnection(host, port)
    out = []
    for u in users:
        body = json.dumps({"username": u, "password": password})
        conn.request("POST", "/api/auth/token", body, {"Content-Type": "application/json"})
        r = conn.getresponse()
        data = r.read()
        if r.status != 201:
            sys.exit(f"sign-in of {u} failed: {r.status} {data[:200]!r}")
        out.append(json.loads(data)["token"])
    return out


async def storm(toks):
    conns = [await asyncio.open_connection(host, port) for _ in toks]
    go = asyncio.Event()

    async def one(conn, tok):
        reader, writer = conn
        await go.wait()
        writer.write(
            (
                f"POST /api/affiliates/{slug}/members HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: Bearer {tok}\r\nContent-Type: application/json\r\n"
                "Content-Length: 2\r\nConnection: close\r\n\r\n{}"
            ).encode()
        )
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        await reader.read()  # the body, up to the close
        writer.close()
        return status

    tasks = [asyncio.create_task(one(c, t)) for c, t in zip(conns, toks)]
    await asyncio.sleep(0.2)  # every task is parked at go.wait()
    started = time.perf_counter()
    go.set()
    statuses = await asyncio.gather(*tasks)
    return statuses, time.perf_counter() - started


toks = tokens()
statuses, secs = asyncio.run(storm(toks))
counts = Counter(statuses)
print(
    "joins requests=%d status=%s seconds=%.3f joins_per_s=%.0f"
    % (len(statuses), ",".join(f"{k}:{v}" for k, v in sorted(counts.items())), secs, len(statuses) / secs)
)
sys.exit(0 if counts == Counter({201: len(users)}) else 1)
