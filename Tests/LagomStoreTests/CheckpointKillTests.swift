import Foundation
import LagomCore
import Testing

@_spi(Benchmark) @testable import LagomStore

/// Checkpoints in play where processes die and logs get cut: whatever state the checkpoint and the
/// log are left in, the store opens to exactly the fold of the log's complete lines (a checkpoint the
/// log does not confirm is ignored) and loses nothing that was acknowledged.
@Suite struct CheckpointKillTests {
    let checkpoints = CheckpointTests()

    /// Two processes adding notes and undoing them, writing a checkpoint every few commits, killed with
    /// SIGKILL at random moments: between a line and its checkpoint, in the middle of either.
    @Test func killedWritersThatCheckpointOftenLoseNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        var added: [Int: [String]] = [1: [], 2: []]
        var undone: Set<String> = []
        // A killed undo may or may not have reached the log: it takes back its secretary's newest note.
        var perhapsUndone: Set<String> = []
        var generator = SystemRandomNumberGenerator()
        // Under a loaded machine a worker may be killed before it has started; such a round only
        // lengthens the next one's life, and rounds go on (up to a cap) until enough was written.
        var longest: UInt32 = 60_000
        for round in 0..<400 {
            if round >= 40 && added.values.joined().count > 20 && !undone.isEmpty { break }
            let workers = try [1, 2].map { group in
                (group, try Workers.Running(["churn", temp.folder, "1000000", "\(group)", "600"]))
            }
            usleep(UInt32.random(in: 5_000...longest, using: &generator))
            for (_, worker) in workers { worker.kill() }
            var wroteSomething = false
            for (group, worker) in workers {
                let lines = worker.finish().lines
                wroteSomething = wroteSomething || lines.contains { $0.hasPrefix("+") }
                for line in lines {
                    if line.hasPrefix("+") { added[group, default: []].append(String(line.dropFirst())) }
                    if line.hasPrefix("-") { undone.insert(String(line.dropFirst())) }
                }
                if let newest = added[group]?.last(where: { !undone.contains($0) }) { perhapsUndone.insert(newest) }
            }
            if !wroteSomething { longest = min(longest * 2, 1_000_000) }
        }
        let opened = try temp.open()
        #expect(opened.warnings.allSatisfy { $0.contains("cut short") }, "at most a torn last write")
        checkpoints.expectSame(opened.session, try checkpoints.wholeFold(temp))
        let present = Set(opened.session.state.notes.filter { !$0.deleted }.map(\.id.rawValue))
        #expect(present.isDisjoint(with: undone), "an acknowledged undo stays done")
        for (group, notes) in added {
            let kept = notes.filter { !undone.contains($0) && !perhapsUndone.contains($0) }
            #expect(kept.filter { !present.contains($0) } == [], "secretary \(group)")
        }
        #expect(added.values.joined().count > 20 && !undone.isEmpty)
        // The session is still good for writing, and a fresh open agrees.
        let after = try opened.addNote("Efter alla avbrott")
        let reopened = try temp.open(seed: 3)
        #expect(reopened.session.state.liveNote(after) != nil)
        checkpoints.expectSame(reopened.session, try checkpoints.wholeFold(temp))
    }

    /// The log cut at bytes around and behind the newest checkpoint (a torn tail, a restored shorter
    /// copy): opening folds the log, every complete line is kept, the next save repairs the cut.
    @Test func aLogCutAroundTheCheckpointOpensFromTheLog() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open(seed: 1)
        writer.checkpointEvery = 700
        for number in 0..<40 {
            try writer.addNote("Lapp \(number) – å ä ö", by: .secretary(1 + number % 2))
            if number % 6 == 5 { try writer.undo(by: .secretary(1)) }
        }
        try writer.writeCheckpoint()
        let whole = try temp.logBytes()
        let checkpoint = try #require(FileManager.default.contents(atPath: checkpoints.checkpointPath(temp)))
        let covered = Int(try #require(CheckpointFile.readHeader(checkpoints.checkpointPath(temp))).logBytes)
        #expect(covered == whole.count)
        var random = SeededIDSource(seed: 5)
        for _ in 0..<25 {
            let cut = whole.count - 1 - Int(random.nextRandom() % 900)
            try temp.writeLog(Array(whole[..<cut]))
            FileManager.default.createFile(atPath: checkpoints.checkpointPath(temp), contents: checkpoint)
            let opened = try temp.open(seed: 2)
            #expect(opened.checkpointCovers == 0, "a checkpoint past the log's end is not used")
            let complete = whole[..<cut].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            #expect(opened.warnings.count == (complete == cut ? 0 : 1), "a cut inside a line is a torn write")
            // Exactly the complete lines, as a process that never saw the checkpoint folds them.
            try temp.writeLog(Array(whole[..<complete]))
            try? FileManager.default.removeItem(atPath: checkpoints.checkpointPath(temp))
            let lines = try temp.open(seed: 3)
            checkpoints.expectSame(opened.session, lines.session)
            // The next save repairs the torn end; the session then opens without warnings.
            try temp.writeLog(Array(whole[..<cut]))
            try opened.addNote("Efter klippet")
            let repaired = try temp.open(seed: 4)
            #expect(repaired.warnings.isEmpty)
            checkpoints.expectSame(repaired.session, try checkpoints.wholeFold(temp))
            try temp.writeLog(whole)
        }
    }

    /// Two copies of one session that went on differently: a checkpoint of the other copy is used only
    /// while it covers bytes both logs share, never past the point where they differ.
    @Test func aCheckpointOfADivergedCopyIsUsedOnlyOverTheSharedBytes() throws {
        let first = try TempSession()
        defer { first.remove() }
        let one = try first.open(seed: 1)
        for number in 0..<20 { try one.addNote("Gemensam lapp \(number)") }
        try one.writeCheckpoint()
        let second = TempSession(existing: first.folder + "-kopia")
        defer { second.remove() }
        try FileManager.default.copyItem(atPath: first.folder, toPath: second.folder)
        let two = try second.open(seed: 2)
        for number in 0..<5 { try one.addNote("Kopia A lapp \(number)") }
        for number in 0..<5 { try two.addNote("Kopia B lapp \(number)") }
        try one.writeCheckpoint()
        // Logs of the same length that differ after the shared part: only their bytes tell them apart.
        #expect(try first.logBytes().count == second.logBytes().count)
        try FileManager.default.removeItem(atPath: checkpoints.checkpointPath(second))
        try FileManager.default.copyItem(
            atPath: checkpoints.checkpointPath(first), toPath: checkpoints.checkpointPath(second))
        let opened = try second.open(seed: 3)
        #expect(opened.checkpointCovers == 0)
        #expect(opened.session.state.notes.suffix(5).map(\.text) == (0..<5).map { "Kopia B lapp \($0)" })
        checkpoints.expectSame(opened.session, two.session)
    }
}
