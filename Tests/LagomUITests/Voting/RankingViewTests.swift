import Foundation
import LagomCore
import Testing

@testable import LagomUI

/// Seed 000's three result tables on the ranking view, at every size the issue names.
@Suite struct RankingViewTests {
    static let sizes = [(80, 24), (120, 40), (200, 60), (40, 12)]

    func render(list: Int, step: StepID, width: Int, height: Int, position: RankingPosition = .start) throws -> Grid {
        let context = try SeedResults.context(SeedResults.session(), width: width, height: height)
        let content = try #require(RankingContent.make(step: context.plan.step(step)!, list: list, context: context))
        var grid = Grid(width: width, height: height)
        RankingView(content: content, position: position).draw(
            into: &grid, in: grid.bounds, theme: .standard, language: .sv)
        return grid
    }

    func pages(list: Int, step: StepID, width: Int, height: Int) throws -> [Grid] {
        let context = try SeedResults.context(SeedResults.session(), width: width, height: height)
        let content = try #require(RankingContent.make(step: context.plan.step(step)!, list: list, context: context))
        let count = RankingView(content: content, position: .start).pageCount(
            in: Rect(x: 0, y: 0, width: width, height: height))
        return try (0..<count).map {
            try render(
                list: list, step: step, width: width, height: height, position: RankingPosition(list: list, page: $0))
        }
    }

    /// Every item line of every page, joined: the order and points a reader sees.
    func readOrder(_ grids: [Grid]) -> String { grids.flatMap(Snapshot.paintedLines).joined(separator: "\n") }

    @Test(arguments: sizes)
    func riskFactorsInTheSeedsOrder(size: (Int, Int)) throws {
        let grids = try pages(list: 0, step: "enkat-rostning", width: size.0, height: size.1)
        for (i, grid) in grids.enumerated() {
            Snapshot.assert(grid, named: "ranking-risk-\(size.0)x\(size.1)-p\(i + 1)", painted: true)
        }
        try expectSeedOrder(SeedResults.risk, in: readOrder(grids))
        #expect(grids[0].lines[0].hasPrefix("Riskfaktorer, rangordnade"))
    }

    @Test(arguments: sizes)
    func healthFactorsInTheSeedsOrderWithTheTie(size: (Int, Int)) throws {
        let grids = try pages(list: 1, step: "enkat-rostning", width: size.0, height: size.1)
        for (i, grid) in grids.enumerated() {
            Snapshot.assert(grid, named: "ranking-health-\(size.0)x\(size.1)-p\(i + 1)", painted: true)
        }
        let text = readOrder(grids)
        try expectSeedOrder(SeedResults.health, in: text)
        // 5 p and 5 p share sixth place; the next is eighth.
        #expect(text.contains("6= Självledarskap"))
        #expect(text.contains("6= Tillit"))
        #expect(text.contains("8. Tydliga ramar"))
    }

    @Test(arguments: sizes)
    func demandsWithTheirResources(size: (Int, Int)) throws {
        let grids = try pages(list: 0, step: "resurser-rostning", width: size.0, height: size.1)
        for (i, grid) in grids.enumerated() {
            Snapshot.assert(grid, named: "ranking-demands-\(size.0)x\(size.1)-p\(i + 1)", painted: true)
        }
        let text = readOrder(grids)
        // Demands in the order chosen, each with its resources by points.
        var cursor = text.startIndex
        for demand in SeedResults.demands {
            let words = demand.0.split(separator: " ").prefix(2).joined(separator: " ")
            let found = try #require(text.range(of: words, range: cursor..<text.endIndex), "\(demand.0)")
            cursor = found.upperBound
            let ranked = demand.2.filter { $0.1 != nil }.sorted { $0.1! > $1.1! }
            for resource in ranked {
                let start = resource.0.split(separator: " ").prefix(2).joined(separator: " ")
                let at = try #require(text.range(of: start, range: cursor..<text.endIndex), "\(resource.0)")
                cursor = at.upperBound
            }
        }
        #expect(text.contains("– Ta hjälp av experter på KSD"))  // unscored, apart from "0 p"
        #expect(text.contains("0 p"))
    }

