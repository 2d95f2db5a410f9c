import Foundation
import LagomCore
import Testing

@testable import LagomUI

/// The bundled sample sessions, as QA ran them on the real binary.
struct Sample {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sessions")
    static let t0 = WallTime(seconds: 1_733_216_400)  // 2024-12-03 09:00 UTC

    var session: Session
    var now = Sample.t0
    private var n = 0

    init(_ name: String) throws {
        let bytes = try [UInt8](
            Data(contentsOf: Self.root.appendingPathComponent(name).appendingPathComponent("plan.json")))
        session = Session(plan: try PlanLoader.load(bytes, file: "plan.json"))
    }

    static func sv() throws -> Sample { try Sample("planeringsdagar-2024") }

    mutating func add(_ changes: Change..., by actor: Actor = .facilitator) throws {
        n += 1
        let tx = "t\(n)"
        try session.append(
            changes.enumerated().map { Event(id: "\(tx).\($0.offset)", tx: tx, at: now, by: actor, change: $0.element) }
        )
    }

    mutating func add(contentsOf changes: [Change], by actor: Actor = .facilitator) throws {
        n += 1
        let tx = "t\(n)"
        try session.append(
            changes.enumerated().map { Event(id: "\(tx).\($0.offset)", tx: tx, at: now, by: actor, change: $0.element) }
        )
    }

    mutating func advance(seconds: Int64) { now = now + seconds * 1000 }

    func context(width: Int = 80, height: Int = 24, at: WallTime? = nil, language: Language? = nil) -> ScreenContext {
        ScreenContext(
            session: session, now: at ?? now, utcOffsetSeconds: 0, width: width, height: height,
            language: language ?? session.plan.language, theme: .monochrome)
    }

    func projector(width: Int = 80, height: Int = 24, at: WallTime? = nil) -> String {
        ProjectorScreen().render(context(width: width, height: height, at: at)).lines.joined(separator: "\n")
    }

    /// The projector with its painted big type shown as `█` (`Snapshot.paintedLines`).
    func paintedProjector(width: Int = 80, height: Int = 24, at: WallTime? = nil) -> String {
        Snapshot.paintedLines(ProjectorScreen().render(context(width: width, height: height, at: at))).joined(
            separator: "\n")
    }

    func console(width: Int = 80, height: Int = 24, at: WallTime? = nil) -> String {
        FacilitatorScreen().render(context(width: width, height: height, at: at)).lines.joined(separator: "\n")
    }
}

@Suite struct StageTests {
    // MARK: 1. Slide text on every kind

