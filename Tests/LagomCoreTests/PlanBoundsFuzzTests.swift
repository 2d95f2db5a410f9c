import Testing

@testable import LagomCore

/// Every number of a plan has an upper bound (PlanLimits) that `lagom check` names: at the bound a
/// plan passes, one over it is named, and no plan that passes holds anything larger. The fuzz sets
/// every bound it knows by name, so a bound added without a way to set it fails here.
@Suite struct PlanBoundsFuzzTests {
    /// One step of each kind that has numbers, every number a real room's. Made-up names.
    static func basePlan() -> Plan {
        Plan(
            title: "Gränsdag", language: .sv, days: [Day(title: "Dag 1")],
            participants: (1...8).map { Participant(name: "Deltagare \($0)", site: "Norrhamn") },
            steps: [
                Step(
                    id: "runda", kind: .checkin, title: "Runda", minutes: 10, question: "Hur mår du?",
                    secondsPerPerson: 60),
                Step(
                    id: "grupper", kind: .groupwork, title: "Grupper", minutes: 30, owners: ["Chef"], lists: ["Idéer"],
                    noteLimit: 200, timer: TimerSpec(), bullets: ["Läs"], prompts: ["Vad?"], groups: 3,
                    roles: [GroupRole(name: "Sekreterare", task: "skriver")]),
                Step(
                    id: "par", kind: .groupwork, title: "Par", minutes: 10, prompts: ["Hur?"],
                    groupSize: GroupSize(min: 1, max: 4)),
                Step(
                    id: "trappa", kind: .vattentrappa, title: "Trappa", lists: ["Svar"], questions: ["Varför?"],
                    minutesPerTurn: 5),
                Step(
                    id: "val", kind: .vote, title: "Val",
                    vote: VoteSpec(
                        ranks: [ListRef(step: "grupper", list: "Idéer")], votesPerPerson: 5, maxPerItem: 3,
                        mode: .ballots, advance: 2)),
            ])
    }

    /// The plan with `field` set to `value` (for a list: that many entries), and the JSON path
    /// the validator names for it; nil for a bound that is not a plan field (`points`).
    static func setting(_ field: String, _ value: Int, in base: Plan) -> (plan: Plan, path: String)? {
        var plan = base
        func lines(_ prefix: String) -> [String] { (0..<value).map { "\(prefix) \($0 + 1)" } }
        switch field {
        case "participants":
            plan.participants = (0..<value).map { Participant(name: "Deltagare \($0 + 1)", site: "Norrhamn") }
            return (plan, "participants")
        case "days":
            plan.days = (0..<value).map { Day(title: "Dag \($0 + 1)") }
            return (plan, "days")
        case "steps":
            plan.steps += (plan.steps.count..<max(plan.steps.count, value)).map {
                Step(id: StepID("info\($0)"), kind: .info, title: "Info")
            }
            return (plan, "steps")
        case "groups": plan.steps[1].groups = value; return (plan, "steps[1].groups")
        case "groupSize":
            plan.steps[2].groupSize = GroupSize(min: 1, max: value); return (plan, "steps[2].groupSize.max")
        case "minutes": plan.steps[1].minutes = value; return (plan, "steps[1].minutes")
        case "minutesPerTurn": plan.steps[3].minutesPerTurn = value; return (plan, "steps[3].minutesPerTurn")
        case "secondsPerPerson": plan.steps[0].secondsPerPerson = value; return (plan, "steps[0].secondsPerPerson")
        case "noteLimit": plan.steps[1].noteLimit = value; return (plan, "steps[1].noteLimit")
        case "votesPerPerson":
            plan.steps[4].vote!.votesPerPerson = value
            return (plan, "steps[4].vote.votesPerPerson")
        case "maxPerItem":
            // The cap cannot pass the budget, so the budget goes with it (and names its own bound).
            plan.steps[4].vote!.votesPerPerson = value
            plan.steps[4].vote!.maxPerItem = value
            return (plan, "steps[4].vote.votesPerPerson")
        case "advance": plan.steps[4].vote!.advance = value; return (plan, "steps[4].vote.advance")
        case "lists": plan.steps[1].lists = ["Idéer"] + lines("Lista").dropFirst(); return (plan, "steps[1].lists")
        case "ranks":
            plan.steps[1].lists = lines("Lista")
            plan.steps[4].vote!.ranks = plan.steps[1].lists.map { ListRef(step: "grupper", list: $0) }
            return (plan, value > PlanLimits.lists ? "steps[1].lists" : "steps[4].vote.ranks")
        case "bullets": plan.steps[1].bullets = lines("Punkt"); return (plan, "steps[1].bullets")
        case "prompts": plan.steps[1].prompts = lines("Fråga"); return (plan, "steps[1].prompts")
        case "questions": plan.steps[3].questions = lines("Fråga"); return (plan, "steps[3].questions")
        case "headings": plan.steps[0].headings = lines("Rubrik"); return (plan, "steps[0].headings")
        case "material": plan.steps[1].agenda.material = lines("Bilaga"); return (plan, "steps[1].material")
        case "owners": plan.steps[1].owners = lines("Ansvarig"); return (plan, "steps[1].owners")
        case "roles":
            plan.steps[1].roles = (0..<value).map { GroupRole(name: "Roll \($0 + 1)", task: "gör") }
            return (plan, "steps[1].roles")
        case "warnMinutes": plan.steps[1].timer!.warnMinutes = value; return (plan, "steps[1].timer.warnMinutes")
        case "criticalMinutes":
            plan.steps[1].timer!.criticalMinutes = value; return (plan, "steps[1].timer.criticalMinutes")
        case "warnPercent": plan.steps[1].timer!.warnPercent = value; return (plan, "steps[1].timer.warnPercent")
        default: return nil
        }
    }

