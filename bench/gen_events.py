#!/usr/bin/env python3
"""Create N events through the API, spread over the hub's member affiliates and 2027-2030.

usage: gen_events.py BASE_URL N USERNAME PASSWORD SLUG...
"""
import http.client
import json
import random
import sys
from urllib.parse import urlsplit

base, n, user, password, slugs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
u = urlsplit(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)
conn.request("POST", "/api/auth/token", json.dumps({"username": user, "password": password}),
             {"Content-Type": "application/json"})
r = conn.getresponse()
token = json.loads(r.read())["token"]
rng = random.Random(11)
kinds = ["edit-a-thon", "workshop", "training", "photowalk", "upload-a-thon", "meetup", "contest"]
zones = ["Asia/Dhaka", "Asia/Karachi", "Asia/Dushanbe", "Asia/Kolkata"]
titles = ["Wiki Loves Folklore", "Feminism and Folklore edit-a-thon", "উইকিপিডিয়া কর্মশালা",
          "Семинари Википедия", "ویکی پیڈیا تربیت", "विकिपीडिया संपादन कार्यशाला", "#1Lib1Ref"]
for i in range(n):
    y, m, d = rng.randint(2027, 2030), rng.randint(1, 12), rng.randint(1, 28)
    event = {
        "affiliates": [slugs[i % len(slugs)]],
        "title": "%s %d" % (titles[i % len(titles)], i),
        "kind": kinds[i % len(kinds)],
        "mode": "online",
        "time_zone": zones[i % len(zones)],
        "start_date": "%04d-%02d-%02d" % (y, m, d),
    }
    if i % 3 == 0:
        event.update(all_day=True, end_date="%04d-%02d-%02d" % (y, m, min(d + 2, 28)))
    else:
        event.update(start_time="10:00", end_time="16:30")
    conn.request("POST", "/api/events", json.dumps(event),
                 {"Content-Type": "application/json", "Authorization": "Bearer " + token})
    r = conn.getresponse()
    body = r.read()
    if r.status != 201:
        sys.exit(f"event {i}: {r.status} {body[:300]!r}")
print(n, "events created", file=sys.stderr)
