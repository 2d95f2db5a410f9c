import LagomCore
import Testing

@testable import LagomUI

/// Screens defend themselves, not only `lagom check`: a plan no check has seen (built in code
/// here), with every number far beyond its bound, is drawn, keyed and redrawn by every screen
/// without a trap and without allocating or looping in proportion to those numbers. Before the
/// screens clamped, `secondsPerPerson: 10^15` trapped every frame of the facilitator and the
/// projector, and 2^62 groups or votes took a pane to gigabytes.
@Suite struct UncheckedPlanScreenTests {
    static let huge = 1 << 62
    static let t0 = ScreenFixtures.t0

    static let plan = Plan(
        title: "Obegränsad dag", language: .sv, days: [Day(title: "Dag 1")],
        participants: (1...6).map { Participant(name: "Deltagare \($0)", site: "Norrhamn") },
        steps: [
            Step(
                id: "runda", kind: .checkin, title: "Runda", minutes: huge, question: "Hur mår du?",
                secondsPerPerson: 1_000_000_000_000_000),
            Step(
                id: "grupper", kind: .groupwork, title: "Grupper", minutes: huge, lists: ["Idéer"], noteLimit: huge,
                timer: TimerSpec(warnPercent: huge, warnMinutes: huge, criticalMinutes: huge), prompts: ["Vad?"],
                groups: huge),
            Step(
                id: "par", kind: .groupwork, title: "Par", minutes: 10, prompts: ["Hur?"],
                groupSize: GroupSize(min: 1, max: huge)),
            Step(
                id: "trappa", kind: .vattentrappa, title: "Trappa", lists: ["Svar"], groups: huge,
                questions: ["Varför?"],
                minutesPerTurn: huge),
            Step(
                id: "val", kind: .vote, title: "Val",
                vote: VoteSpec(
                    ranks: [ListRef(step: "grupper", list: "Idéer")], votesPerPerson: huge, mode: .ballots,
                    advance: huge)),
        ])

    /// The day so far: the round is running, notes exist to vote on. Events the reducer refuses
    /// for this plan are left out: the screens must cope with whatever state remains.
    static func session(at step: StepID) -> Session {
        var session = Session(plan: plan)
        let changes: [Change] = [
            .stepEntered(step: "runda"), .stepStarted(step: "runda"), .speakerChanged(step: "runda", index: 0),
            .noteAdded(note: "n1", place: NotePlace(step: "grupper", list: "Idéer", group: 1), text: "Fika varje dag"),
            .noteAdded(note: "n2", place: NotePlace(step: "grupper", list: "Idéer", group: 2), text: "Kortare möten"),
            .stepEntered(step: step), .stepStarted(step: step),
            .timerStarted(timer: TimerKey(step: step), seconds: 1_800),
        ]
        for (n, change) in changes.enumerated() {
            try? session.append([
                Event(id: "e\(n)", tx: "e\(n)", at: t0 + Int64(n) * 1_000, by: .facilitator, change: change)
            ])
        }
        return session
    }

    static let keys: [Key] = [
        .enter, .character(" "), .character("s"), .character("s"), .right, .right, .down, .character("+"),
        .character("5"), .tab, .enter, .character("9"), .character("9"), .character("9"), .character("9"), .enter,
        .pageDown, .up, .character("r"),
    ]

    static func exercise<S: Screen>(_ screen: inout S, _ session: Session) {
        for (width, height) in [(80, 24), (200, 60), (20, 6)] {
            let context = ScreenContext(
                session: session, now: t0 + 90_000, utcOffsetSeconds: 0, width: width, height: height,
                language: .sv, theme: .standard)
            _ = screen.render(context)
            for key in keys {
                _ = screen.handle(key, context)  // commands are not performed: the state stays hostile
                _ = screen.observe(context)
                _ = screen.nextChange(context)
                let grid = screen.render(context)
                #expect(grid.width == width && grid.height == height)
            }
        }
    }

    @Test(arguments: ["runda", "grupper", "par", "trappa", "val"])
    func everyScreenDrawsAPlanBeyondEveryBound(step: String) {
        let session = Self.session(at: StepID(step))
        var facilitator = FacilitatorScreen()
        Self.exercise(&facilitator, session)
        var projector = ProjectorScreen()
        Self.exercise(&projector, session)
        var timekeeper = TimekeeperScreen()
        Self.exercise(&timekeeper, session)
        var groupTimekeeper = TimekeeperScreen(group: Self.huge)
        Self.exercise(&groupTimekeeper, session)
        var secretary = SecretaryScreen(group: 1)
        Self.exercise(&secretary, session)
        var lastSecretary = SecretaryScreen(group: PlanLimits.groups)
        Self.exercise(&lastSecretary, session)
    }

    @Test func countsDrawnComeFromTheBoundsNotThePlan() {
        #expect(Self.plan.steps[1].groupCount(participants: 6) == PlanLimits.groups)
        #expect(Self.plan.steps[2].groupCount(participants: Int.max) == 1)
        #expect(
            TimerReading.speaker(since: Self.t0, seconds: Int.max, now: Self.t0).total == Int64(
                PlanLimits.secondsPerPerson) * 1000)
    }
}
