#!/usr/bin/env bash
# Rebuilds this session's events.jsonl from seed 000's three result tables through the real
# command line (every event checked by the reducer, written by the store), and sammanstallning.md
# and sammanstallning.docx from them.
# Run from the repository root: bash Sessions/planeringsdagar-2024-resultat/make-results.sh
# (LAGOM=path/to/lagom to use another binary; otherwise the debug build is built and used).
#
# Bash, not sh: dash 0.5.12's `read` in a `while read … done <<'LIST'` loop whose body runs a
# command substitution dropped a byte of the next line, and stored "L\uFFFDngsiktig" for
# "Långsiktig". Bash reads here-documents correctly.
set -euo pipefail
S=Sessions/planeringsdagar-2024-resultat
if [[ -z "${LAGOM:-}" ]]; then
    swift build --product lagom >&2
    LAGOM="$(swift build --show-bin-path)/lagom"
fi
L=$LAGOM
rm -f "$S/events.jsonl" "$S/state.json"

note() { "$L" note add "$S" --as secretary:1 "$@"; }

tally_list() {  # list, then "text|points" lines on stdin
    local list=$1 text points id
    local -a tallies=()
    while IFS='|' read -r text points; do
        id=$(note --step enkat --list "$list" "$text")
        tallies+=("$id=$points")
    done
    "$L" vote tally "$S" --step enkat-rostning "${tallies[@]}"
}

tally_list Riskfaktorer <<'LIST'
Administration /rutiner, IT|31
Väntelista / orimlig arbetsmängd|28
Mindre variationen med färre diagnoser/skolor|25
Otydlighet om förväntningar, tillräcklighet / osäkerhets känsla|9
Långsiktig hållbarhet kontra produktivitet|8
Otillräcklig återhämtning|7
"Min, mitt, mina" patienter, tunnelseende|6
Stolthet/skam|4
LIST
tally_list Friskfaktorer <<'LIST'
Flexibilitet /påverkan /frihet|38
Humor / bra klimat|23
Gemensamma väntelistor/noden tar ansvar för patienterna/ej sitta ensam med väntelista/stöttning/team|19
Gemenskap|15
Variation – att vara på olika platser/olika diagnoser|6
Självledarskap i att ta rast/gå hem i tid|5
Tillit mellan chef och medarbetare|5
Tydliga ramar|3
LIST
"$L" reveal "$S" --step enkat-rostning

demands=()
resources=()
group=0
demand() {  # text, where it comes from, then "text|points" lines on stdin (no points: not scored)
    local k text points id
    group=$((group + 1))
    k=$(note --step krav "$1")
    demands+=("$k")
    note --step resurser --list "Varifrån kommer kravet" --group "$group" --parent "$k" "$2" >/dev/null
    while IFS='|' read -r text points; do
        id=$(note --step resurser --list Resurser --group "$group" --parent "$k" "$text")
        if [[ -n "$points" ]]; then resources+=("$id=$points"); fi
    done
}
demand "Hålla tidsramar enligt prioriteringslista" "Verksamheten, mej själv" <<'LIST'
Revidera prioriteringslistan och förväntade väntetider|9
Jämna ut fördelning mellan dietister så att noden kan ta ansvar för nodens ärenden, teamuppbyggnad|16
Se över arbetsmetoder|0
LIST
demand "Uppföljning av undernäringens ärenden" "Verksamheten" <<'LIST'
Pilotprojekt SDK|1
Skicka brev till patienter där det finns uttag kvar på ordinationen. Avsluta om de inte tar kontakt.|7
Ha en tom dag varje vecka för uppföljningar och eventuella A-remisser|0
Samla brev komma kallelser etcetera i informationsbank|3
Kalla patienter för nybesök respektive uppföljning av undernäring till en specifik tid. Uteblir – brev om att avsluta kontakt.|7
Samstämmighet i remissbedömning. Skicka åter för komplettering.|2
Skriva exakt på samma sätt i bokningarna i väntelistan.|15
LIST
demand "Många administrativa rutiner och IT-stöd utan interoperabilitet/samordning" "Beslutsfattare" <<'LIST'
Struktur i kalendern. Avsatt tid för administrativa system.|2
Ta hjälp av experter på KSD|
Gränssättning gentemot patient och vårdpersonal.|2
Tydliggöra mål och riktlinjer. Vilka krav finns på återkoppling?|4
LIST
demand "Att vara tillgänglig" "Verksamheten, jag själv" <<'LIST'
Formulera ett minimum för tillgänglighet komma tillgänglighetshygien.|5
Webbtidbok.|2
LIST
"$L" vote choose "$S" --step krav-rostning "${demands[@]}"
"$L" vote tally "$S" --step resurser-rostning "${resources[@]}"
"$L" step goto "$S" enkat-rostning
# The day's record, as seed 000's last pages lay it out (a test compares it with the export).
"$L" export "$S" --format markdown >"$S/sammanstallning.md"
# The same record as the Word document the unit sends round (docs/export-format.md).
"$L" export "$S" --format docx --output "$S/sammanstallning.docx" --force
