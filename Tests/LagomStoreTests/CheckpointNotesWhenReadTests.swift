import Foundation
import Testing

@testable import LagomCore
@_spi(Benchmark) @testable import LagomStore

/// A store that keeps the checkpoint's notes as bytes until one is read (`.whenRead`, what `lagom note
/// add` opens with) commits exactly what any store commits, decoding only the notes a commit or the log
/// after the checkpoint touches; and a checkpoint the log does not confirm is ignored all the same.
@Suite struct CheckpointNotesWhenReadTests {
    let checkpoints = CheckpointTests()

    func openForAdding(_ temp: TempSession, seed: UInt64) throws -> SessionStore {
        try SessionStore(
            folder: temp.folder, clock: FixedClock(), ids: SeededIDSource(seed: seed), checkpointNotes: .whenRead)
    }

    @Test func addingOrChangingANoteDecodesNoOther() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        _ = try LazyHistoryTests.write(writer, rounds: 120)
        try writer.writeCheckpoint()
        for number in 0..<5 { try writer.addNote("Efter kontrollpunkten \(number)") }

        let adder = try openForAdding(temp, seed: 2)
        #expect(adder.checkpointCovers > 0)
        #expect(adder.session.state.notesPending)
        try adder.addNote("Ny lapp från kommandoraden")
        #expect(adder.session.state.notesPending, "adding a note decodes none")
        checkpoints.expectSame(adder.session, try checkpoints.wholeFold(temp))

        let old = try #require(adder.session.state.notes.first { !$0.deleted }).id
        try adder.commit(by: .secretary(2)) { _, _ throws(Refusal) in [.noteEdited(note: old, text: "Ändrad")] }
        #expect(adder.session.state.notesPending)
        #expect(adder.session.state.liveNote(old)?.text == "Ändrad")
        checkpoints.expectSame(adder.session, try checkpoints.wholeFold(temp))
        checkpoints.expectSame(try openForAdding(temp, seed: 3).session, try temp.open(seed: 4).session)
    }

    /// The log after the checkpoint edits, deletes and undoes notes the checkpoint holds: opening folds it
    /// over the undecoded notes, and gets what folding the whole log gets.
    @Test func aTailThatChangesCheckpointedNotesFoldsAsTheWholeLog() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let early = try writer.addNote("Tidig lapp", by: .secretary(2))
        let kept = try writer.addNote("Lapp att ändra")
        let gone = try writer.addNote("Lapp att ta bort")
        for number in 0..<20 { try writer.addNote("Lapp \(number)") }
        try writer.writeCheckpoint()
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteEdited(note: kept, text: "Ändrad")] }
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteDeleted(note: gone)] }
        _ = try writer.undo(by: .secretary(2))

        let opened = try openForAdding(temp, seed: 2)
        #expect(opened.checkpointCovers > 0)
        #expect(opened.session.state.liveNote(early) == nil)
        #expect(opened.session.state.liveNote(kept)?.text == "Ändrad")
        #expect(opened.session.state.liveNote(gone) == nil)
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
    }

    /// Another process writes a new checkpoint (a new file renamed over the old one) after this one opened:
    /// the notes this one reads again come from the file it hashed, and its commits fold as the log does.
    @Test func aCheckpointReplacedAfterTheOpenChangesNothingRead() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        var ids: [NoteID] = []
        for number in 0..<30 { ids.append(try writer.addNote("Lapp \(number)")) }
        try writer.writeCheckpoint()
        let adder = try openForAdding(temp, seed: 2)
        for number in 30..<40 { try writer.addNote("Lapp \(number)") }
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteEdited(note: ids[0], text: "Ändrad")] }
        try writer.writeCheckpoint()
        try adder.commit(by: .secretary(2)) { _, _ throws(Refusal) in [.noteDeleted(note: ids[1])] }
        #expect(adder.session.state.notesPending)
        #expect(adder.session.state.liveNote(ids[0])?.text == "Ändrad")
        #expect(adder.session.state.liveNote(ids[1]) == nil)
        checkpoints.expectSame(adder.session, try checkpoints.wholeFold(temp))
    }

    @Test func aCheckpointOfAnotherLogIsIgnored() throws {
        let (second, first) = try checkpoints.sessionWithAnotherLogsCheckpoint()
        defer { first.remove(); second.remove() }
        let opened = try openForAdding(second, seed: 3)
        #expect(opened.checkpointCovers == 0)
        try opened.addNote("Andra sessionens lapp 40")
        #expect(opened.session.state.notes.map(\.text) == (0...40).map { "Andra sessionens lapp \($0)" })
    }
}
