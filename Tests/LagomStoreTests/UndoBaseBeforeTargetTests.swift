import Foundation
import Testing

@testable import LagomCore
@_spi(Benchmark) @testable import LagomStore

/// A store opened to undo keeps its base just before the transaction the undo will take back, not at the
/// checkpoint, so the undo refolds only the events from there. Where it is kept never changes what the
/// session holds: at open and after the undo, what a fold of the whole log gives.
@Suite struct UndoBaseBeforeTargetTests {
    let checkpoints = CheckpointTests()
    let kept = UndoFromKeptBaseTests()

    /// The state at open without the kept base (only a refold uses it) against the whole fold.
    func expectWholeFoldAtOpen(_ store: SessionStore, _ temp: TempSession) throws {
        var session = store.session
        session.dropBase()
        checkpoints.expectSame(session, try checkpoints.wholeFold(temp))
    }

    /// Ten notes and a checkpoint; the number of events it covers.
    func checkpointed(_ writer: SessionStore) throws -> Int {
        for number in 0..<10 { try writer.addNote("Före \(number)") }
        try writer.writeCheckpoint()
        return writer.session.eventCount
    }

    @Test func theBaseIsKeptJustBeforeTheTransactionToTakeBack() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let covered = try checkpointed(writer)
        try writer.addNote("Efter", by: .secretary(3))
        let pair = try writer.commit(by: .secretary(2)) { _, ids throws(Refusal) in
            ["Första – å ä ö", "Andra"].map {
                .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: $0)
            }
        }
        for number in 0..<5 { try writer.addNote("Sist \(number)", by: .secretary(1)) }
        let opened = try kept.openToUndo(temp, seed: 2, undoer: .secretary(2))
        #expect(opened.baseKeptAt == covered + 1, "just before secretary 2's transaction")
        try expectWholeFoldAtOpen(opened, temp)
        #expect(try opened.undo(by: .secretary(2)) == pair, "the whole transaction")
        #expect(opened.historyReads == 0)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// An undo after the transaction that takes back something before it: the base goes before that too,
    /// as the refold must start there; an undo of something after it does not move it.
    @Test func anUndoAfterTheTransactionMovesTheBaseBeforeWhatItTookBack() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let covered = try checkpointed(writer)
        let checkpoint = try Data(contentsOf: URL(fileURLWithPath: checkpoints.checkpointPath(temp)))
        try writer.addNote("Tidig", by: .secretary(1))
        try writer.addNote("Målet", by: .secretary(2))
        let late = try writer.addNote("Sen", by: .secretary(3))
        #expect(
            try writer.undo(by: .secretary(3)).first?.change == .noteAdded(note: late, place: notePlace, text: "Sen"))
        let beforeUndo = try kept.openToUndo(temp, seed: 2, undoer: .secretary(2))
        #expect(beforeUndo.baseKeptAt == covered + 1, "the undo takes back what came after the transaction")

        #expect(try writer.undo(by: .secretary(1)).first?.change?.noteText == "Tidig")
        try checkpoint.write(to: URL(fileURLWithPath: checkpoints.checkpointPath(temp)))
        let opened = try kept.openToUndo(temp, seed: 3, undoer: .secretary(2))
        #expect(opened.baseKeptAt == covered, "before the note secretary 1's undo took back")
        try expectWholeFoldAtOpen(opened, temp)
        #expect(try opened.undo(by: .secretary(2)).first?.change?.noteText == "Målet")
        #expect(opened.historyReads == 0)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// Nothing of the undoer's after the checkpoint: the base is the checkpoint's state, and the undo
    /// reaches behind it by reading the history.
    @Test func anUndoerWithNothingAfterTheCheckpointKeepsItsState() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let covered = try checkpointed(writer)
        for number in 0..<3 { try writer.addNote("Efter \(number)", by: .secretary(2)) }
        let opened = try kept.openToUndo(temp, seed: 2, undoer: .secretary(1))
        #expect(opened.baseKeptAt == covered)
        #expect(try opened.undo(by: .secretary(1)).first?.change?.noteText == "Före 9")
        #expect(opened.historyReads == 1)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// `lagom undo` opens with the checkpoint's notes left as bytes: an undo after edits and a deletion of
    /// checkpointed notes decodes none of the others, and its message names the deleted note by its text.
    @Test func anUndoReadsOnlyTheCheckpointedNotesItsEventsChange() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        _ = try checkpointed(writer)
        let notes = writer.session.state.notes.map(\.id)
        try writer.commit(by: .secretary(2)) { _, _ throws(Refusal) in [.noteEdited(note: notes[2], text: "Ändrad")] }
        try writer.addNote("Efter", by: .secretary(1))
        try writer.commit(by: .secretary(2)) { _, _ throws(Refusal) in [.noteDeleted(note: notes[4])] }
        try writer.addNote("Sist", by: .secretary(1))
        let opened = try kept.openToUndo(temp, seed: 2, undoer: .secretary(2), notes: .whenRead)
        #expect(opened.session.state.notesPending)
        let undone = try opened.undo(by: .secretary(2))
        #expect(undone.first?.change == .noteDeleted(note: notes[4]))
        #expect(opened.session.state.notesPending, "no note decoded but those the events change")
        #expect(opened.session.state.liveNote(notes[4])?.text == "Före 4")
        #expect(opened.historyReads == 0)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// Random sessions: single notes, two-note transactions, edits, the writer's own undos, and undos by
    /// fresh processes opened to undo one secretary's or anyone's newest, over a log checkpointed every
    /// few commits. After each open and each undo, the whole fold.
    @Test(arguments: [3, 4, 5] as [UInt64], [CheckpointNoteLoading.atOnce, .whenRead])
    func randomUndosGiveTheWholeFold(seed: UInt64, notes loading: CheckpointNoteLoading) throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: seed)
        writer.checkpointEvery = 1_200
        var random = SeededIDSource(seed: seed)
        var notes: [NoteID] = []
        var (fresh, afterCheckpoint) = (0, 0)
        for number in 0..<140 {
            let roll = random.nextRandom() % 20
            let actor = Actor.secretary(Int(1 + random.nextRandom() % 3))
            if roll < 4 {
                guard FileManager.default.fileExists(atPath: checkpoints.checkpointPath(temp)) else { continue }
                let author: Actor? = roll == 0 ? nil : actor
                let covered = try #require(CheckpointFile.readHeader(checkpoints.checkpointPath(temp))).events
                let undoer = try kept.openToUndo(
                    temp, seed: seed &+ UInt64(number) &* 7, undoer: author, notes: loading)
                try expectWholeFoldAtOpen(undoer, temp)
                if (undoer.baseKeptAt ?? 0) > covered { afterCheckpoint += 1 }
                guard (try? undoer.undo(by: actor, takingBackFrom: author)) != nil else { continue }
                fresh += 1
                checkpoints.expectSame(undoer.session, try checkpoints.wholeFold(temp))
                try undoer.writeCheckpoint()
                _ = try writer.refresh()
            } else if roll < 6 {
                _ = try? writer.undo(by: actor)
            } else if roll < 9, !notes.isEmpty {
                let note = notes[notes.count - 1 - Int(random.nextRandom() % UInt64(min(5, notes.count)))]
                _ = try? writer.commit(by: actor) { _, _ throws(Refusal) in
                    [.noteEdited(note: note, text: "Ändrad \(number) – å ä ö")]
                }
            } else {
                let count = roll < 12 ? 2 : 1
                let events = try writer.commit(by: actor) { _, ids throws(Refusal) in
                    (0..<count).map { _ in
                        .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: "Lapp \(number)")
                    }
                }
                for event in events {
                    if case .noteAdded(let id, _, _) = event.change { notes.append(id) }
                }
            }
        }
        #expect(fresh > 5 && afterCheckpoint > 2, "undos refolded from a base after the checkpoint")
        checkpoints.expectSame(try temp.open(seed: 99).session, writer.session)
    }
}

extension Change {
    fileprivate var noteText: String? {
        if case .noteAdded(_, _, let text) = self { text } else { nil }
    }
}
