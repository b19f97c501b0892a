#!/usr/bin/env bash
# Prints the longest wasm test body per runtime, from wasm-bindgen-test logs run with
# --nocapture (tests/common/mod.rs `Budget` logs `budget: <test> <ms> ms` for each body).
set -euo pipefail
awk '
  /^Running headless tests in / { runtime = ($5 == "Safari" ? "WebKit" : $5) } # --safari runs WebKitGTK here
  /Running tests\/node.rs/ { runtime = "Node" }
  /^budget: / {
    if ($3 + 0 >= max[runtime] + 0) { max[runtime] = $3; name[runtime] = $2 }
    n[runtime]++
  }
  END {
    for (r in max) printf "wasm-test: %-8s %3d test bodies, the longest %5d ms (%s); budget 5000 ms\n", r, n[r], max[r], name[r]
  }
' "$@"
