#!/usr/bin/env python3
"""Prints the crate's module graph's cycles (none expected): an edge a -> b for every
`crate::b` / `super::b` path in a's code outside its tests. Exit 1 on a cycle. Run by `make lint`."""
import pathlib, re, sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"

def module(path):
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return "::".join(parts)

mods = {module(p): p for p in SRC.rglob("*.rs") if "bin" not in p.parts}
edges = {m: set() for m in mods}
for m, path in mods.items():
    code = path.read_text().split("#[cfg(test)]")[0]
    here = m.split("::") if m else []
    # `crate::a::b::c`, `super::a::{b, c::d}`: one level of braces expanded into paths.
    for kind, prefix, items in re.findall(r"\b(crate|super)::((?:\w+::)*)(\{[^}]*\}|\w+)", code):
        base = ([] if kind == "crate" else here[:-1]) + prefix.split("::")[:-1]
        for item in re.findall(r"[\w:]+", items):
            segments = base + item.split("::")
            # The deepest module the path names.
            target = next(("::".join(segments[:n]) for n in range(len(segments), 0, -1) if "::".join(segments[:n]) in mods), None)
            if target and target != m and not m.startswith(target + "::"):
                edges[m].add(target)


def cycle_from(start):
    stack, seen = [(start, [start])], set()
    while stack:
        node, path = stack.pop()
        for nxt in edges[node]:
            if nxt == start:
                return path + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None

cycles = {tuple(c) for m in mods if (c := cycle_from(m))}
for c in sorted(cycles):
    print("cycle:", " -> ".join(c))
print(f"module graph: {len(mods)} modules, {sum(map(len, edges.values()))} edges, {len(cycles)} cycles")
sys.exit(1 if cycles else 0)
