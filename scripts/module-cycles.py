#!/usr/bin/env python3
"""Prints the crate's module graph's cycles (none expected): an edge a -> b for every path in a's
code outside its tests that names b: `crate::b`, `super::b`, `self::b`, or a child module's name
(`b::item`, `use b::{..}`), to a parent as to any other module (a child that uses its parent's
item while the parent uses the child's is a cycle). Exit 1 on a cycle. Run by `make lint`."""
import pathlib, re, sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"

def module(path):
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return "::".join(parts)

# A file another includes (`include!("x.rs")`) is that module's text, not a module.
included = {p.parent / f for p in SRC.rglob("*.rs") for f in re.findall(r'include!\("([^"]+\.rs)"\)', p.read_text())}
mods = {module(p): p for p in SRC.rglob("*.rs") if "bin" not in p.parts and p not in included}
edges = {m: set() for m in mods}
for m, path in mods.items():
    code = path.read_text().split("#[cfg(test)]")[0]
    here = m.split("::") if m else []
    # `crate::a::b::c`, `super::a::{b, c::d}`: one level of braces expanded into paths.
    children = {c for c in mods if c.rsplit("::", 1)[0] == m and c != m} if m else {c for c in mods if c and "::" not in c}
    child_names = "|".join(sorted(c.rsplit("::", 1)[-1] for c in children)) or "(?!)"
    path = r"((?:\w+::)*)(\{[^}]*\}|\w+)"
    found = re.findall(r"(?<![\w:])(crate|super|self|" + child_names + r")::" + path, code)
    for kind, prefix, items in found:
        base = {"crate": [], "super": here[:-1], "self": here}.get(kind, here + [kind]) + prefix.split("::")[:-1]
        for item in re.findall(r"[\w:]+", items):
            segments = base + item.split("::")
            # The deepest module the path names.
            target = next(("::".join(segments[:n]) for n in range(len(segments), 0, -1) if "::".join(segments[:n]) in mods), None)
            if target and target != m:
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
