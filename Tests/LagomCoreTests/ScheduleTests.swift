import Testing

@testable import LagomCore

@Suite struct ScheduleTests {
    static let plan = Plan(
        title: "Dag", language: .sv, days: [Day(title: "Dag 1"), Day(title: "Dag 2")],
        participants: Fixtures.participants,
        steps: [
            Step(id: "a", kind: .info, title: "Välkommen", start: ClockTime(hour: 9, minute: 0), minutes: 15),
            Step(id: "b", kind: .groupwork, title: "Grupparbete", minutes: 30, prompts: ["?"]),
            Step(id: "c", kind: .break, title: "Fika", minutes: 20),
            Step(id: "d", kind: .info, title: "Dag 2", day: 2, start: ClockTime(hour: 8, minute: 30), minutes: 10),
        ])
    // 09:00 local in a zone one hour ahead of UTC.
    static let nine = WallTime(seconds: 1_733_212_800)
    static let offset = 3600

    @Test func plannedTimesFollowOnUntilTheNextFixedOneAndRestartEachDay() {
        let schedule = Schedule(plan: Self.plan, state: SessionState())
        #expect(schedule.rows.map { $0.plannedStart?.description } == ["09:00", "09:15", "09:45", "08:30"])
        #expect(schedule.rows(day: 2).map(\.step.id) == ["d"])
    }

    @Test func aBreakWithOnlyAReturnTimeLastsUntilThen() {
        var lunch = Step(id: "lunch", kind: .break, title: "Lunch", start: ClockTime(hour: 12, minute: 0))
        lunch.returnAt = ClockTime(hour: 13, minute: 0)
        let plan = Plan(
            title: "Dag", language: .sv, days: [Day(title: "Dag 1")], participants: Fixtures.participants,
            steps: [lunch, Step(id: "after", kind: .info, title: "Efter lunch", minutes: 10)])
        let schedule = Schedule(plan: plan, state: SessionState())
        #expect(schedule.rows.map(\.plannedMinutes) == [60, 10])
        #expect(schedule.rows.map { $0.plannedStart?.description } == ["12:00", "13:00"])
    }

    @Test func aLateStartIsBehindARunOverIsBehindAnEarlyFinishIsAhead() throws {
        var session = Session(plan: Self.plan)
        let start = Self.nine + 5 * 60_000
        try session.append([
            Event(id: "1", tx: "1", at: start, by: .facilitator, change: .stepEntered(step: "a")),
            Event(id: "2", tx: "2", at: start, by: .facilitator, change: .stepStarted(step: "a")),
        ])
        let schedule = Schedule(plan: Self.plan, state: session.state)
        #expect(
            schedule.delayMinutes(current: "a", state: session.state, now: start, utcOffsetSeconds: Self.offset) == 5)
        let late = Self.nine + 25 * 60_000
        #expect(
            schedule.delayMinutes(current: "a", state: session.state, now: late, utcOffsetSeconds: Self.offset) == 10)
        try session.append([
            Event(id: "3", tx: "3", at: Self.nine + 12 * 60_000, by: .facilitator, change: .stepCompleted(step: "a"))
        ])
        #expect(
            Schedule(plan: Self.plan, state: session.state)
                .delayMinutes(current: "a", state: session.state, now: late, utcOffsetSeconds: Self.offset) == -3)
    }

    @Test func noDelayIsShownOnAnotherDayThanThePlanned() throws {
        let dated = Plan(
            title: "Dag", language: .sv, days: [Day(title: "Dag 1", date: "2024-12-03")],
            participants: [],
            steps: [Step(id: "a", kind: .info, title: "A", start: ClockTime(hour: 9, minute: 0), minutes: 15)])
        let schedule = Schedule(plan: dated, state: SessionState())
        #expect(
            schedule.delayMinutes(
                current: "a", state: SessionState(), now: Self.nine + 600_000, utcOffsetSeconds: Self.offset,
                days: dated.days) == 10)
        let nextYear = Self.nine + 365 * 86_400_000
        #expect(
            schedule.delayMinutes(
                current: "a", state: SessionState(), now: nextYear, utcOffsetSeconds: Self.offset, days: dated.days)
                == nil)
        #expect(TimeOfDay.isoDate(of: Self.nine, utcOffsetSeconds: Self.offset) == "2024-12-03")
        #expect(TimeOfDay.isoDate(of: WallTime(seconds: 951_782_400), utcOffsetSeconds: 0) == "2000-02-29")
    }

    /// One answer for every pane: a running countdown's end, else the plan's return time, else
    /// nothing (QA: the timekeeper said 17.29 while the projector said the plan's 11.20).
    @Test func backAtIsTheRunningCountdownsEndThenThePlansTime() {
        let fika = Step(id: "c", kind: .break, title: "Fika", minutes: 20)
        #expect(
            TimeOfDay.backAt(step: fika, timer: nil, now: Self.nine, utcOffsetSeconds: Self.offset) == nil,
            "not started: no end yet")
        var fixed = fika
        fixed.returnAt = ClockTime(hour: 11, minute: 20)
        #expect(
            TimeOfDay.backAt(step: fixed, timer: nil, now: Self.nine, utcOffsetSeconds: Self.offset)?.description
                == "11:20")
        let timer = TimerState(
            phase: .running(deadline: Self.nine + 14 * 60_000 + 30_000), total: 0, planned: 0, startedAt: Self.nine)
        #expect(
            TimeOfDay.backAt(step: fika, timer: timer, now: Self.nine, utcOffsetSeconds: Self.offset)?.description
                == "09:15")
        #expect(
            TimeOfDay.backAt(step: fixed, timer: timer, now: Self.nine, utcOffsetSeconds: Self.offset)?.description
                == "09:15",
            "a running countdown wins over the plan")
        let paused = TimerState(phase: .paused(remaining: 60_000), total: 0, planned: 0, startedAt: Self.nine)
        #expect(
            TimeOfDay.backAt(step: fixed, timer: paused, now: Self.nine, utcOffsetSeconds: Self.offset)?.description
                == "11:20")
    }
}
