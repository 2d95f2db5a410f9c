#!/usr/bin/env bash
# Rebuilds this sample from its agenda: `lagom new --from-agenda`, then the meeting as the
# command line records it (attendance, the items run, the status round's notes, decisions,
# actions), then the minutes. Run from the repository root: bash Sessions/coordination-meeting-en/make-meeting.sh
set -euo pipefail
L=${LAGOM:-.build/debug/lagom}
here=Sessions/coordination-meeting-en
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
S=$work/meeting
quiet() { "$L" "$@" >/dev/null; }
next() { quiet step next "$S"; quiet step start "$S"; }
quiet new "$S" --from-agenda "$here/agenda.md"

quiet attendance "$S" "Tobias" --absent --reason "course"
quiet attendance "$S" "Leila" --remote
quiet attendance "$S" "Arvid" --late 09.40
quiet attendance "$S" "Nils" --leaves 11.00

quiet step start "$S"                                 # 1 Opening
next                                                  # 2 Minutes of the last meeting
quiet minute add "$S" "The minutes of 12 February were approved."
next                                                  # 3 Status round
round() { quiet minute add "$S" --speaker "$1" --heading "$2" "$3"; }
round "Vera" "Done since last time" "Agreement with the region signed"
round "Ines" "Done since last time" "Two new nurses started"
round "Ines" "Obstacles" "Long waits for the lab"
round "Pål" "In progress" "Moving the reception to the ground floor"
round "Greta" "Planned" "Open house on 4 April"
round "Maja" "In progress" "New routines for school health"
round "Sara" "Obstacles" "Three cars off the road"
round "Elin" "Planned" "Group training for back pain from May"
round "Hanna" "In progress" "Testing the booking system with two units"
quiet action add "$S" --owner "Hanna" --due 2026-03-26 "Ask the lab supplier about waiting times"
next                                                  # Break
next                                                  # 4 Budget 2026
next                                                  # 4a Outcome
quiet minute add "$S" "Costs are 2 % over budget, mostly temporary staff."
next                                                  # 4b Savings
quiet decision add "$S" "Temporary staff is booked only through the coordination office from 1 April."
quiet action add "$S" --owner "Pål Öberg" --due 2026-04-09 "Write the booking routine for temporary staff"
next                                                  # 5 Booking system
quiet minute add "$S" "The test units find the system quicker than the phone."
quiet action add "$S" --owner "IT support" --due 2026-04-30 "Plan the training for all units"
next                                                  # 6 Summer staffing
quiet decision add "$S" "Each unit reports its summer gaps to Greta Sundin by 31 March."
next                                                  # 7 Next meeting and closing
quiet decision add "$S" "Next meeting 9 April 2026 at 09.00, Room Birch."
quiet step done "$S"

# The commands ran in a second; place the events on the meeting's own morning (12 March 2026,
# clock times in UTC), each item starting when the one before ended, some running over.
python3 - "$S" <<'PY'
import json, sys
folder = sys.argv[1]
plan = json.load(open(f"{folder}/plan.json"))
def minute(t): h, m = t.split(":"); return int(h) * 60 + int(m)
start = {s["id"]: minute(s["start"]) for s in plan["steps"] if "start" in s}
end = {s["id"]: minute(s["returnAt"]) if "returnAt" in s else start[s["id"]] + s.get("minutes", 0)
       for s in plan["steps"] if "start" in s}
over = {"item-3": 4, "item-4b": 6, "item-5": -3}
base = 1773273600000  # 2026-03-12 00:00 UTC, in ms
lines = [json.loads(l) for l in open(f"{folder}/events.jsonl")]
clock = 0
for event in lines:
    (name, body), = event["change"].items()
    if name == "stepCompleted":
        clock = max(clock, (end[body["step"]] + over.get(body["step"], 0)) * 60_000)
    elif name == "stepStarted" or name == "stepEntered":
        clock = max(clock, start[body["step"]] * 60_000)
    else:
        clock += 20_000
    event["at"] = base + clock
with open(f"{folder}/events.jsonl", "w") as out:
    for event in lines: out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n")
PY
rm -f "$S/state.json"
cp "$S/plan.json" "$here/plan.json"
cp "$S/events.jsonl" "$here/events.jsonl"
"$L" export "$S" --format markdown > "$here/minutes.md"
