import Testing

@testable import LagomCore

/// A check-in round walks the people here: the absent skipped, a pass comes back at the end, a late
/// arrival is taken in, the remote are marked; in the order the facilitator picks.
@Suite struct CheckinRoundTests {
    static let plan = try! PlanLoader.load(
        Array(
            """
            {"title": "Dag", "language": "sv", "days": [{"title": "Dag 1"}],
             "participants": [
               {"name": "Alva Berg", "site": "Norr"},
               {"name": "Bo Ek", "site": "Söder", "attendance": "absent", "reason": "sjuk"},
               {"name": "Cilla Dahl", "site": "Norr", "attendance": "remote"},
               {"name": "Dan Frö", "site": "Väster", "arrives": "09.40"},
               {"name": "Eva Gran", "site": "Söder"},
               {"name": "Frej Hed", "site": "Väster"}],
             "steps": [
               {"id": "in", "kind": "checkin", "title": "Incheckning", "question": "Hur mår du?",
                "secondsPerPerson": 60, "minutes": 10},
               {"id": "enhet", "kind": "checkin", "title": "Status", "headings": ["Gjort"], "roundBy": "site"},
               {"id": "info", "kind": "info", "title": "Info"},
               {"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "prompts": ["Vad?"], "minutes": 20,
                "groups": 2},
               {"id": "ut", "kind": "checkin", "title": "Utcheckning", "question": "Vad tar du med dig?",
                "roundOrder": "group"}]}
            """.utf8), file: "plan.json")

    var session = Session(plan: Self.plan)
    var clock: Int64 = 0

    mutating func perform(_ intent: Intent) throws(Refusal) {
        var ids: any IDSource = SeededIDSource(seed: 1)
        let changes = try intent.changes(in: session, at: now, utcOffsetSeconds: 0, ids: &ids)
        append(changes)
    }

    mutating func append(_ changes: [Change]) {
        clock += 1
        let tx = "t\(clock)"
        try! session.append(
            changes.enumerated().map {
                Event(id: "\(tx)-\($0.offset)", tx: tx, at: now, by: .facilitator, change: $0.element)
            })
    }

    var now: WallTime { WallTime(milliseconds: clock * 1000) }

    /// Calls the next speaker and says who has the word.
    mutating func next(_ step: StepID = "in") throws(Refusal) -> String? {
        try perform(.round(.nextSpeaker(step)))
        return session.state.people.rounds[step]?.current
    }

    mutating func mark(_ name: String, _ mark: Attendance.Mark) throws {
        append(try AttendanceAction.mark(person: name, mark).changes(in: session))
    }

    var queue: CheckinQueue { CheckinQueue(step: Self.plan.step("in")!, session: session) }

    @Test mutating func theAbsentAreSkippedAndTheRemoteMarked() throws {
        #expect(queue.upcoming == ["Alva Berg", "Cilla Dahl", "Eva Gran", "Frej Hed"])
        #expect(queue.isRemote("Cilla Dahl"))
        #expect(!queue.isRemote("Alva Berg"))
        #expect(queue.expected.map(\.name) == ["Dan Frö"])
        #expect(try next() == "Alva Berg")
        #expect(try next() == "Cilla Dahl")
        #expect(try next() == "Eva Gran")
        #expect(try next() == "Frej Hed")
        #expect(try next() == nil)
        #expect(queue.isOver)
        #expect(session.state.people.rounds["in"]?.spoken == ["Alva Berg", "Cilla Dahl", "Eva Gran", "Frej Hed"])
        #expect(throws: Refusal.people(.nobodyToCall("in"))) { try next() }
    }

    @Test mutating func aPassedPersonComesBackAtTheEnd() throws {
        #expect(try next() == "Alva Berg")
        try perform(.round(.pass("in")))
        // The pass hands the word on at once.
        #expect(session.state.people.rounds["in"]?.current == "Cilla Dahl")
        #expect(queue.upcoming == ["Eva Gran", "Frej Hed", "Alva Berg"])
        #expect(try next() == "Eva Gran")
        #expect(try next() == "Frej Hed")
        #expect(try next() == "Alva Berg")
        #expect(try next() == nil)
        #expect(throws: Refusal.people(.nobodySpeaking("in"))) { try perform(.round(.pass("in"))) }
    }

    @Test mutating func theLastOneLeftWhoPassesIsCalledOnTheNextKey() throws {
        for _ in 0..<4 { _ = try next() }
        try perform(.round(.pass("in")))
        #expect(session.state.people.rounds["in"]?.current == nil)
        #expect(queue.upcoming == ["Frej Hed"])
        #expect(!queue.isOver)
        #expect(try next() == "Frej Hed")
    }

    @Test mutating func aLateArrivalIsTakenInAfterThoseStillToSpeak() throws {
        #expect(try next() == "Alva Berg")
        #expect(try next() == "Cilla Dahl")
        try perform(.round(.pass("in")))
        #expect(try next() == "Frej Hed")
        // Dan's place (before Eva) has passed: he speaks after those still to come, before who passed.
        try mark("Dan", .present)
        #expect(queue.upcoming == ["Dan Frö", "Cilla Dahl"])
        #expect(try next() == "Dan Frö")
        #expect(try next() == "Cilla Dahl")
        #expect(try next() == nil)
        // Someone who comes after the round is over is still called in.
        try mark("Bo Ek", .present)
        #expect(try next() == "Bo Ek")
        #expect(try next() == nil)
    }

