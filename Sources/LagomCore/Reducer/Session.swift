/// A plan with its history: the events so far and the state they fold into.
/// Undo is the session's business, not the reducer's: it appends an undo of a transaction
/// (`Event.Body.undo`), and the state is then refolded without that transaction, so the log itself
/// is never rewritten.
///
/// The events themselves are kept only by a session that *holds its history* (`init(plan:)`, used in
/// memory). A session opened from a log by `SessionStore` does not — at 100,000 events they would be
/// its biggest part — and keeps only what undo needs of each event (`UndoIndex`); its store reads the
/// history from the log when it is needed (`SessionStore.loadHistory()`, and before any undo refolds).
///
/// Invariant: `state` is always the *checked fold* of the events — every event not in an undone
/// transaction applied in order, each one that its rules refuse at that point skipped and counted in
/// `superseded` — with the undone set as it is now (see `refold()`).
public struct Session: Sendable {
    public let plan: Plan
    public private(set) var state: SessionState {
        didSet { changed() }
    }
    /// Names this state among every state of every session in the process (`SessionRevision`): a
    /// cache of something derived from the state holds while the revision is the same.
    public private(set) var revision: UInt64
    /// Names this session's notes up to appending: while it stays the same, the notes only grew at
    /// their end (or stayed), and none was hidden or merged. A cache derived from the notes can then
    /// look only at the notes past those it saw. Any other change of the notes — an edit, a move, a
    /// deletion, moderation, an undo's refold, a batch taken back — gives a new epoch, and so does
    /// a change to a copy of the session while another copy lives.
    public private(set) var notesEpoch: UInt64
    private var lineage: NotesLineage
    /// Events in the log that no longer apply after an undo (e.g. an edit of a note whose adding was undone).
    public private(set) var superseded: Int
    private var undone: Set<String>
    private var undoIndex: UndoIndex
    /// The events, when this session holds them (see `heldHistory`).
    private var held: [Event]?
    /// The way back to the state this session was restored from, while it is kept (`keepBase()`).
    private var base: SessionBase?

    /// A session that holds its history in memory.
    public init(plan: Plan) {
        self.init(plan: plan, holdsHistory: true)
    }

    /// `holdsHistory: false`: for a session whose history lives in a log (`SessionStore`); folding an undo
    /// then needs the history handed in first (`holdHistory(_:)`), or the batch's undos known beforehand.
    public init(plan: Plan, holdsHistory: Bool) {
        self.plan = plan
        held = holdsHistory ? [] : nil
        state = SessionState()
        superseded = 0
        undone = []
        undoIndex = UndoIndex()
        revision = SessionRevision.next()
        notesEpoch = SessionRevision.next()
        lineage = NotesLineage()
    }

    /// A session restored from a checkpoint (`Session+Checkpoint.swift`): it does not hold its history.
    init(plan: Plan, state: SessionState, superseded: Int, undone: Set<String>, undoIndex: UndoIndex) {
        self.plan = plan
        self.state = state
        self.superseded = superseded
        self.undone = undone
        self.undoIndex = undoIndex
        held = nil
        revision = SessionRevision.next()
        notesEpoch = SessionRevision.next()
        lineage = NotesLineage()
    }

    /// After every change of the state: a new revision; and a new notes epoch for a copy changed
    /// while another copy shares its lineage (the other may grow its notes differently).
    private mutating func changed() {
        revision = SessionRevision.next()
        if !isKnownUniquelyReferenced(&lineage) { notesChanged() }
    }

    /// The notes changed otherwise than by appending: caches derived from them start over.
    private mutating func notesChanged() {
        lineage = NotesLineage()
        notesEpoch = SessionRevision.next()
    }

    /// The transactions undone so far and what undo needs of each event, for a checkpoint.
    var undoneTransactions: Set<String> { undone }
    var undoEntries: UndoIndex { undoIndex }

    /// How many events are folded in, undone ones and undos included.
    public var eventCount: Int { undoIndex.count }

    /// The events, only if this session holds them in memory. A session opened by `SessionStore` does
    /// not: ask the store, `SessionStore.loadHistory()`, which reads the whole log.
    public var heldHistory: [Event]? { held }

    /// Hands a session that does not hold its history the events it folded (read back from its log), so
    /// an undo can refold them. `events` must be exactly what was folded.
    public mutating func holdHistory(_ events: [Event]) {
        precondition(events.count == eventCount, "holdHistory: \(events.count) events for a session of \(eventCount)")
        held = events
    }

    /// Lets go of the history handed in by `holdHistory(_:)`; the session keeps only what undo needs.
    public mutating func releaseHistory() { held = nil }

    /// Folds events read from the log.
    ///
    /// Every line was checked under the log's lock against the fold of the lines before it, which is
    /// exactly the state this session has at that point; so until an undo changes the past, checking
    /// them again could only repeat the same verdict, and they are folded without it. An undo in the
    /// batch refolds the whole history with checks (that is where superseded events are skipped) —
    /// once at the end of the batch, however many undos it holds: the undone set only grows, so the
    /// last refold gives what one refold per undo would have given.
    ///
    /// A session that does not hold its history can fold a batch with undos only with `undoing` (below),
    /// and only when every transaction they take back is in the batch (`canFold(undoing:)`).
    public mutating func replay<S: Sequence>(_ newEvents: S) where S.Element == Event {
        replay(newEvents, undoing: [])
    }

