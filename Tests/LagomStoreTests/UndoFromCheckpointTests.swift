import Foundation
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// An undo of something after the checkpoint refolds from the checkpoint, not from the log's first
/// byte; one that reaches behind it refolds the whole history. Either way the session is exactly what
/// folding the whole log gives (`CheckpointTests.wholeFold`), in the process that undid and in one
/// that learns of the undo by refreshing.
@Suite struct UndoFromCheckpointTests {
    let checkpoints = CheckpointTests()

    @Test func anUndoAfterTheCheckpointDoesNotReadTheHistory() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let early = try writer.addNote("Före kontrollpunkten", by: .secretary(2))
        for number in 0..<20 { try writer.addNote("Lapp \(number)") }
        try writer.writeCheckpoint()
        let late = try writer.addNote("Efter kontrollpunkten", by: .secretary(2))
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteEdited(note: late, text: "Ändrad")] }
        try writer.addNote("Sist", by: .secretary(1))

        let opened = try temp.open(seed: 2)
        let watcher = try temp.open(seed: 3)
        let undone = try opened.undo(by: .secretary(2))
        #expect(undone.map(\.change) == [.noteAdded(note: late, place: notePlace, text: "Efter kontrollpunkten")])
        #expect(opened.historyReads == 0, "refolded from the checkpoint")
        #expect(opened.session.superseded == 1, "the edit of the undone note no longer applies")
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
        #expect(try watcher.refresh())
        #expect(watcher.historyReads == 0, "a pane that learns of it refolds from the checkpoint too")
        checkpoints.expectSame(watcher.session, opened.session)

        // The next undo of secretary 2 reaches behind the checkpoint: the whole history is read.
        #expect(try opened.undo(by: .secretary(2)).first?.change?.noteID == early)
        #expect(opened.historyReads == 1)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
        #expect(try watcher.refresh())
        checkpoints.expectSame(watcher.session, opened.session)
    }

    /// Random undos of older transactions, before and after checkpoints written every few commits,
    /// against a whole fold after every one; a pane refreshing alongside and a fresh open agree.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func undosAnywhereGiveTheWholeFold(seed: UInt64) throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: seed)
        writer.checkpointEvery = 1_500
        let pane = try temp.open(seed: seed + 100)
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        var transactions: [String] = []
        for number in 0..<160 {
            let roll = random.nextRandom() % 10
            if roll < 2, !transactions.isEmpty {
                let tx = transactions[Int(random.nextRandom() % UInt64(transactions.count))]
                guard !writer.session.isUndone(tx) else { continue }
                try writer.write(by: .facilitator) { _, _, _ throws(Refusal) in [.undo(transaction: tx)] }
                checkpoints.expectSame(writer.session, try checkpoints.wholeFold(temp))
                _ = try pane.refresh()
                checkpoints.expectSame(pane.session, writer.session)
            } else if roll < 4, !notes.isEmpty {
                let note = notes[Int(random.nextRandom() % UInt64(notes.count))]
                _ = try? writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in
                    [.noteEdited(note: note, text: "Ändrad \(number) – å ä ö")]
                }
            } else {
                let events = try writer.commit(by: .secretary(Int(1 + roll % 2))) { _, ids throws(Refusal) in
                    (0..<Int(1 + roll % 2)).map { _ in
                        .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: "Lapp \(number)")
                    }
                }
                for case .noteAdded(let id, _, _) in events.map(\.change) { notes.append(id) }
                transactions.append(events[0].tx)
            }
        }
        #expect(writer.historyReads > 0 && writer.historyReads < 30, "some undos reached behind a checkpoint, not all")
        #expect(writer.session.superseded > 0)
        checkpoints.expectSame(try temp.open(seed: 99).session, writer.session)
    }
}

extension Change {
    fileprivate var noteID: NoteID? {
        if case .noteAdded(let note, _, _) = self { note } else { nil }
    }
}
