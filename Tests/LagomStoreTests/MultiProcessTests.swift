import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// Several real processes (`lagom-bench worker …`) sharing one session folder.
@Suite struct MultiProcessTests {
    @Test func fourProcessesAppendingTogetherLoseNothing() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let workers = try (0..<4).map { _ in try Workers.Running(["append", temp.folder, "2500"]) }
        let results = workers.map { $0.finish() }
        #expect(results.allSatisfy { $0.status == 0 })
        let acknowledged = results.flatMap(\.lines)
        #expect(acknowledged.count == 10_000)
        #expect(Set(acknowledged).count == 10_000)

        let lines = try temp.logBytes().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count == 10_001 && lines.last?.isEmpty == true)
        let decoder = JSONDecoder()
        let events = try lines.dropLast().map { try decoder.decode(Event.self, from: Data($0)) }
        let written = Set(
            events.compactMap { event -> String? in
                guard case .noteAdded(let note, _, _) = event.change else { return nil }
                return note.rawValue
            })
        #expect(written == Set(acknowledged))

        let store = try temp.open()
        #expect(store.session.eventCount == 10_000)
        #expect(store.session.superseded == 0)
        let expected = digest(store.session)
        let readers = try (0..<4).map { _ in try Workers.Running(["digest", temp.folder]) }
        for reader in readers { #expect(reader.finish().lines == [expected]) }
    }

    @Test func killingWritersMidAppendNeverLosesAnAcknowledgedCommit() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        var acknowledged: [String] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let worker = try Workers.Running(["append", temp.folder, "1000000"])
            usleep(UInt32.random(in: 2_000...40_000, using: &generator))
            worker.kill()
            acknowledged += worker.finish().lines
        }
        let store = try temp.open()
        let present = Set(store.session.state.notes.map(\.id.rawValue))
        #expect(!acknowledged.isEmpty)
        #expect(acknowledged.filter { !present.contains($0) } == [])
        // The log is still good for writing.
        let after = try store.addNote("Efter alla avbrott")
        #expect(try temp.open().session.state.liveNote(after) != nil)
    }

    @Test func anotherProcessesAppendWakesThePollDescriptor() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        let worker = try Workers.Running(["append", temp.folder, "1"])
        let written = worker.finish().lines
        #expect(written.count == 1)
        var waiter = pollfd(fd: store.pollDescriptor, events: Int16(POLLIN), revents: 0)
        var applied = false
        // Woken changes may still be incomplete lines; wait again until the note is there.
        for _ in 0..<50 where !applied {
            guard poll(&waiter, 1, 10_000) > 0 else { break }
            applied = try store.refresh()
        }
        #expect(applied)
        #expect(store.session.state.notes.map(\.id.rawValue) == written)
        #expect(try store.refresh() == false)
    }

    @Test func pollingFallbackSignalsAGrowingLog() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let watcher = try FolderWatcher(folder: temp.folder, file: SessionStore.logFile, forcePolling: true)
        #expect(watcher.mode == .polling)
        var waiter = pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&waiter, 1, 0) == 0)
        try temp.open().addNote("Syns via storleken")
        #expect(poll(&waiter, 1, 10_000) == 1)
        watcher.drain()
        #expect(poll(&waiter, 1, 0) == 0)
    }
}
