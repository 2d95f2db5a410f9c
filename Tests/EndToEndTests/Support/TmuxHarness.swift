import Foundation
import Testing

/// Runs a command inside a detached tmux session on a private socket, for end-to-end
/// tests: type keys, read the screen, resize, record the bytes the program writes.
/// The pane runs with LANG=C.UTF-8 and TERM=tmux-256color, and stays after the program
/// exits (`remain-on-exit`) so its last screen and exit status can be read.
///
/// Copy-free reuse: other test targets can add this file to their sources by symlink.
final class TmuxHarness {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The tmux executable, or nil if it is not installed (tests then skip). `LAGOM_TEST_WITHOUT_TMUX=1`
    /// acts as if it were not, to see that every tmux test skips with its reason.
    static let tmuxPath: String? =
        ProcessInfo.processInfo.environment["LAGOM_TEST_WITHOUT_TMUX"] != nil
        ? nil
        : ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { tmuxPath != nil }

    /// Throws where tmux is missing: reached only by a test without `.needsTmux`, which should have it.
    static func requireTmux() throws {
        guard isAvailable else { throw Failure(description: "tmux is not installed; mark the test .needsTmux") }
    }

    let directory: URL
    let sessionName = "lagom-test"
    private let tmux: String
    private var isRunning = true

    /// Starts `command` (run by `sh -c`) in a new width × height session.
    /// - Parameter environment: extra variables for the command, e.g. a session folder.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = Self.tmuxPath else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-tmux-XXXXXX").path
        var buffer = Array(template.utf8CString)
        guard mkdtemp(&buffer) != nil else {
            throw Failure(description: "could not create a temporary directory from \(template)")
        }
        let path = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        directory = URL(fileURLWithPath: String(decoding: path, as: UTF8.self))

        let statusFile = directory.appendingPathComponent("exit-status").path
        let variables = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]
            .merging(environment) { _, mine in mine }
        let assignments = variables.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(Self.shellQuoted($0.value))" }.joined(separator: " ")
        // remain-on-exit is set globally before the session exists: set afterwards, a
        // command that exits at once can take the session (and server) with it.
        try run([
            "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-s", sessionName, "-x", "\(width)", "-y", "\(height)",
            "env \(assignments) sh -c \(Self.shellQuoted("trap true INT; (" + command + "\n); echo $? > " + Self.shellQuoted(statusFile)))",
        ])
    }

    deinit { kill() }

    /// tmux key names: "Enter", "Escape", "C-c", "M-Left", "BTab", "F5", …
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", sessionName] + keys)
    }

    /// Types text literally (å ä ö included), without key-name lookup.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", sessionName, "-l", "--", text])
    }

    /// Pastes text as a terminal paste (bracketed if the program asked for it). tmux turns each
    /// LF into a CR as a terminal would; `raw` sends the bytes as they are (a CR LF stays CR LF).
    func paste(_ text: String, raw: Bool = false) throws {
        try run(["set-buffer", "-b", "lagom-test", "--", text])
        try run(["paste-buffer", "-p", "-d"] + (raw ? ["-r"] : []) + ["-b", "lagom-test", "-t", sessionName])
    }

    /// The visible screen, one string per row, trailing spaces trimmed by tmux.
    /// After the command exits tmux appends a "Pane is dead" line, which can scroll the
    /// last screen up by one row: pass `includingHistory` to see everything.
    /// With `escapes`, each row keeps tmux's SGR sequences (`ESC[47m`), so painted cells show.
    func capturePane(includingHistory: Bool = false, escapes: Bool = false) throws -> [String] {
        let history = includingHistory ? ["-S", "-"] : []
        let output = try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", sessionName] + history)
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the screen until `predicate` holds and returns that screen. The timeout only
    /// bounds a hang; the check itself never waits a fixed time.
    @discardableResult
    func waitFor(
        timeout: Duration = .seconds(15), _ what: String = "the expected screen", escapes: Bool = false,
        _ predicate: ([String]) -> Bool
    ) throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = try capturePane(escapes: escapes)
        while !predicate(screen) {
            guard clock.now < deadline else {
                throw Failure(
                    description: "timed out waiting for \(what); screen was:\n" + screen.joined(separator: "\n"))
            }
            usleep(20_000)
            screen = try capturePane(escapes: escapes)
        }
        return screen
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", sessionName, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Appends every byte the program writes from now on to `path`.
    func pipePane(to path: String) throws {
        try run(["pipe-pane", "-t", sessionName, "-o", "cat >> \(Self.shellQuoted(path))"])
    }

    func stopPipingPane() throws {
        try run(["pipe-pane", "-t", sessionName])
    }

    /// A tmux format value for the pane, e.g. "pane_dead", "pane_dead_status",
    /// "alternate_on", "cursor_flag", "pane_pid", "window_width".
    func paneValue(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", sessionName, "#{\(format)}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The command's exit status once it has ended (128 + n if killed by signal n, as
    /// shells report it), nil while it runs. The shell around the command (run in a subshell, so
    /// an `exit` in it ends only the subshell) writes it to a file:
    /// tmux was seen never filling in `pane_dead_status` when many servers run at once. The
    /// shell traps SIGINT with a handler (reset on exec, so the command gets its own) to
    /// outlive a Ctrl-C sent to the command. If the shell itself was killed, tmux is asked.
    func exitStatus() throws -> Int? {
        if let text = try? String(contentsOf: directory.appendingPathComponent("exit-status"), encoding: .utf8),
            let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            return status
        }
        guard try paneValue("pane_dead") == "1" else { return nil }
        if let status = Int(try paneValue("pane_dead_status")) { return status }
        return Int(try paneValue("pane_dead_signal")).map { 128 + $0 }
    }

    /// Ends the session (the program gets SIGHUP) and removes the private directory.
    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Any other tmux command on this pane's server (e.g. `list-buffers`).
    func command(_ arguments: [String]) throws -> String { try run(arguments) }

    /// Runs one tmux command on this harness's private server and returns its standard output.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")  // never talk to an enclosing tmux
        let result = try Spawn.run(
            tmux, ["-u", "-f", "/dev/null", "-S", directory.appendingPathComponent("socket").path] + arguments,
            environment: environment)
        guard result.status == 0 else {
            throw Failure(
                description:
                    "tmux \(arguments.joined(separator: " ")) failed: \(String(decoding: result.errors, as: UTF8.self))"
            )
        }
        return String(decoding: result.output, as: UTF8.self)
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension Trait where Self == ConditionTrait {
    /// A test that drives panes in tmux: skipped, with this reason, where tmux is not installed.
    static var needsTmux: Self { .enabled(if: TmuxHarness.isAvailable, "needs tmux, which is not installed") }
}
