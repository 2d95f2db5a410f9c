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
        static let configuration = CommandConfiguration(
            commandName: "tally", abstract: "Set counted points: ID=POINTS …")
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
            // The reducer refuses a note given points twice (X=5 X=6), and points above its bound.
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let entered = tallies
            try commit(store, by: options.author) { _, _ throws(Refusal) in
                [.votesTallied(step: vote.id, tallies: entered)]
            }
            let state = store.session.state
            if let tally = VoteTally(step: vote, state: state) {
                let people = store.session.plan.participants.count
                for (list, over) in tally.surpluses(in: state, participants: people) {
                    printError(
                        "warning: \"\(Sanitiser.sanitiseSingleLine(list.source.list))\" has \(list.totalPoints) points, \(over) more than \(people) people × \(tally.spec.votesPerPerson) votes could give"
                    )
                }
            }
        }
    }

    struct Cast: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cast", abstract: "Cast one voter's ballot (a repeated id stacks dots).")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String
        @Option(help: "The voter: a participant's name (any case), or a ballot number for an anonymous ballot.")
        var voter: String
        @Flag(help: "Empty the voter's ballot (cast it with no dots).") var clear = false
        @Argument(help: "Note ids, one per dot.") var notes: [String] = []

        func validate() throws {
            // An empty ballot replaces the voter's dots with none: never by a forgotten argument.
            if notes.isEmpty && !clear {
                throw ValidationError("no note ids: give one per dot, or --clear to empty the ballot")
            }
            if !notes.isEmpty && clear { throw ValidationError("--clear empties the ballot: give no note ids with it") }
        }

        func run() throws {
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let dots = notes.map { NoteID($0) }
            var name = voter
            var earlier: [NoteID]?
            try commit(store, by: options.author) { session, _ throws(Refusal) in
                name = try BallotVoters.resolve(voter, step: vote.id, plan: session.plan, state: session.state)
                earlier = session.state.ballots[vote.id]?[name]
                return [.ballotCast(step: vote.id, voter: name, dots: dots)]
            }
            let who = Sanitiser.sanitiseSingleLine(name)
            if let earlier {
                let was = earlier.isEmpty ? "empty" : earlier.map(\.rawValue).joined(separator: " ")
                print("replaced \(who)'s ballot (was \(was))")
            } else {
                print("cast \(who)'s ballot: \(Plural.dots(dots.count))")
            }
        }
    }

    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "choose",
            abstract: "Set the items that go on to the next step, in order (as many as the plan's advance).")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String
        @Argument(help: "Note ids, in the order the next step takes them.") var notes: [String]

        func run() throws {
            let store = try options.open()
            let vote = try store.session.step(named: step)
            let chosen = notes.map { NoteID($0) }
            try commit(store, by: options.author) { session, _ throws(Refusal) in
                try VoteTally(step: vote, state: session.state)?.checkChoice(chosen, in: session.state)
                return [.subjectsChosen(step: vote.id, notes: chosen)]
            }
        }
    }

    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "results",
            abstract: "Print a vote's ranked lists; a last column marks what goes on.")
        @OptionGroup var options: SessionOptions
        @Option(help: "The vote step (id or number).") var step: String

        func run() throws {
            let store = try options.open(.readOnly)
            let vote = try store.session.step(named: step)
            let state = store.session.state
            guard let tally = VoteTally(step: vote, state: state) else {
                throw CommandFailure("step \"\(vote.id)\" is not a vote")
            }
            let advancing = tally.advancing(in: state)
            for list in tally.results(in: state) {
                print(
                    "# \(Sanitiser.sanitiseSingleLine(list.source.list.isEmpty ? list.source.step.rawValue : list.source.list))"
                )
                // Resources under demands are ranked within each demand, as the projector and the export show them.
                guard let groups = NestedRanking.groups(list, in: state, plan: store.session.plan) else {
                    printItems(list.items, advancing, tally)
                    continue
                }
                for group in groups where !group.items.isEmpty {
                    print("## \(Sanitiser.sanitiseSingleLine(group.parent?.text ?? "(no parent)"))")
                    printItems(group.items, advancing, tally)
                }
            }
            if let line = Self.summary(advancing, needed: tally.neededChoices(in: state)) { print(line) }
        }

        func printItems(_ items: [RankedItem], _ advancing: Advancing, _ tally: VoteTally) {
            for item in items {
                let rank = item.rank.map(String.init) ?? "-"
                let points = item.points.map { "\($0) p" } ?? "no score"
                let mark = Self.mark(item.note.id, advancing, advance: tally.spec.advance).map { "\t\($0)" } ?? ""
                print("\(rank)\t\(points)\t\(item.note.id)\t\(Sanitiser.sanitiseSingleLine(item.note.text))\(mark)")
            }
        }

        /// "goes on" for a chosen item; before a choice, the plan's top and the tie at the cut.
        static func mark(_ id: NoteID, _ advancing: Advancing, advance: Int?) -> String? {
            if let chosen = advancing.chosen { return chosen.contains(id) ? "→ goes on" : nil }
            if advancing.top.contains(id), let advance { return "→ top \(advance)" }
            if advancing.tied.contains(id) { return "= tied at the cut" }
            return nil
        }

        static func summary(_ advancing: Advancing, needed: Int?) -> String? {
            if let chosen = advancing.chosen { return "# \(chosen.count) chosen to go on" }
            guard let needed else { return nil }
            let open = needed - advancing.top.count
            guard !advancing.tied.isEmpty, open > 0 else {
                return "# not chosen yet: lagom vote choose with \(needed) ids"
            }
            return
                "# not chosen yet: tied at the cut, pick \(open) of \(advancing.tied.count) (lagom vote choose with \(needed) ids)"
        }
    }
}

struct Reveal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal", abstract: "Reveal a vote's results or silent-writing notes.")
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
        let undone: [Event]
        do { undone = try store.undo(by: actor) } catch { throw CommandFailure(error) }
        if let first = undone.first { print("undone: \(first.name) (\(first.tx))") }
    }
}
