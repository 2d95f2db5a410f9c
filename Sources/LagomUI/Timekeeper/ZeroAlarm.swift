import LagomCore

/// The bell and the flash at zero: once per crossing, and only in a process that watched the
/// countdown reach zero. A countdown is *armed* while this process sees it running with time
/// left; it rings when an armed countdown shows zero or less. A process started (or restarted)
/// after zero never saw it armed, so it stays quiet; +5 min and another run to zero ring again.
public struct ZeroAlarm: Sendable {
    /// How long the flash lasts and how fast it blinks, in ms.
    public static let flashLength: Int64 = 2000
    public static let blink: Int64 = 400

    private var armed: Set<TimerKey> = []
    /// Countdowns seen as the break after their exercise (`TimerTarget.isBreakAfterExercise`).
    private var onBreak: Set<TimerKey> = []
    public private(set) var flashStartedAt: WallTime?

    public init() {}

    /// Looks at the countdowns on screen; true when one of them just reached zero.
    public mutating func observe(_ targets: [TimerTarget], at now: WallTime) -> Bool {
        var rang = false
        armed.formIntersection(targets.map(\.key))  // countdowns no longer on screen cannot ring here
        onBreak.formIntersection(targets.map(\.key))
        for target in targets {
            guard let reading = target.reading else {
                armed.remove(target.key)
                onBreak.remove(target.key)
                continue
            }
            // An exercise's end is its zero, though the clock then shows the time until the return.
            if target.isBreakAfterExercise {
                if onBreak.insert(target.key).inserted && armed.contains(target.key) { rang = true }
            } else {
                onBreak.remove(target.key)
            }
            if reading.remaining > 0 {
                if reading.phase == .running { armed.insert(target.key) } else { armed.remove(target.key) }
            } else if armed.remove(target.key) != nil {
                rang = true
            }
        }
        if rang { flashStartedAt = now }
        return rang
    }

    /// Whether the screen is drawn inverted at `now`: on, off, on … for `flashLength`.
    public func isFlashing(at now: WallTime) -> Bool {
        guard let start = flashStartedAt else { return false }
        let elapsed = now - start
        return elapsed >= 0 && elapsed < Self.flashLength && (elapsed / Self.blink) % 2 == 0
    }

    /// Milliseconds until the flash turns on or off, or nil when it is over.
    public func nextFlashChange(at now: WallTime) -> Int64? {
        guard let start = flashStartedAt else { return nil }
        let elapsed = now - start
        guard elapsed >= 0, elapsed < Self.flashLength else { return nil }
        return Self.blink - elapsed % Self.blink
    }
}

extension Grid {
    /// Every cell drawn in reverse video: the visible flash, readable in monochrome too.
    mutating func invert() {
        for y in 0..<height {
            for x in 0..<width {
                var cell = self[x, y]
                cell.style.reverse.toggle()
                self[x, y] = cell
            }
        }
    }
}
