extension Catalogue {
    static let swedishCommandSession: [TextKey: CatalogueEntry] = [
        .cliMinutesOutOfRange: "--minutes ska vara från {lowest} till {highest} (24 timmar), inte {found}",
        .cliMinutesNotZero: "--minutes får inte vara 0",
        .cliAttendanceNameFirst: "ange personens NAMN före {option}",
        .cliAttendanceWhatToMark:
            "ange vad som ska markeras: --present, --absent, --remote, --late TID, --leaves TID eller --guest",
        .cliAttendanceOneMark: "markera en sak i taget (hittade {count})",
        .cliReasonWithAbsent: "--reason används med --absent",
        .cliSiteWithGuest: "--site används med --guest",
        .cliLateNotATime: "--late: skriv en tid som 09.40, inte \"{found}\"",
        .cliLeavesNotATime: "--leaves: skriv en tid som 11.00 (eller none), inte \"{found}\"",
        .cliArrives: "kommer {time}",
        .cliLeaves: "går {time}",
        .cliGuest: "gäst",
        .cliJoinedGroup: "kom med",
        .cliLeftGroup: "gick ur",
        .cliErrorLine: "fel: {text}",
        .cliTornCopyUnnamed:
            "{file}: ingen markering i loggen pekar ut den här kopian (en sparning avbröts mellan att en avbruten skrivning kopierades undan och att den markerades); dess byte finns kvar i loggen",
        .cliCheckSummary: "{folder}: {steps} under {days}, {participants}, {events}",
        .cliCountSteps: .plural("count", one: "1 steg", other: "{count} steg"),
        .cliCountDays: .plural("count", one: "1 dag", other: "{count} dagar"),
        .cliCountParticipants: .plural("count", one: "1 deltagare", other: "{count} deltagare"),
        .cliCountEvents: .plural("count", one: "1 händelse", other: "{count} händelser"),
        .cliCheckOK: "ok: {summary}",
        .cliCheckDamaged: .plural(
            "lines",
            one:
                "skadad: {summary}; 1 rad i loggen hoppades över (`lagom repair {folder}` lägger den åt sidan och raderar inget)",
            other:
                "skadad: {summary}; {lines} rader i loggen hoppades över (`lagom repair {folder}` lägger dem åt sidan och raderar inget)"
        ),
        .cliCheckAgendaWarnings: .plural(
            "count", one: "varningar: {summary}; 1 varning om dagordningens tider (sessionen går ändå att öppna)",
            other: "varningar: {summary}; {count} varningar om dagordningens tider (sessionen går ändå att öppna)"),
        .cliCheckOrphans: .plural(
            "count",
            one:
                "varningar: {summary}; 1 lapp har inte längre någon plats i planen, så skärmarna och röstningarna visar den inte (skriv tillbaka stegets eller listans gamla namn i plan.json, eller flytta lappen: lagom note move ID --step … --list …)",
            other:
                "varningar: {summary}; {count} lappar har inte längre någon plats i planen, så skärmarna och röstningarna visar dem inte (skriv tillbaka stegets eller listans gamla namn i plan.json, eller flytta lapparna: lagom note move ID --step … --list …)"
        ),
        .cliFormatUnknown: "--format: \"{found}\" finns inte (välj en av {formats})",
        .cliForceWithOutput: "--force: bara med --output FIL",
        .cliDocxNeedsOutput:
            "--format docx: ett Word-dokument behöver --output FIL.docx (det är ingen text för terminalen)",
        .cliTemplateWithDocx: "--template: bara med --format docx",
        .cliRepairNothing: .plural(
            "count", one: "{log}: inget att reparera; alla rader går att läsa (1 rad)",
            other: "{log}: inget att reparera; alla rader går att läsa ({count} rader)"),
        .cliRepaired: .plural(
            "kept",
            one:
                "{log}: behöll 1 läsbar rad; lade {lines} åt sidan i {copy}; loggen som den var finns kvar som {previous}; inget raderades",
            other:
                "{log}: behöll {kept} läsbara rader; lade {lines} åt sidan i {copy}; loggen som den var finns kvar som {previous}; inget raderades"
        ),
        .cliRepairLine: "rad {line}",
        .cliRepairLines: "raderna {lines}",
        .cliRepairMore: "{shown} och {count} till",
        .cliShared:
            "{folder}: delad med gruppen {group}: {folders} och {files} tillhör nu gruppen, som får läsa och skriva, och andra konton kan inte läsa något; det som skapas där senare tillhör också gruppen",
        .cliCountFolders: .plural("count", one: "1 mapp", other: "{count} mappar"),
        .cliCountFiles: .plural("count", one: "1 fil", other: "{count} filer"),
        .cliNoSuchDay: "--day {day}: planen har dagarna 1–{days}",
        .cliRehearsalEnded: "repetitionen är slut: rummets klocka visar {clock} den {date}",
        .cliRehearsing:
            "repetition av dag {day}: rummets klocka visar nu {clock} den {date} (lagom rehearse --off avslutar)",
        .cliLogUndone: "(ångrad)",
        .cliRecordWhatChanges: "ange vad som ändras: en ny text, --owner eller --due",
        .cliDecisionNoOwner: "ett beslut har ingen ansvarig eller sista dag; skriv en åtgärd för det",
        .cliActionDone: "klar",
        .cliActionOpen: "öppen",
    ]
}
