#!/usr/bin/env python3
"""Generate the country shapes Sangam draws its server-side SVG maps from.

Source: world-atlas 2.0.2 (npm; Natural Earth 1:50m admin-0 countries, public domain; ISC-licensed packaging).
Run from the repository root:
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && pip install pycountry
    python3 tools/gen_map_data.py package/countries-50m.json
Writes crates/web/data/world.txt, one country per line:
    CODE <TAB> min_x min_y max_x max_y <TAB> SVG path data
in Equal Earth projection, scaled to a 1000-unit-wide world, y pointing down, one decimal.
"""
import json
import math
import sys
import os
import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
XMAX = 2 * math.sqrt(3) * math.pi / (3 * A1)
SCALE = 1000 / (2 * XMAX)


def project(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(M * math.sin(phi))
    t2, t6 = t * t, t ** 6
    x = 2 * math.sqrt(3) * lam * math.cos(t) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    y = A4 * t6 * t2 * t + A3 * t6 * t + A2 * t2 * t + A1 * t
    return (x + XMAX) * SCALE, (1.3173627 - y) * SCALE


def simplify(points, tol):
    """Douglas-Peucker."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1e-12
        best, idx = -1, None
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if (dx or dy) else math.hypot(px - ax, py - ay)
            if d > best:
                best, idx = d, i
        if idx is not None and best > tol:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def main(path):
    topo = json.load(open(path))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append(project(x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        out = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    lines = []
    for g in topo["objects"]["countries"]["geometries"]:
        gid = g.get("id")
        country = pycountry.countries.get(numeric=gid) if gid else None
        if country is None:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(r) for poly in polys for r in poly]
        rings = [simplify(r, 0.25) if len(simplify(r, 0.25)) >= 4 else r for r in rings]
        largest = max(area(r) for r in rings)
        rings = [r for r in rings if area(r) >= min(0.1, largest) and len(r) >= 3]
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        parts = []
        for r in rings:
            pts = [(round(x * 10), round(y * 10)) for x, y in r]
            dedup = [pts[0]] + [p for a, p in zip(pts, pts[1:]) if p != a]
            if dedup[-1] == dedup[0]:
                dedup.pop()
            if len(dedup) < 3:
                continue
            s = "M%s %s" % (dedup[0][0] / 10, dedup[0][1] / 10)
            rel = []
            for (x0, y0), (x1, y1) in zip(dedup, dedup[1:]):
                rel.append("%s %s" % ((x1 - x0) / 10, (y1 - y0) / 10))
            parts.append(s + "l" + " ".join(rel) + "z")
        d = "".join(parts).replace(".0 ", " ").replace(".0l", "l").replace(".0z", "z")
        lines.append("%s\t%.1f %.1f %.1f %.1f\t%s" % (country.alpha_2, min(xs), min(ys), max(xs), max(ys), d))
    lines.sort()
    with open(os.path.join(ROOT, "crates/web/data/world.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "countries")


main(sys.argv[1])
