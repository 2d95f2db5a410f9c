import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// `state.checkpoint` is rewritten only by a process that has read further than the file on disk covers.
@Suite struct CheckpointFreshnessTests {
    private func header(_ temp: TempSession) throws -> CheckpointHeader {
        try #require(CheckpointFile.readHeader("\(temp.folder)/\(SessionStore.checkpointFile)"))
    }

    @Test func anOlderViewNeverOverwritesANewerCheckpoint() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let older = try temp.open()
        let newer = try temp.open(seed: 11)
        try older.addNote("Först")
        try newer.addNote("Sedan")
        newer.writeCheckpointIfStale()
        let written = try Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/\(SessionStore.checkpointFile)"))
        #expect(try header(temp).events == 2)

        // `older` has not read newer's note: its view is behind the file, so it leaves it alone.
        older.writeCheckpointIfStale()
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/\(SessionStore.checkpointFile)")) == written)

        // Once it has read further than the file covers, it brings the file up to date.
        try older.addNote("Sist")
        older.writeCheckpointIfStale()
        #expect(try header(temp).events == 3)
        #expect(try header(temp).logBytes == Int64(try temp.logBytes().count))
    }
}
