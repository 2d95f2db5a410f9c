import LagomCore
import Testing

@testable import LagomUI

/// The projector read from the back of the room (issue 17): notes in full, who speaks first.
@Suite struct ProjectorRoomTests {
    /// Every page of the wall, in page order, after the newest note settled: the wall turns a page
    /// every `pageSeconds`, and "sida 2 av 3" says which.
    func wallPages(_ b: RoomFixtures.Builder, width: Int, height: Int) -> [Grid] {
        let period = LiveWall.pageSeconds * 1000
        let start = WallTime(milliseconds: ((b.now.milliseconds + period) / period + 1) * period)
        func frame(_ i: Int) -> Grid {
            ProjectorScreen().render(
                RoomFixtures.context(b.session, width: width, height: height, now: start + Int64(i) * period))
        }
        func page(_ grid: Grid) -> (Int, Int) {
            for line in grid.lines {
                guard let range = line.range(of: "sida ") else { continue }
                let numbers = line[range.upperBound...].split(separator: " ").compactMap { Int($0) }
                if numbers.count == 2 { return (numbers[0], numbers[1]) }
            }
            return (1, 1)
        }
        let count = page(frame(0)).1
        return (0..<count).map(frame).sorted { page($0).0 < page($1).0 }
    }

    /// The notes the wall lays out on all its pages, each as its lines joined: the whole text
    /// when nothing was cut.
    func notesOnAllPages(_ b: RoomFixtures.Builder, step: StepID, width: Int, height: Int) throws -> [String] {
        let context = RoomFixtures.context(b.session, width: width, height: height, now: b.now)
        var scratch = Grid(width: width, height: height)
        let placed = try #require(
            StageView(step: RoomFixtures.plan.step(step)!, presenting: true)
                .layOut(into: &scratch, in: ProjectorScreen.area(context), context: context).wall)
        let layout = placed.wall.layout(width: placed.rect.width, height: placed.rect.height)
        return layout.pages.flatMap { $0.flatMap { $0 } }.compactMap { block in
            guard case .note(_, let lines, _) = block else { return nil }
            return lines.joined(separator: " ")
        }
    }

    @Test(arguments: RoomFixtures.sizes)
    func theLiveWallShowsEveryNoteInFullUnderItsDemand(size: (Int, Int)) throws {
        let b = try RoomFixtures.liveWall()
        let pages = wallPages(b, width: size.0, height: size.1)
        for (i, page) in pages.enumerated() {
            Snapshot.assert(page, named: "projector-wall-\(size.0)x\(size.1)-p\(i + 1)", painted: true)
        }
        // Every note whole on some page: its wrapped lines make up its whole text.
        let context = RoomFixtures.context(b.session, width: size.0, height: size.1, now: b.now)
        let wall = StageView(step: RoomFixtures.plan.step("resurser")!, presenting: true)
            .liveWall(context, shown: context.state.shownNoteIndices(RoomFixtures.plan.step("resurser")!))
        #expect(wall.sections.map(\.heading) == RoomFixtures.demands)
        let laidOut = try notesOnAllPages(b, step: "resurser", width: size.0, height: size.1)
        #expect(laidOut.sorted() == (0..<20).map(RoomFixtures.resource).sorted())
        let text = pages.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n")
        #expect(!text.contains("…"), "no note is cut")
        #expect(text.contains("(förslag 20)"), "the newest note is on a page")
        // A demand is said once per column, as a heading, never on each note.
        for demand in RoomFixtures.demands { #expect(text.contains(demand)) }
        if pages.count > 1 { #expect(pages[0].lines.joined().contains("sida 1 av \(pages.count)")) }
    }

    @Test func theWallPagesOnlyWhenItMustAndTurnsEveryEightSeconds() throws {
        let b = try RoomFixtures.liveWall()
        let screen = ProjectorScreen()
        // 80×24 holds only part of the twenty notes: a page turn is the next change.
        let small = RoomFixtures.context(b.session, width: 80, height: 24, now: b.now + 20_000)
        let change = try #require(screen.nextChange(small))
        #expect(change <= LiveWall.pageSeconds * 1000)
        // On a wall that fits, nothing but the countdown wakes the pane.
        var few = RoomFixtures.Builder()
        try few.add(.stepEntered(step: "krav"))
        try few.note("k0", "Möten", step: "krav", list: "Krav", group: 1)
        let quiet = RoomFixtures.context(few.session, width: 120, height: 40, now: few.now + 60_000)
        #expect(screen.nextChange(quiet) == nil)
        // A new note brings its page into view at once.
        let fresh = RoomFixtures.context(b.session, width: 80, height: 24, now: b.now + 1_000)
        #expect(ProjectorScreen().render(fresh).lines.joined().contains("(förslag 20)"))
    }

    @Test(arguments: RoomFixtures.sizes)
    func theVattentrappaShowsTheSpeakingGroupItsQuestionsAndClockFirst(size: (Int, Int)) throws {
        let b = try RoomFixtures.vattentrappa()
        let pages = wallPages(b, width: size.0, height: size.1)
        for (i, page) in pages.enumerated() {
            Snapshot.assert(page, named: "projector-vattentrappa-\(size.0)x\(size.1)-p\(i + 1)", painted: true)
        }
        let first = pages[0].lines
        let speaks = try #require(first.firstIndex { $0.contains("Har ordet: Grupp 5") })
        let question = try #require(first.firstIndex { $0.contains("1. Vad är det viktigaste") })
        let said = try #require(first.firstIndex { $0.contains("Redan sagt (10)") })
        #expect(speaks < question && question < said)
        #expect(first[speaks].contains(/\d\d:\d\d/), "its clock")
        let laidOut = try notesOnAllPages(b, step: "trappa", width: size.0, height: size.1)
        #expect(laidOut.count == 10)
        for n in 0..<10 {
            #expect(laidOut.contains { $0.hasPrefix("Råd \(n + 1) från grupp") }, "\(size): note \(n + 1) missing")
        }
        #expect(laidOut.contains("Råd 10 från grupp 5: det nyaste rådet, sagt nyss"))
        #expect(!pages.map { $0.lines.joined() }.joined().contains("…"))
    }

    @Test(arguments: RoomFixtures.sizes)
    func theCheckinShowsTheSpeakerFirst(size: (Int, Int)) throws {
        let b = try RoomFixtures.checkin()
        let frame = ProjectorScreen().render(RoomFixtures.context(b.session, width: size.0, height: size.1, now: b.now))
        Snapshot.assert(frame, named: "projector-checkin-\(size.0)x\(size.1)", painted: true)
        let lines = frame.lines
        let speaker = try #require(lines.firstIndex { $0.contains("Har ordet: Märta Holm  01:00") })
        let quote = lines.firstIndex { $0.contains("Två sanningar") } ?? Int.max
        #expect(speaker < quote)
        #expect(lines.contains { $0.contains("Nästa: Bo Sjöberg, Ingrid Ärlig, Kalle Nyström") })
    }
}

/// The vote at a glance on the projector: the step's title and instruction over the ranking, two
/// lists side by side with room, the items that go on marked in words and a symbol.
@Suite struct ProjectorVoteTests {
    func context(width: Int, height: Int) throws -> ScreenContext {
        var session = try SeedResults.session()
        // The first two risk factors go on to the next step.
        try session.append([
            Event(
                id: "c", tx: "c", at: SeedResults.t0 + 3_000_000, by: .facilitator,
                change: .subjectsChosen(step: "enkat-rostning", notes: ["r0", "r1"]))
        ])
        var context = try SeedResults.context(session, width: width, height: height, step: "enkat-rostning")
        context.theme = .projector
        return context
    }

    @Test(arguments: RoomFixtures.sizes)
    func theVoteShowsItsTitleBothListsAndWhatGoesOn(size: (Int, Int)) throws {
        let frame = ProjectorScreen().render(try context(width: size.0, height: size.1))
        Snapshot.assert(frame, named: "projector-vote-\(size.0)x\(size.1)", painted: true)
        let text = frame.lines.joined(separator: "\n")
        if size.1 >= 60 {
            // The room's screen has the rows: the title in big type, over the instruction.
            let painted = Snapshot.paintedLines(frame)
            let brief = try #require(painted.firstIndex { $0.contains("röster") })
            #expect(painted[..<brief].filter { $0.contains("██") }.count >= 10, "two lines of big type")
        } else {
            #expect(text.contains("Rangordning av risk- och friskfaktorer"))
        }
        #expect(text.contains("röster"), "the instruction: how many votes each has")
        let chosen = frame.lines.filter { $0.contains("→ går") }  // "vidare" may wrap
        #expect(chosen.count == 2)
        #expect(
            chosen.allSatisfy {
                $0.contains(SeedResults.risk[0].0.prefix(12)) || $0.contains(SeedResults.risk[1].0.prefix(12))
            })
        // With room, both lists at once.
        if size.0 >= 120 {
            #expect(text.contains("Riskfaktorer, rangordnade") && text.contains("Friskfaktorer, rangordnade"))
        }
    }

    /// Tab on the console moves the room to the next list, as it does in present mode.
    @Test func tabOnTheConsoleMovesTheProjector() throws {
        let context = try context(width: 80, height: 24)
        var console = FacilitatorScreen()
        let commands = console.handle(.tab, context)
        #expect(commands == [.vote(.showRanking(step: "enkat-rostning", RankingPosition(list: 1)))])
    }
}

