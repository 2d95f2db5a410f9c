import Foundation

/// A private tmux server for one test: its own socket, fixed pane sizes, `LANG=C.UTF-8`.
/// Waits by polling `capture-pane` until the expected text shows, never by a fixed sleep.
final class SecretaryTmux {
    let directory: URL
    let socket: String
    let lagom: String
    let session: String

    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The `lagom` binary next to the test bundle (swift build puts both in the same folder).
    static var lagomPath: String? {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        var bundle = Bundle.main.bundleURL
        for _ in 0..<4 { candidates.append(bundle); bundle = bundle.deletingLastPathComponent() }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("lagom").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Nil (with the reason printed) when tmux or the binary is missing.
    init?(planJSON: String) throws {
        guard Self.tmuxPath != nil else { print("skipped: tmux is not installed"); return nil }
        guard let lagom = Self.lagomPath else { print("skipped: the lagom binary was not found next to the tests"); return nil }
        self.lagom = lagom
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-e2e-\(UUID().uuidString)")
        socket = directory.appendingPathComponent("sock").path
        session = directory.appendingPathComponent("session").path
        try FileManager.default.createDirectory(atPath: session, withIntermediateDirectories: true)
        try Data(planJSON.utf8).write(to: URL(fileURLWithPath: session + "/plan.json"))
        try Data().write(to: URL(fileURLWithPath: session + "/events.jsonl"))
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a program and returns what it printed (standard output and error together).
    ///
    /// posix_spawn rather than Foundation's `Process`: `new-session` forks the tmux server, which
    /// inherits every descriptor of the client, including the socket `Process` uses to notice the
    /// child's exit, so waiting would never end. Output goes to a file; the status comes from
    /// `waitpid`. The test runner's threads block signals, so the spawn resets the mask, or the
    /// tmux server and the program under test would never see SIGCHLD, SIGWINCH or SIGTERM.
    @discardableResult
    func run(_ path: String, _ arguments: [String]) throws -> String {
        let outputPath = directory.appendingPathComponent("output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = [path] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = envp.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        // The session folder is given as an absolute path, so the child's working folder does not matter.
        let result = posix_spawn(&pid, path, &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else { throw SpawnFailure(path: path, code: result) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    struct SpawnFailure: Error { let path: String; let code: Int32 }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String { try run(Self.tmuxPath!, ["-S", socket] + arguments) }

    @discardableResult
    func lagomCLI(_ arguments: [String]) throws -> String { try run(lagom, arguments) }

    /// A window of its own size running `lagom <arguments>`.
    func open(_ name: String, width: Int, height: Int, _ arguments: [String]) throws {
        let command = ([lagom] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8",
                  "-e", "TERM=tmux-256color", "cd '\(directory.path)' && exec \(command)"])
    }

    func type(_ name: String, _ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
    func press(_ name: String, _ key: String) throws { try tmux(["send-keys", "-t", name, key]) }
    func capture(_ name: String) throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Polls until `condition` holds on the pane's text; returns the last capture.
    @discardableResult
    func waitFor(_ name: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture(name)
            if condition(screen) { return (true, screen) }
            usleep(50_000)
        }
        return (false, screen)
    }

    /// The log's events, decoded loosely.
    func events() throws -> [[String: Any]] {
        let text = try String(contentsOfFile: session + "/events.jsonl", encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
