import Foundation
import Testing

/// The harness itself, driven with plain shell commands (no Lagom code involved).
@Suite(.needsTmux)
struct TmuxHarnessTests {
    @Test func showsSwedishTextAndEchoesTypedText() throws {
        let tmux = try TmuxHarness(command: "printf 'å ä ö\\n'; cat", width: 40, height: 8)
        defer { tmux.kill() }
        try tmux.waitFor("printf output") { $0.first == "å ä ö" }
        try tmux.type("hej då")
        try tmux.sendKeys("Enter")
        // The tty echoes the line, then cat prints it again.
        let screen = try tmux.waitFor("cat's echo") { $0.filter { $0 == "hej då" }.count == 2 }
        #expect(screen.prefix(3) == ["å ä ö", "hej då", "hej då"])
    }

    @Test func resizeChangesWhatTheProgramSees() throws {
        let tmux = try TmuxHarness(
            command: "trap 'stty size' WINCH; stty size; while :; do sleep 1; done", width: 50, height: 10)
        defer { tmux.kill() }
        try tmux.waitFor("initial size") { $0.contains("10 50") }
        try tmux.resize(width: 30, height: 7)
        try tmux.waitFor("size after resize") { $0.contains("7 30") }
        #expect(try tmux.paneValue("window_width") == "30")
    }

    @Test func pipePaneRecordsTheBytesWritten() throws {
        let tmux = try TmuxHarness(command: "cat", width: 40, height: 5)
        defer { tmux.kill() }
        let recording = tmux.directory.appendingPathComponent("bytes.out").path
        try tmux.pipePane(to: recording)
        try tmux.type("räksmörgås")
        try tmux.waitFor("echo") { $0.first == "räksmörgås" }
        try tmux.waitFor("recorded bytes") { _ in
            (try? String(contentsOfFile: recording, encoding: .utf8))?.contains("räksmörgås") ?? false
        }
    }

    @Test func exitStatusIsReadableAfterTheCommandEnds() throws {
        let tmux = try TmuxHarness(command: "echo klart; exit 3", width: 40, height: 5)
        defer { tmux.kill() }
        try tmux.waitFor("the command to end") { _ in (try? tmux.exitStatus()) != nil }
        #expect(try tmux.exitStatus() == 3)
        // The shell writes the status file as it exits, which can be before tmux has drawn the output
        // it read from the pane (seen once under a loaded full run): wait for the screen too.
        try tmux.waitFor("the output to be drawn") { _ in
            (try? tmux.capturePane(includingHistory: true).first) == "klart"
        }
    }

    @Test func killEndsTheSession() throws {
        let tmux = try TmuxHarness(command: "cat", width: 20, height: 3)
        tmux.kill()
        #expect(throws: TmuxHarness.Failure.self) { try tmux.capturePane() }
    }
}
