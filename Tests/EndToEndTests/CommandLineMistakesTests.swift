import Foundation
import Testing

/// Mistakes typed at the command line are refused or named, never crash and never pass silently:
/// the real binary on a copy of the results session (its plan lists the participants).
@Suite struct CommandLineMistakesTests {
    /// A copy of the results session and `lagom ARGUMENTS… SESSION …` run on it.
    struct Day {
        let session: String
        init() throws {
            session = try LagomProcess.scratchSession(
                "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        }

        func run(
            _ command: String..., with arguments: [String] = []
        ) throws -> (out: String, err: String, status: Int32) {
            try LagomProcess.run(command + [session] + arguments)
        }

        /// The note ids of a vote's ranked items, as `vote results` lists them.
        func items(_ step: String) throws -> [String] {
            try run("vote", "results", with: ["--step", step]).out.split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[2]) }
        }
    }

    @Test func aMissingAgendaOrPlanIsNamedWithTheReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-e2e-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = folder + "/dagordning.md"
        let new = try LagomProcess.run(["new", folder + "/möte", "--from-agenda", missing])
        #expect(new.status != 0)
        #expect(new.err.contains("\(missing) could not be opened: no such file or folder (ENOENT)"), "\(new.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/möte"))
        // A session folder whose plan.json is a link: `check` refuses it as the store does.
        try FileManager.default.createDirectory(atPath: folder + "/dag", withIntermediateDirectories: true)
        let day = try Day()
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/dag/plan.json", withDestinationPath: day.session + "/plan.json")
        let check = try LagomProcess.run(["check", folder + "/dag"])
        #expect(check.status != 0)
        #expect(check.err.contains("\(folder)/dag/plan.json is a symbolic link"), "\(check.err)")
    }

    @Test func minutesOutsideADayAreRefusedWithoutACrash() throws {
        let day = try Day()
        let huge = try day.run("timer", "start", with: ["--step", "krav", "--minutes", "999999999999999999"])
        #expect(huge.status == 64)  // a usage error, not a trap
        #expect(huge.err == "Fel: --minutes ska vara från 1 till 1440 (24 timmar), inte 999999999999999999\n")
        let extend = try day.run("timer", "extend", with: ["--step", "krav", "--minutes=-9223372036854775808"])
        #expect(extend.status == 64)
        #expect(extend.err.contains("--minutes ska vara från -1440 till 1440"))
        let english = try day.run("timer", "extend", with: ["--step", "krav", "--minutes", "0", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.err == "Error: --minutes must not be 0\n")
    }

    @Test func ballotsAreMatchedByNameReplacedAloudAndEmptiedOnlyOnPurpose() throws {
        let day = try Day()
        let ids = try day.items("krav-rostning")
        #expect(ids.count == 4)
        let first = try day.run("vote", "cast", with: ["--step", "krav-rostning", "--voter", "Josefin Wallin", ids[0]])
        // A Swedish session: the command says it in Swedish.
        #expect(first.out == "röstsedeln för Josefin Wallin är registrerad: 1 röst\n")
        // The same person typed in another case is the same voter, and is told what was replaced.
        let again = try day.run(
            "vote", "cast", with: ["--step", "krav-rostning", "--voter", "josefin WALLIN", ids[1], ids[1]])
        #expect(again.out == "röstsedeln för Josefin Wallin är ändrad (förut: \(ids[0]))\n")
        // No ids is a mistake unless --clear says so.
        let none = try day.run("vote", "cast", with: ["--step", "krav-rostning", "--voter", "Josefin Wallin"])
        #expect(none.status != 0)
        #expect(none.err == "Fel: inga lapp-id: ange ett per röst, eller --clear för att tömma röstsedeln\n")
        let cleared = try day.run(
            "vote", "cast", with: ["--step", "krav-rostning", "--voter", "Josefin Wallin", "--clear"])
        #expect(cleared.out == "röstsedeln för Josefin Wallin är ändrad (förut: \(ids[1]) \(ids[1]))\n")
        // A name not among the plan's participants is most likely a typo.
        let typo = try day.run("vote", "cast", with: ["--step", "krav-rostning", "--voter", "Josefin Walin", ids[0]])
        #expect(typo.status != 0)
        #expect(
            typo.err.contains(
                "\"Josefin Walin\" finns inte bland deltagarna (menar du \"Josefin Wallin\"?)"))
        let anonymous = try day.run("vote", "cast", with: ["--step", "krav-rostning", "--voter", "3", ids[2]])
        #expect(anonymous.out == "röstsedeln för #3 är registrerad: 1 röst\n")
        let log = try day.run("log").out
        // The log's words are the plan's language (Swedish), or the one asked for.
        #expect(log.contains("ballotCast krav-rostning \"Josefin Wallin\" 1 röst\n"))
        #expect(log.contains("ballotCast krav-rostning \"Josefin Wallin\" 0 röster\n"))
        #expect(try day.run("log", with: ["--lang", "en"]).out.contains("\"Josefin Wallin\" 0 dots\n"))
        #expect(!log.contains("josefin WALLIN"))
    }

    @Test func tallyRefusesAnItemTwiceAndPointsNoRoomGives() throws {
        let day = try Day()
        let id = try #require(try day.items("resurser-rostning").first)
        let twice = try day.run("vote", "tally", with: ["--step", "resurser-rostning", "\(id)=5", "\(id)=6"])
        #expect(twice.status != 0)
        #expect(twice.err == "Fel: lappen \(id) har fått poäng två gånger\n")
        let huge = try day.run("vote", "tally", with: ["--step", "resurser-rostning", "\(id)=9223372036854775807"])
        #expect(huge.status != 0)
        #expect(huge.err.contains("kan få högst 1\u{202F}000\u{202F}000 poäng"))
        // Nothing was stored, and the results still read.
        let results = try day.run("vote", "results", with: ["--step", "resurser-rostning"])
        #expect(results.status == 0)
        #expect(!results.out.contains("9223372036854775807"))
    }

    @Test func aChoiceHoldsThePlansAdvanceAndTheResultsMarkIt() throws {
        let day = try Day()
        let ids = try day.items("krav-rostning")
        let three = try day.run("vote", "choose", with: ["--step", "krav-rostning"] + ids.prefix(3))
        #expect(three.status != 0)
        #expect(three.err.contains("välj 4 som går vidare, inte 3"))
        #expect(try day.run("vote", "choose", with: ["--step", "krav-rostning"] + ids.reversed()).status == 0)
        let results = try day.run("vote", "results", with: ["--step", "krav-rostning"]).out
        let marked = results.split(separator: "\n").filter { $0.hasSuffix("\t→ går vidare") }
        #expect(marked.count == 4)
        #expect(results.hasSuffix("# 4 valda att gå vidare\n"))
    }

    @Test func theLogReadsAMinuteTakenOff() throws {
        let day = try Day()
        #expect(try day.run("step", "goto", with: ["krav"]).status == 0)
        #expect(try day.run("timer", "start", with: ["--minutes", "10"]).status == 0)
        #expect(try day.run("timer", "extend", with: ["--minutes=-1"]).status == 0)
        #expect(try day.run("log").out.contains("timerExtended krav -1 min\n"))
    }
}
