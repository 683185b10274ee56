#!/usr/bin/env python3
"""Load N generated affiliates into a running Sangam through its API (as a site admin).

usage: gen_affiliates.py BASE_URL N USERNAME PASSWORD
The affiliates vary like real ones: names in Latin, Cyrillic, Bengali, Devanagari and Arabic
script, several countries served, official languages, a mission of a few paragraphs, goal
sections and a translated name. Standard library only.
"""
import json
import random
import sys
import urllib.request

base, count, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(42)


def call(method, path, body, token=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as res:
        return json.loads(res.read() or b"null")


token = call("POST", "/api/auth/token", {"username": user, "password": password})["token"]
countries = ["BD", "IN", "PK", "NP", "LK", "TJ", "UZ", "KZ", "KG", "AF", "ID", "MY", "PH", "TH", "VN",
             "JP", "KR", "CN", "MN", "AU", "NZ", "FJ", "ES", "MX", "AR", "NG", "KE", "GH", "EG", "TR"]
languages = ["en", "bn", "hi", "ur", "sd", "tg", "ru", "kk", "uz", "ja", "zh-Hans", "es", "id", "ne", "si",
             "ta", "te", "ml", "pa", "ps", "fa", "ky", "mn", "th", "vi", "ms", "tl", "ko", "sw", "ha"]
stems = [("Wikimedians of", "en"), ("Викимедийцы", "ru"), ("উইকিমিডিয়ান", "bn"), ("विकिमीडियन", "hi"),
         ("ویکیمیڈینز", "ur"), ("Wikimedistas de", "es"), ("Wikimedian", "id"), ("Викимедиачиёни", "tg")]
places = ["Dhaka", "Karachi", "Dushanbe", "Almaty", "Tashkent", "Kathmandu", "Colombo", "Jakarta", "Manila",
          "Hanoi", "Osaka", "Ulaanbaatar", "Suva", "Sevilla", "Lagos", "Nairobi", "Accra", "Cairo", "Izmir", "Lahore"]
paragraph = ("We organise edit-a-thons, photowalks and trainings so that more people can write about "
             "their languages, cultures and places on Wikipedia, Wikimedia Commons and Wikidata. ")
for i in range(count):
    stem, lang = stems[i % len(stems)]
    place = places[i % len(places)]
    served = rng.sample(countries, rng.randint(1, 6))
    body = {
        "slug": "bench-%03d" % i,
        "kind": rng.choice(["user_group", "user_group", "user_group", "chapter", "thematic_organization"]),
        "lang": lang,
        "name": "%s %s %d" % (stem, place, i),
        "motto": "Free knowledge for %s" % place,
        "mission": (paragraph * 3 + "\n\n") * 2 + "* Edit-a-thons\n* Photowalks\n* Trainings",
        "goals": [{"heading": "Goal %d" % g, "body": paragraph * 2} for g in range(rng.randint(1, 4))],
        "country": served[0],
        "regions": served,
        "languages": rng.sample(languages, rng.randint(1, 3)),
        "founded": "%d" % rng.randint(2005, 2024),
        "email": "contact%d@example.org" % i,
        "website": "https://example.org/affiliate/%d" % i,
        "board": ["Bench Person %d" % i, "Второй Участник %d" % i],
        "status": rng.choice(["active", "active", "active", "recognized", "past_due", "expired"]),
    }
    call("POST", "/api/affiliates", body, token)
    call("PATCH", "/api/affiliates/" + body["slug"], {"lang": "en" if lang != "en" else "bn",
                                                        "name": "Translated name %d" % i}, token)
print("loaded %d affiliates" % count)
