import ArgumentParser
import LagomCore
import LagomStore

/// `lagom round next|pass|order`: hands on the word as the facilitator's keys do, so a whole day
/// can be scripted — the next person here in a check-in, the next group of a vattentrappa.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: TextKey.helpRound.name,
        subcommands: [Next.self, Pass.self, Order.self]
    )

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: TextKey.helpRoundNext.name,
            discussion: TextKey.helpRoundNextMore.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpRoundNextStep)) var step: String?

        func run() throws {
            let store = try options.open()
            let target = try store.session.step(named: step)
            let action: RoundAction
            switch target.kind {
            case .vattentrappa: action = .passTurn(target.id)
            case .checkin: action = .nextSpeaker(target.id)
            default:
                throw CommandFailure(
                    Localized(.cliNoRound, ["step": target.id.rawValue, "kind": target.kind.rawValue]))
            }
            try RoundCommand.perform(action, store, options)
            print("\(target.id)\t\(RoundCommand.speaking(target, in: store.session, at: store.clock.now))")
        }
    }

    struct Pass: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pass",
            abstract: TextKey.helpRoundPass.name,
            discussion: TextKey.helpRoundPassMore.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpRoundCheckinStep)) var step: String?

        func run() throws {
            let store = try options.open()
            let target = try store.session.step(named: step)
            try RoundCommand.perform(.pass(target.id), store, options)
            print("\(target.id)\t\(RoundCommand.speaking(target, in: store.session, at: store.clock.now))")
        }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "order",
            abstract: TextKey.helpRoundOrder.name,
            discussion: TextKey.helpRoundOrderMore.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpRoundCheckinStep)) var step: String?
        @Option(help: .key(TextKey.helpRoundOrderSeed)) var seed: Int = 1
        @Argument(help: .key(TextKey.helpRoundOrderOrder)) var order: String

        func run() throws {
            guard let chosen = RoundOrder(rawValue: order) else {
                throw CommandFailure(
                    Localized(
                        .cliNoSuchRoundOrder,
                        ["order": order, "orders": RoundOrder.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            let store = try options.open()
            let target = try store.session.step(named: step)
            try RoundCommand.perform(.order(target.id, chosen, seed: seed), store, options)
            let queue = CheckinQueue(step: target, session: store.session)
            for name in queue.upcoming { print(speaker(name, queue).text(CommandLanguage.current)) }
        }
    }

    static func perform(_ action: RoundAction, _ store: SessionStore, _ options: SessionOptions) throws {
        try commit(
            store, by: options.author,
            timed: { session, now, _ throws(Refusal) in
                try action.changes(in: session, at: now)
            })
    }

    /// Who has the word on `step` now, for a script to read.
    static func speaking(_ step: Step, in session: Session, at now: WallTime) -> String {
        let who: Localized
        if step.kind == .vattentrappa {
            who =
                Relay.current(step, state: session.state, plan: session.plan, at: now).map {
                    Localized(.cliRoundGroup, ["group": $0.group])
                } ?? Localized(.cliRoundEnded)
        } else {
            let queue = CheckinQueue(step: step, session: session)
            if let name = queue.current {
                who = speaker(name, queue)
            } else {
                who = Localized(queue.isOver ? .cliRoundEnded : .cliRoundNobody)
            }
        }
        return who.text(CommandLanguage.current)
    }

    /// A speaker's name, "(remote)" after one taking part digitally.
    static func speaker(_ name: String, _ queue: CheckinQueue) -> Localized {
        let shown = Sanitiser.sanitiseSingleLine(name)
        return queue.isRemote(name) ? Localized(.cliRemoteSpeaker, ["name": shown]) : .verbatim(shown)
    }
}
