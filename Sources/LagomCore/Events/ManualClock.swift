import Foundation

/// A clock that only moves when told: for tests, replays and benchmarks.
public final class ManualClock: LagomClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: WallTime

    public init(_ start: WallTime) { current = start }

    public var now: WallTime {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    public func advance(seconds: Int64) { advance(milliseconds: seconds * 1000) }

    public func advance(milliseconds: Int64) {
        lock.lock()
        current = current + milliseconds
        lock.unlock()
    }

    public func set(_ time: WallTime) {
        lock.lock()
        current = time
        lock.unlock()
    }
}
