import Foundation
import Glibc
import LagomCore
import Testing

/// The real binary in tmux: a facilitator and a projector on the same session folder.
@Suite(.serialized) struct FacilitatorProjectorTests {
    @Test(.needsTmux) func theProjectorFollowsTheFacilitatorsKeys() throws {
        let session = try LagomProcess.scratchSession()
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 100, height: 30)
        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 100, height: 30)
        defer { facilitator.kill(); projector.kill() }

        try facilitator.waitFor { $0.joined().contains("Dagen har inte börjat") }
        try facilitator.sendKeys("n")
        try projector.waitFor { $0.joined().contains("Incheckning – Vad bra att vi är olika!") }
        try facilitator.sendKeys("n")
        try projector.waitFor { $0.joined().contains("Syfte dag 1") }
        try facilitator.sendKeys("b")
        try projector.waitFor { $0.joined().contains("Incheckning") && !$0.joined().contains("Syfte dag 1") }
        // Start/pause from the facilitator shows as a countdown on the projector, in big digits:
        // strokes painted (a white background, SGR 47, or reverse video, SGR 7), two cells wide.
        try facilitator.sendKeys("Space")
        // The console's status row (above the footer) starts with the countdown: "14:59".
        try facilitator.waitFor { $0.dropLast().last?.trimmingCharacters(in: .whitespaces).hasPrefix("14:") == true }
        try projector.waitFor(escapes: true) { $0.contains { $0.contains("[47m  ") || $0.contains("[7m  ") } }
    }

    @Test(.needsTmux) func hostileNotesShowInertAndNoEscapeFromANoteReachesTheTerminal() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "goto", session, "enkat-grupparbete"])
        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 120, height: 40)
        defer { projector.kill() }
        try projector.waitFor { $0.joined().contains("Grupparbete medarbetarenkätens resultat") }
        let bytesFile = projector.directory.appendingPathComponent("bytes.out").path
        try projector.pipePane(to: bytesFile)

        for (_, text) in HostileText.corpus {
            let added = try LagomProcess.run([
                "note", "add", session, "--step", "enkat-grupparbete", "--list", "Riskfaktorer", text,
            ])
            #expect(added.status == 0, "note add failed: \(added.err)")
        }
        try LagomProcess.run([
            "note", "add", session, "--step", "enkat-grupparbete", "--list", "Riskfaktorer", "Sista lappen: åäö",
        ])
        let screen = try projector.waitFor { $0.joined().contains("Sista lappen: åäö") }
        #expect(screen.joined().contains("^["), "ESC is shown as ^[")
        try projector.stopPipingPane()

        let bytes = try Data(contentsOf: URL(fileURLWithPath: bytesFile))
        let written = String(decoding: bytes, as: UTF8.self)
        // Sequences that only a note could have brought: clear screen, window title, hyperlink,
        // clipboard, device control, 8-bit CSI.
        for forbidden in ["\u{1B}[2J", "\u{1B}]0;", "\u{1B}]2;", "\u{1B}]8;", "\u{1B}]52;", "\u{1B}P", "\u{9B}"] {
            #expect(!written.contains(forbidden), "the terminal received \(forbidden.debugDescription)")
        }
        #expect(!bytes.contains(0x07), "no BEL (it ends OSC sequences)")
    }

    @Test(.needsTmux) func resizingDownToOneByOneAndBackNeverCrashes() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "start", session])
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("Incheckning") }
        try facilitator.resize(width: 20, height: 5)
        try facilitator.waitFor { $0.joined().contains("40×12") }
        try facilitator.resize(width: 1, height: 1)
        try facilitator.waitFor { screen in screen.count == 1 }
        try facilitator.resize(width: 80, height: 24)
        try facilitator.waitFor { $0.joined().contains("Incheckning") && $0.joined().contains("Agenda") }
        #expect(try facilitator.exitStatus() == nil, "still running")
    }

    @Test(.needsTmux) func quittingRestoresTheTerminal() throws {
        let session = try LagomProcess.scratchSession()
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("Agenda") }
        #expect(try facilitator.paneValue("alternate_on") == "1")
        let bytesFile = facilitator.directory.appendingPathComponent("exit.bytes").path
        try facilitator.pipePane(to: bytesFile)
        try facilitator.sendKeys("q")
        try facilitator.waitFor { _ in (try? facilitator.exitStatus()) != nil }
        #expect(try facilitator.exitStatus() == 0)
        #expect(try facilitator.paneValue("alternate_on") == "0", "left the alternate screen")
        // A dead pane has no cursor to ask tmux about; the bytes say what was restored.
        let written = String(
            decoding: (try? Data(contentsOf: URL(fileURLWithPath: bytesFile))) ?? Data(), as: UTF8.self)
        #expect(written.contains("\u{1B}[?25h"), "cursor made visible")
        #expect(written.contains("\u{1B}[?2004l"), "bracketed paste turned off")
    }

    /// A crash (SIGSEGV, as a bug would raise it) still gives the terminal back: the shell's
    /// screen, a visible cursor, bracketed paste off and the tty's cooked modes; the signal is
    /// raised again so the shell sees the crash.
    @Test(.needsTmux) func aCrashRestoresTheTerminal() throws {
        let session = try LagomProcess.scratchSession()
        let modesFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lagom-stty-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        ).path
        defer { try? FileManager.default.removeItem(atPath: modesFile) }
        let command =
            LagomProcess.command("facilitator", session)
            + "; status=$?; stty -a > \(TmuxHarness.shellQuoted(modesFile)); exit $status"
        // Swift's backtracer prints its report on the restored screen; interactive, it would
        // then wait for a key (docs/terminal.md).
        let facilitator = try TmuxHarness(
            command: command, width: 80, height: 24,
            environment: ["SWIFT_BACKTRACE": "interactive=no"])
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("Agenda") }
        let bytesFile = facilitator.directory.appendingPathComponent("crash.bytes").path
        try facilitator.pipePane(to: bytesFile)
        let pid = try #require(Self.lagomProcess(runningOn: session))
        #expect(Glibc.kill(pid, SIGSEGV) == 0)
        try facilitator.waitFor { _ in (try? facilitator.exitStatus()) != nil }
        #expect(try facilitator.exitStatus() == 128 + Int(SIGSEGV), "the crash is reported, not hidden")
        #expect(try facilitator.paneValue("alternate_on") == "0", "left the alternate screen")
        let written = String(
            decoding: (try? Data(contentsOf: URL(fileURLWithPath: bytesFile))) ?? Data(), as: UTF8.self)
        #expect(written.contains("\u{1B}[?25h"), "cursor made visible")
        #expect(written.contains("\u{1B}[?2004l"), "bracketed paste turned off")
        let modes = (try? String(contentsOfFile: modesFile, encoding: .utf8)) ?? ""
        #expect(modes.contains(" icanon") && modes.contains(" echo "), "cooked tty modes back: \(modes)")
    }

    /// The `lagom` process (not its shell) whose command line names `session`.
    static func lagomProcess(runningOn session: String) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                let comm = try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8),
                comm.trimmingCharacters(in: .whitespacesAndNewlines) == "lagom",
                let cmdline = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                String(decoding: cmdline, as: UTF8.self).contains(session)
            else { continue }
            return pid
        }
        return nil
    }

    @Test(.needsTmux) func ctrlCQuitsCleanlyAndKeepsWhatWasSaved() throws {
        let session = try LagomProcess.scratchSession()
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("Agenda") }
        try facilitator.sendKeys("n")
        try facilitator.waitFor { $0.joined().contains("1/23") }
        try facilitator.sendKeys("C-c")
        try facilitator.waitFor { _ in (try? facilitator.exitStatus()) != nil }
        #expect(try facilitator.paneValue("alternate_on") == "0")
        let log = try LagomProcess.run(["log", session])
        #expect(log.out.contains("stepEntered incheckning"))
    }

    @Test func aNonTerminalStdinIsRefusedWithOneLine() throws {
        let session = try LagomProcess.scratchSession()
        let result = try LagomProcess.run(["facilitator", session])
        #expect(result.status != 0)
        #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
    }
}

