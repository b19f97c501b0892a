#!/usr/bin/env python3
"""Fails when formatting code is back in the shipped module (issue 22).

Makes the module as `make pkg` does from cargo's release build (wasm-bindgen, then wasm-opt with
the flags of Cargo.toml), but keeping the function names, and lists every function of
`core::fmt`, any `Display`/`Debug` formatter, and std's panic machinery left in it. The module
formats nothing: numbers are written by src/num.rs, and the panic handler (src/runtime.rs)
formats no message.

usage: scripts/no-fmt.py [MODULE]   (default: the release build `make pkg` leaves in target/;
       a MODULE given is checked as it is)
"""
import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUILT = REPO / "target/wasm32-unknown-unknown/release/ccbill_validate.wasm"
OUT = REPO / "target/no-fmt"

# What formatting brings: the formatter, the Display/Debug impls it calls through, and std's panic
# path (present only if std is linked, which brings them all back).
# Names come demangled (our code) or in Rust's v0 mangling (the standard library's), where
# `core::fmt` is `4core3fmt` and a trait impl names the trait's path.
FORBIDDEN = re.compile(
    r"core(\[[0-9a-f]+\])?::fmt::|fmt::(Display|Debug|Write)>::|4core3fmt"
    r"|5Debug3fmt|7Display3fmt|_fmt_inner|pad_integral|escape_debug|std(\[[0-9a-f]+\])?::panicking|3std9panicking"
)


def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def functions(data):
    """(name, body bytes) of every defined function: the `name` section's names (subsection 1),
    the code section's body sizes, and the imported functions counted to line them up."""
    names, bodies, imported = {}, [], 0
    i = 8
    while i < len(data):
        section, i = data[i], i + 1
        size, i = leb(data, i)
        end = i + size
        if section == 2:  # imports: functions among them take the first indices
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    n, j = leb(data, j)
                    j += n
                kind, j = data[j], j + 1
                if kind == 0:
                    imported += 1
                    _, j = leb(data, j)
                elif kind == 1:  # table: reftype, limits
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:  # memory: limits
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:  # global: type, mutability
                    j += 2
                else:  # tag
                    j += 1
                    _, j = leb(data, j)
        elif section == 10:
            count, j = leb(data, i)
            for _ in range(count):
                n, j = leb(data, j)
                bodies.append(n)
                j += n
        elif section == 0:
            name_len, j = leb(data, i)
            if data[j : j + name_len] == b"name":
                j += name_len
                while j < end:
                    kind, j = data[j], j + 1
                    sub_size, j = leb(data, j)
                    if kind == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            index, k = leb(data, k)
                            n, k = leb(data, k)
                            names[index] = data[k : k + n].decode("utf-8", "replace")
                            k += n
                    j += sub_size
        i = end
    return [(names.get(imported + at, f"#{imported + at}"), size) for at, size in enumerate(bodies)], bool(names)


# A function wasm-opt has emptied to a trap (its callers' formatting gone) is no formatting code:
# alloc's out-of-memory message keeps `<u32 as Display>::fmt` in the table as such a stub.
STUB = 8


def shipped_with_names():
    """The module as shipped, names kept: wasm-bindgen's output through wasm-opt."""
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["wasm-bindgen", "--keep-debug", "--target", "web", "--out-dir", OUT, BUILT], check=True)
    cargo = tomllib.loads((REPO / "Cargo.toml").read_text())
    flags = cargo["package"]["metadata"]["wasm-pack"]["profile"]["release"]["wasm-opt"]
    module = OUT / "module.wasm"
    wasm_opt = REPO / "node_modules/.bin/wasm-opt"
    subprocess.run([wasm_opt, *flags, "-g", OUT / "ccbill_validate_bg.wasm", "-o", module], check=True)
    return module


def main(path):
    found, named = functions(open(path, "rb").read())
    if not named:
        sys.exit(f"no-fmt: {path} has no name section to read")
    formatting = sorted((n, size) for n, size in found if FORBIDDEN.search(n) and size > STUB)
    if formatting:
        print(f"no-fmt: {len(formatting)} formatting functions in {path}:")
        for name, size in formatting:
            print(f"  {size:6} B  {name}")
        print("no-fmt: find who calls them with `twiggy paths FILE NAME` (cargo install twiggy)")
        sys.exit(1)
    print(f"no-fmt: none of the module's {len(found)} functions formats")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else shipped_with_names())
