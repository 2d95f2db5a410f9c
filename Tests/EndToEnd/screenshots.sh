#!/usr/bin/env bash
# Photographs the projector in a real terminal, as a projector laptop shows it: xterm under
# Xvfb (1280×720), DejaVu Sans Mono. A snapshot of the cell grid cannot show font seams,
# spindly strokes or low contrast; a picture of a real terminal does.
#
#   Tests/EndToEnd/screenshots.sh                    # PNGs into docs/screenshots at 16 pt
#   OUT=/tmp/shots SIZE=24 Tests/EndToEnd/screenshots.sh
#   LAGOM_BIN=.build/release/lagom Tests/EndToEnd/screenshots.sh
#
# Needs (Debian): xvfb xterm imagemagick fonts-dejavu-core. Each scene runs on a scratch copy of
# a bundled session; nothing under Sessions/ is written.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=${OUT:-docs/screenshots}
SIZE=${SIZE:-16}
SCREEN=${SCREEN:-1280x720}
# The cells xterm fits on the screen at this font size (measured: 16 pt 98×26, 24 pt 63×18).
case "$SIZE" in
    16) GEOMETRY=${GEOMETRY:-98x26} ;;
    24) GEOMETRY=${GEOMETRY:-63x18} ;;
    *) GEOMETRY=${GEOMETRY:?set GEOMETRY=COLSxROWS for font size $SIZE} ;;
esac
for tool in Xvfb xterm import; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is needed (apt-get install xvfb xterm imagemagick fonts-dejavu-core)" >&2; exit 1; }
done
if [ -z "${LAGOM_BIN:-}" ]; then
    swift build --product lagom >&2
    LAGOM_BIN="$(swift build --show-bin-path)/lagom"
fi
L() { LANG=C.UTF-8 "$LAGOM_BIN" "$@" >/dev/null; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lagom-screenshots.XXXXXX")
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A display number nobody uses.
DISPLAY_NUMBER=77
while [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] || [ -e "/tmp/.X$DISPLAY_NUMBER-lock" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
Xvfb ":$DISPLAY_NUMBER" -screen 0 "${SCREEN}x24" -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done
export DISPLAY=":$DISPLAY_NUMBER"

# shot NAME SESSION [PAGES]: the projector on SESSION, full screen, photographed once it has
# drawn. With PAGES, the live wall's first page: the wall turns every 8 s by the clock, so the
# picture waits for a slot whose number is a multiple of PAGES.
shot() {
    local name=$1 session=$2 pages=${3:-}
    xterm -fa 'DejaVu Sans Mono' -fs "$SIZE" -bg black -fg white -b 0 +sb -geometry "$GEOMETRY+0+0" -e env LANG=C.UTF-8 TERM=xterm-256color "$LAGOM_BIN" projector "$session" &
    local term=$!
    sleep 3
    if [ -n "$pages" ]; then
        local now slot
        now=$(date +%s%3N); slot=$(( now / 8000 ))
        while [ $(( slot % pages )) -ne 0 ]; do slot=$(( slot + 1 )); done
        local wait_ms=$(( slot * 8000 + 700 - now ))
        [ "$wait_ms" -gt 0 ] && sleep "$(( wait_ms / 1000 )).$(printf '%03d' $(( wait_ms % 1000 )))"
    fi
    import -window root "$OUT/$name.png"
    kill "$term" 2>/dev/null || true
    wait "$term" 2>/dev/null || true
    echo "$OUT/$name.png"
}

mkdir -p "$OUT"
copy() { mkdir -p "$WORK/$2"; cp "Sessions/$1/plan.json" "$WORK/$2/"; [ -z "${3:-}" ] || cp "Sessions/$1/events.jsonl" "$WORK/$2/"; echo "$WORK/$2"; }

# The ranking: the results session as it was left, on the risk and health factors' vote.
ranking=$(copy planeringsdagar-2024-resultat ranking events)
shot ranking "$ranking"

# The afternoon break, its countdown running.
fika=$(copy planeringsdagar-2024 fika)
L step goto "$fika" fika-1
L step start "$fika"
shot break "$fika"

# The live wall: the groups' demands and the resources under them, as they are typed.
wall=$(copy planeringsdagar-2024-resultat wall events)
L step goto "$wall" resurser
L step start "$wall"
shot live-wall "$wall" 2  # two pages at 98×26
