#!/usr/bin/env bash
# `make steps COMMITS="<commit> ..."`: the README's table of issue 22's steps. Each commit is
# built as `make pkg` builds it, in a worktree of its own (target/steps/<commit>, kept: a second
# run builds nothing), then benches/js/steps.mjs measures every build in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  echo 'usage: make steps COMMITS="<commit> <commit> ..."' >&2
  exit 2
fi
builds=()
for commit in "$@"; do
  sha=$(git rev-parse --short "$commit^{commit}")
  tree="target/steps/$sha"
  if [ ! -f "$tree/pkg/index.js" ]; then
    rm -rf "$tree"
    git worktree prune
    git worktree add --detach --force "$tree" "$sha" >/dev/null
    echo "steps: building $sha"
    if ! (cd "$tree" && make --no-print-directory pkg >build.log 2>&1); then
      tail -20 "$tree/build.log" >&2
      exit 1
    fi
  fi
  builds+=("$sha=$tree/pkg")
done
node benches/js/steps.mjs "${builds[@]}"
