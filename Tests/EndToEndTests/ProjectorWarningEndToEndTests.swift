import Foundation
import Glibc
import Testing

/// The real binaries in tmux: a projector in a pane of 50 rows (text too small for the back of the
/// room) makes the facilitator's console say so; once the projector is sized to be read, or gone,
/// the warning goes (issue 17).
@Suite(.serialized) struct ProjectorWarningEndToEndTests {
    @Test(.needsTmux) func aProjectorOfFiftyRowsIsNamedOnTheConsoleUntilItIsReadable() throws {
        let session = try LagomProcess.scratchSession()
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 120, height: 30)
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("Agenda") }
        #expect(!(try facilitator.capturePane().joined().contains("rader")))

        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 160, height: 50)
        defer { projector.kill() }
        try facilitator.waitFor { $0.joined().contains("Projektorn visar 50 rader") }
        let files = try FileManager.default.contentsOfDirectory(atPath: session)
        #expect(files.contains { $0.hasPrefix("projector-") && $0.hasSuffix(".pane") })

        // A larger font: fewer rows. The console follows, and says nothing at 30 rows.
        try projector.resize(width: 98, height: 30)
        try facilitator.waitFor { !$0.joined().contains("Projektorn visar") }
        try projector.resize(width: 160, height: 48)
        try facilitator.waitFor { $0.joined().contains("Projektorn visar 48 rader") }

        // Killed (SIGKILL: it cannot take its file back), the warning still goes with the process.
        let lagom = try #require(Self.lagomProcess(under: try projector.paneValue("pane_pid")))
        #expect(Glibc.kill(lagom, SIGKILL) == 0)
        try facilitator.waitFor { !$0.joined().contains("Projektorn visar") }
        let left = try FileManager.default.contentsOfDirectory(atPath: session)
        #expect(left.contains { $0.hasPrefix("projector-") }, "the killed projector's file is still there")
    }

    /// The `lagom` process the pane runs (under the harness's shells), found by its executable.
    static func lagomProcess(under pid: String) -> pid_t? {
        let children =
            (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8))?
            .split(separator: " ").map(String.init) ?? []
        for child in children {
            let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/exe")
            if executable?.hasSuffix("/lagom") == true { return pid_t(child) }
            if let found = lagomProcess(under: child) { return found }
        }
        return nil
    }
}
