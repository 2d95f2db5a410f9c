import LagomCore

extension SessionStore {
    /// Turns what a person meant into events and appends them as one transaction: under the lock,
    /// from the freshest state, at the time the events will carry (the room's clock placed by the
    /// system's zone data). A refusal comes back as `StoreError.refused` and writes nothing.
    @discardableResult
    public func commit(by actor: Actor, _ intent: Intent) throws(StoreError) -> [Event] {
        try commit(
            by: actor,
            timed: { session, now, ids throws(Refusal) in
                try intent.changes(
                    in: session, at: now, utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: now), ids: &ids)
            })
    }

    /// Takes back `actor`'s newest transaction that is not yet undone, and returns the events it
    /// took back, so a screen can say what was undone without reading the log again.
    @discardableResult
    public func undo(by actor: Actor) throws(StoreError) -> [Event] {
        try undo(by: actor, takingBackFrom: actor)
    }

    /// `undo(by:)` of the newest transaction `author` made that is not yet undone; anyone's if nil.
    @discardableResult
    public func undo(by actor: Actor, takingBackFrom author: Actor?) throws(StoreError) -> [Event] {
        undoneByLastCommit = []
        _ = try write(by: actor) { session, _, _ throws(Refusal) in
            guard let tx = session.undoTarget(for: author) else { throw .nothingToUndo }
            return [.undo(transaction: tx)]
        }
        return undoneByLastCommit
    }
}
