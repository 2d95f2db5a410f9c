import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// A store's session does not keep its events: undo works from a compact index, refolds with the history
/// read back from the log, and `loadHistory()` gives the whole history.
@Suite struct LazyHistoryTests {
    /// Today's definition of the undo target, over the full history: the newest transaction of `actor`
    /// that is not undone and not an undo.
    static func referenceUndoTarget(_ events: [Event], undone: (String) -> Bool, for actor: Actor?) -> String? {
        var undoTransactions: Set<String> = []
        for event in events.reversed() {
            if event.isUndo { undoTransactions.insert(event.tx); continue }
            if undoTransactions.contains(event.tx) || undone(event.tx) { continue }
            if let actor, event.by != actor { continue }
            return event.tx
        }
        return nil
    }

    static let actors: [Actor] = [.secretary(1), .secretary(2), .facilitator]

    /// Notes by three actors, some in two-note transactions, edits, and undos of older transactions.
    static func write(_ store: SessionStore, rounds: Int) throws -> [Event] {
        var written: [Event] = []
        var notes: [NoteID] = []
        for number in 0..<rounds {
            let actor = actors[number % actors.count]
            if number % 11 == 10, let old = notes.dropLast(5).last {
                // Undo the adding of an older note whose later edit then becomes superseded.
                let tx = try #require(
                    try store.loadHistory().first { if case .noteAdded(old, _, _) = $0.change { true } else { false } }?
                        .tx)
                if !store.session.isUndone(tx) {
                    written += try store.write(by: actor) { _, _, _ throws(Refusal) in [.undo(transaction: tx)] }
                }
            } else if number % 7 == 3, let last = notes.last {
                written += try store.commit(by: actor) { _, _ throws(Refusal) in
                    [.noteEdited(note: last, text: "Ändrad \(number)")]
                }
            } else {
                let events = try store.commit(by: actor) { _, ids throws(Refusal) in
                    (0..<(number % 5 == 0 ? 2 : 1)).map { _ in
                        .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: "Lapp \(number) – å ä ö")
                    }
                }
                for case .noteAdded(let id, _, _) in events.map(\.change) { notes.append(id) }
                written += events
            }
        }
        return written
    }

    @Test func logAfterReopenIsTheWholeHistory() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let written = try Self.write(try temp.open(seed: 1), rounds: 120)
        let reopened = try temp.open(seed: 2)
        #expect(try reopened.loadHistory() == written)
        #expect(reopened.session.eventCount == written.count)
        #expect(reopened.session.heldHistory == nil)

        // The same history folded in memory gives the same state.
        var inMemory = Session(plan: testPlan)
        inMemory.replay(written)
        #expect(reopened.session.state == inMemory.state)
        #expect(reopened.session.superseded == inMemory.superseded)
        #expect(reopened.session.superseded > 0)
    }

    @Test func undoAfterReopenInAFreshStore() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        _ = try Self.write(try temp.open(seed: 3), rounds: 60)

        let store = try temp.open(seed: 4)
        let history = try store.loadHistory()
        let target = try #require(store.session.undoTarget(for: .secretary(2)))
        #expect(target == Self.referenceUndoTarget(history, undone: store.session.isUndone, for: .secretary(2)))
        _ = try store.write(by: .secretary(2)) { session, _, _ throws(Refusal) in
            guard let tx = session.undoTarget(for: .secretary(2)) else { throw .nothingToUndo }
            return [.undo(transaction: tx)]
        }
        #expect(store.session.isUndone(target))
        #expect(store.session.heldHistory == nil, "the history read back for the undo is let go")

        var inMemory = Session(plan: testPlan)
        inMemory.replay(try store.loadHistory())
        #expect(store.session.state == inMemory.state)
        let again = try temp.open(seed: 5)
        #expect(again.session.state == store.session.state)
        #expect(again.session.superseded == store.session.superseded)
    }

    @Test func undoAcrossManyTransactionsFollowsTheFullHistory() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        _ = try Self.write(try temp.open(seed: 6), rounds: 150)
        let store = try temp.open(seed: 7)
        // Undo 40 times, by turns, each from the compact index; check every target against the full history.
        for round in 0..<40 {
            let actor = Self.actors[round % Self.actors.count]
            let history = try store.loadHistory()
            for candidate in Self.actors + [nil] {
                #expect(
                    store.session.undoTarget(for: candidate)
                        == Self.referenceUndoTarget(history, undone: store.session.isUndone, for: candidate))
            }
            guard let tx = store.session.undoTarget(for: actor) else { continue }
            _ = try store.write(by: actor) { _, _, _ throws(Refusal) in [.undo(transaction: tx)] }
        }
        var inMemory = Session(plan: testPlan)
        inMemory.replay(try store.loadHistory())
        #expect(store.session.state == inMemory.state)
        #expect(store.session.superseded == inMemory.superseded)
        #expect(try temp.open(seed: 8).session.state == store.session.state)
    }

    @Test func anUndoByAnotherStoreIsRefoldedOnRefresh() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 9)
        _ = try Self.write(writer, rounds: 40)
        let reader = try temp.open(seed: 10)
        let oldest = try #require(try writer.loadHistory().first?.tx)
        _ = try writer.write(by: .facilitator) { _, _, _ throws(Refusal) in [.undo(transaction: oldest)] }
        #expect(try reader.refresh())
        #expect(reader.session.isUndone(oldest))
        #expect(reader.session.state == writer.session.state)
        #expect(reader.session.superseded == writer.session.superseded)
        #expect(reader.session.heldHistory == nil)
    }

    /// Any JSON spelling of an undo counts, not only the canonical one: here the key's `U` is escaped.
    @Test func anUndoWrittenWithAnEscapeIsFound() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 11)
        let note = try writer.addNote("Tid för återhämtning")
        let tx = try #require(try writer.loadHistory().first?.tx)
        let line =
            #"{"at":1741075200000,"by":"facilitator","change":{"transaction\u0055ndone":{"tx":""# + tx
            + #""}},"id":"zzzzzzzzzzzz","tx":"zzzzzzzzzzzz"}"# + "\n"
        try temp.writeLog(try temp.logBytes() + Array(line.utf8))
        let reopened = try temp.open(seed: 12)
        #expect(reopened.session.isUndone(tx))
        #expect(reopened.session.state.note(note) == nil)
        #expect(reopened.session.eventCount == 2)
    }
}
