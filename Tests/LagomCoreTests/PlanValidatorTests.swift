import Testing

@testable import LagomCore

/// The validator also checks plans built in code, without positions.
@Suite struct PlanValidatorTests {
    static func plan(steps: [Step]) -> Plan {
        Plan(
            title: "Test", language: .sv, days: [Day(title: "Dag 1")],
            participants: [Participant(name: "Ylva Strand", site: "Skogsby")], steps: steps)
    }

    @Test func cleanPlanHasNoErrors() {
        let steps = [
            Step(id: "gw", kind: .groupwork, title: "Grupparbete", minutes: 20, prompts: ["Vad?"]),
            Step(
                id: "rost", kind: .vote, title: "Röstning",
                vote: VoteSpec(ranks: [ListRef(step: "gw")], votesPerPerson: 3, mode: .ballots)),
        ]
        #expect(PlanValidator.validate(Self.plan(steps: steps)) == [])
    }

    @Test func errorsWithoutSourceHaveNoPosition() {
        let steps = [
            Step(id: "a", kind: .info, title: "Info"),
            Step(id: "a", kind: .break, title: "Paus"),
            Step(id: "7", kind: .vattentrappa, title: "Trappa", questions: ["Fråga?"]),
        ]
        #expect(
            PlanValidator.validate(Self.plan(steps: steps)).map(\.description) == [
                "plan.json: steps[1].id: duplicate step id \"a\" (first at steps[0].id)",
                "plan.json: steps[1]: a break step needs \"minutes\" or \"returnAt\"",
                "plan.json: steps[2].id: step id \"7\" must not be only digits (numbers mean step positions)",
                "plan.json: steps[2]: a vattentrappa step needs \"minutesPerTurn\"",
            ])
    }

    @Test func referencesNeedAListThatExists() {
        let steps = [
            Step(id: "info", kind: .info, title: "Info"),
            Step(id: "gw", kind: .groupwork, title: "Grupparbete", minutes: 20, lists: ["Krav"], prompts: ["Vad?"]),
            Step(
                id: "res", kind: .groupwork, title: "Resurser", minutes: 20, lists: ["Resurser"], prompts: ["Vad?"],
                parentList: ListRef(step: "gw")),
            Step(
                id: "rost", kind: .vote, title: "Röstning",
                vote: VoteSpec(ranks: [ListRef(step: "info")], votesPerPerson: 3, maxPerItem: 0, mode: .tally)),
        ]
        #expect(
            PlanValidator.validate(Self.plan(steps: steps)).map(\.description) == [
                "plan.json: steps[2].parentList: missing \"list\": step \"gw\" has lists \"Krav\"; name one",
                "plan.json: steps[3].vote.ranks[0].step: step \"info\" collects no notes (an info step without \"lists\")",
                "plan.json: steps[3].vote.maxPerItem: must be at least 1, found 0",
            ])
    }

    @Test func stepsStayInDayAndClockOrder() {
        var plan = Self.plan(steps: [
            Step(id: "b", kind: .info, title: "B", day: 2, start: ClockTime(hour: 9, minute: 0)),
            Step(id: "a", kind: .info, title: "A", day: 1),
            Step(
                id: "c", kind: .info, title: "C", day: 2, start: ClockTime(hour: 8, minute: 30),
                returnAt: ClockTime(hour: 8, minute: 0)),
        ])
        plan.days.append(Day(title: "Dag 2", date: "2024-02-30"))
        #expect(
            PlanValidator.validate(plan).map(\.description) == [
                "plan.json: days[1].date: expected a date like \"2024-12-03\", found \"2024-02-30\"",
                "plan.json: steps[1].day: day 1 comes after a step on day 2; keep the steps in day order",
                "plan.json: steps[2].start: 08:30 is before the start of steps[0] (09:00) on the same day",
                "plan.json: steps[2].returnAt: 08:00 is not after the start 08:30",
            ])
    }
    @Test func countdownsAndTheirWarningsStayWithinADay() {
        let steps = [
            Step(
                id: "trappa", kind: .vattentrappa, title: "Trappa", minutes: 45, questions: ["Fråga?"],
                minutesPerTurn: 99_999),
            Step(
                id: "paus", kind: .break, title: "Paus", minutes: 20,
                timer: TimerSpec(warnMinutes: 2000, criticalMinutes: -1)),
        ]
        #expect(
            PlanValidator.validate(Self.plan(steps: steps)).map(\.description) == [
                "plan.json: steps[0].minutesPerTurn: must be from 1 to 1440 (24 hours), found 99999",
                "plan.json: steps[1].timer.warnMinutes: must be from 0 to 1440, found 2000",
                "plan.json: steps[1].timer.criticalMinutes: must be from 0 to 1440, found -1",
            ])
    }

    @Test func aLengthTooLargeToMultiplyDoesNotTrap() {
        // Plans built in code skip the validator: the countdown's length must still not overflow.
        let step = Step(id: "lang", kind: .info, title: "Lång", minutes: 999_999_999_999_999_999)
        #expect(step.countdownSeconds == Int.max)
        #expect(Step(id: "kort", kind: .info, title: "Kort", minutes: 25).countdownSeconds == 1500)
    }
}
