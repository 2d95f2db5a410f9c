import ArgumentParser
import LagomCore
import LagomStore

/// `lagom round next`: hands on the word as the facilitator's `s` does, so a whole day can be
/// scripted — the next speaker of a check-in, the next group of a vattentrappa.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Hand on the word in a check-in round or a vattentrappa.",
        subcommands: [Next.self]
    )

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Give the word to the next speaker (check-in) or the next group (vattentrappa).",
            discussion: "Prints who has the word now: STEP, then 'group N', the speaker's name, or 'ended'.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The step (id or number); the current step when absent.") var step: String?

        func run() throws {
            let store = try options.open()
            let target = try store.session.step(named: step)
            let action: RoundAction
            switch target.kind {
            case .vattentrappa: action = .passTurn(target.id)
            case .checkin: action = .nextSpeaker(target.id)
            default:
                throw CommandFailure(
                    "step \"\(target.id)\" (\(target.kind.rawValue)) has no round: "
                        + "the word is handed on in a check-in or a vattentrappa")
            }
            try commit(
                store, by: options.author,
                timed: { session, now, _ throws(Refusal) in
                    try action.changes(in: session, at: now)
                })
            print("\(target.id)\t\(RoundCommand.speaking(target, in: store.session, at: store.clock.now))")
        }
    }

    /// Who has the word on `step` now, for a script to read.
    static func speaking(_ step: Step, in session: Session, at now: WallTime) -> String {
        if step.kind == .vattentrappa {
            return Relay.current(step, state: session.state, plan: session.plan, at: now).map { "group \($0.group)" }
                ?? "ended"
        }
        guard let index = session.state.rounds[step.id]?.index, session.plan.participants.indices.contains(index) else {
            return "ended"
        }
        return Sanitiser.sanitiseSingleLine(session.plan.participants[index].name)
    }
}