    /// `replay(_:)` with the transactions the batch's undos take back known before reading it
    /// (`SessionStore` finds them in the bytes). A session that does not hold its history then folds a
    /// batch with undos in ONE pass — the refold of `refold()`, streamed — never keeping the events,
    /// when none of those transactions was folded before the batch (`canFold(undoing:)`): a first
    /// batch, or the log after a checkpoint whose undos take back only what follows the checkpoint.
    public mutating func replay<S: Sequence>(_ newEvents: S, undoing targets: Set<String>)
    where S.Element == Event {
        if held == nil {
            replayWithoutHistory(newEvents, undoing: targets)
            return
        }
        let firstNew = eventCount
        var mustRefold = false
        for event in newEvents {
            record(event)
            if let tx = event.undoneTransaction {
                undone.insert(tx)
                mustRefold = true
            }
        }
        // Folding after reading, not while: a big log is then folded once, into a state sized for it.
        if mustRefold {
            refold()
        } else if let held {
            for event in held[firstNew...] { foldChecked(event) }
        }
    }

    private mutating func replayWithoutHistory<S: Sequence>(_ newEvents: S, undoing targets: Set<String>)
    where S.Element == Event {
        guard !targets.isEmpty else {
            for event in newEvents {
                record(event)
                precondition(!event.isUndo, "an undo in a batch whose undos were not named: \(event.id)")
                foldChecked(event)
            }
            return
        }
        // Without the events, a refold can only start from what is folded so far when no undo takes
        // back any of it: that state is then the refold's own up to here. Undos of already folded
        // transactions need the history handed in (`holdHistory(_:)`).
        assert(canFold(undoing: targets), "an undo can refold folded events only with the history held")
        undone.formUnion(targets)
        // Checked under the lock, an event saw the state it gets here unless an undo after it takes back
        // something before it (its writer had folded every undo before it): only events between an undone
        // transaction's first one and its undo are checked again. `pending`: those met, their undo not yet.
        var pending: Set<String> = []
        for event in newEvents {
            record(event)
            if let tx = event.undoneTransaction {
                precondition(targets.contains(tx), "an undo of \(tx) not named before the batch was read")
                pending.remove(tx)
                state.eventCount += 1
                continue
            }
            if targets.contains(event.tx) { pending.insert(event.tx) }
            _ = foldRefolding(event, changedPast: !pending.isEmpty)
        }
    }

    /// Whether a batch whose undos take back `targets` can be folded without the history: none of those
    /// transactions is among the events folded so far. A scan per target: undos are rare.
    public func canFold(undoing targets: Set<String>) -> Bool {
        targets.allSatisfy { !undoIndex.contains(transaction: $0) }
    }

    /// Makes room for about `count` more events before a long replay (opening a big log): a history
    /// that grows by doubling copies itself each time and briefly holds both copies.
    public mutating func reserveCapacity(forEvents count: Int) {
        let total = eventCount + count
        held?.reserveCapacity(total)
        undoIndex.reserveCapacity(total)
    }

    /// Sizes the notes once before a long replay, when the caller can count the notes to come.
    public mutating func reserveCapacity(forNotes count: Int) {
        state.reserveNotes(state.noteCount + count)
    }

