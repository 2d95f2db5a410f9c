import LagomCore

/// An undo changes the past, so the session is folded again with the transaction taken back. Not
/// from the log's first byte when a checkpoint can serve: the state it holds is the fold up to its
/// offset, and stays exactly that as long as no undo takes back an event it covers. Then only the
/// log after it is folded again, with the new undone set — what refolding the whole history gives
/// (`ReplayTests`, `UndoFromCheckpointTests`). Otherwise the whole history is read back and refolded.
///
/// A store opened to undo (`preparedToUndo`) keeps a state to go back to (`Session.keepBase()`) as it
/// folds the log after the checkpoint: the state just before the transaction the undo will take back,
/// or the checkpoint's. It refolds from there instead of decoding the checkpoint a second time or
/// folding every event after it again, and holds no second state while it refolds.
extension SessionStore {
    /// Whose transaction a store opened to undo will take back, as `undo(by:takingBackFrom:)` will.
    public struct UndoPreparation: Sendable {
        /// Nil: anyone's.
        public let author: Actor?

        /// The newest transaction of `author` (anyone's if nil) not yet undone.
        public static func newest(of author: Actor?) -> UndoPreparation { UndoPreparation(author: author) }
    }

    /// The open's fold of the events after the checkpoint, for a store prepared to undo: folds them up to
    /// where the undo's refold must start (`baseIndex`), keeps the state there, and folds the rest.
    /// The events are decoded first, to find that place; the kept state holds those after it anyway.
    func foldKeepingBase(_ events: some Sequence<Event>, for undo: UndoPreparation) {
        let tail = Array(events)
        let start = Self.baseIndex(in: tail, takingBackFrom: undo.author)
        // Every undo among these events takes back one of them (else the fold reads the history
        // instead), and none after `start` takes back one before it: each part folds with its own.
        let before = tail[..<start]
        let after = tail[start...]
        session.replay(before, undoing: Set(before.compactMap(\.undoneTransaction)))
        session.keepBase()
        baseKeptAt = session.eventCount
        session.replay(after, undoing: Set(after.compactMap(\.undoneTransaction)))
    }

    /// Where in `tail` (the events after the checkpoint) the undo's refold must start: the first event of
    /// the transaction `author`'s undo would take back now — or earlier, the first event of a transaction
    /// that an undo after it takes back, so that no undo after the start reaches before it. 0 when that
    /// transaction is not in `tail`. Only where the refold starts depends on it: a start too late for the
    /// undo actually written (another process wrote meanwhile) is refused by `Session.rewindToBase`.
    static func baseIndex(in tail: [Event], takingBackFrom author: Actor?) -> Int {
        var first: [String: Int] = [:]
        for (index, event) in tail.enumerated() where first[event.tx] == nil { first[event.tx] = index }
        let undone = Set(tail.compactMap(\.undoneTransaction))
        // As `Session.undoTarget(for:)` finds it: the newest not undone that is not itself an undo.
        var undos: Set<String> = []
        var target: String?
        for event in tail.reversed() {
            if event.isUndo {
                undos.insert(event.tx)
                continue
            }
            if let author, event.by != author { continue }
            if undos.contains(event.tx) || undone.contains(event.tx) { continue }
            target = event.tx
            break
        }
        guard let target, var start = first[target] else { return 0 }
        var settled = false
        while !settled {
            settled = true
            for event in tail[start...] {
                guard let taken = event.undoneTransaction else { continue }
                guard let at = first[taken] else { return 0 }
                if at < start {
                    start = at
                    settled = false
                    break
                }
            }
        }
        return start
    }

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
