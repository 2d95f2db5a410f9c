import Foundation
import Testing

@testable import LagomCore

/// Every step example in docs/plan-format.md decodes without a single field error.
@Suite struct PlanFormatDocTests {
    static func jsonExamples() throws -> [String] {
        let doc = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/plan-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        return text.components(separatedBy: "```json\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
    }

    /// The Limits table lists every bound of `PlanLimits` with its number.
    @Test func everyBoundIsDocumented() throws {
        let doc = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/plan-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let table = try #require(
            text.components(separatedBy: "## Limits").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for (field, limit) in PlanLimits.all {
            #expect(
                rows.contains { $0.contains("`\(field)`") && $0.contains("| \(limit)") },
                "docs/plan-format.md: no Limits row gives `\(field)` its bound \(limit)")
        }
    }

    @Test func anExampleOfEveryStepKind() throws {
        let examples = try Self.jsonExamples()
        var kinds: [StepKind] = []
        for example in examples {
            let decoder = PlanTreeDecoder(file: "plan-format.md")
            let step = decoder.step(try JSONParser.parse(example), "steps[0]")
            #expect(decoder.errors.map(\.description) == [], "\(example)")
            if let step { kinds.append(step.kind) }
        }
        // Every kind has an example; a kind may have more than one (a status round is a checkin).
        #expect(Set(kinds) == Set(StepKind.allCases))
    }
}
