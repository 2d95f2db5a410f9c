import Foundation
import Testing

@testable import LagomCore

/// docs/plan.schema.json names exactly the fields the loader accepts, object by object. The loader's
/// own list is read from its "unknown field" message, which names every valid field.
@Suite struct PlanSchemaTests {
    static func schema() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/plan.schema.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: Any])
    }

    static func properties(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys ?? [:].keys)
    }

    static func items(_ object: Any?) -> Any? { (object as? [String: Any])?["items"] }

    /// The fields the loader lists after an unknown `"zzz"` placed by `plan(_:)`.
    static func loaderFields(_ plan: String) -> Set<String> {
        let errors = PlanLoader.validate(Array(plan.utf8), file: "plan.json").map(\.problem.en)
        guard let message = errors.first(where: { $0.contains("\"zzz\"") }),
            let list = message.components(separatedBy: "expected one of: ").last
        else { Issue.record("no unknown-field message in \(errors)"); return [] }
        return Set(list.components(separatedBy: ", "))
    }

    static func plan(top: String = "", day: String = "", person: String = "", step: String = "") -> String {
        """
        { "title": "T", "language": "en", \(top)
          "days": [{ "title": "D" \(day) }],
          "participants": [{ "name": "Ada Berg", "site": "North" \(person) }],
          "steps": [
            { "id": "w", "kind": "groupwork", "title": "W", "minutes": 5, "prompts": ["P"], "lists": ["L"] },
            { "id": "s", "kind": "checkin", "title": "S", "question": "Q" \(step) }
          ] }
        """
    }

    @Test func topLevelDaysAndParticipantsMatch() throws {
        let schema = try Self.schema()
        let top = schema["properties"] as? [String: Any]
        #expect(Self.properties(schema) == Self.loaderFields(Self.plan(top: #""zzz": 1,"#)))
        #expect(Self.properties(Self.items(top?["days"])) == Self.loaderFields(Self.plan(day: #", "zzz": 1"#)))
        // A person's other fields are free (text, to mix groups by): the schema names the loader's own.
        #expect(Self.properties(Self.items(top?["participants"])) == Set(Participant.ownKeys))
        #expect(Set(Plan.knownKeys) == Self.properties(schema))
    }

    @Test func stepFieldsMatch() throws {
        let step = (try Self.schema()["$defs"] as? [String: Any])?["step"]
        let properties = Self.properties(step)
        #expect(properties == Set(StepFields.all))
        let kinds = ((step as? [String: Any])?["properties"] as? [String: Any])?["kind"] as? [String: Any]
        #expect(Set(kinds?["enum"] as? [String] ?? []) == Set(StepKind.allCases.map(\.rawValue)))
        let nested: [(String, String)] = [
            ("timer", #", "timer": { "zzz": 1 }"#),
            ("quote", #", "quote": { "text": "t", "author": "a", "zzz": 1 }"#),
            ("parentList", #", "parentList": { "step": "w", "list": "L", "zzz": 1 }"#),
        ]
        let stepProperties = (step as? [String: Any])?["properties"] as? [String: Any]
        for (field, text) in nested {
            #expect(Self.properties(stepProperties?[field]) == Self.loaderFields(Self.plan(step: text)), "\(field)")
        }
        let vote = stepProperties?["vote"]
        #expect(Self.properties(vote) == VoteSpec.knownKeys)
        #expect(
            Self.properties(
                Self.items((vote as? [String: Any]).flatMap { ($0["properties"] as? [String: Any])?["ranks"] }))
                == ListRef.knownKeys)
        #expect(Self.properties(stepProperties?["timer"]) == TimerSpec.knownKeys)
        #expect(Self.properties(stepProperties?["groupSize"]) == ["min", "max"])
        #expect(Self.properties(Self.items(stepProperties?["roles"])) == ["name", "task"])
    }

    /// Editors show a type or a choice for every step field.
    @Test func everyPlanFieldHasADescriptionOrAType() throws {
        let step = (try Self.schema()["$defs"] as? [String: Any])?["step"] as? [String: Any]
        for (name, value) in (step?["properties"] as? [String: Any]) ?? [:] {
            let entry = value as? [String: Any] ?? [:]
            #expect(entry["type"] != nil || entry["enum"] != nil || entry["$ref"] != nil, "\(name)")
        }
    }
}
