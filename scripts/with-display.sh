#!/usr/bin/env bash
# Runs a command with DISPLAY set to an X server of its own (Xvfb) and ends that server, by its pid,
# when the command ends, pass, fail or interrupted. Xvfb picks a free display number itself
# (-displayfd), so runs side by side never race for one. For WebKitGTK's MiniBrowser, which has no
# headless mode (the wasm tests' --safari run); exits with the command's status.
#   scripts/with-display.sh wasm-pack test --headless --safari --safaridriver "$(command -v WebKitWebDriver)"
set -uo pipefail

dir=$(mktemp -d)
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
command=
end_all() { # the command (if started), then Xvfb, by their pids
  [ -z "$command" ] || { kill -TERM "$command" 2>/dev/null && wait "$command" 2>/dev/null; }
  kill -TERM "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$dir"
}
trap 'end_all; exit 130' INT
trap 'end_all; exit 143' TERM

for _ in $(seq 100); do
  [ -s "$dir/display" ] && break
  if ! kill -0 "$xvfb" 2>/dev/null; then
    printf 'with-display: Xvfb did not start:\n' >&2
    cat "$dir/log" >&2
    rm -rf "$dir"
    exit 1
  fi
  sleep 0.1
done
if [ ! -s "$dir/display" ]; then
  printf 'with-display: Xvfb gave no display in 10 s\n' >&2
  end_all
  exit 1
fi

DISPLAY=":$(head -n1 "$dir/display")" "$@" &
command=$!
wait "$command"
status=$?
command=
end_all
exit "$status"
