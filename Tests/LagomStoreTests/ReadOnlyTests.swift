import Foundation
import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// Sessions this process may only read: a viewer (the projector, `lagom log`…), a read-only folder,
/// another user's session.
@Suite struct ReadOnlyTests {
    private func expectReadOnlyRefusal(_ store: SessionStore, folder: String) {
        let error = #expect(throws: StoreError.self) { try store.addNote("Sparas inte") }
        guard case .readOnly = error else {
            Issue.record("expected readOnly, got \(String(describing: error))")
            return
        }
        let text = error?.description ?? ""
        #expect(text.contains("the session folder \(folder) is read-only"), "\(text)")
        #expect(text.hasSuffix("nothing was saved"), "\(text)")
    }

    @Test func aFolderThatRefusesWritesIsViewedAndSavingSaysWhy() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let note = try temp.open().addNote("Syns ändå")
        let files = try temp.files()
        let log = try temp.logBytes()

        // As on a read-only mount: every open for writing fails with EROFS (chmod would not stop root).
        let store = try temp.open(calls: .readOnlyDisk)
        #expect(store.session.state.liveNote(note) != nil)
        #expect(
            store.readOnlyReason?.en.contains("events.jsonl cannot be written: the disk is read-only (EROFS)") == true)
        #expect(
            store.readOnlyReason?.sv.contains("events.jsonl går inte att skriva i: disken går bara att läsa (EROFS)")
                == true)
        expectReadOnlyRefusal(store, folder: temp.folder)
        store.writeCheckpointIfStale()
        #expect(try temp.files() == files)
        #expect(try temp.logBytes() == log)
    }

    @Test func withoutALockFileThatCanBeMadeItReadsWithoutTheLock() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let note = try temp.open().addNote("Utan låsfil")
        try FileManager.default.removeItem(atPath: "\(temp.folder)/\(SessionStore.lockFile)")

        let store = try temp.open(calls: .readOnlyDisk)
        #expect(store.session.state.liveNote(note) != nil)
        expectReadOnlyRefusal(store, folder: temp.folder)
        #expect(!(try temp.files()).contains(SessionStore.lockFile))
    }

    @Test(.enabled(if: geteuid() != 0, "chmod denies nothing to root; the injected read-only disk above covers it"))
    func aChmodReadOnlyFolderIsViewedAndSavingSaysWhy() throws {
        let temp = try TempSession()
        defer {
            chmod(temp.folder, 0o755)
            temp.remove()
        }
        let note = try temp.open().addNote("Syns ändå")
        for name in try temp.files() { chmod("\(temp.folder)/\(name)", 0o444) }
        chmod(temp.folder, 0o555)
        let files = try temp.files()

        let store = try temp.open()
        #expect(store.session.state.liveNote(note) != nil)
        expectReadOnlyRefusal(store, folder: temp.folder)
        store.writeCheckpointIfStale()
        #expect(try temp.files() == files)
    }

    @Test func aViewerCreatesNothingAndWritesNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        try temp.removeLogAndLock()

        let viewer = try temp.open(calls: FileSystemCalls(), access: .readOnly)
        #expect(viewer.session.eventCount == 0)
        viewer.writeCheckpointIfStale()
        #expect(throws: StoreError.self) { try viewer.writeCheckpoint() }
        expectReadOnlyRefusal(viewer, folder: temp.folder)
        #expect(try temp.files() == [SessionStore.planFile])

        // A writer that starts later creates the log; the viewer follows it.
        let note = try temp.open().addNote("Första lappen")
        #expect(try viewer.refresh())
        #expect(viewer.session.state.liveNote(note) != nil)
        viewer.writeCheckpointIfStale()
        #expect(!(try temp.files()).contains(SessionStore.checkpointFile))
    }
}
