import LagomCore

/// What of the timekeeper's pane time does not change — the background, the header and the
/// footer — drawn once and copied as the start of each frame, so a second's tick draws only the
/// countdown and the message line. Keyed by everything it is drawn from, so it is never stale.
final class TimekeeperBackdrop: Sendable {
    struct Key: Equatable, Sendable {
        /// The session as drawn: its step, its groups, its plan (`Session.revision`).
        var revision: UInt64
        var width: Int
        var height: Int
        var language: Language
        /// Compared by its table's identity first, so the check costs no hashing.
        var theme: Theme
        var selectedGroup: Int?
    }

    /// The backdrop and where the countdown and the message line go on it (no message line on a
    /// compact pane, which is only the countdown).
    struct Drawn: Sendable {
        var grid: Grid
        var body: Rect
        var message: Rect?
    }

    private let kept = KeptLast<Key, Drawn>()

    func drawn(_ key: Key, _ draw: () -> Drawn) -> Drawn { kept.value(key, draw) }
}
