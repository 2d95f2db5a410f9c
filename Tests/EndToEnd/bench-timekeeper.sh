#!/usr/bin/env bash
# Side by side: `lagom timekeeper` and termdown counting down 60 s in two tmux windows of the
# same size, at the same time. Per program: CPU time (from /proc/PID/schedstat, in ns) and the
# bytes it writes to its terminal (tmux pipe-pane). Installs termdown with pip if it is missing.
#
#   Tests/EndToEnd/bench-timekeeper.sh            # release build of lagom (static runtime), 80x24, 60 s
#   LAGOM_BIN=path/to/lagom WIDTH=120 HEIGHT=40 MINUTES=2 Tests/EndToEnd/bench-timekeeper.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

WIDTH=${WIDTH:-80}
HEIGHT=${HEIGHT:-24}
MINUTES=${MINUTES:-1}
COUNT=$(( MINUTES * 60 ))

command -v tmux >/dev/null || { echo "bench-timekeeper: tmux is needed (apt-get install tmux)" >&2; exit 1; }
if ! command -v termdown >/dev/null; then
    echo "bench-timekeeper: installing termdown with pip" >&2
    python3 -m pip install --user termdown >&2
    export PATH="$HOME/.local/bin:$PATH"
fi
if [ -z "${LAGOM_BIN:-}" ]; then
    # Static Swift runtime, as a pane on the facilitator's laptop would run it (docs/benchmarks.md).
    swift build -c release --static-swift-stdlib --product lagom >&2
    LAGOM_BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/lagom"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lagom-bench-timekeeper.XXXXXX")
SOCKET="$WORK/sock"
T() { tmux -S "$SOCKET" "$@"; }
# The panes' programs may still be saving as the server goes: give them a moment before removing.
cleanup() { T kill-server 2>/dev/null || true; sleep 0.5; rm -rf "$WORK" 2>/dev/null || { sleep 1; rm -rf "$WORK"; }; }
trap cleanup EXIT

# A session on an info step (one countdown, no group list), counting down COUNT seconds.
mkdir -p "$WORK/session"
cp Sessions/planeringsdagar-2024/plan.json "$WORK/session/"
LANG=C.UTF-8 "$LAGOM_BIN" step goto "$WORK/session" syfte >/dev/null

T -f /dev/null new-session -d -s bench -x "$WIDTH" -y "$HEIGHT" "sleep 3600"
# Each window waits a moment so pipe-pane is attached before the program writes its first byte.
T new-window -d -t bench -n lagom "sleep 1; exec env LANG=C.UTF-8 TERM=tmux-256color '$LAGOM_BIN' timekeeper '$WORK/session' --quiet"
T new-window -d -t bench -n termdown "sleep 1; exec env LANG=C.UTF-8 TERM=tmux-256color termdown --no-bell $COUNT"
T pipe-pane -t bench:lagom -o "cat >> '$WORK/lagom.bytes'"
T pipe-pane -t bench:termdown -o "cat >> '$WORK/termdown.bytes'"
sleep 1
LANG=C.UTF-8 "$LAGOM_BIN" timer start "$WORK/session" --minutes "$MINUTES" >/dev/null
LAGOM_PID=$(T display-message -p -t bench:lagom '#{pane_pid}')
TERMDOWN_PID=$(T display-message -p -t bench:termdown '#{pane_pid}')

# Measure just before the end, while both still count.
sleep $(( COUNT - 1 ))
cpu_ns() { cut -d' ' -f1 "/proc/$1/schedstat"; }
LAGOM_CPU=$(cpu_ns "$LAGOM_PID")
TERMDOWN_CPU=$(cpu_ns "$TERMDOWN_PID")
T pipe-pane -t bench:lagom
T pipe-pane -t bench:termdown
LAGOM_BYTES=$(wc -c < "$WORK/lagom.bytes")
TERMDOWN_BYTES=$(wc -c < "$WORK/termdown.bytes")
SPAN=$COUNT  # both started 1 s before the countdown and were measured 1 s before its end

awk -v lc="$LAGOM_CPU" -v tc="$TERMDOWN_CPU" -v lb="$LAGOM_BYTES" -v tb="$TERMDOWN_BYTES" -v s="$SPAN" \
    -v w="$WIDTH" -v h="$HEIGHT" 'BEGIN {
    printf "pane %dx%d, %d s each, side by side\n", w, h, s
    printf "%-18s %12s %12s\n", "", "CPU ms", "bytes/s"
    printf "%-18s %12.1f %12.1f\n", "lagom timekeeper", lc / 1e6, lb / s
    printf "%-18s %12.1f %12.1f\n", "termdown", tc / 1e6, tb / s
    printf "lagom/termdown     %11.3f %12.3f   (target: at most 0.200 on both)\n", (tc > 0 ? lc / tc : 0), (tb > 0 ? lb / tb : 0)
}'