    /// The fields of `plan` above their bound.
    static func overBounds(_ plan: Plan) -> [String] {
        var over: [String] = []
        func check(_ name: String, _ value: Int?, _ limit: Int) { if let value, value > limit { over.append(name) } }
        check("participants", plan.participants.count, PlanLimits.participants)
        check("days", plan.days.count, PlanLimits.days)
        check("steps", plan.steps.count, PlanLimits.steps)
        for step in plan.steps {
            check("groups", step.groups, PlanLimits.groups)
            check("groupSize", step.groupSize.map { Swift.max($0.min, $0.max) }, PlanLimits.groupSize)
            check("minutes", step.minutes, PlanLimits.minutes)
            check("minutesPerTurn", step.minutesPerTurn, PlanLimits.minutes)
            check("secondsPerPerson", step.secondsPerPerson, PlanLimits.secondsPerPerson)
            check("noteLimit", step.noteLimit, PlanLimits.noteLimit)
            check("lists", step.lists.count, PlanLimits.lists)
            for (name, count) in [
                ("bullets", step.bullets.count), ("prompts", step.prompts.count), ("questions", step.questions.count),
                ("headings", step.headings.count), ("material", step.agenda.material.count),
                ("owners", step.owners.count), ("roles", step.roles.count),
            ] {
                check(name, count, PlanLimits.linesPerStep)
            }
            if let timer = step.timer {
                check("warnMinutes", timer.warnMinutes, PlanLimits.minutes)
                check("criticalMinutes", timer.criticalMinutes, PlanLimits.minutes)
                check("warnPercent", timer.warnPercent, 100)
            }
            if let vote = step.vote {
                check("votesPerPerson", vote.votesPerPerson, PlanLimits.votesPerPerson)
                check("maxPerItem", vote.maxPerItem, PlanLimits.votesPerPerson)
                check("advance", vote.advance, PlanLimits.advance)
                check("ranks", vote.ranks.count, PlanLimits.lists)
            }
        }
        return over
    }

    @Test func theBasePlanIsClean() {
        #expect(PlanValidator.validate(Self.basePlan()).map(\.description) == [])
    }

