import Foundation
import Testing
import ZIPFoundation

/// An agenda meeting as its people run it: the facilitator, the projector and the minute-taker in
/// their own panes on the coordination-meeting sample's plan, then its minutes in Word.
@Suite(.serialized) struct MeetingEndToEndTests {
    static let tmuxMissing = "tmux is not installed: the meeting's panes cannot run"

    @Test(.enabled(if: TmuxHarness.tmuxPath != nil, Comment(rawValue: tmuxMissing)))
    func aDecisionAndAnActionOnAnInformationItemReachTheProjectorAndTheWordMinutes() throws {
        let room = try #require(try Room(bundled: "coordination-meeting-en"))
        defer { try? FileManager.default.removeItem(atPath: room.session) }
        try room.open("facilitator", width: 100, height: 30, ["facilitator", room.session])
        try room.open("projector", width: 80, height: 24, ["projector", room.session])
        try room.open("minutes", width: 80, height: 24, ["minutes", room.session])

        // Before the first item: the room sees the agenda, each item with its number and owner.
        try room.expect("09:00  1 Opening and check of the agenda — Vera Lindqvist", in: "projector")
        try room.expect("The meeting has not started", in: "minutes")

        try room.keys("facilitator", "n")
        try room.expect("Minutes — 1 Opening and check of the agenda", in: "minutes")
        // A decision: Tab once from a note.
        try room.keys("minutes", "Tab")
        try room.expect("New decision", in: "minutes")
        try room.type("minutes", "The agenda was approved with item 6 moved first")
        try room.keys("minutes", "Enter")
        try room.expect("✓ Decision saved", in: "minutes")
        // An action: Tab again; its owner completed from the participants, then a due date.
        try room.keys("minutes", "Tab")
        try room.type("minutes", "Send the budget follow-up to all units")
        try room.keys("minutes", "Enter")
        try room.type("minutes", "ine")
        try room.keys("minutes", "Tab")
        try room.expect("Owner: Ines Falk", in: "minutes")
        try room.keys("minutes", "Enter")
        try room.type("minutes", "2026-03-19")
        try room.keys("minutes", "Enter")
        try room.expect("✓ Action saved", in: "minutes")
        try room.expect("Action: Send the budget follow-up to all units — Ines Falk, 2026-03-19", in: "minutes")

        // The console lists them as they come; m puts them on the projector.
        try room.expect("Decision: The agenda was approved with item 6", in: "facilitator")
        try room.keys("facilitator", "m")
        try room.expect("1 Opening and check of the agenda — Minutes", in: "projector")
        try room.expect("• The agenda was approved with item 6 moved first", in: "projector")
        try room.expect("• Send the budget follow-up to all units — Ines Falk, 2026-03-19", in: "projector")

        // The minutes in Word hold both, the action with its owner and date.
        let file = room.session + "/minutes.docx"
        let export = try LagomProcess.run(["export", room.session, "--format", "docx", "--output", file])
        #expect(export.status == 0, "\(export.err)")
        let xml = try Self.documentXML(file)
        #expect(xml.contains("The agenda was approved with item 6 moved first"))
        #expect(xml.contains("Send the budget follow-up to all units"))
        #expect(xml.contains("Ines Falk") && xml.contains("2026-03-19"))
        let events = try room.events()
        #expect(events.contains { "\($0["by"] ?? "")" == "minutes" }, "written by the minute-taker's pane")
    }

    @Test(.enabled(if: TmuxHarness.tmuxPath != nil, Comment(rawValue: tmuxMissing)))
    func theStatusRoundsHeadingsShowTheSpeakersNotesOnTheProjector() throws {
        let room = try #require(try Room(bundled: "coordination-meeting-en"))
        defer { try? FileManager.default.removeItem(atPath: room.session) }
        try room.lagomCLI(["attendance", room.session, "Vera", "--absent", "--reason", "course"])
        try room.lagomCLI(["step", "goto", room.session, "item-3"])
        try room.open("facilitator", width: 100, height: 30, ["facilitator", room.session])
        try room.open("projector", width: 80, height: 24, ["projector", room.session])
        try room.open("minutes", width: 80, height: 24, ["minutes", room.session])
        try room.expect(
            "Each unit reports on: Done since last time · In progress", in: "projector")

        // The first unit's speaker here: Vera is away, so Omar speaks for the coordination office.
        try room.expect("Status round", in: "facilitator")
        try room.keys("facilitator", "s")
        try room.expect("Speaking: Omar Haddad", in: "minutes")
        try room.keys("minutes", "F3", "F3")
        try room.expect("Heading: In progress", in: "minutes")
        try room.type("minutes", "Testing the new booking routine")
        try room.keys("minutes", "Enter")
        try room.expect("✓ Note saved", in: "minutes")
        let (shown, screen) = try room.waitFor("projector") { screen in
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let heading = lines.firstIndex(of: "In progress"), heading + 1 < lines.count else { return false }
            return lines[heading + 1] == "• Testing the new booking routine"
        }
        #expect(shown, "the projector shows the note under its heading:\n\(screen)")
        #expect(screen.contains("Done since last time") && screen.contains("Obstacles"))
    }

    static func documentXML(_ path: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
