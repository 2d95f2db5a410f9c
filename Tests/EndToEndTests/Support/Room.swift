import Foundation

/// Several roles on one scratch session, each in its own tmux (private socket, own size):
/// a facilitator, a projector, secretaries. The panes are named; the session folder is shared.
final class Room {
    let session: String
    private var panes: [String: TmuxHarness] = [:]

    /// Throws when tmux is missing: a test that makes a room says so with `.needsTmux`, and is
    /// then skipped with that reason instead of passing without having run.
    init(planJSON: String) throws {
        try TmuxHarness.requireTmux()
        session = try LagomProcess.scratchSession(planJSON: planJSON)
    }

    init(bundled name: String, copying files: [String] = ["plan.json"]) throws {
        try TmuxHarness.requireTmux()
        session = try LagomProcess.scratchSession(name, copying: files)
    }

    deinit { panes.values.forEach { $0.kill() } }

    /// A pane of its own size running `lagom ARGUMENTS…`.
    func open(_ name: String, width: Int, height: Int, _ arguments: [String]) throws {
        panes[name] = try TmuxHarness(command: LagomProcess.command(arguments), width: width, height: height)
    }

    /// A pane running a shell command line of the test's own.
    func openShell(_ name: String, width: Int, height: Int, _ line: String) throws {
        panes[name] = try TmuxHarness(command: line, width: width, height: height)
    }

    /// A pane running `lagom ARGUMENTS…` under another account (`runuser`), as a secretary over SSH.
    func open(_ name: String, width: Int, height: Int, _ arguments: [String], as account: String) throws {
        let line = "/usr/sbin/runuser -u \(TmuxHarness.shellQuoted(account)) -- \(LagomProcess.command(arguments))"
        panes[name] = try TmuxHarness(command: line, width: width, height: height)
    }

    /// A pane running `lagom ARGUMENTS…` whose standard error goes to `errors` and whose exit status is
    /// written to `status` when it ends (what a person sees in their terminal after the pane closes).
    func open(_ name: String, width: Int, height: Int, _ arguments: [String], errors: String, status: String) throws {
        let line =
            "\(LagomProcess.command(arguments)) 2>\(TmuxHarness.shellQuoted(errors)); echo $? >\(TmuxHarness.shellQuoted(status))"
        panes[name] = try TmuxHarness(command: line, width: width, height: height)
    }

    /// `lagom ARGUMENTS…` on the command line; what it printed, stdout and stderr together.
    @discardableResult
    func lagomCLI(_ arguments: [String]) throws -> String {
        let result = try LagomProcess.run(arguments)
        return result.out + result.err
    }

    func type(_ name: String, _ text: String) throws { try pane(name).type(text) }
    func paste(_ name: String, _ text: String, raw: Bool = false) throws { try pane(name).paste(text, raw: raw) }
    func exitStatus(_ name: String) throws -> Int? { try pane(name).exitStatus() }

    /// Closes the pane's terminal as a dropped SSH connection would: the program gets SIGHUP.
    func hangUp(_ name: String) throws {
        try pane(name).kill()
        panes[name] = nil
    }

    /// The process id of `lagom` running in the pane (a child of the pane's shell), if it runs.
    func lagomProcessID(_ name: String) throws -> Int32? {
        var queue = [try pane(name).paneValue("pane_pid")]
        while !queue.isEmpty {
            let pid = queue.removeFirst()
            let command = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
            if command.trimmingCharacters(in: .whitespacesAndNewlines) == "lagom" { return Int32(pid) }
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            queue += children.split(separator: " ").map(String.init)
        }
        return nil
    }
    func press(_ name: String, _ key: String) throws { try pane(name).sendKeys(key) }
    func capture(_ name: String) throws -> String { try pane(name).capturePane().joined(separator: "\n") }
    func paneValue(_ name: String, _ format: String) throws -> String { try pane(name).paneValue(format) }
    func tmux(_ name: String, _ arguments: String...) throws -> String { try pane(name).command(arguments) }

    /// Sends keys one after another (tmux key names: "Enter", "Down", "C-d").
    func keys(_ name: String, _ keys: String...) throws {
        for key in keys { try pane(name).sendKeys(key) }
    }

    /// Waits until `text` shows in the pane; fails the wait with the screen otherwise.
    func expect(_ text: String, in name: String) throws {
        try pane(name).waitFor("\"\(text)\" in \(name)") { $0.joined(separator: "\n").contains(text) }
    }

    /// Polls until `condition` holds on the pane's text; returns whether it did and the last screen.
    @discardableResult
    func waitFor(
        _ name: String, timeout: Int = 20, escapes: Bool = false, _ condition: (String) -> Bool
    ) throws -> (ok: Bool, screen: String) {
        do {
            let screen = try pane(name).waitFor(timeout: .seconds(timeout), escapes: escapes) {
                condition($0.joined(separator: "\n"))
            }
            return (true, screen.joined(separator: "\n"))
        } catch {
            return (false, (try? capture(name)) ?? "\(error)")
        }
    }

    /// The log's events, decoded loosely.
    func events() throws -> [[String: Any]] {
        let text = try String(contentsOfFile: session + "/events.jsonl", encoding: .utf8)
        // A commit of several events is one line, {"transaction":[…]}: its events, in order.
        return text.split(separator: "\n").flatMap { line -> [[String: Any]] in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return []
            }
            return object["transaction"] as? [[String: Any]] ?? [object]
        }
    }

    private func pane(_ name: String) throws -> TmuxHarness {
        guard let pane = panes[name] else { throw TmuxHarness.Failure(description: "no pane \(name)") }
        return pane
    }
}