    @Test mutating func someoneMarkedAbsentDropsOutOfTheRound() throws {
        #expect(try next() == "Alva Berg")
        try mark("Eva Gran", .absent(reason: nil))
        #expect(queue.upcoming == ["Cilla Dahl", "Frej Hed"])
    }

    @Test mutating func theFacilitatorPicksTheOrder() throws {
        try perform(.round(.order("in", .site, seed: 1)))
        #expect(queue.upcoming == ["Alva Berg", "Cilla Dahl", "Eva Gran", "Frej Hed"])
        try mark("Dan", .present)
        #expect(queue.upcoming == ["Alva Berg", "Cilla Dahl", "Eva Gran", "Dan Frö", "Frej Hed"])
        try perform(.round(.order("in", .shuffled, seed: 3)))
        let shuffled = queue.upcoming
        #expect(Set(shuffled) == ["Alva Berg", "Cilla Dahl", "Dan Frö", "Eva Gran", "Frej Hed"])
        // A late arrival slots in without moving anyone else.
        try mark("Bo Ek", .present)
        #expect(queue.upcoming.filter { $0 != "Bo Ek" } == shuffled)
        // The same seed gives the same order; another seed, for these names, another.
        try perform(.round(.order("in", .shuffled, seed: 3)))
        #expect(queue.upcoming.filter { $0 != "Bo Ek" } == shuffled)
        let others = (4..<12).map { seed in
            CheckinQueue.arranged(
                Self.plan.participants, order: .shuffled, before: Self.plan.step("in")!, seed: seed,
                state: session.state, plan: Self.plan
            ).map(\.name)
        }
        #expect(Set(others).count > 1)
        // A new order starts the round over.
        #expect(try next() == queue.order.first?.name)
        try perform(.round(.order("in", .listed, seed: 0)))
        #expect(session.state.people.rounds["in"]?.spoken == [])
    }

    @Test mutating func aRoundByGroupFollowsTheGroupsFormedBeforeIt() throws {
        let step = Self.plan.step("ut")!
        append([
            .groupsFormed(
                step: "grupp", seed: 1,
                groups: [
                    [GroupMember(name: "Frej Hed"), GroupMember(name: "Alva Berg")],
                    [GroupMember(name: "Eva Gran"), GroupMember(name: "Cilla Dahl")],
                ])
        ])
        #expect(
            CheckinQueue(step: step, session: session).upcoming == ["Frej Hed", "Alva Berg", "Eva Gran", "Cilla Dahl"])
        // A late arrival is placed in a group (the smallest change), and speaks with it.
        try mark("Dan", .present)
        let groups = try #require(session.state.people.groups["grupp"]).groups
        #expect(groups.flatMap { $0 }.contains { $0.name == "Dan Frö" })
        #expect(CheckinQueue(step: step, session: session).upcoming == groups.flatMap { $0.map(\.name) })
        // Someone in no group (a guest come after the groups were formed, for a step already done)
        // speaks after the groups.
        append([.guestAdded(person: "Gun Is", site: "Norr")])
        #expect(CheckinQueue(step: step, session: session).upcoming.last == "Gun Is")
    }

    @Test mutating func aStatusRoundHasOneSpeakerPerUnitThePresentOne() throws {
        let step = Self.plan.step("enhet")!
        var queue = CheckinQueue(step: step, session: session)
        // Söder's Bo is away: Eva speaks for Söder; Väster's Dan is not here yet: Frej.
        // The units keep the plan's order (Norr, Söder, Väster) whoever is here.
        #expect(queue.upcoming == ["Alva Berg", "Eva Gran", "Frej Hed"])
        #expect(queue.unit(of: "Eva Gran") == "Söder")
        #expect(try next("enhet") == "Alva Berg")
        try mark("Dan", .present)
        queue = CheckinQueue(step: step, session: session)
        #expect(queue.upcoming == ["Eva Gran", "Dan Frö"])
        #expect(try next("enhet") == "Eva Gran")
        #expect(try next("enhet") == "Dan Frö")
        // Väster has spoken: Frej is not called too.
        #expect(try next("enhet") == nil)
    }

    @Test mutating func anOlderLogsSpeakerByPlaceIsReadAsTheName() throws {
        append([.speakerChanged(step: "in", index: 2)])
        #expect(session.state.people.rounds["in"]?.current == "Cilla Dahl")
        #expect(try next() == "Eva Gran")
        append([.speakerChanged(step: "in", index: -1)])
        #expect(session.state.people.rounds["in"]?.ended == true)
    }

    @Test mutating func onlyACheckinHasARound() throws {
        #expect(throws: Refusal.people(.notACheckin("info"))) { try next("info") }
        #expect(throws: Refusal.unknownStep("nej")) { try next("nej") }
    }
}
