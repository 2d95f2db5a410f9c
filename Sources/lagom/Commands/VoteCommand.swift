import ArgumentParser
import LagomCore
import LagomStore

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Enter counted points (tally) or one voter's dots (cast).",
        subcommands: [TallyVotes.self, Cast.self, Results.self, Choose.self]
    )

    struct TallyVotes: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tally", abstract: "Set counted points: ID=POINTS …")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String
        @Argument(help: "Note id and its points, e.g. k3x9a=31.") var points: [String]

        func run() throws {
            var tallies: [Tally] = []
            for item in points {
                let parts = item.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let value = Int(parts[1]) else {
                    throw CommandFailure("\"\(item)\": expected NOTE=POINTS, e.g. k3x9a=31")
                }
                tallies.append(Tally(note: NoteID(String(parts[0])), points: value))
            }
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let entered = tallies
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.votesTallied(step: vote.id, tallies: entered)] }
            let state = store.session.state
            if let tally = VoteTally(step: vote, state: state) {
                let people = store.session.plan.participants.count
                for (list, over) in tally.surpluses(in: state, participants: people) {
                    printError("warning: \"\(Sanitiser.sanitiseSingleLine(list.source.list))\" has \(list.totalPoints) points, \(over) more than \(people) people × \(tally.spec.votesPerPerson) votes could give")
                }
            }
        }
    }

    struct Cast: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cast", abstract: "Cast one voter's ballot (a repeated id stacks dots).")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String
        @Option(help: "The voter's name, or a ballot number.") var voter: String
        @Argument(help: "Note ids, one per dot.") var notes: [String] = []

        func run() throws {
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let dots = notes.map { NoteID($0) }
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.ballotCast(step: vote.id, voter: voter, dots: dots)] }
        }
    }

    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "choose", abstract: "Set the items that go on to the next step, in order.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String
        @Argument(help: "Note ids, in the order the next step takes them.") var notes: [String]

        func run() throws {
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let chosen = notes.map { NoteID($0) }
            try commit(store, by: options.author) { _, _ throws(Refusal) in [.subjectsChosen(step: vote.id, notes: chosen)] }
        }
    }

    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "results", abstract: "Print a vote's ranked lists.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String

        func run() throws {
            let store = try options.open(.readOnly)
            let vote = try store.session.step(named: step)
            guard let tally = VoteTally(step: vote, state: store.session.state) else {
                throw CommandFailure("step \"\(vote.id)\" is not a vote")
            }
            for list in tally.results(in: store.session.state) {
                print("# \(Sanitiser.sanitiseSingleLine(list.source.list.isEmpty ? list.source.step.rawValue : list.source.list))")
                for item in list.items {
                    let rank = item.rank.map(String.init) ?? "-"
                    let points = item.points.map { "\($0) p" } ?? "no score"
                    print("\(rank)\t\(points)\t\(item.note.id)\t\(Sanitiser.sanitiseSingleLine(item.note.text))")
                }
            }
        }
    }
}

struct Reveal: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reveal", abstract: "Reveal a vote's results or silent-writing notes.")
    @OptionGroup var options: SessionOptions
    @Option(help: "The step (id or number).") var step: String

    func run() throws {
        let store = try options.open()
        let target = try store.session.step(named: step)
        try commit(store, by: options.author) { _, _ throws(Refusal) in [.resultsRevealed(step: target.id)] }
    }
}

struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last action of this role (appends a compensating event).")
    @OptionGroup var options: SessionOptions

    func run() throws {
        let store = try options.open()
        let actor = options.author
        let events = try commit(store, by: actor) { session, _ throws(Refusal) in
            guard let tx = session.undoTarget(for: actor) else { throw .nothingToUndo }
            return [.transactionUndone(tx: tx)]
        }
        if case .transactionUndone(let tx) = events.first?.change,
           let undone = try store.loadHistory().first(where: { $0.tx == tx }) {
            print("undone: \(undone.change.name) (\(tx))")
        }
    }
}
