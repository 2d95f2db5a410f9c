import LagomCore

/// When the stage looks different with no input: the step's countdowns, the vattentrappa's turn,
/// and a check-in speaker's clock. Every role that draws the stage (the facilitator's console and
/// present mode, the projector) wakes by this one function, so no role's clock stands still while
/// another's counts (QA: after `lagom step pause` the projector's speaker clock stood at 00:59).
public enum StageClock {
    /// Milliseconds until the stage of `step` changes by itself, or nil when only an event changes it.
    public static func nextChange(for step: Step?, in context: ScreenContext) -> Int64? {
        guard let step else { return nil }
        let timers = TimerReading.nextChange(for: step, in: context)
        let relay = Relay.nextChange(step, state: context.state, plan: context.plan, at: context.now)
        // The groups board turns its pages by itself (the area is the whole screen's: a page more
        // or less only changes when the wake comes, never what is drawn).
        let board = StageView(step: step, presenting: true).groupBoard(context)
            .flatMap {
                $0.nextChange(in: Rect(x: 0, y: 0, width: context.width - 4, height: context.height / 2), context)
            }
            .map { $0 - context.now.milliseconds }
        return [timers, relay, speakerChange(step, context), board].compactMap { $0 }.min()
    }

    /// The next second of a check-in speaker's own clock (`secondsPerPerson`), while someone speaks.
    static func speakerChange(_ step: Step, _ context: ScreenContext) -> Int64? {
        guard step.kind == .checkin, step.secondsPerPerson != nil, let round = context.state.people.rounds[step.id],
            round.current != nil, let since = round.since
        else { return nil }
        let elapsed = context.now - since
        return 1000 - ((elapsed % 1000) + 1000) % 1000
    }
}
