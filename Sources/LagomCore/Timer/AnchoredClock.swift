/// Wall time read once (the anchor), then advanced only by a monotonic source. The store's
/// `SystemClock` uses `CLOCK_REALTIME` for the anchor and `CLOCK_BOOTTIME` (which keeps counting
/// while a laptop sleeps and never jumps) for the advance: a change of the system clock during a
/// countdown does not move what this process shows, and a sleeping laptop's countdown keeps running
/// in real time, as the group keeps talking. Both sources are injected so tests can move them.
public struct AnchoredClock: LagomClock {
    private let wallAtAnchor: Int64
    private let monotonicAtAnchor: Int64
    private let monotonic: @Sendable () -> Int64

    /// `wall`: milliseconds since 1970, read once now. `monotonic`: milliseconds on a clock that never jumps.
    public init(wall: Int64, monotonic: @escaping @Sendable () -> Int64) {
        wallAtAnchor = wall
        monotonicAtAnchor = monotonic()
        self.monotonic = monotonic
    }

    /// An anchor taken earlier, perhaps by another process of the same boot: `wall` was the wall
    /// time when `monotonic` read `monotonicAtAnchor`.
    public init(wall: Int64, monotonicAtAnchor: Int64, monotonic: @escaping @Sendable () -> Int64) {
        wallAtAnchor = wall
        self.monotonicAtAnchor = monotonicAtAnchor
        self.monotonic = monotonic
    }

    public var now: WallTime { WallTime(milliseconds: wallAtAnchor + (monotonic() - monotonicAtAnchor)) }
}
