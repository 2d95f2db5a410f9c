import Foundation
import Testing

/// `lagom export` through the real binary: formats, `--output` and `--force`.
@Suite struct ExportCommandTests {
    static let shippedMarkdown = LagomProcess.packageRoot
        .appendingPathComponent("Sessions/planeringsdagar-2024-resultat/sammanstallning.md")

    @Test func markdownPrintsTheShippedRecordAndMdIsTheSame() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let shipped = try String(contentsOf: Self.shippedMarkdown, encoding: .utf8)
        for format in ["markdown", "md"] {
            let result = try LagomProcess.run(["export", session, "--format", format])
            #expect(result.status == 0)
            #expect(result.out == shipped, "--format \(format)")
        }
        let wrong = try LagomProcess.run(["export", session, "--format", "pdf"])
        #expect(wrong.status != 0)
        #expect(wrong.err.contains("--format: \"pdf\" is not supported"))
    }

    /// A file is written once; the second time it is refused, naming the file, until `--force`.
    @Test func outputRefusesToOverwriteWithoutForce() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let file = session + "/sammanställning.md"
        let first = try LagomProcess.run(["export", session, "--format", "md", "--output", file])
        #expect(first.status == 0 && first.out == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == String(contentsOf: Self.shippedMarkdown, encoding: .utf8))

        try "kept".write(toFile: file, atomically: true, encoding: .utf8)
        let second = try LagomProcess.run(["export", session, "--format", "md", "--output", file])
        #expect(second.status != 0)
        #expect(second.err.contains("\(file): already exists (add --force to overwrite it)"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "kept")

        let forced = try LagomProcess.run(["export", session, "--format", "md", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) != "kept")
    }
}
