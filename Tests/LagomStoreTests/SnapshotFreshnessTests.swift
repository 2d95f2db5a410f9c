import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// `state.json` is rewritten only by a process that has read further than the file on disk covers.
@Suite struct SnapshotFreshnessTests {
    private func header(_ temp: TempSession) throws -> SnapshotHeader {
        try #require(SnapshotHeader.read("\(temp.folder)/\(SessionStore.snapshotFile)"))
    }

    @Test func anOlderViewNeverOverwritesANewerSnapshot() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let older = try temp.open()
        let newer = try temp.open(seed: 11)
        try older.addNote("Först")
        try newer.addNote("Sedan")
        newer.writeSnapshotIfStale()
        let written = try Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/state.json"))
        #expect(try header(temp).events == 2)

        // `older` has not read newer's note: its view is behind the file, so it leaves it alone.
        older.writeSnapshotIfStale()
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(temp.folder)/state.json")) == written)

        // Once it has read further than the file covers, it brings the file up to date.
        try older.addNote("Sist")
        older.writeSnapshotIfStale()
        #expect(try header(temp).events == 3)
        #expect(try header(temp).logBytes == Int64(try temp.logBytes().count))
    }
}
