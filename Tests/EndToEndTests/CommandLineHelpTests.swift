import Foundation
import LagomCore
import Testing

/// `lagom --help`, `lagom help COMMAND` and `lagom COMMAND --help` print the catalogue's help in the
/// command's language (README, "The command line's language"), and so do ArgumentParser's mistakes.
@Suite struct CommandLineHelpTests {
    /// Every command, option and argument ArgumentParser knows (its own command tree, as
    /// `--experimental-dump-help` writes it) names a catalogue text for its help, in both languages:
    /// a new option cannot be added without one.
    @Test func everyCommandAndOptionHasItsHelpInTheCatalogue() throws {
        let dump = try LagomProcess.run(["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.err)")
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
        let root = try #require(tree["command"] as? [String: Any])
        var missing: [String] = []
        var seen = 0
        func visit(_ command: [String: Any], _ path: String) {
            let name = command["commandName"] as? String ?? "?"
            let here = path.isEmpty ? name : "\(path) \(name)"
            // ArgumentParser's own `help` command: the printer words it from the catalogue (helpHelp).
            if name == "help" && !path.isEmpty { return }
            func check(_ key: Any?, _ what: String, required: Bool = true) {
                seen += 1
                guard let key = key as? String else {
                    if required { missing.append("\(here) \(what): no help") }
                    return
                }
                for language in Language.allCases
                where !Catalogue.table(language).keys.contains(where: { $0.name == key }) {
                    missing.append("\(here) \(what): \"\(key)\" is no catalogue key (\(language))")
                }
            }
            check(command["abstract"], "abstract")
            check(command["discussion"], "discussion", required: false)
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                if argument["kind"] as? String != "positional" && (names.contains("help") || names.contains("version"))
                {
                    continue  // ArgumentParser's own -h/--help and --version: helpFlagHelp, helpFlagVersion
                }
                let label = names.first.map { "--\($0)" } ?? "<\(argument["valueName"] as? String ?? "?")>"
                check(argument["abstract"], label)
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub, here) }
        }
        visit(root, "")
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
        #expect(seen > 150, "the tree was read: \(seen) texts")
    }

    @Test func lagomHelpSpeaksTheLocalesLanguageOrTheOneAskedFor() throws {
        let swedish = try LagomProcess.run(["--help"], locale: "sv_SE.UTF-8")
        #expect(swedish.status == 0)
        for words in [
            "ÖVERSIKT: Led en workshopdag", "ANVÄNDNING: lagom <underkommando>", "UNDERKOMMANDON:", "FLAGGOR:",
            "facilitator (förval)", "Processledarens vy", "Skriv 'lagom help <underkommando>' för mer hjälp.",
        ] {
            #expect(swedish.out.contains(words), "\(words)\n\(swedish.out)")
        }
        #expect(!swedish.out.contains("OVERVIEW"))
        #expect(!swedish.out.contains("help\n"), "help is listed once, in Swedish")
        let english = try LagomProcess.run(["--help", "--lang", "en"], locale: "sv_SE.UTF-8")
        #expect(english.out.hasPrefix("OVERVIEW: Run a workshop day from the terminal"), "\(english.out)")
        #expect(english.out.contains("SUBCOMMANDS:") && english.out.contains("  help                    Show the help"))
        #expect(!english.out.contains("ÖVERSIKT") && !english.out.contains("Processledare"))
        // Without a locale of its own: English.
        #expect(try LagomProcess.run(["-h"]).out.hasPrefix("OVERVIEW: "))
    }

    @Test func aCommandsHelpSpeaksItsSessionsLanguage() throws {
        let swedish = try LagomProcess.scratchSession("planeringsdagar-2024")
        let english = try LagomProcess.scratchSession("team-day-en")
        defer {
            try? FileManager.default.removeItem(atPath: swedish)
            try? FileManager.default.removeItem(atPath: english)
        }
        let group = try LagomProcess.run(["help", "vote"], locale: "sv_SE.UTF-8")
        #expect(group.status == 0, "\(group.err)")
        #expect(group.out.hasPrefix("ÖVERSIKT: Registrera räknade poäng"), "\(group.out)")
        #expect(group.out.contains("Skriv 'lagom help vote <underkommando>'"), "\(group.out)")
        #expect(try LagomProcess.run(["vote"], locale: "sv_SE.UTF-8").out == group.out, "a bare group prints its help")
        // The plan's language wins over the locale's, as for every other line of the command.
        let cast = try LagomProcess.run(["vote", "cast", swedish, "--step", "krav-rostning", "--help"])
        #expect(cast.status == 0, "\(cast.err)")
        #expect(cast.out.contains("ANVÄNDNING: lagom vote cast <session> [--as <as>] --step <step>"), "\(cast.out)")
        #expect(cast.out.contains("Röstningssteget (id eller nummer)."), "\(cast.out)")
        #expect(cast.out.contains("(förval: facilitator)"), "\(cast.out)")
        let helpCast = try LagomProcess.run(["help", "vote", "cast", swedish])
        #expect(helpCast.out == cast.out)
        let englishCast = try LagomProcess.run(["vote", "cast", english, "--help"], locale: "sv_SE.UTF-8")
        #expect(englishCast.out.contains("The vote step (id or number)."), "\(englishCast.out)")
        #expect(
            try LagomProcess.run(["vote", "cast", swedish, "-h", "--lang", "en"]).out.contains(
                "The voter: a participant"))
        // A bundled sample named by the help gets no working copy for it.
        let sample = try LagomProcess.run(["vote", "results", "planeringsdagar-2024", "--help"])
        #expect(sample.out.contains("ÖVERSIKT: Skriv ut en röstnings listor"), "\(sample.out)")
        #expect(sample.err.isEmpty, "\(sample.err)")
    }

    @Test func helpWrapsToTheTerminalsWidth() throws {
        var environment = LagomProcess.environment
        environment["COLUMNS"] = "50"
        environment["LANG"] = "sv_SE.UTF-8"
        let result = try Spawn.run(LagomProcess.binary, ["help", "attendance"], environment: environment)
        let out = String(decoding: result.output, as: UTF8.self)
        #expect(out.contains("FLAGGOR:"), "\(out)")
        let long = out.split(separator: "\n").filter { $0.count > 50 }
        #expect(long.isEmpty, "\(long)")
    }

    @Test func aMistakeOnTheLineIsSaidInTheCommandsLanguage() throws {
        let swedish = try LagomProcess.scratchSession("planeringsdagar-2024")
        defer { try? FileManager.default.removeItem(atPath: swedish) }
        let missing = try LagomProcess.run(["vote", "cast"], locale: "sv_SE.UTF-8")
        #expect(missing.status == 64)
        #expect(
            missing.err == """
                Fel: argumentet '<session>' saknas
                Användning: lagom vote cast <session> [--as <as>] --step <step> --voter <voter> [--clear] [<notes> ...]
                  Skriv 'lagom vote cast --help' för mer hjälp.

                """, "\(missing.err)")
        let guess = try LagomProcess.run(["note", "list", swedish, "--stepp", "krav-rostning"])
        #expect(guess.err.hasPrefix("Fel: okänd flagga '--stepp' (menade du '--step'?)\n"), "\(guess.err)")
        let english = try LagomProcess.run(["timer", "start", swedish, "--minutes", "tio", "--lang", "en"])
        #expect(
            english.err.hasPrefix("Error: the value 'tio' is invalid for '--minutes <minutes>'\n"), "\(english.err)")
        #expect(english.err.contains("See 'lagom timer start --help' for more information."), "\(english.err)")
        let extra = try LagomProcess.run(["step", "next", swedish, "igen"])
        #expect(extra.err.hasPrefix("Fel: oväntat argument 'igen'\n"), "\(extra.err)")
        let value = try LagomProcess.run(["note", "list", swedish, "--step"], locale: "sv_SE.UTF-8")
        #expect(value.err.hasPrefix("Fel: '--step <step>' saknar värde\n"), "\(value.err)")
    }
}
