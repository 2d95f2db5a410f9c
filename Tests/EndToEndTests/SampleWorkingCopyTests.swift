import Foundation
import Testing

/// README's promise: the bundled sample runs from any folder, in a working copy of its own, and the
/// repository's `Sessions/` is never written (so `swift run lagom` then `swift test` pass in any order).
@Suite struct SampleWorkingCopyTests {
    /// An empty folder to run `lagom` in and a user data folder of its own; removed at the end.
    struct Elsewhere {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-elsewhere-\(UUID().uuidString)")
            .path
        var folder: String { root + "/här" }
        var data: String { root + "/data" }
        var sample: String { data + "/lagom/sessions/planeringsdagar-2024" }

        init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// `cd FOLDER && lagom ARGUMENTS…` as a shell line.
        func command(_ arguments: String...) -> String {
            "cd \(TmuxHarness.shellQuoted(folder)) && env XDG_DATA_HOME=\(TmuxHarness.shellQuoted(data)) "
                + ([LagomProcess.binary] + arguments).map(TmuxHarness.shellQuoted).joined(separator: " ")
        }

        func run(_ arguments: String...) throws -> (out: String, err: String, status: Int32) {
            let line =
                "cd \(TmuxHarness.shellQuoted(folder)) && exec "
                + ([LagomProcess.binary] + arguments).map(TmuxHarness.shellQuoted).joined(separator: " ")
            let environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": data]) { _, ours in ours }
            let result = try Spawn.run("/bin/sh", ["-c", line], environment: environment)
            return (
                String(decoding: result.output, as: UTF8.self), String(decoding: result.errors, as: UTF8.self),
                result.status
            )
        }
    }

    /// Every file under the repository's Sessions/, with its size and modification time.
    static func repositorySessions() throws -> [String: String] {
        let root = LagomProcess.packageRoot.appendingPathComponent("Sessions").path
        var files: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: root) ?? [] {
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + path)
            files[path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0)"
        }
        return files
    }

    /// `lagom` with no command, from a folder that is not the repository: the sample opens, `n` and
    /// `Space` are saved in the working copy under XDG_DATA_HOME, and the template is untouched.
    @Test(.needsTmux)
    func lagomRunsTheSampleFromAnyFolderInAWorkingCopy() throws {
        let here = try Elsewhere()
        defer { here.remove() }
        let before = try Self.repositorySessions()
        let pane = try TmuxHarness(command: here.command(), width: 80, height: 24)
        defer { pane.kill() }
        try pane.waitFor { $0.joined().contains("Agenda") }
        try pane.sendKeys("n")
        try pane.waitFor {
            $0.joined().contains("Tankefällor") || $0.joined().contains("▶") || $0.joined().contains("2/")
        }
        try pane.sendKeys("Space")
        try pane.waitFor { _ in
            ((try? String(contentsOfFile: here.sample + "/events.jsonl", encoding: .utf8)) ?? "").contains(
                "stepStarted")
        }
        try pane.sendKeys("q")
        try pane.waitFor { _ in (try? pane.exitStatus()) != nil }
        #expect(try pane.exitStatus() == 0)
        let screen = try pane.capturePane(includingHistory: true).joined()  // the line wraps at 80
        // Said in the sample's language, before the screen opens.
        #expect(screen.contains("din arbetskopia av exemplet \"planeringsdagar-2024\" finns nu i \(here.sample)"))
        #expect(FileManager.default.fileExists(atPath: here.sample + "/plan.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: here.folder).isEmpty, "nothing made where it ran")
        #expect(try Self.repositorySessions() == before, "the repository's Sessions/ is never written")

        // Opened again, it resumes where it was left (no new copy).
        let again = try TmuxHarness(command: here.command("projector", "planeringsdagar-2024"), width: 80, height: 24)
        defer { again.kill() }
        try again.waitFor { !$0.joined().isEmpty && $0.joined() != "" }
        try again.sendKeys("q")
        try again.waitFor { _ in (try? again.exitStatus()) != nil }
        #expect(!(try again.capturePane(includingHistory: true).joined().contains("made your working copy")))
    }

    @Test func newMakesASessionFromAnyFolderAmongYourSessions() throws {
        let here = try Elsewhere()
        defer { here.remove() }
        let made = try here.run("new", "prov")
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out == here.data + "/lagom/sessions/prov\n")
        let started = try here.run("step", "start", "prov")
        #expect(started.status == 0, "\(started.err)")
        #expect(try here.run("check", "prov").out.hasPrefix("ok: " + here.data + "/lagom/sessions/prov:"))
        // The sample's plan came from inside the binary: no working copy of the sample was made.
        #expect(!FileManager.default.fileExists(atPath: here.sample))
    }

    @Test func aMisspeltRoleIsNamedAndTheVersionIsShown() throws {
        let here = try Elsewhere()
        defer { here.remove() }
        let typo = try here.run("projektor", "dag")
        #expect(typo.status == 64)
        #expect(typo.err == "Error: \"projektor\" is not a command (did you mean projector?)\n")
        let swedish = try here.run("tidhållare", "dag")
        #expect(swedish.err.contains("(did you mean timekeeper?)"))
        let version = try here.run("--version")
        #expect(version.status == 0)
        #expect(version.out.hasPrefix("lagom "))
        #expect(version.out.split(separator: ".").count == 3)
    }
}
