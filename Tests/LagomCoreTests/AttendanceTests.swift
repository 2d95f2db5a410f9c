import Foundation
import Testing

@testable import LagomCore

/// Attendance: what the plan says beforehand, marks on the day, guests, and who counts as here.
@Suite struct AttendanceTests {
    static let plan = try! PlanLoader.load(
        Array(
            """
            {"title": "Dag", "language": "sv", "days": [{"title": "Dag 1"}],
             "participants": [
               {"name": "Hedda Vik", "site": "Norr", "enhet": "Barn"},
               {"name": "Ivar Lund", "site": "Söder", "attendance": "absent", "reason": "kurs"},
               {"name": "Jonna Ek", "site": "Norr", "arrives": "09.40"},
               {"name": "Kalle Ås", "site": "Söder", "leaves": "11.00"}],
             "steps": [
               {"id": "a", "kind": "info", "title": "A", "start": "09.00"},
               {"id": "b", "kind": "info", "title": "B", "start": "10.00"},
               {"id": "c", "kind": "info", "title": "C", "start": "11.20"}]}
            """.utf8), file: "plan.json")

    func commit(_ session: inout Session, _ action: AttendanceAction, at seconds: Int64 = 0) throws {
        let changes = try action.changes(in: session)
        let tx = "t\(session.eventCount)"
        try session.append(
            changes.enumerated().map {
                Event(
                    id: "\(tx)-\($0.offset)", tx: tx, at: WallTime(milliseconds: seconds * 1000), by: .facilitator,
                    change: $0.element)
            })
    }

    @Test func thePlanSaysWhatIsKnownBeforehand() throws {
        let roster = Roster(plan: Self.plan, state: SessionState())
        #expect(roster.attendance(of: "Hedda Vik") == .present)
        #expect(roster.attendance(of: "Ivar Lund") == Attendance(status: .absent, reason: "kurs"))
        #expect(roster.attendance(of: "Jonna Ek") == Attendance(status: .late, arrives: ClockTime(hour: 9, minute: 40)))
        #expect(Self.plan.participants[0].value(of: "enhet") == "Barn")
        // Who counts at each step's start: the late one from her time, the early leaver until his.
        let names = { (step: String) in roster.here(for: Self.plan.step(StepID(step))!).map(\.name) }
        #expect(names("a") == ["Hedda Vik", "Kalle Ås"])
        #expect(names("b") == ["Hedda Vik", "Jonna Ek", "Kalle Ås"])
        #expect(names("c") == ["Hedda Vik", "Jonna Ek"])
        #expect(roster.here().map(\.name) == ["Hedda Vik", "Kalle Ås"])
    }

    @Test func marksOnTheDayReplaceThePlans() throws {
        var session = Session(plan: Self.plan)
        try commit(&session, .mark(person: "jonna", .present))
        try commit(&session, .mark(person: "Hedda Vik", .absent(reason: "sjuk")))
        try commit(&session, .mark(person: "ivar", .remote))
        try commit(&session, .mark(person: "Kalle Ås", .leaves(nil)))
        let roster = Roster(plan: Self.plan, state: session.state)
        #expect(roster.here().map(\.name) == ["Ivar Lund", "Jonna Ek", "Kalle Ås"])
        #expect(roster.attendance(of: "Hedda Vik").reason == "sjuk")
        #expect(roster.attendance(of: "Kalle Ås").leaves == nil)
        // The same mark twice is refused, and says so.
        #expect(throws: Refusal.people(.attendanceUnchanged("Ivar Lund"))) {
            try commit(&session, .mark(person: "Ivar Lund", .remote))
        }
    }

    @Test func unknownAndAmbiguousNamesAreRefusedWithAHint() throws {
        var session = Session(plan: Self.plan)
        #expect(throws: Refusal.people(.unknownPerson("Hedda Vikk", suggestion: "Hedda Vik"))) {
            try commit(&session, .mark(person: "Hedda Vikk", .present))
        }
        #expect(
            Refusal.people(.unknownPerson("X", suggestion: nil)).message(.sv) == "\"X\" finns inte bland deltagarna")
    }

    @Test func guestsJoinPresentAndNamesStayUnique() throws {
        var session = Session(plan: Self.plan)
        try commit(&session, .addGuest(name: "Maja Öst", site: "Gäst"))
        let roster = Roster(plan: Self.plan, state: session.state)
        #expect(roster.everyone.last?.name == "Maja Öst")
        #expect(roster.isGuest("Maja Öst"))
        #expect(roster.attendance(of: "Maja Öst") == .present)
        #expect(throws: Refusal.people(.nameTaken("Hedda Vik"))) {
            try commit(&session, .addGuest(name: "Hedda Vik", site: "x"))
        }
        #expect(throws: Refusal.people(.emptyName)) { try commit(&session, .addGuest(name: "  ", site: "x")) }
    }

    @Test func theExportCarriesAttendanceAndThePlansFields() throws {
        var session = Session(plan: Self.plan)
        try commit(&session, .mark(person: "Hedda Vik", .late(ClockTime(hour: 10, minute: 5))))
        let data = try JSONEncoder().encode(ExportDocument(session: session, now: WallTime(milliseconds: 0)))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let people = try #require(json["participants"] as? [[String: Any]])
        #expect(people.count == 4)
        #expect(people[0]["enhet"] as? String == "Barn")
        let hedda = try #require(people[0]["attendance"] as? [String: Any])
        #expect(hedda["status"] as? String == "late")
        #expect(hedda["arrives"] as? String == "10:05")
        #expect(hedda["reason"] is NSNull)
        #expect((people[1]["attendance"] as? [String: Any])?["reason"] as? String == "kurs")
    }

    @Test func thePlanIsCheckedForAttendanceThatContradictsItself() throws {
        let problems = PlanLoader.validate(
            Array(
                """
                {"title": "Dag", "language": "sv", "days": [{"title": "Dag 1"}],
                 "participants": [{"name": "A", "site": "N", "reason": "kurs"},
                                  {"name": "B", "site": "N", "attendance": "late"},
                                  {"name": "C", "site": "N", "attendance": "borta"},
                                  {"name": "D", "site": "N", "enhet": 3}],
                 "steps": [{"id": "a", "kind": "info", "title": "A"}]}
                """.utf8), file: "plan.json"
        ).map(\.description)
        #expect(problems.contains { $0.contains("participants[2].attendance: unknown attendance \"borta\"") })
        #expect(problems.contains { $0.contains("participants[3].enhet: expected a string") })
    }
}
