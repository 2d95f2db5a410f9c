import FoundationEssentials
import Glibc
import LagomCore

/// Wall time read from the system once, when first used (at process start), then advanced by
/// `CLOCK_BOOTTIME`, which keeps counting while a laptop sleeps and never jumps. A change of the
/// system clock (NTP, by hand, ±1 h) during a countdown therefore does not move what this process shows.
/// The arithmetic is `AnchoredClock`'s, tested there with injected sources.
public struct SystemClock: LagomClock {
    private static let anchored = AnchoredClock(wall: read(CLOCK_REALTIME), monotonic: { read(CLOCK_BOOTTIME) })

    public init() { _ = Self.anchored }

    public var now: WallTime { Self.anchored.now }

    /// How far local time is ahead of UTC at `time`, in seconds (Europe/Stockholm: 3600 in
    /// winter, 7200 in summer), from the C library's zone data. Foundation's `TimeZone.current`
    /// answers the same but loads ICU's zone tables first: a third of a pane's start-up.
    public static func utcOffsetSeconds(at time: WallTime) -> Int {
        var seconds = time_t(time.milliseconds / 1000)
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return 0 }
        return Int(local.tm_gmtoff)
    }

    /// Milliseconds on `clock`.
    private static func read(_ clock: clockid_t) -> Int64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}
