#!/usr/bin/env python3
"""Create N affiliates that owe reports, through the API (as a site admin): four in five
user groups with a first one-year agreement from 1 July 2014, one in five chapters
recognized in 2014. Standard library only, one keep-alive connection.

usage: gen_reporting.py BASE_URL N USERNAME PASSWORD
"""
import http.client
import json
import sys
from urllib.parse import urlsplit

base, n, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
u = urlsplit(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)


def call(method, path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, json.dumps(body), headers)
    r = conn.getresponse()
    data = r.read()
    if r.status >= 300:
        sys.exit(f"{method} {path}: {r.status} {data[:300]!r}")
    return json.loads(data or b"null")


token = call("POST", "/api/auth/token", {"username": user, "password": password})["token"]
for i in range(n):
    body = {"slug": "rep-%05d" % i, "lang": "en", "name": "Reporting affiliate %d" % i,
            "status": "active", "country": "BD", "regions": ["BD"]}
    if i % 5 == 4:
        body.update(kind="chapter", recognized="2014")
    else:
        body.update(kind="user_group", agreement_start="2014-07-01", agreement_end="2015-06-30")
    call("POST", "/api/affiliates", body, token)
print(n, "affiliates created", file=sys.stderr)
