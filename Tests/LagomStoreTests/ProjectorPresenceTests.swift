import Foundation
import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// A projector's pane size in the session folder, for the console's warning when its text is too
/// small (issue 17): private, not an event, and passed over once its process is gone.
@Suite struct ProjectorPresenceTests {
    @Test func aProjectorSaysItsSizeAndTakesItBackWhenItCloses() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let projector = try temp.open()
        let console = try temp.open(seed: 9)
        #expect(console.projectorPanes().isEmpty)

        try projector.announceProjector(width: 200, height: 50)
        #expect(console.projectorPanes() == [ProjectorPane(pid: getpid(), width: 200, height: 50)])
        #expect(console.projectorPanes().first?.isTooSmallToRead == true)
        // A new size replaces the old, whole: no temporary file is left behind.
        try projector.announceProjector(width: 98, height: 26)
        #expect(console.projectorPanes() == [ProjectorPane(pid: getpid(), width: 98, height: 26)])
        #expect(console.projectorPanes().first?.isTooSmallToRead == false)
        let name = "projector-\(getpid()).pane"
        #expect(try temp.files().filter { $0.hasPrefix("projector-") } == [name])

        // Private to the account, and no part of the day's history.
        var info = stat()
        #expect(stat("\(temp.folder)/\(name)", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600, "mode \(String(info.st_mode & 0o777, radix: 8))")
        #expect(try temp.logBytes().isEmpty)

        projector.withdrawProjector()
        #expect(console.projectorPanes().isEmpty)
        #expect(try temp.files().allSatisfy { !$0.hasPrefix("projector-") })
    }

    @Test func aPaneWhoseProcessIsGoneOrWhoseFileIsDamagedIsPassedOver() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let console = try temp.open()
        // Left by a projector that was killed: no process has this id (above the kernel's pid_max).
        let gone = ProjectorPane(pid: Int32.max, width: 200, height: 60)
        try JSONEncoder().encode(gone).write(to: URL(fileURLWithPath: "\(temp.folder)/projector-\(Int32.max).pane"))
        try Data("{nicht json".utf8).write(to: URL(fileURLWithPath: "\(temp.folder)/projector-7.pane"))
        #expect(console.projectorPanes().isEmpty)
        #expect(!SessionStore.isRunning(Int32.max))
        #expect(SessionStore.isRunning(getpid()))
    }

    @Test func severalProjectorsComeLargestFirst() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let console = try temp.open()
        // A second projector of this test's own process id's parent, written as its pane would be.
        let other = ProjectorPane(pid: getppid(), width: 120, height: 40)
        try JSONEncoder().encode(other).write(to: URL(fileURLWithPath: "\(temp.folder)/projector-\(getppid()).pane"))
        try console.announceProjector(width: 80, height: 24)
        #expect(console.projectorPanes().map(\.height) == [40, 24])
        console.withdrawProjector()
        #expect(console.projectorPanes() == [other])
    }
}
