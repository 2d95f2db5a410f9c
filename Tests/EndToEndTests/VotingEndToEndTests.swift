import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Voting through the real binary: the facilitator's console and the projector in one tmux
/// server (private socket, fixed size, UTF-8), each test on its own copy of the results session.
@Suite(.serialized) struct VotingEndToEndTests {
    @Test func fiveBallotsWhileTheProjectorHidesThemThenReveal() throws {
        guard let tmux = try VotingTmux.start(step: "krav-rostning") else { return }
        defer { tmux.stop() }
        try tmux.waitFor("Resultatet visas", window: 0)
        try tmux.waitFor("Vem röstar?", window: 1)
        // Voter 1 by name: two stacked dots and one more; then four anonymous ballots.
        tmux.keys(window: 1, "Enter", "Right", "Right", "Down", "Right")
        try tmux.waitFor("kvar 2 av 5", window: 1)
        tmux.keys(window: 1, "Enter")
        try tmux.waitFor("1 röstsedlar lagda", window: 1)
        for voter in 2...5 {
            tmux.keys(window: 1, "a", "Down", "Down", "Down", "Right", "Right", "Enter")
            try tmux.waitFor("\(voter) röstsedlar lagda", window: 1)
        }
        // Ballots and the result stay off the projector until the reveal.
        let hidden = tmux.capture(window: 0)
        #expect(hidden.contains("Resultatet visas"))
        #expect(!hidden.contains("rangordnade"))
        tmux.keys(window: 1, "r")
        try tmux.waitFor("Krav, rangordnade", window: 0)
        let shown = tmux.capture(window: 0)
        #expect(shown.contains("1. Att vara tillgänglig"))
        #expect(shown.contains("8 p"))
    }

    @Test func revealFromTheBottomStepsThroughEveryPlace() throws {
        guard let tmux = try VotingTmux.start(step: "enkat-rostning") else { return }
        defer { tmux.stop() }
        try tmux.waitFor("Riskfaktorer, rangordnade", window: 0)
        tmux.keys(window: 1, "p", "Tab")
        try tmux.waitFor("Friskfaktorer, rangordnade", window: 0)
        tmux.keys(window: 1, "f")
        try tmux.waitFor("0 av 7 platser", window: 0)
        #expect(!tmux.capture(window: 0).contains("Tydliga ramar"))
        let bottomUp = ["Tydliga ramar", "Tillit mellan", "Variation", "Gemenskap", "Gemensamma", "Humor", "Flexibilitet"]
        for (place, text) in bottomUp.enumerated() {
            tmux.keys(window: 1, "Up")
            try tmux.waitFor("\(place + 1) av 7 platser", window: 0)
            #expect(tmux.capture(window: 0).contains(text))
        }
        #expect(!tmux.capture(window: 0).contains("· · ·"))
    }
}

/// A private tmux server with the projector in window 0 and the facilitator in window 1.
struct VotingTmux {
    let directory: URL
    let socket: String

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `lagom`: `LAGOM_BIN`, or next to the test bundle.
    static func binary() -> String? {
        if let path = ProcessInfo.processInfo.environment["LAGOM_BIN"] { return path }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("lagom").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static func start(step: String) throws -> VotingTmux? {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: tmux is not installed"); return nil
        }
        guard let lagom = binary() else { print("skipped: the lagom binary was not found (set LAGOM_BIN)"); return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-e2e-\(UUID().uuidString)")
        let session = dir.appendingPathComponent("s")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let source = repository.appendingPathComponent("Sessions/planeringsdagar-2024-resultat")
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
        for file in ["plan.json", "events.jsonl"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: session.appendingPathComponent(file))
        }
        let me = VotingTmux(directory: dir, socket: dir.appendingPathComponent("sock").path)
        try me.run([lagom, "step", "goto", session.path, step])
        try me.run([tmux, "-S", me.socket, "new-session", "-d", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8",
                    "\(lagom) projector \(session.path)"])
        try me.run([tmux, "-S", me.socket, "new-window", "-d", "-t", "1", "-e", "LANG=C.UTF-8", "\(lagom) facilitator \(session.path)"])
        return me
    }

    /// Runs a command to its end with `posix_spawn`, output to a file. Not Foundation's
    /// `Process`: the tmux server it may start inherits the client's descriptors (so waiting on
    /// a pipe never ends) and the test thread's blocked signals (so the server hangs).
    @discardableResult
    func run(_ arguments: [String], output: Bool = false) throws -> String {
        let outPath = directory.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let environment = ["LANG=C.UTF-8", "TERM=tmux-256color", "PATH=/usr/bin:/bin"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return output ? String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self) : ""
    }

    func keys(window: Int, _ keys: String...) {
        _ = try? run(["/usr/bin/tmux", "-S", socket, "send-keys", "-t", "\(window)"] + keys)
    }

    func capture(window: Int) -> String {
        (try? run(["/usr/bin/tmux", "-S", socket, "capture-pane", "-p", "-t", "\(window)"], output: true)) ?? ""
    }

    /// Polls the pane until `text` shows (no fixed sleeps); fails after 10 s.
    func waitFor(_ text: String, window: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if capture(window: window).contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\"\(text)\" never appeared in window \(window):\n\(capture(window: window))", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    func stop() {
        _ = try? run(["/usr/bin/tmux", "-S", socket, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }
}
