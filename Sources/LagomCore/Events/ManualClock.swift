import Synchronization

/// A clock that only moves when told: for tests, replays and benchmarks.
public final class ManualClock: LagomClock, Sendable {
    private let current: Mutex<WallTime>

    public init(_ start: WallTime) { current = Mutex(start) }

    public var now: WallTime { current.withLock { $0 } }

    public func advance(seconds: Int64) { advance(milliseconds: seconds * 1000) }

    public func advance(milliseconds: Int64) { current.withLock { $0 = $0 + milliseconds } }

    public func set(_ time: WallTime) { current.withLock { $0 = time } }
}
