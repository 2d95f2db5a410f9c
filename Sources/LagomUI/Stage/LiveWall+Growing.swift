import LagomCore
import Synchronization

/// A kept wall grown by the notes that came, instead of made again: within a notes epoch the
/// shown notes only grow at their end, so the next revision's wall is this one with its oldest
/// notes past `LiveWall.most` taken off the front of their sections and the new ones put at the
/// end of theirs, and only the new notes are wrapped.
extension LiveWall {
    /// The notes wrapped per column width, kept with a wall.
    final class Wraps: Sendable {
        private let table = Mutex<[Int: [[WrappedNote]]]>([:])

        func at(_ columnWidth: Int, _ make: () -> [[WrappedNote]]) -> [[WrappedNote]] {
            if let known = table.withLock({ $0[columnWidth] }) { return known }
            let made = make()
            table.withLock { $0[columnWidth] = made }
            return made
        }

        /// Every width's wrapping changed by `change`, for a grown wall.
        func map(_ change: ([[WrappedNote]], Int) -> [[WrappedNote]]) -> Wraps {
            let all = table.withLock { $0 }
            let grown = Wraps()
            grown.table.withLock { table in
                for (width, wrapped) in all { table[width] = change(wrapped, width) }
            }
            return grown
        }
    }

    /// This wall with the first note of each section in `dropping` (one entry a note) taken off and
    /// `adding` put at the end of their sections; nil when a section would be left empty (the
    /// sections' order would then have to be found again).
    func grown(dropping: [Int], adding: [(section: Int, note: Note)], olderLeftOut: Int) -> LiveWall? {
        var wall = self
        for section in dropping {
            guard wall.sections[section].notes.count > 1 else { return nil }
            wall.sections[section].notes.removeFirst()
        }
        for (section, note) in adding { wall.sections[section].notes.append(note) }
        wall.olderLeftOut = olderLeftOut
        wall.source = nil
        wall.wraps = wraps?.map { wrapped, columnWidth in
            var wrapped = wrapped
            for section in dropping { wrapped[section].removeFirst() }
            for (section, note) in adding { wrapped[section].append(wrapping(note, columnWidth: columnWidth)) }
            return wrapped
        }
        return wall
    }
}
