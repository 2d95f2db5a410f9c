/// A plan with its history: the events so far and the state they fold into.
/// Undo appends `transactionUndone`; the state is then refolded without that
/// transaction, so the log itself is never rewritten.
public struct Session: Sendable {
    public let plan: Plan
    public private(set) var events: [Event]
    public private(set) var state: SessionState
    /// Events in the log that no longer apply after an undo (e.g. an edit of a note whose adding was undone).
    public private(set) var superseded: Int
    private var undone: Set<String>
    private var transactions: Set<String>

    public init(plan: Plan) {
        self.plan = plan
        events = []
        state = SessionState()
        superseded = 0
        undone = []
        transactions = []
    }

    /// Folds events read from the log. Events written by other processes were
    /// checked under the log's lock, so one refused here was superseded by an undo.
    public mutating func replay<S: Sequence>(_ newEvents: S) where S.Element == Event {
        for event in newEvents { replayOne(event) }
    }

    private mutating func replayOne(_ event: Event) {
        events.append(event)
        transactions.insert(event.tx)
        if case .transactionUndone(let tx) = event.change {
            undone.insert(tx)
            refold()
            return
        }
        if undone.contains(event.tx) {
            state.eventCount += 1
            return
        }
        do { try state.apply(event, plan: plan) } catch { superseded += 1; state.eventCount += 1 }
    }

    /// Checks a batch as one transaction; appends it in memory only if every event passes.
    public mutating func append(_ batch: [Event]) throws(Refusal) {
        var trial = self
        for event in batch {
            if case .transactionUndone(let tx) = event.change { try trial.checkUndo(tx) }
            else { try trial.state.check(event.change, at: event.at, by: event.by, plan: plan) }
            trial.replayOne(event)
        }
        self = trial
    }

    /// Checks a batch without keeping it.
    public func check(_ batch: [Event]) throws(Refusal) {
        var trial = self
        try trial.append(batch)
    }

    private func checkUndo(_ tx: String) throws(Refusal) {
        guard transactions.contains(tx) else { throw .unknownTransaction(tx) }
        guard !undone.contains(tx) else { throw .alreadyUndone(tx) }
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

    private mutating func refold() {
        var fresh = SessionState()
        var skipped = 0
        for event in events {
            if case .transactionUndone = event.change { fresh.eventCount += 1; continue }
            if undone.contains(event.tx) { fresh.eventCount += 1; continue }
            do { try fresh.apply(event, plan: plan) } catch { skipped += 1; fresh.eventCount += 1 }
        }
        state = fresh
        superseded = skipped
    }
}
