/// A plan with its history: the events so far and the state they fold into.
/// Undo appends `transactionUndone`; the state is then refolded without that
/// transaction, so the log itself is never rewritten.
///
/// Invariant: `state` is always the *checked fold* of `events` — every event not in an undone
/// transaction applied in order, each one that its rules refuse at that point skipped and counted in
/// `superseded` — with the undone set as it is now (see `refold()`).
public struct Session: Sendable {
    public let plan: Plan
    public private(set) var events: [Event]
    public private(set) var state: SessionState
    /// Events in the log that no longer apply after an undo (e.g. an edit of a note whose adding was undone).
    public private(set) var superseded: Int
    private var undone: Set<String>

    public init(plan: Plan) {
        self.plan = plan
        events = []
        state = SessionState()
        superseded = 0
        undone = []
    }

    /// Folds events read from the log.
    ///
    /// Every line was checked under the log's lock against the fold of the lines before it, which is
    /// exactly the state this session has at that point; so until an undo changes the past, checking
    /// them again could only repeat the same verdict, and they are folded without it. An undo in the
    /// batch refolds the whole history with checks (that is where superseded events are skipped) —
    /// once at the end of the batch, however many undos it holds: the undone set only grows, so the
    /// last refold gives what one refold per undo would have given.
    public mutating func replay<S: Sequence>(_ newEvents: S) where S.Element == Event {
        let firstNew = events.count
        var mustRefold = false
        for event in newEvents {
            events.append(event)
            if case .transactionUndone(let tx) = event.change {
                undone.insert(tx)
                mustRefold = true
            }
        }
        // Folding after reading, not while: a big log is then folded once, into a state sized for it.
        if mustRefold {
            refold()
        } else {
            for event in events[firstNew...] { foldChecked(event) }
        }
    }

    /// Makes room for about `count` more events before a long replay (opening a big log): a history
    /// that grows by doubling copies itself each time and briefly holds both copies.
    public mutating func reserveCapacity(forEvents count: Int) {
        events.reserveCapacity(events.count + count)
    }

    /// Checks a batch as one transaction; appends it in memory only if every event passes.
    public mutating func append(_ batch: [Event]) throws(Refusal) {
        if batch.count == 1 {
            // The common commit: check against the live state, then fold in place (no copy of the history).
            try checkOne(batch[0])
            appendChecked(batch[0])
            return
        }
        let rollback = Rollback(of: self, batch: batch)
        if !rollback.keepsWholeState { state.beginTrial() }
        do throws(Refusal) {
            for event in batch {
                try checkOne(event)
                appendChecked(event)
            }
        } catch {
            rollback.restore(&self)
            throw error
        }
        state.endTrial()
    }

    /// Checks a batch without keeping it.
    public func check(_ batch: [Event]) throws(Refusal) {
        if batch.count == 1 { return try checkOne(batch[0]) }
        var trial = self
        try trial.append(batch)
    }

    /// The newest transaction `actor` can still undo: theirs, not undone, not itself an undo.
    public func undoTarget(for actor: Actor?) -> String? {
        var undoTransactions: Set<String> = []
        for event in events.reversed() {
            if case .transactionUndone = event.change { undoTransactions.insert(event.tx); continue }
            if undoTransactions.contains(event.tx) || undone.contains(event.tx) { continue }
            if let actor, event.by != actor { continue }
            return event.tx
        }
        return nil
    }

    public func isUndone(_ tx: String) -> Bool { undone.contains(tx) }

    // MARK: - Folding

    private func checkOne(_ event: Event) throws(Refusal) {
        if case .transactionUndone(let tx) = event.change {
            // A scan, not a set of every transaction: undos are rare, and such a set costs megabytes.
            guard events.reversed().contains(where: { $0.tx == tx }) else { throw .unknownTransaction(tx) }
            guard !undone.contains(tx) else { throw .alreadyUndone(tx) }
        } else {
            try state.check(event.change, at: event.at, by: event.by, plan: plan)
        }
    }

    /// Appends an event that just passed `checkOne` against the current state.
    private mutating func appendChecked(_ event: Event) {
        events.append(event)
        if case .transactionUndone(let tx) = event.change {
            undone.insert(tx)
            refold()
        } else {
            foldChecked(event)
        }
    }

    /// Folds an event known to pass its rules here (or one of an undone transaction, which only counts).
    private mutating func foldChecked(_ event: Event) {
        if undone.contains(event.tx) {
            state.eventCount += 1
        } else {
            state.fold(event, plan: plan)
        }
    }

    /// Rebuilds the state from the history with the current undone set, checking every event: an
    /// event that depended on an undone one (an edit of a note whose adding was undone) is skipped.
    /// Events before the first one of an undone transaction saw exactly the states they were checked
    /// against when written, so they are folded without a second check.
    private mutating func refold() {
        // Let go of the old state first, and size the notes as before: two sets of notes alive at
        // once, or a growing array's old and new buffers, would double the peak memory of a big session.
        let added = events.lazy.filter { if case .noteAdded = $0.change { true } else { false } }.count
        var fresh = SessionState(reservingNotes: max(state.notes.count, added))
        state = SessionState()
        var skipped = 0
        var changedPast = false
        for event in events {
            if case .transactionUndone = event.change { fresh.eventCount += 1; continue }
            if undone.contains(event.tx) { changedPast = true; fresh.eventCount += 1; continue }
            if !changedPast { fresh.fold(event, plan: plan); continue }
            do { try fresh.apply(event, plan: plan) } catch { skipped += 1; fresh.eventCount += 1 }
        }
        state = fresh
        superseded = skipped
    }
}

/// What a multi-event `append` needs to take back a refused batch without copying the history:
/// the history is only trimmed; the state records its own changes
/// (`SessionState.beginTrial`), unless an undo in the batch refolds it, when it is saved whole.
private struct Rollback {
    let eventCount: Int
    let superseded: Int
    let undone: Set<String>
    let wholeState: SessionState?

    var keepsWholeState: Bool { wholeState != nil }

    init(of session: Session, batch: [Event]) {
        eventCount = session.events.count
        superseded = session.superseded
        undone = session.undoneSet
        let refolds = batch.contains { if case .transactionUndone = $0.change { true } else { false } }
        wholeState = refolds ? session.state : nil
    }

    func restore(_ session: inout Session) {
        session.restore(self)
    }
}

extension Session {
    fileprivate var undoneSet: Set<String> { undone }

    fileprivate mutating func restore(_ rollback: Rollback) {
        events.removeSubrange(rollback.eventCount...)
        undone = rollback.undone
        superseded = rollback.superseded
        if let whole = rollback.wholeState { state = whole } else { state.rollBackTrial() }
    }
}
