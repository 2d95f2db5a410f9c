import Foundation
import Glibc
import LagomCore
import Testing

@testable import LagomStore

/// A session folder whose files are links is refused, and nothing is ever written through a link
/// (issue 13, item 3). Each case plants a link to a file outside the session and runs everything that
/// writes; the file linked to must come out as it went in.
@Suite struct LinkTests {
    private struct Planted {
        let temp: TempSession
        let victim: String
        let victimBytes = Array("someone else's file\n".utf8)

        init(_ name: String, folder: Bool = false) throws {
            temp = try TempSession()
            victim = temp.folder + "-victim"
            if folder {
                try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: false)
                try Data(victimBytes).write(to: URL(fileURLWithPath: victim + "/group-1.json"))
            } else {
                try Data(victimBytes).write(to: URL(fileURLWithPath: victim))
            }
            let path = "\(temp.folder)/\(name)"
            try? FileManager.default.removeItem(atPath: path)
            guard symlink(victim, path) == 0 else { throw StoreTestError("symlink \(path)") }
        }

        func victimIsUntouched() throws -> Bool {
            var info = stat()
            guard lstat(victim, &info) == 0 else { return false }
            let file = (info.st_mode & S_IFMT) == S_IFDIR ? victim + "/group-1.json" : victim
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let entries =
                (info.st_mode & S_IFMT) == S_IFDIR ? try FileManager.default.contentsOfDirectory(atPath: victim) : ["-"]
            return bytes == victimBytes && entries.count == 1
        }

        func remove() {
            temp.remove()
            try? FileManager.default.removeItem(atPath: victim)
        }
    }

    /// Everything a pane or a command may write, each failure allowed, none through the link.
    private func writeEverything(_ temp: TempSession) -> [String] {
        var said: [String] = []
        do {
            let store = try temp.open()
            try store.addNote("Genom länken?")
            try store.writeCheckpoint()
            try store.keepDraft(NoteDraft(text: "Osparad lapp"), group: 1)
            _ = try store.takeDraft(group: 1)
            try store.keepDraft(NoteDraft(text: "Igen"), group: 1)
        } catch {
            said.append("\(error)")
        }
        _ = SessionClockAnchor.shared(folder: temp.folder, bootID: "b", wall: 1, boot: 1)
        return said
    }

    @Test(arguments: [SessionStore.logFile, SessionStore.lockFile, SessionStore.planFile])
    func aSessionWhoseFileIsALinkIsRefusedClearly(name: String) throws {
        let planted = try Planted(name)
        defer { planted.remove() }
        let said = writeEverything(planted.temp)
        #expect(try planted.victimIsUntouched())
        #expect(said.count == 1)
        #expect(said.first?.contains("\(name) is a symbolic link; Lagom opens no links in a session folder") == true)
    }

    /// Files Lagom replaces whole (by rename) replace the link itself: the file linked to is untouched.
    @Test(arguments: [SessionStore.checkpointFile, SessionClockAnchor.fileName, "state.checkpoint.tmp-\(getpid())"])
    func aLinkedFileThatIsReplacedWholeWritesNothingThrough(name: String) throws {
        let planted = try Planted(name)
        defer { planted.remove() }
        _ = writeEverything(planted.temp)
        #expect(try planted.victimIsUntouched())
    }

    @Test func aDraftsFolderThatIsALinkIsRefused() throws {
        let planted = try Planted(SessionStore.draftsFolder, folder: true)
        defer { planted.remove() }
        let said = writeEverything(planted.temp)
        #expect(try planted.victimIsUntouched())
        #expect(said.first?.contains("drafts is a symbolic link") == true)
    }

    @Test func aDraftThatIsALinkIsNeitherReadNorRemoved() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try store.keepDraft(NoteDraft(text: "Riktig"), group: 2)
        let planted = temp.folder + "-victim.json"
        defer { unlink(planted) }
        try Data("hemligt".utf8).write(to: URL(fileURLWithPath: planted))
        #expect(symlink(planted, store.draftPath(group: 1)) == 0)
        #expect(throws: StoreError.self) { _ = try store.takeDraft(group: 1) }
        try store.keepDraft(NoteDraft(text: "Ersätter länken"), group: 1)
        #expect(try String(contentsOfFile: planted, encoding: .utf8) == "hemligt")
        #expect(try store.takeDraft(group: 1)?.text == "Ersätter länken")
    }

    /// Nothing Lagom makes is readable by everyone, whatever the umask; in a setgid (group-shared) folder
    /// the group may read and write what is made, and folders made there are shared the same way.
    @Test func filesAreNeverWorldReadableAndGroupWritableWhereShared() throws {
        for shared in [false, true] {
            let temp = try TempSession()
            defer { temp.remove() }
            if shared {
                chmod(temp.folder, 0o2770)
                for name in try temp.files() { unlink("\(temp.folder)/\(name)") }
                try TempSession.make(folder: temp.folder)  // `lagom new` into the shared folder
            }
            let old = umask(0o022)
            defer { umask(old) }
            let store = try temp.open()
            try store.addNote("Namn och svar")
            try store.writeCheckpoint()
            try store.keepDraft(NoteDraft(text: "Utkast"), group: 1)
            _ = SessionClockAnchor.shared(folder: temp.folder, bootID: "b", wall: 1, boot: 1)
            for name in try temp.files() + ["drafts/group-1.json"] {
                var info = stat()
                #expect(lstat("\(temp.folder)/\(name)", &info) == 0)
                #expect(info.st_mode & 0o007 == 0, "\(name) is \(String(info.st_mode & 0o7777, radix: 8))")
                if shared {
                    #expect(
                        info.st_mode & 0o060 == 0o060,
                        "\(name) in a shared folder is \(String(info.st_mode & 0o7777, radix: 8))")
                }
            }
        }
    }
}
