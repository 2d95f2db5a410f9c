import Testing

@testable import LagomCore

/// A break the plan gives only a return time ("Lunch, åter 13.00") counts down to it, and once a
/// countdown runs, "back at" follows it rather than the plan (QA: a lunch never got a countdown,
/// and a late-running day was told a return time hours past).
@Suite struct ReturnTimeTests {
    // 2024-12-03 12:02:30 in Stockholm (UTC+1).
    let now = WallTime(seconds: 1_733_223_750)
    let stockholm = 3600
    let lunch: Step = {
        var step = Step(id: "lunch", kind: .break, title: "Lunch", start: ClockTime(hour: 12, minute: 0))
        step.returnAt = ClockTime(hour: 13, minute: 0)
        return step
    }()

    var session: Session {
        var s = Session(
            plan: Plan(
                title: "Dag", language: .sv, days: [Day(title: "Dag 1")], participants: Fixtures.participants,
                steps: [lunch]))
        try? s.append([Event(id: "e0", tx: "e0", at: now, by: .facilitator, change: .stepEntered(step: "lunch"))])
        return s
    }

    @Test func aBreakWithOnlyAReturnTimeCountsDownToIt() throws {
        #expect(lunch.countdownSeconds == nil)
        #expect(lunch.countdownSeconds(at: now, utcOffsetSeconds: stockholm) == 57 * 60 + 30)
        let started = try TimerAction.start(seconds: nil).changes(
            for: TimerKey(step: "lunch"), in: session, at: now,
            utcOffsetSeconds: stockholm)
        #expect(started == [.timerStarted(timer: TimerKey(step: "lunch"), seconds: 3450)])
        #expect(
            try AgendaAction.start.changes(in: session, at: now, utcOffsetSeconds: stockholm)
                == [.stepStarted(step: "lunch"), .timerStarted(timer: TimerKey(step: "lunch"), seconds: 3450)])
        // The deadline lands on 13.00 itself, never a moment past it, so the room reads "åter 13.00".
        var s = session
        try s.append([Event(id: "e1", tx: "e1", at: now, by: .facilitator, change: started[0])])
        let timer = try #require(s.state.timers[TimerKey(step: "lunch")])
        #expect(
            TimeOfDay.backAt(step: lunch, timer: timer, now: now, utcOffsetSeconds: stockholm)
                == ClockTime(hour: 13, minute: 0))
    }

    @Test func afterTheReturnTimeAStartSaysSoAndHowToGiveMinutes() {
        let late = now + 60 * 60_000  // 13:02:30
        #expect(lunch.countdownSeconds(at: late, utcOffsetSeconds: stockholm) == nil)
        #expect(throws: Refusal.returnTimePassed(step: "lunch", ClockTime(hour: 13, minute: 0))) {
            try TimerAction.start(seconds: nil).changes(
                for: TimerKey(step: "lunch"), in: session, at: late, utcOffsetSeconds: stockholm)
        }
        #expect(
            Refusal.returnTimePassed(step: "lunch", ClockTime(hour: 13, minute: 0)).message(.sv) { _ in nil }
                .contains("varar till 13.00, och den tiden har redan passerat"))
    }

    @Test func aRunningCountdownDecidesBackAtNotThePlan() throws {
        var s = session
        // Ten minutes at 16:37: the plan's 13.00 is long gone.
        let afternoon = now + (4 * 60 + 35) * 60_000
        try s.append([
            Event(
                id: "e1", tx: "e1", at: afternoon, by: .facilitator,
                change: .timerStarted(timer: TimerKey(step: "lunch"), seconds: 600))
        ])
        let timer = try #require(s.state.timers[TimerKey(step: "lunch")])
        #expect(
            TimeOfDay.backAt(step: lunch, timer: timer, now: afternoon, utcOffsetSeconds: stockholm)
                == ClockTime(hour: 16, minute: 48))
        #expect(
            TimeOfDay.backAt(step: lunch, timer: nil, now: afternoon, utcOffsetSeconds: stockholm)
                == ClockTime(hour: 13, minute: 0))
    }
}
