import Foundation
import Testing

/// `lagom check`, `export` and `repair` on a log with a line edited by hand in the middle (issue 13,
/// items 2, 5 and 7), through the real binary.
@Suite struct RepairCommandTests {
    private func session() throws -> String {
        let folder = try LagomProcess.scratchSession(planJSON: StoreEndToEndTests.plan)
        for text in ["Första lappen", "Andra lappen", "Tredje lappen"] {
            let added = try LagomProcess.run(["note", "add", folder, "--step", "grupp", "--group", "1", text])
            #expect(added.status == 0, "\(added.err)")
        }
        return folder
    }

    private func lines(_ folder: String) throws -> [String] {
        try String(contentsOfFile: folder + "/events.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func write(_ lines: [String], _ folder: String) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/events.jsonl"))
    }

    @Test func oneBadLineInTheMiddleBlocksNoExportAndRepairSetsItAside() throws {
        let folder = try session()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var log = try lines(folder)
        log[1] = String(log[1].prefix(30))
        try write(log, folder)

        let export = try LagomProcess.run(["export", folder, "--format", "markdown"])
        #expect(export.status == 0, "\(export.err)")
        #expect(export.out.contains("Första lappen") && export.out.contains("Tredje lappen"))
        #expect(export.err.contains("events.jsonl:2: en oläsbar rad mitt i loggen"))

        let check = try LagomProcess.run(["check", folder])
        #expect(check.status == 1)
        #expect(check.err.contains("fel: \(folder)/events.jsonl:2: en oläsbar rad mitt i loggen"))
        #expect(check.out.contains("lagom repair"))

        let repair = try LagomProcess.run(["repair", folder])
        #expect(repair.status == 0, "\(repair.err)")
        #expect(repair.out.contains("behöll 2 läsbara rader; lade rad 2 åt sidan i \(folder)/events.damaged-"))
        #expect(repair.out.hasSuffix("; inget raderades\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.contains { $0.hasPrefix("events.jsonl.before-repair-") })
        #expect(try LagomProcess.run(["check", folder]).status == 0)
        #expect(try LagomProcess.run(["repair", folder, "--lang", "en"]).out.contains("nothing to repair"))
    }

    @Test func aDuplicatedLineIsNamedByCheckAndCountsOnce() throws {
        let folder = try session()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(try lines(folder) + [try lines(folder)[2]], folder)
        let check = try LagomProcess.run(["check", folder])
        #expect(check.status == 1)
        #expect(
            check.err.contains("events.jsonl:4: händelsen") && check.err.contains("finns två gånger"), "\(check.err)")
        let english = try LagomProcess.run(["check", folder, "--lang", "en"])
        #expect(english.err.contains("events.jsonl:4: event") && english.err.contains("appears a second time"))
        let list = try LagomProcess.run(["note", "list", folder])
        #expect(list.out.components(separatedBy: "Tredje lappen").count == 2, "\(list.out)")
    }

    @Test func aTornCopyThatNoMarkerNamesIsNamedByCheck() throws {
        let folder = try session()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("{\"at\":1".utf8).write(to: URL(fileURLWithPath: folder + "/events.torn-20261206T010000.000Z"))
        let check = try LagomProcess.run(["check", folder, "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.err.contains("events.torn-20261206T010000.000Z: no torn-write marker in the log names this copy"))
    }
}
