import Synchronization

/// Numbers that name one state of a session, for caches of what is derived from it (a screen's
/// note list, a wall's layout): a cache keyed by a number is valid exactly while the session still
/// has it. Drawn from one counter for the whole process, so two different states — of two sessions,
/// or of two copies of one session that went different ways — never share a number.
public enum SessionRevision {
    private static let counter = Atomic<UInt64>(0)

    /// A number never handed out before in this process.
    static func next() -> UInt64 {
        counter.add(1, ordering: .relaxed).newValue
    }
}

/// Tells a session whether it is the only holder of its notes' lineage: a copy that is changed
/// while another copy lives starts a lineage (and a notes epoch) of its own, so the copies' notes
/// never pass for one another (`Session.notesEpoch`).
final class NotesLineage: Sendable {}

extension Change {
    /// Folding this change leaves the notes as they were, or only appends to them, and leaves the
    /// notes' moderation (hidden, merged) alone — so what is derived from the notes can be brought
    /// up to date by looking at the appended notes alone. Anything not listed here is assumed to
    /// change the notes (a new kind of change is then safe, only slower).
    var keepsNotesAppendOnly: Bool {
        switch self {
        case .noteAdded, .stepEntered, .stepStarted, .stepPaused, .stepResumed, .stepCompleted, .slideTurned,
            .timerStarted, .timerPaused, .timerResumed, .timerExtended, .timerReset, .timerStopped,
            .votesTallied, .ballotCast, .resultsRevealed, .rankingShown, .recordAdded, .recordEdited,
            .recordDeleted, .actionMarkedDone, .minutesShown, .clockShifted:
            true
        default:
            false
        }
    }
}
