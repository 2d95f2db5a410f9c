import Foundation
import Testing

/// The timekeeper as the room uses it: real `lagom` processes in tmux, sharing one session
/// folder. Each pane is its own tmux server (private socket); each test its own session copy.
@Suite(.serialized) struct TimekeeperEndToEndTests {
    static let step = "enkat-grupparbete"

    @Test(.needsTmux) func plusFiveInTheTimekeeperShowsInTheFacilitatorsConsole() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "goto", session, Self.step])
        try LagomProcess.run(["timer", "start", session, "--minutes", "10"])
        try LagomProcess.run(["timer", "pause", session])
        let timekeeper = try TmuxHarness(command: LagomProcess.command("timekeeper", session), width: 80, height: 24)
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { timekeeper.kill(); facilitator.kill() }
        try facilitator.waitFor { $0.joined(separator: "\n").contains("‖ 10:00 pausad") }
        try timekeeper.waitFor { $0.joined(separator: "\n").contains("Hela rummet  ‖ 10:00") }
        try timekeeper.sendKeys("5")
        try facilitator.waitFor { $0.joined(separator: "\n").contains("‖ 15:00 pausad") }
        try timekeeper.waitFor { $0.joined(separator: "\n").contains("Hela rummet  ‖ 15:00") }
    }

    @Test(.needsTmux) func aTimekeeperKilledMidCountdownComesBackShowingTheRightTime() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "goto", session, Self.step])
        try LagomProcess.run(["timer", "start", session, "--minutes", "10"])
        let first = try TmuxHarness(command: LagomProcess.command("timekeeper", session), width: 80, height: 24)
        defer { first.kill() }
        try first.waitFor { Self.listTime($0, "Hela rummet") != nil }
        let pid = try first.paneValue("pane_pid")
        #expect(kill(pid_t(pid) ?? 0, SIGKILL) == 0)

        let second = try TmuxHarness(command: LagomProcess.command("timekeeper", session), width: 80, height: 24)
        defer { second.kill() }
        let screen = try second.waitFor { Self.listTime($0, "Hela rummet") != nil }
        let shown = try #require(Self.listTime(screen, "Hela rummet"))
        let deadline = try #require(try Self.deadlineOfTheStepTimer(in: session))
        let expected = (deadline - Int64(Date().timeIntervalSince1970 * 1000)) / 1000
        // The screen was captured just before `expected` was computed: at most a tick apart.
        #expect(abs(shown - expected) <= 2, "shows \(shown) s, the stored deadline says \(expected) s")
    }

    @Test(.needsTmux) func twoGroupTimersRunAtOnce() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "goto", session, Self.step])
        let timekeeper = try TmuxHarness(
            command: LagomProcess.command("timekeeper", session, "--group", "1"), width: 80, height: 24)
        defer { timekeeper.kill() }
        try timekeeper.waitFor { $0.joined(separator: "\n").contains("Grupp 1 · 2/9") }
        try timekeeper.sendKeys("Space", "Down", "Space")
        let screen = try timekeeper.waitFor {
            Self.listTime($0, "Grupp 1") != nil && Self.listTime($0, "Grupp 2") != nil
        }
        #expect(screen.joined(separator: "\n").contains("Grupp 2 · 3/9"))
        // "väntar" fits the list at 80×24, where "inte startad" was cut.
        #expect(screen.joined(separator: "\n").contains("Grupp 3      30:00 väntar"))
        // Both keep counting down on their own.
        try timekeeper.waitFor {
            (Self.listTime($0, "Grupp 1") ?? 1800) < 1799 && (Self.listTime($0, "Grupp 2") ?? 1800) < 1799
        }
    }

    /// The "done when": a 30-minute group-work step with six group timers started from the
    /// timekeeper pane and followed on the projector; a restarted timekeeper shows what the room sees.
    @Test(.needsTmux) func sixGroupTimersRunFromTheTimekeeperAreFollowedOnTheProjector() throws {
        let session = try LagomProcess.scratchSession()
        try LagomProcess.run(["step", "goto", session, Self.step])
        let timekeeper = try TmuxHarness(command: LagomProcess.command("timekeeper", session), width: 120, height: 40)
        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 120, height: 40)
        defer { timekeeper.kill(); projector.kill() }
        try timekeeper.waitFor { $0.joined(separator: "\n").contains("Grupp 8      30:00 väntar") }
        for _ in 1...6 { try timekeeper.sendKeys("Down", "Space") }

        let seen = try projector.waitFor { screen in (1...6).allSatisfy { Self.projectorTime(screen, group: $0) != nil }
        }
        #expect(Self.projectorTime(seen, group: 7) == nil, "group 7 was never started")
        for group in 1...6 { #expect((1790...1800).contains(Self.projectorTime(seen, group: group) ?? 0)) }

        let pid = try timekeeper.paneValue("pane_pid")
        #expect(kill(pid_t(pid) ?? 0, SIGKILL) == 0)
        let again = try TmuxHarness(command: LagomProcess.command("timekeeper", session), width: 120, height: 40)
        defer { again.kill() }
        let list = try again.waitFor { screen in (1...6).allSatisfy { Self.listTime(screen, "Grupp \($0)") != nil } }
        let room = try projector.capturePane()
        for group in 1...6 {
            let shown = try #require(Self.listTime(list, "Grupp \(group)"))
            let projected = try #require(Self.projectorTime(room, group: group))
            #expect(abs(shown - projected) <= 1, "group \(group): timekeeper \(shown) s, projector \(projected) s")
        }
    }

    /// `Grupp 3: 29:58` on the projector → seconds left.
    static func projectorTime(_ screen: [String], group: Int) -> Int64? {
        for line in screen {
            guard let range = line.range(of: "Grupp \(group): ") else { continue }
            let clock = line[range.upperBound...].prefix { $0.isNumber || $0 == ":" }.split(separator: ":")
            guard clock.count == 2, let m = Int64(clock[0]), let s = Int64(clock[1]) else { continue }
            return m * 60 + s
        }
        return nil
    }

    @Test func aGroupTheDayDoesNotHaveIsRefusedBeforeTheScreenOpens() throws {
        let session = try LagomProcess.scratchSession()
        let result = try LagomProcess.run(["timekeeper", session, "--group", "9"])
        #expect(result.status != 0)
        #expect(result.err == "Fel: --group 9: planens grupparbete har grupperna 1–8\n")
        let english = try LagomProcess.run(["timekeeper", session, "--group", "9", "--lang", "en"])
        #expect(english.err == "Error: --group 9: the plan's group work has groups 1–8\n")
    }

    /// `Grupp 1      29:58 ⚠` in the list → seconds left (nil when not shown or not started).
    static func listTime(_ screen: [String], _ name: String) -> Int64? {
        for line in screen {
            guard let range = line.range(of: name + " ") else { continue }
            if line.contains(" · in") || line.contains(" · not s") { return nil }  // not started
            let rest = line[range.upperBound...].drop { $0 == " " }
            let clock = rest.prefix { $0.isNumber || $0 == ":" }.split(separator: ":")
            // A line without a clock (e.g. the header) is not the countdown.
            guard clock.count == 2, let m = Int64(clock[0]), let s = Int64(clock[1]) else { continue }
            return m * 60 + s
        }
        return nil
    }

    /// The step timer's wall-clock deadline in ms, from the log as any process reads it.
    static func deadlineOfTheStepTimer(in session: String) throws -> Int64? {
        let log = try String(
            contentsOf: URL(fileURLWithPath: session).appendingPathComponent("events.jsonl"), encoding: .utf8)
        for line in log.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let change = object["change"] as? [String: Any], let started = change["timerStarted"] as? [String: Any],
                let at = object["at"] as? Int64, let seconds = started["seconds"] as? Int64
            else { continue }
            return at + seconds * 1000
        }
        return nil
    }
}
