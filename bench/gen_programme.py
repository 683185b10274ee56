#!/usr/bin/env python3
"""A conference with an open call and TALKS accepted sessions placed in 4 rooms over 3 days,
made through the API by an organizer. Prints the event's id.

usage: gen_programme.py BASE_URL TALKS ORGANIZER PASSWORD
"""
import json
import sys
import urllib.request
from datetime import datetime, timedelta, timezone

base, talks, who, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req) as r:
        data = r.read()
        return json.loads(data) if data else None


token = call("POST", "/api/auth/token", {"username": who, "password": password})["token"]
event = call("POST", "/api/events", {
    "affiliates": ["asia-pacific-hub"], "title": "BenchCon", "kind": "conference", "mode": "in-person",
    "time_zone": "Asia/Kolkata", "all_day": True, "start_date": "2031-02-19", "end_date": "2031-02-21",
    "venue": "Bench Hall"}, token)["id"]
now = datetime.now(timezone.utc)
call("PUT", f"/api/events/{event}/cfp", {
    "opens": (now - timedelta(days=1)).isoformat(timespec="seconds"),
    "closes": (now + timedelta(days=365)).isoformat(timespec="seconds"),
    "session_types": [{"key": "presentation", "name": "Presentation", "minutes": 30}],
    "languages": ["en", "hi", "bn"], "interpretation": True}, token)
for n in ["Hall A", "Hall B", "Room 3", "Room 4"]:
    rooms = [r["id"] for r in call("POST", f"/api/events/{event}/rooms", {"name": n}, token)]
call("PUT", f"/api/events/{event}/slots", {"slots": [
    {"start": f"2031-02-{d}T09:00", "end": f"2031-02-{d}T19:00"} for d in (19, 20, 21)]}, token)
for i in range(talks):
    p = call("POST", f"/api/events/{event}/proposals", {
        "presenters": [{"guest": f"Speaker {i}"}], "title": f"Talk number {i}", "lang": "en",
        "session_type": "presentation", "affiliation": "Bench", "plan": "What the talk covers, in a paragraph. " * 4,
        "benefit": "Why it matters."}, token)["id"]
    call("PUT", f"/api/proposals/{p}/decision", {"decision": "accepted"}, token)
    day, k = 19 + i // 36, i % 36
    start = datetime(2031, 2, day, 9, 0) + timedelta(minutes=30 * (k // 4))
    call("PUT", f"/api/proposals/{p}/placement", {"room": rooms[k % 4], "start": start.strftime("%Y-%m-%dT%H:%M")}, token)
print(event)
