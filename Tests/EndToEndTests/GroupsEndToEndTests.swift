import Foundation
import Testing

/// The real binary in tmux: the projector shows the groups at 80×24 before the step starts, and a
/// late arrival marked present on the command line is placed in a group live, nobody else moving.
@Suite(.serialized) struct GroupsEndToEndTests {
    static let plan = """
        { "title": "Planeringsdag", "language": "sv", "days": [{ "title": "Dag 1" }],
          "participants": [
            { "name": "Alma Berg", "site": "Norrhamn" }, { "name": "Bo Dahl", "site": "Norrhamn" },
            { "name": "Cilla Ek", "site": "Norrhamn" }, { "name": "Dan Falk", "site": "Norrhamn" },
            { "name": "Eva Gran", "site": "Storvik" }, { "name": "Filip Hed", "site": "Storvik" },
            { "name": "Greta Ivarsson", "site": "Storvik" }, { "name": "Hugo Jansson", "site": "Storvik" },
            { "name": "Ines Kjell", "site": "Strandå" }, { "name": "Jon Lind", "site": "Strandå" },
            { "name": "Kajsa Moberg", "site": "Strandå" }, { "name": "Lars Nord", "site": "Strandå" },
            { "name": "Märta Öst", "site": "Skogsby", "arrives": "09.40" },
            { "name": "Nora Ås", "site": "Skogsby", "attendance": "absent", "reason": "kurs" } ],
          "steps": [
            { "id": "grupparbete", "kind": "groupwork", "title": "Grupparbete", "start": "09.30", "minutes": 30,
              "prompts": ["Vad är viktigast?"], "groupSize": { "min": 4, "max": 4 }, "mixBy": "site",
              "roles": [{ "name": "Samtalsledare", "task": "Alla kommer till tals" },
                        { "name": "Sekreterare", "task": "Skriver lapparna" }] } ] }
        """

    /// An item handed out before the groups are formed is saved, and the command says so instead of
    /// printing `show`'s "not formed" error after a success.
    @Test func anItemHandedOutBeforeTheGroupsAreFormedIsReportedAsSaved() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let added = try LagomProcess.run(["note", "add", session, "--step", "grupparbete", "Krav 3: Återhämtning"])
        #expect(added.status == 0, "note add failed: \(added.err)")
        let note = added.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let handed = try LagomProcess.run(["groups", "item", session, "--step", "grupparbete", "--group", "2", note])
        #expect(handed.status == 0)
        #expect(handed.err.isEmpty, "\(handed.err)")
        #expect(handed.out == "grupparbete: sparat; grupperna är inte bildade än (lagom groups form grupparbete)\n")
        let formed = try LagomProcess.run(["groups", "form", session, "--step", "grupparbete", "--seed", "3"])
        #expect(formed.out.contains("grupp 2 (4)\tpunkt: Krav 3: Återhämtning"), "\(formed.out)")
    }

    @Test(.needsTmux)
    func theProjectorShowsTheGroupsAndALateArrivalIsPlacedLive() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let formed = try LagomProcess.run(["groups", "form", session, "--step", "grupparbete", "--seed", "3"])
        #expect(formed.status == 0, "groups form failed: \(formed.err)")
        #expect(formed.out.contains("blandat efter site: varje grupp har 3 av 3 värden"))
        try LagomProcess.run(["step", "goto", session, "grupparbete"])
        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 80, height: 24)
        defer { projector.kill() }

        // Twelve here in three groups of four, each with its roles; the late and the absent are not shown.
        let before = try projector.waitFor { $0.joined().contains("Grupp 3") }
        let text = before.joined(separator: "\n")
        for name in ["Alma Berg", "Hugo Jansson", "Lars Nord"] { #expect(text.contains(name)) }
        #expect(!text.contains("Märta Öst") && !text.contains("Nora Ås"))
        #expect(text.components(separatedBy: "– Sekreterare").count - 1 == 3)
        #expect(text.contains("alla grupper har 3 arbetsplatser"))
        #expect(before.allSatisfy { $0.count <= 80 })

        let marked = try LagomProcess.run(["attendance", session, "märta", "--present"])
        #expect(marked.status == 0, "attendance failed: \(marked.err)")
        let after = try projector.waitFor { $0.joined().contains("Märta Öst") }
        // One group got her; every line that was there before is still there (nobody else moved).
        let lines = Set(after.map { $0.trimmingCharacters(in: .whitespaces) })
        for line in before.map({ $0.trimmingCharacters(in: .whitespaces) })
        where line.contains("Grupp") == false && !line.isEmpty && !line.contains("arbetsplats") {
            for part in line.components(separatedBy: "   ").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !part.isEmpty {
                #expect(after.joined().contains(part), "\(part) moved or vanished")
            }
        }
        #expect(!lines.isEmpty)
        #expect(after.joined().contains("alla grupper har 3–4 arbetsplatser"))
    }
}
