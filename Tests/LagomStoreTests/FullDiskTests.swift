import Foundation
import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// A real full disk: a 200 KiB tmpfs, mounted where the test may (root, and a kernel that lets this
/// container mount); skipped with the reason otherwise.
@Suite(.serialized) struct FullDiskTests {
    static let mountable: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "lagom-tmpfs-probe-" + UUID().uuidString
        guard mkdir(probe, 0o700) == 0 else { return false }
        defer { rmdir(probe) }
        guard mount("tmpfs", probe, "tmpfs", 0, "size=200k") == 0 else { return false }
        umount(probe)
        return true
    }()

    /// A session on a fresh 200 KiB tmpfs, whose disk is then filled up to `room` bytes.
    private struct SmallDisk {
        let mountPoint = NSTemporaryDirectory() + "lagom-tmpfs-" + UUID().uuidString
        var temp: TempSession { TempSession(existing: mountPoint + "/s") }
        var filler: String { mountPoint + "/filler" }

        init() throws {
            guard mkdir(mountPoint, 0o700) == 0, mount("tmpfs", mountPoint, "tmpfs", 0, "size=200k") == 0 else {
                throw StoreTestError("could not mount a tmpfs at \(mountPoint)")
            }
            try TempSession.make(folder: mountPoint + "/s")
        }

        /// Adds notes until the log's last page (tmpfs counts whole pages) has fewer than 200 bytes of
        /// room, as in the report (~180 left), then fills every other page of the disk.
        func fill(_ store: SessionStore) throws {
            var number = 0
            while true {
                let size = try temp.logBytes().count
                if size % 4096 > 4096 - 200 { break }
                number += 1
                try store.addNote("Utfyllnad \(number)")
            }
            // Close-on-exec: a process another test spawns meanwhile must not keep the filler (and the space) alive.
            let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            defer { close(fd) }
            let page = [UInt8](repeating: 0x2e, count: 4096)
            while write(fd, page, page.count) == page.count {}
        }

        func freeSpace() { unlink(filler) }

        func remove() {
            umount(mountPoint)
            rmdir(mountPoint)
        }
    }

    private static let pasted = ["P1 – väntetider", "P2 – åtgärdslista", "P3 – öppettider"]

    private func paste(_ store: SessionStore) throws(StoreError) {
        try store.commit(by: .secretary(1)) { _, ids throws(Refusal) in
            Self.pasted.map { .noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: $0) }
        }
    }

    private func count(_ store: SessionStore) -> Int {
        store.session.state.notes.filter { Self.pasted.contains($0.text) }.count
    }

    /// The secretary's case of issue 13: a pasted three-line note on a full disk is not saved at all, the
    /// message says so, and once there is room again the same pane saves all three, once. Run with and
    /// without the reservation of room, so the disk also fails in the middle of the line.
    @Test(
        .enabled(if: mountable, "needs root and a kernel that lets this process mount a tmpfs"),
        arguments: [true, false])
    func aPasteOnAFullDiskIsNotSavedAtAllAndSavedOnceAfter(reserving: Bool) throws {
        let disk = try SmallDisk()
        defer { disk.remove() }
        let temp = disk.temp
        var calls = FileSystemCalls()
        if !reserving { calls.reserve = { _, _, _ in 0 } }
        let store = try temp.open(calls: calls)
        try disk.fill(store)
        let before = try temp.logBytes()
        let notes = store.session.state.notes.count
        var failure: StoreError?
        do { try paste(store) } catch { failure = error }
        let error = try #require(failure, "the paste was saved on a full disk")
        #expect(error.description.contains("NOT saved"))
        #expect(count(try temp.open(seed: 41)) == 0)
        #expect(count(store) == 0)
        #expect(Array(try temp.logBytes().prefix(before.count)) == before)

        disk.freeSpace()
        try paste(store)
        let reopened = try temp.open(seed: 42)
        #expect(count(reopened) == 3)
        #expect(reopened.session.state.notes.count == notes + 3)
    }

    /// `lagom step start` on a full disk: the step and its countdown start together or not at all, so the
    /// retry is not refused as "already active".
    @Test(.enabled(if: mountable, "needs root and a kernel that lets this process mount a tmpfs"))
    func aStepStartOnAFullDiskStartsNothingAndTheRetryWorks() throws {
        let disk = try SmallDisk()
        defer { disk.remove() }
        let temp = disk.temp
        var calls = FileSystemCalls()
        calls.reserve = { _, _, _ in 0 }
        let store = try temp.open(calls: calls)
        try disk.fill(store)
        let start = { (store: SessionStore) throws(StoreError) in
            try store.commit(
                by: .facilitator,
                timed: { session, now, _ throws(Refusal) in
                    try AgendaAction.start.changes(in: session, at: now, utcOffsetSeconds: 0)
                })
        }
        #expect(throws: StoreError.self) { try start(store) }
        #expect(try temp.open(seed: 5).session.state.timers.isEmpty)
        disk.freeSpace()
        let events = try start(store)
        #expect(events.map(\.name) == ["stepEntered", "stepStarted", "timerStarted"])
        let reopened = try temp.open(seed: 6)
        #expect(reopened.session.state.currentStep == "intro")
        #expect(reopened.session.state.timers.count == 1)
    }
}
