import LagomCore

/// An undo changes the past, so the session is folded again with the transaction taken back. Not
/// from the log's first byte when a checkpoint can serve: the state it holds is the fold up to its
/// offset, and stays exactly that as long as no undo takes back an event it covers. Then only the
/// log after it is folded again, with the new undone set — what refolding the whole history gives
/// (`ReplayTests`, `UndoFromCheckpointTests`). Otherwise the whole history is read back and refolded.
///
/// A store opened to undo (`preparedToUndo`) kept the checkpoint's state as it restored it
/// (`Session.keepBase()`): it goes back to it instead of decoding the checkpoint a second time, and
/// holds no second state while it refolds.
extension SessionStore {
    /// Refolds the session with `undo` appended from the state kept at open; the events folded after it
    /// before `undo` (to take `undo` back again if the line cannot be written), nil when it cannot serve.
    /// `undo` must pass the session's check.
    func refoldFromBase(appending undo: Event) -> [Event]? {
        guard let target = undo.undoneTransaction, let rewound = session.rewindToBase(undoing: [target]) else {
            return nil
        }
        session.replay(rewound.tail + [undo], undoing: rewound.undoing)
        undoneByLastCommit = rewound.tail.filter { $0.tx == target }
        return rewound.tail
    }

    /// The session as it was before `refoldFromBase` appended an undo to `tail`, when its line was not written.
    func takeBackFromBase(_ tail: [Event]) {
        guard session.rewindToBase(undoing: []) != nil else { return forgetLast(1) }
        session.replay(tail, undoing: Set(tail.compactMap(\.undoneTransaction)))
    }

    /// The confirmed checkpoint's session with the log's events after it that this process has folded
    /// (up to `readOffset`) read back, not folded: the start of a refold that takes back `targets` too.
    /// Nil when there is no confirmed checkpoint, or an undo among those events or in `targets` takes
    /// back an event it covers.
    struct RefoldStart {
        var base: Session
        var tail: [Event]
        /// What the undos in `tail` and `targets` take back: all after the checkpoint.
        var undoing: Set<String>
    }

    func refoldStart(undoing targets: Set<String>) -> RefoldStart? {
        guard let found = confirmedCheckpoint(within: readOffset) else { return nil }
        let reader = LogChunkReader(
            log: log, scanner: scanner, from: found.header.logBytes, lines: found.header.logLines, to: readOffset,
            settled: false, seen: found.ids)
        let tail = Array(reader)
        let undoing = targets.union(tail.compactMap(\.undoneTransaction))
        // The same events this process folded after the checkpoint, or the log is not what it read.
        guard reader.failure == nil, found.session.eventCount + tail.count == session.eventCount,
            found.session.canFold(undoing: undoing)
        else { return nil }
        return RefoldStart(base: found.session, tail: tail, undoing: undoing)
    }

    /// The session with `undo` appended, refolded from the checkpoint (see `refoldStart`), and the
    /// events it takes back; nil when no checkpoint can serve. `undo` must pass the session's check.
    func sessionFromCheckpoint(appending undo: Event) -> (session: Session, undone: [Event])? {
        guard let target = undo.undoneTransaction, let start = refoldStart(undoing: [target]) else { return nil }
        var refolded = start.base
        refolded.replay(start.tail + [undo], undoing: start.undoing)
        guard refolded.eventCount == session.eventCount + 1 else { return nil }
        return (refolded, start.tail.filter { $0.tx == target })
    }
}
