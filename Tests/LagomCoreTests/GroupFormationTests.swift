import Testing

@testable import LagomCore

/// Forming groups: sizes, mixing, roles that rotate, and the smallest change when people come and go.
@Suite struct GroupFormationTests {
    static let sites = ["Norrhamn", "Storvik", "Skogsby", "Strandå"]
    static let roles = ["Samtalsledare", "Sekreterare", "Tidshållare", "Redovisare"].map {
        GroupRole(name: $0, task: "")
    }

    /// A day of `people` participants from `sites`, with two grouped steps that hand out `roles`.
    static func plan(
        people: Int, sites: [String] = sites, roles: [GroupRole] = roles, size: GroupSize = GroupSize(min: 5, max: 6)
    ) -> Plan {
        Plan(
            title: "Dag", language: .sv, days: [Day(title: "Dag 1")],
            participants: (0..<people).map { Participant(name: "Person \($0 + 1)", site: sites[$0 % sites.count]) },
            steps: [
                Step(
                    id: "a", kind: .groupwork, title: "A", start: ClockTime(hour: 9, minute: 0), minutes: 30,
                    prompts: ["P"],
                    groupSize: size, mixBy: "site", roles: roles),
                Step(
                    id: "b", kind: .groupwork, title: "B", start: ClockTime(hour: 10, minute: 0), minutes: 30,
                    prompts: ["P"],
                    groupSize: size, mixBy: "site", roles: roles),
                Step(
                    id: "c", kind: .vattentrappa, title: "C", start: ClockTime(hour: 11, minute: 0), minutes: 30,
                    roles: roles, questions: ["Q"], minutesPerTurn: 5, groupsFrom: "a"),
            ])
    }

    static func commit(_ session: inout Session, _ changes: [Change]) throws {
        let tx = "t\(session.eventCount)"
        try session.append(
            changes.enumerated().map {
                Event(
                    id: "\(tx)-\($0.offset)", tx: tx, at: WallTime(milliseconds: Int64(session.eventCount) * 1000),
                    by: .facilitator, change: $0.element)
            })
    }

    static func form(_ session: inout Session, _ step: StepID, seed: Int = 1) throws -> [[GroupMember]] {
        try commit(&session, try GroupAction.form(step: step, seed: seed).changes(in: session))
        return session.state.people.groups[step]!.groups
    }

