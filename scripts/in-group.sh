#!/usr/bin/env bash
# Runs a command in a process group of its own and, when it ends (pass, fail or interrupted),
# ends every process still in that group: the browsers and WebDriver servers a test runner
# starts, which outlive a runner that fails or times out. Processes are ended by their group's
# id, never by name. Exits with the command's status.
#   scripts/in-group.sh wasm-pack test --headless --chrome -- --test browser
set -uo pipefail

setsid "$@" &
group=$!   # setsid in a non-interactive shell execs the command as a new session's leader

end_group() {
  kill -TERM -- "-$group" 2>/dev/null || return 0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 -- "-$group" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL -- "-$group" 2>/dev/null || true
}
trap 'end_group; exit 130' INT
trap 'end_group; exit 143' TERM

wait "$group"
status=$?
left=$(pgrep -g "$group" | wc -l)
if [ "$left" -gt 0 ]; then
  printf 'in-group: ending %s process(es) the command left behind\n' "$left" >&2
fi
end_group
exit "$status"