    @Test func smallScreensPageAndSayWhichPage() throws {
        let grids = try pages(list: 1, step: "enkat-rostning", width: 40, height: 12)
        #expect(grids.count > 1)
        for (i, grid) in grids.enumerated() { #expect(grid.lines[11].hasSuffix("sida \(i + 1) av \(grids.count)")) }
    }

    @Test func revealFromTheBottomShowsOnePlaceMore() throws {
        let none = try render(
            list: 1, step: "enkat-rostning", width: 80, height: 24, position: RankingPosition(list: 1, fromBottom: 0))
        #expect(!none.lines.joined().contains("Tydliga ramar"))
        let two = try render(
            list: 1, step: "enkat-rostning", width: 80, height: 24, position: RankingPosition(list: 1, fromBottom: 2))
        Snapshot.assert(two, named: "ranking-health-80x24-reveal-2", painted: true)
        let text = two.lines.joined(separator: "\n")
        #expect(text.contains("Tydliga ramar") && text.contains("Tillit") && text.contains("Självledarskap"))
        #expect(!text.contains("Gemenskap") && !text.contains("Flexibilitet"))
        #expect(text.contains("2 av 7 placeringar"))
    }

    @Test func tenThousandNotesLayOutOnlyTheirPage() throws {
        var session = Session(plan: SeedResults.plan)
        var events: [Event] = []
        var tallies: [Tally] = []
        for i in 0..<10_000 {
            events.append(
                Event(
                    id: "n\(i)", tx: "n\(i)", at: SeedResults.t0, by: .facilitator,
                    change: .noteAdded(
                        note: NoteID("n\(i)"), place: NotePlace(step: "enkat", list: "Riskfaktorer"),
                        text: "Lapp nummer \(i) om väntelistor")))
            tallies.append(Tally(note: NoteID("n\(i)"), points: i % 97))
        }
        session.replay(events)
        try session.append([
            Event(
                id: "t", tx: "t", at: SeedResults.t0, by: .facilitator,
                change: .votesTallied(step: "enkat-rostning", tallies: tallies))
        ])
        let context = ScreenContext(
            session: session, now: SeedResults.t0, utcOffsetSeconds: 0, width: 120, height: 40, language: .sv,
            theme: .standard)
        let content = try #require(
            RankingContent.make(step: SeedResults.plan.step("enkat-rostning")!, list: 0, context: context))
        var grid = Grid(width: 120, height: 40)
        RankingView(content: content, position: RankingPosition(page: 200)).draw(
            into: &grid, in: grid.bounds, theme: .standard, language: .sv)
        #expect(
            grid.lines[39].hasSuffix(
                "sida 201 av \(RankingView(content: content, position: .start).pageCount(in: grid.bounds))"))
    }

    /// Names in the seed's order, each followed by its points: as text ("31 p"), or for the
    /// big top three in big digits on the item's own rows.
    func expectSeedOrder(
        _ items: [(String, Int)], in text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let lines = text.components(separatedBy: "\n")
        var line = 0
        for (name, points) in items {
            // The first two words are on the item's first line at every width.
            let start = name.split(separator: " ").prefix(2).joined(separator: " ")
            let found = try #require(
                lines[line...].firstIndex { $0.contains(start) }, "\(name) out of order", sourceLocation: sourceLocation
            )
            let big = BigText.picture(String(points), font: .small, scaleX: 2, scaleY: 1)!.lines
            if lines[found...].prefix(big.count).enumerated().allSatisfy({
                $1.trimmingCharacters(in: .whitespaces).hasSuffix(big[$0].trimmingCharacters(in: .whitespaces))
            }) {
                line = found + 1
                continue
            }
            let label = try #require(
                lines[found...].firstIndex { $0.hasSuffix(" " + Strings.points(points)) }, "\(points) p",
                sourceLocation: sourceLocation)
            #expect(label - found <= 4, "points of \(name) not on its rows", sourceLocation: sourceLocation)
            line = label + 1
        }
    }
}
