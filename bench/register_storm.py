#!/usr/bin/env python3
"""CLIENTS keep-alive connections register PEOPLE accounts for one event, all at once.

usage: register_storm.py BASE_URL EVENT_ID CLIENTS PASSWORD USERNAME...

Signs every account in first (POST /api/auth/token). Then CLIENTS connections each send
their share of POST /api/events/EVENT_ID/registrations one after another, all connections
starting together. Prints the status counts, seats and waitlist places handed out, the wall
time from the first request to the last response, and registrations per second.
Standard library only.
"""
import asyncio
import http.client
import json
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

base, event, clients, password, users = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
host, port = urlsplit(base).hostname, urlsplit(base).port or 80


def tokens():
    conn = http.client.HTTPConnection(host, port)
    out = []
    for u in users:
        conn.request("POST", "/api/auth/token", json.dumps({"username": u, "password": password}),
                     {"Content-Type": "application/json"})
        r = conn.getresponse()
        data = r.read()
        if r.status != 201:
            sys.exit(f"sign-in of {u} failed: {r.status} {data[:200]!r}")
        out.append(json.loads(data)["token"])
    return out


async def storm(toks):
    shares = [toks[i::clients] for i in range(clients)]
    conns = [await asyncio.open_connection(host, port) for _ in shares]
    go = asyncio.Event()
    body = b'{"answers": []}'

    async def worker(conn, share):
        reader, writer = conn
        await go.wait()
        out = []
        for tok in share:
            writer.write(
                (f"POST /api/events/{event}/registrations HTTP/1.1\r\nHost: {host}\r\n"
                 f"Authorization: Bearer {tok}\r\nContent-Type: application/json\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n").encode() + body)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            data = await reader.readexactly(length)
            seat = json.loads(data).get("seat") if status == 201 else None
            out.append((status, seat))
        writer.close()
        return out

    tasks = [asyncio.create_task(worker(c, s)) for c, s in zip(conns, shares)]
    await asyncio.sleep(0.2)
    started = time.perf_counter()
    go.set()
    results = [r for rs in await asyncio.gather(*tasks) for r in rs]
    return results, time.perf_counter() - started


toks = tokens()
results, secs = asyncio.run(storm(toks))
statuses = Counter(s for s, _ in results)
seats = Counter(seat for _, seat in results if seat)
print("registrations requests=%d clients=%d status=%s registered=%d waitlisted=%d seconds=%.3f per_s=%.0f" % (
    len(results), clients, ",".join(f"{k}:{v}" for k, v in sorted(statuses.items())),
    seats["registered"], seats["waitlisted"], secs, len(results) / secs))
sys.exit(0 if statuses == Counter({201: len(users)}) else 1)
