import Testing

@testable import LagomCore

/// `UndoIndex` keeps a transaction id of the alphabet as a number and any other as text: either way it
/// answers as the events would, after a batch is taken back, and once saved in a checkpoint and read.
@Suite struct UndoIndexTests {
    func event(_ tx: String, by actor: Actor, undoing: String? = nil) -> Event {
        let body: Event.Body =
            undoing.map { .undo(transaction: $0) } ?? .change(.timerPaused(timer: TimerKey(step: "paus")))
        return Event(id: "\(tx)-\(actor)", tx: tx, at: Fixtures.t0, by: actor, body: body)
    }

    func expectAnswers(_ index: UndoIndex) {
        #expect(index.contains(transaction: "abc23") && index.contains(transaction: "hand 1"))
        #expect(!index.contains(transaction: "abc24") && !index.contains(transaction: "hand 2"))
        #expect(index.contains(transaction: "abc23", before: 1) && index.contains(transaction: "hand 1", before: 2))
        #expect(!index.contains(transaction: "hand 1", before: 1) && !index.contains(transaction: "xyz99", before: 3))
        #expect(index.isUndo(transaction: "undo 1") && !index.isUndo(transaction: "hand 1"))
        #expect(index.newestUndoable(by: .secretary(1), undone: ["hand 1"]) == "abc23")
        #expect(index.newestUndoable(by: .secretary(1), undone: []) == "hand 1")
        #expect(index.newestUndoable(by: .facilitator, undone: []) == "zzz22")
        #expect(index.newestUndoable(by: .facilitator, undone: ["zzz22"]) == nil)
        #expect(index.newestUndoable(by: nil, undone: ["zzz22"]) == "xyz99")
    }

    @Test func idsOfEitherShapeAnswerAsTheEventsWould() throws {
        var index = UndoIndex()
        for event in [
            event("abc23", by: .secretary(1)), event("hand 1", by: .secretary(1)), event("hand 1", by: .secretary(1)),
            event("xyz99", by: .secretary(2)), event("zzz22", by: .facilitator),
            event("undo 1", by: .facilitator, undoing: "zzz22"),
        ] { index.append(event) }
        expectAnswers(index)
        // A batch taken back leaves no trace, text ids included.
        index.append(event("hand 2", by: .secretary(1)))
        index.append(event("abc24", by: .secretary(1)))
        index.truncate(to: 6)
        expectAnswers(index)
        var out = CheckpointWriter()
        index.write(to: &out)
        var input = try CheckpointReader(out.finished()[...])
        let read = try UndoIndex(from: &input)
        #expect(input.atEnd && read.count == 6)
        expectAnswers(read)
    }

    /// A transaction saved as a number no id of the alphabet makes (a character 0 before the last, more
    /// than 12 characters) is a damaged checkpoint: refused, never turned into an id.
    @Test(arguments: [0b00001_00000_00001 as UInt64, 1 << 60, 1 << 62])
    func aNumberNoIdMakesIsRefused(number: UInt64) throws {
        var out = CheckpointWriter()
        out.unsigned(1)
        out.string("secretary:1")
        out.unsigned(1)
        out.unsigned(number + 1)
        out.unsigned(0)
        var input = try CheckpointReader(out.finished()[...])
        #expect(throws: CheckpointReader.Malformed.self) { try UndoIndex(from: &input) }
    }
}
