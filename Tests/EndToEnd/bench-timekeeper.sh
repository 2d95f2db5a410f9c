#!/usr/bin/env bash
# Side by side: `lagom timekeeper`, termdown counting down 60 s, and tty-clock (a C/ncurses clock
# redrawing its seconds: the floor) in three tmux windows of the same size, at the same time. Per
# program: CPU time over all its threads (the sum of /proc/PID/task/*/schedstat, in ns: termdown
# runs more than one thread, and its main thread alone undercounts it 4-5x) and the bytes it writes
# to its terminal (tmux pipe-pane). Installs termdown with pip and tty-clock with apt-get if missing.
#
#   Tests/EndToEnd/bench-timekeeper.sh            # release build of lagom (static runtime), 80x24, 60 s, 3 runs
#   LAGOM_BIN=path/to/lagom WIDTH=120 HEIGHT=40 MINUTES=2 RUNS=5 Tests/EndToEnd/bench-timekeeper.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

WIDTH=${WIDTH:-80}
HEIGHT=${HEIGHT:-24}
MINUTES=${MINUTES:-1}
RUNS=${RUNS:-3}
COUNT=$(( MINUTES * 60 ))

command -v tmux >/dev/null || { echo "bench-timekeeper: tmux is needed (apt-get install tmux)" >&2; exit 1; }
if ! command -v termdown >/dev/null; then
    echo "bench-timekeeper: installing termdown with pip" >&2
    python3 -m pip install --user termdown >&2
    export PATH="$HOME/.local/bin:$PATH"
fi
if ! command -v tty-clock >/dev/null; then
    echo "bench-timekeeper: installing tty-clock with apt-get" >&2
    apt-get install -y tty-clock >&2
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

# CPU time of a process over all its threads, in ns.
cpu_ns() { awk '{ s += $1 } END { printf "%d", s }' /proc/"$1"/task/*/schedstat; }

# One side-by-side run; appends "lagom_cpu_ns termdown_cpu_ns lagom_bytes termdown_bytes clock_cpu_ns
# clock_bytes lagom_start_ns clock_start_ns" to $WORK/runs.
run_once() {
    local n=$1 dir="$WORK/run$1"
    # A session on an info step (one countdown, no group list), counting down COUNT seconds.
    mkdir -p "$dir/session"
    cp Sessions/planeringsdagar-2024/plan.json "$dir/session/"
    LANG=C.UTF-8 "$LAGOM_BIN" step goto "$dir/session" syfte >/dev/null

    T -f /dev/null new-session -d -s "bench$n" -x "$WIDTH" -y "$HEIGHT" "sleep 3600"
    # Each window waits a moment so pipe-pane is attached before the program writes its first byte.
    T new-window -d -t "bench$n" -n lagom "sleep 1; exec env LANG=C.UTF-8 TERM=tmux-256color '$LAGOM_BIN' timekeeper '$dir/session' --quiet"
    T new-window -d -t "bench$n" -n termdown "sleep 1; exec env LANG=C.UTF-8 TERM=tmux-256color termdown --no-bell $COUNT"
    T pipe-pane -t "bench$n:lagom" -o "cat >> '$dir/lagom.bytes'"
    T new-window -d -t "bench$n" -n clock "sleep 1; exec env LANG=C.UTF-8 TERM=tmux-256color tty-clock -c -s"
    T pipe-pane -t "bench$n:termdown" -o "cat >> '$dir/termdown.bytes'"
    T pipe-pane -t "bench$n:clock" -o "cat >> '$dir/clock.bytes'"
    sleep 1
    local lagom_pid termdown_pid clock_pid
    lagom_pid=$(T display-message -p -t "bench$n:lagom" '#{pane_pid}')
    termdown_pid=$(T display-message -p -t "bench$n:termdown" '#{pane_pid}')
    clock_pid=$(T display-message -p -t "bench$n:clock" '#{pane_pid}')
    # Before the countdown: lagom has started and drawn its first frame, idle since; tty-clock has
    # started and drawn its first second (it ticks 1 s after its start).
    local lagom_start clock_start
    lagom_start=$(cpu_ns "$lagom_pid")
    clock_start=$(cpu_ns "$clock_pid")
    LANG=C.UTF-8 "$LAGOM_BIN" timer start "$dir/session" --minutes "$MINUTES" >/dev/null

    # Measure just before the end, while both still count.
    sleep $(( COUNT - 1 ))
    local lagom_cpu termdown_cpu clock_cpu
    lagom_cpu=$(cpu_ns "$lagom_pid")
    termdown_cpu=$(cpu_ns "$termdown_pid")
    clock_cpu=$(cpu_ns "$clock_pid")
    T pipe-pane -t "bench$n:lagom"
    T pipe-pane -t "bench$n:termdown"
    T pipe-pane -t "bench$n:clock"
    echo "$lagom_cpu $termdown_cpu $(wc -c < "$dir/lagom.bytes") $(wc -c < "$dir/termdown.bytes") $clock_cpu $(wc -c < "$dir/clock.bytes") $lagom_start $clock_start" >> "$WORK/runs"
    T kill-session -t "bench$n"
}

# RUNS side-by-side runs one after another: a single minute on a shared machine is noisy,
# so the verdict is the median of the runs' ratios.
for n in $(seq 1 "$RUNS"); do run_once "$n"; done
SPAN=$COUNT  # both started 1 s before the countdown and were measured 1 s before its end

awk -v s="$SPAN" -v w="$WIDTH" -v h="$HEIGHT" '
function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
    n++
    printf "run %d: lagom %.1f ms, %.1f B/s; termdown %.1f ms, %.1f B/s; tty-clock %.1f ms, %.1f B/s; ratios to termdown CPU %.3f, bytes %.3f; CPU to tty-clock %.3f\n",
        n, $1 / 1e6, $3 / s, $2 / 1e6, $4 / s, $5 / 1e6, $6 / s, $1 / $2, $3 / $4, $1 / $5
    cpu[n] = $1 / $2; bytes[n] = $3 / $4; lc[n] = $1 / 1e6; tc[n] = $2 / 1e6; lb[n] = $3 / s; tb[n] = $4 / s
    cc[n] = $5 / 1e6; cb[n] = $6 / s; floor[n] = $1 / $5
    ls[n] = $7 / 1e6; cs[n] = $8 / 1e6; lt[n] = ($1 - $7) / 1e3 / (s - 1); ct[n] = ($5 - $8) / 1e3 / (s - 1)
}
END {
    printf "pane %dx%d, %d s each, side by side, %d run(s), medians:\n", w, h, s, n
    printf "%-18s %12s %12s\n", "", "CPU ms", "bytes/s"
    printf "%-18s %12.1f %12.1f\n", "lagom timekeeper", median(lc, n), median(lb, n)
    printf "%-18s %12.1f %12.1f\n", "termdown", median(tc, n), median(tb, n)
    printf "%-18s %12.1f %12.1f\n", "tty-clock", median(cc, n), median(cb, n)
    printf "lagom/termdown     %11.3f %12.3f   (target: at most 0.200 on both)\n", median(cpu, n), median(bytes, n)
    printf "lagom/tty-clock    %11.3f %12s   (target: CPU at most 1.5)\n", median(floor, n), "-"
    printf "where the CPU went (medians): lagom start-up %.1f ms, then %.0f us a second; tty-clock start-up and first second %.1f ms, then %.0f us a second\n",
        median(ls, n), median(lt, n), median(cs, n), median(ct, n)
}' "$WORK/runs"
