import Foundation
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// `state.checkpoint`: opening starts from it and folds only the log after it, and gets exactly what
/// folding the whole log gets; a checkpoint the log does not confirm is ignored, never trusted.
@Suite struct CheckpointTests {
    var checkpointPath: (TempSession) -> String = { "\($0.folder)/\(SessionStore.checkpointFile)" }

    /// The session a process gets when it folds the whole log, with no checkpoint to start from.
    func wholeFold(_ temp: TempSession) throws -> Session {
        let path = checkpointPath(temp)
        let kept = FileManager.default.contents(atPath: path)
        try? FileManager.default.removeItem(atPath: path)
        defer { if let kept { FileManager.default.createFile(atPath: path, contents: kept) } }
        let store = try temp.open(seed: 99)
        #expect(store.checkpointCovers == 0)
        return store.session
    }

    func expectSame(_ a: Session, _ b: Session) {
        #expect(a.state == b.state)
        #expect(a.eventCount == b.eventCount)
        #expect(a.superseded == b.superseded)
        for actor in LazyHistoryTests.actors + [nil] { #expect(a.undoTarget(for: actor) == b.undoTarget(for: actor)) }
    }

    @Test func openingFromACheckpointGivesWhatFoldingTheWholeLogGives() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        writer.checkpointEvery = 2_000
        _ = try LazyHistoryTests.write(writer, rounds: 150)
        let header = try #require(CheckpointFile.readHeader(checkpointPath(temp)), "commits wrote checkpoints")
        #expect(header.logBytes < Int64(try temp.logBytes().count), "a tail is left to fold after it")
        let opened = try temp.open(seed: 2)
        #expect(opened.checkpointCovers == header.logBytes)
        #expect(opened.warnings.isEmpty)
        expectSame(opened.session, try wholeFold(temp))
        expectSame(opened.session, writer.session)
    }

    @Test func anUndoBehindTheCheckpointStillWorks() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        let early = try writer.addNote("Tidig lapp", by: .secretary(2))
        let later = try writer.addNote("Lapp att ändra", by: .secretary(1))
        for number in 0..<20 { try writer.addNote("Lapp \(number)", by: .secretary(1)) }
        try writer.commit(by: .secretary(1)) { _, _ throws(Refusal) in [.noteEdited(note: later, text: "Ändrad")] }
        try writer.writeCheckpoint()
        try writer.addNote("Efter kontrollpunkten", by: .secretary(1))

