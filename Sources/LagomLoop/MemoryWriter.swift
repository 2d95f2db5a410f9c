import LagomCore
import LagomUI

/// A session kept in memory, written as the store writes one (checked by the same reducer, one
/// transaction per intent, undo by transaction): for tests of screens and of the loop, without files.
public final class MemoryWriter: SessionWriter {
    public private(set) var session: Session
    public let clock: any LagomClock
    /// Places the clock's time on the room's clock, for intents that depend on it (a return time).
    public var utcOffsetSeconds: Int
    /// The drafts kept, by group.
    public private(set) var drafts: [Int: NoteDraft] = [:]
    /// Notices not yet taken, as a store's warnings would be.
    public var notices: [String] = []
    /// Set to make every write fail as a store's would (a full disk); nil: writes go through.
    public var failure: WriteError?
    /// The projector panes a test says are running.
    public var projectorPanes: [ProjectorPane] = []
    private var ids: any IDSource

    /// `session` should hold its history (`Session(plan:)`), so undo can refold it.
    public init(session: Session, clock: any LagomClock, ids: any IDSource, utcOffsetSeconds: Int = 0) {
        self.session = session
        self.clock = clock
        self.ids = ids
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    @discardableResult
    public func commit(_ intent: Intent, by actor: Actor) throws(WriteError) -> [Event] {
        if let failure { throw failure }
        let now = clock.now
        do throws(Refusal) {
            let changes = try intent.changes(in: session, at: now, utcOffsetSeconds: utcOffsetSeconds, ids: &ids)
            return try append(changes, by: actor, at: now)
        } catch {
            throw .refused(error)
        }
    }

    @discardableResult
    public func undo(by actor: Actor) throws(WriteError) -> [Event] {
        if let failure { throw failure }
        guard let tx = session.undoTarget(for: actor) else { throw .refused(.nothingToUndo) }
        do throws(Refusal) {
            _ = try write([.undo(transaction: tx)], by: actor, at: clock.now)
        } catch {
            throw .refused(error)
        }
        return (session.heldHistory ?? []).filter { $0.tx == tx }
    }

    public func keepDraft(_ draft: NoteDraft?, group: Int) throws(WriteError) -> String? {
        if let failure { throw failure }
        drafts[group] = draft
        return draft == nil ? nil : "memory: group \(group)"
    }

    public func refresh() throws(WriteError) -> Bool { false }

    public func takeNotices(_ language: Language) -> [String] {
        defer { notices = [] }
        return notices
    }

    /// Appends `changes` as one transaction, as another process (or this one) would; what the
    /// reducer refuses is not appended.
    @discardableResult
    public func append(_ changes: [Change], by actor: Actor, at time: WallTime? = nil) throws(Refusal) -> [Event] {
        try write(changes.map(Event.Body.change), by: actor, at: time ?? clock.now)
    }

    private func write(_ bodies: [Event.Body], by actor: Actor, at: WallTime) throws(Refusal) -> [Event] {
        guard !bodies.isEmpty else { return [] }
        var events: [Event] = []
        for body in bodies {
            let id = ids.next(length: 12)
            events.append(Event(id: id, tx: events.first?.tx ?? id, at: at, by: actor, body: body))
        }
        try session.append(events)
        return events
    }
}
