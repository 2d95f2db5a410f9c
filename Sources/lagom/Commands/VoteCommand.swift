import ArgumentParser
import LagomCore
import LagomStore
import LagomUI

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: TextKey.helpVote.name,
        subcommands: [TallyVotes.self, Cast.self, Results.self, Choose.self]
    )

    struct TallyVotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tally", abstract: TextKey.helpVoteTally.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpVoteStep)) var step: String
        @Argument(help: .key(TextKey.helpVoteTallyPoints)) var points: [String]

        func run() throws {
            var tallies: [Tally] = []
            for item in points {
                let parts = item.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let value = Int(parts[1]) else {
                    throw CommandFailure(Localized(.cliTallyNotNotePoints, ["item": item]))
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
                    warn(
                        Localized(
                            .cliTallySurplus,
                            [
                                "list": Sanitiser.sanitiseSingleLine(list.source.list), "total": list.totalPoints,
                                "over": over, "people": people, "votes": tally.spec.votesPerPerson,
                            ]))
                }
            }
        }
    }

    struct Cast: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cast", abstract: TextKey.helpVoteCast.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpVoteStep)) var step: String
        @Option(help: .key(TextKey.helpVoteCastVoter))
        var voter: String
        @Flag(help: .key(TextKey.helpVoteCastClear)) var clear = false
        @Argument(help: .key(TextKey.helpVoteCastNotes)) var notes: [String] = []

        func run() throws {
            let store = try options.open()
            // After opening, so it is said in the session's language; nothing is written before it.
            // An empty ballot replaces the voter's dots with none: never by a forgotten argument.
            if notes.isEmpty && !clear { throw usageMistake(Localized(.cliCastNoNotes)) }
            if !notes.isEmpty && clear { throw usageMistake(Localized(.cliCastClearWithNotes)) }
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
                let was: Localized =
                    earlier.isEmpty
                    ? Localized(.cliBallotWasEmpty) : .verbatim(earlier.map(\.rawValue).joined(separator: " "))
                say(Localized(.cliBallotReplaced, ["voter": who, "was": was]))
            } else {
                say(Localized(.cliBallotCast, ["voter": who, "count": dots.count]))
            }
        }
    }

    struct Choose: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "choose",
            abstract: TextKey.helpVoteChoose.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpVoteStep)) var step: String
        @Argument(help: .key(TextKey.helpVoteChooseNotes)) var notes: [String]

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
            abstract: TextKey.helpVoteResults.name)
        @OptionGroup var options: SessionOptions
        @Option(help: .key(TextKey.helpVoteStep)) var step: String

        func run() throws {
            let store = try options.open(.readOnly)
            let vote = try store.session.step(named: step)
            let state = store.session.state
            guard let tally = VoteTally(step: vote, state: state) else {
                throw CommandFailure(Localized(.cliNotAVote, ["step": vote.id.rawValue]))
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
                    let parent = group.parent.map { Localized.verbatim(Sanitiser.sanitiseSingleLine($0.text)) }
                    say(Localized(.cliRankingParent, ["parent": parent ?? Localized(.cliRankingNoParent)]))
                    printItems(group.items, advancing, tally)
                }
            }
            if let line = Self.summary(advancing, needed: tally.neededChoices(in: state)) { say(line) }
        }

        func printItems(_ items: [RankedItem], _ advancing: Advancing, _ tally: VoteTally) {
            for item in items {
                let rank = item.rank.map(String.init) ?? "-"
                let points = item.points.map { Localized(.cliPoints, ["points": $0]) } ?? Localized(.cliNoPoints)
                let mark = Self.mark(item.note.id, advancing, advance: tally.spec.advance).map {
                    "\t" + $0.text(CommandLanguage.current)
                }
                print(
                    "\(rank)\t\(points.text(CommandLanguage.current))\t\(item.note.id)\t\(Sanitiser.sanitiseSingleLine(item.note.text))\(mark ?? "")"
                )
            }
        }

        /// "goes on" for a chosen item; before a choice, the plan's top and the tie at the cut.
        static func mark(_ id: NoteID, _ advancing: Advancing, advance: Int?) -> Localized? {
            if let chosen = advancing.chosen { return chosen.contains(id) ? Localized(.cliRankingGoesOn) : nil }
            if advancing.top.contains(id), let advance { return Localized(.cliRankingTop, ["n": advance]) }
            if advancing.tied.contains(id) { return Localized(.cliRankingTied) }
            return nil
        }

        static func summary(_ advancing: Advancing, needed: Int?) -> Localized? {
            if let chosen = advancing.chosen { return Localized(.cliRankingChosen, ["count": chosen.count]) }
            guard let needed else { return nil }
            let open = needed - advancing.top.count
            guard !advancing.tied.isEmpty, open > 0 else {
                return Localized(.cliRankingNotChosen, ["needed": needed])
            }
            return Localized(
                .cliRankingNotChosenTied, ["open": open, "tied": advancing.tied.count, "needed": needed])
        }
    }
}

struct Reveal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal", abstract: TextKey.helpReveal.name)
    @OptionGroup var options: SessionOptions
    @Option(help: .key(TextKey.helpRevealStep)) var step: String

    func run() throws {
        let store = try options.open()
        let target = try store.session.step(named: step)
        try commit(store, by: options.author) { _, _ throws(Refusal) in [.resultsRevealed(step: target.id)] }
    }
}