        let opened = try temp.open(seed: 3)
        #expect(opened.checkpointCovers > 0)
        // Secretary 2's newest transaction is behind the checkpoint: its undo refolds the whole history.
        let undone = try opened.undo(by: .secretary(2))
        #expect(undone.map(\.change) == [.noteAdded(note: early, place: notePlace, text: "Tidig lapp")])
        #expect(opened.session.state.liveNote(early) == nil)
        expectSame(opened.session, try wholeFold(temp))
        expectSame(try temp.open(seed: 4).session, try wholeFold(temp))
    }

    /// A session of 40 notes ("Andra sessionens lapp 0…39") holding the checkpoint of another one of
    /// 30, with the same plan and a shorter log: only the log's bytes can tell it is not of this log.
    /// The caller removes both folders.
    func sessionWithAnotherLogsCheckpoint() throws -> (session: TempSession, other: TempSession) {
        let first = try TempSession()
        let second = try TempSession()
        let one = try first.open(seed: 1)
        for number in 0..<30 { try one.addNote("Första sessionens lapp \(number)") }
        try one.writeCheckpoint()
        let two = try second.open(seed: 2)
        for number in 0..<40 { try two.addNote("Andra sessionens lapp \(number)") }
        try FileManager.default.copyItem(atPath: checkpointPath(first), toPath: checkpointPath(second))
        return (second, first)
    }

    @Test func aCheckpointOfAnotherLogIsIgnored() throws {
        let (second, first) = try sessionWithAnotherLogsCheckpoint()
        defer { first.remove(); second.remove() }
        let opened = try second.open(seed: 3)
        #expect(opened.checkpointCovers == 0)
        #expect(opened.session.state.notes.map(\.text) == (0..<40).map { "Andra sessionens lapp \($0)" })
    }

    @Test func aLogCutBehindTheCheckpointIsFoldedWhole() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        for number in 0..<30 { try writer.addNote("Lapp \(number)") }
        let cut = try temp.logBytes()
        for number in 30..<40 { try writer.addNote("Lapp \(number)") }
        try writer.writeCheckpoint()
        // Cut back behind the checkpoint, then grown past it again by other lines.
        try temp.writeLog(cut)
        let other = try temp.open(seed: 5)
        #expect(other.checkpointCovers == 0, "a checkpoint past the end of the log is not used")
        for number in 0..<15 { try other.addNote("Annan lapp \(number)") }
        #expect(
            Int64(try temp.logBytes().count) > (try #require(CheckpointFile.readHeader(checkpointPath(temp)))).logBytes)
        let opened = try temp.open(seed: 6)
        #expect(opened.checkpointCovers == 0)
        #expect(opened.session.state.notes.count == 45)
        expectSame(opened.session, other.session)
    }

    /// A process killed after its checkpoint reached the disk but before, or while, the log got the
    /// line the checkpoint covers: the checkpoint names bytes the log does not hold, and is ignored;
    /// and one written before the last lines reached the log leaves only a longer tail.
    @Test func aKillBetweenCheckpointAndLogLosesNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        for number in 0..<20 { try writer.addNote("Lapp \(number)") }
        let before = try temp.logBytes()
        try writer.addNote("Lapp som aldrig nådde loggen")
        try writer.writeCheckpoint()
        // The log as if the last line had never been written, then with half of it (a torn write).
        try temp.writeLog(before)
        #expect(try temp.open(seed: 2).checkpointCovers == 0)
        let whole = try temp.logBytes()
        try temp.writeLog(whole + Array(#"{"at":1741075200000,"by":"secretary:1","change":{"noteAdded""#.utf8))
        let torn = try temp.open(seed: 3)
        #expect(torn.checkpointCovers == 0)
        #expect(torn.session.state.notes.count == 20)
        #expect(torn.warnings.count == 1, "the torn write is named, nothing else")
        // A checkpoint behind the log: the lines after it are folded.
        try temp.writeLog(before)
        let behind = try temp.open(seed: 4)
        try behind.writeCheckpoint()
        for number in 20..<25 { try behind.addNote("Lapp \(number)") }
        let opened = try temp.open(seed: 5)
        #expect(opened.checkpointCovers == Int64(before.count))
        #expect(opened.session.state.notes.count == 25)
        expectSame(opened.session, try wholeFold(temp))
    }

    @Test func aDamagedCheckpointIsIgnored() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        for number in 0..<25 { try writer.addNote("Lapp \(number) – å ä ö") }
        try writer.writeCheckpoint()
        let good = try #require(FileManager.default.contents(atPath: checkpointPath(temp)))
        var rng = SeededIDSource(seed: 17)
        for trial in 0..<60 {
            var bytes = [UInt8](good)
            switch trial % 3 {
            case 0: bytes[Int(rng.nextRandom() % UInt64(bytes.count))] ^= UInt8(1 + rng.nextRandom() % 255)
            case 1: bytes.removeLast(1 + Int(rng.nextRandom() % UInt64(bytes.count - 1)))
            default: bytes.append(UInt8(rng.nextRandom() % 256))
            }
            FileManager.default.createFile(atPath: checkpointPath(temp), contents: Data(bytes))
            let opened = try temp.open(seed: 2)
            // Even a flipped byte inside a note's text, which would still decode, fails the file's own hash.
            #expect(opened.checkpointCovers == 0)
            #expect(opened.session.state.notes.count == 25)
        }
    }

    @Test func damageAndDuplicatesBehindTheCheckpointAreStillNamed() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        for number in 0..<10 { try writer.addNote("Lapp \(number)") }
        var lines = try temp.logBytes().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(
            Array.init)
        lines[4] = Array("inte en händelse".utf8)
        try temp.writeLog(Array(lines.joined(separator: [UInt8(ascii: "\n")])))
        let damaged = try temp.open(seed: 2)
        try damaged.writeCheckpoint()
        let opened = try temp.open(seed: 3)
        #expect(opened.checkpointCovers > 0)
        #expect(opened.damage == damaged.damage)
        #expect(opened.damage.count == 1)
        // A line copied by hand after the checkpoint, of an event before it, counts once.
        try temp.writeLog(try temp.logBytes() + lines[2] + [UInt8(ascii: "\n")])
        let copied = try temp.open(seed: 4)
        #expect(copied.checkpointCovers > 0)
        #expect(copied.session.state.notes.count == 9)
        guard case .duplicate = copied.damage.last?.kind else {
            Issue.record("the copied line is not named as a duplicate: \(copied.damage)")
            return
        }
    }

    @Test func eventIDsKeepEveryShapeOfId() throws {
        let ids = EventIDs()
        #expect(ids.insert("4hq8w2mzc7ta"))
        #expect(!ids.insert("4hq8w2mzc7ta"))
        #expect(ids.insert("4hq8w2mzc7t"))  // a prefix is another id
        #expect(ids.insert("Hand-Written id ÅÄÖ"))
        let restored = try #require(EventIDs(encoded: ids.encoded()))
        for id in ["4hq8w2mzc7ta", "4hq8w2mzc7t", "Hand-Written id ÅÄÖ"] { #expect(!restored.insert(id)) }
        #expect(restored.insert("22222222222z"))
        #expect(EventIDs.pack("2") != EventIDs.pack("22"))
    }
}
