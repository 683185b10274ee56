#!/usr/bin/env python3
"""CLIENTS signed-in proposers send proposals through the form, all at once.

usage: proposal_storm.py BASE_URL EVENT_ID CLIENTS PER_CLIENT PASSWORD USERNAME...

Each of CLIENTS people signs in through the sign-in form first (not timed). Then each, on
its own keep-alive connection, runs PER_CLIENT times the whole flow a browser runs: GET the
proposal form, take its CSRF token, POST the proposal (answered 303 to the new proposal's
page). Prints the flows that succeeded and failed, the wall time and flows per second.
Standard library only.
"""
import asyncio
import http.client
import re
import sys
import time
from collections import Counter
from urllib.parse import urlencode, urlsplit

base, event, clients, per_client, password = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
users = sys.argv[6:6 + clients]
host, port = urlsplit(base).hostname, urlsplit(base).port or 80
CSRF = re.compile(rb'name="csrf" value="([^"]+)"')


def cookies_of(resp, jar):
    for k, v in resp.getheaders():
        if k.lower() == "set-cookie":
            name, _, rest = v.partition("=")
            jar[name] = rest.split(";", 1)[0]


def sign_in(user):
    conn = http.client.HTTPConnection(host, port)
    jar = {}
    conn.request("GET", "/signin")
    r = conn.getresponse()
    body = r.read()
    cookies_of(r, jar)
    token = CSRF.search(body).group(1).decode()
    form = urlencode({"csrf": token, "username": user, "password": password})
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    conn.request("POST", "/signin", form, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    r = conn.getresponse()
    r.read()
    if r.status != 303:
        sys.exit(f"sign-in of {user} failed: {r.status}")
    cookies_of(r, jar)
    return "; ".join(f"{k}={v}" for k, v in jar.items())


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length) if length else b""
    return status, body


async def storm(cookies):
    conns = [await asyncio.open_connection(host, port) for _ in cookies]
    go = asyncio.Event()
    results = Counter()

    async def worker(i, conn, cookie):
        reader, writer = conn
        await go.wait()
        for n in range(per_client):
            writer.write((f"GET /events/{event}/proposals/new HTTP/1.1\r\nHost: {host}\r\n"
                          f"Cookie: {cookie}\r\n\r\n").encode())
            await writer.drain()
            status, body = await read_response(reader)
            m = CSRF.search(body)
            if status != 200 or not m:
                results[f"form:{status}"] += 1
                continue
            form = urlencode({
                "csrf": m.group(1).decode(), "presenters": users[i], "guests": "",
                "contact_email": "", "affiliation": "Bench User Group",
                "title": f"Session {i}-{n}", "lang": "en", "language_note": "",
                "session_type": "presentation", "minutes": "", "track": "",
                "plan": "A plan in a few words.", "support": "", "benefit": "It helps.",
            }).encode()
            writer.write((f"POST /events/{event}/proposals/new HTTP/1.1\r\nHost: {host}\r\n"
                          f"Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                          f"Content-Length: {len(form)}\r\n\r\n").encode() + form)
            await writer.drain()
            status, _ = await read_response(reader)
            results["ok" if status == 303 else f"post:{status}"] += 1

    tasks = [asyncio.create_task(worker(i, c, k)) for i, (c, k) in enumerate(zip(conns, cookies))]
    start = time.perf_counter()
    go.set()
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - start
    return results, wall


cookies = [sign_in(u) for u in users]
results, wall = asyncio.run(storm(cookies))
ok = results.pop("ok", 0)
failed = sum(results.values())
print(f"submit_flow conc={clients} ok={ok} failed={failed} failures={dict(results)} wall_s={wall:.3f} "
      f"flows_per_s={ok / wall:.0f}")
