import Foundation
import LagomCore

/// Wall time read from the system once, when first used (at process start), then advanced by
/// `CLOCK_BOOTTIME`, which keeps counting while a laptop sleeps and never jumps. A change of the
/// system clock (NTP, by hand, ±1 h) during a countdown therefore does not move what this process shows.
public struct SystemClock: LagomClock {
    private struct Anchor {
        let wall: Int64
        let boot: Int64
    }

    private static let anchor = Anchor(wall: read(CLOCK_REALTIME), boot: read(CLOCK_BOOTTIME))

    public init() { _ = Self.anchor }

    public var now: WallTime {
        WallTime(milliseconds: Self.anchor.wall + (Self.read(CLOCK_BOOTTIME) - Self.anchor.boot))
    }

    /// Milliseconds on `clock`.
    private static func read(_ clock: clockid_t) -> Int64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}
