import FoundationEssentials
import Glibc
import LagomCore

/// Wall time read from the system once (the anchor), then advanced by `CLOCK_BOOTTIME`, which keeps
/// counting while a laptop sleeps and never jumps. A change of the system clock (NTP, by hand, ±1 h)
/// during a countdown therefore does not move what this process shows; with a session's shared
/// anchor (`SessionClockAnchor`) it does not move what a process started later shows either.
/// The arithmetic is `AnchoredClock`'s, tested there with injected sources.
public struct SystemClock: LagomClock {
    private let anchored: AnchoredClock

    /// Anchored on the wall clock now: for a process that opens no session.
    public init() {
        anchored = AnchoredClock(wall: Self.read(CLOCK_REALTIME), monotonic: { Self.read(CLOCK_BOOTTIME) })
    }

    /// Anchored where every process of the session in this boot is anchored; `saveAnchor: false`
    /// uses the session's anchor but never writes one (for read-only roles).
    public init(session folder: String, saveAnchor: Bool = true) {
        let boot = Self.read(CLOCK_BOOTTIME), wall = Self.read(CLOCK_REALTIME)
        guard let bootID = SessionClockAnchor.currentBootID() else {
            anchored = AnchoredClock(wall: wall, monotonicAtAnchor: boot, monotonic: { Self.read(CLOCK_BOOTTIME) })
            return
        }
        let anchor = SessionClockAnchor.shared(folder: folder, bootID: bootID, wall: wall, boot: boot, save: saveAnchor)
        anchored = AnchoredClock(
            wall: anchor.wall, monotonicAtAnchor: anchor.boot, monotonic: { Self.read(CLOCK_BOOTTIME) })
    }

    public var now: WallTime { anchored.now }

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