    @Test(arguments: PlanLimits.all.map(\.field))
    func atTheBoundAPlanPassesAndOneOverIsNamed(field: String) throws {
        let limit = try #require(PlanLimits.all.first { $0.field == field }).limit
        guard let at = Self.setting(field, limit, in: Self.basePlan()) else {
            // Not a plan field: the points typed in for a counted vote, bounded by the reducer.
            #expect(field == "points" && Tally.maxPoints == limit)
            return
        }
        #expect(PlanValidator.validate(at.plan).map(\.description) == [], "\(field) = \(limit)")
        let over = try #require(Self.setting(field, limit + 1, in: Self.basePlan()))
        let errors = PlanValidator.validate(over.plan).map(\.description)
        #expect(
            errors.contains { $0.hasPrefix("plan.json: \(over.path): ") && $0.contains("\(limit)") },
            "\(field) = \(limit + 1) is not named with its bound: \(errors)")
    }

    /// Seeded, so a failure repeats: plans with several numbers at once set to values an attacker
    /// or a slip of the keyboard would type. None may crash the validator, and none that passes
    /// may hold a number above its bound.
    @Test func noPlanThatPassesHoldsANumberAboveItsBound() {
        let extremes = [
            -1, 0, 1, 2, 99, 100, 101, 1_000, 1_001, 1_440, 1_441, 3_600, 3_601, 10_000, 10_001,
            Int(Int32.max), 1 << 53, 1 << 62, Int.max, Int.min,
        ]
        let fields = PlanLimits.all.map(\.field).filter {
            ![
                "participants", "days", "steps", "lists", "ranks", "bullets",
                "prompts", "questions", "headings", "material", "owners", "roles", "points",
            ].contains($0)
        }
        var random = SplitMix(seed: 13)
        var passed = 0
        for _ in 0..<3_000 {
            var plan = Self.basePlan()
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let field = fields[Int(random.next() % UInt64(fields.count))]
                let value = extremes[Int(random.next() % UInt64(extremes.count))]
                plan = Self.setting(field, value, in: plan)!.plan
            }
            let errors = PlanValidator.validate(plan)
            if errors.isEmpty {
                passed += 1
                #expect(Self.overBounds(plan) == [], "passed with \(Self.overBounds(plan))")
            }
        }
        #expect(passed > 0)  // the fuzz reaches plans that pass, too
        print("PlanBoundsFuzzTests: \(passed) of 3000 random plans passed check, 0 with a number above its bound")
    }

    /// Numbers as JSON can write them: beyond Int, as exponents, fractions, negative zero. The
    /// loader says what is wrong; whatever it accepts is within bounds.
    @Test(arguments: [
        "4611686018427387904", "9223372036854775807", "9223372036854775808", "1e15", "1E400", "-0",
        "1.5", "-9223372036854775809", "100000000000000000000000000000",
    ])
    func edgeNumbersInJSONAreNamedOrBounded(number: String) throws {
        let steps = [
            "groups": #""kind": "groupwork", "minutes": 30, "prompts": ["Vad?"]"#,
            "noteLimit": #""kind": "groupwork", "minutes": 30, "prompts": ["Vad?"]"#,
            "secondsPerPerson": #""kind": "checkin", "question": "Hur mår du?""#,
            "minutesPerTurn": #""kind": "vattentrappa", "questions": ["Varför?"]"#,
        ]
        for (field, step) in steps {
            let json = """
                {"title": "Gränsdag", "language": "sv", "days": [{"title": "Dag 1"}], "participants": [],
                 "steps": [{"id": "steg", "title": "Steg", \(step), "\(field)": \(number)}]}
                """
            let errors = PlanLoader.validate(Array(json.utf8), file: "plan.json")
            if errors.isEmpty {
                let plan = try PlanLoader.load(Array(json.utf8), file: "plan.json")
                #expect(Self.overBounds(plan) == [], "\(field): \(number)")
            } else {
                #expect(errors.allSatisfy { $0.description.contains("steps[0].\(field)") }, "\(errors)")
            }
        }
    }
}

/// A small seeded generator (SplitMix64), so the fuzz is the same on every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
