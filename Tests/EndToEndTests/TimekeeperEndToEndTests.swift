import Foundation
import Testing

/// The timekeeper as the room uses it: real `lagom` processes in tmux windows sharing one
/// session folder. Each test has its own tmux server (private socket) and its own copy of the
/// sample session. Skipped, with the reason printed, when tmux or the built binary is missing.
@Suite(.serialized) struct TimekeeperEndToEndTests {
    static let step = "enkat-grupparbete"

    @Test func plusFiveInTheTimekeeperShowsInTheFacilitatorsConsole() throws {
        guard let room = try Room.open() else { return }
        defer { room.close() }
        try room.lagom("step", "goto", room.session, Self.step)
        try room.lagom("timer", "start", room.session, "--minutes", "10")
        try room.lagom("timer", "pause", room.session)
        try room.window("tk", "timekeeper", room.session)
        try room.window("fac", "facilitator", room.session)
        try room.waitFor("fac") { $0.contains("‖ 10:00 pausad") }
        try room.waitFor("tk") { $0.contains("Hela rummet  ‖ 10:00") }
        try room.keys("tk", "5")
        try room.waitFor("fac") { $0.contains("‖ 15:00 pausad") }
        try room.waitFor("tk") { $0.contains("Hela rummet  ‖ 15:00") }
    }

    @Test func aTimekeeperKilledMidCountdownComesBackShowingTheRightTime() throws {
        guard let room = try Room.open() else { return }
        defer { room.close() }
        try room.lagom("step", "goto", room.session, Self.step)
        try room.lagom("timer", "start", room.session, "--minutes", "10")
        try room.window("tk", "timekeeper", room.session)
        try room.waitFor("tk") { Room.listTime($0, "Hela rummet") != nil }
        let pid = try room.tmux("display-message", "-p", "-t", "tk", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(kill(pid_t(pid) ?? 0, SIGKILL) == 0)
        try room.window("tk2", "timekeeper", room.session)
        let screen = try room.waitFor("tk2") { Room.listTime($0, "Hela rummet") != nil }
        let shown = try #require(Room.listTime(screen, "Hela rummet"))
        let deadline = try #require(try room.deadlineOfTheStepTimer())
        let expected = (deadline - Int64(Date().timeIntervalSince1970 * 1000)) / 1000
        // The screen was captured just before `expected` was computed: at most a tick apart.
        #expect(abs(shown - expected) <= 2, "shows \(shown) s, the stored deadline says \(expected) s")
    }

    @Test func twoGroupTimersRunAtOnce() throws {
        guard let room = try Room.open() else { return }
        defer { room.close() }
        try room.lagom("step", "goto", room.session, Self.step)
        try room.window("tk", "timekeeper", room.session, "--group", "1")
        try room.waitFor("tk") { $0.contains("Grupp 1 · 2/9") }
        try room.keys("tk", "Space", "Down", "Space")
        let screen = try room.waitFor("tk") { Room.listTime($0, "Grupp 1") != nil && Room.listTime($0, "Grupp 2") != nil }
        #expect(screen.contains("Grupp 2 · 3/9"))
        #expect(screen.contains("Grupp 3      – 30:00"))
        // Both keep counting down on their own.
        try room.waitFor("tk") { (Room.listTime($0, "Grupp 1") ?? 1800) < 1799 && (Room.listTime($0, "Grupp 2") ?? 1800) < 1799 }
    }
}

/// One workshop room: a private tmux server, a temporary copy of the sample session, the built binary.
private struct Room {
    let folder: URL
    let socket: String
    let lagomPath: String
    var session: String { folder.appendingPathComponent("session").path }

    static func open() throws -> Room? {
        guard let tmux = which("tmux") else {
            print("skipped: tmux is not installed")
            return nil
        }
        _ = tmux
        let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [binDir.appendingPathComponent("lagom").path,
                          binDir.deletingLastPathComponent().appendingPathComponent("lagom").path]
        guard let lagom = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipped: no built lagom binary next to the tests (\(candidates[0])); run swift build first")
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-timekeeper-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sessions/planeringsdagar-2024/plan.json")
        let session = folder.appendingPathComponent("session")
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: session.appendingPathComponent("plan.json"))
        let room = Room(folder: folder, socket: folder.appendingPathComponent("sock").path, lagomPath: lagom)
        try room.tmux("-f", "/dev/null", "new-session", "-d", "-s", "room", "-x", "80", "-y", "24", "sleep 600")
        return room
    }

    func close() {
        _ = try? tmux("kill-server")
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try run(Room.which("tmux") ?? "/usr/bin/tmux", ["-S", socket] + arguments)
    }

    @discardableResult
    func lagom(_ arguments: String...) throws -> String { try run(lagomPath, arguments) }

    /// A window running `lagom ARGS` as its only process (so `pane_pid` is lagom's).
    func window(_ name: String, _ arguments: String...) throws {
        let command = ([lagomPath] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try tmux("new-window", "-d", "-t", "room", "-n", name, "exec env LANG=C.UTF-8 TERM=tmux-256color " + command)
    }

    func keys(_ window: String, _ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "room:\(window)", key]) }
    }

    /// Polls the window until `done` holds (never a fixed sleep); fails after 10 s with the screen.
    @discardableResult
    func waitFor(_ window: String, _ done: (String) -> Bool) throws -> String {
        let start = Date()
        var screen = ""
        while Date().timeIntervalSince(start) < 10 {
            screen = (try? tmux("capture-pane", "-p", "-t", "room:\(window)")) ?? ""
            if done(screen) { return screen }
            usleep(50_000)
        }
        Issue.record("window \(window) never showed what was expected; it shows:\n\(screen)")
        throw WaitFailed()
    }

    /// `Grupp 1      29:58 ⚠` in the list → seconds left (nil when not shown or not started).
    static func listTime(_ screen: String, _ name: String) -> Int64? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: name + " ") else { continue }
            let rest = line[range.upperBound...].drop { $0 == " " }
            let clock = rest.prefix { $0.isNumber || $0 == ":" }.split(separator: ":")
            guard clock.count == 2, let m = Int64(clock[0]), let s = Int64(clock[1]) else { continue }  // e.g. the header
            return m * 60 + s
        }
        return nil
    }

    /// The step timer's wall-clock deadline in ms, from the log as any process reads it.
    func deadlineOfTheStepTimer() throws -> Int64? {
        let log = try String(contentsOf: URL(fileURLWithPath: session).appendingPathComponent("events.jsonl"), encoding: .utf8)
        for line in log.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let change = object["change"] as? [String: Any], let started = change["timerStarted"] as? [String: Any],
                  let at = object["at"] as? Int64, let seconds = started["seconds"] as? Int64 else { continue }
            return at + seconds * 1000
        }
        return nil
    }

    /// posix_spawn and waitpid, output to a file. Not Foundation's `Process`: on Linux it notices
    /// the end of a child through a pipe, which the tmux server forked by `new-session` keeps open.
    private func run(_ path: String, _ arguments: [String]) throws -> String {
        let outputPath = folder.appendingPathComponent("output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CommandFailed(command: path, output: "cannot start: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with 0: the low 7 bits (signal) and the exit code byte are all zero.
        guard status == 0 else { throw CommandFailed(command: ([path] + arguments).joined(separator: " "), output: text) }
        return text
    }

    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

private struct WaitFailed: Error {}
private struct CommandFailed: Error, CustomStringConvertible {
    let command: String
    let output: String
    var description: String { "\(command) failed: \(output)" }
}