/// `NO_COLOR` (no-color.org) asks for no colour: the screens pick the monochrome theme, whose
/// styles are bold, underline and reverse only. The projector paints its own background in
/// colour otherwise (the standard theme keeps the terminal's own colours for plain text).
struct NoColorTests {
    @Test(.needsTmux) func noColorInTheEnvironmentMeansTheMonochromeTheme() throws {
        let session = try LagomProcess.scratchSession()
        for (environment, coloured) in [("NO_COLOR=1", false), ("NO_COLOR=", true)] {
            let pane = try TmuxHarness(
                command: "env \(environment) " + LagomProcess.command("projector", session), width: 80, height: 24)
            defer { pane.kill() }
            try pane.waitFor(escapes: true) { $0.joined().contains("\u{1B}[") }
            let styled = try pane.command(["capture-pane", "-p", "-e", "-t", pane.sessionName])
            // A colour in tmux's SGR sequences: 30–37, 40–47, 38;5;n, 48;5;n or 90–97 (39 and 49 are the defaults).
            let hasColour =
                styled.range(of: #"\e\[[0-9;]*(3[0-7]|4[0-7]|[34]8;5;[0-9]+|9[0-7])[;m]"#, options: .regularExpression)
                != nil
            #expect(hasColour == coloured, "\(environment): \(styled.prefix(400))")
        }
    }
}