/// The agenda on the projector before the day starts and between steps (issue 17).
@Suite struct ProjectorAgendaTests {
    @Test(arguments: RoomFixtures.sizes)
    func beforeTheDayTheRoomSeesTheClockTheDayAndWhatComesFirst(size: (Int, Int)) throws {
        let b = RoomFixtures.Builder()
        let context = RoomFixtures.context(
            b.session, width: size.0, height: size.1,
            now: WallTime(milliseconds: RoomFixtures.t0.milliseconds - 10 * 60_000))
        let frame = ProjectorScreen().render(context)
        Snapshot.assert(frame, named: "projector-agenda-before-\(size.0)x\(size.1)", painted: true)
        let text = frame.lines.joined(separator: "\n")
        if size.1 >= 60 {
            // The room's screen: the day's title in big type over the day's name.
            let painted = Snapshot.paintedLines(frame)
            let day = try #require(painted.firstIndex { $0.contains("Dag 1") })
            #expect(painted[..<day].filter { $0.contains("██") }.count >= 5)
        } else {
            #expect(text.contains("Planeringsdag"))
        }
        #expect(text.contains("Nästa: 10.00 Incheckning"))
        #expect(text.contains("Balanskollen – krav"))
        // The clock turns each minute, and only then.
        let change = try #require(ProjectorScreen().nextChange(context))
        #expect(change > 0 && change <= 60_000)
    }

    @Test(arguments: RoomFixtures.sizes)
    func betweenStepsTheRoomSeesWhereTheDayIsAndWhatIsNext(size: (Int, Int)) throws {
        let b = try RoomFixtures.betweenSteps()
        let frame = ProjectorScreen().render(RoomFixtures.context(b.session, width: size.0, height: size.1, now: b.now))
        Snapshot.assert(frame, named: "projector-agenda-between-\(size.0)x\(size.1)", painted: true)
        let text = frame.lines.joined(separator: "\n")
        #expect(text.contains("Nästa:"))
        #expect(text.contains("✓") && text.contains("Incheckning"))
        #expect(!text.contains("Har ordet"), "the check-in is over")
    }
}
