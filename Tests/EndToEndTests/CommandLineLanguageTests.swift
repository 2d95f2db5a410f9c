import Foundation
import Testing

/// The command line speaks one language per command: the plan's, unless `--lang` (anywhere on the
/// line) says otherwise; a command without a session speaks the locale's (README, "The command
/// line's language").
@Suite struct CommandLineLanguageTests {
    /// A Swedish and an English session, each with a note on its vote's list.
    struct Sessions {
        let swedish: String
        let english: String
        let swedishNote: String
        let englishNote: String

        init() throws {
            swedish = try LagomProcess.scratchSession("planeringsdagar-2024")
            english = try LagomProcess.scratchSession("team-day-en")
            swedishNote = try Self.add(
                ["note", "add", swedish, "--step", "balanskollen", "--group", "1", "Tid för återhämtning"])
            englishNote = try Self.add(["note", "add", english, "--step", "pains", "--group", "1", "Too many meetings"])
        }

        static func add(_ arguments: [String]) throws -> String {
            let added = try LagomProcess.run(arguments)
            #expect(added.status == 0, "\(added.err)")
            return added.out.trimmingCharacters(in: .newlines)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: swedish)
            try? FileManager.default.removeItem(atPath: english)
        }
    }

    @Test func aVoteIsCastAndRankedInThePlansLanguageOrInTheOneAskedFor() throws {
        let day = try Sessions()
        defer { day.remove() }
        let sv = ["vote", "cast", day.swedish, "--step", "krav-rostning", "--voter", "1", day.swedishNote]
        #expect(try LagomProcess.run(sv).out == "röstsedeln för #1 är registrerad: 1 röst\n")
        #expect(try LagomProcess.run(sv + ["--lang", "en"]).out == "replaced #1's ballot (was \(day.swedishNote))\n")
        let en = ["vote", "cast", day.english, "--step", "pains-vote", "--voter", "1", day.englishNote]
        #expect(try LagomProcess.run(en).out == "cast #1's ballot: 1 dot\n")
        #expect(
            try LagomProcess.run(["--lang", "sv"] + en).out
                == "röstsedeln för #1 är ändrad (förut: \(day.englishNote))\n")

        // Five notes with a point each, four to go on: a tie at the cut.
        var five = [day.swedishNote]
        for text in ["Färre möten", "Tydliga mål", "Stöd från chefen", "Tid att lära"] {
            five.append(try Sessions.add(["note", "add", day.swedish, "--step", "balanskollen", "--group", "2", text]))
        }
        #expect(try LagomProcess.run(sv.dropLast() + five).status == 0)
        let svResults = try LagomProcess.run(["vote", "results", day.swedish, "--step", "krav-rostning"]).out
        #expect(svResults.contains("1\t1 p\t\(day.swedishNote)\tTid för återhämtning\t= lika vid gränsen\n"))
        #expect(svResults.hasSuffix("# inte valt än: lika vid gränsen, välj 4 av 5 (lagom vote choose med 4 id)\n"))
        let enResults = try LagomProcess.run(["vote", "results", day.swedish, "--step", "krav-rostning", "--lang=en"])
            .out
        #expect(enResults.contains("\tTid för återhämtning\t= tied at the cut\n"), "\(enResults)")
        #expect(enResults.hasSuffix("# not chosen yet: tied at the cut, pick 4 of 5 (lagom vote choose with 4 ids)\n"))
        let english = try LagomProcess.run(["vote", "results", day.english, "--step", "pains-vote"]).out
        #expect(english.contains("→ top 3"), "\(english)")
        #expect(
            try LagomProcess.run(["vote", "results", day.english, "--step", "pains-vote", "--lang", "sv"]).out.contains(
                "→ topp 3"))
    }

    @Test func refusalsAndMistakesAreSaidInTheCommandsLanguage() throws {
        let day = try Sessions()
        defer { day.remove() }
        let noStep = try LagomProcess.run(["note", "add", day.swedish, "--step", "fika-9", "Kaffe"])
        #expect(noStep.status != 0)
        #expect(noStep.err.hasPrefix("Fel: planen har inget steg \"fika-9\" (stegen: incheckning, syfte"))
        let english = try LagomProcess.run(["note", "add", day.swedish, "--step", "fika-9", "Kaffe", "--lang", "en"])
        #expect(english.err.hasPrefix("Error: no step \"fika-9\" in the plan (steps: incheckning, syfte"))
        // A refusal of the workshop's rules (LagomCore's) follows the command too.
        let notes = ["note", "add", day.english, "--step", "purpose", "Coffee"]
        #expect(try LagomProcess.run(notes).err.hasPrefix("Error: "))
        let swedish = try LagomProcess.run(["--lang", "sv"] + notes)
        #expect(swedish.err.hasPrefix("Fel: "), "\(swedish.err)")
        #expect(!swedish.err.contains("collect"), "\(swedish.err)")
        // A usage mistake found once the session is read.
        let move = try LagomProcess.run(["note", "move", day.english, day.englishNote, "--lang", "sv"])
        #expect(move.status == 64)
        #expect(move.err == "Fel: ange vart: --step, --list, --group, --parent eller --no-parent\n")
        #expect(
            try LagomProcess.run(["note", "move", day.english, day.englishNote]).err
                == "Error: say where to: --step, --list, --group, --parent or --no-parent\n")
    }

    @Test func theAgendaGroupsAndRoundsSpeakThePlansLanguage() throws {
        let day = try Sessions()
        defer { day.remove() }
        let goto = try LagomProcess.run(["step", "goto", day.swedish, "balanskollen"])
        #expect(goto.out.hasPrefix("balanskollen\tväntar\t"), "\(goto.out)")
        let start = try LagomProcess.run(["step", "start", day.swedish, "--lang", "en"])
        #expect(start.out.hasPrefix("balanskollen\tactive\t"), "\(start.out)")
        let english = try LagomProcess.run(["step", "goto", day.english, "pains"])
        #expect(english.out == "pains\tpending\tWhat slows us down?\n", "\(english.out)")

        let groups = try LagomProcess.run(["groups", "form", day.english, "--step", "pains", "--seed", "1"])
        #expect(groups.out.hasPrefix("group 1 ("), "\(groups.out)")
        #expect(groups.out.contains("\nmix by site: every group has"), "\(groups.out)")
        let grupper = try LagomProcess.run(["groups", "show", day.english, "--step", "pains", "--lang", "sv"])
        #expect(grupper.out.hasPrefix("grupp 1 ("), "\(grupper.out)")
        #expect(grupper.out.contains("\nblandat efter site: varje grupp har"), "\(grupper.out)")

        #expect(try LagomProcess.run(["step", "goto", day.english, "waterfall"]).status == 0)
        #expect(try LagomProcess.run(["round", "next", day.english]).out == "waterfall\tgroup 1\n")
        #expect(try LagomProcess.run(["round", "next", day.english, "--lang", "sv"]).out == "waterfall\tgrupp 2\n")
    }

    @Test func timersAttendanceAndRehearsalSpeakThePlansLanguage() throws {
        let day = try Sessions()
        defer { day.remove() }
        #expect(try LagomProcess.run(["step", "goto", day.swedish, "balanskollen"]).status == 0)
        #expect(try LagomProcess.run(["timer", "start", day.swedish]).out.hasPrefix("balanskollen\tigång\t"))
        #expect(
            try LagomProcess.run(["timer", "pause", day.swedish, "--lang", "en"]).out.hasPrefix(
                "balanskollen\tpaused\t"))
        #expect(try LagomProcess.run(["step", "goto", day.english, "pains"]).status == 0)
        #expect(try LagomProcess.run(["timer", "start", day.english]).out.hasPrefix("pains\trunning\t"))
        let zero = try LagomProcess.run(["timer", "extend", day.english, "--minutes", "0", "--lang", "sv"])
        #expect(zero.err == "Fel: --minutes får inte vara 0\n")

        let late = try LagomProcess.run(["attendance", day.swedish, "josefin", "--late", "09.40"])
        #expect(late.out.hasPrefix("Josefin Wallin\t"), "\(late.out)")
        #expect(late.out.contains("\tsen\tkommer 09.40"), "\(late.out)")
        let english = try LagomProcess.run(["attendance", day.english, "alex", "--late", "09.40"])
        #expect(english.out.contains("\tlate\tarrives 09:40"), "\(english.out)")
        let mistake = try LagomProcess.run(["attendance", day.swedish, "josefin", "--late", "nio"])
        #expect(mistake.status == 64)
        #expect(mistake.err == "Fel: --late: skriv en tid som 09.40, inte \"nio\"\n")

        let rehearse = try LagomProcess.run(["rehearse", day.swedish])
        #expect(rehearse.out.hasPrefix("repetition av dag 1: rummets klocka visar nu "), "\(rehearse.out)")
        let ended = try LagomProcess.run(["rehearse", day.swedish, "--off", "--lang", "en"])
        #expect(ended.out.hasPrefix("rehearsal ended: the room's clock reads "), "\(ended.out)")
        let noDay = try LagomProcess.run(["rehearse", day.english, "--day", "3"])
        #expect(noDay.err == "Error: --day 3: the plan has days 1–1\n")
        #expect(
            try LagomProcess.run(["export", day.english, "--format", "pdf", "--lang", "sv"]).err
                == "Fel: --format: \"pdf\" finns inte (välj en av json, markdown, html, docx, csv, md)\n")
    }

    @Test func aCommandWithoutASessionSpeaksTheLocalesLanguageOrTheOneAskedFor() throws {
        let english = try LagomProcess.run(["projektor", "dag"])
        #expect(english.err == "Error: \"projektor\" is not a command (did you mean projector?)\n")
        let swedish = try LagomProcess.run(["projektor", "dag"], locale: "sv_SE.UTF-8")
        #expect(swedish.err == "Fel: \"projektor\" är inget kommando (menade du projector?)\n")
        let asked = try LagomProcess.run(["projektor", "dag", "--lang", "en"], locale: "sv_SE.UTF-8")
        #expect(asked.err == "Error: \"projektor\" is not a command (did you mean projector?)\n")
        // The store's errors too: no session by that name.
        let missing = try LagomProcess.run(["note", "list", "finns-inte"], locale: "sv_SE.UTF-8")
        #expect(missing.err.hasPrefix("Fel: det finns ingen session \"finns-inte\" (letade i "), "\(missing.err)")
        let notFound = try LagomProcess.run(["note", "list", "finns-inte", "--lang", "en"], locale: "sv_SE.UTF-8")
        #expect(notFound.err.hasPrefix("Error: no session \"finns-inte\" (looked in "), "\(notFound.err)")
        let unknown = try LagomProcess.run(["--lang", "fi", "check", "x"])
        #expect(unknown.status == 64)
        #expect(unknown.err == "Error: --lang: expected sv or en, found \"fi\"\n")
        #expect(try LagomProcess.run(["check", "x", "--lang"]).err == "Error: --lang: expected sv or en after it\n")
    }

    /// `--lang` after `--` is text, not an option: a note may say "--lang".
    @Test func undoSaysWhatItTookBackInWordsNotEventNames() throws {
        let day = try Sessions()
        defer { day.remove() }
        let added = try Sessions.add([
            "note", "add", day.swedish, "--step", "balanskollen", "--group", "2", "Färre möten",
        ])
        let undone = try LagomProcess.run(["undo", day.swedish])
        #expect(undone.status == 0, "\(undone.err)")
        #expect(undone.out.hasPrefix("Ångrat: lapp \"Färre möten\" tillagd ("), "\(undone.out)")
        #expect(!undone.out.contains("noteAdded") && !undone.out.contains(added))
        _ = try Sessions.add(["note", "add", day.english, "--step", "pains", "--group", "2", "Long commutes"])
        let english = try LagomProcess.run(["undo", day.english]).out
        #expect(english.hasPrefix("Undone: note \"Long commutes\" added ("), "\(english)")
    }

    @Test func langAfterTheEndOfOptionsIsText() throws {
        let day = try Sessions()
        defer { day.remove() }
        let added = try LagomProcess.run(["note", "add", day.english, "--step", "pains", "--", "--lang"])
        #expect(added.status == 0, "\(added.err)")
        let list = try LagomProcess.run(["note", "list", day.english, "--step", "pains"]).out
        #expect(list.hasSuffix("\t--lang\n"), "\(list)")
    }
}
