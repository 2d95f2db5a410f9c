import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// `events.jsonl` and `events.lock` made by the first process: a crash right after must not lose
/// their names, or the first acknowledged save with them.
@Suite struct NewLogDurabilityTests {
    final class SyncedFolders {
        var folders: [String] = []
    }

    @Test func creatingTheLogAndLockFsyncsTheFolderOnce() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        try temp.removeLogAndLock()
        let synced = SyncedFolders()
        var calls = FileSystemCalls()
        calls.syncFolder = { folder throws(StoreError) in
            synced.folders.append(folder)
            try Posix.syncFolder(folder)
        }

        _ = try temp.open(calls: calls)
        #expect(synced.folders == [temp.folder])
        #expect(Set(try temp.files()).isSuperset(of: [SessionStore.logFile, SessionStore.lockFile]))

        // Files that already exist are not new names: nothing to make durable.
        synced.folders = []
        _ = try temp.open(calls: calls)
        #expect(synced.folders.isEmpty)
    }
}
