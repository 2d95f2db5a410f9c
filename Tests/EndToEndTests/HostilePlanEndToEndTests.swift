import Foundation
import Testing

/// Plans written to take the screens down, and quit signals to a pane that cannot answer: the
/// real binary, as an attacker or a clumsy editor of `plan.json` would try it.
@Suite(.serialized) struct HostilePlanEndToEndTests {
    static let huge = "4611686018427387904"  // 2^62

    /// One step of each kind, every number either `value` or a real room's. Made-up names.
    static func plan(
        participants: Int = 6, groups: String = "3", groupSize: String = "4", seconds: String = "60",
        votes: String = "5", cap: String = "3", advance: String = "2", noteLimit: String = "200",
        minutes: String = "30"
    ) -> String {
        let people = (0..<participants).map { #"{ "name": "Deltagare \#($0 + 1)", "site": "Norrhamn" }"# }
        return """
            {
              "title": "Fientlig plan", "language": "sv",
              "days": [{ "title": "Dag 1", "date": "2024-12-03" }],
              "participants": [\(people.joined(separator: ", "))],
              "steps": [
                { "id": "runda", "kind": "checkin", "title": "Runda", "minutes": 10, "question": "Hur mår du?",
                  "secondsPerPerson": \(seconds) },
                { "id": "grupper", "kind": "groupwork", "title": "Grupper", "minutes": \(minutes), "prompts": ["Vad?"],
                  "lists": ["Idéer"], "groups": \(groups), "noteLimit": \(noteLimit) },
                { "id": "par", "kind": "groupwork", "title": "Par", "minutes": 10, "prompts": ["Hur?"],
                  "groupSize": { "min": 1, "max": \(groupSize) } },
                { "id": "val", "kind": "vote", "title": "Val",
                  "vote": { "ranks": [{ "step": "grupper", "list": "Idéer" }], "votesPerPerson": \(votes),
                            "maxPerItem": \(cap), "advance": \(advance), "mode": "ballots" } }
              ]
            }
            """
    }

    static let hostile = plan(
        groups: huge, groupSize: huge, seconds: "1000000000000000", votes: huge, cap: huge,
        advance: huge, noteLimit: huge)

    @Test func checkNamesEveryBoundAHostilePlanGoesOver() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.hostile)
        defer { try? FileManager.default.removeItem(atPath: session) }
        // The plan is Swedish, and so are its problems; `--lang en` asks for English.
        let check = try LagomProcess.run(["check", session])
        #expect(check.status != 0)
        for expected in [
            "steps[0].secondsPerPerson: får vara högst 3600 (en timme var)",
            "steps[1].groups: får vara högst 100 (grupper i ett rum)",
            "steps[1].noteLimit: får vara högst 10000", "steps[2].groupSize.max: får vara högst 100",
            "steps[3].vote.votesPerPerson: får vara högst 100", "steps[3].vote.advance: får vara högst 100",
        ] {
            #expect(check.err.contains(expected), "missing \(expected) in:\n\(check.err)")
        }
        let english = try LagomProcess.run(["check", session, "--lang", "en"])
        for expected in [
            "steps[0].secondsPerPerson: must be at most 3600", "steps[1].groups: must be at most 100",
            "steps[1].noteLimit: must be at most 10000", "steps[2].groupSize.max: must be at most 100",
            "steps[3].vote.votesPerPerson: must be at most 100", "steps[3].vote.advance: must be at most 100",
        ] {
            #expect(english.err.contains(expected), "missing \(expected) in:\n\(english.err)")
        }
        // No pane opens it: each says why, at once, instead of taking the machine down.
        for role in [["facilitator"], ["projector"], ["timekeeper"], ["secretary", "--group", "1"]] {
            let pane = try LagomProcess.run([role[0], session] + role.dropFirst())
            #expect(pane.status != 0, "\(role)")
            #expect(pane.err.hasPrefix("Fel: ") && pane.err.contains("får vara högst"), "\(role): \(pane.err)")
        }
    }

    /// A plan at every bound at once opens, draws and quits like any other.
    @Test(.needsTmux) func aPlanAtEveryBoundRuns() throws {
        let plan = Self.plan(
            participants: 1_000, groups: "100", groupSize: "100", seconds: "3600", votes: "100",
            cap: "100", advance: "100", noteLimit: "10000", minutes: "1440")
        let session = try LagomProcess.scratchSession(planJSON: plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(try LagomProcess.run(["check", session]).status == 0)
        try LagomProcess.run(["step", "goto", session, "grupper"])
        for role in [["timekeeper"], ["facilitator"], ["projector"], ["secretary", "--group", "100"]] {
            let pane = try TmuxHarness(
                command: LagomProcess.command([role[0], session] + role.dropFirst()), width: 80, height: 24)
            defer { pane.kill() }
            try pane.waitFor("\(role) drawn") { $0.joined().lowercased().contains("grupper") }
            #expect(Glibc.kill(pid_t(try Self.lagomProcess(under: pane)), SIGTERM) == 0)
            try pane.waitFor("\(role) ended") { _ in (try? pane.exitStatus()) != nil }
        }
    }

    /// A pane that cannot take the quit signal from its loop (here: waiting for the log's lock,
    /// which another process holds) still ends within the watchdog's time and gives the terminal
    /// back. Before the watchdog it waited for the lock, however long, ignoring SIGTERM.
    @Test(.needsTmux, arguments: [SIGTERM, SIGINT])
    func aQuitSignalEndsAPaneThatIsStuck(signal: Int32) throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan())
        defer { try? FileManager.default.removeItem(atPath: session) }
        try LagomProcess.run(["step", "goto", session, "grupper"])
        let pane = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { pane.kill() }
        try pane.waitFor { $0.joined().contains("Grupper") }
        let pid = try Self.lagomProcess(under: pane)

        let lock = open(session + "/events.lock", O_RDWR | O_CREAT, 0o600)
        #expect(lock >= 0)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        try pane.sendKeys("Space")  // start the step: the pane now waits for the lock
        try Self.waitUntil("the pane waits for the lock") { Self.isWaitingForALock(pid) }

        let clock = ContinuousClock()
        let sent = clock.now
        #expect(Glibc.kill(pid, signal) == 0)
        try Self.waitUntil("the pane ended") { !Self.isAlive(pid) }
        let took = clock.now - sent
        print("HostilePlanEndToEndTests: signal \(signal) ended a pane stuck on the lock in \(took)")
        try pane.waitFor("the exit status") { _ in (try? pane.exitStatus()) != nil }
        #expect(try pane.exitStatus() == 128 + Int(signal))
        #expect(try pane.paneValue("alternate_on") == "0", "the terminal was given back")
    }

    // MARK: - Processes

    /// The `lagom` process in a pane (tmux runs it under a shell and a subshell).
    static func lagomProcess(under pane: TmuxHarness) throws -> pid_t {
        let shell = try #require(pid_t(try pane.paneValue("pane_pid")))
        var found: pid_t?
        try waitUntil("lagom under the pane's shell") {
            found = descendants(of: shell).first { pid in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"))?.hasSuffix("/lagom")
                    == true
            }
            return found != nil
        }
        return try #require(found)
    }

    static func descendants(of root: pid_t) -> [pid_t] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        var parents: [pid_t: pid_t] = [:]
        for name in all {
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { parents[pid] = parent }
        }
        var result: [pid_t] = []
        var frontier = [root]
        while let next = frontier.popLast() {
            let children = parents.filter { $0.value == next }.map(\.key)
            result += children
            frontier += children
        }
        return result
    }

    /// Alive and not a zombie waiting to be reaped.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// In the `flock` system call (x86_64: 73, aarch64: 32).
    static func isWaitingForALock(_ pid: pid_t) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8),
            let number = text.split(separator: " ").first
        else { return false }
        #if arch(arm64)
            return number == "32"
        #else
            return number == "73"
        #endif
    }

    static func waitUntil(_ what: String, timeout: Duration = .seconds(15), _ condition: () throws -> Bool) throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while try !condition() {
            guard clock.now < deadline else { throw TmuxHarness.Failure(description: "timed out waiting for \(what)") }
            usleep(1_000)
        }
    }
}
