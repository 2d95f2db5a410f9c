import ArgumentParser
import LagomCore
import LagomStore

/// `lagom rehearse`: run the plan on another day or hour. The room's clock is shifted (an event in the
/// log, so every pane agrees) so that the plan's day starts now: "Åter 13.00" and the delay work as
/// on the day itself, and the countdowns run in real time.
struct Rehearse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: TextKey.helpRehearse.name,
        discussion: TextKey.helpRehearseMore.name)
    @OptionGroup var options: SessionOptions
    @Option(help: .key(TextKey.helpRehearseDay)) var day: Int = 1
    @Flag(help: .key(TextKey.helpRehearseOff)) var off = false

    func run() throws {
        let store = try options.open()
        let plan = store.session.plan
        guard off || plan.days.indices.contains(day - 1) else {
            throw usageMistake(Localized(.cliNoSuchDay, ["day": day, "days": plan.days.count]))
        }
        let day = day, off = off
        try commit(
            store, by: options.author,
            timed: { session, now, _ throws(Refusal) in
                let shift =
                    off
                    ? 0
                    : Rehearsal.shift(
                        plan: session.plan, state: session.state, day: day, now: now,
                        utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: now)) ?? 0
                return [.clockShifted(seconds: shift)]
            })
        let now = store.clock.now
        let offset = store.session.state.roomOffset(utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: now))
        let clock = TimeOfDay.clock(of: now, utcOffsetSeconds: offset)
        let date = TimeOfDay.isoDate(of: now, utcOffsetSeconds: offset)
        if off {
            say(Localized(.cliRehearsalEnded, ["clock": clock, "date": date]))
        } else {
            say(Localized(.cliRehearsing, ["day": day, "clock": clock, "date": date]))
        }
    }
}
