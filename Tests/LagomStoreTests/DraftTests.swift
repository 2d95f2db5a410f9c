import Foundation
import LagomCore
import Testing

@testable import LagomStore

/// A secretary's unsaved text, kept per group in `drafts/` until the group's pane opens again.
@Suite struct DraftTests {
    @Test func aKeptDraftComesBackOnceAndIsThenGone() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        let draft = NoteDraft(text: "Webbtidbok – åäö\nrad två", editing: "n1", setAside: "Påbörjad", parent: "k4")
        try store.keepDraft(draft, group: 2)
        #expect(FileManager.default.fileExists(atPath: "\(temp.folder)/drafts/group-2.json"))
        // Another process (the group's next pane) takes it.
        let other = try temp.open(seed: 9)
        #expect(try other.takeDraft(group: 1) == nil)
        #expect(try other.takeDraft(group: 2) == draft)
        #expect(try other.takeDraft(group: 2) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(temp.folder)/drafts").isEmpty)
        // The draft is not an event: the log is as it was.
        #expect(try temp.logBytes().isEmpty)
    }

    @Test func aNewerDraftReplacesTheOldAndAnEmptyOneRemovesIt() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try store.keepDraft(NoteDraft(text: "först"), group: 1)
        try store.keepDraft(NoteDraft(text: "sedan"), group: 1)
        // Written whole through a temporary file and a rename: no temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(temp.folder)/drafts") == ["group-1.json"])
        #expect(try store.takeDraft(group: 1)?.text == "sedan")
        try store.keepDraft(NoteDraft(text: "igen"), group: 1)
        try store.keepDraft(NoteDraft(text: "  \n"), group: 1)
        #expect(try store.takeDraft(group: 1) == nil)
        try store.keepDraft(nil, group: 3)  // nothing to remove is fine
    }

    @Test func aDraftWrittenByHandComesBackAsPlainText() throws {
        let temp = try TempSession()
        defer { temp.remove() }
        let store = try temp.open()
        try FileManager.default.createDirectory(atPath: "\(temp.folder)/drafts", withIntermediateDirectories: true)
        try Data("Inte JSON, bara text\n".utf8).write(to: URL(fileURLWithPath: store.draftPath(group: 4)))
        #expect(try store.takeDraft(group: 4) == NoteDraft(text: "Inte JSON, bara text\n"))
    }
}
