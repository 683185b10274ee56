#!/usr/bin/env python3
"""The web layer's file-level import graph: which file of crates/web/src uses which, and
any cycle among them. A file uses another when it names one of its paths (`crate::a::b`,
`super::x`, `use super::{x, ...}`) or declares it (`mod x;`). Prints the cycles (none is the
goal) and the edges between the pages and the API, then exits 1 if there is any.

    python3 tools/web_imports.py [crates/web/src]
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "crates", "web", "src")
root = os.path.normpath(root)

files = {}
for dirpath, _, names in os.walk(root):
    for n in names:
        if n.endswith(".rs"):
            path = os.path.join(dirpath, n)
            files[os.path.relpath(path, root)] = open(path, encoding="utf-8").read()


def module_of(rel):
    """The module path of a file: 'pages/mod.rs' -> ['pages'], 'lib.rs' -> []."""
    parts = rel[:-3].split(os.sep)
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return parts


def file_of(mod):
    """The file that defines a module path, if any (longest prefix that is a file)."""
    for i in range(len(mod), -1, -1):
        prefix = mod[:i]
        for cand in (os.path.join(*prefix) + ".rs" if prefix else "lib.rs",
                     os.path.join(*(prefix + ["mod.rs"])) if prefix else "lib.rs"):
            if cand in files:
                return cand
    return None


def strip_comments(src):
    src = re.sub(r"//[^\n]*", "", src)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', src)


edges = {f: set() for f in files}
for rel, src in files.items():
    here = module_of(rel)
    code = strip_comments(src)
    # the parent of this file's module, for `super::`
    parent = here[:-1]
    targets = []
    for m in re.finditer(r"\bcrate::((?:\w+::)*\w+)", code):
        targets.append(m.group(1).split("::"))
    for m in re.finditer(r"\bsuper::((?:\w+::)*\w+)", code):
        targets.append(parent + m.group(1).split("::"))
    for m in re.finditer(r"\buse\s+super::\{([^}]*)\}", code, re.S):
        for item in m.group(1).split(","):
            item = item.strip().split(" as ")[0].strip()
            if item:
                targets.append(parent + item.split("::"))
    for m in re.finditer(r"^\s*(?:pub(?:\([\w:]+\))?\s+)?mod\s+(\w+)\s*;", code, re.M):
        targets.append(here + [m.group(1)])
    for t in targets:
        f = file_of(t)
        if f and f != rel:
            edges[rel].add(f)

# Tarjan's strongly connected components.
index, low, on, stack, sccs, counter = {}, {}, set(), [], [], [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in sorted(edges[v]):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            sccs.append(sorted(comp))


sys.setrecursionlimit(10000)
for v in sorted(files):
    if v not in index:
        visit(v)

crossing = [(a, b) for a in sorted(edges) for b in sorted(edges[a])
            if (a.startswith("pages") and b.startswith("api")) or (a.startswith("api") and b.startswith("pages"))]
print(f"{len(files)} files, {sum(len(e) for e in edges.values())} imports between them")
print(f"pages <-> api imports: {len(crossing)}")
for a, b in crossing:
    print(f"  {a} -> {b}")
print(f"import cycles: {len(sccs)}")
for c in sccs:
    print("  " + " <-> ".join(c))
sys.exit(1 if sccs or crossing else 0)
