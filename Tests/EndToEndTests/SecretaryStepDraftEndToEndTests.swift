import Foundation
import Testing

/// Seed 000: a half-typed note came back in the next note step and Enter saved it there; a pane that
/// could not start (`</dev/null`) deleted the group's kept draft; a 150-character note scrolled
/// sideways in one row. Through the real binary, at 80×24.
@Suite struct SecretaryStepDraftEndToEndTests {
    static let plan = SecretaryEndToEndTests.plan

    @Test(.enabled(if: TmuxHarness.tmuxPath != nil, "needs tmux"))
    func aDraftStaysWithItsStepAndALongNoteWraps() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        #expect(try t.waitFor("s1") { $0.contains("Grupp 1 · sekreterare") }.ok)
        let long = (1...28).map { "ord\($0)" }.joined(separator: " ")
        try t.type("s1", long)
        let wrapped = try t.waitFor("s1") { $0.contains("┃ord1 ord2") && $0.contains("ord28") }
        #expect(wrapped.ok, "the whole note in the box: \(wrapped.screen)")
        try t.press("s1", "C-u")
        try t.type("s1", "Halvskriven om stress")
        #expect(try t.waitFor("s1") { $0.contains("┃Halvskriven om stress") }.ok)
        // The day moves on to the silent writing: the text waits for its own step.
        try t.lagomCLI(["step", "goto", t.session, "tyst"])
        let moved = try t.waitFor("s1") { $0.contains("Osparad text för \"Grupparbete\" väntar där") }
        #expect(moved.ok, "\(moved.screen)")
        #expect(!moved.screen.contains("┃Halvskriven"), "\(moved.screen)")
        try t.press("s1", "Enter")
        try t.lagomCLI(["step", "goto", t.session, "grupp"])
        #expect(try t.waitFor("s1") { $0.contains("┃Halvskriven om stress") }.ok)
        let added = try t.events().filter { ($0["change"] as? [String: Any])?["noteAdded"] != nil }
        #expect(added.isEmpty, "nothing was saved into another step: \(added)")
    }

    /// `lagom secretary … </dev/null` cannot start: it says why and leaves the kept draft alone.
    @Test func aPaneThatCannotStartKeepsTheDraft() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        try LagomProcess.run(["step", "goto", session, "grupp"])
        let folder = session + "/drafts"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let draft = #"{"list":"","step":"grupp","text":"Får inte försvinna"}"#
        try Data(draft.utf8).write(to: URL(fileURLWithPath: folder + "/group-1.json"))
        let result = try LagomProcess.run(["secretary", session, "--group", "1"])
        #expect(result.status != 0, "a pane without a terminal started: \(result.out)")
        #expect(!result.err.isEmpty)
        #expect(
            (try? String(contentsOfFile: folder + "/group-1.json", encoding: .utf8)) == draft,
            "the kept draft is gone or changed")
    }
}
