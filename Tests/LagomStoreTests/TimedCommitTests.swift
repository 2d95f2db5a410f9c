import Foundation
import LagomCore
import Synchronization
import Testing

@testable import LagomStore

/// A clock that moves on by a second every time it is read, so two readings never agree.
final class TickingClock: LagomClock, Sendable {
    private let current: Mutex<WallTime>
    init(_ start: WallTime) { current = Mutex(start) }
    var now: WallTime {
        current.withLock { time in
            defer { time = time + 1000 }; return time
        }
    }
}

/// Changes that depend on the time are built at the time their events carry.
@Suite struct TimedCommitTests {
    static let plan = Plan(
        title: "Testdag", language: .sv, days: [Day(title: "Dag 1")], participants: [],
        steps: [Step(id: "fika", kind: .break, title: "Fika", minutes: 1, timer: TimerSpec(stop: .hard))])

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "lagom-store-timed-" + UUID().uuidString
        try SessionStore.create(folder: folder, planBytes: [UInt8](try JSONEncoder().encode(plan)))
        return folder
    }

    @Test func theBuildSeesTheTimeTheEventsCarry() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SessionStore(
            folder: folder, clock: TickingClock(WallTime(seconds: 1_741_075_200)), ids: SeededIDSource(seed: 3))
        var seen: WallTime?
        let events = try store.commit(
            by: .facilitator,
            timed: { _, now, _ throws(Refusal) in
                seen = now
                return [.stepEntered(step: "fika")]
            })
        #expect(events.map(\.at) == [try #require(seen)])
    }

    @Test func aBreakPastItsHardStopCanBePausedThroughTheStore() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = ManualClock(WallTime(seconds: 1_741_075_200))
        let store = try SessionStore(folder: folder, clock: clock, ids: SeededIDSource(seed: 3))
        func act(_ action: AgendaAction) throws {
            try store.commit(
                by: .facilitator,
                timed: { session, now, _ throws(Refusal) in
                    try action.changes(in: session, at: now, utcOffsetSeconds: 0)
                })
        }
        try act(.start)
        clock.advance(seconds: 90)  // 30 s past the hard stop: the countdown is held at zero
        try act(.toggle)
        #expect(store.session.state.progress("fika").status == .paused)
    }
}