    /// QA: the sample's bullets showed only on `info` steps.
    @Test(arguments: [
        ("incheckning-2", "Vi skapar ett hållbart arbete över tid."),
        ("enkat-grupparbete", "Ha med en laptop där redovisningen finns."),
        ("tankefallor", "Först egen reflektion, sedan i par"),
        ("region-lagomland", "De har en dietist per ca 45 000 invånare"),
    ])
    func slideTextShowsOnEveryKind(step: String, bullet: String) throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: StepID(rawValue: step)))
        #expect(sample.console(width: 160, height: 50).contains(bullet), "console lacks the bullets of \(step)")
        #expect(sample.projector(width: 160, height: 50).contains(bullet), "projector lacks the bullets of \(step)")
    }

    /// A vote whose result is hidden shows its slide text on the projector.
    @Test func aHiddenVoteShowsItsSlideText() throws {
        var plan = ScreenFixtures.plan
        let index = try #require(plan.steps.firstIndex { $0.kind == .vote })
        plan.steps[index].bullets = ["Prickar på blädderblocket"]
        var session = Session(plan: plan)
        try session.append([
            Event(id: "e1", tx: "e1", at: Sample.t0, by: .facilitator, change: .stepEntered(step: plan.steps[index].id))
        ])
        let context = ScreenFixtures.context(session, width: 80, height: 24)
        #expect(ProjectorScreen().render(context).lines.joined().contains("Prickar på blädderblocket"))
    }

    // MARK: 2. The vattentrappa's one countdown

    /// QA: Space starts the step, `s` `s` hands the word to group 2 ten seconds later: the big
    /// countdown and the console's status line are group 2's turn, not the step's own clock;
    /// `d` stops the turn with the step.
    @Test func theBigCountdownOfAVattentrappaIsTheTurnAndStopsWithTheStep() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "region-lagomland"))
        try sample.add(
            .stepStarted(step: "region-lagomland"),
            .timerStarted(timer: TimerKey(step: "region-lagomland"), seconds: 300))
        sample.advance(seconds: 10)
        try sample.add(.turnPassed(step: "region-lagomland", turn: 0))
        sample.advance(seconds: 5)
        try sample.add(.turnPassed(step: "region-lagomland", turn: 1))
        sample.advance(seconds: 1)
        let step = try #require(sample.session.plan.step("region-lagomland"))
        let stage = StageView(step: step, presenting: true)
        let own = TimerReading.all(for: step, in: sample.context()).first
        #expect(own?.clock == "04:44")
        #expect(stage.bigReading(own: own, sample.context())?.clock == "04:59")
        #expect(sample.projector().contains("Har ordet: Grupp 2  04:59"))
        #expect(sample.console().contains("Grupp 2 04:59"))
        #expect(!sample.console().contains("04:44"))

        try sample.add(.stepCompleted(step: "region-lagomland"))
        sample.advance(seconds: 3)
        #expect(stage.bigReading(own: own, sample.context()) == nil)
        let projector = sample.projector()
        #expect(projector.contains("Har ordet: Grupp 2  04:59 stoppad"))
        #expect(projector.contains("✓ Klart"))
        #expect(sample.console().contains("Grupp 2 04:59 stoppad"))
        #expect(!sample.console().contains("⏱"), "no glyph that xterm's fonts draw as a box")
        #expect(FacilitatorScreen().nextChange(sample.context()) == nil)
    }

    /// Before any group has the word there is no big countdown on a vattentrappa.
    @Test func noGroupHasTheWordNoBigCountdown() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "region-lagomland"))
        try sample.add(
            .stepStarted(step: "region-lagomland"),
            .timerStarted(timer: TimerKey(step: "region-lagomland"), seconds: 300))
        sample.advance(seconds: 10)
        let step = try #require(sample.session.plan.step("region-lagomland"))
        let own = TimerReading.all(for: step, in: sample.context()).first
        #expect(StageView(step: step, presenting: true).bigReading(own: own, sample.context()) == nil)
    }

    // MARK: 3. Nothing cut off without a sign

    @Test func aFullFlowSaysHowManyItemsItLeftOut() {
        var grid = Grid(width: 20, height: 3)
        var flow = Flow(grid.bounds)
        for i in 1...5 { flow.paragraph("punkt \(i)", into: &grid, theme: .monochrome) }
        flow.finish(into: &grid, theme: .monochrome, language: .sv)
        // Rows: 1, 2, then the marker over 3, which counts: 3, 4 and 5 are not shown.
        #expect(grid.lines.map { $0.trimmingCharacters(in: .whitespaces) } == ["punkt 1", "punkt 2", "… 3 till"])
        var roomy = Grid(width: 20, height: 4)
        var enough = Flow(roomy.bounds)
        for i in 1...3 { enough.paragraph("punkt \(i)", into: &roomy, theme: .monochrome) }
        enough.finish(into: &roomy, theme: .monochrome, language: .en)
        #expect(!roomy.lines.joined().contains("…"))
    }

    /// QA at 80×24: live notes, the last roles and the theme summary vanished without a sign.
    @Test func cutContentIsCountedAt80x24() throws {
        let groupwork = try ScreenFixtures.runningGroupwork()
        // The projector gives the rows to the notes once there are some: every note is on a page.
        let projector = ProjectorScreen().render(ScreenFixtures.context(groupwork, width: 80, height: 24)).lines.joined(
            separator: "\n")
        for note in groupwork.state.notes { #expect(projector.contains(note.text)) }
        let console = FacilitatorScreen().render(ScreenFixtures.context(groupwork, width: 80, height: 24)).lines.joined(
            separator: "\n")
        #expect(console.contains("… 1 till"))

        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-grupparbete"))
        #expect(sample.console().contains(/… \d+ till/), "the roles that do not fit are not counted")
        #expect(sample.console(width: 200, height: 60).contains("Redovisare – Redovisar gruppens resultat"))
        #expect(!sample.console(width: 200, height: 60).contains(/… \d+ till/))

        try sample.add(.stepEntered(step: "region-lagomland"))
        for (i, text) in [
            "Ett nummer till koordinator", "Egen schemaläggning", "Ingen statistikpress", "Starta digitalt",
        ].enumerated() {
            try sample.add(
                .noteAdded(
                    note: NoteID(rawValue: "n\(i)"),
                    place: NotePlace(step: "region-lagomland", list: "Råd till Region Lagomland", group: i + 1),
                    text: text), by: .secretary(i + 1))
        }
        try sample.add(.themeCreated(theme: "t1", step: "region-lagomland", title: "Organisation och arbetsstruktur"))
        try sample.add(.noteThemed(note: "n0", theme: "t1"))
        #expect(!sample.projector().contains("Sammanfattning av Region Lagomland"), "built off the projector")
        try sample.add(.themesShown(step: "region-lagomland", visible: true))
        // Themes shown, the summary is the slide, and what it cannot hold goes on further pages.
        #expect(sample.projector().contains("Sammanfattning av Region Lagomland"))
        #expect(sample.projector().contains("• Ett nummer till koordinator"))
        for i in 4..<60 {
            try sample.add(
                .noteAdded(
                    note: NoteID(rawValue: "m\(i)"),
                    place: NotePlace(step: "region-lagomland", list: "Råd till Region Lagomland", group: 1),
                    text: "Råd nummer \(i)"), by: .secretary(1))
        }
        #expect(sample.projector().contains(/sida \d+ av \d+/))
        #expect(sample.console().contains(/sida \d+ av \d+/))
    }

    /// Silent writing's counts are a list in group order: the first groups stay, the rest are counted.
    /// Tankefällor's 22 pairs showed "Grupp 1: 0 lappar … Grupp 22" on the projector: one count now.
    @Test func silentWritingShowsOneCountNotAListOfGroups() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "tankefallor"))
        let frame = sample.projector()
        #expect(frame.contains("0 lappar hittills"))
        #expect(!frame.contains("Grupp 1: 0 lappar"))
        #expect(!frame.contains(/… \d+ till/))
    }

    // MARK: 4. Return times

    @Test func brainwritingShowsItsReturnTime() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "tankefallor"))
        #expect(sample.console().contains("Åter 11.20"))
        #expect(sample.projector().contains("Åter 11.20"))
    }

    // MARK: 5. Check-in turns

    /// QA (English sample): a 60-second turn said "‼ last minute" from its first second.
    @Test func aOneMinuteCheckinTurnDoesNotWarnAtOnce() throws {
        var sample = try Sample("team-day-en")
        try sample.add(.stepEntered(step: "checkin"))
        try sample.add(.speakerChanged(step: "checkin", index: 0))
        sample.advance(seconds: 1)
        let early = sample.console(width: 120, height: 40)
        #expect(early.contains("Speaking: Alex Moreton  00:59"))
        #expect(!early.contains("last minute") && !early.contains("ending soon"))
        sample.advance(seconds: 30)
        #expect(sample.console(width: 120, height: 40).contains("00:29 ⚠ ending soon"))
    }

    // MARK: 8. The projector's words

    @Test func aFinishedStepShowsNoBigStoppedClock() throws {
        var session = try ScreenFixtures.runningGroupwork()
        let at = ScreenFixtures.t0 + 40 * 60_000
        try session.append([
            Event(id: "d1", tx: "d1", at: at, by: .facilitator, change: .stepCompleted(step: "grupparbete"))
        ])
        let frame = ProjectorScreen().render(ScreenFixtures.context(session, width: 80, height: 24)).lines.joined(
            separator: "\n")
        #expect(!frame.contains("stoppad"))
        #expect(frame.contains("✓ Klart"))
        let context = ScreenFixtures.context(session, width: 80, height: 24)
        let step = try #require(context.currentStep)
        #expect(
            StageView(step: step, presenting: true).bigReading(
                own: TimerReading.all(for: step, in: context).first, context) == nil)
    }

    /// QA: a break not started showed "Åter 16.55" moving with the clock.
    @Test func aBreakNotStartedShowsItsLengthNotAMovingReturnTime() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "fika-1"))
        let first = sample.projector(width: 120, height: 40)
        let later = sample.projector(width: 120, height: 40, at: sample.now + 5 * 60_000)
        #expect(first == later)
        #expect(!sample.console().contains("Åter"))
        #expect(sample.console().contains("20 minuter"))
        // Started, it says when to be back.
        try sample.add(.stepStarted(step: "fika-1"), .timerStarted(timer: TimerKey(step: "fika-1"), seconds: 1200))
        #expect(sample.console().contains("Åter 09.20"))
    }

    @Test func afterTheRevealBrainwritingNoLongerSaysNotesComeLater() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "tankefallor"))
        #expect(sample.projector().contains("processledaren"))
        try sample.add(
            .noteAdded(note: "a", place: NotePlace(step: "tankefallor", list: "", group: 1), text: "Katastroftankar"),
            by: .secretary(1))
        try sample.add(.resultsRevealed(step: "tankefallor"))
        let frame = sample.projector()
        #expect(!frame.contains("visas först"))
        #expect(frame.contains("Lapparna visas nu"))
        #expect(frame.contains("Katastroftankar"))
        for text in [Strings.brainwritingBrief, Strings.resultsHidden] { #expect(!text.sv.contains("samordnar")) }
    }

    @Test func groupSizesAreTheSizesTheGroupsGet() throws {
        #expect(StageView.groupSizes(Step(id: "a", kind: .groupwork, title: "A"), count: 6, participants: 48) == 8...8)
        #expect(StageView.groupSizes(Step(id: "a", kind: .groupwork, title: "A"), count: 6, participants: 44) == 7...8)
        #expect(Strings.groups(6, sizes: 8...8, mixBy: nil).sv == "6 grupper om 8")
        #expect(Strings.groups(6, sizes: 7...8, mixBy: "site").en == "6 groups of 7–8, mixed across sites")
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "balanskollen"))
        #expect(sample.projector().contains("6 grupper om 7–8"))
    }
}
