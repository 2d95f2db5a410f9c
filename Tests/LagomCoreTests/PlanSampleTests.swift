import Foundation
import Testing

@testable import LagomCore

/// The sample sessions shipped in `Sessions/` must load without a single error.
@Suite struct PlanSampleTests {
    static let sessions = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sessions")

    static func bytes(_ session: String) throws -> [UInt8] {
        Array(try Data(contentsOf: sessions.appendingPathComponent(session).appendingPathComponent("plan.json")))
    }

    @Test(arguments: ["planeringsdagar-2024", "team-day-en"])
    func sampleLoadsClean(_ session: String) throws {
        let bytes = try Self.bytes(session)
        #expect(PlanLoader.validate(bytes, file: "plan.json").map(\.description) == [])
        let plan = try PlanLoader.load(bytes, file: "plan.json")
        #expect(!plan.steps.isEmpty)
    }

    @Test func englishSampleUsesEveryStepKind() throws {
        let plan = try PlanLoader.load(try Self.bytes("team-day-en"), file: "plan.json")
        #expect(Set(plan.steps.map(\.kind)) == Set(StepKind.allCases))
        #expect(plan.language == .en)
        #expect(plan.days.count == 1)
    }

    @Test func swedishSampleFollowsTheTwoDays() throws {
        let plan = try PlanLoader.load(try Self.bytes("planeringsdagar-2024"), file: "plan.json")
        #expect(plan.language == .sv)
        #expect(plan.title == "Planeringsdagar 3–4 december 2024")
        #expect(plan.days.map(\.date) == ["2024-12-03", "2024-12-04"])
        #expect(plan.participants.count >= 40)
        #expect(Set(plan.participants.map(\.site)) == ["Norrhamn", "Storvik", "Skogsby", "Strandå"])
        let riskVote = try #require(plan.steps.first { $0.vote?.mode == .tally })
        #expect(riskVote.vote?.ranks.map(\.list) == ["Riskfaktorer", "Friskfaktorer"])
        let kravVote = try #require(plan.steps.first { $0.vote?.mode == .ballots })
        #expect(kravVote.vote?.votesPerPerson == 5)
        #expect(kravVote.vote?.advance == 4)
        #expect(plan.steps.contains { $0.parentList?.list == "Krav" })
    }

    /// The loader reads the same model the `Codable` conformance describes.
    @Test(arguments: ["planeringsdagar-2024", "team-day-en"])
    func loaderAgreesWithJSONDecoder(_ session: String) throws {
        let bytes = try Self.bytes(session)
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(bytes))
        #expect(try PlanLoader.load(bytes, file: "plan.json") == decoded)
    }
}
