import Foundation
import Testing

/// `lagom vote results` ranks resources within each demand, as the projector and the export do
/// (QA: it ranked all of them 1–N together).
struct VoteResultsCommandTests {
    @Test func resourcesAreRankedUnderTheirDemand() throws {
        let session = try LagomProcess.scratchSession(
            "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        let result = try LagomProcess.run(["vote", "results", session, "--step", "resurser-rostning"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        let demand = try #require(lines.firstIndex(of: "## Uppföljning av undernäringens ärenden"))
        #expect(lines[demand + 1].hasPrefix("1\t15 p\t"), "ranks restart under each demand: \(lines[demand + 1])")
        #expect(lines[demand + 1].hasSuffix("Skriva exakt på samma sätt i bokningarna i väntelistan."))
    }
}
