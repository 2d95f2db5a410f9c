import Foundation
import Glibc
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// `lagom undo` opens its store prepared to undo: the checkpoint's state is kept as it is restored, and
/// the undo refolds from it — the checkpoint decoded once, no second state. Each test removes the
/// checkpoint file after opening, so only the kept state can spare reading the whole history; the
/// result is compared with a fold of the whole log (`CheckpointTests.wholeFold`).
@Suite struct UndoFromKeptBaseTests {
    let checkpoints = CheckpointTests()

    func openToUndo(
        _ temp: TempSession, seed: UInt64, undoer: Actor?, calls: FileSystemCalls = FileSystemCalls(),
        notes: CheckpointNoteLoading = .whenRead
    ) throws
        -> SessionStore
    {
        let store = try SessionStore(
            folder: temp.folder, clock: FixedClock(), ids: SeededIDSource(seed: seed), access: .readWrite,
            calls: calls, preparedToUndo: .newest(of: undoer), checkpointNotes: notes)
        try FileManager.default.removeItem(atPath: checkpoints.checkpointPath(temp))
        return store
    }

    /// Notes before a checkpoint, then after it a note of secretary 2, an edit of it and more notes.
    func history(_ temp: TempSession) throws -> (early: NoteID, late: NoteID) {
        let writer = try temp.open(seed: 1)
        let early = try writer.addNote("Före kontrollpunkten", by: .secretary(2))
        for number in 0..<20 { try writer.addNote("Lapp \(number)") }
        try writer.writeCheckpoint()
        let late = try writer.addNote("Efter kontrollpunkten – å ä ö", by: .secretary(2))
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteEdited(note: late, text: "Ändrad")] }
        let undone = try writer.addNote("Ångras", by: .secretary(1))
        #expect(try writer.undo(by: .secretary(1)).first?.change?.addedNote == undone)
        try writer.addNote("Sist", by: .secretary(1))
        return (early, late)
    }

    @Test func anUndoAfterTheCheckpointRefoldsFromTheStateKeptAtOpen() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let (early, late) = try history(temp)
        let opened = try openToUndo(temp, seed: 2, undoer: .secretary(2))
        let undone = try opened.undo(by: .secretary(2))
        #expect(undone.map(\.change?.addedNote) == [late])
        #expect(opened.historyReads == 0, "refolded from the state kept at open")
        #expect(opened.session.superseded == 1, "the edit of the undone note no longer applies")
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))

        // Kept for one commit only: the next undo reaches behind the checkpoint and reads the history.
        #expect(try opened.undo(by: .secretary(2)).first?.change?.addedNote == early)
        #expect(opened.historyReads == 1)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    @Test func anUndoBehindTheCheckpointReadsTheWholeHistory() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        _ = try history(temp)
        let first = try #require(try temp.open(seed: 3).loadHistory().first).tx
        let opened = try openToUndo(temp, seed: 2, undoer: .facilitator)
        try opened.write(by: .facilitator) { _, _, _ throws(Refusal) in [.undo(transaction: first)] }
        #expect(opened.historyReads == 1)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// Lines other processes wrote after the open — notes, and an undo of something after the checkpoint
    /// that this process had folded — are read under the lock, refolded from the kept state too.
    @Test func linesWrittenAfterTheOpenAreRefoldedFromTheKeptStateToo() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let (_, late) = try history(temp)
        let opened = try openToUndo(temp, seed: 2, undoer: .secretary(3))
        let other = try temp.open(seed: 3)
        let edited = try other.addNote("En till", by: .secretary(3))
        try other.commit(by: .secretary(3)) { _, _ throws(Refusal) in [.noteEdited(note: edited, text: "Ny")] }
        #expect(try other.undo(by: .secretary(2)).first?.change?.addedNote == late)
        let undone = try opened.undo(by: .secretary(3))
        #expect(undone.map(\.change?.addedNote) == [nil], "the edit, the newest of secretary 3")
        #expect(opened.historyReads == 0)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// A line the disk refuses leaves the session as it was before the undo; the retry saves it once.
    @Test func anUndoTheDiskRefusesLeavesTheSessionAsItWas() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        _ = try history(temp)
        let faults = WriteFaults()
        let opened = try openToUndo(temp, seed: 2, undoer: .secretary(2), calls: faults.calls)
        let before = try checkpoints.wholeFold(temp)
        faults.budget = 0
        #expect(throws: StoreError.self) { try opened.undo(by: .secretary(2)) }
        checkpoints.expectSame(opened.session, before)
        faults.budget = nil
        #expect(try opened.undo(by: .secretary(2)).count == 1)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// Random undos of recent transactions, each by a fresh process opened to undo, over a log with
    /// checkpoints every few commits: after each, the whole fold.
    @Test(arguments: [1, 2] as [UInt64])
    func undosByFreshProcessesGiveTheWholeFold(seed: UInt64) throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: seed)
        writer.checkpointEvery = 1_500
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        var fromBase = 0
        for number in 0..<120 {
            let roll = random.nextRandom() % 10
            let actor = Actor.secretary(Int(1 + random.nextRandom() % 3))
            if roll < 2 {
                guard FileManager.default.fileExists(atPath: checkpoints.checkpointPath(temp)) else { continue }
                let undoer = try openToUndo(temp, seed: seed + UInt64(number) * 7, undoer: actor)
                guard (try? undoer.undo(by: actor)) != nil else { continue }
                if undoer.historyReads == 0 { fromBase += 1 }
                checkpoints.expectSame(undoer.session, try checkpoints.wholeFold(temp))
                try undoer.writeCheckpoint()
                _ = try writer.refresh()
            } else if roll < 5, !notes.isEmpty {
                let note = notes[notes.count - 1 - Int(random.nextRandom() % UInt64(min(4, notes.count)))]
                _ = try? writer.commit(by: actor) { _, _ throws(Refusal) in
                    [.noteEdited(note: note, text: "Ändrad \(number) – å ä ö")]
                }
            } else {
                notes.append(try writer.addNote("Lapp \(number)", by: actor))
            }
        }
        #expect(fromBase > 3, "undos refolded from the state kept at open")
        checkpoints.expectSame(try temp.open(seed: 99).session, writer.session)
    }
}

extension Change {
    fileprivate var addedNote: NoteID? {
        if case .noteAdded(let note, _, _) = self { note } else { nil }
    }
}
