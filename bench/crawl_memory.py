#!/usr/bin/env python3
"""The server's memory after crawling every page of the demo in every interface language.

    python3 bench/crawl_memory.py            # after `cargo build --release`

Starts target/release/sangam on a fresh SQLite data directory with the demo, follows every
link on the site (same host, GET, no exports) from the front page, once per language
(`?uselang=`), twice over, then a third pass with a random query string on every address
(each one a distinct cache key). Prints the resident memory before and after each pass and
the page cache's own figures (the X-Page-Cache header of /health). Knobs: PORT (8190),
PAGE_CACHE_MB (the server's default when unset), LIMIT (pages per language, 400).
"""

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

LANGS = ["en", "bn", "es", "hi", "id", "ja", "kk", "ru", "sd", "tg", "ur", "uz", "zh-Hans"]
PORT = int(os.environ.get("PORT", "8190"))
LIMIT = int(os.environ.get("LIMIT", "400"))
BASE = f"http://127.0.0.1:{PORT}"
SKIP = re.compile(r"\.(ics|wiki|csv|svg|xml|json|blt)(\?|$)|/api/|/signout|/feeds/")


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cache_figures():
    with urllib.request.urlopen(BASE + "/health") as r:
        return r.headers.get("x-page-cache", "")


def get(path):
    try:
        with urllib.request.urlopen(BASE + path, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""


def crawl(lang, salt=None):
    seen, queue, pages = set(), ["/"], 0
    while queue and pages < LIMIT:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        sep = "&" if "?" in path else "?"
        url = f"{path}{sep}uselang={lang}"
        if salt is not None:
            url += f"&x={salt}{random.randrange(10**9)}"
        status, body = get(url)
        pages += 1
        if status != 200:
            continue
        for href in re.findall(r'href="([^"#]+)"', body):
            href = href.replace("&amp;", "&")
            if href.startswith("/") and not href.startswith("//") and not SKIP.search(href):
                clean = re.sub(r"[?&]uselang=[^&]*", "", href)
                if clean not in seen:
                    queue.append(clean)
    return pages


def main():
    binary = "target/release/sangam"
    if not os.path.exists(binary):
        sys.exit("build first: cargo build --release")
    data = tempfile.mkdtemp(prefix="sangam-crawl-")
    env = dict(os.environ, SANGAM_LOG="warn")
    if "PAGE_CACHE_MB" in os.environ:
        env["SANGAM_PAGE_CACHE_MB"] = os.environ["PAGE_CACHE_MB"]
    server = subprocess.Popen(
        [binary, "serve", "--demo", "--listen", f"127.0.0.1:{PORT}", "--data", data],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                get("/health")
                break
            except OSError:
                time.sleep(0.1)
        print(f"# {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {len(LANGS)} languages")
        print(f"start rss_mib={rss_mib(server.pid):.1f} cache={cache_figures()!r}")
        for n, salt in [(1, None), (2, None), (3, "r")]:
            pages = sum(crawl(lang, salt) for lang in LANGS)
            kind = "random query strings" if salt else "plain"
            print(
                f"pass{n} ({kind}) pages={pages} rss_mib={rss_mib(server.pid):.1f} "
                f"cache={cache_figures()!r}"
            )
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
