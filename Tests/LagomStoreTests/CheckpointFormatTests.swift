import Foundation
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// A checkpoint that is whole and matches the log, but was written by another version of the fold (an
/// older or newer format) or with another plan, is ignored: the log is folded and nothing is lost; the
/// store then writes one of its own.
@Suite struct CheckpointFormatTests {
    let checkpoints = CheckpointTests()

    /// A session of notes and an undo with a checkpoint covering all but its last two notes.
    func session() throws -> TempSession {
        let temp = try TempSession()
        let writer = try temp.open(seed: 1)
        for number in 0..<30 { try writer.addNote("Lapp \(number) – å ä ö", by: .secretary(1 + number % 3)) }
        try writer.undo(by: .secretary(2))
        try writer.writeCheckpoint()
        try writer.addNote("Efter kontrollpunkten")
        try writer.addNote("Sist")
        return temp
    }

    /// The checkpoint's bytes with the header's format set to `format` and the file's own hash made
    /// again, so the file is intact and only its format says it is not of this fold.
    func checkpoint(_ bytes: [UInt8], format: Int) throws -> [UInt8] {
        let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        let current = "\"format\":\(CheckpointHeader.currentFormat)"
        #expect(header.contains(current), "the header names its format: \(header)")
        let changed = header.replacingOccurrences(of: current, with: "\"format\":\(format)")
        var rewritten = Array(changed.utf8) + bytes[newline..<(bytes.count - 8)]
        withUnsafeBytes(of: LogFingerprint.digest(of: rewritten[...]).littleEndian) { rewritten.append(contentsOf: $0) }
        return rewritten
    }

    @Test(arguments: [CheckpointHeader.currentFormat - 1, 1, CheckpointHeader.currentFormat + 1])
    func aCheckpointOfAnotherFormatIsIgnoredAndRewritten(format: Int) throws {
        let temp = try session()
        defer { temp.remove() }
        let path = checkpoints.checkpointPath(temp)
        let good = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let whole = try checkpoints.wholeFold(temp)

        // The rewriting itself leaves a checkpoint that is used when the format is this one.
        FileManager.default.createFile(
            atPath: path, contents: Data(try checkpoint(good, format: CheckpointHeader.currentFormat)))
        let control = try temp.open(seed: 2)
        #expect(control.checkpointCovers > 0, "a rewritten header of this format is still used")
        checkpoints.expectSame(control.session, whole)

        FileManager.default.createFile(atPath: path, contents: Data(try checkpoint(good, format: format)))
        let opened = try temp.open(seed: 3)
        #expect(opened.checkpointCovers == 0, "a checkpoint of format \(format) is not used")
        #expect(opened.warnings.isEmpty)
        checkpoints.expectSame(opened.session, whole)
        #expect(opened.session.state.notes.last?.text == "Sist")

        // Closing writes one of this format in its place, which the next open uses.
        opened.writeCheckpointIfStale()
        #expect(CheckpointFile.readHeader(path)?.format == CheckpointHeader.currentFormat)
        let next = try temp.open(seed: 4)
        #expect(next.checkpointCovers == Int64(try temp.logBytes().count))
        checkpoints.expectSame(next.session, whole)
    }

    /// plan.json changed after the checkpoint was written (here by one byte at its end, which leaves
    /// the plan the same): the checkpoint was folded with other bytes, so it is not used.
    @Test func aCheckpointFoldedWithAnotherPlanIsIgnored() throws {
        let temp = try session()
        defer { temp.remove() }
        let whole = try checkpoints.wholeFold(temp)
        let planPath = "\(temp.folder)/\(SessionStore.planFile)"
        let plan = try #require(FileManager.default.contents(atPath: planPath))
        #expect(try temp.open(seed: 2).checkpointCovers > 0)
        FileManager.default.createFile(atPath: planPath, contents: plan + Data("\n".utf8))
        let opened = try temp.open(seed: 3)
        #expect(opened.checkpointCovers == 0)
        checkpoints.expectSame(opened.session, whole)
        // The plan put back as it was: the checkpoint is used again.
        FileManager.default.createFile(atPath: planPath, contents: plan)
        #expect(try temp.open(seed: 4).checkpointCovers > 0)
    }
}
