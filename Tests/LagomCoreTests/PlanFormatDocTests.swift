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
