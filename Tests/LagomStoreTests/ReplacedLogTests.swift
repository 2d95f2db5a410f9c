import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// `events.jsonl` renamed over while processes have it open (`cp` + `mv`, `sed -i`, an editor, a
/// backup restore): their descriptors stay on the old, deleted file.
@Suite struct ReplacedLogTests {
    /// What `cp events.jsonl tmp && mv tmp events.jsonl` does, with `edit` applied to the copy.
    private func replaceLog(_ temp: TempSession, _ edit: ([UInt8]) -> [UInt8] = { $0 }) throws {
        let copy = temp.logPath + ".copy"
        try Data(edit(try temp.logBytes())).write(to: URL(fileURLWithPath: copy))
        #expect(rename(copy, temp.logPath) == 0)
    }

    @Test func aSameContentReplacementIsFollowedByWritersAndReaders() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let first = try temp.open()
        let second = try temp.open(seed: 11)
        let viewer = try temp.open(calls: FileSystemCalls(), access: .readOnly, seed: 13)
        let before = try first.addNote("Före bytet")
        try replaceLog(temp)

        // Without following, this note would go to the deleted file: "saved", but in no file.
        let after = try second.addNote("Efter bytet")
        #expect(try temp.open().session.state.liveNote(after) != nil)
        #expect(second.warnings.contains { $0.contains("events.jsonl: was replaced outside Lagom") })

        // Processes that only read, or have not written since, follow on refresh and see each other again.
        #expect(try first.refresh())
        #expect(first.session.state.liveNote(after) != nil)
        #expect(try viewer.refresh())
        #expect(viewer.session.state.liveNote(before) != nil && viewer.session.state.liveNote(after) != nil)
        let last = try first.addNote("Sist")
        #expect(try viewer.refresh())
        #expect(viewer.session.state.liveNote(last) != nil)
        #expect(try temp.open().session.state.notes.count == 3)
    }

    @Test func aReplacementThatChangedWhatWasReadIsRefusedAndNothingIsLost() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let writer = try temp.open()
        let reader = try temp.open(seed: 11)
        try writer.addNote("Tid för återhämtning")
        try writer.addNote("Stöd från kollegor")
        // `sed -i 's/kollegor/chefen/'`: same length, other bytes, on the second line.
        try replaceLog(temp) {
            Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "kollegor", with: "chefen!!").utf8)
        }
        let replaced = try temp.logBytes()
        let stateBefore = writer.session.state

        let error = #expect(throws: StoreError.self) { try writer.addNote("Sparas inte") }
        guard case .damagedLog(let file, let line, _) = error else {
            Issue.record("expected damagedLog, got \(String(describing: error))")
            return
        }
        #expect(file == temp.logPath)
        #expect(line == 2)
        #expect(error?.description.contains("replaced outside Lagom") == true)
        #expect(try temp.logBytes() == replaced, "nothing was written to the new file")
        #expect(writer.session.state == stateBefore)
        #expect(throws: StoreError.self) { try reader.refresh() }
        // It keeps refusing rather than writing to the old file.
        #expect(throws: StoreError.self) { try writer.addNote("Inte heller") }
        #expect(try temp.logBytes() == replaced)
    }

    /// Looking at a refused replacement must not itself wake the panes: it used to open the new file
    /// for writing, and closing that is an inotify event on the folder, so every pane looked again,
    /// for ever (QA: ~40 % CPU in each open pane after a `sed -i`).
    @Test func lookingAtARefusedReplacementWakesNoOne() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let pane = try temp.open()
        try pane.addNote("Stöd från kollegor")
        try replaceLog(temp) {
            Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "kollegor", with: "chefen!!").utf8)
        }
        #expect(throws: StoreError.self) { try pane.refresh() }
        var ready = pollfd(fd: pane.pollDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 50) == 0, "the refresh made the watcher readable again")
    }

    @Test func aReplacementMissingAWriteMadeAfterTheCopyIsRefused() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let late = try temp.open()
        let other = try temp.open(seed: 11)
        try late.addNote("Ett")
        let copy = try temp.logBytes()
        // Acknowledged after the copy was taken, before it was renamed over the log: only in the old file.
        try late.addNote("Två, efter kopian")
        try Data(copy).write(to: URL(fileURLWithPath: temp.logPath + ".copy"))
        #expect(rename(temp.logPath + ".copy", temp.logPath) == 0)

        let error = #expect(throws: StoreError.self) { try other.addNote("Tre") }
        #expect(error?.description.contains("events.jsonl:2:") == true, "\(String(describing: error))")
        #expect(try temp.logBytes() == copy)
        #expect(throws: StoreError.self) { try late.addNote("Fyra") }
        #expect(try temp.logBytes() == copy)
    }

    @Test func thePollingWatcherNoticesAReplacementOfTheSameSize() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        try temp.open().addNote("Samma storlek")
        let watcher = try FolderWatcher(folder: temp.folder, file: SessionStore.logFile, forcePolling: true)
        var waiter = pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&waiter, 1, 0) == 0)
        try replaceLog(temp)
        #expect(poll(&waiter, 1, 10_000) == 1)
    }
}
