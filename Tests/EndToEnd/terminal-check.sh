#!/bin/sh
# End-to-end check of LagomTerminal in a real tmux: start-up refusals, restoration after
# q / Ctrl-C / SIGTERM / SIGSEGV / a stack overflow / kill-session, bracketed paste turned off again, and the
# bytes a 1 Hz tick costs. Builds terminal-demo/main.swift in a scratch package that
# symlinks the real sources, so Lagom itself gets no extra product.
# Usage: Tests/EndToEnd/terminal-check.sh   (exit 0 = all checks passed)
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/lagom-term-check-XXXXXX)
case_number=0
sock="$work/sock.0"
failures=0
cleanup() {
    for socket in "$work"/sock.*; do tmux -S "$socket" kill-server 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pkg/Sources/terminal-demo"
cp "$repo/Tests/EndToEnd/terminal-demo/Package.swift.template" "$work/pkg/Package.swift"
for module in CNcursesw LagomCore LagomUI LagomTerminal; do
    ln -s "$repo/Sources/$module" "$work/pkg/Sources/$module"
done
ln -s "$repo/Tests/EndToEnd/terminal-demo/main.swift" "$work/pkg/Sources/terminal-demo/main.swift"
(cd "$work/pkg" && swift build -q --scratch-path "${LAGOM_DEMO_BUILD:-/tmp/lagom-term-demo-build}")
demo="${LAGOM_DEMO_BUILD:-/tmp/lagom-term-demo-build}/debug/terminal-demo"

pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; failures=$((failures + 1)); }
t() { tmux -u -f /dev/null -S "$sock" "$@"; }
screen() { t capture-pane -p -t check -S -; }
wait_for() {  # wait_for PATTERN: poll the pane (with history) for up to 10 s
    i=0
    while ! screen | grep -q -- "$1"; do
        i=$((i + 1)); [ $i -gt 500 ] && return 1; sleep 0.02
    done
}

# start: runs the demo in a pane whose shell records the tty modes before and after,
# then stays in `cat -v` so a paste shows whether bracketed paste is still on.
start() {  # every case gets its own server: reusing a socket races with the old server's exit
    t kill-server 2>/dev/null || true
    case_number=$((case_number + 1)); sock="$work/sock.$case_number"
    rm -f "$work/before" "$work/after" "$work/marker"
    # The pane's shell traps INT so Ctrl-C reaches only the demo; the Swift backtracer
    # must not wait for a key after the SIGSEGV case.
    t new-session -d -s check -x 80 -y 20 "env LANG=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=interactive=no sh -c '
        trap : INT; stty -g > $work/before; $demo $work/marker; echo \"status=\$?\"; stty -g > $work/after;
        echo READY; exec cat -v'" \; set-option -t check remain-on-exit on >/dev/null
    wait_for 'tick' || fail "demo did not start"
}

restored() {  # restored NAME: modes back, alternate screen left, cursor shown, paste off
    name=$1
    wait_for READY || { fail "$name: shell did not come back"; return; }
    if cmp -s "$work/before" "$work/after"; then pass "$name: tty modes restored"; else fail "$name: tty modes differ"; fi
    [ "$(t display -p -t check '#{alternate_on}')" = 0 ] && pass "$name: left the alternate screen" || fail "$name: still on the alternate screen"
    [ "$(t display -p -t check '#{cursor_flag}')" = 1 ] && pass "$name: cursor visible" || fail "$name: cursor hidden"
    t set-buffer -b check "klistra" \; paste-buffer -p -d -b check -t check
    wait_for 'klistra' || true
    if screen | grep -q '\^\[\[200~'; then fail "$name: bracketed paste still on"; else pass "$name: bracketed paste off"; fi
}

start; t send-keys -t check q; restored "quit with q"
grep -q 'quit: q' "$work/marker" && pass "q: program saved its marker" || fail "q: no marker"

start; t send-keys -t check C-c; restored "Ctrl-C"
grep -q 'quit: interrupt' "$work/marker" && pass "Ctrl-C: quit through the run loop" || fail "Ctrl-C: no clean quit"

start; kill -TERM "$(pgrep -P "$(t display -p -t check '#{pane_pid}')" -x terminal-demo)"; restored "SIGTERM"
grep -q 'quit: terminate' "$work/marker" && pass "SIGTERM: quit through the run loop" || fail "SIGTERM: no clean quit"

start; t send-keys -t check S; restored "SIGSEGV"
screen | grep -q 'status=139' && pass "SIGSEGV: re-raised (status 139)" || fail "SIGSEGV: unexpected status: $(screen | grep status=)"

# A stack overflow leaves no stack for the handler: it runs on an alternate signal stack.
start; t send-keys -t check O; restored "stack overflow"
screen | grep -q 'status=139' && pass "stack overflow: SIGSEGV re-raised (status 139)" || fail "stack overflow: unexpected status: $(screen | grep status=)"

start; t kill-session -t check
i=0; while [ ! -s "$work/marker" ] && [ $i -lt 500 ]; do i=$((i + 1)); sleep 0.02; done
grep -Eq 'quit: (hangup|stdin hangup)' "$work/marker" && pass "kill-session: SIGHUP quit through the run loop" || fail "kill-session: no clean quit"

# Bytes per 1 Hz tick once the first frame is drawn: only the changed digits should go out.
start; sleep 1.2
t pipe-pane -t check -o "cat >> $work/bytes"; sleep 5; t pipe-pane -t check
bytes=$(wc -c < "$work/bytes"); per_tick=$((bytes / 5))
[ "$per_tick" -lt 60 ] && pass "a tick costs $per_tick bytes" || fail "a tick costs $per_tick bytes"
t send-keys -t check q; wait_for READY || true

# Start-up refusals: one message, exit status 1, no escape sequences.
case_number=$((case_number + 1)); sock="$work/sock.$case_number"
out=$("$demo" < /dev/null 2>&1) && fail "stdin /dev/null accepted" || true
echo "$out" | grep -q 'Standard input is not a terminal' && pass "stdin not a terminal: refused" || fail "stdin: '$out'"
t new-session -d -s refuse -x 80 -y 5 "env -u TERM LANG=C.UTF-8 $demo; echo status=\$?; sleep 30"
sleep 0.5
t capture-pane -p -t refuse | grep -q 'TERM environment variable is not set' && pass "TERM unset: refused" || fail "TERM unset: $(t capture-pane -p -t refuse)"
t kill-session -t refuse
t new-session -d -s refuse -x 100 -y 5 "env TERM=no-such-term LANG=C.UTF-8 $demo; echo status=\$?; sleep 30"
sleep 0.5
t capture-pane -p -t refuse | grep -q 'TERM=no-such-term is not known' && pass "unknown TERM: refused" || fail "unknown TERM: $(t capture-pane -p -t refuse)"
t kill-session -t refuse
t new-session -d -s refuse -x 100 -y 5 "env -u LANG -u LC_ALL TERM=tmux-256color $demo"
sleep 0.8
t capture-pane -p -t refuse | grep -q 'Räksmörgås åäö' && pass "no LANG: fell back to C.UTF-8" || fail "no LANG: $(t capture-pane -p -t refuse)"
t send-keys -t refuse q
t kill-server 2>/dev/null || true

[ $failures -eq 0 ] && echo "all terminal checks passed" || echo "$failures terminal check(s) failed"
exit $failures
