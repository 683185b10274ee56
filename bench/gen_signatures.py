#!/usr/bin/env python3
"""Write a signature list of about SIZE bytes mixing every form the importer reads.

usage: gen_signatures.py FILE [SIZE_BYTES]
       gen_signatures.py FILE --entries N     (exactly N lines)
Rendered and wikitext signatures, talk-link variants, prefixes, wrapped times, reply links,
names in Latin, Cyrillic, Bengali, Devanagari and Arabic script, English, Bengali and Hindi
dates. Every line is readable and every name is distinct.
"""
import random
import sys

path, size, entries = sys.argv[1], 10_000_000, None
if len(sys.argv) > 3 and sys.argv[2] == "--entries":
    size, entries = float("inf"), int(sys.argv[3])
elif len(sys.argv) > 2:
    size = int(sys.argv[2])
rng = random.Random(7)
stems = ["Aishik", "Искандар", "কন্হাই", "अनुराग", "علی", "Daniel", "Нурмуҳаммад", "Farhan", "মাহমুদ", "सुमन"]
en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
bn = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
hi = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
bn_digits = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def when():
    y, m, d, h, mi = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    style = rng.randint(0, 5)
    if style == 0:
        return ("%02d:%02d, %d %s %d (ইউটিসি)" % (h, mi, d, bn[m - 1], y)).translate(bn_digits)
    if style == 1:
        return "%02d:%02d, %d %s %d (UTC)" % (h, mi, d, hi[m - 1], y)
    return "%02d:%02d, %d %s %d (UTC)" % (h, mi, d, en[m - 1], y)


forms = [
    lambda n, t: "%s (talk) %s[reply]" % (n, t),
    lambda n, t: "%s (talk · contribs) %s" % (n, t),
    lambda n, t: "%s  «Talk» %s" % (n, t),
    lambda n, t: "--%s (talk) %s Reply[reply]" % (n, t),
    lambda n, t: "~~ %s (talkcontribs.) %s" % (n, t),
    lambda n, t: "%s (-- %s)Reply[reply]" % (n, t),
    lambda n, t: "[[User:%s|%s]] ([[User talk:%s|talk]]) %s" % (n, n, n, t),
]
written, i = 0, 0
with open(path, "w", encoding="utf-8") as f:
    while written < size and (entries is None or i < entries):
        name = "%s %d" % (stems[i % len(stems)], i)
        line = "  %d. %s\n" % (i + 1, forms[i % len(forms)](name, when()))
        f.write(line)
        written += len(line.encode("utf-8"))
        i += 1
print(i, "lines,", written, "bytes")
