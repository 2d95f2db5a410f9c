import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// Processes of one session share one wall-clock anchor per boot, so a pane started after the
/// system clock was set ±1 h shows the same countdown as the panes started before.
@Suite struct SessionClockAnchorTests {
    let wall: Int64 = 1_733_212_800_000  // 2024-12-03 08:00 UTC
    let hour: Int64 = 3_600_000

    @Test func aProcessStartedAfterTheWallClockJumpedUsesTheFirstProcesssAnchor() throws {
        let session = try TempSession()
        defer { session.remove() }
        let first = SessionClockAnchor.shared(folder: session.folder, bootID: "boot-a", wall: wall, boot: 10_000)
        // Five seconds of real time pass; meanwhile someone sets the system clock an hour ahead.
        let second = SessionClockAnchor.shared(
            folder: session.folder, bootID: "boot-a", wall: wall + hour + 5_000, boot: 15_000)
        #expect(second == first)
        let clock = AnchoredClock(wall: second.wall, monotonicAtAnchor: second.boot, monotonic: { 15_000 })
        #expect(clock.now.milliseconds == wall + 5_000)
    }

    @Test func aNewBootTakesAFreshAnchorAndSavesIt() throws {
        let session = try TempSession()
        defer { session.remove() }
        _ = SessionClockAnchor.shared(folder: session.folder, bootID: "boot-a", wall: wall, boot: 10_000)
        let afterReboot = SessionClockAnchor.shared(
            folder: session.folder, bootID: "boot-b", wall: wall + 2 * hour, boot: 300)
        #expect(afterReboot == SessionClockAnchor(bootID: "boot-b", wall: wall + 2 * hour, boot: 300))
        #expect(SessionClockAnchor.read(session.folder + "/clock.json") == afterReboot)
    }

    @Test func aDamagedAnchorFileIsReplaced() throws {
        let session = try TempSession()
        defer { session.remove() }
        try Data("{\"bootID\":\"boot-a\",\"wall\":".utf8).write(
            to: URL(fileURLWithPath: session.folder + "/clock.json"))
        let anchor = SessionClockAnchor.shared(folder: session.folder, bootID: "boot-a", wall: wall, boot: 10_000)
        #expect(anchor == SessionClockAnchor(bootID: "boot-a", wall: wall, boot: 10_000))
        #expect(SessionClockAnchor.read(session.folder + "/clock.json") == anchor)
    }

    @Test func aReadOnlyRoleUsesButNeverWritesTheAnchor() throws {
        let session = try TempSession()
        defer { session.remove() }
        let own = SessionClockAnchor.shared(
            folder: session.folder, bootID: "boot-a", wall: wall, boot: 10_000, save: false)
        #expect(own.wall == wall)
        #expect(!FileManager.default.fileExists(atPath: session.folder + "/clock.json"))
        let saved = SessionClockAnchor.shared(
            folder: session.folder, bootID: "boot-a", wall: wall + 1_000, boot: 11_000)
        #expect(
            SessionClockAnchor.shared(
                folder: session.folder, bootID: "boot-a", wall: wall + hour, boot: 12_000, save: false) == saved)
    }

    @Test func theSystemClockOfTwoProcessesOfOneSessionAgree() throws {
        let session = try TempSession()
        defer { session.remove() }
        let a = SystemClock(session: session.folder), b = SystemClock(session: session.folder)
        let (first, second) = (a.now.milliseconds, b.now.milliseconds)
        #expect(abs(second - first) < 1_000)
        if FileManager.default.fileExists(atPath: "/proc/sys/kernel/random/boot_id") {
            #expect(FileManager.default.fileExists(atPath: session.folder + "/clock.json"))
        }
    }
}