    /// Checks a batch as one transaction; appends it in memory only if every event passes.
    /// A batch with an undo refolds the history, so a session that does not hold it needs it handed in
    /// first (`holdHistory(_:)`); `SessionStore.commit` does that.
    public mutating func append(_ batch: [Event]) throws(Refusal) {
        if batch.count == 1 {
            // The common commit: check against the live state, then fold in place (no copy of the history).
            try checkOne(batch[0])
            appendChecked(batch[0])
            return
        }
        dropBase()  // the state's trial takes the batch
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

    /// Checks a batch without keeping it (with an undo among several events: as `append`, history held).
    public func check(_ batch: [Event]) throws(Refusal) {
        if batch.count == 1 { return try checkOne(batch[0]) }
        var trial = self
        try trial.append(batch)
    }

    /// The newest transaction `actor` can still undo: theirs, not undone, not itself an undo.
    public func undoTarget(for actor: Actor?) -> String? {
        undoIndex.newestUndoable(by: actor, undone: undone)
    }

    public func isUndone(_ tx: String) -> Bool { undone.contains(tx) }

    // MARK: - Folding

    private func checkOne(_ event: Event) throws(Refusal) {
        switch event.body {
        case .undo(let tx):
            guard undoIndex.contains(transaction: tx) else { throw .unknownTransaction(tx) }
            guard !undone.contains(tx) else { throw .alreadyUndone(tx) }
            // Undoing an undo would change nothing: the refold skips undos, it does not reverse them.
            guard !undoIndex.isUndo(transaction: tx) else { throw .undoOfAnUndo(tx) }
        case .change(let change):
            try state.check(change, at: event.at, by: event.by, plan: plan)
        }
    }

    /// Appends an event that just passed `checkOne` against the current state.
    private mutating func appendChecked(_ event: Event) {
        record(event)
        if let tx = event.undoneTransaction {
            undone.insert(tx)
            refold()
        } else {
            foldChecked(event)
        }
    }

    private mutating func record(_ event: Event) {
        undoIndex.append(event)
        held?.append(event)
        base?.tail.append(event)
    }

    /// Folds an event known to pass its rules here (an undo, or one of an undone transaction, only counts).
    private mutating func foldChecked(_ event: Event) {
        guard case .change(let change) = event.body, !undone.contains(event.tx) else {
            state.eventCount += 1
            return
        }
        if !change.keepsNotesAppendOnly { notesChanged() }
        state.fold(change, at: event.at, by: event.by, plan: plan)
    }

    /// Rebuilds the state from the history with the current undone set, checking every event: an
    /// event that depended on an undone one (an edit of a note whose adding was undone) is skipped.
    /// Events before the first one of an undone transaction saw exactly the states they were checked
    /// against when written, so they are folded without a second check.
    private mutating func refold() {
        guard let events = held else {
            preconditionFailure("an undo refolds the history: hand it in first (holdHistory)")
        }
        // Let go of the old state first, and size the notes as before: two sets of notes alive at
        // once, or a growing array's old and new buffers, would double the peak memory of a big session.
        let added = events.lazy.filter { if case .noteAdded = $0.change { true } else { false } }.count
        base = nil  // the new state is not the base's
        state = SessionState(reservingNotes: max(state.noteCount, added))
        notesChanged()
        superseded = 0
        var changedPast = false
        for event in events { changedPast = foldRefolding(event, changedPast: changedPast) }
    }

    /// One step of a refold: an event of an undone transaction only counts; once one has been passed,
    /// later events are checked again (they may depend on it) and skipped if refused.
    private mutating func foldRefolding(_ event: Event, changedPast: Bool) -> Bool {
        if undone.contains(event.tx) { state.eventCount += 1; return true }
        guard case .change(let change) = event.body else { state.eventCount += 1; return changedPast }
        if !change.keepsNotesAppendOnly { notesChanged() }
        if !changedPast { state.fold(change, at: event.at, by: event.by, plan: plan); return false }
        do throws(Refusal) {
            try state.apply(change, at: event.at, by: event.by, plan: plan)
        } catch {
            superseded += 1
            state.eventCount += 1
        }
        return true
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
        eventCount = session.eventCount
        superseded = session.superseded
        undone = session.undoneSet
        let refolds = batch.contains(where: \.isUndo)
        wholeState = refolds ? session.state : nil
    }

    func restore(_ session: inout Session) {
        session.restore(self)
    }
}

extension Session {
    fileprivate var undoneSet: Set<String> { undone }

    fileprivate mutating func restore(_ rollback: Rollback) {
        held?.removeSubrange(rollback.eventCount...)
        undoIndex.truncate(to: rollback.eventCount)
        undone = rollback.undone
        superseded = rollback.superseded
        notesChanged()
        if let whole = rollback.wholeState { state = whole } else { state.rollBackTrial() }
    }
}

extension Session {
    /// A copy whose state `body` changed: a view for a reader (an export), never folded on.
    func withState(_ body: (inout SessionState) -> Void) -> Session {
        var copy = self
        copy.notesChanged()
        body(&copy.state)
        return copy
    }
}

/// A state kept so that an undo refolds from it (`keepBase()`): the counts as they were and the events
/// folded since; the state's trial keeps what the notes were before them.
struct SessionBase: Sendable {
    let eventCount: Int
    let superseded: Int
    let undone: Set<String>
    var tail: [Event] = []
}

extension Session {
    /// Keeps the way back to this state (`rewindToBase(undoing:)`), for a store that opens to undo; a
    /// multi-event `append` and a refold of the whole history drop it.
    public mutating func keepBase() {
        dropBase()
        state.beginTrial()
        base = SessionBase(eventCount: eventCount, superseded: superseded, undone: undone)
    }

    /// Stops keeping the way back; the state is then exactly what it would be had it never been kept.
    public mutating func dropBase() {
        guard base != nil else { return }
        base = nil
        state.endTrial()
    }

    /// Goes back to the kept base when a refold taking back `targets` can start there: none of them, nor
    /// anything the undos folded since take back, is before it. Returns the events folded since and all
    /// that is taken back, for `replay(_:undoing:)`; the base stays kept. Nil, changing nothing, otherwise.
    public mutating func rewindToBase(undoing targets: Set<String>) -> (tail: [Event], undoing: Set<String>)? {
        guard let kept = base else { return nil }
        let undoing = targets.union(kept.tail.lazy.compactMap(\.undoneTransaction))
        guard undoing.allSatisfy({ !undoIndex.contains(transaction: $0, before: kept.eventCount) }) else { return nil }
        state.rollBackTrial()
        undoIndex.truncate(to: kept.eventCount)
        (undone, superseded) = (kept.undone, kept.superseded)
        notesChanged()
        keepBase()
        return (kept.tail, undoing)
    }
}