    /// Every property the issue asks of one step's groups.
    static func expectSound(
        _ groups: [[GroupMember]], here: [Participant], sizes: ClosedRange<Int>?, minSites: Int?,
        roles: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let names = groups.flatMap { $0.map(\.name) }
        #expect(names.count == Set(names).count, "someone is in two groups", sourceLocation: sourceLocation)
        #expect(
            Set(names) == Set(here.map(\.name)), "the groups are not exactly the people here",
            sourceLocation: sourceLocation)
        let counts = groups.map(\.count)
        #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "sizes \(counts)", sourceLocation: sourceLocation)
        if let sizes {
            #expect(
                counts.allSatisfy(sizes.contains), "sizes \(counts) outside \(sizes)", sourceLocation: sourceLocation)
        }
        let site = Dictionary(uniqueKeysWithValues: here.map { ($0.name, $0.site) })
        if let minSites {
            for group in groups {
                #expect(Set(group.map { site[$0.name]! }).count >= minSites, "\(group)", sourceLocation: sourceLocation)
            }
        }
        for group in groups {
            let held = group.compactMap(\.role)
            #expect(held.count == Set(held).count, "a role twice in \(group)", sourceLocation: sourceLocation)
            #expect(
                held.count == min(roles.count, group.count), "roles missing in \(group)", sourceLocation: sourceLocation
            )
        }
    }

    /// Nobody holds a role twice over the day while someone (here on both steps) has not held it.
    static func expectRotation(_ steps: [[[GroupMember]]], sourceLocation: SourceLocation = #_sourceLocation) {
        var held: [String: [String: Int]] = [:]
        var everyone: Set<String> = []
        for groups in steps {
            for member in groups.joined() {
                everyone.insert(member.name)
                if let role = member.role { held[member.name, default: [:]][role, default: 0] += 1 }
            }
        }
        let roles = Set(held.values.flatMap(\.keys))
        for role in roles {
            let twice = held.filter { ($0.value[role] ?? 0) >= 2 }.map(\.key)
            let never = everyone.filter { (held[$0]?[role] ?? 0) == 0 }
            #expect(
                twice.isEmpty || never.isEmpty, "\(twice) hold \(role) twice while \(never.count) never did",
                sourceLocation: sourceLocation)
        }
    }

    @Test func theSampleWithThreeAbsent() throws {
        let plan = try PlanLoader.load(try SampleSessions.bytes("planeringsdagar-2024", "plan.json"), file: "plan.json")
        var session = Session(plan: plan)
        for name in ["Vera Wahlgren", "Ida Grönlund", "Erik Dahlström"] {
            try Self.commit(
                &session, try AttendanceAction.mark(person: name, .absent(reason: "sjuk")).changes(in: session))
        }
        let step = try #require(plan.step("enkat-grupparbete"))
        let here = Roster(plan: plan, state: session.state).here(for: step)
        #expect(here.count == plan.participants.count - 3)
        let groups = try Self.form(&session, "enkat-grupparbete", seed: 7)
        Self.expectSound(groups, here: here, sizes: 5...6, minSites: 3, roles: step.roles.map(\.name))
        // Over the day's grouped steps that hand out roles, the roles rotate.
        var day: [[[GroupMember]]] = [groups]
        for later in plan.steps where later.day == 1 && later.formsGroups && later.id != step.id {
            day.append(try Self.form(&session, later.id, seed: 7))
        }
        Self.expectRotation(day)
    }

    @Test(arguments: [41, 43, 44, 7, 2, 1])
    func oddNumbersOfPeople(_ count: Int) throws {
        var session = Session(plan: Self.plan(people: count))
        let here = session.plan.participants
        let a = try Self.form(&session, "a")
        let sizes: ClosedRange<Int>? = count >= 10 ? 5...6 : nil
        Self.expectSound(a, here: here, sizes: sizes, minSites: count >= 10 ? 4 : nil, roles: Self.roles.map(\.name))
        if count == 7 { #expect(a.map(\.count) == [7]) }  // one group of seven fits 5–6 better than 4 + 3
        if count == 2 { #expect(a.map(\.count) == [2]) }
        let b = try Self.form(&session, "b")
        let c = try Self.form(&session, "c")
        Self.expectSound(c, here: here, sizes: nil, minSites: nil, roles: Self.roles.map(\.name))
        Self.expectRotation([a, b, c])
        // Kept groups: the same people together.
        #expect(c.map { Set($0.map(\.name)) } == a.map { Set($0.map(\.name)) })
    }

    @Test func oneSiteOnlyAndMoreRolesThanPeople() throws {
        var oneSite = Session(plan: Self.plan(people: 12, sites: ["Norrhamn"]))
        let groups = try Self.form(&oneSite, "a")
        Self.expectSound(
            groups, here: oneSite.plan.participants, sizes: 6...6, minSites: 1, roles: Self.roles.map(\.name))

        let many = (1...6).map { GroupRole(name: "Roll \($0)", task: "") }
        var few = Session(plan: Self.plan(people: 3, roles: many, size: GroupSize(min: 3, max: 3)))
        let small = try Self.form(&few, "a")
        #expect(small.count == 1)
        #expect(small[0].compactMap(\.role) == ["Roll 1", "Roll 2", "Roll 3"])
    }

    @Test func theSameSeedGivesTheSameGroupsAndANewSeedOthers() throws {
        var one = Session(plan: Self.plan(people: 41))
        var two = Session(plan: Self.plan(people: 41))
        let first = try Self.form(&one, "a", seed: 5)
        #expect(try Self.form(&two, "a", seed: 5) == first)
        #expect(try Self.form(&two, "a", seed: 6) != first)
    }

    @Test func aLateArrivalAndALeaverChangeOneGroupEach() throws {
        var plan = Self.plan(people: 41)
        plan.participants[40].attendance = Attendance(status: .late, arrives: ClockTime(hour: 9, minute: 40))
        var session = Session(plan: plan)
        let before = try Self.form(&session, "a")
        #expect(before.joined().contains { $0.name == "Person 41" } == false)
        try Self.commit(&session, try AttendanceAction.mark(person: "Person 41", .present).changes(in: session))
        let after = session.state.people.groups["a"]!.groups
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first.map { $1.dropLast() == $0[...] } == true)  // the others stay as they were
        #expect(after.map(\.count).max()! - after.map(\.count).min()! <= 1)

        // A leaver: out of the group, and their role passes to someone in it.
        let holder = try #require(after[0].first { $0.role == "Sekreterare" })
        try Self.commit(
            &session, try AttendanceAction.mark(person: holder.name, .absent(reason: nil)).changes(in: session))
        let left = session.state.people.groups["a"]!.groups
        #expect(!left[0].contains { $0.name == holder.name })
        #expect(left[0].filter { $0.role == "Sekreterare" }.count == 1)
        #expect(Array(left[1...]) == Array(after[1...]))
    }

    @Test func moveSwapLockAndReshuffle() throws {
        var session = Session(plan: Self.plan(people: 24))
        let groups = try Self.form(&session, "a")
        let mover = groups[0].last!.name
        try Self.commit(&session, try GroupAction.move(step: "a", person: mover, to: 2).changes(in: session))
        #expect(session.state.people.groups["a"]!.group(of: mover) == 2)
        let (x, y) = (groups[2][0], groups[3][0])
        try Self.commit(&session, try GroupAction.swap(step: "a", x.name, y.name).changes(in: session))
        let swapped = session.state.people.groups["a"]!
        #expect(swapped.group(of: x.name) == 4 && swapped.member(x.name)?.role == y.role)
        try Self.commit(&session, try GroupAction.lock(step: "a", group: 3, locked: true).changes(in: session))
        let locked = session.state.people.groups["a"]!.groups[2]
        let reshuffled = try Self.form(&session, "a", seed: 99)
        #expect(Set(reshuffled[2].map(\.name)) == Set(locked.map(\.name)))
        #expect(throws: Refusal.people(.groupLocked(3))) {
            try GroupAction.move(step: "a", person: locked[0].name, to: 1).changes(in: session)
        }
    }
}
